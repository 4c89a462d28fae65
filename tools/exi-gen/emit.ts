/**
 * Turns the grammars of one schema set into TypeScript: a types file (plain objects in the `fields` form of
 * the shared vectors) and a codec file with one encoder and one decoder per complex type.
 *
 * Encoders are straight-line: the emitter walks the type's keys in schema order and, for each key, knows at
 * generation time the few grammar states the encoder can be in, so it emits a small `switch` on the state
 * with constant event codes. Decoders are a `switch` over states with constant code widths. Nothing
 * interprets grammar tables at run time.
 */
import { buildTypeGrammar, clsOf, type Next, type Pos, type Prod, type State, type TypeGrammar } from './grammar.js';
import { bitsFor, qcmp, qkey, type ComplexType, type ElementDecl, type QN, type SchemaSet, type SimpleType, type TypeDef, type ValueCodec } from './xsd.js';

export interface SchemaSpec {
  name: string;
  /** Path relative to the shared schemas folder, for the header comment. */
  source: string;
}

const num = (n: number): string => (n === Infinity ? 'Infinity' : n === -Infinity ? '-Infinity' : String(n));

export class Emitter {
  private readonly grammars = new Map<ComplexType, TypeGrammar>();
  private readonly enums = new Map<string, { id: string; values: string[] }>();
  private readonly valueHelpers = new Map<string, string>();
  private readonly out: string[] = [];
  private readonly types: string[] = [];
  private usesRelaxed = false;

  constructor(
    private readonly set: SchemaSet,
    private readonly spec: SchemaSpec,
  ) {}

  private grammar(t: ComplexType): TypeGrammar {
    let g = this.grammars.get(t);
    if (!g) {
      g = buildTypeGrammar(this.set, t);
      this.grammars.set(t, g);
    }
    return g;
  }

  // ---------- values ----------

  private enumId(t: SimpleType): string {
    const c = t.codec as { k: 'enum'; values: string[] };
    const key = JSON.stringify(c.values);
    let e = this.enums.get(key);
    if (!e) {
      const base = (t.name?.local ?? 'anon').replace(/[^A-Za-z0-9_]/g, '_');
      let id = base;
      let i = 2;
      while ([...this.enums.values()].some((x) => x.id === id)) id = `${base}_${i++}`;
      e = { id, values: c.values };
      this.enums.set(key, e);
    }
    return e.id;
  }

  private tsValueType(t: SimpleType): string {
    switch (t.codec.k) {
      case 'bool':
        return 'boolean';
      case 'enum':
        return t.codec.values.map((v) => JSON.stringify(v)).join(' | ');
      case 'nbit':
      case 'uint':
      case 'int':
        return 'number';
      default:
        return 'string';
    }
  }

  private codecKey(t: SimpleType): string {
    const c = t.codec;
    const n = (x: number): string => (x === Infinity ? 'inf' : x === -Infinity ? 'minf' : String(x).replace('-', 'm'));
    switch (c.k) {
      case 'bool':
        return 'bool';
      case 'enum':
        return `enum_${this.enumId(t)}`;
      case 'nbit':
        return `nbit_${n(c.min)}_${n(c.max)}`;
      case 'uint':
      case 'int':
        return `${c.k}_${n(c.min)}_${n(c.max)}`;
      case 'string':
        return `str_${n(c.maxLen)}`;
      case 'binary':
        return `bin_${n(c.maxLen)}`;
    }
  }

  private readExpr(t: SimpleType): string {
    const c: ValueCodec = t.codec;
    switch (c.k) {
      case 'bool':
        return 'r.bool()';
      case 'enum':
        return `EV_${this.enumId(t)}[r.enumIdx(${c.bits}, ${c.values.length})]!`;
      case 'nbit':
        return `r.nbit(${c.bits}, ${num(c.min)}, ${num(c.max)})`;
      case 'uint':
      case 'int':
        return `r.${c.k}(${num(Math.max(c.min, -Number.MAX_SAFE_INTEGER))}, ${num(Math.min(c.max, Number.MAX_SAFE_INTEGER))})`;
      case 'string':
        return `r.str(${num(c.maxLen)})`;
      case 'binary':
        return `r.hex(${num(c.maxLen)})`;
    }
  }

