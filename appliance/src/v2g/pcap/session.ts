/**
 * A capture → the charging session as a list of events: SLAC management frames, SDP datagrams and every
 * V2GTP message of every V2G TCP connection, in capture order.
 *
 * A TCP connection counts as V2G when its data starts with a V2GTP header (the port is dynamic, 15118 is
 * only the SDP port); the EV side is the one that sent the SYN, else the one that is not at the port an
 * SDP response advertised, else the one whose messages decode as requests.
 */
import { MMTYPE, parseFrame, bytesToMac } from '../../slac/frames/index.js';
import { ETHERTYPE_HOMEPLUG, TCP_ACK, TCP_SYN, linkLayer, ipv6, transport } from './net.js';
import type { Packet } from './reader.js';
import { isV2gtpHeader, reassemble, type Segment, type V2gtpMessage } from './tcp.js';
import { V2gDecoder } from './v2g.js';

export const SDP_PORT = 15118;

export type Dir = 'EV->EVSE' | 'EVSE->EV' | 'local';

export interface PcapEvent {
  t: number;
  frame: number;
  kind: 'slac' | 'sdp' | 'v2g';
  dir: Dir;
  name: string;
  schema?: string;
  /** V2G only: the TCP connection (0, 1, … in order of appearance). */
  stream?: number;
  fields: Record<string, unknown>;
  /** Decoding failure, shown rather than fatal. */
  error?: string;
}

export interface Analysis {
  events: PcapEvent[];
  /** Remarks about the capture: TLS connections, holes in TCP streams, skipped bytes. */
  notes: string[];
}

interface Conn {
  key: string;
  a: string; // "addr|port" of the first sender seen
  b: string;
  aSegs: Segment[];
  bSegs: Segment[];
  /** Which side sent a bare SYN, if seen. */
  synFrom?: 'a' | 'b';
  firstFrame: number;
}

const SLAC_TYPES = new Set<number>(Object.values(MMTYPE));

export function analyze(packets: readonly Packet[]): Analysis {
  const events: PcapEvent[] = [];
  const notes: string[] = [];
  const conns = new Map<string, Conn>();
  const done: Conn[] = [];
  const seccPorts = new Set<number>();
  const pevMacs = new Set<string>();
  const slacEvents: { ev: PcapEvent; src: string; dst: string }[] = [];

  for (const p of packets) {
    const l2 = linkLayer(p.linktype, p.data);
    if (!l2) continue;
    if (l2.ethertype === ETHERTYPE_HOMEPLUG && l2.ethernet) {
      const s = slac(p, l2.ethernet);
      if (s) {
        slacEvents.push(s);
        if (s.ev.name === 'CM_SLAC_PARM.REQ') pevMacs.add(s.src);
      }
      continue;
    }
    const tp = transport(l2);
    if (!tp) continue;
    if (tp.proto === 'udp') {
      if (tp.sport !== SDP_PORT && tp.dport !== SDP_PORT) continue;
      const ev = sdp(p, tp.payload);
      if (ev) {
        if (typeof ev.fields.port === 'number') seccPorts.add(ev.fields.port);
        events.push(ev);
      }
      continue;
    }
    const from = `${tp.src}|${tp.sport}`;
    const to = `${tp.dst}|${tp.dport}`;
    const key = from < to ? `${from}>${to}` : `${to}>${from}`;
    let c = conns.get(key);
    const bareSyn = (tp.flags & TCP_SYN) !== 0 && (tp.flags & TCP_ACK) === 0;
    if (c && bareSyn && (c.aSegs.length + c.bSegs.length) > 2 && hasData(c)) {
      done.push(c); // the same addresses and ports again: a new connection
      c = undefined;
    }
    if (!c) {
      c = { key, a: from, b: to, aSegs: [], bSegs: [], firstFrame: p.frame };
      conns.set(key, c);
    }
    const side = from === c.a ? 'a' : 'b';
    if (bareSyn) c.synFrom ??= side;
    (side === 'a' ? c.aSegs : c.bSegs).push({ frame: p.frame, t: p.t, seq: tp.seq, syn: (tp.flags & TCP_SYN) !== 0, payload: tp.payload });
  }
  done.push(...conns.values());
  done.sort((x, y) => x.firstFrame - y.firstFrame);

  let stream = 0;
  for (const c of done) {
    if (!hasData(c)) continue;
    const first = [...c.aSegs, ...c.bSegs].filter((s) => s.payload.length > 0).sort((x, y) => x.frame - y.frame)[0]!;
    const where = `${c.a.replace('|', ' port ')} <-> ${c.b.replace('|', ' port ')}`;
    if (!isV2gtpHeader(first.payload, 0)) {
      if (first.payload[0] === 0x16 && first.payload[1] === 0x03) notes.push(`TLS connection ${where} (frame ${first.frame}): not decodable`);
      continue;
    }
    const ra = reassemble(c.aSegs);
    const rb = reassemble(c.bSegs);
    const aIsEv = evSideIsA(c, seccPorts, ra.messages, rb.messages);
    const id = stream++;
    for (const [r, label] of [[ra, 'a'], [rb, 'b']] as const) {
      const bad = [r.gaps && `${r.gaps} hole(s)`, r.junk && `${r.junk} byte(s) skipped`, r.incomplete && `${r.incomplete} byte(s) of incomplete messages`].filter(Boolean);
      if (bad.length > 0) notes.push(`stream ${id} ${(label === 'a') === aIsEv ? 'EV->EVSE' : 'EVSE->EV'}: ${bad.join(', ')}`);
    }
    const merged = [
      ...ra.messages.map((m, i) => ({ m, i, dir: (aIsEv ? 'EV->EVSE' : 'EVSE->EV') as Dir })),
      ...rb.messages.map((m, i) => ({ m, i, dir: (aIsEv ? 'EVSE->EV' : 'EV->EVSE') as Dir })),
    ].sort((x, y) => x.m.frame - y.m.frame || (x.dir === y.dir ? x.i - y.i : 0));
    const dec = new V2gDecoder();
    for (const { m, dir } of merged) {
      const d = dec.decode(m.payloadType, m.payload);
      const ev: PcapEvent = { t: m.t, frame: m.frame, kind: 'v2g', dir, name: d.name ?? '?', schema: d.schema, stream: id, fields: d.fields };
      // A guess that contradicts the direction (a request from the charger) is no guess.
      if (d.guess && d.guess.endsWith('Req') === (dir === 'EV->EVSE')) ev.fields = { ...ev.fields, guess: d.guess };
      if (d.error) ev.error = d.error;
      events.push(ev);
    }
  }
  for (const { ev, src, dst } of slacEvents) {
    // SET_KEY and ATTEN_PROFILE pass between a host and its own modem, not between EV and charger.
    const local = ev.name.startsWith('CM_SET_KEY') || ev.name === 'CM_ATTEN_PROFILE.IND';
    ev.dir = local ? 'local' : pevMacs.has(src) ? 'EV->EVSE' : pevMacs.has(dst) ? 'EVSE->EV' : 'local';
    events.push(ev);
  }
  events.sort((x, y) => x.frame - y.frame);
  return { events, notes };
}

