/**
 * EV requests per stage for DIN 70121 and ISO 15118-2, built from the battery model and what the EV has
 * learned from the EVSE, and the few response fields the EV reads. Both schemas share element names for
 * everything the EV reads (ResponseCode, EVSEProcessing, DC_EVSEStatus, EVSEPresentVoltage, …), so one
 * reader serves both.
 */
import type { EnergyMode } from '../../shared/ports/hlc.js';
import type { Battery } from './battery.js';
import { decode } from '../exi/index.js';
import { NAMESPACES, type AppOffer, type EvccOptions, type EvccProtocol, type EvccStage } from './config.js';

type Unit = 'V' | 'A' | 'W' | 'Wh' | 's';
export interface Physical {
  Multiplier: number;
  Unit: Unit;
  Value: number;
}

/** A number as PhysicalValue: the finest multiplier (−1…3) whose value fits an int16. */
export function pv(x: number, unit: Unit): Physical {
  const v = Number.isFinite(x) ? x : 0;
  for (let m = -1; m <= 3; m++) {
    const scaled = Math.round(v / 10 ** m);
    if (Math.abs(scaled) <= 32767) return { Multiplier: m, Unit: unit, Value: scaled };
  }
  return { Multiplier: 3, Unit: unit, Value: v < 0 ? -32768 : 32767 };
}

/** A PhysicalValue from a response as a number (0 when absent). */
export function num(p: unknown): number {
  const x = p as { Value?: unknown; Multiplier?: unknown } | undefined;
  if (!x || typeof x.Value !== 'number' || typeof x.Multiplier !== 'number') return 0;
  return Math.round(x.Value * 10 ** x.Multiplier * 1e6) / 1e6;
}

/** What the EV knows about the EVSE (from ChargeParameterDiscoveryRes and the loop's answers). */
export interface EvseView {
  max_voltage_V: number;
  max_current_A: number;
  max_power_W: number;
  /** AC: EVSENominalVoltage and EVSEMaxCurrent. */
  nominal_voltage_V: number;
  ac_max_current_A: number;
  /** First PMax of the offered schedule and its tuple (ISO-2 PowerDelivery). */
  pmax_W: number;
  schedule_tuple_id: number;
}

export const UNKNOWN_EVSE: EvseView = {
  max_voltage_V: 0,
  max_current_A: 0,
  max_power_W: 0,
  nominal_voltage_V: 230,
  ac_max_current_A: 0,
  pmax_W: 0,
  schedule_tuple_id: 1,
};

export interface RequestContext {
  protocol: EvccProtocol;
  mode: EnergyMode;
  battery: Battery;
  evcc_id: string;
  evse: EvseView;
  target_voltage_V: number;
  target_current_A: number;
  pre_charge_current_A: number;
  /** The EV is done (target SoC or an EV-side stop): ChargingComplete. */
  complete: boolean;
  stop_mode: 'terminate' | 'pause';
}

const isDc = (mode: EnergyMode): boolean => mode.startsWith('DC_');

function evStatus(ctx: RequestContext, ready = true) {
  return { EVReady: ready, EVErrorCode: 'NO_ERROR', EVRESSSOC: Math.min(100, ctx.battery.soc_int) };
}

function dcChargeParameter(ctx: RequestContext) {
  const s = ctx.battery.spec;
  return {
    DC_EVStatus: evStatus(ctx, false),
    EVMaximumCurrentLimit: pv(s.max_current_A, 'A'),
    EVMaximumPowerLimit: pv(s.max_power_W, 'W'),
    EVMaximumVoltageLimit: pv(s.max_voltage_V, 'V'),
    EVEnergyCapacity: pv(s.capacity_kWh * 1000, 'Wh'),
    EVEnergyRequest: pv(ctx.battery.energyRequest_Wh, 'Wh'),
    FullSOC: 100,
    BulkSOC: s.bulk_soc_pct,
  };
}

function acChargeParameter(ctx: RequestContext) {
  const ac = ctx.battery.spec.ac;
  return {
    EAmount: pv(ctx.battery.energyRequest_Wh, 'Wh'),
    EVMaxVoltage: pv(ac.max_voltage_V, 'V'),
    EVMaxCurrent: pv(ac.max_current_A, 'A'),
    EVMinCurrent: pv(ac.min_current_A, 'A'),
  };
}

/** ISO-2 AC ChargingProfile: one entry from now, within the offered PMax and the on-board charger. */
function chargingProfile(ctx: RequestContext) {
  const ac = ctx.battery.spec.ac;
  const phases = ctx.mode === 'AC_single_phase_core' ? 1 : ac.phases;
  const own = ctx.evse.nominal_voltage_V * ac.max_current_A * phases;
  const limit = ctx.evse.pmax_W > 0 ? Math.min(own, ctx.evse.pmax_W) : own;
  return {
    ProfileEntry: [{ ChargingProfileEntryStart: 0, ChargingProfileEntryMaxPower: pv(Math.floor(limit), 'W'), ChargingProfileEntryMaxNumberOfPhasesInUse: phases }],
  };
}

