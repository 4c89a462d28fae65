/**
 * The simulated power line behind the charging cable: an in-process Ethernet segment carrying HomePlug
 * frames between the EVSE's modem port, the EVSE's local modem (answers CM_SET_KEY, reports the
 * attenuation of the sounds it hears) and — once an HLC-capable vehicle sees 5 % PWM — the vehicle's
 * SLAC stack. Frames travel as bytes through the real codec, as they would on a modem's interface.
 */
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import { LinkPort, LocalModemSim, memoryBus, PevSim, type PevFault, type SlacLink } from '../../slac/index.js';
import { connectV2gtp, Evcc, sdpDiscover } from '../../v2g/index.js';
import type { FaultSpec } from '../../v2g/evcc/index.js';
import type { EvProfileConfig } from '../../config/index.js';
import type { SimBattery } from './dc-supply.js';
import type { SimJournal } from './journal.js';

/** Where the vehicle finds the charger's SDP server once the link is up (simulation: ::1). */
export interface V2gEndpoint {
  address: string;
  sdpPort: number;
}

/** What the vehicle's V2G stack does to the simulated vehicle: the current it may draw under 5 %. */
export type HlcDemand = (amps: number | null) => void;

export interface VehicleHooks {
  profile: EvProfileConfig;
  demand: HlcDemand;
  /** At a DC charger: puts the traction battery on the DC output (null: none). */
  dcBattery?: (battery: Omit<SimBattery, 'connected'> | null) => void;
}

export interface PowerlineMacs {
  evse: string;
  modem: string;
  pev: string;
}

/** Locally administered MACs, distinct per EVSE. */
export function simMacs(evse: number): PowerlineMacs {
  const n = evse.toString(16).padStart(2, '0');
  return { evse: `02:a0:00:00:${n}:01`, modem: `02:a0:00:00:${n}:02`, pev: `02:a0:00:00:${n}:03` };
}

export class SimPowerline {
  private readonly bus = memoryBus();
  /** The EVSE side: what a real board's PLC interface would be. */
  readonly evseLink: SlacLink;
  private readonly modem: LocalModemSim;
  private pev: { sim: PevSim; link: SlacLink } | null = null;
  /** The vehicle's SLAC phase, for diagnostics and tests. */
  pevPhase = 'IDLE';
  /** The vehicle's V2G stage ('Idle' until it talks). */
  evccStage = 'Idle';
  private endpoint: V2gEndpoint | null = null;
  private evcc: Evcc | null = null;
  private vehicle: VehicleHooks | null = null;
  private v2gFault: FaultSpec | null = null;
  private journal: SimJournal | null = null;

  constructor(
    readonly macs: PowerlineMacs,
    private readonly clock: Clock,
    private readonly log?: Logger,
  ) {
    this.evseLink = this.bus.attach(macs.evse);
    const modemPort = new LinkPort(macs.modem);
    modemPort.attach(this.bus.attach(macs.modem));
    this.modem = new LocalModemSim({ hostMac: macs.evse }, { port: modemPort });
  }

  get vehicleTalking(): boolean {
    return this.pev !== null;
  }

  /** The vehicle's V2G stack injects this fault in every session it starts from now on (null: none). */
  setV2gFault(spec: FaultSpec | null): void {
    this.v2gFault = spec;
  }

  /** Where the vehicle's V2G answers worth noting and its sessions' ends are written. */
  attachJournal(journal: SimJournal): void {
    this.journal = journal;
  }

  /** The charger's V2G service is listening here (set when the appliance starts its V2G capability). */
  setV2gEndpoint(endpoint: V2gEndpoint | null): void {
    this.endpoint = endpoint;
  }

  /** The vehicle starts its SLAC sequence (it saw 5 % PWM); after a match it starts its V2G session. */
  startVehicle(fault: PevFault = 'none', vehicle?: VehicleHooks): void {
    if (vehicle) this.vehicle = vehicle;
    if (this.pev) return;
    const link = this.bus.attach(this.macs.pev);
    const port = new LinkPort(this.macs.pev);
    port.attach(link);
    const sim = new PevSim({ fault }, { port, clock: this.clock, ...(this.log ? { log: this.log } : {}) });
    sim.onEvent((e) => {
      if (e.type === 'phase') this.pevPhase = e.phase;
      if (e.type === 'matched') void this.startV2g();
    });
    this.pev = { sim, link };
    sim.start();
  }

