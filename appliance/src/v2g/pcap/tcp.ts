/**
 * TCP reassembly of one direction of a connection into V2GTP messages (ISO 15118-2 §7.8.3).
 *
 * Works on the whole capture at once, in capture order: a retransmitted or overlapping segment contributes
 * only its new bytes; a segment beyond the next expected sequence number waits for the missing bytes when
 * a later segment of the capture supplies them (out of order), otherwise the hole is real (lost from the
 * capture) and reading resumes after it. After a hole, or where a V2GTP header is not valid, bytes are
 * skipped until the next valid header (version 0x01/0xFE, a known payload type, a sane length); skipped
 * bytes are counted, never fatal. Captures rebuilt from serial logs have damaged sequence numbers: a
 * segment that jumps ahead of later segments is taken where the stream stands.
 */
import { PayloadType, V2GTP_HEADER_LENGTH } from '../exi/index.js';

export interface Segment {
  frame: number;
  t: number;
  seq: number;
  syn: boolean;
  payload: Uint8Array;
}

export interface V2gtpMessage {
  /** Frame that carried the message's last byte, and its time. */
  frame: number;
  t: number;
  payloadType: number;
  payload: Uint8Array;
}

export interface DirectionResult {
  messages: V2gtpMessage[];
  /** Holes in the sequence space that no segment of the capture filled. */
  gaps: number;
  /** Bytes skipped while looking for a valid V2GTP header (after a hole or inside damaged data). */
  junk: number;
  /** Segments that carried only bytes already seen. */
  retransmissions: number;
  /** Bytes of a message that was still incomplete when the capture or the data ended. */
  incomplete: number;
}

const KNOWN_TYPES = new Set<number>(Object.values(PayloadType));
/** Largest V2GTP payload taken for real; a bigger length field is damage. */
export const MAX_PAYLOAD = 65536;
/** How many later segments may fill a hole before it is taken as lost. */
const LOOKAHEAD = 512;

export function isV2gtpHeader(b: Uint8Array, at: number): boolean {
  if (at + V2GTP_HEADER_LENGTH > b.length || b[at] !== 0x01 || b[at + 1] !== 0xfe) return false;
  if (!KNOWN_TYPES.has((b[at + 2]! << 8) | b[at + 3]!)) return false;
  const len = ((b[at + 4]! << 24) | (b[at + 5]! << 16) | (b[at + 6]! << 8) | b[at + 7]!) >>> 0;
  return len <= MAX_PAYLOAD;
}

interface Pending {
  rel: number;
  seg: Segment;
}

export function reassemble(all: readonly Segment[]): DirectionResult {
  const res: DirectionResult = { messages: [], gaps: 0, junk: 0, retransmissions: 0, incomplete: 0 };
  const segs = all.filter((s) => s.payload.length > 0);
  if (segs.length === 0) return res;
  // The SYN that opened this connection: the last one before the data (earlier ones were failed attempts).
  const syn = all.filter((s) => s.syn && s.frame <= segs[0]!.frame).pop();
  const base = syn ? (syn.seq + 1) >>> 0 : segs[0]!.seq;
  const rel = (seq: number): number => (seq - base) | 0;

  // Bytes received in order and not yet cut into messages, with the frame each run of bytes came from.
  let buf = new Uint8Array(0);
  let runs: { end: number; frame: number; t: number }[] = [];
  let next = 0;
  let pending: Pending[] = [];

  const append = (seg: Segment, from: number): void => {
    const add = seg.payload.subarray(from);
    const joined = new Uint8Array(buf.length + add.length);
    joined.set(buf);
    joined.set(add, buf.length);
    buf = joined;
    runs.push({ end: buf.length, frame: seg.frame, t: seg.t });
    next += add.length;
  };
  const cut = (n: number): void => {
    buf = buf.subarray(n);
    runs = runs.map((r) => ({ ...r, end: r.end - n })).filter((r) => r.end > 0);
  };
  const parse = (): void => {
    let pos = 0;
    while (buf.length - pos >= V2GTP_HEADER_LENGTH) {
      if (!isV2gtpHeader(buf, pos)) {
        pos++;
        res.junk++;
        continue;
      }
      const len = ((buf[pos + 4]! << 24) | (buf[pos + 5]! << 16) | (buf[pos + 6]! << 8) | buf[pos + 7]!) >>> 0;
      const end = pos + V2GTP_HEADER_LENGTH + len;
      if (end > buf.length) break;
      const run = runs.find((r) => r.end >= end)!;
      res.messages.push({
        frame: run.frame,
        t: run.t,
        payloadType: (buf[pos + 2]! << 8) | buf[pos + 3]!,
        payload: buf.slice(pos + V2GTP_HEADER_LENGTH, end),
      });
      pos = end;
    }
    if (pos > 0) cut(pos);
  };
  const hole = (to: number): void => {
    res.gaps++;
    res.incomplete += buf.length;
    buf = new Uint8Array(0);
    runs = [];
    next = to;
  };
  const takeFromPending = (): void => {
    pending.sort((a, b) => a.rel - b.rel);
    while (pending.length > 0 && pending[0]!.rel <= next) {
      const p = pending.shift()!;
      const from = next - p.rel;
      if (from < p.seg.payload.length) append(p.seg, from);
    }
    parse();
  };

  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const r = rel(seg.seq);
    if (r + seg.payload.length <= next) {
      res.retransmissions++;
      continue;
    }
    if (r > next) {
      if (filledLater(segs, i, base, next)) {
        pending.push({ rel: r, seg });
        continue;
      }
      if (landsBetween(segs, i, base, next, r)) {
        // A later segment starts inside the jump: this segment's sequence number is damaged, not the
        // stream. Take its bytes where the stream stands, after a hole.
        hole(next);
        append(seg, 0);
        parse();
        continue;
      }
      pending.push({ rel: r, seg });
      // Nothing in the capture fills the hole: resume at the lowest waiting segment.
      pending.sort((a, b) => a.rel - b.rel);
      hole(pending[0]!.rel);
      takeFromPending();
      continue;
    }
    append(seg, next - r);
    parse();
    if (pending.length > 0) takeFromPending();
  }
  while (pending.length > 0) {
    pending.sort((a, b) => a.rel - b.rel);
    if (pending[0]!.rel > next) hole(pending[0]!.rel);
    takeFromPending();
  }
  res.incomplete += buf.length;
  return res;
}

function filledLater(segs: readonly Segment[], i: number, base: number, next: number): boolean {
  const last = Math.min(segs.length, i + 1 + LOOKAHEAD);
  for (let j = i + 1; j < last; j++) {
    const s = segs[j]!;
    const r = (s.seq - base) | 0;
    if (r <= next && r + s.payload.length > next) return true;
  }
  return false;
}

/** True when the next data segment after `i` starts after `next` but before `r`, where segment i claims to be. */
function landsBetween(segs: readonly Segment[], i: number, base: number, next: number, r: number): boolean {
  const s = segs[i + 1];
  if (!s) return false;
  const r2 = (s.seq - base) | 0;
  return r2 > next && r2 < r;
}
