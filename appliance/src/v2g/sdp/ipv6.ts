/**
 * IPv6 text ↔ 16 bytes, for the SDP response's SECC address. Formatting follows RFC 5952 (lower case,
 * leading zeros dropped, the longest run of two or more zero groups, leftmost on a tie, written `::`),
 * the form tcpdump/Wireshark print and `sdp.jsonl` records. A zone (`%eth0`) is split off, never encoded:
 * the SDP response carries 16 bytes and the EV adds its own interface as the scope.
 */
import { isIPv6 } from 'node:net';

/** RFC 5952 text of a 16-byte address. */
export function formatIpv6(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new RangeError(`an IPv6 address is 16 bytes, not ${bytes.length}`);
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i]! << 8) | bytes[i + 1]!);
  let bestStart = -1;
  let bestLen = 1; // a single zero group is never shortened
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** Address and zone of `fe80::1%eth0` (zone undefined when absent). */
export function splitZone(address: string): { address: string; zone: string | undefined } {
  const at = address.indexOf('%');
  return at < 0 ? { address, zone: undefined } : { address: address.slice(0, at), zone: address.slice(at + 1) || undefined };
}

/** The 16 bytes of an IPv6 address (a zone is ignored); undefined when the text is not IPv6. */
export function parseIpv6(text: string): Uint8Array | undefined {
  const { address } = splitZone(text);
  if (!isIPv6(address)) return undefined;
  const out = new Uint8Array(16);
  let tail = address;
  const words: number[] = [];
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(tail);
  if (v4) {
    const b = v4.slice(1).map(Number);
    tail = `${tail.slice(0, v4.index)}${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const [head, rest] = tail.split('::') as [string, string | undefined];
  const left = head ? head.split(':').map((h) => parseInt(h, 16)) : [];
  const right = rest ? rest.split(':').map((h) => parseInt(h, 16)) : [];
  words.push(...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right);
  if (words.length !== 8) return undefined;
  words.forEach((w, i) => {
    out[i * 2] = w >>> 8;
    out[i * 2 + 1] = w & 0xff;
  });
  return out;
}

/** fe80::/10 */
export function isLinkLocal(bytes: Uint8Array): boolean {
  return bytes[0] === 0xfe && (bytes[1]! & 0xc0) === 0x80;
}
