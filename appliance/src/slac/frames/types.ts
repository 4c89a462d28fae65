/**
 * HomePlug Green PHY management messages used by SLAC (ISO 15118-3 Annex A, HomePlug AV 1.1), as data.
 * This file is the contract between the frame codec, the EVSE state machine and the PEV simulator.
 *
 * Conventions: MAC addresses are lower-case `aa:bb:cc:dd:ee:ff`; fixed-size byte fields (RunID, IDs,
 * NID, NMK, random values) are lower-case hex strings of exactly their size; integers are numbers.
 */
export type MacAddress = string;
export type Hex = string;

export const ETHERTYPE_HOMEPLUG = 0x88e1;
export const BROADCAST_MAC: MacAddress = 'ff:ff:ff:ff:ff:ff';

/** MMTYPE values (the two low bits select REQ/CNF/IND/RSP). */
export const MMTYPE = {
  CM_SET_KEY_REQ: 0x6008,
  CM_SET_KEY_CNF: 0x6009,
  CM_SLAC_PARM_REQ: 0x6064,
  CM_SLAC_PARM_CNF: 0x6065,
  CM_START_ATTEN_CHAR_IND: 0x606a,
  CM_ATTEN_CHAR_IND: 0x606e,
  CM_ATTEN_CHAR_RSP: 0x606f,
  CM_MNBC_SOUND_IND: 0x6076,
  CM_VALIDATE_REQ: 0x6078,
  CM_VALIDATE_CNF: 0x6079,
  CM_SLAC_MATCH_REQ: 0x607c,
  CM_SLAC_MATCH_CNF: 0x607d,
  CM_ATTEN_PROFILE_IND: 0x6086,
} as const;

export interface MmeHeader {
  dst: MacAddress;
  src: MacAddress;
  /** 802.1Q tag control information when the frame carries a VLAN tag. */
  vlan?: number;
  /** Management message version: 0 (HomePlug AV 1.0) or 1 (AV 1.1, with fragmentation fields). */
  mmv: number;
  mmtype: number;
  /** MMV 1 only: number of fragments − 1 (NF_MI), this fragment's number (FN_MI), sequence (FMSN). */
  fragment?: { nf: number; fn: number; fmsn: number };
  /** Header oddities a lenient parse accepted (e.g. an unknown MMV); absent on clean frames. */
  anomalies?: string[];
}

interface SlacCommon {
  /** 0x00: PEV–EVSE association. */
  application_type: number;
  /** 0x00: no security, 0x01: public-key signature. */
  security_type: number;
}

export interface SlacParmReq extends SlacCommon {
  name: 'CM_SLAC_PARM.REQ';
  run_id: Hex; // 8 bytes
  /** Present with security_type 1. */
  cipher_suites?: number[];
}

export interface SlacParmCnf extends SlacCommon {
  name: 'CM_SLAC_PARM.CNF';
  m_sound_target: MacAddress;
  num_sounds: number;
  /** In units of 100 ms (TT_EVSE_match_MNBC). */
  time_out: number;
  resp_type: number;
  forwarding_sta: MacAddress;
  run_id: Hex;
  cipher_suite?: number;
}

export interface StartAttenCharInd extends SlacCommon {
  name: 'CM_START_ATTEN_CHAR.IND';
  num_sounds: number;
  time_out: number;
  resp_type: number;
  forwarding_sta: MacAddress;
  run_id: Hex;
}

export interface MnbcSoundInd extends SlacCommon {
  name: 'CM_MNBC_SOUND.IND';
  sender_id: Hex; // 17 bytes
  /** Sounds still to come after this one. */
  cnt: number;
  run_id: Hex;
  reserved: Hex; // 8 bytes
  rnd: Hex; // 16 bytes
}

/** Sent by the local modem: average attenuation per carrier group of the sounds it heard from a PEV. */
export interface AttenProfileInd {
  name: 'CM_ATTEN_PROFILE.IND';
  pev_mac: MacAddress;
  num_groups: number;
  reserved: number;
  /** Attenuation in dB per group. */
  aag: number[];
}

