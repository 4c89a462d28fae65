/**
 * `ampbox exi …` subcommands (the dispatcher passes the arguments after "exi"):
 *
 *   exi decode --schema S HEX      EXI hex → JSON document on stdout
 *   exi encode --schema S JSON     JSON document → EXI hex on stdout
 *   exi roundtrip --jsonl          stdin lines {"schema": S, "hex": H, …} → one JSON result per line,
 *                                  summary on stderr
 *
 * HEX / JSON may be omitted to read them from stdin. Exit codes: 0 success, 1 codec failure (or any failed
 * line in roundtrip), 2 usage error.
 */
import { ExiError, SCHEMA_NAMES, decode, encode, fromHex, loadSchemas, resolveSchema, toHex, type SchemaName } from './index.js';

export interface ExiCliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `usage:
  exi decode --schema S HEX
  exi encode --schema S JSON
  exi roundtrip --jsonl        (lines {"schema": S, "hex": H} on stdin)
schemas: ${SCHEMA_NAMES.join(', ')} (also appHandshake, din70121, iso15118-2)
`;

const EXIT_OK = 0;
const EXIT_FAIL = 1;
const EXIT_USAGE = 2;

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

async function readAll(stdin: NodeJS.ReadableStream): Promise<string> {
  let s = '';
  for await (const chunk of stdin) s += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  return s;
}

interface Parsed {
  schema?: string;
  jsonl: boolean;
  positional: string[];
}

function parseArgs(args: string[]): Parsed | string {
  const p: Parsed = { jsonl: false, positional: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--schema') {
      const v = args[++i];
      if (v === undefined) return '--schema needs a value';
      p.schema = v;
    } else if (a.startsWith('--schema=')) p.schema = a.slice(9);
    else if (a === '--jsonl') p.jsonl = true;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else p.positional.push(a);
  }
  return p;
}

function errorText(e: unknown): string {
  if (e instanceof ExiError) return `${e.message} (bit ${e.bitOffset}${e.grammar ? `, ${e.grammar}` : ''})`;
  return e instanceof Error ? e.message : String(e);
}

/** The message name of a decoded document: the body element for DIN/ISO-2, else the root element. */
export function messageName(doc: unknown): string | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined;
  const root = Object.keys(doc)[0];
  if (root === undefined) return undefined;
  if (root === 'V2G_Message') {
    const body = (doc as { V2G_Message?: { Body?: object } }).V2G_Message?.Body;
    const name = body ? Object.keys(body)[0] : undefined;
    return name ?? 'Body';
  }
  return root;
}

