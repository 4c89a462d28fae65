/**
 * V2GTP stream reassembly (ISO 15118-2 §7.8.3): the header check and every way TCP may cut or glue
 * messages, on the pure framer (the socket tests in connection.test.ts run the same over TCP).
 */
import { describe, expect, it } from 'vitest';
import { frameV2gtp, PayloadType } from '../../../appliance/src/v2g/exi/v2gtp.js';
import { checkV2gtpHeader, V2gtpFramer } from '../../../appliance/src/v2g/transport/index.js';

const msg = (n: number, fill = n): Uint8Array => frameV2gtp(PayloadType.Exi, new Uint8Array(n).fill(fill & 0xff));
const cat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
const h = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'));

describe('V2gtpFramer', () => {
  it('delivers a message fed one byte at a time, only when its last byte arrives', () => {
    const f = new V2gtpFramer();
    const m = msg(20, 0xab);
    for (let i = 0; i < m.length - 1; i++) expect(f.push(m.subarray(i, i + 1)).messages).toEqual([]);
    const out = f.push(m.subarray(m.length - 1));
    expect(out.messages).toEqual([{ payloadType: PayloadType.Exi, payload: new Uint8Array(20).fill(0xab) }]);
    expect(f.buffered).toBe(0);
  });

  it('splits several messages coalesced in one chunk, with a partial one at the end kept for later', () => {
    const f = new V2gtpFramer();
    const a = msg(3);
    const b = frameV2gtp(PayloadType.SdpRequest, h('1000'));
    const c = msg(0);
    const d = msg(50);
    const out = f.push(cat(a, b, c, d.subarray(0, 11)));
    expect(out.messages.map((m) => [m.payloadType, m.payload.length])).toEqual([
      [0x8001, 3],
      [0x9000, 2],
      [0x8001, 0],
    ]);
    expect(f.buffered).toBe(11);
    expect(f.push(d.subarray(11)).messages.map((m) => m.payload.length)).toEqual([50]);
  });

  it('handles every split point of a two-message stream', () => {
    const stream = cat(msg(5, 1), msg(9, 2));
    for (let cut = 0; cut <= stream.length; cut++) {
      const f = new V2gtpFramer();
      const got = [...f.push(stream.subarray(0, cut)).messages, ...f.push(stream.subarray(cut)).messages];
      expect(got.map((m) => [m.payload.length, m.payload[0]])).toEqual([
        [5, 1],
        [9, 2],
      ]);
    }
  });

  it('accepts a payload of exactly the maximum and refuses one byte more as soon as the header is in', () => {
    expect(new V2gtpFramer(100).push(msg(100)).messages).toHaveLength(1);
    const f = new V2gtpFramer(100);
    const out = f.push(msg(101).subarray(0, 8)); // header only: refused before any payload is buffered
    expect(out.error).toMatchObject({ code: 'payload_too_long', header: '01fe800100000065' });
    expect(f.buffered).toBe(0);
  });

  it('refuses a length of 2^32-1 without trying to buffer it', () => {
    const out = new V2gtpFramer().push(h('01fe8001ffffffff'));
    expect(out.error?.code).toBe('payload_too_long');
  });

  it.each([
    ['version 0x02', '02fd800100000000', 'bad_version'],
    ['inverse version not the complement', '01ff800100000000', 'bad_version'],
    ['version 0x00', '00ff800100000000', 'bad_version'],
    ['payload type 0x0000', '01fe000000000000', 'unknown_payload_type'],
    ['payload type 0x8007', '01fe800700000000', 'unknown_payload_type'],
    ['payload type 0xffff', '01feffff00000000', 'unknown_payload_type'],
  ])('%s: error %s, reported once; the framer stays failed', (_what, header, code) => {
    const f = new V2gtpFramer();
    const good = msg(2);
    const out = f.push(cat(good, h(header), good));
    expect(out.messages).toHaveLength(1); // the message before the bad header still counts
    expect(out.error).toMatchObject({ code, header });
    expect(f.error?.code).toBe(code);
    expect(f.push(good)).toEqual({ messages: [] });
  });

  it('accepts every payload type V2GTP defines', () => {
    for (const t of Object.values(PayloadType)) {
      expect(checkV2gtpHeader(frameV2gtp(t, new Uint8Array(1)), 10)).toEqual({ payloadType: t, payloadLength: 1 });
    }
  });

  it('hands out payload copies that later chunks do not overwrite', () => {
    const f = new V2gtpFramer();
    const chunk = new Uint8Array(msg(4, 7));
    const [m] = f.push(chunk).messages;
    chunk.fill(0);
    expect([...m!.payload]).toEqual([7, 7, 7, 7]);
  });
});
