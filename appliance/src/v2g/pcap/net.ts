/**
 * Link, network and transport headers of one captured packet: Ethernet (with 802.1Q / 802.1ad tags),
 * Linux cooked capture v1 and v2, raw IP and BSD loopback; IPv4 and IPv6 (skipping the usual extension
 * headers); TCP and UDP. Never throws: what cannot be read gives `undefined` or a `skip` reason.
 */

export const ETHERTYPE_IPV4 = 0x0800;
export const ETHERTYPE_IPV6 = 0x86dd;
export const ETHERTYPE_HOMEPLUG = 0x88e1;

export const LINKTYPE = { NULL: 0, ETHERNET: 1, RAW: 101, LINUX_SLL: 113, IPV4: 228, IPV6: 229, LINUX_SLL2: 276 } as const;

export interface L2 {
  ethertype: number;
  /** Source/destination MACs where the link layer has them. */
  src?: Uint8Array;
  dst?: Uint8Array;
  /** Bytes after the link header (and VLAN tags). */
  payload: Uint8Array;
  /** The whole frame as an Ethernet frame, rebuilt when the capture was not Ethernet (for the SLAC codec). */
  ethernet?: Uint8Array;
}

const u16 = (b: Uint8Array, o: number): number => (b[o]! << 8) | b[o + 1]!;
const u32 = (b: Uint8Array, o: number): number => ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;

export function linkLayer(linktype: number, d: Uint8Array): L2 | undefined {
  switch (linktype) {
    case LINKTYPE.ETHERNET: {
      if (d.length < 14) return undefined;
      let et = u16(d, 12);
      let p = 14;
      while ((et === 0x8100 || et === 0x88a8 || et === 0x9100) && p + 4 <= d.length) {
        et = u16(d, p + 2);
        p += 4;
      }
      return { ethertype: et, dst: d.subarray(0, 6), src: d.subarray(6, 12), payload: d.subarray(p), ethernet: d };
    }
    case LINKTYPE.LINUX_SLL: {
      if (d.length < 16) return undefined;
      const alen = Math.min(u16(d, 4), 8);
      return cooked(u16(d, 14), d.subarray(6, 6 + alen), d.subarray(16));
    }
    case LINKTYPE.LINUX_SLL2: {
      if (d.length < 20) return undefined;
      const alen = Math.min(d[11]!, 8);
      return cooked(u16(d, 0), d.subarray(12, 12 + alen), d.subarray(20));
    }
    case LINKTYPE.RAW:
    case LINKTYPE.IPV4:
    case LINKTYPE.IPV6: {
      if (d.length < 1) return undefined;
      const v = d[0]! >> 4;
      return { ethertype: v === 6 ? ETHERTYPE_IPV6 : ETHERTYPE_IPV4, payload: d };
    }
    case LINKTYPE.NULL: {
      if (d.length < 4) return undefined;
      // Address family in the capturing host's byte order: 2 = IPv4; 24, 28, 30 = IPv6 on the BSDs.
      const fam = d[0] === 0 ? u32(d, 0) : d[0]!;
      return { ethertype: fam === 2 ? ETHERTYPE_IPV4 : ETHERTYPE_IPV6, payload: d.subarray(4) };
    }
    default:
      return undefined;
  }
}

/** Cooked captures keep only the sender's address; rebuild an Ethernet frame for frame codecs. */
function cooked(ethertype: number, src: Uint8Array, payload: Uint8Array): L2 {
  const ethernet = new Uint8Array(14 + payload.length);
  ethernet.set(src.subarray(0, 6), 6);
  ethernet[12] = ethertype >> 8;
  ethernet[13] = ethertype & 0xff;
  ethernet.set(payload, 14);
  return { ethertype, src: ethernet.subarray(6, 12), payload, ethernet };
}

export interface Transport {
  proto: 'tcp' | 'udp';
  src: string;
  dst: string;
  sport: number;
  dport: number;
  /** TCP only. */
  seq: number;
  flags: number;
  payload: Uint8Array;
}

export const TCP_FIN = 0x01;
export const TCP_SYN = 0x02;
export const TCP_RST = 0x04;
export const TCP_ACK = 0x10;

export function transport(l2: L2): Transport | undefined {
  const ip = l2.payload;
  if (l2.ethertype === ETHERTYPE_IPV6) {
    if (ip.length < 40 || ip[0]! >> 4 !== 6) return undefined;
    const plen = u16(ip, 4);
    let next = ip[6]!;
    let p = 40;
    const end = Math.min(ip.length, 40 + plen);
    // Hop-by-hop, routing, destination options: length in 8-octet units; fragment header: 8 bytes.
    while ((next === 0 || next === 43 || next === 60 || next === 44) && p + 8 <= end) {
      const n = ip[p]!;
      if (next === 44) {
        if ((u16(ip, p + 2) & 0xfff9) !== 0) return undefined; // a non-first or incomplete fragment
        p += 8;
      } else p += (ip[p + 1]! + 1) * 8;
      next = n;
    }
    return l4(next, ipv6(ip.subarray(8, 24)), ipv6(ip.subarray(24, 40)), ip.subarray(p, end));
  }
  if (l2.ethertype === ETHERTYPE_IPV4) {
    if (ip.length < 20 || ip[0]! >> 4 !== 4) return undefined;
    const ihl = (ip[0]! & 0x0f) * 4;
    const total = u16(ip, 2);
    if ((u16(ip, 6) & 0x1fff) !== 0 || ihl < 20) return undefined; // non-first fragment
    const src = `${ip[12]}.${ip[13]}.${ip[14]}.${ip[15]}`;
    const dst = `${ip[16]}.${ip[17]}.${ip[18]}.${ip[19]}`;
    return l4(ip[9]!, src, dst, ip.subarray(ihl, Math.min(ip.length, total || ip.length)));
  }
  return undefined;
}

function l4(proto: number, src: string, dst: string, b: Uint8Array): Transport | undefined {
  if (proto === 6) {
    if (b.length < 20) return undefined;
    const hl = (b[12]! >> 4) * 4;
    if (hl < 20 || hl > b.length) return undefined;
    return { proto: 'tcp', src, dst, sport: u16(b, 0), dport: u16(b, 2), seq: u32(b, 4), flags: b[13]!, payload: b.subarray(hl) };
  }
  if (proto === 17) {
    if (b.length < 8) return undefined;
    const len = u16(b, 4);
    const end = len >= 8 ? Math.min(b.length, len) : b.length;
    return { proto: 'udp', src, dst, sport: u16(b, 0), dport: u16(b, 2), seq: 0, flags: 0, payload: b.subarray(8, end) };
  }
  return undefined;
}

/** RFC 5952 text form of an IPv6 address. */
export function ipv6(b: Uint8Array): string {
  const w: number[] = [];
  for (let i = 0; i < 16; i += 2) w.push(u16(b, i));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (w[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (a: number[]): string => a.map((x) => x.toString(16)).join(':');
  if (best < 0) return hex(w);
  return `${hex(w.slice(0, best))}::${hex(w.slice(best + bestLen))}`;
}