  private writeStmt(t: SimpleType, x: string): string {
    const c: ValueCodec = t.codec;
    switch (c.k) {
      case 'bool':
        return `w.bool(${x});`;
      case 'enum':
        return `w.bits(EI_${this.enumId(t)}(w, ${x}), ${c.bits});`;
      case 'nbit':
        return `w.nbit(${x}, ${c.bits}, ${num(c.min)}, ${num(c.max)});`;
      case 'uint':
      case 'int':
        return `w.${c.k}(${x}, ${num(Math.max(c.min, -Number.MAX_SAFE_INTEGER))}, ${num(Math.min(c.max, Number.MAX_SAFE_INTEGER))});`;
      case 'string':
        return `w.str(${x}, ${num(c.maxLen)});`;
      case 'binary':
        return `w.hex(${x}, ${num(c.maxLen)});`;
    }
  }

  /** Helpers for an element of simple type: CH (1 bit, code 0), the value, EE (1 bit, code 0). */
  /** Value codecs read together with their CH/EE codes (and possibly the SE code). */
  private fusable(t: SimpleType): boolean {
    const c = t.codec;
    return c.k === 'bool' || ((c.k === 'nbit' || c.k === 'enum') && c.bits <= 20);
  }

  private valueBits(t: SimpleType): number {
    const c = t.codec;
    return c.k === 'bool' ? 1 : c.k === 'nbit' || c.k === 'enum' ? c.bits : Infinity;
  }

  private simpleElementHelpers(t: SimpleType): string {
    const key = this.codecKey(t);
    if (!this.valueHelpers.has(key)) {
      const ts = this.tsValueType(t);
      const c = t.codec;
      // Values of a few bits are read and written together with the CH and EE codes around them.
      let dec: string;
      let enc: string;
      const fusable = this.fusable(t);
      if (c.k === 'bool') {
        dec = 'return r.boolEl(cw);';
        enc = 'w.codeBool(c, cw, x);';
      } else if (c.k === 'nbit' && c.bits <= 20) {
        dec = `return r.nbitEl(${c.bits}, ${num(c.min)}, ${num(c.max)}, cw);`;
        enc = `w.codeNbit(c, cw, x, ${c.bits}, ${num(c.min)}, ${num(c.max)});`;
      } else if (c.k === 'enum' && c.bits <= 20) {
        dec = `return EV_${this.enumId(t)}[r.enumEl(${c.bits}, ${c.values.length}, cw)]!;`;
        enc = `w.codeNbit(c, cw, EI_${this.enumId(t)}(w, x), ${c.bits}, 0, ${c.values.length - 1});`;
      } else {
        dec = `r.code0();\n  const x = ${this.readExpr(t)};\n  r.code0();\n  return x;`;
        if (c.k === 'uint' || c.k === 'int') {
          const lo = num(Math.max(c.min, -Number.MAX_SAFE_INTEGER));
          const hi = num(Math.min(c.max, Number.MAX_SAFE_INTEGER));
          enc = `w.${c.k === 'uint' ? 'codeUint' : 'codeInt'}(c, cw, x, ${lo}, ${hi});`;
        } else {
          enc = `w.bits(c << 1, cw + 1);\n  ${this.writeStmt(t, 'x')}\n  w.bits(0, 1);`;
        }
      }
      // Encoders take the SE event code (c, in cw bits) of the element too: SE, CH, a small value and EE
      // then go out in one write. Decoders of small values take cw > 0 when the element is the only
      // production of its state, whose code (0) is then read in the same operation.
      this.valueHelpers.set(
        key,
        `function dS_${key}(r: BitReader, cw: number): ${ts} {\n  ${dec}\n}\n` +
          `function eS_${key}(w: BitWriter, x: ${ts}, c: number, cw: number): void {\n  ${enc}\n}\n`,
      );
    }
    return key;
  }

