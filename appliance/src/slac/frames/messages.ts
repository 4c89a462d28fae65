/**
 * Body layouts of the SLAC management messages: what follows the MME header (MMV, MMTYPE, FMI), per
 * ISO 15118-3 Annex A (CM_SLAC_PARM … CM_VALIDATE, CM_ATTEN_PROFILE) and HomePlug AV 1.1 (CM_SET_KEY).
 * Sizes in bytes in the comments; integers wider than a byte are little-endian as HomePlug specifies
 * (checked against the corpus: MVFLength 0x003e is on the wire as `3e 00`).
 *
 * Each entry reads a body from a cursor (a short body throws TruncatedError, turned into a drop by
 * parseFrame) and writes one (a field that does not fit throws RangeError).
 */
import { Cursor, Writer } from './cursor.js';
import {
  MMTYPE,
  type AttenCharInd,
  type AttenCharRsp,
  type AttenProfileInd,
  type MnbcSoundInd,
  type SetKeyCnf,
  type SetKeyReq,
  type SlacMatchCnf,
  type SlacMatchReq,
  type SlacMessage,
  type SlacMessageName,
  type SlacParmCnf,
  type SlacParmReq,
  type StartAttenCharInd,
  type ValidateCnf,
  type ValidateReq,
} from './types.js';

/** Size of RunID, reserved blocks of 8, the 17-byte IDs, NID and NMK. */
export const RUN_ID_LEN = 8;
export const ID_LEN = 17;
export const NID_LEN = 7;
export const NMK_LEN = 16;
const RSVD_LEN = 8;
const RND_LEN = 16;

interface Layout<M extends SlacMessage> {
  name: M['name'];
  mmtype: number;
  read(c: Cursor): M;
  write(w: Writer, m: M): void;
}

const common = (c: Cursor) => ({ application_type: c.u8('APPLICATION_TYPE'), security_type: c.u8('SECURITY_TYPE') });

function writeCommon(w: Writer, m: { application_type: number; security_type: number }): void {
  w.u8(m.application_type, 'application_type').u8(m.security_type, 'security_type');
}

const slacParmReq: Layout<SlacParmReq> = {
  name: 'CM_SLAC_PARM.REQ',
  mmtype: MMTYPE.CM_SLAC_PARM_REQ,
  // APPLICATION_TYPE 1, SECURITY_TYPE 1, RunID 8; with SECURITY_TYPE 1: CipherSuiteSetSize 1, CipherSuite 2 × n.
  read(c) {
    const head = common(c);
    const m: SlacParmReq = { name: 'CM_SLAC_PARM.REQ', ...head, run_id: c.hex(RUN_ID_LEN, 'RunID') };
    if (head.security_type === 1) {
      const n = c.u8('CipherSuiteSetSize');
      m.cipher_suites = [];
      for (let i = 0; i < n; i++) m.cipher_suites.push(c.u16le(`CipherSuite[${i}]`));
    }
    return m;
  },
  write(w, m) {
    writeCommon(w, m);
    w.hex(m.run_id, RUN_ID_LEN, 'run_id');
    if (m.security_type === 1) {
      const suites = m.cipher_suites ?? [];
      w.u8(suites.length, 'cipher_suites.length');
      suites.forEach((s, i) => w.u16le(s, `cipher_suites[${i}]`));
    }
  },
};

const slacParmCnf: Layout<SlacParmCnf> = {
  name: 'CM_SLAC_PARM.CNF',
  mmtype: MMTYPE.CM_SLAC_PARM_CNF,
  // M-SOUND_TARGET 6, NUM_SOUNDS 1, Time_Out 1, RESP_TYPE 1, FORWARDING_STA 6, APPLICATION_TYPE 1,
  // SECURITY_TYPE 1, RunID 8; with SECURITY_TYPE 1: CipherSuite 2.
  read(c) {
    const m_sound_target = c.mac('M-SOUND_TARGET');
    const num_sounds = c.u8('NUM_SOUNDS');
    const time_out = c.u8('Time_Out');
    const resp_type = c.u8('RESP_TYPE');
    const forwarding_sta = c.mac('FORWARDING_STA');
    const head = common(c);
    const m: SlacParmCnf = {
      name: 'CM_SLAC_PARM.CNF',
      m_sound_target,
      num_sounds,
      time_out,
      resp_type,
      forwarding_sta,
      ...head,
      run_id: c.hex(RUN_ID_LEN, 'RunID'),
    };
    if (head.security_type === 1) m.cipher_suite = c.u16le('CipherSuite');
    return m;
  },
  write(w, m) {
    w.mac(m.m_sound_target, 'm_sound_target').u8(m.num_sounds, 'num_sounds').u8(m.time_out, 'time_out');
    w.u8(m.resp_type, 'resp_type').mac(m.forwarding_sta, 'forwarding_sta');
    writeCommon(w, m);
    w.hex(m.run_id, RUN_ID_LEN, 'run_id');
    if (m.security_type === 1) w.u16le(m.cipher_suite ?? 0, 'cipher_suite');
  },
};

