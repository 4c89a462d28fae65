/** OCPP date-time fields, the same in 1.6 and 2.0.1: RFC 3339 in UTC out, any RFC 3339 in. */

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** A date-time field in ms since epoch; undefined when absent or not a date. */
export function parseTime(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}
