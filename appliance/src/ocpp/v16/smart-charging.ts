/**
 * Smart charging (1.6 §3.13, §5.5, §5.7, §5.16): SetChargingProfile / ClearChargingProfile /
 * GetCompositeSchedule over the shared store. 1.6's ChargePointMaxProfile is the store's
 * ChargingStationMaxProfile; a TxProfile belongs to the transaction running on its connector.
 */
import type { ChargingProfile, CompositeSchedule, MapperContext } from '../ports.js';
import { csmsTime, decimalLimit, iso, parseTime } from './convert.js';
import type {
  ChargingProfilePurpose16,
  ChargingProfileStatus,
  ChargingSchedule16,
  ClearChargingProfileReq,
  CsChargingProfiles,
  GetCompositeScheduleConf,
  GetCompositeScheduleReq,
  SetChargingProfileReq,
} from './messages.js';
import type { TransactionReporter } from './transactions.js';

/** Limits this charge point announces (configuration keys) and enforces. */
export const SMART_LIMITS = { maxStackLevel: 10, maxPeriods: 48, maxProfiles: 20 } as const;

const PURPOSES: Record<ChargingProfilePurpose16, ChargingProfile['purpose']> = {
  ChargePointMaxProfile: 'ChargingStationMaxProfile',
  TxDefaultProfile: 'TxDefaultProfile',
  TxProfile: 'TxProfile',
};

/** A CSMS time, as the store takes it: it judges profiles on the CSMS's time line (MapperContext.now). */
function localTime(_ctx: MapperContext, text: string | undefined): number | undefined {
  return parseTime(text);
}

export function profileFromOcpp(ctx: MapperContext, p: CsChargingProfiles, txRef?: string): ChargingProfile {
  const s = p.chargingSchedule;
  const schedule: ChargingProfile['schedule'] = {
    unit: s.chargingRateUnit,
    periods: s.chargingSchedulePeriod.map((x) => ({ start_s: x.startPeriod, limit: x.limit, ...(x.numberPhases !== undefined ? { phases: x.numberPhases } : {}) })),
  };
  const start = localTime(ctx, s.startSchedule);
  if (start !== undefined) schedule.start = start;
  if (s.duration !== undefined) schedule.duration_s = s.duration;
  if (s.minChargingRate !== undefined) schedule.min_rate = s.minChargingRate;
  const out: ChargingProfile = { id: p.chargingProfileId, stack_level: p.stackLevel, purpose: PURPOSES[p.chargingProfilePurpose], kind: p.chargingProfileKind, schedule };
  if (p.recurrencyKind) out.recurrency = p.recurrencyKind;
  const from = localTime(ctx, p.validFrom);
  const to = localTime(ctx, p.validTo);
  if (from !== undefined) out.valid_from = from;
  if (to !== undefined) out.valid_to = to;
  if (txRef !== undefined) out.tx_ref = txRef;
  return out;
}

/** Why a profile cannot be taken whatever the store holds; null when its shape is acceptable. */
export function profileShapeError(p: CsChargingProfiles): string | null {
  const periods = p.chargingSchedule.chargingSchedulePeriod;
  if (p.stackLevel < 0 || p.stackLevel > SMART_LIMITS.maxStackLevel) return `stackLevel outside 0..${SMART_LIMITS.maxStackLevel}`;
  if (periods.length === 0 || periods.length > SMART_LIMITS.maxPeriods) return `1..${SMART_LIMITS.maxPeriods} schedule periods`;
  if (periods[0]!.startPeriod !== 0) return 'the first period must start at 0';
  for (let i = 1; i < periods.length; i++) if (periods[i]!.startPeriod <= periods[i - 1]!.startPeriod) return 'periods must start in increasing order';
  if (periods.some((x) => x.limit < 0)) return 'negative limit';
  if (p.chargingProfileKind === 'Recurring' && (!p.recurrencyKind || !p.chargingSchedule.startSchedule)) return 'a Recurring profile needs recurrencyKind and startSchedule';
  const from = parseTime(p.validFrom);
  const to = parseTime(p.validTo);
  if (from !== undefined && to !== undefined && to <= from) return 'validTo before validFrom';
  return null;
}

export class SmartChargingHandlers {
  constructor(
    private readonly ctx: MapperContext,
    private readonly tx: TransactionReporter,
  ) {}

