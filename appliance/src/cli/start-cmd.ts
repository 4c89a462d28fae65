/**
 * `ampbox start [--config FILE] [--demo [SCENARIO]] [--time-scale N]`: runs the appliance until SIGTERM or
 * SIGINT. Exit codes: see shared/exit-codes.ts.
 */
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError, DEFAULT_CONFIG_PATH } from '../config/index.js';
import { SystemClock } from '../shared/clock.js';
import { streamSink } from '../shared/logger.js';
import { build, EXIT, StartError, type App } from '../supervisor/index.js';
import { findScenario, SCENARIOS, ScenarioPlayer } from '../sim/index.js';
import type { TimerHandle } from '../shared/clock.js';
import { println, type CliIo } from './io.js';

export async function startCommand(args: string[], io: CliIo): Promise<number> {
  let values: { config?: string; demo?: boolean; scenario?: string; 'time-scale'?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        config: { type: 'string', short: 'c' },
        demo: { type: 'boolean' },
        scenario: { type: 'string' },
        'time-scale': { type: 'string' },
      },
      strict: true,
    }));
  } catch (e) {
    println(io.stderr, `ampbox start: ${(e as Error).message}`);
    return EXIT.CONFIG;
  }
  const file = values.config ?? process.env.AMPBOX_CONFIG ?? DEFAULT_CONFIG_PATH;
  let config;
  try {
    config = loadConfig(file);
  } catch (e) {
    if (e instanceof ConfigError) {
      println(io.stderr, `ampbox: invalid configuration, not starting\n${e.message}`);
      return EXIT.CONFIG;
    }
    throw e;
  }
  const demo = values.demo || values.scenario !== undefined;
  // One scenario per EVSE: --scenario plays on the first; the config may give one for each.
  const names = values.scenario !== undefined ? [values.scenario] : (config.simulation.demo.scenarios ?? [config.simulation.demo.scenario]);
  const scenarios = demo ? names.slice(0, config.evses.length).map((n) => findScenario(n)) : [];
  const unknown = names.find((n, i) => demo && !scenarios[i]);
  if (unknown !== undefined) {
    println(io.stderr, `ampbox start: unknown demo scenario "${unknown}" (known: ${SCENARIOS.map((s) => s.name).join(', ')})`);
    return EXIT.CONFIG;
  }
  const scale = values['time-scale'] !== undefined ? Number(values['time-scale']) : demo ? config.simulation.demo.time_scale : 1;
  if (!(scale > 0 && scale <= 100000)) {
    println(io.stderr, `ampbox start: --time-scale must be a number in (0, 100000], got ${values['time-scale']}`);
    return EXIT.CONFIG;
  }
  if (demo && config.evses.some((e) => e.board.type !== 'sim')) {
    println(io.stderr, 'ampbox start: --demo needs the simulated board');
    return EXIT.CONFIG;
  }

  let app: App;
  try {
    // Config.Set writes only a file the operator chose, never the packaged defaults.
    const configFile = values.config ?? process.env.AMPBOX_CONFIG ?? null;
    app = build(config, { clock: new SystemClock(scale), logSink: streamSink(io.stdout), configFile });
  } catch (e) {
    // Settings only checkable on this machine (http.tls files) fail while building: still a configuration error.
    if (e instanceof ConfigError) {
      println(io.stderr, `ampbox: invalid configuration, not starting\n${e.message}`);
      return EXIT.CONFIG;
    }
    throw e;
  }
  app.log.info(`configuration ${file}${scale !== 1 ? `, clock running ${scale}x` : ''}`);

  let stopDemo: (() => void) | null = null;
  const stopped = new Promise<number>((resolve) => {
    let stopping = false;
    const onSignal = (sig: NodeJS.Signals): void => {
      if (stopping) return;
      stopping = true;
      app.log.info(`${sig} received, stopping`);
      stopDemo?.(); // a scheduled demo step would keep the event loop alive after the stop
      // A hard backstop in real time: if a capability hangs past the deadline, leave anyway.
      const force = setTimeout(() => {
        app.log.error('stop deadline passed, forcing exit');
        process.exit(EXIT.STOP_DEADLINE);
      }, config.supervisor.stop_deadline_ms + 1000);
      force.unref();
      void app.stop().then((inTime) => {
        app.log.info(inTime ? 'stopped' : 'stopped late');
        resolve(inTime ? EXIT.OK : EXIT.STOP_DEADLINE);
      });
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  });
  // A bug must not leave a half-working charger behind: log it and exit; systemd restarts us.
  process.on('uncaughtException', (err) => {
    app.log.error(`uncaught exception: ${err.stack ?? err.message}`);
    process.exit(EXIT.FAILURE);
  });
  process.on('unhandledRejection', (reason) => {
    app.log.error(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
    process.exit(EXIT.FAILURE);
  });

  try {
    await app.start();
  } catch (e) {
    if (e instanceof StartError) {
      println(io.stderr, `ampbox: ${e.message}`);
      return EXIT.START_FAILED;
    }
    throw e;
  }
  const stops = scenarios.map((s, i) => runDemo(app, s!, config.simulation.demo.repeat, i));
  if (stops.length) stopDemo = () => stops.forEach((stop) => stop());
  return stopped;
}

/** Plays the scenario (again and again with `repeat`); returns a function that ends the demo. */
function runDemo(app: App, scenario: NonNullable<ReturnType<typeof findScenario>>, repeat: boolean, evseIndex: number): () => void {
  let round = 0;
  let player: ScenarioPlayer | null = null;
  let next: TimerHandle | null = null;
  const play = (): void => {
    round++;
    app.log.info(`demo: scenario ${scenario.name} on EVSE ${app.evses[evseIndex]!.id} (round ${round}): ${scenario.description}`);
    const current: ScenarioPlayer = new ScenarioPlayer(app, scenario, () => {
      const s = current.summary(false);
      current.stop();
      app.log.info(`demo: ${s.ok ? 'session complete' : 'session ended unexpectedly'} on EVSE ${app.evses[evseIndex]!.id}: ${(s.energy_Wh / 1000).toFixed(2)} kWh, stopped by ${s.stop_reason ?? 'nobody'}`);
      if (repeat) next = app.clock.after(20_000, play);
    }, evseIndex);
    player = current;
    current.start();
  };
  play();
  return () => {
    player?.stop();
    next?.cancel();
  };
}