  // ---------- types ----------

  private tsTypeOf(t: TypeDef, prefix = ''): string {
    return t.kind === 'simple' ? this.tsValueType(t) : `${prefix}${t.id}`;
  }

  private keyOf(p: Prod): string {
    if (p.ev === 'AT') return `@${p.attr.qn.local}`;
    if (p.ev === 'SE') return p.decl.qn.local;
    return '#content';
  }

  private keyIsArray(g: TypeGrammar, key: string): boolean {
    return g.positions.some((p) => p.alts.some((d) => d.qn.local === key) && (p.max > 1 || p.inRepeat));
  }

  /** Content keys in schema order with their declaration (checked to be one type per key). */
  private contentKeys(g: TypeGrammar): Array<{ key: string; decl: ElementDecl; array: boolean }> {
    const out: Array<{ key: string; decl: ElementDecl; array: boolean }> = [];
    for (const p of g.positions) {
      for (const d of p.alts) {
        const have = out.find((o) => o.key === d.qn.local);
        if (have) {
          if (have.decl.type !== d.type) throw new Error(`${g.type.id}: key ${d.qn.local} has two types`);
          continue;
        }
        out.push({ key: d.qn.local, decl: d, array: this.keyIsArray(g, d.qn.local) });
      }
    }
    return out;
  }

  private requiredKeys(t: ComplexType): Set<string> {
    const req = new Set<string>();
    const walk = (p: NonNullable<ComplexType['content']>, required: boolean): void => {
      const r = required && p.min >= 1;
      if (p.kind === 'element') {
        // A mandatory particle with substitution-group alternatives makes none of its keys mandatory.
        const alts = this.set.alternatives(p.decl);
        if (r && alts.length === 1) req.add(alts[0]!.qn.local);
      } else if (p.kind === 'group') {
        for (const it of p.items) walk(it, r && p.compositor === 'sequence');
      }
    };
    if (t.content) walk(t.content, true);
    return req;
  }

  private emitInterface(g: TypeGrammar): void {
    const t = g.type;
    const lines: string[] = [];
    for (const a of g.attrs) lines.push(`  '@${a.qn.local}'${a.required ? '' : '?'}: ${this.tsValueType(a.type)};`);
    if (t.simple) lines.push(`  '#content': ${this.tsValueType(t.simple)};`);
    const req = this.requiredKeys(t);
    for (const k of this.contentKeys(g)) {
      const ts = this.tsTypeOf(k.decl.type);
      const ty = k.array ? `Array<${ts}>` : ts;
      lines.push(`  ${k.key}${req.has(k.key) ? '' : '?'}: ${ty};`);
    }
    this.types.push(`export interface ${t.id} {\n${lines.join('\n')}\n}\n`);
  }

  // ---------- codec ----------

  private nextStates(g: TypeGrammar, n: Next): number[] {
    if ('state' in n) return [n.state];
    const m = g.classStates.get(n.counted)!;
    return Object.values(m);
  }

  /** Code to set `s` after taking a production; `count` is the number of entries of the key so far. */
  private nextCode(g: TypeGrammar, n: Next, count: string): string {
    if ('state' in n) return `s = ${n.state};`;
    const p: Pos = n.counted;
    const m = g.classStates.get(p)!;
    // The class follows from the running count: below minOccurs → need, at maxOccurs → full, else open.
    // A class that does not exist for this particle cannot be reached, so its fallback (-1) never runs.
    let expr = m.open !== undefined ? String(m.open) : '-1';
    if (m.full !== undefined && p.max !== Infinity) expr = `${count} >= ${p.max} ? ${m.full} : ${expr}`;
    if (m.need !== undefined) expr = `${count} < ${p.min} ? ${m.need} : ${expr}`;
    return `s = ${expr};`;
  }

