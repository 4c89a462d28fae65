// GENERATED FILE — do not edit. Data types for the `din` EXI grammar,
// derived from ../shared/schemas/din70121/V2G_CI_MsgDef.xsd by tools/exi-gen. Regenerate with: npm run gen:exi

/** One global element as the document root. */
export type Document =
  | { AC_EVChargeParameter: AC_EVChargeParameterType }
  | { AC_EVSEChargeParameter: AC_EVSEChargeParameterType }
  | { AC_EVSEStatus: AC_EVSEStatusType }
  | { BodyElement: BodyBaseType }
  | { CableCheckReq: CableCheckReqType }
  | { CableCheckRes: CableCheckResType }
  | { CanonicalizationMethod: CanonicalizationMethodType }
  | { CertificateInstallationReq: CertificateInstallationReqType }
  | { CertificateInstallationRes: CertificateInstallationResType }
  | { CertificateUpdateReq: CertificateUpdateReqType }
  | { CertificateUpdateRes: CertificateUpdateResType }
  | { ChargeParameterDiscoveryReq: ChargeParameterDiscoveryReqType }
  | { ChargeParameterDiscoveryRes: ChargeParameterDiscoveryResType }
  | { ChargingStatusReq: ChargingStatusReqType }
  | { ChargingStatusRes: ChargingStatusResType }
  | { ContractAuthenticationReq: ContractAuthenticationReqType }
  | { ContractAuthenticationRes: ContractAuthenticationResType }
  | { CurrentDemandReq: CurrentDemandReqType }
  | { CurrentDemandRes: CurrentDemandResType }
  | { DC_EVChargeParameter: DC_EVChargeParameterType }
  | { DC_EVPowerDeliveryParameter: DC_EVPowerDeliveryParameterType }
  | { DC_EVSEChargeParameter: DC_EVSEChargeParameterType }
  | { DC_EVSEStatus: DC_EVSEStatusType }
  | { DC_EVStatus: DC_EVStatusType }
  | { DSAKeyValue: DSAKeyValueType }
  | { DigestMethod: DigestMethodType }
  | { DigestValue: string }
  | { EVChargeParameter: EVChargeParameterType }
  | { EVPowerDeliveryParameter: EVPowerDeliveryParameterType }
  | { EVSEChargeParameter: EVSEChargeParameterType }
  | { EVSEStatus: EVSEStatusType }
  | { EVStatus: EVStatusType }
  | { Entry: EntryType }
  | { KeyInfo: KeyInfoType }
  | { KeyName: string }
  | { KeyValue: KeyValueType }
  | { Manifest: ManifestType }
  | { MeteringReceiptReq: MeteringReceiptReqType }
  | { MeteringReceiptRes: MeteringReceiptResType }
  | { MgmtData: string }
  | { Object: ObjectType }
  | { PGPData: PGPDataType }
  | { PMaxScheduleEntry: PMaxScheduleEntryType }
  | { PaymentDetailsReq: PaymentDetailsReqType }
  | { PaymentDetailsRes: PaymentDetailsResType }
  | { PowerDeliveryReq: PowerDeliveryReqType }
  | { PowerDeliveryRes: PowerDeliveryResType }
  | { PreChargeReq: PreChargeReqType }
  | { PreChargeRes: PreChargeResType }
  | { RSAKeyValue: RSAKeyValueType }
  | { Reference: ReferenceType }
  | { RelativeTimeInterval: RelativeTimeIntervalType }
  | { RetrievalMethod: RetrievalMethodType }
  | { SAScheduleList: SAScheduleListType }
  | { SASchedules: SASchedulesType }
  | { SPKIData: SPKIDataType }
  | { SalesTariffEntry: SalesTariffEntryType }
  | { ServiceCharge: ServiceChargeType }
  | { ServiceDetailReq: ServiceDetailReqType }
  | { ServiceDetailRes: ServiceDetailResType }
  | { ServiceDiscoveryReq: ServiceDiscoveryReqType }
  | { ServiceDiscoveryRes: ServiceDiscoveryResType }
  | { ServicePaymentSelectionReq: ServicePaymentSelectionReqType }
  | { ServicePaymentSelectionRes: ServicePaymentSelectionResType }
  | { SessionSetupReq: SessionSetupReqType }
  | { SessionSetupRes: SessionSetupResType }
  | { SessionStopReq: SessionStopType }
  | { SessionStopRes: SessionStopResType }
  | { Signature: SignatureType }
  | { SignatureMethod: SignatureMethodType }
  | { SignatureProperties: SignaturePropertiesType }
  | { SignatureProperty: SignaturePropertyType }
  | { SignatureValue: SignatureValueType }
  | { SignedInfo: SignedInfoType }
  | { TimeInterval: IntervalType }
  | { Transform: TransformType }
  | { Transforms: TransformsType }
  | { V2G_Message: V2G_Message_anon }
  | { WeldingDetectionReq: WeldingDetectionReqType }
  | { WeldingDetectionRes: WeldingDetectionResType }
  | { X509Data: X509DataType };

