// GENERATED FILE — do not edit. Data types for the `iso20-wpt` EXI grammar,
// derived from ../shared/schemas/iso15118-20/V2G_CI_WPT.xsd by tools/exi-gen. Regenerate with: npm run gen:exi

/** One global element as the document root. */
export type Document =
  | { CLReqControlMode: CLReqControlModeType }
  | { CLResControlMode: CLResControlModeType }
  | { CanonicalizationMethod: CanonicalizationMethodType }
  | { DSAKeyValue: DSAKeyValueType }
  | { DigestMethod: DigestMethodType }
  | { DigestValue: string }
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
  | { Signature: SignatureType }
  | { SignatureMethod: SignatureMethodType }
  | { SignatureProperties: SignaturePropertiesType }
  | { SignatureProperty: SignaturePropertyType }
  | { SignatureValue: SignatureValueType }
  | { SignedInfo: SignedInfoType }
  | { Transform: TransformType }
  | { Transforms: TransformsType }
  | { WPT_AlignmentCheckReq: WPT_AlignmentCheckReqType }
  | { WPT_AlignmentCheckRes: WPT_AlignmentCheckResType }
  | { WPT_ChargeLoopReq: WPT_ChargeLoopReqType }
  | { WPT_ChargeLoopRes: WPT_ChargeLoopResType }
  | { WPT_ChargeParameterDiscoveryReq: WPT_ChargeParameterDiscoveryReqType }
  | { WPT_ChargeParameterDiscoveryRes: WPT_ChargeParameterDiscoveryResType }
  | { WPT_FinePositioningReq: WPT_FinePositioningReqType }
  | { WPT_FinePositioningRes: WPT_FinePositioningResType }
  | { WPT_FinePositioningSetupReq: WPT_FinePositioningSetupReqType }
  | { WPT_FinePositioningSetupRes: WPT_FinePositioningSetupResType }
  | { WPT_PairingReq: WPT_PairingReqType }
  | { WPT_PairingRes: WPT_PairingResType }
  | { X509Data: X509DataType };

export const rootElements = ["CLReqControlMode","CLResControlMode","CanonicalizationMethod","DSAKeyValue","DigestMethod","DigestValue","KeyInfo","KeyName","KeyValue","Manifest","MgmtData","Object","PGPData","RSAKeyValue","Reference","RetrievalMethod","SPKIData","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","Transform","Transforms","WPT_AlignmentCheckReq","WPT_AlignmentCheckRes","WPT_ChargeLoopReq","WPT_ChargeLoopRes","WPT_ChargeParameterDiscoveryReq","WPT_ChargeParameterDiscoveryRes","WPT_FinePositioningReq","WPT_FinePositioningRes","WPT_FinePositioningSetupReq","WPT_FinePositioningSetupRes","WPT_PairingReq","WPT_PairingRes","X509Data"] as const;

