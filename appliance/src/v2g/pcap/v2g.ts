/**
 * EXI payloads of one V2G TCP connection → message names and key values.
 *
 * The connection starts with the AppProtocol handshake; supportedAppProtocolRes's SchemaID picks one of the
 * namespaces the EV offered, and that schema (DIN 70121 or ISO 15118-2, or -20) decodes the rest. A
 * connection seen without its handshake is read with the schema its EXI payloads decode with. A payload
 * that does not decode is shown with the codec's error; the grammar path of the error names the message
 * the decoder was inside, which is offered as a guess.
 */
import { ExiError, decode, type SchemaName } from '../exi/index.js';

export const NAMESPACES: Readonly<Record<string, SchemaName>> = {
  'urn:din:70121:2012:MsgDef': 'din',
  'urn:iso:15118:2:2010:MsgDef': 'iso2',
  'urn:iso:15118:2:2013:MsgDef': 'iso2',
  'urn:iso:std:iso:15118:-20:CommonMessages': 'iso20',
  'urn:iso:std:iso:15118:-20:AC': 'iso20-ac',
  'urn:iso:std:iso:15118:-20:DC': 'iso20-dc',
  'urn:iso:std:iso:15118:-20:WPT': 'iso20-wpt',
  'urn:iso:std:iso:15118:-20:ACDP': 'iso20-acdp',
};

/** V2GTP payload types of -20 that name their schema themselves. */
const PTYPE_SCHEMA: Readonly<Record<number, SchemaName>> = {
  0x8002: 'iso20',
  0x8003: 'iso20-ac',
  0x8004: 'iso20-dc',
  0x8005: 'iso20-acdp',
  0x8006: 'iso20-wpt',
};

export interface Decoded {
  schema: SchemaName | 'unknown';
  /** Message name, e.g. SessionSetupReq; undefined when the payload did not decode. */
  name?: string;
  /** For a payload that did not decode: the message the decoder was in when it failed, if it got that far. */
  guess?: string;
  error?: string;
  fields: Record<string, unknown>;
}

interface Offer {
  ns: string;
  id: number;
}

/** Decoding state of one connection. */
export class V2gDecoder {
  private offers: Offer[] = [];
  private schema: SchemaName | undefined;
  private handshakeDone = false;

  /** The negotiated (or inferred) schema, once known. */
  get negotiated(): SchemaName | undefined {
    return this.schema;
  }

  decode(payloadType: number, bytes: Uint8Array): Decoded {
    const byType = PTYPE_SCHEMA[payloadType];
    const order: SchemaName[] = byType ? [byType] : this.candidates();
    let firstError: ExiError | undefined;
    let firstSchema: SchemaName | undefined;
    for (const schema of order) {
      try {
        const doc = decode(schema, bytes) as Record<string, unknown>;
        return this.accept(schema, doc);
      } catch (e) {
        const err = e instanceof ExiError ? e : new ExiError(String(e), 0);
        // Report the failure of the V2G schema rather than the handshake's, when both were tried.
        if (!firstError || firstSchema === 'appProtocol') {
          firstError = err;
          firstSchema = schema;
        }
      }
    }
    const out: Decoded = { schema: firstSchema ?? 'unknown', error: firstError ? firstError.toString() : 'no schema', fields: {} };
    const guess = firstError ? guessName(firstError.grammar) : undefined;
    if (guess) out.guess = guess;
    return out;
  }

  /** Schemas to try, most likely first. */
  private candidates(): SchemaName[] {
    if (this.schema) return this.handshakeDone ? [this.schema] : ['appProtocol', this.schema];
    const offered = this.offers.map((o) => NAMESPACES[o.ns]).filter((s): s is SchemaName => s !== undefined);
    const rest: SchemaName[] = ['din', 'iso2'].filter((s) => !offered.includes(s as SchemaName)) as SchemaName[];
    return this.handshakeDone ? [...offered, ...rest] : ['appProtocol', ...offered, ...rest];
  }

