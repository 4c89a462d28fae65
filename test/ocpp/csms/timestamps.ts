/**
 * RFC 3339 date-times with a time zone, and the walk that finds every timestamp field of a payload.
 * OCPP-J requires RFC 3339 (both versions); a local time without an offset is ambiguous to the peer.
 */

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)` with every field in range (second 60 for leap seconds). */
export function isRfc3339(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (m[7] !== undefined && (Number(m[8]) > 23 || Number(m[9]) > 59)) return false;
  return true;
}

/** Property names that hold a date-time in OCPP 1.6 and 2.0.1 payloads (the schemas' `date-time` fields and more). */
const EXACT = new Set([
  'timestamp',
  'currentTime',
  'validFrom',
  'validTo',
  'expiryDate',
  'startSchedule',
  'scheduleStart',
  'startTime',
  'stopTime',
  'generatedAt',
  'retrieveDate',
  'timeBase',
  'departureTime',
]);

export function isTimestampField(name: string): boolean {
  return EXACT.has(name) || name.endsWith('Timestamp') || name.endsWith('DateTime');
}

export interface BadTimestamp {
  path: string;
  value: string;
}

/** Every timestamp-named string property of `payload` (at any depth) that is not RFC 3339 with a zone. */
export function findBadTimestamps(payload: unknown, path = ''): BadTimestamp[] {
  const bad: BadTimestamp[] = [];
  if (Array.isArray(payload)) {
    payload.forEach((item, i) => bad.push(...findBadTimestamps(item, `${path}/${i}`)));
  } else if (payload !== null && typeof payload === 'object') {
    for (const [key, value] of Object.entries(payload)) {
      const here = `${path}/${key}`;
      if (typeof value === 'string') {
        if (isTimestampField(key) && !isRfc3339(value)) bad.push({ path: here, value });
      } else {
        bad.push(...findBadTimestamps(value, here));
      }
    }
  }
  return bad;
}
