// GENERATED FILE — do not edit. Data types for the `iso20` EXI grammar,
// derived from ../shared/schemas/iso15118-20/V2G_CI_CommonMessages.xsd by tools/exi-gen. Regenerate with: npm run gen:exi

/** One global element as the document root. */
export type Document =
  | { AuthorizationReq: AuthorizationReqType }
  | { AuthorizationRes: AuthorizationResType }
  | { AuthorizationSetupReq: AuthorizationSetupReqType }
  | { AuthorizationSetupRes: AuthorizationSetupResType }
  | { CLReqControlMode: CLReqControlModeType }
  | { CLResControlMode: CLResControlModeType }
  | { CanonicalizationMethod: CanonicalizationMethodType }
  | { CertificateInstallationReq: CertificateInstallationReqType }
  | { CertificateInstallationRes: CertificateInstallationResType }
  | { DSAKeyValue: DSAKeyValueType }
  | { DigestMethod: DigestMethodType }
  | { DigestValue: string }
  | { KeyInfo: KeyInfoType }
  | { KeyName: string }
  | { KeyValue: KeyValueType }
  | { Manifest: ManifestType }
  | { MeteringConfirmationReq: MeteringConfirmationReqType }
  | { MeteringConfirmationRes: MeteringConfirmationResType }
  | { MgmtData: string }
  | { Object: ObjectType }
  | { PGPData: PGPDataType }
  | { PowerDeliveryReq: PowerDeliveryReqType }
  | { PowerDeliveryRes: PowerDeliveryResType }
  | { RSAKeyValue: RSAKeyValueType }
  | { Reference: ReferenceType }
  | { RetrievalMethod: RetrievalMethodType }
  | { SPKIData: SPKIDataType }
  | { ScheduleExchangeReq: ScheduleExchangeReqType }
  | { ScheduleExchangeRes: ScheduleExchangeResType }
  | { ServiceDetailReq: ServiceDetailReqType }
  | { ServiceDetailRes: ServiceDetailResType }
  | { ServiceDiscoveryReq: ServiceDiscoveryReqType }
  | { ServiceDiscoveryRes: ServiceDiscoveryResType }
  | { ServiceSelectionReq: ServiceSelectionReqType }
  | { ServiceSelectionRes: ServiceSelectionResType }
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
  | { SignedInstallationData: SignedInstallationDataType }
  | { SignedMeteringData: SignedMeteringDataType }
  | { Transform: TransformType }
  | { Transforms: TransformsType }
  | { VehicleCheckInReq: VehicleCheckInReqType }
  | { VehicleCheckInRes: VehicleCheckInResType }
  | { VehicleCheckOutReq: VehicleCheckOutReqType }
  | { VehicleCheckOutRes: VehicleCheckOutResType }
  | { X509Data: X509DataType };

export const rootElements = ["AuthorizationReq","AuthorizationRes","AuthorizationSetupReq","AuthorizationSetupRes","CLReqControlMode","CLResControlMode","CanonicalizationMethod","CertificateInstallationReq","CertificateInstallationRes","DSAKeyValue","DigestMethod","DigestValue","KeyInfo","KeyName","KeyValue","Manifest","MeteringConfirmationReq","MeteringConfirmationRes","MgmtData","Object","PGPData","PowerDeliveryReq","PowerDeliveryRes","RSAKeyValue","Reference","RetrievalMethod","SPKIData","ScheduleExchangeReq","ScheduleExchangeRes","ServiceDetailReq","ServiceDetailRes","ServiceDiscoveryReq","ServiceDiscoveryRes","ServiceSelectionReq","ServiceSelectionRes","SessionSetupReq","SessionSetupRes","SessionStopReq","SessionStopRes","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","SignedInstallationData","SignedMeteringData","Transform","Transforms","VehicleCheckInReq","VehicleCheckInRes","VehicleCheckOutReq","VehicleCheckOutRes","X509Data"] as const;

