/**
 * The seams inside the OCPP capability. The connection (ocpp-rpc), the durable queue and the boot sequence
 * are version-neutral; a VersionMapper (v16/, v201/) turns the charger's events into that version's
 * messages and answers the CSMS's requests. Smart charging, authorization and metering are shared stores
 * the mappers translate to and from their version's shapes.
 */
import type { Clock } from '../shared/clock.js';
import type { EventBus } from '../shared/events.js';
import type { Logger } from '../shared/logger.js';
import type { AppEvents } from '../shared/ports/events.js';
import type { ChargerHandle } from '../shared/ports/charger.js';
import type { Meter } from '../shared/ports/meter.js';
import type { ProvidedToken } from '../shared/ports/auth.js';
import type { Database } from '../db/index.js';
import type { OcppConfig, OcppMeasurand, OcppTxPoint } from '../config/index.js';

export type OcppVersion = 'ocpp1.6' | 'ocpp2.0.1';

/** OCPP-J CALLERROR codes (both versions; 1.6 spells one FormationViolation, see `protocolErrorCode`). */
export type RpcErrorCode =
  | 'NotImplemented'
  | 'NotSupported'
  | 'InternalError'
  | 'ProtocolError'
  | 'SecurityError'
  | 'FormatViolation'
  | 'PropertyConstraintViolation'
  | 'OccurrenceConstraintViolation'
  | 'TypeConstraintViolation'
  | 'GenericError';

/** Thrown by a request handler to answer with a CALLERROR instead of a CALLRESULT. */
export class OcppCallError extends Error {
  constructor(
    readonly code: RpcErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'OcppCallError';
  }
}

/** A CALL the CSMS answered with a CALLERROR. */
export class OcppRemoteError extends Error {
  constructor(
    readonly action: string,
    readonly code: string,
    message: string,
  ) {
    super(`${action}: CSMS answered ${code}: ${message}`);
    this.name = 'OcppRemoteError';
  }
}

/** A CALL that got no answer: timeout, or the connection dropped while it waited. */
export class OcppNoAnswerError extends Error {
  constructor(
    readonly action: string,
    reason: string,
  ) {
    super(`${action}: no answer (${reason})`);
    this.name = 'OcppNoAnswerError';
  }
}

export type RequestHandler = (payload: any, ctx: { messageId: string; action: string }) => Promise<object> | object;

/**
 * The WebSocket to the CSMS (connection.ts, over ocpp-rpc). Strict on the wire: payloads are validated in
 * both directions; a request for an action without a handler is answered NotImplemented.
 */
export interface OcppLink {
  readonly version: OcppVersion;
  /** The WebSocket is open (BootNotification may still be pending). */
  readonly connected: boolean;
  /** Sends one CALL now. Throws OcppRemoteError / OcppNoAnswerError; never queues. */
  call<T = any>(action: string, payload: object): Promise<T>;
  /** Registers the handler for a CSMS-initiated action (one per action). */
  handle(action: string, handler: RequestHandler): void;
  onConnected(listener: () => void): () => void;
  onDisconnected(listener: (reason: string) => void): () => void;
  /** Opens the connection (reconnecting with back-off until close()). */
  open(): void;
  close(): Promise<void>;
  /** Drops the connection and reconnects (e.g. after new credentials); for tests, a network cut. */
  reconnect(): void;
}

export type QueueKind = 'start' | 'stop' | 'meter' | 'event' | 'other';

export interface QueuedMessage {
  seq: number;
  action: string;
  payload: any;
  tx_ref: string | null;
  kind: QueueKind;
  created_at: number;
  attempts: number;
}

/**
 * Everything the station sends goes through the sender (sender.ts): one CALL in flight, nothing but
 * BootNotification before it is Accepted. Durable messages are in SQLite before the first attempt and
 * leave it only when answered; transient ones (Heartbeat, StatusNotification, Authorize…) wait in memory
 * and are dropped when they cannot be sent.
 */
