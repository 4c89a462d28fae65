/**
 * Output of `ampbox pcap`: a readable listing (one line per event, time since the first event and since
 * the previous one) or JSON lines `{t, dt, kind, dir, name, schema?, stream?, frame, …fields, error?}`.
 */
import type { Analysis, PcapEvent } from './session.js';

/** Unit shown after a value in the listing, by the name of its field. */
function unit(key: string): string {
  if (/SOC$/i.test(key)) return '%';
  if (/Voltage|^EVMaxVoltage$|^EVSENominalVoltage$/.test(key)) return 'V';
  if (/Current/.test(key)) return 'A';
  if (/Power/.test(key)) return 'W';
  if (/Energy|^EAmount$/.test(key)) return 'Wh';
  if (/^RemainingTime|^DepartureTime$/.test(key)) return 's';
  return '';
}

function show(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(show).join(', ')}]`;
  if (typeof v === 'object' && v !== null) return JSON.stringify(v);
  return String(v);
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

export function formatText(a: Analysis, file: string): string[] {
  const lines: string[] = [];
  const evs = a.events;
  const t0 = evs[0]?.t ?? 0;
  const counts = { slac: 0, sdp: 0, v2g: 0 };
  const streams = new Set<number>();
  let prev = t0;
  for (const e of evs) {
    counts[e.kind]++;
    if (e.stream !== undefined) streams.add(e.stream);
    const time = (e.t - t0).toFixed(3).padStart(9);
    const dt = `+${(e.t - prev).toFixed(3)}`.padStart(9);
    prev = e.t;
    const tag = (e.kind === 'v2g' ? `V2G ${e.stream ?? ''} ${e.schema ?? ''}` : e.kind.toUpperCase()).padEnd(17);
    const details = Object.entries(e.fields).map(([k, v]) => (k === 'AppProtocol' ? `${k}=${show(v)}` : `${k}=${show(v)}${unit(k)}`));
    if (e.error) details.push(`!! ${e.error}`);
    lines.push(`${time} ${dt}  ${tag} ${e.dir.padEnd(8)}  ${e.name.padEnd(30)} ${details.join(' ')}`.trimEnd());
  }
  lines.push(`-- ${file}: ${counts.slac} SLAC, ${counts.sdp} SDP, ${counts.v2g} V2G message(s) in ${streams.size} TCP stream(s)`);
  for (const n of a.notes) lines.push(`-- note: ${n}`);
  return lines;
}

export function toJson(e: PcapEvent, prevT: number): Record<string, unknown> {
  const o: Record<string, unknown> = { t: round(e.t), dt: round(e.t - prevT), kind: e.kind, dir: e.dir, name: e.name };
  if (e.schema !== undefined) o.schema = e.schema;
  if (e.stream !== undefined) o.stream = e.stream;
  o.frame = e.frame;
  for (const [k, v] of Object.entries(e.fields)) if (!(k in o)) o[k] = v;
  if (e.error) o.error = e.error;
  return o;
}

export function formatJson(a: Analysis): string[] {
  let prev = a.events[0]?.t ?? 0;
  return a.events.map((e) => {
    const line = JSON.stringify(toJson(e, prev));
    prev = e.t;
    return line;
  });
}
