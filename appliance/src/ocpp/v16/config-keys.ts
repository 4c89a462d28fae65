/**
 * 1.6 configuration keys (§9) as views of the shared OCPP settings: GetConfiguration / ChangeConfiguration.
 * Keys with no setting behind them are kept in kv (`ocpp.v16.key.<Key>`). A key whose only value this
 * charger can honour (e.g. StopTransactionOnEVSideDisconnect = true) accepts that value and rejects others.
 */
import { KeyValueStore } from '../../db/index.js';
import type { Database } from '../../db/index.js';
import type { MapperContext, OcppMeasurand, SettingKey } from '../ports.js';
import type { ChangeConfigurationReq, ConfigurationKeyValue, ConfigurationStatus, GetConfigurationConf, GetConfigurationReq } from './messages.js';
import { SMART_LIMITS } from './smart-charging.js';
import { MEASURANDS } from '../metering/index.js';

/** Measurands the meter sampler can deliver. */
export const SUPPORTED_MEASURANDS: readonly OcppMeasurand[] = MEASURANDS;
export const FEATURE_PROFILES = 'Core,FirmwareManagement,LocalAuthListManagement,RemoteTrigger,SmartCharging';
const GET_CONFIGURATION_MAX_KEYS = 50;
/** ConfigurationKey value is CiString500Type. */
const VALUE_MAX = 500;

interface KeyDef {
  key: string;
  read(): string;
  /** Absent: read-only. Returns the status to answer. */
  write?(value: string): ConfigurationStatus;
}

