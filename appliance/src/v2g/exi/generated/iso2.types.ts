// GENERATED FILE — do not edit. Data types for the `iso2` EXI grammar,
// derived from ../shared/schemas/iso15118-2/V2G_CI_MsgDef.xsd by tools/exi-gen. Regenerate with: npm run gen:exi

/** One global element as the document root. */
export type Document =
  | { AC_EVChargeParameter: AC_EVChargeParameterType }
  | { AC_EVSEChargeParameter: AC_EVSEChargeParameterType }
  | { AC_EVSEStatus: AC_EVSEStatusType }
  | { AuthorizationReq: AuthorizationReqType }
  | { AuthorizationRes: AuthorizationResType }
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
  | { PaymentServiceSelectionReq: PaymentServiceSelectionReqType }
  | { PaymentServiceSelectionRes: PaymentServiceSelectionResType }
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
  | { ServiceDetailReq: ServiceDetailReqType }
  | { ServiceDetailRes: ServiceDetailResType }
  | { ServiceDiscoveryReq: ServiceDiscoveryReqType }
  | { ServiceDiscoveryRes: ServiceDiscoveryResType }
  | { SessionSetupReq: SessionSetupReqType }
  | { SessionSetupRes: SessionSetupResType }
  | { SessionStopReq: SessionStopReqType }
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

export const rootElements = ["AC_EVChargeParameter","AC_EVSEChargeParameter","AC_EVSEStatus","AuthorizationReq","AuthorizationRes","BodyElement","CableCheckReq","CableCheckRes","CanonicalizationMethod","CertificateInstallationReq","CertificateInstallationRes","CertificateUpdateReq","CertificateUpdateRes","ChargeParameterDiscoveryReq","ChargeParameterDiscoveryRes","ChargingStatusReq","ChargingStatusRes","CurrentDemandReq","CurrentDemandRes","DC_EVChargeParameter","DC_EVPowerDeliveryParameter","DC_EVSEChargeParameter","DC_EVSEStatus","DC_EVStatus","DSAKeyValue","DigestMethod","DigestValue","EVChargeParameter","EVPowerDeliveryParameter","EVSEChargeParameter","EVSEStatus","EVStatus","Entry","KeyInfo","KeyName","KeyValue","Manifest","MeteringReceiptReq","MeteringReceiptRes","MgmtData","Object","PGPData","PMaxScheduleEntry","PaymentDetailsReq","PaymentDetailsRes","PaymentServiceSelectionReq","PaymentServiceSelectionRes","PowerDeliveryReq","PowerDeliveryRes","PreChargeReq","PreChargeRes","RSAKeyValue","Reference","RelativeTimeInterval","RetrievalMethod","SAScheduleList","SASchedules","SPKIData","SalesTariffEntry","ServiceDetailReq","ServiceDetailRes","ServiceDiscoveryReq","ServiceDiscoveryRes","SessionSetupReq","SessionSetupRes","SessionStopReq","SessionStopRes","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","TimeInterval","Transform","Transforms","V2G_Message","WeldingDetectionReq","WeldingDetectionRes","X509Data"] as const;