const startAttenCharInd: Layout<StartAttenCharInd> = {
  name: 'CM_START_ATTEN_CHAR.IND',
  mmtype: MMTYPE.CM_START_ATTEN_CHAR_IND,
  // APPLICATION_TYPE 1, SECURITY_TYPE 1, NUM_SOUNDS 1, Time_Out 1, RESP_TYPE 1, FORWARDING_STA 6, RunID 8.
  read(c) {
    return {
      name: 'CM_START_ATTEN_CHAR.IND',
      ...common(c),
      num_sounds: c.u8('NUM_SOUNDS'),
      time_out: c.u8('Time_Out'),
      resp_type: c.u8('RESP_TYPE'),
      forwarding_sta: c.mac('FORWARDING_STA'),
      run_id: c.hex(RUN_ID_LEN, 'RunID'),
    };
  },
  write(w, m) {
    writeCommon(w, m);
    w.u8(m.num_sounds, 'num_sounds').u8(m.time_out, 'time_out').u8(m.resp_type, 'resp_type');
    w.mac(m.forwarding_sta, 'forwarding_sta').hex(m.run_id, RUN_ID_LEN, 'run_id');
  },
};

const mnbcSoundInd: Layout<MnbcSoundInd> = {
  name: 'CM_MNBC_SOUND.IND',
  mmtype: MMTYPE.CM_MNBC_SOUND_IND,
  // APPLICATION_TYPE 1, SECURITY_TYPE 1, SenderID 17, Cnt 1, RunID 8, reserved 8, Rnd 16.
  read(c) {
    return {
      name: 'CM_MNBC_SOUND.IND',
      ...common(c),
      sender_id: c.hex(ID_LEN, 'SenderID'),
      cnt: c.u8('Cnt'),
      run_id: c.hex(RUN_ID_LEN, 'RunID'),
      reserved: c.hex(RSVD_LEN, 'RSVD'),
      rnd: c.hex(RND_LEN, 'Rnd'),
    };
  },
  write(w, m) {
    writeCommon(w, m);
    w.hex(m.sender_id, ID_LEN, 'sender_id').u8(m.cnt, 'cnt').hex(m.run_id, RUN_ID_LEN, 'run_id');
    w.hex(m.reserved, RSVD_LEN, 'reserved').hex(m.rnd, RND_LEN, 'rnd');
  },
};

function checkGroups(num: number, aag: readonly number[], field: string): void {
  if (!Array.isArray(aag) || aag.length !== num) {
    throw new RangeError(`${field}: num_groups ${num} but ${Array.isArray(aag) ? aag.length : 'no'} AAG values`);
  }
}

const attenProfileInd: Layout<AttenProfileInd> = {
  name: 'CM_ATTEN_PROFILE.IND',
  mmtype: MMTYPE.CM_ATTEN_PROFILE_IND,
  // PEV MAC 6, NumGroups 1, reserved 1, AAG 1 × NumGroups (sent by the local modem).
  read(c) {
    const pev_mac = c.mac('PEV MAC');
    const num_groups = c.u8('NumGroups');
    const reserved = c.u8('RSVD');
    return { name: 'CM_ATTEN_PROFILE.IND', pev_mac, num_groups, reserved, aag: c.u8s(num_groups, 'AAG') };
  },
  write(w, m) {
    checkGroups(m.num_groups, m.aag, 'CM_ATTEN_PROFILE.IND');
    w.mac(m.pev_mac, 'pev_mac').u8(m.num_groups, 'num_groups').u8(m.reserved, 'reserved').u8s(m.aag, 'aag');
  },
};