export interface OcppSender {
  /** Stores the message (in the caller's SQLite transaction when there is one) and sends it in order. */
  enqueue(action: string, payload: object, opts?: { tx_ref?: string; kind?: QueueKind }): number;
  /**
   * Sends as soon as the CSMS accepted the boot; rejects when offline (`OcppNoAnswerError`). `triggered`:
   * the CSMS asked for it (TriggerMessage), so it may also go while the boot is Pending.
   */
  send<T = any>(action: string, payload: object, opts?: { triggered?: boolean }): Promise<T>;
  /** Runs fn; what it sends synchronously counts as asked for by the CSMS (TriggerMessage). */
  triggered(fn: () => void): void;
  /** Durable messages not yet answered. */
  pending(): number;
  /** True while connected and booted (Accepted). */
  readonly online: boolean;
}

/** What a mapper may change on durable messages at send time and learn from their answers. */
export interface QueueHooks {
  /** Fills in what was unknown at enqueue time (1.6 transactionId); null drops the message. */
  beforeSend?(msg: QueuedMessage): object | null;
  /** The CSMS answered a durable message. */
  answered?(msg: QueuedMessage, result: any): void;
  /** The message was given up after `message_attempts` CALLERRORs. */
  givenUp?(msg: QueuedMessage, error: Error): void;
}

export type BootStatus = 'Accepted' | 'Pending' | 'Rejected';

/** Registration with the CSMS (boot.ts): BootNotification until Accepted, then Heartbeat. */
export interface BootState {
  readonly status: BootStatus | null;
  /** Heartbeat interval the CSMS gave (s). */
  readonly interval_s: number;
  onAccepted(listener: () => void): () => void;
}

/** One EVSE as OCPP sees it: one connector each (connectorId 1 in 2.0.1; connectorId = evse in 1.6). */
export interface OcppEvse {
  id: number;
  charger: ChargerHandle;
  meter: Meter;
  max_current_A: number;
  phases: 1 | 3;
  nominal_voltage_V: number;
  dc: boolean;
  connector: string;
}

export interface StationInfo {
  identity: string;
  vendor: string;
  model: string;
  serial_number: string;
  firmware_version: string;
}

/** A meter value in version-neutral form; mappers shape it into SampledValue lists. */
export interface MeterSample {
  timestamp: number;
  context: 'Sample.Periodic' | 'Sample.Clock' | 'Transaction.Begin' | 'Transaction.End' | 'Trigger' | 'Interruption.Begin' | 'Interruption.End' | 'Other';
  values: Array<{ measurand: OcppMeasurand; value: number; unit: 'Wh' | 'W' | 'A' | 'V' | 'Percent'; phase?: 'L1' | 'L2' | 'L3' }>;
}

/** Authorization answer in version-neutral form (1.6 IdTagInfo / 2.0.1 IdTokenInfo). */
export interface TokenInfo {
  status: 'Accepted' | 'Blocked' | 'Expired' | 'Invalid' | 'ConcurrentTx' | 'NoCredit' | 'NotAllowedTypeEVSE' | 'NotAtThisLocation' | 'NotAtThisTime' | 'Unknown';
  expires_at?: number;
  group_id?: string;
}

/** Restart the appliance through the supervisor (Reset): stop capabilities in order, build, start. */
export type RestartRequest = (kind: 'Soft' | 'Hard', reason: string) => void;

export interface OcppDeps {
  config: OcppConfig;
  station: StationInfo;
  clock: Clock;
  bus: EventBus<AppEvents>;
  log: Logger;
  db: () => Database | null;
  evses: OcppEvse[];
  restart: RestartRequest;
  /** Files attached to a log upload (GetDiagnostics / GetLog): name → content, built on request. */
  logs: (from: number | null, to: number | null) => Promise<Array<{ name: string; content: string | Buffer }>>;
  /** The AuthManager's present(): a remote start takes the same path as a card at the reader. */
  presentToken(token: ProvidedToken): Promise<{ accepted: boolean; evse: number | null; status: string }>;
}

