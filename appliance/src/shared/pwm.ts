/**
 * IEC 61851-1 Annex A duty-cycle ↔ current mapping, shared by the charger (which signals) and the
 * simulated EV (which reads), so both ends agree on the same table.
 */
export const DIGITAL_COMMUNICATION_DUTY = 5;

/** Duty cycle in percent for a current limit in A. Below 6 A no charging is allowed. */
export function dutyFromAmps(amps: number): number {
  if (!(amps >= 6)) throw new RangeError(`current limit ${amps} A is below 6 A: signal a pause instead`);
  const a = Math.min(amps, 80);
  return a <= 51 ? a / 0.6 : a / 2.5 + 64;
}

/** Current in A a vehicle may draw for a duty cycle; 0 when the duty allows no AC charging. */
export function ampsFromDuty(duty: number): number {
  if (duty >= 8 && duty < 10) return 6;
  if (duty >= 10 && duty <= 85) return duty * 0.6;
  if (duty > 85 && duty <= 96) return (duty - 64) * 2.5;
  if (duty > 96 && duty <= 97) return 80;
  return 0;
}