/** Element qnames of the fragment grammar, in event-code order. */
export const fragmentElements = ["AckMaxDelay","AdditionalServicesCosts","AlternativeSECC","AlternativeSECCList","Amount","BPT_DischargedEnergyReadingWh","BPT_InductiveEnergyReadingVARh","BSSID","BatteryEnergyCapacity","CLReqControlMode","CLResControlMode","CanonicalizationMethod","CapacitiveEnergyReadingVARh","ChargedEnergyReadingWh","ChargingComplete","Coord_X","Coord_Y","Coord_Z","CostPerUnit","DSAKeyValue","DepartureTime","DigestMethod","DigestValue","DisplayParameters","EIRP","EVDeviceAlignmentCheckMethodList","EVDeviceFinePositioningMethodList","EVDevicePairingMethodList","EVMaximumEnergyRequest","EVMinimumEnergyRequest","EVPCChargeDiagnostics","EVPCCoilCurrentInformation","EVPCCoilCurrentRequest","EVPCCurrentOutputInformation","EVPCDeviceLocalControl","EVPCMaxReceivablePower","EVPCNaturalFrequency","EVPCOperatingFrequency","EVPCPowerControlParameter","EVPCPowerOutput","EVPCPowerRequest","EVPCVoltageOutputInformation","EVProcessing","EVResultCode","EVSENotification","EVSEProcessing","EVSEStatus","EVTargetEnergyRequest","EnergyCosts","Exponent","Exponent","G","HMACOutputLength","Header","IPAddress","IndexNumber","InletHot","J","KeyInfo","KeyName","KeyValue","LF_ReceiverSetupData","LF_RxData","LF_SystemSetupData","LF_TransmitterSetupData","LF_TxData","Manifest","ManufacturerSpecificDataContainer","MaximumSOC","MeterID","MeterInfo","MeterInfoRequested","MeterSignature","MeterStatus","MeterTimestamp","MgmtData","MinimumSOC","Modulus","NaturalOffset","NotificationMaxDelay","NumPackages","NumberOfReceivers","NumberOfTransmitters","Object","ObservedIDCode","OccupancyCosts","OverstayCosts","P","PDInputPowerClass","PDMaxCoilCurrent","PDMinCoilCurrent","PGPData","PGPKeyID","PGPKeyPacket","PackageIndex","PackageSeparationTime","PgenCounter","Port","PowerTransmitted","PresentSOC","PrimaryDeviceAlignmentCheckMethodList","PrimaryDeviceFinePositioningMethodList","PrimaryDevicePairingMethodList","PulseDuration","PulseSeparationTime","PulseSequenceOrder","Q","RSAKeyValue","RSSI","RSSIData","RSSIDataList","Receipt","Reference","RemainingTimeToMaximumSOC","RemainingTimeToMinimumSOC","RemainingTimeToTargetSOC","ResponseCode","RetrievalMethod","RootCertificateID","RxIdentifier","RxSpecData","SDManufacturerSpecificDataContainer","SDMaxGroundClearanceSupport","SDMaxGroundClearence","SDMaxOutputPower","SDMinGroundClearanceSupport","SDMinGroundClearence","SDMinOutputPower","SDPowerInput","SPCChargeDiagnostics","SPCMaxOutputPowerLimit","SPCMinOutputPowerLimit","SPCOperatingFrequency","SPCPowerControlParameter","SPCPrimaryDeviceCoilCurrentInformation","SPKIData","SPKISexp","SSID","Seed","SessionID","SignalFrequency","Signature","SignatureMethod","SignatureProperties","SignatureProperty","SignatureValue","SignedInfo","SupplyDeviceCurrent","TargetCoilCurrent","TargetSOC","TaxCosts","TaxRuleID","TimeAnchor","TimeStamp","Transform","Transforms","TxIdentifier","TxPackageSpecData","TxRxIdentifier","TxRxOrientation","TxRxPosition","TxSpecData","Value","VendorSpecificDataContainer","WPT_AlignmentCheckMethod","WPT_AlignmentCheckReq","WPT_AlignmentCheckRes","WPT_ChargeLoopReq","WPT_ChargeLoopRes","WPT_ChargeParameterDiscoveryReq","WPT_ChargeParameterDiscoveryRes","WPT_FinePositioningMethod","WPT_FinePositioningReq","WPT_FinePositioningRes","WPT_FinePositioningSetupReq","WPT_FinePositioningSetupRes","WPT_LF_DataPackage","WPT_LF_DataPackageList","WPT_LF_RxDataList","WPT_LF_TxDataList","WPT_PairingMethod","WPT_PairingReq","WPT_PairingRes","X509CRL","X509Certificate","X509Data","X509IssuerName","X509IssuerSerial","X509SKI","X509SerialNumber","X509SubjectName","XPath","Y"] as const;

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

export interface WPT_FinePositioningSetupReqType {
  Header: MessageHeaderType;
  EVProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
  EVDeviceFinePositioningMethodList: WPT_FinePositioningMethodListType;
  EVDevicePairingMethodList: WPT_PairingMethodListType;
  EVDeviceAlignmentCheckMethodList: WPT_AlignmentCheckMethodListType;
  NaturalOffset: number;
  VendorSpecificDataContainer?: Array<string>;
  LF_SystemSetupData?: WPT_LF_SystemSetupDataType;
}

export interface WPT_FinePositioningMethodListType {
  WPT_FinePositioningMethod: Array<"Manual" | "LF_TxEV" | "LF_TxPrimaryDevice" | "LPE" | "Proprietary">;
}

export interface WPT_PairingMethodListType {
  WPT_PairingMethod: Array<"External confirmation" | "LPE" | "LF_TxEV" | "LF_TxPrimaryDevice" | "Optical" | "Proprietary">;
}

export interface WPT_AlignmentCheckMethodListType {
  WPT_AlignmentCheckMethod: Array<"PowerCheck" | "LPE" | "Proprietary">;
}

export interface WPT_LF_SystemSetupDataType {
  LF_TransmitterSetupData?: WPT_LF_TransmitterDataType;
  LF_ReceiverSetupData?: WPT_LF_ReceiverDataType;
}

export interface WPT_LF_TransmitterDataType {
  NumberOfTransmitters: number;
  SignalFrequency: RationalNumberType;
  TxSpecData: Array<WPT_TxRxSpecDataType>;
  TxPackageSpecData?: WPT_TxRxPackageSpecDataType;
}

export interface RationalNumberType {
  Exponent: number;
  Value: number;
}

