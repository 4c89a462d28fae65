/** The power-meter contract: one reading a call, cumulative import energy never decreasing. */
export interface MeterReading {
  timestamp: number;
  energy_import_Wh: number;
  power_W: number;
  current_A: [number, number, number];
  voltage_V: [number, number, number];
}

export interface Meter {
  readonly id: string;
  read(): MeterReading;
}
