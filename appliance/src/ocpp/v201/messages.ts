/**
 * The OCPP 2.0.1 messages this mapper sends and answers, written from the OCA JSON schemas (2.0.1 FINAL)
 * as far as we use them. The schema package is a dev dependency (the test CSMS's independent copy), so the
 * appliance keeps its own small types; fields we never read or write are left out.
 */

export type IdTokenEnum = 'Central' | 'eMAID' | 'ISO14443' | 'ISO15693' | 'KeyCode' | 'Local' | 'MacAddress' | 'NoAuthorization';

export interface IdToken {
  idToken: string;
  type: IdTokenEnum;
}

export type AuthorizationStatus =
  | 'Accepted'
  | 'Blocked'
  | 'ConcurrentTx'
  | 'Expired'
  | 'Invalid'
  | 'NoCredit'
  | 'NotAllowedTypeEVSE'
  | 'NotAtThisLocation'
  | 'NotAtThisTime'
  | 'Unknown';

export interface IdTokenInfo {
  status: AuthorizationStatus;
  cacheExpiryDateTime?: string;
  groupIdToken?: IdToken;
  evseId?: number[];
}

export interface StatusInfo {
  reasonCode: string;
  additionalInfo?: string;
}

export interface EvseRef {
  id: number;
  connectorId?: number;
}

// ---- B: provisioning ----

export type BootReason = 'ApplicationReset' | 'FirmwareUpdate' | 'LocalReset' | 'PowerUp' | 'RemoteReset' | 'ScheduledReset' | 'Triggered' | 'Unknown' | 'Watchdog';

export interface BootNotificationRequest {
  reason: BootReason;
  chargingStation: { model: string; vendorName: string; serialNumber?: string; firmwareVersion?: string };
}

export type Attribute = 'Actual' | 'Target' | 'MinSet' | 'MaxSet';
export type DataType = 'string' | 'decimal' | 'integer' | 'dateTime' | 'boolean' | 'OptionList' | 'SequenceList' | 'MemberList';
export type Mutability = 'ReadOnly' | 'WriteOnly' | 'ReadWrite';

export interface Component {
  name: string;
  instance?: string;
  evse?: EvseRef;
}

export interface Variable {
  name: string;
  instance?: string;
}

export interface GetVariablesRequest {
  getVariableData: Array<{ component: Component; variable: Variable; attributeType?: Attribute }>;
}

export type GetVariableStatus = 'Accepted' | 'Rejected' | 'UnknownComponent' | 'UnknownVariable' | 'NotSupportedAttributeType';

export interface GetVariableResult {
  attributeStatus: GetVariableStatus;
  attributeType?: Attribute;
  attributeValue?: string;
  component: Component;
  variable: Variable;
  attributeStatusInfo?: StatusInfo;
}

export interface SetVariablesRequest {
  setVariableData: Array<{ component: Component; variable: Variable; attributeType?: Attribute; attributeValue: string }>;
}

export type SetVariableStatus = GetVariableStatus | 'RebootRequired';

export interface SetVariableResult {
  attributeStatus: SetVariableStatus;
  attributeType?: Attribute;
  component: Component;
  variable: Variable;
  attributeStatusInfo?: StatusInfo;
}

export type ReportBase = 'ConfigurationInventory' | 'FullInventory' | 'SummaryInventory';
export type ComponentCriterion = 'Active' | 'Available' | 'Enabled' | 'Problem';

export interface GetReportRequest {
  requestId: number;
  componentVariable?: Array<{ component: Component; variable?: Variable }>;
  componentCriteria?: ComponentCriterion[];
}

export type GenericDeviceModelStatus = 'Accepted' | 'Rejected' | 'NotSupported' | 'EmptyResultSet';

export interface ReportData {
  component: Component;
  variable: Variable;
  variableAttribute: Array<{ type?: Attribute; value?: string; mutability?: Mutability; persistent?: boolean; constant?: boolean }>;
  variableCharacteristics?: {
    unit?: string;
    dataType: DataType;
    minLimit?: number;
    maxLimit?: number;
    valuesList?: string;
    supportsMonitoring: boolean;
  };
}

export interface NotifyReportRequest {
  requestId: number;
  generatedAt: string;
  reportData?: ReportData[];
  tbc?: boolean;
  seqNo: number;
}

export type ResetType = 'Immediate' | 'OnIdle';

// ---- E: transactions ----

export type TransactionEventType = 'Started' | 'Updated' | 'Ended';
export type ChargingState = 'Charging' | 'EVConnected' | 'SuspendedEV' | 'SuspendedEVSE' | 'Idle';