  private accept(schema: SchemaName, doc: Record<string, unknown>): Decoded {
    if (schema === 'appProtocol') {
      const [name, body] = Object.entries(doc)[0] ?? ['?', {}];
      const b = (body ?? {}) as Record<string, unknown>;
      const fields: Record<string, unknown> = {};
      if (name === 'supportedAppProtocolReq') {
        const list = Array.isArray(b.AppProtocol) ? (b.AppProtocol as Record<string, unknown>[]) : [];
        this.offers = list.map((p) => ({ ns: String(p.ProtocolNamespace), id: Number(p.SchemaID) }));
        fields.AppProtocol = list.map(
          (p) => `${String(p.ProtocolNamespace)} v${String(p.VersionNumberMajor)}.${String(p.VersionNumberMinor)} id=${String(p.SchemaID)} prio=${String(p.Priority)}`,
        );
      } else {
        this.handshakeDone = true;
        if (b.ResponseCode !== undefined) fields.ResponseCode = b.ResponseCode;
        if (b.SchemaID !== undefined) {
          fields.SchemaID = b.SchemaID;
          const chosen = this.offers.find((o) => o.id === Number(b.SchemaID));
          const s = chosen ? NAMESPACES[chosen.ns] : undefined;
          if (s) this.schema = s;
        }
        if (!this.schema && this.offers.length > 0) this.schema = NAMESPACES[this.offers[0]!.ns];
      }
      return { schema, name, fields };
    }
    // A V2G message decoded: the handshake is over whether or not the capture showed it.
    this.handshakeDone = true;
    this.schema ??= schema;
    const msg = (doc.V2G_Message ?? Object.values(doc)[0] ?? {}) as Record<string, unknown>;
    const header = (msg.Header ?? {}) as Record<string, unknown>;
    const bodyObj = (msg.Body ?? msg) as Record<string, unknown>;
    const [name, body] = Object.entries(bodyObj).find(([k]) => k !== 'Header') ?? ['?', {}];
    const fields: Record<string, unknown> = {};
    if (header.SessionID !== undefined) fields.SessionID = header.SessionID;
    if (header.Notification !== undefined) fields.Notification = header.Notification;
    collect(body, fields, 0);
    return { schema, name, fields };
  }
}

/**
 * `… > PreChargeReqType#3 > …` → PreChargeReq. Only when the decoder got past the message's first event
 * (state above 0): failing at state 0 usually means the damage is in the choice of message itself.
 */
function guessName(grammar: string): string | undefined {
  const m = /\b([A-Z][A-Za-z]*(?:Req|Res))Type#(\d+)/.exec(grammar);
  return m && Number(m[2]) > 0 ? m[1] : undefined;
}

/** Values shown for every message that carries them (DIN 70121, ISO 15118-2 and -20 spellings). */
const KEYS = new Set([
  'ResponseCode', 'EVSEProcessing', 'EVCCID', 'EVSEID', 'SelectedPaymentOption', 'ChargeProgress', 'ReadyToChargeState',
  'EVReady', 'EVErrorCode', 'EVRESSSOC', 'EVSEStatusCode', 'EVSEIsolationStatus', 'EVSENotification', 'NotificationMaxDelay',
  'EVSEPresentVoltage', 'EVSEPresentCurrent', 'EVTargetVoltage', 'EVTargetCurrent', 'EVMaximumVoltageLimit',
  'EVMaximumCurrentLimit', 'EVMaximumPowerLimit', 'EVSEMaximumVoltageLimit', 'EVSEMaximumCurrentLimit',
  'EVSEMaximumPowerLimit', 'EVSEMinimumVoltageLimit', 'EVSEMinimumCurrentLimit', 'EVSECurrentLimitAchieved',
  'EVSEVoltageLimitAchieved', 'EVSEPowerLimitAchieved', 'ChargingComplete', 'BulkChargingComplete',
  'RemainingTimeToFullSoC', 'RemainingTimeToBulkSoC', 'EVEnergyRequest', 'EVEnergyCapacity', 'FullSOC', 'BulkSOC',
  'EAmount', 'EVMaxVoltage', 'EVMaxCurrent', 'EVMinCurrent', 'EVSENominalVoltage', 'EVSEMaxCurrent', 'DepartureTime',
  'RequestedEnergyTransferMode', 'ChargingSession', 'MeterReading', 'ReceiptRequired', 'EVSETimeStamp',
  'PresentSOC', 'TargetSOC', 'EVPresentVoltage', 'EVTargetEnergyRequest', 'Parameter', 'Certificate',
]);
/** Containers looked into for the keys above. */
const CONTAINERS = new Set([
  'DC_EVStatus', 'DC_EVSEStatus', 'AC_EVSEStatus', 'AC_EVChargeParameter', 'DC_EVChargeParameter', 'AC_EVSEChargeParameter',
  'DC_EVSEChargeParameter', 'MeterInfo', 'EVSEStatus', 'DC_EVPowerDeliveryParameter', 'CPDReqControlMode', 'CLReqControlMode',
  'CLResControlMode', 'Dynamic_CPDReqControlMode', 'Scheduled_CPDReqControlMode', 'DisplayParameters',
]);

function collect(node: unknown, out: Record<string, unknown>, depth: number): void {
  if (typeof node !== 'object' || node === null || depth > 3) return;
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (KEYS.has(k) && k !== 'Parameter' && k !== 'Certificate') out[k] = physical(v);
    else if (CONTAINERS.has(k)) collect(v, out, depth + 1);
  }
}

/** A PhysicalValue ({Multiplier, Unit, Value}) becomes a number in its unit; anything else is kept. */
export function physical(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const o = v as Record<string, unknown>;
  if (typeof o.Value === 'number' && typeof o.Multiplier === 'number') {
    return Number((o.Value * 10 ** o.Multiplier).toPrecision(12));
  }
  if (typeof o.Value === 'number' && typeof o.Exponent === 'number') return Number((o.Value * 10 ** o.Exponent).toPrecision(12));
  if (typeof o.MeterReading === 'number') return o.MeterReading;
  return v;
}
