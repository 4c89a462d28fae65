/**
 * Keys for the AVLN a SLAC match sets up: a fresh Network Membership Key (NMK) per session and the
 * Network Identifier (NID) that HomePlug AV derives from it.
 *
 * NID rule (HomePlug AV 1.1, NID derived from the NMK; the same as open-plc-utils' key tools): hash the 16-byte NMK with
 * SHA-256, then hash the 32-byte digest again, five SHA-256 passes in all; take the first 7 bytes; the
 * 7th byte keeps only its high nibble, moved down to bits 0–3 (52 hash bits in all), and bits 4–5 carry
 * the security level (0: simple connect, 1: secure); bits 6–7 are 0. Verified against every NID/NMK pair
 * of the shared corpus produced by a real charger or modem (see test/slac/keys.test.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Hex } from './frames/types.js';

export const NMK_BYTES = 16;
export const NID_BYTES = 7;
export const RUN_ID_BYTES = 8;
const NID_HASH_PASSES = 5;

/** Salt and iteration count HomePlug AV uses to turn a network password into an NMK (PBKDF1, SHA-256). */
const NMK_SALT = Uint8Array.from([0x08, 0x85, 0x6d, 0xaf, 0x7c, 0xf5, 0x81, 0x86]);
const NMK_PASSES = 1000;

function keyBytes(hex: Hex, size: number, what: string): Buffer {
  if (typeof hex !== 'string' || !/^[0-9a-fA-F]*$/.test(hex) || hex.length !== size * 2) {
    throw new RangeError(`${what}: needs ${size} bytes as hex, got ${String(hex)}`);
  }
  return Buffer.from(hex, 'hex');
}

/** 16 random bytes from the system CSPRNG. */
export function randomNmk(): Hex {
  return randomBytes(NMK_BYTES).toString('hex');
}

/** 8 random bytes for a SLAC RunID. */
export function randomRunId(): Hex {
  return randomBytes(RUN_ID_BYTES).toString('hex');
}

/** NID of the network whose NMK is `nmk`, with the security level (0 or 1) in bits 4–5 of its last byte. */
export function nidFromNmk(nmk: Hex, securityLevel = 0): Hex {
  if (!Number.isInteger(securityLevel) || securityLevel < 0 || securityLevel > 3) {
    throw new RangeError(`securityLevel: ${securityLevel} is not 0..3`);
  }
  let digest: Buffer = keyBytes(nmk, NMK_BYTES, 'nmk');
  for (let i = 0; i < NID_HASH_PASSES; i++) digest = createHash('sha256').update(digest).digest();
  const nid = Buffer.from(digest.subarray(0, NID_BYTES));
  nid[NID_BYTES - 1] = (nid[NID_BYTES - 1]! >> 4) | (securityLevel << 4);
  return nid.toString('hex');
}

/** The security level carried by a NID (bits 4–5 of its last byte). */
export function securityLevelOfNid(nid: Hex): number {
  return (keyBytes(nid, NID_BYTES, 'nid')[NID_BYTES - 1]! >> 4) & 0x03;
}

/**
 * NMK from a network password as HomePlug AV tools do it (PBKDF1: SHA-256 over password ‖ salt, then
 * 999 more passes over the digest; first 16 bytes). Used for fixed-password test networks only.
 */
export function nmkFromPassword(password: string): Hex {
  let digest: Buffer = createHash('sha256').update(Buffer.from(password, 'utf8')).update(NMK_SALT).digest();
  for (let i = 1; i < NMK_PASSES; i++) digest = createHash('sha256').update(digest).digest();
  return digest.subarray(0, NMK_BYTES).toString('hex');
}
