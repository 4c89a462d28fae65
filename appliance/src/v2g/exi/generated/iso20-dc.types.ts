// GENERATED FILE — do not edit. Data types for the `iso20-dc` EXI grammar,
// derived from ../shared/schemas/iso15118-20/V2G_CI_DC.xsd by tools/exi-gen. Regenerate with: npm run gen:exi

/** One global element as the document root. */
export type Document =
  | { BPT_DC_CPDReqEnergyTransferMode: BPT_DC_CPDReqEnergyTransferModeType }
  | { BPT_DC_CPDResEnergyTransferMode: BPT_DC_CPDResEnergyTransferModeType }
  | { BPT_Dynamic_DC_CLReqControlMode: BPT_Dynamic_DC_CLReqControlModeType }
  | { BPT_Dynamic_DC_CLResControlMode: BPT_Dynamic_DC_CLResControlModeType }
  | { BPT_Scheduled_DC_CLReqControlMode: BPT_Scheduled_DC_CLReqControlModeType }
  | { BPT_Scheduled_DC_CLResControlMode: BPT_Scheduled_DC_CLResControlModeType }
  | { CLReqControlMode: CLReqControlModeType }
  | { CLResControlMode: CLResControlModeType }
  | { CanonicalizationMethod: CanonicalizationMethodType }
  | { DC_CPDReqEnergyTransferMode: DC_CPDReqEnergyTransferModeType }
  | { DC_CPDResEnergyTransferMode: DC_CPDResEnergyTransferModeType }
  | { DC_CableCheckReq: DC_CableCheckReqType }
  | { DC_CableCheckRes: DC_CableCheckResType }
  | { DC_ChargeLoopReq: DC_ChargeLoopReqType }
  | { DC_ChargeLoopRes: DC_ChargeLoopResType }
  | { DC_ChargeParameterDiscoveryReq: DC_ChargeParameterDiscoveryReqType }
  | { DC_ChargeParameterDiscoveryRes: DC_ChargeParameterDiscoveryResType }
  | { DC_PreChargeReq: DC_PreChargeReqType }
  | { DC_PreChargeRes: DC_PreChargeResType }
  | { DC_WeldingDetectionReq: DC_WeldingDetectionReqType }
  | { DC_WeldingDetectionRes: DC_WeldingDetectionResType }
  | { DSAKeyValue: DSAKeyValueType }
  | { DigestMethod: DigestMethodType }
  | { DigestValue: string }
  | { Dynamic_DC_CLReqControlMode: Dynamic_DC_CLReqControlModeType }
  | { Dynamic_DC_CLResControlMode: Dynamic_DC_CLResControlModeType }
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
  | { Scheduled_DC_CLReqControlMode: Scheduled_DC_CLReqControlModeType }
  | { Scheduled_DC_CLResControlMode: Scheduled_DC_CLResControlModeType }
  | { Signature: SignatureType }
  | { SignatureMethod: SignatureMethodType }
  | { SignatureProperties: SignaturePropertiesType }
  | { SignatureProperty: SignaturePropertyType }
  | { SignatureValue: SignatureValueType }
  | { SignedInfo: SignedInfoType }
  | { Transform: TransformType }
  | { Transforms: TransformsType }
  | { X509Data: X509DataType };