export interface AttenCharInd extends SlacCommon {
  name: 'CM_ATTEN_CHAR.IND';
  source_address: MacAddress;
  run_id: Hex;
  source_id: Hex; // 17 bytes
  resp_id: Hex; // 17 bytes
  num_sounds: number;
  num_groups: number;
  aag: number[];
  /** Set when the frame ends right after NUM_SOUNDS, with no ATTEN_PROFILE (NumGroups, AAG) at all
   * (num_groups is then 0 and aag empty). Seen from an ABB HPC answering a PEV that sent no sounds;
   * the codec parses it and writes it back the same way. Never set it when building a frame. */
  no_profile?: boolean;
}

export interface AttenCharRsp extends SlacCommon {
  name: 'CM_ATTEN_CHAR.RSP';
  source_address: MacAddress;
  run_id: Hex;
  source_id: Hex;
  resp_id: Hex;
  /** 0x00: success. */
  result: number;
}

export interface ValidateReq {
  name: 'CM_VALIDATE.REQ';
  signal_type: number;
  timer: number;
  result: number;
}

export interface ValidateCnf {
  name: 'CM_VALIDATE.CNF';
  signal_type: number;
  toggle_num: number;
  /** 0: not ready, 1: ready, 2: success, 3: failure, 4: not required (no validation support). */
  result: number;
}

export interface SlacMatchReq extends SlacCommon {
  name: 'CM_SLAC_MATCH.REQ';
  mvf_length: number;
  pev_id: Hex; // 17 bytes
  pev_mac: MacAddress;
  evse_id: Hex; // 17 bytes
  evse_mac: MacAddress;
  run_id: Hex;
  reserved: Hex; // 8 bytes
}

export interface SlacMatchCnf extends SlacCommon {
  name: 'CM_SLAC_MATCH.CNF';
  mvf_length: number;
  pev_id: Hex;
  pev_mac: MacAddress;
  evse_id: Hex;
  evse_mac: MacAddress;
  run_id: Hex;
  reserved: Hex; // 8 bytes
  nid: Hex; // 7 bytes
  reserved2: number;
  nmk: Hex; // 16 bytes
}

export interface SetKeyReq {
  name: 'CM_SET_KEY.REQ';
  key_type: number;
  my_nonce: number;
  your_nonce: number;
  pid: number;
  prn: number;
  pmn: number;
  cco_capability: number;
  nid: Hex; // 7 bytes
  new_eks: number;
  new_key: Hex; // 16 bytes
}

export interface SetKeyCnf {
  name: 'CM_SET_KEY.CNF';
  /** 0x00: success. */
  result: number;
  my_nonce: number;
  your_nonce: number;
  pid: number;
  prn: number;
  pmn: number;
  cco_capability: number;
}

export type SlacMessage =
  | SlacParmReq
  | SlacParmCnf
  | StartAttenCharInd
  | MnbcSoundInd
  | AttenProfileInd
  | AttenCharInd
  | AttenCharRsp
  | ValidateReq
  | ValidateCnf
  | SlacMatchReq
  | SlacMatchCnf
  | SetKeyReq
  | SetKeyCnf;

export type SlacMessageName = SlacMessage['name'];

/** A parsed frame. `trailer` keeps any bytes after the message (padding to 60 bytes, vendor data) so
 * serialising a parsed frame gives back the identical bytes. */
export interface SlacFrame<M extends SlacMessage = SlacMessage> {
  header: MmeHeader;
  message: M;
  trailer?: Uint8Array;
}

/** Why a frame was dropped; counted per reason by the link's consumer, never thrown. */
export type DropReason = 'not-homeplug' | 'unknown-mmtype' | 'truncated' | 'fragmented' | 'malformed';

export type ParseResult = { ok: true; frame: SlacFrame } | { ok: false; reason: DropReason; detail: string };

/** A raw-Ethernet link carrying HomePlug frames (libpcap on a real interface, or in-process). */
export interface SlacLink {
  readonly mac: MacAddress;
  send(frame: Uint8Array): void;
  onFrame(listener: (frame: Uint8Array) => void): () => void;
  close(): Promise<void>;
}
