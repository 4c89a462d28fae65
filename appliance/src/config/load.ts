/**
 * Reads a YAML (or JSON, a subset of YAML) configuration file, applies defaults and validates it against
 * the JSON Schema kept in appliance/config/. Every problem is reported with its path, e.g.
 * `evses[0].max_current_A: must be <= 80`, so an installer can fix a file in one pass.
 */
import { readFileSync, existsSync } from 'node:fs';
import { isIPv4 } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import validateGenerated from './generated/validate-config.js';
import { load as parseYaml, YAMLException } from 'js-yaml';
import type { AmpboxConfig } from './types.js';
import { BUILTIN_EV_PROFILES, EXTERNAL_EV } from './ev-profiles.js';

const CONFIG_DIR = new URL('../../config/', import.meta.url);
export const SCHEMA_PATH = fileURLToPath(new URL('ampbox.schema.json', CONFIG_DIR));
export const DEFAULT_CONFIG_PATH = fileURLToPath(new URL('default.yaml', CONFIG_DIR));

export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: ${problems.length} problem(s)\n` + problems.map((p) => `  ${p}`).join('\n'));
    this.name = 'ConfigError';
  }
}

interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
// Compiled ahead of time from the schema (scripts/gen-config-validator.mjs): start-up does not load Ajv.
const getValidator = (): Validator => validateGenerated as Validator;

/** `/evses/0/max_current_A` → `evses[0].max_current_A` */
export function formatPath(instancePath: string, extra?: string): string {
  const parts = instancePath.split('/').slice(1);
  if (extra !== undefined) parts.push(extra);
  let out = '';
  for (const raw of parts) {
    const p = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(p)) out += `[${p}]`;
    else out += out === '' ? p : `.${p}`;
  }
  return out === '' ? '(root)' : out;
}

function describe(e: ErrorObject): string {
  switch (e.keyword) {
    case 'additionalProperties':
      return `${formatPath(e.instancePath, String(e.params.additionalProperty))}: unknown setting`;
    case 'required':
      return `${formatPath(e.instancePath, String(e.params.missingProperty))}: is required`;
    case 'enum':
      return `${formatPath(e.instancePath)}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${formatPath(e.instancePath)}: ${e.message ?? e.keyword}`;
  }
}

type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * Rules a JSON Schema cannot express (cross-field consistency). They run even when the schema found
 * problems, on whatever parts are well-formed, so one pass lists everything.
 */
function semanticProblems(data: unknown): string[] {
  const c = obj(data);
  const problems: string[] = [];
  const ids = new Set<unknown>();
  const profiles = { ...BUILTIN_EV_PROFILES, ...obj(obj(c.simulation).ev_profiles) };
  arr(c.evses).forEach((raw, i) => {
    const e = obj(raw);
    if (e.id === undefined) e.id = i + 1;
    if (ids.has(e.id)) problems.push(`evses[${i}].id: duplicate EVSE id ${String(e.id)}`);
    ids.add(e.id);
    if (typeof e.min_current_A === 'number' && typeof e.max_current_A === 'number' && e.min_current_A > e.max_current_A)
      problems.push(`evses[${i}].min_current_A: must be <= max_current_A (${e.max_current_A})`);
    const slac = obj(e.slac);
    if (slac.nmk === 'fixed' && typeof slac.fixed_nmk !== 'string')
      problems.push(`evses[${i}].slac.fixed_nmk: is required when slac.nmk is fixed`);
    const board = obj(e.board);
    if (board.type === 'sim' && typeof board.ev === 'string' && board.ev !== EXTERNAL_EV && !(board.ev in profiles))
      problems.push(`evses[${i}].board.ev: unknown EV profile "${board.ev}" (known: ${Object.keys(profiles).join(', ')}, or ${EXTERNAL_EV})`);
    if (board.ev === EXTERNAL_EV) problems.push(...externalEvProblems(i, slac, obj(e.v2g)));
  });
  const tokens = new Set<unknown>();
  arr(obj(c.auth).local_tokens).forEach((raw, i) => {
    const t = obj(raw);
    if (t.id_token === undefined) return;
    if (tokens.has(t.id_token)) problems.push(`auth.local_tokens[${i}].id_token: duplicate token ${String(t.id_token)}`);
    tokens.add(t.id_token);
  });
  for (const [name, raw] of Object.entries(obj(obj(c.simulation).ev_profiles))) {
    if (name === EXTERNAL_EV) problems.push(`simulation.ev_profiles.${name}: the name is reserved for board.ev: ${EXTERNAL_EV}`);
    const p = obj(raw);
    if (typeof p.target_soc_pct === 'number' && typeof p.soc_pct === 'number' && p.target_soc_pct < p.soc_pct)
      problems.push(`simulation.ev_profiles.${name}.target_soc_pct: must be >= soc_pct (${p.soc_pct})`);
  }
  const names = new Set<unknown>();
  arr(obj(obj(c.api).auth).tokens).forEach((raw, i) => {
    const t = obj(raw);
    if (names.has(t.name)) problems.push(`api.auth.tokens[${i}].name: duplicate name ${String(t.name)}`);
    names.add(t.name);
  });
  problems.push(...exposureProblems(c));
  return problems;
}

/** 127.0.0.0/8, ::1 (also IPv4-mapped) and `localhost`; any other name or address may be reachable from outside. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return isIPv4(v4) && v4.startsWith('127.');
}

/**
 * The API controls charging; beyond loopback it must not be readable or writable by anyone on the network,
 * so a non-loopback listener needs TLS and token authentication, or the appliance refuses to start.
 */
function exposureProblems(c: Loose): string[] {
  const http = obj(c.http);
  const api = obj(c.api);
  const everest = obj(api.everest);
  const exposed: string[] = [];
  if (http.enabled !== false && typeof http.host === 'string' && !isLoopbackHost(http.host)) exposed.push(`http.host ${http.host}`);
  if (api.enabled !== false && everest.enabled === true && typeof everest.host === 'string' && !isLoopbackHost(everest.host))
    exposed.push(`api.everest.host ${everest.host}`);
  if (!exposed.length) return [];
  const missing: string[] = [];
  if (http.tls === undefined) missing.push('http.tls (cert and key)');
  if (obj(api.auth).required !== true) missing.push('api.auth.required: true');
  if (!missing.length) return [];
  return [
    `${exposed.join(' and ')}: listening beyond loopback (127.0.0.0/8, ::1) needs TLS and API authentication; ` +
      `missing ${missing.join(' and ')} (or listen on 127.0.0.1)`,
  ];
}

/** An external EV talks to us over a real interface, so V2G must run and know which one. */
function externalEvProblems(i: number, slac: Loose, v2g: Loose): string[] {
  const problems: string[] = [];
  if (v2g.enabled === false) problems.push(`evses[${i}].v2g.enabled: must be true for board.ev: ${EXTERNAL_EV} (the EV drives the session over HLC)`);
  if (slac.enabled === true && slac.link !== 'pcap')
    problems.push(`evses[${i}].slac.link: must be pcap for board.ev: ${EXTERNAL_EV} (the simulated power line exists only with a simulated vehicle)`);
  if (slac.enabled !== true && typeof v2g.interface !== 'string')
    problems.push(`evses[${i}].board.ev: ${EXTERNAL_EV} needs a network interface: slac.enabled with slac.link pcap, or v2g.interface`);
  return problems;
}

/** Validates an already-parsed value; returns the config with defaults, or the list of problems. */
export function validateConfig(value: unknown): { config: AmpboxConfig; problems: [] } | { config: null; problems: string[] } {
  const data = structuredClone(value ?? {});
  const validate = getValidator();
  const valid = validate(data);
  const problems = [...new Set([...(valid ? [] : (validate.errors ?? []).map(describe)), ...semanticProblems(data)])];
  return problems.length ? { config: null, problems } : { config: data as AmpboxConfig, problems: [] };
}

/** Parses YAML text (duplicate keys are errors); a syntax error carries its line and column. */
export function parseConfigText(text: string): { value: unknown; problems: string[] } {
  try {
    return { value: parseYaml(text), problems: [] };
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    const pos = e.mark ? `line ${e.mark.line + 1}, column ${e.mark.column + 1}` : 'syntax';
    return { value: null, problems: [`${pos}: ${e.reason}`] };
  }
}

export function checkConfigFile(file: string): { config: AmpboxConfig | null; problems: string[] } {
  if (!existsSync(file)) return { config: null, problems: [`${file}: no such file`] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { config: null, problems: [`${file}: cannot read: ${(e as Error).message}`] };
  }
  const parsed = parseConfigText(text);
  if (parsed.problems.length) return { config: null, problems: parsed.problems };
  return validateConfig(parsed.value);
}

/** Loads a file or throws ConfigError listing every problem. */
export function loadConfig(file = DEFAULT_CONFIG_PATH): AmpboxConfig {
  const { config, problems } = checkConfigFile(file);
  if (!config) throw new ConfigError(file, problems);
  return config;
}

/** The defaults alone, optionally with overrides (tests, simulations). */
export function defaultConfig(overrides: unknown = {}): AmpboxConfig {
  const base = loadConfig(DEFAULT_CONFIG_PATH);
  const merged = deepMerge(base, overrides);
  const { config, problems } = validateConfig(merged);
  if (!config) throw new ConfigError('overrides', problems);
  return config;
}

function deepMerge(a: unknown, b: unknown): unknown {
  if (b === undefined) return a;
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b as Record<string, unknown>)) out[k] = deepMerge(out[k], v);
    return out;
  }
  return b;
}