/** Element qnames of the fragment grammar, in event-code order. */
export const fragmentElements = ["AbsolutePriceSchedule","AckMaxDelay","AdditionalSelectedServices","AdditionalService","AdditionalServicesCosts","Amount","AppliesMinimumMaximumCost","AppliesToEnergyFee","AppliesToOverstayFee","AppliesToParkingFee","AuthorizationReq","AuthorizationRes","AuthorizationServices","AuthorizationSetupReq","AuthorizationSetupRes","AvailableEnergy","BPT_ChannelSelection","BPT_DischargedEnergyReadingWh","BPT_InductiveEnergyReadingVARh","BatteryEnergyCapacity","CLReqControlMode","CLResControlMode","CPSCertificateChain","CanonicalizationMethod","CapacitiveEnergyReadingVARh","CarbonDioxideEmission","Certificate","CertificateInstallationReq","CertificateInstallationRes","CertificateInstallationService","ChargeProgress","ChargedEnergyReadingWh","ChargingComplete","ChargingSchedule","ChargingSession","CheckOutTime","ContractCertificateChain","CostPerUnit","Currency","DHPublicKey","DSAKeyValue","DepartureTime","DepartureTime","DeviceLocation","DeviceOffset","DigestMethod","DigestValue","DischargingSchedule","DisplayParameters","Duration","Dynamic_EVPPTControlMode","Dynamic_SEReqControlMode","Dynamic_SEResControlMode","Dynamic_SMDTControlMode","ECDHCurve","EIM_AReqAuthorizationMode","EIM_ASResAuthorizationMode","EMAID","EVAbsolutePriceSchedule","EVCCID","EVCheckInStatus","EVCheckOutStatus","EVEnergyOffer","EVMaximumEnergyRequest","EVMaximumEnergyRequest","EVMaximumV2XEnergyRequest","EVMinimumEnergyRequest","EVMinimumEnergyRequest","EVMinimumV2XEnergyRequest","EVPowerProfile","EVPowerProfileEntries","EVPowerProfileEntry","EVPowerSchedule","EVPowerScheduleEntries","EVPowerScheduleEntry","EVPriceRule","EVPriceRuleStack","EVPriceRuleStacks","EVProcessing","EVSECheckOutStatus","EVSEID","EVSENotification","EVSEProcessing","EVSEStatus","EVSEStatus","EVTargetEnergyRequest","EVTargetEnergyRequest","EVTerminationCode","EVTerminationExplanation","EnergyCosts","EnergyFee","EnergyTransferServiceList","Exponent","Exponent","FreeService","G","GenChallenge","GoToPause","HMACOutputLength","Header","InletHot","J","KeyInfo","KeyName","KeyValue","Language","ListOfRootCertificateIDs","Manifest","MaximumContractCertificateChains","MaximumCost","MaximumSOC","MaximumSupportingPoints","MeterID","MeterInfo","MeterInfo","MeterInfoRequested","MeterSignature","MeterStatus","MeterTimestamp","MeteringConfirmationReq","MeteringConfirmationRes","MgmtData","MinimumCost","MinimumSOC","MinimumSOC","Modulus","NotificationMaxDelay","NumberOfPriceLevels","OEMProvisioningCertificateChain","Object","OccupancyCosts","OverstayCosts","OverstayFee","OverstayFeePeriod","OverstayPowerThreshold","OverstayRule","OverstayRuleDescription","OverstayRules","OverstayTimeThreshold","P","PGPData","PGPKeyID","PGPKeyPacket","Parameter","ParameterSet","ParameterSetID","ParkingFee","ParkingFeePeriod","ParkingMethod","ParkingSpace","PgenCounter","PnC_AReqAuthorizationMode","PnC_ASResAuthorizationMode","Power","PowerDeliveryReq","PowerDeliveryRes","PowerRangeStart","PowerSchedule","PowerScheduleEntries","PowerScheduleEntry","PowerTolerance","PowerToleranceAcceptance","Power_L2","Power_L3","PresentSOC","PriceAlgorithm","PriceLevel","PriceLevelSchedule","PriceLevelScheduleEntries","PriceLevelScheduleEntry","PriceRule","PriceRuleStack","PriceRuleStacks","PriceScheduleDescription","PriceScheduleID","PrioritizedEMAIDs","ProviderID","Q","RSAKeyValue","Receipt","Receipt","Reference","RemainingContractCertificateChains","RemainingTimeToMaximumSOC","RemainingTimeToMinimumSOC","RemainingTimeToTargetSOC","RenewableGenerationPercentage","ResponseCode","RetrievalMethod","RootCertificateID","SECP521_EncryptedPrivateKey","SPKIData","SPKISexp","ScheduleExchangeReq","ScheduleExchangeRes","ScheduleTuple","ScheduleTupleID","Scheduled_EVPPTControlMode","Scheduled_SEReqControlMode","Scheduled_SEResControlMode","Scheduled_SMDTControlMode","Seed","SelectedAuthorizationService","SelectedEnergyTransferService","SelectedScheduleTupleID","SelectedService","SelectedVASList","Service","ServiceDetailReq","ServiceDetailRes","ServiceDiscoveryReq","ServiceDiscoveryRes","ServiceFee","ServiceID","ServiceName","ServiceParameterList","ServiceRenegotiationSupported","ServiceSelectionReq","ServiceSelectionRes","SessionID","SessionID","SessionSetupReq","SessionSetupRes","SessionStopReq","SessionStopRes","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","SignedInstallationData","SignedMeteringData","StartTime","SubCertificates","SupportedProviders","SupportedServiceIDs","TPM_EncryptedPrivateKey","TargetDistance","TargetOffsetX","TargetOffsetY","TargetSOC","TargetSOC","TaxCosts","TaxIncludedInPrice","TaxRate","TaxRule","TaxRuleID","TaxRuleID","TaxRuleName","TaxRules","TimeAnchor","TimeAnchor","TimeStamp","Transform","Transforms","VASList","Value","VehicleCheckInReq","VehicleCheckInRes","VehicleCheckOutReq","VehicleCheckOutRes","VehicleFrame","VehicleTravel","X448_EncryptedPrivateKey","X509CRL","X509Certificate","X509Data","X509IssuerName","X509IssuerSerial","X509SKI","X509SerialNumber","X509SubjectName","XPath","Y","boolValue","byteValue","finiteString","intValue","rationalNumber","shortValue"] as const;

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