const attenCharInd: Layout<AttenCharInd> = {
  name: 'CM_ATTEN_CHAR.IND',
  mmtype: MMTYPE.CM_ATTEN_CHAR_IND,
  // APPLICATION_TYPE 1, SECURITY_TYPE 1, SOURCE_ADDRESS 6, RunID 8, SOURCE_ID 17, RESP_ID 17,
  // NUM_SOUNDS 1, ATTEN_PROFILE: NumGroups 1, AAG 1 × NumGroups.
  read(c) {
    const m: AttenCharInd = {
      name: 'CM_ATTEN_CHAR.IND',
      ...common(c),
      source_address: c.mac('SOURCE_ADDRESS'),
      run_id: c.hex(RUN_ID_LEN, 'RunID'),
      source_id: c.hex(ID_LEN, 'SOURCE_ID'),
      resp_id: c.hex(ID_LEN, 'RESP_ID'),
      num_sounds: c.u8('NUM_SOUNDS'),
      num_groups: 0,
      aag: [],
    };
    if (c.remaining === 0) {
      // The frame stops before ATTEN_PROFILE (70-byte frames from an ABB HPC after zero sounds).
      m.no_profile = true;
      return m;
    }
    m.num_groups = c.u8('NumGroups');
    m.aag = c.u8s(m.num_groups, 'AAG');
    return m;
  },
  write(w, m) {
    writeCommon(w, m);
    w.mac(m.source_address, 'source_address').hex(m.run_id, RUN_ID_LEN, 'run_id');
    w.hex(m.source_id, ID_LEN, 'source_id').hex(m.resp_id, ID_LEN, 'resp_id').u8(m.num_sounds, 'num_sounds');
    checkGroups(m.num_groups, m.aag, 'CM_ATTEN_CHAR.IND');
    if (m.no_profile === true) {
      if (m.num_groups !== 0) throw new RangeError('CM_ATTEN_CHAR.IND: no_profile with num_groups > 0');
      return;
    }
    w.u8(m.num_groups, 'num_groups').u8s(m.aag, 'aag');
  },
};

const attenCharRsp: Layout<AttenCharRsp> = {
  name: 'CM_ATTEN_CHAR.RSP',
  mmtype: MMTYPE.CM_ATTEN_CHAR_RSP,
  // APPLICATION_TYPE 1, SECURITY_TYPE 1, SOURCE_ADDRESS 6, RunID 8, SOURCE_ID 17, RESP_ID 17, Result 1.
  read(c) {
    return {
      name: 'CM_ATTEN_CHAR.RSP',
      ...common(c),
      source_address: c.mac('SOURCE_ADDRESS'),
      run_id: c.hex(RUN_ID_LEN, 'RunID'),
      source_id: c.hex(ID_LEN, 'SOURCE_ID'),
      resp_id: c.hex(ID_LEN, 'RESP_ID'),
      result: c.u8('Result'),
    };
  },
  write(w, m) {
    writeCommon(w, m);
    w.mac(m.source_address, 'source_address').hex(m.run_id, RUN_ID_LEN, 'run_id');
    w.hex(m.source_id, ID_LEN, 'source_id').hex(m.resp_id, ID_LEN, 'resp_id').u8(m.result, 'result');
  },
};

const validateReq: Layout<ValidateReq> = {
  name: 'CM_VALIDATE.REQ',
  mmtype: MMTYPE.CM_VALIDATE_REQ,
  // SignalType 1, VRVarField: Timer 1, Result 1.
  read(c) {
    return { name: 'CM_VALIDATE.REQ', signal_type: c.u8('SignalType'), timer: c.u8('Timer'), result: c.u8('Result') };
  },
  write(w, m) {
    w.u8(m.signal_type, 'signal_type').u8(m.timer, 'timer').u8(m.result, 'result');
  },
};

const validateCnf: Layout<ValidateCnf> = {
  name: 'CM_VALIDATE.CNF',
  mmtype: MMTYPE.CM_VALIDATE_CNF,
  // SignalType 1, VCVarField: ToggleNum 1, Result 1.
  read(c) {
    return {
      name: 'CM_VALIDATE.CNF',
      signal_type: c.u8('SignalType'),
      toggle_num: c.u8('ToggleNum'),
      result: c.u8('Result'),
    };
  },
  write(w, m) {
    w.u8(m.signal_type, 'signal_type').u8(m.toggle_num, 'toggle_num').u8(m.result, 'result');
  },
};

// Shared head of CM_SLAC_MATCH.REQ/CNF: APPLICATION_TYPE 1, SECURITY_TYPE 1, MVFLength 2 (LE),
// then the MatchVarField: PEV ID 17, PEV MAC 6, EVSE ID 17, EVSE MAC 6, RunID 8, reserved 8 (REQ: 62 bytes;
// the CNF adds NID 7, reserved 1, NMK 16: 86 bytes).
function readMatch(c: Cursor) {
  return {
    ...common(c),
    mvf_length: c.u16le('MVFLength'),
    pev_id: c.hex(ID_LEN, 'PEV ID'),
    pev_mac: c.mac('PEV MAC'),
    evse_id: c.hex(ID_LEN, 'EVSE ID'),
    evse_mac: c.mac('EVSE MAC'),
    run_id: c.hex(RUN_ID_LEN, 'RunID'),
    reserved: c.hex(RSVD_LEN, 'RSVD'),
  };
}

