/**
 * ISO 15118-2 SECC states as data: which request each state accepts, the requirement the row implements,
 * and how long the EV may take for its next request. The state a handler moves to is its `next`.
 *
 * Requirement numbers follow the annotations of public SECC implementations (EVerest EvseV2G's ISO state
 * table and libiso15118); check each against the text of ISO 15118-2:2014 before claiming conformance.
 */
import type { StateDef } from '../session/protocol.js';

/** Requirement tags used by the tables and handlers, in one place. */
export const REQ = {
  /** Unexpected request → FAILED_SequenceError in the matching response, then stop. */
  sequenceError: '[V2G2-538]',
  /** SessionID of a request differs from the session's → FAILED_UnknownSession. */
  unknownSession: '[V2G2-460]',
  /** After a FAILED response the SECC closes the TCP connection. */
  closeAfterFailed: '[V2G2-539]',
  /** V2G_SECC_Sequence_Timeout, 60 s. */
  sequenceTimeout: '[V2G2-443]',
  /** The EVCC's Ongoing limit (V2G_EVCC_Ongoing_Timeout, 60 s): the SECC answers FAILED past it. */
  ongoingTimeout: '[V2G2-713]',
  /** SessionID rules of SessionSetup (zero or unknown → new SessionID; the stored one → joined). */
  sessionId: '[V2G2-756]',
  afterHandshake: '[V2G2-541]',
  afterSessionSetup: '[V2G2-543]',
  afterServiceDiscovery: '[V2G2-545]',
  afterPaymentSelection: '[V2G2-551]',
  afterPaymentDetails: '[V2G2-560]',
  authorizationOngoing: '[V2G2-687]',
  afterAuthorization: '[V2G2-573]',
  chargeParameterOngoing: '[V2G2-688]',
  renegotiation: '[V2G2-813]',
  renegotiateOnlyWhileCharging: '[V2G2-812]',
  afterChargeParameter: '[V2G2-582]',
  cableCheckOngoing: '[V2G2-621]',
  afterCableCheck: '[V2G2-584]',
  afterPreCharge: '[V2G2-587]',
  afterPowerDeliveryStart: '[V2G2-590]',
  chargeLoop: '[V2G2-797]',
  meteringReceipt: '[V2G2-795]',
  afterPowerDeliveryStop: '[V2G2-597]',
  afterWeldingDetection: '[V2G2-601]',
  acAfterPowerDeliveryStop: '[V2G2-568]',
  acChargeLoop: '[V2G2-576]',
} as const;

/** V2G_SECC_Sequence_Timeout [V2G2-443]. */
export const SEQUENCE_TIMEOUT_MS = 60_000;
/** V2G_SECC_CommunicationSetup_Timeout: from the handshake to SessionSetupReq. */
export const COMMUNICATION_SETUP_TIMEOUT_MS = 20_000;

/**
 * Ongoing limits (StateDef.ongoing_limit_ms, enforced by the engine from the first Ongoing answer in the
 * state): the SECC gives up when the EV would (V2G_EVCC_Ongoing_Timeout 60 s [V2G2-713],
 * V2G_EVCC_CableCheck_Timeout 40 s).
 */
export const ONGOING_TIMEOUT_MS = 60_000;
export const CABLE_CHECK_TIMEOUT_MS = 40_000;

/** State names, the keys of `ISO2_STATES`. */
export const S = {
  SessionSetup: 'SessionSetup',
  ServiceDiscovery: 'ServiceDiscovery',
  ServiceSelection: 'ServiceSelection',
  PaymentSelected: 'PaymentSelected',
  Authorization: 'Authorization',
  ChargeParameterDiscovery: 'ChargeParameterDiscovery',
  CableCheck: 'CableCheck',
  PreCharge: 'PreCharge',
  PreChargeOrPowerDelivery: 'PreChargeOrPowerDelivery',
  PowerDelivery: 'PowerDelivery',
  CurrentDemand: 'CurrentDemand',
  ChargingStatus: 'ChargingStatus',
  WeldingDetection: 'WeldingDetection',
  SessionStop: 'SessionStop',
} as const;
export type Iso2State = (typeof S)[keyof typeof S];

