/**
 * HomePlug AV management frames on raw Ethernet ↔ the message data of `types.ts`.
 *
 * Wire layout (HomePlug AV 1.1 §11.1, ISO 15118-3 Annex A):
 *   ODA 6 | OSA 6 | [802.1Q: TPID 0x8100 2, TCI 2] | EtherType 0x88E1 2 | MMV 1 | MMTYPE 2 (LE)
 *   | MMV 1 only: FMI 2 = NF_MI (bits 0–3) + FN_MI (bits 4–7), FMSN (second octet) | body | trailer
 *
 * parseFrame never throws: any input gives either a frame or a classified drop. serializeFrame is its
 * byte-exact inverse (the trailer keeps padding and whatever followed the message); frames built in code
 * carry no trailer and are zero-padded to the 60-byte Ethernet minimum.
 */
import { Cursor, TruncatedError, Writer } from './cursor.js';
import { LAYOUT_BY_MMTYPE, LAYOUT_BY_NAME } from './messages.js';
import {
  ETHERTYPE_HOMEPLUG,
  type DropReason,
  type MacAddress,
  type MmeHeader,
  type ParseResult,
  type SlacFrame,
  type SlacMessage,
  type SlacMessageName,
} from './types.js';

export const ETHERTYPE_VLAN = 0x8100;
/** Shortest Ethernet frame without FCS; shorter frames are padded with zeros. */
export const MIN_FRAME_LENGTH = 60;
const ETH_HEADER_LENGTH = 14;

export interface BuildOptions {
  /** 802.1Q tag control information (PCP, DEI, VLAN ID) to tag the frame with. */
  vlan?: number;
  /** 1 (default): HomePlug AV 1.1 header with the fragmentation fields; 0: AV 1.0 header without. */
  mmv?: 0 | 1;
  /** Fragmentation message sequence number (MMV 1); 0 by default. */
  fmsn?: number;
}

function drop(reason: DropReason, detail: string): ParseResult {
  return { ok: false, reason, detail };
}

const hex16 = (n: number): string => `0x${n.toString(16).padStart(4, '0')}`;
const hex8 = (n: number): string => `0x${n.toString(16).padStart(2, '0')}`;

