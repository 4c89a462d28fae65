// GENERATED FILE — do not edit. Data types for the `iso20-ac` EXI grammar,
// derived from ../shared/schemas/iso15118-20/V2G_CI_AC.xsd by tools/exi-gen. Regenerate with: npm run gen:exi

/** One global element as the document root. */
export type Document =
  | { AC_CPDReqEnergyTransferMode: AC_CPDReqEnergyTransferModeType }
  | { AC_CPDResEnergyTransferMode: AC_CPDResEnergyTransferModeType }
  | { AC_ChargeLoopReq: AC_ChargeLoopReqType }
  | { AC_ChargeLoopRes: AC_ChargeLoopResType }
  | { AC_ChargeParameterDiscoveryReq: AC_ChargeParameterDiscoveryReqType }
  | { AC_ChargeParameterDiscoveryRes: AC_ChargeParameterDiscoveryResType }
  | { BPT_AC_CPDReqEnergyTransferMode: BPT_AC_CPDReqEnergyTransferModeType }
  | { BPT_AC_CPDResEnergyTransferMode: BPT_AC_CPDResEnergyTransferModeType }
  | { BPT_Dynamic_AC_CLReqControlMode: BPT_Dynamic_AC_CLReqControlModeType }
  | { BPT_Dynamic_AC_CLResControlMode: BPT_Dynamic_AC_CLResControlModeType }
  | { BPT_Scheduled_AC_CLReqControlMode: BPT_Scheduled_AC_CLReqControlModeType }
  | { BPT_Scheduled_AC_CLResControlMode: BPT_Scheduled_AC_CLResControlModeType }
  | { CLReqControlMode: CLReqControlModeType }
  | { CLResControlMode: CLResControlModeType }
  | { CanonicalizationMethod: CanonicalizationMethodType }
  | { DSAKeyValue: DSAKeyValueType }
  | { DigestMethod: DigestMethodType }
  | { DigestValue: string }
  | { Dynamic_AC_CLReqControlMode: Dynamic_AC_CLReqControlModeType }
  | { Dynamic_AC_CLResControlMode: Dynamic_AC_CLResControlModeType }
  | { KeyInfo: KeyInfoType }
  | { KeyName: string }
  | { KeyValue: KeyValueType }
  | { Manifest: ManifestType }
  | { MgmtData: string }
  | { Object: ObjectType }
  | { PGPData: PGPDataType }
  | { RSAKeyValue: RSAKeyValueType }
  | { Reference: ReferenceType }
  | { RetrievalMethod: RetrievalMethodType }
  | { SPKIData: SPKIDataType }
  | { Scheduled_AC_CLReqControlMode: Scheduled_AC_CLReqControlModeType }
  | { Scheduled_AC_CLResControlMode: Scheduled_AC_CLResControlModeType }
  | { Signature: SignatureType }
  | { SignatureMethod: SignatureMethodType }
  | { SignatureProperties: SignaturePropertiesType }
  | { SignatureProperty: SignaturePropertyType }
  | { SignatureValue: SignatureValueType }
  | { SignedInfo: SignedInfoType }
  | { Transform: TransformType }
  | { Transforms: TransformsType }
  | { X509Data: X509DataType };

export const rootElements = ["AC_CPDReqEnergyTransferMode","AC_CPDResEnergyTransferMode","AC_ChargeLoopReq","AC_ChargeLoopRes","AC_ChargeParameterDiscoveryReq","AC_ChargeParameterDiscoveryRes","BPT_AC_CPDReqEnergyTransferMode","BPT_AC_CPDResEnergyTransferMode","BPT_Dynamic_AC_CLReqControlMode","BPT_Dynamic_AC_CLResControlMode","BPT_Scheduled_AC_CLReqControlMode","BPT_Scheduled_AC_CLResControlMode","CLReqControlMode","CLResControlMode","CanonicalizationMethod","DSAKeyValue","DigestMethod","DigestValue","Dynamic_AC_CLReqControlMode","Dynamic_AC_CLResControlMode","KeyInfo","KeyName","KeyValue","Manifest","MgmtData","Object","PGPData","RSAKeyValue","Reference","RetrievalMethod","SPKIData","Scheduled_AC_CLReqControlMode","Scheduled_AC_CLResControlMode","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","Transform","Transforms","X509Data"] as const;

