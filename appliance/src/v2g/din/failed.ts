/**
 * A minimal schema-valid response for every DIN 70121 request type, carrying a FAILED code (SwitchEV keeps
 * the same table in failed_responses.py). Mandatory elements get neutral values; DC answers carry the
 * charger's real DC_EVSEStatus, so an EVSE_Shutdown / EmergencyShutdown is never hidden behind a FAILED.
 * Present voltage and current are reported as 0: a failed answer does not drive the supply.
 */
import type { DinTypes } from '../exi/index.js';
import type { HlcEvse } from '../../shared/ports/hlc.js';
import type { FailureCode } from '../session/protocol.js';
import { chargeService } from './services.js';
import { dcEvseChargeParameter, saScheduleList } from './charge-parameter.js';
import { dcEvseStatus, evseIdHex, physical } from './values.js';

type Code = DinTypes.SessionSetupResType['ResponseCode'];

const acStatus = (): DinTypes.AC_EVSEStatusType => ({ PowerSwitchClosed: false, RCD: false, NotificationMaxDelay: 0, EVSENotification: 'StopCharging' });
const emptyCertificateAnswer = (code: Code) => ({
  '@Id': 'id1',
  ResponseCode: code,
  ContractSignatureCertChain: { Certificate: '00' },
  ContractSignatureEncryptedPrivateKey: '00',
  DHParams: '00',
  ContractID: '00',
});

/** Builders per request name; each returns the body element `{ <Name>Res: … }`. */
const BUILDERS: Readonly<Record<string, (code: Code, evse: HlcEvse) => Record<string, unknown>>> = {
  SessionSetupReq: (code, evse) => ({ SessionSetupRes: { ResponseCode: code, EVSEID: evseIdHex(evse) } }),
  ServiceDiscoveryReq: (code, evse) => ({
    ServiceDiscoveryRes: { ResponseCode: code, PaymentOptions: { PaymentOption: ['ExternalPayment'] }, ChargeService: chargeService(evse) },
  }),
  ServiceDetailReq: (code) => ({ ServiceDetailRes: { ResponseCode: code, ServiceID: 0 } }),
  ServicePaymentSelectionReq: (code) => ({ ServicePaymentSelectionRes: { ResponseCode: code } }),
  PaymentDetailsReq: (code) => ({ PaymentDetailsRes: { ResponseCode: code, GenChallenge: '00', DateTimeNow: 0 } }),
  ContractAuthenticationReq: (code) => ({ ContractAuthenticationRes: { ResponseCode: code, EVSEProcessing: 'Finished' } }),
  ChargeParameterDiscoveryReq: (code, evse) => ({
    ChargeParameterDiscoveryRes: {
      ResponseCode: code,
      EVSEProcessing: 'Finished',
      // The SASchedules group is mandatory in the schema, even in a failed answer.
      SAScheduleList: saScheduleList(evse),
      DC_EVSEChargeParameter: dcEvseChargeParameter(evse),
    },
  }),
  PowerDeliveryReq: (code, evse) => ({ PowerDeliveryRes: { ResponseCode: code, DC_EVSEStatus: dcEvseStatus(evse) } }),
  ChargingStatusReq: (code, evse) => ({
    ChargingStatusRes: { ResponseCode: code, EVSEID: evseIdHex(evse), SAScheduleTupleID: 1, ReceiptRequired: false, AC_EVSEStatus: acStatus() },
  }),
  MeteringReceiptReq: (code) => ({ MeteringReceiptRes: { ResponseCode: code, AC_EVSEStatus: acStatus() } }),
  CertificateUpdateReq: (code) => ({ CertificateUpdateRes: { ...emptyCertificateAnswer(code), RetryCounter: 0 } }),
  CertificateInstallationReq: (code) => ({ CertificateInstallationRes: emptyCertificateAnswer(code) }),
  CableCheckReq: (code, evse) => ({ CableCheckRes: { ResponseCode: code, DC_EVSEStatus: dcEvseStatus(evse), EVSEProcessing: 'Finished' } }),
  PreChargeReq: (code, evse) => ({ PreChargeRes: { ResponseCode: code, DC_EVSEStatus: dcEvseStatus(evse), EVSEPresentVoltage: physical(0, 'V') } }),
  CurrentDemandReq: (code, evse) => ({
    CurrentDemandRes: {
      ResponseCode: code,
      DC_EVSEStatus: dcEvseStatus(evse),
      EVSEPresentVoltage: physical(0, 'V'),
      EVSEPresentCurrent: physical(0, 'A'),
      EVSECurrentLimitAchieved: false,
      EVSEVoltageLimitAchieved: false,
      EVSEPowerLimitAchieved: false,
    },
  }),
  WeldingDetectionReq: (code, evse) => ({ WeldingDetectionRes: { ResponseCode: code, DC_EVSEStatus: dcEvseStatus(evse), EVSEPresentVoltage: physical(0, 'V') } }),
  SessionStopReq: (code) => ({ SessionStopRes: { ResponseCode: code } }),
};

/** Every DIN request name this table answers (all request elements of the DIN schema). */
export const DIN_REQUESTS: readonly string[] = Object.keys(BUILDERS);

export function dinFailedResponse(request: string, code: FailureCode, evse: HlcEvse): Record<string, unknown> {
  const build = BUILDERS[request];
  if (!build) throw new RangeError(`${request} is not a DIN 70121 request`);
  return build(code, evse);
}