const seq = (accepts: Record<string, string>): StateDef => ({ accepts, timeout_ms: SEQUENCE_TIMEOUT_MS });

/** The allowed-next table (AC and DC in one; the handlers branch on the mode the EV chose). */
export const ISO2_STATES: Readonly<Record<Iso2State, StateDef>> = {
  [S.SessionSetup]: { accepts: { SessionSetupReq: REQ.afterHandshake }, timeout_ms: COMMUNICATION_SETUP_TIMEOUT_MS },
  [S.ServiceDiscovery]: seq({ ServiceDiscoveryReq: REQ.afterSessionSetup, SessionStopReq: REQ.afterSessionSetup }),
  [S.ServiceSelection]: seq({
    ServiceDetailReq: REQ.afterServiceDiscovery,
    PaymentServiceSelectionReq: REQ.afterServiceDiscovery,
    SessionStopReq: REQ.afterServiceDiscovery,
  }),
  // CertificateInstallationReq / CertificateUpdateReq join this row with Plug&Charge.
  [S.PaymentSelected]: seq({
    AuthorizationReq: REQ.afterPaymentSelection,
    PaymentDetailsReq: REQ.afterPaymentSelection,
    SessionStopReq: REQ.afterPaymentSelection,
  }),
  [S.Authorization]: {
    ...seq({ AuthorizationReq: `${REQ.afterPaymentDetails} ${REQ.authorizationOngoing}`, SessionStopReq: REQ.afterPaymentDetails }),
    ongoing_limit_ms: ONGOING_TIMEOUT_MS,
  },
  [S.ChargeParameterDiscovery]: {
    ...seq({
      ChargeParameterDiscoveryReq: `${REQ.afterAuthorization} ${REQ.renegotiation} ${REQ.chargeParameterOngoing}`,
      SessionStopReq: REQ.afterAuthorization,
    }),
    ongoing_limit_ms: ONGOING_TIMEOUT_MS,
  },
  [S.CableCheck]: {
    ...seq({ CableCheckReq: `${REQ.afterChargeParameter} ${REQ.cableCheckOngoing}`, SessionStopReq: REQ.afterChargeParameter }),
    ongoing_limit_ms: CABLE_CHECK_TIMEOUT_MS,
  },
  [S.PreCharge]: seq({ PreChargeReq: REQ.afterCableCheck, SessionStopReq: REQ.afterCableCheck }),
  [S.PreChargeOrPowerDelivery]: seq({
    PreChargeReq: REQ.afterPreCharge,
    PowerDeliveryReq: REQ.afterPreCharge,
    SessionStopReq: REQ.afterPreCharge,
  }),
  // AC after ChargeParameterDiscoveryRes; DC after a renegotiation's ChargeParameterDiscoveryRes.
  [S.PowerDelivery]: seq({ PowerDeliveryReq: `${REQ.acChargeLoop} ${REQ.renegotiation}`, SessionStopReq: REQ.acChargeLoop }),
  [S.CurrentDemand]: seq({
    CurrentDemandReq: `${REQ.afterPowerDeliveryStart} ${REQ.chargeLoop}`,
    PowerDeliveryReq: REQ.chargeLoop,
    MeteringReceiptReq: REQ.meteringReceipt,
  }),
  [S.ChargingStatus]: seq({
    ChargingStatusReq: REQ.acChargeLoop,
    PowerDeliveryReq: REQ.acChargeLoop,
    MeteringReceiptReq: REQ.meteringReceipt,
  }),
  [S.WeldingDetection]: seq({
    WeldingDetectionReq: `${REQ.afterPowerDeliveryStop} ${REQ.afterWeldingDetection}`,
    SessionStopReq: `${REQ.afterPowerDeliveryStop} ${REQ.afterWeldingDetection}`,
  }),
  [S.SessionStop]: seq({ SessionStopReq: REQ.acAfterPowerDeliveryStop }),
};
