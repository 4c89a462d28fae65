/**
 * Issue 2, items 1, 3 and 10 (Repository, Configuration, `ampbox simulate`), end to end through the real
 * command line: `node bin/ampbox.js …` and `npx ampbox …` from the repository root.
 *
 * Checked that these tests can fail: with `SCENARIOS` in sim/scenarios.ts given a scenario whose
 * expectation is wrong (ac-basic expecting stop_reason 'Local') the ac-basic and every-scenario tests fail
 * (ok false, exit 1); with `allErrors: true` dropped from the Ajv options in config/load.ts the
 * several-problems test fails (only the first problem is listed).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, childEnv, reap, runAmpbox, tempDir } from '../fixtures/ampbox-process.js';

interface Summary {
  scenario: string;
  ok: boolean;
  states: string[];
  events: string[];
  energy_Wh: number;
  duration_s: number;
  stop_reason: string | null;
  errors: string[];
  failures?: string[];
}

/** The summary keys issue 2 (item 10) names. */
const SUMMARY_KEYS = ['scenario', 'ok', 'states', 'events', 'energy_Wh', 'duration_s', 'stop_reason', 'errors'];

beforeAll(buildOnce, 120_000);
afterEach(reap);

/** stdout must be exactly one JSON object on one line. */
function onlyJson(stdout: string): Summary {
  const lines = stdout.split('\n').filter((l) => l.trim() !== '');
  expect(lines, stdout).toHaveLength(1);
  const value = JSON.parse(lines[0]!) as unknown;
  expect(value).toBeTypeOf('object');
  expect(Array.isArray(value)).toBe(false);
  return value as Summary;
}

function expectSummaryShape(s: Summary): void {
  for (const k of SUMMARY_KEYS) expect(s, `summary key ${k}`).toHaveProperty(k);
  expect(s.ok).toBeTypeOf('boolean');
  expect(Array.isArray(s.states) && s.states.every((x) => typeof x === 'string')).toBe(true);
  expect(Array.isArray(s.events) && s.events.every((x) => typeof x === 'string')).toBe(true);
  expect(Array.isArray(s.errors)).toBe(true);
  expect(s.energy_Wh).toBeTypeOf('number');
  expect(s.duration_s).toBeTypeOf('number');
  expect(s.stop_reason === null || typeof s.stop_reason === 'string').toBe(true);
}

function expectAcBasic(s: Summary): void {
  expectSummaryShape(s);
  expect(s.scenario).toBe('ac-basic');
  expect(s.ok).toBe(true);
  expect(s.energy_Wh).toBeGreaterThan(0);
  expect(s.duration_s).toBeGreaterThan(0);
  expect(s.states[0]).toBe('Idle');
  expect(s.states).toContain('Charging');
  expect(s.events).toEqual(expect.arrayContaining(['Authorized', 'TransactionStarted', 'ChargingStarted', 'TransactionFinished', 'SessionFinished']));
  expect(s.stop_reason).toBe('EVDisconnected');
  expect(s.errors).toEqual([]);
}

/** Names from `simulate --list`: one scenario per line, name first. */
async function listScenarios(): Promise<string[]> {
  const r = await runAmpbox(['simulate', '--list']);
  expect(r.code, r.stderr).toBe(0);
  const names = r.stdout
    .split('\n')
    .map((l) => /^\s*([a-z0-9][a-z0-9-]*)\s/.exec(l)?.[1])
    .filter((n): n is string => n !== undefined);
  expect(names.length).toBeGreaterThan(0);
  return names;
}

