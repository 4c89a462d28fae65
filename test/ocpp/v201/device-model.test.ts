/**
 * The OCPP 2.0.1 device model over the wire (B05-B08): GetVariables / SetVariables with every status and
 * their effect on the station, GetBaseReport paged into NotifyReport, GetReport filters and EmptyResultSet.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ask, askError, CARD, startV201, type V201Bench } from './bench.js';

let b: V201Bench | null = null;
afterEach(async () => {
  await b?.close();
  b = null;
});

const cv = (component: string, variable: string, extra: { evse?: object; instance?: string } = {}) => ({
  component: { name: component, ...(extra.evse ? { evse: extra.evse } : {}) },
  variable: { name: variable, ...(extra.instance ? { instance: extra.instance } : {}) },
});

describe('OCPP 2.0.1 device model', () => {
  it('GetVariables: values of settings, configuration and live state, with each status', async () => {
    b = await startV201({ ocpp: { meter_values: { sample_interval_s: 15, aligned_interval_s: 0 } } });
    const r = await ask(b, 'GetVariables', {
      getVariableData: [
        cv('SampledDataCtrlr', 'TxUpdatedInterval'),
        cv('TxCtrlr', 'TxStartPoint'),
        cv('OCPPCommCtrlr', 'MessageTimeout', { instance: 'Default' }),
        cv('SecurityCtrlr', 'Identity'),
        cv('EVSE', 'AvailabilityState', { evse: { id: 2 } }),
        cv('Connector', 'ConnectorType', { evse: { id: 1, connectorId: 1 } }),
        cv('ChargingStation', 'Model'),
        { ...cv('SampledDataCtrlr', 'TxUpdatedInterval'), attributeType: 'Target' },
        cv('FirmwareCtrlr', 'Version'),
        cv('TxCtrlr', 'Colour'),
        cv('EVSE', 'Power', { evse: { id: 3 } }),
      ],
    });
    expect(r.getVariableResult.map((x: any) => [x.attributeStatus, x.attributeValue])).toEqual([
      ['Accepted', '15'],
      ['Accepted', 'EVConnected,Authorized'],
      ['Accepted', '5'],
      ['Accepted', 'ampbox-v201-1'],
      ['Accepted', 'Available'],
      ['Accepted', 'cType2'],
      ['Accepted', 'ampbox-test'],
      ['NotSupportedAttributeType', undefined],
      ['UnknownComponent', undefined],
      ['UnknownVariable', undefined],
      ['UnknownComponent', undefined],
    ]);
    await b.chargeWith(1, CARD);
    const live = await ask(b, 'GetVariables', { getVariableData: [cv('EVSE', 'AvailabilityState', { evse: { id: 1 } }), cv('EVSE', 'Power', { evse: { id: 1 } })] });
    expect(live.getVariableResult[0].attributeValue).toBe('Occupied');
    expect(Number(live.getVariableResult[1].attributeValue)).toBeGreaterThan(10_000);
    // DeviceDataCtrlr.ItemsPerMessage[GetVariables] is 50: one more is refused whole.
    const many = Array.from({ length: 51 }, () => cv('SecurityCtrlr', 'Identity'));
    expect(await askError(b, 'GetVariables', { getVariableData: many })).toBe('OccurrenceConstraintViolation');
    b.csms.assertNoViolations();
  });

  it('SetVariables: Accepted changes the station at once; read-only and bad values Rejected; unknowns said so', async () => {
    b = await startV201({ ocpp: { meter_values: { sample_interval_s: 0, aligned_interval_s: 0 } } });
    const set = (component: string, variable: string, attributeValue: string, extra: { evse?: object; instance?: string; attributeType?: string } = {}) => ({
      ...cv(component, variable, extra),
      attributeValue,
      ...(extra.attributeType ? { attributeType: extra.attributeType } : {}),
    });
    const r = await ask(b, 'SetVariables', {
      setVariableData: [
        set('SampledDataCtrlr', 'TxUpdatedInterval', '5'),
        set('SampledDataCtrlr', 'TxUpdatedMeasurands', 'Energy.Active.Import.Register,Current.Import'),
        set('TxCtrlr', 'TxStartPoint', 'Authorized'),
        set('AuthCacheCtrlr', 'Enabled', 'false'),
        set('TxCtrlr', 'TxStopPoint', ''),
        set('SampledDataCtrlr', 'TxUpdatedMeasurands', 'Frequency'),
        set('OCPPCommCtrlr', 'HeartbeatInterval', '-5'),
        set('SecurityCtrlr', 'SecurityProfile', '3'),
        set('LocalAuthListCtrlr', 'Entries', '9'),
        set('Nonsense', 'Value', '1'),
        set('TxCtrlr', 'Nonsense', '1'),
        set('TxCtrlr', 'StopTxOnInvalidId', 'true', { attributeType: 'MaxSet' }),
      ],
    });
    expect(r.setVariableResult.map((x: any) => x.attributeStatus)).toEqual([
      'Accepted',
      'Accepted',
      'Accepted',
      'Accepted',
      'Rejected',
      'Rejected',
      'Rejected',
      'Rejected',
      'Rejected',
      'UnknownComponent',
      'UnknownVariable',
      'NotSupportedAttributeType',
    ]);
    expect(r.setVariableResult[7].attributeStatusInfo.reasonCode).toBe('ReadOnly');
    expect(r.setVariableResult[4].attributeStatusInfo.reasonCode).toBe('InvalidValue');
    // ClearCache follows AuthCacheCtrlr.Enabled (C11).
    expect((await ask(b, 'ClearCache', {})).status).toBe('Rejected');
    // The new start point and interval are used by the next session.
    const e1 = b.app.evses[0]!;
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting');
    await b.run(1000);
    expect(b.txEvents()).toHaveLength(0);
    b.app.tokens.push({ id_token: CARD, type: 'RFID', evse: 1 });
    await b.runUntil(() => e1.charger.state === 'Charging', 'charging');
    await b.run(11_000);
    const events = b.txEvents();
    expect(events[0]).toMatchObject({ eventType: 'Started', triggerReason: 'Authorized' });
    const periodic = events.filter((e) => e.triggerReason === 'MeterValuePeriodic');
    expect(periodic.length).toBeGreaterThanOrEqual(2);
    expect(periodic[0].meterValue[0].sampledValue.map((s: any) => `${s.measurand}${s.phase ? ` ${s.phase}` : ''}`)).toEqual([
      'Energy.Active.Import.Register',
      'Current.Import L1',
      'Current.Import L2',
      'Current.Import L3',
    ]);
    const read = await ask(b, 'GetVariables', { getVariableData: [cv('TxCtrlr', 'TxStartPoint'), cv('AuthCacheCtrlr', 'Enabled')] });
    expect(read.getVariableResult.map((x: any) => x.attributeValue)).toEqual(['Authorized', 'false']);
    b.csms.assertNoViolations();
  });

  it('SetVariables survive a restart (they are kept in the database)', async () => {
    b = await startV201({ ocpp: { meter_values: { sample_interval_s: 0, aligned_interval_s: 0 } } });
    await ask(b, 'SetVariables', { setVariableData: [{ ...cv('AlignedDataCtrlr', 'Interval'), attributeValue: '120' }] });
    const { csms, dir, clock } = b;
    await b.close({ keepCsms: true, keepDir: true });
    b = await startV201({ reuseCsms: csms, dir, clock });
    const r = await ask(b, 'GetVariables', { getVariableData: [cv('AlignedDataCtrlr', 'Interval')] });
    expect(r.getVariableResult[0].attributeValue).toBe('120');
    await b.close();
    await csms.close();
    b = null;
  });

  it('GetBaseReport: Accepted, then NotifyReport pages of 10 with seqNo, tbc and one generatedAt', async () => {
    b = await startV201();
    expect(await ask(b, 'GetBaseReport', { requestId: 7, reportBase: 'FullInventory' })).toEqual({ status: 'Accepted' });
    await b.settle(() => b!.calls('NotifyReport').some((c) => c.payload.requestId === 7 && c.payload.tbc === false), 'the last page');
    const reports = b.calls('NotifyReport').map((c) => c.payload);
    expect(reports.length).toBeGreaterThan(5);
    expect(reports.map((p) => p.seqNo)).toEqual(reports.map((_, i) => i));
    expect(reports.map((p) => p.tbc)).toEqual(reports.map((_, i) => i < reports.length - 1));
    expect(new Set(reports.map((p) => p.generatedAt)).size).toBe(1);
    expect(reports.slice(0, -1).every((p) => p.reportData.length === 10)).toBe(true);
    const data = reports.flatMap((p) => p.reportData);
    const names = data.map((d: any) => `${d.component.name}${d.component.evse ? `[${d.component.evse.id}]` : ''}.${d.variable.name}${d.variable.instance ? `[${d.variable.instance}]` : ''}`);
    for (const n of [
      'OCPPCommCtrlr.HeartbeatInterval',
      'OCPPCommCtrlr.MessageTimeout[Default]',
      'OCPPCommCtrlr.MessageAttempts[TransactionEvent]',
      'SampledDataCtrlr.TxUpdatedInterval',
      'SampledDataCtrlr.TxStartedMeasurands',
      'AlignedDataCtrlr.Measurands',
      'TxCtrlr.TxStopPoint',
      'AuthCtrlr.LocalPreAuthorize',
      'AuthCacheCtrlr.LifeTime',
      'LocalAuthListCtrlr.ItemsPerMessage',
      'SmartChargingCtrlr.ProfileStackLevel',
      'DeviceDataCtrlr.ItemsPerMessage[GetReport]',
      'SecurityCtrlr.SecurityProfile',
      'ChargingStation.VendorName',
      'EVSE[1].AvailabilityState',
      'EVSE[2].Power',
      'Connector[2].ConnectorType',
    ]) {
      expect(names).toContain(n);
    }
    expect(new Set(names).size).toBe(names.length);
    // The interval the CSMS gave in its BootNotification answer (300), not the configuration's 3600.
    const hb = data.find((d: any) => d.variable.name === 'HeartbeatInterval');
    expect(hb.variableAttribute).toEqual([{ type: 'Actual', value: '300', mutability: 'ReadWrite', persistent: true, constant: false }]);
    expect(hb.variableCharacteristics).toMatchObject({ dataType: 'integer', unit: 's', supportsMonitoring: false });

    expect(await ask(b, 'GetBaseReport', { requestId: 8, reportBase: 'ConfigurationInventory' })).toEqual({ status: 'Accepted' });
    await b.settle(() => b!.calls('NotifyReport').some((c) => c.payload.requestId === 8 && c.payload.tbc === false), 'the configuration report');
    const config = b.calls('NotifyReport').filter((c) => c.payload.requestId === 8).flatMap((c) => c.payload.reportData);
    expect(config.every((d: any) => d.variableAttribute[0].mutability === 'ReadWrite')).toBe(true);
    expect(await ask(b, 'GetBaseReport', { requestId: 9, reportBase: 'SummaryInventory' })).toEqual({ status: 'Accepted' });
    b.csms.assertNoViolations();
  });

  it('GetReport: by component and variable, by EVSE, by criteria; EmptyResultSet when nothing matches', async () => {
    b = await startV201();
    const report = async (requestId: number, filter: object): Promise<any[]> => {
      const r = await ask(b!, 'GetReport', { requestId, ...filter });
      if (r.status !== 'Accepted') return r.status;
      await b!.settle(() => b!.calls('NotifyReport').some((c) => c.payload.requestId === requestId && c.payload.tbc === false), `report ${requestId}`);
      return b!.calls('NotifyReport').filter((c) => c.payload.requestId === requestId).flatMap((c) => c.payload.reportData);
    };
    const ctrl = await report(1, { componentVariable: [{ component: { name: 'TxCtrlr' } }] });
    expect(ctrl.map((d) => d.variable.name)).toEqual(['TxStartPoint', 'TxStopPoint', 'StopTxOnInvalidId', 'EVConnectionTimeOut', 'StopTxOnEVSideDisconnect', 'TxBeforeAcceptedEnabled']);
    const one = await report(2, { componentVariable: [{ component: { name: 'EVSE', evse: { id: 2 } }, variable: { name: 'AvailabilityState' } }] });
    expect(one).toEqual([
      {
        component: { name: 'EVSE', evse: { id: 2 } },
        variable: { name: 'AvailabilityState' },
        variableAttribute: [{ type: 'Actual', value: 'Available', mutability: 'ReadOnly', persistent: true, constant: true }],
        variableCharacteristics: { dataType: 'OptionList', supportsMonitoring: false, valuesList: 'Available,Occupied,Reserved,Unavailable,Faulted' },
      },
    ]);
    // Enabled: the controllers whose Enabled is true.
    const enabled = await report(3, { componentCriteria: ['Enabled'] });
    expect([...new Set(enabled.map((d) => d.component.name))]).toEqual(['SampledDataCtrlr', 'AlignedDataCtrlr', 'AuthCtrlr', 'AuthCacheCtrlr', 'LocalAuthListCtrlr', 'SmartChargingCtrlr']);
    expect(await report(4, { componentCriteria: ['Problem'] })).toBe('EmptyResultSet');
    b.app.evses[1]!.sim!.injectFault('rcd_trip');
    await b.run(1000);
    const problem = await report(5, { componentCriteria: ['Problem'] });
    expect([...new Set(problem.map((d) => `${d.component.name}${d.component.evse ? d.component.evse.id : ''}`))]).toEqual(['ChargingStation', 'EVSE2']);
    expect(await report(6, { componentVariable: [{ component: { name: 'NoSuchComponent' } }] })).toBe('EmptyResultSet');
    b.csms.assertNoViolations();
  });
});
