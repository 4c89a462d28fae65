/**
 * The 2.0.1 mapper's pure parts: token types, meter values, charging states and end reasons (convert.ts),
 * start/stop points (tx-points.ts, E01/E06), charging profiles (profiles.ts, K01), the device-model table
 * with Get/SetVariables statuses (B05/B06) and report selection and paging (B07/B08), and the seqNo
 * counter in a real SQLite file (tx-store.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../appliance/src/config/index.js';
import { openDatabase, type Database } from '../../../appliance/src/db/index.js';
import { StoredSettings } from '../../../appliance/src/ocpp/index.js';
import type { OcppTxPoint } from '../../../appliance/src/ocpp/ports.js';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import {
  chargingStateOf,
  endTriggerOf,
  idTokenOf,
  idTokenType,
  meterValueOf,
  tokenInfoOf,
} from '../../../appliance/src/ocpp/v201/convert.js';
import { endsTransaction, pointChange, startsTransaction } from '../../../appliance/src/ocpp/v201/tx-points.js';
import { profileFromOcpp, profileToOcpp } from '../../../appliance/src/ocpp/v201/profiles.js';
import { boolSetting, intSetting, listVariable, readOnly, reportDataOf, type VariableDef } from '../../../appliance/src/ocpp/v201/device-model.js';
import { getVariables, setVariables } from '../../../appliance/src/ocpp/v201/variables.js';
import { baseReport, filterReport, pages } from '../../../appliance/src/ocpp/v201/reports.js';
import { TransactionStore } from '../../../appliance/src/ocpp/v201/tx-store.js';
import type { ChargingProfileType } from '../../../appliance/src/ocpp/v201/messages.js';

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanup.splice(0)) c();
});

function tempDb(): { db: Database; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ampbox-v201-'));
  const file = path.join(dir, 'ampbox.db');
  const db = openDatabase(file);
  cleanup.push(() => {
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { db, file };
}

describe('convert', () => {
  it('gives ISO14443 only to reader UIDs of 4, 7 or 10 bytes in hex', () => {
    expect(idTokenType('DEADBEEF', 'RFID')).toBe('ISO14443');
    expect(idTokenType('04A2B3C4D5E6F7', 'RFID')).toBe('ISO14443');
    expect(idTokenType('DEADBEE', 'RFID')).toBe('Local');
    expect(idTokenType('card-17', 'RFID')).toBe('Local');
    expect(idTokenType('X', 'Central')).toBe('Central');
    expect(idTokenType('EMP77TWTW99999', 'PlugAndCharge')).toBe('eMAID');
    expect(idTokenType('FreeCharging', 'Free')).toBe('NoAuthorization');
    expect(idTokenOf('FreeCharging', 'Free')).toEqual({ idToken: '', type: 'NoAuthorization' });
    expect(idTokenOf('DEADBEEF', 'RFID')).toEqual({ idToken: 'DEADBEEF', type: 'ISO14443' });
  });

  it('keeps status, expiry and group of an IdTokenInfo', () => {
    expect(tokenInfoOf({ status: 'Blocked', cacheExpiryDateTime: '2026-01-02T00:00:00Z', groupIdToken: { idToken: 'G1', type: 'Central' } })).toEqual({
      status: 'Blocked',
      expires_at: Date.UTC(2026, 0, 2),
      group_id: 'G1',
    });
    expect(tokenInfoOf({ status: 'Accepted' })).toEqual({ status: 'Accepted' });
  });

  it('shapes a sample into one MeterValue with context, measurand, phase and unit', () => {
    const mv = meterValueOf(
      {
        timestamp: 0,
        context: 'Sample.Periodic',
        values: [
          { measurand: 'Energy.Active.Import.Register', value: 1234.56789, unit: 'Wh' },
          { measurand: 'Current.Import', value: 16, unit: 'A', phase: 'L2' },
        ],
      },
      Date.UTC(2026, 0, 1, 12),
    );
    expect(mv).toEqual({
      timestamp: '2026-01-01T12:00:00.000Z',
      sampledValue: [
        { value: 1234.568, context: 'Sample.Periodic', measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } },
        { value: 16, context: 'Sample.Periodic', measurand: 'Current.Import', phase: 'L2', unitOfMeasure: { unit: 'A' } },
      ],
    });
  });

  it('maps charger states to chargingState and stop reasons to trigger reasons', () => {
    expect(chargingStateOf('Charging', true)).toBe('Charging');
    expect(chargingStateOf('ChargingPausedEV', true)).toBe('SuspendedEV');
    expect(chargingStateOf('ChargingPausedEVSE', true)).toBe('SuspendedEVSE');
    expect(chargingStateOf('Finished', true)).toBe('EVConnected');
    expect(chargingStateOf('Idle', false)).toBe('Idle');
    expect(endTriggerOf('EVDisconnected')).toBe('EVCommunicationLost');
    expect(endTriggerOf('Remote')).toBe('RemoteStop');
    expect(endTriggerOf('Local')).toBe('StopAuthorized');
    expect(endTriggerOf('DeAuthorized')).toBe('Deauthorized');
    expect(endTriggerOf('GroundFault')).toBe('AbnormalCondition');
    expect(endTriggerOf('Reboot')).toBe('AbnormalCondition');
  });
});

describe('start and stop points (E01, E06)', () => {
  const all: OcppTxPoint[] = ['EVConnected', 'Authorized', 'PowerPathClosed', 'EnergyTransfer'];

  it('maps session events to points reached and lost', () => {
    expect(pointChange('SessionStarted')).toEqual({ reached: ['EVConnected'], lost: [] });
    expect(pointChange('Authorized').reached).toEqual(['Authorized']);
    expect(pointChange('ChargingStarted').reached).toEqual(['PowerPathClosed', 'EnergyTransfer']);
    expect(pointChange('ChargingPausedEV')).toEqual({ reached: [], lost: [] });
    expect(pointChange('TransactionFinished').lost).toEqual(['Authorized', 'PowerPathClosed', 'EnergyTransfer']);
    expect(pointChange('SessionFinished').lost).toEqual(all);
  });

  it('starts at the first start point reached', () => {
    expect(startsTransaction(['EVConnected', 'Authorized'], ['EVConnected'])).toBe(true);
    expect(startsTransaction(['Authorized'], ['EVConnected'])).toBe(false);
    expect(startsTransaction(['PowerPathClosed'], ['PowerPathClosed', 'EnergyTransfer'])).toBe(true);
  });

  it('ends when a reached stop point is lost, and always when the EV leaves', () => {
    const reached = new Set<OcppTxPoint>(['EVConnected', 'Authorized']);
    expect(endsTransaction(['EVConnected', 'Authorized'], reached, pointChange('TransactionFinished').lost)).toBe(true);
    expect(endsTransaction(['EVConnected'], reached, pointChange('TransactionFinished').lost)).toBe(false);
    // PowerPathClosed never reached: losing it ends nothing; the EV leaving does.
    expect(endsTransaction(['PowerPathClosed'], reached, pointChange('TransactionFinished').lost)).toBe(false);
    expect(endsTransaction(['PowerPathClosed'], reached, pointChange('SessionFinished').lost)).toBe(true);
  });
});

describe('charging profiles (K01)', () => {
  const profile: ChargingProfileType = {
    id: 7,
    stackLevel: 2,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Recurring',
    recurrencyKind: 'Daily',
    validTo: '2027-01-01T00:00:00.000Z',
    chargingSchedule: [
      {
        id: 3,
        startSchedule: '2026-01-01T00:00:00.000Z',
        duration: 3600,
        chargingRateUnit: 'A',
        chargingSchedulePeriod: [
          { startPeriod: 0, limit: 10 },
          { startPeriod: 1800, limit: 6, numberPhases: 1 },
        ],
      },
    ],
  };

  it('converts to the neutral form and back', () => {
    const r = profileFromOcpp(profile);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile).toEqual({
      id: 7,
      stack_level: 2,
      purpose: 'TxDefaultProfile',
      kind: 'Recurring',
      recurrency: 'Daily',
      valid_to: Date.UTC(2027, 0, 1),
      schedule: {
        id: 3,
        start: Date.UTC(2026, 0, 1),
        duration_s: 3600,
        unit: 'A',
        periods: [
          { start_s: 0, limit: 10 },
          { start_s: 1800, limit: 6, phases: 1 },
        ],
      },
    });
    expect(profileToOcpp(r.profile)).toEqual(profile);
  });

  it('refuses what it cannot follow', () => {
    const s = profile.chargingSchedule[0]!;
    expect(profileFromOcpp({ ...profile, chargingSchedule: [s, { ...s, id: 4 }] })).toMatchObject({ ok: false });
    expect(profileFromOcpp({ ...profile, chargingSchedule: [{ ...s, chargingSchedulePeriod: [{ startPeriod: 5, limit: 6 }] }] })).toMatchObject({ ok: false });
    expect(profileFromOcpp({ ...profile, recurrencyKind: undefined })).toMatchObject({ ok: false, reason: 'Recurring without recurrencyKind' });
    expect(profileFromOcpp({ ...profile, chargingProfileKind: 'Absolute', chargingSchedule: [{ ...s, startSchedule: undefined }] })).toMatchObject({ ok: false });
  });
});

describe('device model (B05-B08)', () => {
  function model(): { defs: VariableDef[]; settings: StoredSettings } {
    const { db } = tempDb();
    const settings = new StoredSettings(db, defaultConfig({}).ocpp, new ManualClock());
    let measurands = ['Energy.Active.Import.Register'];
    const defs: VariableDef[] = [
      { component: 'OCPPCommCtrlr', variable: 'HeartbeatInterval', ...intSetting(settings, 'heartbeat_interval_s', 1, 86_400) },
      { component: 'TxCtrlr', variable: 'StopTxOnInvalidId', ...boolSetting(settings, 'transactions.stop_on_invalid_id') },
      { component: 'SampledDataCtrlr', variable: 'TxStartedMeasurands', ...listVariable(['Energy.Active.Import.Register', 'SoC'], 0, () => measurands, (m) => (measurands = m)) },
      { component: 'SecurityCtrlr', variable: 'SecurityProfile', ...readOnly('integer', () => 1) },
      { component: 'EVSE', evse: 1, variable: 'Available', ...readOnly('boolean', () => true) },
      { component: 'EVSE', evse: 1, variable: 'Problem', ...readOnly('boolean', () => false) },
      { component: 'EVSE', evse: 2, variable: 'Available', ...readOnly('boolean', () => false) },
      { component: 'EVSE', evse: 2, variable: 'Problem', ...readOnly('boolean', () => true) },
      { component: 'Connector', evse: 1, connector: 1, variable: 'AvailabilityState', ...readOnly('OptionList', () => 'Available') },
      { component: 'OCPPCommCtrlr', variable: 'MessageAttempts', variableInstance: 'TransactionEvent', ...intSetting(settings, 'transactions.message_attempts', 1, 100) },
    ];
    return { defs, settings };
  }

  it('answers GetVariables item by item with each status', () => {
    const { defs } = model();
    const r = getVariables(defs, {
      getVariableData: [
        { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } },
        { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'MessageAttempts', instance: 'TransactionEvent' } },
        { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'MessageAttempts' } },
        { component: { name: 'NoSuchCtrlr' }, variable: { name: 'HeartbeatInterval' } },
        { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' }, attributeType: 'MaxSet' },
        { component: { name: 'EVSE', evse: { id: 2 } }, variable: { name: 'Problem' } },
        { component: { name: 'EVSE', evse: { id: 3 } }, variable: { name: 'Problem' } },
      ],
    });
    expect(r.map((x) => [x.attributeStatus, x.attributeValue])).toEqual([
      ['Accepted', '300'],
      ['Accepted', '3'],
      ['UnknownVariable', undefined],
      ['UnknownComponent', undefined],
      ['NotSupportedAttributeType', undefined],
      ['Accepted', 'true'],
      ['UnknownComponent', undefined],
    ]);
    expect(r[4]).toMatchObject({ attributeType: 'MaxSet', component: { name: 'OCPPCommCtrlr' } });
  });

  it('answers SetVariables: Accepted changes the setting, read-only and bad values are Rejected', () => {
    const { defs, settings } = model();
    const r = setVariables(defs, {
      setVariableData: [
        { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' }, attributeValue: '60' },
        { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' }, attributeValue: 'soon' },
        { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' }, attributeValue: '0' },
        { component: { name: 'TxCtrlr' }, variable: { name: 'StopTxOnInvalidId' }, attributeValue: 'false' },
        { component: { name: 'TxCtrlr' }, variable: { name: 'StopTxOnInvalidId' }, attributeValue: 'maybe' },
        { component: { name: 'SecurityCtrlr' }, variable: { name: 'SecurityProfile' }, attributeValue: '3' },
        { component: { name: 'SampledDataCtrlr' }, variable: { name: 'TxStartedMeasurands' }, attributeValue: 'SoC,Energy.Active.Import.Register' },
        { component: { name: 'SampledDataCtrlr' }, variable: { name: 'TxStartedMeasurands' }, attributeValue: 'Frequency' },
        { component: { name: 'TxCtrlr' }, variable: { name: 'Nope' }, attributeValue: '1' },
        { component: { name: 'TxCtrlr' }, variable: { name: 'StopTxOnInvalidId' }, attributeValue: 'true', attributeType: 'Target' },
      ],
    });
    expect(r.map((x) => x.attributeStatus)).toEqual([
      'Accepted',
      'Rejected',
      'Rejected',
      'Accepted',
      'Rejected',
      'Rejected',
      'Accepted',
      'Rejected',
      'UnknownVariable',
      'NotSupportedAttributeType',
    ]);
    expect(r[5]!.attributeStatusInfo).toEqual({ reasonCode: 'ReadOnly' });
    expect(r[2]!.attributeStatusInfo?.additionalInfo).toBe('0 is outside 1..86400');
    expect(settings.getNumber('heartbeat_interval_s')).toBe(60);
    expect(settings.getBoolean('transactions.stop_on_invalid_id')).toBe(false);
    expect(getVariables(defs, { getVariableData: [{ component: { name: 'SampledDataCtrlr' }, variable: { name: 'TxStartedMeasurands' } }] })[0]!.attributeValue).toBe(
      'SoC,Energy.Active.Import.Register',
    );
  });

  it('passes RebootRequired through from a variable that takes effect only after a restart', () => {
    let pending = '';
    const defs: VariableDef[] = [
      {
        component: 'OCPPCommCtrlr',
        variable: 'NetworkConfigurationPriority',
        dataType: 'SequenceList',
        mutability: 'ReadWrite',
        get: () => '0',
        set: (v) => ((pending = v), { status: 'RebootRequired' }),
      },
    ];
    const r = setVariables(defs, { setVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'NetworkConfigurationPriority' }, attributeValue: '1,0' }] });
    expect(r).toEqual([{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'NetworkConfigurationPriority' }, attributeStatus: 'RebootRequired' }]);
    expect(pending).toBe('1,0');
  });

  it('selects base reports and filters GetReport by component, variable and criteria', () => {
    const { defs } = model();
    expect(baseReport(defs, 'FullInventory')).toHaveLength(defs.length);
    expect(baseReport(defs, 'ConfigurationInventory').map((d) => d.variable)).toEqual(['HeartbeatInterval', 'StopTxOnInvalidId', 'TxStartedMeasurands', 'MessageAttempts']);
    expect(baseReport(defs, 'SummaryInventory').map((d) => `${d.component}${d.evse ?? ''}.${d.variable}`)).toEqual(['EVSE1.Problem', 'EVSE2.Problem', 'Connector1.AvailabilityState']);
    // A component by name only: all its EVSEs; with an EVSE: that one.
    expect(filterReport(defs, { componentVariable: [{ component: { name: 'EVSE' } }] })).toHaveLength(4);
    expect(filterReport(defs, { componentVariable: [{ component: { name: 'EVSE', evse: { id: 2 } }, variable: { name: 'Problem' } }] })).toHaveLength(1);
    expect(filterReport(defs, { componentCriteria: ['Problem'] }).map((d) => `${d.evse}.${d.variable}`)).toEqual(['2.Available', '2.Problem']);
    expect(filterReport(defs, { componentCriteria: ['Available'] }).map((d) => `${d.evse}.${d.variable}`)).toEqual(['1.Available', '1.Problem']);
    expect(filterReport(defs, { componentCriteria: ['Enabled'] })).toEqual([]);
    expect(filterReport(defs, { componentVariable: [{ component: { name: 'EVSE' } }], componentCriteria: ['Problem'] })).toHaveLength(2);
  });

  it('reports each variable with its attribute and characteristics, in pages', () => {
    const { defs } = model();
    expect(reportDataOf(defs[0]!)).toEqual({
      component: { name: 'OCPPCommCtrlr' },
      variable: { name: 'HeartbeatInterval' },
      variableAttribute: [{ type: 'Actual', value: '300', mutability: 'ReadWrite', persistent: true, constant: false }],
      variableCharacteristics: { dataType: 'integer', supportsMonitoring: false, minLimit: 1, maxLimit: 86_400 },
    });
    expect(reportDataOf(defs[8]!).component).toEqual({ name: 'Connector', evse: { id: 1, connectorId: 1 } });
    const data = defs.map(reportDataOf);
    const p = pages(data, 42, '2026-01-01T00:00:00.000Z', 4);
    expect(p.map((x) => [x.seqNo, x.tbc, x.reportData!.length, x.requestId])).toEqual([
      [0, true, 4, 42],
      [1, true, 4, 42],
      [2, false, 2, 42],
    ]);
    expect(p.flatMap((x) => x.reportData)).toEqual(data);
  });
});

describe('transaction store', () => {
  it('hands out seqNo 0, 1, 2 … per transaction and keeps the counter across a reopen', () => {
    const { db, file } = tempDb();
    let store = new TransactionStore(db);
    store.insert({ tx_ref: 'tx-a', evse: 1, started_at: 1000, meter_Wh: 50, data: { charger_tx: 'c-1' } });
    store.insert({ tx_ref: 'tx-b', evse: 2, started_at: 2000, meter_Wh: 0, data: {} });
    expect([store.takeSeqNo('tx-a'), store.takeSeqNo('tx-a'), store.takeSeqNo('tx-b'), store.takeSeqNo('tx-a')]).toEqual([0, 1, 0, 2]);
    store.setMeter('tx-a', 75.5, 5000);
    db.close();
    const again = openDatabase(file);
    cleanup.push(() => again.open && again.close());
    store = new TransactionStore(again);
    expect(store.takeSeqNo('tx-a')).toBe(3);
    expect(store.active().map((r) => [r.tx_ref, r.last_meter_Wh, r.last_meter_at, r.data])).toEqual([
      ['tx-a', 75.5, 5000, { charger_tx: 'c-1' }],
      ['tx-b', 0, 2000, {}],
    ]);
    store.end('tx-a', 6000, 'Local');
    expect(store.active().map((r) => r.tx_ref)).toEqual(['tx-b']);
    expect(() => store.takeSeqNo('nope')).toThrow(/not in ocpp_transactions/);
  });

  it('rolls the counter back with the SQLite transaction it was taken in', () => {
    const { db } = tempDb();
    const store = new TransactionStore(db);
    store.insert({ tx_ref: 'tx', evse: 1, started_at: 0, meter_Wh: 0, data: {} });
    expect(() =>
      store.atomically(() => {
        store.takeSeqNo('tx');
        throw new Error('queue full');
      }),
    ).toThrow('queue full');
    expect(store.takeSeqNo('tx')).toBe(0);
  });
});
