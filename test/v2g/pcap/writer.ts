/**
 * Test-only builders: packets (Ethernet / IPv6 / TCP or UDP, HomePlug frames) and capture files in every
 * layout the reader accepts, so the reader and the reassembly can be tested on bytes made for the case.
 */
export interface RawPacket {
  t: number;
  data: Uint8Array;
  linktype?: number;
}

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

export function hex(h: string): Uint8Array {
  return Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16));
}

/** Classic pcap. */
export function writePcap(packets: RawPacket[], opts: { le?: boolean; nano?: boolean; linktype?: number } = {}): Uint8Array {
  const le = opts.le ?? true;
  const head = new DataView(new ArrayBuffer(24));
  head.setUint32(0, opts.nano ? 0xa1b23c4d : 0xa1b2c3d4, le);
  head.setUint16(4, 2, le);
  head.setUint16(6, 4, le);
  head.setUint32(16, 262144, le);
  head.setUint32(20, opts.linktype ?? packets[0]?.linktype ?? 1, le);
  const recs = packets.map((p) => {
    const r = new DataView(new ArrayBuffer(16));
    const sec = Math.floor(p.t);
    const div = opts.nano ? 1e9 : 1e6;
    r.setUint32(0, sec, le);
    r.setUint32(4, Math.round((p.t - sec) * div), le);
    r.setUint32(8, p.data.length, le);
    r.setUint32(12, p.data.length, le);
    return concat(new Uint8Array(r.buffer), p.data);
  });
  return concat(new Uint8Array(head.buffer), ...recs);
}

function block(type: number, body: Uint8Array, le: boolean): Uint8Array {
  const padded = new Uint8Array((body.length + 3) & ~3);
  padded.set(body);
  const len = 12 + padded.length;
  const h = new DataView(new ArrayBuffer(8));
  h.setUint32(0, type, le);
  h.setUint32(4, len, le);
  const t = new DataView(new ArrayBuffer(4));
  t.setUint32(0, len, le);
  return concat(new Uint8Array(h.buffer), padded, new Uint8Array(t.buffer));
}

/** pcapng: SHB, one IDB (with if_tsresol when `tsresol` is given), then EPBs (or SPBs). */
export function writePcapng(packets: RawPacket[], opts: { le?: boolean; tsresol?: number; simple?: boolean; linktype?: number } = {}): Uint8Array {
  const le = opts.le ?? true;
  const shb = new DataView(new ArrayBuffer(16));
  shb.setUint32(0, 0x1a2b3c4d, le);
  shb.setUint16(4, 1, le);
  shb.setBigInt64(8, -1n, le);
  const idbBody = new DataView(new ArrayBuffer(opts.tsresol === undefined ? 8 : 20));
  idbBody.setUint16(0, opts.linktype ?? packets[0]?.linktype ?? 1, le);
  idbBody.setUint32(4, 0, le);
  if (opts.tsresol !== undefined) {
    idbBody.setUint16(8, 9, le);
    idbBody.setUint16(10, 1, le);
    idbBody.setUint8(12, opts.tsresol);
  }
  const units = opts.tsresol === undefined ? 1e6 : 10 ** opts.tsresol;
  const pkts = packets.map((p) => {
    if (opts.simple) {
      const b = new DataView(new ArrayBuffer(4));
      b.setUint32(0, p.data.length, le);
      return block(3, concat(new Uint8Array(b.buffer), p.data), le);
    }
    const b = new DataView(new ArrayBuffer(20));
    const ts = BigInt(Math.floor(p.t)) * BigInt(units) + BigInt(Math.round((p.t % 1) * units));
    b.setUint32(0, 0, le);
    b.setUint32(4, Number(ts >> 32n), le);
    b.setUint32(8, Number(ts & 0xffffffffn), le);
    b.setUint32(12, p.data.length, le);
    b.setUint32(16, p.data.length, le);
    return block(6, concat(new Uint8Array(b.buffer), p.data), le);
  });
  const shbBlock = block(0x0a0d0d0a, new Uint8Array(shb.buffer), le);
  // The SHB type reads the same in both byte orders; write it big-endian-agnostic.
  shbBlock.set([0x0a, 0x0d, 0x0d, 0x0a], 0);
  return concat(shbBlock, block(1, new Uint8Array(idbBody.buffer), le), ...pkts);
}

const EV_MAC = hex('020000000001');
const EVSE_MAC = hex('020000000002');
export const EV_IP = hex('fe800000000000000000000000000001');
export const EVSE_IP = hex('fe800000000000000000000000000002');

export function ethernet(payload: Uint8Array, ethertype = 0x86dd, fromEv = true, vlan?: number): Uint8Array {
  const tag = vlan === undefined ? new Uint8Array(0) : Uint8Array.of(0x81, 0x00, vlan >> 8, vlan & 0xff);
  return concat(fromEv ? EVSE_MAC : EV_MAC, fromEv ? EV_MAC : EVSE_MAC, tag, Uint8Array.of(ethertype >> 8, ethertype & 0xff), payload);
}

export function ipv6(next: number, src: Uint8Array, dst: Uint8Array, l4: Uint8Array): Uint8Array {
  const h = new Uint8Array(40);
  h[0] = 0x60;
  h[4] = l4.length >> 8;
  h[5] = l4.length & 0xff;
  h[6] = next;
  h[7] = 64;
  h.set(src, 8);
  h.set(dst, 24);
  return concat(h, l4);
}

export function tcp(sport: number, dport: number, seq: number, flags: number, payload: Uint8Array = new Uint8Array(0)): Uint8Array {
  const h = new DataView(new ArrayBuffer(20));
  h.setUint16(0, sport);
  h.setUint16(2, dport);
  h.setUint32(4, seq >>> 0);
  h.setUint8(12, 5 << 4);
  h.setUint8(13, flags);
  h.setUint16(14, 65535);
  return concat(new Uint8Array(h.buffer), payload);
}

export function udp(sport: number, dport: number, payload: Uint8Array): Uint8Array {
  const h = new DataView(new ArrayBuffer(8));
  h.setUint16(0, sport);
  h.setUint16(2, dport);
  h.setUint16(4, 8 + payload.length);
  return concat(new Uint8Array(h.buffer), payload);
}

/** V2GTP framing of an EXI payload (0x8001) or SDP (0x9000/0x9001). */
export function v2gtp(payload: Uint8Array, type = 0x8001): Uint8Array {
  const h = new DataView(new ArrayBuffer(8));
  h.setUint8(0, 0x01);
  h.setUint8(1, 0xfe);
  h.setUint16(2, type);
  h.setUint32(4, payload.length);
  return concat(new Uint8Array(h.buffer), payload);
}

export { concat };
