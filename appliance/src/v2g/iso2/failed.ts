/**
 * A minimal schema-valid response for every ISO 15118-2 request type, carrying a FAILED code: only the
 * mandatory elements, with neutral values ([V2G2-538] asks for the response that pairs with the request).
 * Status elements tell the EV that the charger stops: EVSE_Shutdown / StopCharging, or
 * EVSE_EmergencyShutdown when the charger is in an emergency.
 */
import type { HlcEvse } from '../../shared/ports/hlc.js';
import type { FailureCode, SessionData } from '../session/protocol.js';
import type { Iso2Types } from '../exi/index.js';
import { CHARGE_SERVICE_ID, type Iso2Config, SA_SCHEDULE_TUPLE_ID, acStatus, dcStatus, defaultMode, isDc, physical } from './common.js';

/** Every request an EVCC can send in ISO 15118-2, in the order of the message sequence. */
export const ISO2_REQUESTS = [
  'SessionSetupReq',
  'ServiceDiscoveryReq',
  'ServiceDetailReq',
  'PaymentServiceSelectionReq',
  'CertificateInstallationReq',
  'CertificateUpdateReq',
  'PaymentDetailsReq',
  'AuthorizationReq',
  'ChargeParameterDiscoveryReq',
  'CableCheckReq',
  'PreChargeReq',
  'PowerDeliveryReq',
  'CurrentDemandReq',
  'ChargingStatusReq',
  'MeteringReceiptReq',
  'WeldingDetectionReq',
  'SessionStopReq',
] as const;
export type Iso2Request = (typeof ISO2_REQUESTS)[number];

/** The response element name of a request ('SessionSetupReq' → 'SessionSetupRes'). */
export function responseName(request: string): string {
  return request.replace(/Req$/, 'Res');
}

function stopping(evse: HlcEvse, cfg: Iso2Config) {
  const s = evse.status();
  const stop = { ...s, notification: 'StopCharging' as const };
  return { ac: { ...acStatus(stop, cfg), NotificationMaxDelay: 0 }, dc: { ...dcStatus(stop, cfg), NotificationMaxDelay: 0 } };
}

const NO_BYTES = '';
const ZERO_V = physical(0, 'V');

