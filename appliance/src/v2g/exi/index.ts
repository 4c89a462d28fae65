/**
 * Public entry of the EXI codec: `encode(schema, doc)` / `decode(schema, bytes)` for V2G documents,
 * `encodeFragment` / `decodeFragment` for the signed fragments of Plug&Charge, and V2GTP framing.
 *
 * Documents are plain objects in the `fields` form of ../shared/exi-vectors (element local names,
 * `@attr`, `#content`, arrays for maxOccurs > 1, lower-case hex for binary, enumeration strings).
 * The profile is fixed (see docs/exi.md): header byte 0x80, schema-informed non-strict grammars,
 * bit-packed, string values always literal.
 */
import { BitReader, BitWriter } from './bits.js';
import { ExiError } from './errors.js';
import * as appProtocol from './generated/appProtocol.codec.js';
import * as din from './generated/din.codec.js';
import * as iso2 from './generated/iso2.codec.js';
import * as xmldsig from './generated/xmldsig.codec.js';
import { fragmentElements as iso2FragmentElements } from './generated/iso2.types.js';
import type * as AppProtocolTypes from './generated/appProtocol.types.js';
import type * as DinTypes from './generated/din.types.js';
import type * as Iso2Types from './generated/iso2.types.js';
import type * as Iso20Types from './generated/iso20.types.js';
import type * as Iso20AcTypes from './generated/iso20-ac.types.js';
import type * as Iso20DcTypes from './generated/iso20-dc.types.js';
import type * as Iso20WptTypes from './generated/iso20-wpt.types.js';
import type * as Iso20AcdpTypes from './generated/iso20-acdp.types.js';

export { ExiError } from './errors.js';
export * from './v2gtp.js';
export type { AppProtocolTypes, DinTypes, Iso2Types, Iso20Types, Iso20AcTypes, Iso20DcTypes, Iso20WptTypes, Iso20AcdpTypes };

/** Document types per schema name. */
export interface SchemaDocuments {
  appProtocol: AppProtocolTypes.Document;
  din: DinTypes.Document;
  iso2: Iso2Types.Document;
  iso20: Iso20Types.Document;
  'iso20-ac': Iso20AcTypes.Document;
  'iso20-dc': Iso20DcTypes.Document;
  'iso20-wpt': Iso20WptTypes.Document;
  'iso20-acdp': Iso20AcdpTypes.Document;
}
export type SchemaName = keyof SchemaDocuments;
/** Grammars that have a fragment codec: every document grammar plus the xmldsig schema alone. */
export type FragmentSchema = SchemaName | 'xmldsig';

export const SCHEMA_NAMES: readonly SchemaName[] = ['appProtocol', 'din', 'iso2', 'iso20', 'iso20-ac', 'iso20-dc', 'iso20-wpt', 'iso20-acdp'];

/** Spellings used by the shared vectors and captures. */
const ALIASES: Readonly<Record<string, SchemaName>> = {
  appHandshake: 'appProtocol',
  din70121: 'din',
  'iso15118-2': 'iso2',
};

interface Codec {
  encodeDocument(w: BitWriter, doc: never): void;
  decodeDocument(r: BitReader): unknown;
  encodeFragment(w: BitWriter, frag: Record<string, unknown>): void;
  decodeFragment(r: BitReader): Record<string, unknown>;
}

/**
 * The grammars a charger needs from its first message on (handshake, DIN 70121, ISO 15118-2) load with this
 * module. The ISO 15118-20 ones (2.6 MB of generated code, ~40 ms to load) are loaded by `loadSchemas()`
 * only where they are used — tools, tests — so they cost the appliance's start-up nothing.
 */
const LOOKUP = new Map<string, SchemaName>([...SCHEMA_NAMES.map((n) => [n, n] as const), ...Object.entries(ALIASES)]);

const codecs = new Map<FragmentSchema, Codec>([
  ['appProtocol', appProtocol],
  ['din', din],
  ['iso2', iso2],
  ['xmldsig', xmldsig],
]);

type LazySchema = 'iso20' | 'iso20-ac' | 'iso20-dc' | 'iso20-wpt' | 'iso20-acdp';
const LAZY: Readonly<Record<LazySchema, () => Promise<Codec>>> = {
  iso20: () => import('./generated/iso20.codec.js'),
  'iso20-ac': () => import('./generated/iso20-ac.codec.js'),
  'iso20-dc': () => import('./generated/iso20-dc.codec.js'),
  'iso20-wpt': () => import('./generated/iso20-wpt.codec.js'),
  'iso20-acdp': () => import('./generated/iso20-acdp.codec.js'),
};

/** Loads the grammars of `schemas` (names or aliases; default: all) that are not loaded yet. */
export async function loadSchemas(schemas: readonly string[] = SCHEMA_NAMES): Promise<void> {
  for (const name of schemas) {
    const schema = LOOKUP.get(name);
    if (!schema) throw new ExiError(`unknown schema ${JSON.stringify(name)}`, 0);
    if (!codecs.has(schema) && schema in LAZY) codecs.set(schema, await LAZY[schema as LazySchema]());
  }
}

/** Canonical schema name for a name or alias; undefined when unknown. */
export function resolveSchema(name: string): SchemaName | undefined {
  return LOOKUP.get(name);
}