export const rootElements = ["AC_EVChargeParameter","AC_EVSEChargeParameter","AC_EVSEStatus","BodyElement","CableCheckReq","CableCheckRes","CanonicalizationMethod","CertificateInstallationReq","CertificateInstallationRes","CertificateUpdateReq","CertificateUpdateRes","ChargeParameterDiscoveryReq","ChargeParameterDiscoveryRes","ChargingStatusReq","ChargingStatusRes","ContractAuthenticationReq","ContractAuthenticationRes","CurrentDemandReq","CurrentDemandRes","DC_EVChargeParameter","DC_EVPowerDeliveryParameter","DC_EVSEChargeParameter","DC_EVSEStatus","DC_EVStatus","DSAKeyValue","DigestMethod","DigestValue","EVChargeParameter","EVPowerDeliveryParameter","EVSEChargeParameter","EVSEStatus","EVStatus","Entry","KeyInfo","KeyName","KeyValue","Manifest","MeteringReceiptReq","MeteringReceiptRes","MgmtData","Object","PGPData","PMaxScheduleEntry","PaymentDetailsReq","PaymentDetailsRes","PowerDeliveryReq","PowerDeliveryRes","PreChargeReq","PreChargeRes","RSAKeyValue","Reference","RelativeTimeInterval","RetrievalMethod","SAScheduleList","SASchedules","SPKIData","SalesTariffEntry","ServiceCharge","ServiceDetailReq","ServiceDetailRes","ServiceDiscoveryReq","ServiceDiscoveryRes","ServicePaymentSelectionReq","ServicePaymentSelectionRes","SessionSetupReq","SessionSetupRes","SessionStopReq","SessionStopRes","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","TimeInterval","Transform","Transforms","V2G_Message","WeldingDetectionReq","WeldingDetectionRes","X509Data"] as const;

