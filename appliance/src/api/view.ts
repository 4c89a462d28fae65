/**
 * The appliance as the API shows it: finds an EVSE by its index, reads charger, meter, supply and the
 * tracker's facts at one moment and hands them to mapping.ts. Handlers and notifications both read here,
 * so a notification carries exactly what a Get would return.
 */
import type { EvseConfig } from '../config/index.js';
import type { ApiDeps, ApiEvse } from './deps.js';
import type { DisplayStateObj, EVSEStatusObj, HardwareCapabilitiesObj, MeterDataObj } from './generated/types.js';
import { toDisplayState, toEvseStatus, toHardwareCapabilities, toMeterData, type DisplaySnapshot, type EvseSnapshot } from './mapping.js';
import type { EvseTracker } from './tracker.js';

export interface EvseRef {
  evse: ApiEvse;
  config: EvseConfig;
}

export class ApplianceView {
  constructor(
    readonly deps: ApiDeps,
    readonly tracker: EvseTracker,
  ) {}

  /** evse_index is the EVSE's configured id (1, 2, …, as in error origins and the session history). */
  find(index: unknown): EvseRef | null {
    if (typeof index !== 'number') return null;
    const evse = this.deps.evses.find((e) => e.id === index);
    const config = this.deps.config.evses.find((c) => c.id === index);
    return evse && config ? { evse, config } : null;
  }

  all(): EvseRef[] {
    return this.deps.evses.map((e) => this.find(e.id)).filter((r): r is EvseRef => r !== null);
  }

  isDc(ref: EvseRef): boolean {
    return ref.evse.dc !== null;
  }

  status(ref: EvseRef): EVSEStatusObj {
    return toEvseStatus(this.snapshot(ref));
  }

  display(ref: EvseRef): DisplayStateObj {
    const s = this.snapshot(ref);
    const facts = this.tracker.of(ref.evse.id);
    const d: DisplaySnapshot = {
      ...s,
      tariff: this.deps.config.tariff,
      errors: this.deps.errors.active({ evse_index: ref.evse.id }),
      authMethod: facts.authMethod,
      refusedReason: facts.refused?.reason ?? null,
      authorizing: facts.authorizing,
      awaitingPlug: this.tracker.awaitingPlug(ref.evse.id),
    };
    return toDisplayState(d);
  }

  meter(ref: EvseRef): MeterDataObj {
    return toMeterData(ref.evse.meter.read(), ref.evse.meter.id, this.isDc(ref));
  }

  hardware(ref: EvseRef): HardwareCapabilitiesObj {
    return toHardwareCapabilities(ref.config, ref.evse.board.capabilities.supports_phase_switching);
  }

  private snapshot(ref: EvseRef): EvseSnapshot {
    const { evse, config } = ref;
    const facts = this.tracker.of(evse.id);
    const supply = evse.dc?.supply;
    return {
      config,
      charger: evse.charger.status(),
      state: facts.state,
      phaseCount: evse.charger.phaseCount,
      dcPowerLimitW: evse.charger.dcPowerLimitW,
      reading: evse.meter.read(),
      hlc: facts.hlc,
      startSoc: facts.startSoc,
      errorPresent: this.deps.errors.active({ evse_index: evse.id }).length > 0,
      dc: supply ? { capabilities: supply.capabilities, measured: supply.read() } : null,
    };
  }
}
