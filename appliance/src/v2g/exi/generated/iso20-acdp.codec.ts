// GENERATED FILE — do not edit. Encoders and decoders for the `iso20-acdp` EXI grammar,
// derived from ../shared/schemas/iso15118-20/V2G_CI_ACDP.xsd by tools/exi-gen. Regenerate with: npm run gen:exi

/* eslint-disable */
import { BitReader, BitWriter, definedKeys, keyCount, unknownKey } from '../bits.js';
import type * as T from './iso20-acdp.types.js';

const EV_cpStatusType = ["StateA","StateB","StateC","StateD","StateE"] as const;
function EI_cpStatusType(w: BitWriter, x: string): number {
  switch (x) {
    case "StateA": return 0;
    case "StateB": return 1;
    case "StateC": return 2;
    case "StateD": return 3;
    case "StateE": return 4;
    default: throw w.fail(`${String(x)} is not a value of cpStatusType`);
  }
}
const EV_electricalChargingDeviceStatusType = ["State_A","State_B","State_C","State_D"] as const;
function EI_electricalChargingDeviceStatusType(w: BitWriter, x: string): number {
  switch (x) {
    case "State_A": return 0;
    case "State_B": return 1;
    case "State_C": return 2;
    case "State_D": return 3;
    default: throw w.fail(`${String(x)} is not a value of electricalChargingDeviceStatusType`);
  }
}
const EV_errorCodeType = ["OK_NoEVError","FAILED","FAILED_EmergencyEvent","FAILED_Breaker","FAILED_RESSTemperatureInhibit","FAILED_RESS","FAILED_ChargingCurrentDifferential","FAILED_ChargingVoltageOutOfRange","FAILED_Reserved1","FAILED_Reserved2"] as const;
function EI_errorCodeType(w: BitWriter, x: string): number {
  switch (x) {
    case "OK_NoEVError": return 0;
    case "FAILED": return 1;
    case "FAILED_EmergencyEvent": return 2;
    case "FAILED_Breaker": return 3;
    case "FAILED_RESSTemperatureInhibit": return 4;
    case "FAILED_RESS": return 5;
    case "FAILED_ChargingCurrentDifferential": return 6;
    case "FAILED_ChargingVoltageOutOfRange": return 7;
    case "FAILED_Reserved1": return 8;
    case "FAILED_Reserved2": return 9;
    default: throw w.fail(`${String(x)} is not a value of errorCodeType`);
  }
}
const EV_isolationStatusType = ["Invalid","Safe","Warning","Fault"] as const;
function EI_isolationStatusType(w: BitWriter, x: string): number {
  switch (x) {
    case "Invalid": return 0;
    case "Safe": return 1;
    case "Warning": return 2;
    case "Fault": return 3;
    default: throw w.fail(`${String(x)} is not a value of isolationStatusType`);
  }
}
const EV_mechanicalChargingDeviceStatusType = ["Home","Moving","EndPosition"] as const;
function EI_mechanicalChargingDeviceStatusType(w: BitWriter, x: string): number {
  switch (x) {
    case "Home": return 0;
    case "Moving": return 1;
    case "EndPosition": return 2;
    default: throw w.fail(`${String(x)} is not a value of mechanicalChargingDeviceStatusType`);
  }
}
const EV_evseNotificationType = ["Pause","ExitStandby","Terminate","ScheduleRenegotiation","ServiceRenegotiation","MeteringConfirmation"] as const;
function EI_evseNotificationType(w: BitWriter, x: string): number {
  switch (x) {
    case "Pause": return 0;
    case "ExitStandby": return 1;
    case "Terminate": return 2;
    case "ScheduleRenegotiation": return 3;
    case "ServiceRenegotiation": return 4;
    case "MeteringConfirmation": return 5;
    default: throw w.fail(`${String(x)} is not a value of evseNotificationType`);
  }
}
const EV_processingType = ["Finished","Ongoing","Ongoing_WaitingForCustomerInteraction"] as const;
function EI_processingType(w: BitWriter, x: string): number {
  switch (x) {
    case "Finished": return 0;
    case "Ongoing": return 1;
    case "Ongoing_WaitingForCustomerInteraction": return 2;
    default: throw w.fail(`${String(x)} is not a value of processingType`);
  }
}
const EV_responseCodeType = ["OK","OK_CertificateExpiresSoon","OK_NewSessionEstablished","OK_OldSessionJoined","OK_PowerToleranceConfirmed","WARNING_AuthorizationSelectionInvalid","WARNING_CertificateExpired","WARNING_CertificateNotYetValid","WARNING_CertificateRevoked","WARNING_CertificateValidationError","WARNING_ChallengeInvalid","WARNING_EIMAuthorizationFailure","WARNING_eMSPUnknown","WARNING_EVPowerProfileViolation","WARNING_GeneralPnCAuthorizationError","WARNING_NoCertificateAvailable","WARNING_NoContractMatchingPCIDFound","WARNING_PowerToleranceNotConfirmed","WARNING_ScheduleRenegotiationFailed","WARNING_StandbyNotAllowed","WARNING_WPT","FAILED","FAILED_AssociationError","FAILED_ContactorError","FAILED_EVPowerProfileInvalid","FAILED_EVPowerProfileViolation","FAILED_MeteringSignatureNotValid","FAILED_NoEnergyTransferServiceSelected","FAILED_NoServiceRenegotiationSupported","FAILED_PauseNotAllowed","FAILED_PowerDeliveryNotApplied","FAILED_PowerToleranceNotConfirmed","FAILED_ScheduleRenegotiation","FAILED_ScheduleSelectionInvalid","FAILED_SequenceError","FAILED_ServiceIDInvalid","FAILED_ServiceSelectionInvalid","FAILED_SignatureError","FAILED_UnknownSession","FAILED_WrongChargeParameter"] as const;
function EI_responseCodeType(w: BitWriter, x: string): number {
  switch (x) {
    case "OK": return 0;
    case "OK_CertificateExpiresSoon": return 1;
    case "OK_NewSessionEstablished": return 2;
    case "OK_OldSessionJoined": return 3;
    case "OK_PowerToleranceConfirmed": return 4;
    case "WARNING_AuthorizationSelectionInvalid": return 5;
    case "WARNING_CertificateExpired": return 6;
    case "WARNING_CertificateNotYetValid": return 7;
    case "WARNING_CertificateRevoked": return 8;
    case "WARNING_CertificateValidationError": return 9;
    case "WARNING_ChallengeInvalid": return 10;
    case "WARNING_EIMAuthorizationFailure": return 11;
    case "WARNING_eMSPUnknown": return 12;
    case "WARNING_EVPowerProfileViolation": return 13;
    case "WARNING_GeneralPnCAuthorizationError": return 14;
    case "WARNING_NoCertificateAvailable": return 15;
    case "WARNING_NoContractMatchingPCIDFound": return 16;
    case "WARNING_PowerToleranceNotConfirmed": return 17;
    case "WARNING_ScheduleRenegotiationFailed": return 18;
    case "WARNING_StandbyNotAllowed": return 19;
    case "WARNING_WPT": return 20;
    case "FAILED": return 21;
    case "FAILED_AssociationError": return 22;
    case "FAILED_ContactorError": return 23;
    case "FAILED_EVPowerProfileInvalid": return 24;
    case "FAILED_EVPowerProfileViolation": return 25;
    case "FAILED_MeteringSignatureNotValid": return 26;
    case "FAILED_NoEnergyTransferServiceSelected": return 27;
    case "FAILED_NoServiceRenegotiationSupported": return 28;
    case "FAILED_PauseNotAllowed": return 29;
    case "FAILED_PowerDeliveryNotApplied": return 30;
    case "FAILED_PowerToleranceNotConfirmed": return 31;
    case "FAILED_ScheduleRenegotiation": return 32;
    case "FAILED_ScheduleSelectionInvalid": return 33;
    case "FAILED_SequenceError": return 34;
    case "FAILED_ServiceIDInvalid": return 35;
    case "FAILED_ServiceSelectionInvalid": return 36;
    case "FAILED_SignatureError": return 37;
    case "FAILED_UnknownSession": return 38;
    case "FAILED_WrongChargeParameter": return 39;
    default: throw w.fail(`${String(x)} is not a value of responseCodeType`);
  }
}

function dS_bin_inf(r: BitReader, cw: number): string {
  r.code0();
  const x = r.hex(Infinity);
  r.code0();
  return x;
}
function eS_bin_inf(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.hex(x, Infinity);
  w.bits(0, 1);
}

function dS_str_inf(r: BitReader, cw: number): string {
  r.code0();
  const x = r.str(Infinity);
  r.code0();
  return x;
}
function eS_str_inf(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.str(x, Infinity);
  w.bits(0, 1);
}

function dS_uint_0_65535(r: BitReader, cw: number): number {
  r.code0();
  const x = r.uint(0, 65535);
  r.code0();
  return x;
}
function eS_uint_0_65535(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeUint(c, cw, x, 0, 65535);
}

function dS_uint_0_18446744073709552000(r: BitReader, cw: number): number {
  r.code0();
  const x = r.uint(0, 9007199254740991);
  r.code0();
  return x;
}
function eS_uint_0_18446744073709552000(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeUint(c, cw, x, 0, 9007199254740991);
}

function dS_bool(r: BitReader, cw: number): boolean {
  return r.boolEl(cw);
}
function eS_bool(w: BitWriter, x: boolean, c: number, cw: number): void {
  w.codeBool(c, cw, x);
}

function dS_int_m32768_32767(r: BitReader, cw: number): number {
  r.code0();
  const x = r.int(-32768, 32767);
  r.code0();
  return x;
}
function eS_int_m32768_32767(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeInt(c, cw, x, -32768, 32767);
}

function dS_uint_0_4294967295(r: BitReader, cw: number): number {
  r.code0();
  const x = r.uint(0, 4294967295);
  r.code0();
  return x;
}
function eS_uint_0_4294967295(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeUint(c, cw, x, 0, 4294967295);
}

function dS_enum_cpStatusType(r: BitReader, cw: number): "StateA" | "StateB" | "StateC" | "StateD" | "StateE" {
  return EV_cpStatusType[r.enumEl(3, 5, cw)]!;
}
function eS_enum_cpStatusType(w: BitWriter, x: "StateA" | "StateB" | "StateC" | "StateD" | "StateE", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_cpStatusType(w, x), 3, 0, 4);
}

function dS_enum_electricalChargingDeviceStatusType(r: BitReader, cw: number): "State_A" | "State_B" | "State_C" | "State_D" {
  return EV_electricalChargingDeviceStatusType[r.enumEl(2, 4, cw)]!;
}
function eS_enum_electricalChargingDeviceStatusType(w: BitWriter, x: "State_A" | "State_B" | "State_C" | "State_D", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_electricalChargingDeviceStatusType(w, x), 2, 0, 3);
}

function dS_enum_errorCodeType(r: BitReader, cw: number): "OK_NoEVError" | "FAILED" | "FAILED_EmergencyEvent" | "FAILED_Breaker" | "FAILED_RESSTemperatureInhibit" | "FAILED_RESS" | "FAILED_ChargingCurrentDifferential" | "FAILED_ChargingVoltageOutOfRange" | "FAILED_Reserved1" | "FAILED_Reserved2" {
  return EV_errorCodeType[r.enumEl(4, 10, cw)]!;
}
function eS_enum_errorCodeType(w: BitWriter, x: "OK_NoEVError" | "FAILED" | "FAILED_EmergencyEvent" | "FAILED_Breaker" | "FAILED_RESSTemperatureInhibit" | "FAILED_RESS" | "FAILED_ChargingCurrentDifferential" | "FAILED_ChargingVoltageOutOfRange" | "FAILED_Reserved1" | "FAILED_Reserved2", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_errorCodeType(w, x), 4, 0, 9);
}

function dS_enum_isolationStatusType(r: BitReader, cw: number): "Invalid" | "Safe" | "Warning" | "Fault" {
  return EV_isolationStatusType[r.enumEl(2, 4, cw)]!;
}
function eS_enum_isolationStatusType(w: BitWriter, x: "Invalid" | "Safe" | "Warning" | "Fault", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_isolationStatusType(w, x), 2, 0, 3);
}

function dS_enum_mechanicalChargingDeviceStatusType(r: BitReader, cw: number): "Home" | "Moving" | "EndPosition" {
  return EV_mechanicalChargingDeviceStatusType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_mechanicalChargingDeviceStatusType(w: BitWriter, x: "Home" | "Moving" | "EndPosition", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_mechanicalChargingDeviceStatusType(w, x), 2, 0, 2);
}

function dS_enum_evseNotificationType(r: BitReader, cw: number): "Pause" | "ExitStandby" | "Terminate" | "ScheduleRenegotiation" | "ServiceRenegotiation" | "MeteringConfirmation" {
  return EV_evseNotificationType[r.enumEl(3, 6, cw)]!;
}
function eS_enum_evseNotificationType(w: BitWriter, x: "Pause" | "ExitStandby" | "Terminate" | "ScheduleRenegotiation" | "ServiceRenegotiation" | "MeteringConfirmation", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_evseNotificationType(w, x), 3, 0, 5);
}

function dS_enum_processingType(r: BitReader, cw: number): "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction" {
  return EV_processingType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_processingType(w: BitWriter, x: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_processingType(w, x), 2, 0, 2);
}

function dS_nbit_0_100(r: BitReader, cw: number): number {
  return r.nbitEl(7, 0, 100, cw);
}
function eS_nbit_0_100(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 7, 0, 100);
}

function dS_nbit_m128_127(r: BitReader, cw: number): number {
  return r.nbitEl(8, -128, 127, cw);
}
function eS_nbit_m128_127(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 8, -128, 127);
}

function dS_int_minf_inf(r: BitReader, cw: number): number {
  r.code0();
  const x = r.int(-9007199254740991, 9007199254740991);
  r.code0();
  return x;
}
function eS_int_minf_inf(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeInt(c, cw, x, -9007199254740991, 9007199254740991);
}

function dS_str_32(r: BitReader, cw: number): string {
  r.code0();
  const x = r.str(32);
  r.code0();
  return x;
}
function eS_str_32(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.str(x, 32);
  w.bits(0, 1);
}

function dS_bin_64(r: BitReader, cw: number): string {
  r.code0();
  const x = r.hex(64);
  r.code0();
  return x;
}
function eS_bin_64(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.hex(x, 64);
  w.bits(0, 1);
}

function dS_enum_responseCodeType(r: BitReader, cw: number): "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter" {
  return EV_responseCodeType[r.enumEl(6, 40, cw)]!;
}
function eS_enum_responseCodeType(w: BitWriter, x: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_responseCodeType(w, x), 6, 0, 39);
}

function dS_bin_8(r: BitReader, cw: number): string {
  r.code0();
  const x = r.hex(8);
  r.code0();
  return x;
}
function eS_bin_8(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.hex(x, 8);
  w.bits(0, 1);
}

function dS_uint_1_4294967295(r: BitReader, cw: number): number {
  r.code0();
  const x = r.uint(1, 4294967295);
  r.code0();
  return x;
}
function eS_uint_1_4294967295(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeUint(c, cw, x, 1, 4294967295);
}

