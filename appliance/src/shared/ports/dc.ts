/**
 * DC charging hardware contracts: the power supply that sets the output voltage and current, and the
 * insulation monitoring device (IMD) used during cable check and charging (IEC 61557-8).
 */
import type { DcLimits, IsolationLevel } from './hlc.js';

/** What the supply can do: the DC limits a V2G session announces, without a session's energy target. */
export type DcSupplyCapabilities = Omit<DcLimits, 'energy_to_be_delivered_Wh'>;

/** Off: output disabled. Voltage: regulate voltage (cable check, pre-charge). Current: regulate current (charging). */
export type DcSupplyMode = 'Off' | 'Voltage' | 'Current';

export interface DcMeasurement {
  voltage_V: number;
  current_A: number;
}

export interface DcSupply {
  readonly capabilities: DcSupplyCapabilities;
  /** Sets the mode and the targets; targets are clamped to the capabilities. */
  set(mode: DcSupplyMode, voltage_V: number, current_A: number): void;
  readonly mode: DcSupplyMode;
  /** What the output terminals measure now. */
  read(): DcMeasurement;
  /** Called every control-loop tick. */
  tick(nowMs: number): void;
}

export interface IsolationReading {
  resistance_kOhm: number;
  level: IsolationLevel;
}

export interface Imd {
  /** Starts measuring (self-test included); readings become Valid only after the first measurement. */
  start(): void;
  stop(): void;
  read(): IsolationReading;
  tick(nowMs: number): void;
}

/**
 * IEC 61851-23 / ISO 15118 isolation thresholds: above 500 Ω/V valid, 100–500 Ω/V warning, below 100 Ω/V
 * fault — expressed per volt of the system's maximum voltage.
 */
export function isolationLevel(resistance_kOhm: number, system_voltage_V: number): IsolationLevel {
  const ohmPerVolt = (resistance_kOhm * 1000) / Math.max(1, system_voltage_V);
  if (ohmPerVolt > 500) return 'Valid';
  if (ohmPerVolt >= 100) return 'Warning';
  return 'Fault';
}
