/** API.Hello: the transport authenticates; this adds the API version and who the charger is. */
import { API_VERSION } from '../generated/methods.js';
import { toChargerInfo } from '../mapping.js';
import type { Handlers } from './context.js';

export const apiHandlers: Handlers = {
  'API.Hello': (_params, { deps }) => ({
    api_version: API_VERSION,
    everest_version: `ampbox ${deps.version}`,
    charger_info: toChargerInfo(deps.config.charger, deps.version),
  }),
};
