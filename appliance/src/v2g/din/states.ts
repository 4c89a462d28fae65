/**
 * The DIN 70121 DC session (SECC) as data: per state the requests accepted next, the requirement each row
 * implements, the state's timeout and the Ongoing limit. The handler chooses the successor state.
 *
 * Timeouts (DIN 70121 §9.6): V2G_SECC_Sequence_Timeout 60 s between a response and the next request; the
 * first request after the handshake falls under the communication setup timeout (20 s). The SECC stops
 * answering Ongoing once the EV would have given up anyway: V2G_EVCC_Ongoing_Timeout 60 s (authorization,
 * parameters), V2G_EVCC_CableCheck_Timeout 38 s; authorization gets more (see below).
 */
import type { StateDef } from '../session/protocol.js';

export const SEQUENCE_TIMEOUT_MS = 60_000;
export const COMMUNICATION_SETUP_TIMEOUT_MS = 20_000;
export const ONGOING_TIMEOUT_MS = 60_000;
/** Authorization by the user (plug, then tap a card) may take longer than the EV's Ongoing timeout, and EVs
 * do wait longer (73 s of Ongoing in the ABB HPC capture of ../shared/real-traffic): the SECC's own bound is
 * twice V2G_EVCC_Ongoing_Timeout, a guard against a charger that never decides rather than a rule for EVs. */
export const AUTHORIZATION_ONGOING_LIMIT_MS = 2 * ONGOING_TIMEOUT_MS;
export const CABLE_CHECK_TIMEOUT_MS = 38_000;

const SEQ = 'DIN 70121 §9.6 DC message sequence';

export const DIN_STATES: Readonly<Record<string, StateDef>> = {
  SessionSetup: {
    // [V2G-DC-666]: the first request has to be SessionSetupReq; anything else is FAILED_SequenceError.
    accepts: { SessionSetupReq: '[V2G-DC-666]' },
    timeout_ms: COMMUNICATION_SETUP_TIMEOUT_MS,
  },
  ServiceDiscovery: { accepts: { ServiceDiscoveryReq: SEQ }, timeout_ms: SEQUENCE_TIMEOUT_MS },
  // [V2G-DC-395]: ExternalPayment is the only payment option in DIN (checked by the handler).
  ServicePaymentSelection: { accepts: { ServicePaymentSelectionReq: `${SEQ}; [V2G-DC-395]` }, timeout_ms: SEQUENCE_TIMEOUT_MS },
  ContractAuthentication: {
    accepts: { ContractAuthenticationReq: `${SEQ}; EIM: Ongoing until authorized` },
    timeout_ms: SEQUENCE_TIMEOUT_MS,
    ongoing_limit_ms: AUTHORIZATION_ONGOING_LIMIT_MS,
  },
  ChargeParameterDiscovery: {
    accepts: {
      ChargeParameterDiscoveryReq: `${SEQ}; repeated while Ongoing`,
      // Idempotent, so tolerated: an EV that asks once more after Finished gets Finished again (seen in the
      // clara/Tesla V3 capture, where the real charger did the same).
      ContractAuthenticationReq: 'tolerated repeat after EVSEProcessing=Finished',
    },
    timeout_ms: SEQUENCE_TIMEOUT_MS,
    ongoing_limit_ms: ONGOING_TIMEOUT_MS,
  },
  CableCheck: {
    accepts: { CableCheckReq: `${SEQ}; repeated while Ongoing` },
    timeout_ms: SEQUENCE_TIMEOUT_MS,
    ongoing_limit_ms: CABLE_CHECK_TIMEOUT_MS,
  },
  PreCharge: {
    accepts: {
      PreChargeReq: `${SEQ}; repeated until the EV's target voltage is reached`,
      PowerDeliveryReq: `${SEQ}; ReadyToChargeState=true starts, false aborts before energy flows`,
      // Seen in real captures (pyPLC, Model Y "stop in precharge"): the EV ends in PreCharge without current.
      SessionStopReq: 'EV abort before energy transfer (contactors still open)',
    },
    timeout_ms: SEQUENCE_TIMEOUT_MS,
  },
  CurrentDemand: {
    accepts: {
      CurrentDemandReq: `${SEQ}; charging loop`,
      PowerDeliveryReq: `${SEQ}; ReadyToChargeState=false ends the loop`,
    },
    timeout_ms: SEQUENCE_TIMEOUT_MS,
  },
  WeldingDetection: {
    accepts: {
      WeldingDetectionReq: `${SEQ}; optional, repeated`,
      SessionStopReq: `${SEQ}; after PowerDelivery stop`,
    },
    timeout_ms: SEQUENCE_TIMEOUT_MS,
  },
  /** After SessionStopRes: nothing is accepted; the EV closes the connection ([V2G-DC-937]). */
  Stopped: { accepts: {}, timeout_ms: SEQUENCE_TIMEOUT_MS },
};