export interface WPT_TxRxSpecDataType {
  TxRxIdentifier: number;
  TxRxPosition: WPT_CoordinateXYZType;
  TxRxOrientation: WPT_CoordinateXYZType;
}

export interface WPT_CoordinateXYZType {
  Coord_X: number;
  Coord_Y: number;
  Coord_Z: number;
}

export interface WPT_TxRxPackageSpecDataType {
  PulseSequenceOrder: Array<WPT_TxRxPulseOrderType>;
  PulseSeparationTime: number;
  PulseDuration: number;
  PackageSeparationTime: number;
}

export interface WPT_TxRxPulseOrderType {
  IndexNumber: number;
  TxRxIdentifier: number;
}

export interface WPT_LF_ReceiverDataType {
  NumberOfReceivers: number;
  RxSpecData: Array<WPT_TxRxSpecDataType>;
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

export interface WPT_FinePositioningSetupResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  PrimaryDeviceFinePositioningMethodList: WPT_FinePositioningMethodListType;
  PrimaryDevicePairingMethodList: WPT_PairingMethodListType;
  PrimaryDeviceAlignmentCheckMethodList: WPT_AlignmentCheckMethodListType;
  NaturalOffset: number;
  VendorSpecificDataContainer?: Array<string>;
  LF_SystemSetupData?: WPT_LF_SystemSetupDataType;
}

export interface V2GResponseType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
}

export interface WPT_FinePositioningReqType {
  Header: MessageHeaderType;
  EVProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
  EVResultCode: "EVResultUnknown" | "EVResultSuccess" | "EVResultFailed";
  VendorSpecificDataContainer?: Array<string>;
  WPT_LF_DataPackageList?: WPT_LF_DataPackageListType;
}

export interface WPT_LF_DataPackageListType {
  NumPackages: number;
  WPT_LF_DataPackage: WPT_LF_DataPackageType;
}

export interface WPT_LF_DataPackageType {
  PackageIndex: number;
  LF_TxData?: WPT_LF_TxDataListType;
  LF_RxData?: WPT_LF_RxDataListType;
}

export interface WPT_LF_TxDataListType {
  WPT_LF_TxDataList: WPT_LF_TxDataType;
}

export interface WPT_LF_TxDataType {
  TxIdentifier: number;
  EIRP: RationalNumberType;
}

export interface WPT_LF_RxDataListType {
  WPT_LF_RxDataList: WPT_LF_RxDataType;
}

export interface WPT_LF_RxDataType {
  RxIdentifier: number;
  RSSIData: WPT_LF_RxRSSIListType;
}

export interface WPT_LF_RxRSSIListType {
  RSSIDataList: WPT_LF_RxRSSIType;
}

export interface WPT_LF_RxRSSIType {
  TxIdentifier: number;
  RSSI: RationalNumberType;
}

export interface WPT_FinePositioningResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
  VendorSpecificDataContainer?: Array<string>;
  WPT_LF_DataPackageList?: WPT_LF_DataPackageListType;
}

export interface WPT_PairingReqType {
  Header: MessageHeaderType;
  EVProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
  ObservedIDCode?: number;
  EVResultCode: "EVResultUnknown" | "EVResultSuccess" | "EVResultFailed";
  VendorSpecificDataContainer?: Array<string>;
}

export interface WPT_PairingResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
  ObservedIDCode?: number;
  AlternativeSECCList?: AlternativeSECCListType;
  VendorSpecificDataContainer?: Array<string>;
}

export interface AlternativeSECCListType {
  AlternativeSECC: Array<AlternativeSECCType>;
}

export interface AlternativeSECCType {
  SSID?: string;
  BSSID?: string;
  IPAddress?: string;
  Port?: number;
}

export interface WPT_ChargeParameterDiscoveryReqType {
  Header: MessageHeaderType;
  EVPCMaxReceivablePower: RationalNumberType;
  SDMaxGroundClearence: number;
  SDMinGroundClearence: number;
  EVPCNaturalFrequency: RationalNumberType;
  EVPCDeviceLocalControl: boolean;
  VendorSpecificDataContainer?: Array<string>;
}

export interface ChargeParameterDiscoveryReqType {
  Header: MessageHeaderType;
}

export interface WPT_ChargeParameterDiscoveryResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  PDInputPowerClass: "MF-WPT1" | "MF-WPT2" | "MF-WPT3" | "MF-WPT4";
  SDMinOutputPower: RationalNumberType;
  SDMaxOutputPower: RationalNumberType;
  SDMaxGroundClearanceSupport: number;
  SDMinGroundClearanceSupport: number;
  PDMinCoilCurrent: RationalNumberType;
  PDMaxCoilCurrent: RationalNumberType;
  SDManufacturerSpecificDataContainer?: Array<string>;
}

export interface ChargeParameterDiscoveryResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
}

export interface WPT_AlignmentCheckReqType {
  Header: MessageHeaderType;
  EVProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
  TargetCoilCurrent?: RationalNumberType;
  EVResultCode: "EVResultUnknown" | "EVResultSuccess" | "EVResultFailed";
  VendorSpecificDataContainer?: Array<string>;
}

export interface WPT_AlignmentCheckResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEProcessing: "Finished" | "Ongoing" | "Ongoing_WaitingForCustomerInteraction";
  PowerTransmitted?: RationalNumberType;
  SupplyDeviceCurrent?: RationalNumberType;
  VendorSpecificDataContainer?: Array<string>;
}

export interface WPT_ChargeLoopReqType {
  Header: MessageHeaderType;
  DisplayParameters?: DisplayParametersType;
  MeterInfoRequested: boolean;
  EVPCPowerRequest: RationalNumberType;
  EVPCPowerOutput: RationalNumberType;
  EVPCChargeDiagnostics: "EVPCNoIssue" | "EVPCTempOverheatDetected" | "EVPCPowerTransferAnomalyDetected" | "EVPCAnomalyDetected";
  EVPCOperatingFrequency?: RationalNumberType;
  EVPCPowerControlParameter?: WPT_EVPCPowerControlParameterType;
  ManufacturerSpecificDataContainer?: Array<string>;
}

export interface WPT_EVPCPowerControlParameterType {
  EVPCCoilCurrentRequest: RationalNumberType;
  EVPCCoilCurrentInformation: RationalNumberType;
  EVPCCurrentOutputInformation: RationalNumberType;
  EVPCVoltageOutputInformation: RationalNumberType;
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

export interface WPT_ChargeLoopResType {
  Header: MessageHeaderType;
  ResponseCode: "OK" | "OK_CertificateExpiresSoon" | "OK_NewSessionEstablished" | "OK_OldSessionJoined" | "OK_PowerToleranceConfirmed" | "WARNING_AuthorizationSelectionInvalid" | "WARNING_CertificateExpired" | "WARNING_CertificateNotYetValid" | "WARNING_CertificateRevoked" | "WARNING_CertificateValidationError" | "WARNING_ChallengeInvalid" | "WARNING_EIMAuthorizationFailure" | "WARNING_eMSPUnknown" | "WARNING_EVPowerProfileViolation" | "WARNING_GeneralPnCAuthorizationError" | "WARNING_NoCertificateAvailable" | "WARNING_NoContractMatchingPCIDFound" | "WARNING_PowerToleranceNotConfirmed" | "WARNING_ScheduleRenegotiationFailed" | "WARNING_StandbyNotAllowed" | "WARNING_WPT" | "FAILED" | "FAILED_AssociationError" | "FAILED_ContactorError" | "FAILED_EVPowerProfileInvalid" | "FAILED_EVPowerProfileViolation" | "FAILED_MeteringSignatureNotValid" | "FAILED_NoEnergyTransferServiceSelected" | "FAILED_NoServiceRenegotiationSupported" | "FAILED_PauseNotAllowed" | "FAILED_PowerDeliveryNotApplied" | "FAILED_PowerToleranceNotConfirmed" | "FAILED_ScheduleRenegotiation" | "FAILED_ScheduleSelectionInvalid" | "FAILED_SequenceError" | "FAILED_ServiceIDInvalid" | "FAILED_ServiceSelectionInvalid" | "FAILED_SignatureError" | "FAILED_UnknownSession" | "FAILED_WrongChargeParameter";
  EVSEStatus?: EVSEStatusType;
  MeterInfo?: MeterInfoType;
  Receipt?: ReceiptType;
  EVPCPowerRequest: RationalNumberType;
  SDPowerInput?: RationalNumberType;
  SPCMaxOutputPowerLimit: RationalNumberType;
  SPCMinOutputPowerLimit: RationalNumberType;
  SPCChargeDiagnostics: "SPCNoIssue" | "SPCFODDetected" | "SPCLOPDetected" | "SPCTempOverheatDetected" | "SPCPowerTransferAnomalyDetected" | "SPCAnomalyDetected";
  SPCOperatingFrequency?: RationalNumberType;
  SPCPowerControlParameter?: WPT_SPCPowerControlParameterType;
  ManufacturerSpecificDataContainer?: Array<string>;
}

export interface WPT_SPCPowerControlParameterType {
  SPCPrimaryDeviceCoilCurrentInformation: RationalNumberType;
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

export interface ListOfRootCertificateIDsType {
  RootCertificateID: Array<X509IssuerSerialType>;
}
