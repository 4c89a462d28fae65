/** The configuration after validation and defaults; mirrors appliance/config/ampbox.schema.json. */
import type { DcLimits } from '../shared/ports/hlc.js';

export interface EvProfileConfig {
  max_current_A: number;
  phases: 1 | 2 | 3;
  battery_kWh: number;
  soc_pct: number;
  target_soc_pct: number;
  hlc: 'none' | 'din' | 'iso2';
}

export interface EvseConfig {
  id: number;
  max_current_A: number;
  min_current_A: number;
  phases: 1 | 3;
  nominal_voltage_V: number;
  connector: 'sType2' | 'cType2' | 'cCCS2' | 'cCCS1' | 'cType1';
  /** `ev`: an EV profile name, or EXTERNAL_EV (a real EV drives the session; the CP follows it). */
  board: { type: 'sim'; ev: string; has_lock: boolean; has_rcd: boolean };
  meter: { type: 'sim' };
  power_off_wait_ms: number;
  power_off_current_A: number;
  slac: {
    enabled: boolean;
    link: 'sim' | 'pcap';
    interface: string;
    modem_mac?: string;
    nmk: 'fresh' | 'fixed';
    fixed_nmk?: string;
    set_key_required: boolean;
    fallback_attenuation_dB: number;
    init_timeout_s: number;
  };
  /** `interface` overrides slac.interface for SDP and V2GTP (absent: slac.interface with link pcap, else ::1). */
  v2g: { enabled: boolean; interface?: string; address_timeout_s: number };
  /** The DC supply's limits are the DC limits a V2G session announces. */
  dc: { enabled: boolean } & Omit<DcLimits, 'energy_to_be_delivered_Wh'>;
}

export interface LocalToken {
  id_token: string;
  status: 'Accepted' | 'Blocked' | 'Expired' | 'Invalid';
  label?: string;
}

export type ApiRole = 'viewer' | 'hmi' | 'ems' | 'admin';

export interface ApiToken {
  name: string;
  role: ApiRole;
  /** `scrypt$N$r$p$<salt b64>$<hash b64>`; never the token itself. */
  hash: string;
}

export interface ApiConfig {
  enabled: boolean;
  path: string;
  text_frames: boolean;
  everest: { enabled: boolean; host: string; port: number };
  auth: { required: boolean; anonymous_role: ApiRole; tokens: ApiToken[] };
  limits: { max_message_bytes: number; requests_per_s: number; max_clients: number };
}

export interface AmpboxConfig {
  config_version: 1;
  charger: { id: string; vendor: string; model: string; serial_number: string };
  evses: EvseConfig[];
  auth: { mode: 'free' | 'local'; timeout_s: number; local_tokens: LocalToken[] };
  simulation: {
    ev_profiles: Record<string, EvProfileConfig>;
    demo: { scenario: string; scenarios?: string[]; time_scale: number; repeat: boolean };
  };
  database: { path: string; session_flush_s: number };
  /** `tls`: PEM file paths; absent: plain HTTP (only allowed on loopback). */
  http: { enabled: boolean; host: string; port: number; tls?: { cert: string; key: string } };
  api: ApiConfig;
  tariff: { price_per_kWh: number; currency: string };
  log: { level: 'debug' | 'info' | 'warn' | 'error' };
  supervisor: { control_period_ms: number; stop_deadline_ms: number };
  ocpp: OcppConfig;
}

export type OcppMeasurand =
  | 'Energy.Active.Import.Register'
  | 'Power.Active.Import'
  | 'Current.Import'
  | 'Voltage'
  | 'SoC'
  | 'Current.Offered'
  | 'Power.Offered';
export type OcppTxPoint = 'EVConnected' | 'Authorized' | 'PowerPathClosed' | 'EnergyTransfer';

/** `ocpp:` — see the descriptions in ampbox.schema.json. */
export interface OcppConfig {
  enabled: boolean;
  version: 'ocpp1.6' | 'ocpp2.0.1';
  url: string;
  identity: string | null;
  security_profile: 1 | 2 | 3;
  password: string | null;
  password_file: string | null;
  tls: { ca: string | null; cert: string | null; key: string | null };
  reconnect_min_s: number;
  reconnect_max_s: number;
  ping_interval_s: number;
  call_timeout_s: number;
  heartbeat_interval_s: number;
  boot_retry_s: number;
  meter_values: {
    sample_interval_s: number;
    aligned_interval_s: number;
    sampled_measurands: OcppMeasurand[];
    aligned_measurands: OcppMeasurand[];
    stop_measurands: OcppMeasurand[];
  };
  transactions: {
    start_points: OcppTxPoint[];
    stop_points: OcppTxPoint[];
    stop_on_invalid_id: boolean;
    message_attempts: number;
    message_retry_interval_s: number;
  };
  authorization: {
    local_list_enabled: boolean;
    local_list_max: number;
    cache_enabled: boolean;
    cache_lifetime_s: number;
    local_pre_authorize: boolean;
    local_authorize_offline: boolean;
    allow_offline_unknown: boolean;
    authorize_remote_start: boolean;
    connection_timeout_s: number;
  };
  data_transfer_vendors: string[];
  queue_max: number;
}
