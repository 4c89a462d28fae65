/**
 * The components and variables of this station (2.0.1 part 2, appendix "Standardized components"), as far
 * as ampbox backs them. Writable ones change the shared settings; read-only ones report configuration and
 * live state.
 */
import type { MapperContext, OcppMeasurand, OcppTxPoint } from '../ports.js';
import { MEASURANDS } from '../metering/index.js';
import { isoTime } from './convert.js';
import {
  boolSetting,
  intSetting,
  listVariable,
  readOnly,
  type VariableDef,
} from './device-model.js';
import type { LocalState } from './local-state.js';
import type { ConnectorStatus } from './messages.js';

export { MEASURANDS };
export const TX_POINTS: readonly OcppTxPoint[] = ['EVConnected', 'Authorized', 'PowerPathClosed', 'EnergyTransfer'];

/** NotifyReport pages and the request sizes this station takes (DeviceDataCtrlr). */
export const LIMITS = {
  reportItemsPerMessage: 10,
  getVariablesItems: 50,
  setVariablesItems: 50,
  bytesPerMessage: 65_536,
  profileStackLevel: 99,
  periodsPerSchedule: 1024,
};

const AVAILABILITY_STATES: readonly ConnectorStatus[] = ['Available', 'Occupied', 'Reserved', 'Unavailable', 'Faulted'];

export interface TableDeps {
  ctx: MapperContext;
  local: LocalState;
  /** The connector status of an EVSE (StatusReporter.statusOf). */
  statusOf: (evse: number) => ConnectorStatus;
}

type Entry = Omit<VariableDef, 'component' | 'variable'>;

function v(component: string, variable: string, entry: Entry, extra: Partial<VariableDef> = {}): VariableDef {
  return { component, variable, ...entry, ...extra };
}

