/** `ampbox simulate --scenario NAME [--json] [--config FILE]`. */
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from '../config/index.js';
import { SCENARIOS, findScenario, simulate } from '../sim/index.js';
import { EXIT } from '../shared/exit-codes.js';
import { println, type CliIo } from './io.js';

export async function simulateCommand(args: string[], io: CliIo): Promise<number> {
  let values: { scenario?: string; json?: boolean; config?: string; list?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        scenario: { type: 'string', short: 's' },
        json: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        list: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (e) {
    println(io.stderr, `ampbox simulate: ${(e as Error).message}`);
    return EXIT.CONFIG;
  }
  const known = () => SCENARIOS.map((s) => `  ${s.name.padEnd(18)} ${s.description}`).join('\n');
  if (values.list) {
    println(io.stdout, known());
    return EXIT.OK;
  }
  if (!values.scenario) {
    println(io.stderr, `usage: ampbox simulate --scenario NAME [--json] [--config FILE]\nscenarios:\n${known()}`);
    return EXIT.CONFIG;
  }
  const scenario = findScenario(values.scenario);
  if (!scenario) {
    println(io.stderr, `ampbox simulate: unknown scenario "${values.scenario}"; known scenarios:\n${known()}`);
    return EXIT.CONFIG;
  }
  let config;
  try {
    config = values.config ? loadConfig(values.config) : undefined;
  } catch (e) {
    if (e instanceof ConfigError) {
      println(io.stderr, e.message);
      return EXIT.CONFIG;
    }
    throw e;
  }
  const summary = await simulate(scenario, config ? { config } : {});
  if (values.json) {
    println(io.stdout, JSON.stringify(summary));
  } else {
    println(io.stdout, `scenario   ${summary.scenario}: ${summary.ok ? 'ok' : 'FAILED'}`);
    println(io.stdout, `states     ${summary.states.join(' > ')}`);
    println(io.stdout, `events     ${summary.events.join(', ')}`);
    println(io.stdout, `energy     ${(summary.energy_Wh / 1000).toFixed(3)} kWh in ${formatDuration(summary.duration_s)}`);
    println(io.stdout, `stopped    ${summary.stop_reason ?? '(no transaction)'}`);
    println(io.stdout, `errors     ${summary.errors.length ? summary.errors.join(', ') : 'none'}`);
    for (const f of summary.failures) println(io.stdout, `failure    ${f}`);
  }
  return summary.ok ? EXIT.OK : EXIT.FAILURE;
}

function formatDuration(s: number): string {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}h${String(m).padStart(2, '0')}m${String(s % 60).padStart(2, '0')}s`;
}
