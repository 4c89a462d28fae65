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
}
