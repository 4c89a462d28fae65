/**
 * Reading and changing the configuration by dot path ("evses.0.max_current_A"), hiding its secrets, and
 * replacing the configuration file atomically. Plain data operations; methods/config.ts decides.
 */
import { chmodSync, closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export type Segment = string | number;

/** "evses.0.max_current_A" → ['evses', 0, 'max_current_A']; null for an empty segment. */
export function parsePath(dotted: string): Segment[] | null {
  const parts = dotted.split('.');
  if (parts.some((p) => p === '')) return null;
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function getAt(root: unknown, segments: readonly Segment[]): { found: boolean; value: unknown } {
  let node: unknown = root;
  for (const s of segments) {
    if (typeof s === 'number' ? !Array.isArray(node) || s >= node.length : !isObject(node) || !Object.hasOwn(node, s)) {
      return { found: false, value: undefined };
    }
    node = (node as Record<Segment, unknown>)[s];
  }
  return { found: true, value: node };
}

/**
 * Sets the value at the path, creating missing objects (lists for numeric segments) on the way. A list
 * position may be at most one past the end. Returns what stands in the way, or null when done.
 */
export function setAt(root: Record<string, unknown>, segments: readonly Segment[], value: unknown): string | null {
  let node: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const last = i === segments.length - 1;
    const here = segments.slice(0, i).join('.') || '(root)';
    if (typeof s === 'number') {
      if (!Array.isArray(node)) return `${here} is not a list`;
      if (s > node.length) return `${here} has ${node.length} entries; ${s} is past the end`;
    } else if (!isObject(node)) return `${here} is not an object`;
    const container = node as Record<Segment, unknown>;
    if (last) {
      container[s] = value;
      return null;
    }
    if (container[s] === undefined || container[s] === null) container[s] = typeof segments[i + 1] === 'number' ? [] : {};
    node = container[s];
  }
  return 'empty path';
}

export const REDACTED = '***';

/** A copy without secrets: API token hashes and the TLS private key's location. */
export function redact<T>(config: T): T {
  const copy = structuredClone(config) as Record<string, unknown>;
  const tokens = getAt(copy, ['api', 'auth', 'tokens']);
  if (tokens.found && Array.isArray(tokens.value)) for (const t of tokens.value) if (isObject(t) && 'hash' in t) t.hash = REDACTED;
  const key = getAt(copy, ['http', 'tls', 'key']);
  if (key.found) setAt(copy, ['http', 'tls', 'key'], REDACTED);
  return copy as T;
}

/** "evses[0].max_current_A: must be <= 80" → { path, message } (the configuration validator's form). */
export function splitProblem(problem: string): { path: string; message: string } {
  const at = problem.indexOf(': ');
  return at < 0 ? { path: '(root)', message: problem } : { path: problem.slice(0, at), message: problem.slice(at + 2) };
}

/**
 * Replaces `file` with `text` so that a reader (or a crash) sees either the old file or the new one, never
 * half of it: write a temporary file beside it, flush it to disk, rename it over. The file keeps its mode
 * (it may hold token hashes and be readable by its owner only).
 */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = statSync(file, { throwIfNoEntry: false })?.mode;
  const fd = openSync(tmp, 'wx', mode === undefined ? 0o600 : mode & 0o777);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  try {
    if (mode !== undefined) chmodSync(tmp, mode & 0o777);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
