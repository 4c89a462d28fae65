/**
 * The OCPP 1.6J messages this mapper sends and answers, as small hand-written types (edition 2 with the
 * errata, plus the security whitepaper's GetLog / ExtendedTriggerMessage). Only the fields used here; the
 * schemas on the wire (ocpp-rpc's strict mode) stay the authority on shape.
 */

export type IdTagStatus = 'Accepted' | 'Blocked' | 'Expired' | 'Invalid' | 'ConcurrentTx';

export interface IdTagInfo {
  status: IdTagStatus;
  expiryDate?: string;
  parentIdTag?: string;
}

// ---- sent by the charge point ----

export interface BootNotificationReq {
  chargePointVendor: string;
  chargePointModel: string;
  chargePointSerialNumber?: string;
  chargeBoxSerialNumber?: string;
  firmwareVersion?: string;
}

export type ChargePointStatus =
  | 'Available'
  | 'Preparing'
  | 'Charging'
  | 'SuspendedEVSE'
  | 'SuspendedEV'
  | 'Finishing'
  | 'Reserved'
  | 'Unavailable'
  | 'Faulted';

export type ChargePointErrorCode =
  | 'ConnectorLockFailure'
  | 'EVCommunicationError'
  | 'GroundFailure'
  | 'HighTemperature'
  | 'InternalError'
  | 'LocalListConflict'
  | 'NoError'
  | 'OtherError'
  | 'OverCurrentFailure'
  | 'PowerMeterFailure'
  | 'PowerSwitchFailure'
  | 'ReaderFailure'
  | 'ResetFailure'
  | 'UnderVoltage'
  | 'OverVoltage'
  | 'WeakSignal';

export interface StatusNotificationReq {
  connectorId: number;
  errorCode: ChargePointErrorCode;
  status: ChargePointStatus;
  info?: string;
  timestamp?: string;
  vendorId?: string;
  vendorErrorCode?: string;
}

export interface AuthorizeReq {
  idTag: string;
}
export interface AuthorizeConf {
  idTagInfo: IdTagInfo;
}

export interface StartTransactionReq {
  connectorId: number;
  idTag: string;
  meterStart: number;
  timestamp: string;
  reservationId?: number;
}
export interface StartTransactionConf {
  transactionId: number;
  idTagInfo: IdTagInfo;
}

export type StopTransactionReason =
  | 'EmergencyStop'
  | 'EVDisconnected'
  | 'HardReset'
  | 'Local'
  | 'Other'
  | 'PowerLoss'
  | 'Reboot'
  | 'Remote'
  | 'SoftReset'
  | 'UnlockCommand'
  | 'DeAuthorized';

export interface SampledValue {
  value: string;
  context?: 'Interruption.Begin' | 'Interruption.End' | 'Sample.Clock' | 'Sample.Periodic' | 'Transaction.Begin' | 'Transaction.End' | 'Trigger' | 'Other';
  format?: 'Raw' | 'SignedData';
  measurand?: string;
  phase?: 'L1' | 'L2' | 'L3' | 'N' | 'L1-N' | 'L2-N' | 'L3-N' | 'L1-L2' | 'L2-L3' | 'L3-L1';
  location?: 'Cable' | 'EV' | 'Inlet' | 'Outlet' | 'Body';
  unit?: string;
}

export interface MeterValue {
  timestamp: string;
  sampledValue: SampledValue[];
}

export interface MeterValuesReq {
  connectorId: number;
  transactionId?: number;
  meterValue: MeterValue[];
}

export interface StopTransactionReq {
  transactionId: number;
  meterStop: number;
  timestamp: string;
  idTag?: string;
  reason?: StopTransactionReason;
  transactionData?: MeterValue[];
}
export interface StopTransactionConf {
  idTagInfo?: IdTagInfo;
}

export type DiagnosticsStatus = 'Idle' | 'Uploaded' | 'UploadFailed' | 'Uploading';
export type UploadLogStatus = 'BadMessage' | 'Idle' | 'NotSupportedOperation' | 'PermissionDenied' | 'Uploaded' | 'UploadFailure' | 'Uploading';

// ---- sent by the central system ----

export type ChargingProfilePurpose16 = 'ChargePointMaxProfile' | 'TxDefaultProfile' | 'TxProfile';

