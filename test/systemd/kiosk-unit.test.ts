/**
 * Issue 7 (6): systemd/ampbox-kiosk.service runs Debian's chromium in kiosk mode on the appliance's own
 * URL, after ampbox.service, as its own user, restarted on failure, and kept off the network both by
 * chromium's flags and by the kernel (IPAddressDeny). The unit is parsed as systemd reads it (sections,
 * repeated keys, backslash continuations, double-quoted words), then `systemd-analyze verify` checks it
 * where systemd is installed.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared.js';

const UNIT = path.join(PROJECT_ROOT, 'systemd', 'ampbox-kiosk.service');
const APPLIANCE_UNIT = path.join(PROJECT_ROOT, 'systemd', 'ampbox.service');

type Unit = Map<string, Map<string, string[]>>;

/** Sections → keys → every value given (systemd lets most keys repeat). */
function parseUnit(textIn: string): Unit {
  const unit: Unit = new Map();
  let section: Map<string, string[]> | null = null;
  // A trailing backslash continues the line (comments inside a continued line are skipped, as systemd does).
  const lines: string[] = [];
  let pending = '';
  for (const raw of textIn.split('\n')) {
    const line = raw.trim();
    if (pending && /^[#;]/.test(line)) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    lines.push(pending + line);
    pending = '';
  }
  for (const line of lines) {
    if (line === '' || /^[#;]/.test(line)) continue;
    const header = line.match(/^\[(.+)\]$/);
    if (header) {
      section = new Map();
      unit.set(header[1]!, section);
      continue;
    }
    const eq = line.indexOf('=');
    if (!section || eq < 0) throw new Error(`not a unit-file line: ${line}`);
    const key = line.slice(0, eq).trim();
    const values = section.get(key) ?? [];
    values.push(line.slice(eq + 1).trim());
    section.set(key, values);
  }
  return unit;
}

/** Splits a command line into words the way systemd does for ExecStart= (double quotes group). */
function splitWords(command: string): string[] {
  const words: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const m of command.matchAll(re)) words.push(m[1] !== undefined ? m[1] : m[2]!);
  return words;
}

const get = (u: Unit, section: string, key: string): string[] => u.get(section)?.get(key) ?? [];
/** Space-separated list keys (After=, Requires=…) given once or many times. */
const list = (u: Unit, section: string, key: string): string[] => get(u, section, key).flatMap((v) => v.split(/\s+/));

describe('systemd/ampbox-kiosk.service', () => {
  const unit = parseUnit(readFileSync(UNIT, 'utf8'));
  const exec = get(unit, 'Service', 'ExecStart');
  const words = splitWords(exec[0] ?? '');
  const chromium = words.indexOf('/usr/bin/chromium');
  const flags = words.slice(chromium + 1);
  const flag = (name: string): string | undefined => flags.find((f) => f === name || f.startsWith(`${name}=`));
  const flagValue = (name: string): string | undefined => flag(name)?.slice(name.length + 1);

  it('parses multi-line commands and quoted words as systemd does', () => {
    const u = parseUnit('[Service]\n# c\nExecStart=/bin/a \\\n  --x=1 \\\n  "--y=a b" \\\n  z\nAfter=a.service\nAfter=b.service c.service\n');
    expect(splitWords(get(u, 'Service', 'ExecStart')[0]!)).toEqual(['/bin/a', '--x=1', '--y=a b', 'z']);
    expect(list(u, 'Service', 'After')).toEqual(['a.service', 'b.service', 'c.service']);
  });

  it('starts after ampbox.service and depends on it', () => {
    expect(list(unit, 'Unit', 'After')).toContain('ampbox.service');
    const deps = [...list(unit, 'Unit', 'Requires'), ...list(unit, 'Unit', 'BindsTo')];
    expect(deps).toContain('ampbox.service');
  });

  it('runs one command: Debian chromium in kiosk mode on the local HMI', () => {
    expect(exec).toHaveLength(1);
    expect(chromium, `ExecStart runs /usr/bin/chromium: ${exec[0]}`).toBeGreaterThanOrEqual(0);
    expect(flag('--kiosk')).toBe('--kiosk');
    expect(flags.at(-1)).toBe('http://127.0.0.1:8080/');
    // Anything the browser is told to open or contact stays on this machine.
    for (const f of flags) {
      for (const url of f.match(/[a-z]+:\/\/[^\s,]+/g) ?? []) expect(url, f).toMatch(/^[a-z]+:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/);
    }
  });

  it('keeps chromium off the network with its own flags', () => {
    for (const f of ['--disable-sync', '--disable-component-update', '--disable-background-networking', '--no-default-browser-check', '--no-first-run']) {
      expect(flag(f), f).toBe(f);
    }
    // Translation is a network service: off either way chromium accepts.
    const translateOff = flag('--disable-translate') !== undefined || (flagValue('--disable-features') ?? '').split(',').includes('Translate');
    expect(translateOff).toBe(true);
    // Every request goes to a proxy on loopback, except those to the appliance itself.
    const proxy = flagValue('--proxy-server');
    expect(proxy).toMatch(/^(https?:\/\/)?(127\.0\.0\.1|localhost|\[::1\]):\d+$/);
    expect(proxy).not.toMatch(/:8080$/); // not the appliance: a proxy there would answer
    expect((flagValue('--proxy-bypass-list') ?? '').split(/[,;]/)).toContain('127.0.0.1');
    expect(flagValue('--autoplay-policy')).toBe('user-gesture-required');
  });

  it('has the kernel refuse everything but loopback', () => {
    expect(get(unit, 'Service', 'IPAddressDeny')).toContain('any');
    expect(list(unit, 'Service', 'IPAddressAllow')).toContain('localhost');
  });

  it('runs as its own unprivileged user and restarts on failure', () => {
    const user = get(unit, 'Service', 'User');
    expect(user).toHaveLength(1);
    expect(user[0]).not.toMatch(/^(root|0|ampbox)$/); // not the appliance's user either: the browser gets no database access
    expect(get(unit, 'Service', 'Restart')).toEqual(['on-failure']);
    expect(list(unit, 'Install', 'WantedBy').length).toBeGreaterThan(0);
  });

  it('passes systemd-analyze verify (where systemd is installed)', async () => {
    const analyze = '/usr/bin/systemd-analyze';
    if (!existsSync(analyze)) {
      console.warn('note: systemd-analyze is absent; the unit was only parsed');
      return;
    }
    // Both units together, so Requires=ampbox.service resolves to the packaged one.
    const out = await new Promise<string>((resolve) => {
      execFile(analyze, ['verify', APPLIANCE_UNIT, UNIT], { timeout: 30_000 }, (_err, stdout, stderr) => resolve(`${stdout}${stderr}`));
    });
    // Programs this build machine need not have (the panel does) are the only complaints accepted.
    const problems = out
      .split('\n')
      .filter((l) => l.trim() !== '')
      .filter((l) => !/Command \/usr\/bin\/(cage|chromium|node) is not executable: No such file or directory/.test(l));
    expect(problems).toEqual([]);
  });
});
