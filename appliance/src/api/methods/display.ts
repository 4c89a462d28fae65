/** Display.GetState: what the charger's screen should show for an EVSE (the HMI localises by screen). */
import type { DisplayStateObj } from '../generated/types.js';
import type { Handlers } from './context.js';

export const displayHandlers: Handlers = {
  'Display.GetState': ({ evse_index }, { deps, view }) => {
    const ref = view.find(evse_index);
    if (ref) return { display: view.display(ref), error: 'NoError' };
    const unknown: DisplayStateObj = {
      screen: 'unavailable',
      title: 'Not available',
      message: 'There is no such charging point.',
      evse_index,
      connector_type: 'Unknown',
      plugged: false,
      state: 'Unknown',
      auth: {},
      tariff: { ...deps.config.tariff },
      errors: [],
    };
    return { display: unknown, error: 'ErrorInvalidEVSEIndex' };
  },
};
