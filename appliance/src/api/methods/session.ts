/** Session.Stop: ends the transaction running on an EVSE, with the reason recorded in the history. */
import type { Handlers } from './context.js';

export const sessionHandlers: Handlers = {
  'Session.Stop': ({ evse_index, reason }, ctx) => {
    const ref = ctx.view.find(evse_index);
    if (!ref) return { stopped: false, error: 'ErrorInvalidEVSEIndex' };
    const stopped = ref.evse.charger.stopTransaction(reason ?? 'Local');
    ctx.changed(ref.evse.id);
    return { stopped, error: stopped ? 'NoError' : 'ErrorNoDataAvailable' };
  },
};
