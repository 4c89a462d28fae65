/**
 * ISO 15118-2 (SECC side, AC and DC, external identification) as a ProtocolDefinition for the session
 * engine: the allowed-next table of ./states.ts, one pure handler per request, a failed response per
 * request type. Plug&Charge and TLS come later through the `contract` seam and the table's PaymentSelected row.
 */
import type { HlcEvse } from '../../shared/ports/hlc.js';
import type { FailureCode, Handler, ProtocolDefinition, SessionData } from '../session/protocol.js';
import { ISO2_NAMESPACE, type Iso2Options, resolveOptions } from './common.js';
import { authorization, paymentDetails } from './authorization.js';
import { chargeParameterDiscovery } from './charge-parameter.js';
import { cableCheck, currentDemand, preCharge, weldingDetection } from './dc.js';
import { chargingStatus, meteringReceipt } from './ac.js';
import { failedResponse } from './failed.js';
import { powerDelivery } from './power-delivery.js';
import { paymentServiceSelection, serviceDetail, serviceDiscovery } from './services.js';
import { sessionSetup, sessionStop } from './session-setup.js';
import { ISO2_STATES, S } from './states.js';

export function iso2Protocol(opts: Iso2Options = {}): ProtocolDefinition {
  const cfg = resolveOptions(opts);
  const handlers: Record<string, Handler> = {
    SessionSetupReq: sessionSetup(cfg),
    ServiceDiscoveryReq: serviceDiscovery(cfg),
    ServiceDetailReq: serviceDetail(cfg),
    PaymentServiceSelectionReq: paymentServiceSelection(cfg),
    PaymentDetailsReq: paymentDetails(cfg),
    AuthorizationReq: authorization(cfg),
    ChargeParameterDiscoveryReq: chargeParameterDiscovery(cfg),
    CableCheckReq: cableCheck(cfg),
    PreChargeReq: preCharge(cfg),
    PowerDeliveryReq: powerDelivery(cfg),
    CurrentDemandReq: currentDemand(cfg),
    ChargingStatusReq: chargingStatus(cfg),
    MeteringReceiptReq: meteringReceipt(cfg),
    WeldingDetectionReq: weldingDetection(cfg),
    SessionStopReq: sessionStop(),
  };
  return {
    schema: 'iso2',
    namespace: ISO2_NAMESPACE,
    initial_state: S.SessionSetup,
    states: { ...ISO2_STATES },
    handlers,
    failedResponse: (request: string, code: FailureCode, evse: HlcEvse, session?: SessionData) =>
      failedResponse(request, code, evse, cfg, session),
  };
}
