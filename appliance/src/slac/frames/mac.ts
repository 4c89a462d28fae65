/**
 * Conversions between the contract's text forms (MAC `aa:bb:cc:dd:ee:ff`, lower-case hex of a fixed size)
 * and bytes. The readers never throw on their input range (the cursor checks it); the writers throw a
 * RangeError when a value does not fit its field, which is a bug in the caller, not bad wire data.
 */
import type { Hex, MacAddress } from './types.js';

const HEX_DIGITS = '0123456789abcdef';

export function bytesToHex(bytes: Uint8Array, start = 0, end = bytes.length): Hex {
  let out = '';
  for (let i = start; i < end; i++) {
    const b = bytes[i] ?? 0;
    out += HEX_DIGITS[b >> 4]! + HEX_DIGITS[b & 0x0f]!;
  }
  return out;
}

export function bytesToMac(bytes: Uint8Array, start = 0): MacAddress {
  const parts: string[] = [];
  for (let i = 0; i < 6; i++) parts.push(bytesToHex(bytes, start + i, start + i + 1));
  return parts.join(':');
}

const HEX_RE = /^(?:[0-9a-fA-F]{2})*$/;
const MAC_RE = /^[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}$/;

/** Bytes of a hex string; `size` (in bytes) is enforced when given. */
export function hexToBytes(hex: Hex, size?: number, field = 'hex'): Uint8Array {
  if (typeof hex !== 'string' || !HEX_RE.test(hex)) {
    throw new RangeError(`${field}: not an even-length hex string: ${String(hex)}`);
  }
  if (size !== undefined && hex.length !== size * 2) {
    throw new RangeError(`${field}: needs ${size} bytes, got ${hex.length / 2}`);
  }
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function isMac(mac: unknown): mac is MacAddress {
  return typeof mac === 'string' && MAC_RE.test(mac);
}

export function macToBytes(mac: MacAddress, field = 'mac'): Uint8Array {
  if (!isMac(mac)) throw new RangeError(`${field}: not a MAC address: ${String(mac)}`);
  return hexToBytes(mac.replace(/:/g, ''), 6, field);
}

/** Lower-case canonical form of a MAC written in any case. */
export function normalizeMac(mac: MacAddress): MacAddress {
  return bytesToMac(macToBytes(mac));
}