export interface CLReqControlModeType {

}

export interface CLResControlModeType {

}

export interface SessionSetupReqType {
  Header: MessageHeaderType;
  EVCCID: string;
}

export interface V2GRequestType {
  Header: MessageHeaderType;
}

export interface V2GMessageType {
  Header: MessageHeaderType;
}

export interface MessageHeaderType {
  SessionID: string;
  TimeStamp: number;
  Signature?: SignatureType;
}

export interface SessionSetupResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEID: string;
}

export interface V2GResponseType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
}

export interface AuthorizationSetupReqType {
  Header: MessageHeaderType;
}

export interface AuthorizationSetupResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  AuthorizationServices: Array<"EIM" | "PnC">;
  CertificateInstallationService: boolean;
  EIM_ASResAuthorizationMode?: EIM_ASResAuthorizationModeType;
  PnC_ASResAuthorizationMode?: PnC_ASResAuthorizationModeType;
}

export interface EIM_ASResAuthorizationModeType {

}

export interface PnC_ASResAuthorizationModeType {
  GenChallenge: string;
  SupportedProviders?: SupportedProvidersListType;
}

export interface SupportedProvidersListType {
  ProviderID: Array<string>;
}

export interface AuthorizationReqType {
  Header: MessageHeaderType;
  SelectedAuthorizationService: "EIM" | "PnC";
  EIM_AReqAuthorizationMode?: EIM_AReqAuthorizationModeType;
  PnC_AReqAuthorizationMode?: PnC_AReqAuthorizationModeType;
}