/** Element qnames of the fragment grammar, in event-code order. */
export const fragmentElements = ["AC_EVChargeParameter","AC_EVSEChargeParameter","AC_EVSEStatus","AC_EVSEStatus","AuthorizationReq","AuthorizationRes","Body","BodyElement","BulkChargingComplete","BulkChargingComplete","BulkSOC","CableCheckReq","CableCheckRes","CanonicalizationMethod","Certificate","CertificateInstallationReq","CertificateInstallationRes","CertificateUpdateReq","CertificateUpdateRes","ChargeParameterDiscoveryReq","ChargeParameterDiscoveryRes","ChargeProgress","ChargeService","ChargingComplete","ChargingComplete","ChargingProfile","ChargingProfileEntryMaxNumberOfPhasesInUse","ChargingProfileEntryMaxPower","ChargingProfileEntryStart","ChargingSession","ChargingStatusReq","ChargingStatusRes","ConsumptionCost","ContractSignatureCertChain","ContractSignatureEncryptedPrivateKey","Cost","CurrentDemandReq","CurrentDemandRes","DC_EVChargeParameter","DC_EVPowerDeliveryParameter","DC_EVSEChargeParameter","DC_EVSEStatus","DC_EVSEStatus","DC_EVStatus","DC_EVStatus","DHpublickey","DSAKeyValue","DepartureTime","DigestMethod","DigestValue","EAmount","EPriceLevel","EVCCID","EVChargeParameter","EVEnergyCapacity","EVEnergyRequest","EVErrorCode","EVMaxCurrent","EVMaxVoltage","EVMaximumCurrentLimit","EVMaximumCurrentLimit","EVMaximumPowerLimit","EVMaximumPowerLimit","EVMaximumVoltageLimit","EVMaximumVoltageLimit","EVMinCurrent","EVPowerDeliveryParameter","EVRESSSOC","EVReady","EVSEChargeParameter","EVSECurrentLimitAchieved","EVSECurrentRegulationTolerance","EVSEEnergyToBeDelivered","EVSEID","EVSEIsolationStatus","EVSEMaxCurrent","EVSEMaxCurrent","EVSEMaximumCurrentLimit","EVSEMaximumCurrentLimit","EVSEMaximumPowerLimit","EVSEMaximumPowerLimit","EVSEMaximumVoltageLimit","EVSEMaximumVoltageLimit","EVSEMinimumCurrentLimit","EVSEMinimumVoltageLimit","EVSENominalVoltage","EVSENotification","EVSEPeakCurrentRipple","EVSEPowerLimitAchieved","EVSEPresentCurrent","EVSEPresentVoltage","EVSEProcessing","EVSEStatus","EVSEStatusCode","EVSETimeStamp","EVSEVoltageLimitAchieved","EVStatus","EVTargetCurrent","EVTargetVoltage","EnergyTransferMode","Entry","Exponent","FaultCode","FaultMsg","FreeService","FullSOC","G","GenChallenge","HMACOutputLength","Header","J","KeyInfo","KeyName","KeyValue","ListOfRootCertificateIDs","Manifest","MaxEntriesSAScheduleTuple","MeterID","MeterInfo","MeterReading","MeterStatus","MeteringReceiptReq","MeteringReceiptRes","MgmtData","Modulus","Multiplier","Notification","NotificationMaxDelay","NumEPriceLevels","OEMProvisioningCert","Object","P","PGPData","PGPKeyID","PGPKeyPacket","PMax","PMaxSchedule","PMaxScheduleEntry","Parameter","ParameterSet","ParameterSetID","PaymentDetailsReq","PaymentDetailsRes","PaymentOption","PaymentOptionList","PaymentServiceSelectionReq","PaymentServiceSelectionRes","PgenCounter","PowerDeliveryReq","PowerDeliveryRes","PreChargeReq","PreChargeRes","ProfileEntry","Q","RCD","RSAKeyValue","ReceiptRequired","Reference","RelativeTimeInterval","RemainingTimeToBulkSoC","RemainingTimeToFullSoC","RequestedEnergyTransferMode","ResponseCode","RetrievalMethod","RetryCounter","RootCertificateID","SAProvisioningCertificateChain","SAScheduleList","SAScheduleTuple","SAScheduleTupleID","SAScheduleTupleID","SASchedules","SPKIData","SPKISexp","SalesTariff","SalesTariffDescription","SalesTariffEntry","SalesTariffID","Seed","SelectedPaymentOption","SelectedService","SelectedServiceList","Service","ServiceCategory","ServiceCategory","ServiceDetailReq","ServiceDetailRes","ServiceDiscoveryReq","ServiceDiscoveryRes","ServiceID","ServiceID","ServiceList","ServiceName","ServiceParameterList","ServiceScope","ServiceScope","SessionID","SessionID","SessionSetupReq","SessionSetupRes","SessionStopReq","SessionStopRes","SigMeterReading","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","SubCertificates","SupportedEnergyTransferMode","TMeter","TimeInterval","Transform","Transforms","Unit","V2G_Message","Value","WeldingDetectionReq","WeldingDetectionRes","X509CRL","X509Certificate","X509Data","X509IssuerName","X509IssuerSerial","X509SKI","X509SerialNumber","X509SubjectName","XPath","Y","amount","amountMultiplier","boolValue","byteValue","costKind","duration","eMAID","intValue","physicalValue","shortValue","start","startValue","stringValue"] as const;

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

