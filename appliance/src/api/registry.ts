/**
 * What the transport needs to know about a method: its permission, how to check its params and the
 * handler. The method handlers (methods/*.ts) and the generated validators fill these in; the transport
 * itself knows no method except API.Hello's authentication part.
 */
import type { MethodPermission, Permission, Role } from './security.js';

export type ListenerKind = 'api' | 'everest';

export interface ParamProblem {
  path: string;
  message: string;
}

export type ParamsCheck = { ok: true; params: Record<string, unknown> } | { ok: false; problems: ParamProblem[] };

/** Everything a handler may know about the caller; a fresh snapshot per call. */
export interface CallContext {
  readonly connectionId: number;
  /** `api`: the fastify server's path; `everest`: the EVerest-compatible listener. */
  readonly listener: ListenerKind;
  readonly remoteAddress: string;
  readonly authenticationRequired: boolean;
  readonly authenticated: boolean;
  /** null: no API.Hello yet, or a wrong token. */
  readonly role: Role | null;
  readonly permissions: ReadonlySet<Permission>;
  /** The configured token's name when the client authenticated with one. */
  readonly tokenName: string | null;
}

export interface ApiMethod {
  name: string;
  permission: MethodPermission;
  /** Params arrive normalised: absent, null and [] are {}. */
  validateParams(params: unknown): ParamsCheck;
  handler(params: Record<string, unknown>, ctx: CallContext): unknown;
}

export const HELLO_METHOD = 'API.Hello';

export function methodTable(methods: Iterable<ApiMethod>): ReadonlyMap<string, ApiMethod> {
  const table = new Map<string, ApiMethod>();
  for (const m of methods) {
    if (table.has(m.name)) throw new Error(`API method ${m.name} registered twice`);
    if ((m.permission === 'public') !== (m.name === HELLO_METHOD)) throw new Error(`API method ${m.name}: only ${HELLO_METHOD} is public`);
    table.set(m.name, m);
  }
  return table;
}