export interface EIM_AReqAuthorizationModeType {

}

export interface PnC_AReqAuthorizationModeType {
  '@Id': string;
  GenChallenge: string;
  ContractCertificateChain: ContractCertificateChainType;
}

export interface ContractCertificateChainType {
  Certificate: string;
  SubCertificates: SubCertificatesType;
}

export interface SubCertificatesType {
  Certificate: Array<string>;
}

export interface AuthorizationResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
}

export interface ServiceDiscoveryReqType {
  Header: MessageHeaderType;
  SupportedServiceIDs?: ServiceIDListType;
}

export interface ServiceIDListType {
  ServiceID: Array<number>;
}

export interface ServiceDiscoveryResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  ServiceRenegotiationSupported: boolean;
  EnergyTransferServiceList: ServiceListType;
  VASList?: ServiceListType;
}

export interface ServiceListType {
  Service: Array<ServiceType>;
}

export interface ServiceType {
  ServiceID: number;
  FreeService: boolean;
}

export interface ServiceDetailReqType {
  Header: MessageHeaderType;
  ServiceID: number;
}

export interface ServiceDetailResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  ServiceID: number;
  ServiceParameterList: ServiceParameterListType;
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
  rationalNumber?: RationalNumberType;
  finiteString?: string;
}

export interface RationalNumberType {
  Exponent: number;
  Value: number;
}

export interface ServiceSelectionReqType {
  Header: MessageHeaderType;
  SelectedEnergyTransferService: SelectedServiceType;
  SelectedVASList?: SelectedServiceListType;
}

export interface SelectedServiceType {
  ServiceID: number;
  ParameterSetID: number;
}

export interface SelectedServiceListType {
  SelectedService: Array<SelectedServiceType>;
}

export interface ServiceSelectionResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
}

export interface ScheduleExchangeReqType {
  Header: MessageHeaderType;
  MaximumSupportingPoints: number;
  Dynamic_SEReqControlMode?: Dynamic_SEReqControlModeType;
  Scheduled_SEReqControlMode?: Scheduled_SEReqControlModeType;
}

export interface Dynamic_SEReqControlModeType {
  DepartureTime: number;
  MinimumSOC?: number;
  TargetSOC?: number;
  EVTargetEnergyRequest: RationalNumberType;
  EVMaximumEnergyRequest: RationalNumberType;
  EVMinimumEnergyRequest: RationalNumberType;
  EVMaximumV2XEnergyRequest?: RationalNumberType;
  EVMinimumV2XEnergyRequest?: RationalNumberType;
}

export interface Scheduled_SEReqControlModeType {
  DepartureTime?: number;
  EVTargetEnergyRequest?: RationalNumberType;
  EVMaximumEnergyRequest?: RationalNumberType;
  EVMinimumEnergyRequest?: RationalNumberType;
  EVEnergyOffer?: EVEnergyOfferType;
}

export interface EVEnergyOfferType {
  EVPowerSchedule: EVPowerScheduleType;
  EVAbsolutePriceSchedule: EVAbsolutePriceScheduleType;
}

export interface EVPowerScheduleType {
  TimeAnchor: number;
  EVPowerScheduleEntries: EVPowerScheduleEntryListType;
}

export interface EVPowerScheduleEntryListType {
  EVPowerScheduleEntry: Array<EVPowerScheduleEntryType>;
}

export interface EVPowerScheduleEntryType {
  Duration: number;
  Power: RationalNumberType;
}

export interface EVAbsolutePriceScheduleType {
  TimeAnchor: number;
  Currency: string;
  PriceAlgorithm: string;
  EVPriceRuleStacks: EVPriceRuleStackListType;
}

export interface EVPriceRuleStackListType {
  EVPriceRuleStack: Array<EVPriceRuleStackType>;
}

