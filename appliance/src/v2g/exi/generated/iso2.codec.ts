// GENERATED FILE — do not edit. Encoders and decoders for the `iso2` EXI grammar,
// derived from ../shared/schemas/iso15118-2/V2G_CI_MsgDef.xsd by tools/exi-gen. Regenerate with: npm run gen:exi

/* eslint-disable */
import { BitReader, BitWriter, definedKeys, keyCount, unknownKey } from '../bits.js';
import { decodeRelaxed, encodeRelaxed } from '../relaxed.js';
import type * as T from './iso2.types.js';

const EV_chargeProgressType = ["Start","Stop","Renegotiate"] as const;
function EI_chargeProgressType(w: BitWriter, x: string): number {
  switch (x) {
    case "Start": return 0;
    case "Stop": return 1;
    case "Renegotiate": return 2;
    default: throw w.fail(`${String(x)} is not a value of chargeProgressType`);
  }
}
const EV_chargingSessionType = ["Terminate","Pause"] as const;
function EI_chargingSessionType(w: BitWriter, x: string): number {
  switch (x) {
    case "Terminate": return 0;
    case "Pause": return 1;
    default: throw w.fail(`${String(x)} is not a value of chargingSessionType`);
  }
}
const EV_DC_EVErrorCodeType = ["NO_ERROR","FAILED_RESSTemperatureInhibit","FAILED_EVShiftPosition","FAILED_ChargerConnectorLockFault","FAILED_EVRESSMalfunction","FAILED_ChargingCurrentdifferential","FAILED_ChargingVoltageOutOfRange","Reserved_A","Reserved_B","Reserved_C","FAILED_ChargingSystemIncompatibility","NoData"] as const;
function EI_DC_EVErrorCodeType(w: BitWriter, x: string): number {
  switch (x) {
    case "NO_ERROR": return 0;
    case "FAILED_RESSTemperatureInhibit": return 1;
    case "FAILED_EVShiftPosition": return 2;
    case "FAILED_ChargerConnectorLockFault": return 3;
    case "FAILED_EVRESSMalfunction": return 4;
    case "FAILED_ChargingCurrentdifferential": return 5;
    case "FAILED_ChargingVoltageOutOfRange": return 6;
    case "Reserved_A": return 7;
    case "Reserved_B": return 8;
    case "Reserved_C": return 9;
    case "FAILED_ChargingSystemIncompatibility": return 10;
    case "NoData": return 11;
    default: throw w.fail(`${String(x)} is not a value of DC_EVErrorCodeType`);
  }
}
const EV_isolationLevelType = ["Invalid","Valid","Warning","Fault","No_IMD"] as const;
function EI_isolationLevelType(w: BitWriter, x: string): number {
  switch (x) {
    case "Invalid": return 0;
    case "Valid": return 1;
    case "Warning": return 2;
    case "Fault": return 3;
    case "No_IMD": return 4;
    default: throw w.fail(`${String(x)} is not a value of isolationLevelType`);
  }
}
const EV_EVSENotificationType = ["None","StopCharging","ReNegotiation"] as const;
function EI_EVSENotificationType(w: BitWriter, x: string): number {
  switch (x) {
    case "None": return 0;
    case "StopCharging": return 1;
    case "ReNegotiation": return 2;
    default: throw w.fail(`${String(x)} is not a value of EVSENotificationType`);
  }
}
const EV_EVSEProcessingType = ["Finished","Ongoing","Ongoing_WaitingForCustomerInteraction"] as const;
function EI_EVSEProcessingType(w: BitWriter, x: string): number {
  switch (x) {
    case "Finished": return 0;
    case "Ongoing": return 1;
    case "Ongoing_WaitingForCustomerInteraction": return 2;
    default: throw w.fail(`${String(x)} is not a value of EVSEProcessingType`);
  }
}
const EV_DC_EVSEStatusCodeType = ["EVSE_NotReady","EVSE_Ready","EVSE_Shutdown","EVSE_UtilityInterruptEvent","EVSE_IsolationMonitoringActive","EVSE_EmergencyShutdown","EVSE_Malfunction","Reserved_8","Reserved_9","Reserved_A","Reserved_B","Reserved_C"] as const;
function EI_DC_EVSEStatusCodeType(w: BitWriter, x: string): number {
  switch (x) {
    case "EVSE_NotReady": return 0;
    case "EVSE_Ready": return 1;
    case "EVSE_Shutdown": return 2;
    case "EVSE_UtilityInterruptEvent": return 3;
    case "EVSE_IsolationMonitoringActive": return 4;
    case "EVSE_EmergencyShutdown": return 5;
    case "EVSE_Malfunction": return 6;
    case "Reserved_8": return 7;
    case "Reserved_9": return 8;
    case "Reserved_A": return 9;
    case "Reserved_B": return 10;
    case "Reserved_C": return 11;
    default: throw w.fail(`${String(x)} is not a value of DC_EVSEStatusCodeType`);
  }
}
const EV_EnergyTransferModeType = ["AC_single_phase_core","AC_three_phase_core","DC_core","DC_extended","DC_combo_core","DC_unique"] as const;
function EI_EnergyTransferModeType(w: BitWriter, x: string): number {
  switch (x) {
    case "AC_single_phase_core": return 0;
    case "AC_three_phase_core": return 1;
    case "DC_core": return 2;
    case "DC_extended": return 3;
    case "DC_combo_core": return 4;
    case "DC_unique": return 5;
    default: throw w.fail(`${String(x)} is not a value of EnergyTransferModeType`);
  }
}
const EV_faultCodeType = ["ParsingError","NoTLSRootCertificatAvailable","UnknownError"] as const;
function EI_faultCodeType(w: BitWriter, x: string): number {
  switch (x) {
    case "ParsingError": return 0;
    case "NoTLSRootCertificatAvailable": return 1;
    case "UnknownError": return 2;
    default: throw w.fail(`${String(x)} is not a value of faultCodeType`);
  }
}
const EV_paymentOptionType = ["Contract","ExternalPayment"] as const;
function EI_paymentOptionType(w: BitWriter, x: string): number {
  switch (x) {
    case "Contract": return 0;
    case "ExternalPayment": return 1;
    default: throw w.fail(`${String(x)} is not a value of paymentOptionType`);
  }
}
const EV_responseCodeType = ["OK","OK_NewSessionEstablished","OK_OldSessionJoined","OK_CertificateExpiresSoon","FAILED","FAILED_SequenceError","FAILED_ServiceIDInvalid","FAILED_UnknownSession","FAILED_ServiceSelectionInvalid","FAILED_PaymentSelectionInvalid","FAILED_CertificateExpired","FAILED_SignatureError","FAILED_NoCertificateAvailable","FAILED_CertChainError","FAILED_ChallengeInvalid","FAILED_ContractCanceled","FAILED_WrongChargeParameter","FAILED_PowerDeliveryNotApplied","FAILED_TariffSelectionInvalid","FAILED_ChargingProfileInvalid","FAILED_MeteringSignatureNotValid","FAILED_NoChargeServiceSelected","FAILED_WrongEnergyTransferMode","FAILED_ContactorError","FAILED_CertificateNotAllowedAtThisEVSE","FAILED_CertificateRevoked"] as const;
function EI_responseCodeType(w: BitWriter, x: string): number {
  switch (x) {
    case "OK": return 0;
    case "OK_NewSessionEstablished": return 1;
    case "OK_OldSessionJoined": return 2;
    case "OK_CertificateExpiresSoon": return 3;
    case "FAILED": return 4;
    case "FAILED_SequenceError": return 5;
    case "FAILED_ServiceIDInvalid": return 6;
    case "FAILED_UnknownSession": return 7;
    case "FAILED_ServiceSelectionInvalid": return 8;
    case "FAILED_PaymentSelectionInvalid": return 9;
    case "FAILED_CertificateExpired": return 10;
    case "FAILED_SignatureError": return 11;
    case "FAILED_NoCertificateAvailable": return 12;
    case "FAILED_CertChainError": return 13;
    case "FAILED_ChallengeInvalid": return 14;
    case "FAILED_ContractCanceled": return 15;
    case "FAILED_WrongChargeParameter": return 16;
    case "FAILED_PowerDeliveryNotApplied": return 17;
    case "FAILED_TariffSelectionInvalid": return 18;
    case "FAILED_ChargingProfileInvalid": return 19;
    case "FAILED_MeteringSignatureNotValid": return 20;
    case "FAILED_NoChargeServiceSelected": return 21;
    case "FAILED_WrongEnergyTransferMode": return 22;
    case "FAILED_ContactorError": return 23;
    case "FAILED_CertificateNotAllowedAtThisEVSE": return 24;
    case "FAILED_CertificateRevoked": return 25;
    default: throw w.fail(`${String(x)} is not a value of responseCodeType`);
  }
}
const EV_serviceCategoryType = ["EVCharging","Internet","ContractCertificate","OtherCustom"] as const;
function EI_serviceCategoryType(w: BitWriter, x: string): number {
  switch (x) {
    case "EVCharging": return 0;
    case "Internet": return 1;
    case "ContractCertificate": return 2;
    case "OtherCustom": return 3;
    default: throw w.fail(`${String(x)} is not a value of serviceCategoryType`);
  }
}
const EV_unitSymbolType = ["h","m","s","A","V","W","Wh"] as const;
function EI_unitSymbolType(w: BitWriter, x: string): number {
  switch (x) {
    case "h": return 0;
    case "m": return 1;
    case "s": return 2;
    case "A": return 3;
    case "V": return 4;
    case "W": return 5;
    case "Wh": return 6;
    default: throw w.fail(`${String(x)} is not a value of unitSymbolType`);
  }
}
const EV_costKindType = ["relativePricePercentage","RenewableGenerationPercentage","CarbonDioxideEmission"] as const;
function EI_costKindType(w: BitWriter, x: string): number {
  switch (x) {
    case "relativePricePercentage": return 0;
    case "RenewableGenerationPercentage": return 1;
    case "CarbonDioxideEmission": return 2;
    default: throw w.fail(`${String(x)} is not a value of costKindType`);
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

function dS_bool(r: BitReader, cw: number): boolean {
  return r.boolEl(cw);
}
function eS_bool(w: BitWriter, x: boolean, c: number, cw: number): void {
  w.codeBool(c, cw, x);
}

function dS_nbit_0_100(r: BitReader, cw: number): number {
  return r.nbitEl(7, 0, 100, cw);
}
function eS_nbit_0_100(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 7, 0, 100);
}

function dS_bin_800(r: BitReader, cw: number): string {
  r.code0();
  const x = r.hex(800);
  r.code0();
  return x;
}
function eS_bin_800(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.hex(x, 800);
  w.bits(0, 1);
}

function dS_enum_chargeProgressType(r: BitReader, cw: number): "Start" | "Stop" | "Renegotiate" {
  return EV_chargeProgressType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_chargeProgressType(w: BitWriter, x: "Start" | "Stop" | "Renegotiate", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_chargeProgressType(w, x), 2, 0, 2);
}

function dS_nbit_1_3(r: BitReader, cw: number): number {
  return r.nbitEl(2, 1, 3, cw);
}
function eS_nbit_1_3(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 2, 1, 3);
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

function dS_enum_chargingSessionType(r: BitReader, cw: number): "Terminate" | "Pause" {
  return EV_chargingSessionType[r.enumEl(1, 2, cw)]!;
}
function eS_enum_chargingSessionType(w: BitWriter, x: "Terminate" | "Pause", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_chargingSessionType(w, x), 1, 0, 1);
}

function dS_nbit_0_255(r: BitReader, cw: number): number {
  return r.nbitEl(8, 0, 255, cw);
}
function eS_nbit_0_255(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 8, 0, 255);
}

function dS_bin_6(r: BitReader, cw: number): string {
  r.code0();
  const x = r.hex(6);
  r.code0();
  return x;
}
function eS_bin_6(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.hex(x, 6);
  w.bits(0, 1);
}

function dS_enum_DC_EVErrorCodeType(r: BitReader, cw: number): "NO_ERROR" | "FAILED_RESSTemperatureInhibit" | "FAILED_EVShiftPosition" | "FAILED_ChargerConnectorLockFault" | "FAILED_EVRESSMalfunction" | "FAILED_ChargingCurrentdifferential" | "FAILED_ChargingVoltageOutOfRange" | "Reserved_A" | "Reserved_B" | "Reserved_C" | "FAILED_ChargingSystemIncompatibility" | "NoData" {
  return EV_DC_EVErrorCodeType[r.enumEl(4, 12, cw)]!;
}
function eS_enum_DC_EVErrorCodeType(w: BitWriter, x: "NO_ERROR" | "FAILED_RESSTemperatureInhibit" | "FAILED_EVShiftPosition" | "FAILED_ChargerConnectorLockFault" | "FAILED_EVRESSMalfunction" | "FAILED_ChargingCurrentdifferential" | "FAILED_ChargingVoltageOutOfRange" | "Reserved_A" | "Reserved_B" | "Reserved_C" | "FAILED_ChargingSystemIncompatibility" | "NoData", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_DC_EVErrorCodeType(w, x), 4, 0, 11);
}

function dS_str_37(r: BitReader, cw: number): string {
  r.code0();
  const x = r.str(37);
  r.code0();
  return x;
}
function eS_str_37(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.str(x, 37);
  w.bits(0, 1);
}

function dS_enum_isolationLevelType(r: BitReader, cw: number): "Invalid" | "Valid" | "Warning" | "Fault" | "No_IMD" {
  return EV_isolationLevelType[r.enumEl(3, 5, cw)]!;
}
function eS_enum_isolationLevelType(w: BitWriter, x: "Invalid" | "Valid" | "Warning" | "Fault" | "No_IMD", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_isolationLevelType(w, x), 3, 0, 4);
}

function dS_enum_EVSENotificationType(r: BitReader, cw: number): "None" | "StopCharging" | "ReNegotiation" {
  return EV_EVSENotificationType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_EVSENotificationType(w: BitWriter, x: "None" | "StopCharging" | "ReNegotiation", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_EVSENotificationType(w, x), 2, 0, 2);
}

function dS_enum_EVSEProcessingType(r: BitReader, cw: number): "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction" {
  return EV_EVSEProcessingType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_EVSEProcessingType(w: BitWriter, x: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_EVSEProcessingType(w, x), 2, 0, 2);
}

function dS_enum_DC_EVSEStatusCodeType(r: BitReader, cw: number): "EVSE_NotReady" | "EVSE_Ready" | "EVSE_Shutdown" | "EVSE_UtilityInterruptEvent" | "EVSE_IsolationMonitoringActive" | "EVSE_EmergencyShutdown" | "EVSE_Malfunction" | "Reserved_8" | "Reserved_9" | "Reserved_A" | "Reserved_B" | "Reserved_C" {
  return EV_DC_EVSEStatusCodeType[r.enumEl(4, 12, cw)]!;
}
function eS_enum_DC_EVSEStatusCodeType(w: BitWriter, x: "EVSE_NotReady" | "EVSE_Ready" | "EVSE_Shutdown" | "EVSE_UtilityInterruptEvent" | "EVSE_IsolationMonitoringActive" | "EVSE_EmergencyShutdown" | "EVSE_Malfunction" | "Reserved_8" | "Reserved_9" | "Reserved_A" | "Reserved_B" | "Reserved_C", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_DC_EVSEStatusCodeType(w, x), 4, 0, 11);
}

function dS_int_m9223372036854776000_9223372036854776000(r: BitReader, cw: number): number {
  r.code0();
  const x = r.int(-9007199254740991, 9007199254740991);
  r.code0();
  return x;
}
function eS_int_m9223372036854776000_9223372036854776000(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeInt(c, cw, x, -9007199254740991, 9007199254740991);
}

function dS_enum_EnergyTransferModeType(r: BitReader, cw: number): "AC_single_phase_core" | "AC_three_phase_core" | "DC_core" | "DC_extended" | "DC_combo_core" | "DC_unique" {
  return EV_EnergyTransferModeType[r.enumEl(3, 6, cw)]!;
}
function eS_enum_EnergyTransferModeType(w: BitWriter, x: "AC_single_phase_core" | "AC_three_phase_core" | "DC_core" | "DC_extended" | "DC_combo_core" | "DC_unique", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_EnergyTransferModeType(w, x), 3, 0, 5);
}

function dS_enum_faultCodeType(r: BitReader, cw: number): "ParsingError" | "NoTLSRootCertificatAvailable" | "UnknownError" {
  return EV_faultCodeType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_faultCodeType(w: BitWriter, x: "ParsingError" | "NoTLSRootCertificatAvailable" | "UnknownError", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_faultCodeType(w, x), 2, 0, 2);
}

function dS_str_64(r: BitReader, cw: number): string {
  r.code0();
  const x = r.str(64);
  r.code0();
  return x;
}
function eS_str_64(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.str(x, 64);
  w.bits(0, 1);
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

function dS_uint_0_65535(r: BitReader, cw: number): number {
  r.code0();
  const x = r.uint(0, 65535);
  r.code0();
  return x;
}
function eS_uint_0_65535(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeUint(c, cw, x, 0, 65535);
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

function dS_uint_0_18446744073709552000(r: BitReader, cw: number): number {
  r.code0();
  const x = r.uint(0, 9007199254740991);
  r.code0();
  return x;
}
function eS_uint_0_18446744073709552000(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeUint(c, cw, x, 0, 9007199254740991);
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

function dS_nbit_m3_3(r: BitReader, cw: number): number {
  return r.nbitEl(3, -3, 3, cw);
}
function eS_nbit_m3_3(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 3, -3, 3);
}

function dS_enum_paymentOptionType(r: BitReader, cw: number): "Contract" | "ExternalPayment" {
  return EV_paymentOptionType[r.enumEl(1, 2, cw)]!;
}
function eS_enum_paymentOptionType(w: BitWriter, x: "Contract" | "ExternalPayment", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_paymentOptionType(w, x), 1, 0, 1);
}

function dS_enum_responseCodeType(r: BitReader, cw: number): "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked" {
  return EV_responseCodeType[r.enumEl(5, 26, cw)]!;
}
function eS_enum_responseCodeType(w: BitWriter, x: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_responseCodeType(w, x), 5, 0, 25);
}

function dS_nbit_1_255(r: BitReader, cw: number): number {
  return r.nbitEl(8, 1, 255, cw);
}
function eS_nbit_1_255(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 8, 1, 255);
}

function dS_enum_serviceCategoryType(r: BitReader, cw: number): "EVCharging" | "Internet" | "ContractCertificate" | "OtherCustom" {
  return EV_serviceCategoryType[r.enumEl(2, 4, cw)]!;
}
function eS_enum_serviceCategoryType(w: BitWriter, x: "EVCharging" | "Internet" | "ContractCertificate" | "OtherCustom", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_serviceCategoryType(w, x), 2, 0, 3);
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

function dS_enum_unitSymbolType(r: BitReader, cw: number): "h" | "m" | "s" | "A" | "V" | "W" | "Wh" {
  return EV_unitSymbolType[r.enumEl(3, 7, cw)]!;
}
function eS_enum_unitSymbolType(w: BitWriter, x: "h" | "m" | "s" | "A" | "V" | "W" | "Wh", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_unitSymbolType(w, x), 3, 0, 6);
}

function dS_nbit_m128_127(r: BitReader, cw: number): number {
  return r.nbitEl(8, -128, 127, cw);
}
function eS_nbit_m128_127(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeNbit(c, cw, x, 8, -128, 127);
}

function dS_enum_costKindType(r: BitReader, cw: number): "relativePricePercentage" | "RenewableGenerationPercentage" | "CarbonDioxideEmission" {
  return EV_costKindType[r.enumEl(2, 3, cw)]!;
}
function eS_enum_costKindType(w: BitWriter, x: "relativePricePercentage" | "RenewableGenerationPercentage" | "CarbonDioxideEmission", c: number, cw: number): void {
  w.codeNbit(c, cw, EI_costKindType(w, x), 2, 0, 2);
}

