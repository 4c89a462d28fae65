// GENERATED FILE — do not edit. Encoders and decoders for the `xmldsig` EXI grammar,
// derived from ../shared/schemas/iso15118-2/xmldsig-core-schema.xsd by tools/exi-gen. Regenerate with: npm run gen:exi

/* eslint-disable */
import { BitReader, BitWriter, definedKeys, keyCount, unknownKey } from '../bits.js';
import type * as T from './xmldsig.types.js';


function dS_bin_inf(r: BitReader, cw: number): string {
  r.code0();
  const x = r.hex(Infinity);
  r.code0();
  return x;
}
function eS_bin_inf(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.hex(x, Infinity);
  w.bits(0, 1);
}

function dS_str_inf(r: BitReader, cw: number): string {
  r.code0();
  const x = r.str(Infinity);
  r.code0();
  return x;
}
function eS_str_inf(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.str(x, Infinity);
  w.bits(0, 1);
}

function dS_int_minf_inf(r: BitReader, cw: number): number {
  r.code0();
  const x = r.int(-9007199254740991, 9007199254740991);
  r.code0();
  return x;
}
function eS_int_minf_inf(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeInt(c, cw, x, -9007199254740991, 9007199254740991);
}

/** Document grammar: SE over the 24 global elements (sorted), SE(*); 5 bits. */
export function encodeDocument(w: BitWriter, doc: T.Document): void {
  const keys = Object.keys(doc);
  if (keys.length !== 1) throw w.fail('a document has exactly one root element');
  const k = keys[0]!;
  const x = (doc as Record<string, unknown>)[k];
  switch (k) {
    case "CanonicalizationMethod": w.bits(0, 5); e_CanonicalizationMethodType(w, x as never); return;
    case "DSAKeyValue": w.bits(1, 5); e_DSAKeyValueType(w, x as never); return;
    case "DigestMethod": w.bits(2, 5); e_DigestMethodType(w, x as never); return;
    case "DigestValue": eS_bin_inf(w, x as never, 3, 5); return;
    case "KeyInfo": w.bits(4, 5); e_KeyInfoType(w, x as never); return;
    case "KeyName": eS_str_inf(w, x as never, 5, 5); return;
    case "KeyValue": w.bits(6, 5); e_KeyValueType(w, x as never); return;
    case "Manifest": w.bits(7, 5); e_ManifestType(w, x as never); return;
    case "MgmtData": eS_str_inf(w, x as never, 8, 5); return;
    case "Object": w.bits(9, 5); e_ObjectType(w, x as never); return;
    case "PGPData": w.bits(10, 5); e_PGPDataType(w, x as never); return;
    case "RSAKeyValue": w.bits(11, 5); e_RSAKeyValueType(w, x as never); return;
    case "Reference": w.bits(12, 5); e_ReferenceType(w, x as never); return;
    case "RetrievalMethod": w.bits(13, 5); e_RetrievalMethodType(w, x as never); return;
    case "SPKIData": w.bits(14, 5); e_SPKIDataType(w, x as never); return;
    case "Signature": w.bits(15, 5); e_SignatureType(w, x as never); return;
    case "SignatureMethod": w.bits(16, 5); e_SignatureMethodType(w, x as never); return;
    case "SignatureProperties": w.bits(17, 5); e_SignaturePropertiesType(w, x as never); return;
    case "SignatureProperty": w.bits(18, 5); e_SignaturePropertyType(w, x as never); return;
    case "SignatureValue": w.bits(19, 5); e_SignatureValueType(w, x as never); return;
    case "SignedInfo": w.bits(20, 5); e_SignedInfoType(w, x as never); return;
    case "Transform": w.bits(21, 5); e_TransformType(w, x as never); return;
    case "Transforms": w.bits(22, 5); e_TransformsType(w, x as never); return;
    case "X509Data": w.bits(23, 5); e_X509DataType(w, x as never); return;
    default: throw w.fail(`unknown root element ${k}`);
  }
}
export function decodeDocument(r: BitReader): T.Document {
  const c = r.bits(5);
  switch (c) {
    case 0: return { "CanonicalizationMethod": d_CanonicalizationMethodType(r) } as T.Document;
    case 1: return { "DSAKeyValue": d_DSAKeyValueType(r) } as T.Document;
    case 2: return { "DigestMethod": d_DigestMethodType(r) } as T.Document;
    case 3: return { "DigestValue": dS_bin_inf(r, 0) } as T.Document;
    case 4: return { "KeyInfo": d_KeyInfoType(r) } as T.Document;
    case 5: return { "KeyName": dS_str_inf(r, 0) } as T.Document;
    case 6: return { "KeyValue": d_KeyValueType(r) } as T.Document;
    case 7: return { "Manifest": d_ManifestType(r) } as T.Document;
    case 8: return { "MgmtData": dS_str_inf(r, 0) } as T.Document;
    case 9: return { "Object": d_ObjectType(r) } as T.Document;
    case 10: return { "PGPData": d_PGPDataType(r) } as T.Document;
    case 11: return { "RSAKeyValue": d_RSAKeyValueType(r) } as T.Document;
    case 12: return { "Reference": d_ReferenceType(r) } as T.Document;
    case 13: return { "RetrievalMethod": d_RetrievalMethodType(r) } as T.Document;
    case 14: return { "SPKIData": d_SPKIDataType(r) } as T.Document;
    case 15: return { "Signature": d_SignatureType(r) } as T.Document;
    case 16: return { "SignatureMethod": d_SignatureMethodType(r) } as T.Document;
    case 17: return { "SignatureProperties": d_SignaturePropertiesType(r) } as T.Document;
    case 18: return { "SignatureProperty": d_SignaturePropertyType(r) } as T.Document;
    case 19: return { "SignatureValue": d_SignatureValueType(r) } as T.Document;
    case 20: return { "SignedInfo": d_SignedInfoType(r) } as T.Document;
    case 21: return { "Transform": d_TransformType(r) } as T.Document;
    case 22: return { "Transforms": d_TransformsType(r) } as T.Document;
    case 23: return { "X509Data": d_X509DataType(r) } as T.Document;
    default: throw r.badCode(c);
  }
}

