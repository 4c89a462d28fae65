/**
 * Loads an XSD schema set (a root file plus everything it includes or imports) into a resolved model:
 * element declarations, complex types with flattened derivation, simple types reduced to the EXI value
 * codec they need, and substitution groups. Only what the V2G schemas use is supported; anything else
 * fails loudly at generation time rather than producing a silently wrong grammar.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseXml, resolveQName, type XmlNode } from './xml.js';

export const XS = 'http://www.w3.org/2001/XMLSchema';

export interface QN {
  ns: string;
  local: string;
}
export const qkey = (q: QN): string => `{${q.ns}}${q.local}`;
/** EXI sorts qnames by local name, then namespace URI (plain code-unit order). */
export function qcmp(a: QN, b: QN): number {
  if (a.local !== b.local) return a.local < b.local ? -1 : 1;
  if (a.ns !== b.ns) return a.ns < b.ns ? -1 : 1;
  return 0;
}

/** How a simple value is represented on the wire (EXI 1.0 section 7). */
export type ValueCodec =
  | { k: 'bool' }
  | { k: 'enum'; values: string[]; bits: number }
  | { k: 'nbit'; min: number; max: number; bits: number }
  | { k: 'uint'; min: number; max: number }
  | { k: 'int'; min: number; max: number }
  | { k: 'string'; maxLen: number }
  | { k: 'binary'; maxLen: number };

export interface SimpleType {
  kind: 'simple';
  name: QN | undefined;
  codec: ValueCodec;
}

export interface AttrUse {
  qn: QN;
  required: boolean;
  type: SimpleType;
}

export type Particle =
  | { kind: 'element'; decl: ElementDecl; min: number; max: number }
  | { kind: 'group'; compositor: 'sequence' | 'choice'; items: Particle[]; min: number; max: number }
  | { kind: 'any'; wildcard: string; min: number; max: number };

export interface ComplexType {
  kind: 'complex';
  name: QN | undefined;
  /** Unique identifier used for generated function and type names. */
  id: string;
  abstract: boolean;
  mixed: boolean;
  attrs: AttrUse[];
  content: Particle | null;
  /** Set for simple content (value in CH after the attributes). */
  simple: SimpleType | undefined;
}

export type TypeDef = SimpleType | ComplexType;

export interface ElementDecl {
  qn: QN;
  global: boolean;
  abstract: boolean;
  substGroup: QN | undefined;
  type: TypeDef;
}

interface FileCtx {
  file: string;
  tns: string;
  elementQualified: boolean;
  attributeQualified: boolean;
}

interface Named {
  node: XmlNode;
  ctx: FileCtx;
}

const UNBOUNDED = Number.POSITIVE_INFINITY;

/** Value bounds of the built-in integer types (doubles: only used to classify ranges). */
const INT_BOUNDS: Record<string, [number, number]> = {
  integer: [-Infinity, Infinity],
  long: [-(2 ** 63), 2 ** 63 - 1],
  int: [-(2 ** 31), 2 ** 31 - 1],
  short: [-32768, 32767],
  byte: [-128, 127],
  nonNegativeInteger: [0, Infinity],
  positiveInteger: [1, Infinity],
  nonPositiveInteger: [-Infinity, 0],
  negativeInteger: [-Infinity, -1],
  unsignedLong: [0, 2 ** 64 - 1],
  unsignedInt: [0, 2 ** 32 - 1],
  unsignedShort: [0, 65535],
  unsignedByte: [0, 255],
};
const STRING_TYPES = new Set([
  'string', 'normalizedString', 'token', 'language', 'Name', 'NCName', 'ID', 'IDREF', 'IDREFS', 'ENTITY',
  'NMTOKEN', 'NMTOKENS', 'anyURI', 'QName', 'anySimpleType',
]);

export function bitsFor(n: number): number {
  // Number of bits to code n distinct values (0 for a single value).
  let b = 0;
  while (2 ** b < n) b++;
  return b;
}

export class SchemaSet {
  readonly elements = new Map<string, ElementDecl>();
  /** Every element declaration, global and local, in load order. */
  readonly allDecls: ElementDecl[] = [];
  readonly attributeQNames = new Map<string, QN>();
  readonly complexTypes: ComplexType[] = [];
  private readonly typeNodes = new Map<string, Named>();
  private readonly elementNodes = new Map<string, Named>();
  private readonly resolvedTypes = new Map<string, TypeDef>();
  private readonly files: string[] = [];
  private readonly usedIds = new Set<string>();