export const rootElements = ["BPT_DC_CPDReqEnergyTransferMode","BPT_DC_CPDResEnergyTransferMode","BPT_Dynamic_DC_CLReqControlMode","BPT_Dynamic_DC_CLResControlMode","BPT_Scheduled_DC_CLReqControlMode","BPT_Scheduled_DC_CLResControlMode","CLReqControlMode","CLResControlMode","CanonicalizationMethod","DC_CPDReqEnergyTransferMode","DC_CPDResEnergyTransferMode","DC_CableCheckReq","DC_CableCheckRes","DC_ChargeLoopReq","DC_ChargeLoopRes","DC_ChargeParameterDiscoveryReq","DC_ChargeParameterDiscoveryRes","DC_PreChargeReq","DC_PreChargeRes","DC_WeldingDetectionReq","DC_WeldingDetectionRes","DSAKeyValue","DigestMethod","DigestValue","Dynamic_DC_CLReqControlMode","Dynamic_DC_CLResControlMode","KeyInfo","KeyName","KeyValue","Manifest","MgmtData","Object","PGPData","RSAKeyValue","Reference","RetrievalMethod","SPKIData","Scheduled_DC_CLReqControlMode","Scheduled_DC_CLResControlMode","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","Transform","Transforms","X509Data"] as const;

/** Element qnames of the fragment grammar, in event-code order. */
export const fragmentElements = ["AckMaxDelay","AdditionalServicesCosts","Amount","BPT_DC_CPDReqEnergyTransferMode","BPT_DC_CPDResEnergyTransferMode","BPT_DischargedEnergyReadingWh","BPT_Dynamic_DC_CLReqControlMode","BPT_Dynamic_DC_CLResControlMode","BPT_InductiveEnergyReadingVARh","BPT_Scheduled_DC_CLReqControlMode","BPT_Scheduled_DC_CLResControlMode","BatteryEnergyCapacity","CLReqControlMode","CLResControlMode","CanonicalizationMethod","CapacitiveEnergyReadingVARh","ChargedEnergyReadingWh","ChargingComplete","CostPerUnit","DC_CPDReqEnergyTransferMode","DC_CPDResEnergyTransferMode","DC_CableCheckReq","DC_CableCheckRes","DC_ChargeLoopReq","DC_ChargeLoopRes","DC_ChargeParameterDiscoveryReq","DC_ChargeParameterDiscoveryRes","DC_PreChargeReq","DC_PreChargeRes","DC_WeldingDetectionReq","DC_WeldingDetectionRes","DSAKeyValue","DepartureTime","DigestMethod","DigestValue","DisplayParameters","Dynamic_DC_CLReqControlMode","Dynamic_DC_CLResControlMode","EVMaximumChargeCurrent","EVMaximumChargePower","EVMaximumDischargeCurrent","EVMaximumDischargePower","EVMaximumEnergyRequest","EVMaximumV2XEnergyRequest","EVMaximumVoltage","EVMinimumChargeCurrent","EVMinimumChargePower","EVMinimumDischargeCurrent","EVMinimumDischargePower","EVMinimumEnergyRequest","EVMinimumV2XEnergyRequest","EVMinimumVoltage","EVPresentVoltage","EVProcessing","EVSECurrentLimitAchieved","EVSEMaximumChargeCurrent","EVSEMaximumChargePower","EVSEMaximumDischargeCurrent","EVSEMaximumDischargePower","EVSEMaximumVoltage","EVSEMinimumChargeCurrent","EVSEMinimumChargePower","EVSEMinimumDischargeCurrent","EVSEMinimumDischargePower","EVSEMinimumVoltage","EVSENotification","EVSEPowerLimitAchieved","EVSEPowerRampLimitation","EVSEPresentCurrent","EVSEPresentVoltage","EVSEProcessing","EVSEStatus","EVSEVoltageLimitAchieved","EVTargetCurrent","EVTargetEnergyRequest","EVTargetVoltage","EnergyCosts","Exponent","Exponent","G","HMACOutputLength","Header","InletHot","J","KeyInfo","KeyName","KeyValue","Manifest","MaximumSOC","MeterID","MeterInfo","MeterInfoRequested","MeterSignature","MeterStatus","MeterTimestamp","MgmtData","MinimumSOC","Modulus","NotificationMaxDelay","Object","OccupancyCosts","OverstayCosts","P","PGPData","PGPKeyID","PGPKeyPacket","PgenCounter","PresentSOC","Q","RSAKeyValue","Receipt","Reference","RemainingTimeToMaximumSOC","RemainingTimeToMinimumSOC","RemainingTimeToTargetSOC","ResponseCode","RetrievalMethod","RootCertificateID","SPKIData","SPKISexp","Scheduled_DC_CLReqControlMode","Scheduled_DC_CLResControlMode","Seed","SessionID","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","TargetSOC","TargetSOC","TaxCosts","TaxRuleID","TimeAnchor","TimeStamp","Transform","Transforms","Value","X509CRL","X509Certificate","X509Data","X509IssuerName","X509IssuerSerial","X509SKI","X509SerialNumber","X509SubjectName","XPath","Y"] as const;

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

