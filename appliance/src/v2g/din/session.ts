/**
 * SessionSetup and SessionStop: the two ends of a DIN session.
 */
import type { DinTypes } from '../exi/index.js';
import type { Handler } from '../session/protocol.js';
import { evseIdHex } from './values.js';

/**
 * SessionSetupReq → SessionSetupRes. The engine has already assigned the SessionID (a new one, or the old
 * one when it was resumable: `values.old_session`); [V2G-DC-391] later requests must carry it.
 */
export const handleSessionSetup: Handler = (req, session, evse) => {
  const r = req as unknown as DinTypes.SessionSetupReqType;
  const evccId = typeof r.EVCCID === 'string' ? r.EVCCID : '';
  evse.report({ protocol: 'DIN70121', stage: 'SessionSetup' });
  const res: DinTypes.SessionSetupResType = {
    ResponseCode: session.values.old_session === true ? 'OK_OldSessionJoined' : 'OK_NewSessionEstablished',
    EVSEID: evseIdHex(evse),
  };
  return { body: { SessionSetupRes: res }, next: 'ServiceDiscovery', session: { evcc_id: evccId } };
};

/** SessionStopReq → SessionStopRes OK; DIN knows no pause, so the session terminates. The EV closes the TCP
 * connection after the answer ([V2G-DC-937]); the adapter closes ours as well. */
export const handleSessionStop: Handler = (_req, _session, evse) => {
  evse.report({ stage: 'SessionStop' });
  const res: DinTypes.SessionStopResType = { ResponseCode: 'OK' };
  return { body: { SessionStopRes: res }, next: 'Stopped', close: 'terminate' };
};
