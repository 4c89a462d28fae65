// GENERATED FILE — do not edit. Encoders and decoders for the `iso20-wpt` EXI grammar,
// derived from ../shared/schemas/iso15118-20/V2G_CI_WPT.xsd by tools/exi-gen. Regenerate with: npm run gen:exi

/* eslint-disable */
import { BitReader, BitWriter, definedKeys, keyCount, unknownKey } from '../bits.js';
import type * as T from './iso20-wpt.types.js';

const EV_WPT_EVPCChargeDiagnosticsType = ["EVPCNoIssue","EVPCTempOverheatDetected","EVPCPowerTransferAnomalyDetected","EVPCAnomalyDetected"] as const;
function EI_WPT_EVPCChargeDiagnosticsType(w: BitWriter, x: string): number {
  switch (x) {
    case "EVPCNoIssue": return 0;
    case "EVPCTempOverheatDetected": return 1;
    case "EVPCPowerTransferAnomalyDetected": return 2;
    case "EVPCAnomalyDetected": return 3;
    default: throw w.fail(`${String(x)} is not a value of WPT_EVPCChargeDiagnosticsType`);
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
const EV_WPT_EVResultType = ["EVResultUnknown","EVResultSuccess","EVResultFailed"] as const;
function EI_WPT_EVResultType(w: BitWriter, x: string): number {
  switch (x) {
    case "EVResultUnknown": return 0;
    case "EVResultSuccess": return 1;
    case "EVResultFailed": return 2;
    default: throw w.fail(`${String(x)} is not a value of WPT_EVResultType`);
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
const EV_WPT_PowerClassType = ["MF-WPT1","MF-WPT2","MF-WPT3","MF-WPT4"] as const;
function EI_WPT_PowerClassType(w: BitWriter, x: string): number {
  switch (x) {
    case "MF-WPT1": return 0;
    case "MF-WPT2": return 1;
    case "MF-WPT3": return 2;
    case "MF-WPT4": return 3;
    default: throw w.fail(`${String(x)} is not a value of WPT_PowerClassType`);
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
const EV_WPT_SPCChargeDiagnosticsType = ["SPCNoIssue","SPCFODDetected","SPCLOPDetected","SPCTempOverheatDetected","SPCPowerTransferAnomalyDetected","SPCAnomalyDetected"] as const;
function EI_WPT_SPCChargeDiagnosticsType(w: BitWriter, x: string): number {
  switch (x) {
    case "SPCNoIssue": return 0;
    case "SPCFODDetected": return 1;
    case "SPCLOPDetected": return 2;
    case "SPCTempOverheatDetected": return 3;
    case "SPCPowerTransferAnomalyDetected": return 4;
    case "SPCAnomalyDetected": return 5;
    default: throw w.fail(`${String(x)} is not a value of WPT_SPCChargeDiagnosticsType`);
  }
}
const EV_WPT_AlignmentCheckMethodType = ["PowerCheck","LPE","Proprietary"] as const;
function EI_WPT_AlignmentCheckMethodType(w: BitWriter, x: string): number {
  switch (x) {
    case "PowerCheck": return 0;
    case "LPE": return 1;
    case "Proprietary": return 2;
    default: throw w.fail(`${String(x)} is not a value of WPT_AlignmentCheckMethodType`);
  }
}
const EV_WPT_FinePositioningMethodType = ["Manual","LF_TxEV","LF_TxPrimaryDevice","LPE","Proprietary"] as const;
function EI_WPT_FinePositioningMethodType(w: BitWriter, x: string): number {
  switch (x) {
    case "Manual": return 0;
    case "LF_TxEV": return 1;
    case "LF_TxPrimaryDevice": return 2;
    case "LPE": return 3;
    case "Proprietary": return 4;
    default: throw w.fail(`${String(x)} is not a value of WPT_FinePositioningMethodType`);
  }
}
const EV_WPT_PairingMethodType = ["External confirmation","LPE","LF_TxEV","LF_TxPrimaryDevice","Optical","Proprietary"] as const;
function EI_WPT_PairingMethodType(w: BitWriter, x: string): number {
  switch (x) {
    case "External confirmation": return 0;
    case "LPE": return 1;
    case "LF_TxEV": return 2;
    case "LF_TxPrimaryDevice": return 3;
    case "Optical": return 4;
    case "Proprietary": return 5;
    default: throw w.fail(`${String(x)} is not a value of WPT_PairingMethodType`);
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

function dS_str_12(r: BitReader, cw: number): string {
  r.code0();
  const x = r.str(12);
  r.code0();
  return x;
}
function eS_str_12(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.str(x, 12);
  w.bits(0, 1);
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

function dS_enum_WPT_EVPCChargeDiagnosticsType(r: BitReader, cw: number): "EVPCNoIssue" | "EVPCTempOverheatDetected" | "EVPCPowerTransferAnomalyDetected" | "EVPCAnomalyDetected" {
  return EV_WPT_EVPCChargeDiagnosticsType[r.enumEl(2, 4, cw)]!;
}
function eS_enum_WPT_EVPCChargeDiagnosticsType(w: BitWriter, x: "EVPCNoIssue" | "EVPCTempOverheatDetected" | "EVPCPowerTransferAnomalyDetected" | "EVPCAnomalyDetected", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_WPT_EVPCChargeDiagnosticsType(w, x), 2, 0, 3);
}

function dS_enum_processingType(r: BitReader, cw: number): "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction" {
  return EV_processingType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_processingType(w: BitWriter, x: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_processingType(w, x), 2, 0, 2);
}

function dS_enum_WPT_EVResultType(r: BitReader, cw: number): "EVResultUnknown" | "EVResultSuccess" | "EVResultFailed" {
  return EV_WPT_EVResultType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_WPT_EVResultType(w: BitWriter, x: "EVResultUnknown" | "EVResultSuccess" | "EVResultFailed", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_WPT_EVResultType(w, x), 2, 0, 2);
}

function dS_enum_evseNotificationType(r: BitReader, cw: number): "Pause" | "ExitStandby" | "Terminate" | "ScheduleRenegotiation" | "ServiceRenegotiation" | "MeteringConfirmation" {
  return EV_evseNotificationType[r.enumEl(3, 6, cw)]!;
}
function eS_enum_evseNotificationType(w: BitWriter, x: "Pause" | "ExitStandby" | "Terminate" | "ScheduleRenegotiation" | "ServiceRenegotiation" | "MeteringConfirmation", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_evseNotificationType(w, x), 3, 0, 5);
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

function dS_str_39(r: BitReader, cw: number): string {
  r.code0();
  const x = r.str(39);
  r.code0();
  return x;
}
function eS_str_39(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.str(x, 39);
  w.bits(0, 1);
}

function dS_bin_256(r: BitReader, cw: number): string {
  r.code0();
  const x = r.hex(256);
  r.code0();
  return x;
}
function eS_bin_256(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.hex(x, 256);
  w.bits(0, 1);
}

function dS_nbit_0_100(r: BitReader, cw: number): number {
  return r.nbitEl(7, 0, 100, cw);
}
function eS_nbit_0_100(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 7, 0, 100);
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

function dS_nbit_0_255(r: BitReader, cw: number): number {
  return r.nbitEl(8, 0, 255, cw);
}
function eS_nbit_0_255(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 8, 0, 255);
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

function dS_enum_WPT_PowerClassType(r: BitReader, cw: number): "MF-WPT1" | "MF-WPT2" | "MF-WPT3" | "MF-WPT4" {
  return EV_WPT_PowerClassType[r.enumEl(2, 4, cw)]!;
}
function eS_enum_WPT_PowerClassType(w: BitWriter, x: "MF-WPT1" | "MF-WPT2" | "MF-WPT3" | "MF-WPT4", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_WPT_PowerClassType(w, x), 2, 0, 3);
}

function dS_enum_responseCodeType(r: BitReader, cw: number): "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter" {
  return EV_responseCodeType[r.enumEl(6, 40, cw)]!;
}
function eS_enum_responseCodeType(w: BitWriter, x: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_responseCodeType(w, x), 6, 0, 39);
}

function dS_enum_WPT_SPCChargeDiagnosticsType(r: BitReader, cw: number): "SPCNoIssue" | "SPCFODDetected" | "SPCLOPDetected" | "SPCTempOverheatDetected" | "SPCPowerTransferAnomalyDetected" | "SPCAnomalyDetected" {
  return EV_WPT_SPCChargeDiagnosticsType[r.enumEl(3, 6, cw)]!;
}
function eS_enum_WPT_SPCChargeDiagnosticsType(w: BitWriter, x: "SPCNoIssue" | "SPCFODDetected" | "SPCLOPDetected" | "SPCTempOverheatDetected" | "SPCPowerTransferAnomalyDetected" | "SPCAnomalyDetected", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_WPT_SPCChargeDiagnosticsType(w, x), 3, 0, 5);
}

function dS_str_255(r: BitReader, cw: number): string {
  r.code0();
  const x = r.str(255);
  r.code0();
  return x;
}
function eS_str_255(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.str(x, 255);
  w.bits(0, 1);
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

function dS_enum_WPT_AlignmentCheckMethodType(r: BitReader, cw: number): "PowerCheck" | "LPE" | "Proprietary" {
  return EV_WPT_AlignmentCheckMethodType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_WPT_AlignmentCheckMethodType(w: BitWriter, x: "PowerCheck" | "LPE" | "Proprietary", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_WPT_AlignmentCheckMethodType(w, x), 2, 0, 2);
}

function dS_enum_WPT_FinePositioningMethodType(r: BitReader, cw: number): "Manual" | "LF_TxEV" | "LF_TxPrimaryDevice" | "LPE" | "Proprietary" {
  return EV_WPT_FinePositioningMethodType[r.enumEl(3, 5, cw)]!;
}
function eS_enum_WPT_FinePositioningMethodType(w: BitWriter, x: "Manual" | "LF_TxEV" | "LF_TxPrimaryDevice" | "LPE" | "Proprietary", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_WPT_FinePositioningMethodType(w, x), 3, 0, 4);
}

function dS_enum_WPT_PairingMethodType(r: BitReader, cw: number): "External confirmation" | "LPE" | "LF_TxEV" | "LF_TxPrimaryDevice" | "Optical" | "Proprietary" {
  return EV_WPT_PairingMethodType[r.enumEl(3, 6, cw)]!;
}
function eS_enum_WPT_PairingMethodType(w: BitWriter, x: "External confirmation" | "LPE" | "LF_TxEV" | "LF_TxPrimaryDevice" | "Optical" | "Proprietary", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_WPT_PairingMethodType(w, x), 3, 0, 5);
}

/** Document grammar: SE over the 38 global elements (sorted), SE(*); 6 bits. */
export function encodeDocument(w: BitWriter, doc: T.Document): void {
  const keys = Object.keys(doc);
  if (keys.length !== 1) throw w.fail('a document has exactly one root element');
  const k = keys[0]!;
  const x = (doc as Record<string, unknown>)[k];
  switch (k) {
    case "CLReqControlMode": w.bits(0, 6); e_CLReqControlModeType(w, x as never); return;
    case "CLResControlMode": w.bits(1, 6); e_CLResControlModeType(w, x as never); return;
    case "CanonicalizationMethod": w.bits(2, 6); e_CanonicalizationMethodType(w, x as never); return;
    case "DSAKeyValue": w.bits(3, 6); e_DSAKeyValueType(w, x as never); return;
    case "DigestMethod": w.bits(4, 6); e_DigestMethodType(w, x as never); return;
    case "DigestValue": eS_bin_inf(w, x as never, 5, 6); return;
    case "KeyInfo": w.bits(6, 6); e_KeyInfoType(w, x as never); return;
    case "KeyName": eS_str_inf(w, x as never, 7, 6); return;
    case "KeyValue": w.bits(8, 6); e_KeyValueType(w, x as never); return;
    case "Manifest": w.bits(9, 6); e_ManifestType(w, x as never); return;
    case "MgmtData": eS_str_inf(w, x as never, 10, 6); return;
    case "Object": w.bits(11, 6); e_ObjectType(w, x as never); return;
    case "PGPData": w.bits(12, 6); e_PGPDataType(w, x as never); return;
    case "RSAKeyValue": w.bits(13, 6); e_RSAKeyValueType(w, x as never); return;
    case "Reference": w.bits(14, 6); e_ReferenceType(w, x as never); return;
    case "RetrievalMethod": w.bits(15, 6); e_RetrievalMethodType(w, x as never); return;
    case "SPKIData": w.bits(16, 6); e_SPKIDataType(w, x as never); return;
    case "Signature": w.bits(17, 6); e_SignatureType(w, x as never); return;
    case "SignatureMethod": w.bits(18, 6); e_SignatureMethodType(w, x as never); return;
    case "SignatureProperties": w.bits(19, 6); e_SignaturePropertiesType(w, x as never); return;
    case "SignatureProperty": w.bits(20, 6); e_SignaturePropertyType(w, x as never); return;
    case "SignatureValue": w.bits(21, 6); e_SignatureValueType(w, x as never); return;
    case "SignedInfo": w.bits(22, 6); e_SignedInfoType(w, x as never); return;
    case "Transform": w.bits(23, 6); e_TransformType(w, x as never); return;
    case "Transforms": w.bits(24, 6); e_TransformsType(w, x as never); return;
    case "WPT_AlignmentCheckReq": w.bits(25, 6); e_WPT_AlignmentCheckReqType(w, x as never); return;
    case "WPT_AlignmentCheckRes": w.bits(26, 6); e_WPT_AlignmentCheckResType(w, x as never); return;
    case "WPT_ChargeLoopReq": w.bits(27, 6); e_WPT_ChargeLoopReqType(w, x as never); return;
    case "WPT_ChargeLoopRes": w.bits(28, 6); e_WPT_ChargeLoopResType(w, x as never); return;
    case "WPT_ChargeParameterDiscoveryReq": w.bits(29, 6); e_WPT_ChargeParameterDiscoveryReqType(w, x as never); return;
    case "WPT_ChargeParameterDiscoveryRes": w.bits(30, 6); e_WPT_ChargeParameterDiscoveryResType(w, x as never); return;
    case "WPT_FinePositioningReq": w.bits(31, 6); e_WPT_FinePositioningReqType(w, x as never); return;
    case "WPT_FinePositioningRes": w.bits(32, 6); e_WPT_FinePositioningResType(w, x as never); return;
    case "WPT_FinePositioningSetupReq": w.bits(33, 6); e_WPT_FinePositioningSetupReqType(w, x as never); return;
    case "WPT_FinePositioningSetupRes": w.bits(34, 6); e_WPT_FinePositioningSetupResType(w, x as never); return;
    case "WPT_PairingReq": w.bits(35, 6); e_WPT_PairingReqType(w, x as never); return;
    case "WPT_PairingRes": w.bits(36, 6); e_WPT_PairingResType(w, x as never); return;
    case "X509Data": w.bits(37, 6); e_X509DataType(w, x as never); return;
    default: throw w.fail(`unknown root element ${k}`);
  }
}
export function decodeDocument(r: BitReader): T.Document {
  const c = r.bits(6);
  switch (c) {
    case 0: return { "CLReqControlMode": d_CLReqControlModeType(r) } as T.Document;
    case 1: return { "CLResControlMode": d_CLResControlModeType(r) } as T.Document;
    case 2: return { "CanonicalizationMethod": d_CanonicalizationMethodType(r) } as T.Document;
    case 3: return { "DSAKeyValue": d_DSAKeyValueType(r) } as T.Document;
    case 4: return { "DigestMethod": d_DigestMethodType(r) } as T.Document;
    case 5: return { "DigestValue": dS_bin_inf(r, 0) } as T.Document;
    case 6: return { "KeyInfo": d_KeyInfoType(r) } as T.Document;
    case 7: return { "KeyName": dS_str_inf(r, 0) } as T.Document;
    case 8: return { "KeyValue": d_KeyValueType(r) } as T.Document;
    case 9: return { "Manifest": d_ManifestType(r) } as T.Document;
    case 10: return { "MgmtData": dS_str_inf(r, 0) } as T.Document;
    case 11: return { "Object": d_ObjectType(r) } as T.Document;
    case 12: return { "PGPData": d_PGPDataType(r) } as T.Document;
    case 13: return { "RSAKeyValue": d_RSAKeyValueType(r) } as T.Document;
    case 14: return { "Reference": d_ReferenceType(r) } as T.Document;
    case 15: return { "RetrievalMethod": d_RetrievalMethodType(r) } as T.Document;
    case 16: return { "SPKIData": d_SPKIDataType(r) } as T.Document;
    case 17: return { "Signature": d_SignatureType(r) } as T.Document;
    case 18: return { "SignatureMethod": d_SignatureMethodType(r) } as T.Document;
    case 19: return { "SignatureProperties": d_SignaturePropertiesType(r) } as T.Document;
    case 20: return { "SignatureProperty": d_SignaturePropertyType(r) } as T.Document;
    case 21: return { "SignatureValue": d_SignatureValueType(r) } as T.Document;
    case 22: return { "SignedInfo": d_SignedInfoType(r) } as T.Document;
    case 23: return { "Transform": d_TransformType(r) } as T.Document;
    case 24: return { "Transforms": d_TransformsType(r) } as T.Document;
    case 25: return { "WPT_AlignmentCheckReq": d_WPT_AlignmentCheckReqType(r) } as T.Document;
    case 26: return { "WPT_AlignmentCheckRes": d_WPT_AlignmentCheckResType(r) } as T.Document;
    case 27: return { "WPT_ChargeLoopReq": d_WPT_ChargeLoopReqType(r) } as T.Document;
    case 28: return { "WPT_ChargeLoopRes": d_WPT_ChargeLoopResType(r) } as T.Document;
    case 29: return { "WPT_ChargeParameterDiscoveryReq": d_WPT_ChargeParameterDiscoveryReqType(r) } as T.Document;
    case 30: return { "WPT_ChargeParameterDiscoveryRes": d_WPT_ChargeParameterDiscoveryResType(r) } as T.Document;
    case 31: return { "WPT_FinePositioningReq": d_WPT_FinePositioningReqType(r) } as T.Document;
    case 32: return { "WPT_FinePositioningRes": d_WPT_FinePositioningResType(r) } as T.Document;
    case 33: return { "WPT_FinePositioningSetupReq": d_WPT_FinePositioningSetupReqType(r) } as T.Document;
    case 34: return { "WPT_FinePositioningSetupRes": d_WPT_FinePositioningSetupResType(r) } as T.Document;
    case 35: return { "WPT_PairingReq": d_WPT_PairingReqType(r) } as T.Document;
    case 36: return { "WPT_PairingRes": d_WPT_PairingResType(r) } as T.Document;
    case 37: return { "X509Data": d_X509DataType(r) } as T.Document;
    default: throw r.badCode(c);
  }
}

/** Fragment grammar: SE over 193 element qnames, SE(*) = 193, ED = 194; 8 bits. */
export const FRAGMENT_ED = 194;
export const FRAGMENT_WIDTH = 8;
export function encodeFragment(w: BitWriter, frag: Record<string, unknown>): void {
  const keys = Object.keys(frag);
  if (keys.length !== 1) throw w.fail('a fragment here has exactly one element');
  const k = keys[0]!;
  const x = frag[k];
  switch (k) {
    case "AckMaxDelay": eS_uint_0_65535(w, x as never, 0, 8); break;
    case "AdditionalServicesCosts": w.bits(1, 8); e_DetailedCostType(w, x as never); break;
    case "AlternativeSECC": w.bits(2, 8); e_AlternativeSECCType(w, x as never); break;
    case "AlternativeSECCList": w.bits(3, 8); e_AlternativeSECCListType(w, x as never); break;
    case "Amount": w.bits(4, 8); e_RationalNumberType(w, x as never); break;
    case "BPT_DischargedEnergyReadingWh": eS_uint_0_18446744073709552000(w, x as never, 5, 8); break;
    case "BPT_InductiveEnergyReadingVARh": eS_uint_0_18446744073709552000(w, x as never, 6, 8); break;
    case "BSSID": eS_str_12(w, x as never, 7, 8); break;
    case "BatteryEnergyCapacity": w.bits(8, 8); e_RationalNumberType(w, x as never); break;
    case "CLReqControlMode": w.bits(9, 8); e_CLReqControlModeType(w, x as never); break;
    case "CLResControlMode": w.bits(10, 8); e_CLResControlModeType(w, x as never); break;
    case "CanonicalizationMethod": w.bits(11, 8); e_CanonicalizationMethodType(w, x as never); break;
    case "CapacitiveEnergyReadingVARh": eS_uint_0_18446744073709552000(w, x as never, 12, 8); break;
    case "ChargedEnergyReadingWh": eS_uint_0_18446744073709552000(w, x as never, 13, 8); break;
    case "ChargingComplete": eS_bool(w, x as never, 14, 8); break;
    case "Coord_X": eS_int_m32768_32767(w, x as never, 15, 8); break;
    case "Coord_Y": eS_int_m32768_32767(w, x as never, 16, 8); break;
    case "Coord_Z": eS_int_m32768_32767(w, x as never, 17, 8); break;
    case "CostPerUnit": w.bits(18, 8); e_RationalNumberType(w, x as never); break;
    case "DSAKeyValue": w.bits(19, 8); e_DSAKeyValueType(w, x as never); break;
    case "DepartureTime": eS_uint_0_4294967295(w, x as never, 20, 8); break;
    case "DigestMethod": w.bits(21, 8); e_DigestMethodType(w, x as never); break;
    case "DigestValue": eS_bin_inf(w, x as never, 22, 8); break;
    case "DisplayParameters": w.bits(23, 8); e_DisplayParametersType(w, x as never); break;
    case "EIRP": w.bits(24, 8); e_RationalNumberType(w, x as never); break;
    case "EVDeviceAlignmentCheckMethodList": w.bits(25, 8); e_WPT_AlignmentCheckMethodListType(w, x as never); break;
    case "EVDeviceFinePositioningMethodList": w.bits(26, 8); e_WPT_FinePositioningMethodListType(w, x as never); break;
    case "EVDevicePairingMethodList": w.bits(27, 8); e_WPT_PairingMethodListType(w, x as never); break;
    case "EVMaximumEnergyRequest": w.bits(28, 8); e_RationalNumberType(w, x as never); break;
    case "EVMinimumEnergyRequest": w.bits(29, 8); e_RationalNumberType(w, x as never); break;
    case "EVPCChargeDiagnostics": eS_enum_WPT_EVPCChargeDiagnosticsType(w, x as never, 30, 8); break;
    case "EVPCCoilCurrentInformation": w.bits(31, 8); e_RationalNumberType(w, x as never); break;
    case "EVPCCoilCurrentRequest": w.bits(32, 8); e_RationalNumberType(w, x as never); break;
    case "EVPCCurrentOutputInformation": w.bits(33, 8); e_RationalNumberType(w, x as never); break;
    case "EVPCDeviceLocalControl": eS_bool(w, x as never, 34, 8); break;
    case "EVPCMaxReceivablePower": w.bits(35, 8); e_RationalNumberType(w, x as never); break;
    case "EVPCNaturalFrequency": w.bits(36, 8); e_RationalNumberType(w, x as never); break;
    case "EVPCOperatingFrequency": w.bits(37, 8); e_RationalNumberType(w, x as never); break;
    case "EVPCPowerControlParameter": w.bits(38, 8); e_WPT_EVPCPowerControlParameterType(w, x as never); break;
    case "EVPCPowerOutput": w.bits(39, 8); e_RationalNumberType(w, x as never); break;
    case "EVPCPowerRequest": w.bits(40, 8); e_RationalNumberType(w, x as never); break;
    case "EVPCVoltageOutputInformation": w.bits(41, 8); e_RationalNumberType(w, x as never); break;
    case "EVProcessing": eS_enum_processingType(w, x as never, 42, 8); break;
    case "EVResultCode": eS_enum_WPT_EVResultType(w, x as never, 43, 8); break;
    case "EVSENotification": eS_enum_evseNotificationType(w, x as never, 44, 8); break;
    case "EVSEProcessing": eS_enum_processingType(w, x as never, 45, 8); break;
    case "EVSEStatus": w.bits(46, 8); e_EVSEStatusType(w, x as never); break;
    case "EVTargetEnergyRequest": w.bits(47, 8); e_RationalNumberType(w, x as never); break;
    case "EnergyCosts": w.bits(48, 8); e_DetailedCostType(w, x as never); break;
    case "Exponent": eS_bin_inf(w, x as never, 49, 8); break;
    case "G": eS_bin_inf(w, x as never, 51, 8); break;
    case "HMACOutputLength": eS_int_minf_inf(w, x as never, 52, 8); break;
    case "Header": w.bits(53, 8); e_MessageHeaderType(w, x as never); break;
    case "IPAddress": eS_str_39(w, x as never, 54, 8); break;
    case "IndexNumber": eS_uint_0_65535(w, x as never, 55, 8); break;
    case "InletHot": eS_bool(w, x as never, 56, 8); break;
    case "J": eS_bin_inf(w, x as never, 57, 8); break;
    case "KeyInfo": w.bits(58, 8); e_KeyInfoType(w, x as never); break;
    case "KeyName": eS_str_inf(w, x as never, 59, 8); break;
    case "KeyValue": w.bits(60, 8); e_KeyValueType(w, x as never); break;
    case "LF_ReceiverSetupData": w.bits(61, 8); e_WPT_LF_ReceiverDataType(w, x as never); break;
    case "LF_RxData": w.bits(62, 8); e_WPT_LF_RxDataListType(w, x as never); break;
    case "LF_SystemSetupData": w.bits(63, 8); e_WPT_LF_SystemSetupDataType(w, x as never); break;
    case "LF_TransmitterSetupData": w.bits(64, 8); e_WPT_LF_TransmitterDataType(w, x as never); break;
    case "LF_TxData": w.bits(65, 8); e_WPT_LF_TxDataListType(w, x as never); break;
    case "Manifest": w.bits(66, 8); e_ManifestType(w, x as never); break;
    case "ManufacturerSpecificDataContainer": eS_bin_256(w, x as never, 67, 8); break;
    case "MaximumSOC": eS_nbit_0_100(w, x as never, 68, 8); break;
    case "MeterID": eS_str_32(w, x as never, 69, 8); break;
    case "MeterInfo": w.bits(70, 8); e_MeterInfoType(w, x as never); break;
    case "MeterInfoRequested": eS_bool(w, x as never, 71, 8); break;
    case "MeterSignature": eS_bin_64(w, x as never, 72, 8); break;
    case "MeterStatus": eS_int_m32768_32767(w, x as never, 73, 8); break;
    case "MeterTimestamp": eS_uint_0_18446744073709552000(w, x as never, 74, 8); break;
    case "MgmtData": eS_str_inf(w, x as never, 75, 8); break;
    case "MinimumSOC": eS_nbit_0_100(w, x as never, 76, 8); break;
    case "Modulus": eS_bin_inf(w, x as never, 77, 8); break;
    case "NaturalOffset": eS_uint_0_65535(w, x as never, 78, 8); break;
    case "NotificationMaxDelay": eS_uint_0_65535(w, x as never, 79, 8); break;
    case "NumPackages": eS_nbit_0_255(w, x as never, 80, 8); break;
    case "NumberOfReceivers": eS_nbit_0_255(w, x as never, 81, 8); break;
    case "NumberOfTransmitters": eS_nbit_0_255(w, x as never, 82, 8); break;
    case "Object": w.bits(83, 8); e_ObjectType(w, x as never); break;
    case "ObservedIDCode": eS_uint_1_4294967295(w, x as never, 84, 8); break;
    case "OccupancyCosts": w.bits(85, 8); e_DetailedCostType(w, x as never); break;
    case "OverstayCosts": w.bits(86, 8); e_DetailedCostType(w, x as never); break;
    case "P": eS_bin_inf(w, x as never, 87, 8); break;
    case "PDInputPowerClass": eS_enum_WPT_PowerClassType(w, x as never, 88, 8); break;
    case "PDMaxCoilCurrent": w.bits(89, 8); e_RationalNumberType(w, x as never); break;
    case "PDMinCoilCurrent": w.bits(90, 8); e_RationalNumberType(w, x as never); break;
    case "PGPData": w.bits(91, 8); e_PGPDataType(w, x as never); break;
    case "PGPKeyID": eS_bin_inf(w, x as never, 92, 8); break;
    case "PGPKeyPacket": eS_bin_inf(w, x as never, 93, 8); break;
    case "PackageIndex": eS_nbit_0_255(w, x as never, 94, 8); break;
    case "PackageSeparationTime": eS_uint_0_65535(w, x as never, 95, 8); break;
    case "PgenCounter": eS_bin_inf(w, x as never, 96, 8); break;
    case "Port": eS_uint_0_65535(w, x as never, 97, 8); break;
    case "PowerTransmitted": w.bits(98, 8); e_RationalNumberType(w, x as never); break;
    case "PresentSOC": eS_nbit_0_100(w, x as never, 99, 8); break;
    case "PrimaryDeviceAlignmentCheckMethodList": w.bits(100, 8); e_WPT_AlignmentCheckMethodListType(w, x as never); break;
    case "PrimaryDeviceFinePositioningMethodList": w.bits(101, 8); e_WPT_FinePositioningMethodListType(w, x as never); break;
    case "PrimaryDevicePairingMethodList": w.bits(102, 8); e_WPT_PairingMethodListType(w, x as never); break;
    case "PulseDuration": eS_uint_0_65535(w, x as never, 103, 8); break;
    case "PulseSeparationTime": eS_uint_0_65535(w, x as never, 104, 8); break;
    case "PulseSequenceOrder": w.bits(105, 8); e_WPT_TxRxPulseOrderType(w, x as never); break;
    case "Q": eS_bin_inf(w, x as never, 106, 8); break;
    case "RSAKeyValue": w.bits(107, 8); e_RSAKeyValueType(w, x as never); break;
    case "RSSI": w.bits(108, 8); e_RationalNumberType(w, x as never); break;
    case "RSSIData": w.bits(109, 8); e_WPT_LF_RxRSSIListType(w, x as never); break;
    case "RSSIDataList": w.bits(110, 8); e_WPT_LF_RxRSSIType(w, x as never); break;
    case "Receipt": w.bits(111, 8); e_ReceiptType(w, x as never); break;
    case "Reference": w.bits(112, 8); e_ReferenceType(w, x as never); break;
    case "RemainingTimeToMaximumSOC": eS_uint_0_4294967295(w, x as never, 113, 8); break;
    case "RemainingTimeToMinimumSOC": eS_uint_0_4294967295(w, x as never, 114, 8); break;
    case "RemainingTimeToTargetSOC": eS_uint_0_4294967295(w, x as never, 115, 8); break;
    case "ResponseCode": eS_enum_responseCodeType(w, x as never, 116, 8); break;
    case "RetrievalMethod": w.bits(117, 8); e_RetrievalMethodType(w, x as never); break;
    case "RootCertificateID": w.bits(118, 8); e_X509IssuerSerialType(w, x as never); break;
    case "RxIdentifier": eS_uint_1_4294967295(w, x as never, 119, 8); break;
    case "RxSpecData": w.bits(120, 8); e_WPT_TxRxSpecDataType(w, x as never); break;
    case "SDManufacturerSpecificDataContainer": eS_bin_256(w, x as never, 121, 8); break;
    case "SDMaxGroundClearanceSupport": eS_uint_0_65535(w, x as never, 122, 8); break;
    case "SDMaxGroundClearence": eS_uint_0_65535(w, x as never, 123, 8); break;
    case "SDMaxOutputPower": w.bits(124, 8); e_RationalNumberType(w, x as never); break;
    case "SDMinGroundClearanceSupport": eS_uint_0_65535(w, x as never, 125, 8); break;
    case "SDMinGroundClearence": eS_uint_0_65535(w, x as never, 126, 8); break;
    case "SDMinOutputPower": w.bits(127, 8); e_RationalNumberType(w, x as never); break;
    case "SDPowerInput": w.bits(128, 8); e_RationalNumberType(w, x as never); break;
    case "SPCChargeDiagnostics": eS_enum_WPT_SPCChargeDiagnosticsType(w, x as never, 129, 8); break;
    case "SPCMaxOutputPowerLimit": w.bits(130, 8); e_RationalNumberType(w, x as never); break;
    case "SPCMinOutputPowerLimit": w.bits(131, 8); e_RationalNumberType(w, x as never); break;
    case "SPCOperatingFrequency": w.bits(132, 8); e_RationalNumberType(w, x as never); break;
    case "SPCPowerControlParameter": w.bits(133, 8); e_WPT_SPCPowerControlParameterType(w, x as never); break;
    case "SPCPrimaryDeviceCoilCurrentInformation": w.bits(134, 8); e_RationalNumberType(w, x as never); break;
    case "SPKIData": w.bits(135, 8); e_SPKIDataType(w, x as never); break;
    case "SPKISexp": eS_bin_inf(w, x as never, 136, 8); break;
    case "SSID": eS_str_255(w, x as never, 137, 8); break;
    case "Seed": eS_bin_inf(w, x as never, 138, 8); break;
    case "SessionID": eS_bin_8(w, x as never, 139, 8); break;
    case "SignalFrequency": w.bits(140, 8); e_RationalNumberType(w, x as never); break;
    case "Signature": w.bits(141, 8); e_SignatureType(w, x as never); break;
    case "SignatureMethod": w.bits(142, 8); e_SignatureMethodType(w, x as never); break;
    case "SignatureProperties": w.bits(143, 8); e_SignaturePropertiesType(w, x as never); break;
    case "SignatureProperty": w.bits(144, 8); e_SignaturePropertyType(w, x as never); break;
    case "SignatureValue": w.bits(145, 8); e_SignatureValueType(w, x as never); break;
    case "SignedInfo": w.bits(146, 8); e_SignedInfoType(w, x as never); break;
    case "SupplyDeviceCurrent": w.bits(147, 8); e_RationalNumberType(w, x as never); break;
    case "TargetCoilCurrent": w.bits(148, 8); e_RationalNumberType(w, x as never); break;
    case "TargetSOC": eS_nbit_0_100(w, x as never, 149, 8); break;
    case "TaxCosts": w.bits(150, 8); e_DetailedTaxType(w, x as never); break;
    case "TaxRuleID": eS_uint_1_4294967295(w, x as never, 151, 8); break;
    case "TimeAnchor": eS_uint_0_18446744073709552000(w, x as never, 152, 8); break;
    case "TimeStamp": eS_uint_0_18446744073709552000(w, x as never, 153, 8); break;
    case "Transform": w.bits(154, 8); e_TransformType(w, x as never); break;
    case "Transforms": w.bits(155, 8); e_TransformsType(w, x as never); break;
    case "TxIdentifier": eS_uint_1_4294967295(w, x as never, 156, 8); break;
    case "TxPackageSpecData": w.bits(157, 8); e_WPT_TxRxPackageSpecDataType(w, x as never); break;
    case "TxRxIdentifier": eS_uint_1_4294967295(w, x as never, 158, 8); break;
    case "TxRxOrientation": w.bits(159, 8); e_WPT_CoordinateXYZType(w, x as never); break;
    case "TxRxPosition": w.bits(160, 8); e_WPT_CoordinateXYZType(w, x as never); break;
    case "TxSpecData": w.bits(161, 8); e_WPT_TxRxSpecDataType(w, x as never); break;
    case "Value": eS_int_m32768_32767(w, x as never, 162, 8); break;
    case "VendorSpecificDataContainer": eS_bin_256(w, x as never, 163, 8); break;
    case "WPT_AlignmentCheckMethod": eS_enum_WPT_AlignmentCheckMethodType(w, x as never, 164, 8); break;
    case "WPT_AlignmentCheckReq": w.bits(165, 8); e_WPT_AlignmentCheckReqType(w, x as never); break;
    case "WPT_AlignmentCheckRes": w.bits(166, 8); e_WPT_AlignmentCheckResType(w, x as never); break;
    case "WPT_ChargeLoopReq": w.bits(167, 8); e_WPT_ChargeLoopReqType(w, x as never); break;
    case "WPT_ChargeLoopRes": w.bits(168, 8); e_WPT_ChargeLoopResType(w, x as never); break;
    case "WPT_ChargeParameterDiscoveryReq": w.bits(169, 8); e_WPT_ChargeParameterDiscoveryReqType(w, x as never); break;
    case "WPT_ChargeParameterDiscoveryRes": w.bits(170, 8); e_WPT_ChargeParameterDiscoveryResType(w, x as never); break;
    case "WPT_FinePositioningMethod": eS_enum_WPT_FinePositioningMethodType(w, x as never, 171, 8); break;
    case "WPT_FinePositioningReq": w.bits(172, 8); e_WPT_FinePositioningReqType(w, x as never); break;
    case "WPT_FinePositioningRes": w.bits(173, 8); e_WPT_FinePositioningResType(w, x as never); break;
    case "WPT_FinePositioningSetupReq": w.bits(174, 8); e_WPT_FinePositioningSetupReqType(w, x as never); break;
    case "WPT_FinePositioningSetupRes": w.bits(175, 8); e_WPT_FinePositioningSetupResType(w, x as never); break;
    case "WPT_LF_DataPackage": w.bits(176, 8); e_WPT_LF_DataPackageType(w, x as never); break;
    case "WPT_LF_DataPackageList": w.bits(177, 8); e_WPT_LF_DataPackageListType(w, x as never); break;
    case "WPT_LF_RxDataList": w.bits(178, 8); e_WPT_LF_RxDataType(w, x as never); break;
    case "WPT_LF_TxDataList": w.bits(179, 8); e_WPT_LF_TxDataType(w, x as never); break;
    case "WPT_PairingMethod": eS_enum_WPT_PairingMethodType(w, x as never, 180, 8); break;
    case "WPT_PairingReq": w.bits(181, 8); e_WPT_PairingReqType(w, x as never); break;
    case "WPT_PairingRes": w.bits(182, 8); e_WPT_PairingResType(w, x as never); break;
    case "X509CRL": eS_bin_inf(w, x as never, 183, 8); break;
    case "X509Certificate": eS_bin_inf(w, x as never, 184, 8); break;
    case "X509Data": w.bits(185, 8); e_X509DataType(w, x as never); break;
    case "X509IssuerName": eS_str_inf(w, x as never, 186, 8); break;
    case "X509IssuerSerial": w.bits(187, 8); e_X509IssuerSerialType(w, x as never); break;
    case "X509SKI": eS_bin_inf(w, x as never, 188, 8); break;
    case "X509SerialNumber": eS_int_minf_inf(w, x as never, 189, 8); break;
    case "X509SubjectName": eS_str_inf(w, x as never, 190, 8); break;
    case "XPath": eS_str_inf(w, x as never, 191, 8); break;
    case "Y": eS_bin_inf(w, x as never, 192, 8); break;
    default: throw w.fail(`unknown fragment element ${k}`);
  }
  w.bits(194, 8);
}
export function decodeFragment(r: BitReader): Record<string, unknown> {
  const c = r.bits(8);
  switch (c) {
    case 0: { const v = { "AckMaxDelay": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 1: { const v = { "AdditionalServicesCosts": d_DetailedCostType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 2: { const v = { "AlternativeSECC": d_AlternativeSECCType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 3: { const v = { "AlternativeSECCList": d_AlternativeSECCListType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 4: { const v = { "Amount": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 5: { const v = { "BPT_DischargedEnergyReadingWh": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 6: { const v = { "BPT_InductiveEnergyReadingVARh": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 7: { const v = { "BSSID": dS_str_12(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 8: { const v = { "BatteryEnergyCapacity": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 9: { const v = { "CLReqControlMode": d_CLReqControlModeType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 10: { const v = { "CLResControlMode": d_CLResControlModeType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 11: { const v = { "CanonicalizationMethod": d_CanonicalizationMethodType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 12: { const v = { "CapacitiveEnergyReadingVARh": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 13: { const v = { "ChargedEnergyReadingWh": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 14: { const v = { "ChargingComplete": dS_bool(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 15: { const v = { "Coord_X": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 16: { const v = { "Coord_Y": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 17: { const v = { "Coord_Z": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 18: { const v = { "CostPerUnit": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 19: { const v = { "DSAKeyValue": d_DSAKeyValueType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 20: { const v = { "DepartureTime": dS_uint_0_4294967295(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 21: { const v = { "DigestMethod": d_DigestMethodType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 22: { const v = { "DigestValue": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 23: { const v = { "DisplayParameters": d_DisplayParametersType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 24: { const v = { "EIRP": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 25: { const v = { "EVDeviceAlignmentCheckMethodList": d_WPT_AlignmentCheckMethodListType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 26: { const v = { "EVDeviceFinePositioningMethodList": d_WPT_FinePositioningMethodListType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 27: { const v = { "EVDevicePairingMethodList": d_WPT_PairingMethodListType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 28: { const v = { "EVMaximumEnergyRequest": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 29: { const v = { "EVMinimumEnergyRequest": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 30: { const v = { "EVPCChargeDiagnostics": dS_enum_WPT_EVPCChargeDiagnosticsType(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 31: { const v = { "EVPCCoilCurrentInformation": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 32: { const v = { "EVPCCoilCurrentRequest": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 33: { const v = { "EVPCCurrentOutputInformation": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 34: { const v = { "EVPCDeviceLocalControl": dS_bool(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 35: { const v = { "EVPCMaxReceivablePower": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 36: { const v = { "EVPCNaturalFrequency": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 37: { const v = { "EVPCOperatingFrequency": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 38: { const v = { "EVPCPowerControlParameter": d_WPT_EVPCPowerControlParameterType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 39: { const v = { "EVPCPowerOutput": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 40: { const v = { "EVPCPowerRequest": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 41: { const v = { "EVPCVoltageOutputInformation": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 42: { const v = { "EVProcessing": dS_enum_processingType(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 43: { const v = { "EVResultCode": dS_enum_WPT_EVResultType(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 44: { const v = { "EVSENotification": dS_enum_evseNotificationType(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 45: { const v = { "EVSEProcessing": dS_enum_processingType(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 46: { const v = { "EVSEStatus": d_EVSEStatusType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 47: { const v = { "EVTargetEnergyRequest": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 48: { const v = { "EnergyCosts": d_DetailedCostType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 49: { const v = { "Exponent": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 50: { const v = { "Exponent": dS_nbit_m128_127(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 51: { const v = { "G": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 52: { const v = { "HMACOutputLength": dS_int_minf_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 53: { const v = { "Header": d_MessageHeaderType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 54: { const v = { "IPAddress": dS_str_39(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 55: { const v = { "IndexNumber": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 56: { const v = { "InletHot": dS_bool(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 57: { const v = { "J": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 58: { const v = { "KeyInfo": d_KeyInfoType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 59: { const v = { "KeyName": dS_str_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 60: { const v = { "KeyValue": d_KeyValueType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 61: { const v = { "LF_ReceiverSetupData": d_WPT_LF_ReceiverDataType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 62: { const v = { "LF_RxData": d_WPT_LF_RxDataListType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 63: { const v = { "LF_SystemSetupData": d_WPT_LF_SystemSetupDataType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 64: { const v = { "LF_TransmitterSetupData": d_WPT_LF_TransmitterDataType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 65: { const v = { "LF_TxData": d_WPT_LF_TxDataListType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 66: { const v = { "Manifest": d_ManifestType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 67: { const v = { "ManufacturerSpecificDataContainer": dS_bin_256(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 68: { const v = { "MaximumSOC": dS_nbit_0_100(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 69: { const v = { "MeterID": dS_str_32(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 70: { const v = { "MeterInfo": d_MeterInfoType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 71: { const v = { "MeterInfoRequested": dS_bool(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 72: { const v = { "MeterSignature": dS_bin_64(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 73: { const v = { "MeterStatus": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 74: { const v = { "MeterTimestamp": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 75: { const v = { "MgmtData": dS_str_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 76: { const v = { "MinimumSOC": dS_nbit_0_100(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 77: { const v = { "Modulus": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 78: { const v = { "NaturalOffset": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 79: { const v = { "NotificationMaxDelay": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 80: { const v = { "NumPackages": dS_nbit_0_255(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 81: { const v = { "NumberOfReceivers": dS_nbit_0_255(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 82: { const v = { "NumberOfTransmitters": dS_nbit_0_255(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 83: { const v = { "Object": d_ObjectType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 84: { const v = { "ObservedIDCode": dS_uint_1_4294967295(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 85: { const v = { "OccupancyCosts": d_DetailedCostType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 86: { const v = { "OverstayCosts": d_DetailedCostType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 87: { const v = { "P": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 88: { const v = { "PDInputPowerClass": dS_enum_WPT_PowerClassType(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 89: { const v = { "PDMaxCoilCurrent": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 90: { const v = { "PDMinCoilCurrent": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 91: { const v = { "PGPData": d_PGPDataType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 92: { const v = { "PGPKeyID": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 93: { const v = { "PGPKeyPacket": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 94: { const v = { "PackageIndex": dS_nbit_0_255(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 95: { const v = { "PackageSeparationTime": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 96: { const v = { "PgenCounter": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 97: { const v = { "Port": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 98: { const v = { "PowerTransmitted": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 99: { const v = { "PresentSOC": dS_nbit_0_100(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 100: { const v = { "PrimaryDeviceAlignmentCheckMethodList": d_WPT_AlignmentCheckMethodListType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 101: { const v = { "PrimaryDeviceFinePositioningMethodList": d_WPT_FinePositioningMethodListType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 102: { const v = { "PrimaryDevicePairingMethodList": d_WPT_PairingMethodListType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 103: { const v = { "PulseDuration": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 104: { const v = { "PulseSeparationTime": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 105: { const v = { "PulseSequenceOrder": d_WPT_TxRxPulseOrderType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 106: { const v = { "Q": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 107: { const v = { "RSAKeyValue": d_RSAKeyValueType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 108: { const v = { "RSSI": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 109: { const v = { "RSSIData": d_WPT_LF_RxRSSIListType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 110: { const v = { "RSSIDataList": d_WPT_LF_RxRSSIType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 111: { const v = { "Receipt": d_ReceiptType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 112: { const v = { "Reference": d_ReferenceType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 113: { const v = { "RemainingTimeToMaximumSOC": dS_uint_0_4294967295(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 114: { const v = { "RemainingTimeToMinimumSOC": dS_uint_0_4294967295(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 115: { const v = { "RemainingTimeToTargetSOC": dS_uint_0_4294967295(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 116: { const v = { "ResponseCode": dS_enum_responseCodeType(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 117: { const v = { "RetrievalMethod": d_RetrievalMethodType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 118: { const v = { "RootCertificateID": d_X509IssuerSerialType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 119: { const v = { "RxIdentifier": dS_uint_1_4294967295(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 120: { const v = { "RxSpecData": d_WPT_TxRxSpecDataType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 121: { const v = { "SDManufacturerSpecificDataContainer": dS_bin_256(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 122: { const v = { "SDMaxGroundClearanceSupport": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 123: { const v = { "SDMaxGroundClearence": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 124: { const v = { "SDMaxOutputPower": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 125: { const v = { "SDMinGroundClearanceSupport": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 126: { const v = { "SDMinGroundClearence": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 127: { const v = { "SDMinOutputPower": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 128: { const v = { "SDPowerInput": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 129: { const v = { "SPCChargeDiagnostics": dS_enum_WPT_SPCChargeDiagnosticsType(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 130: { const v = { "SPCMaxOutputPowerLimit": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 131: { const v = { "SPCMinOutputPowerLimit": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 132: { const v = { "SPCOperatingFrequency": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 133: { const v = { "SPCPowerControlParameter": d_WPT_SPCPowerControlParameterType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 134: { const v = { "SPCPrimaryDeviceCoilCurrentInformation": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 135: { const v = { "SPKIData": d_SPKIDataType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 136: { const v = { "SPKISexp": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 137: { const v = { "SSID": dS_str_255(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 138: { const v = { "Seed": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 139: { const v = { "SessionID": dS_bin_8(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 140: { const v = { "SignalFrequency": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 141: { const v = { "Signature": d_SignatureType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 142: { const v = { "SignatureMethod": d_SignatureMethodType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 143: { const v = { "SignatureProperties": d_SignaturePropertiesType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 144: { const v = { "SignatureProperty": d_SignaturePropertyType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 145: { const v = { "SignatureValue": d_SignatureValueType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 146: { const v = { "SignedInfo": d_SignedInfoType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 147: { const v = { "SupplyDeviceCurrent": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 148: { const v = { "TargetCoilCurrent": d_RationalNumberType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 149: { const v = { "TargetSOC": dS_nbit_0_100(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 150: { const v = { "TaxCosts": d_DetailedTaxType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 151: { const v = { "TaxRuleID": dS_uint_1_4294967295(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 152: { const v = { "TimeAnchor": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 153: { const v = { "TimeStamp": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 154: { const v = { "Transform": d_TransformType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 155: { const v = { "Transforms": d_TransformsType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 156: { const v = { "TxIdentifier": dS_uint_1_4294967295(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 157: { const v = { "TxPackageSpecData": d_WPT_TxRxPackageSpecDataType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 158: { const v = { "TxRxIdentifier": dS_uint_1_4294967295(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 159: { const v = { "TxRxOrientation": d_WPT_CoordinateXYZType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 160: { const v = { "TxRxPosition": d_WPT_CoordinateXYZType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 161: { const v = { "TxSpecData": d_WPT_TxRxSpecDataType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 162: { const v = { "Value": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 163: { const v = { "VendorSpecificDataContainer": dS_bin_256(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 164: { const v = { "WPT_AlignmentCheckMethod": dS_enum_WPT_AlignmentCheckMethodType(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 165: { const v = { "WPT_AlignmentCheckReq": d_WPT_AlignmentCheckReqType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 166: { const v = { "WPT_AlignmentCheckRes": d_WPT_AlignmentCheckResType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 167: { const v = { "WPT_ChargeLoopReq": d_WPT_ChargeLoopReqType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 168: { const v = { "WPT_ChargeLoopRes": d_WPT_ChargeLoopResType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 169: { const v = { "WPT_ChargeParameterDiscoveryReq": d_WPT_ChargeParameterDiscoveryReqType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 170: { const v = { "WPT_ChargeParameterDiscoveryRes": d_WPT_ChargeParameterDiscoveryResType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 171: { const v = { "WPT_FinePositioningMethod": dS_enum_WPT_FinePositioningMethodType(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 172: { const v = { "WPT_FinePositioningReq": d_WPT_FinePositioningReqType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 173: { const v = { "WPT_FinePositioningRes": d_WPT_FinePositioningResType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 174: { const v = { "WPT_FinePositioningSetupReq": d_WPT_FinePositioningSetupReqType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 175: { const v = { "WPT_FinePositioningSetupRes": d_WPT_FinePositioningSetupResType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 176: { const v = { "WPT_LF_DataPackage": d_WPT_LF_DataPackageType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 177: { const v = { "WPT_LF_DataPackageList": d_WPT_LF_DataPackageListType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 178: { const v = { "WPT_LF_RxDataList": d_WPT_LF_RxDataType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 179: { const v = { "WPT_LF_TxDataList": d_WPT_LF_TxDataType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 180: { const v = { "WPT_PairingMethod": dS_enum_WPT_PairingMethodType(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 181: { const v = { "WPT_PairingReq": d_WPT_PairingReqType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 182: { const v = { "WPT_PairingRes": d_WPT_PairingResType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 183: { const v = { "X509CRL": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 184: { const v = { "X509Certificate": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 185: { const v = { "X509Data": d_X509DataType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 186: { const v = { "X509IssuerName": dS_str_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 187: { const v = { "X509IssuerSerial": d_X509IssuerSerialType(r) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 188: { const v = { "X509SKI": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 189: { const v = { "X509SerialNumber": dS_int_minf_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 190: { const v = { "X509SubjectName": dS_str_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 191: { const v = { "XPath": dS_str_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
    case 192: { const v = { "Y": dS_bin_inf(r, 0) }; if (r.bits(8) !== 194) throw r.fail('expected ED after the fragment element'); return v; }
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
export function e_WPT_FinePositioningSetupReqType(w: BitWriter, v: T.WPT_FinePositioningSetupReqType): void {
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
      const x = v.EVProcessing;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_processingType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVProcessing is not allowed here");
        }
      }
    }
    {
      const x = v.EVDeviceFinePositioningMethodList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("EVDeviceFinePositioningMethodList is not allowed here");
        }
        e_WPT_FinePositioningMethodListType(w, x);
      }
    }
    {
      const x = v.EVDevicePairingMethodList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("EVDevicePairingMethodList is not allowed here");
        }
        e_WPT_PairingMethodListType(w, x);
      }
    }
    {
      const x = v.EVDeviceAlignmentCheckMethodList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: w.bits(0, 1); s = 5; break;
          default: throw w.fail("EVDeviceAlignmentCheckMethodList is not allowed here");
        }
        e_WPT_AlignmentCheckMethodListType(w, x);
      }
    }
    {
      const x = v.NaturalOffset;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_uint_0_65535(w, x, 0, 1); s = 6; break;
          default: throw w.fail("NaturalOffset is not allowed here");
        }
      }
    }
    {
      const x = v.VendorSpecificDataContainer;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("VendorSpecificDataContainer must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 6: eS_bin_256(w, x[i]!, 0, 2); s = 7; break;
            case 7: eS_bin_256(w, x[i]!, 0, 2); s = i + 1 >= 16 ? 9 : 7; break;
            default: throw w.fail("VendorSpecificDataContainer is not allowed here");
          }
        }
      }
    }
    {
      const x = v.LF_SystemSetupData;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: w.bits(1, 2); s = 8; break;
          case 7: w.bits(1, 2); s = 8; break;
          case 9: w.bits(0, 2); s = 8; break;
          default: throw w.fail("LF_SystemSetupData is not allowed here");
        }
        e_WPT_LF_SystemSetupDataType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","EVProcessing","EVDeviceFinePositioningMethodList","EVDevicePairingMethodList","EVDeviceAlignmentCheckMethodList","NaturalOffset","VendorSpecificDataContainer","LF_SystemSetupData"]);
    switch (s) {
      case 6: w.bits(2, 2); break;
      case 7: w.bits(2, 2); break;
      case 9: w.bits(1, 2); break;
      case 8: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_FinePositioningSetupReqType", s);
  }
}
export function d_WPT_FinePositioningSetupReqType(r: BitReader): T.WPT_FinePositioningSetupReqType {
  const v = {} as T.WPT_FinePositioningSetupReqType;
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
        case 1: { v.EVProcessing = dS_enum_processingType(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVDeviceFinePositioningMethodList = d_WPT_FinePositioningMethodListType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVDevicePairingMethodList = d_WPT_PairingMethodListType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVDeviceAlignmentCheckMethodList = d_WPT_AlignmentCheckMethodListType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.NaturalOffset = dS_uint_0_65535(r, 0); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 7; break; }
            case 1: v.LF_SystemSetupData = d_WPT_LF_SystemSetupDataType(r); s = 8; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = a.length >= 16 ? 9 : 7; break; }
            case 1: v.LF_SystemSetupData = d_WPT_LF_SystemSetupDataType(r); s = 8; break;
            case 2: return v;
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
        case 9: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.LF_SystemSetupData = d_WPT_LF_SystemSetupDataType(r); s = 8; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "WPT_FinePositioningSetupReqType", s);
  }
}
export function e_WPT_FinePositioningMethodListType(w: BitWriter, v: T.WPT_FinePositioningMethodListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.WPT_FinePositioningMethod;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("WPT_FinePositioningMethod must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: eS_enum_WPT_FinePositioningMethodType(w, x[i]!, 0, 1); s = 1; break;
            case 1: eS_enum_WPT_FinePositioningMethodType(w, x[i]!, 0, 2); s = i + 1 >= 8 ? 2 : 1; break;
            default: throw w.fail("WPT_FinePositioningMethod is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["WPT_FinePositioningMethod"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_FinePositioningMethodListType", s);
  }
}
export function d_WPT_FinePositioningMethodListType(r: BitReader): T.WPT_FinePositioningMethodListType {
  const v = {} as T.WPT_FinePositioningMethodListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { { const a = (v.WPT_FinePositioningMethod ??= []); a.push(dS_enum_WPT_FinePositioningMethodType(r, 1)); s = 1; break; } }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.WPT_FinePositioningMethod ??= []); a.push(dS_enum_WPT_FinePositioningMethodType(r, 0)); s = a.length >= 8 ? 2 : 1; break; }
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
    throw r.wrap(e, "WPT_FinePositioningMethodListType", s);
  }
}
export function e_WPT_PairingMethodListType(w: BitWriter, v: T.WPT_PairingMethodListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.WPT_PairingMethod;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("WPT_PairingMethod must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: eS_enum_WPT_PairingMethodType(w, x[i]!, 0, 1); s = 1; break;
            case 1: eS_enum_WPT_PairingMethodType(w, x[i]!, 0, 2); s = i + 1 >= 8 ? 2 : 1; break;
            default: throw w.fail("WPT_PairingMethod is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["WPT_PairingMethod"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_PairingMethodListType", s);
  }
}
export function d_WPT_PairingMethodListType(r: BitReader): T.WPT_PairingMethodListType {
  const v = {} as T.WPT_PairingMethodListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { { const a = (v.WPT_PairingMethod ??= []); a.push(dS_enum_WPT_PairingMethodType(r, 1)); s = 1; break; } }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.WPT_PairingMethod ??= []); a.push(dS_enum_WPT_PairingMethodType(r, 0)); s = a.length >= 8 ? 2 : 1; break; }
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
    throw r.wrap(e, "WPT_PairingMethodListType", s);
  }
}
export function e_WPT_AlignmentCheckMethodListType(w: BitWriter, v: T.WPT_AlignmentCheckMethodListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.WPT_AlignmentCheckMethod;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("WPT_AlignmentCheckMethod must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: eS_enum_WPT_AlignmentCheckMethodType(w, x[i]!, 0, 1); s = 1; break;
            case 1: eS_enum_WPT_AlignmentCheckMethodType(w, x[i]!, 0, 2); s = i + 1 >= 8 ? 2 : 1; break;
            default: throw w.fail("WPT_AlignmentCheckMethod is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["WPT_AlignmentCheckMethod"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_AlignmentCheckMethodListType", s);
  }
}
export function d_WPT_AlignmentCheckMethodListType(r: BitReader): T.WPT_AlignmentCheckMethodListType {
  const v = {} as T.WPT_AlignmentCheckMethodListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { { const a = (v.WPT_AlignmentCheckMethod ??= []); a.push(dS_enum_WPT_AlignmentCheckMethodType(r, 1)); s = 1; break; } }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.WPT_AlignmentCheckMethod ??= []); a.push(dS_enum_WPT_AlignmentCheckMethodType(r, 0)); s = a.length >= 8 ? 2 : 1; break; }
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
    throw r.wrap(e, "WPT_AlignmentCheckMethodListType", s);
  }
}
export function e_WPT_LF_SystemSetupDataType(w: BitWriter, v: T.WPT_LF_SystemSetupDataType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.LF_TransmitterSetupData;
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 1;
        e_WPT_LF_TransmitterDataType(w, x);
      }
    }
    {
      const x = v.LF_ReceiverSetupData;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(1, 2); s = 2; break;
          default: throw w.fail("LF_ReceiverSetupData is not allowed here");
        }
        e_WPT_LF_ReceiverDataType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["LF_TransmitterSetupData","LF_ReceiverSetupData"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_LF_SystemSetupDataType", s);
  }
}
export function d_WPT_LF_SystemSetupDataType(r: BitReader): T.WPT_LF_SystemSetupDataType {
  const v = {} as T.WPT_LF_SystemSetupDataType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.LF_TransmitterSetupData = d_WPT_LF_TransmitterDataType(r); s = 1; break;
            case 1: v.LF_ReceiverSetupData = d_WPT_LF_ReceiverDataType(r); s = 2; break;
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
    throw r.wrap(e, "WPT_LF_SystemSetupDataType", s);
  }
}
export function e_WPT_LF_TransmitterDataType(w: BitWriter, v: T.WPT_LF_TransmitterDataType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.NumberOfTransmitters;
      if (x !== undefined) {
        n++;
        eS_nbit_0_255(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.SignalFrequency;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("SignalFrequency is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.TxSpecData;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("TxSpecData must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 2: w.bits(0, 1); s = 3; break;
            case 3: w.bits(0, 1); s = i + 1 < 2 ? 3 : i + 1 >= 255 ? 5 : 4; break;
            case 4: w.bits(0, 2); s = i + 1 < 2 ? 3 : i + 1 >= 255 ? 5 : 4; break;
            default: throw w.fail("TxSpecData is not allowed here");
          }
          e_WPT_TxRxSpecDataType(w, x[i]!);
        }
      }
    }
    {
      const x = v.TxPackageSpecData;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: w.bits(1, 2); s = 6; break;
          case 5: w.bits(0, 2); s = 6; break;
          default: throw w.fail("TxPackageSpecData is not allowed here");
        }
        e_WPT_TxRxPackageSpecDataType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["NumberOfTransmitters","SignalFrequency","TxSpecData","TxPackageSpecData"]);
    switch (s) {
      case 4: w.bits(2, 2); break;
      case 5: w.bits(1, 2); break;
      case 6: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_LF_TransmitterDataType", s);
  }
}
export function d_WPT_LF_TransmitterDataType(r: BitReader): T.WPT_LF_TransmitterDataType {
  const v = {} as T.WPT_LF_TransmitterDataType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.NumberOfTransmitters = dS_nbit_0_255(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SignalFrequency = d_RationalNumberType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.TxSpecData ??= []); a.push(d_WPT_TxRxSpecDataType(r)); s = 3; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.TxSpecData ??= []); a.push(d_WPT_TxRxSpecDataType(r)); s = a.length < 2 ? 3 : a.length >= 255 ? 5 : 4; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.TxSpecData ??= []); a.push(d_WPT_TxRxSpecDataType(r)); s = a.length < 2 ? 3 : a.length >= 255 ? 5 : 4; break; }
            case 1: v.TxPackageSpecData = d_WPT_TxRxPackageSpecDataType(r); s = 6; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.TxPackageSpecData = d_WPT_TxRxPackageSpecDataType(r); s = 6; break;
            case 1: return v;
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
    throw r.wrap(e, "WPT_LF_TransmitterDataType", s);
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
export function e_WPT_TxRxSpecDataType(w: BitWriter, v: T.WPT_TxRxSpecDataType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.TxRxIdentifier;
      if (x !== undefined) {
        n++;
        eS_uint_1_4294967295(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.TxRxPosition;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("TxRxPosition is not allowed here");
        }
        e_WPT_CoordinateXYZType(w, x);
      }
    }
    {
      const x = v.TxRxOrientation;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("TxRxOrientation is not allowed here");
        }
        e_WPT_CoordinateXYZType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["TxRxIdentifier","TxRxPosition","TxRxOrientation"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_TxRxSpecDataType", s);
  }
}
export function d_WPT_TxRxSpecDataType(r: BitReader): T.WPT_TxRxSpecDataType {
  const v = {} as T.WPT_TxRxSpecDataType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.TxRxIdentifier = dS_uint_1_4294967295(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.TxRxPosition = d_WPT_CoordinateXYZType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.TxRxOrientation = d_WPT_CoordinateXYZType(r); s = 3; break;
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
    throw r.wrap(e, "WPT_TxRxSpecDataType", s);
  }
}
export function e_WPT_CoordinateXYZType(w: BitWriter, v: T.WPT_CoordinateXYZType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Coord_X;
      if (x !== undefined) {
        n++;
        eS_int_m32768_32767(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.Coord_Y;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_int_m32768_32767(w, x, 0, 1); s = 2; break;
          default: throw w.fail("Coord_Y is not allowed here");
        }
      }
    }
    {
      const x = v.Coord_Z;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_int_m32768_32767(w, x, 0, 1); s = 3; break;
          default: throw w.fail("Coord_Z is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Coord_X","Coord_Y","Coord_Z"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_CoordinateXYZType", s);
  }
}
export function d_WPT_CoordinateXYZType(r: BitReader): T.WPT_CoordinateXYZType {
  const v = {} as T.WPT_CoordinateXYZType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Coord_X = dS_int_m32768_32767(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Coord_Y = dS_int_m32768_32767(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Coord_Z = dS_int_m32768_32767(r, 0); s = 3; break;
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
    throw r.wrap(e, "WPT_CoordinateXYZType", s);
  }
}
export function e_WPT_TxRxPackageSpecDataType(w: BitWriter, v: T.WPT_TxRxPackageSpecDataType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.PulseSequenceOrder;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("PulseSequenceOrder must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 1); s = i + 1 < 2 ? 1 : i + 1 >= 255 ? 3 : 2; break;
            case 2: w.bits(0, 2); s = i + 1 < 2 ? 1 : i + 1 >= 255 ? 3 : 2; break;
            default: throw w.fail("PulseSequenceOrder is not allowed here");
          }
          e_WPT_TxRxPulseOrderType(w, x[i]!);
        }
      }
    }
    {
      const x = v.PulseSeparationTime;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_uint_0_65535(w, x, 1, 2); s = 4; break;
          case 3: eS_uint_0_65535(w, x, 0, 1); s = 4; break;
          default: throw w.fail("PulseSeparationTime is not allowed here");
        }
      }
    }
    {
      const x = v.PulseDuration;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: eS_uint_0_65535(w, x, 0, 1); s = 5; break;
          default: throw w.fail("PulseDuration is not allowed here");
        }
      }
    }
    {
      const x = v.PackageSeparationTime;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_uint_0_65535(w, x, 0, 1); s = 6; break;
          default: throw w.fail("PackageSeparationTime is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["PulseSequenceOrder","PulseSeparationTime","PulseDuration","PackageSeparationTime"]);
    switch (s) {
      case 6: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_TxRxPackageSpecDataType", s);
  }
}
export function d_WPT_TxRxPackageSpecDataType(r: BitReader): T.WPT_TxRxPackageSpecDataType {
  const v = {} as T.WPT_TxRxPackageSpecDataType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.PulseSequenceOrder ??= []); a.push(d_WPT_TxRxPulseOrderType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.PulseSequenceOrder ??= []); a.push(d_WPT_TxRxPulseOrderType(r)); s = a.length < 2 ? 1 : a.length >= 255 ? 3 : 2; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.PulseSequenceOrder ??= []); a.push(d_WPT_TxRxPulseOrderType(r)); s = a.length < 2 ? 1 : a.length >= 255 ? 3 : 2; break; }
            case 1: v.PulseSeparationTime = dS_uint_0_65535(r, 0); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PulseSeparationTime = dS_uint_0_65535(r, 0); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PulseDuration = dS_uint_0_65535(r, 0); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PackageSeparationTime = dS_uint_0_65535(r, 0); s = 6; break;
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
    throw r.wrap(e, "WPT_TxRxPackageSpecDataType", s);
  }
}
export function e_WPT_TxRxPulseOrderType(w: BitWriter, v: T.WPT_TxRxPulseOrderType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.IndexNumber;
      if (x !== undefined) {
        n++;
        eS_uint_0_65535(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.TxRxIdentifier;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_uint_1_4294967295(w, x, 0, 1); s = 2; break;
          default: throw w.fail("TxRxIdentifier is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["IndexNumber","TxRxIdentifier"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_TxRxPulseOrderType", s);
  }
}
export function d_WPT_TxRxPulseOrderType(r: BitReader): T.WPT_TxRxPulseOrderType {
  const v = {} as T.WPT_TxRxPulseOrderType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.IndexNumber = dS_uint_0_65535(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.TxRxIdentifier = dS_uint_1_4294967295(r, 0); s = 2; break;
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
    throw r.wrap(e, "WPT_TxRxPulseOrderType", s);
  }
}
export function e_WPT_LF_ReceiverDataType(w: BitWriter, v: T.WPT_LF_ReceiverDataType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.NumberOfReceivers;
      if (x !== undefined) {
        n++;
        eS_nbit_0_255(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.RxSpecData;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("RxSpecData must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 1: w.bits(0, 1); s = 2; break;
            case 2: w.bits(0, 1); s = i + 1 < 2 ? 2 : i + 1 >= 255 ? 4 : 3; break;
            case 3: w.bits(0, 2); s = i + 1 < 2 ? 2 : i + 1 >= 255 ? 4 : 3; break;
            default: throw w.fail("RxSpecData is not allowed here");
          }
          e_WPT_TxRxSpecDataType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["NumberOfReceivers","RxSpecData"]);
    switch (s) {
      case 3: w.bits(1, 2); break;
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_LF_ReceiverDataType", s);
  }
}
export function d_WPT_LF_ReceiverDataType(r: BitReader): T.WPT_LF_ReceiverDataType {
  const v = {} as T.WPT_LF_ReceiverDataType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.NumberOfReceivers = dS_nbit_0_255(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.RxSpecData ??= []); a.push(d_WPT_TxRxSpecDataType(r)); s = 2; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.RxSpecData ??= []); a.push(d_WPT_TxRxSpecDataType(r)); s = a.length < 2 ? 2 : a.length >= 255 ? 4 : 3; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.RxSpecData ??= []); a.push(d_WPT_TxRxSpecDataType(r)); s = a.length < 2 ? 2 : a.length >= 255 ? 4 : 3; break; }
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
    throw r.wrap(e, "WPT_LF_ReceiverDataType", s);
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
export function e_WPT_FinePositioningSetupResType(w: BitWriter, v: T.WPT_FinePositioningSetupResType): void {
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
      const x = v.PrimaryDeviceFinePositioningMethodList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("PrimaryDeviceFinePositioningMethodList is not allowed here");
        }
        e_WPT_FinePositioningMethodListType(w, x);
      }
    }
    {
      const x = v.PrimaryDevicePairingMethodList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("PrimaryDevicePairingMethodList is not allowed here");
        }
        e_WPT_PairingMethodListType(w, x);
      }
    }
    {
      const x = v.PrimaryDeviceAlignmentCheckMethodList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: w.bits(0, 1); s = 5; break;
          default: throw w.fail("PrimaryDeviceAlignmentCheckMethodList is not allowed here");
        }
        e_WPT_AlignmentCheckMethodListType(w, x);
      }
    }
    {
      const x = v.NaturalOffset;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_uint_0_65535(w, x, 0, 1); s = 6; break;
          default: throw w.fail("NaturalOffset is not allowed here");
        }
      }
    }
    {
      const x = v.VendorSpecificDataContainer;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("VendorSpecificDataContainer must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 6: eS_bin_256(w, x[i]!, 0, 2); s = 7; break;
            case 7: eS_bin_256(w, x[i]!, 0, 2); s = i + 1 >= 16 ? 9 : 7; break;
            default: throw w.fail("VendorSpecificDataContainer is not allowed here");
          }
        }
      }
    }
    {
      const x = v.LF_SystemSetupData;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: w.bits(1, 2); s = 8; break;
          case 7: w.bits(1, 2); s = 8; break;
          case 9: w.bits(0, 2); s = 8; break;
          default: throw w.fail("LF_SystemSetupData is not allowed here");
        }
        e_WPT_LF_SystemSetupDataType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","PrimaryDeviceFinePositioningMethodList","PrimaryDevicePairingMethodList","PrimaryDeviceAlignmentCheckMethodList","NaturalOffset","VendorSpecificDataContainer","LF_SystemSetupData"]);
    switch (s) {
      case 6: w.bits(2, 2); break;
      case 7: w.bits(2, 2); break;
      case 9: w.bits(1, 2); break;
      case 8: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_FinePositioningSetupResType", s);
  }
}
export function d_WPT_FinePositioningSetupResType(r: BitReader): T.WPT_FinePositioningSetupResType {
  const v = {} as T.WPT_FinePositioningSetupResType;
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
            case 0: v.PrimaryDeviceFinePositioningMethodList = d_WPT_FinePositioningMethodListType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PrimaryDevicePairingMethodList = d_WPT_PairingMethodListType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PrimaryDeviceAlignmentCheckMethodList = d_WPT_AlignmentCheckMethodListType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.NaturalOffset = dS_uint_0_65535(r, 0); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 7; break; }
            case 1: v.LF_SystemSetupData = d_WPT_LF_SystemSetupDataType(r); s = 8; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = a.length >= 16 ? 9 : 7; break; }
            case 1: v.LF_SystemSetupData = d_WPT_LF_SystemSetupDataType(r); s = 8; break;
            case 2: return v;
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
        case 9: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.LF_SystemSetupData = d_WPT_LF_SystemSetupDataType(r); s = 8; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "WPT_FinePositioningSetupResType", s);
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
export function e_WPT_FinePositioningReqType(w: BitWriter, v: T.WPT_FinePositioningReqType): void {
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
      const x = v.EVProcessing;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_processingType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVProcessing is not allowed here");
        }
      }
    }
    {
      const x = v.EVResultCode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_WPT_EVResultType(w, x, 0, 1); s = 3; break;
          default: throw w.fail("EVResultCode is not allowed here");
        }
      }
    }
    {
      const x = v.VendorSpecificDataContainer;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("VendorSpecificDataContainer must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 3: eS_bin_256(w, x[i]!, 0, 2); s = 4; break;
            case 4: eS_bin_256(w, x[i]!, 0, 2); s = i + 1 >= 16 ? 6 : 4; break;
            default: throw w.fail("VendorSpecificDataContainer is not allowed here");
          }
        }
      }
    }
    {
      const x = v.WPT_LF_DataPackageList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(1, 2); s = 5; break;
          case 4: w.bits(1, 2); s = 5; break;
          case 6: w.bits(0, 2); s = 5; break;
          default: throw w.fail("WPT_LF_DataPackageList is not allowed here");
        }
        e_WPT_LF_DataPackageListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","EVProcessing","EVResultCode","VendorSpecificDataContainer","WPT_LF_DataPackageList"]);
    switch (s) {
      case 3: w.bits(2, 2); break;
      case 4: w.bits(2, 2); break;
      case 6: w.bits(1, 2); break;
      case 5: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_FinePositioningReqType", s);
  }
}
export function d_WPT_FinePositioningReqType(r: BitReader): T.WPT_FinePositioningReqType {
  const v = {} as T.WPT_FinePositioningReqType;
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
        case 1: { v.EVProcessing = dS_enum_processingType(r, 1); s = 2; break; }
        case 2: { v.EVResultCode = dS_enum_WPT_EVResultType(r, 1); s = 3; break; }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 4; break; }
            case 1: v.WPT_LF_DataPackageList = d_WPT_LF_DataPackageListType(r); s = 5; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = a.length >= 16 ? 6 : 4; break; }
            case 1: v.WPT_LF_DataPackageList = d_WPT_LF_DataPackageListType(r); s = 5; break;
            case 2: return v;
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
        case 6: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.WPT_LF_DataPackageList = d_WPT_LF_DataPackageListType(r); s = 5; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "WPT_FinePositioningReqType", s);
  }
}
export function e_WPT_LF_DataPackageListType(w: BitWriter, v: T.WPT_LF_DataPackageListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.NumPackages;
      if (x !== undefined) {
        n++;
        eS_nbit_0_255(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.WPT_LF_DataPackage;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("WPT_LF_DataPackage is not allowed here");
        }
        e_WPT_LF_DataPackageType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["NumPackages","WPT_LF_DataPackage"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_LF_DataPackageListType", s);
  }
}
export function d_WPT_LF_DataPackageListType(r: BitReader): T.WPT_LF_DataPackageListType {
  const v = {} as T.WPT_LF_DataPackageListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.NumPackages = dS_nbit_0_255(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.WPT_LF_DataPackage = d_WPT_LF_DataPackageType(r); s = 2; break;
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
    throw r.wrap(e, "WPT_LF_DataPackageListType", s);
  }
}
export function e_WPT_LF_DataPackageType(w: BitWriter, v: T.WPT_LF_DataPackageType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.PackageIndex;
      if (x !== undefined) {
        n++;
        eS_nbit_0_255(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.LF_TxData;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 2); s = 2; break;
          default: throw w.fail("LF_TxData is not allowed here");
        }
        e_WPT_LF_TxDataListType(w, x);
      }
    }
    {
      const x = v.LF_RxData;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(1, 2); s = 3; break;
          default: throw w.fail("LF_RxData is not allowed here");
        }
        e_WPT_LF_RxDataListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["PackageIndex","LF_TxData","LF_RxData"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_LF_DataPackageType", s);
  }
}
export function d_WPT_LF_DataPackageType(r: BitReader): T.WPT_LF_DataPackageType {
  const v = {} as T.WPT_LF_DataPackageType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.PackageIndex = dS_nbit_0_255(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.LF_TxData = d_WPT_LF_TxDataListType(r); s = 2; break;
            case 1: v.LF_RxData = d_WPT_LF_RxDataListType(r); s = 3; break;
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
    throw r.wrap(e, "WPT_LF_DataPackageType", s);
  }
}
export function e_WPT_LF_TxDataListType(w: BitWriter, v: T.WPT_LF_TxDataListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.WPT_LF_TxDataList;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_WPT_LF_TxDataType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["WPT_LF_TxDataList"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_LF_TxDataListType", s);
  }
}
export function d_WPT_LF_TxDataListType(r: BitReader): T.WPT_LF_TxDataListType {
  const v = {} as T.WPT_LF_TxDataListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.WPT_LF_TxDataList = d_WPT_LF_TxDataType(r); s = 1; break;
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
    throw r.wrap(e, "WPT_LF_TxDataListType", s);
  }
}
export function e_WPT_LF_TxDataType(w: BitWriter, v: T.WPT_LF_TxDataType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.TxIdentifier;
      if (x !== undefined) {
        n++;
        eS_uint_1_4294967295(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.EIRP;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("EIRP is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["TxIdentifier","EIRP"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_LF_TxDataType", s);
  }
}
export function d_WPT_LF_TxDataType(r: BitReader): T.WPT_LF_TxDataType {
  const v = {} as T.WPT_LF_TxDataType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.TxIdentifier = dS_uint_1_4294967295(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EIRP = d_RationalNumberType(r); s = 2; break;
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
    throw r.wrap(e, "WPT_LF_TxDataType", s);
  }
}
export function e_WPT_LF_RxDataListType(w: BitWriter, v: T.WPT_LF_RxDataListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.WPT_LF_RxDataList;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_WPT_LF_RxDataType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["WPT_LF_RxDataList"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_LF_RxDataListType", s);
  }
}
export function d_WPT_LF_RxDataListType(r: BitReader): T.WPT_LF_RxDataListType {
  const v = {} as T.WPT_LF_RxDataListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.WPT_LF_RxDataList = d_WPT_LF_RxDataType(r); s = 1; break;
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
    throw r.wrap(e, "WPT_LF_RxDataListType", s);
  }
}
export function e_WPT_LF_RxDataType(w: BitWriter, v: T.WPT_LF_RxDataType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.RxIdentifier;
      if (x !== undefined) {
        n++;
        eS_uint_1_4294967295(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.RSSIData;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("RSSIData is not allowed here");
        }
        e_WPT_LF_RxRSSIListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["RxIdentifier","RSSIData"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_LF_RxDataType", s);
  }
}
export function d_WPT_LF_RxDataType(r: BitReader): T.WPT_LF_RxDataType {
  const v = {} as T.WPT_LF_RxDataType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.RxIdentifier = dS_uint_1_4294967295(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.RSSIData = d_WPT_LF_RxRSSIListType(r); s = 2; break;
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
    throw r.wrap(e, "WPT_LF_RxDataType", s);
  }
}
export function e_WPT_LF_RxRSSIListType(w: BitWriter, v: T.WPT_LF_RxRSSIListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.RSSIDataList;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_WPT_LF_RxRSSIType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["RSSIDataList"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_LF_RxRSSIListType", s);
  }
}
export function d_WPT_LF_RxRSSIListType(r: BitReader): T.WPT_LF_RxRSSIListType {
  const v = {} as T.WPT_LF_RxRSSIListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.RSSIDataList = d_WPT_LF_RxRSSIType(r); s = 1; break;
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
    throw r.wrap(e, "WPT_LF_RxRSSIListType", s);
  }
}
export function e_WPT_LF_RxRSSIType(w: BitWriter, v: T.WPT_LF_RxRSSIType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.TxIdentifier;
      if (x !== undefined) {
        n++;
        eS_uint_1_4294967295(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.RSSI;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("RSSI is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["TxIdentifier","RSSI"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_LF_RxRSSIType", s);
  }
}
export function d_WPT_LF_RxRSSIType(r: BitReader): T.WPT_LF_RxRSSIType {
  const v = {} as T.WPT_LF_RxRSSIType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.TxIdentifier = dS_uint_1_4294967295(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.RSSI = d_RationalNumberType(r); s = 2; break;
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
    throw r.wrap(e, "WPT_LF_RxRSSIType", s);
  }
}
export function e_WPT_FinePositioningResType(w: BitWriter, v: T.WPT_FinePositioningResType): void {
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
      const x = v.VendorSpecificDataContainer;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("VendorSpecificDataContainer must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 3: eS_bin_256(w, x[i]!, 0, 2); s = 4; break;
            case 4: eS_bin_256(w, x[i]!, 0, 2); s = i + 1 >= 16 ? 6 : 4; break;
            default: throw w.fail("VendorSpecificDataContainer is not allowed here");
          }
        }
      }
    }
    {
      const x = v.WPT_LF_DataPackageList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(1, 2); s = 5; break;
          case 4: w.bits(1, 2); s = 5; break;
          case 6: w.bits(0, 2); s = 5; break;
          default: throw w.fail("WPT_LF_DataPackageList is not allowed here");
        }
        e_WPT_LF_DataPackageListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","EVSEProcessing","VendorSpecificDataContainer","WPT_LF_DataPackageList"]);
    switch (s) {
      case 3: w.bits(2, 2); break;
      case 4: w.bits(2, 2); break;
      case 6: w.bits(1, 2); break;
      case 5: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_FinePositioningResType", s);
  }
}
export function d_WPT_FinePositioningResType(r: BitReader): T.WPT_FinePositioningResType {
  const v = {} as T.WPT_FinePositioningResType;
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
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 4; break; }
            case 1: v.WPT_LF_DataPackageList = d_WPT_LF_DataPackageListType(r); s = 5; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = a.length >= 16 ? 6 : 4; break; }
            case 1: v.WPT_LF_DataPackageList = d_WPT_LF_DataPackageListType(r); s = 5; break;
            case 2: return v;
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
        case 6: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.WPT_LF_DataPackageList = d_WPT_LF_DataPackageListType(r); s = 5; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "WPT_FinePositioningResType", s);
  }
}
export function e_WPT_PairingReqType(w: BitWriter, v: T.WPT_PairingReqType): void {
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
      const x = v.EVProcessing;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_processingType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVProcessing is not allowed here");
        }
      }
    }
    {
      const x = v.ObservedIDCode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_uint_1_4294967295(w, x, 0, 2); s = 3; break;
          default: throw w.fail("ObservedIDCode is not allowed here");
        }
      }
    }
    {
      const x = v.EVResultCode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_WPT_EVResultType(w, x, 1, 2); s = 4; break;
          case 3: eS_enum_WPT_EVResultType(w, x, 0, 1); s = 4; break;
          default: throw w.fail("EVResultCode is not allowed here");
        }
      }
    }
    {
      const x = v.VendorSpecificDataContainer;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("VendorSpecificDataContainer must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 4: eS_bin_256(w, x[i]!, 0, 2); s = 5; break;
            case 5: eS_bin_256(w, x[i]!, 0, 2); s = i + 1 >= 16 ? 6 : 5; break;
            default: throw w.fail("VendorSpecificDataContainer is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","EVProcessing","ObservedIDCode","EVResultCode","VendorSpecificDataContainer"]);
    switch (s) {
      case 4: w.bits(1, 2); break;
      case 5: w.bits(1, 2); break;
      case 6: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_PairingReqType", s);
  }
}
export function d_WPT_PairingReqType(r: BitReader): T.WPT_PairingReqType {
  const v = {} as T.WPT_PairingReqType;
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
        case 1: { v.EVProcessing = dS_enum_processingType(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.ObservedIDCode = dS_uint_1_4294967295(r, 0); s = 3; break;
            case 1: v.EVResultCode = dS_enum_WPT_EVResultType(r, 0); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: { v.EVResultCode = dS_enum_WPT_EVResultType(r, 1); s = 4; break; }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 5; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = a.length >= 16 ? 6 : 5; break; }
            case 1: return v;
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
    throw r.wrap(e, "WPT_PairingReqType", s);
  }
}
export function e_WPT_PairingResType(w: BitWriter, v: T.WPT_PairingResType): void {
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
      const x = v.ObservedIDCode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_uint_1_4294967295(w, x, 0, 3); s = 4; break;
          default: throw w.fail("ObservedIDCode is not allowed here");
        }
      }
    }
    {
      const x = v.AlternativeSECCList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(1, 3); s = 5; break;
          case 4: w.bits(0, 2); s = 5; break;
          default: throw w.fail("AlternativeSECCList is not allowed here");
        }
        e_AlternativeSECCListType(w, x);
      }
    }
    {
      const x = v.VendorSpecificDataContainer;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("VendorSpecificDataContainer must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 3: eS_bin_256(w, x[i]!, 2, 3); s = 6; break;
            case 4: eS_bin_256(w, x[i]!, 1, 2); s = 6; break;
            case 5: eS_bin_256(w, x[i]!, 0, 2); s = 6; break;
            case 6: eS_bin_256(w, x[i]!, 0, 2); s = i + 1 >= 16 ? 7 : 6; break;
            default: throw w.fail("VendorSpecificDataContainer is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","EVSEProcessing","ObservedIDCode","AlternativeSECCList","VendorSpecificDataContainer"]);
    switch (s) {
      case 3: w.bits(3, 3); break;
      case 4: w.bits(2, 2); break;
      case 5: w.bits(1, 2); break;
      case 6: w.bits(1, 2); break;
      case 7: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_PairingResType", s);
  }
}
export function d_WPT_PairingResType(r: BitReader): T.WPT_PairingResType {
  const v = {} as T.WPT_PairingResType;
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
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.ObservedIDCode = dS_uint_1_4294967295(r, 0); s = 4; break;
            case 1: v.AlternativeSECCList = d_AlternativeSECCListType(r); s = 5; break;
            case 2: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 6; break; }
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.AlternativeSECCList = d_AlternativeSECCListType(r); s = 5; break;
            case 1: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 6; break; }
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 6; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = a.length >= 16 ? 7 : 6; break; }
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
    throw r.wrap(e, "WPT_PairingResType", s);
  }
}
export function e_AlternativeSECCListType(w: BitWriter, v: T.AlternativeSECCListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.AlternativeSECC;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("AlternativeSECC must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 8 ? 2 : 1; break;
            default: throw w.fail("AlternativeSECC is not allowed here");
          }
          e_AlternativeSECCType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["AlternativeSECC"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "AlternativeSECCListType", s);
  }
}
export function d_AlternativeSECCListType(r: BitReader): T.AlternativeSECCListType {
  const v = {} as T.AlternativeSECCListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.AlternativeSECC ??= []); a.push(d_AlternativeSECCType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.AlternativeSECC ??= []); a.push(d_AlternativeSECCType(r)); s = a.length >= 8 ? 2 : 1; break; }
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
    throw r.wrap(e, "AlternativeSECCListType", s);
  }
}
export function e_AlternativeSECCType(w: BitWriter, v: T.AlternativeSECCType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.SSID;
      if (x !== undefined) {
        n++;
        eS_str_255(w, x, 0, 3); s = 1;
      }
    }
    {
      const x = v.BSSID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_str_12(w, x, 1, 3); s = 2; break;
          case 1: eS_str_12(w, x, 0, 3); s = 2; break;
          default: throw w.fail("BSSID is not allowed here");
        }
      }
    }
    {
      const x = v.IPAddress;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_str_39(w, x, 2, 3); s = 3; break;
          case 1: eS_str_39(w, x, 1, 3); s = 3; break;
          case 2: eS_str_39(w, x, 0, 2); s = 3; break;
          default: throw w.fail("IPAddress is not allowed here");
        }
      }
    }
    {
      const x = v.Port;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_uint_0_65535(w, x, 3, 3); s = 4; break;
          case 1: eS_uint_0_65535(w, x, 2, 3); s = 4; break;
          case 2: eS_uint_0_65535(w, x, 1, 2); s = 4; break;
          case 3: eS_uint_0_65535(w, x, 0, 2); s = 4; break;
          default: throw w.fail("Port is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["SSID","BSSID","IPAddress","Port"]);
    switch (s) {
      case 0: w.bits(4, 3); break;
      case 1: w.bits(3, 3); break;
      case 2: w.bits(2, 2); break;
      case 3: w.bits(1, 2); break;
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "AlternativeSECCType", s);
  }
}
export function d_AlternativeSECCType(r: BitReader): T.AlternativeSECCType {
  const v = {} as T.AlternativeSECCType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.SSID = dS_str_255(r, 0); s = 1; break;
            case 1: v.BSSID = dS_str_12(r, 0); s = 2; break;
            case 2: v.IPAddress = dS_str_39(r, 0); s = 3; break;
            case 3: v.Port = dS_uint_0_65535(r, 0); s = 4; break;
            case 4: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.BSSID = dS_str_12(r, 0); s = 2; break;
            case 1: v.IPAddress = dS_str_39(r, 0); s = 3; break;
            case 2: v.Port = dS_uint_0_65535(r, 0); s = 4; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.IPAddress = dS_str_39(r, 0); s = 3; break;
            case 1: v.Port = dS_uint_0_65535(r, 0); s = 4; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Port = dS_uint_0_65535(r, 0); s = 4; break;
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
    throw r.wrap(e, "AlternativeSECCType", s);
  }
}
export function e_WPT_ChargeParameterDiscoveryReqType(w: BitWriter, v: T.WPT_ChargeParameterDiscoveryReqType): void {
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
      const x = v.EVPCMaxReceivablePower;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("EVPCMaxReceivablePower is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.SDMaxGroundClearence;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_uint_0_65535(w, x, 0, 1); s = 3; break;
          default: throw w.fail("SDMaxGroundClearence is not allowed here");
        }
      }
    }
    {
      const x = v.SDMinGroundClearence;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_uint_0_65535(w, x, 0, 1); s = 4; break;
          default: throw w.fail("SDMinGroundClearence is not allowed here");
        }
      }
    }
    {
      const x = v.EVPCNaturalFrequency;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: w.bits(0, 1); s = 5; break;
          default: throw w.fail("EVPCNaturalFrequency is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVPCDeviceLocalControl;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_bool(w, x, 0, 1); s = 6; break;
          default: throw w.fail("EVPCDeviceLocalControl is not allowed here");
        }
      }
    }
    {
      const x = v.VendorSpecificDataContainer;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("VendorSpecificDataContainer must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 6: eS_bin_256(w, x[i]!, 0, 2); s = 7; break;
            case 7: eS_bin_256(w, x[i]!, 0, 2); s = i + 1 >= 16 ? 8 : 7; break;
            default: throw w.fail("VendorSpecificDataContainer is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","EVPCMaxReceivablePower","SDMaxGroundClearence","SDMinGroundClearence","EVPCNaturalFrequency","EVPCDeviceLocalControl","VendorSpecificDataContainer"]);
    switch (s) {
      case 6: w.bits(1, 2); break;
      case 7: w.bits(1, 2); break;
      case 8: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_ChargeParameterDiscoveryReqType", s);
  }
}
export function d_WPT_ChargeParameterDiscoveryReqType(r: BitReader): T.WPT_ChargeParameterDiscoveryReqType {
  const v = {} as T.WPT_ChargeParameterDiscoveryReqType;
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
            case 0: v.EVPCMaxReceivablePower = d_RationalNumberType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SDMaxGroundClearence = dS_uint_0_65535(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SDMinGroundClearence = dS_uint_0_65535(r, 0); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVPCNaturalFrequency = d_RationalNumberType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: { v.EVPCDeviceLocalControl = dS_bool(r, 1); s = 6; break; }
        case 6: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 7; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = a.length >= 16 ? 8 : 7; break; }
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
    throw r.wrap(e, "WPT_ChargeParameterDiscoveryReqType", s);
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
export function e_WPT_ChargeParameterDiscoveryResType(w: BitWriter, v: T.WPT_ChargeParameterDiscoveryResType): void {
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
      const x = v.PDInputPowerClass;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_WPT_PowerClassType(w, x, 0, 1); s = 3; break;
          default: throw w.fail("PDInputPowerClass is not allowed here");
        }
      }
    }
    {
      const x = v.SDMinOutputPower;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("SDMinOutputPower is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.SDMaxOutputPower;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: w.bits(0, 1); s = 5; break;
          default: throw w.fail("SDMaxOutputPower is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.SDMaxGroundClearanceSupport;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_uint_0_65535(w, x, 0, 1); s = 6; break;
          default: throw w.fail("SDMaxGroundClearanceSupport is not allowed here");
        }
      }
    }
    {
      const x = v.SDMinGroundClearanceSupport;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: eS_uint_0_65535(w, x, 0, 1); s = 7; break;
          default: throw w.fail("SDMinGroundClearanceSupport is not allowed here");
        }
      }
    }
    {
      const x = v.PDMinCoilCurrent;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 7: w.bits(0, 1); s = 8; break;
          default: throw w.fail("PDMinCoilCurrent is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.PDMaxCoilCurrent;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 8: w.bits(0, 1); s = 9; break;
          default: throw w.fail("PDMaxCoilCurrent is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.SDManufacturerSpecificDataContainer;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("SDManufacturerSpecificDataContainer must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 9: eS_bin_256(w, x[i]!, 0, 2); s = 10; break;
            case 10: eS_bin_256(w, x[i]!, 0, 2); s = i + 1 >= 16 ? 11 : 10; break;
            default: throw w.fail("SDManufacturerSpecificDataContainer is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","PDInputPowerClass","SDMinOutputPower","SDMaxOutputPower","SDMaxGroundClearanceSupport","SDMinGroundClearanceSupport","PDMinCoilCurrent","PDMaxCoilCurrent","SDManufacturerSpecificDataContainer"]);
    switch (s) {
      case 9: w.bits(1, 2); break;
      case 10: w.bits(1, 2); break;
      case 11: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_ChargeParameterDiscoveryResType", s);
  }
}
export function d_WPT_ChargeParameterDiscoveryResType(r: BitReader): T.WPT_ChargeParameterDiscoveryResType {
  const v = {} as T.WPT_ChargeParameterDiscoveryResType;
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
        case 2: { v.PDInputPowerClass = dS_enum_WPT_PowerClassType(r, 1); s = 3; break; }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SDMinOutputPower = d_RationalNumberType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SDMaxOutputPower = d_RationalNumberType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SDMaxGroundClearanceSupport = dS_uint_0_65535(r, 0); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SDMinGroundClearanceSupport = dS_uint_0_65535(r, 0); s = 7; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PDMinCoilCurrent = d_RationalNumberType(r); s = 8; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 8: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PDMaxCoilCurrent = d_RationalNumberType(r); s = 9; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 9: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.SDManufacturerSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 10; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 10: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.SDManufacturerSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = a.length >= 16 ? 11 : 10; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
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
    throw r.wrap(e, "WPT_ChargeParameterDiscoveryResType", s);
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
export function e_WPT_AlignmentCheckReqType(w: BitWriter, v: T.WPT_AlignmentCheckReqType): void {
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
      const x = v.EVProcessing;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_processingType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVProcessing is not allowed here");
        }
      }
    }
    {
      const x = v.TargetCoilCurrent;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 2); s = 3; break;
          default: throw w.fail("TargetCoilCurrent is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVResultCode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_WPT_EVResultType(w, x, 1, 2); s = 4; break;
          case 3: eS_enum_WPT_EVResultType(w, x, 0, 1); s = 4; break;
          default: throw w.fail("EVResultCode is not allowed here");
        }
      }
    }
    {
      const x = v.VendorSpecificDataContainer;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("VendorSpecificDataContainer must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 4: eS_bin_256(w, x[i]!, 0, 2); s = 5; break;
            case 5: eS_bin_256(w, x[i]!, 0, 2); s = i + 1 >= 16 ? 6 : 5; break;
            default: throw w.fail("VendorSpecificDataContainer is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","EVProcessing","TargetCoilCurrent","EVResultCode","VendorSpecificDataContainer"]);
    switch (s) {
      case 4: w.bits(1, 2); break;
      case 5: w.bits(1, 2); break;
      case 6: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_AlignmentCheckReqType", s);
  }
}
export function d_WPT_AlignmentCheckReqType(r: BitReader): T.WPT_AlignmentCheckReqType {
  const v = {} as T.WPT_AlignmentCheckReqType;
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
        case 1: { v.EVProcessing = dS_enum_processingType(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.TargetCoilCurrent = d_RationalNumberType(r); s = 3; break;
            case 1: v.EVResultCode = dS_enum_WPT_EVResultType(r, 0); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: { v.EVResultCode = dS_enum_WPT_EVResultType(r, 1); s = 4; break; }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 5; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = a.length >= 16 ? 6 : 5; break; }
            case 1: return v;
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
    throw r.wrap(e, "WPT_AlignmentCheckReqType", s);
  }
}
export function e_WPT_AlignmentCheckResType(w: BitWriter, v: T.WPT_AlignmentCheckResType): void {
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
      const x = v.PowerTransmitted;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 3); s = 4; break;
          default: throw w.fail("PowerTransmitted is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.SupplyDeviceCurrent;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(1, 3); s = 5; break;
          case 4: w.bits(0, 2); s = 5; break;
          default: throw w.fail("SupplyDeviceCurrent is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.VendorSpecificDataContainer;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("VendorSpecificDataContainer must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 3: eS_bin_256(w, x[i]!, 2, 3); s = 6; break;
            case 4: eS_bin_256(w, x[i]!, 1, 2); s = 6; break;
            case 5: eS_bin_256(w, x[i]!, 0, 2); s = 6; break;
            case 6: eS_bin_256(w, x[i]!, 0, 2); s = i + 1 >= 16 ? 7 : 6; break;
            default: throw w.fail("VendorSpecificDataContainer is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","EVSEProcessing","PowerTransmitted","SupplyDeviceCurrent","VendorSpecificDataContainer"]);
    switch (s) {
      case 3: w.bits(3, 3); break;
      case 4: w.bits(2, 2); break;
      case 5: w.bits(1, 2); break;
      case 6: w.bits(1, 2); break;
      case 7: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_AlignmentCheckResType", s);
  }
}
export function d_WPT_AlignmentCheckResType(r: BitReader): T.WPT_AlignmentCheckResType {
  const v = {} as T.WPT_AlignmentCheckResType;
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
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.PowerTransmitted = d_RationalNumberType(r); s = 4; break;
            case 1: v.SupplyDeviceCurrent = d_RationalNumberType(r); s = 5; break;
            case 2: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 6; break; }
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.SupplyDeviceCurrent = d_RationalNumberType(r); s = 5; break;
            case 1: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 6; break; }
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 6; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.VendorSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = a.length >= 16 ? 7 : 6; break; }
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
    throw r.wrap(e, "WPT_AlignmentCheckResType", s);
  }
}
export function e_WPT_ChargeLoopReqType(w: BitWriter, v: T.WPT_ChargeLoopReqType): void {
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
    {
      const x = v.EVPCPowerRequest;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("EVPCPowerRequest is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVPCPowerOutput;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: w.bits(0, 1); s = 5; break;
          default: throw w.fail("EVPCPowerOutput is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVPCChargeDiagnostics;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_enum_WPT_EVPCChargeDiagnosticsType(w, x, 0, 1); s = 6; break;
          default: throw w.fail("EVPCChargeDiagnostics is not allowed here");
        }
      }
    }
    {
      const x = v.EVPCOperatingFrequency;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: w.bits(0, 3); s = 7; break;
          default: throw w.fail("EVPCOperatingFrequency is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVPCPowerControlParameter;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: w.bits(1, 3); s = 8; break;
          case 7: w.bits(0, 2); s = 8; break;
          default: throw w.fail("EVPCPowerControlParameter is not allowed here");
        }
        e_WPT_EVPCPowerControlParameterType(w, x);
      }
    }
    {
      const x = v.ManufacturerSpecificDataContainer;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("ManufacturerSpecificDataContainer must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 6: eS_bin_256(w, x[i]!, 2, 3); s = 9; break;
            case 7: eS_bin_256(w, x[i]!, 1, 2); s = 9; break;
            case 8: eS_bin_256(w, x[i]!, 0, 2); s = 9; break;
            case 9: eS_bin_256(w, x[i]!, 0, 2); s = i + 1 >= 16 ? 10 : 9; break;
            default: throw w.fail("ManufacturerSpecificDataContainer is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","DisplayParameters","MeterInfoRequested","EVPCPowerRequest","EVPCPowerOutput","EVPCChargeDiagnostics","EVPCOperatingFrequency","EVPCPowerControlParameter","ManufacturerSpecificDataContainer"]);
    switch (s) {
      case 6: w.bits(3, 3); break;
      case 7: w.bits(2, 2); break;
      case 8: w.bits(1, 2); break;
      case 9: w.bits(1, 2); break;
      case 10: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_ChargeLoopReqType", s);
  }
}
export function d_WPT_ChargeLoopReqType(r: BitReader): T.WPT_ChargeLoopReqType {
  const v = {} as T.WPT_ChargeLoopReqType;
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
            case 0: v.EVPCPowerRequest = d_RationalNumberType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVPCPowerOutput = d_RationalNumberType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: { v.EVPCChargeDiagnostics = dS_enum_WPT_EVPCChargeDiagnosticsType(r, 1); s = 6; break; }
        case 6: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EVPCOperatingFrequency = d_RationalNumberType(r); s = 7; break;
            case 1: v.EVPCPowerControlParameter = d_WPT_EVPCPowerControlParameterType(r); s = 8; break;
            case 2: { const a = (v.ManufacturerSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 9; break; }
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVPCPowerControlParameter = d_WPT_EVPCPowerControlParameterType(r); s = 8; break;
            case 1: { const a = (v.ManufacturerSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 9; break; }
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 8: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.ManufacturerSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 9; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 9: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.ManufacturerSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = a.length >= 16 ? 10 : 9; break; }
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
    throw r.wrap(e, "WPT_ChargeLoopReqType", s);
  }
}
export function e_WPT_EVPCPowerControlParameterType(w: BitWriter, v: T.WPT_EVPCPowerControlParameterType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.EVPCCoilCurrentRequest;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVPCCoilCurrentInformation;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("EVPCCoilCurrentInformation is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVPCCurrentOutputInformation;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("EVPCCurrentOutputInformation is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVPCVoltageOutputInformation;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("EVPCVoltageOutputInformation is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["EVPCCoilCurrentRequest","EVPCCoilCurrentInformation","EVPCCurrentOutputInformation","EVPCVoltageOutputInformation"]);
    switch (s) {
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_EVPCPowerControlParameterType", s);
  }
}
export function d_WPT_EVPCPowerControlParameterType(r: BitReader): T.WPT_EVPCPowerControlParameterType {
  const v = {} as T.WPT_EVPCPowerControlParameterType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVPCCoilCurrentRequest = d_RationalNumberType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVPCCoilCurrentInformation = d_RationalNumberType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVPCCurrentOutputInformation = d_RationalNumberType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVPCVoltageOutputInformation = d_RationalNumberType(r); s = 4; break;
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
    throw r.wrap(e, "WPT_EVPCPowerControlParameterType", s);
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
export function e_WPT_ChargeLoopResType(w: BitWriter, v: T.WPT_ChargeLoopResType): void {
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
    {
      const x = v.EVPCPowerRequest;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(3, 3); s = 6; break;
          case 3: w.bits(2, 2); s = 6; break;
          case 4: w.bits(1, 2); s = 6; break;
          case 5: w.bits(0, 1); s = 6; break;
          default: throw w.fail("EVPCPowerRequest is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.SDPowerInput;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: w.bits(0, 2); s = 7; break;
          default: throw w.fail("SDPowerInput is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.SPCMaxOutputPowerLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: w.bits(1, 2); s = 8; break;
          case 7: w.bits(0, 1); s = 8; break;
          default: throw w.fail("SPCMaxOutputPowerLimit is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.SPCMinOutputPowerLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 8: w.bits(0, 1); s = 9; break;
          default: throw w.fail("SPCMinOutputPowerLimit is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.SPCChargeDiagnostics;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 9: eS_enum_WPT_SPCChargeDiagnosticsType(w, x, 0, 1); s = 10; break;
          default: throw w.fail("SPCChargeDiagnostics is not allowed here");
        }
      }
    }
    {
      const x = v.SPCOperatingFrequency;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 10: w.bits(0, 3); s = 11; break;
          default: throw w.fail("SPCOperatingFrequency is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.SPCPowerControlParameter;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 10: w.bits(1, 3); s = 12; break;
          case 11: w.bits(0, 2); s = 12; break;
          default: throw w.fail("SPCPowerControlParameter is not allowed here");
        }
        e_WPT_SPCPowerControlParameterType(w, x);
      }
    }
    {
      const x = v.ManufacturerSpecificDataContainer;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("ManufacturerSpecificDataContainer must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 10: eS_bin_256(w, x[i]!, 2, 3); s = 13; break;
            case 11: eS_bin_256(w, x[i]!, 1, 2); s = 13; break;
            case 12: eS_bin_256(w, x[i]!, 0, 2); s = 13; break;
            case 13: eS_bin_256(w, x[i]!, 0, 2); s = i + 1 >= 16 ? 14 : 13; break;
            default: throw w.fail("ManufacturerSpecificDataContainer is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","EVSEStatus","MeterInfo","Receipt","EVPCPowerRequest","SDPowerInput","SPCMaxOutputPowerLimit","SPCMinOutputPowerLimit","SPCChargeDiagnostics","SPCOperatingFrequency","SPCPowerControlParameter","ManufacturerSpecificDataContainer"]);
    switch (s) {
      case 10: w.bits(3, 3); break;
      case 11: w.bits(2, 2); break;
      case 12: w.bits(1, 2); break;
      case 13: w.bits(1, 2); break;
      case 14: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_ChargeLoopResType", s);
  }
}
export function d_WPT_ChargeLoopResType(r: BitReader): T.WPT_ChargeLoopResType {
  const v = {} as T.WPT_ChargeLoopResType;
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
            case 3: v.EVPCPowerRequest = d_RationalNumberType(r); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.MeterInfo = d_MeterInfoType(r); s = 4; break;
            case 1: v.Receipt = d_ReceiptType(r); s = 5; break;
            case 2: v.EVPCPowerRequest = d_RationalNumberType(r); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Receipt = d_ReceiptType(r); s = 5; break;
            case 1: v.EVPCPowerRequest = d_RationalNumberType(r); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVPCPowerRequest = d_RationalNumberType(r); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.SDPowerInput = d_RationalNumberType(r); s = 7; break;
            case 1: v.SPCMaxOutputPowerLimit = d_RationalNumberType(r); s = 8; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SPCMaxOutputPowerLimit = d_RationalNumberType(r); s = 8; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 8: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SPCMinOutputPowerLimit = d_RationalNumberType(r); s = 9; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 9: { v.SPCChargeDiagnostics = dS_enum_WPT_SPCChargeDiagnosticsType(r, 1); s = 10; break; }
        case 10: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.SPCOperatingFrequency = d_RationalNumberType(r); s = 11; break;
            case 1: v.SPCPowerControlParameter = d_WPT_SPCPowerControlParameterType(r); s = 12; break;
            case 2: { const a = (v.ManufacturerSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 13; break; }
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 11: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.SPCPowerControlParameter = d_WPT_SPCPowerControlParameterType(r); s = 12; break;
            case 1: { const a = (v.ManufacturerSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 13; break; }
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 12: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.ManufacturerSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = 13; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 13: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.ManufacturerSpecificDataContainer ??= []); a.push(dS_bin_256(r, 0)); s = a.length >= 16 ? 14 : 13; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 14: {
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
    throw r.wrap(e, "WPT_ChargeLoopResType", s);
  }
}
export function e_WPT_SPCPowerControlParameterType(w: BitWriter, v: T.WPT_SPCPowerControlParameterType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.SPCPrimaryDeviceCoilCurrentInformation;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_RationalNumberType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["SPCPrimaryDeviceCoilCurrentInformation"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WPT_SPCPowerControlParameterType", s);
  }
}
export function d_WPT_SPCPowerControlParameterType(r: BitReader): T.WPT_SPCPowerControlParameterType {
  const v = {} as T.WPT_SPCPowerControlParameterType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SPCPrimaryDeviceCoilCurrentInformation = d_RationalNumberType(r); s = 1; break;
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
    throw r.wrap(e, "WPT_SPCPowerControlParameterType", s);
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