  private matches(p: Prod, key: string): boolean {
    return (p.ev === 'SE' || p.ev === 'AT' || (p.ev === 'CH' && p.typed)) && this.keyOf(p) === key;
  }

  private emitEncoder(g: TypeGrammar): string {
    const t = g.type;
    const L: string[] = [];
    L.push(`export function e_${t.id}(w: BitWriter, v: T.${t.id}): void {`);
    L.push(`  let s = ${g.start};`);
    // Keys consumed: compared with the keys present at the end, so a misspelt key is an error, not a
    // silently dropped field.
    L.push('  let n = 0;');
    L.push('  try {');
    let P = new Set<number>([g.start]);
    // `writeC` (simple-type elements) writes the SE code together with the element; `write` follows the
    // code written by the state switch.
    interface Item {
      key: string;
      array: boolean;
      content: boolean;
      write: (x: string) => string;
      writeC?: (x: string, code: number, width: number) => string;
    }
    const items: Item[] = [];
    for (const a of g.attrs) items.push({ key: `@${a.qn.local}`, array: false, content: false, write: (x) => this.writeStmt(a.type, x) });
    if (t.simple) {
      const st = t.simple;
      items.push({ key: '#content', array: false, content: false, write: (x) => this.writeStmt(st, x) });
    }
    for (const k of this.contentKeys(g)) {
      const ty = k.decl.type;
      if (ty.kind === 'simple') {
        const h = this.simpleElementHelpers(ty);
        items.push({ key: k.key, array: k.array, content: true, write: () => '', writeC: (x, c, cw) => `eS_${h}(w, ${x}, ${c}, ${cw});` });
      } else {
        items.push({ key: k.key, array: k.array, content: true, write: (x: string): string => `e_${ty.id}(w, ${x});` });
      }
    }
    const switchFor = (
      states: Set<number>,
      key: string,
      count: string,
      ind: string,
      writeC?: (code: number, width: number) => string,
    ): { code: string; targets: Set<number> } => {
      const targets = new Set<number>();
      const cases: string[] = [];
      for (const sid of states) {
        const st = g.states[sid]!;
        const idx = st.prods.findIndex((p) => this.matches(p, key));
        if (idx < 0) continue;
        const p = st.prods[idx]!;
        const next = (p as { next: Next }).next;
        this.nextStates(g, next).forEach((x) => targets.add(x));
        const emit = writeC ? writeC(idx, st.width) : `w.bits(${idx}, ${st.width});`;
        cases.push(`${ind}  case ${sid}: ${emit} ${this.nextCode(g, next, count)} break;`);
      }
      const fail = `throw w.fail(${JSON.stringify(`${key} is not allowed here`)});`;
      if (states.size === 1) {
        // The state is known at generation time: no switch needed.
        const only = cases[0];
        return { code: `${ind}${only ? only.replace(/^\s*case \d+: (.*) break;$/, '$1') : fail}`, targets };
      }
      const code = [`${ind}switch (s) {`, ...cases, `${ind}  default: ${fail}`, `${ind}}`].join('\n');
      return { code, targets };
    };
    const emitItem = (it: (typeof items)[number]): void => {
      const acc = /^[A-Za-z_]\w*$/.test(it.key) ? `v.${it.key}` : `v[${JSON.stringify(it.key)}]`;
      L.push(`    {`);
      L.push(`      const x = ${acc};`);
      L.push(`      if (x !== undefined) {`);
      L.push('        n++;');
      if (it.array) {
        // Fixed point of the states the loop can be in.
        let loop = new Set(P);
        for (;;) {
          const { targets } = switchFor(loop, it.key, 'i + 1', '');
          const n = new Set([...loop, ...targets]);
          if (n.size === loop.size) break;
          loop = n;
        }
        const { code, targets } = switchFor(loop, it.key, 'i + 1', '          ', it.writeC && ((c, cw) => it.writeC!('x[i]!', c, cw)));
        L.push(`        if (!Array.isArray(x)) throw w.fail(${JSON.stringify(`${it.key} must be an array`)});`);
        L.push(`        for (let i = 0; i < x.length; i++) {`);
        L.push(code);
        if (!it.writeC) L.push(`          ${it.write('x[i]!')}`);
        L.push('        }');
        P = new Set([...P, ...targets]);
      } else {
        const { code, targets } = switchFor(P, it.key, '1', '        ', it.writeC && ((c, cw) => it.writeC!('x', c, cw)));
        L.push(code);
        if (!it.writeC) L.push(`        ${it.write('x')}`);
        P = new Set([...P, ...targets]);
      }
      L.push('      }');
      L.push('    }');
    };
    const only = g.positions[0];
    const bodyLike =
      g.attrs.length === 0 && !t.simple && g.positions.length === 1 && only!.kind === 'element' && only!.max === 1 && !only!.inRepeat && only!.alts.length > 4;
    // Content inside a repeated group (xmldsig X509Data, KeyInfo …) is written in the object's key order, so
    // that what was decoded re-encodes to a document that decodes the same.
    const dispatch = bodyLike || g.positions.some((p) => p.inRepeat);
    for (const it of items) if (!dispatch || !it.content) emitItem(it);
    if (dispatch) {
      // Dispatch on the keys present instead of probing every alternative (a message body has 35). A key
      // that the current state does not allow fails in its switch, e.g. a second body element.
      const content = items.filter((it) => it.content);
      let all = new Set(P);
      for (;;) {
        const n = new Set(all);
        for (const it of content) switchFor(all, it.key, '1', '').targets.forEach((x) => n.add(x));
        if (n.size === all.size) break;
        all = n;
      }
      L.push('    for (const k in v) {');
      L.push('      const x = (v as unknown as Record<string, unknown>)[k];');
      L.push('      if (x === undefined) continue;');
      L.push('      switch (k) {');
      for (const it of content) {
        L.push(`        case ${JSON.stringify(it.key)}: {`);
        L.push('          n++;');
        if (it.array) {
          L.push(`          if (!Array.isArray(x)) throw w.fail(${JSON.stringify(`${it.key} must be an array`)});`);
          L.push('          for (let i = 0; i < x.length; i++) {');
          L.push(switchFor(all, it.key, 'i + 1', '            ', it.writeC && ((c, cw) => it.writeC!('x[i] as never', c, cw))).code);
          if (!it.writeC) L.push(`            ${it.write('x[i] as never')}`);
          L.push('          }');
        } else {
          L.push(switchFor(all, it.key, '1', '          ', it.writeC && ((c, cw) => it.writeC!('x as never', c, cw))).code);
          if (!it.writeC) L.push(`          ${it.write('x as never')}`);
        }
        L.push('          break;');
        L.push('        }');
      }
      const skip = g.attrs.length > 0 || t.simple ? "if (k.charCodeAt(0) === 64 || k === '#content') break; " : '';
      L.push(`        default: ${skip}throw w.fail(\`\${k} is not an element of ${t.id}\`);`);
      L.push('      }');
      L.push('    }');
      P = all;
    }
    // The plain key count is the fast path; the exact count only runs when a key holds undefined. Trusted
    // callers (typed documents built in-process) skip the walk.
    L.push(`    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ${JSON.stringify(items.map((it) => it.key))});`);
    // EE from whichever state we ended in.
    L.push('    switch (s) {');
    for (const sid of P) {
      const st = g.states[sid]!;
      const idx = st.prods.findIndex((p) => p.ev === 'EE');
      if (idx >= 0) L.push(`      case ${sid}: w.bits(${idx}, ${st.width}); break;`);
    }
    L.push(`      default: throw w.fail('required content is missing');`);
    L.push('    }');
    L.push('  } catch (e) {');
    L.push(`    throw w.wrap(e, ${JSON.stringify(t.id)}, s);`);
    L.push('  }');
    L.push('}');
    return L.join('\n');
  }