/** `failedResponse` of the ISO-2 definition; throws for a name that is not an ISO-2 request. */
export function failedResponse(
  request: string,
  code: FailureCode,
  evse: HlcEvse,
  cfg: Iso2Config,
  session?: SessionData,
): Record<string, unknown> {
  const ResponseCode = code;
  const st = stopping(evse, cfg);
  // Answer in the mode the EV chose when there is one; before ChargeParameterDiscovery, the EVSE's first.
  const chosen = (session?.values as { mode?: Parameters<typeof isDc>[0] } | undefined)?.mode;
  const dcMode = isDc(chosen ?? defaultMode(evse));
  const evseStatus = dcMode ? { DC_EVSEStatus: st.dc } : { AC_EVSEStatus: st.ac };
  const emptyChain: Iso2Types.CertificateChainType = { Certificate: NO_BYTES };
  const certRes = {
    ResponseCode,
    SAProvisioningCertificateChain: emptyChain,
    ContractSignatureCertChain: { '@Id': 'id1', Certificate: NO_BYTES },
    ContractSignatureEncryptedPrivateKey: { '@Id': 'id2', '#content': NO_BYTES },
    DHpublickey: { '@Id': 'id3', '#content': NO_BYTES },
    eMAID: { '@Id': 'id4', '#content': '' },
  };
  switch (request as Iso2Request) {
    case 'SessionSetupReq':
      return { SessionSetupRes: { ResponseCode, EVSEID: evse.evse_id } satisfies Iso2Types.SessionSetupResType };
    case 'ServiceDiscoveryReq':
      return {
        ServiceDiscoveryRes: {
          ResponseCode,
          PaymentOptionList: { PaymentOption: ['ExternalPayment'] },
          ChargeService: {
            ServiceID: CHARGE_SERVICE_ID,
            ServiceCategory: 'EVCharging',
            FreeService: false,
            SupportedEnergyTransferMode: { EnergyTransferMode: [defaultMode(evse)] },
          },
        } satisfies Iso2Types.ServiceDiscoveryResType,
      };
    case 'ServiceDetailReq':
      return { ServiceDetailRes: { ResponseCode, ServiceID: CHARGE_SERVICE_ID } satisfies Iso2Types.ServiceDetailResType };
    case 'PaymentServiceSelectionReq':
      return { PaymentServiceSelectionRes: { ResponseCode } satisfies Iso2Types.PaymentServiceSelectionResType };
    case 'CertificateInstallationReq':
      return { CertificateInstallationRes: certRes satisfies Iso2Types.CertificateInstallationResType };
    case 'CertificateUpdateReq':
      return { CertificateUpdateRes: certRes satisfies Iso2Types.CertificateUpdateResType };
    case 'PaymentDetailsReq':
      return { PaymentDetailsRes: { ResponseCode, GenChallenge: '00'.repeat(16), EVSETimeStamp: 0 } satisfies Iso2Types.PaymentDetailsResType };
    case 'AuthorizationReq':
      return { AuthorizationRes: { ResponseCode, EVSEProcessing: 'Finished' } satisfies Iso2Types.AuthorizationResType };
    case 'ChargeParameterDiscoveryReq': {
      const param = dcMode
        ? {
            DC_EVSEChargeParameter: {
              DC_EVSEStatus: st.dc,
              EVSEMaximumCurrentLimit: physical(0, 'A'),
              EVSEMaximumPowerLimit: physical(0, 'W'),
              EVSEMaximumVoltageLimit: ZERO_V,
              EVSEMinimumCurrentLimit: physical(0, 'A'),
              EVSEMinimumVoltageLimit: ZERO_V,
              EVSEPeakCurrentRipple: physical(0, 'A'),
            },
          }
        : { AC_EVSEChargeParameter: { AC_EVSEStatus: st.ac, EVSENominalVoltage: ZERO_V, EVSEMaxCurrent: physical(0, 'A') } };
      return { ChargeParameterDiscoveryRes: { ResponseCode, EVSEProcessing: 'Finished', ...param } satisfies Iso2Types.ChargeParameterDiscoveryResType };
    }
    case 'CableCheckReq':
      return { CableCheckRes: { ResponseCode, DC_EVSEStatus: st.dc, EVSEProcessing: 'Finished' } satisfies Iso2Types.CableCheckResType };
    case 'PreChargeReq':
      return { PreChargeRes: { ResponseCode, DC_EVSEStatus: st.dc, EVSEPresentVoltage: ZERO_V } satisfies Iso2Types.PreChargeResType };
    case 'PowerDeliveryReq':
      return { PowerDeliveryRes: { ResponseCode, ...evseStatus } satisfies Iso2Types.PowerDeliveryResType };
    case 'CurrentDemandReq':
      return {
        CurrentDemandRes: {
          ResponseCode,
          DC_EVSEStatus: st.dc,
          EVSEPresentVoltage: ZERO_V,
          EVSEPresentCurrent: physical(0, 'A'),
          EVSECurrentLimitAchieved: false,
          EVSEVoltageLimitAchieved: false,
          EVSEPowerLimitAchieved: false,
          EVSEID: evse.evse_id,
          SAScheduleTupleID: SA_SCHEDULE_TUPLE_ID,
        } satisfies Iso2Types.CurrentDemandResType,
      };
    case 'ChargingStatusReq':
      return {
        ChargingStatusRes: {
          ResponseCode,
          EVSEID: evse.evse_id,
          SAScheduleTupleID: SA_SCHEDULE_TUPLE_ID,
          AC_EVSEStatus: st.ac,
        } satisfies Iso2Types.ChargingStatusResType,
      };
    case 'MeteringReceiptReq':
      return { MeteringReceiptRes: { ResponseCode, ...evseStatus } satisfies Iso2Types.MeteringReceiptResType };
    case 'WeldingDetectionReq':
      return { WeldingDetectionRes: { ResponseCode, DC_EVSEStatus: st.dc, EVSEPresentVoltage: ZERO_V } satisfies Iso2Types.WeldingDetectionResType };
    case 'SessionStopReq':
      return { SessionStopRes: { ResponseCode } satisfies Iso2Types.SessionStopResType };
    default:
      throw new Error(`not an ISO 15118-2 request: ${request}`);
  }
}