  /** SDP, TCP and the EVCC, as the vehicle does after SLAC (needs the charger's V2G endpoint). */
  private async startV2g(): Promise<void> {
    const v = this.vehicle;
    if (!this.endpoint || !v || v.profile.hlc === 'none' || this.evcc) return;
    const found = await sdpDiscover({ target: this.endpoint.address, port: this.endpoint.sdpPort });
    if (!found.ok || !this.pev) {
      this.log?.warn(`vehicle: SDP found no charger (${found.ok ? 'unplugged' : found.reason})`);
      return;
    }
    const conn = await connectV2gtp(found.host, found.port);
    const p = v.profile;
    const dc = v.dcBattery !== undefined;
    const evcc = new Evcc(
      this.clock,
      {
        capacity_kWh: p.battery_kWh,
        soc_pct: p.soc_pct,
        target_soc_pct: p.target_soc_pct,
        ...(dc ? { max_current_A: p.max_current_A } : {}),
        ac: { phases: p.phases === 1 ? 1 : 3, max_current_A: p.max_current_A, min_current_A: 6, max_voltage_V: 400 },
      },
      {
        charging: dc ? 'dc' : 'ac',
        protocols: p.hlc === 'din' ? ['din'] : ['iso2'],
        ...(this.v2gFault ? { fault: this.v2gFault } : {}),
        // The simulated vehicle waits 2 s (not the standard's 0.25 s) for a CurrentDemandRes: on a scaled
        // demo clock 0.25 s is a few real milliseconds, which a busy machine misses. The SECC is unaffected.
        timing: { current_demand_timeout_ms: 2_000 },
      },
    );
    this.evcc = evcc;
    // DC: the pack the supply sees is the EVCC's own battery (it counts its energy itself).
    v.dcBattery?.({ get ocv_V() { return evcc.battery.ocv_V(); }, internal_resistance_ohm: 0.1, absorb: () => {} });
    evcc.on((e) => {
      if (e.type === 'stage') {
        this.evccStage = e.stage;
        // AC: the vehicle draws, between PowerDelivery Start and Stop, what the EVSE allowed. DC: it closes
        // S2 (state C) for PowerDelivery Start; the current then comes through the DC output.
        if (dc && e.stage === 'PowerDeliveryStart') v.demand(10);
        if (!dc && e.stage === 'ChargingStatus') v.demand(evcc.status.target_current_A > 0 ? evcc.status.target_current_A : p.max_current_A);
        if (e.stage === 'PowerDeliveryStop' || e.stage === 'SessionStop') v.demand(null);
      }
      if (e.type === 'response' && !plainOk(e)) {
        const status = { ...(e.status_code !== undefined ? { status_code: e.status_code } : {}), ...(e.notification !== undefined ? { notification: e.notification } : {}) };
        this.journal?.record({ kind: 'ev_response', name: e.name, code: e.code, ...status }, this.clock.now());
      }
      if (e.type === 'end') {
        this.journal?.record({ kind: 'ev_end', outcome: e.outcome }, this.clock.now());
        v.demand(null);
        this.log?.info(`vehicle: V2G session ${e.outcome.result} (${e.outcome.reason})`);
      }
    });
    evcc.start(conn);
  }

  /** The vehicle left: its modem is gone from the line. */
  stopVehicle(): void {
    this.vehicle?.dcBattery?.(null);
    if (this.evcc) {
      this.evcc.stop('unplugged');
      this.evcc = null;
      this.evccStage = 'Idle';
    }
    if (!this.pev) return;
    this.pev.sim.close();
    void this.pev.link.close();
    this.pev = null;
    this.pevPhase = 'IDLE';
  }

  close(): void {
    this.stopVehicle();
    this.modem.close();
    void this.evseLink.close();
  }
}

/** An answer that says nothing new: OK, and the EVSE ready (or testing isolation) with no notification. */
function plainOk(e: { code: string; status_code?: string; notification?: string }): boolean {
  const quietStatus = e.status_code === undefined || e.status_code === 'EVSE_Ready' || e.status_code === 'EVSE_IsolationMonitoringActive';
  return e.code.startsWith('OK') && quietStatus && (e.notification ?? 'None') === 'None';
}
