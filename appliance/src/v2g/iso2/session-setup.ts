/**
 * SessionSetup and SessionStop: opening a session (new, or joining a paused one with the same SessionID)
 * and ending it (Terminate, or Pause keeping the SessionID for a later SessionSetup).
 */
import type { Handler } from '../session/protocol.js';
import type { Iso2Types } from '../exi/index.js';
import { type Iso2Config, type Iso2Values, ZERO_SESSION_ID, content, nowSeconds, values } from './common.js';
import { S } from './states.js';

function isZero(hex: string): boolean {
  return /^0*$/.test(hex);
}

/** What a new session starts without (the engine merges `values`, so old keys are cleared explicitly). */
const FRESH: Iso2Values = {
  payment: undefined,
  services: undefined,
  mode: undefined,
  charging_started: undefined,
  renegotiating: undefined,
  gen_challenge: undefined,
};

/**
 * SessionSetupReq. The session engine assigns the SessionID before this handler runs ([V2G2-756]: a zero or
 * unknown SessionID gets a new one, never zero and never the stored one; the SessionID of a paused session
 * is kept) and sets `values.old_session` when the EV resumes. Called without an engine (SessionID still
 * zero), the handler draws one from the options.
 */
export function sessionSetup(cfg: Iso2Config): Handler {
  return (req, session, evse) => {
    const r = content<Iso2Types.SessionSetupReqType>(req, 'SessionSetupReq');
    const joined = values(session).old_session === true;
    let session_id = (session.session_id || ZERO_SESSION_ID).toLowerCase();
    while (isZero(session_id)) session_id = cfg.new_session_id().toLowerCase();
    evse.report({ protocol: 'ISO15118-2', stage: 'SessionSetup' });
    const body: Iso2Types.SessionSetupResType = {
      ResponseCode: joined ? 'OK_OldSessionJoined' : 'OK_NewSessionEstablished',
      EVSEID: evse.evse_id,
      EVSETimeStamp: nowSeconds(cfg),
    };
    const kept: Iso2Values = joined ? { charging_started: false, renegotiating: false } : FRESH;
    return {
      body: { SessionSetupRes: body },
      next: S.ServiceDiscovery,
      session: { session_id, evcc_id: typeof r.EVCCID === 'string' ? r.EVCCID : '', values: { ...session.values, ...kept } },
    };
  };
}

/** SessionStopReq: Terminate closes the session; Pause closes the connection and keeps the SessionID. */
export function sessionStop(): Handler {
  return (req, _session, evse) => {
    const r = content<Iso2Types.SessionStopReqType>(req, 'SessionStopReq');
    const pause = r.ChargingSession === 'Pause';
    evse.report({ stage: pause ? 'SessionStop Pause' : 'SessionStop' });
    const body: Iso2Types.SessionStopResType = { ResponseCode: 'OK' };
    return { body: { SessionStopRes: body }, next: S.SessionSetup, close: pause ? 'pause' : 'terminate' };
  };
}
