/**
 * The grammar derivation on small synthetic schemas, against event codes worked out by hand from the EXI
 * rules (particles unrolled as in EXI 1.0 8.5.4.1.5, then the non-strict code widths).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTypeGrammar, type Next, type TypeGrammar } from '../../../tools/exi-gen/grammar.js';
import { SchemaSet } from '../../../tools/exi-gen/xsd.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ampbox-exi-grammar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function grammarOf(body: string, typeName: string): TypeGrammar {
  const file = path.join(dir, `${typeName}.xsd`);
  writeFileSync(
    file,
    `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="urn:t" targetNamespace="urn:t" elementFormDefault="qualified">${body}</xs:schema>`,
  );
  const set = new SchemaSet(file);
  const t = set.complexTypes.find((c) => c.name?.local === typeName)!;
  return buildTypeGrammar(set, t);
}

/** Each state as "event:code/width" strings, for readable expectations. */
function table(g: TypeGrammar, state: number): string[] {
  const s = g.states[state]!;
  return s.prods.map((p, i) => `${label(p)}:${i}/${s.width}`);
}

const label = (p: TypeGrammar['states'][number]['prods'][number]): string =>
  p.ev === 'SE' ? `SE(${p.decl.qn.local})` : p.ev === 'AT' ? `AT(${p.attr.qn.local})` : p.ev === 'SEW' ? 'SE(*)' : p.ev;

/** The state after `event`; for a repeated element, the class for `count` entries so far. */
function next(g: TypeGrammar, state: number, event: string, count = 1): number {
  const p = g.states[state]!.prods.find((x) => label(x) === event)!;
  if (p.ev === 'EE') throw new Error('EE ends the grammar');
  const n: Next = p.next;
  if ('state' in n) return n.state;
  const m = g.classStates.get(n.counted)!;
  return (count < n.counted.min ? m.need : count >= n.counted.max ? m.full : m.open)!;
}

describe('EXI grammar derivation', () => {
  it('bounded repetition: a{2,3} then optional b', () => {
    const g = grammarOf(
      `<xs:complexType name="T"><xs:sequence><xs:element name="a" type="xs:int" minOccurs="2" maxOccurs="3"/><xs:element name="b" type="xs:int" minOccurs="0"/></xs:sequence></xs:complexType>`,
      'T',
    );
    // Unrolled: a a a? b? — before the 1st and 2nd a only SE(a) (1 production + escape → 1 bit).
    expect(table(g, g.start)).toEqual(['SE(a):0/1']);
    const a1 = next(g, g.start, 'SE(a)');
    expect(table(g, a1)).toEqual(['SE(a):0/1']);
    // After two: SE(a), SE(b), EE → 3 + escape → 2 bits.
    const a2 = next(g, a1, 'SE(a)', 2);
    expect(table(g, a2)).toEqual(['SE(a):0/2', 'SE(b):1/2', 'EE:2/2']);
    // After three (maxOccurs reached): SE(b), EE → 2 bits.
    const a3 = next(g, a2, 'SE(a)', 3);
    expect(table(g, a3)).toEqual(['SE(b):0/2', 'EE:1/2']);
    // After b: EE alone → 1 bit.
    expect(table(g, next(g, a3, 'SE(b)'))).toEqual(['EE:0/1']);
  });

  it('attributes come first, sorted, optional ones skippable', () => {
    const g = grammarOf(
      `<xs:complexType name="T"><xs:sequence><xs:element name="c" type="xs:int"/></xs:sequence><xs:attribute name="z" type="xs:string" use="required"/><xs:attribute name="b" type="xs:string"/></xs:complexType>`,
      'T',
    );
    // AT(b) optional, then AT(z) required: the first state offers both; SE(c) only after AT(z).
    expect(table(g, g.start)).toEqual(['AT(b):0/2', 'AT(z):1/2']);
    expect(table(g, next(g, g.start, 'AT(b)'))).toEqual(['AT(z):0/1']);
    expect(table(g, next(g, g.start, 'AT(z)'))).toEqual(['SE(c):0/1']);
  });

  it('choices and optional elements share one state in schema order', () => {
    const g = grammarOf(
      `<xs:complexType name="T"><xs:sequence><xs:element name="x" type="xs:int" minOccurs="0"/><xs:choice><xs:element name="p" type="xs:int"/><xs:element name="q" type="xs:int"/></xs:choice><xs:element name="y" type="xs:int" minOccurs="0"/></xs:sequence></xs:complexType>`,
      'T',
    );
    expect(table(g, g.start)).toEqual(['SE(x):0/2', 'SE(p):1/2', 'SE(q):2/2']);
    const afterQ = next(g, g.start, 'SE(q)');
    expect(table(g, afterQ)).toEqual(['SE(y):0/2', 'EE:1/2']);
  });

  it('wildcards come after every SE(qname), mixed text last (xmldsig TransformType)', () => {
    const g = grammarOf(
      `<xs:complexType name="T" mixed="true"><xs:choice minOccurs="0" maxOccurs="unbounded"><xs:any namespace="##other" processContents="lax"/><xs:element name="XPath" type="xs:string"/></xs:choice><xs:attribute name="Algorithm" type="xs:anyURI" use="required"/></xs:complexType>`,
      'T',
    );
    // Before the required attribute only AT(Algorithm): 1 bit. Then XPath, SE(*), EE, CH: 4 + escape → 3 bits
    // (the same table libcbv2g's generated TransformType decoder uses).
    expect(table(g, g.start)).toEqual(['AT(Algorithm):0/1']);
    expect(table(g, next(g, g.start, 'AT(Algorithm)'))).toEqual(['SE(XPath):0/3', 'SE(*):1/3', 'EE:2/3', 'CH:3/3']);
  });

  it('an unbounded repeated group loops back before what follows it', () => {
    const g = grammarOf(
      `<xs:complexType name="T"><xs:sequence><xs:sequence maxOccurs="unbounded"><xs:element name="k" type="xs:int"/><xs:element name="v" type="xs:int"/></xs:sequence><xs:element name="end" type="xs:int"/></xs:sequence></xs:complexType>`,
      'T',
    );
    const afterV = next(g, next(g, g.start, 'SE(k)'), 'SE(v)');
    expect(table(g, afterV)).toEqual(['SE(k):0/2', 'SE(end):1/2']);
  });
});