function powerDelivery(ctx: RequestContext, progress: 'Start' | 'Stop' | 'Renegotiate') {
  const dcParam = { DC_EVStatus: evStatus(ctx), BulkChargingComplete: ctx.complete, ChargingComplete: ctx.complete || progress === 'Stop' };
  if (ctx.protocol === 'din') return { ReadyToChargeState: progress === 'Start', DC_EVPowerDeliveryParameter: dcParam };
  return {
    ChargeProgress: progress,
    SAScheduleTupleID: ctx.evse.schedule_tuple_id,
    ...(!isDc(ctx.mode) && progress === 'Start' ? { ChargingProfile: chargingProfile(ctx) } : {}),
    ...(isDc(ctx.mode) ? { DC_EVPowerDeliveryParameter: dcParam } : {}),
  };
}

/** The request element for a stage: `{ name, body }` where body is the element's content. */
export function buildRequest(stage: EvccStage, ctx: RequestContext): { name: string; body: Record<string, unknown> } {
  const din = ctx.protocol === 'din';
  switch (stage) {
    case 'SessionSetup':
      return { name: 'SessionSetupReq', body: { EVCCID: ctx.evcc_id } };
    case 'ServiceDiscovery':
      return { name: 'ServiceDiscoveryReq', body: { ServiceCategory: 'EVCharging' } };
    case 'PaymentSelection':
      return {
        name: din ? 'ServicePaymentSelectionReq' : 'PaymentServiceSelectionReq',
        body: { SelectedPaymentOption: 'ExternalPayment', SelectedServiceList: { SelectedService: [{ ServiceID: 1 }] } },
      };
    case 'Authorization':
      return { name: din ? 'ContractAuthenticationReq' : 'AuthorizationReq', body: {} };
    case 'ChargeParameterDiscovery': {
      if (din) return { name: 'ChargeParameterDiscoveryReq', body: { EVRequestedEnergyTransferType: ctx.mode, DC_EVChargeParameter: dcChargeParameter(ctx) } };
      const param = isDc(ctx.mode) ? { DC_EVChargeParameter: dcChargeParameter(ctx) } : { AC_EVChargeParameter: acChargeParameter(ctx) };
      return { name: 'ChargeParameterDiscoveryReq', body: { MaxEntriesSAScheduleTuple: 12, RequestedEnergyTransferMode: ctx.mode, ...param } };
    }
    case 'CableCheck':
      return { name: 'CableCheckReq', body: { DC_EVStatus: evStatus(ctx) } };
    case 'PreCharge':
      return {
        name: 'PreChargeReq',
        body: { DC_EVStatus: evStatus(ctx), EVTargetVoltage: pv(ctx.target_voltage_V, 'V'), EVTargetCurrent: pv(ctx.pre_charge_current_A, 'A') },
      };
    case 'PowerDeliveryStart':
      return { name: 'PowerDeliveryReq', body: powerDelivery(ctx, 'Start') };
    case 'PowerDeliveryStop':
      return { name: 'PowerDeliveryReq', body: powerDelivery(ctx, 'Stop') };
    case 'PowerDeliveryRenegotiate':
      return { name: 'PowerDeliveryReq', body: powerDelivery(ctx, 'Renegotiate') };
    case 'CurrentDemand': {
      const s = ctx.battery.spec;
      return {
        name: 'CurrentDemandReq',
        body: {
          DC_EVStatus: evStatus(ctx),
          EVTargetCurrent: pv(ctx.target_current_A, 'A'),
          EVMaximumVoltageLimit: pv(s.max_voltage_V, 'V'),
          EVMaximumCurrentLimit: pv(s.max_current_A, 'A'),
          EVMaximumPowerLimit: pv(s.max_power_W, 'W'),
          BulkChargingComplete: ctx.battery.soc_pct >= s.bulk_soc_pct,
          ChargingComplete: ctx.complete,
          EVTargetVoltage: pv(ctx.target_voltage_V, 'V'),
        },
      };
    }
    case 'ChargingStatus':
      return { name: 'ChargingStatusReq', body: {} };
    case 'WeldingDetection':
      return { name: 'WeldingDetectionReq', body: { DC_EVStatus: evStatus(ctx, false) } };
    case 'SessionStop':
      return { name: 'SessionStopReq', body: din ? {} : { ChargingSession: ctx.stop_mode === 'pause' ? 'Pause' : 'Terminate' } };
    default:
      throw new RangeError(`no request for stage ${stage}`);
  }
}

/** The EVSE status the EV reacts to, from DC_EVSEStatus or AC_EVSEStatus of any response. */
export function evseStatus(res: Record<string, unknown>): { notification: string; code?: string } | null {
  const st = (res.DC_EVSEStatus ?? res.AC_EVSEStatus) as { EVSENotification?: unknown; EVSEStatusCode?: unknown } | undefined;
  if (!st || typeof st !== 'object') return null;
  return {
    notification: typeof st.EVSENotification === 'string' ? st.EVSENotification : 'None',
    ...(typeof st.EVSEStatusCode === 'string' ? { code: st.EVSEStatusCode } : {}),
  };
}

