/**
 * What every handler gets, and the types that tie a handler to its method's generated params and result.
 * A handler returns its complete result; domain failures go in `error`, never thrown.
 */
import type { Clock } from '../../shared/clock.js';
import type { ApiDeps } from '../deps.js';
import type { RequestMethodName } from '../generated/methods.js';
import type { APIHelloResult, MethodParams, MethodResults } from '../generated/types.js';
import type { CallContext } from '../registry.js';
import type { ApplianceView } from '../view.js';

export interface HandlerContext {
  readonly deps: ApiDeps;
  readonly view: ApplianceView;
  readonly call: CallContext;
  /** Something the API changed on this EVSE (null: on all) may change its status: look now, not at the next reading. */
  changed(evse: number | null): void;
  /** The configuration changed live: hardware capabilities and the display may differ. */
  configChanged(): void;
  /** Current limits in force at start, per EVSE id: the charger cannot go above them without a restart. */
  readonly startedMaxCurrentA: ReadonlyMap<number, number>;
}

/** API.Hello's handler adds the charger's part; the transport fills in the authentication fields. */
export type HelloPart = Omit<APIHelloResult, 'authentication_required' | 'authenticated' | 'permission_scopes'>;

type ResultOf<M extends RequestMethodName> = M extends 'API.Hello' ? HelloPart : MethodResults[M];

export type Handler<M extends RequestMethodName> = (params: MethodParams[M], ctx: HandlerContext) => ResultOf<M> | Promise<ResultOf<M>>;

export type Handlers = { readonly [M in RequestMethodName]?: Handler<M> };

/**
 * Resolves once `done()` holds, checked every `stepMs` of the clock, or with false after `timeoutMs` of it.
 * Runs on the appliance clock, so tests move it by hand and demos run it scaled.
 */
export function waitUntil(clock: Clock, done: () => boolean, timeoutMs: number, stepMs = 100): Promise<boolean> {
  if (done()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const finish = (ok: boolean): void => {
      poll.cancel();
      deadline.cancel();
      resolve(ok);
    };
    const poll = clock.every(stepMs, () => {
      if (done()) finish(true);
    });
    const deadline = clock.after(timeoutMs, () => finish(done()));
  });
}