/** Element qnames of the fragment grammar, in event-code order. */
export const fragmentElements = ["AC_EVChargeParameter","AC_EVSEChargeParameter","AC_EVSEStatus","AC_EVSEStatus","Body","BodyElement","BulkChargingComplete","BulkChargingComplete","BulkSOC","CableCheckReq","CableCheckRes","CanonicalizationMethod","Certificate","CertificateInstallationReq","CertificateInstallationRes","CertificateUpdateReq","CertificateUpdateRes","ChargeParameterDiscoveryReq","ChargeParameterDiscoveryRes","ChargeService","ChargingComplete","ChargingComplete","ChargingProfile","ChargingProfileEntryMaxPower","ChargingProfileEntryStart","ChargingStatusReq","ChargingStatusRes","ConsumptionCost","ContractAuthenticationReq","ContractAuthenticationRes","ContractID","ContractSignatureCertChain","ContractSignatureEncryptedPrivateKey","Cost","CurrentDemandReq","CurrentDemandRes","DC_EVChargeParameter","DC_EVPowerDeliveryParameter","DC_EVSEChargeParameter","DC_EVSEStatus","DC_EVSEStatus","DC_EVStatus","DC_EVStatus","DHParams","DSAKeyValue","DateTimeNow","DepartureTime","DigestMethod","DigestValue","EAmount","EPriceLevel","EVCCID","EVCabinConditioning","EVChargeParameter","EVEnergyCapacity","EVEnergyRequest","EVErrorCode","EVMaxCurrent","EVMaxVoltage","EVMaximumCurrentLimit","EVMaximumCurrentLimit","EVMaximumPowerLimit","EVMaximumPowerLimit","EVMaximumVoltageLimit","EVMaximumVoltageLimit","EVMinCurrent","EVPowerDeliveryParameter","EVRESSConditioning","EVRESSSOC","EVReady","EVRequestedEnergyTransferType","EVSEChargeParameter","EVSECurrentLimitAchieved","EVSECurrentRegulationTolerance","EVSEEnergyToBeDelivered","EVSEID","EVSEIsolationStatus","EVSEMaxCurrent","EVSEMaxCurrent","EVSEMaxVoltage","EVSEMaximumCurrentLimit","EVSEMaximumCurrentLimit","EVSEMaximumPowerLimit","EVSEMaximumPowerLimit","EVSEMaximumVoltageLimit","EVSEMaximumVoltageLimit","EVSEMinCurrent","EVSEMinimumCurrentLimit","EVSEMinimumVoltageLimit","EVSENotification","EVSEPeakCurrentRipple","EVSEPowerLimitAchieved","EVSEPresentCurrent","EVSEPresentVoltage","EVSEProcessing","EVSEStatus","EVSEStatusCode","EVSEVoltageLimitAchieved","EVStatus","EVTargetCurrent","EVTargetVoltage","EnergyTransferType","Entry","Exponent","FaultCode","FaultMsg","FreeService","FullSOC","G","GenChallenge","HMACOutputLength","Header","J","KeyInfo","KeyName","KeyValue","ListOfRootCertificateIDs","Manifest","MeterID","MeterInfo","MeterReading","MeterStatus","MeteringReceiptReq","MeteringReceiptRes","MgmtData","Modulus","Multiplier","Notification","NotificationMaxDelay","NumEPriceLevels","OEMProvisioningCert","Object","P","PGPData","PGPKeyID","PGPKeyPacket","PMax","PMaxSchedule","PMaxScheduleEntry","PMaxScheduleID","Parameter","ParameterSet","ParameterSetID","PaymentDetailsReq","PaymentDetailsRes","PaymentOption","PaymentOptions","PgenCounter","PowerDeliveryReq","PowerDeliveryRes","PowerSwitchClosed","PreChargeReq","PreChargeRes","ProfileEntry","Q","RCD","RSAKeyValue","ReadyToChargeState","ReceiptRequired","Reference","RelativeTimeInterval","RemainingTimeToBulkSoC","RemainingTimeToFullSoC","ResponseCode","RetrievalMethod","RetryCounter","RootCertificateID","SAScheduleList","SAScheduleTuple","SAScheduleTupleID","SAScheduleTupleID","SASchedules","SPKIData","SPKISexp","SalesTariff","SalesTariffDescription","SalesTariffEntry","SalesTariffID","Seed","SelectedPaymentOption","SelectedService","SelectedServiceList","Service","ServiceCategory","ServiceCategory","ServiceCharge","ServiceDetailReq","ServiceDetailRes","ServiceDiscoveryReq","ServiceDiscoveryRes","ServiceID","ServiceID","ServiceList","ServiceName","ServiceParameterList","ServicePaymentSelectionReq","ServicePaymentSelectionRes","ServiceScope","ServiceScope","ServiceTag","SessionID","SessionID","SessionSetupReq","SessionSetupRes","SessionStopReq","SessionStopRes","SigMeterReading","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","SubCertificates","TMeter","TimeInterval","Transform","Transforms","Unit","V2G_Message","Value","WeldingDetectionReq","WeldingDetectionRes","X509CRL","X509Certificate","X509Data","X509IssuerName","X509IssuerSerial","X509SKI","X509SerialNumber","X509SubjectName","XPath","Y","amount","amountMultiplier","boolValue","byteValue","costKind","duration","intValue","physicalValue","shortValue","start","startValue","stringValue"] as const;

