/**
 * Issue 8, metering: measurands read from the simulated board's meter and the real Charger (per phase as
 * separate values, SoC from the vehicle's ISO 15118 report), and the clock-aligned timer's firing times.
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { ChargerMeterSampler, ClockAlignedTimer, nextAligned } from '../../../appliance/src/ocpp/metering/index.js';
import type { MeterSample, OcppMeasurand } from '../../../appliance/src/ocpp/ports.js';
import { simEvse } from './sim-evse.js';

const ALL: OcppMeasurand[] = ['Energy.Active.Import.Register', 'Power.Active.Import', 'Current.Import', 'Voltage', 'SoC', 'Current.Offered', 'Power.Offered'];
const of = (s: MeterSample, m: OcppMeasurand) => s.values.filter((v) => v.measurand === m);

describe('ChargerMeterSampler', () => {
  it('a 3-phase AC session: energy, power, current and voltage per phase, offered current and power', () => {
    const s = simEvse();
    const sampler = new ChargerMeterSampler([s.evse], s.bus);
    s.charge();
    s.run(60_000);
    s.charger.setCurrentLimit(20);
    s.run(2000);
    const sample = sampler.sample(1, 'Sample.Periodic', ALL);
    const reading = s.evse.meter.read();
    expect(sample.context).toBe('Sample.Periodic');
    expect(sample.timestamp).toBe(s.clock.now());
    expect(of(sample, 'Energy.Active.Import.Register')).toEqual([{ measurand: 'Energy.Active.Import.Register', value: reading.energy_import_Wh, unit: 'Wh' }]);
    expect(reading.energy_import_Wh).toBeGreaterThan(100);
    const power = of(sample, 'Power.Active.Import')[0]!;
    expect(power.unit).toBe('W');
    expect(power.value).toBeGreaterThan(3 * 230 * 19);
    expect(of(sample, 'Current.Import').map((v) => v.phase)).toEqual(['L1', 'L2', 'L3']);
    for (const v of of(sample, 'Current.Import')) expect(v.value).toBeCloseTo(reading.current_A[0], 1);
    expect(of(sample, 'Voltage')).toEqual(['L1', 'L2', 'L3'].map((phase) => ({ measurand: 'Voltage', value: 230, unit: 'V', phase })));
    expect(of(sample, 'Current.Offered')).toEqual([{ measurand: 'Current.Offered', value: 20, unit: 'A' }]);
    expect(of(sample, 'Power.Offered')).toEqual([{ measurand: 'Power.Offered', value: 20 * 230 * 3, unit: 'W' }]);
    // No vehicle report: no SoC.
    expect(of(sample, 'SoC')).toEqual([]);
  });

  it('samples only what is asked for, each once', () => {
    const s = simEvse();
    const sampler = new ChargerMeterSampler([s.evse], s.bus);
    const sample = sampler.sample(1, 'Trigger', ['Energy.Active.Import.Register', 'Energy.Active.Import.Register']);
    expect(sample.values).toEqual([{ measurand: 'Energy.Active.Import.Register', value: 0, unit: 'Wh' }]);
    expect(() => sampler.sample(2, 'Trigger', ALL)).toThrow(RangeError);
  });

  it('a 1-phase EVSE reports L1 only', () => {
    const s = simEvse({ phases: 1 });
    const sampler = new ChargerMeterSampler([s.evse], s.bus);
    s.charge('ac-1p-32');
    const sample = sampler.sample(1, 'Sample.Clock', ['Current.Import', 'Voltage', 'Power.Offered']);
    expect(of(sample, 'Current.Import').map((v) => v.phase)).toEqual(['L1']);
    expect(of(sample, 'Current.Import')[0]!.value).toBeGreaterThan(20);
    expect(of(sample, 'Voltage')).toEqual([{ measurand: 'Voltage', value: 230, unit: 'V', phase: 'L1' }]);
    expect(of(sample, 'Power.Offered')[0]!.value).toBe(32 * 230);
  });

  it('SoC comes from the vehicle’s report and is forgotten with the session', () => {
    const s = simEvse();
    const sampler = new ChargerMeterSampler([s.evse], s.bus);
    s.charge();
    s.bus.emit('hlc_status', { evse: 1, report: { protocol: 'ISO15118-2', soc_pct: 57 }, timestamp: s.clock.now() });
    s.bus.emit('hlc_status', { evse: 2, report: { soc_pct: 99 }, timestamp: s.clock.now() });
    expect(of(sampler.sample(1, 'Sample.Periodic', ['SoC']), 'SoC')).toEqual([{ measurand: 'SoC', value: 57, unit: 'Percent' }]);
    s.sim.unplug();
    s.run(5000);
    expect(of(sampler.sample(1, 'Sample.Periodic', ['SoC']), 'SoC')).toEqual([]);
    sampler.stop();
    s.bus.emit('hlc_status', { evse: 1, report: { soc_pct: 60 }, timestamp: s.clock.now() });
    expect(of(sampler.sample(1, 'Sample.Periodic', ['SoC']), 'SoC')).toEqual([]);
  });

  it('DC: one value without phase; Power.Offered from the supply limits told to the vehicle, else left out', () => {
    const s = simEvse({ connector: 'cCCS2', board: { type: 'sim', ev: 'dc-iso2' }, slac: { enabled: false }, v2g: { enabled: false }, dc: { enabled: true, max_power_W: 50_000 } });
    const sampler = new ChargerMeterSampler([s.evse], s.bus);
    let sample = sampler.sample(1, 'Sample.Periodic', ['Current.Import', 'Voltage', 'Power.Offered']);
    expect(of(sample, 'Current.Import')).toEqual([{ measurand: 'Current.Import', value: 0, unit: 'A' }]);
    expect(of(sample, 'Voltage')).toEqual([{ measurand: 'Voltage', value: 0, unit: 'V' }]);
    expect(of(sample, 'Power.Offered')).toEqual([]);
    s.bus.emit('hlc_status', { evse: 1, report: { evse_max_power_W: 50_000, soc_pct: 70 }, timestamp: s.clock.now() });
    sample = sampler.sample(1, 'Sample.Periodic', ['Power.Offered', 'SoC']);
    expect(sample.values).toEqual([
      { measurand: 'Power.Offered', value: 50_000, unit: 'W' },
      { measurand: 'SoC', value: 70, unit: 'Percent' },
    ]);
  });
});

describe('ClockAlignedTimer', () => {
  const T0 = Date.UTC(2026, 0, 1);
  const MIN = 60_000;

  function timer(start: number, interval: { s: number }) {
    const clock = new ManualClock(start);
    const fired: number[] = [];
    const firedAtNow: boolean[] = [];
    const t = new ClockAlignedTimer(clock, () => interval.s, (at) => {
      fired.push(at);
      firedAtNow.push(at === clock.now());
    });
    return { clock, fired, firedAtNow, t };
  }

  it('fires at multiples of the interval since midnight UTC, whenever it started', () => {
    const { clock, fired, firedAtNow, t } = timer(T0 + 7 * MIN + 12_345, { s: 900 });
    t.start();
    clock.advance(60 * MIN);
    expect(fired.map((x) => (x - T0) / MIN)).toEqual([15, 30, 45, 60]);
    expect(firedAtNow.every(Boolean)).toBe(true);
    t.stop();
  });

  it('an interval that does not divide the day restarts at midnight', () => {
    const { clock, fired, t } = timer(T0 + 22 * 60 * MIN, { s: 7 * 3600 });
    t.start();
    clock.advance(12 * 60 * MIN);
    expect(fired.map((x) => new Date(x).toISOString())).toEqual(['2026-01-02T00:00:00.000Z', '2026-01-02T07:00:00.000Z']);
    t.stop();
  });

  it('0 is off; the interval is read again after each firing and on restart()', () => {
    const interval = { s: 0 };
    const { clock, fired, t } = timer(T0, interval);
    t.start();
    expect(clock.pending()).toBe(0);
    interval.s = 900;
    t.restart();
    clock.advance(10 * MIN);
    interval.s = 600; // the firing at :15 is already armed; after it the new interval counts: :20, :30
    clock.advance(20 * MIN);
    expect(fired.map((x) => (x - T0) / MIN)).toEqual([15, 20, 30]);
    interval.s = 0;
    clock.advance(10 * MIN);
    expect(fired.map((x) => (x - T0) / MIN)).toEqual([15, 20, 30, 40]);
    expect(clock.pending()).toBe(0);
    t.stop();
  });

  it('stop() cancels its timer, also from inside the callback; restart() keeps a single timer', () => {
    const clock = new ManualClock(T0);
    const fired: number[] = [];
    const t = new ClockAlignedTimer(clock, () => 60, (at) => {
      fired.push(at);
      if (fired.length === 2) t.stop();
    });
    t.start();
    t.restart();
    t.restart();
    expect(clock.pending()).toBe(1);
    clock.advance(10 * MIN);
    expect(fired.length).toBe(2);
    expect(clock.pending()).toBe(0);
  });

  it('a callback that restarts the timer leaves one timer, not two', () => {
    const clock = new ManualClock(T0);
    const fired: number[] = [];
    const t = new ClockAlignedTimer(clock, () => 60, (at) => {
      fired.push(at);
      t.restart();
    });
    t.start();
    clock.advance(5 * MIN);
    expect(fired.map((x) => (x - T0) / MIN)).toEqual([1, 2, 3, 4, 5]);
    expect(clock.pending()).toBe(1);
    t.stop();
  });

  it('nextAligned is strictly after the given instant', () => {
    expect(nextAligned(T0, 900)).toBe(T0 + 15 * MIN);
    expect(nextAligned(T0 + 15 * MIN - 1, 900)).toBe(T0 + 15 * MIN);
    expect(nextAligned(T0 + 23 * 60 * MIN + 59 * MIN, 7 * 3600)).toBe(T0 + 24 * 60 * MIN);
  });
});
