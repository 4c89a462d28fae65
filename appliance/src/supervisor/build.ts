/**
 * Wiring: builds every capability from the configuration without starting anything, so tests and
 * `ampbox simulate` drive exactly what `ampbox start` runs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { AmpboxConfig } from '../config/index.js';
import { SystemClock, type Clock, type TimerHandle } from '../shared/clock.js';
import { EventBus } from '../shared/events.js';
import { Logger, silentSink, type LogSink } from '../shared/logger.js';
import type { AppEvents } from '../shared/ports/events.js';
import { randomUuid, type UuidSource } from '../shared/uuid.js';
import { createBoard, type ExternalEv, type SimulatorControl } from '../bsp/index.js';
import { EvseSlac, LinkPort, nidFromNmk as nidOf, openCapLink, type SlacLink } from '../slac/index.js';
import { Charger, HlcBridge } from '../evse/index.js';
import { V2gService } from '../v2g/index.js';
import { ErrorManager } from '../errors/index.js';
import { openDatabase, ErrorHistoryStore, SessionStore, type Database } from '../db/index.js';
import { AuthManager, LocalListValidator, PushTokenProvider } from '../auth/index.js';
import { SessionRecorder, EventLogger } from '../history/index.js';
import { createHttpServer, readTlsFiles, type HealthReport } from '../http/index.js';
import { ApiService } from '../api/index.js';
import type { OcppService, OcppEvse } from '../ocpp/index.js';
import { ocppModule } from './optional.js';
import { Lifecycle, type Capability } from './lifecycle.js';
import { createNotifier, WatchdogPinger, type ServiceNotifier } from './notify.js';
import type { Board } from '../shared/ports/bsp.js';
import type { Meter } from '../shared/ports/meter.js';
import type { DcSupply, Imd } from '../shared/ports/dc.js';

export interface BuildOptions {
  clock?: Clock;
  logSink?: LogSink;
  uuid?: UuidSource;
  /** Environment for systemd notification; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  notifier?: ServiceNotifier;
  /** The file the configuration came from (`--config`): Config.Set through the API writes it. */
  configFile?: string | null;
  /** The built kiosk HMI served at `/`; default hmi/dist of this package. */
  hmiDir?: string;
  /**
   * A restart the CSMS asked for (OCPP Reset): `ampbox start` stops this app, reads the configuration again,
   * builds and starts a new one. Without it a Reset is logged and ignored.
   */
  onRestart?: (kind: 'Soft' | 'Hard', reason: string) => void;
}

export interface Evse {
  id: number;
  charger: Charger;
  board: Board;
  meter: Meter;
  sim: SimulatorControl | null;
  /** `board.ev: external`: the follower that moves the CP as the real EV does. */
  externalEv: ExternalEv | null;
  /** ISO 15118-3 data link, when the EVSE does high-level communication. */
  slac: { machine: EvseSlac; port: LinkPort; plc: SlacLink | null } | null;
  /** DC supply and insulation monitor of a DC EVSE. */
  dc: { supply: DcSupply; imd: Imd } | null;
}

export interface App {
  readonly config: AmpboxConfig;
  readonly clock: Clock;
  readonly bus: EventBus<AppEvents>;
  readonly log: Logger;
  readonly errors: ErrorManager;
  readonly evses: Evse[];
  readonly auth: AuthManager;
  /** Tokens presented at the charger (RFID reader, HMI, simulator). */
  readonly tokens: PushTokenProvider;
  readonly db: () => Database | null;
  readonly sessions: () => SessionStore | null;
  readonly http: FastifyInstance | null;
  /** The JSON-RPC API; null when `api.enabled` is false or no listener could reach it (HTTP and EVerest off). */
  readonly api: ApiService | null;
  /** The OCPP client; null when `ocpp.enabled` is false. */
  readonly ocpp: OcppService | null;
  readonly lifecycle: Lifecycle;
  readonly notifier: ServiceNotifier;
  /** Starts every capability in dependency order, then notifies READY=1. */
  start(): Promise<void>;
  /** Stops everything in reverse order; false when the stop deadline passed. */
  stop(): Promise<boolean>;
  health(): HealthReport;
}

/** Most records per file in an OCPP log upload. */
const LOG_UPLOAD_MAX_RECORDS = 10_000;

/** hmi/dist of this package (three levels up from src/supervisor and dist/supervisor alike). */
const DEFAULT_HMI_DIR = fileURLToPath(new URL('../../../hmi/dist/', import.meta.url));