/** Element qnames of the fragment grammar, in event-code order. */
export const fragmentElements = ["AC_CPDReqEnergyTransferMode","AC_CPDResEnergyTransferMode","AC_ChargeLoopReq","AC_ChargeLoopRes","AC_ChargeParameterDiscoveryReq","AC_ChargeParameterDiscoveryRes","AckMaxDelay","AdditionalServicesCosts","Amount","BPT_AC_CPDReqEnergyTransferMode","BPT_AC_CPDResEnergyTransferMode","BPT_DischargedEnergyReadingWh","BPT_Dynamic_AC_CLReqControlMode","BPT_Dynamic_AC_CLResControlMode","BPT_InductiveEnergyReadingVARh","BPT_Scheduled_AC_CLReqControlMode","BPT_Scheduled_AC_CLResControlMode","BatteryEnergyCapacity","CLReqControlMode","CLResControlMode","CanonicalizationMethod","CapacitiveEnergyReadingVARh","ChargedEnergyReadingWh","ChargingComplete","CostPerUnit","DSAKeyValue","DepartureTime","DigestMethod","DigestValue","DisplayParameters","Dynamic_AC_CLReqControlMode","Dynamic_AC_CLResControlMode","EVMaximumChargePower","EVMaximumChargePower_L2","EVMaximumChargePower_L3","EVMaximumDischargePower","EVMaximumDischargePower_L2","EVMaximumDischargePower_L3","EVMaximumEnergyRequest","EVMaximumV2XEnergyRequest","EVMinimumChargePower","EVMinimumChargePower_L2","EVMinimumChargePower_L3","EVMinimumDischargePower","EVMinimumDischargePower_L2","EVMinimumDischargePower_L3","EVMinimumEnergyRequest","EVMinimumV2XEnergyRequest","EVPresentActivePower","EVPresentActivePower_L2","EVPresentActivePower_L3","EVPresentReactivePower","EVPresentReactivePower_L2","EVPresentReactivePower_L3","EVSEMaximumChargePower","EVSEMaximumChargePower_L2","EVSEMaximumChargePower_L3","EVSEMaximumDischargePower","EVSEMaximumDischargePower_L2","EVSEMaximumDischargePower_L3","EVSEMinimumChargePower","EVSEMinimumChargePower_L2","EVSEMinimumChargePower_L3","EVSEMinimumDischargePower","EVSEMinimumDischargePower_L2","EVSEMinimumDischargePower_L3","EVSENominalFrequency","EVSENotification","EVSEPowerRampLimitation","EVSEPresentActivePower","EVSEPresentActivePower_L2","EVSEPresentActivePower_L3","EVSEStatus","EVSETargetActivePower","EVSETargetActivePower_L2","EVSETargetActivePower_L3","EVSETargetFrequency","EVSETargetReactivePower","EVSETargetReactivePower_L2","EVSETargetReactivePower_L3","EVTargetEnergyRequest","EnergyCosts","Exponent","Exponent","G","HMACOutputLength","Header","InletHot","J","KeyInfo","KeyName","KeyValue","Manifest","MaximumPowerAsymmetry","MaximumSOC","MeterID","MeterInfo","MeterInfoRequested","MeterSignature","MeterStatus","MeterTimestamp","MgmtData","MinimumSOC","Modulus","NotificationMaxDelay","Object","OccupancyCosts","OverstayCosts","P","PGPData","PGPKeyID","PGPKeyPacket","PgenCounter","PresentSOC","Q","RSAKeyValue","Receipt","Reference","RemainingTimeToMaximumSOC","RemainingTimeToMinimumSOC","RemainingTimeToTargetSOC","ResponseCode","RetrievalMethod","RootCertificateID","SPKIData","SPKISexp","Scheduled_AC_CLReqControlMode","Scheduled_AC_CLResControlMode","Seed","SessionID","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","TargetSOC","TaxCosts","TaxRuleID","TimeAnchor","TimeStamp","Transform","Transforms","Value","X509CRL","X509Certificate","X509Data","X509IssuerName","X509IssuerSerial","X509SKI","X509SerialNumber","X509SubjectName","XPath","Y"] as const;

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

export interface AC_ChargeParameterDiscoveryReqType {
  Header: MessageHeaderType;
  AC_CPDReqEnergyTransferMode?: AC_CPDReqEnergyTransferModeType;
  BPT_AC_CPDReqEnergyTransferMode?: BPT_AC_CPDReqEnergyTransferModeType;
}

export interface AC_CPDReqEnergyTransferModeType {
  EVMaximumChargePower: RationalNumberType;
  EVMaximumChargePower_L2?: RationalNumberType;
  EVMaximumChargePower_L3?: RationalNumberType;
  EVMinimumChargePower: RationalNumberType;
  EVMinimumChargePower_L2?: RationalNumberType;
  EVMinimumChargePower_L3?: RationalNumberType;
}