export interface DC_ChargeParameterDiscoveryReqType {
  Header: MessageHeaderType;
  BPT_DC_CPDReqEnergyTransferMode?: BPT_DC_CPDReqEnergyTransferModeType;
  DC_CPDReqEnergyTransferMode?: DC_CPDReqEnergyTransferModeType;
}

export interface DC_CPDReqEnergyTransferModeType {
  EVMaximumChargePower: RationalNumberType;
  EVMinimumChargePower: RationalNumberType;
  EVMaximumChargeCurrent: RationalNumberType;
  EVMinimumChargeCurrent: RationalNumberType;
  EVMaximumVoltage: RationalNumberType;
  EVMinimumVoltage: RationalNumberType;
  TargetSOC?: number;
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

export interface DC_ChargeParameterDiscoveryResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  BPT_DC_CPDResEnergyTransferMode?: BPT_DC_CPDResEnergyTransferModeType;
  DC_CPDResEnergyTransferMode?: DC_CPDResEnergyTransferModeType;
}

export interface DC_CPDResEnergyTransferModeType {
  EVSEMaximumChargePower: RationalNumberType;
  EVSEMinimumChargePower: RationalNumberType;
  EVSEMaximumChargeCurrent: RationalNumberType;
  EVSEMinimumChargeCurrent: RationalNumberType;
  EVSEMaximumVoltage: RationalNumberType;
  EVSEMinimumVoltage: RationalNumberType;
  EVSEPowerRampLimitation?: RationalNumberType;
}

export interface ChargeParameterDiscoveryResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
}

export interface V2GResponseType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
}

export interface DC_CableCheckReqType {
  Header: MessageHeaderType;
}

export interface DC_CableCheckResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
}

export interface DC_PreChargeReqType {
  Header: MessageHeaderType;
  EVProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
  EVPresentVoltage: RationalNumberType;
  EVTargetVoltage: RationalNumberType;
}

export interface DC_PreChargeResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEPresentVoltage: RationalNumberType;
}

export interface DC_ChargeLoopReqType {
  Header: MessageHeaderType;
  DisplayParameters?: DisplayParametersType;
  MeterInfoRequested: boolean;
  EVPresentVoltage: RationalNumberType;
  BPT_Dynamic_DC_CLReqControlMode?: BPT_Dynamic_DC_CLReqControlModeType;
  BPT_Scheduled_DC_CLReqControlMode?: BPT_Scheduled_DC_CLReqControlModeType;
  CLReqControlMode?: CLReqControlModeType;
  Dynamic_DC_CLReqControlMode?: Dynamic_DC_CLReqControlModeType;
  Scheduled_DC_CLReqControlMode?: Scheduled_DC_CLReqControlModeType;
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

export interface DC_ChargeLoopResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEStatus?: EVSEStatusType;
  MeterInfo?: MeterInfoType;
  Receipt?: ReceiptType;
  EVSEPresentCurrent: RationalNumberType;
  EVSEPresentVoltage: RationalNumberType;
  EVSEPowerLimitAchieved: boolean;
  EVSECurrentLimitAchieved: boolean;
  EVSEVoltageLimitAchieved: boolean;
  BPT_Dynamic_DC_CLResControlMode?: BPT_Dynamic_DC_CLResControlModeType;
  BPT_Scheduled_DC_CLResControlMode?: BPT_Scheduled_DC_CLResControlModeType;
  CLResControlMode?: CLResControlModeType;
  Dynamic_DC_CLResControlMode?: Dynamic_DC_CLResControlModeType;
  Scheduled_DC_CLResControlMode?: Scheduled_DC_CLResControlModeType;
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

export interface DC_WeldingDetectionReqType {
  Header: MessageHeaderType;
  EVProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
}

export interface DC_WeldingDetectionResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEPresentVoltage: RationalNumberType;
}

