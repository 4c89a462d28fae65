/**
 * Capture reader: the same packets in classic pcap (both byte orders, micro- and nanosecond) and pcapng
 * (both byte orders, if_tsresol, simple packet blocks) read alike; damaged files give a PcapError with the
 * offset and keep the packets before the damage; nothing throws.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { haveShared, sharedPath } from '../../helpers/shared.js';
import { PcapError, analyze, readCapture, type PcapEvent } from '../../../appliance/src/v2g/pcap/index.js';
import { ethernet, hex, writePcap, writePcapng, type RawPacket } from './writer.js';

const ABB = 'uhi22/pyPLC/results/2022-11-25_v0.2_ABB_until_ChargeParamDiscovery.pcapng';
const CLASSIC = 'uhi22/clara-logs/2024-02-18_clara_alpi_lightbulb_ok.claralog.pcap';
const present = haveShared('real-traffic/pcaps');
const corpus = (f: string): Uint8Array => new Uint8Array(readFileSync(sharedPath('real-traffic', 'pcaps', f)));

const strip = (evs: PcapEvent[]): unknown[] => evs.map(({ t, ...rest }) => ({ ...rest, t: Math.round(t * 1e6) }));

const few: RawPacket[] = [
  { t: 1700000000.123456, data: ethernet(hex('00'.repeat(46)), 0x88b5) },
  { t: 1700000001.5, data: ethernet(hex('11'.repeat(50)), 0x88b5) },
];

describe('readCapture on made-up files', () => {
  const layouts: [string, Uint8Array][] = [
    ['pcap little-endian µs', writePcap(few)],
    ['pcap big-endian µs', writePcap(few, { le: false })],
    ['pcap little-endian ns', writePcap(few, { nano: true })],
    ['pcap big-endian ns', writePcap(few, { le: false, nano: true })],
    ['pcapng little-endian', writePcapng(few)],
    ['pcapng big-endian', writePcapng(few, { le: false })],
    ['pcapng if_tsresol 10^-9', writePcapng(few, { tsresol: 9 })],
    ['pcapng big-endian if_tsresol 10^-3', writePcapng(few.map((p) => ({ ...p, t: Math.round(p.t * 1000) / 1000 })), { le: false, tsresol: 3 })],
  ];
  it.each(layouts)('%s', (_, bytes) => {
    const cap = readCapture(bytes);
    expect(cap.error).toBeUndefined();
    expect(cap.packets.map((p) => p.frame)).toEqual([1, 2]);
    expect(cap.packets.map((p) => p.data)).toEqual(few.map((p) => p.data));
    expect(cap.packets[0]!.linktype).toBe(1);
    expect(Math.abs(cap.packets[1]!.t - 1700000001.5)).toBeLessThan(1e-6);
    expect(Math.abs(cap.packets[0]!.t - few[0]!.t)).toBeLessThan(2e-3);
  });

  it('reads simple packet blocks (no timestamp: the previous one is kept)', () => {
    const cap = readCapture(writePcapng(few, { simple: true }));
    expect(cap.error).toBeUndefined();
    expect(cap.packets.map((p) => p.data)).toEqual(few.map((p) => p.data));
  });

  it('reads a header-only pcap as an empty capture', () => {
    const cap = readCapture(writePcap([], { linktype: 1 }));
    expect(cap).toEqual({ format: 'pcap', packets: [] });
  });

  it('says what is wrong with a file that is not a capture', () => {
    const cap = readCapture(new TextEncoder().encode('hello, this is text'));
    expect(cap.error).toBeInstanceOf(PcapError);
    expect(cap.error!.message).toMatch(/not a pcap or pcapng file \(magic 0x68656c6c\) at byte 0/);
    expect(readCapture(new Uint8Array(2)).error!.message).toMatch(/too short/);
  });

  it('reports a truncated pcap record with its offset and keeps the packets before it', () => {
    const bytes = writePcap(few);
    const cap = readCapture(bytes.subarray(0, bytes.length - 5));
    expect(cap.packets).toHaveLength(1);
    expect(cap.error!.message).toMatch(/truncated pcap record \(.* of 64 bytes\) at byte 100/);
    expect(cap.error!.offset).toBe(100);
    expect(readCapture(bytes.subarray(0, 30)).error!.message).toMatch(/truncated pcap record header/);
    expect(readCapture(bytes.subarray(0, 10)).error!.message).toMatch(/truncated pcap file header/);
  });

  it('reports a truncated or damaged pcapng block', () => {
    const bytes = writePcapng(few);
    const cut = readCapture(bytes.subarray(0, bytes.length - 7));
    expect(cut.packets).toHaveLength(1);
    expect(cut.error!.message).toMatch(/truncated pcapng block \(type 0x6, .* bytes\)/);
    const bad = bytes.slice();
    new DataView(bad.buffer).setUint32(28 + 20 + 4, 13, true); // length field of the first EPB
    expect(readCapture(bad).error!.message).toMatch(/corrupt pcapng block length 13/);
    const mismatch = bytes.slice();
    mismatch[bytes.length - 4] = 0xff;
    expect(readCapture(mismatch).error!.message).toMatch(/length mismatch/);
  });

  it('rejects a pcap record whose length field is absurd', () => {
    const bytes = writePcap(few);
    new DataView(bytes.buffer).setUint32(24 + 8, 0x7fffffff, true);
    expect(readCapture(bytes).error!.message).toMatch(/corrupt pcap record header \(captured length 2147483647/);
  });

  it('never throws on damaged input (random byte flips and cuts)', () => {
    const base = present ? corpus(ABB).subarray(0, 20000) : writePcapng(few);
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 300; i++) {
      const b = base.slice(0, base.length - rnd(200));
      for (let k = 0; k < 1 + rnd(20); k++) b[rnd(b.length)] = rnd(256);
      expect(() => analyze(readCapture(b).packets)).not.toThrow();
    }
  });
});

describe.skipIf(!present)('readCapture on the corpus in every layout', () => {
  it.each([ABB, CLASSIC])('%s reads alike as pcap and pcapng, both byte orders', (file) => {
    const orig = readCapture(corpus(file));
    expect(orig.error).toBeUndefined();
    const raw = orig.packets.map((p) => ({ t: p.t, data: p.data, linktype: p.linktype }));
    const want = strip(analyze(orig.packets).events);
    expect(want.length).toBeGreaterThan(20);
    for (const bytes of [writePcap(raw), writePcap(raw, { le: false, nano: true }), writePcapng(raw), writePcapng(raw, { le: false, tsresol: 9 })]) {
      const cap = readCapture(bytes);
      expect(cap.error).toBeUndefined();
      expect(strip(analyze(cap.packets).events)).toEqual(want);
    }
  });

  it('gives the clear error on a truncated corpus capture, after the packets that were whole', () => {
    const whole = corpus(ABB);
    const cap = readCapture(whole.subarray(0, whole.length - 100));
    expect(cap.error).toBeInstanceOf(PcapError);
    expect(cap.error!.message).toMatch(/^truncated pcapng block .* at byte \d+$/);
    expect(cap.packets.length).toBeGreaterThan(400);
  });
});