describe('ampbox simulate', () => {
  it('--scenario ac-basic --json prints one JSON summary with ok true and energy, exit 0', async () => {
    const r = await runAmpbox(['simulate', '--scenario', 'ac-basic', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expectAcBasic(onlyJson(r.stdout));
  });

  it('works as `npx ampbox simulate --scenario ac-basic --json` from the repository root', async () => {
    // npm_config_yes=false: if the local bin were not found, fail instead of fetching a package of that name.
    const r = await runAmpbox(['simulate', '--scenario', 'ac-basic', '--json'], {
      command: ['npx', 'ampbox'],
      env: childEnv({ npm_config_yes: 'false' }),
      ms: 60_000,
    });
    expect(r.code, r.stderr).toBe(0);
    expectAcBasic(onlyJson(r.stdout));
  });

  it('runs every listed scenario to ok true with exit 0', async () => {
    const names = await listScenarios();
    // The scenarios issue 2 asks for at least.
    expect(names).toEqual(expect.arrayContaining(['ac-basic', 'ac-pause', 'fault-rcd', 'fault-diode']));
    const results: Array<{ name: string; code: number | null; summary?: Summary; stderr: string }> = [];
    const queue = [...names];
    // Two at a time: quick on two cores, and no scenario runs alone long enough to matter.
    await Promise.all(
      [0, 1].map(async () => {
        for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
          const r = await runAmpbox(['simulate', '--scenario', name, '--json']);
          let summary: Summary | undefined;
          try {
            summary = JSON.parse(r.stdout) as Summary;
          } catch {
            summary = undefined;
          }
          results.push({ name, code: r.code, summary, stderr: r.stderr });
        }
      }),
    );
    const bad = results.filter((x) => x.code !== 0 || x.summary?.ok !== true || x.summary.scenario !== x.name);
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
    for (const x of results) expectSummaryShape(x.summary!);
    expect(results).toHaveLength(names.length);
  });

  it('exits 2 on an unknown scenario and lists the known ones', async () => {
    const names = await listScenarios();
    const r = await runAmpbox(['simulate', '--scenario', 'no-such-scenario', '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown scenario "no-such-scenario"');
    for (const n of names) expect(r.stderr).toContain(n);
  });
});

describe('ampbox config check', () => {
  it('accepts a good file (and the shipped default) with exit 0', async () => {
    const dir = tempDir();
    const good = path.join(dir, 'good.yaml');
    writeFileSync(
      good,
      ['charger:', '  id: e2e-1', 'evses:', '  - id: 1', '    max_current_A: 32', '    phases: 1', '    board: { type: sim, ev: ac-1p-32 }', ''].join('\n'),
    );
    const r = await runAmpbox(['config', 'check', good]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${good}: ok`);
    const d = await runAmpbox(['config', 'check', path.join('appliance', 'config', 'default.yaml')]);
    expect(d.code, d.stderr).toBe(0);
  });

  it('lists several problems at once, each with its path, exit 2', async () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      [
        'evses:',
        '  - id: 1',
        '    max_current_A: 120',
        '    phases: 4',
        '    board: { type: sim, ev: ac-3p-16 }',
        'http:',
        '  port: -1',
        '  bogus: true',
        'auth:',
        '  mode: sometimes',
        '',
      ].join('\n'),
    );
    const r = await runAmpbox(['config', 'check', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}: 5 problem(s)`);
    expect(r.stderr).toContain('evses[0].max_current_A: must be <= 80');
    expect(r.stderr).toContain('evses[0].phases: must be one of 1, 3');
    expect(r.stderr).toContain('http.port: must be >= 0');
    expect(r.stderr).toContain('http.bogus: unknown setting');
    expect(r.stderr).toMatch(/auth\.mode: must be one of .*"free"/);
  });

  it('reports a YAML syntax error with its line number, exit 2', async () => {
    const dir = tempDir();
    const tab = path.join(dir, 'tab.yaml');
    writeFileSync(tab, 'charger:\n  id: a\nhttp:\n\tport: 2\n');
    const r = await runAmpbox(['config', 'check', tab]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 4, column \d+: .*[Tt]ab/);

    const dup = path.join(dir, 'dup.yaml');
    writeFileSync(dup, 'charger:\n  id: a\nhttp:\n  port: 1\n  port: 2\n');
    const d = await runAmpbox(['config', 'check', dup]);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/line 5, column \d+: .*(unique|duplicate)/);
  });

  it('exits 2 for a missing file', async () => {
    const missing = path.join(tempDir(), 'missing.yaml');
    const r = await runAmpbox(['config', 'check', missing]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such file');
  });
});

describe('ampbox config show', () => {
  it('prints the effective configuration as JSON with the defaults filled in', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'min.yaml');
    writeFileSync(file, 'charger:\n  id: e2e-show\nhttp:\n  port: 9999\n');
    const r = await runAmpbox(['config', 'show', file]);
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    expect(c.charger).toMatchObject({ id: 'e2e-show' });
    expect(c.http).toEqual({ host: '127.0.0.1', port: 9999, enabled: true });
    expect(c.database).toMatchObject({ session_flush_s: 15 });
    expect(c.supervisor).toEqual({ control_period_ms: 100, stop_deadline_ms: 10000 });
    expect(c.log).toEqual({ level: 'info' });
    expect(c.simulation).toMatchObject({ demo: { scenario: 'ac-basic', time_scale: 30, repeat: true } });
    expect(Array.isArray(c.evses)).toBe(true);
  });

  it('without a file prints the shipped default configuration', async () => {
    const r = await runAmpbox(['config', 'show']);
    expect(r.code, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as {
      evses: Array<{ max_current_A: number; board: { type: string } }>;
      auth: { local_tokens: Array<{ id_token: string; status: string }> };
      http: { port: number };
    };
    expect(c.evses[0]).toMatchObject({ max_current_A: 16, board: { type: 'sim' } });
    expect(c.auth.local_tokens).toContainEqual(expect.objectContaining({ id_token: 'DEADBEEF', status: 'Accepted' }));
    expect(c.http.port).toBe(8080);
  });

  it('exits 2 and prints the problems for an invalid file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, 'evses:\n  - max_current_A: 200\n');
    const r = await runAmpbox(['config', 'show', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('evses[0].max_current_A: must be <= 80');
  });
});