export interface SessionSetupReqType {
  EVCCID: string;
}

export interface BodyBaseType {

}

export interface SessionSetupResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
  EVSEID: string;
  DateTimeNow?: number;
}

export interface ServiceDiscoveryReqType {
  ServiceScope?: string;
  ServiceCategory?: "EVCharging" | "Internet" | "ContractCertificate" | "OtherCustom";
}

export interface ServiceDiscoveryResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
  PaymentOptions: PaymentOptionsType;
  ChargeService: ServiceChargeType;
  ServiceList?: ServiceTagListType;
}

export interface PaymentOptionsType {
  PaymentOption: Array<"Contract" | "ExternalPayment">;
}

export interface ServiceChargeType {
  ServiceTag: ServiceTagType;
  FreeService: boolean;
  EnergyTransferType: "AC_single_phase_core" | "AC_three_phase_core" | "DC_core" | "DC_extended" | "DC_combo_core" | "DC_dual" | "AC_core1p_DC_extended" | "AC_single_DC_core" | "AC_single_phase_three_phase_core_DC_extended" | "AC_core3p_DC_extended";
}

export interface ServiceType {
  ServiceTag: ServiceTagType;
  FreeService: boolean;
}

export interface ServiceTagType {
  ServiceID: number;
  ServiceName?: string;
  ServiceCategory: "EVCharging" | "Internet" | "ContractCertificate" | "OtherCustom";
  ServiceScope?: string;
}

export interface ServiceTagListType {
  Service: Array<ServiceType>;
}

export interface ServiceDetailReqType {
  ServiceID: number;
}

export interface ServiceDetailResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
  ServiceID: number;
  ServiceParameterList?: ServiceParameterListType;
}

export interface ServiceParameterListType {
  ParameterSet: Array<ParameterSetType>;
}

export interface ParameterSetType {
  ParameterSetID: number;
  Parameter: Array<ParameterType>;
}

export interface ParameterType {
  '@Name': string;
  '@ValueType': "bool" | "byte" | "short" | "int" | "physicalValue" | "string";
  boolValue?: boolean;
  byteValue?: number;
  shortValue?: number;
  intValue?: number;
  physicalValue?: PhysicalValueType;
  stringValue?: string;
}

export interface PhysicalValueType {
  Multiplier: number;
  Unit?: "h" | "m" | "s" | "A" | "Ah" | "V" | "VA" | "W" | "W/s" | "Wh";
  Value: number;
}

export interface ServicePaymentSelectionReqType {
  SelectedPaymentOption: "Contract" | "ExternalPayment";
  SelectedServiceList: SelectedServiceListType;
}

export interface SelectedServiceListType {
  SelectedService: Array<SelectedServiceType>;
}

export interface SelectedServiceType {
  ServiceID: number;
  ParameterSetID?: number;
}

export interface ServicePaymentSelectionResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
}

export interface PaymentDetailsReqType {
  ContractID: string;
  ContractSignatureCertChain: CertificateChainType;
}

export interface CertificateChainType {
  Certificate: string;
  SubCertificates?: SubCertificatesType;
}

export interface SubCertificatesType {
  Certificate: Array<string>;
}

export interface PaymentDetailsResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
  GenChallenge: string;
  DateTimeNow: number;
}

export interface ContractAuthenticationReqType {
  '@Id'?: string;
  GenChallenge?: string;
}

export interface ContractAuthenticationResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
  EVSEProcessing: "Finished" | "Ongoing";
}

export interface ChargeParameterDiscoveryReqType {
  EVRequestedEnergyTransferType: "AC_single_phase_core" | "AC_three_phase_core" | "DC_core" | "DC_extended" | "DC_combo_core" | "DC_unique";
  AC_EVChargeParameter?: AC_EVChargeParameterType;
  DC_EVChargeParameter?: DC_EVChargeParameterType;
  EVChargeParameter?: EVChargeParameterType;
}

export interface EVChargeParameterType {

}

export interface ChargeParameterDiscoveryResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
  EVSEProcessing: "Finished" | "Ongoing";
  SAScheduleList?: SAScheduleListType;
  SASchedules?: SASchedulesType;
  AC_EVSEChargeParameter?: AC_EVSEChargeParameterType;
  DC_EVSEChargeParameter?: DC_EVSEChargeParameterType;
  EVSEChargeParameter?: EVSEChargeParameterType;
}

export interface SASchedulesType {

}

export interface EVSEChargeParameterType {

}

export interface PowerDeliveryReqType {
  ReadyToChargeState: boolean;
  ChargingProfile?: ChargingProfileType;
  DC_EVPowerDeliveryParameter?: DC_EVPowerDeliveryParameterType;
  EVPowerDeliveryParameter?: EVPowerDeliveryParameterType;
}

export interface ChargingProfileType {
  SAScheduleTupleID: number;
  ProfileEntry: Array<ProfileEntryType>;
}

export interface ProfileEntryType {
  ChargingProfileEntryStart: number;
  ChargingProfileEntryMaxPower: number;
}

export interface EVPowerDeliveryParameterType {

}

export interface PowerDeliveryResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
  AC_EVSEStatus?: AC_EVSEStatusType;
  DC_EVSEStatus?: DC_EVSEStatusType;
  EVSEStatus?: EVSEStatusType;
}

export interface EVSEStatusType {

}

export interface ChargingStatusReqType {

}

export interface ChargingStatusResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
  EVSEID: string;
  SAScheduleTupleID: number;
  EVSEMaxCurrent?: PhysicalValueType;
  MeterInfo?: MeterInfoType;
  ReceiptRequired: boolean;
  AC_EVSEStatus: AC_EVSEStatusType;
}

export interface MeterInfoType {
  MeterID: string;
  MeterReading?: PhysicalValueType;
  SigMeterReading?: string;
  MeterStatus?: number;
  TMeter?: number;
}

export interface AC_EVSEStatusType {
  PowerSwitchClosed: boolean;
  RCD: boolean;
  NotificationMaxDelay: number;
  EVSENotification: "None" | "StopCharging" | "ReNegotiation";
}

export interface MeteringReceiptReqType {
  '@Id'?: string;
  SessionID: string;
  SAScheduleTupleID?: number;
  MeterInfo: MeterInfoType;
}

export interface MeteringReceiptResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
  AC_EVSEStatus: AC_EVSEStatusType;
}

export interface SessionStopType {

}

export interface SessionStopResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
}

export interface CertificateUpdateReqType {
  '@Id'?: string;
  ContractSignatureCertChain: CertificateChainType;
  ContractID: string;
  ListOfRootCertificateIDs: ListOfRootCertificateIDsType;
  DHParams: string;
}

export interface ListOfRootCertificateIDsType {
  RootCertificateID: Array<string>;
}

export interface CertificateUpdateResType {
  '@Id': string;
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
  ContractSignatureCertChain: CertificateChainType;
  ContractSignatureEncryptedPrivateKey: string;
  DHParams: string;
  ContractID: string;
  RetryCounter: number;
}

export interface CertificateInstallationReqType {
  '@Id'?: string;
  OEMProvisioningCert: string;
  ListOfRootCertificateIDs: ListOfRootCertificateIDsType;
  DHParams: string;
}

export interface CertificateInstallationResType {
  '@Id': string;
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
  ContractSignatureCertChain: CertificateChainType;
  ContractSignatureEncryptedPrivateKey: string;
  DHParams: string;
  ContractID: string;
}

export interface CableCheckReqType {
  DC_EVStatus: DC_EVStatusType;
}

export interface DC_EVStatusType {
  EVReady: boolean;
  EVCabinConditioning?: boolean;
  EVRESSConditioning?: boolean;
  EVErrorCode: "NO_ERROR" | "FAILED_RESSTemperatureInhibit" | "FAILED_EVShiftPosition" | "FAILED_ChargerConnectorLockFault" | "FAILED_EVRESSMalfunction" | "FAILED_ChargingCurrentdifferential" | "FAILED_ChargingVoltageOutOfRange" | "Reserved_A" | "Reserved_B" | "Reserved_C" | "FAILED_ChargingSystemIncompatibility" | "NoData";
  EVRESSSOC: number;
}