export interface SASchedulesType {

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
  PMaxScheduleEntry: Array<PMaxScheduleEntryType>;
}

export interface PMaxScheduleEntryType {
  RelativeTimeInterval?: RelativeTimeIntervalType;
  TimeInterval?: IntervalType;
  PMax: PhysicalValueType;
}

export interface PhysicalValueType {
  Multiplier: number;
  Unit: "h" | "m" | "s" | "A" | "V" | "W" | "Wh";
  Value: number;
}

export interface EntryType {
  RelativeTimeInterval?: RelativeTimeIntervalType;
  TimeInterval?: IntervalType;
}

export interface IntervalType {

}

export interface SalesTariffType {
  '@Id'?: string;
  SalesTariffID: number;
  SalesTariffDescription?: string;
  NumEPriceLevels?: number;
  SalesTariffEntry: Array<SalesTariffEntryType>;
}

export interface SalesTariffEntryType {
  RelativeTimeInterval?: RelativeTimeIntervalType;
  TimeInterval?: IntervalType;
  EPriceLevel?: number;
  ConsumptionCost?: Array<ConsumptionCostType>;
}

export interface ConsumptionCostType {
  startValue: PhysicalValueType;
  Cost: Array<CostType>;
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

export interface EVSEStatusType {
  NotificationMaxDelay: number;
  EVSENotification: "None" | "StopCharging" | "ReNegotiation";
}

export interface AC_EVSEStatusType {
  NotificationMaxDelay: number;
  EVSENotification: "None" | "StopCharging" | "ReNegotiation";
  RCD: boolean;
}

export interface EVStatusType {

}

export interface DC_EVSEStatusType {
  NotificationMaxDelay: number;
  EVSENotification: "None" | "StopCharging" | "ReNegotiation";
  EVSEIsolationStatus?: "Invalid" | "Valid" | "Warning" | "Fault" | "No_IMD";
  EVSEStatusCode: "EVSE_NotReady" | "EVSE_Ready" | "EVSE_Shutdown" | "EVSE_UtilityInterruptEvent" | "EVSE_IsolationMonitoringActive" | "EVSE_EmergencyShutdown" | "EVSE_Malfunction" | "Reserved_8" | "Reserved_9" | "Reserved_A" | "Reserved_B" | "Reserved_C";
}

export interface DC_EVStatusType {
  EVReady: boolean;
  EVErrorCode: "NO_ERROR" | "FAILED_RESSTemperatureInhibit" | "FAILED_EVShiftPosition" | "FAILED_ChargerConnectorLockFault" | "FAILED_EVRESSMalfunction" | "FAILED_ChargingCurrentdifferential" | "FAILED_ChargingVoltageOutOfRange" | "Reserved_A" | "Reserved_B" | "Reserved_C" | "FAILED_ChargingSystemIncompatibility" | "NoData";
  EVRESSSOC: number;
}

export interface EVChargeParameterType {
  DepartureTime?: number;
}

export interface AC_EVChargeParameterType {
  DepartureTime?: number;
  EAmount: PhysicalValueType;
  EVMaxVoltage: PhysicalValueType;
  EVMaxCurrent: PhysicalValueType;
  EVMinCurrent: PhysicalValueType;
}

export interface DC_EVChargeParameterType {
  DepartureTime?: number;
  DC_EVStatus: DC_EVStatusType;
  EVMaximumCurrentLimit: PhysicalValueType;
  EVMaximumPowerLimit?: PhysicalValueType;
  EVMaximumVoltageLimit: PhysicalValueType;
  EVEnergyCapacity?: PhysicalValueType;
  EVEnergyRequest?: PhysicalValueType;
  FullSOC?: number;
  BulkSOC?: number;
}

export interface EVSEChargeParameterType {

}

export interface AC_EVSEChargeParameterType {
  AC_EVSEStatus: AC_EVSEStatusType;
  EVSENominalVoltage: PhysicalValueType;
  EVSEMaxCurrent: PhysicalValueType;
}

export interface DC_EVSEChargeParameterType {
  DC_EVSEStatus: DC_EVSEStatusType;
  EVSEMaximumCurrentLimit: PhysicalValueType;
  EVSEMaximumPowerLimit: PhysicalValueType;
  EVSEMaximumVoltageLimit: PhysicalValueType;
  EVSEMinimumCurrentLimit: PhysicalValueType;
  EVSEMinimumVoltageLimit: PhysicalValueType;
  EVSECurrentRegulationTolerance?: PhysicalValueType;
  EVSEPeakCurrentRipple: PhysicalValueType;
  EVSEEnergyToBeDelivered?: PhysicalValueType;
}

export interface EVPowerDeliveryParameterType {

}

export interface DC_EVPowerDeliveryParameterType {
  DC_EVStatus: DC_EVStatusType;
  BulkChargingComplete?: boolean;
  ChargingComplete: boolean;
}

export interface BodyBaseType {

}

export interface SessionSetupReqType {
  EVCCID: string;
}

export interface SessionSetupResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
  EVSEID: string;
  EVSETimeStamp?: number;
}

