/**
 * Auth.Authorize: a token from an HMI or a remote system takes the same validators as a card at the reader;
 * it is only presented when an EVSE waits for one, so it cannot linger to authorize a later vehicle.
 */
import type { AuthAuthorizeResult } from '../generated/types.js';
import type { Handlers } from './context.js';

/** The auth manager's verdicts in the API's terms; a token no validator knows is Invalid. */
function verdict(status: string): AuthAuthorizeResult['status'] {
  return status === 'Accepted' || status === 'Blocked' || status === 'Expired' ? status : 'Invalid';
}

export const authHandlers: Handlers = {
  'Auth.Authorize': async ({ id_token, type, evse_index }, { deps, view }) => {
    if (evse_index !== undefined && !view.find(evse_index)) return { status: 'NoSession', error: 'ErrorInvalidEVSEIndex' };
    const waiting = deps.evses.filter(
      (e) => (evse_index === undefined || e.id === evse_index) && e.charger.status().state === 'WaitingForAuthentication',
    );
    if (waiting.length === 0) return { status: 'NoSession', error: 'NoError' };
    view.tracker.markAuthorizing(evse_index ?? null);
    const outcome = await deps.auth.present({
      id_token,
      type: type ?? 'RFID',
      source: 'api',
      ...(evse_index !== undefined ? { evse: evse_index } : {}),
    });
    return { status: verdict(outcome.status), error: 'NoError' };
  },
};