/** Document grammar: SE over the 34 global elements (sorted), SE(*); 6 bits. */
export function encodeDocument(w: BitWriter, doc: T.Document): void {
  const keys = Object.keys(doc);
  if (keys.length !== 1) throw w.fail('a document has exactly one root element');
  const k = keys[0]!;
  const x = (doc as Record<string, unknown>)[k];
  switch (k) {
    case "ACDP_ConnectReq": w.bits(0, 6); e_ACDP_ConnectReqType(w, x as never); return;
    case "ACDP_ConnectRes": w.bits(1, 6); e_ACDP_ConnectResType(w, x as never); return;
    case "ACDP_DisconnectReq": w.bits(2, 6); e_ACDP_ConnectReqType(w, x as never); return;
    case "ACDP_DisconnectRes": w.bits(3, 6); e_ACDP_ConnectResType(w, x as never); return;
    case "ACDP_SystemStatusReq": w.bits(4, 6); e_ACDP_SystemStatusReqType(w, x as never); return;
    case "ACDP_SystemStatusRes": w.bits(5, 6); e_ACDP_SystemStatusResType(w, x as never); return;
    case "ACDP_VehiclePositioningReq": w.bits(6, 6); e_ACDP_VehiclePositioningReqType(w, x as never); return;
    case "ACDP_VehiclePositioningRes": w.bits(7, 6); e_ACDP_VehiclePositioningResType(w, x as never); return;
    case "CLReqControlMode": w.bits(8, 6); e_CLReqControlModeType(w, x as never); return;
    case "CLResControlMode": w.bits(9, 6); e_CLResControlModeType(w, x as never); return;
    case "CanonicalizationMethod": w.bits(10, 6); e_CanonicalizationMethodType(w, x as never); return;
    case "DSAKeyValue": w.bits(11, 6); e_DSAKeyValueType(w, x as never); return;
    case "DigestMethod": w.bits(12, 6); e_DigestMethodType(w, x as never); return;
    case "DigestValue": eS_bin_inf(w, x as never, 13, 6); return;
    case "KeyInfo": w.bits(14, 6); e_KeyInfoType(w, x as never); return;
    case "KeyName": eS_str_inf(w, x as never, 15, 6); return;
    case "KeyValue": w.bits(16, 6); e_KeyValueType(w, x as never); return;
    case "Manifest": w.bits(17, 6); e_ManifestType(w, x as never); return;
    case "MgmtData": eS_str_inf(w, x as never, 18, 6); return;
    case "Object": w.bits(19, 6); e_ObjectType(w, x as never); return;
    case "PGPData": w.bits(20, 6); e_PGPDataType(w, x as never); return;
    case "RSAKeyValue": w.bits(21, 6); e_RSAKeyValueType(w, x as never); return;
    case "Reference": w.bits(22, 6); e_ReferenceType(w, x as never); return;
    case "RetrievalMethod": w.bits(23, 6); e_RetrievalMethodType(w, x as never); return;
    case "SPKIData": w.bits(24, 6); e_SPKIDataType(w, x as never); return;
    case "Signature": w.bits(25, 6); e_SignatureType(w, x as never); return;
    case "SignatureMethod": w.bits(26, 6); e_SignatureMethodType(w, x as never); return;
    case "SignatureProperties": w.bits(27, 6); e_SignaturePropertiesType(w, x as never); return;
    case "SignatureProperty": w.bits(28, 6); e_SignaturePropertyType(w, x as never); return;
    case "SignatureValue": w.bits(29, 6); e_SignatureValueType(w, x as never); return;
    case "SignedInfo": w.bits(30, 6); e_SignedInfoType(w, x as never); return;
    case "Transform": w.bits(31, 6); e_TransformType(w, x as never); return;
    case "Transforms": w.bits(32, 6); e_TransformsType(w, x as never); return;
    case "X509Data": w.bits(33, 6); e_X509DataType(w, x as never); return;
    default: throw w.fail(`unknown root element ${k}`);
  }
}
export function decodeDocument(r: BitReader): T.Document {
  const c = r.bits(6);
  switch (c) {
    case 0: return { "ACDP_ConnectReq": d_ACDP_ConnectReqType(r) } as T.Document;
    case 1: return { "ACDP_ConnectRes": d_ACDP_ConnectResType(r) } as T.Document;
    case 2: return { "ACDP_DisconnectReq": d_ACDP_ConnectReqType(r) } as T.Document;
    case 3: return { "ACDP_DisconnectRes": d_ACDP_ConnectResType(r) } as T.Document;
    case 4: return { "ACDP_SystemStatusReq": d_ACDP_SystemStatusReqType(r) } as T.Document;
    case 5: return { "ACDP_SystemStatusRes": d_ACDP_SystemStatusResType(r) } as T.Document;
    case 6: return { "ACDP_VehiclePositioningReq": d_ACDP_VehiclePositioningReqType(r) } as T.Document;
    case 7: return { "ACDP_VehiclePositioningRes": d_ACDP_VehiclePositioningResType(r) } as T.Document;
    case 8: return { "CLReqControlMode": d_CLReqControlModeType(r) } as T.Document;
    case 9: return { "CLResControlMode": d_CLResControlModeType(r) } as T.Document;
    case 10: return { "CanonicalizationMethod": d_CanonicalizationMethodType(r) } as T.Document;
    case 11: return { "DSAKeyValue": d_DSAKeyValueType(r) } as T.Document;
    case 12: return { "DigestMethod": d_DigestMethodType(r) } as T.Document;
    case 13: return { "DigestValue": dS_bin_inf(r, 0) } as T.Document;
    case 14: return { "KeyInfo": d_KeyInfoType(r) } as T.Document;
    case 15: return { "KeyName": dS_str_inf(r, 0) } as T.Document;
    case 16: return { "KeyValue": d_KeyValueType(r) } as T.Document;
    case 17: return { "Manifest": d_ManifestType(r) } as T.Document;
    case 18: return { "MgmtData": dS_str_inf(r, 0) } as T.Document;
    case 19: return { "Object": d_ObjectType(r) } as T.Document;
    case 20: return { "PGPData": d_PGPDataType(r) } as T.Document;
    case 21: return { "RSAKeyValue": d_RSAKeyValueType(r) } as T.Document;
    case 22: return { "Reference": d_ReferenceType(r) } as T.Document;
    case 23: return { "RetrievalMethod": d_RetrievalMethodType(r) } as T.Document;
    case 24: return { "SPKIData": d_SPKIDataType(r) } as T.Document;
    case 25: return { "Signature": d_SignatureType(r) } as T.Document;
    case 26: return { "SignatureMethod": d_SignatureMethodType(r) } as T.Document;
    case 27: return { "SignatureProperties": d_SignaturePropertiesType(r) } as T.Document;
    case 28: return { "SignatureProperty": d_SignaturePropertyType(r) } as T.Document;
    case 29: return { "SignatureValue": d_SignatureValueType(r) } as T.Document;
    case 30: return { "SignedInfo": d_SignedInfoType(r) } as T.Document;
    case 31: return { "Transform": d_TransformType(r) } as T.Document;
    case 32: return { "Transforms": d_TransformsType(r) } as T.Document;
    case 33: return { "X509Data": d_X509DataType(r) } as T.Document;
    default: throw r.badCode(c);
  }
}