export interface ServiceDiscoveryReqType {
  ServiceScope?: string;
  ServiceCategory?: "EVCharging" | "Internet" | "ContractCertificate" | "OtherCustom";
}

export interface ServiceDiscoveryResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
  PaymentOptionList: PaymentOptionListType;
  ChargeService: ChargeServiceType;
  ServiceList?: ServiceListType;
}

export interface PaymentOptionListType {
  PaymentOption: Array<"Contract" | "ExternalPayment">;
}

export interface ChargeServiceType {
  ServiceID: number;
  ServiceName?: string;
  ServiceCategory: "EVCharging" | "Internet" | "ContractCertificate" | "OtherCustom";
  ServiceScope?: string;
  FreeService: boolean;
  SupportedEnergyTransferMode: SupportedEnergyTransferModeType;
}

export interface SupportedEnergyTransferModeType {
  EnergyTransferMode: Array<"AC_single_phase_core" | "AC_three_phase_core" | "DC_core" | "DC_extended" | "DC_combo_core" | "DC_unique">;
}

export interface ServiceType {
  ServiceID: number;
  ServiceName?: string;
  ServiceCategory: "EVCharging" | "Internet" | "ContractCertificate" | "OtherCustom";
  ServiceScope?: string;
  FreeService: boolean;
}

export interface ServiceListType {
  Service: Array<ServiceType>;
}

export interface ServiceDetailReqType {
  ServiceID: number;
}

export interface ServiceDetailResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
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
  boolValue?: boolean;
  byteValue?: number;
  shortValue?: number;
  intValue?: number;
  physicalValue?: PhysicalValueType;
  stringValue?: string;
}

export interface PaymentServiceSelectionReqType {
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

export interface PaymentServiceSelectionResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
}

export interface PaymentDetailsReqType {
  eMAID: string;
  ContractSignatureCertChain: CertificateChainType;
}

export interface CertificateChainType {
  '@Id'?: string;
  Certificate: string;
  SubCertificates?: SubCertificatesType;
}

export interface SubCertificatesType {
  Certificate: Array<string>;
}

export interface PaymentDetailsResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
  GenChallenge: string;
  EVSETimeStamp: number;
}

export interface AuthorizationReqType {
  '@Id'?: string;
  GenChallenge?: string;
}

export interface AuthorizationResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
  EVSEProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
}