  constructor(rootFile: string) {
    this.load(rootFile);
    for (const [key, n] of this.elementNodes) this.globalElement(key, n);
    // Named types nobody references still declare local elements, and the fragment grammar counts every
    // element declaration of the schema set.
    for (const key of this.typeNodes.keys()) {
      const m = /^\{(.*)\}(.*)$/.exec(key)!;
      this.typeByName({ ns: m[1]!, local: m[2]! });
    }
  }

  get loadedFiles(): readonly string[] {
    return this.files;
  }

  private load(file: string): void {
    const abs = path.resolve(file);
    if (this.files.includes(abs)) return;
    this.files.push(abs);
    const root = parseXml(readFileSync(abs, 'utf8'), abs);
    const ctx: FileCtx = {
      file: abs,
      tns: root.attrs.get('targetNamespace') ?? '',
      elementQualified: root.attrs.get('elementFormDefault') === 'qualified',
      attributeQualified: root.attrs.get('attributeFormDefault') === 'qualified',
    };
    for (const c of root.children) {
      if (c.ns !== XS) continue;
      const name = c.attrs.get('name');
      switch (c.local) {
        case 'include':
        case 'import': {
          const loc = c.attrs.get('schemaLocation');
          if (loc) this.load(path.join(path.dirname(abs), loc));
          break;
        }
        case 'element':
          this.elementNodes.set(qkey({ ns: ctx.tns, local: name! }), { node: c, ctx });
          break;
        case 'complexType':
        case 'simpleType':
          this.typeNodes.set(qkey({ ns: ctx.tns, local: name! }), { node: c, ctx });
          break;
        case 'annotation':
          break;
        default:
          throw new Error(`${abs}: unsupported top-level xs:${c.local}`);
      }
    }
  }

  private globalElement(key: string, n: Named): ElementDecl {
    const have = this.elements.get(key);
    if (have) return have;
    const decl = this.declare(n.node, n.ctx, true);
    return decl;
  }

  private declare(node: XmlNode, ctx: FileCtx, global: boolean): ElementDecl {
    const local = node.attrs.get('name')!;
    const form = node.attrs.get('form');
    const qualified = global || (form ? form === 'qualified' : ctx.elementQualified);
    const qn: QN = { ns: qualified ? ctx.tns : '', local };
    const sg = node.attrs.get('substitutionGroup');
    const decl: ElementDecl = {
      qn,
      global,
      abstract: node.attrs.get('abstract') === 'true',
      substGroup: sg ? resolveQName(node, sg) : undefined,
      type: undefined as unknown as TypeDef,
    };
    if (global) this.elements.set(qkey(qn), decl);
    this.allDecls.push(decl);
    const typeAttr = node.attrs.get('type');
    const anon = node.children.find((c) => c.ns === XS && (c.local === 'complexType' || c.local === 'simpleType'));
    if (typeAttr) decl.type = this.typeByName(resolveQName(node, typeAttr));
    else if (anon) decl.type = this.buildType(anon, ctx, undefined, local);
    else if (decl.substGroup) decl.type = this.elementByName(decl.substGroup).type;
    else throw new Error(`${ctx.file}: element ${local} has no type (anyType is not supported)`);
    return decl;
  }

  elementByName(q: QN): ElementDecl {
    const key = qkey(q);
    const have = this.elements.get(key);
    if (have) return have;
    const n = this.elementNodes.get(key);
    if (!n) throw new Error(`unknown element ${key}`);
    return this.globalElement(key, n);
  }

  typeByName(q: QN): TypeDef {
    const key = qkey(q);
    const have = this.resolvedTypes.get(key);
    if (have) return have;
    if (q.ns === XS) {
      const t: SimpleType = { kind: 'simple', name: q, codec: builtinCodec(q.local) };
      this.resolvedTypes.set(key, t);
      return t;
    }
    const n = this.typeNodes.get(key);
    if (!n) throw new Error(`unknown type ${key}`);
    return this.buildType(n.node, n.ctx, q, q.local);
  }

  private uniqueId(base: string): string {
    let id = base.replace(/[^A-Za-z0-9_]/g, '_');
    let i = 2;
    while (this.usedIds.has(id)) id = `${base}_${i++}`;
    this.usedIds.add(id);
    return id;
  }

