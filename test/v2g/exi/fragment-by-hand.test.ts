/**
 * One fragment derived bit by bit from the grammar, independent of the generated tables: the ISO-2
 * exiFragment of AuthorizationReq (Id "ID1", GenChallenge 00112233445566778899aabbccddeeff).
 */
import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeFragment, toHex } from '../../../appliance/src/v2g/exi/index.js';

const bin = (v: number, n: number): string => v.toString(2).padStart(n, '0');
const bytes = (hex: string): string => [...Buffer.from(hex, 'hex')].map((b) => bin(b, 8)).join('');

function bitsToHex(bits: string): string {
  const padded = bits.padEnd(Math.ceil(bits.length / 8) * 8, '0'); // the stream ends with 0-bit padding
  let hex = '';
  for (let i = 0; i < padded.length; i += 8) hex += parseInt(padded.slice(i, i + 8), 2).toString(16).padStart(2, '0');
  return hex;
}

describe('ISO-2 AuthorizationReq exiFragment derived by hand', () => {
  const challenge = '00112233445566778899aabbccddeeff';
  const bits = [
    // EXI header: distinguishing bits 10, no options (0), version 1 (00000).
    '10000000',
    // FragmentContent: SE over all 243 element qnames of V2G_CI_MsgDef.xsd and its imports, then SE(*) and
    // ED: 245 codes → 8 bits. Sorted by local name, AuthorizationReq comes after AC_EVChargeParameter,
    // AC_EVSEChargeParameter and AC_EVSEStatus, which is declared in two namespaces (MsgBody and
    // MsgDataTypes) and so counts twice → code 4 (the table in the vectors' README agrees).
    bin(4, 8),
    // AuthorizationReqType, first state: AT(Id) (optional), SE(GenChallenge) (optional), EE → 3 first-level
    // productions + the non-strict escape = 4 codes → 2 bits. AT(Id) is code 0.
    bin(0, 2),
    // Id is xs:ID, a string: varint(length + 2) = 5, then each character as a varint code point.
    bin(5, 8),
    bin(0x49, 8), // I
    bin(0x44, 8), // D
    bin(0x31, 8), // 1
    // After the attribute: SE(GenChallenge), EE → 2 + escape → 2 bits; SE(GenChallenge) is code 0.
    bin(0, 2),
    // GenChallenge has a simple type: CH (only production, 1 bit, code 0), base64Binary = varint length 16
    // and the raw bytes, then EE (1 bit, code 0).
    '0',
    bin(16, 8),
    bytes(challenge),
    '0',
    // After GenChallenge only EE is left: 1 production + escape → 1 bit, code 0.
    '0',
    // Back in FragmentContent: ED is code 244 of the same 8-bit list.
    bin(244, 8),
  ].join('');

  it('has the 199 bits the grammar predicts', () => {
    expect(bits).toHaveLength(199);
  });

  it('matches the encoder', () => {
    const frag = { AuthorizationReq: { '@Id': 'ID1', GenChallenge: challenge } };
    expect(toHex(encodeFragment('iso2', frag))).toBe(bitsToHex(bits));
  });

  it('decodes back to the same fields', () => {
    expect(decodeFragment('iso2', Buffer.from(bitsToHex(bits), 'hex'))).toEqual({
      AuthorizationReq: { '@Id': 'ID1', GenChallenge: challenge },
    });
  });
});