export type { OcppMeasurand, OcppTxPoint };

// ---- shared stores (settings.ts, auth/, smart-charging/, metering/) ----

/**
 * Settings the CSMS may read and change, named by their path in `ocpp:` of the configuration
 * (e.g. `meter_values.sample_interval_s`). 1.6 configuration keys and 2.0.1 variables are views of these.
 */
export type SettingKey =
  | 'heartbeat_interval_s'
  | 'meter_values.sample_interval_s'
  | 'meter_values.aligned_interval_s'
  | 'meter_values.sampled_measurands'
  | 'meter_values.aligned_measurands'
  | 'meter_values.stop_measurands'
  | 'transactions.start_points'
  | 'transactions.stop_points'
  | 'transactions.stop_on_invalid_id'
  | 'transactions.message_attempts'
  | 'transactions.message_retry_interval_s'
  | 'authorization.local_list_enabled'
  | 'authorization.cache_enabled'
  | 'authorization.cache_lifetime_s'
  | 'authorization.local_pre_authorize'
  | 'authorization.local_authorize_offline'
  | 'authorization.allow_offline_unknown'
  | 'authorization.authorize_remote_start'
  | 'authorization.connection_timeout_s';

export interface OcppSettings {
  /** The CSMS's value when it set one (persisted), else the configuration file's. */
  get(key: 'meter_values.sampled_measurands' | 'meter_values.aligned_measurands' | 'meter_values.stop_measurands'): OcppMeasurand[];
  get(key: 'transactions.start_points' | 'transactions.stop_points'): OcppTxPoint[];
  get(key: SettingKey): number | boolean | string[];
  getNumber(key: SettingKey): number;
  getBoolean(key: SettingKey): boolean;
  set(key: SettingKey, value: number | boolean | string[]): void;
  onChange(listener: (key: SettingKey) => void): () => void;
}

/** Local authorization list (SendLocalList), persisted; version 0 means no list. */
export interface LocalAuthList {
  version(): number;
  get(idToken: string): TokenInfo | null;
  /** Full update: replaces every entry. */
  replace(version: number, entries: Array<{ id_token: string; id_token_type?: string; info: TokenInfo | null }>): 'Accepted' | 'Failed';
  /** Differential update: an entry with info null is removed. 'VersionMismatch' when version <= current. */
  update(version: number, entries: Array<{ id_token: string; id_token_type?: string; info: TokenInfo | null }>): 'Accepted' | 'Failed' | 'VersionMismatch';
  size(): number;
}

/** Answers of the CSMS kept for pre-authorization and offline use (AuthCache). */
export interface AuthCache {
  /** The cached info, or null when absent, expired (expires_at / cache lifetime) or the cache is disabled. */
  get(idToken: string): TokenInfo | null;
  put(idToken: string, info: TokenInfo): void;
  clear(): void;
}

/** A charging profile in version-neutral form; times in ms since epoch, durations and periods in s. */
export interface ChargingProfile {
  id: number;
  stack_level: number;
  purpose: 'ChargingStationMaxProfile' | 'TxDefaultProfile' | 'TxProfile' | 'ChargingStationExternalConstraints';
  kind: 'Absolute' | 'Recurring' | 'Relative';
  recurrency?: 'Daily' | 'Weekly';
  valid_from?: number;
  valid_to?: number;
  /** TxProfile: the ampbox transaction (tx_ref) it belongs to. */
  tx_ref?: string;
  schedule: ChargingSchedule;
}

export interface ChargingSchedule {
  /** 2.0.1 schedule id (1.6 has none). */
  id?: number;
  start?: number;
  duration_s?: number;
  unit: 'A' | 'W';
  min_rate?: number;
  periods: Array<{ start_s: number; limit: number; phases?: number }>;
}

