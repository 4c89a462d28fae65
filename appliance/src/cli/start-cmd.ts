/**
 * `ampbox start [--config FILE] [--demo [SCENARIO]] [--time-scale N]`: runs the appliance until SIGTERM or
 * SIGINT. A Reset from the CSMS restarts it in the same process: stop (transactions end with reason
 * Reboot), read the configuration file again, build, start. Exit codes: see shared/exit-codes.ts.
 */
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError, DEFAULT_CONFIG_PATH, type AmpboxConfig } from '../config/index.js';
import { SystemClock } from '../shared/clock.js';
import { Logger, streamSink } from '../shared/logger.js';
import { build, loadOptionalCapabilities, createNotifier, EXIT, StartError, type App, type ServiceNotifier } from '../supervisor/index.js';
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
  let config: AmpboxConfig;
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

  // One clock and one systemd notifier for every app this process builds (a Reset builds a new one).
  const clock = new SystemClock(scale);
  const sink = streamSink(io.stdout);
  const notifier = restartableNotifier(createNotifier(process.env, new Logger('systemd', clock, sink, config.log.level)));
  // Config.Set writes only a file the operator chose, never the packaged defaults.
  const configFile = values.config ?? process.env.AMPBOX_CONFIG ?? null;
  let restart: (kind: 'Soft' | 'Hard', reason: string) => void = () => {};
  const buildApp = (cfg: AmpboxConfig): App => build(cfg, { clock, logSink: sink, configFile, notifier, onRestart: (kind, reason) => restart(kind, reason) });
  let app: App;
  try {
    await loadOptionalCapabilities(config);
    app = buildApp(config);
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
  let stopping = false;
  let restarting: Promise<void> | null = null;
  let exit: (code: number) => void = () => {};
  const stopped = new Promise<number>((resolve) => {
    exit = resolve;
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
      // A restart under way finishes first; then the app it started is the one to stop.
      void (restarting ?? Promise.resolve())
        .then(() => app.stop())
        .then((inTime) => {
          app.log.info(inTime ? 'stopped' : 'stopped late');
          resolve(inTime ? EXIT.OK : EXIT.STOP_DEADLINE);
        });
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  });

  restart = (kind, reason) => {
    if (stopping || restarting) return;
    restarting = (async () => {
      app.log.info(`restarting (${kind} reset: ${reason})`);
      stopDemo?.();
      stopDemo = null;
      notifier.restarting = true;
      const inTime = await app.stop();
      notifier.restarting = false;
      if (!inTime) app.log.warn('stopped late; starting again anyway');
      let next: AmpboxConfig;
      try {
        next = loadConfig(file);
        await loadOptionalCapabilities(next);
        app = buildApp(next);
      } catch (e) {
        println(io.stderr, `ampbox: ${e instanceof ConfigError ? `invalid configuration, not starting again\n${e.message}` : `cannot build again: ${(e as Error).stack ?? e}`}`);
        exit(e instanceof ConfigError ? EXIT.CONFIG : EXIT.FAILURE);
        return;
      }
      config = next;
      try {
        await app.start();
      } catch (e) {
        println(io.stderr, `ampbox: ${e instanceof StartError ? e.message : ((e as Error).stack ?? String(e))}`);
        exit(e instanceof StartError ? EXIT.START_FAILED : EXIT.FAILURE);
        return;
      }
      app.log.info(`restarted (${kind} reset)`);
      if (demo) startDemos();
    })().finally(() => {
      restarting = null;
    });
  };
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
  const startDemos = (): void => {
    const stops = scenarios.map((s, i) => runDemo(app, s!, config.simulation.demo.repeat, i));
    if (stops.length) stopDemo = () => stops.forEach((stop) => stop());
  };
  startDemos();
  return stopped;
}

/**
 * The process's systemd notifier, shared by the apps it builds. While a restart stops the old app, its
 * STOPPING=1 becomes a STATUS line (systemd would otherwise take the service for going down) and the socket
 * stays open; the new app's READY=1 follows.
 */
function restartableNotifier(inner: ServiceNotifier): ServiceNotifier & { restarting: boolean } {
  const n = {
    restarting: false,
    get enabled() {
      return inner.enabled;
    },
    get watchdogIntervalMs() {
      return inner.watchdogIntervalMs;
    },
    ready: (status?: string) => inner.ready(status),
    status: (text: string) => inner.status(text),
    watchdog: () => inner.watchdog(),
    stopping: (status?: string) => (n.restarting ? inner.status(`restarting: ${status ?? ''}`.trim()) : inner.stopping(status)),
    close: () => {
      if (!n.restarting) inner.close();
    },
  };
  return n;
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
