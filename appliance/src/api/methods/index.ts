/**
 * The method registry: one ApiMethod per request method of the OpenRPC document, its permission and params
 * validation taken from the generated table and validators, its handler from the namespace modules. A
 * method without a handler, or a handler without a method, fails here at build time (and in a test).
 */
import { METHODS, type RequestMethodName } from '../generated/methods.js';
import { paramsValidators } from '../generated/validators.js';
import type { ApiMethod, CallContext, ParamProblem, ParamsCheck } from '../registry.js';
import { apiHandlers } from './api.js';
import { authHandlers } from './auth.js';
import { chargePointHandlers } from './chargepoint.js';
import { configHandlers } from './config.js';
import type { Handler, HandlerContext, Handlers } from './context.js';
import { displayHandlers } from './display.js';
import { evseHandlers } from './evse.js';
import { historyHandlers } from './history.js';
import { sessionHandlers } from './session.js';
import { simulatorHandlers } from './simulator.js';

export { LIMIT_APPLY_TIMEOUT_MS } from './evse.js';
export { waitUntil, type HandlerContext, type Handlers, type HelloPart } from './context.js';

const NAMESPACES: readonly Handlers[] = [
  apiHandlers,
  chargePointHandlers,
  evseHandlers,
  historyHandlers,
  authHandlers,
  sessionHandlers,
  configHandlers,
  displayHandlers,
  simulatorHandlers,
];

/** Every handler by method name; throws when two namespaces define the same one. */
export function allHandlers(): Map<string, Handler<RequestMethodName>> {
  const out = new Map<string, Handler<RequestMethodName>>();
  for (const ns of NAMESPACES) {
    for (const [name, h] of Object.entries(ns)) {
      if (out.has(name)) throw new Error(`API handler ${name} defined twice`);
      out.set(name, h as Handler<RequestMethodName>);
    }
  }
  return out;
}

/** The request methods of the document (notifications are sent, not called). */
export function requestMethodNames(): RequestMethodName[] {
  return (Object.keys(METHODS) as Array<keyof typeof METHODS>).filter((n) => METHODS[n].kind === 'method') as RequestMethodName[];
}

/** Ajv's problems as the transport reports them in -32602's data: a JSON pointer and a message. */
function paramsCheck(name: RequestMethodName): (params: unknown) => ParamsCheck {
  const validate = paramsValidators[name];
  return (params) => {
    // The validator fills in documented defaults, so the handler sees them.
    if (validate(params)) return { ok: true, params: params as Record<string, unknown> };
    const problems: ParamProblem[] = (validate.errors ?? []).map((e) => ({
      path: e.keyword === 'additionalProperties' ? `${e.instancePath}/${String(e.params.additionalProperty)}` : e.instancePath,
      message: e.message ?? e.keyword,
    }));
    return { ok: false, problems };
  };
}

/**
 * Builds the registry for the transport. `context` makes each call's HandlerContext from the caller's
 * CallContext (the appliance parts stay the same; the caller changes).
 */
export function buildMethods(context: (call: CallContext) => HandlerContext): ApiMethod[] {
  const handlers = allHandlers();
  const names = requestMethodNames();
  const missing = names.filter((n) => !handlers.has(n));
  const unknown = [...handlers.keys()].filter((n) => !(names as string[]).includes(n));
  if (missing.length || unknown.length) {
    throw new Error(`API methods and handlers differ: no handler for [${missing.join(', ')}], no method for [${unknown.join(', ')}]`);
  }
  return names.map((name) => {
    const handler = handlers.get(name)!;
    return {
      name,
      permission: METHODS[name].permission,
      validateParams: paramsCheck(name),
      handler: (params, call) => handler(params as never, context(call)),
    };
  });
}
