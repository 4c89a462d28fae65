/**
 * `ampbox simulate`: builds the appliance on the simulated board with a manual clock, plays a scenario as
 * fast as possible and reports what happened. Nothing is written to disk unless a database path is given.
 */
import { ManualClock } from '../shared/clock.js';
import { defaultConfig, type AmpboxConfig } from '../config/index.js';
import { build, loadOptionalCapabilities } from '../supervisor/index.js';
import { memorySink, type LogRecord } from '../shared/logger.js';
import { sequentialUuids } from '../shared/uuid.js';
import { ScenarioPlayer, type ScenarioSummary } from './runner.js';
import type { Scenario } from './scenarios.js';

export interface SimulateOptions {
  /** Base configuration (defaults when absent); the scenario's overrides apply on top. */
  config?: AmpboxConfig;
  log?: LogRecord[];
  /** SQLite file for the error history and sessions (default: in memory, nothing written). */
  database_path?: string;
}

export async function simulate(scenario: Scenario, opts: SimulateOptions = {}): Promise<ScenarioSummary> {
  const base = opts.config ?? defaultConfig();
  const config = defaultConfig({
    ...base,
    ...(scenario.config ?? {}),
    http: { ...base.http, enabled: false },
    database: { ...base.database, path: opts.database_path ?? ':memory:' },
  });
  const clock = new ManualClock();
  await loadOptionalCapabilities(config);
  const app = build(config, {
    clock,
    logSink: opts.log ? memorySink(opts.log) : undefined,
    uuid: sequentialUuids(),
    env: {},
  });
  const period = config.supervisor.control_period_ms;
  await app.start();

  let done = false;
  const player = new ScenarioPlayer(app, scenario, () => (done = true));
  player.start();
  const limit = clock.now() + scenario.max_duration_s * 1000;
  while (!done && clock.now() < limit) {
    clock.advance(period);
    player.afterTick();
    // Let promise continuations (token validation, database writes) run between ticks, as in real time.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const summary = player.summary(!done);
  player.stop();
  await app.stop();
  return summary;
}
