/** Typed errors, facet and length checks before allocation, and V2GTP framing. */
import { describe, expect, it } from 'vitest';
import { BitReader, BitWriter } from '../../../appliance/src/v2g/exi/bits.js';
import {
  ExiError,
  PayloadType,
  decode,
  encode,
  encodeFragment,
  frameV2gtp,
  fromHex,
  parseV2gtpHeader,
  payloadTypeFor,
  unframeV2gtp,
} from '../../../appliance/src/v2g/exi/index.js';

/** DIN CurrentDemandReq, built here so these tests do not need ../shared. */
const cdr = () => ({
  V2G_Message: {
    Header: { SessionID: '4758fdd348a5eb24' },
    Body: {
      CurrentDemandReq: {
        DC_EVStatus: { EVReady: true, EVErrorCode: 'NO_ERROR', EVRESSSOC: 45 },
        EVTargetCurrent: { Multiplier: 0, Unit: 'A', Value: 50 },
        ChargingComplete: false,
        EVTargetVoltage: { Multiplier: 0, Unit: 'V', Value: 400 },
      },
    },
  },
});

function catchExi(fn: () => unknown): ExiError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ExiError);
    return e as ExiError;
  }
  throw new Error('expected an ExiError');
}

describe('ExiError on bad input', () => {
  const good = encode('din', cdr() as never);

  it('round-trips the message used below', () => {
    expect(decode('din', good)).toEqual(cdr());
  });

  it('rejects a wrong header byte at bit 0', () => {
    const e = catchExi(() => decode('din', new Uint8Array([0x81, ...good.subarray(1)])));
    expect(e.bitOffset).toBe(0);
    expect(e.message).toMatch(/header/);
  });

  it('reports truncation with the bit offset and the grammar path', () => {
    const e = catchExi(() => decode('din', good.subarray(0, 16)));
    expect(e.bitOffset).toBeGreaterThan(8);
    expect(e.bitOffset).toBeLessThanOrEqual(128);
    expect(e.grammar).toMatch(/^V2G_Message_anon#\d+ > BodyType#\d+ > CurrentDemandReqType#\d+/);
    expect(String(e)).toMatch(/at bit \d+ in V2G_Message_anon/);
  });

  it('rejects values outside their facets when encoding', () => {
    const doc = cdr();
    doc.V2G_Message.Body.CurrentDemandReq.DC_EVStatus.EVRESSSOC = 101;
    const e = catchExi(() => encode('din', doc as never));
    expect(e.message).toMatch(/0\.\.100/);
    expect(e.grammar).toMatch(/DC_EVStatusType#/);
  });

  it('rejects wrong JSON shapes and missing mandatory elements', () => {
    const noTarget = cdr() as { V2G_Message: { Body: { CurrentDemandReq: Record<string, unknown> } } };
    delete noTarget.V2G_Message.Body.CurrentDemandReq.EVTargetVoltage;
    expect(catchExi(() => encode('din', noTarget as never)).message).toMatch(/required content is missing/);
    const wrongType = cdr() as unknown as { V2G_Message: { Header: { SessionID: unknown } } };
    wrongType.V2G_Message.Header.SessionID = 12;
    catchExi(() => encode('din', wrongType as never));
    catchExi(() => encode('din', null as never));
    catchExi(() => encode('din', { V2G_Message: cdr().V2G_Message, Extra: {} } as never));
    catchExi(() => encode('nope' as never, cdr() as never));
    catchExi(() => decode('din', '809a' as never));
    const twoBodies = cdr() as unknown as { V2G_Message: { Body: Record<string, unknown> } };
    twoBodies.V2G_Message.Body.SessionStopReq = {};
    catchExi(() => encode('din', twoBodies as never));
  });

  it('rejects unknown (misspelt) keys instead of dropping them; undefined values are absent keys', () => {
    const typo = cdr() as unknown as { V2G_Message: { Body: { CurrentDemandReq: Record<string, unknown> } } };
    typo.V2G_Message.Body.CurrentDemandReq.BulkChargingComplet = true;
    const e = catchExi(() => encode('din', typo as never));
    expect(e.message).toBe('unknown key "BulkChargingComplet"');
    expect(e.grammar).toMatch(/CurrentDemandReqType#/);
    const undef = cdr() as unknown as { V2G_Message: { Body: { CurrentDemandReq: Record<string, unknown> } } };
    undef.V2G_Message.Body.CurrentDemandReq.BulkChargingComplete = undefined;
    expect(Buffer.from(encode('din', undef as never)).equals(Buffer.from(good))).toBe(true);
    // Trusted callers skip the check (the key is then ignored); the next call is strict again.
    expect(Buffer.from(encode('din', typo as never, { trusted: true })).equals(Buffer.from(good))).toBe(true);
    catchExi(() => encode('din', typo as never));
  });

  it('enforces maxOccurs from the XSD (AppProtocol: 20)', () => {
    const entry = { ProtocolNamespace: 'urn:din:70121:2012:MsgDef', VersionNumberMajor: 2, VersionNumberMinor: 0, SchemaID: 1, Priority: 1 };
    expect(() => encode('appProtocol', { supportedAppProtocolReq: { AppProtocol: Array(20).fill(entry) } })).not.toThrow();
    const e = catchExi(() => encode('appProtocol', { supportedAppProtocolReq: { AppProtocol: Array(21).fill(entry) } }));
    expect(e.message).toMatch(/AppProtocol is not allowed here/);
  });

  it('enforces string maxLength (ISO-2 EVSEID 37 characters)', () => {
    const doc = (evseid: string) => ({
      V2G_Message: {
        Header: { SessionID: '00' },
        Body: { SessionSetupRes: { ResponseCode: 'OK', EVSEID: evseid } },
      },
    });
    expect(() => encode('iso2', doc('Z'.repeat(37)) as never)).not.toThrow();
    expect(catchExi(() => encode('iso2', doc('Z'.repeat(38)) as never)).message).toMatch(/maxLength 37/);
  });

  it('refuses relaxed-fragment content it cannot represent', () => {
    catchExi(() => encodeFragment('iso2', { eMAID: { '@Nope': 'x', '#content': 'DE' } }));
  });
});

describe('length checks happen before allocation', () => {
  const varint = (w: BitWriter, n: number) => w.uintRaw(n);

  it('a huge string length fails against maxLength and against the remaining input', () => {
    const w = new BitWriter();
    varint(w, 1_000_000_002); // length 10^9 + string-table offset 2
    const bytes = w.finish();
    expect(() => new BitReader(bytes).str(100)).toThrow(/exceeds maxLength 100/);
    expect(() => new BitReader(bytes).str(Infinity)).toThrow(/exceeds the input/);
  });

  it('a huge binary length fails the same way', () => {
    const w = new BitWriter();
    varint(w, 2 ** 40);
    const bytes = w.finish();
    expect(() => new BitReader(bytes).hex(8)).toThrow(/exceeds maxLength 8/);
    expect(() => new BitReader(bytes).hex(Infinity)).toThrow(/exceeds the input/);
  });

  it('unsigned integers stop at 2^53 and n-bit values at their maximum', () => {
    expect(() => new BitReader(new Uint8Array(12).fill(0xff)).uintRaw()).toThrow(/2\^53/);
    expect(() => new BitReader(new Uint8Array([0xfe])).nbit(7, 0, 100)).toThrow(/above maxInclusive 100/);
    expect(new BitReader(new Uint8Array([0xc8])).nbit(7, 0, 100)).toBe(100);
  });

  it('string-table hits (length codes 0 and 1) are refused: this profile never uses the table', () => {
    expect(() => new BitReader(new Uint8Array([0x00])).str(10)).toThrow(/string table/);
  });
});

describe('bit writer and reader', () => {
  it('agree on arbitrary widths and varints', () => {
    const w = new BitWriter();
    const vals: Array<[number, number]> = [];
    let x = 12345;
    for (let i = 0; i < 500; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      const n = 1 + (x % 24);
      vals.push([x & ((1 << n) - 1), n]);
    }
    for (const [v, n] of vals) w.bits(v, n);
    w.uint(2 ** 52 + 7, 0, Number.MAX_SAFE_INTEGER);
    w.int(-300, -1e9, 1e9);
    const r = new BitReader(w.finish());
    for (const [v, n] of vals) expect(r.bits(n)).toBe(v);
    expect(r.uint(0, Number.MAX_SAFE_INTEGER)).toBe(2 ** 52 + 7);
    expect(r.int(-1e9, 1e9)).toBe(-300);
  });
});

describe('fused element writes', () => {
  // Reference: SE code, CH code 0, the value, EE code 0 written one by one.
  const ref = (c: number, cw: number, value: (w: BitWriter) => void): string => {
    const w = new BitWriter();
    w.bits(5, 3); // something before, so the writes start mid-byte
    w.bits(c, cw);
    w.bits(0, 1);
    value(w);
    w.bits(0, 1);
    w.bits(3, 2);
    return Buffer.from(w.finish()).toString('hex');
  };
  const fused = (write: (w: BitWriter) => void): string => {
    const w = new BitWriter();
    w.bits(5, 3);
    write(w);
    w.bits(3, 2);
    return Buffer.from(w.finish()).toString('hex');
  };

  it('write the same bits as CH, value and EE one by one', () => {
    for (const cw of [1, 2, 6, 7, 9]) {
      const c = (1 << cw) - 1;
      for (const x of [0, 1, 100, 127, 128, 300, 16383, 16384, 2 ** 40 + 3]) {
        expect(fused((w) => w.codeUint(c, cw, x, 0, 2 ** 50))).toBe(ref(c, cw, (w) => w.uintRaw(x)));
      }
      for (const x of [0, -1, 5, -128, 127, 128, -129, -40000, 40000]) {
        expect(fused((w) => w.codeInt(c, cw, x, -1e9, 1e9))).toBe(ref(c, cw, (w) => w.int(x, -1e9, 1e9)));
      }
      for (const x of [-3, 0, 3]) expect(fused((w) => w.codeNbit(c, cw, x, 3, -3, 3))).toBe(ref(c, cw, (w) => w.bits(x + 3, 3)));
      expect(fused((w) => w.codeNbit(c, cw, 4000, 12, 0, 4095))).toBe(ref(c, cw, (w) => w.bits(4000, 12)));
      for (const x of [true, false]) expect(fused((w) => w.codeBool(c, cw, x))).toBe(ref(c, cw, (w) => w.bits(x ? 1 : 0, 1)));
    }
  });

  it('check the value before writing', () => {
    expect(() => new BitWriter().codeUint(0, 1, -1, 0, 10)).toThrow(ExiError);
    expect(() => new BitWriter().codeInt(0, 1, 1.5, -10, 10)).toThrow(ExiError);
    expect(() => new BitWriter().codeNbit(0, 1, 8, 3, -3, 3)).toThrow(ExiError);
    expect(() => new BitWriter().codeBool(0, 1, 1 as never)).toThrow(ExiError);
  });
});

describe('V2GTP framing', () => {
  it('frames and unframes with the 8-byte header', () => {
    const payload = fromHex('809a0200');
    const f = frameV2gtp(PayloadType.Exi, payload);
    expect(Buffer.from(f.subarray(0, 8)).toString('hex')).toBe('01fe800100000004');
    const u = unframeV2gtp(new Uint8Array([...f, 0x01]))!;
    expect(u.header).toEqual({ payloadType: 0x8001, payloadLength: 4 });
    expect(Buffer.from(u.payload).toString('hex')).toBe('809a0200');
    expect(u.rest).toHaveLength(1);
  });

  it('waits for more bytes on a partial header or payload', () => {
    const f = frameV2gtp(PayloadType.SdpRequest, new Uint8Array([0x10, 0x00]));
    expect(parseV2gtpHeader(f.subarray(0, 7))).toBeUndefined();
    expect(unframeV2gtp(f.subarray(0, 9))).toBeUndefined();
  });

  it('rejects bad version, unknown payload type and oversized payloads with ExiError', () => {
    expect(() => parseV2gtpHeader(fromHex('02fd800100000000'))).toThrow(ExiError);
    expect(() => parseV2gtpHeader(fromHex('01fe800700000000'))).toThrow(/payload type 0x8007/);
    expect(() => parseV2gtpHeader(fromHex('01fe8001ffffffff'))).toThrow(/exceeds/);
    expect(() => frameV2gtp(0x1234, new Uint8Array())).toThrow(ExiError);
  });

  it('maps schemas to payload types (0x8001 SAP/DIN/ISO-2, 0x8002–0x8006 ISO-20)', () => {
    expect(payloadTypeFor('din')).toBe(0x8001);
    expect(payloadTypeFor('iso2')).toBe(0x8001);
    expect(payloadTypeFor('appProtocol')).toBe(0x8001);
    expect(payloadTypeFor('iso20')).toBe(0x8002);
    expect(payloadTypeFor('iso20-ac')).toBe(0x8003);
    expect(payloadTypeFor('iso20-dc')).toBe(0x8004);
    expect(payloadTypeFor('iso20-acdp')).toBe(0x8005);
    expect(payloadTypeFor('iso20-wpt')).toBe(0x8006);
  });
});