/** Updates what the EV knows about the EVSE from ChargeParameterDiscoveryRes. */
export function learnChargeParameters(view: EvseView, res: Record<string, unknown>): EvseView {
  const dc = res.DC_EVSEChargeParameter as Record<string, unknown> | undefined;
  const ac = res.AC_EVSEChargeParameter as Record<string, unknown> | undefined;
  const tuple = (res.SAScheduleList as { SAScheduleTuple?: Array<Record<string, any>> } | undefined)?.SAScheduleTuple?.[0];
  const entries = (tuple?.PMaxSchedule?.PMaxScheduleEntry ?? []) as Array<{ PMax?: unknown }>;
  // DIN's PMax is a plain short (W); ISO-2's is a PhysicalValue.
  const pmax = entries.length ? Math.min(...entries.map((e) => (typeof e.PMax === 'number' ? e.PMax : num(e.PMax)))) : 0;
  return {
    ...view,
    ...(dc
      ? { max_voltage_V: num(dc.EVSEMaximumVoltageLimit), max_current_A: num(dc.EVSEMaximumCurrentLimit), max_power_W: num(dc.EVSEMaximumPowerLimit) }
      : {}),
    ...(ac ? { nominal_voltage_V: num(ac.EVSENominalVoltage), ac_max_current_A: num(ac.EVSEMaxCurrent) } : {}),
    ...(typeof tuple?.SAScheduleTupleID === 'number' ? { schedule_tuple_id: tuple.SAScheduleTupleID } : {}),
    pmax_W: pmax,
  };
}

/** Updates the EVSE limits from a CurrentDemandRes / ChargingStatusRes (they may change mid-loop). */
export function learnLoopLimits(view: EvseView, res: Record<string, unknown>): EvseView {
  const out = { ...view };
  if (res.EVSEMaximumCurrentLimit) out.max_current_A = num(res.EVSEMaximumCurrentLimit);
  if (res.EVSEMaximumPowerLimit) out.max_power_W = num(res.EVSEMaximumPowerLimit);
  if (res.EVSEMaximumVoltageLimit) out.max_voltage_V = num(res.EVSEMaximumVoltageLimit);
  if (res.EVSEMaxCurrent) out.ac_max_current_A = num(res.EVSEMaxCurrent);
  return out;
}

/**
 * supportedAppProtocolReq: our protocols with Priority 1, 2, … in the given order, then the extra offers
 * (never ours to speak; a charger must skip them). SchemaIDs count from 1; `schemaIds` maps them back.
 */
export function appProtocolOffers(protocols: readonly EvccProtocol[], extra: readonly AppOffer[]) {
  const schemaIds = new Map<number, EvccProtocol>();
  const AppProtocol = protocols.map((p, i) => {
    schemaIds.set(i + 1, p);
    return { ProtocolNamespace: NAMESPACES[p], VersionNumberMajor: 2, VersionNumberMinor: 0, SchemaID: i + 1, Priority: i + 1 };
  });
  for (const x of extra) {
    AppProtocol.push({ ProtocolNamespace: x.namespace, VersionNumberMajor: x.major, VersionNumberMinor: x.minor, SchemaID: AppProtocol.length + 1, Priority: x.priority });
  }
  return { doc: { supportedAppProtocolReq: { AppProtocol } }, schemaIds };
}

/** The energy transfer mode the EV requests: the option, else DC_extended, or AC by the on-board charger's phases. */
export function energyMode(opts: EvccOptions, protocol: EvccProtocol | null, battery: Battery): EnergyMode {
  if (opts.energy_mode) return opts.energy_mode;
  if (opts.charging !== 'ac' || protocol !== 'iso2') return 'DC_extended';
  return battery.spec.ac.phases === 3 ? 'AC_three_phase_core' : 'AC_single_phase_core';
}

/** supportedAppProtocolRes: its code and SchemaID (throws when it does not decode). */
export function readHandshake(payload: Uint8Array): { code: string; schemaId: number | undefined } {
  const doc = decode('appProtocol', payload) as { supportedAppProtocolRes?: { ResponseCode: string; SchemaID?: number } };
  return { code: doc.supportedAppProtocolRes?.ResponseCode ?? '', schemaId: doc.supportedAppProtocolRes?.SchemaID };
}

/** A V2G_Message answer: the body element's name and content, and the header's SessionID (lower case). */
export function readResponse(schema: EvccProtocol, payload: Uint8Array): { name: string; res: Record<string, unknown>; session_id: string } {
  const doc = decode(schema, payload) as { V2G_Message: { Header: { SessionID: string }; Body: Record<string, Record<string, unknown>> } };
  const [name, res] = Object.entries(doc.V2G_Message.Body)[0] as [string, Record<string, unknown>];
  return { name, res, session_id: doc.V2G_Message.Header.SessionID.toLowerCase() };
}