/** Parses one Ethernet frame (without FCS). Never throws. */
export function parseFrame(bytes: Uint8Array): ParseResult {
  try {
    return parseUnchecked(bytes);
  } catch (err) {
    if (err instanceof TruncatedError) return drop('truncated', err.message);
    // Only a bug can land here; report it as a drop rather than letting it escape into the link loop.
    return drop('malformed', `codec error: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function parseUnchecked(bytes: Uint8Array): ParseResult {
  if (!(bytes instanceof Uint8Array)) return drop('malformed', 'not a byte array');
  if (bytes.length < ETH_HEADER_LENGTH) {
    return drop('truncated', `${bytes.length} bytes, shorter than an Ethernet header`);
  }
  const c = new Cursor(bytes);
  const dst = c.mac('ODA');
  const src = c.mac('OSA');
  let ethertype = c.u16be('EtherType');
  let vlan: number | undefined;
  if (ethertype === ETHERTYPE_VLAN) {
    vlan = c.u16be('802.1Q TCI');
    ethertype = c.u16be('EtherType');
  }
  if (ethertype !== ETHERTYPE_HOMEPLUG) {
    return drop('not-homeplug', `ethertype ${hex16(ethertype)}${vlan === undefined ? '' : ' (VLAN-tagged)'}`);
  }

  // Lenient where a real peer was: HomePlug AV defines MMV 0x00 (AV 1.0, no FMI) and 0x01 (AV 1.1); later
  // versions keep the 1.1 layout, so any MMV >= 1 is read with FMI. Oddities are recorded, not fatal.
  const mmv = c.u8('MMV');
  const mmtype = c.u16le('MMTYPE');
  const header: MmeHeader = { dst, src, mmv, mmtype };
  const anomalies: string[] = [];
  if (vlan !== undefined) header.vlan = vlan;
  if (mmv > 1) anomalies.push(`MMV ${hex8(mmv)} is not 0x00 or 0x01; read with the AV 1.1 layout`);
  if (mmv >= 1) {
    const fmi = c.u8('FMI');
    const fmsn = c.u8('FMSN');
    const nf = fmi & 0x0f;
    const fn = fmi >> 4;
    header.fragment = { nf, fn, fmsn };
    if (nf > 0) {
      return drop('fragmented', `fragment ${fn} of ${nf + 1} (FMSN ${fmsn}) of MMTYPE ${hex16(mmtype)}`);
    }
    // NF_MI 0 says the message is complete in this frame, whatever FN_MI claims.
    if (fn > nf) anomalies.push(`FN_MI ${fn} exceeds NF_MI ${nf} in a one-fragment message`);
  }
  if (anomalies.length) header.anomalies = anomalies;

  const layout = LAYOUT_BY_MMTYPE.get(mmtype);
  if (layout === undefined) return drop('unknown-mmtype', `MMTYPE ${hex16(mmtype)} is not a SLAC message`);
  const message = layout.read(c);
  return { ok: true, frame: { header, message, trailer: c.rest() } };
}

/** The MMTYPE of a message kind. */
export function mmtypeOf(name: SlacMessageName): number {
  const layout = LAYOUT_BY_NAME.get(name);
  if (layout === undefined) throw new RangeError(`unknown message kind ${String(name)}`);
  return layout.mmtype;
}

/**
 * Bytes of a frame. A parsed frame (with its trailer) gives back exactly the bytes it came from; a frame
 * without trailer is padded with zeros to 60 bytes. Throws RangeError when a field does not fit (a bug in
 * the caller) or when header.mmtype does not belong to message.name.
 */
export function serializeFrame(frame: SlacFrame): Uint8Array {
  const { header, message, trailer } = frame;
  const layout = LAYOUT_BY_NAME.get(message.name);
  if (layout === undefined) throw new RangeError(`unknown message kind ${String(message.name)}`);
  if (header.mmtype !== layout.mmtype) {
    throw new RangeError(`header MMTYPE ${hex16(header.mmtype)} does not match ${message.name} (${hex16(layout.mmtype)})`);
  }
  const w = new Writer();
  w.mac(header.dst, 'header.dst').mac(header.src, 'header.src');
  if (header.vlan !== undefined) w.u16be(ETHERTYPE_VLAN, 'TPID').u16be(header.vlan, 'header.vlan');
  w.u16be(ETHERTYPE_HOMEPLUG, 'EtherType');
  if (!Number.isInteger(header.mmv) || header.mmv < 0 || header.mmv > 255) {
    throw new RangeError(`header.mmv: ${String(header.mmv)} is not a byte`);
  }
  w.u8(header.mmv, 'header.mmv').u16le(header.mmtype, 'header.mmtype');
  if (header.mmv >= 1) {
    const f = header.fragment ?? { nf: 0, fn: 0, fmsn: 0 };
    if (!Number.isInteger(f.nf) || f.nf < 0 || f.nf > 15) throw new RangeError(`fragment.nf: ${f.nf}`);
    if (!Number.isInteger(f.fn) || f.fn < 0 || f.fn > 15) throw new RangeError(`fragment.fn: ${f.fn}`);
    w.u8(f.nf | (f.fn << 4), 'FMI').u8(f.fmsn, 'fragment.fmsn');
  }
  layout.write(w, message);
  if (trailer !== undefined) w.raw(trailer);
  else if (w.length < MIN_FRAME_LENGTH) w.zeros(MIN_FRAME_LENGTH - w.length);
  return w.toBytes();
}

/** A frame built in code: the message's MMTYPE, MMV 1 with fragment fields 0 (unless opts say otherwise). */
export function buildFrame<M extends SlacMessage>(
  dst: MacAddress,
  src: MacAddress,
  message: M,
  opts: BuildOptions = {},
): SlacFrame<M> {
  const mmv = opts.mmv ?? 1;
  const header: MmeHeader = { dst: dst.toLowerCase(), src: src.toLowerCase(), mmv, mmtype: mmtypeOf(message.name) };
  if (opts.vlan !== undefined) header.vlan = opts.vlan;
  if (mmv === 1) header.fragment = { nf: 0, fn: 0, fmsn: opts.fmsn ?? 0 };
  return { header, message };
}
