/**
 * SDP codec (ISO 15118-2 §7.10.1, DIN 70121 §8.7.1) against every datagram of the real-traffic corpus
 * (`../shared/real-traffic/sdp.jsonl`: SDP requests of cars and responses of chargers, V2GTP header
 * included, extracted from the captures listed in its SOURCES.md), plus malformed input.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  encodeSdp,
  encodeSdpRequest,
  encodeSdpResponse,
  formatIpv6,
  parseIpv6,
  parseSdp,
  type SdpMessage,
} from '../../../appliance/src/v2g/sdp/index.js';
import { haveShared, sharedPath } from '../../helpers/shared.js';

const CORPUS = 'real-traffic/sdp.jsonl';
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const bytes = (h: string): Uint8Array => new Uint8Array(Buffer.from(h.replace(/\s/g, ''), 'hex'));

interface Row {
  capture: string;
  frame: number;
  name: string;
  security: string;
  transport: string;
  secc_ip?: string;
  secc_port?: number;
  hex: string;
}

describe.skipIf(!haveShared(CORPUS))('SDP codec against the real-traffic corpus', () => {
  const rows = (): Row[] =>
    readFileSync(sharedPath(CORPUS), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row);

  it('parses every datagram to its recorded fields and re-serialises it byte for byte', () => {
    const all = rows();
    expect(all.length).toBeGreaterThan(800);
    const failures: string[] = [];
    for (const r of all) {
      const where = `${r.capture}#${r.frame}`;
      const p = parseSdp(bytes(r.hex));
      if (!p.ok) {
        failures.push(`${where}: ${p.error.code} ${p.error.message}`);
        continue;
      }
      const want: Record<string, unknown> = { name: r.name, security: r.security, transport: r.transport };
      if (r.secc_ip !== undefined) Object.assign(want, { secc_ip: r.secc_ip, secc_port: r.secc_port });
      try {
        expect(p.message).toEqual(want);
        expect(hex(encodeSdp(p.message))).toBe(r.hex);
      } catch (e) {
        failures.push(`${where}: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('covers requests with and without TLS, responses with both, and a response with an undefined transport byte', () => {
    const kinds = new Set(rows().map((r) => `${r.name}/${r.security}/${r.transport}`));
    expect(kinds).toEqual(new Set(['SDP_Req/NoTLS/TCP', 'SDP_Req/TLS/TCP', 'SDP_Res/NoTLS/TCP', 'SDP_Res/TLS/TCP', 'SDP_Res/NoTLS/0x08']));
  });
});

describe('SDP codec', () => {
  it('encodes the request as the standard lays it out: V2GTP 0x9000, length 2, security, transport', () => {
    expect(hex(encodeSdpRequest())).toBe('01fe9000000000021000');
    expect(hex(encodeSdpRequest('TLS'))).toBe('01fe9000000000020000');
  });

  it('encodes the response: V2GTP 0x9001, length 20, address, port (big endian), security, transport', () => {
    const d = encodeSdpResponse({ secc_ip: 'fe80::1234:5678', secc_port: 0xc350, security: 'NoTLS', transport: 'TCP' });
    expect(hex(d)).toBe('01fe900100000014' + 'fe800000000000000000000012345678' + 'c350' + '10' + '00');
    expect(parseSdp(d)).toEqual({
      ok: true,
      message: { name: 'SDP_Res', secc_ip: 'fe80::1234:5678', secc_port: 50000, security: 'NoTLS', transport: 'TCP' },
    });
  });

  it('drops the zone of the announced address (16 bytes on the wire) and keeps undefined bytes as 0x..', () => {
    const d = encodeSdpResponse({ secc_ip: 'fe80::1%eth1', secc_port: 49152, security: '0x7f', transport: 'UDP' });
    const p = parseSdp(d);
    expect(p).toEqual({ ok: true, message: { name: 'SDP_Res', secc_ip: 'fe80::1', secc_port: 49152, security: '0x7f', transport: 'UDP' } });
  });

  it('refuses to encode what cannot go on the wire (caller bugs throw RangeError)', () => {
    expect(() => encodeSdpResponse({ secc_ip: 'not-an-ip', secc_port: 1, security: 'NoTLS', transport: 'TCP' })).toThrow(RangeError);
    expect(() => encodeSdpResponse({ secc_ip: '::1', secc_port: 70000, security: 'NoTLS', transport: 'TCP' })).toThrow(RangeError);
    expect(() => encodeSdp({ name: 'SDP_Req', security: 'maybe' as never, transport: 'TCP' })).toThrow(RangeError);
  });

  const malformed: Array<[string, string, string]> = [
    ['empty', '', 'truncated'],
    ['shorter than a header', '01fe9000', 'truncated'],
    ['wrong version', '02fd9000000000021000', 'bad_version'],
    ['wrong inverse version', '01ff9000000000021000', 'bad_version'],
    ['unknown payload type', '01fe1234000000021000', 'unknown_payload_type'],
    ['an EXI payload type on the SDP port', '01fe8001000000021000', 'not_sdp'],
    ['request with payload length 3', '01fe900000000003100000', 'bad_length'],
    ['response with payload length 2', '01fe9001000000021000', 'bad_length'],
    ['request cut short', '01fe90000000000210', 'truncated'],
    ['response cut short', '01fe900100000014fe80000000000000', 'truncated'],
    ['trailing bytes', '01fe900000000002100000', 'trailing_bytes'],
    ['huge length', '01fe9000ffffffff1000', 'bad_length'],
  ];
  it.each(malformed)('%s: an error value with code %s, never a throw', (_what, h, code) => {
    const r = parseSdp(bytes(h));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });

  it('never throws on random datagrams', () => {
    let seed = 7;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    for (let i = 0; i < 2000; i++) {
      const len = rnd() % 40;
      const d = new Uint8Array(len).map(() => rnd());
      if (i % 3 === 0 && len >= 4) d.set([0x01, 0xfe, 0x90, i % 2], 0);
      const r = parseSdp(d);
      if (r.ok) expect(hex(encodeSdp(r.message as SdpMessage))).toBe(hex(d));
    }
  });

  it('formats IPv6 per RFC 5952 and parses it back', () => {
    const cases: Array<[string, string]> = [
      ['fe800000000000000665 65fffe0064c3', 'fe80::665:65ff:fe00:64c3'],
      ['00000000000000000000000000000001', '::1'],
      ['00000000000000000000000000000000', '::'],
      ['20010db8000000010000000000000001', '2001:db8:0:1::1'], // longest run wins
      ['20010db8000000000001000000000001', '2001:db8::1:0:0:1'], // leftmost on a tie
      ['20010db8000100010001000100010001', '2001:db8:1:1:1:1:1:1'],
      ['20010db8000100010001000100010000', '2001:db8:1:1:1:1:1:0'], // one zero group stays
    ];
    for (const [h, text] of cases) {
      expect(formatIpv6(bytes(h))).toBe(text);
      expect(hex(parseIpv6(text)!)).toBe(h.replace(/\s/g, ''));
    }
    expect(hex(parseIpv6('::ffff:192.0.2.1')!)).toBe('00000000000000000000ffffc0000201');
    expect(parseIpv6('fe80::1%eth0')).toEqual(parseIpv6('fe80::1'));
    expect(parseIpv6('192.0.2.1')).toBeUndefined();
    expect(parseIpv6('fe80::g')).toBeUndefined();
  });
});