export interface EVStatusType {

}

export interface CableCheckResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
  DC_EVSEStatus: DC_EVSEStatusType;
  EVSEProcessing: "Finished" | "Ongoing";
}

export interface DC_EVSEStatusType {
  EVSEIsolationStatus?: "Invalid" | "Valid" | "Warning" | "Fault";
  EVSEStatusCode: "EVSE_NotReady" | "EVSE_Ready" | "EVSE_Shutdown" | "EVSE_UtilityInterruptEvent" | "EVSE_IsolationMonitoringActive" | "EVSE_EmergencyShutdown" | "EVSE_Malfunction" | "Reserved_8" | "Reserved_9" | "Reserved_A" | "Reserved_B" | "Reserved_C";
  NotificationMaxDelay: number;
  EVSENotification: "None" | "StopCharging" | "ReNegotiation";
}

export interface PreChargeReqType {
  DC_EVStatus: DC_EVStatusType;
  EVTargetVoltage: PhysicalValueType;
  EVTargetCurrent: PhysicalValueType;
}

export interface PreChargeResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
  DC_EVSEStatus: DC_EVSEStatusType;
  EVSEPresentVoltage: PhysicalValueType;
}

export interface CurrentDemandReqType {
  DC_EVStatus: DC_EVStatusType;
  EVTargetCurrent: PhysicalValueType;
  EVMaximumVoltageLimit?: PhysicalValueType;
  EVMaximumCurrentLimit?: PhysicalValueType;
  EVMaximumPowerLimit?: PhysicalValueType;
  BulkChargingComplete?: boolean;
  ChargingComplete: boolean;
  RemainingTimeToFullSoC?: PhysicalValueType;
  RemainingTimeToBulkSoC?: PhysicalValueType;
  EVTargetVoltage: PhysicalValueType;
}

export interface CurrentDemandResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
  DC_EVSEStatus: DC_EVSEStatusType;
  EVSEPresentVoltage: PhysicalValueType;
  EVSEPresentCurrent: PhysicalValueType;
  EVSECurrentLimitAchieved: boolean;
  EVSEVoltageLimitAchieved: boolean;
  EVSEPowerLimitAchieved: boolean;
  EVSEMaximumVoltageLimit?: PhysicalValueType;
  EVSEMaximumCurrentLimit?: PhysicalValueType;
  EVSEMaximumPowerLimit?: PhysicalValueType;
}

export interface WeldingDetectionReqType {
  DC_EVStatus: DC_EVStatusType;
}

export interface WeldingDetectionResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_EVSEPresentVoltageToLow" | "FAILED_MeteringSignatureNotValid" | "FAILED_WrongEnergyTransferType";
  DC_EVSEStatus: DC_EVSEStatusType;
  EVSEPresentVoltage: PhysicalValueType;
}

export interface SAScheduleListType {
  SAScheduleTuple: Array<SAScheduleTupleType>;
}

export interface SAScheduleTupleType {
  SAScheduleTupleID: number;
  PMaxSchedule: PMaxScheduleType;
  SalesTariff?: SalesTariffType;
}

export interface PMaxScheduleType {
  PMaxScheduleID: number;
  PMaxScheduleEntry: Array<PMaxScheduleEntryType>;
}

export interface PMaxScheduleEntryType {
  RelativeTimeInterval?: RelativeTimeIntervalType;
  TimeInterval?: IntervalType;
  PMax: number;
}

export interface EntryType {
  RelativeTimeInterval?: RelativeTimeIntervalType;
  TimeInterval?: IntervalType;
}

export interface IntervalType {

}

export interface SalesTariffType {
  '@Id': string;
  SalesTariffID: number;
  SalesTariffDescription?: string;
  NumEPriceLevels: number;
  SalesTariffEntry: Array<SalesTariffEntryType>;
}