export interface CompositeSchedule {
  evse: number;
  start: number;
  duration_s: number;
  unit: 'A' | 'W';
  periods: Array<{ start_s: number; limit: number; phases?: number }>;
}

/** Profiles by purpose and stack level (smart-charging/), persisted; the composite limit per EVSE. */
export interface SmartCharging {
  /** Installs (replacing the same id, or the same purpose + stack level on that EVSE). */
  set(evse: number, profile: ChargingProfile): { status: 'Accepted' | 'Rejected'; reason?: string };
  clear(filter: { id?: number; evse?: number; purpose?: ChargingProfile['purpose']; stack_level?: number }): number;
  list(filter?: { evse?: number; purpose?: ChargingProfile['purpose'] }): Array<{ evse: number; profile: ChargingProfile }>;
  /** The schedule the EVSE (0: the station) will follow from `start` for `duration_s`; null when no profile applies. */
  composite(evse: number, start: number, duration_s: number, unit?: 'A' | 'W'): CompositeSchedule | null;
  /** The limit in force now in A per phase, null: none. */
  limitNowA(evse: number, now: number): number | null;
  /** A TxProfile's transaction ended: its profiles go. */
  transactionEnded(tx_ref: string): void;
  onChange(listener: () => void): () => void;
}

/** Reads meters as OCPP measurands (metering/). */
export interface MeterSampler {
  sample(evse: number, context: MeterSample['context'], measurands: OcppMeasurand[]): MeterSample;
}

// ---- the version mappers (v16/, v201/) ----

/** 2.0.1 BootReasonEnumType; 1.6 sends no reason. */
export type BootReason =
  | 'ApplicationReset'
  | 'FirmwareUpdate'
  | 'LocalReset'
  | 'PowerUp'
  | 'RemoteReset'
  | 'ScheduledReset'
  | 'Triggered'
  | 'Unknown'
  | 'Watchdog';

/** What the service (service.ts) hands a mapper. */
export interface MapperContext extends OcppDeps {
  link: OcppLink;
  sender: OcppSender;
  boot: BootState;
  settings: OcppSettings;
  localList: LocalAuthList;
  cache: AuthCache;
  smart: SmartCharging;
  sampler: MeterSampler;
  /** Time for OCPP timestamps: the clock corrected by the CSMS's currentTime (BootNotification, Heartbeat). */
  now(): number;
  /** Queues a SecurityEventNotification (durable). */
  securityEvent(type: string, techInfo?: string): void;
  /** Uploads the log files (deps.logs) to an HTTP(S) URL with PUT; resolves with the file name. */
  uploadLogs(url: string, from: number | null, to: number | null): Promise<string>;
  /** Sends BootNotification again now (TriggerMessage BootNotification). */
  triggerBoot(): void;
  /** Sends a Heartbeat now (TriggerMessage Heartbeat). */
  triggerHeartbeat(): void;
  /** Presents a token to the AuthManager (remote start: type 'Central', with its EVSE when given). */
  presentToken(token: ProvidedToken): Promise<{ accepted: boolean; evse: number | null; status: string }>;
}

export interface VersionMapper {
  readonly version: OcppVersion;
  /** The BootNotification payload for this version. */
  bootPayload(reason: BootReason): object;
  readonly queueHooks: QueueHooks;
  /** Registers request handlers and bus listeners; closes the transactions a crash or power loss left open. */
  start(): void;
  /** Each time the CSMS accepts a boot: StatusNotification of every connector, and what else the version wants. */
  booted(): void;
  stop(): void;
  /** Judges tokens for the AuthManager: local list, cache, Authorize, offline policy. */
  readonly validator: import('../shared/ports/auth.js').TokenValidator;
}

export type MapperFactory = (ctx: MapperContext) => VersionMapper;
