/** `exi decode|encode|roundtrip` (runExiCli), in process and as a real process. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveShared, PROJECT_ROOT, sharedPath } from '../../helpers/shared.js';
import { runExiCli } from '../../../appliance/src/v2g/exi/cli.js';
import { readJsonl, type VectorLine } from './vectors-helpers.js';

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
  let out = '';
  let err = '';
  io.stdout.on('data', (d: Buffer) => (out += d.toString()));
  io.stderr.on('data', (d: Buffer) => (err += d.toString()));
  io.stdin.end(stdin);
  const code = await runExiCli(args, io);
  return { code, out, err };
}

const present = haveShared('exi-vectors');

describe.skipIf(!present)('exi CLI (in process)', () => {
  const din = present ? readJsonl<VectorLine>('exi-vectors', 'din70121.jsonl') : [];
  const cdr = din.find((v) => v.message === 'CurrentDemandReq')!;

  it('decode prints the JSON document', async () => {
    const r = await run(['decode', '--schema', 'din', cdr.hex]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(cdr.fields);
  });

  it('encode prints the hex, and accepts the schema aliases', async () => {
    const r = await run(['encode', '--schema', 'din70121', JSON.stringify(cdr.fields)]);
    expect(r).toMatchObject({ code: 0, out: `${cdr.hex}\n` });
  });

  it('reads HEX from stdin when it is not an argument', async () => {
    const r = await run(['decode', '--schema=din'], `${cdr.hex}\n`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(cdr.fields);
  });

  it('reports codec errors with the bit offset and exit code 1', async () => {
    const r = await run(['decode', '--schema', 'din', '809a0200']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/exi decode: (truncated stream|binary of 8 bytes exceeds the input).*bit \d+/);
    const e = await run(['encode', '--schema', 'din', '{"V2G_Message":{"Header":{}}}']);
    expect(e.code).toBe(1);
    expect(e.err).toMatch(/exi encode: /);
  });

  it('rejects bad usage with exit code 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['decode', '809a'])).code).toBe(2);
    expect((await run(['decode', '--schema', 'iso15118-20', '809a'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['roundtrip'])).code).toBe(2);
  });

  it('roundtrip answers one line per input line and summarises on stderr', async () => {
    const iso2 = readJsonl<VectorLine>('exi-vectors', 'iso15118-2.jsonl')[0]!;
    const sap = readJsonl<VectorLine>('exi-vectors', 'appProtocol.jsonl')[0]!;
    const input = [
      JSON.stringify({ schema: 'din', hex: cdr.hex, extra: 1 }),
      JSON.stringify({ schema: 'iso15118-2', hex: iso2.hex }),
      JSON.stringify({ schema: 'appHandshake', hex: sap.hex }),
      JSON.stringify({ schema: 'din', hex: '809a0200' }),
      JSON.stringify({ schema: 'unknown', hex: cdr.hex }),
      'not json',
    ].join('\n');
    const r = await run(['roundtrip', '--jsonl'], `${input}\n`);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toEqual({ ok: true, identical: true, name: 'CurrentDemandReq' });
    expect(lines[1]).toEqual({ ok: true, identical: true, name: 'SessionSetupReq' });
    expect(lines[2]).toEqual({ ok: true, identical: true, name: 'supportedAppProtocolReq' });
    expect(lines[3]).toMatchObject({ ok: false });
    expect(lines[3]!.error).toMatch(/truncated|exceeds the input/);
    expect(lines[4]).toMatchObject({ ok: false, error: 'unknown schema "unknown"' });
    expect(lines[5]).toMatchObject({ ok: false });
    expect(r.err).toMatch(/6 lines, 3 decoded, 3 identical, 3 failed/);
    expect(r.code).toBe(1);
  });

  it('roundtrip exits 0 when every line is identical', async () => {
    const r = await run(['roundtrip', '--jsonl'], din.map((v) => JSON.stringify({ schema: 'din', hex: v.hex })).join('\n'));
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(din.length);
  });
});

const haveTraffic = haveShared('real-traffic/v2g-messages.jsonl');

describe.skipIf(!haveTraffic)('exi roundtrip --jsonl as a process', () => {
  let dist = '';
  beforeAll(() => {
    dist = mkdtempSync(path.join(tmpdir(), 'ampbox-exi-dist-'));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    // Type errors elsewhere in the appliance are the typecheck's business; tsc still emits, and this test only
    // needs the compiled codec.
    const r = spawnSync(process.execPath, [tsc, '-p', path.join(PROJECT_ROOT, 'appliance/tsconfig.json'), '--outDir', dist, '--sourceMap', 'false'], {
      encoding: 'utf8',
    });
    if (!existsSync(path.join(dist, 'v2g/exi/cli.js'))) throw new Error(`tsc did not emit the codec:\n${r.stdout}${r.stderr}`);
  }, 120_000);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('sustains at least 50,000 lines per second on the real-traffic corpus', async () => {
    // Three passes over the corpus (≈123,000 lines): "sustain" is about a long stream, and the first few
    // thousand lines of a fresh process run before V8 has optimised the codec (see docs/exi.md).
    const corpus = readFileSync(sharedPath('real-traffic', 'v2g-messages.jsonl'));
    const input = Buffer.concat([corpus, corpus, corpus]);
    const lineCount = input.toString().trim().split('\n').length;
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'test/v2g/exi/cli-launcher.mjs'), 'roundtrip', '--jsonl'], {
      env: { ...process.env, EXI_DIST: dist, EXI_CPU_REPORT: '1' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdin.end(input);
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    const results = out.trim().split('\n').map((l) => JSON.parse(l) as { ok: boolean; identical?: boolean });
    expect(results).toHaveLength(lineCount);
    // The corpus holds corrupted frames (and lines without a known schema), so the exit code is 1.
    expect(code).toBe(1);
    expect(lineCount).toBe(3 * 40_967);
    expect(results.filter((r) => r.ok && r.identical).length).toBe(3 * 40_952);
    // The command's own wall-clock figure, and the rate over the CPU time the process actually got: the
    // suite runs files in parallel on few cores, so wall time alone would measure the neighbours too.
    const m = /\((\d+) lines\/s\)/.exec(err);
    expect(m, err).not.toBeNull();
    const cpu = /cpu-ms: ([\d.]+)/.exec(err);
    expect(cpu, err).not.toBeNull();
    const perCpuSecond = lineCount / (Number(cpu![1]) / 1000);
    expect(perCpuSecond).toBeGreaterThanOrEqual(50_000);
  }, 120_000);
});
