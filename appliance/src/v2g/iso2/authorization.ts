/**
 * PaymentDetails and Authorization. External identification (ExternalPayment, EIM): AuthorizationRes says
 * Ongoing until the charger has authorized the session (`evse.authorization()`), then Finished; Rejected or
 * an Ongoing run past the state's ongoing_limit_ms is FAILED (enforced by the engine). Contract
 * (Plug&Charge) goes through the ContractPayment seam.
 */
import type { Handler } from '../session/protocol.js';
import type { Iso2Types } from '../exi/index.js';
import { type Iso2Config, content, nowSeconds, patched, values } from './common.js';
import { S } from './states.js';

const NO_CHALLENGE = '00'.repeat(16);

/** PaymentDetailsReq: only with Contract, and only through the seam; otherwise it is out of sequence. */
export function paymentDetails(cfg: Iso2Config): Handler {
  return (req, session, _evse) => {
    const r = content<Iso2Types.PaymentDetailsReqType>(req, 'PaymentDetailsReq');
    const contract = cfg.contract;
    if (values(session).payment !== 'Contract' || contract === undefined) {
      const body: Iso2Types.PaymentDetailsResType = { ResponseCode: 'FAILED_SequenceError', GenChallenge: NO_CHALLENGE, EVSETimeStamp: nowSeconds(cfg) };
      return { body: { PaymentDetailsRes: body }, close: 'error' };
    }
    const out = contract.paymentDetails(r, session);
    const body: Iso2Types.PaymentDetailsResType = { ResponseCode: out.code, GenChallenge: out.gen_challenge, EVSETimeStamp: nowSeconds(cfg) };
    if (out.code.startsWith('FAILED')) return { body: { PaymentDetailsRes: body }, close: 'error' };
    return { body: { PaymentDetailsRes: body }, next: S.Authorization, session: patched(session, { gen_challenge: out.gen_challenge }) };
  };
}

export function authorization(cfg: Iso2Config): Handler {
  return (req, session, evse) => {
    const r = content<Iso2Types.AuthorizationReqType>(req, 'AuthorizationReq');
    const payment = values(session).payment;
    let verdict: 'Accepted' | 'Ongoing' | 'Rejected';
    if (payment === 'Contract') verdict = cfg.contract ? cfg.contract.authorize(r, session) : 'Rejected';
    else if (payment === 'ExternalPayment') verdict = evse.authorization();
    else verdict = 'Rejected';

    // The engine counts Ongoing answers and ends the run past the Authorization state's ongoing_limit_ms.
    if (verdict === 'Ongoing') {
      evse.report({ stage: 'Authorization Ongoing' });
      const body: Iso2Types.AuthorizationResType = { ResponseCode: 'OK', EVSEProcessing: 'Ongoing' };
      return { body: { AuthorizationRes: body }, next: S.Authorization };
    }
    if (verdict === 'Rejected') {
      const body: Iso2Types.AuthorizationResType = { ResponseCode: 'FAILED', EVSEProcessing: 'Finished' };
      return { body: { AuthorizationRes: body }, close: 'error' };
    }
    evse.report({ stage: 'Authorization' });
    const body: Iso2Types.AuthorizationResType = { ResponseCode: 'OK', EVSEProcessing: 'Finished' };
    return { body: { AuthorizationRes: body }, next: S.ChargeParameterDiscovery };
  };
}
