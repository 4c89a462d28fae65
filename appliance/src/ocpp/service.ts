/**
 * The OCPP capability: builds the link (configuration checked here, at build), and at start the stores,
 * the sender, the boot sequence and the version's mapper, then opens the connection.
 */
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { ProvidedToken, TokenValidator, ValidationResult } from '../shared/ports/auth.js';
import { KeyValueStore } from '../db/index.js';
import { RpcLink } from './connection.js';
import { QueueSender } from './sender.js';
import { BootManager } from './boot.js';
import { StoredSettings } from './settings.js';
import { uploadLogs } from './log-upload.js';
import { SqliteAuthCache, SqliteLocalAuthList } from './auth/index.js';
import { LimitApplier, SqliteSmartCharging } from './smart-charging/index.js';
import { ChargerMeterSampler } from './metering/index.js';
import type { MapperContext, MapperFactory, OcppDeps, VersionMapper } from './ports.js';

export interface OcppServiceOptions {
  /** The version mapper; default the configured version's. */
  mapper?: MapperFactory;
  /** Reconnect jitter source (tests); default Math.random. */
  random?: () => number;
  /** How long stop() waits for queued messages to reach the CSMS (real ms); default 2000. */
  drainMs?: number;
}

interface Running {
  settings: StoredSettings;
  boot: BootManager;
  sender: QueueSender;
  mapper: VersionMapper;
  applier: LimitApplier;
  sampler: ChargerMeterSampler;
  context: MapperContext;
}

export class OcppService {
  readonly link: RpcLink;
  readonly identity: string;
  /** For the AuthManager: the mapper's validator while running, no opinion otherwise. */
  readonly validator: TokenValidator;
  private running: Running | null = null;
  private readonly log: Logger;
  private readonly clock: Clock;

  constructor(
    private readonly deps: OcppDeps,
    private readonly opts: OcppServiceOptions = {},
  ) {
    this.identity = deps.station.identity;
    this.log = deps.log;
    this.clock = deps.clock;
    this.link = new RpcLink(deps.config, this.identity, { clock: deps.clock, log: deps.log.child('ocpp/link'), ...(opts.random ? { random: opts.random } : {}) });
    this.validator = {
      name: 'ocpp',
      validate: (token: ProvidedToken): Promise<ValidationResult | null> => this.running?.mapper.validator.validate(token) ?? Promise.resolve(null),
    };
  }

  get sender(): QueueSender | null {
    return this.running?.sender ?? null;
  }

  get boot(): BootManager | null {
    return this.running?.boot ?? null;
  }

  get settings(): StoredSettings | null {
    return this.running?.settings ?? null;
  }

  get mapper(): VersionMapper | null {
    return this.running?.mapper ?? null;
  }

  /** What the mapper was given (tests drive the stores through it). */
  get context(): MapperContext | null {
    return this.running?.context ?? null;
  }

  async start(): Promise<void> {
    if (this.running) return;
    // Only the configured version's mapper is loaded: together they are most of the capability's code.
    const factory = this.opts.mapper ?? (await loadMapper(this.deps.config.version));
    if (this.running) return;
    const { deps } = this;
    const db = deps.db();
    if (!db) throw new Error('OCPP needs the database: it keeps the offline queue and the CSMS settings there');
    const config = deps.config;
    const clock = this.clock;
    const log = this.log;
    const kv = new KeyValueStore(db, () => clock.now());
    const settings = new StoredSettings(db, config, clock);
    const securityEvent = (type: string, techInfo?: string): void => {
      sender.enqueue('SecurityEventNotification', { type, timestamp: new Date(boot.now()).toISOString(), ...(techInfo ? { techInfo: techInfo.slice(0, 255) } : {}) }, { kind: 'event' });
    };
    const boot = new BootManager({ link: this.link, clock, log: log.child('ocpp/boot'), settings, config, kv, securityEvent });
    const sender = new QueueSender({ db, link: this.link, boot, clock, log: log.child('ocpp/queue'), settings, queueMax: config.queue_max, sendWaitMs: config.call_timeout_s * 1000 });
    // Profile times come from the CSMS: judge them on its time line (our clock corrected by currentTime).
    const csmsTime: Clock = { now: () => boot.now(), after: (ms, fn) => clock.after(ms, fn), every: (ms, fn) => clock.every(ms, fn) };
    const smart = new SqliteSmartCharging(db, deps.evses, csmsTime);
    const applier = new LimitApplier(smart, deps.evses, csmsTime, log.child('ocpp/limits'));
    const sampler = new ChargerMeterSampler(deps.evses, deps.bus);
    const context: MapperContext = {
      ...deps,
      restart: (kind, reason) => this.restart(kind, reason, boot),
      link: this.link,
      sender,
      boot,
      settings,
      localList: new SqliteLocalAuthList(db, { max: config.authorization.local_list_max, enabled: () => settings.getBoolean('authorization.local_list_enabled') }),
      cache: new SqliteAuthCache(db, clock, settings),
      smart,
      sampler,
      now: () => boot.now(),
      securityEvent,
      uploadLogs: async (url, from, to) => uploadLogs(url, await deps.logs(from, to), { identity: this.identity, now: boot.now() }),
      triggerBoot: () => boot.trigger(),
      triggerHeartbeat: () => void boot.heartbeat(true),
      presentToken: (token) => deps.presentToken(token),
    };
    const mapper = factory(context);
    if (mapper.version !== config.version) throw new Error(`OCPP mapper for ${mapper.version} given, but ocpp.version is ${config.version}`);
    sender.setHooks(mapper.queueHooks);
    boot.onAccepted(() => mapper.booted());
    mapper.start();
    applier.start();
    boot.start(sender, (reason) => mapper.bootPayload(reason));
    this.running = { settings, boot, sender, mapper, applier, sampler, context };
    log.info(`OCPP ${config.version} to ${this.link.settings.endpoint} as ${this.identity}; ${sender.pending()} queued message(s) from before`);
    this.link.open();
  }

  async stop(): Promise<void> {
    const r = this.running;
    if (!r) return;
    // What the chargers queued while stopping (transactions ended with reason Reboot) gets a moment to go.
    await r.sender.drain(this.opts.drainMs ?? 2000);
    r.mapper.stop();
    r.applier.stop();
    r.sampler.stop();
    r.boot.stop();
    r.sender.stop();
    await this.link.close();
    this.running = null;
  }

  /** Reset from the CSMS: the next boot says RemoteReset; the restart runs after the answer went out. */
  private restart(kind: 'Soft' | 'Hard', reason: string, boot: BootManager): void {
    boot.rememberReason('RemoteReset');
    this.log.info(`${kind} reset asked by the CSMS (${reason}): restarting`);
    setImmediate(() => this.deps.restart(kind, reason));
  }
}

async function loadMapper(version: OcppDeps['config']['version']): Promise<MapperFactory> {
  return version === 'ocpp1.6' ? (await import('./v16/index.js')).createV16Mapper : (await import('./v201/index.js')).createV201Mapper;
}
