// GENERATED FILE — do not edit. Encoders and decoders for the `iso20` EXI grammar,
// derived from ../shared/schemas/iso15118-20/V2G_CI_CommonMessages.xsd by tools/exi-gen. Regenerate with: npm run gen:exi

/* eslint-disable */
import { BitReader, BitWriter, definedKeys, keyCount, unknownKey } from '../bits.js';
import type * as T from './iso20.types.js';

const EV_authorizationType = ["EIM","PnC"] as const;
function EI_authorizationType(w: BitWriter, x: string): number {
  switch (x) {
    case "EIM": return 0;
    case "PnC": return 1;
    default: throw w.fail(`${String(x)} is not a value of authorizationType`);
  }
}
const EV_channelSelectionType = ["Charge","Discharge"] as const;
function EI_channelSelectionType(w: BitWriter, x: string): number {
  switch (x) {
    case "Charge": return 0;
    case "Discharge": return 1;
    default: throw w.fail(`${String(x)} is not a value of channelSelectionType`);
  }
}
const EV_chargeProgressType = ["Start","Stop","Standby","ScheduleRenegotiation"] as const;
function EI_chargeProgressType(w: BitWriter, x: string): number {
  switch (x) {
    case "Start": return 0;
    case "Stop": return 1;
    case "Standby": return 2;
    case "ScheduleRenegotiation": return 3;
    default: throw w.fail(`${String(x)} is not a value of chargeProgressType`);
  }
}
const EV_chargingSessionType = ["Pause","Terminate","ServiceRenegotiation"] as const;
function EI_chargingSessionType(w: BitWriter, x: string): number {
  switch (x) {
    case "Pause": return 0;
    case "Terminate": return 1;
    case "ServiceRenegotiation": return 2;
    default: throw w.fail(`${String(x)} is not a value of chargingSessionType`);
  }
}
const EV_ecdhCurveType = ["SECP521","X448"] as const;
function EI_ecdhCurveType(w: BitWriter, x: string): number {
  switch (x) {
    case "SECP521": return 0;
    case "X448": return 1;
    default: throw w.fail(`${String(x)} is not a value of ecdhCurveType`);
  }
}
const EV_evCheckInStatusType = ["CheckIn","Processing","Completed"] as const;
function EI_evCheckInStatusType(w: BitWriter, x: string): number {
  switch (x) {
    case "CheckIn": return 0;
    case "Processing": return 1;
    case "Completed": return 2;
    default: throw w.fail(`${String(x)} is not a value of evCheckInStatusType`);
  }
}
const EV_evCheckOutStatusType = ["CheckOut","Processing","Completed"] as const;
function EI_evCheckOutStatusType(w: BitWriter, x: string): number {
  switch (x) {
    case "CheckOut": return 0;
    case "Processing": return 1;
    case "Completed": return 2;
    default: throw w.fail(`${String(x)} is not a value of evCheckOutStatusType`);
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
const EV_evseCheckOutStatusType = ["Scheduled","Completed"] as const;
function EI_evseCheckOutStatusType(w: BitWriter, x: string): number {
  switch (x) {
    case "Scheduled": return 0;
    case "Completed": return 1;
    default: throw w.fail(`${String(x)} is not a value of evseCheckOutStatusType`);
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
const EV_parkingMethodType = ["AutoParking","MVGuideManual","Manual"] as const;
function EI_parkingMethodType(w: BitWriter, x: string): number {
  switch (x) {
    case "AutoParking": return 0;
    case "MVGuideManual": return 1;
    case "Manual": return 2;
    default: throw w.fail(`${String(x)} is not a value of parkingMethodType`);
  }
}
const EV_powerToleranceAcceptanceType = ["PowerToleranceNotConfirmed","PowerToleranceConfirmed"] as const;
function EI_powerToleranceAcceptanceType(w: BitWriter, x: string): number {
  switch (x) {
    case "PowerToleranceNotConfirmed": return 0;
    case "PowerToleranceConfirmed": return 1;
    default: throw w.fail(`${String(x)} is not a value of powerToleranceAcceptanceType`);
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

function dS_bool(r: BitReader, cw: number): boolean {
  return r.boolEl(cw);
}
function eS_bool(w: BitWriter, x: boolean, c: number, cw: number): void {
  w.codeBool(c, cw, x);
}

function dS_enum_authorizationType(r: BitReader, cw: number): "EIM" | "PnC" {
  return EV_authorizationType[r.enumEl(1, 2, cw)]!;
}
function eS_enum_authorizationType(w: BitWriter, x: "EIM" | "PnC", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_authorizationType(w, x), 1, 0, 1);
}

function dS_enum_channelSelectionType(r: BitReader, cw: number): "Charge" | "Discharge" {
  return EV_channelSelectionType[r.enumEl(1, 2, cw)]!;
}
function eS_enum_channelSelectionType(w: BitWriter, x: "Charge" | "Discharge", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_channelSelectionType(w, x), 1, 0, 1);
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

function dS_bin_1600(r: BitReader, cw: number): string {
  r.code0();
  const x = r.hex(1600);
  r.code0();
  return x;
}
function eS_bin_1600(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.hex(x, 1600);
  w.bits(0, 1);
}

function dS_enum_chargeProgressType(r: BitReader, cw: number): "Start" | "Stop" | "Standby" | "ScheduleRenegotiation" {
  return EV_chargeProgressType[r.enumEl(2, 4, cw)]!;
}
function eS_enum_chargeProgressType(w: BitWriter, x: "Start" | "Stop" | "Standby" | "ScheduleRenegotiation", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_chargeProgressType(w, x), 2, 0, 3);
}

function dS_enum_chargingSessionType(r: BitReader, cw: number): "Pause" | "Terminate" | "ServiceRenegotiation" {
  return EV_chargingSessionType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_chargingSessionType(w: BitWriter, x: "Pause" | "Terminate" | "ServiceRenegotiation", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_chargingSessionType(w, x), 2, 0, 2);
}

function dS_str_3(r: BitReader, cw: number): string {
  r.code0();
  const x = r.str(3);
  r.code0();
  return x;
}
function eS_str_3(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.str(x, 3);
  w.bits(0, 1);
}

function dS_bin_133(r: BitReader, cw: number): string {
  r.code0();
  const x = r.hex(133);
  r.code0();
  return x;
}
function eS_bin_133(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.hex(x, 133);
  w.bits(0, 1);
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

function dS_int_m32768_32767(r: BitReader, cw: number): number {
  r.code0();
  const x = r.int(-32768, 32767);
  r.code0();
  return x;
}
function eS_int_m32768_32767(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeInt(c, cw, x, -32768, 32767);
}

function dS_enum_ecdhCurveType(r: BitReader, cw: number): "SECP521" | "X448" {
  return EV_ecdhCurveType[r.enumEl(1, 2, cw)]!;
}
function eS_enum_ecdhCurveType(w: BitWriter, x: "SECP521" | "X448", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_ecdhCurveType(w, x), 1, 0, 1);
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

function dS_enum_evCheckInStatusType(r: BitReader, cw: number): "CheckIn" | "Processing" | "Completed" {
  return EV_evCheckInStatusType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_evCheckInStatusType(w: BitWriter, x: "CheckIn" | "Processing" | "Completed", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_evCheckInStatusType(w, x), 2, 0, 2);
}

function dS_enum_evCheckOutStatusType(r: BitReader, cw: number): "CheckOut" | "Processing" | "Completed" {
  return EV_evCheckOutStatusType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_evCheckOutStatusType(w: BitWriter, x: "CheckOut" | "Processing" | "Completed", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_evCheckOutStatusType(w, x), 2, 0, 2);
}

function dS_enum_processingType(r: BitReader, cw: number): "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction" {
  return EV_processingType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_processingType(w: BitWriter, x: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_processingType(w, x), 2, 0, 2);
}

function dS_enum_evseCheckOutStatusType(r: BitReader, cw: number): "Scheduled" | "Completed" {
  return EV_evseCheckOutStatusType[r.enumEl(1, 2, cw)]!;
}
function eS_enum_evseCheckOutStatusType(w: BitWriter, x: "Scheduled" | "Completed", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_evseCheckOutStatusType(w, x), 1, 0, 1);
}

function dS_enum_evseNotificationType(r: BitReader, cw: number): "Pause" | "ExitStandby" | "Terminate" | "ScheduleRenegotiation" | "ServiceRenegotiation" | "MeteringConfirmation" {
  return EV_evseNotificationType[r.enumEl(3, 6, cw)]!;
}
function eS_enum_evseNotificationType(w: BitWriter, x: "Pause" | "ExitStandby" | "Terminate" | "ScheduleRenegotiation" | "ServiceRenegotiation" | "MeteringConfirmation", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_evseNotificationType(w, x), 3, 0, 5);
}

function dS_str_80(r: BitReader, cw: number): string {
  r.code0();
  const x = r.str(80);
  r.code0();
  return x;
}
function eS_str_80(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.str(x, 80);
  w.bits(0, 1);
}

function dS_str_160(r: BitReader, cw: number): string {
  r.code0();
  const x = r.str(160);
  r.code0();
  return x;
}
function eS_str_160(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.str(x, 160);
  w.bits(0, 1);
}

function dS_nbit_m128_127(r: BitReader, cw: number): number {
  return r.nbitEl(8, -128, 127, cw);
}
function eS_nbit_m128_127(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 8, -128, 127);
}

function dS_bin_16(r: BitReader, cw: number): string {
  r.code0();
  const x = r.hex(16);
  r.code0();
  return x;
}
function eS_bin_16(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.hex(x, 16);
  w.bits(0, 1);
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

function dS_nbit_0_255(r: BitReader, cw: number): number {
  return r.nbitEl(8, 0, 255, cw);
}
function eS_nbit_0_255(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 8, 0, 255);
}

function dS_nbit_0_100(r: BitReader, cw: number): number {
  return r.nbitEl(7, 0, 100, cw);
}
function eS_nbit_0_100(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 7, 0, 100);
}

function dS_nbit_12_1024(r: BitReader, cw: number): number {
  return r.nbitEl(10, 12, 1024, cw);
}
function eS_nbit_12_1024(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 10, 12, 1024);
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

function dS_enum_parkingMethodType(r: BitReader, cw: number): "AutoParking" | "MVGuideManual" | "Manual" {
  return EV_parkingMethodType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_parkingMethodType(w: BitWriter, x: "AutoParking" | "MVGuideManual" | "Manual", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_parkingMethodType(w, x), 2, 0, 2);
}

function dS_enum_powerToleranceAcceptanceType(r: BitReader, cw: number): "PowerToleranceNotConfirmed" | "PowerToleranceConfirmed" {
  return EV_powerToleranceAcceptanceType[r.enumEl(1, 2, cw)]!;
}
function eS_enum_powerToleranceAcceptanceType(w: BitWriter, x: "PowerToleranceNotConfirmed" | "PowerToleranceConfirmed", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_powerToleranceAcceptanceType(w, x), 1, 0, 1);
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

function dS_enum_responseCodeType(r: BitReader, cw: number): "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter" {
  return EV_responseCodeType[r.enumEl(6, 40, cw)]!;
}
function eS_enum_responseCodeType(w: BitWriter, x: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_responseCodeType(w, x), 6, 0, 39);
}