export interface SalesTariffEntryType {
  RelativeTimeInterval?: RelativeTimeIntervalType;
  TimeInterval?: IntervalType;
  EPriceLevel: number;
  ConsumptionCost?: Array<ConsumptionCostType>;
}

export interface ConsumptionCostType {
  startValue: number;
  Cost?: Array<CostType>;
}

export interface CostType {
  costKind: "relativePricePercentage" | "RenewableGenerationPercentage" | "CarbonDioxideEmission";
  amount: number;
  amountMultiplier?: number;
}

export interface RelativeTimeIntervalType {
  start: number;
  duration?: number;
}

export interface AC_EVChargeParameterType {
  DepartureTime: number;
  EAmount: PhysicalValueType;
  EVMaxVoltage: PhysicalValueType;
  EVMaxCurrent: PhysicalValueType;
  EVMinCurrent: PhysicalValueType;
}

export interface DC_EVChargeParameterType {
  DC_EVStatus: DC_EVStatusType;
  EVMaximumCurrentLimit: PhysicalValueType;
  EVMaximumPowerLimit?: PhysicalValueType;
  EVMaximumVoltageLimit: PhysicalValueType;
  EVEnergyCapacity?: PhysicalValueType;
  EVEnergyRequest?: PhysicalValueType;
  FullSOC?: number;
  BulkSOC?: number;
}

export interface AC_EVSEChargeParameterType {
  AC_EVSEStatus: AC_EVSEStatusType;
  EVSEMaxVoltage: PhysicalValueType;
  EVSEMaxCurrent: PhysicalValueType;
  EVSEMinCurrent: PhysicalValueType;
}

export interface DC_EVSEChargeParameterType {
  DC_EVSEStatus: DC_EVSEStatusType;
  EVSEMaximumCurrentLimit: PhysicalValueType;
  EVSEMaximumPowerLimit?: PhysicalValueType;
  EVSEMaximumVoltageLimit: PhysicalValueType;
  EVSEMinimumCurrentLimit: PhysicalValueType;
  EVSEMinimumVoltageLimit: PhysicalValueType;
  EVSECurrentRegulationTolerance?: PhysicalValueType;
  EVSEPeakCurrentRipple: PhysicalValueType;
  EVSEEnergyToBeDelivered?: PhysicalValueType;
}

export interface DC_EVPowerDeliveryParameterType {
  DC_EVStatus: DC_EVStatusType;
  BulkChargingComplete?: boolean;
  ChargingComplete: boolean;
}

export interface SignatureType {
  '@Id'?: string;
  SignedInfo: SignedInfoType;
  SignatureValue: SignatureValueType;
  KeyInfo?: KeyInfoType;
  Object?: Array<ObjectType>;
}

export interface SignedInfoType {
  '@Id'?: string;
  CanonicalizationMethod: CanonicalizationMethodType;
  SignatureMethod: SignatureMethodType;
  Reference: Array<ReferenceType>;
}

export interface CanonicalizationMethodType {
  '@Algorithm': string;
}

export interface SignatureMethodType {
  '@Algorithm': string;
  HMACOutputLength?: number;
}

export interface ReferenceType {
  '@Id'?: string;
  '@Type'?: string;
  '@URI'?: string;
  Transforms?: TransformsType;
  DigestMethod: DigestMethodType;
  DigestValue: string;
}

export interface TransformsType {
  Transform: Array<TransformType>;
}

export interface TransformType {
  '@Algorithm': string;
  XPath?: Array<string>;
}

export interface DigestMethodType {
  '@Algorithm': string;
}

export interface SignatureValueType {
  '@Id'?: string;
  '#content': string;
}

export interface KeyInfoType {
  '@Id'?: string;
  KeyName?: Array<string>;
  KeyValue?: Array<KeyValueType>;
  RetrievalMethod?: Array<RetrievalMethodType>;
  X509Data?: Array<X509DataType>;
  PGPData?: Array<PGPDataType>;
  SPKIData?: Array<SPKIDataType>;
  MgmtData?: Array<string>;
}