function writeMatch(w: Writer, m: SlacMatchReq | SlacMatchCnf): void {
  writeCommon(w, m);
  w.u16le(m.mvf_length, 'mvf_length').hex(m.pev_id, ID_LEN, 'pev_id').mac(m.pev_mac, 'pev_mac');
  w.hex(m.evse_id, ID_LEN, 'evse_id').mac(m.evse_mac, 'evse_mac').hex(m.run_id, RUN_ID_LEN, 'run_id');
  w.hex(m.reserved, RSVD_LEN, 'reserved');
}

const slacMatchReq: Layout<SlacMatchReq> = {
  name: 'CM_SLAC_MATCH.REQ',
  mmtype: MMTYPE.CM_SLAC_MATCH_REQ,
  read: (c) => ({ name: 'CM_SLAC_MATCH.REQ', ...readMatch(c) }),
  write: writeMatch,
};

const slacMatchCnf: Layout<SlacMatchCnf> = {
  name: 'CM_SLAC_MATCH.CNF',
  mmtype: MMTYPE.CM_SLAC_MATCH_CNF,
  read(c) {
    return {
      name: 'CM_SLAC_MATCH.CNF',
      ...readMatch(c),
      nid: c.hex(NID_LEN, 'NID'),
      reserved2: c.u8('RSVD'),
      nmk: c.hex(NMK_LEN, 'NMK'),
    };
  },
  write(w, m) {
    writeMatch(w, m);
    w.hex(m.nid, NID_LEN, 'nid').u8(m.reserved2, 'reserved2').hex(m.nmk, NMK_LEN, 'nmk');
  },
};

// CM_SET_KEY (HomePlug AV 1.1 §11.5): KeyType 1, MyNonce 4, YourNonce 4, PID 1, PRN 2, PMN 1,
// CCo Capability 1; the REQ adds NID 7, NewEKS 1, NewKey 16 (an AES-128 key: the NMK for KeyType 1).
function readSetKeyCommon(c: Cursor) {
  return {
    my_nonce: c.u32le('MyNonce'),
    your_nonce: c.u32le('YourNonce'),
    pid: c.u8('PID'),
    prn: c.u16le('PRN'),
    pmn: c.u8('PMN'),
    cco_capability: c.u8('CCo Capability'),
  };
}

function writeSetKeyCommon(w: Writer, m: SetKeyReq | SetKeyCnf): void {
  w.u32le(m.my_nonce, 'my_nonce').u32le(m.your_nonce, 'your_nonce').u8(m.pid, 'pid');
  w.u16le(m.prn, 'prn').u8(m.pmn, 'pmn').u8(m.cco_capability, 'cco_capability');
}

const setKeyReq: Layout<SetKeyReq> = {
  name: 'CM_SET_KEY.REQ',
  mmtype: MMTYPE.CM_SET_KEY_REQ,
  read(c) {
    return {
      name: 'CM_SET_KEY.REQ',
      key_type: c.u8('KeyType'),
      ...readSetKeyCommon(c),
      nid: c.hex(NID_LEN, 'NID'),
      new_eks: c.u8('NewEKS'),
      new_key: c.hex(NMK_LEN, 'NewKey'),
    };
  },
  write(w, m) {
    w.u8(m.key_type, 'key_type');
    writeSetKeyCommon(w, m);
    w.hex(m.nid, NID_LEN, 'nid').u8(m.new_eks, 'new_eks').hex(m.new_key, NMK_LEN, 'new_key');
  },
};

const setKeyCnf: Layout<SetKeyCnf> = {
  name: 'CM_SET_KEY.CNF',
  mmtype: MMTYPE.CM_SET_KEY_CNF,
  read: (c) => ({ name: 'CM_SET_KEY.CNF', result: c.u8('Result'), ...readSetKeyCommon(c) }),
  write(w, m) {
    w.u8(m.result, 'result');
    writeSetKeyCommon(w, m);
  },
};

type AnyLayout = Layout<SlacMessage>;

const LAYOUTS = [
  slacParmReq,
  slacParmCnf,
  startAttenCharInd,
  mnbcSoundInd,
  attenProfileInd,
  attenCharInd,
  attenCharRsp,
  validateReq,
  validateCnf,
  slacMatchReq,
  slacMatchCnf,
  setKeyReq,
  setKeyCnf,
] as unknown as readonly AnyLayout[];

export const LAYOUT_BY_MMTYPE: ReadonlyMap<number, AnyLayout> = new Map(LAYOUTS.map((l) => [l.mmtype, l]));
export const LAYOUT_BY_NAME: ReadonlyMap<SlacMessageName, AnyLayout> = new Map(LAYOUTS.map((l) => [l.name, l]));

/** Every message kind the codec knows, in MMTYPE order of the contract. */
export const MESSAGE_NAMES: readonly SlacMessageName[] = LAYOUTS.map((l) => l.name);
