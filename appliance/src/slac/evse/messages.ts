/**
 * Pure builders for the messages the EVSE sends, and the attenuation arithmetic. Field values follow
 * ISO 15118-3 Annex A (Tables A.2 – A.8) as used by public implementations (EVerest libslac, pyslac).
 */
import {
  BROADCAST_MAC,
  MMTYPE,
  type AttenCharInd,
  type Hex,
  type MacAddress,
  type SetKeyReq,
  type SlacFrame,
  type SlacMatchCnf,
  type SlacMatchReq,
  type SlacMessage,
  type SlacMessageName,
  type SlacParmCnf,
  type ValidateCnf,
} from '../frames/types.js';
import { AAG_GROUPS, SLAC_COUNTS } from './timers.js';

/** MMTYPE of every message name (the contract's table, keyed the way messages are). */
export const MMTYPE_OF: Record<SlacMessageName, number> = {
  'CM_SET_KEY.REQ': MMTYPE.CM_SET_KEY_REQ,
  'CM_SET_KEY.CNF': MMTYPE.CM_SET_KEY_CNF,
  'CM_SLAC_PARM.REQ': MMTYPE.CM_SLAC_PARM_REQ,
  'CM_SLAC_PARM.CNF': MMTYPE.CM_SLAC_PARM_CNF,
  'CM_START_ATTEN_CHAR.IND': MMTYPE.CM_START_ATTEN_CHAR_IND,
  'CM_MNBC_SOUND.IND': MMTYPE.CM_MNBC_SOUND_IND,
  'CM_ATTEN_PROFILE.IND': MMTYPE.CM_ATTEN_PROFILE_IND,
  'CM_ATTEN_CHAR.IND': MMTYPE.CM_ATTEN_CHAR_IND,
  'CM_ATTEN_CHAR.RSP': MMTYPE.CM_ATTEN_CHAR_RSP,
  'CM_VALIDATE.REQ': MMTYPE.CM_VALIDATE_REQ,
  'CM_VALIDATE.CNF': MMTYPE.CM_VALIDATE_CNF,
  'CM_SLAC_MATCH.REQ': MMTYPE.CM_SLAC_MATCH_REQ,
  'CM_SLAC_MATCH.CNF': MMTYPE.CM_SLAC_MATCH_CNF,
};

/** Application type "PEV–EVSE association", security "none" (Table A.2). */
export const APPLICATION_TYPE = 0x00;
export const SECURITY_TYPE = 0x00;
/** CM_SLAC_MATCH MVFLength: the fixed length of the fields that follow (0x3e). */
export const MATCH_MVF_LENGTH = 0x3e;
/** CM_SLAC_PARM.CNF RESP_TYPE: "other Green PHY station" — the sounds go to the EVSE's modem. */
export const RESP_TYPE_OTHER_STATION = 0x01;
/** CM_VALIDATE.CNF result of an EVSE that does not support validation. */
export const VALIDATE_NOT_REQUIRED = 4;
/** CM_SET_KEY.REQ: key type NMK, protocol id "HLE" (HomePlug AV). */
export const SET_KEY_TYPE_NMK = 0x01;
export const SET_KEY_PID_HLE = 0x04;

export const zeros = (bytes: number): Hex => '00'.repeat(bytes);

/** An MMV 1 frame (unfragmented) from `src` to `dst`. */
export function frameOf<M extends SlacMessage>(src: MacAddress, dst: MacAddress, message: M): SlacFrame<M> {
  return {
    header: { dst, src, mmv: 1, mmtype: MMTYPE_OF[message.name], fragment: { nf: 0, fn: 0, fmsn: 0 } },
    message,
  };
}

export function slacParmCnf(pevMac: MacAddress, runId: Hex, mnbcTimeoutMs: number): SlacParmCnf {
  return {
    name: 'CM_SLAC_PARM.CNF',
    application_type: APPLICATION_TYPE,
    security_type: SECURITY_TYPE,
    m_sound_target: BROADCAST_MAC,
    num_sounds: SLAC_COUNTS.C_EV_match_MNBC,
    time_out: Math.max(1, Math.round(mnbcTimeoutMs / 100)),
    resp_type: RESP_TYPE_OTHER_STATION,
    forwarding_sta: pevMac,
    run_id: runId,
  };
}