export interface KeyValueType {
  DSAKeyValue?: DSAKeyValueType;
  RSAKeyValue?: RSAKeyValueType;
}

export interface DSAKeyValueType {
  P?: string;
  Q?: string;
  G?: string;
  Y: string;
  J?: string;
  Seed?: string;
  PgenCounter?: string;
}

export interface RSAKeyValueType {
  Modulus: string;
  Exponent: string;
}

export interface RetrievalMethodType {
  '@Type'?: string;
  '@URI'?: string;
  Transforms?: TransformsType;
}

export interface X509DataType {
  X509IssuerSerial?: Array<X509IssuerSerialType>;
  X509SKI?: Array<string>;
  X509SubjectName?: Array<string>;
  X509Certificate?: Array<string>;
  X509CRL?: Array<string>;
}

export interface X509IssuerSerialType {
  X509IssuerName: string;
  X509SerialNumber: number;
}

export interface PGPDataType {
  PGPKeyID?: string;
  PGPKeyPacket?: string;
}

export interface SPKIDataType {
  SPKISexp: Array<string>;
}

export interface ObjectType {
  '@Encoding'?: string;
  '@Id'?: string;
  '@MimeType'?: string;
}

export interface ManifestType {
  '@Id'?: string;
  Reference: Array<ReferenceType>;
}

export interface SignaturePropertiesType {
  '@Id'?: string;
  SignatureProperty: Array<SignaturePropertyType>;
}

export interface SignaturePropertyType {
  '@Id'?: string;
  '@Target': string;
}

export interface V2G_Message_anon {
  Header: MessageHeaderType;
  Body: BodyType;
}

export interface MessageHeaderType {
  SessionID: string;
  Notification?: NotificationType;
  Signature?: SignatureType;
}

export interface NotificationType {
  FaultCode: "ParsingError" | "NoTLSRootCertificatAvailable" | "UnknownError";
  FaultMsg?: string;
}

export interface BodyType {
  BodyElement?: BodyBaseType;
  CableCheckReq?: CableCheckReqType;
  CableCheckRes?: CableCheckResType;
  CertificateInstallationReq?: CertificateInstallationReqType;
  CertificateInstallationRes?: CertificateInstallationResType;
  CertificateUpdateReq?: CertificateUpdateReqType;
  CertificateUpdateRes?: CertificateUpdateResType;
  ChargeParameterDiscoveryReq?: ChargeParameterDiscoveryReqType;
  ChargeParameterDiscoveryRes?: ChargeParameterDiscoveryResType;
  ChargingStatusReq?: ChargingStatusReqType;
  ChargingStatusRes?: ChargingStatusResType;
  ContractAuthenticationReq?: ContractAuthenticationReqType;
  ContractAuthenticationRes?: ContractAuthenticationResType;
  CurrentDemandReq?: CurrentDemandReqType;
  CurrentDemandRes?: CurrentDemandResType;
  MeteringReceiptReq?: MeteringReceiptReqType;
  MeteringReceiptRes?: MeteringReceiptResType;
  PaymentDetailsReq?: PaymentDetailsReqType;
  PaymentDetailsRes?: PaymentDetailsResType;
  PowerDeliveryReq?: PowerDeliveryReqType;
  PowerDeliveryRes?: PowerDeliveryResType;
  PreChargeReq?: PreChargeReqType;
  PreChargeRes?: PreChargeResType;
  ServiceDetailReq?: ServiceDetailReqType;
  ServiceDetailRes?: ServiceDetailResType;
  ServiceDiscoveryReq?: ServiceDiscoveryReqType;
  ServiceDiscoveryRes?: ServiceDiscoveryResType;
  ServicePaymentSelectionReq?: ServicePaymentSelectionReqType;
  ServicePaymentSelectionRes?: ServicePaymentSelectionResType;
  SessionSetupReq?: SessionSetupReqType;
  SessionSetupRes?: SessionSetupResType;
  SessionStopReq?: SessionStopType;
  SessionStopRes?: SessionStopResType;
  WeldingDetectionReq?: WeldingDetectionReqType;
  WeldingDetectionRes?: WeldingDetectionResType;
}
