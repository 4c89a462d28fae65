/**
 * TCP reassembly into V2GTP messages: split and coalesced messages, retransmissions, overlaps, segments
 * out of order, holes the capture never fills, damaged headers and damaged sequence numbers.
 */
import { describe, expect, it } from 'vitest';
import { reassemble, type Segment } from '../../../appliance/src/v2g/pcap/index.js';
import { concat, hex, v2gtp } from './writer.js';

const A = v2gtp(hex('809a02000000000000000011d00000')); // SessionSetupReq, 23 bytes
const B = v2gtp(hex('809a021050908c0c0c0c0d9198')); // ServiceDiscoveryReq, 21 bytes
const C = v2gtp(hex('80400040')); // supportedAppProtocolRes, 12 bytes
const ISN = 1000;

let frame = 0;
const seg = (seq: number, payload: Uint8Array, syn = false): Segment => ({ frame: ++frame, t: frame / 10, seq: seq >>> 0, syn, payload });
const syn = (isn = ISN): Segment => seg(isn, new Uint8Array(0), true);
const payloads = (r: ReturnType<typeof reassemble>): Uint8Array[] => r.messages.map((m) => m.payload);
const body = (m: Uint8Array): Uint8Array => m.subarray(8);

describe('reassemble', () => {
  it('cuts coalesced messages and joins split ones', () => {
    const all = concat(A, B, C);
    const r = reassemble([syn(), seg(ISN + 1, all.subarray(0, 5)), seg(ISN + 6, all.subarray(5, 30)), seg(ISN + 31, all.subarray(30))]);
    expect(payloads(r)).toEqual([body(A), body(B), body(C)]);
    expect(r.messages.map((m) => m.payloadType)).toEqual([0x8001, 0x8001, 0x8001]);
    // A message takes the frame of the segment that completed it.
    expect(r.messages[0]!.frame).toBe(r.messages[1]!.frame - 1);
    expect(r).toMatchObject({ gaps: 0, junk: 0, retransmissions: 0, incomplete: 0 });
  });

  it('ignores retransmissions and takes only the new bytes of an overlapping segment', () => {
    const all = concat(A, B);
    const r = reassemble([
      syn(),
      seg(ISN + 1, all.subarray(0, 10)),
      seg(ISN + 1, all.subarray(0, 10)), // retransmission
      seg(ISN + 6, all.subarray(5, 30)), // overlap of 5 bytes
      seg(ISN + 1, all.subarray(0, 30)), // old data again
      seg(ISN + 31, all.subarray(30)),
    ]);
    expect(payloads(r)).toEqual([body(A), body(B)]);
    expect(r.retransmissions).toBe(2);
  });

  it('puts out-of-order segments back in order', () => {
    const all = concat(A, B, C);
    const r = reassemble([syn(), seg(ISN + 1 + 23, all.subarray(23, 44)), seg(ISN + 1 + 44, all.subarray(44)), seg(ISN + 1, all.subarray(0, 23))]);
    expect(payloads(r)).toEqual([body(A), body(B), body(C)]);
    expect(r.gaps).toBe(0);
  });

  it('works without the SYN and across the 2^32 wrap of sequence numbers', () => {
    const all = concat(A, B);
    const start = 0xffffffff - 10;
    const r = reassemble([seg(start, all.subarray(0, 15)), seg(start + 15, all.subarray(15))]);
    expect(payloads(r)).toEqual([body(A), body(B)]);
  });

  it('uses the SYN that opened the connection, not an earlier failed attempt', () => {
    const r = reassemble([syn(369), syn(200), seg(201, A), seg(201 + A.length, B)]);
    expect(payloads(r)).toEqual([body(A), body(B)]);
    expect(r.retransmissions).toBe(0);
  });

  it('skips a hole the capture never fills and resumes at the next V2GTP header', () => {
    const r = reassemble([syn(), seg(ISN + 1, A.subarray(0, 10)), /* lost: rest of A */ seg(ISN + 1 + A.length, B), seg(ISN + 1 + A.length + B.length, C)]);
    expect(payloads(r)).toEqual([body(B), body(C)]);
    expect(r.gaps).toBe(1);
    expect(r.incomplete).toBe(10);
  });

  it('resynchronises after a hole that ends inside a message', () => {
    const all = concat(A, B);
    const r = reassemble([syn(), seg(ISN + 1 + 12, all.subarray(12))]);
    expect(payloads(r)).toEqual([body(B)]);
    expect(r.junk).toBe(A.length - 12);
  });

  it('skips a damaged V2GTP header (absurd length) and reads on', () => {
    const bad = A.slice();
    bad[5] = 0x04; // length 0x00040017
    const r = reassemble([syn(), seg(ISN + 1, bad), seg(ISN + 1 + bad.length, B)]);
    expect(payloads(r)).toEqual([body(B)]);
    expect(r.junk).toBe(A.length);
  });

  it('takes a segment with a damaged sequence number where the stream stands', () => {
    const r = reassemble([
      syn(),
      seg(ISN + 1, A),
      seg(ISN + 1 + A.length + 0x8000000, B), // bit flip in the sequence number
      seg(ISN + 1 + A.length + B.length + 40, C), // after a real hole
    ]);
    expect(payloads(r)).toEqual([body(A), body(B), body(C)]);
  });

  it('keeps bytes of a message still incomplete at the end as `incomplete`', () => {
    const r = reassemble([syn(), seg(ISN + 1, concat(A, B.subarray(0, 9)))]);
    expect(payloads(r)).toEqual([body(A)]);
    expect(r.incomplete).toBe(9);
  });

  it('returns nothing for a direction without data', () => {
    expect(reassemble([syn()]).messages).toEqual([]);
    expect(reassemble([]).messages).toEqual([]);
  });
});