function parseInteger(text: string, min: number, max: number): number | null {
  if (!/^\s*-?\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}

function parseBoolean(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : null;
}

/** A comma-separated measurand list; null when an item is unknown or repeated. */
export function parseMeasurands(text: string): OcppMeasurand[] | null {
  const items = text.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (new Set(items).size !== items.length) return null;
  return items.every((i) => (SUPPORTED_MEASURANDS as readonly string[]).includes(i)) ? (items as OcppMeasurand[]) : null;
}

export class ConfigurationKeys {
  private readonly defs: KeyDef[];

  constructor(
    private readonly ctx: MapperContext,
    private readonly db: () => Database,
  ) {
    this.defs = this.define();
  }

  start(): void {
    this.ctx.link.handle('GetConfiguration', (req: GetConfigurationReq) => this.get(req));
    this.ctx.link.handle('ChangeConfiguration', (req: ChangeConfigurationReq) => ({ status: this.change(req) }));
  }

  /** StopTxnAlignedData (kept in kv; no shared setting). */
  stopTxnAlignedData(): OcppMeasurand[] {
    return parseMeasurands(this.kv().get<string>(this.kvKey('StopTxnAlignedData')) ?? '') ?? [];
  }

  get(req: GetConfigurationReq): GetConfigurationConf {
    const asked = req.key ?? [];
    if (asked.length === 0) return { configurationKey: this.defs.map((d) => this.entry(d)) };
    const found: ConfigurationKeyValue[] = [];
    const unknownKey: string[] = [];
    for (const name of asked) {
      const def = this.find(name);
      if (def) found.push(this.entry(def));
      else unknownKey.push(name);
    }
    return { configurationKey: found, ...(unknownKey.length > 0 ? { unknownKey } : {}) };
  }

  change(req: ChangeConfigurationReq): ConfigurationStatus {
    const def = this.find(req.key);
    if (!def) return 'NotSupported';
    if (!def.write) return 'Rejected';
    const status = def.write(req.value);
    this.ctx.log.info(`ChangeConfiguration ${def.key}=${req.value}: ${status}`);
    return status;
  }

  private find(name: string): KeyDef | undefined {
    // Keys are CiString: case-insensitive.
    const lower = name.toLowerCase();
    return this.defs.find((d) => d.key.toLowerCase() === lower);
  }

  private entry(def: KeyDef): ConfigurationKeyValue {
    return { key: def.key, readonly: def.write === undefined, value: def.read().slice(0, VALUE_MAX) };
  }

  private kv(): KeyValueStore {
    return new KeyValueStore(this.db(), () => this.ctx.clock.now());
  }

  private kvKey(key: string): string {
    return `ocpp.v16.key.${key}`;
  }

  private define(): KeyDef[] {
    const { ctx } = this;
    const s = ctx.settings;
    const int = (key: string, setting: SettingKey, min: number, max: number): KeyDef => ({
      key,
      read: () => String(s.getNumber(setting)),
      write: (v) => {
        const n = parseInteger(v, min, max);
        if (n === null) return 'Rejected';
        s.set(setting, n);
        return 'Accepted';
      },
    });
    const bool = (key: string, setting: SettingKey): KeyDef => ({
      key,
      read: () => String(s.getBoolean(setting)),
      write: (v) => {
        const b = parseBoolean(v);
        if (b === null) return 'Rejected';
        s.set(setting, b);
        return 'Accepted';
      },
    });
    const measurands = (key: string, setting: 'meter_values.sampled_measurands' | 'meter_values.aligned_measurands' | 'meter_values.stop_measurands'): KeyDef => ({
      key,
      read: () => s.get(setting).join(','),
      write: (v) => {
        const list = parseMeasurands(v);
        if (list === null) return 'Rejected';
        s.set(setting, list);
        return 'Accepted';
      },
    });
    const stored = (key: string, initial: string, parse: (v: string) => string | null): KeyDef => ({
      key,
      read: () => this.kv().get<string>(this.kvKey(key)) ?? initial,
      write: (v) => {
        const value = parse(v);
        if (value === null) return 'Rejected';
        this.kv().set(this.kvKey(key), value);
        return 'Accepted';
      },
    });
    const onlyTrue = (key: string): KeyDef => ({ key, read: () => 'true', write: (v) => (parseBoolean(v) === true ? 'Accepted' : 'Rejected') });
    const fixed = (key: string, value: string): KeyDef => ({ key, read: () => value });
    const maxList = String(SUPPORTED_MEASURANDS.length);

    return [
      // Core profile
      bool('AuthorizeRemoteTxRequests', 'authorization.authorize_remote_start'),
      int('ClockAlignedDataInterval', 'meter_values.aligned_interval_s', 0, 86400),
      int('ConnectionTimeOut', 'authorization.connection_timeout_s', 1, 3600),
      stored('ConnectorPhaseRotation', 'Unknown', (v) => (v.trim().length > 0 ? v.trim() : null)),
      fixed('GetConfigurationMaxKeys', String(GET_CONFIGURATION_MAX_KEYS)),
      int('HeartbeatInterval', 'heartbeat_interval_s', 1, 86400),
      bool('LocalAuthorizeOffline', 'authorization.local_authorize_offline'),
      bool('LocalPreAuthorize', 'authorization.local_pre_authorize'),
      measurands('MeterValuesAlignedData', 'meter_values.aligned_measurands'),
      fixed('MeterValuesAlignedDataMaxLength', maxList),
      measurands('MeterValuesSampledData', 'meter_values.sampled_measurands'),
      fixed('MeterValuesSampledDataMaxLength', maxList),
      int('MeterValueSampleInterval', 'meter_values.sample_interval_s', 0, 86400),
      fixed('NumberOfConnectors', String(ctx.evses.length)),
      stored('ResetRetries', '1', (v) => {
        const n = parseInteger(v, 0, 10);
        return n === null ? null : String(n);
      }),
      stored('StopTxnAlignedData', '', (v) => parseMeasurands(v)?.join(',') ?? null),
      fixed('StopTxnAlignedDataMaxLength', maxList),
      measurands('StopTxnSampledData', 'meter_values.stop_measurands'),
      fixed('StopTxnSampledDataMaxLength', maxList),
      onlyTrue('StopTransactionOnEVSideDisconnect'),
      bool('StopTransactionOnInvalidId', 'transactions.stop_on_invalid_id'),
      fixed('SupportedFeatureProfiles', FEATURE_PROFILES),
      int('TransactionMessageAttempts', 'transactions.message_attempts', 1, 100),
      int('TransactionMessageRetryInterval', 'transactions.message_retry_interval_s', 1, 86400),
      onlyTrue('UnlockConnectorOnEVSideDisconnect'),
      // The connection reads it when it is built: reported, not changeable at run time.
      fixed('WebSocketPingInterval', String(ctx.config.ping_interval_s)),
      bool('AuthorizationCacheEnabled', 'authorization.cache_enabled'),
      bool('AllowOfflineTxForUnknownId', 'authorization.allow_offline_unknown'),
      // Local Auth List Management profile
      bool('LocalAuthListEnabled', 'authorization.local_list_enabled'),
      fixed('LocalAuthListMaxLength', String(ctx.config.authorization.local_list_max)),
      fixed('SendLocalListMaxLength', String(ctx.config.authorization.local_list_max)),
      // Smart Charging profile
      fixed('ChargeProfileMaxStackLevel', String(SMART_LIMITS.maxStackLevel)),
      fixed('ChargingScheduleAllowedChargingRateUnit', 'Current,Power'),
      fixed('ChargingScheduleMaxPeriods', String(SMART_LIMITS.maxPeriods)),
      fixed('MaxChargingProfilesInstalled', String(SMART_LIMITS.maxProfiles)),
      // Security whitepaper
      fixed('SecurityProfile', String(ctx.config.security_profile)),
    ];
  }
}