/** Fragment grammar: SE over 45 element qnames, SE(*) = 45, ED = 46; 6 bits. */
export const FRAGMENT_ED = 46;
export const FRAGMENT_WIDTH = 6;
export function encodeFragment(w: BitWriter, frag: Record<string, unknown>): void {
  const keys = Object.keys(frag);
  if (keys.length !== 1) throw w.fail('a fragment here has exactly one element');
  const k = keys[0]!;
  const x = frag[k];
  switch (k) {
    case "CanonicalizationMethod": w.bits(0, 6); e_CanonicalizationMethodType(w, x as never); break;
    case "DSAKeyValue": w.bits(1, 6); e_DSAKeyValueType(w, x as never); break;
    case "DigestMethod": w.bits(2, 6); e_DigestMethodType(w, x as never); break;
    case "DigestValue": eS_bin_inf(w, x as never, 3, 6); break;
    case "Exponent": eS_bin_inf(w, x as never, 4, 6); break;
    case "G": eS_bin_inf(w, x as never, 5, 6); break;
    case "HMACOutputLength": eS_int_minf_inf(w, x as never, 6, 6); break;
    case "J": eS_bin_inf(w, x as never, 7, 6); break;
    case "KeyInfo": w.bits(8, 6); e_KeyInfoType(w, x as never); break;
    case "KeyName": eS_str_inf(w, x as never, 9, 6); break;
    case "KeyValue": w.bits(10, 6); e_KeyValueType(w, x as never); break;
    case "Manifest": w.bits(11, 6); e_ManifestType(w, x as never); break;
    case "MgmtData": eS_str_inf(w, x as never, 12, 6); break;
    case "Modulus": eS_bin_inf(w, x as never, 13, 6); break;
    case "Object": w.bits(14, 6); e_ObjectType(w, x as never); break;
    case "P": eS_bin_inf(w, x as never, 15, 6); break;
    case "PGPData": w.bits(16, 6); e_PGPDataType(w, x as never); break;
    case "PGPKeyID": eS_bin_inf(w, x as never, 17, 6); break;
    case "PGPKeyPacket": eS_bin_inf(w, x as never, 18, 6); break;
    case "PgenCounter": eS_bin_inf(w, x as never, 19, 6); break;
    case "Q": eS_bin_inf(w, x as never, 20, 6); break;
    case "RSAKeyValue": w.bits(21, 6); e_RSAKeyValueType(w, x as never); break;
    case "Reference": w.bits(22, 6); e_ReferenceType(w, x as never); break;
    case "RetrievalMethod": w.bits(23, 6); e_RetrievalMethodType(w, x as never); break;
    case "SPKIData": w.bits(24, 6); e_SPKIDataType(w, x as never); break;
    case "SPKISexp": eS_bin_inf(w, x as never, 25, 6); break;
    case "Seed": eS_bin_inf(w, x as never, 26, 6); break;
    case "Signature": w.bits(27, 6); e_SignatureType(w, x as never); break;
    case "SignatureMethod": w.bits(28, 6); e_SignatureMethodType(w, x as never); break;
    case "SignatureProperties": w.bits(29, 6); e_SignaturePropertiesType(w, x as never); break;
    case "SignatureProperty": w.bits(30, 6); e_SignaturePropertyType(w, x as never); break;
    case "SignatureValue": w.bits(31, 6); e_SignatureValueType(w, x as never); break;
    case "SignedInfo": w.bits(32, 6); e_SignedInfoType(w, x as never); break;
    case "Transform": w.bits(33, 6); e_TransformType(w, x as never); break;
    case "Transforms": w.bits(34, 6); e_TransformsType(w, x as never); break;
    case "X509CRL": eS_bin_inf(w, x as never, 35, 6); break;
    case "X509Certificate": eS_bin_inf(w, x as never, 36, 6); break;
    case "X509Data": w.bits(37, 6); e_X509DataType(w, x as never); break;
    case "X509IssuerName": eS_str_inf(w, x as never, 38, 6); break;
    case "X509IssuerSerial": w.bits(39, 6); e_X509IssuerSerialType(w, x as never); break;
    case "X509SKI": eS_bin_inf(w, x as never, 40, 6); break;
    case "X509SerialNumber": eS_int_minf_inf(w, x as never, 41, 6); break;
    case "X509SubjectName": eS_str_inf(w, x as never, 42, 6); break;
    case "XPath": eS_str_inf(w, x as never, 43, 6); break;
    case "Y": eS_bin_inf(w, x as never, 44, 6); break;
    default: throw w.fail(`unknown fragment element ${k}`);
  }
  w.bits(46, 6);
}
export function decodeFragment(r: BitReader): Record<string, unknown> {
  const c = r.bits(6);
  switch (c) {
    case 0: { const v = { "CanonicalizationMethod": d_CanonicalizationMethodType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 1: { const v = { "DSAKeyValue": d_DSAKeyValueType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 2: { const v = { "DigestMethod": d_DigestMethodType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 3: { const v = { "DigestValue": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 4: { const v = { "Exponent": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 5: { const v = { "G": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 6: { const v = { "HMACOutputLength": dS_int_minf_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 7: { const v = { "J": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 8: { const v = { "KeyInfo": d_KeyInfoType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 9: { const v = { "KeyName": dS_str_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 10: { const v = { "KeyValue": d_KeyValueType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 11: { const v = { "Manifest": d_ManifestType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 12: { const v = { "MgmtData": dS_str_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 13: { const v = { "Modulus": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 14: { const v = { "Object": d_ObjectType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 15: { const v = { "P": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 16: { const v = { "PGPData": d_PGPDataType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 17: { const v = { "PGPKeyID": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 18: { const v = { "PGPKeyPacket": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 19: { const v = { "PgenCounter": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 20: { const v = { "Q": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 21: { const v = { "RSAKeyValue": d_RSAKeyValueType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 22: { const v = { "Reference": d_ReferenceType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 23: { const v = { "RetrievalMethod": d_RetrievalMethodType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 24: { const v = { "SPKIData": d_SPKIDataType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 25: { const v = { "SPKISexp": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 26: { const v = { "Seed": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 27: { const v = { "Signature": d_SignatureType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 28: { const v = { "SignatureMethod": d_SignatureMethodType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 29: { const v = { "SignatureProperties": d_SignaturePropertiesType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 30: { const v = { "SignatureProperty": d_SignaturePropertyType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 31: { const v = { "SignatureValue": d_SignatureValueType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 32: { const v = { "SignedInfo": d_SignedInfoType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 33: { const v = { "Transform": d_TransformType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 34: { const v = { "Transforms": d_TransformsType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 35: { const v = { "X509CRL": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 36: { const v = { "X509Certificate": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 37: { const v = { "X509Data": d_X509DataType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 38: { const v = { "X509IssuerName": dS_str_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 39: { const v = { "X509IssuerSerial": d_X509IssuerSerialType(r) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 40: { const v = { "X509SKI": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 41: { const v = { "X509SerialNumber": dS_int_minf_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 42: { const v = { "X509SubjectName": dS_str_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 43: { const v = { "XPath": dS_str_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    case 44: { const v = { "Y": dS_bin_inf(r, 0) }; if (r.bits(6) !== 46) throw r.fail('expected ED after the fragment element'); return v; }
    default: throw r.badCode(c);
  }
}

export function e_SignatureType(w: BitWriter, v: T.SignatureType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 0;
        w.str(x, Infinity);
      }
    }
    {
      const x = v.SignedInfo;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(1, 2); s = 2; break;
          case 0: w.bits(0, 1); s = 2; break;
          default: throw w.fail("SignedInfo is not allowed here");
        }
        e_SignedInfoType(w, x);
      }
    }
    {
      const x = v.SignatureValue;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("SignatureValue is not allowed here");
        }
        e_SignatureValueType(w, x);
      }
    }
    {
      const x = v.KeyInfo;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 2); s = 4; break;
          default: throw w.fail("KeyInfo is not allowed here");
        }
        e_KeyInfoType(w, x);
      }
    }
    {
      const x = v.Object;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("Object must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 3: w.bits(1, 2); s = 5; break;
            case 4: w.bits(0, 2); s = 5; break;
            case 5: w.bits(0, 2); s = 5; break;
            default: throw w.fail("Object is not allowed here");
          }
          e_ObjectType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","SignedInfo","SignatureValue","KeyInfo","Object"]);
    switch (s) {
      case 3: w.bits(2, 2); break;
      case 4: w.bits(1, 2); break;
      case 5: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SignatureType", s);
  }
}
export function d_SignatureType(r: BitReader): T.SignatureType {
  const v = {} as T.SignatureType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SignedInfo = d_SignedInfoType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: v.SignedInfo = d_SignedInfoType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SignatureValue = d_SignatureValueType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.KeyInfo = d_KeyInfoType(r); s = 4; break;
            case 1: { const a = (v.Object ??= []); a.push(d_ObjectType(r)); s = 5; break; }
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.Object ??= []); a.push(d_ObjectType(r)); s = 5; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.Object ??= []); a.push(d_ObjectType(r)); s = 5; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "SignatureType", s);
  }
}
export function e_SignedInfoType(w: BitWriter, v: T.SignedInfoType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 0;
        w.str(x, Infinity);
      }
    }
    {
      const x = v.CanonicalizationMethod;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(1, 2); s = 2; break;
          case 0: w.bits(0, 1); s = 2; break;
          default: throw w.fail("CanonicalizationMethod is not allowed here");
        }
        e_CanonicalizationMethodType(w, x);
      }
    }
    {
      const x = v.SignatureMethod;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("SignatureMethod is not allowed here");
        }
        e_SignatureMethodType(w, x);
      }
    }
    {
      const x = v.Reference;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("Reference must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 3: w.bits(0, 1); s = 4; break;
            case 4: w.bits(0, 2); s = 4; break;
            default: throw w.fail("Reference is not allowed here");
          }
          e_ReferenceType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","CanonicalizationMethod","SignatureMethod","Reference"]);
    switch (s) {
      case 4: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SignedInfoType", s);
  }
}
export function d_SignedInfoType(r: BitReader): T.SignedInfoType {
  const v = {} as T.SignedInfoType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.CanonicalizationMethod = d_CanonicalizationMethodType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: v.CanonicalizationMethod = d_CanonicalizationMethodType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SignatureMethod = d_SignatureMethodType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.Reference ??= []); a.push(d_ReferenceType(r)); s = 4; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.Reference ??= []); a.push(d_ReferenceType(r)); s = 4; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "SignedInfoType", s);
  }
}
export function e_CanonicalizationMethodType(w: BitWriter, v: T.CanonicalizationMethodType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Algorithm"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 0;
        w.str(x, Infinity);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Algorithm"]);
    switch (s) {
      case 0: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "CanonicalizationMethodType", s);
  }
}
export function d_CanonicalizationMethodType(r: BitReader): T.CanonicalizationMethodType {
  const v = {} as T.CanonicalizationMethodType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Algorithm"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "CanonicalizationMethodType", s);
  }
}
export function e_SignatureMethodType(w: BitWriter, v: T.SignatureMethodType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Algorithm"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 0;
        w.str(x, Infinity);
      }
    }
    {
      const x = v.HMACOutputLength;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_int_minf_inf(w, x, 0, 3); s = 2; break;
          default: throw w.fail("HMACOutputLength is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Algorithm","HMACOutputLength"]);
    switch (s) {
      case 0: w.bits(2, 3); break;
      case 2: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SignatureMethodType", s);
  }
}
export function d_SignatureMethodType(r: BitReader): T.SignatureMethodType {
  const v = {} as T.SignatureMethodType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.HMACOutputLength = dS_int_minf_inf(r, 0); s = 2; break;
            case 1: throw r.fail('wildcard element content is not supported');
            case 2: return v;
            case 3: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Algorithm"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "SignatureMethodType", s);
  }
}
export function e_ReferenceType(w: BitWriter, v: T.ReferenceType): void {
  let s = 3;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 3); s = 2;
        w.str(x, Infinity);
      }
    }
    {
      const x = v["@Type"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(1, 3); s = 1; break;
          case 2: w.bits(0, 3); s = 1; break;
          default: throw w.fail("@Type is not allowed here");
        }
        w.str(x, Infinity);
      }
    }
    {
      const x = v["@URI"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(2, 3); s = 0; break;
          case 2: w.bits(1, 3); s = 0; break;
          case 1: w.bits(0, 2); s = 0; break;
          default: throw w.fail("@URI is not allowed here");
        }
        w.str(x, Infinity);
      }
    }
    {
      const x = v.Transforms;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(3, 3); s = 4; break;
          case 2: w.bits(2, 3); s = 4; break;
          case 1: w.bits(1, 2); s = 4; break;
          case 0: w.bits(0, 2); s = 4; break;
          default: throw w.fail("Transforms is not allowed here");
        }
        e_TransformsType(w, x);
      }
    }
    {
      const x = v.DigestMethod;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(4, 3); s = 5; break;
          case 2: w.bits(3, 3); s = 5; break;
          case 1: w.bits(2, 2); s = 5; break;
          case 0: w.bits(1, 2); s = 5; break;
          case 4: w.bits(0, 1); s = 5; break;
          default: throw w.fail("DigestMethod is not allowed here");
        }
        e_DigestMethodType(w, x);
      }
    }
    {
      const x = v.DigestValue;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_bin_inf(w, x, 0, 1); s = 6; break;
          default: throw w.fail("DigestValue is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","@Type","@URI","Transforms","DigestMethod","DigestValue"]);
    switch (s) {
      case 6: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ReferenceType", s);
  }
}
export function d_ReferenceType(r: BitReader): T.ReferenceType {
  const v = {} as T.ReferenceType;
  let s = 3;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Transforms = d_TransformsType(r); s = 4; break;
            case 1: v.DigestMethod = d_DigestMethodType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@URI"] = r.str(Infinity); s = 0; break;
            case 1: v.Transforms = d_TransformsType(r); s = 4; break;
            case 2: v.DigestMethod = d_DigestMethodType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v["@Type"] = r.str(Infinity); s = 1; break;
            case 1: v["@URI"] = r.str(Infinity); s = 0; break;
            case 2: v.Transforms = d_TransformsType(r); s = 4; break;
            case 3: v.DigestMethod = d_DigestMethodType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 2; break;
            case 1: v["@Type"] = r.str(Infinity); s = 1; break;
            case 2: v["@URI"] = r.str(Infinity); s = 0; break;
            case 3: v.Transforms = d_TransformsType(r); s = 4; break;
            case 4: v.DigestMethod = d_DigestMethodType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DigestMethod = d_DigestMethodType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DigestValue = dS_bin_inf(r, 0); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
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
    throw r.wrap(e, "ReferenceType", s);
  }
}
export function e_TransformsType(w: BitWriter, v: T.TransformsType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Transform;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("Transform must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = 1; break;
            default: throw w.fail("Transform is not allowed here");
          }
          e_TransformType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Transform"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "TransformsType", s);
  }
}
export function d_TransformsType(r: BitReader): T.TransformsType {
  const v = {} as T.TransformsType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.Transform ??= []); a.push(d_TransformType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.Transform ??= []); a.push(d_TransformType(r)); s = 1; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "TransformsType", s);
  }
}
export function e_TransformType(w: BitWriter, v: T.TransformType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Algorithm"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 0;
        w.str(x, Infinity);
      }
    }
    for (const k in v) {
      const x = (v as unknown as Record<string, unknown>)[k];
      if (x === undefined) continue;
      switch (k) {
        case "XPath": {
          n++;
          if (!Array.isArray(x)) throw w.fail("XPath must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 0: eS_str_inf(w, x[i] as never, 0, 3); s = 3; break;
              case 3: eS_str_inf(w, x[i] as never, 0, 3); s = 3; break;
              default: throw w.fail("XPath is not allowed here");
            }
          }
          break;
        }
        default: if (k.charCodeAt(0) === 64 || k === '#content') break; throw w.fail(`${k} is not an element of TransformType`);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Algorithm","XPath"]);
    switch (s) {
      case 0: w.bits(2, 3); break;
      case 3: w.bits(2, 3); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "TransformType", s);
  }
}
export function d_TransformType(r: BitReader): T.TransformType {
  const v = {} as T.TransformType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.XPath ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 1: throw r.fail('wildcard element content is not supported');
            case 2: return v;
            case 3: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Algorithm"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.XPath ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 1: throw r.fail('wildcard element content is not supported');
            case 2: return v;
            case 3: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.XPath ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 1: throw r.fail('wildcard element content is not supported');
            case 2: return v;
            case 3: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "TransformType", s);
  }
}
export function e_DigestMethodType(w: BitWriter, v: T.DigestMethodType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Algorithm"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 0;
        w.str(x, Infinity);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Algorithm"]);
    switch (s) {
      case 0: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "DigestMethodType", s);
  }
}
export function d_DigestMethodType(r: BitReader): T.DigestMethodType {
  const v = {} as T.DigestMethodType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Algorithm"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "DigestMethodType", s);
  }
}
export function e_SignatureValueType(w: BitWriter, v: T.SignatureValueType): void {
  let s = 2;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 1;
        w.str(x, Infinity);
      }
    }
    {
      const x = v["#content"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 2); s = 0; break;
          case 1: w.bits(0, 1); s = 0; break;
          default: throw w.fail("#content is not allowed here");
        }
        w.hex(x, Infinity);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","#content"]);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SignatureValueType", s);
  }
}
export function d_SignatureValueType(r: BitReader): T.SignatureValueType {
  const v = {} as T.SignatureValueType;
  let s = 2;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v['#content'] = r.hex(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 1; break;
            case 1: v['#content'] = r.hex(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "SignatureValueType", s);
  }
}
export function e_KeyInfoType(w: BitWriter, v: T.KeyInfoType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 4); s = 0;
        w.str(x, Infinity);
      }
    }
    for (const k in v) {
      const x = (v as unknown as Record<string, unknown>)[k];
      if (x === undefined) continue;
      switch (k) {
        case "KeyName": {
          n++;
          if (!Array.isArray(x)) throw w.fail("KeyName must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 1: eS_str_inf(w, x[i] as never, 1, 4); s = 2; break;
              case 0: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              case 2: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              case 3: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              case 4: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              case 5: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              case 6: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              case 7: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              case 8: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              default: throw w.fail("KeyName is not allowed here");
            }
          }
          break;
        }
        case "KeyValue": {
          n++;
          if (!Array.isArray(x)) throw w.fail("KeyValue must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 1: w.bits(2, 4); s = 3; break;
              case 0: w.bits(1, 4); s = 3; break;
              case 2: w.bits(1, 4); s = 3; break;
              case 3: w.bits(1, 4); s = 3; break;
              case 4: w.bits(1, 4); s = 3; break;
              case 5: w.bits(1, 4); s = 3; break;
              case 6: w.bits(1, 4); s = 3; break;
              case 7: w.bits(1, 4); s = 3; break;
              case 8: w.bits(1, 4); s = 3; break;
              default: throw w.fail("KeyValue is not allowed here");
            }
            e_KeyValueType(w, x[i] as never);
          }
          break;
        }
        case "RetrievalMethod": {
          n++;
          if (!Array.isArray(x)) throw w.fail("RetrievalMethod must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 1: w.bits(3, 4); s = 4; break;
              case 0: w.bits(2, 4); s = 4; break;
              case 2: w.bits(2, 4); s = 4; break;
              case 3: w.bits(2, 4); s = 4; break;
              case 4: w.bits(2, 4); s = 4; break;
              case 5: w.bits(2, 4); s = 4; break;
              case 6: w.bits(2, 4); s = 4; break;
              case 7: w.bits(2, 4); s = 4; break;
              case 8: w.bits(2, 4); s = 4; break;
              default: throw w.fail("RetrievalMethod is not allowed here");
            }
            e_RetrievalMethodType(w, x[i] as never);
          }
          break;
        }
        case "X509Data": {
          n++;
          if (!Array.isArray(x)) throw w.fail("X509Data must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 1: w.bits(4, 4); s = 5; break;
              case 0: w.bits(3, 4); s = 5; break;
              case 2: w.bits(3, 4); s = 5; break;
              case 3: w.bits(3, 4); s = 5; break;
              case 4: w.bits(3, 4); s = 5; break;
              case 5: w.bits(3, 4); s = 5; break;
              case 6: w.bits(3, 4); s = 5; break;
              case 7: w.bits(3, 4); s = 5; break;
              case 8: w.bits(3, 4); s = 5; break;
              default: throw w.fail("X509Data is not allowed here");
            }
            e_X509DataType(w, x[i] as never);
          }
          break;
        }
        case "PGPData": {
          n++;
          if (!Array.isArray(x)) throw w.fail("PGPData must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 1: w.bits(5, 4); s = 6; break;
              case 0: w.bits(4, 4); s = 6; break;
              case 2: w.bits(4, 4); s = 6; break;
              case 3: w.bits(4, 4); s = 6; break;
              case 4: w.bits(4, 4); s = 6; break;
              case 5: w.bits(4, 4); s = 6; break;
              case 6: w.bits(4, 4); s = 6; break;
              case 7: w.bits(4, 4); s = 6; break;
              case 8: w.bits(4, 4); s = 6; break;
              default: throw w.fail("PGPData is not allowed here");
            }
            e_PGPDataType(w, x[i] as never);
          }
          break;
        }
        case "SPKIData": {
          n++;
          if (!Array.isArray(x)) throw w.fail("SPKIData must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 1: w.bits(6, 4); s = 7; break;
              case 0: w.bits(5, 4); s = 7; break;
              case 2: w.bits(5, 4); s = 7; break;
              case 3: w.bits(5, 4); s = 7; break;
              case 4: w.bits(5, 4); s = 7; break;
              case 5: w.bits(5, 4); s = 7; break;
              case 6: w.bits(5, 4); s = 7; break;
              case 7: w.bits(5, 4); s = 7; break;
              case 8: w.bits(5, 4); s = 7; break;
              default: throw w.fail("SPKIData is not allowed here");
            }
            e_SPKIDataType(w, x[i] as never);
          }
          break;
        }
        case "MgmtData": {
          n++;
          if (!Array.isArray(x)) throw w.fail("MgmtData must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 1: eS_str_inf(w, x[i] as never, 7, 4); s = 8; break;
              case 0: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              case 2: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              case 3: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              case 4: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              case 5: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              case 6: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              case 7: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              case 8: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              default: throw w.fail("MgmtData is not allowed here");
            }
          }
          break;
        }
        default: if (k.charCodeAt(0) === 64 || k === '#content') break; throw w.fail(`${k} is not an element of KeyInfoType`);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","KeyName","KeyValue","RetrievalMethod","X509Data","PGPData","SPKIData","MgmtData"]);
    switch (s) {
      case 2: w.bits(8, 4); break;
      case 3: w.bits(8, 4); break;
      case 4: w.bits(8, 4); break;
      case 5: w.bits(8, 4); break;
      case 6: w.bits(8, 4); break;
      case 7: w.bits(8, 4); break;
      case 8: w.bits(8, 4); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "KeyInfoType", s);
  }
}
export function d_KeyInfoType(r: BitReader): T.KeyInfoType {
  const v = {} as T.KeyInfoType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(4);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 3: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 4: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 5: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 6: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 7: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 8: throw r.fail('wildcard element content is not supported');
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 8: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 9: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "KeyInfoType", s);
  }
}
export function e_KeyValueType(w: BitWriter, v: T.KeyValueType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.DSAKeyValue;
      if (x !== undefined) {
        n++;
        w.bits(0, 3); s = 1;
        e_DSAKeyValueType(w, x);
      }
    }
    {
      const x = v.RSAKeyValue;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(1, 3); s = 2; break;
          default: throw w.fail("RSAKeyValue is not allowed here");
        }
        e_RSAKeyValueType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DSAKeyValue","RSAKeyValue"]);
    switch (s) {
      case 1: w.bits(0, 2); break;
      case 2: w.bits(0, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "KeyValueType", s);
  }
}
export function d_KeyValueType(r: BitReader): T.KeyValueType {
  const v = {} as T.KeyValueType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.DSAKeyValue = d_DSAKeyValueType(r); s = 1; break;
            case 1: v.RSAKeyValue = d_RSAKeyValueType(r); s = 2; break;
            case 2: throw r.fail('wildcard element content is not supported');
            case 3: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: return v;
            case 1: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: return v;
            case 1: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: return v;
            case 1: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "KeyValueType", s);
  }
}
export function e_DSAKeyValueType(w: BitWriter, v: T.DSAKeyValueType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.P;
      if (x !== undefined) {
        n++;
        eS_bin_inf(w, x, 0, 2); s = 1;
      }
    }
    {
      const x = v.Q;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_bin_inf(w, x, 0, 1); s = 4; break;
          default: throw w.fail("Q is not allowed here");
        }
      }
    }
    {
      const x = v.G;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_bin_inf(w, x, 1, 2); s = 2; break;
          case 4: eS_bin_inf(w, x, 0, 2); s = 2; break;
          default: throw w.fail("G is not allowed here");
        }
      }
    }
    {
      const x = v.Y;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_bin_inf(w, x, 2, 2); s = 3; break;
          case 4: eS_bin_inf(w, x, 1, 2); s = 3; break;
          case 2: eS_bin_inf(w, x, 0, 1); s = 3; break;
          default: throw w.fail("Y is not allowed here");
        }
      }
    }
    {
      const x = v.J;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_bin_inf(w, x, 0, 2); s = 5; break;
          default: throw w.fail("J is not allowed here");
        }
      }
    }
    {
      const x = v.Seed;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_bin_inf(w, x, 1, 2); s = 6; break;
          case 5: eS_bin_inf(w, x, 0, 2); s = 6; break;
          default: throw w.fail("Seed is not allowed here");
        }
      }
    }
    {
      const x = v.PgenCounter;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: eS_bin_inf(w, x, 0, 1); s = 7; break;
          default: throw w.fail("PgenCounter is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["P","Q","G","Y","J","Seed","PgenCounter"]);
    switch (s) {
      case 3: w.bits(2, 2); break;
      case 5: w.bits(1, 2); break;
      case 7: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "DSAKeyValueType", s);
  }
}
export function d_DSAKeyValueType(r: BitReader): T.DSAKeyValueType {
  const v = {} as T.DSAKeyValueType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.P = dS_bin_inf(r, 0); s = 1; break;
            case 1: v.G = dS_bin_inf(r, 0); s = 2; break;
            case 2: v.Y = dS_bin_inf(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Q = dS_bin_inf(r, 0); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Y = dS_bin_inf(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.J = dS_bin_inf(r, 0); s = 5; break;
            case 1: v.Seed = dS_bin_inf(r, 0); s = 6; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.G = dS_bin_inf(r, 0); s = 2; break;
            case 1: v.Y = dS_bin_inf(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Seed = dS_bin_inf(r, 0); s = 6; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PgenCounter = dS_bin_inf(r, 0); s = 7; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
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
    throw r.wrap(e, "DSAKeyValueType", s);
  }
}
export function e_RSAKeyValueType(w: BitWriter, v: T.RSAKeyValueType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Modulus;
      if (x !== undefined) {
        n++;
        eS_bin_inf(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.Exponent;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_bin_inf(w, x, 0, 1); s = 2; break;
          default: throw w.fail("Exponent is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Modulus","Exponent"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "RSAKeyValueType", s);
  }
}
export function d_RSAKeyValueType(r: BitReader): T.RSAKeyValueType {
  const v = {} as T.RSAKeyValueType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Modulus = dS_bin_inf(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Exponent = dS_bin_inf(r, 0); s = 2; break;
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
    throw r.wrap(e, "RSAKeyValueType", s);
  }
}
export function e_RetrievalMethodType(w: BitWriter, v: T.RetrievalMethodType): void {
  let s = 2;
  let n = 0;
  try {
    {
      const x = v["@Type"];
      if (x !== undefined) {
        n++;
        w.bits(0, 3); s = 1;
        w.str(x, Infinity);
      }
    }
    {
      const x = v["@URI"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 3); s = 0; break;
          case 1: w.bits(0, 2); s = 0; break;
          default: throw w.fail("@URI is not allowed here");
        }
        w.str(x, Infinity);
      }
    }
    {
      const x = v.Transforms;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(2, 3); s = 3; break;
          case 1: w.bits(1, 2); s = 3; break;
          case 0: w.bits(0, 2); s = 3; break;
          default: throw w.fail("Transforms is not allowed here");
        }
        e_TransformsType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Type","@URI","Transforms"]);
    switch (s) {
      case 2: w.bits(3, 3); break;
      case 1: w.bits(2, 2); break;
      case 0: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "RetrievalMethodType", s);
  }
}
export function d_RetrievalMethodType(r: BitReader): T.RetrievalMethodType {
  const v = {} as T.RetrievalMethodType;
  let s = 2;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Transforms = d_TransformsType(r); s = 3; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@URI"] = r.str(Infinity); s = 0; break;
            case 1: v.Transforms = d_TransformsType(r); s = 3; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v["@Type"] = r.str(Infinity); s = 1; break;
            case 1: v["@URI"] = r.str(Infinity); s = 0; break;
            case 2: v.Transforms = d_TransformsType(r); s = 3; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
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
    throw r.wrap(e, "RetrievalMethodType", s);
  }
}
export function e_X509DataType(w: BitWriter, v: T.X509DataType): void {
  let s = 0;
  let n = 0;
  try {
    for (const k in v) {
      const x = (v as unknown as Record<string, unknown>)[k];
      if (x === undefined) continue;
      switch (k) {
        case "X509IssuerSerial": {
          n++;
          if (!Array.isArray(x)) throw w.fail("X509IssuerSerial must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 0: w.bits(0, 3); s = 1; break;
              case 1: w.bits(0, 3); s = 1; break;
              case 2: w.bits(0, 3); s = 1; break;
              case 3: w.bits(0, 3); s = 1; break;
              case 4: w.bits(0, 3); s = 1; break;
              case 5: w.bits(0, 3); s = 1; break;
              default: throw w.fail("X509IssuerSerial is not allowed here");
            }
            e_X509IssuerSerialType(w, x[i] as never);
          }
          break;
        }
        case "X509SKI": {
          n++;
          if (!Array.isArray(x)) throw w.fail("X509SKI must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 0: eS_bin_inf(w, x[i] as never, 1, 3); s = 2; break;
              case 1: eS_bin_inf(w, x[i] as never, 1, 3); s = 2; break;
              case 2: eS_bin_inf(w, x[i] as never, 1, 3); s = 2; break;
              case 3: eS_bin_inf(w, x[i] as never, 1, 3); s = 2; break;
              case 4: eS_bin_inf(w, x[i] as never, 1, 3); s = 2; break;
              case 5: eS_bin_inf(w, x[i] as never, 1, 3); s = 2; break;
              default: throw w.fail("X509SKI is not allowed here");
            }
          }
          break;
        }
        case "X509SubjectName": {
          n++;
          if (!Array.isArray(x)) throw w.fail("X509SubjectName must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 0: eS_str_inf(w, x[i] as never, 2, 3); s = 3; break;
              case 1: eS_str_inf(w, x[i] as never, 2, 3); s = 3; break;
              case 2: eS_str_inf(w, x[i] as never, 2, 3); s = 3; break;
              case 3: eS_str_inf(w, x[i] as never, 2, 3); s = 3; break;
              case 4: eS_str_inf(w, x[i] as never, 2, 3); s = 3; break;
              case 5: eS_str_inf(w, x[i] as never, 2, 3); s = 3; break;
              default: throw w.fail("X509SubjectName is not allowed here");
            }
          }
          break;
        }
        case "X509Certificate": {
          n++;
          if (!Array.isArray(x)) throw w.fail("X509Certificate must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 0: eS_bin_inf(w, x[i] as never, 3, 3); s = 4; break;
              case 1: eS_bin_inf(w, x[i] as never, 3, 3); s = 4; break;
              case 2: eS_bin_inf(w, x[i] as never, 3, 3); s = 4; break;
              case 3: eS_bin_inf(w, x[i] as never, 3, 3); s = 4; break;
              case 4: eS_bin_inf(w, x[i] as never, 3, 3); s = 4; break;
              case 5: eS_bin_inf(w, x[i] as never, 3, 3); s = 4; break;
              default: throw w.fail("X509Certificate is not allowed here");
            }
          }
          break;
        }
        case "X509CRL": {
          n++;
          if (!Array.isArray(x)) throw w.fail("X509CRL must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 0: eS_bin_inf(w, x[i] as never, 4, 3); s = 5; break;
              case 1: eS_bin_inf(w, x[i] as never, 4, 3); s = 5; break;
              case 2: eS_bin_inf(w, x[i] as never, 4, 3); s = 5; break;
              case 3: eS_bin_inf(w, x[i] as never, 4, 3); s = 5; break;
              case 4: eS_bin_inf(w, x[i] as never, 4, 3); s = 5; break;
              case 5: eS_bin_inf(w, x[i] as never, 4, 3); s = 5; break;
              default: throw w.fail("X509CRL is not allowed here");
            }
          }
          break;
        }
        default: throw w.fail(`${k} is not an element of X509DataType`);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["X509IssuerSerial","X509SKI","X509SubjectName","X509Certificate","X509CRL"]);
    switch (s) {
      case 1: w.bits(6, 3); break;
      case 2: w.bits(6, 3); break;
      case 3: w.bits(6, 3); break;
      case 4: w.bits(6, 3); break;
      case 5: w.bits(6, 3); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "X509DataType", s);
  }
}
export function d_X509DataType(r: BitReader): T.X509DataType {
  const v = {} as T.X509DataType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.X509IssuerSerial ??= []); a.push(d_X509IssuerSerialType(r)); s = 1; break; }
            case 1: { const a = (v.X509SKI ??= []); a.push(dS_bin_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.X509SubjectName ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 3: { const a = (v.X509Certificate ??= []); a.push(dS_bin_inf(r, 0)); s = 4; break; }
            case 4: { const a = (v.X509CRL ??= []); a.push(dS_bin_inf(r, 0)); s = 5; break; }
            case 5: throw r.fail('wildcard element content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.X509IssuerSerial ??= []); a.push(d_X509IssuerSerialType(r)); s = 1; break; }
            case 1: { const a = (v.X509SKI ??= []); a.push(dS_bin_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.X509SubjectName ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 3: { const a = (v.X509Certificate ??= []); a.push(dS_bin_inf(r, 0)); s = 4; break; }
            case 4: { const a = (v.X509CRL ??= []); a.push(dS_bin_inf(r, 0)); s = 5; break; }
            case 5: throw r.fail('wildcard element content is not supported');
            case 6: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.X509IssuerSerial ??= []); a.push(d_X509IssuerSerialType(r)); s = 1; break; }
            case 1: { const a = (v.X509SKI ??= []); a.push(dS_bin_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.X509SubjectName ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 3: { const a = (v.X509Certificate ??= []); a.push(dS_bin_inf(r, 0)); s = 4; break; }
            case 4: { const a = (v.X509CRL ??= []); a.push(dS_bin_inf(r, 0)); s = 5; break; }
            case 5: throw r.fail('wildcard element content is not supported');
            case 6: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.X509IssuerSerial ??= []); a.push(d_X509IssuerSerialType(r)); s = 1; break; }
            case 1: { const a = (v.X509SKI ??= []); a.push(dS_bin_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.X509SubjectName ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 3: { const a = (v.X509Certificate ??= []); a.push(dS_bin_inf(r, 0)); s = 4; break; }
            case 4: { const a = (v.X509CRL ??= []); a.push(dS_bin_inf(r, 0)); s = 5; break; }
            case 5: throw r.fail('wildcard element content is not supported');
            case 6: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.X509IssuerSerial ??= []); a.push(d_X509IssuerSerialType(r)); s = 1; break; }
            case 1: { const a = (v.X509SKI ??= []); a.push(dS_bin_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.X509SubjectName ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 3: { const a = (v.X509Certificate ??= []); a.push(dS_bin_inf(r, 0)); s = 4; break; }
            case 4: { const a = (v.X509CRL ??= []); a.push(dS_bin_inf(r, 0)); s = 5; break; }
            case 5: throw r.fail('wildcard element content is not supported');
            case 6: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.X509IssuerSerial ??= []); a.push(d_X509IssuerSerialType(r)); s = 1; break; }
            case 1: { const a = (v.X509SKI ??= []); a.push(dS_bin_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.X509SubjectName ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 3: { const a = (v.X509Certificate ??= []); a.push(dS_bin_inf(r, 0)); s = 4; break; }
            case 4: { const a = (v.X509CRL ??= []); a.push(dS_bin_inf(r, 0)); s = 5; break; }
            case 5: throw r.fail('wildcard element content is not supported');
            case 6: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.X509IssuerSerial ??= []); a.push(d_X509IssuerSerialType(r)); s = 1; break; }
            case 1: { const a = (v.X509SKI ??= []); a.push(dS_bin_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.X509SubjectName ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 3: { const a = (v.X509Certificate ??= []); a.push(dS_bin_inf(r, 0)); s = 4; break; }
            case 4: { const a = (v.X509CRL ??= []); a.push(dS_bin_inf(r, 0)); s = 5; break; }
            case 5: throw r.fail('wildcard element content is not supported');
            case 6: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "X509DataType", s);
  }
}
export function e_X509IssuerSerialType(w: BitWriter, v: T.X509IssuerSerialType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.X509IssuerName;
      if (x !== undefined) {
        n++;
        eS_str_inf(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.X509SerialNumber;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_int_minf_inf(w, x, 0, 1); s = 2; break;
          default: throw w.fail("X509SerialNumber is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["X509IssuerName","X509SerialNumber"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "X509IssuerSerialType", s);
  }
}
export function d_X509IssuerSerialType(r: BitReader): T.X509IssuerSerialType {
  const v = {} as T.X509IssuerSerialType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.X509IssuerName = dS_str_inf(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.X509SerialNumber = dS_int_minf_inf(r, 0); s = 2; break;
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
    throw r.wrap(e, "X509IssuerSerialType", s);
  }
}
export function e_PGPDataType(w: BitWriter, v: T.PGPDataType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.PGPKeyID;
      if (x !== undefined) {
        n++;
        eS_bin_inf(w, x, 0, 2); s = 1;
      }
    }
    {
      const x = v.PGPKeyPacket;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_bin_inf(w, x, 1, 2); s = 2; break;
          case 1: eS_bin_inf(w, x, 0, 2); s = 3; break;
          default: throw w.fail("PGPKeyPacket is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["PGPKeyID","PGPKeyPacket"]);
    switch (s) {
      case 1: w.bits(2, 2); break;
      case 2: w.bits(1, 2); break;
      case 3: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PGPDataType", s);
  }
}
export function d_PGPDataType(r: BitReader): T.PGPDataType {
  const v = {} as T.PGPDataType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.PGPKeyID = dS_bin_inf(r, 0); s = 1; break;
            case 1: v.PGPKeyPacket = dS_bin_inf(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.PGPKeyPacket = dS_bin_inf(r, 0); s = 3; break;
            case 1: throw r.fail('wildcard element content is not supported');
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "PGPDataType", s);
  }
}
export function e_SPKIDataType(w: BitWriter, v: T.SPKIDataType): void {
  let s = 0;
  let n = 0;
  try {
    for (const k in v) {
      const x = (v as unknown as Record<string, unknown>)[k];
      if (x === undefined) continue;
      switch (k) {
        case "SPKISexp": {
          n++;
          if (!Array.isArray(x)) throw w.fail("SPKISexp must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 0: eS_bin_inf(w, x[i] as never, 0, 1); s = 1; break;
              case 1: eS_bin_inf(w, x[i] as never, 0, 2); s = 1; break;
              default: throw w.fail("SPKISexp is not allowed here");
            }
          }
          break;
        }
        default: throw w.fail(`${k} is not an element of SPKIDataType`);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["SPKISexp"]);
    switch (s) {
      case 1: w.bits(2, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SPKIDataType", s);
  }
}
export function d_SPKIDataType(r: BitReader): T.SPKIDataType {
  const v = {} as T.SPKIDataType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.SPKISexp ??= []); a.push(dS_bin_inf(r, 0)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.SPKISexp ??= []); a.push(dS_bin_inf(r, 0)); s = 1; break; }
            case 1: throw r.fail('wildcard element content is not supported');
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.SPKISexp ??= []); a.push(dS_bin_inf(r, 0)); s = 1; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "SPKIDataType", s);
  }
}
export function e_ObjectType(w: BitWriter, v: T.ObjectType): void {
  let s = 3;
  let n = 0;
  try {
    {
      const x = v["@Encoding"];
      if (x !== undefined) {
        n++;
        w.bits(0, 3); s = 2;
        w.str(x, Infinity);
      }
    }
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(1, 3); s = 1; break;
          case 2: w.bits(0, 3); s = 1; break;
          default: throw w.fail("@Id is not allowed here");
        }
        w.str(x, Infinity);
      }
    }
    {
      const x = v["@MimeType"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(2, 3); s = 0; break;
          case 2: w.bits(1, 3); s = 0; break;
          case 1: w.bits(0, 3); s = 0; break;
          default: throw w.fail("@MimeType is not allowed here");
        }
        w.str(x, Infinity);
      }
    }
    for (const k in v) {
      const x = (v as unknown as Record<string, unknown>)[k];
      if (x === undefined) continue;
      switch (k) {
        default: if (k.charCodeAt(0) === 64 || k === '#content') break; throw w.fail(`${k} is not an element of ObjectType`);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Encoding","@Id","@MimeType"]);
    switch (s) {
      case 3: w.bits(4, 3); break;
      case 2: w.bits(3, 3); break;
      case 1: w.bits(2, 3); break;
      case 0: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ObjectType", s);
  }
}
export function d_ObjectType(r: BitReader): T.ObjectType {
  const v = {} as T.ObjectType;
  let s = 3;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(3);
          switch (c) {
            case 0: v["@MimeType"] = r.str(Infinity); s = 0; break;
            case 1: throw r.fail('wildcard element content is not supported');
            case 2: return v;
            case 3: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 1; break;
            case 1: v["@MimeType"] = r.str(Infinity); s = 0; break;
            case 2: throw r.fail('wildcard element content is not supported');
            case 3: return v;
            case 4: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: v["@Encoding"] = r.str(Infinity); s = 2; break;
            case 1: v["@Id"] = r.str(Infinity); s = 1; break;
            case 2: v["@MimeType"] = r.str(Infinity); s = 0; break;
            case 3: throw r.fail('wildcard element content is not supported');
            case 4: return v;
            case 5: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ObjectType", s);
  }
}
export function e_ManifestType(w: BitWriter, v: T.ManifestType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 0;
        w.str(x, Infinity);
      }
    }
    {
      const x = v.Reference;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("Reference must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 1: w.bits(1, 2); s = 2; break;
            case 0: w.bits(0, 1); s = 2; break;
            case 2: w.bits(0, 2); s = 2; break;
            default: throw w.fail("Reference is not allowed here");
          }
          e_ReferenceType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","Reference"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ManifestType", s);
  }
}
export function d_ManifestType(r: BitReader): T.ManifestType {
  const v = {} as T.ManifestType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.Reference ??= []); a.push(d_ReferenceType(r)); s = 2; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: { const a = (v.Reference ??= []); a.push(d_ReferenceType(r)); s = 2; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.Reference ??= []); a.push(d_ReferenceType(r)); s = 2; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ManifestType", s);
  }
}
export function e_SignaturePropertiesType(w: BitWriter, v: T.SignaturePropertiesType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 0;
        w.str(x, Infinity);
      }
    }
    {
      const x = v.SignatureProperty;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("SignatureProperty must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 1: w.bits(1, 2); s = 2; break;
            case 0: w.bits(0, 1); s = 2; break;
            case 2: w.bits(0, 2); s = 2; break;
            default: throw w.fail("SignatureProperty is not allowed here");
          }
          e_SignaturePropertyType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","SignatureProperty"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SignaturePropertiesType", s);
  }
}
export function d_SignaturePropertiesType(r: BitReader): T.SignaturePropertiesType {
  const v = {} as T.SignaturePropertiesType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.SignatureProperty ??= []); a.push(d_SignaturePropertyType(r)); s = 2; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: { const a = (v.SignatureProperty ??= []); a.push(d_SignaturePropertyType(r)); s = 2; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.SignatureProperty ??= []); a.push(d_SignaturePropertyType(r)); s = 2; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "SignaturePropertiesType", s);
  }
}
export function e_SignaturePropertyType(w: BitWriter, v: T.SignaturePropertyType): void {
  let s = 2;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 1;
        w.str(x, Infinity);
      }
    }
    {
      const x = v["@Target"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 2); s = 0; break;
          case 1: w.bits(0, 1); s = 0; break;
          default: throw w.fail("@Target is not allowed here");
        }
        w.str(x, Infinity);
      }
    }
    for (const k in v) {
      const x = (v as unknown as Record<string, unknown>)[k];
      if (x === undefined) continue;
      switch (k) {
        default: if (k.charCodeAt(0) === 64 || k === '#content') break; throw w.fail(`${k} is not an element of SignaturePropertyType`);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","@Target"]);
    switch (s) {
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SignaturePropertyType", s);
  }
}
export function d_SignaturePropertyType(r: BitReader): T.SignaturePropertyType {
  const v = {} as T.SignaturePropertyType;
  let s = 2;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Target"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 1; break;
            case 1: v["@Target"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "SignaturePropertyType", s);
  }
}