/** The version in package.json (found from src/ and from dist/ alike). */
function ampboxVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export function build(config: AmpboxConfig, opts: BuildOptions = {}): App {
  const clock = opts.clock ?? new SystemClock();
  const log = new Logger('ampbox', clock, opts.logSink ?? silentSink, config.log.level);
  const bus = new EventBus<AppEvents>();
  const uuid = opts.uuid ?? randomUuid;
  const notifier = opts.notifier ?? createNotifier(opts.env ?? process.env, log.child('systemd'));
  const startedAt = Date.now();

  let db: Database | null = null;
  let errorStore: ErrorHistoryStore | null = null;
  let sessionStore: SessionStore | null = null;
  const errors = new ErrorManager({ store: null, bus, clock, uuid, log: log.child('errors') });

  const evses: Evse[] = config.evses.map((e) => {
    const { board, meter, sim, plc, dc, externalEv } = createBoard(config, e, clock, log.child(`evse${e.id}/pev-sim`));
    const slac = e.slac.enabled ? buildSlac(e, plc) : null;
    // An external EV shows up with its CM_SLAC_PARM.REQ (after the machine's listener: it answers a repetition).
    if (externalEv && slac)
      slac.port.onFrame((f) => {
        if (f.message.name === 'CM_SLAC_PARM.REQ') externalEv.plugIn(`CM_SLAC_PARM.REQ from ${f.header.src}`);
      });
    const charger = new Charger(
      {
        evse: e.id,
        maxCurrentA: e.max_current_A,
        freeCharging: config.auth.mode === 'free',
        authTimeoutMs: config.auth.timeout_s * 1000,
        power: {
          power_off_wait_ms: e.power_off_wait_ms,
          power_off_current_A: e.power_off_current_A,
          has_lock: e.board.has_lock,
        },
        hlc: slac !== null,
        // An external EV exists for the charger only through HLC: no fallback to a nominal duty cycle.
        hlcOnly: e.dc.enabled || externalEv !== null,
      },
      { board, meter, clock, bus, errors, log: log.child(`evse${e.id}/charger`), uuid, ...(slac ? { slac: slac.machine } : {}) },
    );
    return { id: e.id, charger, board, meter, sim, externalEv, slac, dc };
  });

  function buildSlac(e: AmpboxConfig['evses'][number], plc: SlacLink | null): NonNullable<Evse['slac']> {
    const s = e.slac;
    const port = new LinkPort(plc?.mac ?? '00:00:00:00:00:00');
    const machine = new EvseSlac(
      {
        ...(s.modem_mac ? { modemMac: s.modem_mac.toLowerCase() } : {}),
        nmkMode: s.nmk,
        ...(s.nmk === 'fixed' && s.fixed_nmk ? { fixedKey: { nmk: s.fixed_nmk, nid: nidOf(s.fixed_nmk) } } : {}),
        setKey: { required: s.set_key_required },
        fallbackAttenuation: s.fallback_attenuation_dB,
        timers: { TT_EVSE_SLAC_init: s.init_timeout_s * 1000 },
      },
      { port, clock, log: log.child(`evse${e.id}/slac`) },
    );
    return { machine, port, plc };
  }

  // ISO 15118 / DIN 70121 sessions for the EVSEs that do high-level communication (SLAC, or an external EV).
  const v2g = evses
    .filter((e) => (e.slac || e.externalEv) && config.evses.find((c) => c.id === e.id)!.v2g.enabled)
    .map((e) => {
      const cfg = config.evses.find((c) => c.id === e.id)!;
      const bridge = new HlcBridge(
        {
          evse_id: `${config.charger.id}*${e.id}`,
          energy_modes: cfg.dc.enabled ? ['DC_extended', 'DC_core'] : [cfg.phases === 3 ? 'AC_three_phase_core' : 'AC_single_phase_core'],
          nominal_voltage_V: cfg.nominal_voltage_V,
          phases: cfg.phases,
          meter_id: e.meter.id,
        },
        { charger: e.charger, meter: e.meter, clock, bus, ...(e.dc ? { dc: e.dc.supply, imd: e.dc.imd } : {}) },
      );
      const ext = e.externalEv;
      const service = new V2gService({
        evse: e.id,
        interface: v2gInterface(cfg),
        addressTimeoutMs: cfg.v2g.address_timeout_s * 1000,
        hlc: ext ? ext.follow(bridge) : bridge,
        clock,
        log: log.child(`evse${e.id}/v2g`),
        hooks: {
          // Without SLAC the connection is the external EV's first sign; with SLAC it only says it is still there.
          connected: () => (e.slac ? ext?.stillThere() : ext?.plugIn('V2GTP connection')),
          sessionStarted: () => e.charger.beginHlcSession(),
          disconnected: (how) => ext?.left(how),
        },
      });
      return { evse: e, cfg, bridge, service };
    });

  /** The interface V2G listens on: v2g.interface, else the PLC modem's with link pcap; null: simulation (::1). */
  function v2gInterface(cfg: AmpboxConfig['evses'][number]): string | null {
    return cfg.v2g.interface ?? (cfg.slac.enabled && cfg.slac.link === 'pcap' ? cfg.slac.interface : null);
  }

  // Built here (not at start) so a wrong security profile, password file or certificate is a ConfigError
  // before anything starts.
  const ocpp = config.ocpp.enabled ? buildOcpp() : null;

  const tokens = new PushTokenProvider('local-reader');
  const auth = new AuthManager({
    clock,
    bus,
    log: log.child('auth'),
    chargers: evses.map((e) => e.charger),
    // The CSMS judges first (local list, cache, Authorize); the configuration's tokens answer what it leaves open.
    validators: [...(ocpp ? [ocpp.validator] : []), new LocalListValidator(config.auth.local_tokens)],
    // With a CSMS its ConnectionTimeOut / EVConnectionTimeOut (which it may change) is how long a token waits.
    timeoutMs: () => {
      const settings = ocpp?.settings;
      return (settings ? settings.getNumber('authorization.connection_timeout_s') : config.auth.timeout_s) * 1000;
    },
  });

  function buildOcpp(): OcppService {
    const ocppEvses: OcppEvse[] = evses.map((e) => {
      const cfg = config.evses.find((c) => c.id === e.id)!;
      return {
        id: e.id,
        charger: e.charger,
        meter: e.meter,
        max_current_A: cfg.max_current_A,
        phases: cfg.phases,
        nominal_voltage_V: cfg.nominal_voltage_V,
        dc: cfg.dc.enabled,
        connector: cfg.connector,
      };
    });
    const ocppLog = log.child('ocpp');
    const { OcppService } = ocppModule();
    return new OcppService({
      config: config.ocpp,
      station: {
        identity: config.ocpp.identity ?? config.charger.id,
        vendor: config.charger.vendor,
        model: config.charger.model,
        serial_number: config.charger.serial_number,
        firmware_version: ampboxVersion(),
      },
      clock,
      bus,
      log: ocppLog,
      db: () => db,
      evses: ocppEvses,
      restart: (kind, reason) => {
        if (opts.onRestart) opts.onRestart(kind, reason);
        else ocppLog.warn(`${kind} reset asked (${reason}), but nothing restarts this process (not \`ampbox start\`): ignored`);
      },
      logs: async (from, to) => logFiles(from, to),
      presentToken: (token) => auth.present(token),
    });
  }

  /** GetDiagnostics / GetLog: the error history and the charging sessions in the period, as JSON lines. */
  function logFiles(from: number | null, to: number | null): Array<{ name: string; content: string }> {
    const range = { ...(from !== null ? { from } : {}), ...(to !== null ? { to } : {}) };
    const lines = <T>(page: (offset: number) => { items: T[]; total: number }): string => {
      const out: string[] = [];
      // Newest first, at most LOG_UPLOAD_MAX_RECORDS per file: enough for a diagnosis, bounded in memory.
      for (let offset = 0; offset < LOG_UPLOAD_MAX_RECORDS; offset += 1000) {
        const p = page(offset);
        for (const item of p.items) out.push(JSON.stringify(item));
        if (offset + p.items.length >= p.total || p.items.length === 0) break;
      }
      return out.length ? out.join('\n') + '\n' : '';
    };
    return [
      { name: 'errors.jsonl', content: errorStore ? lines((offset) => errorStore!.query({ ...range, limit: 1000, offset })) : '' },
      { name: 'sessions.jsonl', content: sessionStore ? lines((offset) => sessionStore!.list({ ...range, limit: 1000, offset })) : '' },
    ];
  }
  auth.addProvider(tokens);

  let recorder: SessionRecorder | null = null;
  const eventLogger = new EventLogger(bus, evses.map((e) => e.charger), clock, log.child('events'));
  let loop: TimerHandle | null = null;
  let meterTimer: TimerHandle | null = null;
  const pinger = new WatchdogPinger(notifier);
  let http: FastifyInstance | null = null;
  let stopping = false;

  const caps: Capability[] = [
    {
      // The PLC links: the simulated power line, or the modem's interface through libpcap.
      name: 'slac',
      after: ['boards'],
      start: async () => {
        for (const e of evses) {
          if (!e.slac) continue;
          const cfg = config.evses.find((c) => c.id === e.id)!.slac;
          const link = cfg.link === 'sim' ? e.slac.plc : await openCapLink(cfg.interface);
          if (!link) throw new Error(`EVSE ${e.id}: slac.link 'sim' needs the simulated board`);
          e.slac.plc = link;
          e.slac.port.attach(link);
          log.info(`EVSE ${e.id}: SLAC on ${cfg.link === 'sim' ? 'the simulated power line' : cfg.interface} (${link.mac})`);
        }
      },
      stop: async () => {
        for (const e of evses) {
          if (!e.slac) continue;
          e.slac.machine.close();
          e.slac.port.detach();
          await e.slac.plc?.close();
        }
      },
    },
    {
      name: 'database',
      after: [],
      start: () => {
        db = openDatabase(config.database.path);
        errorStore = new ErrorHistoryStore(db);
        sessionStore = new SessionStore(db);
        errors.attachStore(errorStore);
        const cleared = errors.bootCleanup();
        const closed = sessionStore.closeInterrupted(clock.now());
        if (closed.length) log.warn(`${closed.length} session(s) interrupted by the last shutdown closed as PowerLoss`);
        if (cleared) log.info(`${cleared} error(s) from the last run marked ClearedByReboot`);
      },
      stop: () => {
        errors.attachStore(null);
        db?.close();
        db = null;
        errorStore = null;
        sessionStore = null;
      },
    },
    {
      name: 'boards',
      after: [],
      start: async () => {
        for (const e of evses) await e.board.start();
      },
      stop: async () => {
        for (const e of evses) await e.board.stop();
      },
    },
    {
      name: 'evse',
      // History (and OCPP) subscribe first so they record the transactions the chargers end when stopping.
      after: ['boards', 'database', 'history', 'event-log', 'slac', 'v2g', ...(ocpp ? ['ocpp'] : [])],
      start: () => {
        for (const e of evses) e.charger.start();
        meterTimer = clock.every(1000, () => {
          for (const e of evses) bus.emit('meter_values', { evse: e.id, reading: e.meter.read() });
        });
      },
      stop: () => {
        meterTimer?.cancel();
        for (const e of evses) e.charger.shutdown('Reboot');
      },
    },
    {
      name: 'history',
      after: ['database'],
      start: () => {
        if (!sessionStore) return;
        recorder = new SessionRecorder(sessionStore, evses.map((e) => e.charger), bus, clock, log.child('history'),
          config.database.session_flush_s * 1000);
        recorder.start();
      },
      stop: () => recorder?.stop(),
    },
    {
      name: 'event-log',
      after: [],
      start: () => {
        eventLogger.start();
        // `systemctl status ampbox` shows what each EVSE is doing.
        bus.on('charger_state', 'status-line', () =>
          notifier.status(evses.map((e) => `EVSE ${e.id}: ${e.charger.state}`).join(', ')),
        );
      },
      stop: () => {
        eventLogger.stop();
        bus.removeOwner('status-line');
      },
    },
    {
      name: 'auth',
      after: ['evse'],
      start: () => auth.start(),
      stop: () => auth.stop(),
    },
    {
      // The control loop polls the boards and feeds the watchdog: if it stops ticking, systemd restarts us.
      name: 'control-loop',
      after: ['evse'],
      start: () => {
        loop = clock.every(config.supervisor.control_period_ms, () => {
          const now = clock.now();
          for (const e of evses) {
            e.board.tick(now);
            e.charger.tick();
          }
          pinger.kick();
        });
      },
      stop: () => loop?.cancel(),
    },
  ];
  if (ocpp) {
    caps.push({
      // Before the chargers: on stop they end their transactions (reason Reboot) while the mapper still
      // listens, and the queued StopTransaction / TransactionEvent Ended gets a moment to reach the CSMS.
      name: 'ocpp',
      after: ['database', 'history'],
      start: () => ocpp.start(),
      stop: () => ocpp.stop(),
    });
  }
  caps.push({
    // The V2G service per HLC EVSE: TCP (V2GTP) in the dynamic port range, then SDP announcing it.
    name: 'v2g',
    // Before the chargers, so that on stop they end their transactions (reason Reboot) while it still runs.
    after: ['slac'],
    start: async (signal) => {
      for (const v of v2g) {
        const at = await v.service.start(signal).catch(async (e: unknown) => {
          // The lifecycle stops only capabilities that started: release the EVSEs already listening.
          await stopV2g();
          throw e;
        });
        if (!at.interface) v.evse.sim?.setV2gEndpoint({ address: at.address, sdpPort: at.sdpPort });
        // An unplugged vehicle ends its V2G connection and cannot resume a paused session.
        bus.on('session_event', `v2g-evse${v.evse.id}`, (ev) => {
          if (ev.evse === v.evse.id && ev.type === 'SessionFinished') v.service.vehicleUnplugged();
        });
      }
    },
    stop: () => stopV2g(),
  });
  async function stopV2g(): Promise<void> {
    for (const v of v2g) {
      bus.removeOwner(`v2g-evse${v.evse.id}`);
      v.evse.sim?.setV2gEndpoint(null);
      v.evse.externalEv?.close();
      await v.service.stop();
    }
  }
  // Read once at build: a missing or mismatched file is a configuration error before anything starts.
  const tls = config.http.tls ? readTlsFiles(config.http.tls) : null;
  if (config.http.enabled) {
    http = createHttpServer(() => health(), {
      tls: tls ?? undefined,
      // `api` is assigned below; the route reads it per request.
      hmi: { dir: opts.hmiDir ?? DEFAULT_HMI_DIR, sessionToken: () => api?.hmiSession.token ?? null, log: log.child('http') },
    });
    caps.push({
      name: 'http',
      after: ['evse'],
      start: async () => {
        await http!.listen({ host: config.http.host, port: config.http.port });
      },
      stop: async () => {
        await http!.close();
      },
    });
  }

  let api: ApiService | null = null;
  // Without an HTTP server or the EVerest listener no client could reach it (e.g. `ampbox simulate`).
  if (config.api.enabled && (http || config.api.everest.enabled)) {
    const service = new ApiService({
      config,
      configFile: opts.configFile ?? null,
      clock,
      bus,
      log: log.child('api'),
      errors,
      evses: evses.map((e) => ({ id: e.id, charger: e.charger, board: e.board, meter: e.meter, sim: e.sim, dc: e.dc })),
      auth,
      reader: tokens,
      errorHistory: () => errorStore,
      sessions: () => sessionStore,
      http,
      tls,
      version: ampboxVersion(),
    });
    api = service;
    caps.push({
      name: 'api',
      // After the chargers (it reads them from the first request) and the history (it reports recorded sessions).
      after: ['evse', 'history', ...(http ? ['http'] : [])],
      start: () => service.start(),
      stop: () => service.stop(),
    });
  }

  const lifecycle = new Lifecycle(caps, log.child('supervisor'));

  function health(): HealthReport {
    const states = Object.fromEntries(lifecycle.states);
    const values = Object.values(states);
    const status: HealthReport['status'] = stopping
      ? 'stopping'
      : values.every((s) => s === 'running')
        ? errors.active().some((e) => e.severity === 'High')
          ? 'degraded'
          : 'ok'
        : values.some((s) => s === 'failed')
          ? 'degraded'
          : 'starting';
    return {
      status,
      charger_id: config.charger.id,
      uptime_s: Math.round((Date.now() - startedAt) / 1000),
      capabilities: states,
      evses: evses.map((e) => e.charger.status()),
      active_errors: errors.active().length,
    };
  }

  return {
    config,
    clock,
    bus,
    log,
    errors,
    evses,
    auth,
    tokens,
    db: () => db,
    sessions: () => sessionStore,
    get http() {
      return http;
    },
    api,
    ocpp,
    lifecycle,
    notifier,
    async start() {
      notifier.status('starting');
      await lifecycle.start();
      const addr = http?.server.address();
      const where = addr && typeof addr === 'object' ? ` on http://${config.http.host}:${addr.port}` : '';
      log.info(`ampbox ${config.charger.id} ready with ${evses.length} EVSE(s)${where}`);
      await notifier.ready(`charging ready: ${evses.length} EVSE(s)`);
    },
    async stop() {
      stopping = true;
      notifier.stopping('stopping');
      const ok = await lifecycle.stop(config.supervisor.stop_deadline_ms);
      notifier.close();
      return ok;
    },
    health,
  };
}