function codecFor(schema: string, fragments: boolean): Codec {
  const name: FragmentSchema | undefined = fragments && schema === 'xmldsig' ? 'xmldsig' : LOOKUP.get(schema);
  if (!name) throw new ExiError(`unknown schema ${JSON.stringify(schema)}`, 0);
  const c = codecs.get(name);
  if (!c) throw new ExiError(`schema ${name} is not loaded: await loadSchemas(['${name}']) first`, 0);
  return c;
}

/** EXI header: distinguishing bits 10, no options, version 1 → exactly one byte 0x80. */
const HEADER = 0x80;

// One writer and one reader for all calls: encoding reuses the writer's buffer (the result is a copy).
const writer = new BitWriter();
const reader = new BitReader(new Uint8Array(0));

/** Anything but ExiError (a stack overflow on absurd input, a non-object where an object was expected) is
 * still reported as the codec's typed error. */
function typed(e: unknown, bitOffset: number): ExiError {
  if (e instanceof ExiError) return e;
  return new ExiError(e instanceof Error ? `${e.name}: ${e.message}` : String(e), bitOffset);
}

export interface EncodeOptions {
  /**
   * Skip the check for keys the grammar does not know. By default a misspelt key is an error rather than a
   * silently dropped field; documents built by typed code in this process can skip that walk (≈ 20 % faster).
   */
  trusted?: boolean;
}

export function encode<S extends SchemaName>(schema: S, doc: SchemaDocuments[S], options?: EncodeOptions): Uint8Array;
export function encode(schema: string, doc: unknown, options?: EncodeOptions): Uint8Array;
export function encode(schema: string, doc: unknown, options?: EncodeOptions): Uint8Array {
  const c = codecFor(schema, false);
  if (typeof doc !== 'object' || doc === null) throw new ExiError('a document must be an object', 0);
  try {
    writer.reset();
    writer.strict = options?.trusted !== true;
    writer.bits(HEADER, 8);
    c.encodeDocument(writer, doc as never);
    return writer.finish();
  } catch (e) {
    throw typed(e, writer.bitOffset);
  }
}

function readHeader(r: BitReader): void {
  const h = r.bits(8);
  if (h !== HEADER) throw new ExiError(`EXI header 0x${h.toString(16).padStart(2, '0')} is not 0x80 (this profile has no options, no cookie)`, 0);
}

function asBytes(bytes: unknown): Uint8Array {
  if (!(bytes instanceof Uint8Array)) throw new ExiError('input must be a Uint8Array', 0);
  return bytes;
}

export function decode<S extends SchemaName>(schema: S, bytes: Uint8Array): SchemaDocuments[S];
export function decode(schema: string, bytes: Uint8Array): unknown;
export function decode(schema: string, bytes: Uint8Array): unknown {
  const c = codecFor(schema, false);
  reader.reset(asBytes(bytes));
  try {
    readHeader(reader);
    // Bits after ED are padding; trailing bytes (seen in real captures) are ignored.
    return c.decodeDocument(reader);
  } catch (e) {
    throw typed(e, reader.pos);
  }
}

/**
 * EXI fragment (header, SE over all element qnames of the grammar, the element, ED): the bytes that ISO 15118
 * signatures digest. `frag` has one key, the element's local name, e.g. `{ SignedInfo: {...} }`.
 */
export function encodeFragment(schema: FragmentSchema, frag: Record<string, unknown>, options?: EncodeOptions): Uint8Array {
  const c = codecFor(schema, true);
  if (typeof frag !== 'object' || frag === null) throw new ExiError('a fragment must be an object', 0);
  try {
    writer.reset();
    writer.strict = options?.trusted !== true;
    writer.bits(HEADER, 8);
    c.encodeFragment(writer, frag);
    return writer.finish();
  } catch (e) {
    throw typed(e, writer.bitOffset);
  }
}

export function decodeFragment(schema: FragmentSchema, bytes: Uint8Array): Record<string, unknown> {
  const c = codecFor(schema, true);
  reader.reset(asBytes(bytes));
  try {
    readHeader(reader);
    return c.decodeFragment(reader);
  } catch (e) {
    throw typed(e, reader.pos);
  }
}

/**
 * The ISO-2 eMAID fragment as libcbv2g (EVerest) encodes it: content coded with the EMAIDType grammar, where
 * the EXI rules require the relaxed element-fragment grammar that `encodeFragment` produces (the qname has two
 * types in V2G_CI_MsgDef.xsd). Digests made by such peers can only be checked against these bytes, so a
 * verifier accepts either form; never produce this form for our own signatures.
 */
export function encodeEmaidFragmentLibcbv2g(eMAID: Iso2Types.EMAIDType): Uint8Array {
  const code = iso2FragmentElements.indexOf('eMAID');
  try {
    writer.reset();
    writer.strict = true;
    writer.bits(HEADER, 8);
    writer.bits(code, iso2.FRAGMENT_WIDTH);
    iso2.e_EMAIDType(writer, eMAID);
    writer.bits(iso2.FRAGMENT_ED, iso2.FRAGMENT_WIDTH);
    return writer.finish();
  } catch (e) {
    throw typed(e, writer.bitOffset);
  }
}

/** Hex helpers for tools and tests (lower case, no separators). */
export function toHex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
}
export function fromHex(h: string): Uint8Array {
  // Buffer.from stops at the first invalid pair, so a length mismatch catches every invalid character.
  const b = Buffer.from(h, 'hex');
  if (b.length * 2 !== h.length) throw new ExiError('invalid hex string', 0);
  return b;
}
