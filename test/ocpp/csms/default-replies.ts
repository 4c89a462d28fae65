/**
 * The answers the test CSMS gives when no script says otherwise: what a plain, strict product CSMS would
 * answer (unknown tokens Invalid, unknown vendors UnknownVendorId, unknown actions NotImplemented).
 */
import type { CsmsVersion, Reply } from './api.js';

export const DEFAULT_ACCEPTED_TOKENS = ['DEADBEEF', 'CAFE0001', '04A2B3C4D5E6F7'];

export interface ReplyContext {
  version: CsmsVersion;
  /** Now as an RFC 3339 string on the CSMS's clock. */
  now(): string;
  /** The next BootNotification answer for this station (status, interval). */
  nextBoot(): { status: 'Accepted' | 'Pending' | 'Rejected'; interval: number };
  /** A fresh 1.6 transaction id (incrementing, unique over the CSMS's life). */
  nextTransactionId(): number;
  accepts(token: string): boolean;
}

/** Actions whose answer carries nothing: an empty object is the whole valid reply. */
const EMPTY_ANSWER = new Set([
  'StatusNotification',
  'MeterValues',
  'NotifyReport',
  'SecurityEventNotification',
  'DiagnosticsStatusNotification',
  'LogStatusNotification',
  'FirmwareStatusNotification',
  'SignedFirmwareStatusNotification',
  'PublishFirmwareStatusNotification',
  'NotifyEvent',
  'NotifyMonitoringReport',
  'NotifyChargingLimit',
  'ClearedChargingLimit',
  'ReportChargingProfiles',
  'NotifyCustomerInformation',
  'NotifyDisplayMessages',
]);

function authStatus(ctx: ReplyContext, token: string): 'Accepted' | 'Invalid' {
  return ctx.accepts(token) ? 'Accepted' : 'Invalid';
}

/** 2.0.1 idTokenInfo for an IdTokenType; `NoAuthorization` carries no token to judge. */
function idTokenInfo(ctx: ReplyContext, idToken: { idToken?: unknown; type?: unknown }): { status: string } {
  if (idToken.type === 'NoAuthorization') return { status: 'Accepted' };
  return { status: authStatus(ctx, String(idToken.idToken ?? '')) };
}

export function defaultReply(ctx: ReplyContext, action: string, payload: any): Reply {
  if (EMPTY_ANSWER.has(action)) return { result: {} };
  const v16 = ctx.version === 'ocpp1.6';
  switch (action) {
    case 'BootNotification': {
      const { status, interval } = ctx.nextBoot();
      return { result: { status, interval, currentTime: ctx.now() } };
    }
    case 'Heartbeat':
      return { result: { currentTime: ctx.now() } };
    case 'Authorize':
      return v16
        ? { result: { idTagInfo: { status: authStatus(ctx, String(payload.idTag ?? '')) } } }
        : { result: { idTokenInfo: idTokenInfo(ctx, payload.idToken ?? {}) } };
    case 'DataTransfer':
      return { result: { status: 'UnknownVendorId' } };
    case 'StartTransaction':
      if (v16) return { result: { transactionId: ctx.nextTransactionId(), idTagInfo: { status: authStatus(ctx, String(payload.idTag ?? '')) } } };
      break;
    case 'StopTransaction':
      if (v16) return { result: typeof payload.idTag === 'string' ? { idTagInfo: { status: authStatus(ctx, payload.idTag) } } : {} };
      break;
    case 'TransactionEvent':
      if (!v16) return { result: payload.idToken ? { idTokenInfo: idTokenInfo(ctx, payload.idToken) } : {} };
      break;
  }
  return { callError: { code: 'NotImplemented', description: `Requested Action is not known by receiver: ${action}`, details: {} } };
}