  private buildType(node: XmlNode, ctx: FileCtx, name: QN | undefined, hint: string): TypeDef {
    if (node.local === 'simpleType') {
      const t: SimpleType = { kind: 'simple', name, codec: this.simpleCodec(node) };
      if (name) this.resolvedTypes.set(qkey(name), t);
      return t;
    }
    const t: ComplexType = {
      kind: 'complex',
      name,
      id: this.uniqueId(name ? name.local : `${hint}_anon`),
      abstract: node.attrs.get('abstract') === 'true',
      mixed: node.attrs.get('mixed') === 'true',
      attrs: [],
      content: null,
      simple: undefined,
    };
    // Register before descending so recursive references resolve to the same object.
    if (name) this.resolvedTypes.set(qkey(name), t);
    this.complexTypes.push(t);
    for (const c of node.children) {
      if (c.ns !== XS) continue;
      switch (c.local) {
        case 'sequence':
        case 'choice':
        case 'all':
          t.content = this.particle(c, ctx);
          break;
        case 'attribute':
          this.addAttr(t.attrs, c, ctx);
          break;
        case 'complexContent':
          this.complexContent(t, c, ctx);
          break;
        case 'simpleContent':
          this.simpleContent(t, c, ctx);
          break;
        case 'annotation':
          break;
        default:
          throw new Error(`${ctx.file}: unsupported xs:${c.local} in complexType ${t.id}`);
      }
    }
    return t;
  }

  private complexContent(t: ComplexType, node: XmlNode, ctx: FileCtx): void {
    if (node.attrs.get('mixed') === 'true') t.mixed = true;
    const d = node.children.find((c) => c.ns === XS && (c.local === 'extension' || c.local === 'restriction'))!;
    const baseQ = resolveQName(d, d.attrs.get('base')!);
    let own: Particle | null = null;
    const ownAttrs: AttrUse[] = [];
    for (const c of d.children) {
      if (c.ns !== XS) continue;
      if (c.local === 'sequence' || c.local === 'choice' || c.local === 'all') own = this.particle(c, ctx);
      else if (c.local === 'attribute') this.addAttr(ownAttrs, c, ctx);
      else if (c.local !== 'annotation') throw new Error(`${ctx.file}: unsupported xs:${c.local} in derivation`);
    }
    if (baseQ.ns === XS && baseQ.local === 'anyType') {
      t.content = own;
      t.attrs.push(...ownAttrs);
      return;
    }
    const base = this.typeByName(baseQ);
    if (base.kind !== 'complex') throw new Error(`${ctx.file}: complexContent over simple type`);
    if (d.local === 'extension') {
      t.content = concatParticles(base.content, own);
      t.attrs.push(...base.attrs, ...ownAttrs);
    } else {
      t.content = own;
      const merged = new Map(base.attrs.map((a) => [qkey(a.qn), a] as const));
      for (const a of ownAttrs) merged.set(qkey(a.qn), a);
      t.attrs.push(...merged.values());
    }
  }

  private simpleContent(t: ComplexType, node: XmlNode, ctx: FileCtx): void {
    const d = node.children.find((c) => c.ns === XS && (c.local === 'extension' || c.local === 'restriction'))!;
    if (d.local !== 'extension') throw new Error(`${ctx.file}: simpleContent restriction not supported`);
    const base = this.typeByName(resolveQName(d, d.attrs.get('base')!));
    if (base.kind === 'simple') t.simple = base;
    else {
      t.simple = base.simple;
      t.attrs.push(...base.attrs);
    }
    for (const c of d.children) if (c.ns === XS && c.local === 'attribute') this.addAttr(t.attrs, c, ctx);
  }

  private addAttr(list: AttrUse[], node: XmlNode, ctx: FileCtx): void {
    if (node.attrs.get('ref')) throw new Error(`${ctx.file}: attribute refs not supported`);
    const use = node.attrs.get('use') ?? 'optional';
    if (use === 'prohibited') return;
    const form = node.attrs.get('form');
    const qualified = form ? form === 'qualified' : ctx.attributeQualified;
    const qn: QN = { ns: qualified ? ctx.tns : '', local: node.attrs.get('name')! };
    const typeAttr = node.attrs.get('type');
    const anon = node.children.find((c) => c.ns === XS && c.local === 'simpleType');
    const type = typeAttr
      ? this.typeByName(resolveQName(node, typeAttr))
      : anon
        ? this.buildType(anon, ctx, undefined, qn.local)
        : this.typeByName({ ns: XS, local: 'string' });
    if (type.kind !== 'simple') throw new Error('attribute with complex type');
    this.attributeQNames.set(qkey(qn), qn);
    list.push({ qn, required: use === 'required', type });
  }

