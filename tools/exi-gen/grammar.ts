/**
 * Derives the EXI schema-informed grammar of each complex type (EXI 1.0, 8.5.4) in a form the emitter can
 * turn into straight-line code.
 *
 * Instead of building the spec's particle grammars and normalising them, it uses the equivalent
 * position automaton (Glushkov): XSD content models obey Unique Particle Attribution, so the automaton is
 * already deterministic, and the event code of a production depends only on the set of events possible in
 * a state and their order (AT sorted by qname, then SE(qname) in schema order, then wildcards, EE, CH). Bounded
 * repetition (maxOccurs up to 2048 in ISO-20) is not unrolled into one state per occurrence: the states of
 * one element particle fall into three classes (still below minOccurs, open, full) whose productions are
 * identical within a class, and the generated code picks the class from the array length.
 */
import { bitsFor, qcmp, qkey, type AttrUse, type ComplexType, type ElementDecl, type Particle, type SchemaSet } from './xsd.js';

export interface Pos {
  idx: number;
  kind: 'element' | 'any';
  /** Alternatives (substitution group members, or the element itself), EXI-sorted. */
  alts: ElementDecl[];
  min: number;
  max: number;
  /** Inside a group that repeats, so its key is an array even with maxOccurs 1. */
  inRepeat: boolean;
}

export type Cls = 'need' | 'open' | 'full';

/** Where a production leads: a fixed state, or a class of `pos` chosen by the running count. */
export type Next = { state: number } | { counted: Pos };

export type Prod =
  | { ev: 'AT'; attr: AttrUse; next: Next }
  | { ev: 'SE'; decl: ElementDecl; pos: Pos; next: Next }
  | { ev: 'SEW'; pos: Pos; next: Next }
  | { ev: 'EE' }
  | { ev: 'CH'; typed: boolean; next: Next };

export interface State {
  id: number;
  label: string;
  prods: Prod[];
  width: number;
}

export interface TypeGrammar {
  type: ComplexType;
  states: State[];
  start: number;
  positions: Pos[];
  /** Attributes sorted in EXI order. */
  attrs: AttrUse[];
  /** The states of each counted position by class. */
  classStates: Map<Pos, Partial<Record<Cls, number>>>;
}

export function clsOf(p: Pos, k: number): Cls {
  if (k < p.min) return 'need';
  if (k >= p.max) return 'full';
  return 'open';
}