function dS_bin_94(r: BitReader, cw: number): string {
  r.code0();
  const x = r.hex(94);
  r.code0();
  return x;
}
function eS_bin_94(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.hex(x, 94);
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

function dS_bin_206(r: BitReader, cw: number): string {
  r.code0();
  const x = r.hex(206);
  r.code0();
  return x;
}
function eS_bin_206(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.hex(x, 206);
  w.bits(0, 1);
}

function dS_bin_84(r: BitReader, cw: number): string {
  r.code0();
  const x = r.hex(84);
  r.code0();
  return x;
}
function eS_bin_84(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.hex(x, 84);
  w.bits(0, 1);
}

function dS_int_m2147483648_2147483647(r: BitReader, cw: number): number {
  r.code0();
  const x = r.int(-2147483648, 2147483647);
  r.code0();
  return x;
}
function eS_int_m2147483648_2147483647(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeInt(c, cw, x, -2147483648, 2147483647);
}

/** Document grammar: SE over the 54 global elements (sorted), SE(*); 6 bits. */
export function encodeDocument(w: BitWriter, doc: T.Document): void {
  const keys = Object.keys(doc);
  if (keys.length !== 1) throw w.fail('a document has exactly one root element');
  const k = keys[0]!;
  const x = (doc as Record<string, unknown>)[k];
  switch (k) {
    case "AuthorizationReq": w.bits(0, 6); e_AuthorizationReqType(w, x as never); return;
    case "AuthorizationRes": w.bits(1, 6); e_AuthorizationResType(w, x as never); return;
    case "AuthorizationSetupReq": w.bits(2, 6); e_AuthorizationSetupReqType(w, x as never); return;
    case "AuthorizationSetupRes": w.bits(3, 6); e_AuthorizationSetupResType(w, x as never); return;
    case "CLReqControlMode": w.bits(4, 6); e_CLReqControlModeType(w, x as never); return;
    case "CLResControlMode": w.bits(5, 6); e_CLResControlModeType(w, x as never); return;
    case "CanonicalizationMethod": w.bits(6, 6); e_CanonicalizationMethodType(w, x as never); return;
    case "CertificateInstallationReq": w.bits(7, 6); e_CertificateInstallationReqType(w, x as never); return;
    case "CertificateInstallationRes": w.bits(8, 6); e_CertificateInstallationResType(w, x as never); return;
    case "DSAKeyValue": w.bits(9, 6); e_DSAKeyValueType(w, x as never); return;
    case "DigestMethod": w.bits(10, 6); e_DigestMethodType(w, x as never); return;
    case "DigestValue": eS_bin_inf(w, x as never, 11, 6); return;
    case "KeyInfo": w.bits(12, 6); e_KeyInfoType(w, x as never); return;
    case "KeyName": eS_str_inf(w, x as never, 13, 6); return;
    case "KeyValue": w.bits(14, 6); e_KeyValueType(w, x as never); return;
    case "Manifest": w.bits(15, 6); e_ManifestType(w, x as never); return;
    case "MeteringConfirmationReq": w.bits(16, 6); e_MeteringConfirmationReqType(w, x as never); return;
    case "MeteringConfirmationRes": w.bits(17, 6); e_MeteringConfirmationResType(w, x as never); return;
    case "MgmtData": eS_str_inf(w, x as never, 18, 6); return;
    case "Object": w.bits(19, 6); e_ObjectType(w, x as never); return;
    case "PGPData": w.bits(20, 6); e_PGPDataType(w, x as never); return;
    case "PowerDeliveryReq": w.bits(21, 6); e_PowerDeliveryReqType(w, x as never); return;
    case "PowerDeliveryRes": w.bits(22, 6); e_PowerDeliveryResType(w, x as never); return;
    case "RSAKeyValue": w.bits(23, 6); e_RSAKeyValueType(w, x as never); return;
    case "Reference": w.bits(24, 6); e_ReferenceType(w, x as never); return;
    case "RetrievalMethod": w.bits(25, 6); e_RetrievalMethodType(w, x as never); return;
    case "SPKIData": w.bits(26, 6); e_SPKIDataType(w, x as never); return;
    case "ScheduleExchangeReq": w.bits(27, 6); e_ScheduleExchangeReqType(w, x as never); return;
    case "ScheduleExchangeRes": w.bits(28, 6); e_ScheduleExchangeResType(w, x as never); return;
    case "ServiceDetailReq": w.bits(29, 6); e_ServiceDetailReqType(w, x as never); return;
    case "ServiceDetailRes": w.bits(30, 6); e_ServiceDetailResType(w, x as never); return;
    case "ServiceDiscoveryReq": w.bits(31, 6); e_ServiceDiscoveryReqType(w, x as never); return;
    case "ServiceDiscoveryRes": w.bits(32, 6); e_ServiceDiscoveryResType(w, x as never); return;
    case "ServiceSelectionReq": w.bits(33, 6); e_ServiceSelectionReqType(w, x as never); return;
    case "ServiceSelectionRes": w.bits(34, 6); e_ServiceSelectionResType(w, x as never); return;
    case "SessionSetupReq": w.bits(35, 6); e_SessionSetupReqType(w, x as never); return;
    case "SessionSetupRes": w.bits(36, 6); e_SessionSetupResType(w, x as never); return;
    case "SessionStopReq": w.bits(37, 6); e_SessionStopReqType(w, x as never); return;
    case "SessionStopRes": w.bits(38, 6); e_SessionStopResType(w, x as never); return;
    case "Signature": w.bits(39, 6); e_SignatureType(w, x as never); return;
    case "SignatureMethod": w.bits(40, 6); e_SignatureMethodType(w, x as never); return;
    case "SignatureProperties": w.bits(41, 6); e_SignaturePropertiesType(w, x as never); return;
    case "SignatureProperty": w.bits(42, 6); e_SignaturePropertyType(w, x as never); return;
    case "SignatureValue": w.bits(43, 6); e_SignatureValueType(w, x as never); return;
    case "SignedInfo": w.bits(44, 6); e_SignedInfoType(w, x as never); return;
    case "SignedInstallationData": w.bits(45, 6); e_SignedInstallationDataType(w, x as never); return;
    case "SignedMeteringData": w.bits(46, 6); e_SignedMeteringDataType(w, x as never); return;
    case "Transform": w.bits(47, 6); e_TransformType(w, x as never); return;
    case "Transforms": w.bits(48, 6); e_TransformsType(w, x as never); return;
    case "VehicleCheckInReq": w.bits(49, 6); e_VehicleCheckInReqType(w, x as never); return;
    case "VehicleCheckInRes": w.bits(50, 6); e_VehicleCheckInResType(w, x as never); return;
    case "VehicleCheckOutReq": w.bits(51, 6); e_VehicleCheckOutReqType(w, x as never); return;
    case "VehicleCheckOutRes": w.bits(52, 6); e_VehicleCheckOutResType(w, x as never); return;
    case "X509Data": w.bits(53, 6); e_X509DataType(w, x as never); return;
    default: throw w.fail(`unknown root element ${k}`);
  }
}
export function decodeDocument(r: BitReader): T.Document {
  const c = r.bits(6);
  switch (c) {
    case 0: return { "AuthorizationReq": d_AuthorizationReqType(r) } as T.Document;
    case 1: return { "AuthorizationRes": d_AuthorizationResType(r) } as T.Document;
    case 2: return { "AuthorizationSetupReq": d_AuthorizationSetupReqType(r) } as T.Document;
    case 3: return { "AuthorizationSetupRes": d_AuthorizationSetupResType(r) } as T.Document;
    case 4: return { "CLReqControlMode": d_CLReqControlModeType(r) } as T.Document;
    case 5: return { "CLResControlMode": d_CLResControlModeType(r) } as T.Document;
    case 6: return { "CanonicalizationMethod": d_CanonicalizationMethodType(r) } as T.Document;
    case 7: return { "CertificateInstallationReq": d_CertificateInstallationReqType(r) } as T.Document;
    case 8: return { "CertificateInstallationRes": d_CertificateInstallationResType(r) } as T.Document;
    case 9: return { "DSAKeyValue": d_DSAKeyValueType(r) } as T.Document;
    case 10: return { "DigestMethod": d_DigestMethodType(r) } as T.Document;
    case 11: return { "DigestValue": dS_bin_inf(r, 0) } as T.Document;
    case 12: return { "KeyInfo": d_KeyInfoType(r) } as T.Document;
    case 13: return { "KeyName": dS_str_inf(r, 0) } as T.Document;
    case 14: return { "KeyValue": d_KeyValueType(r) } as T.Document;
    case 15: return { "Manifest": d_ManifestType(r) } as T.Document;
    case 16: return { "MeteringConfirmationReq": d_MeteringConfirmationReqType(r) } as T.Document;
    case 17: return { "MeteringConfirmationRes": d_MeteringConfirmationResType(r) } as T.Document;
    case 18: return { "MgmtData": dS_str_inf(r, 0) } as T.Document;
    case 19: return { "Object": d_ObjectType(r) } as T.Document;
    case 20: return { "PGPData": d_PGPDataType(r) } as T.Document;
    case 21: return { "PowerDeliveryReq": d_PowerDeliveryReqType(r) } as T.Document;
    case 22: return { "PowerDeliveryRes": d_PowerDeliveryResType(r) } as T.Document;
    case 23: return { "RSAKeyValue": d_RSAKeyValueType(r) } as T.Document;
    case 24: return { "Reference": d_ReferenceType(r) } as T.Document;
    case 25: return { "RetrievalMethod": d_RetrievalMethodType(r) } as T.Document;
    case 26: return { "SPKIData": d_SPKIDataType(r) } as T.Document;
    case 27: return { "ScheduleExchangeReq": d_ScheduleExchangeReqType(r) } as T.Document;
    case 28: return { "ScheduleExchangeRes": d_ScheduleExchangeResType(r) } as T.Document;
    case 29: return { "ServiceDetailReq": d_ServiceDetailReqType(r) } as T.Document;
    case 30: return { "ServiceDetailRes": d_ServiceDetailResType(r) } as T.Document;
    case 31: return { "ServiceDiscoveryReq": d_ServiceDiscoveryReqType(r) } as T.Document;
    case 32: return { "ServiceDiscoveryRes": d_ServiceDiscoveryResType(r) } as T.Document;
    case 33: return { "ServiceSelectionReq": d_ServiceSelectionReqType(r) } as T.Document;
    case 34: return { "ServiceSelectionRes": d_ServiceSelectionResType(r) } as T.Document;
    case 35: return { "SessionSetupReq": d_SessionSetupReqType(r) } as T.Document;
    case 36: return { "SessionSetupRes": d_SessionSetupResType(r) } as T.Document;
    case 37: return { "SessionStopReq": d_SessionStopReqType(r) } as T.Document;
    case 38: return { "SessionStopRes": d_SessionStopResType(r) } as T.Document;
    case 39: return { "Signature": d_SignatureType(r) } as T.Document;
    case 40: return { "SignatureMethod": d_SignatureMethodType(r) } as T.Document;
    case 41: return { "SignatureProperties": d_SignaturePropertiesType(r) } as T.Document;
    case 42: return { "SignatureProperty": d_SignaturePropertyType(r) } as T.Document;
    case 43: return { "SignatureValue": d_SignatureValueType(r) } as T.Document;
    case 44: return { "SignedInfo": d_SignedInfoType(r) } as T.Document;
    case 45: return { "SignedInstallationData": d_SignedInstallationDataType(r) } as T.Document;
    case 46: return { "SignedMeteringData": d_SignedMeteringDataType(r) } as T.Document;
    case 47: return { "Transform": d_TransformType(r) } as T.Document;
    case 48: return { "Transforms": d_TransformsType(r) } as T.Document;
    case 49: return { "VehicleCheckInReq": d_VehicleCheckInReqType(r) } as T.Document;
    case 50: return { "VehicleCheckInRes": d_VehicleCheckInResType(r) } as T.Document;
    case 51: return { "VehicleCheckOutReq": d_VehicleCheckOutReqType(r) } as T.Document;
    case 52: return { "VehicleCheckOutRes": d_VehicleCheckOutResType(r) } as T.Document;
    case 53: return { "X509Data": d_X509DataType(r) } as T.Document;
    default: throw r.badCode(c);
  }
}

/** Fragment grammar: SE over 281 element qnames, SE(*) = 281, ED = 282; 9 bits. */
export const FRAGMENT_ED = 282;
export const FRAGMENT_WIDTH = 9;
export function encodeFragment(w: BitWriter, frag: Record<string, unknown>): void {
  const keys = Object.keys(frag);
  if (keys.length !== 1) throw w.fail('a fragment here has exactly one element');
  const k = keys[0]!;
  const x = frag[k];
  switch (k) {
    case "AbsolutePriceSchedule": w.bits(0, 9); e_AbsolutePriceScheduleType(w, x as never); break;
    case "AckMaxDelay": eS_uint_0_65535(w, x as never, 1, 9); break;
    case "AdditionalSelectedServices": w.bits(2, 9); e_AdditionalServiceListType(w, x as never); break;
    case "AdditionalService": w.bits(3, 9); e_AdditionalServiceType(w, x as never); break;
    case "AdditionalServicesCosts": w.bits(4, 9); e_DetailedCostType(w, x as never); break;
    case "Amount": w.bits(5, 9); e_RationalNumberType(w, x as never); break;
    case "AppliesMinimumMaximumCost": eS_bool(w, x as never, 6, 9); break;
    case "AppliesToEnergyFee": eS_bool(w, x as never, 7, 9); break;
    case "AppliesToOverstayFee": eS_bool(w, x as never, 8, 9); break;
    case "AppliesToParkingFee": eS_bool(w, x as never, 9, 9); break;
    case "AuthorizationReq": w.bits(10, 9); e_AuthorizationReqType(w, x as never); break;
    case "AuthorizationRes": w.bits(11, 9); e_AuthorizationResType(w, x as never); break;
    case "AuthorizationServices": eS_enum_authorizationType(w, x as never, 12, 9); break;
    case "AuthorizationSetupReq": w.bits(13, 9); e_AuthorizationSetupReqType(w, x as never); break;
    case "AuthorizationSetupRes": w.bits(14, 9); e_AuthorizationSetupResType(w, x as never); break;
    case "AvailableEnergy": w.bits(15, 9); e_RationalNumberType(w, x as never); break;
    case "BPT_ChannelSelection": eS_enum_channelSelectionType(w, x as never, 16, 9); break;
    case "BPT_DischargedEnergyReadingWh": eS_uint_0_18446744073709552000(w, x as never, 17, 9); break;
    case "BPT_InductiveEnergyReadingVARh": eS_uint_0_18446744073709552000(w, x as never, 18, 9); break;
    case "BatteryEnergyCapacity": w.bits(19, 9); e_RationalNumberType(w, x as never); break;
    case "CLReqControlMode": w.bits(20, 9); e_CLReqControlModeType(w, x as never); break;
    case "CLResControlMode": w.bits(21, 9); e_CLResControlModeType(w, x as never); break;
    case "CPSCertificateChain": w.bits(22, 9); e_CertificateChainType(w, x as never); break;
    case "CanonicalizationMethod": w.bits(23, 9); e_CanonicalizationMethodType(w, x as never); break;
    case "CapacitiveEnergyReadingVARh": eS_uint_0_18446744073709552000(w, x as never, 24, 9); break;
    case "CarbonDioxideEmission": eS_uint_0_65535(w, x as never, 25, 9); break;
    case "Certificate": eS_bin_1600(w, x as never, 26, 9); break;
    case "CertificateInstallationReq": w.bits(27, 9); e_CertificateInstallationReqType(w, x as never); break;
    case "CertificateInstallationRes": w.bits(28, 9); e_CertificateInstallationResType(w, x as never); break;
    case "CertificateInstallationService": eS_bool(w, x as never, 29, 9); break;
    case "ChargeProgress": eS_enum_chargeProgressType(w, x as never, 30, 9); break;
    case "ChargedEnergyReadingWh": eS_uint_0_18446744073709552000(w, x as never, 31, 9); break;
    case "ChargingComplete": eS_bool(w, x as never, 32, 9); break;
    case "ChargingSchedule": w.bits(33, 9); e_ChargingScheduleType(w, x as never); break;
    case "ChargingSession": eS_enum_chargingSessionType(w, x as never, 34, 9); break;
    case "CheckOutTime": eS_uint_0_18446744073709552000(w, x as never, 35, 9); break;
    case "ContractCertificateChain": w.bits(36, 9); e_ContractCertificateChainType(w, x as never); break;
    case "CostPerUnit": w.bits(37, 9); e_RationalNumberType(w, x as never); break;
    case "Currency": eS_str_3(w, x as never, 38, 9); break;
    case "DHPublicKey": eS_bin_133(w, x as never, 39, 9); break;
    case "DSAKeyValue": w.bits(40, 9); e_DSAKeyValueType(w, x as never); break;
    case "DepartureTime": eS_uint_0_4294967295(w, x as never, 41, 9); break;
    case "DeviceLocation": eS_int_m32768_32767(w, x as never, 43, 9); break;
    case "DeviceOffset": eS_int_m32768_32767(w, x as never, 44, 9); break;
    case "DigestMethod": w.bits(45, 9); e_DigestMethodType(w, x as never); break;
    case "DigestValue": eS_bin_inf(w, x as never, 46, 9); break;
    case "DischargingSchedule": w.bits(47, 9); e_ChargingScheduleType(w, x as never); break;
    case "DisplayParameters": w.bits(48, 9); e_DisplayParametersType(w, x as never); break;
    case "Duration": eS_uint_0_4294967295(w, x as never, 49, 9); break;
    case "Dynamic_EVPPTControlMode": w.bits(50, 9); e_Dynamic_EVPPTControlModeType(w, x as never); break;
    case "Dynamic_SEReqControlMode": w.bits(51, 9); e_Dynamic_SEReqControlModeType(w, x as never); break;
    case "Dynamic_SEResControlMode": w.bits(52, 9); e_Dynamic_SEResControlModeType(w, x as never); break;
    case "Dynamic_SMDTControlMode": w.bits(53, 9); e_Dynamic_SMDTControlModeType(w, x as never); break;
    case "ECDHCurve": eS_enum_ecdhCurveType(w, x as never, 54, 9); break;
    case "EIM_AReqAuthorizationMode": w.bits(55, 9); e_EIM_AReqAuthorizationModeType(w, x as never); break;
    case "EIM_ASResAuthorizationMode": w.bits(56, 9); e_EIM_ASResAuthorizationModeType(w, x as never); break;
    case "EMAID": eS_str_255(w, x as never, 57, 9); break;
    case "EVAbsolutePriceSchedule": w.bits(58, 9); e_EVAbsolutePriceScheduleType(w, x as never); break;
    case "EVCCID": eS_str_255(w, x as never, 59, 9); break;
    case "EVCheckInStatus": eS_enum_evCheckInStatusType(w, x as never, 60, 9); break;
    case "EVCheckOutStatus": eS_enum_evCheckOutStatusType(w, x as never, 61, 9); break;
    case "EVEnergyOffer": w.bits(62, 9); e_EVEnergyOfferType(w, x as never); break;
    case "EVMaximumEnergyRequest": w.bits(63, 9); e_RationalNumberType(w, x as never); break;
    case "EVMaximumV2XEnergyRequest": w.bits(65, 9); e_RationalNumberType(w, x as never); break;
    case "EVMinimumEnergyRequest": w.bits(66, 9); e_RationalNumberType(w, x as never); break;
    case "EVMinimumV2XEnergyRequest": w.bits(68, 9); e_RationalNumberType(w, x as never); break;
    case "EVPowerProfile": w.bits(69, 9); e_EVPowerProfileType(w, x as never); break;
    case "EVPowerProfileEntries": w.bits(70, 9); e_EVPowerProfileEntryListType(w, x as never); break;
    case "EVPowerProfileEntry": w.bits(71, 9); e_PowerScheduleEntryType(w, x as never); break;
    case "EVPowerSchedule": w.bits(72, 9); e_EVPowerScheduleType(w, x as never); break;
    case "EVPowerScheduleEntries": w.bits(73, 9); e_EVPowerScheduleEntryListType(w, x as never); break;
    case "EVPowerScheduleEntry": w.bits(74, 9); e_EVPowerScheduleEntryType(w, x as never); break;
    case "EVPriceRule": w.bits(75, 9); e_EVPriceRuleType(w, x as never); break;
    case "EVPriceRuleStack": w.bits(76, 9); e_EVPriceRuleStackType(w, x as never); break;
    case "EVPriceRuleStacks": w.bits(77, 9); e_EVPriceRuleStackListType(w, x as never); break;
    case "EVProcessing": eS_enum_processingType(w, x as never, 78, 9); break;
    case "EVSECheckOutStatus": eS_enum_evseCheckOutStatusType(w, x as never, 79, 9); break;
    case "EVSEID": eS_str_255(w, x as never, 80, 9); break;
    case "EVSENotification": eS_enum_evseNotificationType(w, x as never, 81, 9); break;
    case "EVSEProcessing": eS_enum_processingType(w, x as never, 82, 9); break;
    case "EVSEStatus": w.bits(83, 9); e_EVSEStatusType(w, x as never); break;
    case "EVTargetEnergyRequest": w.bits(85, 9); e_RationalNumberType(w, x as never); break;
    case "EVTerminationCode": eS_str_80(w, x as never, 87, 9); break;
    case "EVTerminationExplanation": eS_str_160(w, x as never, 88, 9); break;
    case "EnergyCosts": w.bits(89, 9); e_DetailedCostType(w, x as never); break;
    case "EnergyFee": w.bits(90, 9); e_RationalNumberType(w, x as never); break;
    case "EnergyTransferServiceList": w.bits(91, 9); e_ServiceListType(w, x as never); break;
    case "Exponent": eS_bin_inf(w, x as never, 92, 9); break;
    case "FreeService": eS_bool(w, x as never, 94, 9); break;
    case "G": eS_bin_inf(w, x as never, 95, 9); break;
    case "GenChallenge": eS_bin_16(w, x as never, 96, 9); break;
    case "GoToPause": eS_bool(w, x as never, 97, 9); break;
    case "HMACOutputLength": eS_int_minf_inf(w, x as never, 98, 9); break;
    case "Header": w.bits(99, 9); e_MessageHeaderType(w, x as never); break;
    case "InletHot": eS_bool(w, x as never, 100, 9); break;
    case "J": eS_bin_inf(w, x as never, 101, 9); break;
    case "KeyInfo": w.bits(102, 9); e_KeyInfoType(w, x as never); break;
    case "KeyName": eS_str_inf(w, x as never, 103, 9); break;
    case "KeyValue": w.bits(104, 9); e_KeyValueType(w, x as never); break;
    case "Language": eS_str_3(w, x as never, 105, 9); break;
    case "ListOfRootCertificateIDs": w.bits(106, 9); e_ListOfRootCertificateIDsType(w, x as never); break;
    case "Manifest": w.bits(107, 9); e_ManifestType(w, x as never); break;
    case "MaximumContractCertificateChains": eS_nbit_0_255(w, x as never, 108, 9); break;
    case "MaximumCost": w.bits(109, 9); e_RationalNumberType(w, x as never); break;
    case "MaximumSOC": eS_nbit_0_100(w, x as never, 110, 9); break;
    case "MaximumSupportingPoints": eS_nbit_12_1024(w, x as never, 111, 9); break;
    case "MeterID": eS_str_32(w, x as never, 112, 9); break;
    case "MeterInfo": w.bits(113, 9); e_MeterInfoType(w, x as never); break;
    case "MeterInfoRequested": eS_bool(w, x as never, 115, 9); break;
    case "MeterSignature": eS_bin_64(w, x as never, 116, 9); break;
    case "MeterStatus": eS_int_m32768_32767(w, x as never, 117, 9); break;
    case "MeterTimestamp": eS_uint_0_18446744073709552000(w, x as never, 118, 9); break;
    case "MeteringConfirmationReq": w.bits(119, 9); e_MeteringConfirmationReqType(w, x as never); break;
    case "MeteringConfirmationRes": w.bits(120, 9); e_MeteringConfirmationResType(w, x as never); break;
    case "MgmtData": eS_str_inf(w, x as never, 121, 9); break;
    case "MinimumCost": w.bits(122, 9); e_RationalNumberType(w, x as never); break;
    case "MinimumSOC": eS_nbit_0_100(w, x as never, 123, 9); break;
    case "Modulus": eS_bin_inf(w, x as never, 125, 9); break;
    case "NotificationMaxDelay": eS_uint_0_65535(w, x as never, 126, 9); break;
    case "NumberOfPriceLevels": eS_nbit_0_255(w, x as never, 127, 9); break;
    case "OEMProvisioningCertificateChain": w.bits(128, 9); e_SignedCertificateChainType(w, x as never); break;
    case "Object": w.bits(129, 9); e_ObjectType(w, x as never); break;
    case "OccupancyCosts": w.bits(130, 9); e_DetailedCostType(w, x as never); break;
    case "OverstayCosts": w.bits(131, 9); e_DetailedCostType(w, x as never); break;
    case "OverstayFee": w.bits(132, 9); e_RationalNumberType(w, x as never); break;
    case "OverstayFeePeriod": eS_uint_0_4294967295(w, x as never, 133, 9); break;
    case "OverstayPowerThreshold": w.bits(134, 9); e_RationalNumberType(w, x as never); break;
    case "OverstayRule": w.bits(135, 9); e_OverstayRuleType(w, x as never); break;
    case "OverstayRuleDescription": eS_str_160(w, x as never, 136, 9); break;
    case "OverstayRules": w.bits(137, 9); e_OverstayRuleListType(w, x as never); break;
    case "OverstayTimeThreshold": eS_uint_0_4294967295(w, x as never, 138, 9); break;
    case "P": eS_bin_inf(w, x as never, 139, 9); break;
    case "PGPData": w.bits(140, 9); e_PGPDataType(w, x as never); break;
    case "PGPKeyID": eS_bin_inf(w, x as never, 141, 9); break;
    case "PGPKeyPacket": eS_bin_inf(w, x as never, 142, 9); break;
    case "Parameter": w.bits(143, 9); e_ParameterType(w, x as never); break;
    case "ParameterSet": w.bits(144, 9); e_ParameterSetType(w, x as never); break;
    case "ParameterSetID": eS_uint_0_65535(w, x as never, 145, 9); break;
    case "ParkingFee": w.bits(146, 9); e_RationalNumberType(w, x as never); break;
    case "ParkingFeePeriod": eS_uint_0_4294967295(w, x as never, 147, 9); break;
    case "ParkingMethod": eS_enum_parkingMethodType(w, x as never, 148, 9); break;
    case "ParkingSpace": eS_int_m32768_32767(w, x as never, 149, 9); break;
    case "PgenCounter": eS_bin_inf(w, x as never, 150, 9); break;
    case "PnC_AReqAuthorizationMode": w.bits(151, 9); e_PnC_AReqAuthorizationModeType(w, x as never); break;
    case "PnC_ASResAuthorizationMode": w.bits(152, 9); e_PnC_ASResAuthorizationModeType(w, x as never); break;
    case "Power": w.bits(153, 9); e_RationalNumberType(w, x as never); break;
    case "PowerDeliveryReq": w.bits(154, 9); e_PowerDeliveryReqType(w, x as never); break;
    case "PowerDeliveryRes": w.bits(155, 9); e_PowerDeliveryResType(w, x as never); break;
    case "PowerRangeStart": w.bits(156, 9); e_RationalNumberType(w, x as never); break;
    case "PowerSchedule": w.bits(157, 9); e_PowerScheduleType(w, x as never); break;
    case "PowerScheduleEntries": w.bits(158, 9); e_PowerScheduleEntryListType(w, x as never); break;
    case "PowerScheduleEntry": w.bits(159, 9); e_PowerScheduleEntryType(w, x as never); break;
    case "PowerTolerance": w.bits(160, 9); e_RationalNumberType(w, x as never); break;
    case "PowerToleranceAcceptance": eS_enum_powerToleranceAcceptanceType(w, x as never, 161, 9); break;
    case "Power_L2": w.bits(162, 9); e_RationalNumberType(w, x as never); break;
    case "Power_L3": w.bits(163, 9); e_RationalNumberType(w, x as never); break;
    case "PresentSOC": eS_nbit_0_100(w, x as never, 164, 9); break;
    case "PriceAlgorithm": eS_str_255(w, x as never, 165, 9); break;
    case "PriceLevel": eS_nbit_0_255(w, x as never, 166, 9); break;
    case "PriceLevelSchedule": w.bits(167, 9); e_PriceLevelScheduleType(w, x as never); break;
    case "PriceLevelScheduleEntries": w.bits(168, 9); e_PriceLevelScheduleEntryListType(w, x as never); break;
    case "PriceLevelScheduleEntry": w.bits(169, 9); e_PriceLevelScheduleEntryType(w, x as never); break;
    case "PriceRule": w.bits(170, 9); e_PriceRuleType(w, x as never); break;
    case "PriceRuleStack": w.bits(171, 9); e_PriceRuleStackType(w, x as never); break;
    case "PriceRuleStacks": w.bits(172, 9); e_PriceRuleStackListType(w, x as never); break;
    case "PriceScheduleDescription": eS_str_160(w, x as never, 173, 9); break;
    case "PriceScheduleID": eS_uint_1_4294967295(w, x as never, 174, 9); break;
    case "PrioritizedEMAIDs": w.bits(175, 9); e_EMAIDListType(w, x as never); break;
    case "ProviderID": eS_str_80(w, x as never, 176, 9); break;
    case "Q": eS_bin_inf(w, x as never, 177, 9); break;
    case "RSAKeyValue": w.bits(178, 9); e_RSAKeyValueType(w, x as never); break;
    case "Receipt": w.bits(179, 9); e_ReceiptType(w, x as never); break;
    case "Reference": w.bits(181, 9); e_ReferenceType(w, x as never); break;
    case "RemainingContractCertificateChains": eS_nbit_0_255(w, x as never, 182, 9); break;
    case "RemainingTimeToMaximumSOC": eS_uint_0_4294967295(w, x as never, 183, 9); break;
    case "RemainingTimeToMinimumSOC": eS_uint_0_4294967295(w, x as never, 184, 9); break;
    case "RemainingTimeToTargetSOC": eS_uint_0_4294967295(w, x as never, 185, 9); break;
    case "RenewableGenerationPercentage": eS_nbit_0_255(w, x as never, 186, 9); break;
    case "ResponseCode": eS_enum_responseCodeType(w, x as never, 187, 9); break;
    case "RetrievalMethod": w.bits(188, 9); e_RetrievalMethodType(w, x as never); break;
    case "RootCertificateID": w.bits(189, 9); e_X509IssuerSerialType(w, x as never); break;
    case "SECP521_EncryptedPrivateKey": eS_bin_94(w, x as never, 190, 9); break;
    case "SPKIData": w.bits(191, 9); e_SPKIDataType(w, x as never); break;
    case "SPKISexp": eS_bin_inf(w, x as never, 192, 9); break;
    case "ScheduleExchangeReq": w.bits(193, 9); e_ScheduleExchangeReqType(w, x as never); break;
    case "ScheduleExchangeRes": w.bits(194, 9); e_ScheduleExchangeResType(w, x as never); break;
    case "ScheduleTuple": w.bits(195, 9); e_ScheduleTupleType(w, x as never); break;
    case "ScheduleTupleID": eS_uint_1_4294967295(w, x as never, 196, 9); break;
    case "Scheduled_EVPPTControlMode": w.bits(197, 9); e_Scheduled_EVPPTControlModeType(w, x as never); break;
    case "Scheduled_SEReqControlMode": w.bits(198, 9); e_Scheduled_SEReqControlModeType(w, x as never); break;
    case "Scheduled_SEResControlMode": w.bits(199, 9); e_Scheduled_SEResControlModeType(w, x as never); break;
    case "Scheduled_SMDTControlMode": w.bits(200, 9); e_Scheduled_SMDTControlModeType(w, x as never); break;
    case "Seed": eS_bin_inf(w, x as never, 201, 9); break;
    case "SelectedAuthorizationService": eS_enum_authorizationType(w, x as never, 202, 9); break;
    case "SelectedEnergyTransferService": w.bits(203, 9); e_SelectedServiceType(w, x as never); break;
    case "SelectedScheduleTupleID": eS_uint_1_4294967295(w, x as never, 204, 9); break;
    case "SelectedService": w.bits(205, 9); e_SelectedServiceType(w, x as never); break;
    case "SelectedVASList": w.bits(206, 9); e_SelectedServiceListType(w, x as never); break;
    case "Service": w.bits(207, 9); e_ServiceType(w, x as never); break;
    case "ServiceDetailReq": w.bits(208, 9); e_ServiceDetailReqType(w, x as never); break;
    case "ServiceDetailRes": w.bits(209, 9); e_ServiceDetailResType(w, x as never); break;
    case "ServiceDiscoveryReq": w.bits(210, 9); e_ServiceDiscoveryReqType(w, x as never); break;
    case "ServiceDiscoveryRes": w.bits(211, 9); e_ServiceDiscoveryResType(w, x as never); break;
    case "ServiceFee": w.bits(212, 9); e_RationalNumberType(w, x as never); break;
    case "ServiceID": eS_uint_0_65535(w, x as never, 213, 9); break;
    case "ServiceName": eS_str_80(w, x as never, 214, 9); break;
    case "ServiceParameterList": w.bits(215, 9); e_ServiceParameterListType(w, x as never); break;
    case "ServiceRenegotiationSupported": eS_bool(w, x as never, 216, 9); break;
    case "ServiceSelectionReq": w.bits(217, 9); e_ServiceSelectionReqType(w, x as never); break;
    case "ServiceSelectionRes": w.bits(218, 9); e_ServiceSelectionResType(w, x as never); break;
    case "SessionID": eS_bin_8(w, x as never, 219, 9); break;
    case "SessionSetupReq": w.bits(221, 9); e_SessionSetupReqType(w, x as never); break;
    case "SessionSetupRes": w.bits(222, 9); e_SessionSetupResType(w, x as never); break;
    case "SessionStopReq": w.bits(223, 9); e_SessionStopReqType(w, x as never); break;
    case "SessionStopRes": w.bits(224, 9); e_SessionStopResType(w, x as never); break;
    case "Signature": w.bits(225, 9); e_SignatureType(w, x as never); break;
    case "SignatureMethod": w.bits(226, 9); e_SignatureMethodType(w, x as never); break;
    case "SignatureProperties": w.bits(227, 9); e_SignaturePropertiesType(w, x as never); break;
    case "SignatureProperty": w.bits(228, 9); e_SignaturePropertyType(w, x as never); break;
    case "SignatureValue": w.bits(229, 9); e_SignatureValueType(w, x as never); break;
    case "SignedInfo": w.bits(230, 9); e_SignedInfoType(w, x as never); break;
    case "SignedInstallationData": w.bits(231, 9); e_SignedInstallationDataType(w, x as never); break;
    case "SignedMeteringData": w.bits(232, 9); e_SignedMeteringDataType(w, x as never); break;
    case "StartTime": eS_uint_0_4294967295(w, x as never, 233, 9); break;
    case "SubCertificates": w.bits(234, 9); e_SubCertificatesType(w, x as never); break;
    case "SupportedProviders": w.bits(235, 9); e_SupportedProvidersListType(w, x as never); break;
    case "SupportedServiceIDs": w.bits(236, 9); e_ServiceIDListType(w, x as never); break;
    case "TPM_EncryptedPrivateKey": eS_bin_206(w, x as never, 237, 9); break;
    case "TargetDistance": eS_int_m32768_32767(w, x as never, 238, 9); break;
    case "TargetOffsetX": eS_uint_0_65535(w, x as never, 239, 9); break;
    case "TargetOffsetY": eS_uint_0_65535(w, x as never, 240, 9); break;
    case "TargetSOC": eS_nbit_0_100(w, x as never, 241, 9); break;
    case "TaxCosts": w.bits(243, 9); e_DetailedTaxType(w, x as never); break;
    case "TaxIncludedInPrice": eS_bool(w, x as never, 244, 9); break;
    case "TaxRate": w.bits(245, 9); e_RationalNumberType(w, x as never); break;
    case "TaxRule": w.bits(246, 9); e_TaxRuleType(w, x as never); break;
    case "TaxRuleID": eS_uint_1_4294967295(w, x as never, 247, 9); break;
    case "TaxRuleName": eS_str_80(w, x as never, 249, 9); break;
    case "TaxRules": w.bits(250, 9); e_TaxRuleListType(w, x as never); break;
    case "TimeAnchor": eS_uint_0_18446744073709552000(w, x as never, 251, 9); break;
    case "TimeStamp": eS_uint_0_18446744073709552000(w, x as never, 253, 9); break;
    case "Transform": w.bits(254, 9); e_TransformType(w, x as never); break;
    case "Transforms": w.bits(255, 9); e_TransformsType(w, x as never); break;
    case "VASList": w.bits(256, 9); e_ServiceListType(w, x as never); break;
    case "Value": eS_int_m32768_32767(w, x as never, 257, 9); break;
    case "VehicleCheckInReq": w.bits(258, 9); e_VehicleCheckInReqType(w, x as never); break;
    case "VehicleCheckInRes": w.bits(259, 9); e_VehicleCheckInResType(w, x as never); break;
    case "VehicleCheckOutReq": w.bits(260, 9); e_VehicleCheckOutReqType(w, x as never); break;
    case "VehicleCheckOutRes": w.bits(261, 9); e_VehicleCheckOutResType(w, x as never); break;
    case "VehicleFrame": eS_int_m32768_32767(w, x as never, 262, 9); break;
    case "VehicleTravel": eS_int_m32768_32767(w, x as never, 263, 9); break;
    case "X448_EncryptedPrivateKey": eS_bin_84(w, x as never, 264, 9); break;
    case "X509CRL": eS_bin_inf(w, x as never, 265, 9); break;
    case "X509Certificate": eS_bin_inf(w, x as never, 266, 9); break;
    case "X509Data": w.bits(267, 9); e_X509DataType(w, x as never); break;
    case "X509IssuerName": eS_str_inf(w, x as never, 268, 9); break;
    case "X509IssuerSerial": w.bits(269, 9); e_X509IssuerSerialType(w, x as never); break;
    case "X509SKI": eS_bin_inf(w, x as never, 270, 9); break;
    case "X509SerialNumber": eS_int_minf_inf(w, x as never, 271, 9); break;
    case "X509SubjectName": eS_str_inf(w, x as never, 272, 9); break;
    case "XPath": eS_str_inf(w, x as never, 273, 9); break;
    case "Y": eS_bin_inf(w, x as never, 274, 9); break;
    case "boolValue": eS_bool(w, x as never, 275, 9); break;
    case "byteValue": eS_nbit_m128_127(w, x as never, 276, 9); break;
    case "finiteString": eS_str_80(w, x as never, 277, 9); break;
    case "intValue": eS_int_m2147483648_2147483647(w, x as never, 278, 9); break;
    case "rationalNumber": w.bits(279, 9); e_RationalNumberType(w, x as never); break;
    case "shortValue": eS_int_m32768_32767(w, x as never, 280, 9); break;
    default: throw w.fail(`unknown fragment element ${k}`);
  }
  w.bits(282, 9);
}
export function decodeFragment(r: BitReader): Record<string, unknown> {
  const c = r.bits(9);
  switch (c) {
    case 0: { const v = { "AbsolutePriceSchedule": d_AbsolutePriceScheduleType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 1: { const v = { "AckMaxDelay": dS_uint_0_65535(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 2: { const v = { "AdditionalSelectedServices": d_AdditionalServiceListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 3: { const v = { "AdditionalService": d_AdditionalServiceType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 4: { const v = { "AdditionalServicesCosts": d_DetailedCostType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 5: { const v = { "Amount": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 6: { const v = { "AppliesMinimumMaximumCost": dS_bool(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 7: { const v = { "AppliesToEnergyFee": dS_bool(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 8: { const v = { "AppliesToOverstayFee": dS_bool(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 9: { const v = { "AppliesToParkingFee": dS_bool(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 10: { const v = { "AuthorizationReq": d_AuthorizationReqType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 11: { const v = { "AuthorizationRes": d_AuthorizationResType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 12: { const v = { "AuthorizationServices": dS_enum_authorizationType(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 13: { const v = { "AuthorizationSetupReq": d_AuthorizationSetupReqType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 14: { const v = { "AuthorizationSetupRes": d_AuthorizationSetupResType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 15: { const v = { "AvailableEnergy": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 16: { const v = { "BPT_ChannelSelection": dS_enum_channelSelectionType(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 17: { const v = { "BPT_DischargedEnergyReadingWh": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 18: { const v = { "BPT_InductiveEnergyReadingVARh": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 19: { const v = { "BatteryEnergyCapacity": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 20: { const v = { "CLReqControlMode": d_CLReqControlModeType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 21: { const v = { "CLResControlMode": d_CLResControlModeType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 22: { const v = { "CPSCertificateChain": d_CertificateChainType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 23: { const v = { "CanonicalizationMethod": d_CanonicalizationMethodType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 24: { const v = { "CapacitiveEnergyReadingVARh": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 25: { const v = { "CarbonDioxideEmission": dS_uint_0_65535(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 26: { const v = { "Certificate": dS_bin_1600(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 27: { const v = { "CertificateInstallationReq": d_CertificateInstallationReqType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 28: { const v = { "CertificateInstallationRes": d_CertificateInstallationResType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 29: { const v = { "CertificateInstallationService": dS_bool(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 30: { const v = { "ChargeProgress": dS_enum_chargeProgressType(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 31: { const v = { "ChargedEnergyReadingWh": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 32: { const v = { "ChargingComplete": dS_bool(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 33: { const v = { "ChargingSchedule": d_ChargingScheduleType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 34: { const v = { "ChargingSession": dS_enum_chargingSessionType(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 35: { const v = { "CheckOutTime": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 36: { const v = { "ContractCertificateChain": d_ContractCertificateChainType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 37: { const v = { "CostPerUnit": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 38: { const v = { "Currency": dS_str_3(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 39: { const v = { "DHPublicKey": dS_bin_133(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 40: { const v = { "DSAKeyValue": d_DSAKeyValueType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 41: { const v = { "DepartureTime": dS_uint_0_4294967295(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 42: { const v = { "DepartureTime": dS_uint_0_4294967295(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 43: { const v = { "DeviceLocation": dS_int_m32768_32767(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 44: { const v = { "DeviceOffset": dS_int_m32768_32767(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 45: { const v = { "DigestMethod": d_DigestMethodType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 46: { const v = { "DigestValue": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 47: { const v = { "DischargingSchedule": d_ChargingScheduleType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 48: { const v = { "DisplayParameters": d_DisplayParametersType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 49: { const v = { "Duration": dS_uint_0_4294967295(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 50: { const v = { "Dynamic_EVPPTControlMode": d_Dynamic_EVPPTControlModeType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 51: { const v = { "Dynamic_SEReqControlMode": d_Dynamic_SEReqControlModeType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 52: { const v = { "Dynamic_SEResControlMode": d_Dynamic_SEResControlModeType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 53: { const v = { "Dynamic_SMDTControlMode": d_Dynamic_SMDTControlModeType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 54: { const v = { "ECDHCurve": dS_enum_ecdhCurveType(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 55: { const v = { "EIM_AReqAuthorizationMode": d_EIM_AReqAuthorizationModeType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 56: { const v = { "EIM_ASResAuthorizationMode": d_EIM_ASResAuthorizationModeType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 57: { const v = { "EMAID": dS_str_255(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 58: { const v = { "EVAbsolutePriceSchedule": d_EVAbsolutePriceScheduleType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 59: { const v = { "EVCCID": dS_str_255(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 60: { const v = { "EVCheckInStatus": dS_enum_evCheckInStatusType(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 61: { const v = { "EVCheckOutStatus": dS_enum_evCheckOutStatusType(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 62: { const v = { "EVEnergyOffer": d_EVEnergyOfferType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 63: { const v = { "EVMaximumEnergyRequest": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 64: { const v = { "EVMaximumEnergyRequest": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 65: { const v = { "EVMaximumV2XEnergyRequest": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 66: { const v = { "EVMinimumEnergyRequest": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 67: { const v = { "EVMinimumEnergyRequest": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 68: { const v = { "EVMinimumV2XEnergyRequest": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 69: { const v = { "EVPowerProfile": d_EVPowerProfileType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 70: { const v = { "EVPowerProfileEntries": d_EVPowerProfileEntryListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 71: { const v = { "EVPowerProfileEntry": d_PowerScheduleEntryType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 72: { const v = { "EVPowerSchedule": d_EVPowerScheduleType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 73: { const v = { "EVPowerScheduleEntries": d_EVPowerScheduleEntryListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 74: { const v = { "EVPowerScheduleEntry": d_EVPowerScheduleEntryType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 75: { const v = { "EVPriceRule": d_EVPriceRuleType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 76: { const v = { "EVPriceRuleStack": d_EVPriceRuleStackType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 77: { const v = { "EVPriceRuleStacks": d_EVPriceRuleStackListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 78: { const v = { "EVProcessing": dS_enum_processingType(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 79: { const v = { "EVSECheckOutStatus": dS_enum_evseCheckOutStatusType(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 80: { const v = { "EVSEID": dS_str_255(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 81: { const v = { "EVSENotification": dS_enum_evseNotificationType(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 82: { const v = { "EVSEProcessing": dS_enum_processingType(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 83: { const v = { "EVSEStatus": d_EVSEStatusType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 84: { const v = { "EVSEStatus": d_EVSEStatusType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 85: { const v = { "EVTargetEnergyRequest": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 86: { const v = { "EVTargetEnergyRequest": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 87: { const v = { "EVTerminationCode": dS_str_80(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 88: { const v = { "EVTerminationExplanation": dS_str_160(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 89: { const v = { "EnergyCosts": d_DetailedCostType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 90: { const v = { "EnergyFee": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 91: { const v = { "EnergyTransferServiceList": d_ServiceListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 92: { const v = { "Exponent": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 93: { const v = { "Exponent": dS_nbit_m128_127(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 94: { const v = { "FreeService": dS_bool(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 95: { const v = { "G": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 96: { const v = { "GenChallenge": dS_bin_16(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 97: { const v = { "GoToPause": dS_bool(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 98: { const v = { "HMACOutputLength": dS_int_minf_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 99: { const v = { "Header": d_MessageHeaderType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 100: { const v = { "InletHot": dS_bool(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 101: { const v = { "J": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 102: { const v = { "KeyInfo": d_KeyInfoType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 103: { const v = { "KeyName": dS_str_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 104: { const v = { "KeyValue": d_KeyValueType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 105: { const v = { "Language": dS_str_3(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 106: { const v = { "ListOfRootCertificateIDs": d_ListOfRootCertificateIDsType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 107: { const v = { "Manifest": d_ManifestType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 108: { const v = { "MaximumContractCertificateChains": dS_nbit_0_255(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 109: { const v = { "MaximumCost": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 110: { const v = { "MaximumSOC": dS_nbit_0_100(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 111: { const v = { "MaximumSupportingPoints": dS_nbit_12_1024(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 112: { const v = { "MeterID": dS_str_32(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 113: { const v = { "MeterInfo": d_MeterInfoType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 114: { const v = { "MeterInfo": d_MeterInfoType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 115: { const v = { "MeterInfoRequested": dS_bool(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 116: { const v = { "MeterSignature": dS_bin_64(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 117: { const v = { "MeterStatus": dS_int_m32768_32767(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 118: { const v = { "MeterTimestamp": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 119: { const v = { "MeteringConfirmationReq": d_MeteringConfirmationReqType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 120: { const v = { "MeteringConfirmationRes": d_MeteringConfirmationResType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 121: { const v = { "MgmtData": dS_str_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 122: { const v = { "MinimumCost": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 123: { const v = { "MinimumSOC": dS_nbit_0_100(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 124: { const v = { "MinimumSOC": dS_nbit_0_100(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 125: { const v = { "Modulus": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 126: { const v = { "NotificationMaxDelay": dS_uint_0_65535(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 127: { const v = { "NumberOfPriceLevels": dS_nbit_0_255(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 128: { const v = { "OEMProvisioningCertificateChain": d_SignedCertificateChainType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 129: { const v = { "Object": d_ObjectType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 130: { const v = { "OccupancyCosts": d_DetailedCostType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 131: { const v = { "OverstayCosts": d_DetailedCostType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 132: { const v = { "OverstayFee": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 133: { const v = { "OverstayFeePeriod": dS_uint_0_4294967295(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 134: { const v = { "OverstayPowerThreshold": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 135: { const v = { "OverstayRule": d_OverstayRuleType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 136: { const v = { "OverstayRuleDescription": dS_str_160(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 137: { const v = { "OverstayRules": d_OverstayRuleListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 138: { const v = { "OverstayTimeThreshold": dS_uint_0_4294967295(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 139: { const v = { "P": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 140: { const v = { "PGPData": d_PGPDataType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 141: { const v = { "PGPKeyID": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 142: { const v = { "PGPKeyPacket": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 143: { const v = { "Parameter": d_ParameterType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 144: { const v = { "ParameterSet": d_ParameterSetType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 145: { const v = { "ParameterSetID": dS_uint_0_65535(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 146: { const v = { "ParkingFee": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 147: { const v = { "ParkingFeePeriod": dS_uint_0_4294967295(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 148: { const v = { "ParkingMethod": dS_enum_parkingMethodType(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 149: { const v = { "ParkingSpace": dS_int_m32768_32767(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 150: { const v = { "PgenCounter": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 151: { const v = { "PnC_AReqAuthorizationMode": d_PnC_AReqAuthorizationModeType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 152: { const v = { "PnC_ASResAuthorizationMode": d_PnC_ASResAuthorizationModeType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 153: { const v = { "Power": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 154: { const v = { "PowerDeliveryReq": d_PowerDeliveryReqType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 155: { const v = { "PowerDeliveryRes": d_PowerDeliveryResType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 156: { const v = { "PowerRangeStart": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 157: { const v = { "PowerSchedule": d_PowerScheduleType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 158: { const v = { "PowerScheduleEntries": d_PowerScheduleEntryListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 159: { const v = { "PowerScheduleEntry": d_PowerScheduleEntryType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 160: { const v = { "PowerTolerance": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 161: { const v = { "PowerToleranceAcceptance": dS_enum_powerToleranceAcceptanceType(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 162: { const v = { "Power_L2": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 163: { const v = { "Power_L3": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 164: { const v = { "PresentSOC": dS_nbit_0_100(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 165: { const v = { "PriceAlgorithm": dS_str_255(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 166: { const v = { "PriceLevel": dS_nbit_0_255(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 167: { const v = { "PriceLevelSchedule": d_PriceLevelScheduleType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 168: { const v = { "PriceLevelScheduleEntries": d_PriceLevelScheduleEntryListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 169: { const v = { "PriceLevelScheduleEntry": d_PriceLevelScheduleEntryType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 170: { const v = { "PriceRule": d_PriceRuleType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 171: { const v = { "PriceRuleStack": d_PriceRuleStackType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 172: { const v = { "PriceRuleStacks": d_PriceRuleStackListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 173: { const v = { "PriceScheduleDescription": dS_str_160(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 174: { const v = { "PriceScheduleID": dS_uint_1_4294967295(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 175: { const v = { "PrioritizedEMAIDs": d_EMAIDListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 176: { const v = { "ProviderID": dS_str_80(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 177: { const v = { "Q": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 178: { const v = { "RSAKeyValue": d_RSAKeyValueType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 179: { const v = { "Receipt": d_ReceiptType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 180: { const v = { "Receipt": d_ReceiptType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 181: { const v = { "Reference": d_ReferenceType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 182: { const v = { "RemainingContractCertificateChains": dS_nbit_0_255(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 183: { const v = { "RemainingTimeToMaximumSOC": dS_uint_0_4294967295(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 184: { const v = { "RemainingTimeToMinimumSOC": dS_uint_0_4294967295(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 185: { const v = { "RemainingTimeToTargetSOC": dS_uint_0_4294967295(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 186: { const v = { "RenewableGenerationPercentage": dS_nbit_0_255(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 187: { const v = { "ResponseCode": dS_enum_responseCodeType(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 188: { const v = { "RetrievalMethod": d_RetrievalMethodType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 189: { const v = { "RootCertificateID": d_X509IssuerSerialType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 190: { const v = { "SECP521_EncryptedPrivateKey": dS_bin_94(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 191: { const v = { "SPKIData": d_SPKIDataType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 192: { const v = { "SPKISexp": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 193: { const v = { "ScheduleExchangeReq": d_ScheduleExchangeReqType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 194: { const v = { "ScheduleExchangeRes": d_ScheduleExchangeResType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 195: { const v = { "ScheduleTuple": d_ScheduleTupleType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 196: { const v = { "ScheduleTupleID": dS_uint_1_4294967295(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 197: { const v = { "Scheduled_EVPPTControlMode": d_Scheduled_EVPPTControlModeType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 198: { const v = { "Scheduled_SEReqControlMode": d_Scheduled_SEReqControlModeType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 199: { const v = { "Scheduled_SEResControlMode": d_Scheduled_SEResControlModeType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 200: { const v = { "Scheduled_SMDTControlMode": d_Scheduled_SMDTControlModeType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 201: { const v = { "Seed": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 202: { const v = { "SelectedAuthorizationService": dS_enum_authorizationType(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 203: { const v = { "SelectedEnergyTransferService": d_SelectedServiceType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 204: { const v = { "SelectedScheduleTupleID": dS_uint_1_4294967295(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 205: { const v = { "SelectedService": d_SelectedServiceType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 206: { const v = { "SelectedVASList": d_SelectedServiceListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 207: { const v = { "Service": d_ServiceType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 208: { const v = { "ServiceDetailReq": d_ServiceDetailReqType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 209: { const v = { "ServiceDetailRes": d_ServiceDetailResType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 210: { const v = { "ServiceDiscoveryReq": d_ServiceDiscoveryReqType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 211: { const v = { "ServiceDiscoveryRes": d_ServiceDiscoveryResType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 212: { const v = { "ServiceFee": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 213: { const v = { "ServiceID": dS_uint_0_65535(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 214: { const v = { "ServiceName": dS_str_80(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 215: { const v = { "ServiceParameterList": d_ServiceParameterListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 216: { const v = { "ServiceRenegotiationSupported": dS_bool(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 217: { const v = { "ServiceSelectionReq": d_ServiceSelectionReqType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 218: { const v = { "ServiceSelectionRes": d_ServiceSelectionResType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 219: { const v = { "SessionID": dS_bin_8(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 220: { const v = { "SessionID": dS_bin_8(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 221: { const v = { "SessionSetupReq": d_SessionSetupReqType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 222: { const v = { "SessionSetupRes": d_SessionSetupResType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 223: { const v = { "SessionStopReq": d_SessionStopReqType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 224: { const v = { "SessionStopRes": d_SessionStopResType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 225: { const v = { "Signature": d_SignatureType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 226: { const v = { "SignatureMethod": d_SignatureMethodType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 227: { const v = { "SignatureProperties": d_SignaturePropertiesType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 228: { const v = { "SignatureProperty": d_SignaturePropertyType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 229: { const v = { "SignatureValue": d_SignatureValueType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 230: { const v = { "SignedInfo": d_SignedInfoType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 231: { const v = { "SignedInstallationData": d_SignedInstallationDataType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 232: { const v = { "SignedMeteringData": d_SignedMeteringDataType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 233: { const v = { "StartTime": dS_uint_0_4294967295(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 234: { const v = { "SubCertificates": d_SubCertificatesType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 235: { const v = { "SupportedProviders": d_SupportedProvidersListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 236: { const v = { "SupportedServiceIDs": d_ServiceIDListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 237: { const v = { "TPM_EncryptedPrivateKey": dS_bin_206(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 238: { const v = { "TargetDistance": dS_int_m32768_32767(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 239: { const v = { "TargetOffsetX": dS_uint_0_65535(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 240: { const v = { "TargetOffsetY": dS_uint_0_65535(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 241: { const v = { "TargetSOC": dS_nbit_0_100(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 242: { const v = { "TargetSOC": dS_nbit_0_100(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 243: { const v = { "TaxCosts": d_DetailedTaxType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 244: { const v = { "TaxIncludedInPrice": dS_bool(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 245: { const v = { "TaxRate": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 246: { const v = { "TaxRule": d_TaxRuleType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 247: { const v = { "TaxRuleID": dS_uint_1_4294967295(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 248: { const v = { "TaxRuleID": dS_uint_1_4294967295(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 249: { const v = { "TaxRuleName": dS_str_80(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 250: { const v = { "TaxRules": d_TaxRuleListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 251: { const v = { "TimeAnchor": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 252: { const v = { "TimeAnchor": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 253: { const v = { "TimeStamp": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 254: { const v = { "Transform": d_TransformType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 255: { const v = { "Transforms": d_TransformsType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 256: { const v = { "VASList": d_ServiceListType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 257: { const v = { "Value": dS_int_m32768_32767(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 258: { const v = { "VehicleCheckInReq": d_VehicleCheckInReqType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 259: { const v = { "VehicleCheckInRes": d_VehicleCheckInResType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 260: { const v = { "VehicleCheckOutReq": d_VehicleCheckOutReqType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 261: { const v = { "VehicleCheckOutRes": d_VehicleCheckOutResType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 262: { const v = { "VehicleFrame": dS_int_m32768_32767(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 263: { const v = { "VehicleTravel": dS_int_m32768_32767(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 264: { const v = { "X448_EncryptedPrivateKey": dS_bin_84(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 265: { const v = { "X509CRL": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 266: { const v = { "X509Certificate": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 267: { const v = { "X509Data": d_X509DataType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 268: { const v = { "X509IssuerName": dS_str_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 269: { const v = { "X509IssuerSerial": d_X509IssuerSerialType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 270: { const v = { "X509SKI": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 271: { const v = { "X509SerialNumber": dS_int_minf_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 272: { const v = { "X509SubjectName": dS_str_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 273: { const v = { "XPath": dS_str_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 274: { const v = { "Y": dS_bin_inf(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 275: { const v = { "boolValue": dS_bool(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 276: { const v = { "byteValue": dS_nbit_m128_127(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 277: { const v = { "finiteString": dS_str_80(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 278: { const v = { "intValue": dS_int_m2147483648_2147483647(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 279: { const v = { "rationalNumber": d_RationalNumberType(r) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
    case 280: { const v = { "shortValue": dS_int_m32768_32767(r, 0) }; if (r.bits(9) !== 282) throw r.fail('expected ED after the fragment element'); return v; }
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
export function e_SessionSetupReqType(w: BitWriter, v: T.SessionSetupReqType): void {
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
      const x = v.EVCCID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_str_255(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVCCID is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","EVCCID"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SessionSetupReqType", s);
  }
}
export function d_SessionSetupReqType(r: BitReader): T.SessionSetupReqType {
  const v = {} as T.SessionSetupReqType;
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
            case 0: v.EVCCID = dS_str_255(r, 0); s = 2; break;
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
    throw r.wrap(e, "SessionSetupReqType", s);
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
export function e_SessionSetupResType(w: BitWriter, v: T.SessionSetupResType): void {
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
      const x = v.EVSEID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_str_255(w, x, 0, 1); s = 3; break;
          default: throw w.fail("EVSEID is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","EVSEID"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SessionSetupResType", s);
  }
}
export function d_SessionSetupResType(r: BitReader): T.SessionSetupResType {
  const v = {} as T.SessionSetupResType;
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
            case 0: v.EVSEID = dS_str_255(r, 0); s = 3; break;
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
    throw r.wrap(e, "SessionSetupResType", s);
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
export function e_AuthorizationSetupReqType(w: BitWriter, v: T.AuthorizationSetupReqType): void {
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
    throw w.wrap(e, "AuthorizationSetupReqType", s);
  }
}
export function d_AuthorizationSetupReqType(r: BitReader): T.AuthorizationSetupReqType {
  const v = {} as T.AuthorizationSetupReqType;
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
    throw r.wrap(e, "AuthorizationSetupReqType", s);
  }
}
export function e_AuthorizationSetupResType(w: BitWriter, v: T.AuthorizationSetupResType): void {
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
      const x = v.AuthorizationServices;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("AuthorizationServices must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 2: eS_enum_authorizationType(w, x[i]!, 0, 1); s = 3; break;
            case 3: eS_enum_authorizationType(w, x[i]!, 0, 2); s = i + 1 >= 2 ? 4 : 3; break;
            default: throw w.fail("AuthorizationServices is not allowed here");
          }
        }
      }
    }
    {
      const x = v.CertificateInstallationService;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_bool(w, x, 1, 2); s = 5; break;
          case 4: eS_bool(w, x, 0, 1); s = 5; break;
          default: throw w.fail("CertificateInstallationService is not allowed here");
        }
      }
    }
    {
      const x = v.EIM_ASResAuthorizationMode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: w.bits(0, 2); s = 6; break;
          default: throw w.fail("EIM_ASResAuthorizationMode is not allowed here");
        }
        e_EIM_ASResAuthorizationModeType(w, x);
      }
    }
    {
      const x = v.PnC_ASResAuthorizationMode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: w.bits(1, 2); s = 7; break;
          default: throw w.fail("PnC_ASResAuthorizationMode is not allowed here");
        }
        e_PnC_ASResAuthorizationModeType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","AuthorizationServices","CertificateInstallationService","EIM_ASResAuthorizationMode","PnC_ASResAuthorizationMode"]);
    switch (s) {
      case 6: w.bits(0, 1); break;
      case 7: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "AuthorizationSetupResType", s);
  }
}
export function d_AuthorizationSetupResType(r: BitReader): T.AuthorizationSetupResType {
  const v = {} as T.AuthorizationSetupResType;
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
        case 2: { { const a = (v.AuthorizationServices ??= []); a.push(dS_enum_authorizationType(r, 1)); s = 3; break; } }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.AuthorizationServices ??= []); a.push(dS_enum_authorizationType(r, 0)); s = a.length >= 2 ? 4 : 3; break; }
            case 1: v.CertificateInstallationService = dS_bool(r, 0); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: { v.CertificateInstallationService = dS_bool(r, 1); s = 5; break; }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EIM_ASResAuthorizationMode = d_EIM_ASResAuthorizationModeType(r); s = 6; break;
            case 1: v.PnC_ASResAuthorizationMode = d_PnC_ASResAuthorizationModeType(r); s = 7; break;
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
    throw r.wrap(e, "AuthorizationSetupResType", s);
  }
}
export function e_EIM_ASResAuthorizationModeType(w: BitWriter, v: T.EIM_ASResAuthorizationModeType): void {
  let s = 0;
  let n = 0;
  try {
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, []);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EIM_ASResAuthorizationModeType", s);
  }
}
export function d_EIM_ASResAuthorizationModeType(r: BitReader): T.EIM_ASResAuthorizationModeType {
  const v = {} as T.EIM_ASResAuthorizationModeType;
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
    throw r.wrap(e, "EIM_ASResAuthorizationModeType", s);
  }
}
export function e_PnC_ASResAuthorizationModeType(w: BitWriter, v: T.PnC_ASResAuthorizationModeType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.GenChallenge;
      if (x !== undefined) {
        n++;
        eS_bin_16(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.SupportedProviders;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 2); s = 2; break;
          default: throw w.fail("SupportedProviders is not allowed here");
        }
        e_SupportedProvidersListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["GenChallenge","SupportedProviders"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PnC_ASResAuthorizationModeType", s);
  }
}
export function d_PnC_ASResAuthorizationModeType(r: BitReader): T.PnC_ASResAuthorizationModeType {
  const v = {} as T.PnC_ASResAuthorizationModeType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.GenChallenge = dS_bin_16(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.SupportedProviders = d_SupportedProvidersListType(r); s = 2; break;
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
    throw r.wrap(e, "PnC_ASResAuthorizationModeType", s);
  }
}
export function e_SupportedProvidersListType(w: BitWriter, v: T.SupportedProvidersListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ProviderID;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("ProviderID must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: eS_str_80(w, x[i]!, 0, 1); s = 1; break;
            case 1: eS_str_80(w, x[i]!, 0, 2); s = i + 1 >= 128 ? 2 : 1; break;
            default: throw w.fail("ProviderID is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ProviderID"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SupportedProvidersListType", s);
  }
}
export function d_SupportedProvidersListType(r: BitReader): T.SupportedProvidersListType {
  const v = {} as T.SupportedProvidersListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.ProviderID ??= []); a.push(dS_str_80(r, 0)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.ProviderID ??= []); a.push(dS_str_80(r, 0)); s = a.length >= 128 ? 2 : 1; break; }
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
    throw r.wrap(e, "SupportedProvidersListType", s);
  }
}
export function e_AuthorizationReqType(w: BitWriter, v: T.AuthorizationReqType): void {
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
      const x = v.SelectedAuthorizationService;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_authorizationType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("SelectedAuthorizationService is not allowed here");
        }
      }
    }
    {
      const x = v.EIM_AReqAuthorizationMode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 2); s = 3; break;
          default: throw w.fail("EIM_AReqAuthorizationMode is not allowed here");
        }
        e_EIM_AReqAuthorizationModeType(w, x);
      }
    }
    {
      const x = v.PnC_AReqAuthorizationMode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 2); s = 4; break;
          default: throw w.fail("PnC_AReqAuthorizationMode is not allowed here");
        }
        e_PnC_AReqAuthorizationModeType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","SelectedAuthorizationService","EIM_AReqAuthorizationMode","PnC_AReqAuthorizationMode"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "AuthorizationReqType", s);
  }
}
export function d_AuthorizationReqType(r: BitReader): T.AuthorizationReqType {
  const v = {} as T.AuthorizationReqType;
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
        case 1: { v.SelectedAuthorizationService = dS_enum_authorizationType(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EIM_AReqAuthorizationMode = d_EIM_AReqAuthorizationModeType(r); s = 3; break;
            case 1: v.PnC_AReqAuthorizationMode = d_PnC_AReqAuthorizationModeType(r); s = 4; break;
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
    throw r.wrap(e, "AuthorizationReqType", s);
  }
}
export function e_EIM_AReqAuthorizationModeType(w: BitWriter, v: T.EIM_AReqAuthorizationModeType): void {
  let s = 0;
  let n = 0;
  try {
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, []);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EIM_AReqAuthorizationModeType", s);
  }
}
export function d_EIM_AReqAuthorizationModeType(r: BitReader): T.EIM_AReqAuthorizationModeType {
  const v = {} as T.EIM_AReqAuthorizationModeType;
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
    throw r.wrap(e, "EIM_AReqAuthorizationModeType", s);
  }
}
export function e_PnC_AReqAuthorizationModeType(w: BitWriter, v: T.PnC_AReqAuthorizationModeType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 0;
        w.str(x, Infinity);
      }
    }
    {
      const x = v.GenChallenge;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_bin_16(w, x, 0, 1); s = 2; break;
          default: throw w.fail("GenChallenge is not allowed here");
        }
      }
    }
    {
      const x = v.ContractCertificateChain;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("ContractCertificateChain is not allowed here");
        }
        e_ContractCertificateChainType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","GenChallenge","ContractCertificateChain"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PnC_AReqAuthorizationModeType", s);
  }
}
export function d_PnC_AReqAuthorizationModeType(r: BitReader): T.PnC_AReqAuthorizationModeType {
  const v = {} as T.PnC_AReqAuthorizationModeType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.GenChallenge = dS_bin_16(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ContractCertificateChain = d_ContractCertificateChainType(r); s = 3; break;
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
    throw r.wrap(e, "PnC_AReqAuthorizationModeType", s);
  }
}
export function e_ContractCertificateChainType(w: BitWriter, v: T.ContractCertificateChainType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Certificate;
      if (x !== undefined) {
        n++;
        eS_bin_1600(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.SubCertificates;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("SubCertificates is not allowed here");
        }
        e_SubCertificatesType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Certificate","SubCertificates"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ContractCertificateChainType", s);
  }
}
export function d_ContractCertificateChainType(r: BitReader): T.ContractCertificateChainType {
  const v = {} as T.ContractCertificateChainType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Certificate = dS_bin_1600(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SubCertificates = d_SubCertificatesType(r); s = 2; break;
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
    throw r.wrap(e, "ContractCertificateChainType", s);
  }
}
export function e_SubCertificatesType(w: BitWriter, v: T.SubCertificatesType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Certificate;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("Certificate must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: eS_bin_1600(w, x[i]!, 0, 1); s = 1; break;
            case 1: eS_bin_1600(w, x[i]!, 0, 2); s = i + 1 >= 3 ? 2 : 1; break;
            default: throw w.fail("Certificate is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Certificate"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SubCertificatesType", s);
  }
}
export function d_SubCertificatesType(r: BitReader): T.SubCertificatesType {
  const v = {} as T.SubCertificatesType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.Certificate ??= []); a.push(dS_bin_1600(r, 0)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.Certificate ??= []); a.push(dS_bin_1600(r, 0)); s = a.length >= 3 ? 2 : 1; break; }
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
    throw r.wrap(e, "SubCertificatesType", s);
  }
}
export function e_AuthorizationResType(w: BitWriter, v: T.AuthorizationResType): void {
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
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","EVSEProcessing"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "AuthorizationResType", s);
  }
}
export function d_AuthorizationResType(r: BitReader): T.AuthorizationResType {
  const v = {} as T.AuthorizationResType;
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
    throw r.wrap(e, "AuthorizationResType", s);
  }
}
export function e_ServiceDiscoveryReqType(w: BitWriter, v: T.ServiceDiscoveryReqType): void {
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
      const x = v.SupportedServiceIDs;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 2); s = 2; break;
          default: throw w.fail("SupportedServiceIDs is not allowed here");
        }
        e_ServiceIDListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","SupportedServiceIDs"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ServiceDiscoveryReqType", s);
  }
}
export function d_ServiceDiscoveryReqType(r: BitReader): T.ServiceDiscoveryReqType {
  const v = {} as T.ServiceDiscoveryReqType;
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
            case 0: v.SupportedServiceIDs = d_ServiceIDListType(r); s = 2; break;
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
    throw r.wrap(e, "ServiceDiscoveryReqType", s);
  }
}
export function e_ServiceIDListType(w: BitWriter, v: T.ServiceIDListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ServiceID;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("ServiceID must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: eS_uint_0_65535(w, x[i]!, 0, 1); s = 1; break;
            case 1: eS_uint_0_65535(w, x[i]!, 0, 2); s = i + 1 >= 16 ? 2 : 1; break;
            default: throw w.fail("ServiceID is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ServiceID"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ServiceIDListType", s);
  }
}
export function d_ServiceIDListType(r: BitReader): T.ServiceIDListType {
  const v = {} as T.ServiceIDListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.ServiceID ??= []); a.push(dS_uint_0_65535(r, 0)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.ServiceID ??= []); a.push(dS_uint_0_65535(r, 0)); s = a.length >= 16 ? 2 : 1; break; }
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
    throw r.wrap(e, "ServiceIDListType", s);
  }
}
export function e_ServiceDiscoveryResType(w: BitWriter, v: T.ServiceDiscoveryResType): void {
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
      const x = v.ServiceRenegotiationSupported;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_bool(w, x, 0, 1); s = 3; break;
          default: throw w.fail("ServiceRenegotiationSupported is not allowed here");
        }
      }
    }
    {
      const x = v.EnergyTransferServiceList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("EnergyTransferServiceList is not allowed here");
        }
        e_ServiceListType(w, x);
      }
    }
    {
      const x = v.VASList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: w.bits(0, 2); s = 5; break;
          default: throw w.fail("VASList is not allowed here");
        }
        e_ServiceListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","ServiceRenegotiationSupported","EnergyTransferServiceList","VASList"]);
    switch (s) {
      case 4: w.bits(1, 2); break;
      case 5: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ServiceDiscoveryResType", s);
  }
}
export function d_ServiceDiscoveryResType(r: BitReader): T.ServiceDiscoveryResType {
  const v = {} as T.ServiceDiscoveryResType;
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
        case 2: { v.ServiceRenegotiationSupported = dS_bool(r, 1); s = 3; break; }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EnergyTransferServiceList = d_ServiceListType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.VASList = d_ServiceListType(r); s = 5; break;
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
    throw r.wrap(e, "ServiceDiscoveryResType", s);
  }
}
export function e_ServiceListType(w: BitWriter, v: T.ServiceListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Service;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("Service must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 8 ? 2 : 1; break;
            default: throw w.fail("Service is not allowed here");
          }
          e_ServiceType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Service"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ServiceListType", s);
  }
}
export function d_ServiceListType(r: BitReader): T.ServiceListType {
  const v = {} as T.ServiceListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.Service ??= []); a.push(d_ServiceType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.Service ??= []); a.push(d_ServiceType(r)); s = a.length >= 8 ? 2 : 1; break; }
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
    throw r.wrap(e, "ServiceListType", s);
  }
}
export function e_ServiceType(w: BitWriter, v: T.ServiceType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ServiceID;
      if (x !== undefined) {
        n++;
        eS_uint_0_65535(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.FreeService;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_bool(w, x, 0, 1); s = 2; break;
          default: throw w.fail("FreeService is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ServiceID","FreeService"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ServiceType", s);
  }
}
export function d_ServiceType(r: BitReader): T.ServiceType {
  const v = {} as T.ServiceType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ServiceID = dS_uint_0_65535(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: { v.FreeService = dS_bool(r, 1); s = 2; break; }
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
    throw r.wrap(e, "ServiceType", s);
  }
}
export function e_ServiceDetailReqType(w: BitWriter, v: T.ServiceDetailReqType): void {
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
      const x = v.ServiceID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_uint_0_65535(w, x, 0, 1); s = 2; break;
          default: throw w.fail("ServiceID is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ServiceID"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ServiceDetailReqType", s);
  }
}
export function d_ServiceDetailReqType(r: BitReader): T.ServiceDetailReqType {
  const v = {} as T.ServiceDetailReqType;
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
            case 0: v.ServiceID = dS_uint_0_65535(r, 0); s = 2; break;
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
    throw r.wrap(e, "ServiceDetailReqType", s);
  }
}
export function e_ServiceDetailResType(w: BitWriter, v: T.ServiceDetailResType): void {
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
      const x = v.ServiceID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_uint_0_65535(w, x, 0, 1); s = 3; break;
          default: throw w.fail("ServiceID is not allowed here");
        }
      }
    }
    {
      const x = v.ServiceParameterList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("ServiceParameterList is not allowed here");
        }
        e_ServiceParameterListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","ServiceID","ServiceParameterList"]);
    switch (s) {
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ServiceDetailResType", s);
  }
}
export function d_ServiceDetailResType(r: BitReader): T.ServiceDetailResType {
  const v = {} as T.ServiceDetailResType;
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
            case 0: v.ServiceID = dS_uint_0_65535(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ServiceParameterList = d_ServiceParameterListType(r); s = 4; break;
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
    throw r.wrap(e, "ServiceDetailResType", s);
  }
}
export function e_ServiceParameterListType(w: BitWriter, v: T.ServiceParameterListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ParameterSet;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("ParameterSet must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 32 ? 2 : 1; break;
            default: throw w.fail("ParameterSet is not allowed here");
          }
          e_ParameterSetType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ParameterSet"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ServiceParameterListType", s);
  }
}
export function d_ServiceParameterListType(r: BitReader): T.ServiceParameterListType {
  const v = {} as T.ServiceParameterListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.ParameterSet ??= []); a.push(d_ParameterSetType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.ParameterSet ??= []); a.push(d_ParameterSetType(r)); s = a.length >= 32 ? 2 : 1; break; }
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
    throw r.wrap(e, "ServiceParameterListType", s);
  }
}
export function e_ParameterSetType(w: BitWriter, v: T.ParameterSetType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ParameterSetID;
      if (x !== undefined) {
        n++;
        eS_uint_0_65535(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.Parameter;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("Parameter must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 1: w.bits(0, 1); s = 2; break;
            case 2: w.bits(0, 2); s = i + 1 >= 32 ? 3 : 2; break;
            default: throw w.fail("Parameter is not allowed here");
          }
          e_ParameterType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ParameterSetID","Parameter"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ParameterSetType", s);
  }
}
export function d_ParameterSetType(r: BitReader): T.ParameterSetType {
  const v = {} as T.ParameterSetType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ParameterSetID = dS_uint_0_65535(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.Parameter ??= []); a.push(d_ParameterType(r)); s = 2; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.Parameter ??= []); a.push(d_ParameterType(r)); s = a.length >= 32 ? 3 : 2; break; }
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
    throw r.wrap(e, "ParameterSetType", s);
  }
}
export function e_ParameterType(w: BitWriter, v: T.ParameterType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Name"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 0;
        w.str(x, 80);
      }
    }
    {
      const x = v.boolValue;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_bool(w, x, 0, 3); s = 2; break;
          default: throw w.fail("boolValue is not allowed here");
        }
      }
    }
    {
      const x = v.byteValue;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_nbit_m128_127(w, x, 1, 3); s = 3; break;
          default: throw w.fail("byteValue is not allowed here");
        }
      }
    }
    {
      const x = v.shortValue;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_int_m32768_32767(w, x, 2, 3); s = 4; break;
          default: throw w.fail("shortValue is not allowed here");
        }
      }
    }
    {
      const x = v.intValue;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_int_m2147483648_2147483647(w, x, 3, 3); s = 5; break;
          default: throw w.fail("intValue is not allowed here");
        }
      }
    }
    {
      const x = v.rationalNumber;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(4, 3); s = 6; break;
          default: throw w.fail("rationalNumber is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.finiteString;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_str_80(w, x, 5, 3); s = 7; break;
          default: throw w.fail("finiteString is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Name","boolValue","byteValue","shortValue","intValue","rationalNumber","finiteString"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      case 3: w.bits(0, 1); break;
      case 4: w.bits(0, 1); break;
      case 5: w.bits(0, 1); break;
      case 6: w.bits(0, 1); break;
      case 7: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ParameterType", s);
  }
}
export function d_ParameterType(r: BitReader): T.ParameterType {
  const v = {} as T.ParameterType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.boolValue = dS_bool(r, 0); s = 2; break;
            case 1: v.byteValue = dS_nbit_m128_127(r, 0); s = 3; break;
            case 2: v.shortValue = dS_int_m32768_32767(r, 0); s = 4; break;
            case 3: v.intValue = dS_int_m2147483648_2147483647(r, 0); s = 5; break;
            case 4: v.rationalNumber = d_RationalNumberType(r); s = 6; break;
            case 5: v.finiteString = dS_str_80(r, 0); s = 7; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Name"] = r.str(80); s = 0; break;
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
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
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
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
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
    throw r.wrap(e, "ParameterType", s);
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
export function e_ServiceSelectionReqType(w: BitWriter, v: T.ServiceSelectionReqType): void {
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
      const x = v.SelectedEnergyTransferService;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("SelectedEnergyTransferService is not allowed here");
        }
        e_SelectedServiceType(w, x);
      }
    }
    {
      const x = v.SelectedVASList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 2); s = 3; break;
          default: throw w.fail("SelectedVASList is not allowed here");
        }
        e_SelectedServiceListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","SelectedEnergyTransferService","SelectedVASList"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ServiceSelectionReqType", s);
  }
}
export function d_ServiceSelectionReqType(r: BitReader): T.ServiceSelectionReqType {
  const v = {} as T.ServiceSelectionReqType;
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
            case 0: v.SelectedEnergyTransferService = d_SelectedServiceType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.SelectedVASList = d_SelectedServiceListType(r); s = 3; break;
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
    throw r.wrap(e, "ServiceSelectionReqType", s);
  }
}
export function e_SelectedServiceType(w: BitWriter, v: T.SelectedServiceType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ServiceID;
      if (x !== undefined) {
        n++;
        eS_uint_0_65535(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.ParameterSetID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_uint_0_65535(w, x, 0, 1); s = 2; break;
          default: throw w.fail("ParameterSetID is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ServiceID","ParameterSetID"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SelectedServiceType", s);
  }
}
export function d_SelectedServiceType(r: BitReader): T.SelectedServiceType {
  const v = {} as T.SelectedServiceType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ServiceID = dS_uint_0_65535(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ParameterSetID = dS_uint_0_65535(r, 0); s = 2; break;
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
    throw r.wrap(e, "SelectedServiceType", s);
  }
}
export function e_SelectedServiceListType(w: BitWriter, v: T.SelectedServiceListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.SelectedService;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("SelectedService must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 16 ? 2 : 1; break;
            default: throw w.fail("SelectedService is not allowed here");
          }
          e_SelectedServiceType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["SelectedService"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SelectedServiceListType", s);
  }
}
export function d_SelectedServiceListType(r: BitReader): T.SelectedServiceListType {
  const v = {} as T.SelectedServiceListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.SelectedService ??= []); a.push(d_SelectedServiceType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.SelectedService ??= []); a.push(d_SelectedServiceType(r)); s = a.length >= 16 ? 2 : 1; break; }
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
    throw r.wrap(e, "SelectedServiceListType", s);
  }
}
export function e_ServiceSelectionResType(w: BitWriter, v: T.ServiceSelectionResType): void {
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
    throw w.wrap(e, "ServiceSelectionResType", s);
  }
}
export function d_ServiceSelectionResType(r: BitReader): T.ServiceSelectionResType {
  const v = {} as T.ServiceSelectionResType;
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
    throw r.wrap(e, "ServiceSelectionResType", s);
  }
}
export function e_ScheduleExchangeReqType(w: BitWriter, v: T.ScheduleExchangeReqType): void {
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
      const x = v.MaximumSupportingPoints;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_nbit_12_1024(w, x, 0, 1); s = 2; break;
          default: throw w.fail("MaximumSupportingPoints is not allowed here");
        }
      }
    }
    {
      const x = v.Dynamic_SEReqControlMode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 2); s = 3; break;
          default: throw w.fail("Dynamic_SEReqControlMode is not allowed here");
        }
        e_Dynamic_SEReqControlModeType(w, x);
      }
    }
    {
      const x = v.Scheduled_SEReqControlMode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 2); s = 4; break;
          default: throw w.fail("Scheduled_SEReqControlMode is not allowed here");
        }
        e_Scheduled_SEReqControlModeType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","MaximumSupportingPoints","Dynamic_SEReqControlMode","Scheduled_SEReqControlMode"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ScheduleExchangeReqType", s);
  }
}
export function d_ScheduleExchangeReqType(r: BitReader): T.ScheduleExchangeReqType {
  const v = {} as T.ScheduleExchangeReqType;
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
        case 1: { v.MaximumSupportingPoints = dS_nbit_12_1024(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Dynamic_SEReqControlMode = d_Dynamic_SEReqControlModeType(r); s = 3; break;
            case 1: v.Scheduled_SEReqControlMode = d_Scheduled_SEReqControlModeType(r); s = 4; break;
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
    throw r.wrap(e, "ScheduleExchangeReqType", s);
  }
}
export function e_Dynamic_SEReqControlModeType(w: BitWriter, v: T.Dynamic_SEReqControlModeType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.DepartureTime;
      if (x !== undefined) {
        n++;
        eS_uint_0_4294967295(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.MinimumSOC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_nbit_0_100(w, x, 0, 2); s = 2; break;
          default: throw w.fail("MinimumSOC is not allowed here");
        }
      }
    }
    {
      const x = v.TargetSOC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_nbit_0_100(w, x, 1, 2); s = 3; break;
          case 2: eS_nbit_0_100(w, x, 0, 2); s = 3; break;
          default: throw w.fail("TargetSOC is not allowed here");
        }
      }
    }
    {
      const x = v.EVTargetEnergyRequest;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(2, 2); s = 4; break;
          case 2: w.bits(1, 2); s = 4; break;
          case 3: w.bits(0, 1); s = 4; break;
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
          case 4: w.bits(0, 1); s = 5; break;
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
          case 5: w.bits(0, 1); s = 6; break;
          default: throw w.fail("EVMinimumEnergyRequest is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVMaximumV2XEnergyRequest;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: w.bits(0, 2); s = 7; break;
          default: throw w.fail("EVMaximumV2XEnergyRequest is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVMinimumV2XEnergyRequest;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: w.bits(1, 2); s = 8; break;
          case 7: w.bits(0, 2); s = 8; break;
          default: throw w.fail("EVMinimumV2XEnergyRequest is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DepartureTime","MinimumSOC","TargetSOC","EVTargetEnergyRequest","EVMaximumEnergyRequest","EVMinimumEnergyRequest","EVMaximumV2XEnergyRequest","EVMinimumV2XEnergyRequest"]);
    switch (s) {
      case 6: w.bits(2, 2); break;
      case 7: w.bits(1, 2); break;
      case 8: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "Dynamic_SEReqControlModeType", s);
  }
}
export function d_Dynamic_SEReqControlModeType(r: BitReader): T.Dynamic_SEReqControlModeType {
  const v = {} as T.Dynamic_SEReqControlModeType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DepartureTime = dS_uint_0_4294967295(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.MinimumSOC = dS_nbit_0_100(r, 0); s = 2; break;
            case 1: v.TargetSOC = dS_nbit_0_100(r, 0); s = 3; break;
            case 2: v.EVTargetEnergyRequest = d_RationalNumberType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.TargetSOC = dS_nbit_0_100(r, 0); s = 3; break;
            case 1: v.EVTargetEnergyRequest = d_RationalNumberType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVTargetEnergyRequest = d_RationalNumberType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVMaximumEnergyRequest = d_RationalNumberType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVMinimumEnergyRequest = d_RationalNumberType(r); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVMaximumV2XEnergyRequest = d_RationalNumberType(r); s = 7; break;
            case 1: v.EVMinimumV2XEnergyRequest = d_RationalNumberType(r); s = 8; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVMinimumV2XEnergyRequest = d_RationalNumberType(r); s = 8; break;
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
    throw r.wrap(e, "Dynamic_SEReqControlModeType", s);
  }
}
export function e_Scheduled_SEReqControlModeType(w: BitWriter, v: T.Scheduled_SEReqControlModeType): void {
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
      const x = v.EVTargetEnergyRequest;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(1, 3); s = 2; break;
          case 1: w.bits(0, 3); s = 2; break;
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
          case 0: w.bits(2, 3); s = 3; break;
          case 1: w.bits(1, 3); s = 3; break;
          case 2: w.bits(0, 3); s = 3; break;
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
          case 0: w.bits(3, 3); s = 4; break;
          case 1: w.bits(2, 3); s = 4; break;
          case 2: w.bits(1, 3); s = 4; break;
          case 3: w.bits(0, 2); s = 4; break;
          default: throw w.fail("EVMinimumEnergyRequest is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.EVEnergyOffer;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(4, 3); s = 5; break;
          case 1: w.bits(3, 3); s = 5; break;
          case 2: w.bits(2, 3); s = 5; break;
          case 3: w.bits(1, 2); s = 5; break;
          case 4: w.bits(0, 2); s = 5; break;
          default: throw w.fail("EVEnergyOffer is not allowed here");
        }
        e_EVEnergyOfferType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DepartureTime","EVTargetEnergyRequest","EVMaximumEnergyRequest","EVMinimumEnergyRequest","EVEnergyOffer"]);
    switch (s) {
      case 0: w.bits(5, 3); break;
      case 1: w.bits(4, 3); break;
      case 2: w.bits(3, 3); break;
      case 3: w.bits(2, 2); break;
      case 4: w.bits(1, 2); break;
      case 5: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "Scheduled_SEReqControlModeType", s);
  }
}
export function d_Scheduled_SEReqControlModeType(r: BitReader): T.Scheduled_SEReqControlModeType {
  const v = {} as T.Scheduled_SEReqControlModeType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.DepartureTime = dS_uint_0_4294967295(r, 0); s = 1; break;
            case 1: v.EVTargetEnergyRequest = d_RationalNumberType(r); s = 2; break;
            case 2: v.EVMaximumEnergyRequest = d_RationalNumberType(r); s = 3; break;
            case 3: v.EVMinimumEnergyRequest = d_RationalNumberType(r); s = 4; break;
            case 4: v.EVEnergyOffer = d_EVEnergyOfferType(r); s = 5; break;
            case 5: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EVTargetEnergyRequest = d_RationalNumberType(r); s = 2; break;
            case 1: v.EVMaximumEnergyRequest = d_RationalNumberType(r); s = 3; break;
            case 2: v.EVMinimumEnergyRequest = d_RationalNumberType(r); s = 4; break;
            case 3: v.EVEnergyOffer = d_EVEnergyOfferType(r); s = 5; break;
            case 4: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EVMaximumEnergyRequest = d_RationalNumberType(r); s = 3; break;
            case 1: v.EVMinimumEnergyRequest = d_RationalNumberType(r); s = 4; break;
            case 2: v.EVEnergyOffer = d_EVEnergyOfferType(r); s = 5; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVMinimumEnergyRequest = d_RationalNumberType(r); s = 4; break;
            case 1: v.EVEnergyOffer = d_EVEnergyOfferType(r); s = 5; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVEnergyOffer = d_EVEnergyOfferType(r); s = 5; break;
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
    throw r.wrap(e, "Scheduled_SEReqControlModeType", s);
  }
}
export function e_EVEnergyOfferType(w: BitWriter, v: T.EVEnergyOfferType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.EVPowerSchedule;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_EVPowerScheduleType(w, x);
      }
    }
    {
      const x = v.EVAbsolutePriceSchedule;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("EVAbsolutePriceSchedule is not allowed here");
        }
        e_EVAbsolutePriceScheduleType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["EVPowerSchedule","EVAbsolutePriceSchedule"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVEnergyOfferType", s);
  }
}
export function d_EVEnergyOfferType(r: BitReader): T.EVEnergyOfferType {
  const v = {} as T.EVEnergyOfferType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVPowerSchedule = d_EVPowerScheduleType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVAbsolutePriceSchedule = d_EVAbsolutePriceScheduleType(r); s = 2; break;
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
    throw r.wrap(e, "EVEnergyOfferType", s);
  }
}
export function e_EVPowerScheduleType(w: BitWriter, v: T.EVPowerScheduleType): void {
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
      const x = v.EVPowerScheduleEntries;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("EVPowerScheduleEntries is not allowed here");
        }
        e_EVPowerScheduleEntryListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["TimeAnchor","EVPowerScheduleEntries"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVPowerScheduleType", s);
  }
}
export function d_EVPowerScheduleType(r: BitReader): T.EVPowerScheduleType {
  const v = {} as T.EVPowerScheduleType;
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
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVPowerScheduleEntries = d_EVPowerScheduleEntryListType(r); s = 2; break;
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
    throw r.wrap(e, "EVPowerScheduleType", s);
  }
}
export function e_EVPowerScheduleEntryListType(w: BitWriter, v: T.EVPowerScheduleEntryListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.EVPowerScheduleEntry;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("EVPowerScheduleEntry must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 1024 ? 2 : 1; break;
            default: throw w.fail("EVPowerScheduleEntry is not allowed here");
          }
          e_EVPowerScheduleEntryType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["EVPowerScheduleEntry"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVPowerScheduleEntryListType", s);
  }
}
export function d_EVPowerScheduleEntryListType(r: BitReader): T.EVPowerScheduleEntryListType {
  const v = {} as T.EVPowerScheduleEntryListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.EVPowerScheduleEntry ??= []); a.push(d_EVPowerScheduleEntryType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.EVPowerScheduleEntry ??= []); a.push(d_EVPowerScheduleEntryType(r)); s = a.length >= 1024 ? 2 : 1; break; }
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
    throw r.wrap(e, "EVPowerScheduleEntryListType", s);
  }
}
export function e_EVPowerScheduleEntryType(w: BitWriter, v: T.EVPowerScheduleEntryType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Duration;
      if (x !== undefined) {
        n++;
        eS_uint_0_4294967295(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.Power;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("Power is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Duration","Power"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVPowerScheduleEntryType", s);
  }
}
export function d_EVPowerScheduleEntryType(r: BitReader): T.EVPowerScheduleEntryType {
  const v = {} as T.EVPowerScheduleEntryType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Duration = dS_uint_0_4294967295(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Power = d_RationalNumberType(r); s = 2; break;
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
    throw r.wrap(e, "EVPowerScheduleEntryType", s);
  }
}
export function e_EVAbsolutePriceScheduleType(w: BitWriter, v: T.EVAbsolutePriceScheduleType): void {
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
      const x = v.Currency;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_str_3(w, x, 0, 1); s = 2; break;
          default: throw w.fail("Currency is not allowed here");
        }
      }
    }
    {
      const x = v.PriceAlgorithm;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_str_255(w, x, 0, 1); s = 3; break;
          default: throw w.fail("PriceAlgorithm is not allowed here");
        }
      }
    }
    {
      const x = v.EVPriceRuleStacks;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("EVPriceRuleStacks is not allowed here");
        }
        e_EVPriceRuleStackListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["TimeAnchor","Currency","PriceAlgorithm","EVPriceRuleStacks"]);
    switch (s) {
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVAbsolutePriceScheduleType", s);
  }
}
export function d_EVAbsolutePriceScheduleType(r: BitReader): T.EVAbsolutePriceScheduleType {
  const v = {} as T.EVAbsolutePriceScheduleType;
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
          const c = r.bits(1);
          switch (c) {
            case 0: v.Currency = dS_str_3(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PriceAlgorithm = dS_str_255(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVPriceRuleStacks = d_EVPriceRuleStackListType(r); s = 4; break;
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
    throw r.wrap(e, "EVAbsolutePriceScheduleType", s);
  }
}
export function e_EVPriceRuleStackListType(w: BitWriter, v: T.EVPriceRuleStackListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.EVPriceRuleStack;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("EVPriceRuleStack must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 1024 ? 2 : 1; break;
            default: throw w.fail("EVPriceRuleStack is not allowed here");
          }
          e_EVPriceRuleStackType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["EVPriceRuleStack"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVPriceRuleStackListType", s);
  }
}
export function d_EVPriceRuleStackListType(r: BitReader): T.EVPriceRuleStackListType {
  const v = {} as T.EVPriceRuleStackListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.EVPriceRuleStack ??= []); a.push(d_EVPriceRuleStackType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.EVPriceRuleStack ??= []); a.push(d_EVPriceRuleStackType(r)); s = a.length >= 1024 ? 2 : 1; break; }
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
    throw r.wrap(e, "EVPriceRuleStackListType", s);
  }
}
export function e_EVPriceRuleStackType(w: BitWriter, v: T.EVPriceRuleStackType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Duration;
      if (x !== undefined) {
        n++;
        eS_uint_0_4294967295(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.EVPriceRule;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("EVPriceRule must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 1: w.bits(0, 1); s = 2; break;
            case 2: w.bits(0, 2); s = i + 1 >= 8 ? 3 : 2; break;
            default: throw w.fail("EVPriceRule is not allowed here");
          }
          e_EVPriceRuleType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Duration","EVPriceRule"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVPriceRuleStackType", s);
  }
}
export function d_EVPriceRuleStackType(r: BitReader): T.EVPriceRuleStackType {
  const v = {} as T.EVPriceRuleStackType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Duration = dS_uint_0_4294967295(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.EVPriceRule ??= []); a.push(d_EVPriceRuleType(r)); s = 2; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.EVPriceRule ??= []); a.push(d_EVPriceRuleType(r)); s = a.length >= 8 ? 3 : 2; break; }
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
    throw r.wrap(e, "EVPriceRuleStackType", s);
  }
}
export function e_EVPriceRuleType(w: BitWriter, v: T.EVPriceRuleType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.EnergyFee;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.PowerRangeStart;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("PowerRangeStart is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["EnergyFee","PowerRangeStart"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVPriceRuleType", s);
  }
}
export function d_EVPriceRuleType(r: BitReader): T.EVPriceRuleType {
  const v = {} as T.EVPriceRuleType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EnergyFee = d_RationalNumberType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PowerRangeStart = d_RationalNumberType(r); s = 2; break;
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
    throw r.wrap(e, "EVPriceRuleType", s);
  }
}
export function e_ScheduleExchangeResType(w: BitWriter, v: T.ScheduleExchangeResType): void {
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
      const x = v.GoToPause;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_bool(w, x, 0, 2); s = 4; break;
          default: throw w.fail("GoToPause is not allowed here");
        }
      }
    }
    {
      const x = v.Dynamic_SEResControlMode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(1, 2); s = 5; break;
          case 4: w.bits(0, 2); s = 5; break;
          default: throw w.fail("Dynamic_SEResControlMode is not allowed here");
        }
        e_Dynamic_SEResControlModeType(w, x);
      }
    }
    {
      const x = v.Scheduled_SEResControlMode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(2, 2); s = 6; break;
          case 4: w.bits(1, 2); s = 6; break;
          default: throw w.fail("Scheduled_SEResControlMode is not allowed here");
        }
        e_Scheduled_SEResControlModeType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","EVSEProcessing","GoToPause","Dynamic_SEResControlMode","Scheduled_SEResControlMode"]);
    switch (s) {
      case 5: w.bits(0, 1); break;
      case 6: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ScheduleExchangeResType", s);
  }
}
export function d_ScheduleExchangeResType(r: BitReader): T.ScheduleExchangeResType {
  const v = {} as T.ScheduleExchangeResType;
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
            case 0: v.GoToPause = dS_bool(r, 0); s = 4; break;
            case 1: v.Dynamic_SEResControlMode = d_Dynamic_SEResControlModeType(r); s = 5; break;
            case 2: v.Scheduled_SEResControlMode = d_Scheduled_SEResControlModeType(r); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Dynamic_SEResControlMode = d_Dynamic_SEResControlModeType(r); s = 5; break;
            case 1: v.Scheduled_SEResControlMode = d_Scheduled_SEResControlModeType(r); s = 6; break;
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
    throw r.wrap(e, "ScheduleExchangeResType", s);
  }
}
export function e_Dynamic_SEResControlModeType(w: BitWriter, v: T.Dynamic_SEResControlModeType): void {
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
          case 2: eS_nbit_0_100(w, x, 0, 3); s = 3; break;
          default: throw w.fail("TargetSOC is not allowed here");
        }
      }
    }
    {
      const x = v.AbsolutePriceSchedule;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(3, 3); s = 4; break;
          case 1: w.bits(2, 3); s = 4; break;
          case 2: w.bits(1, 3); s = 4; break;
          case 3: w.bits(0, 2); s = 4; break;
          default: throw w.fail("AbsolutePriceSchedule is not allowed here");
        }
        e_AbsolutePriceScheduleType(w, x);
      }
    }
    {
      const x = v.PriceLevelSchedule;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(4, 3); s = 5; break;
          case 1: w.bits(3, 3); s = 5; break;
          case 2: w.bits(2, 3); s = 5; break;
          case 3: w.bits(1, 2); s = 5; break;
          default: throw w.fail("PriceLevelSchedule is not allowed here");
        }
        e_PriceLevelScheduleType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DepartureTime","MinimumSOC","TargetSOC","AbsolutePriceSchedule","PriceLevelSchedule"]);
    switch (s) {
      case 0: w.bits(5, 3); break;
      case 1: w.bits(4, 3); break;
      case 2: w.bits(3, 3); break;
      case 3: w.bits(2, 2); break;
      case 4: w.bits(0, 1); break;
      case 5: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "Dynamic_SEResControlModeType", s);
  }
}
export function d_Dynamic_SEResControlModeType(r: BitReader): T.Dynamic_SEResControlModeType {
  const v = {} as T.Dynamic_SEResControlModeType;
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
            case 3: v.AbsolutePriceSchedule = d_AbsolutePriceScheduleType(r); s = 4; break;
            case 4: v.PriceLevelSchedule = d_PriceLevelScheduleType(r); s = 5; break;
            case 5: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.MinimumSOC = dS_nbit_0_100(r, 0); s = 2; break;
            case 1: v.TargetSOC = dS_nbit_0_100(r, 0); s = 3; break;
            case 2: v.AbsolutePriceSchedule = d_AbsolutePriceScheduleType(r); s = 4; break;
            case 3: v.PriceLevelSchedule = d_PriceLevelScheduleType(r); s = 5; break;
            case 4: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.TargetSOC = dS_nbit_0_100(r, 0); s = 3; break;
            case 1: v.AbsolutePriceSchedule = d_AbsolutePriceScheduleType(r); s = 4; break;
            case 2: v.PriceLevelSchedule = d_PriceLevelScheduleType(r); s = 5; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.AbsolutePriceSchedule = d_AbsolutePriceScheduleType(r); s = 4; break;
            case 1: v.PriceLevelSchedule = d_PriceLevelScheduleType(r); s = 5; break;
            case 2: return v;
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
    throw r.wrap(e, "Dynamic_SEResControlModeType", s);
  }
}
export function e_AbsolutePriceScheduleType(w: BitWriter, v: T.AbsolutePriceScheduleType): void {
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
      const x = v.TimeAnchor;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_uint_0_18446744073709552000(w, x, 1, 2); s = 2; break;
          case 0: eS_uint_0_18446744073709552000(w, x, 0, 1); s = 2; break;
          default: throw w.fail("TimeAnchor is not allowed here");
        }
      }
    }
    {
      const x = v.PriceScheduleID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_uint_1_4294967295(w, x, 0, 1); s = 3; break;
          default: throw w.fail("PriceScheduleID is not allowed here");
        }
      }
    }
    {
      const x = v.PriceScheduleDescription;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_str_160(w, x, 0, 2); s = 4; break;
          default: throw w.fail("PriceScheduleDescription is not allowed here");
        }
      }
    }
    {
      const x = v.Currency;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_str_3(w, x, 1, 2); s = 5; break;
          case 4: eS_str_3(w, x, 0, 1); s = 5; break;
          default: throw w.fail("Currency is not allowed here");
        }
      }
    }
    {
      const x = v.Language;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_str_3(w, x, 0, 1); s = 6; break;
          default: throw w.fail("Language is not allowed here");
        }
      }
    }
    {
      const x = v.PriceAlgorithm;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: eS_str_255(w, x, 0, 1); s = 7; break;
          default: throw w.fail("PriceAlgorithm is not allowed here");
        }
      }
    }
    {
      const x = v.MinimumCost;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 7: w.bits(0, 3); s = 8; break;
          default: throw w.fail("MinimumCost is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.MaximumCost;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 7: w.bits(1, 3); s = 9; break;
          case 8: w.bits(0, 2); s = 9; break;
          default: throw w.fail("MaximumCost is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.TaxRules;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 7: w.bits(2, 3); s = 10; break;
          case 8: w.bits(1, 2); s = 10; break;
          case 9: w.bits(0, 2); s = 10; break;
          default: throw w.fail("TaxRules is not allowed here");
        }
        e_TaxRuleListType(w, x);
      }
    }
    {
      const x = v.PriceRuleStacks;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 7: w.bits(3, 3); s = 11; break;
          case 8: w.bits(2, 2); s = 11; break;
          case 9: w.bits(1, 2); s = 11; break;
          case 10: w.bits(0, 1); s = 11; break;
          default: throw w.fail("PriceRuleStacks is not allowed here");
        }
        e_PriceRuleStackListType(w, x);
      }
    }
    {
      const x = v.OverstayRules;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 11: w.bits(0, 2); s = 12; break;
          default: throw w.fail("OverstayRules is not allowed here");
        }
        e_OverstayRuleListType(w, x);
      }
    }
    {
      const x = v.AdditionalSelectedServices;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 11: w.bits(1, 2); s = 13; break;
          case 12: w.bits(0, 2); s = 13; break;
          default: throw w.fail("AdditionalSelectedServices is not allowed here");
        }
        e_AdditionalServiceListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","TimeAnchor","PriceScheduleID","PriceScheduleDescription","Currency","Language","PriceAlgorithm","MinimumCost","MaximumCost","TaxRules","PriceRuleStacks","OverstayRules","AdditionalSelectedServices"]);
    switch (s) {
      case 11: w.bits(2, 2); break;
      case 12: w.bits(1, 2); break;
      case 13: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "AbsolutePriceScheduleType", s);
  }
}
export function d_AbsolutePriceScheduleType(r: BitReader): T.AbsolutePriceScheduleType {
  const v = {} as T.AbsolutePriceScheduleType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.TimeAnchor = dS_uint_0_18446744073709552000(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: v.TimeAnchor = dS_uint_0_18446744073709552000(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PriceScheduleID = dS_uint_1_4294967295(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.PriceScheduleDescription = dS_str_160(r, 0); s = 4; break;
            case 1: v.Currency = dS_str_3(r, 0); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Currency = dS_str_3(r, 0); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Language = dS_str_3(r, 0); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PriceAlgorithm = dS_str_255(r, 0); s = 7; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.MinimumCost = d_RationalNumberType(r); s = 8; break;
            case 1: v.MaximumCost = d_RationalNumberType(r); s = 9; break;
            case 2: v.TaxRules = d_TaxRuleListType(r); s = 10; break;
            case 3: v.PriceRuleStacks = d_PriceRuleStackListType(r); s = 11; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 8: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.MaximumCost = d_RationalNumberType(r); s = 9; break;
            case 1: v.TaxRules = d_TaxRuleListType(r); s = 10; break;
            case 2: v.PriceRuleStacks = d_PriceRuleStackListType(r); s = 11; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 9: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.TaxRules = d_TaxRuleListType(r); s = 10; break;
            case 1: v.PriceRuleStacks = d_PriceRuleStackListType(r); s = 11; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 10: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PriceRuleStacks = d_PriceRuleStackListType(r); s = 11; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 11: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.OverstayRules = d_OverstayRuleListType(r); s = 12; break;
            case 1: v.AdditionalSelectedServices = d_AdditionalServiceListType(r); s = 13; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 12: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.AdditionalSelectedServices = d_AdditionalServiceListType(r); s = 13; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 13: {
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
    throw r.wrap(e, "AbsolutePriceScheduleType", s);
  }
}
export function e_TaxRuleListType(w: BitWriter, v: T.TaxRuleListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.TaxRule;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("TaxRule must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 10 ? 2 : 1; break;
            default: throw w.fail("TaxRule is not allowed here");
          }
          e_TaxRuleType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["TaxRule"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "TaxRuleListType", s);
  }
}
export function d_TaxRuleListType(r: BitReader): T.TaxRuleListType {
  const v = {} as T.TaxRuleListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.TaxRule ??= []); a.push(d_TaxRuleType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.TaxRule ??= []); a.push(d_TaxRuleType(r)); s = a.length >= 10 ? 2 : 1; break; }
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
    throw r.wrap(e, "TaxRuleListType", s);
  }
}
export function e_TaxRuleType(w: BitWriter, v: T.TaxRuleType): void {
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
      const x = v.TaxRuleName;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_str_80(w, x, 0, 2); s = 2; break;
          default: throw w.fail("TaxRuleName is not allowed here");
        }
      }
    }
    {
      const x = v.TaxRate;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(1, 2); s = 3; break;
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("TaxRate is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.TaxIncludedInPrice;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_bool(w, x, 0, 2); s = 4; break;
          default: throw w.fail("TaxIncludedInPrice is not allowed here");
        }
      }
    }
    {
      const x = v.AppliesToEnergyFee;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_bool(w, x, 1, 2); s = 5; break;
          case 4: eS_bool(w, x, 0, 1); s = 5; break;
          default: throw w.fail("AppliesToEnergyFee is not allowed here");
        }
      }
    }
    {
      const x = v.AppliesToParkingFee;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_bool(w, x, 0, 1); s = 6; break;
          default: throw w.fail("AppliesToParkingFee is not allowed here");
        }
      }
    }
    {
      const x = v.AppliesToOverstayFee;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: eS_bool(w, x, 0, 1); s = 7; break;
          default: throw w.fail("AppliesToOverstayFee is not allowed here");
        }
      }
    }
    {
      const x = v.AppliesMinimumMaximumCost;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 7: eS_bool(w, x, 0, 1); s = 8; break;
          default: throw w.fail("AppliesMinimumMaximumCost is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["TaxRuleID","TaxRuleName","TaxRate","TaxIncludedInPrice","AppliesToEnergyFee","AppliesToParkingFee","AppliesToOverstayFee","AppliesMinimumMaximumCost"]);
    switch (s) {
      case 8: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "TaxRuleType", s);
  }
}
export function d_TaxRuleType(r: BitReader): T.TaxRuleType {
  const v = {} as T.TaxRuleType;
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
          const c = r.bits(2);
          switch (c) {
            case 0: v.TaxRuleName = dS_str_80(r, 0); s = 2; break;
            case 1: v.TaxRate = d_RationalNumberType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.TaxRate = d_RationalNumberType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.TaxIncludedInPrice = dS_bool(r, 0); s = 4; break;
            case 1: v.AppliesToEnergyFee = dS_bool(r, 0); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: { v.AppliesToEnergyFee = dS_bool(r, 1); s = 5; break; }
        case 5: { v.AppliesToParkingFee = dS_bool(r, 1); s = 6; break; }
        case 6: { v.AppliesToOverstayFee = dS_bool(r, 1); s = 7; break; }
        case 7: { v.AppliesMinimumMaximumCost = dS_bool(r, 1); s = 8; break; }
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
    throw r.wrap(e, "TaxRuleType", s);
  }
}
export function e_PriceRuleStackListType(w: BitWriter, v: T.PriceRuleStackListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.PriceRuleStack;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("PriceRuleStack must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 1024 ? 2 : 1; break;
            default: throw w.fail("PriceRuleStack is not allowed here");
          }
          e_PriceRuleStackType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["PriceRuleStack"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PriceRuleStackListType", s);
  }
}
export function d_PriceRuleStackListType(r: BitReader): T.PriceRuleStackListType {
  const v = {} as T.PriceRuleStackListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.PriceRuleStack ??= []); a.push(d_PriceRuleStackType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.PriceRuleStack ??= []); a.push(d_PriceRuleStackType(r)); s = a.length >= 1024 ? 2 : 1; break; }
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
    throw r.wrap(e, "PriceRuleStackListType", s);
  }
}
export function e_PriceRuleStackType(w: BitWriter, v: T.PriceRuleStackType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Duration;
      if (x !== undefined) {
        n++;
        eS_uint_0_4294967295(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.PriceRule;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("PriceRule must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 1: w.bits(0, 1); s = 2; break;
            case 2: w.bits(0, 2); s = i + 1 >= 8 ? 3 : 2; break;
            default: throw w.fail("PriceRule is not allowed here");
          }
          e_PriceRuleType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Duration","PriceRule"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PriceRuleStackType", s);
  }
}
export function d_PriceRuleStackType(r: BitReader): T.PriceRuleStackType {
  const v = {} as T.PriceRuleStackType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Duration = dS_uint_0_4294967295(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.PriceRule ??= []); a.push(d_PriceRuleType(r)); s = 2; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.PriceRule ??= []); a.push(d_PriceRuleType(r)); s = a.length >= 8 ? 3 : 2; break; }
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
    throw r.wrap(e, "PriceRuleStackType", s);
  }
}
export function e_PriceRuleType(w: BitWriter, v: T.PriceRuleType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.EnergyFee;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.ParkingFee;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 3); s = 2; break;
          default: throw w.fail("ParkingFee is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.ParkingFeePeriod;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_uint_0_4294967295(w, x, 1, 3); s = 3; break;
          case 2: eS_uint_0_4294967295(w, x, 0, 3); s = 3; break;
          default: throw w.fail("ParkingFeePeriod is not allowed here");
        }
      }
    }
    {
      const x = v.CarbonDioxideEmission;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_uint_0_65535(w, x, 2, 3); s = 4; break;
          case 2: eS_uint_0_65535(w, x, 1, 3); s = 4; break;
          case 3: eS_uint_0_65535(w, x, 0, 2); s = 4; break;
          default: throw w.fail("CarbonDioxideEmission is not allowed here");
        }
      }
    }
    {
      const x = v.RenewableGenerationPercentage;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_nbit_0_255(w, x, 3, 3); s = 5; break;
          case 2: eS_nbit_0_255(w, x, 2, 3); s = 5; break;
          case 3: eS_nbit_0_255(w, x, 1, 2); s = 5; break;
          case 4: eS_nbit_0_255(w, x, 0, 2); s = 5; break;
          default: throw w.fail("RenewableGenerationPercentage is not allowed here");
        }
      }
    }
    {
      const x = v.PowerRangeStart;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(4, 3); s = 6; break;
          case 2: w.bits(3, 3); s = 6; break;
          case 3: w.bits(2, 2); s = 6; break;
          case 4: w.bits(1, 2); s = 6; break;
          case 5: w.bits(0, 1); s = 6; break;
          default: throw w.fail("PowerRangeStart is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["EnergyFee","ParkingFee","ParkingFeePeriod","CarbonDioxideEmission","RenewableGenerationPercentage","PowerRangeStart"]);
    switch (s) {
      case 6: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PriceRuleType", s);
  }
}
export function d_PriceRuleType(r: BitReader): T.PriceRuleType {
  const v = {} as T.PriceRuleType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EnergyFee = d_RationalNumberType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.ParkingFee = d_RationalNumberType(r); s = 2; break;
            case 1: v.ParkingFeePeriod = dS_uint_0_4294967295(r, 0); s = 3; break;
            case 2: v.CarbonDioxideEmission = dS_uint_0_65535(r, 0); s = 4; break;
            case 3: v.RenewableGenerationPercentage = dS_nbit_0_255(r, 0); s = 5; break;
            case 4: v.PowerRangeStart = d_RationalNumberType(r); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.ParkingFeePeriod = dS_uint_0_4294967295(r, 0); s = 3; break;
            case 1: v.CarbonDioxideEmission = dS_uint_0_65535(r, 0); s = 4; break;
            case 2: v.RenewableGenerationPercentage = dS_nbit_0_255(r, 0); s = 5; break;
            case 3: v.PowerRangeStart = d_RationalNumberType(r); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.CarbonDioxideEmission = dS_uint_0_65535(r, 0); s = 4; break;
            case 1: v.RenewableGenerationPercentage = dS_nbit_0_255(r, 0); s = 5; break;
            case 2: v.PowerRangeStart = d_RationalNumberType(r); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.RenewableGenerationPercentage = dS_nbit_0_255(r, 0); s = 5; break;
            case 1: v.PowerRangeStart = d_RationalNumberType(r); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PowerRangeStart = d_RationalNumberType(r); s = 6; break;
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
    throw r.wrap(e, "PriceRuleType", s);
  }
}
export function e_OverstayRuleListType(w: BitWriter, v: T.OverstayRuleListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.OverstayTimeThreshold;
      if (x !== undefined) {
        n++;
        eS_uint_0_4294967295(w, x, 0, 2); s = 1;
      }
    }
    {
      const x = v.OverstayPowerThreshold;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(1, 2); s = 2; break;
          case 1: w.bits(0, 2); s = 2; break;
          default: throw w.fail("OverstayPowerThreshold is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.OverstayRule;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("OverstayRule must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(2, 2); s = 3; break;
            case 1: w.bits(1, 2); s = 3; break;
            case 2: w.bits(0, 1); s = 3; break;
            case 3: w.bits(0, 2); s = i + 1 >= 5 ? 4 : 3; break;
            default: throw w.fail("OverstayRule is not allowed here");
          }
          e_OverstayRuleType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["OverstayTimeThreshold","OverstayPowerThreshold","OverstayRule"]);
    switch (s) {
      case 3: w.bits(1, 2); break;
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "OverstayRuleListType", s);
  }
}
export function d_OverstayRuleListType(r: BitReader): T.OverstayRuleListType {
  const v = {} as T.OverstayRuleListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.OverstayTimeThreshold = dS_uint_0_4294967295(r, 0); s = 1; break;
            case 1: v.OverstayPowerThreshold = d_RationalNumberType(r); s = 2; break;
            case 2: { const a = (v.OverstayRule ??= []); a.push(d_OverstayRuleType(r)); s = 3; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.OverstayPowerThreshold = d_RationalNumberType(r); s = 2; break;
            case 1: { const a = (v.OverstayRule ??= []); a.push(d_OverstayRuleType(r)); s = 3; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.OverstayRule ??= []); a.push(d_OverstayRuleType(r)); s = 3; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.OverstayRule ??= []); a.push(d_OverstayRuleType(r)); s = a.length >= 5 ? 4 : 3; break; }
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
    throw r.wrap(e, "OverstayRuleListType", s);
  }
}
export function e_OverstayRuleType(w: BitWriter, v: T.OverstayRuleType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.OverstayRuleDescription;
      if (x !== undefined) {
        n++;
        eS_str_160(w, x, 0, 2); s = 1;
      }
    }
    {
      const x = v.StartTime;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_uint_0_4294967295(w, x, 1, 2); s = 2; break;
          case 1: eS_uint_0_4294967295(w, x, 0, 1); s = 2; break;
          default: throw w.fail("StartTime is not allowed here");
        }
      }
    }
    {
      const x = v.OverstayFee;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("OverstayFee is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.OverstayFeePeriod;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_uint_0_4294967295(w, x, 0, 1); s = 4; break;
          default: throw w.fail("OverstayFeePeriod is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["OverstayRuleDescription","StartTime","OverstayFee","OverstayFeePeriod"]);
    switch (s) {
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "OverstayRuleType", s);
  }
}
export function d_OverstayRuleType(r: BitReader): T.OverstayRuleType {
  const v = {} as T.OverstayRuleType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.OverstayRuleDescription = dS_str_160(r, 0); s = 1; break;
            case 1: v.StartTime = dS_uint_0_4294967295(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.StartTime = dS_uint_0_4294967295(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.OverstayFee = d_RationalNumberType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.OverstayFeePeriod = dS_uint_0_4294967295(r, 0); s = 4; break;
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
    throw r.wrap(e, "OverstayRuleType", s);
  }
}
export function e_AdditionalServiceListType(w: BitWriter, v: T.AdditionalServiceListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.AdditionalService;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("AdditionalService must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 5 ? 2 : 1; break;
            default: throw w.fail("AdditionalService is not allowed here");
          }
          e_AdditionalServiceType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["AdditionalService"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "AdditionalServiceListType", s);
  }
}
export function d_AdditionalServiceListType(r: BitReader): T.AdditionalServiceListType {
  const v = {} as T.AdditionalServiceListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.AdditionalService ??= []); a.push(d_AdditionalServiceType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.AdditionalService ??= []); a.push(d_AdditionalServiceType(r)); s = a.length >= 5 ? 2 : 1; break; }
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
    throw r.wrap(e, "AdditionalServiceListType", s);
  }
}
export function e_AdditionalServiceType(w: BitWriter, v: T.AdditionalServiceType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ServiceName;
      if (x !== undefined) {
        n++;
        eS_str_80(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.ServiceFee;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("ServiceFee is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ServiceName","ServiceFee"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "AdditionalServiceType", s);
  }
}
export function d_AdditionalServiceType(r: BitReader): T.AdditionalServiceType {
  const v = {} as T.AdditionalServiceType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ServiceName = dS_str_80(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ServiceFee = d_RationalNumberType(r); s = 2; break;
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
    throw r.wrap(e, "AdditionalServiceType", s);
  }
}
export function e_PriceScheduleType(w: BitWriter, v: T.PriceScheduleType): void {
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
      const x = v.PriceScheduleID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_uint_1_4294967295(w, x, 0, 1); s = 2; break;
          default: throw w.fail("PriceScheduleID is not allowed here");
        }
      }
    }
    {
      const x = v.PriceScheduleDescription;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_str_160(w, x, 0, 2); s = 3; break;
          default: throw w.fail("PriceScheduleDescription is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["TimeAnchor","PriceScheduleID","PriceScheduleDescription"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PriceScheduleType", s);
  }
}
export function d_PriceScheduleType(r: BitReader): T.PriceScheduleType {
  const v = {} as T.PriceScheduleType;
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
          const c = r.bits(1);
          switch (c) {
            case 0: v.PriceScheduleID = dS_uint_1_4294967295(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.PriceScheduleDescription = dS_str_160(r, 0); s = 3; break;
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
    throw r.wrap(e, "PriceScheduleType", s);
  }
}
export function e_PriceLevelScheduleType(w: BitWriter, v: T.PriceLevelScheduleType): void {
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
      const x = v.TimeAnchor;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_uint_0_18446744073709552000(w, x, 1, 2); s = 2; break;
          case 0: eS_uint_0_18446744073709552000(w, x, 0, 1); s = 2; break;
          default: throw w.fail("TimeAnchor is not allowed here");
        }
      }
    }
    {
      const x = v.PriceScheduleID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_uint_1_4294967295(w, x, 0, 1); s = 3; break;
          default: throw w.fail("PriceScheduleID is not allowed here");
        }
      }
    }
    {
      const x = v.PriceScheduleDescription;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_str_160(w, x, 0, 2); s = 4; break;
          default: throw w.fail("PriceScheduleDescription is not allowed here");
        }
      }
    }
    {
      const x = v.NumberOfPriceLevels;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_nbit_0_255(w, x, 1, 2); s = 5; break;
          case 4: eS_nbit_0_255(w, x, 0, 1); s = 5; break;
          default: throw w.fail("NumberOfPriceLevels is not allowed here");
        }
      }
    }
    {
      const x = v.PriceLevelScheduleEntries;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: w.bits(0, 1); s = 6; break;
          default: throw w.fail("PriceLevelScheduleEntries is not allowed here");
        }
        e_PriceLevelScheduleEntryListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","TimeAnchor","PriceScheduleID","PriceScheduleDescription","NumberOfPriceLevels","PriceLevelScheduleEntries"]);
    switch (s) {
      case 6: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PriceLevelScheduleType", s);
  }
}
export function d_PriceLevelScheduleType(r: BitReader): T.PriceLevelScheduleType {
  const v = {} as T.PriceLevelScheduleType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.TimeAnchor = dS_uint_0_18446744073709552000(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: v.TimeAnchor = dS_uint_0_18446744073709552000(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PriceScheduleID = dS_uint_1_4294967295(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.PriceScheduleDescription = dS_str_160(r, 0); s = 4; break;
            case 1: v.NumberOfPriceLevels = dS_nbit_0_255(r, 0); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: { v.NumberOfPriceLevels = dS_nbit_0_255(r, 1); s = 5; break; }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PriceLevelScheduleEntries = d_PriceLevelScheduleEntryListType(r); s = 6; break;
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
    throw r.wrap(e, "PriceLevelScheduleType", s);
  }
}
export function e_PriceLevelScheduleEntryListType(w: BitWriter, v: T.PriceLevelScheduleEntryListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.PriceLevelScheduleEntry;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("PriceLevelScheduleEntry must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 1024 ? 2 : 1; break;
            default: throw w.fail("PriceLevelScheduleEntry is not allowed here");
          }
          e_PriceLevelScheduleEntryType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["PriceLevelScheduleEntry"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PriceLevelScheduleEntryListType", s);
  }
}
export function d_PriceLevelScheduleEntryListType(r: BitReader): T.PriceLevelScheduleEntryListType {
  const v = {} as T.PriceLevelScheduleEntryListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.PriceLevelScheduleEntry ??= []); a.push(d_PriceLevelScheduleEntryType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.PriceLevelScheduleEntry ??= []); a.push(d_PriceLevelScheduleEntryType(r)); s = a.length >= 1024 ? 2 : 1; break; }
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
    throw r.wrap(e, "PriceLevelScheduleEntryListType", s);
  }
}
export function e_PriceLevelScheduleEntryType(w: BitWriter, v: T.PriceLevelScheduleEntryType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Duration;
      if (x !== undefined) {
        n++;
        eS_uint_0_4294967295(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.PriceLevel;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_nbit_0_255(w, x, 0, 1); s = 2; break;
          default: throw w.fail("PriceLevel is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Duration","PriceLevel"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PriceLevelScheduleEntryType", s);
  }
}
export function d_PriceLevelScheduleEntryType(r: BitReader): T.PriceLevelScheduleEntryType {
  const v = {} as T.PriceLevelScheduleEntryType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Duration = dS_uint_0_4294967295(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: { v.PriceLevel = dS_nbit_0_255(r, 1); s = 2; break; }
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
    throw r.wrap(e, "PriceLevelScheduleEntryType", s);
  }
}
export function e_Scheduled_SEResControlModeType(w: BitWriter, v: T.Scheduled_SEResControlModeType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ScheduleTuple;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("ScheduleTuple must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 3 ? 2 : 1; break;
            default: throw w.fail("ScheduleTuple is not allowed here");
          }
          e_ScheduleTupleType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ScheduleTuple"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "Scheduled_SEResControlModeType", s);
  }
}
export function d_Scheduled_SEResControlModeType(r: BitReader): T.Scheduled_SEResControlModeType {
  const v = {} as T.Scheduled_SEResControlModeType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.ScheduleTuple ??= []); a.push(d_ScheduleTupleType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.ScheduleTuple ??= []); a.push(d_ScheduleTupleType(r)); s = a.length >= 3 ? 2 : 1; break; }
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
    throw r.wrap(e, "Scheduled_SEResControlModeType", s);
  }
}
export function e_ScheduleTupleType(w: BitWriter, v: T.ScheduleTupleType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ScheduleTupleID;
      if (x !== undefined) {
        n++;
        eS_uint_1_4294967295(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.ChargingSchedule;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("ChargingSchedule is not allowed here");
        }
        e_ChargingScheduleType(w, x);
      }
    }
    {
      const x = v.DischargingSchedule;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 2); s = 3; break;
          default: throw w.fail("DischargingSchedule is not allowed here");
        }
        e_ChargingScheduleType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ScheduleTupleID","ChargingSchedule","DischargingSchedule"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ScheduleTupleType", s);
  }
}
export function d_ScheduleTupleType(r: BitReader): T.ScheduleTupleType {
  const v = {} as T.ScheduleTupleType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ScheduleTupleID = dS_uint_1_4294967295(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ChargingSchedule = d_ChargingScheduleType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.DischargingSchedule = d_ChargingScheduleType(r); s = 3; break;
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
    throw r.wrap(e, "ScheduleTupleType", s);
  }
}
export function e_ChargingScheduleType(w: BitWriter, v: T.ChargingScheduleType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.PowerSchedule;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_PowerScheduleType(w, x);
      }
    }
    {
      const x = v.AbsolutePriceSchedule;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 2); s = 2; break;
          default: throw w.fail("AbsolutePriceSchedule is not allowed here");
        }
        e_AbsolutePriceScheduleType(w, x);
      }
    }
    {
      const x = v.PriceLevelSchedule;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(1, 2); s = 3; break;
          default: throw w.fail("PriceLevelSchedule is not allowed here");
        }
        e_PriceLevelScheduleType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["PowerSchedule","AbsolutePriceSchedule","PriceLevelSchedule"]);
    switch (s) {
      case 1: w.bits(2, 2); break;
      case 2: w.bits(0, 1); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ChargingScheduleType", s);
  }
}
export function d_ChargingScheduleType(r: BitReader): T.ChargingScheduleType {
  const v = {} as T.ChargingScheduleType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PowerSchedule = d_PowerScheduleType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.AbsolutePriceSchedule = d_AbsolutePriceScheduleType(r); s = 2; break;
            case 1: v.PriceLevelSchedule = d_PriceLevelScheduleType(r); s = 3; break;
            case 2: return v;
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
    throw r.wrap(e, "ChargingScheduleType", s);
  }
}
export function e_PowerScheduleType(w: BitWriter, v: T.PowerScheduleType): void {
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
      const x = v.AvailableEnergy;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 2); s = 2; break;
          default: throw w.fail("AvailableEnergy is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.PowerTolerance;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(1, 2); s = 3; break;
          case 2: w.bits(0, 2); s = 3; break;
          default: throw w.fail("PowerTolerance is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.PowerScheduleEntries;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(2, 2); s = 4; break;
          case 2: w.bits(1, 2); s = 4; break;
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("PowerScheduleEntries is not allowed here");
        }
        e_PowerScheduleEntryListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["TimeAnchor","AvailableEnergy","PowerTolerance","PowerScheduleEntries"]);
    switch (s) {
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PowerScheduleType", s);
  }
}
export function d_PowerScheduleType(r: BitReader): T.PowerScheduleType {
  const v = {} as T.PowerScheduleType;
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
          const c = r.bits(2);
          switch (c) {
            case 0: v.AvailableEnergy = d_RationalNumberType(r); s = 2; break;
            case 1: v.PowerTolerance = d_RationalNumberType(r); s = 3; break;
            case 2: v.PowerScheduleEntries = d_PowerScheduleEntryListType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.PowerTolerance = d_RationalNumberType(r); s = 3; break;
            case 1: v.PowerScheduleEntries = d_PowerScheduleEntryListType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PowerScheduleEntries = d_PowerScheduleEntryListType(r); s = 4; break;
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
    throw r.wrap(e, "PowerScheduleType", s);
  }
}
export function e_PowerScheduleEntryListType(w: BitWriter, v: T.PowerScheduleEntryListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.PowerScheduleEntry;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("PowerScheduleEntry must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 1024 ? 2 : 1; break;
            default: throw w.fail("PowerScheduleEntry is not allowed here");
          }
          e_PowerScheduleEntryType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["PowerScheduleEntry"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PowerScheduleEntryListType", s);
  }
}
export function d_PowerScheduleEntryListType(r: BitReader): T.PowerScheduleEntryListType {
  const v = {} as T.PowerScheduleEntryListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.PowerScheduleEntry ??= []); a.push(d_PowerScheduleEntryType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.PowerScheduleEntry ??= []); a.push(d_PowerScheduleEntryType(r)); s = a.length >= 1024 ? 2 : 1; break; }
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
    throw r.wrap(e, "PowerScheduleEntryListType", s);
  }
}
export function e_PowerScheduleEntryType(w: BitWriter, v: T.PowerScheduleEntryType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Duration;
      if (x !== undefined) {
        n++;
        eS_uint_0_4294967295(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.Power;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("Power is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.Power_L2;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 2); s = 3; break;
          default: throw w.fail("Power_L2 is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    {
      const x = v.Power_L3;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 2); s = 4; break;
          case 3: w.bits(0, 2); s = 4; break;
          default: throw w.fail("Power_L3 is not allowed here");
        }
        e_RationalNumberType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Duration","Power","Power_L2","Power_L3"]);
    switch (s) {
      case 2: w.bits(2, 2); break;
      case 3: w.bits(1, 2); break;
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PowerScheduleEntryType", s);
  }
}
export function d_PowerScheduleEntryType(r: BitReader): T.PowerScheduleEntryType {
  const v = {} as T.PowerScheduleEntryType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Duration = dS_uint_0_4294967295(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Power = d_RationalNumberType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Power_L2 = d_RationalNumberType(r); s = 3; break;
            case 1: v.Power_L3 = d_RationalNumberType(r); s = 4; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Power_L3 = d_RationalNumberType(r); s = 4; break;
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
    throw r.wrap(e, "PowerScheduleEntryType", s);
  }
}
export function e_PowerDeliveryReqType(w: BitWriter, v: T.PowerDeliveryReqType): void {
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
      const x = v.ChargeProgress;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_chargeProgressType(w, x, 0, 1); s = 3; break;
          default: throw w.fail("ChargeProgress is not allowed here");
        }
      }
    }
    {
      const x = v.EVPowerProfile;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 2); s = 4; break;
          default: throw w.fail("EVPowerProfile is not allowed here");
        }
        e_EVPowerProfileType(w, x);
      }
    }
    {
      const x = v.BPT_ChannelSelection;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_enum_channelSelectionType(w, x, 1, 2); s = 5; break;
          case 4: eS_enum_channelSelectionType(w, x, 0, 2); s = 5; break;
          default: throw w.fail("BPT_ChannelSelection is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","EVProcessing","ChargeProgress","EVPowerProfile","BPT_ChannelSelection"]);
    switch (s) {
      case 3: w.bits(2, 2); break;
      case 4: w.bits(1, 2); break;
      case 5: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PowerDeliveryReqType", s);
  }
}
export function d_PowerDeliveryReqType(r: BitReader): T.PowerDeliveryReqType {
  const v = {} as T.PowerDeliveryReqType;
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
        case 2: { v.ChargeProgress = dS_enum_chargeProgressType(r, 1); s = 3; break; }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVPowerProfile = d_EVPowerProfileType(r); s = 4; break;
            case 1: v.BPT_ChannelSelection = dS_enum_channelSelectionType(r, 0); s = 5; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.BPT_ChannelSelection = dS_enum_channelSelectionType(r, 0); s = 5; break;
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
    throw r.wrap(e, "PowerDeliveryReqType", s);
  }
}
export function e_EVPowerProfileType(w: BitWriter, v: T.EVPowerProfileType): void {
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
      const x = v.Dynamic_EVPPTControlMode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 2); s = 2; break;
          default: throw w.fail("Dynamic_EVPPTControlMode is not allowed here");
        }
        e_Dynamic_EVPPTControlModeType(w, x);
      }
    }
    {
      const x = v.Scheduled_EVPPTControlMode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(1, 2); s = 3; break;
          default: throw w.fail("Scheduled_EVPPTControlMode is not allowed here");
        }
        e_Scheduled_EVPPTControlModeType(w, x);
      }
    }
    {
      const x = v.EVPowerProfileEntries;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 4; break;
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("EVPowerProfileEntries is not allowed here");
        }
        e_EVPowerProfileEntryListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["TimeAnchor","Dynamic_EVPPTControlMode","Scheduled_EVPPTControlMode","EVPowerProfileEntries"]);
    switch (s) {
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVPowerProfileType", s);
  }
}
export function d_EVPowerProfileType(r: BitReader): T.EVPowerProfileType {
  const v = {} as T.EVPowerProfileType;
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
          const c = r.bits(2);
          switch (c) {
            case 0: v.Dynamic_EVPPTControlMode = d_Dynamic_EVPPTControlModeType(r); s = 2; break;
            case 1: v.Scheduled_EVPPTControlMode = d_Scheduled_EVPPTControlModeType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVPowerProfileEntries = d_EVPowerProfileEntryListType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVPowerProfileEntries = d_EVPowerProfileEntryListType(r); s = 4; break;
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
    throw r.wrap(e, "EVPowerProfileType", s);
  }
}
export function e_Dynamic_EVPPTControlModeType(w: BitWriter, v: T.Dynamic_EVPPTControlModeType): void {
  let s = 0;
  let n = 0;
  try {
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, []);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "Dynamic_EVPPTControlModeType", s);
  }
}
export function d_Dynamic_EVPPTControlModeType(r: BitReader): T.Dynamic_EVPPTControlModeType {
  const v = {} as T.Dynamic_EVPPTControlModeType;
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
    throw r.wrap(e, "Dynamic_EVPPTControlModeType", s);
  }
}
export function e_Scheduled_EVPPTControlModeType(w: BitWriter, v: T.Scheduled_EVPPTControlModeType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.SelectedScheduleTupleID;
      if (x !== undefined) {
        n++;
        eS_uint_1_4294967295(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.PowerToleranceAcceptance;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_powerToleranceAcceptanceType(w, x, 0, 2); s = 2; break;
          default: throw w.fail("PowerToleranceAcceptance is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["SelectedScheduleTupleID","PowerToleranceAcceptance"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "Scheduled_EVPPTControlModeType", s);
  }
}
export function d_Scheduled_EVPPTControlModeType(r: BitReader): T.Scheduled_EVPPTControlModeType {
  const v = {} as T.Scheduled_EVPPTControlModeType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SelectedScheduleTupleID = dS_uint_1_4294967295(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.PowerToleranceAcceptance = dS_enum_powerToleranceAcceptanceType(r, 0); s = 2; break;
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
    throw r.wrap(e, "Scheduled_EVPPTControlModeType", s);
  }
}
export function e_EVPowerProfileEntryListType(w: BitWriter, v: T.EVPowerProfileEntryListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.EVPowerProfileEntry;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("EVPowerProfileEntry must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 2048 ? 2 : 1; break;
            default: throw w.fail("EVPowerProfileEntry is not allowed here");
          }
          e_PowerScheduleEntryType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["EVPowerProfileEntry"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVPowerProfileEntryListType", s);
  }
}
export function d_EVPowerProfileEntryListType(r: BitReader): T.EVPowerProfileEntryListType {
  const v = {} as T.EVPowerProfileEntryListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.EVPowerProfileEntry ??= []); a.push(d_PowerScheduleEntryType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.EVPowerProfileEntry ??= []); a.push(d_PowerScheduleEntryType(r)); s = a.length >= 2048 ? 2 : 1; break; }
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
    throw r.wrap(e, "EVPowerProfileEntryListType", s);
  }
}
export function e_PowerDeliveryResType(w: BitWriter, v: T.PowerDeliveryResType): void {
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
          case 2: w.bits(0, 2); s = 3; break;
          default: throw w.fail("EVSEStatus is not allowed here");
        }
        e_EVSEStatusType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","EVSEStatus"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PowerDeliveryResType", s);
  }
}
export function d_PowerDeliveryResType(r: BitReader): T.PowerDeliveryResType {
  const v = {} as T.PowerDeliveryResType;
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
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVSEStatus = d_EVSEStatusType(r); s = 3; break;
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
    throw r.wrap(e, "PowerDeliveryResType", s);
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
export function e_MeteringConfirmationReqType(w: BitWriter, v: T.MeteringConfirmationReqType): void {
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
      const x = v.SignedMeteringData;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("SignedMeteringData is not allowed here");
        }
        e_SignedMeteringDataType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","SignedMeteringData"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "MeteringConfirmationReqType", s);
  }
}
export function d_MeteringConfirmationReqType(r: BitReader): T.MeteringConfirmationReqType {
  const v = {} as T.MeteringConfirmationReqType;
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
            case 0: v.SignedMeteringData = d_SignedMeteringDataType(r); s = 2; break;
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
    throw r.wrap(e, "MeteringConfirmationReqType", s);
  }
}
export function e_SignedMeteringDataType(w: BitWriter, v: T.SignedMeteringDataType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 0;
        w.str(x, Infinity);
      }
    }
    {
      const x = v.SessionID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_bin_8(w, x, 0, 1); s = 2; break;
          default: throw w.fail("SessionID is not allowed here");
        }
      }
    }
    {
      const x = v.MeterInfo;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
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
          case 3: w.bits(0, 2); s = 4; break;
          default: throw w.fail("Receipt is not allowed here");
        }
        e_ReceiptType(w, x);
      }
    }
    {
      const x = v.Dynamic_SMDTControlMode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(1, 2); s = 5; break;
          case 4: w.bits(0, 2); s = 5; break;
          default: throw w.fail("Dynamic_SMDTControlMode is not allowed here");
        }
        e_Dynamic_SMDTControlModeType(w, x);
      }
    }
    {
      const x = v.Scheduled_SMDTControlMode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(2, 2); s = 6; break;
          case 4: w.bits(1, 2); s = 6; break;
          default: throw w.fail("Scheduled_SMDTControlMode is not allowed here");
        }
        e_Scheduled_SMDTControlModeType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","SessionID","MeterInfo","Receipt","Dynamic_SMDTControlMode","Scheduled_SMDTControlMode"]);
    switch (s) {
      case 5: w.bits(0, 1); break;
      case 6: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SignedMeteringDataType", s);
  }
}
export function d_SignedMeteringDataType(r: BitReader): T.SignedMeteringDataType {
  const v = {} as T.SignedMeteringDataType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SessionID = dS_bin_8(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.MeterInfo = d_MeterInfoType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Receipt = d_ReceiptType(r); s = 4; break;
            case 1: v.Dynamic_SMDTControlMode = d_Dynamic_SMDTControlModeType(r); s = 5; break;
            case 2: v.Scheduled_SMDTControlMode = d_Scheduled_SMDTControlModeType(r); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.Dynamic_SMDTControlMode = d_Dynamic_SMDTControlModeType(r); s = 5; break;
            case 1: v.Scheduled_SMDTControlMode = d_Scheduled_SMDTControlModeType(r); s = 6; break;
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
    throw r.wrap(e, "SignedMeteringDataType", s);
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
export function e_Dynamic_SMDTControlModeType(w: BitWriter, v: T.Dynamic_SMDTControlModeType): void {
  let s = 0;
  let n = 0;
  try {
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, []);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "Dynamic_SMDTControlModeType", s);
  }
}
export function d_Dynamic_SMDTControlModeType(r: BitReader): T.Dynamic_SMDTControlModeType {
  const v = {} as T.Dynamic_SMDTControlModeType;
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
    throw r.wrap(e, "Dynamic_SMDTControlModeType", s);
  }
}
export function e_Scheduled_SMDTControlModeType(w: BitWriter, v: T.Scheduled_SMDTControlModeType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.SelectedScheduleTupleID;
      if (x !== undefined) {
        n++;
        eS_uint_1_4294967295(w, x, 0, 1); s = 1;
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["SelectedScheduleTupleID"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "Scheduled_SMDTControlModeType", s);
  }
}
export function d_Scheduled_SMDTControlModeType(r: BitReader): T.Scheduled_SMDTControlModeType {
  const v = {} as T.Scheduled_SMDTControlModeType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SelectedScheduleTupleID = dS_uint_1_4294967295(r, 0); s = 1; break;
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
    throw r.wrap(e, "Scheduled_SMDTControlModeType", s);
  }
}
export function e_MeteringConfirmationResType(w: BitWriter, v: T.MeteringConfirmationResType): void {
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
    throw w.wrap(e, "MeteringConfirmationResType", s);
  }
}
export function d_MeteringConfirmationResType(r: BitReader): T.MeteringConfirmationResType {
  const v = {} as T.MeteringConfirmationResType;
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
    throw r.wrap(e, "MeteringConfirmationResType", s);
  }
}
export function e_SessionStopReqType(w: BitWriter, v: T.SessionStopReqType): void {
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
      const x = v.ChargingSession;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_chargingSessionType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("ChargingSession is not allowed here");
        }
      }
    }
    {
      const x = v.EVTerminationCode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_str_80(w, x, 0, 2); s = 3; break;
          default: throw w.fail("EVTerminationCode is not allowed here");
        }
      }
    }
    {
      const x = v.EVTerminationExplanation;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_str_160(w, x, 1, 2); s = 4; break;
          case 3: eS_str_160(w, x, 0, 2); s = 4; break;
          default: throw w.fail("EVTerminationExplanation is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ChargingSession","EVTerminationCode","EVTerminationExplanation"]);
    switch (s) {
      case 2: w.bits(2, 2); break;
      case 3: w.bits(1, 2); break;
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SessionStopReqType", s);
  }
}
export function d_SessionStopReqType(r: BitReader): T.SessionStopReqType {
  const v = {} as T.SessionStopReqType;
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
        case 1: { v.ChargingSession = dS_enum_chargingSessionType(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVTerminationCode = dS_str_80(r, 0); s = 3; break;
            case 1: v.EVTerminationExplanation = dS_str_160(r, 0); s = 4; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVTerminationExplanation = dS_str_160(r, 0); s = 4; break;
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
    throw r.wrap(e, "SessionStopReqType", s);
  }
}
export function e_SessionStopResType(w: BitWriter, v: T.SessionStopResType): void {
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
    throw w.wrap(e, "SessionStopResType", s);
  }
}
export function d_SessionStopResType(r: BitReader): T.SessionStopResType {
  const v = {} as T.SessionStopResType;
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
    throw r.wrap(e, "SessionStopResType", s);
  }
}
export function e_CertificateInstallationReqType(w: BitWriter, v: T.CertificateInstallationReqType): void {
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
      const x = v.OEMProvisioningCertificateChain;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("OEMProvisioningCertificateChain is not allowed here");
        }
        e_SignedCertificateChainType(w, x);
      }
    }
    {
      const x = v.ListOfRootCertificateIDs;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("ListOfRootCertificateIDs is not allowed here");
        }
        e_ListOfRootCertificateIDsType(w, x);
      }
    }
    {
      const x = v.MaximumContractCertificateChains;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_nbit_0_255(w, x, 0, 1); s = 4; break;
          default: throw w.fail("MaximumContractCertificateChains is not allowed here");
        }
      }
    }
    {
      const x = v.PrioritizedEMAIDs;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: w.bits(0, 2); s = 5; break;
          default: throw w.fail("PrioritizedEMAIDs is not allowed here");
        }
        e_EMAIDListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","OEMProvisioningCertificateChain","ListOfRootCertificateIDs","MaximumContractCertificateChains","PrioritizedEMAIDs"]);
    switch (s) {
      case 4: w.bits(1, 2); break;
      case 5: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "CertificateInstallationReqType", s);
  }
}
export function d_CertificateInstallationReqType(r: BitReader): T.CertificateInstallationReqType {
  const v = {} as T.CertificateInstallationReqType;
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
            case 0: v.OEMProvisioningCertificateChain = d_SignedCertificateChainType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ListOfRootCertificateIDs = d_ListOfRootCertificateIDsType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: { v.MaximumContractCertificateChains = dS_nbit_0_255(r, 1); s = 4; break; }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.PrioritizedEMAIDs = d_EMAIDListType(r); s = 5; break;
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
    throw r.wrap(e, "CertificateInstallationReqType", s);
  }
}
export function e_SignedCertificateChainType(w: BitWriter, v: T.SignedCertificateChainType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 0;
        w.str(x, Infinity);
      }
    }
    {
      const x = v.Certificate;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_bin_1600(w, x, 0, 1); s = 2; break;
          default: throw w.fail("Certificate is not allowed here");
        }
      }
    }
    {
      const x = v.SubCertificates;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 2); s = 3; break;
          default: throw w.fail("SubCertificates is not allowed here");
        }
        e_SubCertificatesType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","Certificate","SubCertificates"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SignedCertificateChainType", s);
  }
}
export function d_SignedCertificateChainType(r: BitReader): T.SignedCertificateChainType {
  const v = {} as T.SignedCertificateChainType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Certificate = dS_bin_1600(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.SubCertificates = d_SubCertificatesType(r); s = 3; break;
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
    throw r.wrap(e, "SignedCertificateChainType", s);
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
export function e_EMAIDListType(w: BitWriter, v: T.EMAIDListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.EMAID;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("EMAID must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: eS_str_255(w, x[i]!, 0, 1); s = 1; break;
            case 1: eS_str_255(w, x[i]!, 0, 2); s = i + 1 >= 8 ? 2 : 1; break;
            default: throw w.fail("EMAID is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["EMAID"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EMAIDListType", s);
  }
}
export function d_EMAIDListType(r: BitReader): T.EMAIDListType {
  const v = {} as T.EMAIDListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.EMAID ??= []); a.push(dS_str_255(r, 0)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.EMAID ??= []); a.push(dS_str_255(r, 0)); s = a.length >= 8 ? 2 : 1; break; }
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
    throw r.wrap(e, "EMAIDListType", s);
  }
}
export function e_CertificateInstallationResType(w: BitWriter, v: T.CertificateInstallationResType): void {
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
      const x = v.CPSCertificateChain;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("CPSCertificateChain is not allowed here");
        }
        e_CertificateChainType(w, x);
      }
    }
    {
      const x = v.SignedInstallationData;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: w.bits(0, 1); s = 5; break;
          default: throw w.fail("SignedInstallationData is not allowed here");
        }
        e_SignedInstallationDataType(w, x);
      }
    }
    {
      const x = v.RemainingContractCertificateChains;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_nbit_0_255(w, x, 0, 1); s = 6; break;
          default: throw w.fail("RemainingContractCertificateChains is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","EVSEProcessing","CPSCertificateChain","SignedInstallationData","RemainingContractCertificateChains"]);
    switch (s) {
      case 6: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "CertificateInstallationResType", s);
  }
}
export function d_CertificateInstallationResType(r: BitReader): T.CertificateInstallationResType {
  const v = {} as T.CertificateInstallationResType;
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
          const c = r.bits(1);
          switch (c) {
            case 0: v.CPSCertificateChain = d_CertificateChainType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SignedInstallationData = d_SignedInstallationDataType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: { v.RemainingContractCertificateChains = dS_nbit_0_255(r, 1); s = 6; break; }
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
    throw r.wrap(e, "CertificateInstallationResType", s);
  }
}
export function e_CertificateChainType(w: BitWriter, v: T.CertificateChainType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Certificate;
      if (x !== undefined) {
        n++;
        eS_bin_1600(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.SubCertificates;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 2); s = 2; break;
          default: throw w.fail("SubCertificates is not allowed here");
        }
        e_SubCertificatesType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Certificate","SubCertificates"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "CertificateChainType", s);
  }
}
export function d_CertificateChainType(r: BitReader): T.CertificateChainType {
  const v = {} as T.CertificateChainType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Certificate = dS_bin_1600(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.SubCertificates = d_SubCertificatesType(r); s = 2; break;
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
    throw r.wrap(e, "CertificateChainType", s);
  }
}
export function e_SignedInstallationDataType(w: BitWriter, v: T.SignedInstallationDataType): void {
  let s = 1;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 0;
        w.str(x, Infinity);
      }
    }
    {
      const x = v.ContractCertificateChain;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(0, 1); s = 2; break;
          default: throw w.fail("ContractCertificateChain is not allowed here");
        }
        e_ContractCertificateChainType(w, x);
      }
    }
    {
      const x = v.ECDHCurve;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_ecdhCurveType(w, x, 0, 1); s = 3; break;
          default: throw w.fail("ECDHCurve is not allowed here");
        }
      }
    }
    {
      const x = v.DHPublicKey;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_bin_133(w, x, 0, 1); s = 4; break;
          default: throw w.fail("DHPublicKey is not allowed here");
        }
      }
    }
    {
      const x = v.SECP521_EncryptedPrivateKey;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: eS_bin_94(w, x, 0, 2); s = 5; break;
          default: throw w.fail("SECP521_EncryptedPrivateKey is not allowed here");
        }
      }
    }
    {
      const x = v.X448_EncryptedPrivateKey;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: eS_bin_84(w, x, 1, 2); s = 6; break;
          default: throw w.fail("X448_EncryptedPrivateKey is not allowed here");
        }
      }
    }
    {
      const x = v.TPM_EncryptedPrivateKey;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: eS_bin_206(w, x, 2, 2); s = 7; break;
          default: throw w.fail("TPM_EncryptedPrivateKey is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","ContractCertificateChain","ECDHCurve","DHPublicKey","SECP521_EncryptedPrivateKey","X448_EncryptedPrivateKey","TPM_EncryptedPrivateKey"]);
    switch (s) {
      case 5: w.bits(0, 1); break;
      case 6: w.bits(0, 1); break;
      case 7: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SignedInstallationDataType", s);
  }
}
export function d_SignedInstallationDataType(r: BitReader): T.SignedInstallationDataType {
  const v = {} as T.SignedInstallationDataType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ContractCertificateChain = d_ContractCertificateChainType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: { v.ECDHCurve = dS_enum_ecdhCurveType(r, 1); s = 3; break; }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DHPublicKey = dS_bin_133(r, 0); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.SECP521_EncryptedPrivateKey = dS_bin_94(r, 0); s = 5; break;
            case 1: v.X448_EncryptedPrivateKey = dS_bin_84(r, 0); s = 6; break;
            case 2: v.TPM_EncryptedPrivateKey = dS_bin_206(r, 0); s = 7; break;
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
          const c = r.bits(1);
          switch (c) {
            case 0: return v;
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
    throw r.wrap(e, "SignedInstallationDataType", s);
  }
}
export function e_VehicleCheckInReqType(w: BitWriter, v: T.VehicleCheckInReqType): void {
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
      const x = v.EVCheckInStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_evCheckInStatusType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVCheckInStatus is not allowed here");
        }
      }
    }
    {
      const x = v.ParkingMethod;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_parkingMethodType(w, x, 0, 1); s = 3; break;
          default: throw w.fail("ParkingMethod is not allowed here");
        }
      }
    }
    {
      const x = v.VehicleFrame;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_int_m32768_32767(w, x, 0, 3); s = 4; break;
          default: throw w.fail("VehicleFrame is not allowed here");
        }
      }
    }
    {
      const x = v.DeviceOffset;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_int_m32768_32767(w, x, 1, 3); s = 5; break;
          case 4: eS_int_m32768_32767(w, x, 0, 2); s = 5; break;
          default: throw w.fail("DeviceOffset is not allowed here");
        }
      }
    }
    {
      const x = v.VehicleTravel;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_int_m32768_32767(w, x, 2, 3); s = 6; break;
          case 4: eS_int_m32768_32767(w, x, 1, 2); s = 6; break;
          case 5: eS_int_m32768_32767(w, x, 0, 2); s = 6; break;
          default: throw w.fail("VehicleTravel is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","EVCheckInStatus","ParkingMethod","VehicleFrame","DeviceOffset","VehicleTravel"]);
    switch (s) {
      case 3: w.bits(3, 3); break;
      case 4: w.bits(2, 2); break;
      case 5: w.bits(1, 2); break;
      case 6: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "VehicleCheckInReqType", s);
  }
}
export function d_VehicleCheckInReqType(r: BitReader): T.VehicleCheckInReqType {
  const v = {} as T.VehicleCheckInReqType;
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
        case 1: { v.EVCheckInStatus = dS_enum_evCheckInStatusType(r, 1); s = 2; break; }
        case 2: { v.ParkingMethod = dS_enum_parkingMethodType(r, 1); s = 3; break; }
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.VehicleFrame = dS_int_m32768_32767(r, 0); s = 4; break;
            case 1: v.DeviceOffset = dS_int_m32768_32767(r, 0); s = 5; break;
            case 2: v.VehicleTravel = dS_int_m32768_32767(r, 0); s = 6; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.DeviceOffset = dS_int_m32768_32767(r, 0); s = 5; break;
            case 1: v.VehicleTravel = dS_int_m32768_32767(r, 0); s = 6; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.VehicleTravel = dS_int_m32768_32767(r, 0); s = 6; break;
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
    throw r.wrap(e, "VehicleCheckInReqType", s);
  }
}
export function e_VehicleCheckInResType(w: BitWriter, v: T.VehicleCheckInResType): void {
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
      const x = v.ParkingSpace;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_int_m32768_32767(w, x, 0, 3); s = 3; break;
          default: throw w.fail("ParkingSpace is not allowed here");
        }
      }
    }
    {
      const x = v.DeviceLocation;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_int_m32768_32767(w, x, 1, 3); s = 4; break;
          case 3: eS_int_m32768_32767(w, x, 0, 2); s = 4; break;
          default: throw w.fail("DeviceLocation is not allowed here");
        }
      }
    }
    {
      const x = v.TargetDistance;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_int_m32768_32767(w, x, 2, 3); s = 5; break;
          case 3: eS_int_m32768_32767(w, x, 1, 2); s = 5; break;
          case 4: eS_int_m32768_32767(w, x, 0, 2); s = 5; break;
          default: throw w.fail("TargetDistance is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","ParkingSpace","DeviceLocation","TargetDistance"]);
    switch (s) {
      case 2: w.bits(3, 3); break;
      case 3: w.bits(2, 2); break;
      case 4: w.bits(1, 2); break;
      case 5: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "VehicleCheckInResType", s);
  }
}
export function d_VehicleCheckInResType(r: BitReader): T.VehicleCheckInResType {
  const v = {} as T.VehicleCheckInResType;
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
            case 0: v.ParkingSpace = dS_int_m32768_32767(r, 0); s = 3; break;
            case 1: v.DeviceLocation = dS_int_m32768_32767(r, 0); s = 4; break;
            case 2: v.TargetDistance = dS_int_m32768_32767(r, 0); s = 5; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.DeviceLocation = dS_int_m32768_32767(r, 0); s = 4; break;
            case 1: v.TargetDistance = dS_int_m32768_32767(r, 0); s = 5; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.TargetDistance = dS_int_m32768_32767(r, 0); s = 5; break;
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
    throw r.wrap(e, "VehicleCheckInResType", s);
  }
}
export function e_VehicleCheckOutReqType(w: BitWriter, v: T.VehicleCheckOutReqType): void {
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
      const x = v.EVCheckOutStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_evCheckOutStatusType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVCheckOutStatus is not allowed here");
        }
      }
    }
    {
      const x = v.CheckOutTime;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_uint_0_18446744073709552000(w, x, 0, 1); s = 3; break;
          default: throw w.fail("CheckOutTime is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","EVCheckOutStatus","CheckOutTime"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "VehicleCheckOutReqType", s);
  }
}
export function d_VehicleCheckOutReqType(r: BitReader): T.VehicleCheckOutReqType {
  const v = {} as T.VehicleCheckOutReqType;
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
        case 1: { v.EVCheckOutStatus = dS_enum_evCheckOutStatusType(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.CheckOutTime = dS_uint_0_18446744073709552000(r, 0); s = 3; break;
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
    throw r.wrap(e, "VehicleCheckOutReqType", s);
  }
}
export function e_VehicleCheckOutResType(w: BitWriter, v: T.VehicleCheckOutResType): void {
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
      const x = v.EVSECheckOutStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_evseCheckOutStatusType(w, x, 0, 1); s = 3; break;
          default: throw w.fail("EVSECheckOutStatus is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","ResponseCode","EVSECheckOutStatus"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "VehicleCheckOutResType", s);
  }
}
export function d_VehicleCheckOutResType(r: BitReader): T.VehicleCheckOutResType {
  const v = {} as T.VehicleCheckOutResType;
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
        case 2: { v.EVSECheckOutStatus = dS_enum_evseCheckOutStatusType(r, 1); s = 3; break; }
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
    throw r.wrap(e, "VehicleCheckOutResType", s);
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
export function e_TargetPositionType(w: BitWriter, v: T.TargetPositionType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.TargetOffsetX;
      if (x !== undefined) {
        n++;
        eS_uint_0_65535(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.TargetOffsetY;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_uint_0_65535(w, x, 0, 1); s = 2; break;
          default: throw w.fail("TargetOffsetY is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["TargetOffsetX","TargetOffsetY"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "TargetPositionType", s);
  }
}
export function d_TargetPositionType(r: BitReader): T.TargetPositionType {
  const v = {} as T.TargetPositionType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.TargetOffsetX = dS_uint_0_65535(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.TargetOffsetY = dS_uint_0_65535(r, 0); s = 2; break;
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
    throw r.wrap(e, "TargetPositionType", s);
  }
}