export interface BPT_DC_CPDReqEnergyTransferModeType {
  EVMaximumChargePower: RationalNumberType;
  EVMinimumChargePower: RationalNumberType;
  EVMaximumChargeCurrent: RationalNumberType;
  EVMinimumChargeCurrent: RationalNumberType;
  EVMaximumVoltage: RationalNumberType;
  EVMinimumVoltage: RationalNumberType;
  TargetSOC?: number;
  EVMaximumDischargePower: RationalNumberType;
  EVMinimumDischargePower: RationalNumberType;
  EVMaximumDischargeCurrent: RationalNumberType;
  EVMinimumDischargeCurrent: RationalNumberType;
}

export interface BPT_DC_CPDResEnergyTransferModeType {
  EVSEMaximumChargePower: RationalNumberType;
  EVSEMinimumChargePower: RationalNumberType;
  EVSEMaximumChargeCurrent: RationalNumberType;
  EVSEMinimumChargeCurrent: RationalNumberType;
  EVSEMaximumVoltage: RationalNumberType;
  EVSEMinimumVoltage: RationalNumberType;
  EVSEPowerRampLimitation?: RationalNumberType;
  EVSEMaximumDischargePower: RationalNumberType;
  EVSEMinimumDischargePower: RationalNumberType;
  EVSEMaximumDischargeCurrent: RationalNumberType;
  EVSEMinimumDischargeCurrent: RationalNumberType;
}

export interface Scheduled_DC_CLReqControlModeType {
  EVTargetEnergyRequest?: RationalNumberType;
  EVMaximumEnergyRequest?: RationalNumberType;
  EVMinimumEnergyRequest?: RationalNumberType;
  EVTargetCurrent: RationalNumberType;
  EVTargetVoltage: RationalNumberType;
  EVMaximumChargePower?: RationalNumberType;
  EVMinimumChargePower?: RationalNumberType;
  EVMaximumChargeCurrent?: RationalNumberType;
  EVMaximumVoltage?: RationalNumberType;
  EVMinimumVoltage?: RationalNumberType;
}

export interface Scheduled_CLReqControlModeType {
  EVTargetEnergyRequest?: RationalNumberType;
  EVMaximumEnergyRequest?: RationalNumberType;
  EVMinimumEnergyRequest?: RationalNumberType;
}

export interface Scheduled_DC_CLResControlModeType {
  EVSEMaximumChargePower?: RationalNumberType;
  EVSEMinimumChargePower?: RationalNumberType;
  EVSEMaximumChargeCurrent?: RationalNumberType;
  EVSEMaximumVoltage?: RationalNumberType;
}

export interface Scheduled_CLResControlModeType {

}

export interface BPT_Scheduled_DC_CLReqControlModeType {
  EVTargetEnergyRequest?: RationalNumberType;
  EVMaximumEnergyRequest?: RationalNumberType;
  EVMinimumEnergyRequest?: RationalNumberType;
  EVTargetCurrent: RationalNumberType;
  EVTargetVoltage: RationalNumberType;
  EVMaximumChargePower?: RationalNumberType;
  EVMinimumChargePower?: RationalNumberType;
  EVMaximumChargeCurrent?: RationalNumberType;
  EVMaximumVoltage?: RationalNumberType;
  EVMinimumVoltage?: RationalNumberType;
  EVMaximumDischargePower?: RationalNumberType;
  EVMinimumDischargePower?: RationalNumberType;
  EVMaximumDischargeCurrent?: RationalNumberType;
}