export interface EVPriceRuleStackType {
  Duration: number;
  EVPriceRule: Array<EVPriceRuleType>;
}

export interface EVPriceRuleType {
  EnergyFee: RationalNumberType;
  PowerRangeStart: RationalNumberType;
}

export interface ScheduleExchangeResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
  GoToPause?: boolean;
  Dynamic_SEResControlMode?: Dynamic_SEResControlModeType;
  Scheduled_SEResControlMode?: Scheduled_SEResControlModeType;
}

export interface Dynamic_SEResControlModeType {
  DepartureTime?: number;
  MinimumSOC?: number;
  TargetSOC?: number;
  AbsolutePriceSchedule?: AbsolutePriceScheduleType;
  PriceLevelSchedule?: PriceLevelScheduleType;
}

export interface AbsolutePriceScheduleType {
  '@Id'?: string;
  TimeAnchor: number;
  PriceScheduleID: number;
  PriceScheduleDescription?: string;
  Currency: string;
  Language: string;
  PriceAlgorithm: string;
  MinimumCost?: RationalNumberType;
  MaximumCost?: RationalNumberType;
  TaxRules?: TaxRuleListType;
  PriceRuleStacks: PriceRuleStackListType;
  OverstayRules?: OverstayRuleListType;
  AdditionalSelectedServices?: AdditionalServiceListType;
}

export interface TaxRuleListType {
  TaxRule: Array<TaxRuleType>;
}

export interface TaxRuleType {
  TaxRuleID: number;
  TaxRuleName?: string;
  TaxRate: RationalNumberType;
  TaxIncludedInPrice?: boolean;
  AppliesToEnergyFee: boolean;
  AppliesToParkingFee: boolean;
  AppliesToOverstayFee: boolean;
  AppliesMinimumMaximumCost: boolean;
}

export interface PriceRuleStackListType {
  PriceRuleStack: Array<PriceRuleStackType>;
}

export interface PriceRuleStackType {
  Duration: number;
  PriceRule: Array<PriceRuleType>;
}

export interface PriceRuleType {
  EnergyFee: RationalNumberType;
  ParkingFee?: RationalNumberType;
  ParkingFeePeriod?: number;
  CarbonDioxideEmission?: number;
  RenewableGenerationPercentage?: number;
  PowerRangeStart: RationalNumberType;
}

export interface OverstayRuleListType {
  OverstayTimeThreshold?: number;
  OverstayPowerThreshold?: RationalNumberType;
  OverstayRule: Array<OverstayRuleType>;
}

export interface OverstayRuleType {
  OverstayRuleDescription?: string;
  StartTime: number;
  OverstayFee: RationalNumberType;
  OverstayFeePeriod: number;
}

export interface AdditionalServiceListType {
  AdditionalService: Array<AdditionalServiceType>;
}

export interface AdditionalServiceType {
  ServiceName: string;
  ServiceFee: RationalNumberType;
}

export interface PriceScheduleType {
  TimeAnchor: number;
  PriceScheduleID: number;
  PriceScheduleDescription?: string;
}

export interface PriceLevelScheduleType {
  '@Id'?: string;
  TimeAnchor: number;
  PriceScheduleID: number;
  PriceScheduleDescription?: string;
  NumberOfPriceLevels: number;
  PriceLevelScheduleEntries: PriceLevelScheduleEntryListType;
}

export interface PriceLevelScheduleEntryListType {
  PriceLevelScheduleEntry: Array<PriceLevelScheduleEntryType>;
}

export interface PriceLevelScheduleEntryType {
  Duration: number;
  PriceLevel: number;
}

export interface Scheduled_SEResControlModeType {
  ScheduleTuple: Array<ScheduleTupleType>;
}

export interface ScheduleTupleType {
  ScheduleTupleID: number;
  ChargingSchedule: ChargingScheduleType;
  DischargingSchedule?: ChargingScheduleType;
}

