/** The shape of a raised error, shared by the catalogue, the database, the API and the HMI. */
export type Severity = 'High' | 'Medium' | 'Low';
export type ErrorState = 'Active' | 'ClearedByModule' | 'ClearedByReboot';

export interface ErrorOrigin {
  module_id: string;
  implementation_id: string;
  evse_index?: number;
  connector_index?: number;
}

export interface ErrorRecord {
  uuid: string;
  type: string;
  sub_type: string;
  description: string;
  message: string;
  severity: Severity;
  origin: ErrorOrigin;
  state: ErrorState;
  /** ms since epoch */
  raised_at: number;
  cleared_at: number | null;
  vendor_id: string;
}

export interface RaiseRequest {
  type: string;
  sub_type?: string;
  message: string;
  origin: ErrorOrigin;
}

/** What a capability needs to report faults; the supervisor hands every capability one. */
export interface ErrorReporter {
  raise(req: RaiseRequest): ErrorRecord;
  /** Clears matching active errors; returns those cleared. */
  clear(type: string, origin: ErrorOrigin, sub_type?: string): ErrorRecord[];
  active(filter?: { evse_index?: number }): ErrorRecord[];
}
