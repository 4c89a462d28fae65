/**
 * OCPP-J frame structure (the RPC framework of both versions): CALL [2, id, action, payload],
 * CALLRESULT [3, id, payload], CALLERROR [4, id, code, description, details].
 */
import type { CsmsVersion } from './api.js';

export type Frame =
  | { type: 2; id: string; action: string; payload: Record<string, unknown> }
  | { type: 3; id: string; payload: Record<string, unknown> }
  | { type: 4; id: string; code: string; description: string; details: Record<string, unknown> };

export type ParseOutcome =
  | { ok: true; frame: Frame; message: unknown[] }
  /** `message`: the parsed array when there was one; `id`: the message id when it could be read. */
  | { ok: false; problem: string; message: unknown[]; id: string | null; type: unknown };

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function parseFrame(raw: string): ParseOutcome {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    return { ok: false, problem: `not JSON: ${(e as Error).message}`, message: [], id: null, type: undefined };
  }
  if (!Array.isArray(parsed)) return { ok: false, problem: 'not a JSON array', message: [], id: null, type: undefined };
  const m = parsed as unknown[];
  const id = typeof m[1] === 'string' ? m[1] : null;
  const fail = (problem: string): ParseOutcome => ({ ok: false, problem, message: m, id, type: m[0] });
  const [type] = m;
  if (type !== 2 && type !== 3 && type !== 4) return fail(`message type ${JSON.stringify(type)} is not 2, 3 or 4`);
  if (id === null) return fail('message id is not a string');
  if (type === 2) {
    if (m.length !== 4) return fail(`CALL has ${m.length} elements, not 4`);
    if (typeof m[2] !== 'string') return fail('CALL action is not a string');
    if (!isObject(m[3])) return fail('CALL payload is not an object');
    return { ok: true, frame: { type, id, action: m[2], payload: m[3] }, message: m };
  }
  if (type === 3) {
    if (m.length !== 3) return fail(`CALLRESULT has ${m.length} elements, not 3`);
    if (!isObject(m[2])) return fail('CALLRESULT payload is not an object');
    return { ok: true, frame: { type, id, payload: m[2] }, message: m };
  }
  if (m.length !== 5) return fail(`CALLERROR has ${m.length} elements, not 5`);
  if (typeof m[2] !== 'string') return fail('CALLERROR code is not a string');
  if (typeof m[3] !== 'string') return fail('CALLERROR description is not a string');
  if (!isObject(m[4])) return fail('CALLERROR details is not an object');
  return { ok: true, frame: { type, id, code: m[2], description: m[3], details: m[4] }, message: m };
}

/** CALLERROR codes each version defines (1.6 spells FormationViolation and OccurenceConstraintViolation). */
export const ERROR_CODES: Record<CsmsVersion, ReadonlySet<string>> = {
  'ocpp1.6': new Set([
    'NotImplemented',
    'NotSupported',
    'InternalError',
    'ProtocolError',
    'SecurityError',
    'FormationViolation',
    'PropertyConstraintViolation',
    'OccurenceConstraintViolation',
    'TypeConstraintViolation',
    'GenericError',
  ]),
  'ocpp2.0.1': new Set([
    'FormatViolation',
    'GenericError',
    'InternalError',
    'MessageTypeNotSupported',
    'NotImplemented',
    'NotSupported',
    'OccurrenceConstraintViolation',
    'PropertyConstraintViolation',
    'ProtocolError',
    'RpcFrameworkError',
    'SecurityError',
    'TypeConstraintViolation',
  ]),
};

/** The code for a payload that breaks its schema, in each version's own spelling. */
export function formatViolationCode(version: CsmsVersion): string {
  return version === 'ocpp1.6' ? 'FormationViolation' : 'FormatViolation';
}
