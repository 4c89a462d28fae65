/** Conversions between ampbox's version-neutral shapes and OCPP 1.6 fields: times, idTagInfo, sampled values. */
import type { MeterSample, TokenInfo } from '../ports.js';
import type { IdTagInfo, MeterValue, SampledValue } from './messages.js';
import { isoTime as iso, parseTime } from '../time.js';

/** idTag is CiString20Type in 1.6: longer tokens cannot be sent. */
export const ID_TAG_MAX = 20;

/** Our clock's time → the CSMS's time line (the core keeps the offset from currentTime). */
export function csmsTime(ctx: { now(): number; clock: { now(): number } }, ms: number): number {
  return ms + (ctx.now() - ctx.clock.now());
}

export { isoTime as iso, parseTime } from '../time.js';

export function tokenInfoFromIdTagInfo(info: IdTagInfo): TokenInfo {
  const out: TokenInfo = { status: info.status };
  const expires = parseTime(info.expiryDate);
  if (expires !== undefined) out.expires_at = expires;
  if (info.parentIdTag !== undefined) out.group_id = info.parentIdTag;
  return out;
}

/** Energy registers go out in whole Wh (meterStart/meterStop are integers); others with one decimal. */
export function formatValue(value: number, unit: string): string {
  const v = unit === 'Wh' ? Math.round(value) : Math.round(value * 10) / 10;
  return String(v === 0 ? 0 : v);
}

/**
 * A schedule limit that satisfies the schema's `multipleOf: 0.1` as validators compute it (the quotient
 * must come out whole in binary floating point); otherwise the limit rounded down to a whole number.
 */
export function decimalLimit(value: number): number {
  const r = Math.round(value * 10) / 10;
  if (Number.isInteger(r / 0.1)) return r;
  return Math.floor(value);
}

function sampledValue(v: MeterSample['values'][number], context: MeterSample['context']): SampledValue {
  const out: SampledValue = {
    value: formatValue(v.value, v.unit),
    context,
    format: 'Raw',
    measurand: v.measurand,
    location: v.measurand === 'SoC' ? 'EV' : 'Outlet',
    unit: v.unit,
  };
  // Voltages are measured phase to neutral; currents per conductor.
  if (v.phase) out.phase = v.measurand === 'Voltage' ? (`${v.phase}-N` as SampledValue['phase']) : v.phase;
  return out;
}

/** One MeterValue element; null when the sample holds nothing (1.6 needs at least one sampledValue). */
export function meterValue(sample: MeterSample, timestamp: number): MeterValue | null {
  if (sample.values.length === 0) return null;
  return { timestamp: iso(timestamp), sampledValue: sample.values.map((v) => sampledValue(v, sample.context)) };
}
