/**
 * Config.Get / Config.Set. A change is validated as the whole configuration it makes, written to the
 * file the appliance was started from (atomically), and applied at once where that is safe: the tariff
 * and an EVSE's current limit up to the one the charger started with. Everything else waits for a restart.
 */
import { readFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import { parseConfigText, validateConfig, type AmpboxConfig } from '../../config/index.js';
import { getAt, parsePath, redact, setAt, splitProblem, writeFileAtomic, type Segment } from '../config-edit.js';
import type { ConfigProblemObj, ConfigSetResult } from '../generated/types.js';
import type { Handlers, HandlerContext } from './context.js';

function refused(problems: ConfigProblemObj[], error: ConfigSetResult['error'] = 'ErrorInvalidParameter'): ConfigSetResult {
  return { applied: false, restart_required: false, problems, error };
}

/** What the change is made on: the file as it is now (so hand edits are kept), else the effective configuration. */
function base(ctx: HandlerContext): { value: Record<string, unknown> } | { problems: ConfigProblemObj[] } {
  const file = ctx.deps.configFile;
  if (!file) return { value: structuredClone(ctx.deps.config) as unknown as Record<string, unknown> };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { problems: [{ path: '(file)', message: `cannot read ${file}: ${(e as Error).message}` }] };
  }
  const parsed = parseConfigText(text);
  if (parsed.problems.length) return { problems: parsed.problems.map((p) => ({ path: '(file)', message: `${file}: ${p}` })) };
  const v = parsed.value ?? {};
  if (typeof v !== 'object' || Array.isArray(v)) return { problems: [{ path: '(file)', message: `${file} is not a mapping` }] };
  return { value: v as Record<string, unknown> };
}

/** Whether the change can take effect without a restart, given the configuration it makes. */
function isLive(segments: readonly Segment[], next: AmpboxConfig, ctx: HandlerContext): boolean {
  if (segments[0] === 'tariff') return true;
  // API tokens: added ones work at the next Hello, removed ones end their clients' connections.
  if (segments[0] === 'api' && segments[1] === 'auth' && segments[2] === 'tokens') return true;
  if (segments.length === 3 && segments[0] === 'evses' && typeof segments[1] === 'number' && segments[2] === 'max_current_A') {
    const evse = next.evses[segments[1]];
    const started = evse ? ctx.startedMaxCurrentA.get(evse.id) : undefined;
    return evse !== undefined && started !== undefined && evse.max_current_A <= started;
  }
  return false;
}

/** Puts the validated value into the effective configuration and into the parts that hold a copy. */
function applyLive(segments: readonly Segment[], next: AmpboxConfig, ctx: HandlerContext): void {
  const config = ctx.deps.config;
  if (segments[0] === 'tariff') {
    config.tariff = { ...next.tariff };
    return;
  }
  if (segments[0] === 'api') {
    config.api.auth.tokens = next.api.auth.tokens.map((t) => ({ ...t }));
    return;
  }
  const evse = next.evses[segments[1] as number]!;
  const current = config.evses.find((e) => e.id === evse.id);
  const charger = ctx.deps.evses.find((e) => e.id === evse.id)?.charger;
  if (!current || !charger) return;
  const oldMax = current.max_current_A;
  current.max_current_A = evse.max_current_A;
  // An EVSE running at its maximum follows the new one; a lower limit an energy manager set stays, within it.
  const limit = charger.status().current_limit_A;
  charger.setCurrentLimit(limit >= oldMax ? evse.max_current_A : Math.min(limit, evse.max_current_A));
}

export const configHandlers: Handlers = {
  'Config.Get': ({ path }, { deps }) => {
    const config = redact(deps.config);
    if (path === undefined) return { config: config as unknown as Record<string, unknown>, error: 'NoError' };
    const segments = parsePath(path);
    const at = segments ? getAt(config, segments) : { found: false, value: undefined };
    // The schema allows any JSON value here (a number for "evses.0.max_current_A"); the generated type says object.
    return at.found ? { config: at.value as Record<string, unknown>, error: 'NoError' } : { config: null as never, error: 'ErrorInvalidParameter' };
  },

  'Config.Set': ({ path, value }, ctx) => {
    const segments = parsePath(path);
    if (!segments) return refused([{ path, message: 'not a configuration path' }]);
    const from = base(ctx);
    if ('problems' in from) return refused(from.problems, 'ErrorUnknownError');
    const candidate = from.value;
    const blocked = setAt(candidate, segments, value);
    if (blocked) return refused([{ path, message: blocked }]);
    const checked = validateConfig(candidate);
    if (!checked.config) return refused(checked.problems.map(splitProblem));
    const live = isLive(segments, checked.config, ctx);
    const file = ctx.deps.configFile;
    if (!file && !live) {
      return refused(
        [{ path, message: 'takes effect only at start, and the appliance was not started from a configuration file (--config) to keep it in' }],
        'ErrorOperationNotSupported',
      );
    }
    if (file) {
      try {
        writeFileAtomic(file, dump(candidate, { lineWidth: 120 }));
      } catch (e) {
        return refused([{ path: '(file)', message: `cannot write ${file}: ${(e as Error).message}` }], 'ErrorUnknownError');
      }
    }
    if (live) {
      applyLive(segments, checked.config, ctx);
      ctx.configChanged();
    }
    ctx.deps.log.info(`configuration ${path} set${file ? ` in ${file}` : ''}${live ? ', applied' : ', applies at the next start'}`);
    return { applied: true, restart_required: !live, error: 'NoError' };
  },
};