export interface ChargingScheduleType {
  PowerSchedule: PowerScheduleType;
  AbsolutePriceSchedule?: AbsolutePriceScheduleType;
  PriceLevelSchedule?: PriceLevelScheduleType;
}

export interface PowerScheduleType {
  TimeAnchor: number;
  AvailableEnergy?: RationalNumberType;
  PowerTolerance?: RationalNumberType;
  PowerScheduleEntries: PowerScheduleEntryListType;
}

export interface PowerScheduleEntryListType {
  PowerScheduleEntry: Array<PowerScheduleEntryType>;
}

export interface PowerScheduleEntryType {
  Duration: number;
  Power: RationalNumberType;
  Power_L2?: RationalNumberType;
  Power_L3?: RationalNumberType;
}

export interface PowerDeliveryReqType {
  Header: MessageHeaderType;
  EVProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
  ChargeProgress: "Start" | "Stop" | "Standby" | "ScheduleRenegotiation";
  EVPowerProfile?: EVPowerProfileType;
  BPT_ChannelSelection?: "Charge" | "Discharge";
}

export interface EVPowerProfileType {
  TimeAnchor: number;
  Dynamic_EVPPTControlMode?: Dynamic_EVPPTControlModeType;
  Scheduled_EVPPTControlMode?: Scheduled_EVPPTControlModeType;
  EVPowerProfileEntries: EVPowerProfileEntryListType;
}

export interface Dynamic_EVPPTControlModeType {

}

export interface Scheduled_EVPPTControlModeType {
  SelectedScheduleTupleID: number;
  PowerToleranceAcceptance?: "PowerToleranceNotConfirmed" | "PowerToleranceConfirmed";
}

export interface EVPowerProfileEntryListType {
  EVPowerProfileEntry: Array<PowerScheduleEntryType>;
}

export interface PowerDeliveryResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEStatus?: EVSEStatusType;
}

export interface EVSEStatusType {
  NotificationMaxDelay: number;
  EVSENotification: "Pause" | "ExitStandby" | "Terminate" | "ScheduleRenegotiation" | "ServiceRenegotiation" | "MeteringConfirmation";
}

export interface MeteringConfirmationReqType {
  Header: MessageHeaderType;
  SignedMeteringData: SignedMeteringDataType;
}

export interface SignedMeteringDataType {
  '@Id': string;
  SessionID: string;
  MeterInfo: MeterInfoType;
  Receipt?: ReceiptType;
  Dynamic_SMDTControlMode?: Dynamic_SMDTControlModeType;
  Scheduled_SMDTControlMode?: Scheduled_SMDTControlModeType;
}

export interface MeterInfoType {
  MeterID: string;
  ChargedEnergyReadingWh: number;
  BPT_DischargedEnergyReadingWh?: number;
  CapacitiveEnergyReadingVARh?: number;
  BPT_InductiveEnergyReadingVARh?: number;
  MeterSignature?: string;
  MeterStatus?: number;
  MeterTimestamp?: number;
}

export interface ReceiptType {
  TimeAnchor: number;
  EnergyCosts?: DetailedCostType;
  OccupancyCosts?: DetailedCostType;
  AdditionalServicesCosts?: DetailedCostType;
  OverstayCosts?: DetailedCostType;
  TaxCosts?: Array<DetailedTaxType>;
}

export interface DetailedCostType {
  Amount: RationalNumberType;
  CostPerUnit: RationalNumberType;
}

export interface DetailedTaxType {
  TaxRuleID: number;
  Amount: RationalNumberType;
}

export interface Dynamic_SMDTControlModeType {

}

export interface Scheduled_SMDTControlModeType {
  SelectedScheduleTupleID: number;
}

export interface MeteringConfirmationResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
}

export interface SessionStopReqType {
  Header: MessageHeaderType;
  ChargingSession: "Pause" | "Terminate" | "ServiceRenegotiation";
  EVTerminationCode?: string;
  EVTerminationExplanation?: string;
}