export interface RationalNumberType {
  Exponent: number;
  Value: number;
}

export interface ChargeParameterDiscoveryReqType {
  Header: MessageHeaderType;
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

export interface AC_ChargeParameterDiscoveryResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  AC_CPDResEnergyTransferMode?: AC_CPDResEnergyTransferModeType;
  BPT_AC_CPDResEnergyTransferMode?: BPT_AC_CPDResEnergyTransferModeType;
}

export interface AC_CPDResEnergyTransferModeType {
  EVSEMaximumChargePower: RationalNumberType;
  EVSEMaximumChargePower_L2?: RationalNumberType;
  EVSEMaximumChargePower_L3?: RationalNumberType;
  EVSEMinimumChargePower: RationalNumberType;
  EVSEMinimumChargePower_L2?: RationalNumberType;
  EVSEMinimumChargePower_L3?: RationalNumberType;
  EVSENominalFrequency: RationalNumberType;
  MaximumPowerAsymmetry?: RationalNumberType;
  EVSEPowerRampLimitation?: RationalNumberType;
  EVSEPresentActivePower?: RationalNumberType;
  EVSEPresentActivePower_L2?: RationalNumberType;
  EVSEPresentActivePower_L3?: RationalNumberType;
}

export interface ChargeParameterDiscoveryResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
}

export interface V2GResponseType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
}

export interface AC_ChargeLoopReqType {
  Header: MessageHeaderType;
  DisplayParameters?: DisplayParametersType;
  MeterInfoRequested: boolean;
  BPT_Dynamic_AC_CLReqControlMode?: BPT_Dynamic_AC_CLReqControlModeType;
  BPT_Scheduled_AC_CLReqControlMode?: BPT_Scheduled_AC_CLReqControlModeType;
  CLReqControlMode?: CLReqControlModeType;
  Dynamic_AC_CLReqControlMode?: Dynamic_AC_CLReqControlModeType;
  Scheduled_AC_CLReqControlMode?: Scheduled_AC_CLReqControlModeType;
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

export interface AC_ChargeLoopResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEStatus?: EVSEStatusType;
  MeterInfo?: MeterInfoType;
  Receipt?: ReceiptType;
  EVSETargetFrequency?: RationalNumberType;
  BPT_Dynamic_AC_CLResControlMode?: BPT_Dynamic_AC_CLResControlModeType;
  BPT_Scheduled_AC_CLResControlMode?: BPT_Scheduled_AC_CLResControlModeType;
  CLResControlMode?: CLResControlModeType;
  Dynamic_AC_CLResControlMode?: Dynamic_AC_CLResControlModeType;
  Scheduled_AC_CLResControlMode?: Scheduled_AC_CLResControlModeType;
}

export interface ChargeLoopResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEStatus?: EVSEStatusType;
  MeterInfo?: MeterInfoType;
  Receipt?: ReceiptType;
}