export type TriggerReason =
  | 'Authorized'
  | 'CablePluggedIn'
  | 'ChargingRateChanged'
  | 'ChargingStateChanged'
  | 'Deauthorized'
  | 'EnergyLimitReached'
  | 'EVCommunicationLost'
  | 'EVConnectTimeout'
  | 'MeterValueClock'
  | 'MeterValuePeriodic'
  | 'TimeLimitReached'
  | 'Trigger'
  | 'UnlockCommand'
  | 'StopAuthorized'
  | 'EVDeparted'
  | 'EVDetected'
  | 'RemoteStop'
  | 'RemoteStart'
  | 'AbnormalCondition'
  | 'SignedDataReceived'
  | 'ResetCommand';

export type StoppedReason =
  | 'DeAuthorized'
  | 'EmergencyStop'
  | 'EnergyLimitReached'
  | 'EVDisconnected'
  | 'GroundFault'
  | 'ImmediateReset'
  | 'Local'
  | 'LocalOutOfCredit'
  | 'MasterPass'
  | 'Other'
  | 'OvercurrentFault'
  | 'PowerLoss'
  | 'PowerQuality'
  | 'Reboot'
  | 'Remote'
  | 'SOCLimitReached'
  | 'StoppedByEV'
  | 'TimeLimitReached'
  | 'Timeout';

export type ReadingContext = 'Interruption.Begin' | 'Interruption.End' | 'Other' | 'Sample.Clock' | 'Sample.Periodic' | 'Transaction.Begin' | 'Transaction.End' | 'Trigger';

export type Phase = 'L1' | 'L2' | 'L3' | 'N' | 'L1-N' | 'L2-N' | 'L3-N' | 'L1-L2' | 'L2-L3' | 'L3-L1';
export type MeasurandLocation = 'Body' | 'Cable' | 'EV' | 'Inlet' | 'Outlet';

export interface SampledValue {
  value: number;
  context?: ReadingContext;
  measurand?: string;
  phase?: Phase;
  location?: MeasurandLocation;
  unitOfMeasure?: { unit: string };
}

export interface MeterValue {
  timestamp: string;
  sampledValue: SampledValue[];
}

export interface TransactionEventRequest {
  eventType: TransactionEventType;
  timestamp: string;
  triggerReason: TriggerReason;
  seqNo: number;
  offline?: boolean;
  transactionInfo: {
    transactionId: string;
    chargingState?: ChargingState;
    timeSpentCharging?: number;
    stoppedReason?: StoppedReason;
    remoteStartId?: number;
  };
  evse?: EvseRef;
  idToken?: IdToken;
  meterValue?: MeterValue[];
}

export interface TransactionEventResponse {
  idTokenInfo?: IdTokenInfo;
  totalCost?: number;
}

export interface MeterValuesRequest {
  evseId: number;
  meterValue: MeterValue[];
}

// ---- F: remote control ----

export interface RequestStartTransactionRequest {
  evseId?: number;
  remoteStartId: number;
  idToken: IdToken;
  groupIdToken?: IdToken;
  chargingProfile?: ChargingProfileType;
}

export interface RequestStartStopResponse {
  status: 'Accepted' | 'Rejected';
  transactionId?: string;
  statusInfo?: StatusInfo;
}

export type MessageTrigger =
  | 'BootNotification'
  | 'LogStatusNotification'
  | 'FirmwareStatusNotification'
  | 'Heartbeat'
  | 'MeterValues'
  | 'SignChargingStationCertificate'
  | 'SignV2GCertificate'
  | 'StatusNotification'
  | 'TransactionEvent'
  | 'SignCombinedCertificate'
  | 'PublishFirmwareStatusNotification';

// ---- G: availability ----

export type ConnectorStatus = 'Available' | 'Occupied' | 'Reserved' | 'Unavailable' | 'Faulted';
export type OperationalStatus = 'Inoperative' | 'Operative';

// ---- K: smart charging ----

export type ChargingProfilePurpose = 'ChargingStationExternalConstraints' | 'ChargingStationMaxProfile' | 'TxDefaultProfile' | 'TxProfile';

export interface ChargingSchedulePeriod {
  startPeriod: number;
  limit: number;
  numberPhases?: number;
  phaseToUse?: number;
}

export interface ChargingScheduleType {
  id: number;
  startSchedule?: string;
  duration?: number;
  chargingRateUnit: 'W' | 'A';
  chargingSchedulePeriod: ChargingSchedulePeriod[];
  minChargingRate?: number;
}

export interface ChargingProfileType {
  id: number;
  stackLevel: number;
  chargingProfilePurpose: ChargingProfilePurpose;
  chargingProfileKind: 'Absolute' | 'Recurring' | 'Relative';
  recurrencyKind?: 'Daily' | 'Weekly';
  validFrom?: string;
  validTo?: string;
  chargingSchedule: ChargingScheduleType[];
  transactionId?: string;
}

// ---- N: diagnostics ----

export type UploadLogStatus = 'BadMessage' | 'Idle' | 'NotSupportedOperation' | 'PermissionDenied' | 'Uploaded' | 'UploadFailure' | 'Uploading' | 'AcceptedCanceled';
