/**
 * `ampbox pcap FILE [--json]`: reads a pcap or pcapng capture (FILE `-`: standard input) and prints the charging session in it —
 * SLAC, SDP and every V2G message with its key values. Exit codes: 0 read and printed, 1 the file could
 * not be read (missing, not a capture, damaged: what came before the damage is still printed), 2 usage.
 */
import { readFile } from 'node:fs/promises';
import { formatJson, formatText } from './format.js';
import { readCapture } from './reader.js';
import { analyze } from './session.js';
import { loadSchemas } from '../exi/index.js';

export { PcapError, readCapture, type Capture, type Packet } from './reader.js';
export { analyze, type Analysis, type PcapEvent } from './session.js';
export { reassemble, type Segment, type V2gtpMessage } from './tcp.js';
export { formatJson, formatText, toJson } from './format.js';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE =
  'usage: ampbox pcap FILE [--json]\n  prints SLAC, SDP and V2G messages of a pcap/pcapng capture (FILE - reads stdin);\n  --json: one JSON object per line\n';

async function readAll(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(typeof c === 'string' ? Buffer.from(c, 'latin1') : (c as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

/** Reads a capture file ('-': stdin) and analyses it; `error` is set when it was unreadable or damaged. */
export async function analyzeFile(file: string, stdin?: NodeJS.ReadableStream): Promise<{ analysis: ReturnType<typeof analyze>; error?: string }> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' && stdin ? await readAll(stdin) : new Uint8Array(await readFile(file));
  } catch (e) {
    return { analysis: { events: [], notes: [] }, error: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  const cap = readCapture(bytes);
  const analysis = analyze(cap.packets);
  return cap.error ? { analysis, error: `${file}: ${cap.error.message}` } : { analysis };
}

export async function runPcapCli(args: string[], io: CliIo): Promise<number> {
  // Captures may hold ISO 15118-20 sessions; their grammars are not loaded with the codec module.
  await loadSchemas();
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  if (rest.includes('-h') || rest.includes('--help')) {
    await write(io.stdout, USAGE);
    return 0;
  }
  if (rest.length !== 1 || (rest[0]!.startsWith('-') && rest[0] !== '-')) {
    await write(io.stderr, USAGE);
    return 2;
  }
  const file = rest[0]!;
  const { analysis, error } = await analyzeFile(file, io.stdin);
  const lines = json ? formatJson(analysis) : error && analysis.events.length === 0 ? [] : formatText(analysis, file);
  if (json && analysis.notes.length > 0) await write(io.stderr, analysis.notes.map((n) => `note: ${n}\n`).join(''));
  if (lines.length > 0) await write(io.stdout, `${lines.join('\n')}\n`);
  if (error) {
    await write(io.stderr, `ampbox pcap: ${error}\n`);
    return 1;
  }
  return 0;
}
