/**
 * Relaxed element fragment grammar (EXI 1.0, 8.5.3), used in a fragment for an element qname that the schema
 * set declares with more than one type (ISO-2 `eMAID`). Only attributes and text are supported, which is all
 * that such signed elements carry:
 *   ElementFragment0: AT(A_0..A_m-1) = 0..m-1, AT(*) = m, SE(F_0..F_n-1), SE(*), EE = m+n+2, CH = m+n+3
 *   ElementFragment2 (after CH): SE(F_0..F_n-1), SE(*) = n, EE = n+1, CH = n+2
 * Attribute values and the text are untyped strings.
 */
import type { BitReader, BitWriter } from './bits.js';

/**
 * `attrIndex` maps the attributes of the element's own declared types to their code (an attribute local name
 * like Id exists in several namespaces); any other attribute of the schema set is coded by its first
 * occurrence in `attrNames`, the sorted attribute qnames' local names.
 */
export function encodeRelaxed(
  w: BitWriter,
  x: unknown,
  attrIndex: Readonly<Record<string, number>>,
  attrNames: readonly string[],
  nElem: number,
  width0: number,
  width2: number,
): void {
  if (typeof x !== 'object' || x === null) throw w.fail('expected an object');
  const o = x as Record<string, unknown>;
  const nAttr = attrNames.length;
  for (const k of Object.keys(o)) {
    if (k === '#content' || o[k] === undefined) continue;
    const local = k.slice(1);
    const i = k.startsWith('@') ? (Object.hasOwn(attrIndex, local) ? attrIndex[local]! : attrNames.indexOf(local)) : -1;
    if (i < 0) throw w.fail(`${k} is not supported in a relaxed fragment element`);
    w.bits(i, width0);
    w.str(o[k] as string, Infinity);
  }
  const text = o['#content'];
  if (text === undefined) {
    w.bits(nAttr + nElem + 2, width0);
    return;
  }
  w.bits(nAttr + nElem + 3, width0);
  w.str(text as string, Infinity);
  w.bits(nElem + 1, width2);
}

export function decodeRelaxed(
  r: BitReader,
  attrNames: readonly string[],
  nElem: number,
  width0: number,
  width2: number,
): Record<string, string> {
  const v: Record<string, string> = {};
  const m = attrNames.length;
  for (;;) {
    const c = r.bits(width0);
    if (c < m) {
      v[`@${attrNames[c]!}`] = r.str(Infinity);
    } else if (c === m + nElem + 2) {
      return v;
    } else if (c === m + nElem + 3) {
      v['#content'] = r.str(Infinity);
      const e = r.bits(width2);
      if (e !== nElem + 1) throw r.fail('only text content is supported in a relaxed fragment element');
      return v;
    } else {
      throw r.fail(`event code ${c} is not supported in a relaxed fragment element`);
    }
  }
}