  private emitDecoder(g: TypeGrammar): string {
    const t = g.type;
    const L: string[] = [];
    L.push(`export function d_${t.id}(r: BitReader): T.${t.id} {`);
    L.push(`  const v = {} as T.${t.id};`);
    L.push(`  let s = ${g.start};`);
    L.push('  try {');
    L.push('    for (;;) {');
    L.push('      switch (s) {');
    for (const st of g.states) {
      const only = st.prods.length === 1 ? st.prods[0]! : undefined;
      const ot = only?.ev === 'SE' ? only.decl.type : undefined;
      if (only && ot?.kind === 'simple' && this.fusable(ot) && st.width + this.valueBits(ot) + 2 <= 24) {
        // The only production: its code (0) is read together with the element's value.
        L.push(`        case ${st.id}: { ${this.decodeAction(g, only, st.width)} }`);
        continue;
      }
      L.push(`        case ${st.id}: {`);
      L.push(`          const c = r.bits(${st.width});`);
      L.push('          switch (c) {');
      st.prods.forEach((p, idx) => {
        L.push(`            case ${idx}: ${this.decodeAction(g, p)}`);
      });
      L.push('            default: throw r.badCode(c);');
      L.push('          }');
      L.push('          break;');
      L.push('        }');
    }
    L.push(`        default: throw r.fail('invalid grammar state');`);
    L.push('      }');
    L.push('    }');
    L.push('  } catch (e) {');
    L.push(`    throw r.wrap(e, ${JSON.stringify(t.id)}, s);`);
    L.push('  }');
    L.push('}');
    return L.join('\n');
  }