function dS_uint_0_86400(r: BitReader, cw: number): number {
  r.code0();
  const x = r.uint(0, 86400);
  r.code0();
  return x;
}
function eS_uint_0_86400(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeUint(c, cw, x, 0, 86400);
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

function dS_uint_0_16777214(r: BitReader, cw: number): number {
  r.code0();
  const x = r.uint(0, 16777214);
  r.code0();
  return x;
}
function eS_uint_0_16777214(w: BitWriter, x: number, c: number, cw: number): void {
  w.codeUint(c, cw, x, 0, 16777214);
}

function dS_str_15(r: BitReader, cw: number): string {
  r.code0();
  const x = r.str(15);
  r.code0();
  return x;
}
function eS_str_15(w: BitWriter, x: string, c: number, cw: number): void {
  w.bits(c << 1, cw + 1);
  w.str(x, 15);
  w.bits(0, 1);
}

/** Document grammar: SE over the 80 global elements (sorted), SE(*); 7 bits. */
export function encodeDocument(w: BitWriter, doc: T.Document): void {
  const keys = Object.keys(doc);
  if (keys.length !== 1) throw w.fail('a document has exactly one root element');
  const k = keys[0]!;
  const x = (doc as Record<string, unknown>)[k];
  switch (k) {
    case "AC_EVChargeParameter": w.bits(0, 7); e_AC_EVChargeParameterType(w, x as never); return;
    case "AC_EVSEChargeParameter": w.bits(1, 7); e_AC_EVSEChargeParameterType(w, x as never); return;
    case "AC_EVSEStatus": w.bits(2, 7); e_AC_EVSEStatusType(w, x as never); return;
    case "AuthorizationReq": w.bits(3, 7); e_AuthorizationReqType(w, x as never); return;
    case "AuthorizationRes": w.bits(4, 7); e_AuthorizationResType(w, x as never); return;
    case "BodyElement": w.bits(5, 7); e_BodyBaseType(w, x as never); return;
    case "CableCheckReq": w.bits(6, 7); e_CableCheckReqType(w, x as never); return;
    case "CableCheckRes": w.bits(7, 7); e_CableCheckResType(w, x as never); return;
    case "CanonicalizationMethod": w.bits(8, 7); e_CanonicalizationMethodType(w, x as never); return;
    case "CertificateInstallationReq": w.bits(9, 7); e_CertificateInstallationReqType(w, x as never); return;
    case "CertificateInstallationRes": w.bits(10, 7); e_CertificateInstallationResType(w, x as never); return;
    case "CertificateUpdateReq": w.bits(11, 7); e_CertificateUpdateReqType(w, x as never); return;
    case "CertificateUpdateRes": w.bits(12, 7); e_CertificateUpdateResType(w, x as never); return;
    case "ChargeParameterDiscoveryReq": w.bits(13, 7); e_ChargeParameterDiscoveryReqType(w, x as never); return;
    case "ChargeParameterDiscoveryRes": w.bits(14, 7); e_ChargeParameterDiscoveryResType(w, x as never); return;
    case "ChargingStatusReq": w.bits(15, 7); e_ChargingStatusReqType(w, x as never); return;
    case "ChargingStatusRes": w.bits(16, 7); e_ChargingStatusResType(w, x as never); return;
    case "CurrentDemandReq": w.bits(17, 7); e_CurrentDemandReqType(w, x as never); return;
    case "CurrentDemandRes": w.bits(18, 7); e_CurrentDemandResType(w, x as never); return;
    case "DC_EVChargeParameter": w.bits(19, 7); e_DC_EVChargeParameterType(w, x as never); return;
    case "DC_EVPowerDeliveryParameter": w.bits(20, 7); e_DC_EVPowerDeliveryParameterType(w, x as never); return;
    case "DC_EVSEChargeParameter": w.bits(21, 7); e_DC_EVSEChargeParameterType(w, x as never); return;
    case "DC_EVSEStatus": w.bits(22, 7); e_DC_EVSEStatusType(w, x as never); return;
    case "DC_EVStatus": w.bits(23, 7); e_DC_EVStatusType(w, x as never); return;
    case "DSAKeyValue": w.bits(24, 7); e_DSAKeyValueType(w, x as never); return;
    case "DigestMethod": w.bits(25, 7); e_DigestMethodType(w, x as never); return;
    case "DigestValue": eS_bin_inf(w, x as never, 26, 7); return;
    case "EVChargeParameter": w.bits(27, 7); e_EVChargeParameterType(w, x as never); return;
    case "EVPowerDeliveryParameter": w.bits(28, 7); e_EVPowerDeliveryParameterType(w, x as never); return;
    case "EVSEChargeParameter": w.bits(29, 7); e_EVSEChargeParameterType(w, x as never); return;
    case "EVSEStatus": w.bits(30, 7); e_EVSEStatusType(w, x as never); return;
    case "EVStatus": w.bits(31, 7); e_EVStatusType(w, x as never); return;
    case "Entry": w.bits(32, 7); e_EntryType(w, x as never); return;
    case "KeyInfo": w.bits(33, 7); e_KeyInfoType(w, x as never); return;
    case "KeyName": eS_str_inf(w, x as never, 34, 7); return;
    case "KeyValue": w.bits(35, 7); e_KeyValueType(w, x as never); return;
    case "Manifest": w.bits(36, 7); e_ManifestType(w, x as never); return;
    case "MeteringReceiptReq": w.bits(37, 7); e_MeteringReceiptReqType(w, x as never); return;
    case "MeteringReceiptRes": w.bits(38, 7); e_MeteringReceiptResType(w, x as never); return;
    case "MgmtData": eS_str_inf(w, x as never, 39, 7); return;
    case "Object": w.bits(40, 7); e_ObjectType(w, x as never); return;
    case "PGPData": w.bits(41, 7); e_PGPDataType(w, x as never); return;
    case "PMaxScheduleEntry": w.bits(42, 7); e_PMaxScheduleEntryType(w, x as never); return;
    case "PaymentDetailsReq": w.bits(43, 7); e_PaymentDetailsReqType(w, x as never); return;
    case "PaymentDetailsRes": w.bits(44, 7); e_PaymentDetailsResType(w, x as never); return;
    case "PaymentServiceSelectionReq": w.bits(45, 7); e_PaymentServiceSelectionReqType(w, x as never); return;
    case "PaymentServiceSelectionRes": w.bits(46, 7); e_PaymentServiceSelectionResType(w, x as never); return;
    case "PowerDeliveryReq": w.bits(47, 7); e_PowerDeliveryReqType(w, x as never); return;
    case "PowerDeliveryRes": w.bits(48, 7); e_PowerDeliveryResType(w, x as never); return;
    case "PreChargeReq": w.bits(49, 7); e_PreChargeReqType(w, x as never); return;
    case "PreChargeRes": w.bits(50, 7); e_PreChargeResType(w, x as never); return;
    case "RSAKeyValue": w.bits(51, 7); e_RSAKeyValueType(w, x as never); return;
    case "Reference": w.bits(52, 7); e_ReferenceType(w, x as never); return;
    case "RelativeTimeInterval": w.bits(53, 7); e_RelativeTimeIntervalType(w, x as never); return;
    case "RetrievalMethod": w.bits(54, 7); e_RetrievalMethodType(w, x as never); return;
    case "SAScheduleList": w.bits(55, 7); e_SAScheduleListType(w, x as never); return;
    case "SASchedules": w.bits(56, 7); e_SASchedulesType(w, x as never); return;
    case "SPKIData": w.bits(57, 7); e_SPKIDataType(w, x as never); return;
    case "SalesTariffEntry": w.bits(58, 7); e_SalesTariffEntryType(w, x as never); return;
    case "ServiceDetailReq": w.bits(59, 7); e_ServiceDetailReqType(w, x as never); return;
    case "ServiceDetailRes": w.bits(60, 7); e_ServiceDetailResType(w, x as never); return;
    case "ServiceDiscoveryReq": w.bits(61, 7); e_ServiceDiscoveryReqType(w, x as never); return;
    case "ServiceDiscoveryRes": w.bits(62, 7); e_ServiceDiscoveryResType(w, x as never); return;
    case "SessionSetupReq": w.bits(63, 7); e_SessionSetupReqType(w, x as never); return;
    case "SessionSetupRes": w.bits(64, 7); e_SessionSetupResType(w, x as never); return;
    case "SessionStopReq": w.bits(65, 7); e_SessionStopReqType(w, x as never); return;
    case "SessionStopRes": w.bits(66, 7); e_SessionStopResType(w, x as never); return;
    case "Signature": w.bits(67, 7); e_SignatureType(w, x as never); return;
    case "SignatureMethod": w.bits(68, 7); e_SignatureMethodType(w, x as never); return;
    case "SignatureProperties": w.bits(69, 7); e_SignaturePropertiesType(w, x as never); return;
    case "SignatureProperty": w.bits(70, 7); e_SignaturePropertyType(w, x as never); return;
    case "SignatureValue": w.bits(71, 7); e_SignatureValueType(w, x as never); return;
    case "SignedInfo": w.bits(72, 7); e_SignedInfoType(w, x as never); return;
    case "TimeInterval": w.bits(73, 7); e_IntervalType(w, x as never); return;
    case "Transform": w.bits(74, 7); e_TransformType(w, x as never); return;
    case "Transforms": w.bits(75, 7); e_TransformsType(w, x as never); return;
    case "V2G_Message": w.bits(76, 7); e_V2G_Message_anon(w, x as never); return;
    case "WeldingDetectionReq": w.bits(77, 7); e_WeldingDetectionReqType(w, x as never); return;
    case "WeldingDetectionRes": w.bits(78, 7); e_WeldingDetectionResType(w, x as never); return;
    case "X509Data": w.bits(79, 7); e_X509DataType(w, x as never); return;
    default: throw w.fail(`unknown root element ${k}`);
  }
}
export function decodeDocument(r: BitReader): T.Document {
  const c = r.bits(7);
  switch (c) {
    case 0: return { "AC_EVChargeParameter": d_AC_EVChargeParameterType(r) } as T.Document;
    case 1: return { "AC_EVSEChargeParameter": d_AC_EVSEChargeParameterType(r) } as T.Document;
    case 2: return { "AC_EVSEStatus": d_AC_EVSEStatusType(r) } as T.Document;
    case 3: return { "AuthorizationReq": d_AuthorizationReqType(r) } as T.Document;
    case 4: return { "AuthorizationRes": d_AuthorizationResType(r) } as T.Document;
    case 5: return { "BodyElement": d_BodyBaseType(r) } as T.Document;
    case 6: return { "CableCheckReq": d_CableCheckReqType(r) } as T.Document;
    case 7: return { "CableCheckRes": d_CableCheckResType(r) } as T.Document;
    case 8: return { "CanonicalizationMethod": d_CanonicalizationMethodType(r) } as T.Document;
    case 9: return { "CertificateInstallationReq": d_CertificateInstallationReqType(r) } as T.Document;
    case 10: return { "CertificateInstallationRes": d_CertificateInstallationResType(r) } as T.Document;
    case 11: return { "CertificateUpdateReq": d_CertificateUpdateReqType(r) } as T.Document;
    case 12: return { "CertificateUpdateRes": d_CertificateUpdateResType(r) } as T.Document;
    case 13: return { "ChargeParameterDiscoveryReq": d_ChargeParameterDiscoveryReqType(r) } as T.Document;
    case 14: return { "ChargeParameterDiscoveryRes": d_ChargeParameterDiscoveryResType(r) } as T.Document;
    case 15: return { "ChargingStatusReq": d_ChargingStatusReqType(r) } as T.Document;
    case 16: return { "ChargingStatusRes": d_ChargingStatusResType(r) } as T.Document;
    case 17: return { "CurrentDemandReq": d_CurrentDemandReqType(r) } as T.Document;
    case 18: return { "CurrentDemandRes": d_CurrentDemandResType(r) } as T.Document;
    case 19: return { "DC_EVChargeParameter": d_DC_EVChargeParameterType(r) } as T.Document;
    case 20: return { "DC_EVPowerDeliveryParameter": d_DC_EVPowerDeliveryParameterType(r) } as T.Document;
    case 21: return { "DC_EVSEChargeParameter": d_DC_EVSEChargeParameterType(r) } as T.Document;
    case 22: return { "DC_EVSEStatus": d_DC_EVSEStatusType(r) } as T.Document;
    case 23: return { "DC_EVStatus": d_DC_EVStatusType(r) } as T.Document;
    case 24: return { "DSAKeyValue": d_DSAKeyValueType(r) } as T.Document;
    case 25: return { "DigestMethod": d_DigestMethodType(r) } as T.Document;
    case 26: return { "DigestValue": dS_bin_inf(r, 0) } as T.Document;
    case 27: return { "EVChargeParameter": d_EVChargeParameterType(r) } as T.Document;
    case 28: return { "EVPowerDeliveryParameter": d_EVPowerDeliveryParameterType(r) } as T.Document;
    case 29: return { "EVSEChargeParameter": d_EVSEChargeParameterType(r) } as T.Document;
    case 30: return { "EVSEStatus": d_EVSEStatusType(r) } as T.Document;
    case 31: return { "EVStatus": d_EVStatusType(r) } as T.Document;
    case 32: return { "Entry": d_EntryType(r) } as T.Document;
    case 33: return { "KeyInfo": d_KeyInfoType(r) } as T.Document;
    case 34: return { "KeyName": dS_str_inf(r, 0) } as T.Document;
    case 35: return { "KeyValue": d_KeyValueType(r) } as T.Document;
    case 36: return { "Manifest": d_ManifestType(r) } as T.Document;
    case 37: return { "MeteringReceiptReq": d_MeteringReceiptReqType(r) } as T.Document;
    case 38: return { "MeteringReceiptRes": d_MeteringReceiptResType(r) } as T.Document;
    case 39: return { "MgmtData": dS_str_inf(r, 0) } as T.Document;
    case 40: return { "Object": d_ObjectType(r) } as T.Document;
    case 41: return { "PGPData": d_PGPDataType(r) } as T.Document;
    case 42: return { "PMaxScheduleEntry": d_PMaxScheduleEntryType(r) } as T.Document;
    case 43: return { "PaymentDetailsReq": d_PaymentDetailsReqType(r) } as T.Document;
    case 44: return { "PaymentDetailsRes": d_PaymentDetailsResType(r) } as T.Document;
    case 45: return { "PaymentServiceSelectionReq": d_PaymentServiceSelectionReqType(r) } as T.Document;
    case 46: return { "PaymentServiceSelectionRes": d_PaymentServiceSelectionResType(r) } as T.Document;
    case 47: return { "PowerDeliveryReq": d_PowerDeliveryReqType(r) } as T.Document;
    case 48: return { "PowerDeliveryRes": d_PowerDeliveryResType(r) } as T.Document;
    case 49: return { "PreChargeReq": d_PreChargeReqType(r) } as T.Document;
    case 50: return { "PreChargeRes": d_PreChargeResType(r) } as T.Document;
    case 51: return { "RSAKeyValue": d_RSAKeyValueType(r) } as T.Document;
    case 52: return { "Reference": d_ReferenceType(r) } as T.Document;
    case 53: return { "RelativeTimeInterval": d_RelativeTimeIntervalType(r) } as T.Document;
    case 54: return { "RetrievalMethod": d_RetrievalMethodType(r) } as T.Document;
    case 55: return { "SAScheduleList": d_SAScheduleListType(r) } as T.Document;
    case 56: return { "SASchedules": d_SASchedulesType(r) } as T.Document;
    case 57: return { "SPKIData": d_SPKIDataType(r) } as T.Document;
    case 58: return { "SalesTariffEntry": d_SalesTariffEntryType(r) } as T.Document;
    case 59: return { "ServiceDetailReq": d_ServiceDetailReqType(r) } as T.Document;
    case 60: return { "ServiceDetailRes": d_ServiceDetailResType(r) } as T.Document;
    case 61: return { "ServiceDiscoveryReq": d_ServiceDiscoveryReqType(r) } as T.Document;
    case 62: return { "ServiceDiscoveryRes": d_ServiceDiscoveryResType(r) } as T.Document;
    case 63: return { "SessionSetupReq": d_SessionSetupReqType(r) } as T.Document;
    case 64: return { "SessionSetupRes": d_SessionSetupResType(r) } as T.Document;
    case 65: return { "SessionStopReq": d_SessionStopReqType(r) } as T.Document;
    case 66: return { "SessionStopRes": d_SessionStopResType(r) } as T.Document;
    case 67: return { "Signature": d_SignatureType(r) } as T.Document;
    case 68: return { "SignatureMethod": d_SignatureMethodType(r) } as T.Document;
    case 69: return { "SignatureProperties": d_SignaturePropertiesType(r) } as T.Document;
    case 70: return { "SignatureProperty": d_SignaturePropertyType(r) } as T.Document;
    case 71: return { "SignatureValue": d_SignatureValueType(r) } as T.Document;
    case 72: return { "SignedInfo": d_SignedInfoType(r) } as T.Document;
    case 73: return { "TimeInterval": d_IntervalType(r) } as T.Document;
    case 74: return { "Transform": d_TransformType(r) } as T.Document;
    case 75: return { "Transforms": d_TransformsType(r) } as T.Document;
    case 76: return { "V2G_Message": d_V2G_Message_anon(r) } as T.Document;
    case 77: return { "WeldingDetectionReq": d_WeldingDetectionReqType(r) } as T.Document;
    case 78: return { "WeldingDetectionRes": d_WeldingDetectionResType(r) } as T.Document;
    case 79: return { "X509Data": d_X509DataType(r) } as T.Document;
    default: throw r.badCode(c);
  }
}

/** Fragment grammar: SE over 243 element qnames, SE(*) = 243, ED = 244; 8 bits. */
export const FRAGMENT_ED = 244;
export const FRAGMENT_WIDTH = 8;
export function encodeFragment(w: BitWriter, frag: Record<string, unknown>): void {
  const keys = Object.keys(frag);
  if (keys.length !== 1) throw w.fail('a fragment here has exactly one element');
  const k = keys[0]!;
  const x = frag[k];
  switch (k) {
    case "AC_EVChargeParameter": w.bits(0, 8); e_AC_EVChargeParameterType(w, x as never); break;
    case "AC_EVSEChargeParameter": w.bits(1, 8); e_AC_EVSEChargeParameterType(w, x as never); break;
    case "AC_EVSEStatus": w.bits(2, 8); e_AC_EVSEStatusType(w, x as never); break;
    case "AuthorizationReq": w.bits(4, 8); e_AuthorizationReqType(w, x as never); break;
    case "AuthorizationRes": w.bits(5, 8); e_AuthorizationResType(w, x as never); break;
    case "Body": w.bits(6, 8); e_BodyType(w, x as never); break;
    case "BodyElement": w.bits(7, 8); e_BodyBaseType(w, x as never); break;
    case "BulkChargingComplete": eS_bool(w, x as never, 8, 8); break;
    case "BulkSOC": eS_nbit_0_100(w, x as never, 10, 8); break;
    case "CableCheckReq": w.bits(11, 8); e_CableCheckReqType(w, x as never); break;
    case "CableCheckRes": w.bits(12, 8); e_CableCheckResType(w, x as never); break;
    case "CanonicalizationMethod": w.bits(13, 8); e_CanonicalizationMethodType(w, x as never); break;
    case "Certificate": eS_bin_800(w, x as never, 14, 8); break;
    case "CertificateInstallationReq": w.bits(15, 8); e_CertificateInstallationReqType(w, x as never); break;
    case "CertificateInstallationRes": w.bits(16, 8); e_CertificateInstallationResType(w, x as never); break;
    case "CertificateUpdateReq": w.bits(17, 8); e_CertificateUpdateReqType(w, x as never); break;
    case "CertificateUpdateRes": w.bits(18, 8); e_CertificateUpdateResType(w, x as never); break;
    case "ChargeParameterDiscoveryReq": w.bits(19, 8); e_ChargeParameterDiscoveryReqType(w, x as never); break;
    case "ChargeParameterDiscoveryRes": w.bits(20, 8); e_ChargeParameterDiscoveryResType(w, x as never); break;
    case "ChargeProgress": eS_enum_chargeProgressType(w, x as never, 21, 8); break;
    case "ChargeService": w.bits(22, 8); e_ChargeServiceType(w, x as never); break;
    case "ChargingComplete": eS_bool(w, x as never, 23, 8); break;
    case "ChargingProfile": w.bits(25, 8); e_ChargingProfileType(w, x as never); break;
    case "ChargingProfileEntryMaxNumberOfPhasesInUse": eS_nbit_1_3(w, x as never, 26, 8); break;
    case "ChargingProfileEntryMaxPower": w.bits(27, 8); e_PhysicalValueType(w, x as never); break;
    case "ChargingProfileEntryStart": eS_uint_0_4294967295(w, x as never, 28, 8); break;
    case "ChargingSession": eS_enum_chargingSessionType(w, x as never, 29, 8); break;
    case "ChargingStatusReq": w.bits(30, 8); e_ChargingStatusReqType(w, x as never); break;
    case "ChargingStatusRes": w.bits(31, 8); e_ChargingStatusResType(w, x as never); break;
    case "ConsumptionCost": w.bits(32, 8); e_ConsumptionCostType(w, x as never); break;
    case "ContractSignatureCertChain": w.bits(33, 8); e_CertificateChainType(w, x as never); break;
    case "ContractSignatureEncryptedPrivateKey": w.bits(34, 8); e_ContractSignatureEncryptedPrivateKeyType(w, x as never); break;
    case "Cost": w.bits(35, 8); e_CostType(w, x as never); break;
    case "CurrentDemandReq": w.bits(36, 8); e_CurrentDemandReqType(w, x as never); break;
    case "CurrentDemandRes": w.bits(37, 8); e_CurrentDemandResType(w, x as never); break;
    case "DC_EVChargeParameter": w.bits(38, 8); e_DC_EVChargeParameterType(w, x as never); break;
    case "DC_EVPowerDeliveryParameter": w.bits(39, 8); e_DC_EVPowerDeliveryParameterType(w, x as never); break;
    case "DC_EVSEChargeParameter": w.bits(40, 8); e_DC_EVSEChargeParameterType(w, x as never); break;
    case "DC_EVSEStatus": w.bits(41, 8); e_DC_EVSEStatusType(w, x as never); break;
    case "DC_EVStatus": w.bits(43, 8); e_DC_EVStatusType(w, x as never); break;
    case "DHpublickey": w.bits(45, 8); e_DiffieHellmanPublickeyType(w, x as never); break;
    case "DSAKeyValue": w.bits(46, 8); e_DSAKeyValueType(w, x as never); break;
    case "DepartureTime": eS_uint_0_4294967295(w, x as never, 47, 8); break;
    case "DigestMethod": w.bits(48, 8); e_DigestMethodType(w, x as never); break;
    case "DigestValue": eS_bin_inf(w, x as never, 49, 8); break;
    case "EAmount": w.bits(50, 8); e_PhysicalValueType(w, x as never); break;
    case "EPriceLevel": eS_nbit_0_255(w, x as never, 51, 8); break;
    case "EVCCID": eS_bin_6(w, x as never, 52, 8); break;
    case "EVChargeParameter": w.bits(53, 8); e_EVChargeParameterType(w, x as never); break;
    case "EVEnergyCapacity": w.bits(54, 8); e_PhysicalValueType(w, x as never); break;
    case "EVEnergyRequest": w.bits(55, 8); e_PhysicalValueType(w, x as never); break;
    case "EVErrorCode": eS_enum_DC_EVErrorCodeType(w, x as never, 56, 8); break;
    case "EVMaxCurrent": w.bits(57, 8); e_PhysicalValueType(w, x as never); break;
    case "EVMaxVoltage": w.bits(58, 8); e_PhysicalValueType(w, x as never); break;
    case "EVMaximumCurrentLimit": w.bits(59, 8); e_PhysicalValueType(w, x as never); break;
    case "EVMaximumPowerLimit": w.bits(61, 8); e_PhysicalValueType(w, x as never); break;
    case "EVMaximumVoltageLimit": w.bits(63, 8); e_PhysicalValueType(w, x as never); break;
    case "EVMinCurrent": w.bits(65, 8); e_PhysicalValueType(w, x as never); break;
    case "EVPowerDeliveryParameter": w.bits(66, 8); e_EVPowerDeliveryParameterType(w, x as never); break;
    case "EVRESSSOC": eS_nbit_0_100(w, x as never, 67, 8); break;
    case "EVReady": eS_bool(w, x as never, 68, 8); break;
    case "EVSEChargeParameter": w.bits(69, 8); e_EVSEChargeParameterType(w, x as never); break;
    case "EVSECurrentLimitAchieved": eS_bool(w, x as never, 70, 8); break;
    case "EVSECurrentRegulationTolerance": w.bits(71, 8); e_PhysicalValueType(w, x as never); break;
    case "EVSEEnergyToBeDelivered": w.bits(72, 8); e_PhysicalValueType(w, x as never); break;
    case "EVSEID": eS_str_37(w, x as never, 73, 8); break;
    case "EVSEIsolationStatus": eS_enum_isolationLevelType(w, x as never, 74, 8); break;
    case "EVSEMaxCurrent": w.bits(75, 8); e_PhysicalValueType(w, x as never); break;
    case "EVSEMaximumCurrentLimit": w.bits(77, 8); e_PhysicalValueType(w, x as never); break;
    case "EVSEMaximumPowerLimit": w.bits(79, 8); e_PhysicalValueType(w, x as never); break;
    case "EVSEMaximumVoltageLimit": w.bits(81, 8); e_PhysicalValueType(w, x as never); break;
    case "EVSEMinimumCurrentLimit": w.bits(83, 8); e_PhysicalValueType(w, x as never); break;
    case "EVSEMinimumVoltageLimit": w.bits(84, 8); e_PhysicalValueType(w, x as never); break;
    case "EVSENominalVoltage": w.bits(85, 8); e_PhysicalValueType(w, x as never); break;
    case "EVSENotification": eS_enum_EVSENotificationType(w, x as never, 86, 8); break;
    case "EVSEPeakCurrentRipple": w.bits(87, 8); e_PhysicalValueType(w, x as never); break;
    case "EVSEPowerLimitAchieved": eS_bool(w, x as never, 88, 8); break;
    case "EVSEPresentCurrent": w.bits(89, 8); e_PhysicalValueType(w, x as never); break;
    case "EVSEPresentVoltage": w.bits(90, 8); e_PhysicalValueType(w, x as never); break;
    case "EVSEProcessing": eS_enum_EVSEProcessingType(w, x as never, 91, 8); break;
    case "EVSEStatus": w.bits(92, 8); e_EVSEStatusType(w, x as never); break;
    case "EVSEStatusCode": eS_enum_DC_EVSEStatusCodeType(w, x as never, 93, 8); break;
    case "EVSETimeStamp": eS_int_m9223372036854776000_9223372036854776000(w, x as never, 94, 8); break;
    case "EVSEVoltageLimitAchieved": eS_bool(w, x as never, 95, 8); break;
    case "EVStatus": w.bits(96, 8); e_EVStatusType(w, x as never); break;
    case "EVTargetCurrent": w.bits(97, 8); e_PhysicalValueType(w, x as never); break;
    case "EVTargetVoltage": w.bits(98, 8); e_PhysicalValueType(w, x as never); break;
    case "EnergyTransferMode": eS_enum_EnergyTransferModeType(w, x as never, 99, 8); break;
    case "Entry": w.bits(100, 8); e_EntryType(w, x as never); break;
    case "Exponent": eS_bin_inf(w, x as never, 101, 8); break;
    case "FaultCode": eS_enum_faultCodeType(w, x as never, 102, 8); break;
    case "FaultMsg": eS_str_64(w, x as never, 103, 8); break;
    case "FreeService": eS_bool(w, x as never, 104, 8); break;
    case "FullSOC": eS_nbit_0_100(w, x as never, 105, 8); break;
    case "G": eS_bin_inf(w, x as never, 106, 8); break;
    case "GenChallenge": eS_bin_16(w, x as never, 107, 8); break;
    case "HMACOutputLength": eS_int_minf_inf(w, x as never, 108, 8); break;
    case "Header": w.bits(109, 8); e_MessageHeaderType(w, x as never); break;
    case "J": eS_bin_inf(w, x as never, 110, 8); break;
    case "KeyInfo": w.bits(111, 8); e_KeyInfoType(w, x as never); break;
    case "KeyName": eS_str_inf(w, x as never, 112, 8); break;
    case "KeyValue": w.bits(113, 8); e_KeyValueType(w, x as never); break;
    case "ListOfRootCertificateIDs": w.bits(114, 8); e_ListOfRootCertificateIDsType(w, x as never); break;
    case "Manifest": w.bits(115, 8); e_ManifestType(w, x as never); break;
    case "MaxEntriesSAScheduleTuple": eS_uint_0_65535(w, x as never, 116, 8); break;
    case "MeterID": eS_str_32(w, x as never, 117, 8); break;
    case "MeterInfo": w.bits(118, 8); e_MeterInfoType(w, x as never); break;
    case "MeterReading": eS_uint_0_18446744073709552000(w, x as never, 119, 8); break;
    case "MeterStatus": eS_int_m32768_32767(w, x as never, 120, 8); break;
    case "MeteringReceiptReq": w.bits(121, 8); e_MeteringReceiptReqType(w, x as never); break;
    case "MeteringReceiptRes": w.bits(122, 8); e_MeteringReceiptResType(w, x as never); break;
    case "MgmtData": eS_str_inf(w, x as never, 123, 8); break;
    case "Modulus": eS_bin_inf(w, x as never, 124, 8); break;
    case "Multiplier": eS_nbit_m3_3(w, x as never, 125, 8); break;
    case "Notification": w.bits(126, 8); e_NotificationType(w, x as never); break;
    case "NotificationMaxDelay": eS_uint_0_65535(w, x as never, 127, 8); break;
    case "NumEPriceLevels": eS_nbit_0_255(w, x as never, 128, 8); break;
    case "OEMProvisioningCert": eS_bin_800(w, x as never, 129, 8); break;
    case "Object": w.bits(130, 8); e_ObjectType(w, x as never); break;
    case "P": eS_bin_inf(w, x as never, 131, 8); break;
    case "PGPData": w.bits(132, 8); e_PGPDataType(w, x as never); break;
    case "PGPKeyID": eS_bin_inf(w, x as never, 133, 8); break;
    case "PGPKeyPacket": eS_bin_inf(w, x as never, 134, 8); break;
    case "PMax": w.bits(135, 8); e_PhysicalValueType(w, x as never); break;
    case "PMaxSchedule": w.bits(136, 8); e_PMaxScheduleType(w, x as never); break;
    case "PMaxScheduleEntry": w.bits(137, 8); e_PMaxScheduleEntryType(w, x as never); break;
    case "Parameter": w.bits(138, 8); e_ParameterType(w, x as never); break;
    case "ParameterSet": w.bits(139, 8); e_ParameterSetType(w, x as never); break;
    case "ParameterSetID": eS_int_m32768_32767(w, x as never, 140, 8); break;
    case "PaymentDetailsReq": w.bits(141, 8); e_PaymentDetailsReqType(w, x as never); break;
    case "PaymentDetailsRes": w.bits(142, 8); e_PaymentDetailsResType(w, x as never); break;
    case "PaymentOption": eS_enum_paymentOptionType(w, x as never, 143, 8); break;
    case "PaymentOptionList": w.bits(144, 8); e_PaymentOptionListType(w, x as never); break;
    case "PaymentServiceSelectionReq": w.bits(145, 8); e_PaymentServiceSelectionReqType(w, x as never); break;
    case "PaymentServiceSelectionRes": w.bits(146, 8); e_PaymentServiceSelectionResType(w, x as never); break;
    case "PgenCounter": eS_bin_inf(w, x as never, 147, 8); break;
    case "PowerDeliveryReq": w.bits(148, 8); e_PowerDeliveryReqType(w, x as never); break;
    case "PowerDeliveryRes": w.bits(149, 8); e_PowerDeliveryResType(w, x as never); break;
    case "PreChargeReq": w.bits(150, 8); e_PreChargeReqType(w, x as never); break;
    case "PreChargeRes": w.bits(151, 8); e_PreChargeResType(w, x as never); break;
    case "ProfileEntry": w.bits(152, 8); e_ProfileEntryType(w, x as never); break;
    case "Q": eS_bin_inf(w, x as never, 153, 8); break;
    case "RCD": eS_bool(w, x as never, 154, 8); break;
    case "RSAKeyValue": w.bits(155, 8); e_RSAKeyValueType(w, x as never); break;
    case "ReceiptRequired": eS_bool(w, x as never, 156, 8); break;
    case "Reference": w.bits(157, 8); e_ReferenceType(w, x as never); break;
    case "RelativeTimeInterval": w.bits(158, 8); e_RelativeTimeIntervalType(w, x as never); break;
    case "RemainingTimeToBulkSoC": w.bits(159, 8); e_PhysicalValueType(w, x as never); break;
    case "RemainingTimeToFullSoC": w.bits(160, 8); e_PhysicalValueType(w, x as never); break;
    case "RequestedEnergyTransferMode": eS_enum_EnergyTransferModeType(w, x as never, 161, 8); break;
    case "ResponseCode": eS_enum_responseCodeType(w, x as never, 162, 8); break;
    case "RetrievalMethod": w.bits(163, 8); e_RetrievalMethodType(w, x as never); break;
    case "RetryCounter": eS_int_m32768_32767(w, x as never, 164, 8); break;
    case "RootCertificateID": w.bits(165, 8); e_X509IssuerSerialType(w, x as never); break;
    case "SAProvisioningCertificateChain": w.bits(166, 8); e_CertificateChainType(w, x as never); break;
    case "SAScheduleList": w.bits(167, 8); e_SAScheduleListType(w, x as never); break;
    case "SAScheduleTuple": w.bits(168, 8); e_SAScheduleTupleType(w, x as never); break;
    case "SAScheduleTupleID": eS_nbit_1_255(w, x as never, 169, 8); break;
    case "SASchedules": w.bits(171, 8); e_SASchedulesType(w, x as never); break;
    case "SPKIData": w.bits(172, 8); e_SPKIDataType(w, x as never); break;
    case "SPKISexp": eS_bin_inf(w, x as never, 173, 8); break;
    case "SalesTariff": w.bits(174, 8); e_SalesTariffType(w, x as never); break;
    case "SalesTariffDescription": eS_str_32(w, x as never, 175, 8); break;
    case "SalesTariffEntry": w.bits(176, 8); e_SalesTariffEntryType(w, x as never); break;
    case "SalesTariffID": eS_nbit_1_255(w, x as never, 177, 8); break;
    case "Seed": eS_bin_inf(w, x as never, 178, 8); break;
    case "SelectedPaymentOption": eS_enum_paymentOptionType(w, x as never, 179, 8); break;
    case "SelectedService": w.bits(180, 8); e_SelectedServiceType(w, x as never); break;
    case "SelectedServiceList": w.bits(181, 8); e_SelectedServiceListType(w, x as never); break;
    case "Service": w.bits(182, 8); e_ServiceType(w, x as never); break;
    case "ServiceCategory": eS_enum_serviceCategoryType(w, x as never, 183, 8); break;
    case "ServiceDetailReq": w.bits(185, 8); e_ServiceDetailReqType(w, x as never); break;
    case "ServiceDetailRes": w.bits(186, 8); e_ServiceDetailResType(w, x as never); break;
    case "ServiceDiscoveryReq": w.bits(187, 8); e_ServiceDiscoveryReqType(w, x as never); break;
    case "ServiceDiscoveryRes": w.bits(188, 8); e_ServiceDiscoveryResType(w, x as never); break;
    case "ServiceID": eS_uint_0_65535(w, x as never, 189, 8); break;
    case "ServiceList": w.bits(191, 8); e_ServiceListType(w, x as never); break;
    case "ServiceName": eS_str_32(w, x as never, 192, 8); break;
    case "ServiceParameterList": w.bits(193, 8); e_ServiceParameterListType(w, x as never); break;
    case "ServiceScope": eS_str_64(w, x as never, 194, 8); break;
    case "SessionID": eS_bin_8(w, x as never, 196, 8); break;
    case "SessionSetupReq": w.bits(198, 8); e_SessionSetupReqType(w, x as never); break;
    case "SessionSetupRes": w.bits(199, 8); e_SessionSetupResType(w, x as never); break;
    case "SessionStopReq": w.bits(200, 8); e_SessionStopReqType(w, x as never); break;
    case "SessionStopRes": w.bits(201, 8); e_SessionStopResType(w, x as never); break;
    case "SigMeterReading": eS_bin_64(w, x as never, 202, 8); break;
    case "Signature": w.bits(203, 8); e_SignatureType(w, x as never); break;
    case "SignatureMethod": w.bits(204, 8); e_SignatureMethodType(w, x as never); break;
    case "SignatureProperties": w.bits(205, 8); e_SignaturePropertiesType(w, x as never); break;
    case "SignatureProperty": w.bits(206, 8); e_SignaturePropertyType(w, x as never); break;
    case "SignatureValue": w.bits(207, 8); e_SignatureValueType(w, x as never); break;
    case "SignedInfo": w.bits(208, 8); e_SignedInfoType(w, x as never); break;
    case "SubCertificates": w.bits(209, 8); e_SubCertificatesType(w, x as never); break;
    case "SupportedEnergyTransferMode": w.bits(210, 8); e_SupportedEnergyTransferModeType(w, x as never); break;
    case "TMeter": eS_int_m9223372036854776000_9223372036854776000(w, x as never, 211, 8); break;
    case "TimeInterval": w.bits(212, 8); e_IntervalType(w, x as never); break;
    case "Transform": w.bits(213, 8); e_TransformType(w, x as never); break;
    case "Transforms": w.bits(214, 8); e_TransformsType(w, x as never); break;
    case "Unit": eS_enum_unitSymbolType(w, x as never, 215, 8); break;
    case "V2G_Message": w.bits(216, 8); e_V2G_Message_anon(w, x as never); break;
    case "Value": eS_int_m32768_32767(w, x as never, 217, 8); break;
    case "WeldingDetectionReq": w.bits(218, 8); e_WeldingDetectionReqType(w, x as never); break;
    case "WeldingDetectionRes": w.bits(219, 8); e_WeldingDetectionResType(w, x as never); break;
    case "X509CRL": eS_bin_inf(w, x as never, 220, 8); break;
    case "X509Certificate": eS_bin_inf(w, x as never, 221, 8); break;
    case "X509Data": w.bits(222, 8); e_X509DataType(w, x as never); break;
    case "X509IssuerName": eS_str_inf(w, x as never, 223, 8); break;
    case "X509IssuerSerial": w.bits(224, 8); e_X509IssuerSerialType(w, x as never); break;
    case "X509SKI": eS_bin_inf(w, x as never, 225, 8); break;
    case "X509SerialNumber": eS_int_minf_inf(w, x as never, 226, 8); break;
    case "X509SubjectName": eS_str_inf(w, x as never, 227, 8); break;
    case "XPath": eS_str_inf(w, x as never, 228, 8); break;
    case "Y": eS_bin_inf(w, x as never, 229, 8); break;
    case "amount": eS_uint_0_4294967295(w, x as never, 230, 8); break;
    case "amountMultiplier": eS_nbit_m3_3(w, x as never, 231, 8); break;
    case "boolValue": eS_bool(w, x as never, 232, 8); break;
    case "byteValue": eS_nbit_m128_127(w, x as never, 233, 8); break;
    case "costKind": eS_enum_costKindType(w, x as never, 234, 8); break;
    case "duration": eS_uint_0_86400(w, x as never, 235, 8); break;
    case "eMAID": w.bits(236, 8); encodeRelaxed(w, x, {"Id":4}, ["Algorithm","Encoding","Id","Id","Id","MimeType","Name","Target","Type","URI"], 243, 9, 8); break;
    case "intValue": eS_int_m2147483648_2147483647(w, x as never, 237, 8); break;
    case "physicalValue": w.bits(238, 8); e_PhysicalValueType(w, x as never); break;
    case "shortValue": eS_int_m32768_32767(w, x as never, 239, 8); break;
    case "start": eS_uint_0_16777214(w, x as never, 240, 8); break;
    case "startValue": w.bits(241, 8); e_PhysicalValueType(w, x as never); break;
    case "stringValue": eS_str_inf(w, x as never, 242, 8); break;
    default: throw w.fail(`unknown fragment element ${k}`);
  }
  w.bits(244, 8);
}
export function decodeFragment(r: BitReader): Record<string, unknown> {
  const c = r.bits(8);
  switch (c) {
    case 0: { const v = { "AC_EVChargeParameter": d_AC_EVChargeParameterType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 1: { const v = { "AC_EVSEChargeParameter": d_AC_EVSEChargeParameterType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 2: { const v = { "AC_EVSEStatus": d_AC_EVSEStatusType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 3: { const v = { "AC_EVSEStatus": d_AC_EVSEStatusType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 4: { const v = { "AuthorizationReq": d_AuthorizationReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 5: { const v = { "AuthorizationRes": d_AuthorizationResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 6: { const v = { "Body": d_BodyType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 7: { const v = { "BodyElement": d_BodyBaseType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 8: { const v = { "BulkChargingComplete": dS_bool(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 9: { const v = { "BulkChargingComplete": dS_bool(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 10: { const v = { "BulkSOC": dS_nbit_0_100(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 11: { const v = { "CableCheckReq": d_CableCheckReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 12: { const v = { "CableCheckRes": d_CableCheckResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 13: { const v = { "CanonicalizationMethod": d_CanonicalizationMethodType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 14: { const v = { "Certificate": dS_bin_800(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 15: { const v = { "CertificateInstallationReq": d_CertificateInstallationReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 16: { const v = { "CertificateInstallationRes": d_CertificateInstallationResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 17: { const v = { "CertificateUpdateReq": d_CertificateUpdateReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 18: { const v = { "CertificateUpdateRes": d_CertificateUpdateResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 19: { const v = { "ChargeParameterDiscoveryReq": d_ChargeParameterDiscoveryReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 20: { const v = { "ChargeParameterDiscoveryRes": d_ChargeParameterDiscoveryResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 21: { const v = { "ChargeProgress": dS_enum_chargeProgressType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 22: { const v = { "ChargeService": d_ChargeServiceType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 23: { const v = { "ChargingComplete": dS_bool(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 24: { const v = { "ChargingComplete": dS_bool(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 25: { const v = { "ChargingProfile": d_ChargingProfileType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 26: { const v = { "ChargingProfileEntryMaxNumberOfPhasesInUse": dS_nbit_1_3(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 27: { const v = { "ChargingProfileEntryMaxPower": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 28: { const v = { "ChargingProfileEntryStart": dS_uint_0_4294967295(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 29: { const v = { "ChargingSession": dS_enum_chargingSessionType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 30: { const v = { "ChargingStatusReq": d_ChargingStatusReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 31: { const v = { "ChargingStatusRes": d_ChargingStatusResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 32: { const v = { "ConsumptionCost": d_ConsumptionCostType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 33: { const v = { "ContractSignatureCertChain": d_CertificateChainType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 34: { const v = { "ContractSignatureEncryptedPrivateKey": d_ContractSignatureEncryptedPrivateKeyType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 35: { const v = { "Cost": d_CostType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 36: { const v = { "CurrentDemandReq": d_CurrentDemandReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 37: { const v = { "CurrentDemandRes": d_CurrentDemandResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 38: { const v = { "DC_EVChargeParameter": d_DC_EVChargeParameterType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 39: { const v = { "DC_EVPowerDeliveryParameter": d_DC_EVPowerDeliveryParameterType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 40: { const v = { "DC_EVSEChargeParameter": d_DC_EVSEChargeParameterType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 41: { const v = { "DC_EVSEStatus": d_DC_EVSEStatusType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 42: { const v = { "DC_EVSEStatus": d_DC_EVSEStatusType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 43: { const v = { "DC_EVStatus": d_DC_EVStatusType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 44: { const v = { "DC_EVStatus": d_DC_EVStatusType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 45: { const v = { "DHpublickey": d_DiffieHellmanPublickeyType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 46: { const v = { "DSAKeyValue": d_DSAKeyValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 47: { const v = { "DepartureTime": dS_uint_0_4294967295(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 48: { const v = { "DigestMethod": d_DigestMethodType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 49: { const v = { "DigestValue": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 50: { const v = { "EAmount": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 51: { const v = { "EPriceLevel": dS_nbit_0_255(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 52: { const v = { "EVCCID": dS_bin_6(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 53: { const v = { "EVChargeParameter": d_EVChargeParameterType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 54: { const v = { "EVEnergyCapacity": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 55: { const v = { "EVEnergyRequest": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 56: { const v = { "EVErrorCode": dS_enum_DC_EVErrorCodeType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 57: { const v = { "EVMaxCurrent": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 58: { const v = { "EVMaxVoltage": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 59: { const v = { "EVMaximumCurrentLimit": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 60: { const v = { "EVMaximumCurrentLimit": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 61: { const v = { "EVMaximumPowerLimit": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 62: { const v = { "EVMaximumPowerLimit": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 63: { const v = { "EVMaximumVoltageLimit": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 64: { const v = { "EVMaximumVoltageLimit": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 65: { const v = { "EVMinCurrent": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 66: { const v = { "EVPowerDeliveryParameter": d_EVPowerDeliveryParameterType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 67: { const v = { "EVRESSSOC": dS_nbit_0_100(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 68: { const v = { "EVReady": dS_bool(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 69: { const v = { "EVSEChargeParameter": d_EVSEChargeParameterType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 70: { const v = { "EVSECurrentLimitAchieved": dS_bool(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 71: { const v = { "EVSECurrentRegulationTolerance": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 72: { const v = { "EVSEEnergyToBeDelivered": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 73: { const v = { "EVSEID": dS_str_37(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 74: { const v = { "EVSEIsolationStatus": dS_enum_isolationLevelType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 75: { const v = { "EVSEMaxCurrent": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 76: { const v = { "EVSEMaxCurrent": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 77: { const v = { "EVSEMaximumCurrentLimit": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 78: { const v = { "EVSEMaximumCurrentLimit": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 79: { const v = { "EVSEMaximumPowerLimit": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 80: { const v = { "EVSEMaximumPowerLimit": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 81: { const v = { "EVSEMaximumVoltageLimit": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 82: { const v = { "EVSEMaximumVoltageLimit": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 83: { const v = { "EVSEMinimumCurrentLimit": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 84: { const v = { "EVSEMinimumVoltageLimit": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 85: { const v = { "EVSENominalVoltage": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 86: { const v = { "EVSENotification": dS_enum_EVSENotificationType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 87: { const v = { "EVSEPeakCurrentRipple": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 88: { const v = { "EVSEPowerLimitAchieved": dS_bool(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 89: { const v = { "EVSEPresentCurrent": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 90: { const v = { "EVSEPresentVoltage": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 91: { const v = { "EVSEProcessing": dS_enum_EVSEProcessingType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 92: { const v = { "EVSEStatus": d_EVSEStatusType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 93: { const v = { "EVSEStatusCode": dS_enum_DC_EVSEStatusCodeType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 94: { const v = { "EVSETimeStamp": dS_int_m9223372036854776000_9223372036854776000(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 95: { const v = { "EVSEVoltageLimitAchieved": dS_bool(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 96: { const v = { "EVStatus": d_EVStatusType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 97: { const v = { "EVTargetCurrent": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 98: { const v = { "EVTargetVoltage": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 99: { const v = { "EnergyTransferMode": dS_enum_EnergyTransferModeType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 100: { const v = { "Entry": d_EntryType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 101: { const v = { "Exponent": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 102: { const v = { "FaultCode": dS_enum_faultCodeType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 103: { const v = { "FaultMsg": dS_str_64(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 104: { const v = { "FreeService": dS_bool(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 105: { const v = { "FullSOC": dS_nbit_0_100(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 106: { const v = { "G": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 107: { const v = { "GenChallenge": dS_bin_16(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 108: { const v = { "HMACOutputLength": dS_int_minf_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 109: { const v = { "Header": d_MessageHeaderType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 110: { const v = { "J": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 111: { const v = { "KeyInfo": d_KeyInfoType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 112: { const v = { "KeyName": dS_str_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 113: { const v = { "KeyValue": d_KeyValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 114: { const v = { "ListOfRootCertificateIDs": d_ListOfRootCertificateIDsType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 115: { const v = { "Manifest": d_ManifestType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 116: { const v = { "MaxEntriesSAScheduleTuple": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 117: { const v = { "MeterID": dS_str_32(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 118: { const v = { "MeterInfo": d_MeterInfoType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 119: { const v = { "MeterReading": dS_uint_0_18446744073709552000(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 120: { const v = { "MeterStatus": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 121: { const v = { "MeteringReceiptReq": d_MeteringReceiptReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 122: { const v = { "MeteringReceiptRes": d_MeteringReceiptResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 123: { const v = { "MgmtData": dS_str_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 124: { const v = { "Modulus": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 125: { const v = { "Multiplier": dS_nbit_m3_3(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 126: { const v = { "Notification": d_NotificationType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 127: { const v = { "NotificationMaxDelay": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 128: { const v = { "NumEPriceLevels": dS_nbit_0_255(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 129: { const v = { "OEMProvisioningCert": dS_bin_800(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 130: { const v = { "Object": d_ObjectType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 131: { const v = { "P": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 132: { const v = { "PGPData": d_PGPDataType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 133: { const v = { "PGPKeyID": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 134: { const v = { "PGPKeyPacket": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 135: { const v = { "PMax": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 136: { const v = { "PMaxSchedule": d_PMaxScheduleType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 137: { const v = { "PMaxScheduleEntry": d_PMaxScheduleEntryType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 138: { const v = { "Parameter": d_ParameterType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 139: { const v = { "ParameterSet": d_ParameterSetType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 140: { const v = { "ParameterSetID": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 141: { const v = { "PaymentDetailsReq": d_PaymentDetailsReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 142: { const v = { "PaymentDetailsRes": d_PaymentDetailsResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 143: { const v = { "PaymentOption": dS_enum_paymentOptionType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 144: { const v = { "PaymentOptionList": d_PaymentOptionListType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 145: { const v = { "PaymentServiceSelectionReq": d_PaymentServiceSelectionReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 146: { const v = { "PaymentServiceSelectionRes": d_PaymentServiceSelectionResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 147: { const v = { "PgenCounter": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 148: { const v = { "PowerDeliveryReq": d_PowerDeliveryReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 149: { const v = { "PowerDeliveryRes": d_PowerDeliveryResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 150: { const v = { "PreChargeReq": d_PreChargeReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 151: { const v = { "PreChargeRes": d_PreChargeResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 152: { const v = { "ProfileEntry": d_ProfileEntryType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 153: { const v = { "Q": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 154: { const v = { "RCD": dS_bool(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 155: { const v = { "RSAKeyValue": d_RSAKeyValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 156: { const v = { "ReceiptRequired": dS_bool(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 157: { const v = { "Reference": d_ReferenceType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 158: { const v = { "RelativeTimeInterval": d_RelativeTimeIntervalType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 159: { const v = { "RemainingTimeToBulkSoC": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 160: { const v = { "RemainingTimeToFullSoC": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 161: { const v = { "RequestedEnergyTransferMode": dS_enum_EnergyTransferModeType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 162: { const v = { "ResponseCode": dS_enum_responseCodeType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 163: { const v = { "RetrievalMethod": d_RetrievalMethodType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 164: { const v = { "RetryCounter": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 165: { const v = { "RootCertificateID": d_X509IssuerSerialType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 166: { const v = { "SAProvisioningCertificateChain": d_CertificateChainType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 167: { const v = { "SAScheduleList": d_SAScheduleListType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 168: { const v = { "SAScheduleTuple": d_SAScheduleTupleType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 169: { const v = { "SAScheduleTupleID": dS_nbit_1_255(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 170: { const v = { "SAScheduleTupleID": dS_nbit_1_255(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 171: { const v = { "SASchedules": d_SASchedulesType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 172: { const v = { "SPKIData": d_SPKIDataType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 173: { const v = { "SPKISexp": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 174: { const v = { "SalesTariff": d_SalesTariffType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 175: { const v = { "SalesTariffDescription": dS_str_32(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 176: { const v = { "SalesTariffEntry": d_SalesTariffEntryType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 177: { const v = { "SalesTariffID": dS_nbit_1_255(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 178: { const v = { "Seed": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 179: { const v = { "SelectedPaymentOption": dS_enum_paymentOptionType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 180: { const v = { "SelectedService": d_SelectedServiceType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 181: { const v = { "SelectedServiceList": d_SelectedServiceListType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 182: { const v = { "Service": d_ServiceType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 183: { const v = { "ServiceCategory": dS_enum_serviceCategoryType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 184: { const v = { "ServiceCategory": dS_enum_serviceCategoryType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 185: { const v = { "ServiceDetailReq": d_ServiceDetailReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 186: { const v = { "ServiceDetailRes": d_ServiceDetailResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 187: { const v = { "ServiceDiscoveryReq": d_ServiceDiscoveryReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 188: { const v = { "ServiceDiscoveryRes": d_ServiceDiscoveryResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 189: { const v = { "ServiceID": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 190: { const v = { "ServiceID": dS_uint_0_65535(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 191: { const v = { "ServiceList": d_ServiceListType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 192: { const v = { "ServiceName": dS_str_32(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 193: { const v = { "ServiceParameterList": d_ServiceParameterListType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 194: { const v = { "ServiceScope": dS_str_64(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 195: { const v = { "ServiceScope": dS_str_64(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 196: { const v = { "SessionID": dS_bin_8(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 197: { const v = { "SessionID": dS_bin_8(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 198: { const v = { "SessionSetupReq": d_SessionSetupReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 199: { const v = { "SessionSetupRes": d_SessionSetupResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 200: { const v = { "SessionStopReq": d_SessionStopReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 201: { const v = { "SessionStopRes": d_SessionStopResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 202: { const v = { "SigMeterReading": dS_bin_64(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 203: { const v = { "Signature": d_SignatureType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 204: { const v = { "SignatureMethod": d_SignatureMethodType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 205: { const v = { "SignatureProperties": d_SignaturePropertiesType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 206: { const v = { "SignatureProperty": d_SignaturePropertyType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 207: { const v = { "SignatureValue": d_SignatureValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 208: { const v = { "SignedInfo": d_SignedInfoType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 209: { const v = { "SubCertificates": d_SubCertificatesType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 210: { const v = { "SupportedEnergyTransferMode": d_SupportedEnergyTransferModeType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 211: { const v = { "TMeter": dS_int_m9223372036854776000_9223372036854776000(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 212: { const v = { "TimeInterval": d_IntervalType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 213: { const v = { "Transform": d_TransformType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 214: { const v = { "Transforms": d_TransformsType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 215: { const v = { "Unit": dS_enum_unitSymbolType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 216: { const v = { "V2G_Message": d_V2G_Message_anon(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 217: { const v = { "Value": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 218: { const v = { "WeldingDetectionReq": d_WeldingDetectionReqType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 219: { const v = { "WeldingDetectionRes": d_WeldingDetectionResType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 220: { const v = { "X509CRL": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 221: { const v = { "X509Certificate": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 222: { const v = { "X509Data": d_X509DataType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 223: { const v = { "X509IssuerName": dS_str_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 224: { const v = { "X509IssuerSerial": d_X509IssuerSerialType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 225: { const v = { "X509SKI": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 226: { const v = { "X509SerialNumber": dS_int_minf_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 227: { const v = { "X509SubjectName": dS_str_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 228: { const v = { "XPath": dS_str_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 229: { const v = { "Y": dS_bin_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 230: { const v = { "amount": dS_uint_0_4294967295(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 231: { const v = { "amountMultiplier": dS_nbit_m3_3(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 232: { const v = { "boolValue": dS_bool(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 233: { const v = { "byteValue": dS_nbit_m128_127(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 234: { const v = { "costKind": dS_enum_costKindType(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 235: { const v = { "duration": dS_uint_0_86400(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 236: { const v = { "eMAID": decodeRelaxed(r, ["Algorithm","Encoding","Id","Id","Id","MimeType","Name","Target","Type","URI"], 243, 9, 8) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 237: { const v = { "intValue": dS_int_m2147483648_2147483647(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 238: { const v = { "physicalValue": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 239: { const v = { "shortValue": dS_int_m32768_32767(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 240: { const v = { "start": dS_uint_0_16777214(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 241: { const v = { "startValue": d_PhysicalValueType(r) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
    case 242: { const v = { "stringValue": dS_str_inf(r, 0) }; if (r.bits(8) !== 244) throw r.fail('expected ED after the fragment element'); return v; }
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
export function e_SASchedulesType(w: BitWriter, v: T.SASchedulesType): void {
  let s = 0;
  let n = 0;
  try {
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, []);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SASchedulesType", s);
  }
}
export function d_SASchedulesType(r: BitReader): T.SASchedulesType {
  const v = {} as T.SASchedulesType;
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
    throw r.wrap(e, "SASchedulesType", s);
  }
}
export function e_SAScheduleListType(w: BitWriter, v: T.SAScheduleListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.SAScheduleTuple;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("SAScheduleTuple must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 3 ? 2 : 1; break;
            default: throw w.fail("SAScheduleTuple is not allowed here");
          }
          e_SAScheduleTupleType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["SAScheduleTuple"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SAScheduleListType", s);
  }
}
export function d_SAScheduleListType(r: BitReader): T.SAScheduleListType {
  const v = {} as T.SAScheduleListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.SAScheduleTuple ??= []); a.push(d_SAScheduleTupleType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.SAScheduleTuple ??= []); a.push(d_SAScheduleTupleType(r)); s = a.length >= 3 ? 2 : 1; break; }
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
    throw r.wrap(e, "SAScheduleListType", s);
  }
}
export function e_SAScheduleTupleType(w: BitWriter, v: T.SAScheduleTupleType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.SAScheduleTupleID;
      if (x !== undefined) {
        n++;
        eS_nbit_1_255(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.PMaxSchedule;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("PMaxSchedule is not allowed here");
        }
        e_PMaxScheduleType(w, x);
      }
    }
    {
      const x = v.SalesTariff;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 2); s = 3; break;
          default: throw w.fail("SalesTariff is not allowed here");
        }
        e_SalesTariffType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["SAScheduleTupleID","PMaxSchedule","SalesTariff"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SAScheduleTupleType", s);
  }
}
export function d_SAScheduleTupleType(r: BitReader): T.SAScheduleTupleType {
  const v = {} as T.SAScheduleTupleType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.SAScheduleTupleID = dS_nbit_1_255(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PMaxSchedule = d_PMaxScheduleType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.SalesTariff = d_SalesTariffType(r); s = 3; break;
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
    throw r.wrap(e, "SAScheduleTupleType", s);
  }
}
export function e_PMaxScheduleType(w: BitWriter, v: T.PMaxScheduleType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.PMaxScheduleEntry;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("PMaxScheduleEntry must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 1024 ? 2 : 1; break;
            default: throw w.fail("PMaxScheduleEntry is not allowed here");
          }
          e_PMaxScheduleEntryType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["PMaxScheduleEntry"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PMaxScheduleType", s);
  }
}
export function d_PMaxScheduleType(r: BitReader): T.PMaxScheduleType {
  const v = {} as T.PMaxScheduleType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.PMaxScheduleEntry ??= []); a.push(d_PMaxScheduleEntryType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.PMaxScheduleEntry ??= []); a.push(d_PMaxScheduleEntryType(r)); s = a.length >= 1024 ? 2 : 1; break; }
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
    throw r.wrap(e, "PMaxScheduleType", s);
  }
}
export function e_PMaxScheduleEntryType(w: BitWriter, v: T.PMaxScheduleEntryType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.RelativeTimeInterval;
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 1;
        e_RelativeTimeIntervalType(w, x);
      }
    }
    {
      const x = v.TimeInterval;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(1, 2); s = 1; break;
          default: throw w.fail("TimeInterval is not allowed here");
        }
        e_IntervalType(w, x);
      }
    }
    {
      const x = v.PMax;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("PMax is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["RelativeTimeInterval","TimeInterval","PMax"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PMaxScheduleEntryType", s);
  }
}
export function d_PMaxScheduleEntryType(r: BitReader): T.PMaxScheduleEntryType {
  const v = {} as T.PMaxScheduleEntryType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.RelativeTimeInterval = d_RelativeTimeIntervalType(r); s = 1; break;
            case 1: v.TimeInterval = d_IntervalType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PMax = d_PhysicalValueType(r); s = 2; break;
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
    throw r.wrap(e, "PMaxScheduleEntryType", s);
  }
}
export function e_PhysicalValueType(w: BitWriter, v: T.PhysicalValueType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.Multiplier;
      if (x !== undefined) {
        n++;
        eS_nbit_m3_3(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.Unit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_unitSymbolType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("Unit is not allowed here");
        }
      }
    }
    {
      const x = v.Value;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_int_m32768_32767(w, x, 0, 1); s = 3; break;
          default: throw w.fail("Value is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Multiplier","Unit","Value"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PhysicalValueType", s);
  }
}
export function d_PhysicalValueType(r: BitReader): T.PhysicalValueType {
  const v = {} as T.PhysicalValueType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.Multiplier = dS_nbit_m3_3(r, 1); s = 1; break; }
        case 1: { v.Unit = dS_enum_unitSymbolType(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Value = dS_int_m32768_32767(r, 0); s = 3; break;
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
    throw r.wrap(e, "PhysicalValueType", s);
  }
}
export function e_EntryType(w: BitWriter, v: T.EntryType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.RelativeTimeInterval;
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 1;
        e_RelativeTimeIntervalType(w, x);
      }
    }
    {
      const x = v.TimeInterval;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(1, 2); s = 1; break;
          default: throw w.fail("TimeInterval is not allowed here");
        }
        e_IntervalType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["RelativeTimeInterval","TimeInterval"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EntryType", s);
  }
}
export function d_EntryType(r: BitReader): T.EntryType {
  const v = {} as T.EntryType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.RelativeTimeInterval = d_RelativeTimeIntervalType(r); s = 1; break;
            case 1: v.TimeInterval = d_IntervalType(r); s = 1; break;
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
    throw r.wrap(e, "EntryType", s);
  }
}
export function e_IntervalType(w: BitWriter, v: T.IntervalType): void {
  let s = 0;
  let n = 0;
  try {
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, []);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "IntervalType", s);
  }
}
export function d_IntervalType(r: BitReader): T.IntervalType {
  const v = {} as T.IntervalType;
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
    throw r.wrap(e, "IntervalType", s);
  }
}
export function e_SalesTariffType(w: BitWriter, v: T.SalesTariffType): void {
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
      const x = v.SalesTariffID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_nbit_1_255(w, x, 1, 2); s = 2; break;
          case 0: eS_nbit_1_255(w, x, 0, 1); s = 2; break;
          default: throw w.fail("SalesTariffID is not allowed here");
        }
      }
    }
    {
      const x = v.SalesTariffDescription;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_str_32(w, x, 0, 2); s = 3; break;
          default: throw w.fail("SalesTariffDescription is not allowed here");
        }
      }
    }
    {
      const x = v.NumEPriceLevels;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_nbit_0_255(w, x, 1, 2); s = 4; break;
          case 3: eS_nbit_0_255(w, x, 0, 2); s = 4; break;
          default: throw w.fail("NumEPriceLevels is not allowed here");
        }
      }
    }
    {
      const x = v.SalesTariffEntry;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("SalesTariffEntry must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 2: w.bits(2, 2); s = 5; break;
            case 3: w.bits(1, 2); s = 5; break;
            case 4: w.bits(0, 1); s = 5; break;
            case 5: w.bits(0, 2); s = i + 1 >= 1024 ? 6 : 5; break;
            default: throw w.fail("SalesTariffEntry is not allowed here");
          }
          e_SalesTariffEntryType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","SalesTariffID","SalesTariffDescription","NumEPriceLevels","SalesTariffEntry"]);
    switch (s) {
      case 5: w.bits(1, 2); break;
      case 6: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SalesTariffType", s);
  }
}
export function d_SalesTariffType(r: BitReader): T.SalesTariffType {
  const v = {} as T.SalesTariffType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.SalesTariffID = dS_nbit_1_255(r, 1); s = 2; break; }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: v.SalesTariffID = dS_nbit_1_255(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.SalesTariffDescription = dS_str_32(r, 0); s = 3; break;
            case 1: v.NumEPriceLevels = dS_nbit_0_255(r, 0); s = 4; break;
            case 2: { const a = (v.SalesTariffEntry ??= []); a.push(d_SalesTariffEntryType(r)); s = 5; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.NumEPriceLevels = dS_nbit_0_255(r, 0); s = 4; break;
            case 1: { const a = (v.SalesTariffEntry ??= []); a.push(d_SalesTariffEntryType(r)); s = 5; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.SalesTariffEntry ??= []); a.push(d_SalesTariffEntryType(r)); s = 5; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.SalesTariffEntry ??= []); a.push(d_SalesTariffEntryType(r)); s = a.length >= 1024 ? 6 : 5; break; }
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
    throw r.wrap(e, "SalesTariffType", s);
  }
}
export function e_SalesTariffEntryType(w: BitWriter, v: T.SalesTariffEntryType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.RelativeTimeInterval;
      if (x !== undefined) {
        n++;
        w.bits(0, 2); s = 1;
        e_RelativeTimeIntervalType(w, x);
      }
    }
    {
      const x = v.TimeInterval;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(1, 2); s = 1; break;
          default: throw w.fail("TimeInterval is not allowed here");
        }
        e_IntervalType(w, x);
      }
    }
    {
      const x = v.EPriceLevel;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_nbit_0_255(w, x, 0, 2); s = 2; break;
          default: throw w.fail("EPriceLevel is not allowed here");
        }
      }
    }
    {
      const x = v.ConsumptionCost;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("ConsumptionCost must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 1: w.bits(1, 2); s = 3; break;
            case 2: w.bits(0, 2); s = 3; break;
            case 3: w.bits(0, 2); s = i + 1 >= 3 ? 4 : 3; break;
            default: throw w.fail("ConsumptionCost is not allowed here");
          }
          e_ConsumptionCostType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["RelativeTimeInterval","TimeInterval","EPriceLevel","ConsumptionCost"]);
    switch (s) {
      case 1: w.bits(2, 2); break;
      case 2: w.bits(1, 2); break;
      case 3: w.bits(1, 2); break;
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SalesTariffEntryType", s);
  }
}
export function d_SalesTariffEntryType(r: BitReader): T.SalesTariffEntryType {
  const v = {} as T.SalesTariffEntryType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.RelativeTimeInterval = d_RelativeTimeIntervalType(r); s = 1; break;
            case 1: v.TimeInterval = d_IntervalType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EPriceLevel = dS_nbit_0_255(r, 0); s = 2; break;
            case 1: { const a = (v.ConsumptionCost ??= []); a.push(d_ConsumptionCostType(r)); s = 3; break; }
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.ConsumptionCost ??= []); a.push(d_ConsumptionCostType(r)); s = 3; break; }
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.ConsumptionCost ??= []); a.push(d_ConsumptionCostType(r)); s = a.length >= 3 ? 4 : 3; break; }
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
    throw r.wrap(e, "SalesTariffEntryType", s);
  }
}
export function e_ConsumptionCostType(w: BitWriter, v: T.ConsumptionCostType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.startValue;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.Cost;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("Cost must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 1: w.bits(0, 1); s = 2; break;
            case 2: w.bits(0, 2); s = i + 1 >= 3 ? 3 : 2; break;
            default: throw w.fail("Cost is not allowed here");
          }
          e_CostType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["startValue","Cost"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ConsumptionCostType", s);
  }
}
export function d_ConsumptionCostType(r: BitReader): T.ConsumptionCostType {
  const v = {} as T.ConsumptionCostType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.startValue = d_PhysicalValueType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.Cost ??= []); a.push(d_CostType(r)); s = 2; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.Cost ??= []); a.push(d_CostType(r)); s = a.length >= 3 ? 3 : 2; break; }
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
    throw r.wrap(e, "ConsumptionCostType", s);
  }
}
export function e_CostType(w: BitWriter, v: T.CostType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.costKind;
      if (x !== undefined) {
        n++;
        eS_enum_costKindType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.amount;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_uint_0_4294967295(w, x, 0, 1); s = 2; break;
          default: throw w.fail("amount is not allowed here");
        }
      }
    }
    {
      const x = v.amountMultiplier;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_nbit_m3_3(w, x, 0, 2); s = 3; break;
          default: throw w.fail("amountMultiplier is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["costKind","amount","amountMultiplier"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "CostType", s);
  }
}
export function d_CostType(r: BitReader): T.CostType {
  const v = {} as T.CostType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.costKind = dS_enum_costKindType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.amount = dS_uint_0_4294967295(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.amountMultiplier = dS_nbit_m3_3(r, 0); s = 3; break;
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
    throw r.wrap(e, "CostType", s);
  }
}
export function e_RelativeTimeIntervalType(w: BitWriter, v: T.RelativeTimeIntervalType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.start;
      if (x !== undefined) {
        n++;
        eS_uint_0_16777214(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.duration;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_uint_0_86400(w, x, 0, 2); s = 2; break;
          default: throw w.fail("duration is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["start","duration"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "RelativeTimeIntervalType", s);
  }
}
export function d_RelativeTimeIntervalType(r: BitReader): T.RelativeTimeIntervalType {
  const v = {} as T.RelativeTimeIntervalType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.start = dS_uint_0_16777214(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.duration = dS_uint_0_86400(r, 0); s = 2; break;
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
    throw r.wrap(e, "RelativeTimeIntervalType", s);
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
          case 1: eS_enum_EVSENotificationType(w, x, 0, 1); s = 2; break;
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
        case 1: { v.EVSENotification = dS_enum_EVSENotificationType(r, 1); s = 2; break; }
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
export function e_AC_EVSEStatusType(w: BitWriter, v: T.AC_EVSEStatusType): void {
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
          case 1: eS_enum_EVSENotificationType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVSENotification is not allowed here");
        }
      }
    }
    {
      const x = v.RCD;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_bool(w, x, 0, 1); s = 3; break;
          default: throw w.fail("RCD is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["NotificationMaxDelay","EVSENotification","RCD"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "AC_EVSEStatusType", s);
  }
}
export function d_AC_EVSEStatusType(r: BitReader): T.AC_EVSEStatusType {
  const v = {} as T.AC_EVSEStatusType;
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
        case 1: { v.EVSENotification = dS_enum_EVSENotificationType(r, 1); s = 2; break; }
        case 2: { v.RCD = dS_bool(r, 1); s = 3; break; }
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
    throw r.wrap(e, "AC_EVSEStatusType", s);
  }
}
export function e_EVStatusType(w: BitWriter, v: T.EVStatusType): void {
  let s = 0;
  let n = 0;
  try {
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, []);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVStatusType", s);
  }
}
export function d_EVStatusType(r: BitReader): T.EVStatusType {
  const v = {} as T.EVStatusType;
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
    throw r.wrap(e, "EVStatusType", s);
  }
}
export function e_DC_EVSEStatusType(w: BitWriter, v: T.DC_EVSEStatusType): void {
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
          case 1: eS_enum_EVSENotificationType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVSENotification is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEIsolationStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_isolationLevelType(w, x, 0, 2); s = 3; break;
          default: throw w.fail("EVSEIsolationStatus is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEStatusCode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_DC_EVSEStatusCodeType(w, x, 1, 2); s = 4; break;
          case 3: eS_enum_DC_EVSEStatusCodeType(w, x, 0, 1); s = 4; break;
          default: throw w.fail("EVSEStatusCode is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["NotificationMaxDelay","EVSENotification","EVSEIsolationStatus","EVSEStatusCode"]);
    switch (s) {
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "DC_EVSEStatusType", s);
  }
}
export function d_DC_EVSEStatusType(r: BitReader): T.DC_EVSEStatusType {
  const v = {} as T.DC_EVSEStatusType;
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
        case 1: { v.EVSENotification = dS_enum_EVSENotificationType(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVSEIsolationStatus = dS_enum_isolationLevelType(r, 0); s = 3; break;
            case 1: v.EVSEStatusCode = dS_enum_DC_EVSEStatusCodeType(r, 0); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: { v.EVSEStatusCode = dS_enum_DC_EVSEStatusCodeType(r, 1); s = 4; break; }
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
    throw r.wrap(e, "DC_EVSEStatusType", s);
  }
}
export function e_DC_EVStatusType(w: BitWriter, v: T.DC_EVStatusType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.EVReady;
      if (x !== undefined) {
        n++;
        eS_bool(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.EVErrorCode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_DC_EVErrorCodeType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVErrorCode is not allowed here");
        }
      }
    }
    {
      const x = v.EVRESSSOC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_nbit_0_100(w, x, 0, 1); s = 3; break;
          default: throw w.fail("EVRESSSOC is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["EVReady","EVErrorCode","EVRESSSOC"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "DC_EVStatusType", s);
  }
}
export function d_DC_EVStatusType(r: BitReader): T.DC_EVStatusType {
  const v = {} as T.DC_EVStatusType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.EVReady = dS_bool(r, 1); s = 1; break; }
        case 1: { v.EVErrorCode = dS_enum_DC_EVErrorCodeType(r, 1); s = 2; break; }
        case 2: { v.EVRESSSOC = dS_nbit_0_100(r, 1); s = 3; break; }
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
    throw r.wrap(e, "DC_EVStatusType", s);
  }
}
export function e_EVChargeParameterType(w: BitWriter, v: T.EVChargeParameterType): void {
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
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DepartureTime"]);
    switch (s) {
      case 0: w.bits(1, 2); break;
      case 1: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVChargeParameterType", s);
  }
}
export function d_EVChargeParameterType(r: BitReader): T.EVChargeParameterType {
  const v = {} as T.EVChargeParameterType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.DepartureTime = dS_uint_0_4294967295(r, 0); s = 1; break;
            case 1: return v;
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
    throw r.wrap(e, "EVChargeParameterType", s);
  }
}
export function e_AC_EVChargeParameterType(w: BitWriter, v: T.AC_EVChargeParameterType): void {
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
      const x = v.EAmount;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(1, 2); s = 2; break;
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("EAmount is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVMaxVoltage;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("EVMaxVoltage is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVMaxCurrent;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("EVMaxCurrent is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVMinCurrent;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: w.bits(0, 1); s = 5; break;
          default: throw w.fail("EVMinCurrent is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DepartureTime","EAmount","EVMaxVoltage","EVMaxCurrent","EVMinCurrent"]);
    switch (s) {
      case 5: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "AC_EVChargeParameterType", s);
  }
}
export function d_AC_EVChargeParameterType(r: BitReader): T.AC_EVChargeParameterType {
  const v = {} as T.AC_EVChargeParameterType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.DepartureTime = dS_uint_0_4294967295(r, 0); s = 1; break;
            case 1: v.EAmount = d_PhysicalValueType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EAmount = d_PhysicalValueType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVMaxVoltage = d_PhysicalValueType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVMaxCurrent = d_PhysicalValueType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVMinCurrent = d_PhysicalValueType(r); s = 5; break;
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
    throw r.wrap(e, "AC_EVChargeParameterType", s);
  }
}
export function e_DC_EVChargeParameterType(w: BitWriter, v: T.DC_EVChargeParameterType): void {
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
      const x = v.DC_EVStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(1, 2); s = 2; break;
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("DC_EVStatus is not allowed here");
        }
        e_DC_EVStatusType(w, x);
      }
    }
    {
      const x = v.EVMaximumCurrentLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("EVMaximumCurrentLimit is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVMaximumPowerLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 2); s = 4; break;
          default: throw w.fail("EVMaximumPowerLimit is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVMaximumVoltageLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(1, 2); s = 5; break;
          case 4: w.bits(0, 1); s = 5; break;
          default: throw w.fail("EVMaximumVoltageLimit is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVEnergyCapacity;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: w.bits(0, 3); s = 6; break;
          default: throw w.fail("EVEnergyCapacity is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVEnergyRequest;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: w.bits(1, 3); s = 7; break;
          case 6: w.bits(0, 3); s = 7; break;
          default: throw w.fail("EVEnergyRequest is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.FullSOC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_nbit_0_100(w, x, 2, 3); s = 8; break;
          case 6: eS_nbit_0_100(w, x, 1, 3); s = 8; break;
          case 7: eS_nbit_0_100(w, x, 0, 2); s = 8; break;
          default: throw w.fail("FullSOC is not allowed here");
        }
      }
    }
    {
      const x = v.BulkSOC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_nbit_0_100(w, x, 3, 3); s = 9; break;
          case 6: eS_nbit_0_100(w, x, 2, 3); s = 9; break;
          case 7: eS_nbit_0_100(w, x, 1, 2); s = 9; break;
          case 8: eS_nbit_0_100(w, x, 0, 2); s = 9; break;
          default: throw w.fail("BulkSOC is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DepartureTime","DC_EVStatus","EVMaximumCurrentLimit","EVMaximumPowerLimit","EVMaximumVoltageLimit","EVEnergyCapacity","EVEnergyRequest","FullSOC","BulkSOC"]);
    switch (s) {
      case 5: w.bits(4, 3); break;
      case 6: w.bits(3, 3); break;
      case 7: w.bits(2, 2); break;
      case 8: w.bits(1, 2); break;
      case 9: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "DC_EVChargeParameterType", s);
  }
}
export function d_DC_EVChargeParameterType(r: BitReader): T.DC_EVChargeParameterType {
  const v = {} as T.DC_EVChargeParameterType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.DepartureTime = dS_uint_0_4294967295(r, 0); s = 1; break;
            case 1: v.DC_EVStatus = d_DC_EVStatusType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DC_EVStatus = d_DC_EVStatusType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVMaximumCurrentLimit = d_PhysicalValueType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVMaximumPowerLimit = d_PhysicalValueType(r); s = 4; break;
            case 1: v.EVMaximumVoltageLimit = d_PhysicalValueType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVMaximumVoltageLimit = d_PhysicalValueType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EVEnergyCapacity = d_PhysicalValueType(r); s = 6; break;
            case 1: v.EVEnergyRequest = d_PhysicalValueType(r); s = 7; break;
            case 2: v.FullSOC = dS_nbit_0_100(r, 0); s = 8; break;
            case 3: v.BulkSOC = dS_nbit_0_100(r, 0); s = 9; break;
            case 4: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EVEnergyRequest = d_PhysicalValueType(r); s = 7; break;
            case 1: v.FullSOC = dS_nbit_0_100(r, 0); s = 8; break;
            case 2: v.BulkSOC = dS_nbit_0_100(r, 0); s = 9; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.FullSOC = dS_nbit_0_100(r, 0); s = 8; break;
            case 1: v.BulkSOC = dS_nbit_0_100(r, 0); s = 9; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 8: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.BulkSOC = dS_nbit_0_100(r, 0); s = 9; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
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
    throw r.wrap(e, "DC_EVChargeParameterType", s);
  }
}
export function e_EVSEChargeParameterType(w: BitWriter, v: T.EVSEChargeParameterType): void {
  let s = 0;
  let n = 0;
  try {
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, []);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVSEChargeParameterType", s);
  }
}
export function d_EVSEChargeParameterType(r: BitReader): T.EVSEChargeParameterType {
  const v = {} as T.EVSEChargeParameterType;
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
    throw r.wrap(e, "EVSEChargeParameterType", s);
  }
}
export function e_AC_EVSEChargeParameterType(w: BitWriter, v: T.AC_EVSEChargeParameterType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.AC_EVSEStatus;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_AC_EVSEStatusType(w, x);
      }
    }
    {
      const x = v.EVSENominalVoltage;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("EVSENominalVoltage is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVSEMaxCurrent;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("EVSEMaxCurrent is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["AC_EVSEStatus","EVSENominalVoltage","EVSEMaxCurrent"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "AC_EVSEChargeParameterType", s);
  }
}
export function d_AC_EVSEChargeParameterType(r: BitReader): T.AC_EVSEChargeParameterType {
  const v = {} as T.AC_EVSEChargeParameterType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.AC_EVSEStatus = d_AC_EVSEStatusType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSENominalVoltage = d_PhysicalValueType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSEMaxCurrent = d_PhysicalValueType(r); s = 3; break;
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
    throw r.wrap(e, "AC_EVSEChargeParameterType", s);
  }
}
export function e_DC_EVSEChargeParameterType(w: BitWriter, v: T.DC_EVSEChargeParameterType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.DC_EVSEStatus;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_DC_EVSEStatusType(w, x);
      }
    }
    {
      const x = v.EVSEMaximumCurrentLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("EVSEMaximumCurrentLimit is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVSEMaximumPowerLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("EVSEMaximumPowerLimit is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVSEMaximumVoltageLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("EVSEMaximumVoltageLimit is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVSEMinimumCurrentLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: w.bits(0, 1); s = 5; break;
          default: throw w.fail("EVSEMinimumCurrentLimit is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVSEMinimumVoltageLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: w.bits(0, 1); s = 6; break;
          default: throw w.fail("EVSEMinimumVoltageLimit is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVSECurrentRegulationTolerance;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: w.bits(0, 2); s = 7; break;
          default: throw w.fail("EVSECurrentRegulationTolerance is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVSEPeakCurrentRipple;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: w.bits(1, 2); s = 8; break;
          case 7: w.bits(0, 1); s = 8; break;
          default: throw w.fail("EVSEPeakCurrentRipple is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVSEEnergyToBeDelivered;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 8: w.bits(0, 2); s = 9; break;
          default: throw w.fail("EVSEEnergyToBeDelivered is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DC_EVSEStatus","EVSEMaximumCurrentLimit","EVSEMaximumPowerLimit","EVSEMaximumVoltageLimit","EVSEMinimumCurrentLimit","EVSEMinimumVoltageLimit","EVSECurrentRegulationTolerance","EVSEPeakCurrentRipple","EVSEEnergyToBeDelivered"]);
    switch (s) {
      case 8: w.bits(1, 2); break;
      case 9: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "DC_EVSEChargeParameterType", s);
  }
}
export function d_DC_EVSEChargeParameterType(r: BitReader): T.DC_EVSEChargeParameterType {
  const v = {} as T.DC_EVSEChargeParameterType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DC_EVSEStatus = d_DC_EVSEStatusType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSEMaximumCurrentLimit = d_PhysicalValueType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSEMaximumPowerLimit = d_PhysicalValueType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSEMaximumVoltageLimit = d_PhysicalValueType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSEMinimumCurrentLimit = d_PhysicalValueType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSEMinimumVoltageLimit = d_PhysicalValueType(r); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVSECurrentRegulationTolerance = d_PhysicalValueType(r); s = 7; break;
            case 1: v.EVSEPeakCurrentRipple = d_PhysicalValueType(r); s = 8; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 7: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSEPeakCurrentRipple = d_PhysicalValueType(r); s = 8; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 8: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVSEEnergyToBeDelivered = d_PhysicalValueType(r); s = 9; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
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
    throw r.wrap(e, "DC_EVSEChargeParameterType", s);
  }
}
export function e_EVPowerDeliveryParameterType(w: BitWriter, v: T.EVPowerDeliveryParameterType): void {
  let s = 0;
  let n = 0;
  try {
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, []);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EVPowerDeliveryParameterType", s);
  }
}
export function d_EVPowerDeliveryParameterType(r: BitReader): T.EVPowerDeliveryParameterType {
  const v = {} as T.EVPowerDeliveryParameterType;
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
    throw r.wrap(e, "EVPowerDeliveryParameterType", s);
  }
}
export function e_DC_EVPowerDeliveryParameterType(w: BitWriter, v: T.DC_EVPowerDeliveryParameterType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.DC_EVStatus;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_DC_EVStatusType(w, x);
      }
    }
    {
      const x = v.BulkChargingComplete;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_bool(w, x, 0, 2); s = 2; break;
          default: throw w.fail("BulkChargingComplete is not allowed here");
        }
      }
    }
    {
      const x = v.ChargingComplete;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_bool(w, x, 1, 2); s = 3; break;
          case 2: eS_bool(w, x, 0, 1); s = 3; break;
          default: throw w.fail("ChargingComplete is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DC_EVStatus","BulkChargingComplete","ChargingComplete"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "DC_EVPowerDeliveryParameterType", s);
  }
}
export function d_DC_EVPowerDeliveryParameterType(r: BitReader): T.DC_EVPowerDeliveryParameterType {
  const v = {} as T.DC_EVPowerDeliveryParameterType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DC_EVStatus = d_DC_EVStatusType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.BulkChargingComplete = dS_bool(r, 0); s = 2; break;
            case 1: v.ChargingComplete = dS_bool(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: { v.ChargingComplete = dS_bool(r, 1); s = 3; break; }
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
    throw r.wrap(e, "DC_EVPowerDeliveryParameterType", s);
  }
}
export function e_BodyBaseType(w: BitWriter, v: T.BodyBaseType): void {
  let s = 0;
  let n = 0;
  try {
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, []);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "BodyBaseType", s);
  }
}
export function d_BodyBaseType(r: BitReader): T.BodyBaseType {
  const v = {} as T.BodyBaseType;
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
    throw r.wrap(e, "BodyBaseType", s);
  }
}
export function e_SessionSetupReqType(w: BitWriter, v: T.SessionSetupReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.EVCCID;
      if (x !== undefined) {
        n++;
        eS_bin_6(w, x, 0, 1); s = 1;
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["EVCCID"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
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
            case 0: v.EVCCID = dS_bin_6(r, 0); s = 1; break;
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
    throw r.wrap(e, "SessionSetupReqType", s);
  }
}
export function e_SessionSetupResType(w: BitWriter, v: T.SessionSetupResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.EVSEID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_str_37(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVSEID is not allowed here");
        }
      }
    }
    {
      const x = v.EVSETimeStamp;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_int_m9223372036854776000_9223372036854776000(w, x, 0, 2); s = 3; break;
          default: throw w.fail("EVSETimeStamp is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","EVSEID","EVSETimeStamp"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
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
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSEID = dS_str_37(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVSETimeStamp = dS_int_m9223372036854776000_9223372036854776000(r, 0); s = 3; break;
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
    throw r.wrap(e, "SessionSetupResType", s);
  }
}
export function e_ServiceDiscoveryReqType(w: BitWriter, v: T.ServiceDiscoveryReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ServiceScope;
      if (x !== undefined) {
        n++;
        eS_str_64(w, x, 0, 2); s = 1;
      }
    }
    {
      const x = v.ServiceCategory;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_enum_serviceCategoryType(w, x, 1, 2); s = 2; break;
          case 1: eS_enum_serviceCategoryType(w, x, 0, 2); s = 2; break;
          default: throw w.fail("ServiceCategory is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ServiceScope","ServiceCategory"]);
    switch (s) {
      case 0: w.bits(2, 2); break;
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
          const c = r.bits(2);
          switch (c) {
            case 0: v.ServiceScope = dS_str_64(r, 0); s = 1; break;
            case 1: v.ServiceCategory = dS_enum_serviceCategoryType(r, 0); s = 2; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.ServiceCategory = dS_enum_serviceCategoryType(r, 0); s = 2; break;
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
export function e_ServiceDiscoveryResType(w: BitWriter, v: T.ServiceDiscoveryResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.PaymentOptionList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("PaymentOptionList is not allowed here");
        }
        e_PaymentOptionListType(w, x);
      }
    }
    {
      const x = v.ChargeService;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("ChargeService is not allowed here");
        }
        e_ChargeServiceType(w, x);
      }
    }
    {
      const x = v.ServiceList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 2); s = 4; break;
          default: throw w.fail("ServiceList is not allowed here");
        }
        e_ServiceListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","PaymentOptionList","ChargeService","ServiceList"]);
    switch (s) {
      case 3: w.bits(1, 2); break;
      case 4: w.bits(0, 1); break;
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
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.PaymentOptionList = d_PaymentOptionListType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ChargeService = d_ChargeServiceType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.ServiceList = d_ServiceListType(r); s = 4; break;
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
    throw r.wrap(e, "ServiceDiscoveryResType", s);
  }
}
export function e_PaymentOptionListType(w: BitWriter, v: T.PaymentOptionListType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.PaymentOption;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("PaymentOption must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: eS_enum_paymentOptionType(w, x[i]!, 0, 1); s = 1; break;
            case 1: eS_enum_paymentOptionType(w, x[i]!, 0, 2); s = i + 1 >= 2 ? 2 : 1; break;
            default: throw w.fail("PaymentOption is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["PaymentOption"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PaymentOptionListType", s);
  }
}
export function d_PaymentOptionListType(r: BitReader): T.PaymentOptionListType {
  const v = {} as T.PaymentOptionListType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { { const a = (v.PaymentOption ??= []); a.push(dS_enum_paymentOptionType(r, 1)); s = 1; break; } }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.PaymentOption ??= []); a.push(dS_enum_paymentOptionType(r, 0)); s = a.length >= 2 ? 2 : 1; break; }
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
    throw r.wrap(e, "PaymentOptionListType", s);
  }
}
export function e_ChargeServiceType(w: BitWriter, v: T.ChargeServiceType): void {
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
      const x = v.ServiceName;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_str_32(w, x, 0, 2); s = 2; break;
          default: throw w.fail("ServiceName is not allowed here");
        }
      }
    }
    {
      const x = v.ServiceCategory;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_serviceCategoryType(w, x, 1, 2); s = 3; break;
          case 2: eS_enum_serviceCategoryType(w, x, 0, 1); s = 3; break;
          default: throw w.fail("ServiceCategory is not allowed here");
        }
      }
    }
    {
      const x = v.ServiceScope;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_str_64(w, x, 0, 2); s = 4; break;
          default: throw w.fail("ServiceScope is not allowed here");
        }
      }
    }
    {
      const x = v.FreeService;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_bool(w, x, 1, 2); s = 5; break;
          case 4: eS_bool(w, x, 0, 1); s = 5; break;
          default: throw w.fail("FreeService is not allowed here");
        }
      }
    }
    {
      const x = v.SupportedEnergyTransferMode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: w.bits(0, 1); s = 6; break;
          default: throw w.fail("SupportedEnergyTransferMode is not allowed here");
        }
        e_SupportedEnergyTransferModeType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ServiceID","ServiceName","ServiceCategory","ServiceScope","FreeService","SupportedEnergyTransferMode"]);
    switch (s) {
      case 6: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ChargeServiceType", s);
  }
}
export function d_ChargeServiceType(r: BitReader): T.ChargeServiceType {
  const v = {} as T.ChargeServiceType;
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
          const c = r.bits(2);
          switch (c) {
            case 0: v.ServiceName = dS_str_32(r, 0); s = 2; break;
            case 1: v.ServiceCategory = dS_enum_serviceCategoryType(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: { v.ServiceCategory = dS_enum_serviceCategoryType(r, 1); s = 3; break; }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.ServiceScope = dS_str_64(r, 0); s = 4; break;
            case 1: v.FreeService = dS_bool(r, 0); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: { v.FreeService = dS_bool(r, 1); s = 5; break; }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SupportedEnergyTransferMode = d_SupportedEnergyTransferModeType(r); s = 6; break;
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
    throw r.wrap(e, "ChargeServiceType", s);
  }
}
export function e_SupportedEnergyTransferModeType(w: BitWriter, v: T.SupportedEnergyTransferModeType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.EnergyTransferMode;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("EnergyTransferMode must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: eS_enum_EnergyTransferModeType(w, x[i]!, 0, 1); s = 1; break;
            case 1: eS_enum_EnergyTransferModeType(w, x[i]!, 0, 2); s = i + 1 >= 6 ? 2 : 1; break;
            default: throw w.fail("EnergyTransferMode is not allowed here");
          }
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["EnergyTransferMode"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "SupportedEnergyTransferModeType", s);
  }
}
export function d_SupportedEnergyTransferModeType(r: BitReader): T.SupportedEnergyTransferModeType {
  const v = {} as T.SupportedEnergyTransferModeType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { { const a = (v.EnergyTransferMode ??= []); a.push(dS_enum_EnergyTransferModeType(r, 1)); s = 1; break; } }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.EnergyTransferMode ??= []); a.push(dS_enum_EnergyTransferModeType(r, 0)); s = a.length >= 6 ? 2 : 1; break; }
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
    throw r.wrap(e, "SupportedEnergyTransferModeType", s);
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
      const x = v.ServiceName;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_str_32(w, x, 0, 2); s = 2; break;
          default: throw w.fail("ServiceName is not allowed here");
        }
      }
    }
    {
      const x = v.ServiceCategory;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_serviceCategoryType(w, x, 1, 2); s = 3; break;
          case 2: eS_enum_serviceCategoryType(w, x, 0, 1); s = 3; break;
          default: throw w.fail("ServiceCategory is not allowed here");
        }
      }
    }
    {
      const x = v.ServiceScope;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_str_64(w, x, 0, 2); s = 4; break;
          default: throw w.fail("ServiceScope is not allowed here");
        }
      }
    }
    {
      const x = v.FreeService;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_bool(w, x, 1, 2); s = 5; break;
          case 4: eS_bool(w, x, 0, 1); s = 5; break;
          default: throw w.fail("FreeService is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ServiceID","ServiceName","ServiceCategory","ServiceScope","FreeService"]);
    switch (s) {
      case 5: w.bits(0, 1); break;
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
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.ServiceName = dS_str_32(r, 0); s = 2; break;
            case 1: v.ServiceCategory = dS_enum_serviceCategoryType(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: { v.ServiceCategory = dS_enum_serviceCategoryType(r, 1); s = 3; break; }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.ServiceScope = dS_str_64(r, 0); s = 4; break;
            case 1: v.FreeService = dS_bool(r, 0); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: { v.FreeService = dS_bool(r, 1); s = 5; break; }
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
    throw r.wrap(e, "ServiceType", s);
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
export function e_ServiceDetailReqType(w: BitWriter, v: T.ServiceDetailReqType): void {
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
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ServiceID"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
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
            case 0: v.ServiceID = dS_uint_0_65535(r, 0); s = 1; break;
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
    throw r.wrap(e, "ServiceDetailReqType", s);
  }
}
export function e_ServiceDetailResType(w: BitWriter, v: T.ServiceDetailResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
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
    {
      const x = v.ServiceParameterList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 2); s = 3; break;
          default: throw w.fail("ServiceParameterList is not allowed here");
        }
        e_ServiceParameterListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","ServiceID","ServiceParameterList"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
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
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ServiceID = dS_uint_0_65535(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.ServiceParameterList = d_ServiceParameterListType(r); s = 3; break;
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
            case 1: w.bits(0, 2); s = i + 1 >= 255 ? 2 : 1; break;
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
            case 0: { const a = (v.ParameterSet ??= []); a.push(d_ParameterSetType(r)); s = a.length >= 255 ? 2 : 1; break; }
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
        eS_int_m32768_32767(w, x, 0, 1); s = 1;
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
            case 2: w.bits(0, 2); s = i + 1 >= 16 ? 3 : 2; break;
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
            case 0: v.ParameterSetID = dS_int_m32768_32767(r, 0); s = 1; break;
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
            case 0: { const a = (v.Parameter ??= []); a.push(d_ParameterType(r)); s = a.length >= 16 ? 3 : 2; break; }
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
        w.str(x, Infinity);
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
      const x = v.physicalValue;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(4, 3); s = 6; break;
          default: throw w.fail("physicalValue is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.stringValue;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_str_inf(w, x, 5, 3); s = 7; break;
          default: throw w.fail("stringValue is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Name","boolValue","byteValue","shortValue","intValue","physicalValue","stringValue"]);
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
            case 4: v.physicalValue = d_PhysicalValueType(r); s = 6; break;
            case 5: v.stringValue = dS_str_inf(r, 0); s = 7; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Name"] = r.str(Infinity); s = 0; break;
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
export function e_PaymentServiceSelectionReqType(w: BitWriter, v: T.PaymentServiceSelectionReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.SelectedPaymentOption;
      if (x !== undefined) {
        n++;
        eS_enum_paymentOptionType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.SelectedServiceList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("SelectedServiceList is not allowed here");
        }
        e_SelectedServiceListType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["SelectedPaymentOption","SelectedServiceList"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PaymentServiceSelectionReqType", s);
  }
}
export function d_PaymentServiceSelectionReqType(r: BitReader): T.PaymentServiceSelectionReqType {
  const v = {} as T.PaymentServiceSelectionReqType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.SelectedPaymentOption = dS_enum_paymentOptionType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SelectedServiceList = d_SelectedServiceListType(r); s = 2; break;
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
    throw r.wrap(e, "PaymentServiceSelectionReqType", s);
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
          case 1: eS_int_m32768_32767(w, x, 0, 2); s = 2; break;
          default: throw w.fail("ParameterSetID is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ServiceID","ParameterSetID"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
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
          const c = r.bits(2);
          switch (c) {
            case 0: v.ParameterSetID = dS_int_m32768_32767(r, 0); s = 2; break;
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
    throw r.wrap(e, "SelectedServiceType", s);
  }
}
export function e_PaymentServiceSelectionResType(w: BitWriter, v: T.PaymentServiceSelectionResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PaymentServiceSelectionResType", s);
  }
}
export function d_PaymentServiceSelectionResType(r: BitReader): T.PaymentServiceSelectionResType {
  const v = {} as T.PaymentServiceSelectionResType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
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
    throw r.wrap(e, "PaymentServiceSelectionResType", s);
  }
}
export function e_PaymentDetailsReqType(w: BitWriter, v: T.PaymentDetailsReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.eMAID;
      if (x !== undefined) {
        n++;
        eS_str_15(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.ContractSignatureCertChain;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("ContractSignatureCertChain is not allowed here");
        }
        e_CertificateChainType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["eMAID","ContractSignatureCertChain"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PaymentDetailsReqType", s);
  }
}
export function d_PaymentDetailsReqType(r: BitReader): T.PaymentDetailsReqType {
  const v = {} as T.PaymentDetailsReqType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.eMAID = dS_str_15(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ContractSignatureCertChain = d_CertificateChainType(r); s = 2; break;
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
    throw r.wrap(e, "PaymentDetailsReqType", s);
  }
}
export function e_CertificateChainType(w: BitWriter, v: T.CertificateChainType): void {
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
      const x = v.Certificate;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_bin_800(w, x, 1, 2); s = 2; break;
          case 0: eS_bin_800(w, x, 0, 1); s = 2; break;
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
    throw w.wrap(e, "CertificateChainType", s);
  }
}
export function d_CertificateChainType(r: BitReader): T.CertificateChainType {
  const v = {} as T.CertificateChainType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.Certificate = dS_bin_800(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: v.Certificate = dS_bin_800(r, 0); s = 2; break;
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
    throw r.wrap(e, "CertificateChainType", s);
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
            case 0: eS_bin_800(w, x[i]!, 0, 1); s = 1; break;
            case 1: eS_bin_800(w, x[i]!, 0, 2); s = i + 1 >= 4 ? 2 : 1; break;
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
            case 0: { const a = (v.Certificate ??= []); a.push(dS_bin_800(r, 0)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.Certificate ??= []); a.push(dS_bin_800(r, 0)); s = a.length >= 4 ? 2 : 1; break; }
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
export function e_PaymentDetailsResType(w: BitWriter, v: T.PaymentDetailsResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.GenChallenge;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_bin_16(w, x, 0, 1); s = 2; break;
          default: throw w.fail("GenChallenge is not allowed here");
        }
      }
    }
    {
      const x = v.EVSETimeStamp;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_int_m9223372036854776000_9223372036854776000(w, x, 0, 1); s = 3; break;
          default: throw w.fail("EVSETimeStamp is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","GenChallenge","EVSETimeStamp"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PaymentDetailsResType", s);
  }
}
export function d_PaymentDetailsResType(r: BitReader): T.PaymentDetailsResType {
  const v = {} as T.PaymentDetailsResType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.GenChallenge = dS_bin_16(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSETimeStamp = dS_int_m9223372036854776000_9223372036854776000(r, 0); s = 3; break;
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
    throw r.wrap(e, "PaymentDetailsResType", s);
  }
}
export function e_AuthorizationReqType(w: BitWriter, v: T.AuthorizationReqType): void {
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
      const x = v.GenChallenge;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_bin_16(w, x, 1, 2); s = 2; break;
          case 0: eS_bin_16(w, x, 0, 2); s = 2; break;
          default: throw w.fail("GenChallenge is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","GenChallenge"]);
    switch (s) {
      case 1: w.bits(2, 2); break;
      case 0: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "AuthorizationReqType", s);
  }
}
export function d_AuthorizationReqType(r: BitReader): T.AuthorizationReqType {
  const v = {} as T.AuthorizationReqType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.GenChallenge = dS_bin_16(r, 0); s = 2; break;
            case 1: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: v.GenChallenge = dS_bin_16(r, 0); s = 2; break;
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
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "AuthorizationReqType", s);
  }
}
export function e_AuthorizationResType(w: BitWriter, v: T.AuthorizationResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.EVSEProcessing;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_EVSEProcessingType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVSEProcessing is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","EVSEProcessing"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
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
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: { v.EVSEProcessing = dS_enum_EVSEProcessingType(r, 1); s = 2; break; }
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
    throw r.wrap(e, "AuthorizationResType", s);
  }
}
export function e_ChargeParameterDiscoveryReqType(w: BitWriter, v: T.ChargeParameterDiscoveryReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.MaxEntriesSAScheduleTuple;
      if (x !== undefined) {
        n++;
        eS_uint_0_65535(w, x, 0, 2); s = 1;
      }
    }
    {
      const x = v.RequestedEnergyTransferMode;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_enum_EnergyTransferModeType(w, x, 1, 2); s = 2; break;
          case 1: eS_enum_EnergyTransferModeType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("RequestedEnergyTransferMode is not allowed here");
        }
      }
    }
    {
      const x = v.AC_EVChargeParameter;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 2); s = 3; break;
          default: throw w.fail("AC_EVChargeParameter is not allowed here");
        }
        e_AC_EVChargeParameterType(w, x);
      }
    }
    {
      const x = v.DC_EVChargeParameter;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 2); s = 3; break;
          default: throw w.fail("DC_EVChargeParameter is not allowed here");
        }
        e_DC_EVChargeParameterType(w, x);
      }
    }
    {
      const x = v.EVChargeParameter;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(2, 2); s = 3; break;
          default: throw w.fail("EVChargeParameter is not allowed here");
        }
        e_EVChargeParameterType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["MaxEntriesSAScheduleTuple","RequestedEnergyTransferMode","AC_EVChargeParameter","DC_EVChargeParameter","EVChargeParameter"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
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
          const c = r.bits(2);
          switch (c) {
            case 0: v.MaxEntriesSAScheduleTuple = dS_uint_0_65535(r, 0); s = 1; break;
            case 1: v.RequestedEnergyTransferMode = dS_enum_EnergyTransferModeType(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: { v.RequestedEnergyTransferMode = dS_enum_EnergyTransferModeType(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.AC_EVChargeParameter = d_AC_EVChargeParameterType(r); s = 3; break;
            case 1: v.DC_EVChargeParameter = d_DC_EVChargeParameterType(r); s = 3; break;
            case 2: v.EVChargeParameter = d_EVChargeParameterType(r); s = 3; break;
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
    throw r.wrap(e, "ChargeParameterDiscoveryReqType", s);
  }
}
export function e_ChargeParameterDiscoveryResType(w: BitWriter, v: T.ChargeParameterDiscoveryResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.EVSEProcessing;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_enum_EVSEProcessingType(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVSEProcessing is not allowed here");
        }
      }
    }
    {
      const x = v.SAScheduleList;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 3); s = 3; break;
          default: throw w.fail("SAScheduleList is not allowed here");
        }
        e_SAScheduleListType(w, x);
      }
    }
    {
      const x = v.SASchedules;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 3); s = 3; break;
          default: throw w.fail("SASchedules is not allowed here");
        }
        e_SASchedulesType(w, x);
      }
    }
    {
      const x = v.AC_EVSEChargeParameter;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(2, 3); s = 4; break;
          case 3: w.bits(0, 2); s = 4; break;
          default: throw w.fail("AC_EVSEChargeParameter is not allowed here");
        }
        e_AC_EVSEChargeParameterType(w, x);
      }
    }
    {
      const x = v.DC_EVSEChargeParameter;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(3, 3); s = 4; break;
          case 3: w.bits(1, 2); s = 4; break;
          default: throw w.fail("DC_EVSEChargeParameter is not allowed here");
        }
        e_DC_EVSEChargeParameterType(w, x);
      }
    }
    {
      const x = v.EVSEChargeParameter;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(4, 3); s = 4; break;
          case 3: w.bits(2, 2); s = 4; break;
          default: throw w.fail("EVSEChargeParameter is not allowed here");
        }
        e_EVSEChargeParameterType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","EVSEProcessing","SAScheduleList","SASchedules","AC_EVSEChargeParameter","DC_EVSEChargeParameter","EVSEChargeParameter"]);
    switch (s) {
      case 4: w.bits(0, 1); break;
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
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: { v.EVSEProcessing = dS_enum_EVSEProcessingType(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.SAScheduleList = d_SAScheduleListType(r); s = 3; break;
            case 1: v.SASchedules = d_SASchedulesType(r); s = 3; break;
            case 2: v.AC_EVSEChargeParameter = d_AC_EVSEChargeParameterType(r); s = 4; break;
            case 3: v.DC_EVSEChargeParameter = d_DC_EVSEChargeParameterType(r); s = 4; break;
            case 4: v.EVSEChargeParameter = d_EVSEChargeParameterType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.AC_EVSEChargeParameter = d_AC_EVSEChargeParameterType(r); s = 4; break;
            case 1: v.DC_EVSEChargeParameter = d_DC_EVSEChargeParameterType(r); s = 4; break;
            case 2: v.EVSEChargeParameter = d_EVSEChargeParameterType(r); s = 4; break;
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
    throw r.wrap(e, "ChargeParameterDiscoveryResType", s);
  }
}
export function e_PowerDeliveryReqType(w: BitWriter, v: T.PowerDeliveryReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ChargeProgress;
      if (x !== undefined) {
        n++;
        eS_enum_chargeProgressType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.SAScheduleTupleID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_nbit_1_255(w, x, 0, 1); s = 2; break;
          default: throw w.fail("SAScheduleTupleID is not allowed here");
        }
      }
    }
    {
      const x = v.ChargingProfile;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 3); s = 3; break;
          default: throw w.fail("ChargingProfile is not allowed here");
        }
        e_ChargingProfileType(w, x);
      }
    }
    {
      const x = v.DC_EVPowerDeliveryParameter;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 3); s = 4; break;
          case 3: w.bits(0, 2); s = 4; break;
          default: throw w.fail("DC_EVPowerDeliveryParameter is not allowed here");
        }
        e_DC_EVPowerDeliveryParameterType(w, x);
      }
    }
    {
      const x = v.EVPowerDeliveryParameter;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(2, 3); s = 4; break;
          case 3: w.bits(1, 2); s = 4; break;
          default: throw w.fail("EVPowerDeliveryParameter is not allowed here");
        }
        e_EVPowerDeliveryParameterType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ChargeProgress","SAScheduleTupleID","ChargingProfile","DC_EVPowerDeliveryParameter","EVPowerDeliveryParameter"]);
    switch (s) {
      case 2: w.bits(3, 3); break;
      case 3: w.bits(2, 2); break;
      case 4: w.bits(0, 1); break;
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
        case 0: { v.ChargeProgress = dS_enum_chargeProgressType(r, 1); s = 1; break; }
        case 1: { v.SAScheduleTupleID = dS_nbit_1_255(r, 1); s = 2; break; }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.ChargingProfile = d_ChargingProfileType(r); s = 3; break;
            case 1: v.DC_EVPowerDeliveryParameter = d_DC_EVPowerDeliveryParameterType(r); s = 4; break;
            case 2: v.EVPowerDeliveryParameter = d_EVPowerDeliveryParameterType(r); s = 4; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.DC_EVPowerDeliveryParameter = d_DC_EVPowerDeliveryParameterType(r); s = 4; break;
            case 1: v.EVPowerDeliveryParameter = d_EVPowerDeliveryParameterType(r); s = 4; break;
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
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "PowerDeliveryReqType", s);
  }
}
export function e_ChargingProfileType(w: BitWriter, v: T.ChargingProfileType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ProfileEntry;
      if (x !== undefined) {
        n++;
        if (!Array.isArray(x)) throw w.fail("ProfileEntry must be an array");
        for (let i = 0; i < x.length; i++) {
          switch (s) {
            case 0: w.bits(0, 1); s = 1; break;
            case 1: w.bits(0, 2); s = i + 1 >= 24 ? 2 : 1; break;
            default: throw w.fail("ProfileEntry is not allowed here");
          }
          e_ProfileEntryType(w, x[i]!);
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ProfileEntry"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ChargingProfileType", s);
  }
}
export function d_ChargingProfileType(r: BitReader): T.ChargingProfileType {
  const v = {} as T.ChargingProfileType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: { const a = (v.ProfileEntry ??= []); a.push(d_ProfileEntryType(r)); s = 1; break; }
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: { const a = (v.ProfileEntry ??= []); a.push(d_ProfileEntryType(r)); s = a.length >= 24 ? 2 : 1; break; }
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
    throw r.wrap(e, "ChargingProfileType", s);
  }
}
export function e_ProfileEntryType(w: BitWriter, v: T.ProfileEntryType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ChargingProfileEntryStart;
      if (x !== undefined) {
        n++;
        eS_uint_0_4294967295(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.ChargingProfileEntryMaxPower;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("ChargingProfileEntryMaxPower is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.ChargingProfileEntryMaxNumberOfPhasesInUse;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_nbit_1_3(w, x, 0, 2); s = 3; break;
          default: throw w.fail("ChargingProfileEntryMaxNumberOfPhasesInUse is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ChargingProfileEntryStart","ChargingProfileEntryMaxPower","ChargingProfileEntryMaxNumberOfPhasesInUse"]);
    switch (s) {
      case 2: w.bits(1, 2); break;
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ProfileEntryType", s);
  }
}
export function d_ProfileEntryType(r: BitReader): T.ProfileEntryType {
  const v = {} as T.ProfileEntryType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ChargingProfileEntryStart = dS_uint_0_4294967295(r, 0); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ChargingProfileEntryMaxPower = d_PhysicalValueType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.ChargingProfileEntryMaxNumberOfPhasesInUse = dS_nbit_1_3(r, 0); s = 3; break;
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
    throw r.wrap(e, "ProfileEntryType", s);
  }
}
export function e_PowerDeliveryResType(w: BitWriter, v: T.PowerDeliveryResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.AC_EVSEStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 2); s = 2; break;
          default: throw w.fail("AC_EVSEStatus is not allowed here");
        }
        e_AC_EVSEStatusType(w, x);
      }
    }
    {
      const x = v.DC_EVSEStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(1, 2); s = 2; break;
          default: throw w.fail("DC_EVSEStatus is not allowed here");
        }
        e_DC_EVSEStatusType(w, x);
      }
    }
    {
      const x = v.EVSEStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(2, 2); s = 2; break;
          default: throw w.fail("EVSEStatus is not allowed here");
        }
        e_EVSEStatusType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","AC_EVSEStatus","DC_EVSEStatus","EVSEStatus"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
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
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.AC_EVSEStatus = d_AC_EVSEStatusType(r); s = 2; break;
            case 1: v.DC_EVSEStatus = d_DC_EVSEStatusType(r); s = 2; break;
            case 2: v.EVSEStatus = d_EVSEStatusType(r); s = 2; break;
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
    throw r.wrap(e, "PowerDeliveryResType", s);
  }
}
export function e_MeteringReceiptReqType(w: BitWriter, v: T.MeteringReceiptReqType): void {
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
      const x = v.SessionID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_bin_8(w, x, 1, 2); s = 2; break;
          case 0: eS_bin_8(w, x, 0, 1); s = 2; break;
          default: throw w.fail("SessionID is not allowed here");
        }
      }
    }
    {
      const x = v.SAScheduleTupleID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_nbit_1_255(w, x, 0, 2); s = 3; break;
          default: throw w.fail("SAScheduleTupleID is not allowed here");
        }
      }
    }
    {
      const x = v.MeterInfo;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 2); s = 4; break;
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("MeterInfo is not allowed here");
        }
        e_MeterInfoType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","SessionID","SAScheduleTupleID","MeterInfo"]);
    switch (s) {
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "MeteringReceiptReqType", s);
  }
}
export function d_MeteringReceiptReqType(r: BitReader): T.MeteringReceiptReqType {
  const v = {} as T.MeteringReceiptReqType;
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
          const c = r.bits(2);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 0; break;
            case 1: v.SessionID = dS_bin_8(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.SAScheduleTupleID = dS_nbit_1_255(r, 0); s = 3; break;
            case 1: v.MeterInfo = d_MeterInfoType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.MeterInfo = d_MeterInfoType(r); s = 4; break;
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
    throw r.wrap(e, "MeteringReceiptReqType", s);
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
      const x = v.MeterReading;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_uint_0_18446744073709552000(w, x, 0, 3); s = 2; break;
          default: throw w.fail("MeterReading is not allowed here");
        }
      }
    }
    {
      const x = v.SigMeterReading;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_bin_64(w, x, 1, 3); s = 3; break;
          case 2: eS_bin_64(w, x, 0, 3); s = 3; break;
          default: throw w.fail("SigMeterReading is not allowed here");
        }
      }
    }
    {
      const x = v.MeterStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_int_m32768_32767(w, x, 2, 3); s = 4; break;
          case 2: eS_int_m32768_32767(w, x, 1, 3); s = 4; break;
          case 3: eS_int_m32768_32767(w, x, 0, 2); s = 4; break;
          default: throw w.fail("MeterStatus is not allowed here");
        }
      }
    }
    {
      const x = v.TMeter;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_int_m9223372036854776000_9223372036854776000(w, x, 3, 3); s = 5; break;
          case 2: eS_int_m9223372036854776000_9223372036854776000(w, x, 2, 3); s = 5; break;
          case 3: eS_int_m9223372036854776000_9223372036854776000(w, x, 1, 2); s = 5; break;
          case 4: eS_int_m9223372036854776000_9223372036854776000(w, x, 0, 2); s = 5; break;
          default: throw w.fail("TMeter is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["MeterID","MeterReading","SigMeterReading","MeterStatus","TMeter"]);
    switch (s) {
      case 1: w.bits(4, 3); break;
      case 2: w.bits(3, 3); break;
      case 3: w.bits(2, 2); break;
      case 4: w.bits(1, 2); break;
      case 5: w.bits(0, 1); break;
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
          const c = r.bits(3);
          switch (c) {
            case 0: v.MeterReading = dS_uint_0_18446744073709552000(r, 0); s = 2; break;
            case 1: v.SigMeterReading = dS_bin_64(r, 0); s = 3; break;
            case 2: v.MeterStatus = dS_int_m32768_32767(r, 0); s = 4; break;
            case 3: v.TMeter = dS_int_m9223372036854776000_9223372036854776000(r, 0); s = 5; break;
            case 4: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.SigMeterReading = dS_bin_64(r, 0); s = 3; break;
            case 1: v.MeterStatus = dS_int_m32768_32767(r, 0); s = 4; break;
            case 2: v.TMeter = dS_int_m9223372036854776000_9223372036854776000(r, 0); s = 5; break;
            case 3: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.MeterStatus = dS_int_m32768_32767(r, 0); s = 4; break;
            case 1: v.TMeter = dS_int_m9223372036854776000_9223372036854776000(r, 0); s = 5; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.TMeter = dS_int_m9223372036854776000_9223372036854776000(r, 0); s = 5; break;
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
    throw r.wrap(e, "MeterInfoType", s);
  }
}
export function e_MeteringReceiptResType(w: BitWriter, v: T.MeteringReceiptResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.AC_EVSEStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 2); s = 2; break;
          default: throw w.fail("AC_EVSEStatus is not allowed here");
        }
        e_AC_EVSEStatusType(w, x);
      }
    }
    {
      const x = v.DC_EVSEStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(1, 2); s = 2; break;
          default: throw w.fail("DC_EVSEStatus is not allowed here");
        }
        e_DC_EVSEStatusType(w, x);
      }
    }
    {
      const x = v.EVSEStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(2, 2); s = 2; break;
          default: throw w.fail("EVSEStatus is not allowed here");
        }
        e_EVSEStatusType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","AC_EVSEStatus","DC_EVSEStatus","EVSEStatus"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "MeteringReceiptResType", s);
  }
}
export function d_MeteringReceiptResType(r: BitReader): T.MeteringReceiptResType {
  const v = {} as T.MeteringReceiptResType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.AC_EVSEStatus = d_AC_EVSEStatusType(r); s = 2; break;
            case 1: v.DC_EVSEStatus = d_DC_EVSEStatusType(r); s = 2; break;
            case 2: v.EVSEStatus = d_EVSEStatusType(r); s = 2; break;
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
    throw r.wrap(e, "MeteringReceiptResType", s);
  }
}
export function e_SessionStopReqType(w: BitWriter, v: T.SessionStopReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ChargingSession;
      if (x !== undefined) {
        n++;
        eS_enum_chargingSessionType(w, x, 0, 1); s = 1;
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ChargingSession"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
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
        case 0: { v.ChargingSession = dS_enum_chargingSessionType(r, 1); s = 1; break; }
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
    throw r.wrap(e, "SessionStopReqType", s);
  }
}
export function e_SessionStopResType(w: BitWriter, v: T.SessionStopResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
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
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
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
    throw r.wrap(e, "SessionStopResType", s);
  }
}
export function e_CertificateUpdateReqType(w: BitWriter, v: T.CertificateUpdateReqType): void {
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
      const x = v.ContractSignatureCertChain;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: w.bits(0, 1); s = 2; break;
          default: throw w.fail("ContractSignatureCertChain is not allowed here");
        }
        e_CertificateChainType(w, x);
      }
    }
    {
      const x = v.eMAID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_str_15(w, x, 0, 1); s = 3; break;
          default: throw w.fail("eMAID is not allowed here");
        }
      }
    }
    {
      const x = v.ListOfRootCertificateIDs;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("ListOfRootCertificateIDs is not allowed here");
        }
        e_ListOfRootCertificateIDsType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","ContractSignatureCertChain","eMAID","ListOfRootCertificateIDs"]);
    switch (s) {
      case 4: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "CertificateUpdateReqType", s);
  }
}
export function d_CertificateUpdateReqType(r: BitReader): T.CertificateUpdateReqType {
  const v = {} as T.CertificateUpdateReqType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ContractSignatureCertChain = d_CertificateChainType(r); s = 2; break;
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
            case 0: v.eMAID = dS_str_15(r, 0); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ListOfRootCertificateIDs = d_ListOfRootCertificateIDsType(r); s = 4; break;
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
    throw r.wrap(e, "CertificateUpdateReqType", s);
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
export function e_CertificateUpdateResType(w: BitWriter, v: T.CertificateUpdateResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.SAProvisioningCertificateChain;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("SAProvisioningCertificateChain is not allowed here");
        }
        e_CertificateChainType(w, x);
      }
    }
    {
      const x = v.ContractSignatureCertChain;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("ContractSignatureCertChain is not allowed here");
        }
        e_CertificateChainType(w, x);
      }
    }
    {
      const x = v.ContractSignatureEncryptedPrivateKey;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("ContractSignatureEncryptedPrivateKey is not allowed here");
        }
        e_ContractSignatureEncryptedPrivateKeyType(w, x);
      }
    }
    {
      const x = v.DHpublickey;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: w.bits(0, 1); s = 5; break;
          default: throw w.fail("DHpublickey is not allowed here");
        }
        e_DiffieHellmanPublickeyType(w, x);
      }
    }
    {
      const x = v.eMAID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: w.bits(0, 1); s = 6; break;
          default: throw w.fail("eMAID is not allowed here");
        }
        e_EMAIDType(w, x);
      }
    }
    {
      const x = v.RetryCounter;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: eS_int_m32768_32767(w, x, 0, 2); s = 7; break;
          default: throw w.fail("RetryCounter is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","SAProvisioningCertificateChain","ContractSignatureCertChain","ContractSignatureEncryptedPrivateKey","DHpublickey","eMAID","RetryCounter"]);
    switch (s) {
      case 6: w.bits(1, 2); break;
      case 7: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "CertificateUpdateResType", s);
  }
}
export function d_CertificateUpdateResType(r: BitReader): T.CertificateUpdateResType {
  const v = {} as T.CertificateUpdateResType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SAProvisioningCertificateChain = d_CertificateChainType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ContractSignatureCertChain = d_CertificateChainType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ContractSignatureEncryptedPrivateKey = d_ContractSignatureEncryptedPrivateKeyType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DHpublickey = d_DiffieHellmanPublickeyType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.eMAID = d_EMAIDType(r); s = 6; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.RetryCounter = dS_int_m32768_32767(r, 0); s = 7; break;
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
    throw r.wrap(e, "CertificateUpdateResType", s);
  }
}
export function e_ContractSignatureEncryptedPrivateKeyType(w: BitWriter, v: T.ContractSignatureEncryptedPrivateKeyType): void {
  let s = 2;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        w.str(x, Infinity);
      }
    }
    {
      const x = v["#content"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 0; break;
          default: throw w.fail("#content is not allowed here");
        }
        w.hex(x, 48);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","#content"]);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ContractSignatureEncryptedPrivateKeyType", s);
  }
}
export function d_ContractSignatureEncryptedPrivateKeyType(r: BitReader): T.ContractSignatureEncryptedPrivateKeyType {
  const v = {} as T.ContractSignatureEncryptedPrivateKeyType;
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
            case 0: v['#content'] = r.hex(48); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "ContractSignatureEncryptedPrivateKeyType", s);
  }
}
export function e_DiffieHellmanPublickeyType(w: BitWriter, v: T.DiffieHellmanPublickeyType): void {
  let s = 2;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        w.str(x, Infinity);
      }
    }
    {
      const x = v["#content"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 0; break;
          default: throw w.fail("#content is not allowed here");
        }
        w.hex(x, 65);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","#content"]);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "DiffieHellmanPublickeyType", s);
  }
}
export function d_DiffieHellmanPublickeyType(r: BitReader): T.DiffieHellmanPublickeyType {
  const v = {} as T.DiffieHellmanPublickeyType;
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
            case 0: v['#content'] = r.hex(65); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "DiffieHellmanPublickeyType", s);
  }
}
export function e_EMAIDType(w: BitWriter, v: T.EMAIDType): void {
  let s = 2;
  let n = 0;
  try {
    {
      const x = v["@Id"];
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        w.str(x, Infinity);
      }
    }
    {
      const x = v["#content"];
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 0; break;
          default: throw w.fail("#content is not allowed here");
        }
        w.str(x, 15);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","#content"]);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "EMAIDType", s);
  }
}
export function d_EMAIDType(r: BitReader): T.EMAIDType {
  const v = {} as T.EMAIDType;
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
            case 0: v['#content'] = r.str(15); s = 0; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v["@Id"] = r.str(Infinity); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        default: throw r.fail('invalid grammar state');
      }
    }
  } catch (e) {
    throw r.wrap(e, "EMAIDType", s);
  }
}
export function e_CertificateInstallationReqType(w: BitWriter, v: T.CertificateInstallationReqType): void {
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
      const x = v.OEMProvisioningCert;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 0: eS_bin_800(w, x, 0, 1); s = 2; break;
          default: throw w.fail("OEMProvisioningCert is not allowed here");
        }
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
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["@Id","OEMProvisioningCert","ListOfRootCertificateIDs"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "CertificateInstallationReqType", s);
  }
}
export function d_CertificateInstallationReqType(r: BitReader): T.CertificateInstallationReqType {
  const v = {} as T.CertificateInstallationReqType;
  let s = 1;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.OEMProvisioningCert = dS_bin_800(r, 0); s = 2; break;
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
            case 0: v.ListOfRootCertificateIDs = d_ListOfRootCertificateIDsType(r); s = 3; break;
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
    throw r.wrap(e, "CertificateInstallationReqType", s);
  }
}
export function e_CertificateInstallationResType(w: BitWriter, v: T.CertificateInstallationResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.SAProvisioningCertificateChain;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("SAProvisioningCertificateChain is not allowed here");
        }
        e_CertificateChainType(w, x);
      }
    }
    {
      const x = v.ContractSignatureCertChain;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("ContractSignatureCertChain is not allowed here");
        }
        e_CertificateChainType(w, x);
      }
    }
    {
      const x = v.ContractSignatureEncryptedPrivateKey;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("ContractSignatureEncryptedPrivateKey is not allowed here");
        }
        e_ContractSignatureEncryptedPrivateKeyType(w, x);
      }
    }
    {
      const x = v.DHpublickey;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: w.bits(0, 1); s = 5; break;
          default: throw w.fail("DHpublickey is not allowed here");
        }
        e_DiffieHellmanPublickeyType(w, x);
      }
    }
    {
      const x = v.eMAID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: w.bits(0, 1); s = 6; break;
          default: throw w.fail("eMAID is not allowed here");
        }
        e_EMAIDType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","SAProvisioningCertificateChain","ContractSignatureCertChain","ContractSignatureEncryptedPrivateKey","DHpublickey","eMAID"]);
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
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.SAProvisioningCertificateChain = d_CertificateChainType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ContractSignatureCertChain = d_CertificateChainType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.ContractSignatureEncryptedPrivateKey = d_ContractSignatureEncryptedPrivateKeyType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DHpublickey = d_DiffieHellmanPublickeyType(r); s = 5; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.eMAID = d_EMAIDType(r); s = 6; break;
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
    throw r.wrap(e, "CertificateInstallationResType", s);
  }
}
export function e_ChargingStatusReqType(w: BitWriter, v: T.ChargingStatusReqType): void {
  let s = 0;
  let n = 0;
  try {
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, []);
    switch (s) {
      case 0: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ChargingStatusReqType", s);
  }
}
export function d_ChargingStatusReqType(r: BitReader): T.ChargingStatusReqType {
  const v = {} as T.ChargingStatusReqType;
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
    throw r.wrap(e, "ChargingStatusReqType", s);
  }
}
export function e_ChargingStatusResType(w: BitWriter, v: T.ChargingStatusResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.EVSEID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_str_37(w, x, 0, 1); s = 2; break;
          default: throw w.fail("EVSEID is not allowed here");
        }
      }
    }
    {
      const x = v.SAScheduleTupleID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_nbit_1_255(w, x, 0, 1); s = 3; break;
          default: throw w.fail("SAScheduleTupleID is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEMaxCurrent;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 3); s = 4; break;
          default: throw w.fail("EVSEMaxCurrent is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.MeterInfo;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(1, 3); s = 5; break;
          case 4: w.bits(0, 2); s = 5; break;
          default: throw w.fail("MeterInfo is not allowed here");
        }
        e_MeterInfoType(w, x);
      }
    }
    {
      const x = v.ReceiptRequired;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: eS_bool(w, x, 2, 3); s = 6; break;
          case 4: eS_bool(w, x, 1, 2); s = 6; break;
          case 5: eS_bool(w, x, 0, 2); s = 6; break;
          default: throw w.fail("ReceiptRequired is not allowed here");
        }
      }
    }
    {
      const x = v.AC_EVSEStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(3, 3); s = 7; break;
          case 4: w.bits(2, 2); s = 7; break;
          case 5: w.bits(1, 2); s = 7; break;
          case 6: w.bits(0, 1); s = 7; break;
          default: throw w.fail("AC_EVSEStatus is not allowed here");
        }
        e_AC_EVSEStatusType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","EVSEID","SAScheduleTupleID","EVSEMaxCurrent","MeterInfo","ReceiptRequired","AC_EVSEStatus"]);
    switch (s) {
      case 7: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "ChargingStatusResType", s);
  }
}
export function d_ChargingStatusResType(r: BitReader): T.ChargingStatusResType {
  const v = {} as T.ChargingStatusResType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSEID = dS_str_37(r, 0); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: { v.SAScheduleTupleID = dS_nbit_1_255(r, 1); s = 3; break; }
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EVSEMaxCurrent = d_PhysicalValueType(r); s = 4; break;
            case 1: v.MeterInfo = d_MeterInfoType(r); s = 5; break;
            case 2: v.ReceiptRequired = dS_bool(r, 0); s = 6; break;
            case 3: v.AC_EVSEStatus = d_AC_EVSEStatusType(r); s = 7; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.MeterInfo = d_MeterInfoType(r); s = 5; break;
            case 1: v.ReceiptRequired = dS_bool(r, 0); s = 6; break;
            case 2: v.AC_EVSEStatus = d_AC_EVSEStatusType(r); s = 7; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.ReceiptRequired = dS_bool(r, 0); s = 6; break;
            case 1: v.AC_EVSEStatus = d_AC_EVSEStatusType(r); s = 7; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.AC_EVSEStatus = d_AC_EVSEStatusType(r); s = 7; break;
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
    throw r.wrap(e, "ChargingStatusResType", s);
  }
}
export function e_CableCheckReqType(w: BitWriter, v: T.CableCheckReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.DC_EVStatus;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_DC_EVStatusType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DC_EVStatus"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "CableCheckReqType", s);
  }
}
export function d_CableCheckReqType(r: BitReader): T.CableCheckReqType {
  const v = {} as T.CableCheckReqType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DC_EVStatus = d_DC_EVStatusType(r); s = 1; break;
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
    throw r.wrap(e, "CableCheckReqType", s);
  }
}
export function e_CableCheckResType(w: BitWriter, v: T.CableCheckResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.DC_EVSEStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("DC_EVSEStatus is not allowed here");
        }
        e_DC_EVSEStatusType(w, x);
      }
    }
    {
      const x = v.EVSEProcessing;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_enum_EVSEProcessingType(w, x, 0, 1); s = 3; break;
          default: throw w.fail("EVSEProcessing is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","DC_EVSEStatus","EVSEProcessing"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "CableCheckResType", s);
  }
}
export function d_CableCheckResType(r: BitReader): T.CableCheckResType {
  const v = {} as T.CableCheckResType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DC_EVSEStatus = d_DC_EVSEStatusType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: { v.EVSEProcessing = dS_enum_EVSEProcessingType(r, 1); s = 3; break; }
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
    throw r.wrap(e, "CableCheckResType", s);
  }
}
export function e_PreChargeReqType(w: BitWriter, v: T.PreChargeReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.DC_EVStatus;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_DC_EVStatusType(w, x);
      }
    }
    {
      const x = v.EVTargetVoltage;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("EVTargetVoltage is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVTargetCurrent;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("EVTargetCurrent is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DC_EVStatus","EVTargetVoltage","EVTargetCurrent"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PreChargeReqType", s);
  }
}
export function d_PreChargeReqType(r: BitReader): T.PreChargeReqType {
  const v = {} as T.PreChargeReqType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DC_EVStatus = d_DC_EVStatusType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVTargetVoltage = d_PhysicalValueType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVTargetCurrent = d_PhysicalValueType(r); s = 3; break;
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
    throw r.wrap(e, "PreChargeReqType", s);
  }
}
export function e_PreChargeResType(w: BitWriter, v: T.PreChargeResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.DC_EVSEStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("DC_EVSEStatus is not allowed here");
        }
        e_DC_EVSEStatusType(w, x);
      }
    }
    {
      const x = v.EVSEPresentVoltage;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("EVSEPresentVoltage is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","DC_EVSEStatus","EVSEPresentVoltage"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "PreChargeResType", s);
  }
}
export function d_PreChargeResType(r: BitReader): T.PreChargeResType {
  const v = {} as T.PreChargeResType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DC_EVSEStatus = d_DC_EVSEStatusType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSEPresentVoltage = d_PhysicalValueType(r); s = 3; break;
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
    throw r.wrap(e, "PreChargeResType", s);
  }
}
export function e_CurrentDemandReqType(w: BitWriter, v: T.CurrentDemandReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.DC_EVStatus;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_DC_EVStatusType(w, x);
      }
    }
    {
      const x = v.EVTargetCurrent;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("EVTargetCurrent is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVMaximumVoltageLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 3); s = 3; break;
          default: throw w.fail("EVMaximumVoltageLimit is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVMaximumCurrentLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(1, 3); s = 4; break;
          case 3: w.bits(0, 3); s = 4; break;
          default: throw w.fail("EVMaximumCurrentLimit is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVMaximumPowerLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(2, 3); s = 5; break;
          case 3: w.bits(1, 3); s = 5; break;
          case 4: w.bits(0, 2); s = 5; break;
          default: throw w.fail("EVMaximumPowerLimit is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.BulkChargingComplete;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_bool(w, x, 3, 3); s = 6; break;
          case 3: eS_bool(w, x, 2, 3); s = 6; break;
          case 4: eS_bool(w, x, 1, 2); s = 6; break;
          case 5: eS_bool(w, x, 0, 2); s = 6; break;
          default: throw w.fail("BulkChargingComplete is not allowed here");
        }
      }
    }
    {
      const x = v.ChargingComplete;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: eS_bool(w, x, 4, 3); s = 7; break;
          case 3: eS_bool(w, x, 3, 3); s = 7; break;
          case 4: eS_bool(w, x, 2, 2); s = 7; break;
          case 5: eS_bool(w, x, 1, 2); s = 7; break;
          case 6: eS_bool(w, x, 0, 1); s = 7; break;
          default: throw w.fail("ChargingComplete is not allowed here");
        }
      }
    }
    {
      const x = v.RemainingTimeToFullSoC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 7: w.bits(0, 2); s = 8; break;
          default: throw w.fail("RemainingTimeToFullSoC is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.RemainingTimeToBulkSoC;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 7: w.bits(1, 2); s = 9; break;
          case 8: w.bits(0, 2); s = 9; break;
          default: throw w.fail("RemainingTimeToBulkSoC is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVTargetVoltage;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 7: w.bits(2, 2); s = 10; break;
          case 8: w.bits(1, 2); s = 10; break;
          case 9: w.bits(0, 1); s = 10; break;
          default: throw w.fail("EVTargetVoltage is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DC_EVStatus","EVTargetCurrent","EVMaximumVoltageLimit","EVMaximumCurrentLimit","EVMaximumPowerLimit","BulkChargingComplete","ChargingComplete","RemainingTimeToFullSoC","RemainingTimeToBulkSoC","EVTargetVoltage"]);
    switch (s) {
      case 10: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "CurrentDemandReqType", s);
  }
}
export function d_CurrentDemandReqType(r: BitReader): T.CurrentDemandReqType {
  const v = {} as T.CurrentDemandReqType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DC_EVStatus = d_DC_EVStatusType(r); s = 1; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVTargetCurrent = d_PhysicalValueType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EVMaximumVoltageLimit = d_PhysicalValueType(r); s = 3; break;
            case 1: v.EVMaximumCurrentLimit = d_PhysicalValueType(r); s = 4; break;
            case 2: v.EVMaximumPowerLimit = d_PhysicalValueType(r); s = 5; break;
            case 3: v.BulkChargingComplete = dS_bool(r, 0); s = 6; break;
            case 4: v.ChargingComplete = dS_bool(r, 0); s = 7; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EVMaximumCurrentLimit = d_PhysicalValueType(r); s = 4; break;
            case 1: v.EVMaximumPowerLimit = d_PhysicalValueType(r); s = 5; break;
            case 2: v.BulkChargingComplete = dS_bool(r, 0); s = 6; break;
            case 3: v.ChargingComplete = dS_bool(r, 0); s = 7; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVMaximumPowerLimit = d_PhysicalValueType(r); s = 5; break;
            case 1: v.BulkChargingComplete = dS_bool(r, 0); s = 6; break;
            case 2: v.ChargingComplete = dS_bool(r, 0); s = 7; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 5: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.BulkChargingComplete = dS_bool(r, 0); s = 6; break;
            case 1: v.ChargingComplete = dS_bool(r, 0); s = 7; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 6: { v.ChargingComplete = dS_bool(r, 1); s = 7; break; }
        case 7: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.RemainingTimeToFullSoC = d_PhysicalValueType(r); s = 8; break;
            case 1: v.RemainingTimeToBulkSoC = d_PhysicalValueType(r); s = 9; break;
            case 2: v.EVTargetVoltage = d_PhysicalValueType(r); s = 10; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 8: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.RemainingTimeToBulkSoC = d_PhysicalValueType(r); s = 9; break;
            case 1: v.EVTargetVoltage = d_PhysicalValueType(r); s = 10; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 9: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVTargetVoltage = d_PhysicalValueType(r); s = 10; break;
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
    throw r.wrap(e, "CurrentDemandReqType", s);
  }
}
export function e_CurrentDemandResType(w: BitWriter, v: T.CurrentDemandResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.DC_EVSEStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("DC_EVSEStatus is not allowed here");
        }
        e_DC_EVSEStatusType(w, x);
      }
    }
    {
      const x = v.EVSEPresentVoltage;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("EVSEPresentVoltage is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVSEPresentCurrent;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 3: w.bits(0, 1); s = 4; break;
          default: throw w.fail("EVSEPresentCurrent is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVSECurrentLimitAchieved;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 4: eS_bool(w, x, 0, 1); s = 5; break;
          default: throw w.fail("EVSECurrentLimitAchieved is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEVoltageLimitAchieved;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 5: eS_bool(w, x, 0, 1); s = 6; break;
          default: throw w.fail("EVSEVoltageLimitAchieved is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEPowerLimitAchieved;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 6: eS_bool(w, x, 0, 1); s = 7; break;
          default: throw w.fail("EVSEPowerLimitAchieved is not allowed here");
        }
      }
    }
    {
      const x = v.EVSEMaximumVoltageLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 7: w.bits(0, 3); s = 8; break;
          default: throw w.fail("EVSEMaximumVoltageLimit is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVSEMaximumCurrentLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 7: w.bits(1, 3); s = 9; break;
          case 8: w.bits(0, 2); s = 9; break;
          default: throw w.fail("EVSEMaximumCurrentLimit is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVSEMaximumPowerLimit;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 7: w.bits(2, 3); s = 10; break;
          case 8: w.bits(1, 2); s = 10; break;
          case 9: w.bits(0, 2); s = 10; break;
          default: throw w.fail("EVSEMaximumPowerLimit is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    {
      const x = v.EVSEID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 7: eS_str_37(w, x, 3, 3); s = 11; break;
          case 8: eS_str_37(w, x, 2, 2); s = 11; break;
          case 9: eS_str_37(w, x, 1, 2); s = 11; break;
          case 10: eS_str_37(w, x, 0, 1); s = 11; break;
          default: throw w.fail("EVSEID is not allowed here");
        }
      }
    }
    {
      const x = v.SAScheduleTupleID;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 11: eS_nbit_1_255(w, x, 0, 1); s = 12; break;
          default: throw w.fail("SAScheduleTupleID is not allowed here");
        }
      }
    }
    {
      const x = v.MeterInfo;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 12: w.bits(0, 2); s = 13; break;
          default: throw w.fail("MeterInfo is not allowed here");
        }
        e_MeterInfoType(w, x);
      }
    }
    {
      const x = v.ReceiptRequired;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 12: eS_bool(w, x, 1, 2); s = 14; break;
          case 13: eS_bool(w, x, 0, 2); s = 14; break;
          default: throw w.fail("ReceiptRequired is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","DC_EVSEStatus","EVSEPresentVoltage","EVSEPresentCurrent","EVSECurrentLimitAchieved","EVSEVoltageLimitAchieved","EVSEPowerLimitAchieved","EVSEMaximumVoltageLimit","EVSEMaximumCurrentLimit","EVSEMaximumPowerLimit","EVSEID","SAScheduleTupleID","MeterInfo","ReceiptRequired"]);
    switch (s) {
      case 12: w.bits(2, 2); break;
      case 13: w.bits(1, 2); break;
      case 14: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "CurrentDemandResType", s);
  }
}
export function d_CurrentDemandResType(r: BitReader): T.CurrentDemandResType {
  const v = {} as T.CurrentDemandResType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DC_EVSEStatus = d_DC_EVSEStatusType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSEPresentVoltage = d_PhysicalValueType(r); s = 3; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 3: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSEPresentCurrent = d_PhysicalValueType(r); s = 4; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 4: { v.EVSECurrentLimitAchieved = dS_bool(r, 1); s = 5; break; }
        case 5: { v.EVSEVoltageLimitAchieved = dS_bool(r, 1); s = 6; break; }
        case 6: { v.EVSEPowerLimitAchieved = dS_bool(r, 1); s = 7; break; }
        case 7: {
          const c = r.bits(3);
          switch (c) {
            case 0: v.EVSEMaximumVoltageLimit = d_PhysicalValueType(r); s = 8; break;
            case 1: v.EVSEMaximumCurrentLimit = d_PhysicalValueType(r); s = 9; break;
            case 2: v.EVSEMaximumPowerLimit = d_PhysicalValueType(r); s = 10; break;
            case 3: v.EVSEID = dS_str_37(r, 0); s = 11; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 8: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVSEMaximumCurrentLimit = d_PhysicalValueType(r); s = 9; break;
            case 1: v.EVSEMaximumPowerLimit = d_PhysicalValueType(r); s = 10; break;
            case 2: v.EVSEID = dS_str_37(r, 0); s = 11; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 9: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.EVSEMaximumPowerLimit = d_PhysicalValueType(r); s = 10; break;
            case 1: v.EVSEID = dS_str_37(r, 0); s = 11; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 10: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSEID = dS_str_37(r, 0); s = 11; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 11: { v.SAScheduleTupleID = dS_nbit_1_255(r, 1); s = 12; break; }
        case 12: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.MeterInfo = d_MeterInfoType(r); s = 13; break;
            case 1: v.ReceiptRequired = dS_bool(r, 0); s = 14; break;
            case 2: return v;
            default: throw r.badCode(c);
          }
          break;
        }
        case 13: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.ReceiptRequired = dS_bool(r, 0); s = 14; break;
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
    throw r.wrap(e, "CurrentDemandResType", s);
  }
}
export function e_WeldingDetectionReqType(w: BitWriter, v: T.WeldingDetectionReqType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.DC_EVStatus;
      if (x !== undefined) {
        n++;
        w.bits(0, 1); s = 1;
        e_DC_EVStatusType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["DC_EVStatus"]);
    switch (s) {
      case 1: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WeldingDetectionReqType", s);
  }
}
export function d_WeldingDetectionReqType(r: BitReader): T.WeldingDetectionReqType {
  const v = {} as T.WeldingDetectionReqType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DC_EVStatus = d_DC_EVStatusType(r); s = 1; break;
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
    throw r.wrap(e, "WeldingDetectionReqType", s);
  }
}
export function e_WeldingDetectionResType(w: BitWriter, v: T.WeldingDetectionResType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.ResponseCode;
      if (x !== undefined) {
        n++;
        eS_enum_responseCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.DC_EVSEStatus;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("DC_EVSEStatus is not allowed here");
        }
        e_DC_EVSEStatusType(w, x);
      }
    }
    {
      const x = v.EVSEPresentVoltage;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 2: w.bits(0, 1); s = 3; break;
          default: throw w.fail("EVSEPresentVoltage is not allowed here");
        }
        e_PhysicalValueType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["ResponseCode","DC_EVSEStatus","EVSEPresentVoltage"]);
    switch (s) {
      case 3: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "WeldingDetectionResType", s);
  }
}
export function d_WeldingDetectionResType(r: BitReader): T.WeldingDetectionResType {
  const v = {} as T.WeldingDetectionResType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.ResponseCode = dS_enum_responseCodeType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.DC_EVSEStatus = d_DC_EVSEStatusType(r); s = 2; break;
            default: throw r.badCode(c);
          }
          break;
        }
        case 2: {
          const c = r.bits(1);
          switch (c) {
            case 0: v.EVSEPresentVoltage = d_PhysicalValueType(r); s = 3; break;
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
    throw r.wrap(e, "WeldingDetectionResType", s);
  }
}
export function e_V2G_Message_anon(w: BitWriter, v: T.V2G_Message_anon): void {
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
      const x = v.Body;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 1); s = 2; break;
          default: throw w.fail("Body is not allowed here");
        }
        e_BodyType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["Header","Body"]);
    switch (s) {
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "V2G_Message_anon", s);
  }
}
export function d_V2G_Message_anon(r: BitReader): T.V2G_Message_anon {
  const v = {} as T.V2G_Message_anon;
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
            case 0: v.Body = d_BodyType(r); s = 2; break;
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
    throw r.wrap(e, "V2G_Message_anon", s);
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
      const x = v.Notification;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(0, 2); s = 2; break;
          default: throw w.fail("Notification is not allowed here");
        }
        e_NotificationType(w, x);
      }
    }
    {
      const x = v.Signature;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: w.bits(1, 2); s = 3; break;
          case 2: w.bits(0, 2); s = 3; break;
          default: throw w.fail("Signature is not allowed here");
        }
        e_SignatureType(w, x);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["SessionID","Notification","Signature"]);
    switch (s) {
      case 1: w.bits(2, 2); break;
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
          const c = r.bits(2);
          switch (c) {
            case 0: v.Notification = d_NotificationType(r); s = 2; break;
            case 1: v.Signature = d_SignatureType(r); s = 3; break;
            case 2: return v;
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
export function e_NotificationType(w: BitWriter, v: T.NotificationType): void {
  let s = 0;
  let n = 0;
  try {
    {
      const x = v.FaultCode;
      if (x !== undefined) {
        n++;
        eS_enum_faultCodeType(w, x, 0, 1); s = 1;
      }
    }
    {
      const x = v.FaultMsg;
      if (x !== undefined) {
        n++;
        switch (s) {
          case 1: eS_str_64(w, x, 0, 2); s = 2; break;
          default: throw w.fail("FaultMsg is not allowed here");
        }
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["FaultCode","FaultMsg"]);
    switch (s) {
      case 1: w.bits(1, 2); break;
      case 2: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "NotificationType", s);
  }
}
export function d_NotificationType(r: BitReader): T.NotificationType {
  const v = {} as T.NotificationType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: { v.FaultCode = dS_enum_faultCodeType(r, 1); s = 1; break; }
        case 1: {
          const c = r.bits(2);
          switch (c) {
            case 0: v.FaultMsg = dS_str_64(r, 0); s = 2; break;
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
    throw r.wrap(e, "NotificationType", s);
  }
}
export function e_BodyType(w: BitWriter, v: T.BodyType): void {
  let s = 0;
  let n = 0;
  try {
    for (const k in v) {
      const x = (v as unknown as Record<string, unknown>)[k];
      if (x === undefined) continue;
      switch (k) {
        case "AuthorizationReq": {
          n++;
          switch (s) {
            case 0: w.bits(0, 6); s = 1; break;
            default: throw w.fail("AuthorizationReq is not allowed here");
          }
          e_AuthorizationReqType(w, x as never);
          break;
        }
        case "AuthorizationRes": {
          n++;
          switch (s) {
            case 0: w.bits(1, 6); s = 1; break;
            default: throw w.fail("AuthorizationRes is not allowed here");
          }
          e_AuthorizationResType(w, x as never);
          break;
        }
        case "BodyElement": {
          n++;
          switch (s) {
            case 0: w.bits(2, 6); s = 1; break;
            default: throw w.fail("BodyElement is not allowed here");
          }
          e_BodyBaseType(w, x as never);
          break;
        }
        case "CableCheckReq": {
          n++;
          switch (s) {
            case 0: w.bits(3, 6); s = 1; break;
            default: throw w.fail("CableCheckReq is not allowed here");
          }
          e_CableCheckReqType(w, x as never);
          break;
        }
        case "CableCheckRes": {
          n++;
          switch (s) {
            case 0: w.bits(4, 6); s = 1; break;
            default: throw w.fail("CableCheckRes is not allowed here");
          }
          e_CableCheckResType(w, x as never);
          break;
        }
        case "CertificateInstallationReq": {
          n++;
          switch (s) {
            case 0: w.bits(5, 6); s = 1; break;
            default: throw w.fail("CertificateInstallationReq is not allowed here");
          }
          e_CertificateInstallationReqType(w, x as never);
          break;
        }
        case "CertificateInstallationRes": {
          n++;
          switch (s) {
            case 0: w.bits(6, 6); s = 1; break;
            default: throw w.fail("CertificateInstallationRes is not allowed here");
          }
          e_CertificateInstallationResType(w, x as never);
          break;
        }
        case "CertificateUpdateReq": {
          n++;
          switch (s) {
            case 0: w.bits(7, 6); s = 1; break;
            default: throw w.fail("CertificateUpdateReq is not allowed here");
          }
          e_CertificateUpdateReqType(w, x as never);
          break;
        }
        case "CertificateUpdateRes": {
          n++;
          switch (s) {
            case 0: w.bits(8, 6); s = 1; break;
            default: throw w.fail("CertificateUpdateRes is not allowed here");
          }
          e_CertificateUpdateResType(w, x as never);
          break;
        }
        case "ChargeParameterDiscoveryReq": {
          n++;
          switch (s) {
            case 0: w.bits(9, 6); s = 1; break;
            default: throw w.fail("ChargeParameterDiscoveryReq is not allowed here");
          }
          e_ChargeParameterDiscoveryReqType(w, x as never);
          break;
        }
        case "ChargeParameterDiscoveryRes": {
          n++;
          switch (s) {
            case 0: w.bits(10, 6); s = 1; break;
            default: throw w.fail("ChargeParameterDiscoveryRes is not allowed here");
          }
          e_ChargeParameterDiscoveryResType(w, x as never);
          break;
        }
        case "ChargingStatusReq": {
          n++;
          switch (s) {
            case 0: w.bits(11, 6); s = 1; break;
            default: throw w.fail("ChargingStatusReq is not allowed here");
          }
          e_ChargingStatusReqType(w, x as never);
          break;
        }
        case "ChargingStatusRes": {
          n++;
          switch (s) {
            case 0: w.bits(12, 6); s = 1; break;
            default: throw w.fail("ChargingStatusRes is not allowed here");
          }
          e_ChargingStatusResType(w, x as never);
          break;
        }
        case "CurrentDemandReq": {
          n++;
          switch (s) {
            case 0: w.bits(13, 6); s = 1; break;
            default: throw w.fail("CurrentDemandReq is not allowed here");
          }
          e_CurrentDemandReqType(w, x as never);
          break;
        }
        case "CurrentDemandRes": {
          n++;
          switch (s) {
            case 0: w.bits(14, 6); s = 1; break;
            default: throw w.fail("CurrentDemandRes is not allowed here");
          }
          e_CurrentDemandResType(w, x as never);
          break;
        }
        case "MeteringReceiptReq": {
          n++;
          switch (s) {
            case 0: w.bits(15, 6); s = 1; break;
            default: throw w.fail("MeteringReceiptReq is not allowed here");
          }
          e_MeteringReceiptReqType(w, x as never);
          break;
        }
        case "MeteringReceiptRes": {
          n++;
          switch (s) {
            case 0: w.bits(16, 6); s = 1; break;
            default: throw w.fail("MeteringReceiptRes is not allowed here");
          }
          e_MeteringReceiptResType(w, x as never);
          break;
        }
        case "PaymentDetailsReq": {
          n++;
          switch (s) {
            case 0: w.bits(17, 6); s = 1; break;
            default: throw w.fail("PaymentDetailsReq is not allowed here");
          }
          e_PaymentDetailsReqType(w, x as never);
          break;
        }
        case "PaymentDetailsRes": {
          n++;
          switch (s) {
            case 0: w.bits(18, 6); s = 1; break;
            default: throw w.fail("PaymentDetailsRes is not allowed here");
          }
          e_PaymentDetailsResType(w, x as never);
          break;
        }
        case "PaymentServiceSelectionReq": {
          n++;
          switch (s) {
            case 0: w.bits(19, 6); s = 1; break;
            default: throw w.fail("PaymentServiceSelectionReq is not allowed here");
          }
          e_PaymentServiceSelectionReqType(w, x as never);
          break;
        }
        case "PaymentServiceSelectionRes": {
          n++;
          switch (s) {
            case 0: w.bits(20, 6); s = 1; break;
            default: throw w.fail("PaymentServiceSelectionRes is not allowed here");
          }
          e_PaymentServiceSelectionResType(w, x as never);
          break;
        }
        case "PowerDeliveryReq": {
          n++;
          switch (s) {
            case 0: w.bits(21, 6); s = 1; break;
            default: throw w.fail("PowerDeliveryReq is not allowed here");
          }
          e_PowerDeliveryReqType(w, x as never);
          break;
        }
        case "PowerDeliveryRes": {
          n++;
          switch (s) {
            case 0: w.bits(22, 6); s = 1; break;
            default: throw w.fail("PowerDeliveryRes is not allowed here");
          }
          e_PowerDeliveryResType(w, x as never);
          break;
        }
        case "PreChargeReq": {
          n++;
          switch (s) {
            case 0: w.bits(23, 6); s = 1; break;
            default: throw w.fail("PreChargeReq is not allowed here");
          }
          e_PreChargeReqType(w, x as never);
          break;
        }
        case "PreChargeRes": {
          n++;
          switch (s) {
            case 0: w.bits(24, 6); s = 1; break;
            default: throw w.fail("PreChargeRes is not allowed here");
          }
          e_PreChargeResType(w, x as never);
          break;
        }
        case "ServiceDetailReq": {
          n++;
          switch (s) {
            case 0: w.bits(25, 6); s = 1; break;
            default: throw w.fail("ServiceDetailReq is not allowed here");
          }
          e_ServiceDetailReqType(w, x as never);
          break;
        }
        case "ServiceDetailRes": {
          n++;
          switch (s) {
            case 0: w.bits(26, 6); s = 1; break;
            default: throw w.fail("ServiceDetailRes is not allowed here");
          }
          e_ServiceDetailResType(w, x as never);
          break;
        }
        case "ServiceDiscoveryReq": {
          n++;
          switch (s) {
            case 0: w.bits(27, 6); s = 1; break;
            default: throw w.fail("ServiceDiscoveryReq is not allowed here");
          }
          e_ServiceDiscoveryReqType(w, x as never);
          break;
        }
        case "ServiceDiscoveryRes": {
          n++;
          switch (s) {
            case 0: w.bits(28, 6); s = 1; break;
            default: throw w.fail("ServiceDiscoveryRes is not allowed here");
          }
          e_ServiceDiscoveryResType(w, x as never);
          break;
        }
        case "SessionSetupReq": {
          n++;
          switch (s) {
            case 0: w.bits(29, 6); s = 1; break;
            default: throw w.fail("SessionSetupReq is not allowed here");
          }
          e_SessionSetupReqType(w, x as never);
          break;
        }
        case "SessionSetupRes": {
          n++;
          switch (s) {
            case 0: w.bits(30, 6); s = 1; break;
            default: throw w.fail("SessionSetupRes is not allowed here");
          }
          e_SessionSetupResType(w, x as never);
          break;
        }
        case "SessionStopReq": {
          n++;
          switch (s) {
            case 0: w.bits(31, 6); s = 1; break;
            default: throw w.fail("SessionStopReq is not allowed here");
          }
          e_SessionStopReqType(w, x as never);
          break;
        }
        case "SessionStopRes": {
          n++;
          switch (s) {
            case 0: w.bits(32, 6); s = 1; break;
            default: throw w.fail("SessionStopRes is not allowed here");
          }
          e_SessionStopResType(w, x as never);
          break;
        }
        case "WeldingDetectionReq": {
          n++;
          switch (s) {
            case 0: w.bits(33, 6); s = 1; break;
            default: throw w.fail("WeldingDetectionReq is not allowed here");
          }
          e_WeldingDetectionReqType(w, x as never);
          break;
        }
        case "WeldingDetectionRes": {
          n++;
          switch (s) {
            case 0: w.bits(34, 6); s = 1; break;
            default: throw w.fail("WeldingDetectionRes is not allowed here");
          }
          e_WeldingDetectionResType(w, x as never);
          break;
        }
        default: throw w.fail(`${k} is not an element of BodyType`);
      }
    }
    if (w.strict && n !== keyCount(v) && n !== definedKeys(v)) throw unknownKey(w, v, ["AuthorizationReq","AuthorizationRes","BodyElement","CableCheckReq","CableCheckRes","CertificateInstallationReq","CertificateInstallationRes","CertificateUpdateReq","CertificateUpdateRes","ChargeParameterDiscoveryReq","ChargeParameterDiscoveryRes","ChargingStatusReq","ChargingStatusRes","CurrentDemandReq","CurrentDemandRes","MeteringReceiptReq","MeteringReceiptRes","PaymentDetailsReq","PaymentDetailsRes","PaymentServiceSelectionReq","PaymentServiceSelectionRes","PowerDeliveryReq","PowerDeliveryRes","PreChargeReq","PreChargeRes","ServiceDetailReq","ServiceDetailRes","ServiceDiscoveryReq","ServiceDiscoveryRes","SessionSetupReq","SessionSetupRes","SessionStopReq","SessionStopRes","WeldingDetectionReq","WeldingDetectionRes"]);
    switch (s) {
      case 0: w.bits(35, 6); break;
      case 1: w.bits(0, 1); break;
      default: throw w.fail('required content is missing');
    }
  } catch (e) {
    throw w.wrap(e, "BodyType", s);
  }
}
export function d_BodyType(r: BitReader): T.BodyType {
  const v = {} as T.BodyType;
  let s = 0;
  try {
    for (;;) {
      switch (s) {
        case 0: {
          const c = r.bits(6);
          switch (c) {
            case 0: v.AuthorizationReq = d_AuthorizationReqType(r); s = 1; break;
            case 1: v.AuthorizationRes = d_AuthorizationResType(r); s = 1; break;
            case 2: v.BodyElement = d_BodyBaseType(r); s = 1; break;
            case 3: v.CableCheckReq = d_CableCheckReqType(r); s = 1; break;
            case 4: v.CableCheckRes = d_CableCheckResType(r); s = 1; break;
            case 5: v.CertificateInstallationReq = d_CertificateInstallationReqType(r); s = 1; break;
            case 6: v.CertificateInstallationRes = d_CertificateInstallationResType(r); s = 1; break;
            case 7: v.CertificateUpdateReq = d_CertificateUpdateReqType(r); s = 1; break;
            case 8: v.CertificateUpdateRes = d_CertificateUpdateResType(r); s = 1; break;
            case 9: v.ChargeParameterDiscoveryReq = d_ChargeParameterDiscoveryReqType(r); s = 1; break;
            case 10: v.ChargeParameterDiscoveryRes = d_ChargeParameterDiscoveryResType(r); s = 1; break;
            case 11: v.ChargingStatusReq = d_ChargingStatusReqType(r); s = 1; break;
            case 12: v.ChargingStatusRes = d_ChargingStatusResType(r); s = 1; break;
            case 13: v.CurrentDemandReq = d_CurrentDemandReqType(r); s = 1; break;
            case 14: v.CurrentDemandRes = d_CurrentDemandResType(r); s = 1; break;
            case 15: v.MeteringReceiptReq = d_MeteringReceiptReqType(r); s = 1; break;
            case 16: v.MeteringReceiptRes = d_MeteringReceiptResType(r); s = 1; break;
            case 17: v.PaymentDetailsReq = d_PaymentDetailsReqType(r); s = 1; break;
            case 18: v.PaymentDetailsRes = d_PaymentDetailsResType(r); s = 1; break;
            case 19: v.PaymentServiceSelectionReq = d_PaymentServiceSelectionReqType(r); s = 1; break;
            case 20: v.PaymentServiceSelectionRes = d_PaymentServiceSelectionResType(r); s = 1; break;
            case 21: v.PowerDeliveryReq = d_PowerDeliveryReqType(r); s = 1; break;
            case 22: v.PowerDeliveryRes = d_PowerDeliveryResType(r); s = 1; break;
            case 23: v.PreChargeReq = d_PreChargeReqType(r); s = 1; break;
            case 24: v.PreChargeRes = d_PreChargeResType(r); s = 1; break;
            case 25: v.ServiceDetailReq = d_ServiceDetailReqType(r); s = 1; break;
            case 26: v.ServiceDetailRes = d_ServiceDetailResType(r); s = 1; break;
            case 27: v.ServiceDiscoveryReq = d_ServiceDiscoveryReqType(r); s = 1; break;
            case 28: v.ServiceDiscoveryRes = d_ServiceDiscoveryResType(r); s = 1; break;
            case 29: v.SessionSetupReq = d_SessionSetupReqType(r); s = 1; break;
            case 30: v.SessionSetupRes = d_SessionSetupResType(r); s = 1; break;
            case 31: v.SessionStopReq = d_SessionStopReqType(r); s = 1; break;
            case 32: v.SessionStopRes = d_SessionStopResType(r); s = 1; break;
            case 33: v.WeldingDetectionReq = d_WeldingDetectionReqType(r); s = 1; break;
            case 34: v.WeldingDetectionRes = d_WeldingDetectionResType(r); s = 1; break;
            case 35: return v;
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
    throw r.wrap(e, "BodyType", s);
  }
}