export interface ChargeParameterDiscoveryReqType {
  MaxEntriesSAScheduleTuple?: number;
  RequestedEnergyTransferMode: "AC_single_phase_core" | "AC_three_phase_core" | "DC_core" | "DC_extended" | "DC_combo_core" | "DC_unique";
  AC_EVChargeParameter?: AC_EVChargeParameterType;
  DC_EVChargeParameter?: DC_EVChargeParameterType;
  EVChargeParameter?: EVChargeParameterType;
}

export interface ChargeParameterDiscoveryResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
  EVSEProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
  SAScheduleList?: SAScheduleListType;
  SASchedules?: SASchedulesType;
  AC_EVSEChargeParameter?: AC_EVSEChargeParameterType;
  DC_EVSEChargeParameter?: DC_EVSEChargeParameterType;
  EVSEChargeParameter?: EVSEChargeParameterType;
}

export interface PowerDeliveryReqType {
  ChargeProgress: "Start" | "Stop" | "Renegotiate";
  SAScheduleTupleID: number;
  ChargingProfile?: ChargingProfileType;
  DC_EVPowerDeliveryParameter?: DC_EVPowerDeliveryParameterType;
  EVPowerDeliveryParameter?: EVPowerDeliveryParameterType;
}

export interface ChargingProfileType {
  ProfileEntry: Array<ProfileEntryType>;
}

export interface ProfileEntryType {
  ChargingProfileEntryStart: number;
  ChargingProfileEntryMaxPower: PhysicalValueType;
  ChargingProfileEntryMaxNumberOfPhasesInUse?: number;
}

export interface PowerDeliveryResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
  AC_EVSEStatus?: AC_EVSEStatusType;
  DC_EVSEStatus?: DC_EVSEStatusType;
  EVSEStatus?: EVSEStatusType;
}

export interface MeteringReceiptReqType {
  '@Id'?: string;
  SessionID: string;
  SAScheduleTupleID?: number;
  MeterInfo: MeterInfoType;
}

export interface MeterInfoType {
  MeterID: string;
  MeterReading?: number;
  SigMeterReading?: string;
  MeterStatus?: number;
  TMeter?: number;
}

export interface MeteringReceiptResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
  AC_EVSEStatus?: AC_EVSEStatusType;
  DC_EVSEStatus?: DC_EVSEStatusType;
  EVSEStatus?: EVSEStatusType;
}

export interface SessionStopReqType {
  ChargingSession: "Terminate" | "Pause";
}

export interface SessionStopResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
}

export interface CertificateUpdateReqType {
  '@Id': string;
  ContractSignatureCertChain: CertificateChainType;
  eMAID: string;
  ListOfRootCertificateIDs: ListOfRootCertificateIDsType;
}

export interface ListOfRootCertificateIDsType {
  RootCertificateID: Array<X509IssuerSerialType>;
}

export interface CertificateUpdateResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
  SAProvisioningCertificateChain: CertificateChainType;
  ContractSignatureCertChain: CertificateChainType;
  ContractSignatureEncryptedPrivateKey: ContractSignatureEncryptedPrivateKeyType;
  DHpublickey: DiffieHellmanPublickeyType;
  eMAID: EMAIDType;
  RetryCounter?: number;
}

export interface ContractSignatureEncryptedPrivateKeyType {
  '@Id': string;
  '#content': string;
}

export interface DiffieHellmanPublickeyType {
  '@Id': string;
  '#content': string;
}

export interface EMAIDType {
  '@Id': string;
  '#content': string;
}

export interface CertificateInstallationReqType {
  '@Id': string;
  OEMProvisioningCert: string;
  ListOfRootCertificateIDs: ListOfRootCertificateIDsType;
}

export interface CertificateInstallationResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
  SAProvisioningCertificateChain: CertificateChainType;
  ContractSignatureCertChain: CertificateChainType;
  ContractSignatureEncryptedPrivateKey: ContractSignatureEncryptedPrivateKeyType;
  DHpublickey: DiffieHellmanPublickeyType;
  eMAID: EMAIDType;
}

export interface ChargingStatusReqType {

}