  private decodeAction(g: TypeGrammar, p: Prod, codeWidth = 0): string {
    switch (p.ev) {
      case 'EE':
        return 'return v;';
      case 'AT':
        return `v[${JSON.stringify(`@${p.attr.qn.local}`)}] = ${this.readExpr(p.attr.type)}; ${this.nextCode(g, p.next, '1')} break;`;
      case 'CH':
        if (!p.typed) return `throw r.fail('mixed character content is not supported');`;
        return `v['#content'] = ${this.readExpr(g.type.simple!)}; ${this.nextCode(g, p.next, '1')} break;`;
      case 'SEW':
        return `throw r.fail('wildcard element content is not supported');`;
      case 'SE': {
        const ty = p.decl.type;
        const read = ty.kind === 'simple' ? `dS_${this.simpleElementHelpers(ty)}(r, ${codeWidth})` : `d_${ty.id}(r)`;
        const key = p.decl.qn.local;
        const acc = `v.${key}`;
        if (this.keyIsArray(g, key)) {
          return `{ const a = (${acc} ??= []); a.push(${read}); ${this.nextCode(g, p.next, 'a.length')} break; }`;
        }
        return `${acc} = ${read}; ${this.nextCode(g, p.next, '1')} break;`;
      }
    }
  }

  // ---------- document and fragment grammars ----------

  /** Writing (SE code included) and reading of an element's content at document or fragment level. */
  private elementCodec(d: ElementDecl): { write: (code: number, width: number, x: string) => string; dec: string } {
    const ty = d.type;
    if (ty.kind === 'simple') {
      const k = this.simpleElementHelpers(ty);
      return { write: (c, cw, x) => `eS_${k}(w, ${x}, ${c}, ${cw});`, dec: `dS_${k}(r, 0)` };
    }
    // Abstract types are still coded with their own (usually empty) grammar: real DIN chargers send
    // SE(SASchedules) with the abstract SASchedulesType and no content.
    return { write: (c, cw, x) => `w.bits(${c}, ${cw}); e_${ty.id}(w, ${x});`, dec: `d_${ty.id}(r)` };
  }