export interface BPT_Scheduled_DC_CLResControlModeType {
  EVSEMaximumChargePower?: RationalNumberType;
  EVSEMinimumChargePower?: RationalNumberType;
  EVSEMaximumChargeCurrent?: RationalNumberType;
  EVSEMaximumVoltage?: RationalNumberType;
  EVSEMaximumDischargePower?: RationalNumberType;
  EVSEMinimumDischargePower?: RationalNumberType;
  EVSEMaximumDischargeCurrent?: RationalNumberType;
  EVSEMinimumVoltage?: RationalNumberType;
}

export interface Dynamic_DC_CLReqControlModeType {
  DepartureTime?: number;
  EVTargetEnergyRequest: RationalNumberType;
  EVMaximumEnergyRequest: RationalNumberType;
  EVMinimumEnergyRequest: RationalNumberType;
  EVMaximumChargePower: RationalNumberType;
  EVMinimumChargePower: RationalNumberType;
  EVMaximumChargeCurrent: RationalNumberType;
  EVMaximumVoltage: RationalNumberType;
  EVMinimumVoltage: RationalNumberType;
}

export interface Dynamic_CLReqControlModeType {
  DepartureTime?: number;
  EVTargetEnergyRequest: RationalNumberType;
  EVMaximumEnergyRequest: RationalNumberType;
  EVMinimumEnergyRequest: RationalNumberType;
}

export interface Dynamic_DC_CLResControlModeType {
  DepartureTime?: number;
  MinimumSOC?: number;
  TargetSOC?: number;
  AckMaxDelay?: number;
  EVSEMaximumChargePower: RationalNumberType;
  EVSEMinimumChargePower: RationalNumberType;
  EVSEMaximumChargeCurrent: RationalNumberType;
  EVSEMaximumVoltage: RationalNumberType;
}

export interface Dynamic_CLResControlModeType {
  DepartureTime?: number;
  MinimumSOC?: number;
  TargetSOC?: number;
  AckMaxDelay?: number;
}

export interface BPT_Dynamic_DC_CLReqControlModeType {
  DepartureTime?: number;
  EVTargetEnergyRequest: RationalNumberType;
  EVMaximumEnergyRequest: RationalNumberType;
  EVMinimumEnergyRequest: RationalNumberType;
  EVMaximumChargePower: RationalNumberType;
  EVMinimumChargePower: RationalNumberType;
  EVMaximumChargeCurrent: RationalNumberType;
  EVMaximumVoltage: RationalNumberType;
  EVMinimumVoltage: RationalNumberType;
  EVMaximumDischargePower: RationalNumberType;
  EVMinimumDischargePower: RationalNumberType;
  EVMaximumDischargeCurrent: RationalNumberType;
  EVMaximumV2XEnergyRequest?: RationalNumberType;
  EVMinimumV2XEnergyRequest?: RationalNumberType;
}

export interface BPT_Dynamic_DC_CLResControlModeType {
  DepartureTime?: number;
  MinimumSOC?: number;
  TargetSOC?: number;
  AckMaxDelay?: number;
  EVSEMaximumChargePower: RationalNumberType;
  EVSEMinimumChargePower: RationalNumberType;
  EVSEMaximumChargeCurrent: RationalNumberType;
  EVSEMaximumVoltage: RationalNumberType;
  EVSEMaximumDischargePower: RationalNumberType;
  EVSEMinimumDischargePower: RationalNumberType;
  EVSEMaximumDischargeCurrent: RationalNumberType;
  EVSEMinimumVoltage: RationalNumberType;
}

export interface ListOfRootCertificateIDsType {
  RootCertificateID: Array<X509IssuerSerialType>;
}