export interface SessionStopResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
}

export interface CertificateInstallationReqType {
  Header: MessageHeaderType;
  OEMProvisioningCertificateChain: SignedCertificateChainType;
  ListOfRootCertificateIDs: ListOfRootCertificateIDsType;
  MaximumContractCertificateChains: number;
  PrioritizedEMAIDs?: EMAIDListType;
}

export interface SignedCertificateChainType {
  '@Id': string;
  Certificate: string;
  SubCertificates?: SubCertificatesType;
}

export interface ListOfRootCertificateIDsType {
  RootCertificateID: Array<X509IssuerSerialType>;
}

export interface EMAIDListType {
  EMAID: Array<string>;
}

export interface CertificateInstallationResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
  CPSCertificateChain: CertificateChainType;
  SignedInstallationData: SignedInstallationDataType;
  RemainingContractCertificateChains: number;
}

export interface CertificateChainType {
  Certificate: string;
  SubCertificates?: SubCertificatesType;
}

export interface SignedInstallationDataType {
  '@Id': string;
  ContractCertificateChain: ContractCertificateChainType;
  ECDHCurve: "SECP521" | "X448";
  DHPublicKey: string;
  SECP521_EncryptedPrivateKey?: string;
  X448_EncryptedPrivateKey?: string;
  TPM_EncryptedPrivateKey?: string;
}

export interface VehicleCheckInReqType {
  Header: MessageHeaderType;
  EVCheckInStatus: "CheckIn" | "Processing" | "Completed";
  ParkingMethod: "AutoParking" | "MVGuideManual" | "Manual";
  VehicleFrame?: number;
  DeviceOffset?: number;
  VehicleTravel?: number;
}

export interface VehicleCheckInResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  ParkingSpace?: number;
  DeviceLocation?: number;
  TargetDistance?: number;
}

export interface VehicleCheckOutReqType {
  Header: MessageHeaderType;
  EVCheckOutStatus: "CheckOut" | "Processing" | "Completed";
  CheckOutTime: number;
}

export interface VehicleCheckOutResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSECheckOutStatus: "Scheduled" | "Completed";
}

export interface ChargeParameterDiscoveryReqType {
  Header: MessageHeaderType;
}

export interface ChargeParameterDiscoveryResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
}

export interface ChargeLoopReqType {
  Header: MessageHeaderType;
  DisplayParameters?: DisplayParametersType;
  MeterInfoRequested: boolean;
}

export interface DisplayParametersType {
  PresentSOC?: number;
  MinimumSOC?: number;
  TargetSOC?: number;
  MaximumSOC?: number;
  RemainingTimeToMinimumSOC?: number;
  RemainingTimeToTargetSOC?: number;
  RemainingTimeToMaximumSOC?: number;
  ChargingComplete?: boolean;
  BatteryEnergyCapacity?: RationalNumberType;
  InletHot?: boolean;
}

export interface ChargeLoopResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEStatus?: EVSEStatusType;
  MeterInfo?: MeterInfoType;
  Receipt?: ReceiptType;
}

export interface Scheduled_CLReqControlModeType {
  EVTargetEnergyRequest?: RationalNumberType;
  EVMaximumEnergyRequest?: RationalNumberType;
  EVMinimumEnergyRequest?: RationalNumberType;
}

export interface Scheduled_CLResControlModeType {

}

export interface Dynamic_CLReqControlModeType {
  DepartureTime?: number;
  EVTargetEnergyRequest: RationalNumberType;
  EVMaximumEnergyRequest: RationalNumberType;
  EVMinimumEnergyRequest: RationalNumberType;
}

export interface Dynamic_CLResControlModeType {
  DepartureTime?: number;
  MinimumSOC?: number;
  TargetSOC?: number;
  AckMaxDelay?: number;
}

export interface TargetPositionType {
  TargetOffsetX: number;
  TargetOffsetY: number;
}
