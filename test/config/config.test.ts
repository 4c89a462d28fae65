/** Configuration: defaults, every problem reported with its path, YAML errors with their line. */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  checkConfigFile,
  defaultConfig,
  formatPath,
  parseConfigText,
  validateConfig,
  DEFAULT_CONFIG_PATH,
} from '../../appliance/src/config/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ampbox-config-'));
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('configuration', () => {
  it('the shipped default file is valid and uses the simulated board', () => {
    const { config, problems } = checkConfigFile(DEFAULT_CONFIG_PATH);
    expect(problems).toEqual([]);
    expect(config!.evses[0]!.board.type).toBe('sim');
  });

  it('an empty file gets every default', () => {
    const { config } = validateConfig({});
    expect(config).not.toBeNull();
    expect(config!.evses).toHaveLength(1);
    expect(config!.evses[0]).toMatchObject({ id: 1, max_current_A: 32, min_current_A: 6, phases: 3, board: { type: 'sim' } });
    expect(config!.http).toEqual({ enabled: true, host: '127.0.0.1', port: 8080 });
    expect(config!.database.path).toBe('var/ampbox.db');
  });

  it('lists every problem with its path', () => {
    const p = file(
      'bad.yaml',
      [
        'evses:',
        '  - max_current_A: 90',
        '    phases: 2',
        '    connector: schuko',
        '  - id: 1',
        '    min_current_A: 40',
        '    max_current_A: 20',
        'http:',
        '  port: 70000',
        'colour: blue',
        'auth:',
        '  local_tokens:',
        '    - label: no id',
      ].join('\n'),
    );
    const { config, problems } = checkConfigFile(p);
    expect(config).toBeNull();
    expect(problems).toEqual(
      expect.arrayContaining([
        'evses[0].max_current_A: must be <= 80',
        'evses[0].phases: must be one of 1, 3',
        'evses[0].connector: must be one of "sType2", "cType2", "cCCS2", "cCCS1", "cType1"',
        'http.port: must be <= 65535',
        'colour: unknown setting',
        'auth.local_tokens[0].id_token: is required',
      ]),
    );
  });

  it('checks what a schema cannot: duplicate ids, min above max, unknown EV profiles', () => {
    const { problems } = validateConfig({
      evses: [{ id: 1, min_current_A: 40, max_current_A: 20 }, { id: 1, board: { ev: 'tesla-cybertruck' } }],
      auth: { local_tokens: [{ id_token: 'A' }, { id_token: 'A' }] },
    });
    expect(problems).toEqual([
      'evses[0].min_current_A: must be <= max_current_A (20)',
      'evses[1].id: duplicate EVSE id 1',
      expect.stringMatching(/^evses\[1\]\.board\.ev: unknown EV profile "tesla-cybertruck"/),
      'auth.local_tokens[1].id_token: duplicate token A',
    ]);
  });

  it('reports YAML syntax errors with line and column', () => {
    const { problems } = parseConfigText('evses:\n  - id: 1\n   max_current_A: [\n');
    expect(problems[0]).toMatch(/^line \d+, column \d+: /);
    const dup = parseConfigText('http:\n  port: 1\n  port: 2\n');
    expect(dup.problems[0]).toMatch(/line 3/);
  });

  it('a missing file is a problem, not a crash', () => {
    expect(checkConfigFile(path.join(dir, 'nope.yaml')).problems[0]).toMatch(/no such file/);
  });

  it('paths are written like code', () => {
    expect(formatPath('/evses/0/board/ev')).toBe('evses[0].board.ev');
    expect(formatPath('')).toBe('(root)');
    expect(formatPath('/simulation/ev_profiles/a~1b')).toBe('simulation.ev_profiles.a/b');
  });

  it('overrides merge over the defaults', () => {
    const c = defaultConfig({ auth: { mode: 'free' }, evses: [{ max_current_A: 20 }, { id: 2 }] });
    expect(c.auth.mode).toBe('free');
    expect(c.auth.timeout_s).toBe(60);
    expect(c.evses.map((e) => e.id)).toEqual([1, 2]);
  });
});

describe('one pass lists everything', () => {
  it('cross-field problems are reported together with schema problems', () => {
    const { problems } = validateConfig({ evses: [{ max_current_A: 120, board: { ev: 'nope' } }] });
    expect(problems).toEqual([
      'evses[0].max_current_A: must be <= 80',
      expect.stringMatching(/^evses\[0\]\.board\.ev: unknown EV profile "nope"/),
    ]);
  });

  it('malformed parts do not break the cross-field checks', () => {
    expect(validateConfig({ evses: 'many', auth: { local_tokens: [3, null] }, simulation: 7 }).problems.length).toBeGreaterThan(0);
  });
});
