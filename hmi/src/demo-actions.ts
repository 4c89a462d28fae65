/** What each demo panel button does (hmi-contract: the `data-demo` names). Pure data, tested without a browser. */
import type { MethodParams, MethodResults } from './api-types.js';
import type { TextKey } from './i18n.js';

/** The part of the API client the buttons use. */
export interface RpcCaller {
  call<M extends keyof MethodParams>(method: M, params: MethodParams[M]): Promise<MethodResults[M]>;
}

export interface DemoAction {
  id: string;
  label: TextKey;
  run: (api: RpcCaller, evse: number) => Promise<{ error: string }>;
  /** The EVSE kind the simulated vehicle needs. */
  needs?: 'ac' | 'dc';
}

const plug = (ev: string) => (api: RpcCaller, evse: number) => api.call('Simulator.Plug', { evse_index: evse, ev });
const token = (id_token: string) => (api: RpcCaller, evse: number) => api.call('Simulator.PresentToken', { id_token, evse_index: evse });

/** Profiles from appliance/src/config/ev-profiles.ts; tokens from the demo configuration (accepted, blocked). */
export const DEMO_ACTIONS: readonly DemoAction[] = [
  {
    id: 'plug-ac-basic',
    label: 'demo.plugAcBasic',
    run: plug('ac-3p-16'),
    needs: 'ac',
  },
  {
    id: 'plug-iso2-ac',
    label: 'demo.plugIso2Ac',
    run: plug('ac-3p-16-hlc'),
    needs: 'ac',
  },
  {
    id: 'plug-din-dc',
    label: 'demo.plugDinDc',
    run: plug('dc-din'),
    needs: 'dc',
  },
  {
    id: 'plug-iso2-dc',
    label: 'demo.plugIso2Dc',
    run: plug('dc-iso2'),
    needs: 'dc',
  },
  {
    id: 'unplug',
    label: 'demo.unplug',
    run: (api, evse) => api.call('Simulator.Unplug', { evse_index: evse }),
  },
  { id: 'token', label: 'demo.token', run: token('DEADBEEF') },
  { id: 'token-blocked', label: 'demo.tokenBlocked', run: token('BLOCKED01') },
  {
    id: 'fault-rcd',
    label: 'demo.faultRcd',
    run: (api, evse) =>
      api.call('Simulator.InjectFault', {
        evse_index: evse,
        fault: 'rcd_trip',
      }),
  },
  {
    id: 'clear-fault',
    label: 'demo.clearFault',
    run: (api, evse) => api.call('Simulator.ClearFault', { evse_index: evse, fault: 'rcd_trip' }),
  },
];