  private emitDocument(): string {
    const globals = [...this.set.elements.values()].sort((a, b) => qcmp(a.qn, b.qn));
    const width = bitsFor(globals.length + 1); // + SE(*)
    const L: string[] = [];
    L.push(`/** Document grammar: SE over the ${globals.length} global elements (sorted), SE(*); ${width} bits. */`);
    L.push('export function encodeDocument(w: BitWriter, doc: T.Document): void {');
    L.push('  const keys = Object.keys(doc);');
    L.push(`  if (keys.length !== 1) throw w.fail('a document has exactly one root element');`);
    L.push('  const k = keys[0]!;');
    L.push('  const x = (doc as Record<string, unknown>)[k];');
    L.push('  switch (k) {');
    globals.forEach((d, i) => {
      const c = this.elementCodec(d);
      L.push(`    case ${JSON.stringify(d.qn.local)}: ${c.write(i, width, 'x as never')} return;`);
    });
    L.push(`    default: throw w.fail(\`unknown root element \${k}\`);`);
    L.push('  }');
    L.push('}');
    L.push('export function decodeDocument(r: BitReader): T.Document {');
    L.push(`  const c = r.bits(${width});`);
    L.push('  switch (c) {');
    globals.forEach((d, i) => {
      const c = this.elementCodec(d);
      L.push(`    case ${i}: return { ${JSON.stringify(d.qn.local)}: ${c.dec} } as T.Document;`);
    });
    L.push('    default: throw r.badCode(c);');
    L.push('  }');
    L.push('}');
    const roots = globals;
    this.types.push(
      `/** One global element as the document root. */\nexport type Document =\n${roots.map((d) => `  | { ${d.qn.local}: ${this.tsTypeOf(d.type)} }`).join('\n')};\n`,
    );
    this.types.push(`export const rootElements = ${JSON.stringify(roots.map((d) => d.qn.local))} as const;\n`);
    return L.join('\n');
  }