export function buildDeviceModel({ ctx, local, statusOf }: TableDeps): VariableDef[] {
  const s = ctx.settings;
  const cfg = ctx.config;
  const measurandList = (key: 'meter_values.sampled_measurands' | 'meter_values.aligned_measurands' | 'meter_values.stop_measurands') =>
    listVariable(MEASURANDS, 0, () => s.get(key), (m) => s.set(key, m));
  const pointList = (key: 'transactions.start_points' | 'transactions.stop_points') =>
    listVariable(TX_POINTS, 1, () => s.get(key), (p) => s.set(key, p));
  const stationState = (): ConnectorStatus => {
    const states = ctx.evses.map((e) => statusOf(e.id));
    if (states.length > 0 && states.every((x) => x === 'Unavailable')) return 'Unavailable';
    if (states.length > 0 && states.every((x) => x === 'Faulted')) return 'Faulted';
    return states.includes('Available') ? 'Available' : 'Occupied';
  };
  const option = (list: readonly string[], get: () => string) => ({ ...readOnly('OptionList', get), valuesList: list });

  const defs: VariableDef[] = [
    // ---- the station ----
    v('ChargingStation', 'Model', readOnly('string', () => ctx.station.model)),
    v('ChargingStation', 'VendorName', readOnly('string', () => ctx.station.vendor)),
    v('ChargingStation', 'SerialNumber', readOnly('string', () => ctx.station.serial_number)),
    v('ChargingStation', 'AvailabilityState', option(AVAILABILITY_STATES, stationState)),
    v('ChargingStation', 'Available', readOnly('boolean', () => true)),
    v('ChargingStation', 'Problem', readOnly('boolean', () => ctx.evses.some((e) => statusOf(e.id) === 'Faulted'))),
    v('ClockCtrlr', 'DateTime', readOnly('dateTime', () => isoTime(ctx.now()))),
    v('ClockCtrlr', 'TimeSource', { ...readOnly('SequenceList', () => 'Heartbeat'), valuesList: ['Heartbeat'] }),

    // ---- B, N: communication and security ----
    v('OCPPCommCtrlr', 'HeartbeatInterval', { ...intSetting(s, 'heartbeat_interval_s', 1, 86_400), unit: 's' }),
    v('OCPPCommCtrlr', 'MessageTimeout', { ...readOnly('integer', () => cfg.call_timeout_s), unit: 's' }, { variableInstance: 'Default' }),
    v('OCPPCommCtrlr', 'MessageAttempts', intSetting(s, 'transactions.message_attempts', 1, 100), { variableInstance: 'TransactionEvent' }),
    v('OCPPCommCtrlr', 'MessageAttemptInterval', { ...intSetting(s, 'transactions.message_retry_interval_s', 1, 86_400), unit: 's' }, { variableInstance: 'TransactionEvent' }),
    v('OCPPCommCtrlr', 'WebSocketPingInterval', { ...readOnly('integer', () => cfg.ping_interval_s), unit: 's' }),
    v('OCPPCommCtrlr', 'NetworkConfigurationPriority', { ...readOnly('SequenceList', () => '0'), valuesList: ['0'] }),
    v('OCPPCommCtrlr', 'FileTransferProtocols', { ...readOnly('MemberList', () => 'HTTP,HTTPS'), valuesList: ['HTTP', 'HTTPS'] }),
    // Required variables (part 2, "Referenced Components and Variables"), reporting what the station does:
    // one network profile, every status after any time offline, a reset that restarts in process, and the
    // cable released when the vehicle leaves.
    v('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts', readOnly('integer', () => 1)),
    v('OCPPCommCtrlr', 'OfflineThreshold', { ...readOnly('integer', () => 0), unit: 's' }),
    v('OCPPCommCtrlr', 'ResetRetries', readOnly('integer', () => 0)),
    v('OCPPCommCtrlr', 'UnlockOnEVSideDisconnect', readOnly('boolean', () => true)),
    v('SecurityCtrlr', 'SecurityProfile', readOnly('integer', () => cfg.security_profile)),
    v('SecurityCtrlr', 'OrganizationName', readOnly('string', () => ctx.station.vendor)),
    // No certificate is installed through OCPP (InstallCertificate is not supported).
    v('SecurityCtrlr', 'CertificateEntries', readOnly('integer', () => 0)),
    v('SecurityCtrlr', 'Identity', readOnly('string', () => ctx.station.identity)),
    v('DeviceDataCtrlr', 'ItemsPerMessage', readOnly('integer', () => LIMITS.reportItemsPerMessage), { variableInstance: 'GetReport' }),
    v('DeviceDataCtrlr', 'ItemsPerMessage', readOnly('integer', () => LIMITS.getVariablesItems), { variableInstance: 'GetVariables' }),
    v('DeviceDataCtrlr', 'ItemsPerMessage', readOnly('integer', () => LIMITS.setVariablesItems), { variableInstance: 'SetVariables' }),
    v('DeviceDataCtrlr', 'BytesPerMessage', readOnly('integer', () => LIMITS.bytesPerMessage), { variableInstance: 'GetReport' }),
    v('DeviceDataCtrlr', 'BytesPerMessage', readOnly('integer', () => LIMITS.bytesPerMessage), { variableInstance: 'GetVariables' }),
    v('DeviceDataCtrlr', 'BytesPerMessage', readOnly('integer', () => LIMITS.bytesPerMessage), { variableInstance: 'SetVariables' }),

    // ---- E, J: transactions and meter values ----
    v('TxCtrlr', 'TxStartPoint', pointList('transactions.start_points')),
    v('TxCtrlr', 'TxStopPoint', pointList('transactions.stop_points')),
    v('TxCtrlr', 'StopTxOnInvalidId', boolSetting(s, 'transactions.stop_on_invalid_id')),
    v('TxCtrlr', 'EVConnectionTimeOut', { ...intSetting(s, 'authorization.connection_timeout_s', 1, 86_400), unit: 's' }),
    v('TxCtrlr', 'StopTxOnEVSideDisconnect', readOnly('boolean', () => true)),
    // The station charges on its local list and cache before the boot is accepted, as it does offline; the
    // TransactionEvents wait in the queue until it is.
    v('TxCtrlr', 'TxBeforeAcceptedEnabled', readOnly('boolean', () => true)),
    v('SampledDataCtrlr', 'Enabled', readOnly('boolean', () => true)),
    v('SampledDataCtrlr', 'TxUpdatedInterval', { ...intSetting(s, 'meter_values.sample_interval_s', 0, 86_400), unit: 's' }),
    v('SampledDataCtrlr', 'TxUpdatedMeasurands', measurandList('meter_values.sampled_measurands')),
    v('SampledDataCtrlr', 'TxEndedMeasurands', measurandList('meter_values.stop_measurands')),
    v('SampledDataCtrlr', 'TxEndedInterval', { ...readOnly('integer', () => 0), unit: 's' }),
    v('SampledDataCtrlr', 'TxStartedMeasurands', listVariable(MEASURANDS, 0, () => local.txStartedMeasurands(), (m) => local.setTxStartedMeasurands(m as OcppMeasurand[]))),
    v('AlignedDataCtrlr', 'Enabled', readOnly('boolean', () => true)),
    v('AlignedDataCtrlr', 'Interval', { ...intSetting(s, 'meter_values.aligned_interval_s', 0, 86_400), unit: 's' }),
    v('AlignedDataCtrlr', 'Measurands', measurandList('meter_values.aligned_measurands')),
    // Ended events carry no clock-aligned values.
    v('AlignedDataCtrlr', 'TxEndedMeasurands', { ...readOnly('MemberList', () => ''), valuesList: MEASURANDS }),
    v('AlignedDataCtrlr', 'TxEndedInterval', { ...readOnly('integer', () => 0), unit: 's' }),

    // ---- C, D: authorization ----
    v('AuthCtrlr', 'Enabled', readOnly('boolean', () => true)),
    v('AuthCtrlr', 'AuthorizeRemoteStart', boolSetting(s, 'authorization.authorize_remote_start')),
    v('AuthCtrlr', 'LocalAuthorizeOffline', boolSetting(s, 'authorization.local_authorize_offline')),
    v('AuthCtrlr', 'LocalPreAuthorize', boolSetting(s, 'authorization.local_pre_authorize')),
    v('AuthCtrlr', 'OfflineTxForUnknownIdEnabled', boolSetting(s, 'authorization.allow_offline_unknown')),
    v('AuthCacheCtrlr', 'Available', readOnly('boolean', () => true)),
    v('AuthCacheCtrlr', 'Enabled', boolSetting(s, 'authorization.cache_enabled')),
    v('AuthCacheCtrlr', 'LifeTime', { ...intSetting(s, 'authorization.cache_lifetime_s', 0, 31_536_000), unit: 's' }),
    v('LocalAuthListCtrlr', 'Available', readOnly('boolean', () => true)),
    v('LocalAuthListCtrlr', 'Enabled', boolSetting(s, 'authorization.local_list_enabled')),
    v('LocalAuthListCtrlr', 'Entries', { ...readOnly('integer', () => ctx.localList.size()), max: cfg.authorization.local_list_max }),
    v('LocalAuthListCtrlr', 'ItemsPerMessage', readOnly('integer', () => cfg.authorization.local_list_max)),
    v('LocalAuthListCtrlr', 'BytesPerMessage', readOnly('integer', () => LIMITS.bytesPerMessage)),

    // ---- K: smart charging ----
    v('SmartChargingCtrlr', 'Available', readOnly('boolean', () => true)),
    v('SmartChargingCtrlr', 'Enabled', readOnly('boolean', () => true)),
    v('SmartChargingCtrlr', 'ProfileStackLevel', readOnly('integer', () => LIMITS.profileStackLevel)),
    v('SmartChargingCtrlr', 'RateUnit', { ...readOnly('MemberList', () => 'A,W'), valuesList: ['A', 'W'] }),
    v('SmartChargingCtrlr', 'PeriodsPerSchedule', readOnly('integer', () => LIMITS.periodsPerSchedule)),
    v('SmartChargingCtrlr', 'LimitChangeSignificance', readOnly('decimal', () => 0)),
    v('SmartChargingCtrlr', 'Entries', readOnly('integer', () => ctx.smart.list().length), { variableInstance: 'ChargingProfiles' }),
  ];

  // ---- per EVSE and its one connector ----
  for (const e of ctx.evses) {
    const evse = { evse: e.id };
    const connector = { evse: e.id, connector: 1 };
    const maxPowerW = e.max_current_A * e.nominal_voltage_V * e.phases;
    defs.push(
      v('EVSE', 'AvailabilityState', option(AVAILABILITY_STATES, () => statusOf(e.id)), evse),
      v('EVSE', 'Available', readOnly('boolean', () => local.operative(e.id)), evse),
      v('EVSE', 'Problem', readOnly('boolean', () => statusOf(e.id) === 'Faulted'), evse),
      v('EVSE', 'Power', { ...readOnly('decimal', () => Math.round(e.meter.read().power_W)), unit: 'W', max: maxPowerW }, evse),
      v('EVSE', 'SupplyPhases', readOnly('integer', () => (e.dc ? 0 : e.phases)), evse),
      v('Connector', 'ConnectorType', readOnly('string', () => e.connector), connector),
      v('Connector', 'AvailabilityState', option(AVAILABILITY_STATES, () => statusOf(e.id)), connector),
      v('Connector', 'Available', readOnly('boolean', () => local.operative(e.id)), connector),
      v('Connector', 'SupplyPhases', readOnly('integer', () => (e.dc ? 0 : e.phases)), connector),
    );
  }
  return defs;
}