  start(): void {
    const { link } = this.ctx;
    link.handle('SetChargingProfile', (req: SetChargingProfileReq) => ({ status: this.set(req) }));
    link.handle('ClearChargingProfile', (req: ClearChargingProfileReq) => ({ status: this.clear(req) }));
    link.handle('GetCompositeSchedule', (req: GetCompositeScheduleReq) => this.composite(req));
  }

  private known(connectorId: number): boolean {
    return connectorId === 0 || this.ctx.evses.some((e) => e.id === connectorId);
  }

  set(req: SetChargingProfileReq): ChargingProfileStatus {
    const p = req.csChargingProfiles;
    const reject = (why: string): ChargingProfileStatus => {
      this.ctx.log.info(`SetChargingProfile ${p.chargingProfileId} on connector ${req.connectorId} rejected: ${why}`);
      return 'Rejected';
    };
    if (!this.known(req.connectorId)) return reject('unknown connector');
    const shape = profileShapeError(p);
    if (shape) return reject(shape);
    if (p.chargingProfilePurpose === 'ChargePointMaxProfile' && req.connectorId !== 0) return reject('ChargePointMaxProfile only on connector 0');
    let txRef: string | undefined;
    if (p.chargingProfilePurpose === 'TxProfile') {
      if (req.connectorId === 0) return reject('TxProfile needs a connector');
      const running = this.tx.running(req.connectorId);
      if (!running) return reject('no transaction on the connector');
      if (p.transactionId !== undefined && p.transactionId !== running.ocpp_id) return reject(`transaction ${p.transactionId} is not the one running`);
      txRef = running.tx_ref;
    }
    const installed = this.ctx.smart.list().filter((x) => x.profile.id !== p.chargingProfileId).length;
    if (installed >= SMART_LIMITS.maxProfiles) return reject(`${SMART_LIMITS.maxProfiles} profiles installed already`);
    const result = this.ctx.smart.set(req.connectorId, profileFromOcpp(this.ctx, p, txRef));
    if (result.status !== 'Accepted') return reject(result.reason ?? 'refused by the store');
    return 'Accepted';
  }

  clear(req: ClearChargingProfileReq): 'Accepted' | 'Unknown' {
    // 1.6 §5.5: with an id, the other criteria are ignored.
    const filter =
      req.id !== undefined
        ? { id: req.id }
        : {
            ...(req.connectorId !== undefined ? { evse: req.connectorId } : {}),
            ...(req.chargingProfilePurpose !== undefined ? { purpose: PURPOSES[req.chargingProfilePurpose] } : {}),
            ...(req.stackLevel !== undefined ? { stack_level: req.stackLevel } : {}),
          };
    return this.ctx.smart.clear(filter) > 0 ? 'Accepted' : 'Unknown';
  }

  composite(req: GetCompositeScheduleReq): GetCompositeScheduleConf {
    if (!this.known(req.connectorId) || req.duration <= 0) return { status: 'Rejected' };
    const start = this.ctx.now();
    const unit = req.chargingRateUnit ?? 'A';
    const schedule = this.ctx.smart.composite(req.connectorId, start, req.duration, unit) ?? this.unlimited(req.connectorId, start, req.duration, unit);
    const startIso = iso(schedule.start);
    const chargingSchedule: ChargingSchedule16 = {
      duration: Math.round(schedule.duration_s),
      startSchedule: startIso,
      chargingRateUnit: schedule.unit,
      chargingSchedulePeriod: schedule.periods.map((x) => ({
        startPeriod: Math.round(x.start_s),
        limit: decimalLimit(x.limit),
        ...(x.phases !== undefined ? { numberPhases: x.phases } : {}),
      })),
    };
    return { status: 'Accepted', connectorId: req.connectorId, scheduleStart: startIso, chargingSchedule };
  }

  /** No profile applies: the connector's (or, for 0, the charge point's) own rating is the schedule. */
  private unlimited(connectorId: number, start: number, duration: number, unit: 'A' | 'W'): CompositeSchedule {
    const evses = connectorId === 0 ? this.ctx.evses : this.ctx.evses.filter((e) => e.id === connectorId);
    const amps = evses.reduce((sum, e) => sum + e.max_current_A, 0);
    const watts = evses.reduce((sum, e) => sum + e.max_current_A * e.nominal_voltage_V * e.phases, 0);
    return { evse: connectorId, start, duration_s: duration, unit, periods: [{ start_s: 0, limit: unit === 'A' ? amps : watts }] };
  }
}