export interface ChargingSchedule16 {
  duration?: number;
  startSchedule?: string;
  chargingRateUnit: 'A' | 'W';
  chargingSchedulePeriod: Array<{ startPeriod: number; limit: number; numberPhases?: number }>;
  minChargingRate?: number;
}

export interface CsChargingProfiles {
  chargingProfileId: number;
  transactionId?: number;
  stackLevel: number;
  chargingProfilePurpose: ChargingProfilePurpose16;
  chargingProfileKind: 'Absolute' | 'Recurring' | 'Relative';
  recurrencyKind?: 'Daily' | 'Weekly';
  validFrom?: string;
  validTo?: string;
  chargingSchedule: ChargingSchedule16;
}

export interface RemoteStartTransactionReq {
  connectorId?: number;
  idTag: string;
  chargingProfile?: CsChargingProfiles;
}
export interface RemoteStopTransactionReq {
  transactionId: number;
}
export type RemoteStartStopStatus = 'Accepted' | 'Rejected';

export interface UnlockConnectorReq {
  connectorId: number;
}
export type UnlockStatus = 'Unlocked' | 'UnlockFailed' | 'NotSupported';

export interface ChangeAvailabilityReq {
  connectorId: number;
  type: 'Inoperative' | 'Operative';
}
export type AvailabilityStatus = 'Accepted' | 'Rejected' | 'Scheduled';

export interface ResetReq {
  type: 'Hard' | 'Soft';
}

export type TriggerableMessage =
  | 'BootNotification'
  | 'DiagnosticsStatusNotification'
  | 'FirmwareStatusNotification'
  | 'Heartbeat'
  | 'MeterValues'
  | 'StatusNotification'
  // ExtendedTriggerMessage (security whitepaper) adds these two.
  | 'LogStatusNotification'
  | 'SignChargePointCertificate';

export interface TriggerMessageReq {
  requestedMessage: TriggerableMessage;
  connectorId?: number;
}
export type TriggerMessageStatus = 'Accepted' | 'Rejected' | 'NotImplemented';

export interface DataTransferReq {
  vendorId: string;
  messageId?: string;
  data?: string;
}
export type DataTransferStatus = 'Accepted' | 'Rejected' | 'UnknownMessageId' | 'UnknownVendorId';

export interface GetConfigurationReq {
  key?: string[];
}
export interface ConfigurationKeyValue {
  key: string;
  readonly: boolean;
  value?: string;
}
export interface GetConfigurationConf {
  configurationKey?: ConfigurationKeyValue[];
  unknownKey?: string[];
}
export interface ChangeConfigurationReq {
  key: string;
  value: string;
}
export type ConfigurationStatus = 'Accepted' | 'Rejected' | 'RebootRequired' | 'NotSupported';

export interface SendLocalListReq {
  listVersion: number;
  localAuthorizationList?: Array<{ idTag: string; idTagInfo?: IdTagInfo }>;
  updateType: 'Differential' | 'Full';
}
export type UpdateStatus = 'Accepted' | 'Failed' | 'NotSupported' | 'VersionMismatch';

export interface SetChargingProfileReq {
  connectorId: number;
  csChargingProfiles: CsChargingProfiles;
}
export type ChargingProfileStatus = 'Accepted' | 'Rejected' | 'NotSupported';

export interface ClearChargingProfileReq {
  id?: number;
  connectorId?: number;
  chargingProfilePurpose?: ChargingProfilePurpose16;
  stackLevel?: number;
}

export interface GetCompositeScheduleReq {
  connectorId: number;
  duration: number;
  chargingRateUnit?: 'A' | 'W';
}
export interface GetCompositeScheduleConf {
  status: 'Accepted' | 'Rejected';
  connectorId?: number;
  scheduleStart?: string;
  chargingSchedule?: ChargingSchedule16;
}

export interface GetDiagnosticsReq {
  location: string;
  retries?: number;
  retryInterval?: number;
  startTime?: string;
  stopTime?: string;
}

export interface GetLogReq {
  logType: 'DiagnosticsLog' | 'SecurityLog';
  requestId: number;
  retries?: number;
  retryInterval?: number;
  log: { remoteLocation: string; oldestTimestamp?: string; latestTimestamp?: string };
}
