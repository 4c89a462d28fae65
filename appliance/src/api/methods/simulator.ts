/**
 * Simulator.*: the hands of a person at a simulated charger — plug, unplug, hold a card to the reader,
 * break something. Only where the board is simulated (ErrorOperationNotSupported elsewhere).
 */
import { BUILTIN_EV_PROFILES } from '../../config/index.js';
import type { ResponseErrorEnum } from '../generated/types.js';
import type { EvseRef } from '../view.js';
import type { Handlers, HandlerContext } from './context.js';

type Sim = NonNullable<EvseRef['evse']['sim']>;

function profiles(ctx: HandlerContext): Record<string, (typeof BUILTIN_EV_PROFILES)[string]> {
  return { ...BUILTIN_EV_PROFILES, ...ctx.deps.config.simulation.ev_profiles };
}

function onSim(index: number, ctx: HandlerContext, act: (sim: Sim) => ResponseErrorEnum): { error: ResponseErrorEnum } {
  const ref = ctx.view.find(index);
  if (!ref) return { error: 'ErrorInvalidEVSEIndex' };
  if (!ref.evse.sim) return { error: 'ErrorOperationNotSupported' };
  const error = act(ref.evse.sim);
  ctx.changed(ref.evse.id);
  return { error };
}

export const simulatorHandlers: Handlers = {
  'Simulator.Plug': ({ evse_index, ev }, ctx) =>
    onSim(evse_index, ctx, (sim) => {
      if (ev !== undefined && !Object.hasOwn(profiles(ctx), ev)) return 'ErrorInvalidParameter';
      sim.plug(ev);
      return 'NoError';
    }),

  'Simulator.Unplug': ({ evse_index }, ctx) =>
    onSim(evse_index, ctx, (sim) => {
      sim.unplug();
      return 'NoError';
    }),

  'Simulator.PresentToken': ({ id_token, evse_index }, ctx) => {
    if (evse_index !== undefined) {
      const ref = ctx.view.find(evse_index);
      if (!ref) return { error: 'ErrorInvalidEVSEIndex' };
      if (!ref.evse.sim) return { error: 'ErrorOperationNotSupported' };
    } else if (!ctx.deps.evses.some((e) => e.sim)) return { error: 'ErrorOperationNotSupported' };
    ctx.view.tracker.markAuthorizing(evse_index ?? null);
    ctx.deps.reader.push({ id_token, type: 'RFID', ...(evse_index !== undefined ? { evse: evse_index } : {}) });
    ctx.changed(evse_index ?? null);
    return { error: 'NoError' };
  },

  'Simulator.InjectFault': ({ evse_index, fault }, ctx) =>
    onSim(evse_index, ctx, (sim) => {
      sim.injectFault(fault);
      return 'NoError';
    }),

  'Simulator.ClearFault': ({ evse_index, fault }, ctx) =>
    onSim(evse_index, ctx, (sim) => {
      sim.clearFault(fault);
      return 'NoError';
    }),

  'Simulator.GetEvProfiles': (_params, ctx) => ({ profiles: profiles(ctx), error: 'NoError' }),
};
