/**
 * Reads an EVSE's meter and charger as OCPP measurands. Per-phase quantities come as one value per phase the
 * EVSE has (L1 only on a 1-phase EVSE, one value without a phase on DC); SoC comes from what the vehicle
 * reported over ISO 15118 / DIN (`hlc_status`) and is left out while unknown.
 */
import type { EventBus } from '../../shared/events.js';
import type { AppEvents } from '../../shared/ports/events.js';
import type { HlcReport } from '../../shared/ports/hlc.js';
import type { MeterSample, MeterSampler, OcppEvse, OcppMeasurand } from '../ports.js';

/** Every measurand this sampler delivers (the `ocpp.meter_values.*` schema enum, in its order). */
export const MEASURANDS: readonly OcppMeasurand[] = [
  'Energy.Active.Import.Register',
  'Power.Active.Import',
  'Current.Import',
  'Voltage',
  'SoC',
  'Current.Offered',
  'Power.Offered',
];

const OWNER = 'ocpp-meter-sampler';
const PHASES = ['L1', 'L2', 'L3'] as const;

type Value = MeterSample['values'][number];

/** One decimal: meters and limits carry no more, and OCPP decimals are better short. */
const round1 = (x: number): number => Math.round(x * 10) / 10;

export class ChargerMeterSampler implements MeterSampler {
  private readonly byId: Map<number, OcppEvse>;
  /** The vehicle's latest report per EVSE, for the session it belongs to. */
  private readonly reports = new Map<number, HlcReport>();
  private readonly unsubscribe: Array<() => void>;

  constructor(
    evses: OcppEvse[],
    bus: EventBus<AppEvents>,
  ) {
    this.byId = new Map(evses.map((e) => [e.id, e]));
    this.unsubscribe = [
      bus.on('hlc_status', OWNER, ({ evse, report }) => void this.reports.set(evse, report)),
      // A report describes one session's vehicle; the next vehicle's SoC is unknown until it tells.
      bus.on('session_event', OWNER, (e) => {
        if (e.type === 'SessionStarted' || e.type === 'SessionFinished') this.reports.delete(e.evse);
      }),
    ];
  }

  /** Stops listening to the bus. */
  stop(): void {
    for (const u of this.unsubscribe.splice(0)) u();
  }

  sample(evseId: number, context: MeterSample['context'], measurands: OcppMeasurand[]): MeterSample {
    const evse = this.byId.get(evseId);
    if (!evse) throw new RangeError(`no EVSE ${evseId} to sample`);
    const reading = evse.meter.read();
    const report = this.reports.get(evseId);
    const values: Value[] = [];
    const perPhase = (measurand: OcppMeasurand, unit: 'A' | 'V', of: [number, number, number]): void => {
      if (evse.dc) {
        values.push({ measurand, value: round1(of[0]), unit });
        return;
      }
      for (let i = 0; i < evse.phases; i++) values.push({ measurand, value: round1(of[i]!), unit, phase: PHASES[i] });
    };

    for (const measurand of new Set(measurands)) {
      switch (measurand) {
        case 'Energy.Active.Import.Register':
          // The register as read: each version rounds it once, the way it rounds meterStart/meterStop, so a
          // sampled value never exceeds the stop value a crash recovery reports from the same reading.
          values.push({ measurand, value: reading.energy_import_Wh, unit: 'Wh' });
          break;
        case 'Power.Active.Import':
          values.push({ measurand, value: round1(reading.power_W), unit: 'W' });
          break;
        case 'Current.Import':
          perPhase(measurand, 'A', reading.current_A);
          break;
        case 'Voltage':
          perPhase(measurand, 'V', reading.voltage_V);
          break;
        case 'SoC':
          if (report?.soc_pct !== undefined) values.push({ measurand, value: round1(report.soc_pct), unit: 'Percent' });
          break;
        case 'Current.Offered':
          values.push({ measurand, value: round1(evse.charger.status().current_limit_A), unit: 'A' });
          break;
        case 'Power.Offered': {
          const w = this.powerOffered(evse, report);
          if (w !== null) values.push({ measurand, value: round1(w), unit: 'W' });
          break;
        }
      }
    }
    return { timestamp: reading.timestamp, context, values };
  }

  /** AC: the offered current on every phase at nominal voltage. DC: the supply's limit as told to the vehicle. */
  private powerOffered(evse: OcppEvse, report: HlcReport | undefined): number | null {
    if (!evse.dc) return evse.charger.status().current_limit_A * evse.nominal_voltage_V * evse.phases;
    if (report?.evse_max_power_W !== undefined) return report.evse_max_power_W;
    if (report?.evse_max_current_A !== undefined && report.present_voltage_V !== undefined)
      return report.evse_max_current_A * report.present_voltage_V;
    return null;
  }
}
