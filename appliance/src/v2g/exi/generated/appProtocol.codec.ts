// GENERATED FILE — do not edit. Encoders and decoders for the `appProtocol` EXI grammar,
// derived from ../shared/schemas/appProtocol/V2G_CI_AppProtocol.xsd by tools/exi-gen. Regenerate with: npm run gen:exi

/* eslint-disable */
import { BitReader, BitWriter, definedKeys, keyCount, unknownKey } from '../bits.js';
import type * as T from './appProtocol.types.js';

const EV_responseCodeType = ["OK_SuccessfulNegotiation","OK_SuccessfulNegotiationWithMinorDeviation","Failed_NoNegotiation"] as const;
function EI_responseCodeType(w: BitWriter, x: string): number {
  switch (x) {
    case "OK_SuccessfulNegotiation": return 0;
    case "OK_SuccessfulNegotiationWithMinorDeviation": return 1;
    case "Failed_NoNegotiation": return 2;
    default: throw w.fail(`${String(x)} is not a value of responseCodeType`);
  }
}

function dS_nbit_1_20(r: BitReader, cw: number): number {
  return r.nbitEl(5, 1, 20, cw);
}
function eS_nbit_1_20(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 5, 1, 20);
}

function dS_str_100(r: BitReader, cw: number): string {
  r.code0();
  const x = r.str(100);
  r.code0();
  return x;
}
function eS_str_100(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.str(x, 100);
  w.bits(0, 1);
}

function dS_enum_responseCodeType(r: BitReader, cw: number): "OK_SuccessfulNegotiation" | "OK_SuccessfulNegotiationWithMinorDeviation" | "Failed_NoNegotiation" {
  return EV_responseCodeType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_responseCodeType(w: BitWriter, x: "OK_SuccessfulNegotiation" | "OK_SuccessfulNegotiationWithMinorDeviation" | "Failed_NoNegotiation", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_responseCodeType(w, x), 2, 0, 2);
}

function dS_nbit_0_255(r: BitReader, cw: number): number {
  return r.nbitEl(8, 0, 255, cw);
}
function eS_nbit_0_255(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 8, 0, 255);
}

function dS_uint_0_4294967295(r: BitReader, cw: number): number {
  r.code0();
  const x = r.uint(0, 4294967295);
  r.code0();
  return x;
}
function eS_uint_0_4294967295(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeUint(c, cw, x, 0, 4294967295);
}

/** Document grammar: SE over the 2 global elements (sorted), SE(*); 2 bits. */
export function encodeDocument(w: BitWriter, doc: T.Document): void {
  const keys = Object.keys(doc);
  if (keys.length !== 1) throw w.fail('a document has exactly one root element');
  const k = keys[0]!;
  const x = (doc as Record<string, unknown>)[k];
  switch (k) {
    case "supportedAppProtocolReq": w.bits(0, 2); e_supportedAppProtocolReq_anon(w, x as never); return;
    case "supportedAppProtocolRes": w.bits(1, 2); e_supportedAppProtocolRes_anon(w, x as never); return;
    default: throw w.fail(`unknown root element ${k}`);
  }
}
export function decodeDocument(r: BitReader): T.Document {
  const c = r.bits(2);
  switch (c) {
    case 0: return { "supportedAppProtocolReq": d_supportedAppProtocolReq_anon(r) } as T.Document;
    case 1: return { "supportedAppProtocolRes": d_supportedAppProtocolRes_anon(r) } as T.Document;
    default: throw r.badCode(c);
  }
}