export interface ChargingStatusResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
  EVSEID: string;
  SAScheduleTupleID: number;
  EVSEMaxCurrent?: PhysicalValueType;
  MeterInfo?: MeterInfoType;
  ReceiptRequired?: boolean;
  AC_EVSEStatus: AC_EVSEStatusType;
}

export interface CableCheckReqType {
  DC_EVStatus: DC_EVStatusType;
}

export interface CableCheckResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
  DC_EVSEStatus: DC_EVSEStatusType;
  EVSEProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
}

export interface PreChargeReqType {
  DC_EVStatus: DC_EVStatusType;
  EVTargetVoltage: PhysicalValueType;
  EVTargetCurrent: PhysicalValueType;
}

export interface PreChargeResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
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
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
  DC_EVSEStatus: DC_EVSEStatusType;
  EVSEPresentVoltage: PhysicalValueType;
  EVSEPresentCurrent: PhysicalValueType;
  EVSECurrentLimitAchieved: boolean;
  EVSEVoltageLimitAchieved: boolean;
  EVSEPowerLimitAchieved: boolean;
  EVSEMaximumVoltageLimit?: PhysicalValueType;
  EVSEMaximumCurrentLimit?: PhysicalValueType;
  EVSEMaximumPowerLimit?: PhysicalValueType;
  EVSEID: string;
  SAScheduleTupleID: number;
  MeterInfo?: MeterInfoType;
  ReceiptRequired?: boolean;
}

export interface WeldingDetectionReqType {
  DC_EVStatus: DC_EVStatusType;
}

export interface WeldingDetectionResType {
  ResponseCode: "OK" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_CertificateExpiresSoon" | "FAILED" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_UnknownSession" | "FAILED_ServiceSelectionInvalid" | "FAILED_PaymentSelectionInvalid" | "FAILED_CertificateExpired" | "FAILED_SignatureError" | "FAILED_NoCertificateAvailable" | "FAILED_CertChainError" | "FAILED_ChallengeInvalid" | "FAILED_ContractCanceled" | "FAILED_WrongChargeParameter" | "FAILED_PowerDeliveryNotApplied" | "FAILED_TariffSelectionInvalid" | "FAILED_ChargingProfileInvalid" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoChargeServiceSelected" | "FAILED_WrongEnergyTransferMode" | "FAILED_ContactorError" | "FAILED_CertificateNotAllowedAtThisEVSE" | "FAILED_CertificateRevoked";
  DC_EVSEStatus: DC_EVSEStatusType;
  EVSEPresentVoltage: PhysicalValueType;
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
  AuthorizationReq?: AuthorizationReqType;
  AuthorizationRes?: AuthorizationResType;
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
  CurrentDemandReq?: CurrentDemandReqType;
  CurrentDemandRes?: CurrentDemandResType;
  MeteringReceiptReq?: MeteringReceiptReqType;
  MeteringReceiptRes?: MeteringReceiptResType;
  PaymentDetailsReq?: PaymentDetailsReqType;
  PaymentDetailsRes?: PaymentDetailsResType;
  PaymentServiceSelectionReq?: PaymentServiceSelectionReqType;
  PaymentServiceSelectionRes?: PaymentServiceSelectionResType;
  PowerDeliveryReq?: PowerDeliveryReqType;
  PowerDeliveryRes?: PowerDeliveryResType;
  PreChargeReq?: PreChargeReqType;
  PreChargeRes?: PreChargeResType;
  ServiceDetailReq?: ServiceDetailReqType;
  ServiceDetailRes?: ServiceDetailResType;
  ServiceDiscoveryReq?: ServiceDiscoveryReqType;
  ServiceDiscoveryRes?: ServiceDiscoveryResType;
  SessionSetupReq?: SessionSetupReqType;
  SessionSetupRes?: SessionSetupResType;
  SessionStopReq?: SessionStopReqType;
  SessionStopRes?: SessionStopResType;
  WeldingDetectionReq?: WeldingDetectionReqType;
  WeldingDetectionRes?: WeldingDetectionResType;
}