function hasData(c: Conn): boolean {
  return c.aSegs.some((s) => s.payload.length > 0) || c.bSegs.some((s) => s.payload.length > 0);
}

function evSideIsA(c: Conn, seccPorts: Set<number>, ma: V2gtpMessage[], mb: V2gtpMessage[]): boolean {
  if (c.synFrom) return c.synFrom === 'a';
  const portA = Number(c.a.split('|')[1]);
  const portB = Number(c.b.split('|')[1]);
  if (seccPorts.has(portB) !== seccPorts.has(portA)) return seccPorts.has(portB);
  // Content: requests come from the EV. Try the first message of each side with a throwaway decoder.
  const kind = (ms: V2gtpMessage[]): string | undefined => {
    const m = ms[0];
    if (!m) return undefined;
    const n = new V2gDecoder().decode(m.payloadType, m.payload);
    const name = n.name ?? n.guess ?? '';
    return name.endsWith('Req') ? 'req' : name.endsWith('Res') ? 'res' : undefined;
  };
  const ka = kind(ma);
  const kb = kind(mb);
  if (ka === 'req' || kb === 'res') return true;
  if (kb === 'req' || ka === 'res') return false;
  if (portA === SDP_PORT || portB === SDP_PORT) return portB === SDP_PORT;
  return portA > portB;
}

function slac(p: Packet, frame: Uint8Array): { ev: PcapEvent; src: string; dst: string } | undefined {
  const src = bytesToMac(frame.subarray(6, 12));
  const dst = bytesToMac(frame.subarray(0, 6));
  const r = parseFrame(frame);
  const base = { t: p.t, frame: p.frame, kind: 'slac' as const, dir: 'local' as Dir };
  if (r.ok) {
    const fields: Record<string, unknown> = { src, dst };
    for (const [k, v] of Object.entries(r.frame.message)) {
      if (['run_id', 'nid', 'pev_mac', 'evse_mac', 'num_sounds', 'result', 'resp_type', 'source_address', 'm_sound_target'].includes(k)) fields[k] = v;
      else if (k === 'aag' && Array.isArray(v) && v.length > 0) fields.atten_avg = Math.round((v as number[]).reduce((s, x) => s + x, 0) / v.length);
    }
    return { ev: { ...base, name: r.frame.message.name, fields }, src, dst };
  }
  if (r.reason === 'unknown-mmtype' || r.reason === 'not-homeplug') return undefined;
  const mmtype = frame.length >= 18 ? frame[15]! | (frame[16]! << 8) : -1;
  if (!SLAC_TYPES.has(mmtype)) return undefined;
  const name = Object.entries(MMTYPE).find(([, v]) => v === mmtype)![0].replace(/_(REQ|CNF|IND|RSP)$/, '.$1');
  return { ev: { ...base, name, fields: { src, dst }, error: `${r.reason}: ${r.detail}` }, src, dst };
}

function sdp(p: Packet, b: Uint8Array): PcapEvent | undefined {
  if (b.length < 8 || b[0] !== 0x01 || b[1] !== 0xfe) return undefined;
  const ptype = (b[2]! << 8) | b[3]!;
  const body = b.subarray(8);
  const sec = (x: number | undefined): string => (x === 0x00 ? 'TLS' : x === 0x10 ? 'NoTLS' : `0x${(x ?? 0).toString(16).padStart(2, '0')}`);
  const tra = (x: number | undefined): string => (x === 0x00 ? 'TCP' : x === 0x10 ? 'UDP' : `0x${(x ?? 0).toString(16).padStart(2, '0')}`);
  const base = { t: p.t, frame: p.frame, kind: 'sdp' as const };
  if (ptype === 0x9000) {
    return { ...base, dir: 'EV->EVSE', name: 'SDP_Req', fields: { security: sec(body[0]), transport: tra(body[1]) } };
  }
  if (ptype === 0x9001) {
    if (body.length < 20) return { ...base, dir: 'EVSE->EV', name: 'SDP_Res', fields: {}, error: `short SDP response (${body.length} bytes)` };
    const port = (body[16]! << 8) | body[17]!;
    return { ...base, dir: 'EVSE->EV', name: 'SDP_Res', fields: { address: ipv6(body.subarray(0, 16)), port, security: sec(body[18]), transport: tra(body[19]) } };
  }
  return undefined;
}