export async function runExiCli(args: string[], io: ExiCliIo): Promise<number> {
  // A tool may meet any schema, ISO 15118-20 included (the appliance itself loads those lazily).
  await loadSchemas();
  const [cmd, ...rest] = args;
  const parsed = parseArgs(rest);
  if (cmd === undefined || cmd === 'help' || cmd === '--help' || cmd === '-h') {
    await write(cmd === undefined ? io.stderr : io.stdout, USAGE);
    return cmd === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (typeof parsed === 'string') {
    await write(io.stderr, `exi: ${parsed}\n${USAGE}`);
    return EXIT_USAGE;
  }
  switch (cmd) {
    case 'decode':
    case 'encode':
      return single(cmd, parsed, io);
    case 'roundtrip':
      if (!parsed.jsonl || parsed.positional.length > 0) {
        await write(io.stderr, `exi: roundtrip reads JSON lines from stdin and needs --jsonl\n${USAGE}`);
        return EXIT_USAGE;
      }
      return roundtrip(io);
    default:
      await write(io.stderr, `exi: unknown command ${cmd}\n${USAGE}`);
      return EXIT_USAGE;
  }
}

async function single(cmd: 'decode' | 'encode', p: Parsed, io: ExiCliIo): Promise<number> {
  const schema = p.schema === undefined ? undefined : resolveSchema(p.schema);
  if (!schema) {
    await write(io.stderr, `exi: ${p.schema === undefined ? '--schema is required' : `unknown schema ${p.schema}`}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (p.positional.length > 1) {
    await write(io.stderr, `exi: ${cmd} takes one ${cmd === 'decode' ? 'HEX' : 'JSON'} argument\n${USAGE}`);
    return EXIT_USAGE;
  }
  const input = (p.positional[0] ?? (await readAll(io.stdin))).trim();
  try {
    if (cmd === 'decode') {
      const doc = decode(schema, fromHex(input.replace(/\s+/g, '')));
      await write(io.stdout, `${JSON.stringify(doc)}\n`);
    } else {
      let doc: unknown;
      try {
        doc = JSON.parse(input);
      } catch (e) {
        await write(io.stderr, `exi: invalid JSON: ${errorText(e)}\n`);
        return EXIT_FAIL;
      }
      await write(io.stdout, `${toHex(encode(schema, doc))}\n`);
    }
    return EXIT_OK;
  } catch (e) {
    await write(io.stderr, `exi ${cmd}: ${errorText(e)}\n`);
    return EXIT_FAIL;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One roundtrip line → its result line (without newline) and whether it fully succeeded. */
export function roundtripLine(line: string): { out: string; ok: boolean; identical: boolean } {
  let rec: { schema?: unknown; hex?: unknown };
  try {
    rec = JSON.parse(line) as { schema?: unknown; hex?: unknown };
  } catch (e) {
    return { out: JSON.stringify({ ok: false, error: `invalid JSON: ${errorText(e)}` }), ok: false, identical: false };
  }
  if (typeof rec !== 'object' || rec === null) {
    return { out: JSON.stringify({ ok: false, error: 'line is not a JSON object' }), ok: false, identical: false };
  }
  const schema: SchemaName | undefined = typeof rec.schema === 'string' ? resolveSchema(rec.schema) : undefined;
  if (!schema) return { out: JSON.stringify({ ok: false, error: `unknown schema ${JSON.stringify(rec.schema)}` }), ok: false, identical: false };
  if (typeof rec.hex !== 'string') return { out: JSON.stringify({ ok: false, error: 'missing "hex"' }), ok: false, identical: false };
  try {
    const input = fromHex(rec.hex);
    const doc = decode(schema, input);
    const identical = sameBytes(encode(schema, doc), input);
    const name = messageName(doc);
    // Built by hand: this runs once per line at tens of thousands of lines per second.
    const out = `{"ok":true,"identical":${identical}${name === undefined ? '' : `,"name":${JSON.stringify(name)}`}}`;
    return { out, ok: true, identical };
  } catch (e) {
    return { out: JSON.stringify({ ok: false, error: errorText(e) }), ok: false, identical: false };
  }
}

async function roundtrip(io: ExiCliIo): Promise<number> {
  const t0 = performance.now();
  let lines = 0;
  let ok = 0;
  let identical = 0;
  let pending = '';
  let out = '';
  const flushAt = 1 << 16;
  const handle = (line: string): void => {
    if (line.trim() === '') return;
    lines++;
    const r = roundtripLine(line);
    if (r.ok) ok++;
    if (r.identical) identical++;
    out += `${r.out}\n`;
  };
  // Own line splitting and batched writes: readline plus one write per line would cap throughput.
  for await (const chunk of io.stdin) {
    pending += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    let start = 0;
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n', start)) {
      handle(pending.slice(start, nl));
      start = nl + 1;
    }
    pending = pending.slice(start);
    if (out.length >= flushAt) {
      await write(io.stdout, out);
      out = '';
    }
  }
  handle(pending);
  if (out) await write(io.stdout, out);
  const secs = (performance.now() - t0) / 1000;
  const rate = secs > 0 ? Math.round(lines / secs) : lines;
  await write(
    io.stderr,
    `exi roundtrip: ${lines} lines, ${ok} decoded, ${identical} identical, ${lines - ok} failed, ` +
      `${ok - identical} re-encoded differently; ${secs.toFixed(2)} s (${rate} lines/s)\n`,
  );
  return ok === lines && identical === lines ? EXIT_OK : EXIT_FAIL;
}