export function attenCharInd(pevMac: MacAddress, runId: Hex, numSounds: number, aag: number[]): AttenCharInd {
  return {
    name: 'CM_ATTEN_CHAR.IND',
    application_type: APPLICATION_TYPE,
    security_type: SECURITY_TYPE,
    source_address: pevMac,
    run_id: runId,
    source_id: zeros(17),
    resp_id: zeros(17),
    num_sounds: numSounds,
    num_groups: aag.length,
    aag,
  };
}

export function validateCnfNotRequired(signalType: number): ValidateCnf {
  return { name: 'CM_VALIDATE.CNF', signal_type: signalType, toggle_num: 0, result: VALIDATE_NOT_REQUIRED };
}

/** Echoes the request's identities and hands over the logical network's key. */
export function slacMatchCnf(req: SlacMatchReq, nid: Hex, nmk: Hex): SlacMatchCnf {
  return {
    name: 'CM_SLAC_MATCH.CNF',
    application_type: APPLICATION_TYPE,
    security_type: SECURITY_TYPE,
    mvf_length: MATCH_MVF_LENGTH,
    pev_id: req.pev_id,
    pev_mac: req.pev_mac,
    evse_id: req.evse_id,
    evse_mac: req.evse_mac,
    run_id: req.run_id,
    reserved: zeros(8),
    nid,
    reserved2: 0,
    nmk,
  };
}

export function setKeyReq(nid: Hex, nmk: Hex, nonce: number): SetKeyReq {
  return {
    name: 'CM_SET_KEY.REQ',
    key_type: SET_KEY_TYPE_NMK,
    my_nonce: nonce >>> 0,
    your_nonce: 0,
    pid: SET_KEY_PID_HLE,
    prn: 0,
    pmn: 0,
    cco_capability: 0,
    nid,
    new_eks: 0x01,
    new_key: nmk,
  };
}

/** Running sum of the local modem's CM_ATTEN_PROFILE.IND for one PEV. */
export interface AttenSum {
  profiles: number;
  sum: number[];
}

export const emptyAttenSum = (): AttenSum => ({ profiles: 0, sum: new Array<number>(AAG_GROUPS).fill(0) });

/** Adds one profile; false (and nothing added) when it is not a well-formed 58-group profile. */
export function addProfile(acc: AttenSum, aag: unknown): boolean {
  if (!Array.isArray(aag) || aag.length !== acc.sum.length) return false;
  if (!aag.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 255)) return false;
  aag.forEach((v: number, i) => (acc.sum[i]! += v));
  acc.profiles++;
  return true;
}

export type AttenSource = 'measured' | 'fallback-none' | 'fallback-zero';

/**
 * The averaged profile to report. Cars ignore an all-zero profile, and a modem that reports nothing
 * gives nothing to average: both fall back to configured plausible values.
 */
export function averagedProfile(
  acc: AttenSum,
  fallback: readonly number[],
  offsetDb = 0,
): { aag: number[]; source: AttenSource } {
  if (acc.profiles === 0) return { aag: [...fallback], source: 'fallback-none' };
  const avg = acc.sum.map((s) => Math.round(s / acc.profiles));
  if (avg.every((v) => v === 0)) return { aag: [...fallback], source: 'fallback-zero' };
  return { aag: avg.map((v) => Math.min(255, Math.max(0, v + offsetDb))), source: 'measured' };
}

/** A fallback profile of `AAG_GROUPS` values from a number or a list (padded with its last value). */
export function fallbackProfile(cfg: number | readonly number[] | undefined): number[] {
  const DEFAULT_DB = 20;
  const list = typeof cfg === 'number' ? [cfg] : cfg && cfg.length > 0 ? [...cfg] : [DEFAULT_DB];
  const clean = list.map((v) => Math.min(255, Math.max(1, Math.round(v))));
  return Array.from({ length: AAG_GROUPS }, (_, i) => clean[Math.min(i, clean.length - 1)]!);
}
