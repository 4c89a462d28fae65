/**
 * The simulated power line behind the charging cable: an in-process Ethernet segment carrying HomePlug
 * frames between the EVSE's modem port, the EVSE's local modem (answers CM_SET_KEY, reports the
 * attenuation of the sounds it hears) and — once an HLC-capable vehicle sees 5 % PWM — the vehicle's
 * SLAC stack. Frames travel as bytes through the real codec, as they would on a modem's interface.
 */
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import { LinkPort, LocalModemSim, memoryBus, PevSim, type PevFault, type SlacLink } from '../../slac/index.js';

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

  /** The vehicle starts its SLAC sequence (it saw 5 % PWM). */
  startVehicle(fault: PevFault = 'none'): void {
    if (this.pev) return;
    const link = this.bus.attach(this.macs.pev);
    const port = new LinkPort(this.macs.pev);
    port.attach(link);
    const sim = new PevSim({ fault }, { port, clock: this.clock, ...(this.log ? { log: this.log } : {}) });
    sim.onEvent((e) => {
      if (e.type === 'phase') this.pevPhase = e.phase;
    });
    this.pev = { sim, link };
    sim.start();
  }

  /** The vehicle left: its modem is gone from the line. */
  stopVehicle(): void {
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