export interface EVSEStatusType {
  NotificationMaxDelay: number;
  EVSENotification: "Pause" | "ExitStandby" | "Terminate" | "ScheduleRenegotiation" | "ServiceRenegotiation" | "MeteringConfirmation";
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

export interface BPT_AC_CPDReqEnergyTransferModeType {
  EVMaximumChargePower: RationalNumberType;
  EVMaximumChargePower_L2?: RationalNumberType;
  EVMaximumChargePower_L3?: RationalNumberType;
  EVMinimumChargePower: RationalNumberType;
  EVMinimumChargePower_L2?: RationalNumberType;
  EVMinimumChargePower_L3?: RationalNumberType;
  EVMaximumDischargePower: RationalNumberType;
  EVMaximumDischargePower_L2?: RationalNumberType;
  EVMaximumDischargePower_L3?: RationalNumberType;
  EVMinimumDischargePower: RationalNumberType;
  EVMinimumDischargePower_L2?: RationalNumberType;
  EVMinimumDischargePower_L3?: RationalNumberType;
}

export interface BPT_AC_CPDResEnergyTransferModeType {
  EVSEMaximumChargePower: RationalNumberType;
  EVSEMaximumChargePower_L2?: RationalNumberType;
  EVSEMaximumChargePower_L3?: RationalNumberType;
  EVSEMinimumChargePower: RationalNumberType;
  EVSEMinimumChargePower_L2?: RationalNumberType;
  EVSEMinimumChargePower_L3?: RationalNumberType;
  EVSENominalFrequency: RationalNumberType;
  MaximumPowerAsymmetry?: RationalNumberType;
  EVSEPowerRampLimitation?: RationalNumberType;
  EVSEPresentActivePower?: RationalNumberType;
  EVSEPresentActivePower_L2?: RationalNumberType;
  EVSEPresentActivePower_L3?: RationalNumberType;
  EVSEMaximumDischargePower: RationalNumberType;
  EVSEMaximumDischargePower_L2?: RationalNumberType;
  EVSEMaximumDischargePower_L3?: RationalNumberType;
  EVSEMinimumDischargePower: RationalNumberType;
  EVSEMinimumDischargePower_L2?: RationalNumberType;
  EVSEMinimumDischargePower_L3?: RationalNumberType;
}

export interface Scheduled_AC_CLReqControlModeType {
  EVTargetEnergyRequest?: RationalNumberType;
  EVMaximumEnergyRequest?: RationalNumberType;
  EVMinimumEnergyRequest?: RationalNumberType;
  EVMaximumChargePower?: RationalNumberType;
  EVMaximumChargePower_L2?: RationalNumberType;
  EVMaximumChargePower_L3?: RationalNumberType;
  EVMinimumChargePower?: RationalNumberType;
  EVMinimumChargePower_L2?: RationalNumberType;
  EVMinimumChargePower_L3?: RationalNumberType;
  EVPresentActivePower: RationalNumberType;
  EVPresentActivePower_L2?: RationalNumberType;
  EVPresentActivePower_L3?: RationalNumberType;
  EVPresentReactivePower?: RationalNumberType;
  EVPresentReactivePower_L2?: RationalNumberType;
  EVPresentReactivePower_L3?: RationalNumberType;
}

export interface Scheduled_CLReqControlModeType {
  EVTargetEnergyRequest?: RationalNumberType;
  EVMaximumEnergyRequest?: RationalNumberType;
  EVMinimumEnergyRequest?: RationalNumberType;
}

export interface Scheduled_AC_CLResControlModeType {
  EVSETargetActivePower?: RationalNumberType;
  EVSETargetActivePower_L2?: RationalNumberType;
  EVSETargetActivePower_L3?: RationalNumberType;
  EVSETargetReactivePower?: RationalNumberType;
  EVSETargetReactivePower_L2?: RationalNumberType;
  EVSETargetReactivePower_L3?: RationalNumberType;
  EVSEPresentActivePower?: RationalNumberType;
  EVSEPresentActivePower_L2?: RationalNumberType;
  EVSEPresentActivePower_L3?: RationalNumberType;
}

export interface Scheduled_CLResControlModeType {

}

export interface BPT_Scheduled_AC_CLReqControlModeType {
  EVTargetEnergyRequest?: RationalNumberType;
  EVMaximumEnergyRequest?: RationalNumberType;
  EVMinimumEnergyRequest?: RationalNumberType;
  EVMaximumChargePower?: RationalNumberType;
  EVMaximumChargePower_L2?: RationalNumberType;
  EVMaximumChargePower_L3?: RationalNumberType;
  EVMinimumChargePower?: RationalNumberType;
  EVMinimumChargePower_L2?: RationalNumberType;
  EVMinimumChargePower_L3?: RationalNumberType;
  EVPresentActivePower: RationalNumberType;
  EVPresentActivePower_L2?: RationalNumberType;
  EVPresentActivePower_L3?: RationalNumberType;
  EVPresentReactivePower?: RationalNumberType;
  EVPresentReactivePower_L2?: RationalNumberType;
  EVPresentReactivePower_L3?: RationalNumberType;
  EVMaximumDischargePower?: RationalNumberType;
  EVMaximumDischargePower_L2?: RationalNumberType;
  EVMaximumDischargePower_L3?: RationalNumberType;
  EVMinimumDischargePower?: RationalNumberType;
  EVMinimumDischargePower_L2?: RationalNumberType;
  EVMinimumDischargePower_L3?: RationalNumberType;
}

export interface BPT_Scheduled_AC_CLResControlModeType {
  EVSETargetActivePower?: RationalNumberType;
  EVSETargetActivePower_L2?: RationalNumberType;
  EVSETargetActivePower_L3?: RationalNumberType;
  EVSETargetReactivePower?: RationalNumberType;
  EVSETargetReactivePower_L2?: RationalNumberType;
  EVSETargetReactivePower_L3?: RationalNumberType;
  EVSEPresentActivePower?: RationalNumberType;
  EVSEPresentActivePower_L2?: RationalNumberType;
  EVSEPresentActivePower_L3?: RationalNumberType;
}

export interface Dynamic_AC_CLReqControlModeType {
  DepartureTime?: number;
  EVTargetEnergyRequest: RationalNumberType;
  EVMaximumEnergyRequest: RationalNumberType;
  EVMinimumEnergyRequest: RationalNumberType;
  EVMaximumChargePower: RationalNumberType;
  EVMaximumChargePower_L2?: RationalNumberType;
  EVMaximumChargePower_L3?: RationalNumberType;
  EVMinimumChargePower: RationalNumberType;
  EVMinimumChargePower_L2?: RationalNumberType;
  EVMinimumChargePower_L3?: RationalNumberType;
  EVPresentActivePower: RationalNumberType;
  EVPresentActivePower_L2?: RationalNumberType;
  EVPresentActivePower_L3?: RationalNumberType;
  EVPresentReactivePower: RationalNumberType;
  EVPresentReactivePower_L2?: RationalNumberType;
  EVPresentReactivePower_L3?: RationalNumberType;
}

export interface Dynamic_CLReqControlModeType {
  DepartureTime?: number;
  EVTargetEnergyRequest: RationalNumberType;
  EVMaximumEnergyRequest: RationalNumberType;
  EVMinimumEnergyRequest: RationalNumberType;
}

export interface Dynamic_AC_CLResControlModeType {
  DepartureTime?: number;
  MinimumSOC?: number;
  TargetSOC?: number;
  AckMaxDelay?: number;
  EVSETargetActivePower: RationalNumberType;
  EVSETargetActivePower_L2?: RationalNumberType;
  EVSETargetActivePower_L3?: RationalNumberType;
  EVSETargetReactivePower?: RationalNumberType;
  EVSETargetReactivePower_L2?: RationalNumberType;
  EVSETargetReactivePower_L3?: RationalNumberType;
  EVSEPresentActivePower?: RationalNumberType;
  EVSEPresentActivePower_L2?: RationalNumberType;
  EVSEPresentActivePower_L3?: RationalNumberType;
}

export interface Dynamic_CLResControlModeType {
  DepartureTime?: number;
  MinimumSOC?: number;
  TargetSOC?: number;
  AckMaxDelay?: number;
}

export interface BPT_Dynamic_AC_CLReqControlModeType {
  DepartureTime?: number;
  EVTargetEnergyRequest: RationalNumberType;
  EVMaximumEnergyRequest: RationalNumberType;
  EVMinimumEnergyRequest: RationalNumberType;
  EVMaximumChargePower: RationalNumberType;
  EVMaximumChargePower_L2?: RationalNumberType;
  EVMaximumChargePower_L3?: RationalNumberType;
  EVMinimumChargePower: RationalNumberType;
  EVMinimumChargePower_L2?: RationalNumberType;
  EVMinimumChargePower_L3?: RationalNumberType;
  EVPresentActivePower: RationalNumberType;
  EVPresentActivePower_L2?: RationalNumberType;
  EVPresentActivePower_L3?: RationalNumberType;
  EVPresentReactivePower: RationalNumberType;
  EVPresentReactivePower_L2?: RationalNumberType;
  EVPresentReactivePower_L3?: RationalNumberType;
  EVMaximumDischargePower: RationalNumberType;
  EVMaximumDischargePower_L2?: RationalNumberType;
  EVMaximumDischargePower_L3?: RationalNumberType;
  EVMinimumDischargePower: RationalNumberType;
  EVMinimumDischargePower_L2?: RationalNumberType;
  EVMinimumDischargePower_L3?: RationalNumberType;
  EVMaximumV2XEnergyRequest?: RationalNumberType;
  EVMinimumV2XEnergyRequest?: RationalNumberType;
}

export interface BPT_Dynamic_AC_CLResControlModeType {
  DepartureTime?: number;
  MinimumSOC?: number;
  TargetSOC?: number;
  AckMaxDelay?: number;
  EVSETargetActivePower: RationalNumberType;
  EVSETargetActivePower_L2?: RationalNumberType;
  EVSETargetActivePower_L3?: RationalNumberType;
  EVSETargetReactivePower?: RationalNumberType;
  EVSETargetReactivePower_L2?: RationalNumberType;
  EVSETargetReactivePower_L3?: RationalNumberType;
  EVSEPresentActivePower?: RationalNumberType;
  EVSEPresentActivePower_L2?: RationalNumberType;
  EVSEPresentActivePower_L3?: RationalNumberType;
}

export interface ListOfRootCertificateIDsType {
  RootCertificateID: Array<X509IssuerSerialType>;
}