/** Fragment grammar: SE over 129 element qnames, SE(*) = 129, ED = 130; 8 bits. */
export const FRAGMENT_ED = 130;
export const FRAGMENT_WIDTH = 8;
export function encodeFragment(w: BitWriter, frag: Record<string, unknown>): void {
  const keys = Object.keys(frag);
  if (keys.length !== 1) throw w.fail('a fragment here has exactly one element');
  const k = keys[0]!;
  const x = frag[k];
  switch (k) {
    case "ACDP_ConnectReq": w.bits(0, 8); e_ACDP_ConnectReqType(w, x as never); break;
    case "ACDP_ConnectRes": w.bits(1, 8); e_ACDP_ConnectResType(w, x as never); break;
    case "ACDP_DisconnectReq": w.bits(2, 8); e_ACDP_ConnectReqType(w, x as never); break;
    case "ACDP_DisconnectRes": w.bits(3, 8); e_ACDP_ConnectResType(w, x as never); break;
    case "ACDP_SystemStatusReq": w.bits(4, 8); e_ACDP_SystemStatusReqType(w, x as never); break;
    case "ACDP_SystemStatusRes": w.bits(5, 8); e_ACDP_SystemStatusResType(w, x as never); break;
    case "ACDP_VehiclePositioningReq": w.bits(6, 8); e_ACDP_VehiclePositioningReqType(w, x as never); break;
    case "ACDP_VehiclePositioningRes": w.bits(7, 8); e_ACDP_VehiclePositioningResType(w, x as never); break;
    case "AckMaxDelay": eS_uint_0_65535(w, x as never, 8, 8); break;
    case "AdditionalServicesCosts": w.bits(9, 8); e_DetailedCostType(w, x as never); break;
    case "Amount": w.bits(10, 8); e_RationalNumberType(w, x as never); break;
    case "BPT_DischargedEnergyReadingWh": eS_uint_0_18446744073709552000(w, x as never, 11, 8); break;
    case "BPT_InductiveEnergyReadingVARh": eS_uint_0_18446744073709552000(w, x as never, 12, 8); break;
    case "BatteryEnergyCapacity": w.bits(13, 8); e_RationalNumberType(w, x as never); break;
    case "CLReqControlMode": w.bits(14, 8); e_CLReqControlModeType(w, x as never); break;
    case "CLResControlMode": w.bits(15, 8); e_CLResControlModeType(w, x as never); break;
    case "CanonicalizationMethod": w.bits(16, 8); e_CanonicalizationMethodType(w, x as never); break;
    case "CapacitiveEnergyReadingVARh": eS_uint_0_18446744073709552000(w, x as never, 17, 8); break;
    case "ChargedEnergyReadingWh": eS_uint_0_18446744073709552000(w, x as never, 18, 8); break;
    case "ChargingComplete": eS_bool(w, x as never, 19, 8); break;
    case "ContactWindowXc": eS_int_m32768_32767(w, x as never, 20, 8); break;
    case "ContactWindowYc": eS_int_m32768_32767(w, x as never, 21, 8); break;
    case "CostPerUnit": w.bits(22, 8); e_RationalNumberType(w, x as never); break;
    case "DSAKeyValue": w.bits(23, 8); e_DSAKeyValueType(w, x as never); break;
    case "DepartureTime": eS_uint_0_4294967295(w, x as never, 24, 8); break;
    case "DigestMethod": w.bits(25, 8); e_DigestMethodType(w, x as never); break;
    case "DigestValue": eS_bin_inf(w, x as never, 26, 8); break;
    case "DisplayParameters": w.bits(27, 8); e_DisplayParametersType(w, x as never); break;
    case "EVAssociationStatus": eS_bool(w, x as never, 28, 8); break;
    case "EVCPStatus": eS_enum_cpStatusType(w, x as never, 29, 8); break;
    case "EVElectricalChargingDeviceStatus": eS_enum_electricalChargingDeviceStatusType(w, x as never, 30, 8); break;
    case "EVErrorCode": eS_enum_errorCodeType(w, x as never, 31, 8); break;
    case "EVImmobilizationRequest": eS_bool(w, x as never, 32, 8); break;
    case "EVImmobilized": eS_bool(w, x as never, 33, 8); break;
    case "EVInChargePosition": eS_bool(w, x as never, 34, 8); break;
    case "EVMaximumEnergyRequest": w.bits(35, 8); e_RationalNumberType(w, x as never); break;
    case "EVMinimumEnergyRequest": w.bits(36, 8); e_RationalNumberType(w, x as never); break;
    case "EVMobilityStatus": eS_bool(w, x as never, 37, 8); break;
    case "EVPositioningSupport": eS_bool(w, x as never, 38, 8); break;
    case "EVReadyToCharge": eS_bool(w, x as never, 39, 8); break;
    case "EVRelativeXDeviation": eS_int_m32768_32767(w, x as never, 40, 8); break;
    case "EVRelativeYDeviation": eS_int_m32768_32767(w, x as never, 41, 8); break;
    case "EVSEDisabled": eS_bool(w, x as never, 42, 8); break;
    case "EVSEElectricalChargingDeviceStatus": eS_enum_electricalChargingDeviceStatusType(w, x as never, 43, 8); break;
    case "EVSEEmergencyShutdown": eS_bool(w, x as never, 44, 8); break;
    case "EVSEIsolationStatus": eS_enum_isolationStatusType(w, x as never, 45, 8); break;
    case "EVSEMalfunction": eS_bool(w, x as never, 46, 8); break;
    case "EVSEMechanicalChargingDeviceStatus": eS_enum_mechanicalChargingDeviceStatusType(w, x as never, 47, 8); break;
    case "EVSENotification": eS_enum_evseNotificationType(w, x as never, 48, 8); break;
    case "EVSEPositioningSupport": eS_bool(w, x as never, 49, 8); break;
    case "EVSEProcessing": eS_enum_processingType(w, x as never, 50, 8); break;
    case "EVSEReadyToCharge": eS_bool(w, x as never, 51, 8); break;
    case "EVSEStatus": w.bits(52, 8); e_EVSEStatusType(w, x as never); break;
    case "EVSEUtilityInterruptEvent": eS_bool(w, x as never, 53, 8); break;
    case "EVSOC": eS_nbit_0_100(w, x as never, 54, 8); break;
    case "EVTargetEnergyRequest": w.bits(55, 8); e_RationalNumberType(w, x as never); break;
    case "EVTechnicalStatus": w.bits(56, 8); e_EVTechnicalStatusType(w, x as never); break;
    case "EVTimeout": eS_bool(w, x as never, 57, 8); break;
    case "EVWLANStrength": w.bits(58, 8); e_RationalNumberType(w, x as never); break;
    case "EnergyCosts": w.bits(59, 8); e_DetailedCostType(w, x as never); break;
    case "Exponent": eS_bin_inf(w, x as never, 60, 8); break;
    case "G": eS_bin_inf(w, x as never, 62, 8); break;
    case "HMACOutputLength": eS_int_minf_inf(w, x as never, 63, 8); break;
    case "Header": w.bits(64, 8); e_MessageHeaderType(w, x as never); break;
    case "InletHot": eS_bool(w, x as never, 65, 8); break;
    case "J": eS_bin_inf(w, x as never, 66, 8); break;
    case "KeyInfo": w.bits(67, 8); e_KeyInfoType(w, x as never); break;
    case "KeyName": eS_str_inf(w, x as never, 68, 8); break;
    case "KeyValue": w.bits(69, 8); e_KeyValueType(w, x as never); break;
    case "Manifest": w.bits(70, 8); e_ManifestType(w, x as never); break;
    case "MaximumSOC": eS_nbit_0_100(w, x as never, 71, 8); break;
    case "MeterID": eS_str_32(w, x as never, 72, 8); break;
    case "MeterInfo": w.bits(73, 8); e_MeterInfoType(w, x as never); break;
    case "MeterInfoRequested": eS_bool(w, x as never, 74, 8); break;
    case "MeterSignature": eS_bin_64(w, x as never, 75, 8); break;
    case "MeterStatus": eS_int_m32768_32767(w, x as never, 76, 8); break;
    case "MeterTimestamp": eS_uint_0_18446744073709552000(w, x as never, 77, 8); break;
    case "MgmtData": eS_str_inf(w, x as never, 78, 8); break;
    case "MinimumSOC": eS_nbit_0_100(w, x as never, 79, 8); break;
    case "Modulus": eS_bin_inf(w, x as never, 80, 8); break;
    case "NotificationMaxDelay": eS_uint_0_65535(w, x as never, 81, 8); break;
    case "Object": w.bits(82, 8); e_ObjectType(w, x as never); break;
    case "OccupancyCosts": w.bits(83, 8); e_DetailedCostType(w, x as never); break;
    case "OverstayCosts": w.bits(84, 8); e_DetailedCostType(w, x as never); break;
    case "P": eS_bin_inf(w, x as never, 85, 8); break;
    case "PGPData": w.bits(86, 8); e_PGPDataType(w, x as never); break;
    case "PGPKeyID": eS_bin_inf(w, x as never, 87, 8); break;
    case "PGPKeyPacket": eS_bin_inf(w, x as never, 88, 8); break;
    case "PgenCounter": eS_bin_inf(w, x as never, 89, 8); break;
    case "PresentSOC": eS_nbit_0_100(w, x as never, 90, 8); break;
    case "Q": eS_bin_inf(w, x as never, 91, 8); break;
    case "RSAKeyValue": w.bits(92, 8); e_RSAKeyValueType(w, x as never); break;
    case "Receipt": w.bits(93, 8); e_ReceiptType(w, x as never); break;
    case "Reference": w.bits(94, 8); e_ReferenceType(w, x as never); break;
    case "RemainingTimeToMaximumSOC": eS_uint_0_4294967295(w, x as never, 95, 8); break;
    case "RemainingTimeToMinimumSOC": eS_uint_0_4294967295(w, x as never, 96, 8); break;
    case "RemainingTimeToTargetSOC": eS_uint_0_4294967295(w, x as never, 97, 8); break;
    case "ResponseCode": eS_enum_responseCodeType(w, x as never, 98, 8); break;
    case "RetrievalMethod": w.bits(99, 8); e_RetrievalMethodType(w, x as never); break;
    case "RootCertificateID": w.bits(100, 8); e_X509IssuerSerialType(w, x as never); break;
    case "SPKIData": w.bits(101, 8); e_SPKIDataType(w, x as never); break;
    case "SPKISexp": eS_bin_inf(w, x as never, 102, 8); break;
    case "Seed": eS_bin_inf(w, x as never, 103, 8); break;
    case "SessionID": eS_bin_8(w, x as never, 104, 8); break;
    case "Signature": w.bits(105, 8); e_SignatureType(w, x as never); break;
    case "SignatureMethod": w.bits(106, 8); e_SignatureMethodType(w, x as never); break;
    case "SignatureProperties": w.bits(107, 8); e_SignaturePropertiesType(w, x as never); break;
    case "SignatureProperty": w.bits(108, 8); e_SignaturePropertyType(w, x as never); break;
    case "SignatureValue": w.bits(109, 8); e_SignatureValueType(w, x as never); break;
    case "SignedInfo": w.bits(110, 8); e_SignedInfoType(w, x as never); break;
    case "TargetSOC": eS_nbit_0_100(w, x as never, 111, 8); break;
    case "TaxCosts": w.bits(112, 8); e_DetailedTaxType(w, x as never); break;
    case "TaxRuleID": eS_uint_1_4294967295(w, x as never, 113, 8); break;
    case "TimeAnchor": eS_uint_0_18446744073709552000(w, x as never, 114, 8); break;
    case "TimeStamp": eS_uint_0_18446744073709552000(w, x as never, 115, 8); break;
    case "Transform": w.bits(116, 8); e_TransformType(w, x as never); break;
    case "Transforms": w.bits(117, 8); e_TransformsType(w, x as never); break;
    case "Value": eS_int_m32768_32767(w, x as never, 118, 8); break;
    case "X509CRL": eS_bin_inf(w, x as never, 119, 8); break;
    case "X509Certificate": eS_bin_inf(w, x as never, 120, 8); break;
    case "X509Data": w.bits(121, 8); e_X509DataType(w, x as never); break;
    case "X509IssuerName": eS_str_inf(w, x as never, 122, 8); break;
    case "X509IssuerSerial": w.bits(123, 8); e_X509IssuerSerialType(w, x as never); break;
    case "X509SKI": eS_bin_inf(w, x as never, 124, 8); break;
    case "X509SerialNumber": eS_int_minf_inf(w, x as never, 125, 8); break;
    case "X509SubjectName": eS_str_inf(w, x as never, 126, 8); break;
    case "XPath": eS_str_inf(w, x as never, 127, 8); break;
    case "Y": eS_bin_inf(w, x as never, 128, 8); break;
    default: throw w.fail(`unknown fragment element ${k}`);
  }
  w.bits(130, 8);
}
export function decodeFragment(r: BitReader): Record<string, unknown> {
  const c = r.bits(8);
  switch (c) {
    case 0: { const v = { "ACDP_ConnectReq": d_ACDP_ConnectReqType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 1: { const v = { "ACDP_ConnectRes": d_ACDP_ConnectResType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 2: { const v = { "ACDP_DisconnectReq": d_ACDP_ConnectReqType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 3: { const v = { "ACDP_DisconnectRes": d_ACDP_ConnectResType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 4: { const v = { "ACDP_SystemStatusReq": d_ACDP_SystemStatusReqType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 5: { const v = { "ACDP_SystemStatusRes": d_ACDP_SystemStatusResType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 6: { const v = { "ACDP_VehiclePositioningReq": d_ACDP_VehiclePositioningReqType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 7: { const v = { "ACDP_VehiclePositioningRes": d_ACDP_VehiclePositioningResType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 8: { const v = { "AckMaxDelay": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 9: { const v = { "AdditionalServicesCosts": d_DetailedCostType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 10: { const v = { "Amount": d_RationalNumberType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 11: { const v = { "BPT_DischargedEnergyReadingWh": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 12: { const v = { "BPT_InductiveEnergyReadingVARh": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 13: { const v = { "BatteryEnergyCapacity": d_RationalNumberType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 14: { const v = { "CLReqControlMode": d_CLReqControlModeType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 15: { const v = { "CLResControlMode": d_CLResControlModeType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 16: { const v = { "CanonicalizationMethod": d_CanonicalizationMethodType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 17: { const v = { "CapacitiveEnergyReadingVARh": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 18: { const v = { "ChargedEnergyReadingWh": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 19: { const v = { "ChargingComplete": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 20: { const v = { "ContactWindowXc": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 21: { const v = { "ContactWindowYc": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 22: { const v = { "CostPerUnit": d_RationalNumberType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 23: { const v = { "DSAKeyValue": d_DSAKeyValueType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 24: { const v = { "DepartureTime": dS_uint_0_4294967295(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 25: { const v = { "DigestMethod": d_DigestMethodType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 26: { const v = { "DigestValue": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 27: { const v = { "DisplayParameters": d_DisplayParametersType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 28: { const v = { "EVAssociationStatus": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 29: { const v = { "EVCPStatus": dS_enum_cpStatusType(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 30: { const v = { "EVElectricalChargingDeviceStatus": dS_enum_electricalChargingDeviceStatusType(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 31: { const v = { "EVErrorCode": dS_enum_errorCodeType(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 32: { const v = { "EVImmobilizationRequest": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 33: { const v = { "EVImmobilized": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 34: { const v = { "EVInChargePosition": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 35: { const v = { "EVMaximumEnergyRequest": d_RationalNumberType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 36: { const v = { "EVMinimumEnergyRequest": d_RationalNumberType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 37: { const v = { "EVMobilityStatus": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 38: { const v = { "EVPositioningSupport": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 39: { const v = { "EVReadyToCharge": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 40: { const v = { "EVRelativeXDeviation": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 41: { const v = { "EVRelativeYDeviation": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 42: { const v = { "EVSEDisabled": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 43: { const v = { "EVSEElectricalChargingDeviceStatus": dS_enum_electricalChargingDeviceStatusType(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 44: { const v = { "EVSEEmergencyShutdown": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 45: { const v = { "EVSEIsolationStatus": dS_enum_isolationStatusType(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 46: { const v = { "EVSEMalfunction": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 47: { const v = { "EVSEMechanicalChargingDeviceStatus": dS_enum_mechanicalChargingDeviceStatusType(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 48: { const v = { "EVSENotification": dS_enum_evseNotificationType(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 49: { const v = { "EVSEPositioningSupport": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 50: { const v = { "EVSEProcessing": dS_enum_processingType(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 51: { const v = { "EVSEReadyToCharge": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 52: { const v = { "EVSEStatus": d_EVSEStatusType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 53: { const v = { "EVSEUtilityInterruptEvent": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 54: { const v = { "EVSOC": dS_nbit_0_100(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 55: { const v = { "EVTargetEnergyRequest": d_RationalNumberType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 56: { const v = { "EVTechnicalStatus": d_EVTechnicalStatusType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 57: { const v = { "EVTimeout": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 58: { const v = { "EVWLANStrength": d_RationalNumberType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 59: { const v = { "EnergyCosts": d_DetailedCostType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 60: { const v = { "Exponent": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 61: { const v = { "Exponent": dS_nbit_m128_127(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 62: { const v = { "G": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 63: { const v = { "HMACOutputLength": dS_int_minf_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 64: { const v = { "Header": d_MessageHeaderType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 65: { const v = { "InletHot": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 66: { const v = { "J": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 67: { const v = { "KeyInfo": d_KeyInfoType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 68: { const v = { "KeyName": dS_str_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 69: { const v = { "KeyValue": d_KeyValueType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 70: { const v = { "Manifest": d_ManifestType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 71: { const v = { "MaximumSOC": dS_nbit_0_100(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 72: { const v = { "MeterID": dS_str_32(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 73: { const v = { "MeterInfo": d_MeterInfoType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 74: { const v = { "MeterInfoRequested": dS_bool(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 75: { const v = { "MeterSignature": dS_bin_64(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 76: { const v = { "MeterStatus": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 77: { const v = { "MeterTimestamp": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 78: { const v = { "MgmtData": dS_str_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 79: { const v = { "MinimumSOC": dS_nbit_0_100(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 80: { const v = { "Modulus": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 81: { const v = { "NotificationMaxDelay": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 82: { const v = { "Object": d_ObjectType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 83: { const v = { "OccupancyCosts": d_DetailedCostType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 84: { const v = { "OverstayCosts": d_DetailedCostType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 85: { const v = { "P": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 86: { const v = { "PGPData": d_PGPDataType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 87: { const v = { "PGPKeyID": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 88: { const v = { "PGPKeyPacket": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 89: { const v = { "PgenCounter": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 90: { const v = { "PresentSOC": dS_nbit_0_100(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 91: { const v = { "Q": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 92: { const v = { "RSAKeyValue": d_RSAKeyValueType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 93: { const v = { "Receipt": d_ReceiptType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 94: { const v = { "Reference": d_ReferenceType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 95: { const v = { "RemainingTimeToMaximumSOC": dS_uint_0_4294967295(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 96: { const v = { "RemainingTimeToMinimumSOC": dS_uint_0_4294967295(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 97: { const v = { "RemainingTimeToTargetSOC": dS_uint_0_4294967295(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 98: { const v = { "ResponseCode": dS_enum_responseCodeType(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 99: { const v = { "RetrievalMethod": d_RetrievalMethodType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 100: { const v = { "RootCertificateID": d_X509IssuerSerialType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 101: { const v = { "SPKIData": d_SPKIDataType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 102: { const v = { "SPKISexp": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 103: { const v = { "Seed": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 104: { const v = { "SessionID": dS_bin_8(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 105: { const v = { "Signature": d_SignatureType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 106: { const v = { "SignatureMethod": d_SignatureMethodType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 107: { const v = { "SignatureProperties": d_SignaturePropertiesType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 108: { const v = { "SignatureProperty": d_SignaturePropertyType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 109: { const v = { "SignatureValue": d_SignatureValueType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 110: { const v = { "SignedInfo": d_SignedInfoType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 111: { const v = { "TargetSOC": dS_nbit_0_100(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 112: { const v = { "TaxCosts": d_DetailedTaxType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 113: { const v = { "TaxRuleID": dS_uint_1_4294967295(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 114: { const v = { "TimeAnchor": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 115: { const v = { "TimeStamp": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 116: { const v = { "Transform": d_TransformType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 117: { const v = { "Transforms": d_TransformsType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 118: { const v = { "Value": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 119: { const v = { "X509CRL": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 120: { const v = { "X509Certificate": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 121: { const v = { "X509Data": d_X509DataType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 122: { const v = { "X509IssuerName": dS_str_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 123: { const v = { "X509IssuerSerial": d_X509IssuerSerialType(r) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 124: { const v = { "X509SKI": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 125: { const v = { "X509SerialNumber": dS_int_minf_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 126: { const v = { "X509SubjectName": dS_str_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 127: { const v = { "XPath": dS_str_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    case 128: { const v = { "Y": dS_bin_inf(r, 0) }; if (r.bits(8) !== 130) throw r.fail('expected ED after the fragment element'); return v; }
    default: throw r.badCode(c);
  }
}

export function e_SignatureType(w: BitWriter, v: T.SignatureType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 0;
        w.str(x, Infinity);
      }
    }
    {
      const x = v.SignedInfo;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(1, 2); s = 2; break;
          case 0: w.bits(0, 1); s = 2; break;
          default: throw w.fail("SignedInfo is not allowed here");
        }
        e_SignedInfoType(w, x);
      }
    }
    {
      const x = v.SignatureValue;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("SignatureValue is not allowed here");
        }
        e_SignatureValueType(w, x);
      }
    }
    {
      const x = v.KeyInfo;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 2); s = 4; break;
          default: throw w.fail("KeyInfo is not allowed here");
        }
        e_KeyInfoType(w, x);
      }
    }
    {
      const x = v.Object;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("Object must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 3: w.bits(1, 2); s = 5; break;
            case 4: w.bits(0, 2); s = 5; break;
            case 5: w.bits(0, 2); s = 5; break;
            default: throw w.fail("Object is not allowed here");
          }
          e_ObjectType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","SignedInfo","SignatureValue","KeyInfo","Object"]);
    switch (s) {
      case 3: w.bits(2, 2); break;
      case 4: w.bits(1, 2); break;
      case 5: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SignatureType", s);
  }
}
export function d_SignatureType(r: BitReader): T.SignatureType {
  const v = {} as T.SignatureType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SignedInfo = d_SignedInfoType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: v.SignedInfo = d_SignedInfoType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SignatureValue = d_SignatureValueType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.KeyInfo = d_KeyInfoType(r); s = 4; break;
            case 1: { const a = (v.Object ??= []); a.push(d_ObjectType(r)); s = 5; break; }
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.Object ??= []); a.push(d_ObjectType(r)); s = 5; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.Object ??= []); a.push(d_ObjectType(r)); s = 5; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "SignatureType", s);
  }
}
export function e_SignedInfoType(w: BitWriter, v: T.SignedInfoType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 0;
        w.str(x, Infinity);
      }
    }
    {
      const x = v.CanonicalizationMethod;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(1, 2); s = 2; break;
          case 0: w.bits(0, 1); s = 2; break;
          default: throw w.fail("CanonicalizationMethod is not allowed here");
        }
        e_CanonicalizationMethodType(w, x);
      }
    }
    {
      const x = v.SignatureMethod;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("SignatureMethod is not allowed here");
        }
        e_SignatureMethodType(w, x);
      }
    }
    {
      const x = v.Reference;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("Reference must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 3: w.bits(0, 1); s = 4; break;
            case 4: w.bits(0, 2); s = 4; break;
            default: throw w.fail("Reference is not allowed here");
          }
          e_ReferenceType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","CanonicalizationMethod","SignatureMethod","Reference"]);
    switch (s) {
      case 4: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SignedInfoType", s);
  }
}
export function d_SignedInfoType(r: BitReader): T.SignedInfoType {
  const v = {} as T.SignedInfoType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.CanonicalizationMethod = d_CanonicalizationMethodType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: v.CanonicalizationMethod = d_CanonicalizationMethodType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SignatureMethod = d_SignatureMethodType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.Reference ??= []); a.push(d_ReferenceType(r)); s = 4; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.Reference ??= []); a.push(d_ReferenceType(r)); s = 4; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "SignedInfoType", s);
  }
}
export function e_CanonicalizationMethodType(w: BitWriter, v: T.CanonicalizationMethodType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Algorithm"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 0;
        w.str(x, Infinity);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Algorithm"]);
    switch (s) {
      case 0: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "CanonicalizationMethodType", s);
  }
}
export function d_CanonicalizationMethodType(r: BitReader): T.CanonicalizationMethodType {
  const v = {} as T.CanonicalizationMethodType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Algorithm"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "CanonicalizationMethodType", s);
  }
}
export function e_SignatureMethodType(w: BitWriter, v: T.SignatureMethodType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Algorithm"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 0;
        w.str(x, Infinity);
      }
    }
    {
      const x = v.HMACOutputLength;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_int_minf_inf(w, x, 0, 3); s = 2; break;
          default: throw w.fail("HMACOutputLength is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Algorithm","HMACOutputLength"]);
    switch (s) {
      case 0: w.bits(2, 3); break;
      case 2: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SignatureMethodType", s);
  }
}
export function d_SignatureMethodType(r: BitReader): T.SignatureMethodType {
  const v = {} as T.SignatureMethodType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.HMACOutputLength = dS_int_minf_inf(r, 0); s = 2; break;
            case 1: throw r.fail('wildcard element content is not supported');
            case 2: return v;
            case 3: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Algorithm"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "SignatureMethodType", s);
  }
}
export function e_ReferenceType(w: BitWriter, v: T.ReferenceType): void {
  let s = 3;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 3); s = 2;
        w.str(x, Infinity);
      }
    }
    {
      const x = v["@Type"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(1, 3); s = 1; break;
          case 2: w.bits(0, 3); s = 1; break;
          default: throw w.fail("@Type is not allowed here");
        }
        w.str(x, Infinity);
      }
    }
    {
      const x = v["@URI"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(2, 3); s = 0; break;
          case 2: w.bits(1, 3); s = 0; break;
          case 1: w.bits(0, 2); s = 0; break;
          default: throw w.fail("@URI is not allowed here");
        }
        w.str(x, Infinity);
      }
    }
    {
      const x = v.Transforms;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(3, 3); s = 4; break;
          case 2: w.bits(2, 3); s = 4; break;
          case 1: w.bits(1, 2); s = 4; break;
          case 0: w.bits(0, 2); s = 4; break;
          default: throw w.fail("Transforms is not allowed here");
        }
        e_TransformsType(w, x);
      }
    }
    {
      const x = v.DigestMethod;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(4, 3); s = 5; break;
          case 2: w.bits(3, 3); s = 5; break;
          case 1: w.bits(2, 2); s = 5; break;
          case 0: w.bits(1, 2); s = 5; break;
          case 4: w.bits(0, 1); s = 5; break;
          default: throw w.fail("DigestMethod is not allowed here");
        }
        e_DigestMethodType(w, x);
      }
    }
    {
      const x = v.DigestValue;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_bin_inf(w, x, 0, 1); s = 6; break;
          default: throw w.fail("DigestValue is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","@Type","@URI","Transforms","DigestMethod","DigestValue"]);
    switch (s) {
      case 6: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ReferenceType", s);
  }
}
export function d_ReferenceType(r: BitReader): T.ReferenceType {
  const v = {} as T.ReferenceType;
  let s = 3;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Transforms = d_TransformsType(r); s = 4; break;
            case 1: v.DigestMethod = d_DigestMethodType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@URI"] = r.str(Infinity); s = 0; break;
            case 1: v.Transforms = d_TransformsType(r); s = 4; break;
            case 2: v.DigestMethod = d_DigestMethodType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v["@Type"] = r.str(Infinity); s = 1; break;
            case 1: v["@URI"] = r.str(Infinity); s = 0; break;
            case 2: v.Transforms = d_TransformsType(r); s = 4; break;
            case 3: v.DigestMethod = d_DigestMethodType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 2; break;
            case 1: v["@Type"] = r.str(Infinity); s = 1; break;
            case 2: v["@URI"] = r.str(Infinity); s = 0; break;
            case 3: v.Transforms = d_TransformsType(r); s = 4; break;
            case 4: v.DigestMethod = d_DigestMethodType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DigestMethod = d_DigestMethodType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DigestValue = dS_bin_inf(r, 0); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ReferenceType", s);
  }
}
export function e_TransformsType(w: BitWriter, v: T.TransformsType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Transform;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("Transform must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = 1; break;
            default: throw w.fail("Transform is not allowed here");
          }
          e_TransformType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Transform"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "TransformsType", s);
  }
}
export function d_TransformsType(r: BitReader): T.TransformsType {
  const v = {} as T.TransformsType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.Transform ??= []); a.push(d_TransformType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.Transform ??= []); a.push(d_TransformType(r)); s = 1; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "TransformsType", s);
  }
}
export function e_TransformType(w: BitWriter, v: T.TransformType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Algorithm"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 0;
        w.str(x, Infinity);
      }
    }
    for (const k in v) {
      const x = (v as unknown as Record<string, unknown>)[k];
      if (x === undefined) continue;
      switch (k) {
        case "XPath": {
          n++;
          if (!Array.isArray(x)) throw w.fail("XPath must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 0: eS_str_inf(w, x[i] as never, 0, 3); s = 3; break;
              case 3: eS_str_inf(w, x[i] as never, 0, 3); s = 3; break;
              default: throw w.fail("XPath is not allowed here");
            }
          }
          break;
        }
        default: if (k.charCodeAt(0) === 64 || k === '#content') break; throw w.fail(`${k} is not an element of TransformType`);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Algorithm","XPath"]);
    switch (s) {
      case 0: w.bits(2, 3); break;
      case 3: w.bits(2, 3); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "TransformType", s);
  }
}
export function d_TransformType(r: BitReader): T.TransformType {
  const v = {} as T.TransformType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.XPath ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 1: throw r.fail('wildcard element content is not supported');
            case 2: return v;
            case 3: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Algorithm"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.XPath ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 1: throw r.fail('wildcard element content is not supported');
            case 2: return v;
            case 3: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.XPath ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 1: throw r.fail('wildcard element content is not supported');
            case 2: return v;
            case 3: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "TransformType", s);
  }
}
export function e_DigestMethodType(w: BitWriter, v: T.DigestMethodType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Algorithm"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 0;
        w.str(x, Infinity);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Algorithm"]);
    switch (s) {
      case 0: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "DigestMethodType", s);
  }
}
export function d_DigestMethodType(r: BitReader): T.DigestMethodType {
  const v = {} as T.DigestMethodType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Algorithm"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "DigestMethodType", s);
  }
}
export function e_SignatureValueType(w: BitWriter, v: T.SignatureValueType): void {
  let s = 2;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 1;
        w.str(x, Infinity);
      }
    }
    {
      const x = v["#content"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 2); s = 0; break;
          case 1: w.bits(0, 1); s = 0; break;
          default: throw w.fail("#content is not allowed here");
        }
        w.hex(x, Infinity);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","#content"]);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SignatureValueType", s);
  }
}
export function d_SignatureValueType(r: BitReader): T.SignatureValueType {
  const v = {} as T.SignatureValueType;
  let s = 2;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v['#content'] = r.hex(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 1; break;
            case 1: v['#content'] = r.hex(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "SignatureValueType", s);
  }
}
export function e_KeyInfoType(w: BitWriter, v: T.KeyInfoType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 4); s = 0;
        w.str(x, Infinity);
      }
    }
    for (const k in v) {
      const x = (v as unknown as Record<string, unknown>)[k];
      if (x === undefined) continue;
      switch (k) {
        case "KeyName": {
          n++;
          if (!Array.isArray(x)) throw w.fail("KeyName must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 1: eS_str_inf(w, x[i] as never, 1, 4); s = 2; break;
              case 0: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              case 2: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              case 3: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              case 4: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              case 5: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              case 6: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              case 7: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              case 8: eS_str_inf(w, x[i] as never, 0, 4); s = 2; break;
              default: throw w.fail("KeyName is not allowed here");
            }
          }
          break;
        }
        case "KeyValue": {
          n++;
          if (!Array.isArray(x)) throw w.fail("KeyValue must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 1: w.bits(2, 4); s = 3; break;
              case 0: w.bits(1, 4); s = 3; break;
              case 2: w.bits(1, 4); s = 3; break;
              case 3: w.bits(1, 4); s = 3; break;
              case 4: w.bits(1, 4); s = 3; break;
              case 5: w.bits(1, 4); s = 3; break;
              case 6: w.bits(1, 4); s = 3; break;
              case 7: w.bits(1, 4); s = 3; break;
              case 8: w.bits(1, 4); s = 3; break;
              default: throw w.fail("KeyValue is not allowed here");
            }
            e_KeyValueType(w, x[i] as never);
          }
          break;
        }
        case "RetrievalMethod": {
          n++;
          if (!Array.isArray(x)) throw w.fail("RetrievalMethod must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 1: w.bits(3, 4); s = 4; break;
              case 0: w.bits(2, 4); s = 4; break;
              case 2: w.bits(2, 4); s = 4; break;
              case 3: w.bits(2, 4); s = 4; break;
              case 4: w.bits(2, 4); s = 4; break;
              case 5: w.bits(2, 4); s = 4; break;
              case 6: w.bits(2, 4); s = 4; break;
              case 7: w.bits(2, 4); s = 4; break;
              case 8: w.bits(2, 4); s = 4; break;
              default: throw w.fail("RetrievalMethod is not allowed here");
            }
            e_RetrievalMethodType(w, x[i] as never);
          }
          break;
        }
        case "X509Data": {
          n++;
          if (!Array.isArray(x)) throw w.fail("X509Data must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 1: w.bits(4, 4); s = 5; break;
              case 0: w.bits(3, 4); s = 5; break;
              case 2: w.bits(3, 4); s = 5; break;
              case 3: w.bits(3, 4); s = 5; break;
              case 4: w.bits(3, 4); s = 5; break;
              case 5: w.bits(3, 4); s = 5; break;
              case 6: w.bits(3, 4); s = 5; break;
              case 7: w.bits(3, 4); s = 5; break;
              case 8: w.bits(3, 4); s = 5; break;
              default: throw w.fail("X509Data is not allowed here");
            }
            e_X509DataType(w, x[i] as never);
          }
          break;
        }
        case "PGPData": {
          n++;
          if (!Array.isArray(x)) throw w.fail("PGPData must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 1: w.bits(5, 4); s = 6; break;
              case 0: w.bits(4, 4); s = 6; break;
              case 2: w.bits(4, 4); s = 6; break;
              case 3: w.bits(4, 4); s = 6; break;
              case 4: w.bits(4, 4); s = 6; break;
              case 5: w.bits(4, 4); s = 6; break;
              case 6: w.bits(4, 4); s = 6; break;
              case 7: w.bits(4, 4); s = 6; break;
              case 8: w.bits(4, 4); s = 6; break;
              default: throw w.fail("PGPData is not allowed here");
            }
            e_PGPDataType(w, x[i] as never);
          }
          break;
        }
        case "SPKIData": {
          n++;
          if (!Array.isArray(x)) throw w.fail("SPKIData must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 1: w.bits(6, 4); s = 7; break;
              case 0: w.bits(5, 4); s = 7; break;
              case 2: w.bits(5, 4); s = 7; break;
              case 3: w.bits(5, 4); s = 7; break;
              case 4: w.bits(5, 4); s = 7; break;
              case 5: w.bits(5, 4); s = 7; break;
              case 6: w.bits(5, 4); s = 7; break;
              case 7: w.bits(5, 4); s = 7; break;
              case 8: w.bits(5, 4); s = 7; break;
              default: throw w.fail("SPKIData is not allowed here");
            }
            e_SPKIDataType(w, x[i] as never);
          }
          break;
        }
        case "MgmtData": {
          n++;
          if (!Array.isArray(x)) throw w.fail("MgmtData must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 1: eS_str_inf(w, x[i] as never, 7, 4); s = 8; break;
              case 0: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              case 2: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              case 3: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              case 4: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              case 5: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              case 6: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              case 7: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              case 8: eS_str_inf(w, x[i] as never, 6, 4); s = 8; break;
              default: throw w.fail("MgmtData is not allowed here");
            }
          }
          break;
        }
        default: if (k.charCodeAt(0) === 64 || k === '#content') break; throw w.fail(`${k} is not an element of KeyInfoType`);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","KeyName","KeyValue","RetrievalMethod","X509Data","PGPData","SPKIData","MgmtData"]);
    switch (s) {
      case 2: w.bits(8, 4); break;
      case 3: w.bits(8, 4); break;
      case 4: w.bits(8, 4); break;
      case 5: w.bits(8, 4); break;
      case 6: w.bits(8, 4); break;
      case 7: w.bits(8, 4); break;
      case 8: w.bits(8, 4); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "KeyInfoType", s);
  }
}
export function d_KeyInfoType(r: BitReader): T.KeyInfoType {
  const v = {} as T.KeyInfoType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(4);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 3: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 4: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 5: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 6: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 7: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 8: throw r.fail('wildcard element content is not supported');
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 8: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 9: {
          const c = r.bits(4);
          switch (c) {
            case 0: { const a = (v.KeyName ??= []); a.push(dS_str_inf(r, 0)); s = 2; break; }
            case 1: { const a = (v.KeyValue ??= []); a.push(d_KeyValueType(r)); s = 3; break; }
            case 2: { const a = (v.RetrievalMethod ??= []); a.push(d_RetrievalMethodType(r)); s = 4; break; }
            case 3: { const a = (v.X509Data ??= []); a.push(d_X509DataType(r)); s = 5; break; }
            case 4: { const a = (v.PGPData ??= []); a.push(d_PGPDataType(r)); s = 6; break; }
            case 5: { const a = (v.SPKIData ??= []); a.push(d_SPKIDataType(r)); s = 7; break; }
            case 6: { const a = (v.MgmtData ??= []); a.push(dS_str_inf(r, 0)); s = 8; break; }
            case 7: throw r.fail('wildcard element content is not supported');
            case 8: return v;
            case 9: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "KeyInfoType", s);
  }
}
export function e_KeyValueType(w: BitWriter, v: T.KeyValueType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.DSAKeyValue;
      if (x !== undefined) {
        n++;
        w.bits(0, 3); s = 1;
        e_DSAKeyValueType(w, x);
      }
    }
    {
      const x = v.RSAKeyValue;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(1, 3); s = 2; break;
          default: throw w.fail("RSAKeyValue is not allowed here");
        }
        e_RSAKeyValueType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DSAKeyValue","RSAKeyValue"]);
    switch (s) {
      case 1: w.bits(0, 2); break;
      case 2: w.bits(0, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "KeyValueType", s);
  }
}
export function d_KeyValueType(r: BitReader): T.KeyValueType {
  const v = {} as T.KeyValueType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.DSAKeyValue = d_DSAKeyValueType(r); s = 1; break;
            case 1: v.RSAKeyValue = d_RSAKeyValueType(r); s = 2; break;
            case 2: throw r.fail('wildcard element content is not supported');
            case 3: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: return v;
            case 1: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: return v;
            case 1: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: return v;
            case 1: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "KeyValueType", s);
  }
}
export function e_DSAKeyValueType(w: BitWriter, v: T.DSAKeyValueType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.P;
      if (x !== undefined) {
        n++;
        eS_bin_inf(w, x, 0, 2); s = 1;
      }
    }
    {
      const x = v.Q;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_bin_inf(w, x, 0, 1); s = 4; break;
          default: throw w.fail("Q is not allowed here");
        }
      }
    }
    {
      const x = v.G;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_bin_inf(w, x, 1, 2); s = 2; break;
          case 4: eS_bin_inf(w, x, 0, 2); s = 2; break;
          default: throw w.fail("G is not allowed here");
        }
      }
    }
    {
      const x = v.Y;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_bin_inf(w, x, 2, 2); s = 3; break;
          case 4: eS_bin_inf(w, x, 1, 2); s = 3; break;
          case 2: eS_bin_inf(w, x, 0, 1); s = 3; break;
          default: throw w.fail("Y is not allowed here");
        }
      }
    }
    {
      const x = v.J;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_bin_inf(w, x, 0, 2); s = 5; break;
          default: throw w.fail("J is not allowed here");
        }
      }
    }
    {
      const x = v.Seed;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_bin_inf(w, x, 1, 2); s = 6; break;
          case 5: eS_bin_inf(w, x, 0, 2); s = 6; break;
          default: throw w.fail("Seed is not allowed here");
        }
      }
    }
    {
      const x = v.PgenCounter;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: eS_bin_inf(w, x, 0, 1); s = 7; break;
          default: throw w.fail("PgenCounter is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["P","Q","G","Y","J","Seed","PgenCounter"]);
    switch (s) {
      case 3: w.bits(2, 2); break;
      case 5: w.bits(1, 2); break;
      case 7: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "DSAKeyValueType", s);
  }
}
export function d_DSAKeyValueType(r: BitReader): T.DSAKeyValueType {
  const v = {} as T.DSAKeyValueType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.P = dS_bin_inf(r, 0); s = 1; break;
            case 1: v.G = dS_bin_inf(r, 0); s = 2; break;
            case 2: v.Y = dS_bin_inf(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Q = dS_bin_inf(r, 0); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Y = dS_bin_inf(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.J = dS_bin_inf(r, 0); s = 5; break;
            case 1: v.Seed = dS_bin_inf(r, 0); s = 6; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.G = dS_bin_inf(r, 0); s = 2; break;
            case 1: v.Y = dS_bin_inf(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Seed = dS_bin_inf(r, 0); s = 6; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PgenCounter = dS_bin_inf(r, 0); s = 7; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "DSAKeyValueType", s);
  }
}
export function e_RSAKeyValueType(w: BitWriter, v: T.RSAKeyValueType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Modulus;
      if (x !== undefined) {
        n++;
        eS_bin_inf(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.Exponent;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_bin_inf(w, x, 0, 1); s = 2; break;
          default: throw w.fail("Exponent is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Modulus","Exponent"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "RSAKeyValueType", s);
  }
}
export function d_RSAKeyValueType(r: BitReader): T.RSAKeyValueType {
  const v = {} as T.RSAKeyValueType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Modulus = dS_bin_inf(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Exponent = dS_bin_inf(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "RSAKeyValueType", s);
  }
}
export function e_RetrievalMethodType(w: BitWriter, v: T.RetrievalMethodType): void {
  let s = 2;
  let n = 0;
  try {
    {
      const x = v["@Type"];
      if (x !== undefined) {
        n++;
        w.bits(0, 3); s = 1;
        w.str(x, Infinity);
      }
    }
    {
      const x = v["@URI"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 3); s = 0; break;
          case 1: w.bits(0, 2); s = 0; break;
          default: throw w.fail("@URI is not allowed here");
        }
        w.str(x, Infinity);
      }
    }
    {
      const x = v.Transforms;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(2, 3); s = 3; break;
          case 1: w.bits(1, 2); s = 3; break;
          case 0: w.bits(0, 2); s = 3; break;
          default: throw w.fail("Transforms is not allowed here");
        }
        e_TransformsType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Type","@URI","Transforms"]);
    switch (s) {
      case 2: w.bits(3, 3); break;
      case 1: w.bits(2, 2); break;
      case 0: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "RetrievalMethodType", s);
  }
}
export function d_RetrievalMethodType(r: BitReader): T.RetrievalMethodType {
  const v = {} as T.RetrievalMethodType;
  let s = 2;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Transforms = d_TransformsType(r); s = 3; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@URI"] = r.str(Infinity); s = 0; break;
            case 1: v.Transforms = d_TransformsType(r); s = 3; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v["@Type"] = r.str(Infinity); s = 1; break;
            case 1: v["@URI"] = r.str(Infinity); s = 0; break;
            case 2: v.Transforms = d_TransformsType(r); s = 3; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "RetrievalMethodType", s);
  }
}
export function e_X509DataType(w: BitWriter, v: T.X509DataType): void {
  let s = 0;
  let n = 0;
  try {
    for (const k in v) {
      const x = (v as unknown as Record<string, unknown>)[k];
      if (x === undefined) continue;
      switch (k) {
        case "X509IssuerSerial": {
          n++;
          if (!Array.isArray(x)) throw w.fail("X509IssuerSerial must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 0: w.bits(0, 3); s = 1; break;
              case 1: w.bits(0, 3); s = 1; break;
              case 2: w.bits(0, 3); s = 1; break;
              case 3: w.bits(0, 3); s = 1; break;
              case 4: w.bits(0, 3); s = 1; break;
              case 5: w.bits(0, 3); s = 1; break;
              default: throw w.fail("X509IssuerSerial is not allowed here");
            }
            e_X509IssuerSerialType(w, x[i] as never);
          }
          break;
        }
        case "X509SKI": {
          n++;
          if (!Array.isArray(x)) throw w.fail("X509SKI must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 0: eS_bin_inf(w, x[i] as never, 1, 3); s = 2; break;
              case 1: eS_bin_inf(w, x[i] as never, 1, 3); s = 2; break;
              case 2: eS_bin_inf(w, x[i] as never, 1, 3); s = 2; break;
              case 3: eS_bin_inf(w, x[i] as never, 1, 3); s = 2; break;
              case 4: eS_bin_inf(w, x[i] as never, 1, 3); s = 2; break;
              case 5: eS_bin_inf(w, x[i] as never, 1, 3); s = 2; break;
              default: throw w.fail("X509SKI is not allowed here");
            }
          }
          break;
        }
        case "X509SubjectName": {
          n++;
          if (!Array.isArray(x)) throw w.fail("X509SubjectName must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 0: eS_str_inf(w, x[i] as never, 2, 3); s = 3; break;
              case 1: eS_str_inf(w, x[i] as never, 2, 3); s = 3; break;
              case 2: eS_str_inf(w, x[i] as never, 2, 3); s = 3; break;
              case 3: eS_str_inf(w, x[i] as never, 2, 3); s = 3; break;
              case 4: eS_str_inf(w, x[i] as never, 2, 3); s = 3; break;
              case 5: eS_str_inf(w, x[i] as never, 2, 3); s = 3; break;
              default: throw w.fail("X509SubjectName is not allowed here");
            }
          }
          break;
        }
        case "X509Certificate": {
          n++;
          if (!Array.isArray(x)) throw w.fail("X509Certificate must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 0: eS_bin_inf(w, x[i] as never, 3, 3); s = 4; break;
              case 1: eS_bin_inf(w, x[i] as never, 3, 3); s = 4; break;
              case 2: eS_bin_inf(w, x[i] as never, 3, 3); s = 4; break;
              case 3: eS_bin_inf(w, x[i] as never, 3, 3); s = 4; break;
              case 4: eS_bin_inf(w, x[i] as never, 3, 3); s = 4; break;
              case 5: eS_bin_inf(w, x[i] as never, 3, 3); s = 4; break;
              default: throw w.fail("X509Certificate is not allowed here");
            }
          }
          break;
        }
        case "X509CRL": {
          n++;
          if (!Array.isArray(x)) throw w.fail("X509CRL must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 0: eS_bin_inf(w, x[i] as never, 4, 3); s = 5; break;
              case 1: eS_bin_inf(w, x[i] as never, 4, 3); s = 5; break;
              case 2: eS_bin_inf(w, x[i] as never, 4, 3); s = 5; break;
              case 3: eS_bin_inf(w, x[i] as never, 4, 3); s = 5; break;
              case 4: eS_bin_inf(w, x[i] as never, 4, 3); s = 5; break;
              case 5: eS_bin_inf(w, x[i] as never, 4, 3); s = 5; break;
              default: throw w.fail("X509CRL is not allowed here");
            }
          }
          break;
        }
        default: throw w.fail(`${k} is not an element of X509DataType`);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["X509IssuerSerial","X509SKI","X509SubjectName","X509Certificate","X509CRL"]);
    switch (s) {
      case 1: w.bits(6, 3); break;
      case 2: w.bits(6, 3); break;
      case 3: w.bits(6, 3); break;
      case 4: w.bits(6, 3); break;
      case 5: w.bits(6, 3); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "X509DataType", s);
  }
}
export function d_X509DataType(r: BitReader): T.X509DataType {
  const v = {} as T.X509DataType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.X509IssuerSerial ??= []); a.push(d_X509IssuerSerialType(r)); s = 1; break; }
            case 1: { const a = (v.X509SKI ??= []); a.push(dS_bin_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.X509SubjectName ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 3: { const a = (v.X509Certificate ??= []); a.push(dS_bin_inf(r, 0)); s = 4; break; }
            case 4: { const a = (v.X509CRL ??= []); a.push(dS_bin_inf(r, 0)); s = 5; break; }
            case 5: throw r.fail('wildcard element content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.X509IssuerSerial ??= []); a.push(d_X509IssuerSerialType(r)); s = 1; break; }
            case 1: { const a = (v.X509SKI ??= []); a.push(dS_bin_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.X509SubjectName ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 3: { const a = (v.X509Certificate ??= []); a.push(dS_bin_inf(r, 0)); s = 4; break; }
            case 4: { const a = (v.X509CRL ??= []); a.push(dS_bin_inf(r, 0)); s = 5; break; }
            case 5: throw r.fail('wildcard element content is not supported');
            case 6: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.X509IssuerSerial ??= []); a.push(d_X509IssuerSerialType(r)); s = 1; break; }
            case 1: { const a = (v.X509SKI ??= []); a.push(dS_bin_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.X509SubjectName ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 3: { const a = (v.X509Certificate ??= []); a.push(dS_bin_inf(r, 0)); s = 4; break; }
            case 4: { const a = (v.X509CRL ??= []); a.push(dS_bin_inf(r, 0)); s = 5; break; }
            case 5: throw r.fail('wildcard element content is not supported');
            case 6: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.X509IssuerSerial ??= []); a.push(d_X509IssuerSerialType(r)); s = 1; break; }
            case 1: { const a = (v.X509SKI ??= []); a.push(dS_bin_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.X509SubjectName ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 3: { const a = (v.X509Certificate ??= []); a.push(dS_bin_inf(r, 0)); s = 4; break; }
            case 4: { const a = (v.X509CRL ??= []); a.push(dS_bin_inf(r, 0)); s = 5; break; }
            case 5: throw r.fail('wildcard element content is not supported');
            case 6: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.X509IssuerSerial ??= []); a.push(d_X509IssuerSerialType(r)); s = 1; break; }
            case 1: { const a = (v.X509SKI ??= []); a.push(dS_bin_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.X509SubjectName ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 3: { const a = (v.X509Certificate ??= []); a.push(dS_bin_inf(r, 0)); s = 4; break; }
            case 4: { const a = (v.X509CRL ??= []); a.push(dS_bin_inf(r, 0)); s = 5; break; }
            case 5: throw r.fail('wildcard element content is not supported');
            case 6: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.X509IssuerSerial ??= []); a.push(d_X509IssuerSerialType(r)); s = 1; break; }
            case 1: { const a = (v.X509SKI ??= []); a.push(dS_bin_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.X509SubjectName ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 3: { const a = (v.X509Certificate ??= []); a.push(dS_bin_inf(r, 0)); s = 4; break; }
            case 4: { const a = (v.X509CRL ??= []); a.push(dS_bin_inf(r, 0)); s = 5; break; }
            case 5: throw r.fail('wildcard element content is not supported');
            case 6: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(3);
          switch (c) {
            case 0: { const a = (v.X509IssuerSerial ??= []); a.push(d_X509IssuerSerialType(r)); s = 1; break; }
            case 1: { const a = (v.X509SKI ??= []); a.push(dS_bin_inf(r, 0)); s = 2; break; }
            case 2: { const a = (v.X509SubjectName ??= []); a.push(dS_str_inf(r, 0)); s = 3; break; }
            case 3: { const a = (v.X509Certificate ??= []); a.push(dS_bin_inf(r, 0)); s = 4; break; }
            case 4: { const a = (v.X509CRL ??= []); a.push(dS_bin_inf(r, 0)); s = 5; break; }
            case 5: throw r.fail('wildcard element content is not supported');
            case 6: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "X509DataType", s);
  }
}
export function e_X509IssuerSerialType(w: BitWriter, v: T.X509IssuerSerialType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.X509IssuerName;
      if (x !== undefined) {
        n++;
        eS_str_inf(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.X509SerialNumber;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_int_minf_inf(w, x, 0, 1); s = 2; break;
          default: throw w.fail("X509SerialNumber is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["X509IssuerName","X509SerialNumber"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "X509IssuerSerialType", s);
  }
}
export function d_X509IssuerSerialType(r: BitReader): T.X509IssuerSerialType {
  const v = {} as T.X509IssuerSerialType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.X509IssuerName = dS_str_inf(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.X509SerialNumber = dS_int_minf_inf(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "X509IssuerSerialType", s);
  }
}
export function e_PGPDataType(w: BitWriter, v: T.PGPDataType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.PGPKeyID;
      if (x !== undefined) {
        n++;
        eS_bin_inf(w, x, 0, 2); s = 1;
      }
    }
    {
      const x = v.PGPKeyPacket;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_bin_inf(w, x, 1, 2); s = 2; break;
          case 1: eS_bin_inf(w, x, 0, 2); s = 3; break;
          default: throw w.fail("PGPKeyPacket is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["PGPKeyID","PGPKeyPacket"]);
    switch (s) {
      case 1: w.bits(2, 2); break;
      case 2: w.bits(1, 2); break;
      case 3: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PGPDataType", s);
  }
}
export function d_PGPDataType(r: BitReader): T.PGPDataType {
  const v = {} as T.PGPDataType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.PGPKeyID = dS_bin_inf(r, 0); s = 1; break;
            case 1: v.PGPKeyPacket = dS_bin_inf(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.PGPKeyPacket = dS_bin_inf(r, 0); s = 3; break;
            case 1: throw r.fail('wildcard element content is not supported');
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "PGPDataType", s);
  }
}
export function e_SPKIDataType(w: BitWriter, v: T.SPKIDataType): void {
  let s = 0;
  let n = 0;
  try {
    for (const k in v) {
      const x = (v as unknown as Record<string, unknown>)[k];
      if (x === undefined) continue;
      switch (k) {
        case "SPKISexp": {
          n++;
          if (!Array.isArray(x)) throw w.fail("SPKISexp must be an array");
          for (let i = 0; i < x.length; i++) {
            switch (s) {
              case 0: eS_bin_inf(w, x[i] as never, 0, 1); s = 1; break;
              case 1: eS_bin_inf(w, x[i] as never, 0, 2); s = 1; break;
              default: throw w.fail("SPKISexp is not allowed here");
            }
          }
          break;
        }
        default: throw w.fail(`${k} is not an element of SPKIDataType`);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["SPKISexp"]);
    switch (s) {
      case 1: w.bits(2, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SPKIDataType", s);
  }
}
export function d_SPKIDataType(r: BitReader): T.SPKIDataType {
  const v = {} as T.SPKIDataType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.SPKISexp ??= []); a.push(dS_bin_inf(r, 0)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.SPKISexp ??= []); a.push(dS_bin_inf(r, 0)); s = 1; break; }
            case 1: throw r.fail('wildcard element content is not supported');
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.SPKISexp ??= []); a.push(dS_bin_inf(r, 0)); s = 1; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "SPKIDataType", s);
  }
}
export function e_ObjectType(w: BitWriter, v: T.ObjectType): void {
  let s = 3;
  let n = 0;
  try {
    {
      const x = v["@Encoding"];
      if (x !== undefined) {
        n++;
        w.bits(0, 3); s = 2;
        w.str(x, Infinity);
      }
    }
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(1, 3); s = 1; break;
          case 2: w.bits(0, 3); s = 1; break;
          default: throw w.fail("@Id is not allowed here");
        }
        w.str(x, Infinity);
      }
    }
    {
      const x = v["@MimeType"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(2, 3); s = 0; break;
          case 2: w.bits(1, 3); s = 0; break;
          case 1: w.bits(0, 3); s = 0; break;
          default: throw w.fail("@MimeType is not allowed here");
        }
        w.str(x, Infinity);
      }
    }
    for (const k in v) {
      const x = (v as unknown as Record<string, unknown>)[k];
      if (x === undefined) continue;
      switch (k) {
        default: if (k.charCodeAt(0) === 64 || k === '#content') break; throw w.fail(`${k} is not an element of ObjectType`);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Encoding","@Id","@MimeType"]);
    switch (s) {
      case 3: w.bits(4, 3); break;
      case 2: w.bits(3, 3); break;
      case 1: w.bits(2, 3); break;
      case 0: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ObjectType", s);
  }
}
export function d_ObjectType(r: BitReader): T.ObjectType {
  const v = {} as T.ObjectType;
  let s = 3;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(3);
          switch (c) {
            case 0: v["@MimeType"] = r.str(Infinity); s = 0; break;
            case 1: throw r.fail('wildcard element content is not supported');
            case 2: return v;
            case 3: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 1; break;
            case 1: v["@MimeType"] = r.str(Infinity); s = 0; break;
            case 2: throw r.fail('wildcard element content is not supported');
            case 3: return v;
            case 4: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: v["@Encoding"] = r.str(Infinity); s = 2; break;
            case 1: v["@Id"] = r.str(Infinity); s = 1; break;
            case 2: v["@MimeType"] = r.str(Infinity); s = 0; break;
            case 3: throw r.fail('wildcard element content is not supported');
            case 4: return v;
            case 5: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ObjectType", s);
  }
}
export function e_ManifestType(w: BitWriter, v: T.ManifestType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 0;
        w.str(x, Infinity);
      }
    }
    {
      const x = v.Reference;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("Reference must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 1: w.bits(1, 2); s = 2; break;
            case 0: w.bits(0, 1); s = 2; break;
            case 2: w.bits(0, 2); s = 2; break;
            default: throw w.fail("Reference is not allowed here");
          }
          e_ReferenceType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","Reference"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ManifestType", s);
  }
}
export function d_ManifestType(r: BitReader): T.ManifestType {
  const v = {} as T.ManifestType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.Reference ??= []); a.push(d_ReferenceType(r)); s = 2; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: { const a = (v.Reference ??= []); a.push(d_ReferenceType(r)); s = 2; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.Reference ??= []); a.push(d_ReferenceType(r)); s = 2; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ManifestType", s);
  }
}
export function e_SignaturePropertiesType(w: BitWriter, v: T.SignaturePropertiesType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 0;
        w.str(x, Infinity);
      }
    }
    {
      const x = v.SignatureProperty;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("SignatureProperty must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 1: w.bits(1, 2); s = 2; break;
            case 0: w.bits(0, 1); s = 2; break;
            case 2: w.bits(0, 2); s = 2; break;
            default: throw w.fail("SignatureProperty is not allowed here");
          }
          e_SignaturePropertyType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","SignatureProperty"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SignaturePropertiesType", s);
  }
}
export function d_SignaturePropertiesType(r: BitReader): T.SignaturePropertiesType {
  const v = {} as T.SignaturePropertiesType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.SignatureProperty ??= []); a.push(d_SignaturePropertyType(r)); s = 2; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: { const a = (v.SignatureProperty ??= []); a.push(d_SignaturePropertyType(r)); s = 2; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.SignatureProperty ??= []); a.push(d_SignaturePropertyType(r)); s = 2; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "SignaturePropertiesType", s);
  }
}
export function e_SignaturePropertyType(w: BitWriter, v: T.SignaturePropertyType): void {
  let s = 2;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 1;
        w.str(x, Infinity);
      }
    }
    {
      const x = v["@Target"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 2); s = 0; break;
          case 1: w.bits(0, 1); s = 0; break;
          default: throw w.fail("@Target is not allowed here");
        }
        w.str(x, Infinity);
      }
    }
    for (const k in v) {
      const x = (v as unknown as Record<string, unknown>)[k];
      if (x === undefined) continue;
      switch (k) {
        default: if (k.charCodeAt(0) === 64 || k === '#content') break; throw w.fail(`${k} is not an element of SignaturePropertyType`);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","@Target"]);
    switch (s) {
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SignaturePropertyType", s);
  }
}
export function d_SignaturePropertyType(r: BitReader): T.SignaturePropertyType {
  const v = {} as T.SignaturePropertyType;
  let s = 2;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Target"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 1; break;
            case 1: v["@Target"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: throw r.fail('wildcard element content is not supported');
            case 1: return v;
            case 2: throw r.fail('mixed character content is not supported');
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "SignaturePropertyType", s);
  }
}
export function e_CLReqControlModeType(w: BitWriter, v: T.CLReqControlModeType): void {
  let s = 0;
  let n = 0;
  try {
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, []);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "CLReqControlModeType", s);
  }
}
export function d_CLReqControlModeType(r: BitReader): T.CLReqControlModeType {
  const v = {} as T.CLReqControlModeType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "CLReqControlModeType", s);
  }
}
export function e_CLResControlModeType(w: BitWriter, v: T.CLResControlModeType): void {
  let s = 0;
  let n = 0;
  try {
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, []);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "CLResControlModeType", s);
  }
}
export function d_CLResControlModeType(r: BitReader): T.CLResControlModeType {
  const v = {} as T.CLResControlModeType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "CLResControlModeType", s);
  }
}
export function e_ACDP_VehiclePositioningReqType(w: BitWriter, v: T.ACDP_VehiclePositioningReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Header;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_MessageHeaderType(w, x);
      }
    }
    {
      const x = v.EVMobilityStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_bool(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVMobilityStatus is not allowed here");
        }
      }
    }
    {
      const x = v.EVPositioningSupport;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_bool(w, x, 0, 1); s = 3; break;
          default: throw w.fail("EVPositioningSupport is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","EVMobilityStatus","EVPositioningSupport"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ACDP_VehiclePositioningReqType", s);
  }
}
export function d_ACDP_VehiclePositioningReqType(r: BitReader): T.ACDP_VehiclePositioningReqType {
  const v = {} as T.ACDP_VehiclePositioningReqType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Header = d_MessageHeaderType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: { v.EVMobilityStatus = dS_bool(r, 1); s = 2; break; }
        case 2: { v.EVPositioningSupport = dS_bool(r, 1); s = 3; break; }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ACDP_VehiclePositioningReqType", s);
  }
}
export function e_V2GRequestType(w: BitWriter, v: T.V2GRequestType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Header;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_MessageHeaderType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "V2GRequestType", s);
  }
}
export function d_V2GRequestType(r: BitReader): T.V2GRequestType {
  const v = {} as T.V2GRequestType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Header = d_MessageHeaderType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "V2GRequestType", s);
  }
}
export function e_V2GMessageType(w: BitWriter, v: T.V2GMessageType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Header;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_MessageHeaderType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "V2GMessageType", s);
  }
}
export function d_V2GMessageType(r: BitReader): T.V2GMessageType {
  const v = {} as T.V2GMessageType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Header = d_MessageHeaderType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "V2GMessageType", s);
  }
}
export function e_MessageHeaderType(w: BitWriter, v: T.MessageHeaderType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.SessionID;
      if (x !== undefined) {
        n++;
        eS_bin_8(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.TimeStamp;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_uint_0_18446744073709552000(w, x, 0, 1); s = 2; break;
          default: throw w.fail("TimeStamp is not allowed here");
        }
      }
    }
    {
      const x = v.Signature;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 2); s = 3; break;
          default: throw w.fail("Signature is not allowed here");
        }
        e_SignatureType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["SessionID","TimeStamp","Signature"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "MessageHeaderType", s);
  }
}
export function d_MessageHeaderType(r: BitReader): T.MessageHeaderType {
  const v = {} as T.MessageHeaderType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SessionID = dS_bin_8(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.TimeStamp = dS_uint_0_18446744073709552000(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Signature = d_SignatureType(r); s = 3; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "MessageHeaderType", s);
  }
}
export function e_ACDP_VehiclePositioningResType(w: BitWriter, v: T.ACDP_VehiclePositioningResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Header;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_MessageHeaderType(w, x);
      }
    }
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_responseCodeType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("ResponseCode is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEProcessing;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_processingType(w, x, 0, 1); s = 3; break;
          default: throw w.fail("EVSEProcessing is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEPositioningSupport;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_bool(w, x, 0, 1); s = 4; break;
          default: throw w.fail("EVSEPositioningSupport is not allowed here");
        }
      }
    }
    {
      const x = v.EVRelativeXDeviation;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: eS_int_m32768_32767(w, x, 0, 1); s = 5; break;
          default: throw w.fail("EVRelativeXDeviation is not allowed here");
        }
      }
    }
    {
      const x = v.EVRelativeYDeviation;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_int_m32768_32767(w, x, 0, 1); s = 6; break;
          default: throw w.fail("EVRelativeYDeviation is not allowed here");
        }
      }
    }
    {
      const x = v.ContactWindowXc;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: eS_int_m32768_32767(w, x, 0, 1); s = 7; break;
          default: throw w.fail("ContactWindowXc is not allowed here");
        }
      }
    }
    {
      const x = v.ContactWindowYc;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 7: eS_int_m32768_32767(w, x, 0, 1); s = 8; break;
          default: throw w.fail("ContactWindowYc is not allowed here");
        }
      }
    }
    {
      const x = v.EVInChargePosition;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 8: eS_bool(w, x, 0, 1); s = 9; break;
          default: throw w.fail("EVInChargePosition is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","EVSEProcessing","EVSEPositioningSupport","EVRelativeXDeviation","EVRelativeYDeviation","ContactWindowXc","ContactWindowYc","EVInChargePosition"]);
    switch (s) {
      case 9: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ACDP_VehiclePositioningResType", s);
  }
}
export function d_ACDP_VehiclePositioningResType(r: BitReader): T.ACDP_VehiclePositioningResType {
  const v = {} as T.ACDP_VehiclePositioningResType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Header = d_MessageHeaderType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 2; break; }
        case 2: { v.EVSEProcessing = dS_enum_processingType(r, 1); s = 3; break; }
        case 3: { v.EVSEPositioningSupport = dS_bool(r, 1); s = 4; break; }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVRelativeXDeviation = dS_int_m32768_32767(r, 0); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVRelativeYDeviation = dS_int_m32768_32767(r, 0); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ContactWindowXc = dS_int_m32768_32767(r, 0); s = 7; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ContactWindowYc = dS_int_m32768_32767(r, 0); s = 8; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 8: { v.EVInChargePosition = dS_bool(r, 1); s = 9; break; }
        case 9: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ACDP_VehiclePositioningResType", s);
  }
}
export function e_V2GResponseType(w: BitWriter, v: T.V2GResponseType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Header;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_MessageHeaderType(w, x);
      }
    }
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_responseCodeType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("ResponseCode is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "V2GResponseType", s);
  }
}
export function d_V2GResponseType(r: BitReader): T.V2GResponseType {
  const v = {} as T.V2GResponseType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Header = d_MessageHeaderType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "V2GResponseType", s);
  }
}
export function e_ACDP_ConnectReqType(w: BitWriter, v: T.ACDP_ConnectReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Header;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_MessageHeaderType(w, x);
      }
    }
    {
      const x = v.EVElectricalChargingDeviceStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_electricalChargingDeviceStatusType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVElectricalChargingDeviceStatus is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","EVElectricalChargingDeviceStatus"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ACDP_ConnectReqType", s);
  }
}
export function d_ACDP_ConnectReqType(r: BitReader): T.ACDP_ConnectReqType {
  const v = {} as T.ACDP_ConnectReqType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Header = d_MessageHeaderType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: { v.EVElectricalChargingDeviceStatus = dS_enum_electricalChargingDeviceStatusType(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ACDP_ConnectReqType", s);
  }
}
export function e_ACDP_ConnectResType(w: BitWriter, v: T.ACDP_ConnectResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Header;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_MessageHeaderType(w, x);
      }
    }
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_responseCodeType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("ResponseCode is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEProcessing;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_processingType(w, x, 0, 1); s = 3; break;
          default: throw w.fail("EVSEProcessing is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEElectricalChargingDeviceStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_enum_electricalChargingDeviceStatusType(w, x, 0, 1); s = 4; break;
          default: throw w.fail("EVSEElectricalChargingDeviceStatus is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEMechanicalChargingDeviceStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: eS_enum_mechanicalChargingDeviceStatusType(w, x, 0, 1); s = 5; break;
          default: throw w.fail("EVSEMechanicalChargingDeviceStatus is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","EVSEProcessing","EVSEElectricalChargingDeviceStatus","EVSEMechanicalChargingDeviceStatus"]);
    switch (s) {
      case 5: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ACDP_ConnectResType", s);
  }
}
export function d_ACDP_ConnectResType(r: BitReader): T.ACDP_ConnectResType {
  const v = {} as T.ACDP_ConnectResType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Header = d_MessageHeaderType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 2; break; }
        case 2: { v.EVSEProcessing = dS_enum_processingType(r, 1); s = 3; break; }
        case 3: { v.EVSEElectricalChargingDeviceStatus = dS_enum_electricalChargingDeviceStatusType(r, 1); s = 4; break; }
        case 4: { v.EVSEMechanicalChargingDeviceStatus = dS_enum_mechanicalChargingDeviceStatusType(r, 1); s = 5; break; }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ACDP_ConnectResType", s);
  }
}
export function e_ACDP_SystemStatusReqType(w: BitWriter, v: T.ACDP_SystemStatusReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Header;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_MessageHeaderType(w, x);
      }
    }
    {
      const x = v.EVTechnicalStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("EVTechnicalStatus is not allowed here");
        }
        e_EVTechnicalStatusType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","EVTechnicalStatus"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ACDP_SystemStatusReqType", s);
  }
}
export function d_ACDP_SystemStatusReqType(r: BitReader): T.ACDP_SystemStatusReqType {
  const v = {} as T.ACDP_SystemStatusReqType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Header = d_MessageHeaderType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVTechnicalStatus = d_EVTechnicalStatusType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ACDP_SystemStatusReqType", s);
  }
}
export function e_EVTechnicalStatusType(w: BitWriter, v: T.EVTechnicalStatusType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.EVReadyToCharge;
      if (x !== undefined) {
        n++;
        eS_bool(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.EVImmobilizationRequest;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_bool(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVImmobilizationRequest is not allowed here");
        }
      }
    }
    {
      const x = v.EVImmobilized;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_bool(w, x, 0, 3); s = 3; break;
          default: throw w.fail("EVImmobilized is not allowed here");
        }
      }
    }
    {
      const x = v.EVWLANStrength;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 3); s = 4; break;
          case 3: w.bits(0, 3); s = 4; break;
          default: throw w.fail("EVWLANStrength is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVCPStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_cpStatusType(w, x, 2, 3); s = 5; break;
          case 3: eS_enum_cpStatusType(w, x, 1, 3); s = 5; break;
          case 4: eS_enum_cpStatusType(w, x, 0, 3); s = 5; break;
          default: throw w.fail("EVCPStatus is not allowed here");
        }
      }
    }
    {
      const x = v.EVSOC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_nbit_0_100(w, x, 3, 3); s = 6; break;
          case 3: eS_nbit_0_100(w, x, 2, 3); s = 6; break;
          case 4: eS_nbit_0_100(w, x, 1, 3); s = 6; break;
          case 5: eS_nbit_0_100(w, x, 0, 3); s = 6; break;
          default: throw w.fail("EVSOC is not allowed here");
        }
      }
    }
    {
      const x = v.EVErrorCode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_errorCodeType(w, x, 4, 3); s = 7; break;
          case 3: eS_enum_errorCodeType(w, x, 3, 3); s = 7; break;
          case 4: eS_enum_errorCodeType(w, x, 2, 3); s = 7; break;
          case 5: eS_enum_errorCodeType(w, x, 1, 3); s = 7; break;
          case 6: eS_enum_errorCodeType(w, x, 0, 2); s = 7; break;
          default: throw w.fail("EVErrorCode is not allowed here");
        }
      }
    }
    {
      const x = v.EVTimeout;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_bool(w, x, 5, 3); s = 8; break;
          case 3: eS_bool(w, x, 4, 3); s = 8; break;
          case 4: eS_bool(w, x, 3, 3); s = 8; break;
          case 5: eS_bool(w, x, 2, 3); s = 8; break;
          case 6: eS_bool(w, x, 1, 2); s = 8; break;
          case 7: eS_bool(w, x, 0, 2); s = 8; break;
          default: throw w.fail("EVTimeout is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["EVReadyToCharge","EVImmobilizationRequest","EVImmobilized","EVWLANStrength","EVCPStatus","EVSOC","EVErrorCode","EVTimeout"]);
    switch (s) {
      case 2: w.bits(6, 3); break;
      case 3: w.bits(5, 3); break;
      case 4: w.bits(4, 3); break;
      case 5: w.bits(3, 3); break;
      case 6: w.bits(2, 2); break;
      case 7: w.bits(1, 2); break;
      case 8: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVTechnicalStatusType", s);
  }
}
export function d_EVTechnicalStatusType(r: BitReader): T.EVTechnicalStatusType {
  const v = {} as T.EVTechnicalStatusType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.EVReadyToCharge = dS_bool(r, 1); s = 1; break; }
        case 1: { v.EVImmobilizationRequest = dS_bool(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EVImmobilized = dS_bool(r, 0); s = 3; break;
            case 1: v.EVWLANStrength = d_RationalNumberType(r); s = 4; break;
            case 2: v.EVCPStatus = dS_enum_cpStatusType(r, 0); s = 5; break;
            case 3: v.EVSOC = dS_nbit_0_100(r, 0); s = 6; break;
            case 4: v.EVErrorCode = dS_enum_errorCodeType(r, 0); s = 7; break;
            case 5: v.EVTimeout = dS_bool(r, 0); s = 8; break;
            case 6: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EVWLANStrength = d_RationalNumberType(r); s = 4; break;
            case 1: v.EVCPStatus = dS_enum_cpStatusType(r, 0); s = 5; break;
            case 2: v.EVSOC = dS_nbit_0_100(r, 0); s = 6; break;
            case 3: v.EVErrorCode = dS_enum_errorCodeType(r, 0); s = 7; break;
            case 4: v.EVTimeout = dS_bool(r, 0); s = 8; break;
            case 5: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EVCPStatus = dS_enum_cpStatusType(r, 0); s = 5; break;
            case 1: v.EVSOC = dS_nbit_0_100(r, 0); s = 6; break;
            case 2: v.EVErrorCode = dS_enum_errorCodeType(r, 0); s = 7; break;
            case 3: v.EVTimeout = dS_bool(r, 0); s = 8; break;
            case 4: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EVSOC = dS_nbit_0_100(r, 0); s = 6; break;
            case 1: v.EVErrorCode = dS_enum_errorCodeType(r, 0); s = 7; break;
            case 2: v.EVTimeout = dS_bool(r, 0); s = 8; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVErrorCode = dS_enum_errorCodeType(r, 0); s = 7; break;
            case 1: v.EVTimeout = dS_bool(r, 0); s = 8; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVTimeout = dS_bool(r, 0); s = 8; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 8: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "EVTechnicalStatusType", s);
  }
}
export function e_RationalNumberType(w: BitWriter, v: T.RationalNumberType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Exponent;
      if (x !== undefined) {
        n++;
        eS_nbit_m128_127(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.Value;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_int_m32768_32767(w, x, 0, 1); s = 2; break;
          default: throw w.fail("Value is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Exponent","Value"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "RationalNumberType", s);
  }
}
export function d_RationalNumberType(r: BitReader): T.RationalNumberType {
  const v = {} as T.RationalNumberType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.Exponent = dS_nbit_m128_127(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Value = dS_int_m32768_32767(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "RationalNumberType", s);
  }
}
export function e_ACDP_SystemStatusResType(w: BitWriter, v: T.ACDP_SystemStatusResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Header;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_MessageHeaderType(w, x);
      }
    }
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_responseCodeType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("ResponseCode is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEMechanicalChargingDeviceStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_mechanicalChargingDeviceStatusType(w, x, 0, 1); s = 3; break;
          default: throw w.fail("EVSEMechanicalChargingDeviceStatus is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEReadyToCharge;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_bool(w, x, 0, 1); s = 4; break;
          default: throw w.fail("EVSEReadyToCharge is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEIsolationStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: eS_enum_isolationStatusType(w, x, 0, 1); s = 5; break;
          default: throw w.fail("EVSEIsolationStatus is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEDisabled;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_bool(w, x, 0, 1); s = 6; break;
          default: throw w.fail("EVSEDisabled is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEUtilityInterruptEvent;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: eS_bool(w, x, 0, 1); s = 7; break;
          default: throw w.fail("EVSEUtilityInterruptEvent is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEEmergencyShutdown;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 7: eS_bool(w, x, 0, 1); s = 8; break;
          default: throw w.fail("EVSEEmergencyShutdown is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEMalfunction;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 8: eS_bool(w, x, 0, 1); s = 9; break;
          default: throw w.fail("EVSEMalfunction is not allowed here");
        }
      }
    }
    {
      const x = v.EVInChargePosition;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 9: eS_bool(w, x, 0, 1); s = 10; break;
          default: throw w.fail("EVInChargePosition is not allowed here");
        }
      }
    }
    {
      const x = v.EVAssociationStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 10: eS_bool(w, x, 0, 1); s = 11; break;
          default: throw w.fail("EVAssociationStatus is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","EVSEMechanicalChargingDeviceStatus","EVSEReadyToCharge","EVSEIsolationStatus","EVSEDisabled","EVSEUtilityInterruptEvent","EVSEEmergencyShutdown","EVSEMalfunction","EVInChargePosition","EVAssociationStatus"]);
    switch (s) {
      case 11: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ACDP_SystemStatusResType", s);
  }
}
export function d_ACDP_SystemStatusResType(r: BitReader): T.ACDP_SystemStatusResType {
  const v = {} as T.ACDP_SystemStatusResType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Header = d_MessageHeaderType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 2; break; }
        case 2: { v.EVSEMechanicalChargingDeviceStatus = dS_enum_mechanicalChargingDeviceStatusType(r, 1); s = 3; break; }
        case 3: { v.EVSEReadyToCharge = dS_bool(r, 1); s = 4; break; }
        case 4: { v.EVSEIsolationStatus = dS_enum_isolationStatusType(r, 1); s = 5; break; }
        case 5: { v.EVSEDisabled = dS_bool(r, 1); s = 6; break; }
        case 6: { v.EVSEUtilityInterruptEvent = dS_bool(r, 1); s = 7; break; }
        case 7: { v.EVSEEmergencyShutdown = dS_bool(r, 1); s = 8; break; }
        case 8: { v.EVSEMalfunction = dS_bool(r, 1); s = 9; break; }
        case 9: { v.EVInChargePosition = dS_bool(r, 1); s = 10; break; }
        case 10: { v.EVAssociationStatus = dS_bool(r, 1); s = 11; break; }
        case 11: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ACDP_SystemStatusResType", s);
  }
}
export function e_ChargeParameterDiscoveryReqType(w: BitWriter, v: T.ChargeParameterDiscoveryReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Header;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_MessageHeaderType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ChargeParameterDiscoveryReqType", s);
  }
}
export function d_ChargeParameterDiscoveryReqType(r: BitReader): T.ChargeParameterDiscoveryReqType {
  const v = {} as T.ChargeParameterDiscoveryReqType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Header = d_MessageHeaderType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ChargeParameterDiscoveryReqType", s);
  }
}
export function e_ChargeParameterDiscoveryResType(w: BitWriter, v: T.ChargeParameterDiscoveryResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Header;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_MessageHeaderType(w, x);
      }
    }
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_responseCodeType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("ResponseCode is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ChargeParameterDiscoveryResType", s);
  }
}
export function d_ChargeParameterDiscoveryResType(r: BitReader): T.ChargeParameterDiscoveryResType {
  const v = {} as T.ChargeParameterDiscoveryResType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Header = d_MessageHeaderType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ChargeParameterDiscoveryResType", s);
  }
}
export function e_ChargeLoopReqType(w: BitWriter, v: T.ChargeLoopReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Header;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_MessageHeaderType(w, x);
      }
    }
    {
      const x = v.DisplayParameters;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 2); s = 2; break;
          default: throw w.fail("DisplayParameters is not allowed here");
        }
        e_DisplayParametersType(w, x);
      }
    }
    {
      const x = v.MeterInfoRequested;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_bool(w, x, 1, 2); s = 3; break;
          case 2: eS_bool(w, x, 0, 1); s = 3; break;
          default: throw w.fail("MeterInfoRequested is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","DisplayParameters","MeterInfoRequested"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ChargeLoopReqType", s);
  }
}
export function d_ChargeLoopReqType(r: BitReader): T.ChargeLoopReqType {
  const v = {} as T.ChargeLoopReqType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Header = d_MessageHeaderType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.DisplayParameters = d_DisplayParametersType(r); s = 2; break;
            case 1: v.MeterInfoRequested = dS_bool(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: { v.MeterInfoRequested = dS_bool(r, 1); s = 3; break; }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ChargeLoopReqType", s);
  }
}
export function e_DisplayParametersType(w: BitWriter, v: T.DisplayParametersType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.PresentSOC;
      if (x !== undefined) {
        n++;
        eS_nbit_0_100(w, x, 0, 4); s = 1;
      }
    }
    {
      const x = v.MinimumSOC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_nbit_0_100(w, x, 1, 4); s = 2; break;
          case 1: eS_nbit_0_100(w, x, 0, 4); s = 2; break;
          default: throw w.fail("MinimumSOC is not allowed here");
        }
      }
    }
    {
      const x = v.TargetSOC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_nbit_0_100(w, x, 2, 4); s = 3; break;
          case 1: eS_nbit_0_100(w, x, 1, 4); s = 3; break;
          case 2: eS_nbit_0_100(w, x, 0, 4); s = 3; break;
          default: throw w.fail("TargetSOC is not allowed here");
        }
      }
    }
    {
      const x = v.MaximumSOC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_nbit_0_100(w, x, 3, 4); s = 4; break;
          case 1: eS_nbit_0_100(w, x, 2, 4); s = 4; break;
          case 2: eS_nbit_0_100(w, x, 1, 4); s = 4; break;
          case 3: eS_nbit_0_100(w, x, 0, 4); s = 4; break;
          default: throw w.fail("MaximumSOC is not allowed here");
        }
      }
    }
    {
      const x = v.RemainingTimeToMinimumSOC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_uint_0_4294967295(w, x, 4, 4); s = 5; break;
          case 1: eS_uint_0_4294967295(w, x, 3, 4); s = 5; break;
          case 2: eS_uint_0_4294967295(w, x, 2, 4); s = 5; break;
          case 3: eS_uint_0_4294967295(w, x, 1, 4); s = 5; break;
          case 4: eS_uint_0_4294967295(w, x, 0, 3); s = 5; break;
          default: throw w.fail("RemainingTimeToMinimumSOC is not allowed here");
        }
      }
    }
    {
      const x = v.RemainingTimeToTargetSOC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_uint_0_4294967295(w, x, 5, 4); s = 6; break;
          case 1: eS_uint_0_4294967295(w, x, 4, 4); s = 6; break;
          case 2: eS_uint_0_4294967295(w, x, 3, 4); s = 6; break;
          case 3: eS_uint_0_4294967295(w, x, 2, 4); s = 6; break;
          case 4: eS_uint_0_4294967295(w, x, 1, 3); s = 6; break;
          case 5: eS_uint_0_4294967295(w, x, 0, 3); s = 6; break;
          default: throw w.fail("RemainingTimeToTargetSOC is not allowed here");
        }
      }
    }
    {
      const x = v.RemainingTimeToMaximumSOC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_uint_0_4294967295(w, x, 6, 4); s = 7; break;
          case 1: eS_uint_0_4294967295(w, x, 5, 4); s = 7; break;
          case 2: eS_uint_0_4294967295(w, x, 4, 4); s = 7; break;
          case 3: eS_uint_0_4294967295(w, x, 3, 4); s = 7; break;
          case 4: eS_uint_0_4294967295(w, x, 2, 3); s = 7; break;
          case 5: eS_uint_0_4294967295(w, x, 1, 3); s = 7; break;
          case 6: eS_uint_0_4294967295(w, x, 0, 3); s = 7; break;
          default: throw w.fail("RemainingTimeToMaximumSOC is not allowed here");
        }
      }
    }
    {
      const x = v.ChargingComplete;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_bool(w, x, 7, 4); s = 8; break;
          case 1: eS_bool(w, x, 6, 4); s = 8; break;
          case 2: eS_bool(w, x, 5, 4); s = 8; break;
          case 3: eS_bool(w, x, 4, 4); s = 8; break;
          case 4: eS_bool(w, x, 3, 3); s = 8; break;
          case 5: eS_bool(w, x, 2, 3); s = 8; break;
          case 6: eS_bool(w, x, 1, 3); s = 8; break;
          case 7: eS_bool(w, x, 0, 3); s = 8; break;
          default: throw w.fail("ChargingComplete is not allowed here");
        }
      }
    }
    {
      const x = v.BatteryEnergyCapacity;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(8, 4); s = 9; break;
          case 1: w.bits(7, 4); s = 9; break;
          case 2: w.bits(6, 4); s = 9; break;
          case 3: w.bits(5, 4); s = 9; break;
          case 4: w.bits(4, 3); s = 9; break;
          case 5: w.bits(3, 3); s = 9; break;
          case 6: w.bits(2, 3); s = 9; break;
          case 7: w.bits(1, 3); s = 9; break;
          case 8: w.bits(0, 2); s = 9; break;
          default: throw w.fail("BatteryEnergyCapacity is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.InletHot;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_bool(w, x, 9, 4); s = 10; break;
          case 1: eS_bool(w, x, 8, 4); s = 10; break;
          case 2: eS_bool(w, x, 7, 4); s = 10; break;
          case 3: eS_bool(w, x, 6, 4); s = 10; break;
          case 4: eS_bool(w, x, 5, 3); s = 10; break;
          case 5: eS_bool(w, x, 4, 3); s = 10; break;
          case 6: eS_bool(w, x, 3, 3); s = 10; break;
          case 7: eS_bool(w, x, 2, 3); s = 10; break;
          case 8: eS_bool(w, x, 1, 2); s = 10; break;
          case 9: eS_bool(w, x, 0, 2); s = 10; break;
          default: throw w.fail("InletHot is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["PresentSOC","MinimumSOC","TargetSOC","MaximumSOC","RemainingTimeToMinimumSOC","RemainingTimeToTargetSOC","RemainingTimeToMaximumSOC","ChargingComplete","BatteryEnergyCapacity","InletHot"]);
    switch (s) {
      case 0: w.bits(10, 4); break;
      case 1: w.bits(9, 4); break;
      case 2: w.bits(8, 4); break;
      case 3: w.bits(7, 4); break;
      case 4: w.bits(6, 3); break;
      case 5: w.bits(5, 3); break;
      case 6: w.bits(4, 3); break;
      case 7: w.bits(3, 3); break;
      case 8: w.bits(2, 2); break;
      case 9: w.bits(1, 2); break;
      case 10: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "DisplayParametersType", s);
  }
}
export function d_DisplayParametersType(r: BitReader): T.DisplayParametersType {
  const v = {} as T.DisplayParametersType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(4);
          switch (c) {
            case 0: v.PresentSOC = dS_nbit_0_100(r, 0); s = 1; break;
            case 1: v.MinimumSOC = dS_nbit_0_100(r, 0); s = 2; break;
            case 2: v.TargetSOC = dS_nbit_0_100(r, 0); s = 3; break;
            case 3: v.MaximumSOC = dS_nbit_0_100(r, 0); s = 4; break;
            case 4: v.RemainingTimeToMinimumSOC = dS_uint_0_4294967295(r, 0); s = 5; break;
            case 5: v.RemainingTimeToTargetSOC = dS_uint_0_4294967295(r, 0); s = 6; break;
            case 6: v.RemainingTimeToMaximumSOC = dS_uint_0_4294967295(r, 0); s = 7; break;
            case 7: v.ChargingComplete = dS_bool(r, 0); s = 8; break;
            case 8: v.BatteryEnergyCapacity = d_RationalNumberType(r); s = 9; break;
            case 9: v.InletHot = dS_bool(r, 0); s = 10; break;
            case 10: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(4);
          switch (c) {
            case 0: v.MinimumSOC = dS_nbit_0_100(r, 0); s = 2; break;
            case 1: v.TargetSOC = dS_nbit_0_100(r, 0); s = 3; break;
            case 2: v.MaximumSOC = dS_nbit_0_100(r, 0); s = 4; break;
            case 3: v.RemainingTimeToMinimumSOC = dS_uint_0_4294967295(r, 0); s = 5; break;
            case 4: v.RemainingTimeToTargetSOC = dS_uint_0_4294967295(r, 0); s = 6; break;
            case 5: v.RemainingTimeToMaximumSOC = dS_uint_0_4294967295(r, 0); s = 7; break;
            case 6: v.ChargingComplete = dS_bool(r, 0); s = 8; break;
            case 7: v.BatteryEnergyCapacity = d_RationalNumberType(r); s = 9; break;
            case 8: v.InletHot = dS_bool(r, 0); s = 10; break;
            case 9: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(4);
          switch (c) {
            case 0: v.TargetSOC = dS_nbit_0_100(r, 0); s = 3; break;
            case 1: v.MaximumSOC = dS_nbit_0_100(r, 0); s = 4; break;
            case 2: v.RemainingTimeToMinimumSOC = dS_uint_0_4294967295(r, 0); s = 5; break;
            case 3: v.RemainingTimeToTargetSOC = dS_uint_0_4294967295(r, 0); s = 6; break;
            case 4: v.RemainingTimeToMaximumSOC = dS_uint_0_4294967295(r, 0); s = 7; break;
            case 5: v.ChargingComplete = dS_bool(r, 0); s = 8; break;
            case 6: v.BatteryEnergyCapacity = d_RationalNumberType(r); s = 9; break;
            case 7: v.InletHot = dS_bool(r, 0); s = 10; break;
            case 8: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(4);
          switch (c) {
            case 0: v.MaximumSOC = dS_nbit_0_100(r, 0); s = 4; break;
            case 1: v.RemainingTimeToMinimumSOC = dS_uint_0_4294967295(r, 0); s = 5; break;
            case 2: v.RemainingTimeToTargetSOC = dS_uint_0_4294967295(r, 0); s = 6; break;
            case 3: v.RemainingTimeToMaximumSOC = dS_uint_0_4294967295(r, 0); s = 7; break;
            case 4: v.ChargingComplete = dS_bool(r, 0); s = 8; break;
            case 5: v.BatteryEnergyCapacity = d_RationalNumberType(r); s = 9; break;
            case 6: v.InletHot = dS_bool(r, 0); s = 10; break;
            case 7: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.RemainingTimeToMinimumSOC = dS_uint_0_4294967295(r, 0); s = 5; break;
            case 1: v.RemainingTimeToTargetSOC = dS_uint_0_4294967295(r, 0); s = 6; break;
            case 2: v.RemainingTimeToMaximumSOC = dS_uint_0_4294967295(r, 0); s = 7; break;
            case 3: v.ChargingComplete = dS_bool(r, 0); s = 8; break;
            case 4: v.BatteryEnergyCapacity = d_RationalNumberType(r); s = 9; break;
            case 5: v.InletHot = dS_bool(r, 0); s = 10; break;
            case 6: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.RemainingTimeToTargetSOC = dS_uint_0_4294967295(r, 0); s = 6; break;
            case 1: v.RemainingTimeToMaximumSOC = dS_uint_0_4294967295(r, 0); s = 7; break;
            case 2: v.ChargingComplete = dS_bool(r, 0); s = 8; break;
            case 3: v.BatteryEnergyCapacity = d_RationalNumberType(r); s = 9; break;
            case 4: v.InletHot = dS_bool(r, 0); s = 10; break;
            case 5: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.RemainingTimeToMaximumSOC = dS_uint_0_4294967295(r, 0); s = 7; break;
            case 1: v.ChargingComplete = dS_bool(r, 0); s = 8; break;
            case 2: v.BatteryEnergyCapacity = d_RationalNumberType(r); s = 9; break;
            case 3: v.InletHot = dS_bool(r, 0); s = 10; break;
            case 4: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.ChargingComplete = dS_bool(r, 0); s = 8; break;
            case 1: v.BatteryEnergyCapacity = d_RationalNumberType(r); s = 9; break;
            case 2: v.InletHot = dS_bool(r, 0); s = 10; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 8: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.BatteryEnergyCapacity = d_RationalNumberType(r); s = 9; break;
            case 1: v.InletHot = dS_bool(r, 0); s = 10; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 9: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.InletHot = dS_bool(r, 0); s = 10; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 10: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "DisplayParametersType", s);
  }
}
export function e_ChargeLoopResType(w: BitWriter, v: T.ChargeLoopResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Header;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_MessageHeaderType(w, x);
      }
    }
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_responseCodeType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("ResponseCode is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 3); s = 3; break;
          default: throw w.fail("EVSEStatus is not allowed here");
        }
        e_EVSEStatusType(w, x);
      }
    }
    {
      const x = v.MeterInfo;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 3); s = 4; break;
          case 3: w.bits(0, 2); s = 4; break;
          default: throw w.fail("MeterInfo is not allowed here");
        }
        e_MeterInfoType(w, x);
      }
    }
    {
      const x = v.Receipt;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(2, 3); s = 5; break;
          case 3: w.bits(1, 2); s = 5; break;
          case 4: w.bits(0, 2); s = 5; break;
          default: throw w.fail("Receipt is not allowed here");
        }
        e_ReceiptType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","EVSEStatus","MeterInfo","Receipt"]);
    switch (s) {
      case 2: w.bits(3, 3); break;
      case 3: w.bits(2, 2); break;
      case 4: w.bits(1, 2); break;
      case 5: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ChargeLoopResType", s);
  }
}
export function d_ChargeLoopResType(r: BitReader): T.ChargeLoopResType {
  const v = {} as T.ChargeLoopResType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Header = d_MessageHeaderType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EVSEStatus = d_EVSEStatusType(r); s = 3; break;
            case 1: v.MeterInfo = d_MeterInfoType(r); s = 4; break;
            case 2: v.Receipt = d_ReceiptType(r); s = 5; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.MeterInfo = d_MeterInfoType(r); s = 4; break;
            case 1: v.Receipt = d_ReceiptType(r); s = 5; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Receipt = d_ReceiptType(r); s = 5; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ChargeLoopResType", s);
  }
}
export function e_EVSEStatusType(w: BitWriter, v: T.EVSEStatusType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.NotificationMaxDelay;
      if (x !== undefined) {
        n++;
        eS_uint_0_65535(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.EVSENotification;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_evseNotificationType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVSENotification is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["NotificationMaxDelay","EVSENotification"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVSEStatusType", s);
  }
}
export function d_EVSEStatusType(r: BitReader): T.EVSEStatusType {
  const v = {} as T.EVSEStatusType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.NotificationMaxDelay = dS_uint_0_65535(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: { v.EVSENotification = dS_enum_evseNotificationType(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "EVSEStatusType", s);
  }
}
export function e_MeterInfoType(w: BitWriter, v: T.MeterInfoType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.MeterID;
      if (x !== undefined) {
        n++;
        eS_str_32(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.ChargedEnergyReadingWh;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_uint_0_18446744073709552000(w, x, 0, 1); s = 2; break;
          default: throw w.fail("ChargedEnergyReadingWh is not allowed here");
        }
      }
    }
    {
      const x = v.BPT_DischargedEnergyReadingWh;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_uint_0_18446744073709552000(w, x, 0, 3); s = 3; break;
          default: throw w.fail("BPT_DischargedEnergyReadingWh is not allowed here");
        }
      }
    }
    {
      const x = v.CapacitiveEnergyReadingVARh;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_uint_0_18446744073709552000(w, x, 1, 3); s = 4; break;
          case 3: eS_uint_0_18446744073709552000(w, x, 0, 3); s = 4; break;
          default: throw w.fail("CapacitiveEnergyReadingVARh is not allowed here");
        }
      }
    }
    {
      const x = v.BPT_InductiveEnergyReadingVARh;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_uint_0_18446744073709552000(w, x, 2, 3); s = 5; break;
          case 3: eS_uint_0_18446744073709552000(w, x, 1, 3); s = 5; break;
          case 4: eS_uint_0_18446744073709552000(w, x, 0, 3); s = 5; break;
          default: throw w.fail("BPT_InductiveEnergyReadingVARh is not allowed here");
        }
      }
    }
    {
      const x = v.MeterSignature;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_bin_64(w, x, 3, 3); s = 6; break;
          case 3: eS_bin_64(w, x, 2, 3); s = 6; break;
          case 4: eS_bin_64(w, x, 1, 3); s = 6; break;
          case 5: eS_bin_64(w, x, 0, 3); s = 6; break;
          default: throw w.fail("MeterSignature is not allowed here");
        }
      }
    }
    {
      const x = v.MeterStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_int_m32768_32767(w, x, 4, 3); s = 7; break;
          case 3: eS_int_m32768_32767(w, x, 3, 3); s = 7; break;
          case 4: eS_int_m32768_32767(w, x, 2, 3); s = 7; break;
          case 5: eS_int_m32768_32767(w, x, 1, 3); s = 7; break;
          case 6: eS_int_m32768_32767(w, x, 0, 2); s = 7; break;
          default: throw w.fail("MeterStatus is not allowed here");
        }
      }
    }
    {
      const x = v.MeterTimestamp;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_uint_0_18446744073709552000(w, x, 5, 3); s = 8; break;
          case 3: eS_uint_0_18446744073709552000(w, x, 4, 3); s = 8; break;
          case 4: eS_uint_0_18446744073709552000(w, x, 3, 3); s = 8; break;
          case 5: eS_uint_0_18446744073709552000(w, x, 2, 3); s = 8; break;
          case 6: eS_uint_0_18446744073709552000(w, x, 1, 2); s = 8; break;
          case 7: eS_uint_0_18446744073709552000(w, x, 0, 2); s = 8; break;
          default: throw w.fail("MeterTimestamp is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["MeterID","ChargedEnergyReadingWh","BPT_DischargedEnergyReadingWh","CapacitiveEnergyReadingVARh","BPT_InductiveEnergyReadingVARh","MeterSignature","MeterStatus","MeterTimestamp"]);
    switch (s) {
      case 2: w.bits(6, 3); break;
      case 3: w.bits(5, 3); break;
      case 4: w.bits(4, 3); break;
      case 5: w.bits(3, 3); break;
      case 6: w.bits(2, 2); break;
      case 7: w.bits(1, 2); break;
      case 8: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "MeterInfoType", s);
  }
}
export function d_MeterInfoType(r: BitReader): T.MeterInfoType {
  const v = {} as T.MeterInfoType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.MeterID = dS_str_32(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ChargedEnergyReadingWh = dS_uint_0_18446744073709552000(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.BPT_DischargedEnergyReadingWh = dS_uint_0_18446744073709552000(r, 0); s = 3; break;
            case 1: v.CapacitiveEnergyReadingVARh = dS_uint_0_18446744073709552000(r, 0); s = 4; break;
            case 2: v.BPT_InductiveEnergyReadingVARh = dS_uint_0_18446744073709552000(r, 0); s = 5; break;
            case 3: v.MeterSignature = dS_bin_64(r, 0); s = 6; break;
            case 4: v.MeterStatus = dS_int_m32768_32767(r, 0); s = 7; break;
            case 5: v.MeterTimestamp = dS_uint_0_18446744073709552000(r, 0); s = 8; break;
            case 6: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.CapacitiveEnergyReadingVARh = dS_uint_0_18446744073709552000(r, 0); s = 4; break;
            case 1: v.BPT_InductiveEnergyReadingVARh = dS_uint_0_18446744073709552000(r, 0); s = 5; break;
            case 2: v.MeterSignature = dS_bin_64(r, 0); s = 6; break;
            case 3: v.MeterStatus = dS_int_m32768_32767(r, 0); s = 7; break;
            case 4: v.MeterTimestamp = dS_uint_0_18446744073709552000(r, 0); s = 8; break;
            case 5: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.BPT_InductiveEnergyReadingVARh = dS_uint_0_18446744073709552000(r, 0); s = 5; break;
            case 1: v.MeterSignature = dS_bin_64(r, 0); s = 6; break;
            case 2: v.MeterStatus = dS_int_m32768_32767(r, 0); s = 7; break;
            case 3: v.MeterTimestamp = dS_uint_0_18446744073709552000(r, 0); s = 8; break;
            case 4: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.MeterSignature = dS_bin_64(r, 0); s = 6; break;
            case 1: v.MeterStatus = dS_int_m32768_32767(r, 0); s = 7; break;
            case 2: v.MeterTimestamp = dS_uint_0_18446744073709552000(r, 0); s = 8; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.MeterStatus = dS_int_m32768_32767(r, 0); s = 7; break;
            case 1: v.MeterTimestamp = dS_uint_0_18446744073709552000(r, 0); s = 8; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.MeterTimestamp = dS_uint_0_18446744073709552000(r, 0); s = 8; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 8: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "MeterInfoType", s);
  }
}
export function e_ReceiptType(w: BitWriter, v: T.ReceiptType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.TimeAnchor;
      if (x !== undefined) {
        n++;
        eS_uint_0_18446744073709552000(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.EnergyCosts;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 3); s = 2; break;
          default: throw w.fail("EnergyCosts is not allowed here");
        }
        e_DetailedCostType(w, x);
      }
    }
    {
      const x = v.OccupancyCosts;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(1, 3); s = 3; break;
          case 2: w.bits(0, 3); s = 3; break;
          default: throw w.fail("OccupancyCosts is not allowed here");
        }
        e_DetailedCostType(w, x);
      }
    }
    {
      const x = v.AdditionalServicesCosts;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(2, 3); s = 4; break;
          case 2: w.bits(1, 3); s = 4; break;
          case 3: w.bits(0, 3); s = 4; break;
          default: throw w.fail("AdditionalServicesCosts is not allowed here");
        }
        e_DetailedCostType(w, x);
      }
    }
    {
      const x = v.OverstayCosts;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(3, 3); s = 5; break;
          case 2: w.bits(2, 3); s = 5; break;
          case 3: w.bits(1, 3); s = 5; break;
          case 4: w.bits(0, 2); s = 5; break;
          default: throw w.fail("OverstayCosts is not allowed here");
        }
        e_DetailedCostType(w, x);
      }
    }
    {
      const x = v.TaxCosts;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("TaxCosts must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 1: w.bits(4, 3); s = 6; break;
            case 2: w.bits(3, 3); s = 6; break;
            case 3: w.bits(2, 3); s = 6; break;
            case 4: w.bits(1, 2); s = 6; break;
            case 5: w.bits(0, 2); s = 6; break;
            case 6: w.bits(0, 2); s = i + 1 >= 10 ? 7 : 6; break;
            default: throw w.fail("TaxCosts is not allowed here");
          }
          e_DetailedTaxType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["TimeAnchor","EnergyCosts","OccupancyCosts","AdditionalServicesCosts","OverstayCosts","TaxCosts"]);
    switch (s) {
      case 1: w.bits(5, 3); break;
      case 2: w.bits(4, 3); break;
      case 3: w.bits(3, 3); break;
      case 4: w.bits(2, 2); break;
      case 5: w.bits(1, 2); break;
      case 6: w.bits(1, 2); break;
      case 7: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ReceiptType", s);
  }
}
export function d_ReceiptType(r: BitReader): T.ReceiptType {
  const v = {} as T.ReceiptType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.TimeAnchor = dS_uint_0_18446744073709552000(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EnergyCosts = d_DetailedCostType(r); s = 2; break;
            case 1: v.OccupancyCosts = d_DetailedCostType(r); s = 3; break;
            case 2: v.AdditionalServicesCosts = d_DetailedCostType(r); s = 4; break;
            case 3: v.OverstayCosts = d_DetailedCostType(r); s = 5; break;
            case 4: { const a = (v.TaxCosts ??= []); a.push(d_DetailedTaxType(r)); s = 6; break; }
            case 5: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.OccupancyCosts = d_DetailedCostType(r); s = 3; break;
            case 1: v.AdditionalServicesCosts = d_DetailedCostType(r); s = 4; break;
            case 2: v.OverstayCosts = d_DetailedCostType(r); s = 5; break;
            case 3: { const a = (v.TaxCosts ??= []); a.push(d_DetailedTaxType(r)); s = 6; break; }
            case 4: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.AdditionalServicesCosts = d_DetailedCostType(r); s = 4; break;
            case 1: v.OverstayCosts = d_DetailedCostType(r); s = 5; break;
            case 2: { const a = (v.TaxCosts ??= []); a.push(d_DetailedTaxType(r)); s = 6; break; }
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.OverstayCosts = d_DetailedCostType(r); s = 5; break;
            case 1: { const a = (v.TaxCosts ??= []); a.push(d_DetailedTaxType(r)); s = 6; break; }
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.TaxCosts ??= []); a.push(d_DetailedTaxType(r)); s = 6; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.TaxCosts ??= []); a.push(d_DetailedTaxType(r)); s = a.length >= 10 ? 7 : 6; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ReceiptType", s);
  }
}
export function e_DetailedCostType(w: BitWriter, v: T.DetailedCostType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Amount;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.CostPerUnit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("CostPerUnit is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Amount","CostPerUnit"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "DetailedCostType", s);
  }
}
export function d_DetailedCostType(r: BitReader): T.DetailedCostType {
  const v = {} as T.DetailedCostType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Amount = d_RationalNumberType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.CostPerUnit = d_RationalNumberType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "DetailedCostType", s);
  }
}
export function e_DetailedTaxType(w: BitWriter, v: T.DetailedTaxType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.TaxRuleID;
      if (x !== undefined) {
        n++;
        eS_uint_1_4294967295(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.Amount;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("Amount is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["TaxRuleID","Amount"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "DetailedTaxType", s);
  }
}
export function d_DetailedTaxType(r: BitReader): T.DetailedTaxType {
  const v = {} as T.DetailedTaxType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.TaxRuleID = dS_uint_1_4294967295(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Amount = d_RationalNumberType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "DetailedTaxType", s);
  }
}
export function e_Scheduled_CLReqControlModeType(w: BitWriter, v: T.Scheduled_CLReqControlModeType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.EVTargetEnergyRequest;
      if (x !== undefined) {
        n++;
        w.bits(0, 3); s = 1;
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVMaximumEnergyRequest;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(1, 3); s = 2; break;
          case 1: w.bits(0, 2); s = 2; break;
          default: throw w.fail("EVMaximumEnergyRequest is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVMinimumEnergyRequest;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(2, 3); s = 3; break;
          case 1: w.bits(1, 2); s = 3; break;
          case 2: w.bits(0, 2); s = 3; break;
          default: throw w.fail("EVMinimumEnergyRequest is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["EVTargetEnergyRequest","EVMaximumEnergyRequest","EVMinimumEnergyRequest"]);
    switch (s) {
      case 0: w.bits(3, 3); break;
      case 1: w.bits(2, 2); break;
      case 2: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "Scheduled_CLReqControlModeType", s);
  }
}
export function d_Scheduled_CLReqControlModeType(r: BitReader): T.Scheduled_CLReqControlModeType {
  const v = {} as T.Scheduled_CLReqControlModeType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EVTargetEnergyRequest = d_RationalNumberType(r); s = 1; break;
            case 1: v.EVMaximumEnergyRequest = d_RationalNumberType(r); s = 2; break;
            case 2: v.EVMinimumEnergyRequest = d_RationalNumberType(r); s = 3; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVMaximumEnergyRequest = d_RationalNumberType(r); s = 2; break;
            case 1: v.EVMinimumEnergyRequest = d_RationalNumberType(r); s = 3; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVMinimumEnergyRequest = d_RationalNumberType(r); s = 3; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "Scheduled_CLReqControlModeType", s);
  }
}
export function e_Scheduled_CLResControlModeType(w: BitWriter, v: T.Scheduled_CLResControlModeType): void {
  let s = 0;
  let n = 0;
  try {
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, []);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "Scheduled_CLResControlModeType", s);
  }
}
export function d_Scheduled_CLResControlModeType(r: BitReader): T.Scheduled_CLResControlModeType {
  const v = {} as T.Scheduled_CLResControlModeType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "Scheduled_CLResControlModeType", s);
  }
}
export function e_Dynamic_CLReqControlModeType(w: BitWriter, v: T.Dynamic_CLReqControlModeType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.DepartureTime;
      if (x !== undefined) {
        n++;
        eS_uint_0_4294967295(w, x, 0, 2); s = 1;
      }
    }
    {
      const x = v.EVTargetEnergyRequest;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(1, 2); s = 2; break;
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("EVTargetEnergyRequest is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVMaximumEnergyRequest;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("EVMaximumEnergyRequest is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVMinimumEnergyRequest;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("EVMinimumEnergyRequest is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DepartureTime","EVTargetEnergyRequest","EVMaximumEnergyRequest","EVMinimumEnergyRequest"]);
    switch (s) {
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "Dynamic_CLReqControlModeType", s);
  }
}
export function d_Dynamic_CLReqControlModeType(r: BitReader): T.Dynamic_CLReqControlModeType {
  const v = {} as T.Dynamic_CLReqControlModeType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.DepartureTime = dS_uint_0_4294967295(r, 0); s = 1; break;
            case 1: v.EVTargetEnergyRequest = d_RationalNumberType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVTargetEnergyRequest = d_RationalNumberType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVMaximumEnergyRequest = d_RationalNumberType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVMinimumEnergyRequest = d_RationalNumberType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "Dynamic_CLReqControlModeType", s);
  }
}
export function e_Dynamic_CLResControlModeType(w: BitWriter, v: T.Dynamic_CLResControlModeType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.DepartureTime;
      if (x !== undefined) {
        n++;
        eS_uint_0_4294967295(w, x, 0, 3); s = 1;
      }
    }
    {
      const x = v.MinimumSOC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_nbit_0_100(w, x, 1, 3); s = 2; break;
          case 1: eS_nbit_0_100(w, x, 0, 3); s = 2; break;
          default: throw w.fail("MinimumSOC is not allowed here");
        }
      }
    }
    {
      const x = v.TargetSOC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_nbit_0_100(w, x, 2, 3); s = 3; break;
          case 1: eS_nbit_0_100(w, x, 1, 3); s = 3; break;
          case 2: eS_nbit_0_100(w, x, 0, 2); s = 3; break;
          default: throw w.fail("TargetSOC is not allowed here");
        }
      }
    }
    {
      const x = v.AckMaxDelay;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_uint_0_65535(w, x, 3, 3); s = 4; break;
          case 1: eS_uint_0_65535(w, x, 2, 3); s = 4; break;
          case 2: eS_uint_0_65535(w, x, 1, 2); s = 4; break;
          case 3: eS_uint_0_65535(w, x, 0, 2); s = 4; break;
          default: throw w.fail("AckMaxDelay is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DepartureTime","MinimumSOC","TargetSOC","AckMaxDelay"]);
    switch (s) {
      case 0: w.bits(4, 3); break;
      case 1: w.bits(3, 3); break;
      case 2: w.bits(2, 2); break;
      case 3: w.bits(1, 2); break;
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "Dynamic_CLResControlModeType", s);
  }
}
export function d_Dynamic_CLResControlModeType(r: BitReader): T.Dynamic_CLResControlModeType {
  const v = {} as T.Dynamic_CLResControlModeType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.DepartureTime = dS_uint_0_4294967295(r, 0); s = 1; break;
            case 1: v.MinimumSOC = dS_nbit_0_100(r, 0); s = 2; break;
            case 2: v.TargetSOC = dS_nbit_0_100(r, 0); s = 3; break;
            case 3: v.AckMaxDelay = dS_uint_0_65535(r, 0); s = 4; break;
            case 4: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.MinimumSOC = dS_nbit_0_100(r, 0); s = 2; break;
            case 1: v.TargetSOC = dS_nbit_0_100(r, 0); s = 3; break;
            case 2: v.AckMaxDelay = dS_uint_0_65535(r, 0); s = 4; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.TargetSOC = dS_nbit_0_100(r, 0); s = 3; break;
            case 1: v.AckMaxDelay = dS_uint_0_65535(r, 0); s = 4; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.AckMaxDelay = dS_uint_0_65535(r, 0); s = 4; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "Dynamic_CLResControlModeType", s);
  }
}
export function e_ListOfRootCertificateIDsType(w: BitWriter, v: T.ListOfRootCertificateIDsType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.RootCertificateID;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("RootCertificateID must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 20 ? 2 : 1; break;
            default: throw w.fail("RootCertificateID is not allowed here");
          }
          e_X509IssuerSerialType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["RootCertificateID"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ListOfRootCertificateIDsType", s);
  }
}
export function d_ListOfRootCertificateIDsType(r: BitReader): T.ListOfRootCertificateIDsType {
  const v = {} as T.ListOfRootCertificateIDsType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.RootCertificateID ??= []); a.push(d_X509IssuerSerialType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.RootCertificateID ??= []); a.push(d_X509IssuerSerialType(r)); s = a.length >= 20 ? 2 : 1; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ListOfRootCertificateIDsType", s);
  }
}