  private emitFragment(): string {
    // Every element qname of the schema set, global and local, once, sorted (EXI 8.5.2).
    const byQ = new Map<string, { qn: QN; decls: ElementDecl[] }>();
    for (const d of this.set.allDecls) {
      const k = qkey(d.qn);
      const e = byQ.get(k);
      if (e) e.decls.push(d);
      else byQ.set(k, { qn: d.qn, decls: [d] });
    }
    const list = [...byQ.values()].sort((a, b) => qcmp(a.qn, b.qn));
    const n = list.length;
    const width = bitsFor(n + 2); // + SE(*) + ED
    const attrQ = [...this.set.attributeQNames.values()].sort(qcmp);
    const L: string[] = [];
    L.push(`/** Fragment grammar: SE over ${n} element qnames, SE(*) = ${n}, ED = ${n + 1}; ${width} bits. */`);
    L.push(`export const FRAGMENT_ED = ${n + 1};`);
    L.push(`export const FRAGMENT_WIDTH = ${width};`);
    const relaxedW0 = bitsFor(attrQ.length + n + 4 + 1);
    const relaxedW2 = bitsFor(n + 3 + 1);
    L.push('export function encodeFragment(w: BitWriter, frag: Record<string, unknown>): void {');
    L.push('  const keys = Object.keys(frag);');
    L.push(`  if (keys.length !== 1) throw w.fail('a fragment here has exactly one element');`);
    L.push('  const k = keys[0]!;');
    L.push('  const x = frag[k];');
    L.push('  switch (k) {');
    const seenLocal = new Set<string>();
    const decCases: string[] = [];
    list.forEach((e, i) => {
      const types = new Set(e.decls.map((d) => d.type));
      const local = e.qn.local;
      let enc: string;
      let dec: string;
      if (types.size === 1) {
        const c = this.elementCodec(e.decls[0]!);
        enc = c.write(i, width, 'x as never');
        dec = c.dec;
      } else {
        // Several types for one qname: relaxed element fragment grammar (EXI 8.5.3), attributes and text only.
        this.usesRelaxed = true;
        const attrIdx: Record<string, number> = {};
        for (const d of e.decls) {
          if (d.type.kind !== 'complex') continue;
          for (const a of d.type.attrs) attrIdx[a.qn.local] = attrQ.findIndex((q) => qkey(q) === qkey(a.qn));
        }
        const names = JSON.stringify(attrQ.map((q) => q.local));
        enc = `w.bits(${i}, ${width}); encodeRelaxed(w, x, ${JSON.stringify(attrIdx)}, ${names}, ${n}, ${relaxedW0}, ${relaxedW2});`;
        dec = `decodeRelaxed(r, ${names}, ${n}, ${relaxedW0}, ${relaxedW2})`;
      }
      if (!seenLocal.has(local)) {
        // Fragment keys are local names; the first qname (sorted) with a given local name wins.
        seenLocal.add(local);
        L.push(`    case ${JSON.stringify(local)}: ${enc} break;`);
      }
      decCases.push(`    case ${i}: { const v = { ${JSON.stringify(local)}: ${dec} }; if (r.bits(${width}) !== ${n + 1}) throw r.fail('expected ED after the fragment element'); return v; }`);
    });
    L.push(`    default: throw w.fail(\`unknown fragment element \${k}\`);`);
    L.push('  }');
    L.push(`  w.bits(${n + 1}, ${width});`);
    L.push('}');
    L.push('export function decodeFragment(r: BitReader): Record<string, unknown> {');
    L.push(`  const c = r.bits(${width});`);
    L.push('  switch (c) {');
    L.push(...decCases);
    L.push('    default: throw r.badCode(c);');
    L.push('  }');
    L.push('}');
    this.types.push(`/** Element qnames of the fragment grammar, in event-code order. */\nexport const fragmentElements = ${JSON.stringify(list.map((e) => e.qn.local))} as const;\n`);
    return L.join('\n');
  }

  generate(): { types: string; codec: string } {
    const header = (what: string): string =>
      `// GENERATED FILE — do not edit. ${what} for the \`${this.spec.name}\` EXI grammar,\n` +
      `// derived from ../shared/schemas/${this.spec.source} by tools/exi-gen. Regenerate with: npm run gen:exi\n`;
    const fns: string[] = [];
    // Deterministic order: complex types as the loader met them.
    const doc = this.emitDocument();
    const frag = this.emitFragment();
    for (const t of this.set.complexTypes) {
      const g = this.grammar(t);
      this.emitInterface(g);
      fns.push(this.emitEncoder(g));
      fns.push(this.emitDecoder(g));
    }
    const enumCode: string[] = [];
    for (const e of this.enums.values()) {
      enumCode.push(`const EV_${e.id} = ${JSON.stringify(e.values)} as const;`);
      enumCode.push(
        `function EI_${e.id}(w: BitWriter, x: string): number {\n  switch (x) {\n${e.values.map((v, i) => `    case ${JSON.stringify(v)}: return ${i};`).join('\n')}\n    default: throw w.fail(\`\${String(x)} is not a value of ${e.id}\`);\n  }\n}`,
      );
    }
    const codec = [
      header('Encoders and decoders'),
      '/* eslint-disable */',
      "import { BitReader, BitWriter, definedKeys, keyCount, unknownKey } from '../bits.js';",
      ...(this.usesRelaxed ? ["import { decodeRelaxed, encodeRelaxed } from '../relaxed.js';"] : []),
      `import type * as T from './${this.spec.name}.types.js';`,
      '',
      ...enumCode,
      '',
      ...this.valueHelpers.values(),
      doc,
      '',
      frag,
      '',
      ...fns,
      '',
    ].join('\n');
    const types = [header('Data types'), ...this.types].join('\n');
    return { types, codec };
  }
}