export function buildTypeGrammar(set: SchemaSet, type: ComplexType): TypeGrammar {
  const positions: Pos[] = [];
  const follow = new Map<Pos, Set<Pos>>();

  interface G {
    first: Set<Pos>;
    last: Set<Pos>;
    nullable: boolean;
  }
  const walk = (p: Particle, inRepeat: boolean): G => {
    if (p.kind === 'element' || p.kind === 'any') {
      const pos: Pos = {
        idx: positions.length,
        kind: p.kind,
        alts: p.kind === 'element' ? set.alternatives(p.decl) : [],
        min: p.min,
        max: p.max,
        inRepeat,
      };
      positions.push(pos);
      follow.set(pos, new Set());
      // Wildcards loop through follow; element repetition is counted (see clsOf).
      if (p.kind === 'any' && p.max > 1) follow.get(pos)!.add(pos);
      if (p.kind === 'element' && p.max === 0) throw new Error('maxOccurs 0 not supported');
      return { first: new Set([pos]), last: new Set([pos]), nullable: p.min === 0 };
    }
    if (p.max > 1 && p.max !== Infinity) throw new Error(`bounded repeated group in ${type.id} not supported`);
    const rep = inRepeat || p.max > 1;
    const gs = p.items.map((it) => walk(it, rep));
    let g: G;
    if (p.compositor === 'choice') {
      g = { first: new Set(), last: new Set(), nullable: gs.length === 0 };
      for (const x of gs) {
        x.first.forEach((q) => g.first.add(q));
        x.last.forEach((q) => g.last.add(q));
        if (x.nullable) g.nullable = true;
      }
    } else {
      g = { first: new Set(), last: new Set(), nullable: true };
      for (const x of gs) {
        if (g.nullable) x.first.forEach((q) => g.first.add(q));
        g.nullable = g.nullable && x.nullable;
      }
      let tailNullable = true;
      for (let i = gs.length - 1; i >= 0; i--) {
        if (tailNullable) gs[i]!.last.forEach((q) => g.last.add(q));
        tailNullable = tailNullable && gs[i]!.nullable;
      }
      for (let i = 0; i < gs.length; i++) {
        for (let j = i + 1; j < gs.length; j++) {
          for (const l of gs[i]!.last) gs[j]!.first.forEach((q) => follow.get(l)!.add(q));
          if (!gs[j]!.nullable) break;
        }
      }
    }
    if (p.max > 1) for (const l of g.last) g.first.forEach((q) => follow.get(l)!.add(q));
    if (p.min === 0) g.nullable = true;
    return g;
  };
  const root: G = type.content ? walk(type.content, false) : { first: new Set(), last: new Set(), nullable: true };

  const states: State[] = [];
  const pending: Array<() => void> = [];
  const newState = (label: string, fill: (s: State) => void): number => {
    const s: State = { id: states.length, label, prods: [], width: 0 };
    states.push(s);
    pending.push(() => fill(s));
    return s.id;
  };
  const classStates = new Map<Pos, Partial<Record<Cls, number>>>();
  const posState = (p: Pos, cls: Cls): number => {
    let m = classStates.get(p);
    if (!m) classStates.set(p, (m = {}));
    const have = m[cls];
    if (have !== undefined) return have;
    const id = newState(`after ${p.alts[0]?.qn.local ?? '*'}#${p.idx} (${cls})`, (s) => {
      if (cls !== 'full' && p.kind === 'element') {
        // Every class the running count can reach must exist before code refers to it.
        if (p.min > 1) posState(p, 'need');
        if (p.max > Math.max(p.min, 1)) posState(p, 'open');
        if (p.max !== Infinity) posState(p, 'full');
        for (const d of p.alts) s.prods.push({ ev: 'SE', decl: d, pos: p, next: { counted: p } });
      }
      if (cls !== 'need') {
        for (const q of follow.get(p)!) {
          if (q === p && p.kind === 'element' && cls === 'open') throw new Error(`ambiguous repetition in ${type.id}`);
          pushEnter(s, q);
        }
        if (root.last.has(p)) s.prods.push({ ev: 'EE' });
      }
      if (type.mixed) s.prods.push({ ev: 'CH', typed: false, next: { state: s.id } });
    });
    m[cls] = id;
    return id;
  };
  const pushEnter = (s: State, q: Pos): void => {
    if (q.kind === 'any') s.prods.push({ ev: 'SEW', pos: q, next: { state: posState(q, 'open') } });
    else for (const d of q.alts) s.prods.push({ ev: 'SE', decl: d, pos: q, next: { state: posState(q, clsOf(q, 1)) } });
  };

  const attrs = [...type.attrs].sort((a, b) => qcmp(a.qn, b.qn));
  let contentStart: number;
  if (type.simple) {
    const afterCh = newState('after CH', (s) => s.prods.push({ ev: 'EE' }));
    contentStart = newState('content', (s) => s.prods.push({ ev: 'CH', typed: true, next: { state: afterCh } }));
  } else {
    contentStart = newState('content', (s) => {
      for (const q of root.first) pushEnter(s, q);
      if (root.nullable) s.prods.push({ ev: 'EE' });
      if (type.mixed) s.prods.push({ ev: 'CH', typed: false, next: { state: s.id } });
    });
  }
  // Attribute states: ATTR_i offers AT(A_j) for every j >= i up to the first required one, and the content
  // start productions when all remaining attributes are optional (epsilon-elimination of the spec). They are
  // filled after the content states (refillAttrStates) because they copy the content start productions.
  const attrStates: number[] = [];
  for (let i = attrs.length - 1; i >= 0; i--) attrStates[i] = newState(`before @${attrs[i]!.qn.local}`, () => {});
  const start = attrs.length > 0 ? attrStates[0]! : contentStart;

  // Fill states breadth-first; states created while filling are queued too.
  while (pending.length) pending.shift()!();
  refillAttrStates(states, attrs, attrStates, contentStart);

  const rank = (p: Prod): number[] => {
    switch (p.ev) {
      case 'AT':
        return [0, attrs.indexOf(p.attr)];
      case 'SE':
        return [1, p.pos.idx, p.pos.alts.indexOf(p.decl)];
      case 'SEW':
        // SE(qname) first, then wildcards (EXI 1.0 8.5.4.4.2: SE(uri:*) and SE(*) follow every SE(qname)).
        return [2, p.pos.idx];
      case 'EE':
        return [3];
      case 'CH':
        return [4];
    }
  };
  for (const s of states) {
    s.prods.sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
        const d = (ra[i] ?? 0) - (rb[i] ?? 0);
        if (d !== 0) return d;
      }
      return 0;
    });
    // Non-strict: one more code is reserved for the escape to second-level events.
    s.width = bitsFor(s.prods.length + 1);
    const seen = new Set<string>();
    for (const p of s.prods) {
      const k = p.ev === 'SE' ? qkey(p.decl.qn) : p.ev === 'AT' ? `@${qkey(p.attr.qn)}` : p.ev === 'SEW' ? `*${p.pos.idx}` : p.ev;
      if (seen.has(k)) throw new Error(`non-deterministic grammar in ${type.id} state ${s.label}: ${k}`);
      seen.add(k);
    }
  }
  return { type, states, start, positions, attrs, classStates };
}

function refillAttrStates(states: State[], attrs: AttrUse[], attrStates: number[], contentStart: number): void {
  for (let idx = attrs.length - 1; idx >= 0; idx--) {
    const s = states[attrStates[idx]!]!;
    let allOptional = true;
    for (let j = idx; j < attrs.length; j++) {
      const next = j + 1 < attrs.length ? attrStates[j + 1]! : contentStart;
      s.prods.push({ ev: 'AT', attr: attrs[j]!, next: { state: next } });
      if (attrs[j]!.required) {
        allOptional = false;
        break;
      }
    }
    if (allOptional) {
      for (const p of states[contentStart]!.prods) {
        s.prods.push(p.ev === 'CH' && !p.typed ? { ...p, next: { state: contentStart } } : p);
      }
    }
  }
}