  private particle(node: XmlNode, ctx: FileCtx): Particle {
    const min = Number(node.attrs.get('minOccurs') ?? '1');
    const maxS = node.attrs.get('maxOccurs') ?? '1';
    const max = maxS === 'unbounded' ? UNBOUNDED : Number(maxS);
    switch (node.local) {
      case 'element': {
        const ref = node.attrs.get('ref');
        const decl = ref ? this.elementByName(resolveQName(node, ref)) : this.declare(node, ctx, false);
        return { kind: 'element', decl, min, max };
      }
      case 'sequence':
      case 'choice': {
        const items: Particle[] = [];
        for (const c of node.children) {
          if (c.ns !== XS || c.local === 'annotation') continue;
          items.push(this.particle(c, ctx));
        }
        return { kind: 'group', compositor: node.local, items, min, max };
      }
      case 'any':
        return { kind: 'any', wildcard: node.attrs.get('namespace') ?? '##any', min, max };
      default:
        throw new Error(`${ctx.file}: unsupported particle xs:${node.local}`);
    }
  }

  private simpleCodec(node: XmlNode): ValueCodec {
    const r = node.children.find((c) => c.ns === XS && c.local === 'restriction');
    if (!r) throw new Error(`simpleType without restriction (list/union unsupported)`);
    const baseQ = resolveQName(r, r.attrs.get('base')!);
    const base = this.typeByName(baseQ);
    if (base.kind !== 'simple') throw new Error('simple restriction of complex type');
    const enums: string[] = [];
    const f: Record<string, number> = {};
    for (const c of r.children) {
      if (c.ns !== XS) continue;
      const v = c.attrs.get('value');
      if (c.local === 'enumeration') enums.push(v!);
      else if (c.local !== 'annotation') f[c.local] = Number(v);
    }
    if (enums.length > 0) return { k: 'enum', values: enums, bits: bitsFor(enums.length) };
    return restrictCodec(base.codec, f);
  }

  /**
   * Head and members (transitive) of the substitution group of `head`, EXI-sorted. Abstract elements keep
   * their event code: the reference codecs (and the ISO-2 vectors) count the abstract BodyElement.
   */
  alternatives(head: ElementDecl): ElementDecl[] {
    const out: ElementDecl[] = [];
    const visit = (d: ElementDecl): void => {
      out.push(d);
      for (const m of this.elements.values()) {
        if (m.substGroup && qkey(m.substGroup) === qkey(d.qn)) visit(m);
      }
    };
    if (head.global) visit(head);
    else out.push(head);
    return out.sort((a, b) => qcmp(a.qn, b.qn));
  }
}

function concatParticles(a: Particle | null, b: Particle | null): Particle | null {
  if (!a) return b;
  if (!b) return a;
  return { kind: 'group', compositor: 'sequence', items: [a, b], min: 1, max: 1 };
}

function builtinCodec(local: string): ValueCodec {
  if (local === 'boolean') return { k: 'bool' };
  if (local === 'hexBinary' || local === 'base64Binary') return { k: 'binary', maxLen: Infinity };
  if (STRING_TYPES.has(local)) return { k: 'string', maxLen: Infinity };
  const b = INT_BOUNDS[local];
  if (b) return intCodec(b[0], b[1]);
  throw new Error(`built-in type xs:${local} is not supported by this generator`);
}

/** EXI 7.1.5: n-bit when the range holds at most 4096 values, unsigned when bounded below by 0, else signed. */
function intCodec(min: number, max: number): ValueCodec {
  if (Number.isFinite(min) && Number.isFinite(max) && max - min < 4096) {
    return { k: 'nbit', min, max, bits: bitsFor(max - min + 1) };
  }
  if (min >= 0) return { k: 'uint', min, max };
  return { k: 'int', min, max };
}

function restrictCodec(base: ValueCodec, f: Record<string, number>): ValueCodec {
  switch (base.k) {
    case 'nbit':
    case 'uint':
    case 'int': {
      let min = base.min;
      let max = base.max;
      if (f.minInclusive !== undefined) min = Math.max(min, f.minInclusive);
      if (f.minExclusive !== undefined) min = Math.max(min, f.minExclusive + 1);
      if (f.maxInclusive !== undefined) max = Math.min(max, f.maxInclusive);
      if (f.maxExclusive !== undefined) max = Math.min(max, f.maxExclusive - 1);
      return intCodec(min, max);
    }
    case 'string':
    case 'binary': {
      let maxLen = base.maxLen;
      if (f.maxLength !== undefined) maxLen = Math.min(maxLen, f.maxLength);
      if (f.length !== undefined) maxLen = Math.min(maxLen, f.length);
      return { ...base, maxLen };
    }
    default:
      return base;
  }
}
