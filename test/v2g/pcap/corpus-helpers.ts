/**
 * The real-traffic corpus (../shared/real-traffic, see its README and SOURCES.md) as the pcap tests need
 * it: per capture file, its V2G messages grouped by TCP stream, its SLAC frames and its SDP datagrams.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { sharedPath } from '../../helpers/shared.js';
import { analyze, readCapture, type Analysis } from '../../../appliance/src/v2g/pcap/index.js';

export interface V2gLine {
  capture: string;
  stream: number;
  index: number;
  frame: number;
  dir: string;
  schema: string;
  name?: string;
  name_guess?: string;
  note?: string;
}
export interface SlacLine {
  capture: string;
  frame: number;
  name: string;
}
export interface SdpLine {
  capture: string;
  frame: number;
  name: string;
  security: string;
  transport: string;
  secc_ip?: string;
  secc_port?: number;
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(sharedPath('real-traffic', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** Every capture file under pcaps/, as the `capture` key of the JSONL files. */
export function captureFiles(): string[] {
  const root = sharedPath('real-traffic', 'pcaps');
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir)) {
      const p = path.join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(path.relative(root, p).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

const cache = new Map<string, Analysis & { error?: string }>();

/** The analysis of one corpus capture (computed once per test file). */
export function analyzeCapture(capture: string): Analysis & { error?: string } {
  const hit = cache.get(capture);
  if (hit) return hit;
  const result = analyzeUncached(capture);
  cache.set(capture, result);
  return result;
}

function analyzeUncached(capture: string): Analysis & { error?: string } {
  const cap = readCapture(new Uint8Array(readFileSync(sharedPath('real-traffic', 'pcaps', capture))));
  const a = analyze(cap.packets);
  return cap.error ? { ...a, error: cap.error.message } : a;
}

/** A corpus line whose name cannot be expected from a decoder: flagged as corrupted, or of no known schema. */
export const isDamaged = (l: V2gLine): boolean => l.schema === 'none' || l.schema === 'unknown' || !!l.note?.includes('corrupt');