/** Fragment grammar: SE over 9 element qnames, SE(*) = 9, ED = 10; 4 bits. */
export const FRAGMENT_ED = 10;
export const FRAGMENT_WIDTH = 4;
export function encodeFragment(w: BitWriter, frag: Record<string, unknown>): void {
  const keys = Object.keys(frag);
  if (keys.length !== 1) throw w.fail('a fragment here has exactly one element');
  const k = keys[0]!;
  const x = frag[k];
  switch (k) {
    case "AppProtocol": w.bits(0, 4); e_AppProtocolType(w, x as never); break;
    case "Priority": eS_nbit_1_20(w, x as never, 1, 4); break;
    case "ProtocolNamespace": eS_str_100(w, x as never, 2, 4); break;
    case "ResponseCode": eS_enum_responseCodeType(w, x as never, 3, 4); break;
    case "SchemaID": eS_nbit_0_255(w, x as never, 4, 4); break;
    case "VersionNumberMajor": eS_uint_0_4294967295(w, x as never, 5, 4); break;
    case "VersionNumberMinor": eS_uint_0_4294967295(w, x as never, 6, 4); break;
    case "supportedAppProtocolReq": w.bits(7, 4); e_supportedAppProtocolReq_anon(w, x as never); break;
    case "supportedAppProtocolRes": w.bits(8, 4); e_supportedAppProtocolRes_anon(w, x as never); break;
    default: throw w.fail(`unknown fragment element ${k}`);
  }
  w.bits(10, 4);
}
export function decodeFragment(r: BitReader): Record<string, unknown> {
  const c = r.bits(4);
  switch (c) {
    case 0: { const v = { "AppProtocol": d_AppProtocolType(r) }; if (r.bits(4) !== 10) throw r.fail('expected ED after the fragment element'); return v; }
    case 1: { const v = { "Priority": dS_nbit_1_20(r, 0) }; if (r.bits(4) !== 10) throw r.fail('expected ED after the fragment element'); return v; }
    case 2: { const v = { "ProtocolNamespace": dS_str_100(r, 0) }; if (r.bits(4) !== 10) throw r.fail('expected ED after the fragment element'); return v; }
    case 3: { const v = { "ResponseCode": dS_enum_responseCodeType(r, 0) }; if (r.bits(4) !== 10) throw r.fail('expected ED after the fragment element'); return v; }
    case 4: { const v = { "SchemaID": dS_nbit_0_255(r, 0) }; if (r.bits(4) !== 10) throw r.fail('expected ED after the fragment element'); return v; }
    case 5: { const v = { "VersionNumberMajor": dS_uint_0_4294967295(r, 0) }; if (r.bits(4) !== 10) throw r.fail('expected ED after the fragment element'); return v; }
    case 6: { const v = { "VersionNumberMinor": dS_uint_0_4294967295(r, 0) }; if (r.bits(4) !== 10) throw r.fail('expected ED after the fragment element'); return v; }
    case 7: { const v = { "supportedAppProtocolReq": d_supportedAppProtocolReq_anon(r) }; if (r.bits(4) !== 10) throw r.fail('expected ED after the fragment element'); return v; }
    case 8: { const v = { "supportedAppProtocolRes": d_supportedAppProtocolRes_anon(r) }; if (r.bits(4) !== 10) throw r.fail('expected ED after the fragment element'); return v; }
    default: throw r.badCode(c);
  }
}

export function e_supportedAppProtocolReq_anon(w: BitWriter, v: T.supportedAppProtocolReq_anon): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.AppProtocol;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("AppProtocol must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 20 ? 2 : 1; break;
            default: throw w.fail("AppProtocol is not allowed here");
          }
          e_AppProtocolType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["AppProtocol"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "supportedAppProtocolReq_anon", s);
  }
}
export function d_supportedAppProtocolReq_anon(r: BitReader): T.supportedAppProtocolReq_anon {
  const v = {} as T.supportedAppProtocolReq_anon;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.AppProtocol ??= []); a.push(d_AppProtocolType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.AppProtocol ??= []); a.push(d_AppProtocolType(r)); s = a.length >= 20 ? 2 : 1; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "supportedAppProtocolReq_anon", s);
  }
}
export function e_AppProtocolType(w: BitWriter, v: T.AppProtocolType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ProtocolNamespace;
      if (x !== undefined) {
        n++;
        eS_str_100(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.VersionNumberMajor;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_uint_0_4294967295(w, x, 0, 1); s = 2; break;
          default: throw w.fail("VersionNumberMajor is not allowed here");
        }
      }
    }
    {
      const x = v.VersionNumberMinor;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_uint_0_4294967295(w, x, 0, 1); s = 3; break;
          default: throw w.fail("VersionNumberMinor is not allowed here");
        }
      }
    }
    {
      const x = v.SchemaID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_nbit_0_255(w, x, 0, 1); s = 4; break;
          default: throw w.fail("SchemaID is not allowed here");
        }
      }
    }
    {
      const x = v.Priority;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: eS_nbit_1_20(w, x, 0, 1); s = 5; break;
          default: throw w.fail("Priority is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ProtocolNamespace","VersionNumberMajor","VersionNumberMinor","SchemaID","Priority"]);
    switch (s) {
      case 5: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "AppProtocolType", s);
  }
}
export function d_AppProtocolType(r: BitReader): T.AppProtocolType {
  const v = {} as T.AppProtocolType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ProtocolNamespace = dS_str_100(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.VersionNumberMajor = dS_uint_0_4294967295(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.VersionNumberMinor = dS_uint_0_4294967295(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: { v.SchemaID = dS_nbit_0_255(r, 1); s = 4; break; }
        case 4: { v.Priority = dS_nbit_1_20(r, 1); s = 5; break; }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "AppProtocolType", s);
  }
}
export function e_supportedAppProtocolRes_anon(w: BitWriter, v: T.supportedAppProtocolRes_anon): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.SchemaID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_nbit_0_255(w, x, 0, 2); s = 2; break;
          default: throw w.fail("SchemaID is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","SchemaID"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "supportedAppProtocolRes_anon", s);
  }
}
export function d_supportedAppProtocolRes_anon(r: BitReader): T.supportedAppProtocolRes_anon {
  const v = {} as T.supportedAppProtocolRes_anon;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.SchemaID = dS_nbit_0_255(r, 0); s = 2; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "supportedAppProtocolRes_anon", s);
  }
}
