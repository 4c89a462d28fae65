/**
 * `board.ev: external` (issue 5): the control-pilot follower on the simulated board, with the real parts
 * around it on a ManualClock — the board from createBoard(), the charger (HLC, free charging), SLAC on an
 * in-memory power line (EVSE machine, local modem, the EV's PevSim, frames through the codec), HlcBridge,
 * and the EVCC simulator's ISO 15118-2 session through the follower. The follower moves the CP only
 * through the vehicle's hands on the board; the charger sees it through the Board contract, as it would
 * see a car.
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../appliance/src/shared/clock.js';
import { EventBus } from '../../appliance/src/shared/events.js';
import { Logger, memorySink, type LogRecord } from '../../appliance/src/shared/logger.js';
import type { AppEvents } from '../../appliance/src/shared/ports/events.js';
import type { CpState } from '../../appliance/src/shared/ports/bsp.js';
import { sequentialUuids } from '../../appliance/src/shared/uuid.js';
import { defaultConfig, validateConfig } from '../../appliance/src/config/index.js';
import { createBoard, EXTERNAL_EV_GONE_MS } from '../../appliance/src/bsp/index.js';
import { Charger, HlcBridge } from '../../appliance/src/evse/index.js';
import { ErrorManager } from '../../appliance/src/errors/index.js';
import { EvseSlac, LinkPort, LocalModemSim, memoryBus, PevSim } from '../../appliance/src/slac/index.js';
import { Evcc, type EvccOptions } from '../../appliance/src/v2g/evcc/index.js';
import { runSessionOnConnection, type CloseKind } from '../../appliance/src/v2g/session/index.js';
import { iso2Protocol } from '../../appliance/src/v2g/iso2/index.js';
import { memoryPair } from '../v2g/evcc/memory-pair.js';

const MAC = { evse: '02:b0:00:00:01:01', modem: '02:b0:00:00:01:02', pev: '02:b0:00:00:01:03' };

async function bench(kind: 'dc' | 'ac') {
  const clock = new ManualClock();
  const records: LogRecord[] = [];
  const log = new Logger('test', clock, memorySink(records));
  const config = defaultConfig({
    database: { path: ':memory:' },
    auth: { mode: 'free' },
    evses: [
      {
        id: 1,
        board: { type: 'sim', ev: 'external' },
        slac: { enabled: true, link: 'pcap', interface: 'plc0' },
        ...(kind === 'dc'
          ? { connector: 'cCCS2', max_current_A: 32, dc: { enabled: true, max_voltage_V: 500, max_current_A: 125, max_power_W: 50000 } }
          : { max_current_A: 16, phases: 3 }),
      },
    ],
  });
  const evse = config.evses[0]!;
  const { board, meter, sim, externalEv, dc } = createBoard(config, evse, clock, log);
  const ext = externalEv!;
  const bus = new EventBus<AppEvents>();
  const errors = new ErrorManager({ store: null, bus, clock, log });

  // The power line: the EVSE's port (with its SLAC machine), the local modem, later the EV.
  const line = memoryBus();
  const port = new LinkPort(MAC.evse);
  port.attach(line.attach(MAC.evse));
  const modemPort = new LinkPort(MAC.modem);
  modemPort.attach(line.attach(MAC.modem));
  new LocalModemSim({ hostMac: MAC.evse }, { port: modemPort });
  const slac = new EvseSlac({ modemMac: MAC.modem, fallbackAttenuation: 30 }, { port, clock, log });
  // As the supervisor wires it: the EV's CM_SLAC_PARM.REQ plugs it in (after the machine saw the frame).
  port.onFrame((f) => {
    if (f.message.name === 'CM_SLAC_PARM.REQ') ext.plugIn(`CM_SLAC_PARM.REQ from ${f.header.src}`);
  });

  const charger = new Charger(
    {
      evse: 1,
      maxCurrentA: evse.max_current_A,
      freeCharging: true,
      authTimeoutMs: 60_000,
      power: { power_off_wait_ms: evse.power_off_wait_ms, power_off_current_A: evse.power_off_current_A, has_lock: true },
      hlc: true,
      hlcOnly: true,
    },
    { board, meter, clock, bus, errors, log, uuid: sequentialUuids(), slac },
  );
  const bridge = new HlcBridge(
    {
      evse_id: 'ampbox*1',
      energy_modes: kind === 'dc' ? ['DC_extended'] : ['AC_three_phase_core'],
      nominal_voltage_V: 230,
      phases: 3,
      meter_id: meter.id,
    },
    { charger, meter, clock, bus, ...(dc ? { dc: dc.supply, imd: dc.imd } : {}) },
  );
  const cp: CpState[] = [];
  board.onEvent((e) => {
    if (e.type === 'cp') cp.push(e.state);
  });
  const states: string[] = [];
  bus.on('charger_state', 'test', (s) => states.push(`${s.from} -> ${s.to}`));
  charger.start();
  clock.every(100, () => {
    board.tick(clock.now());
    charger.tick();
  });
  /** Advances simulated time; frames on the memory line travel between steps. */
  const run = async (ms: number, until?: () => boolean): Promise<void> => {
    for (let t = 0; t < ms && !until?.(); t += 20) {
      clock.advance(20);
      await new Promise((r) => setImmediate(r));
    }
  };

  const pevPort = new LinkPort(MAC.pev);
  pevPort.attach(line.attach(MAC.pev));
  /** The car arrives: SLAC as the PEV until it matched. */
  const arrive = async (): Promise<PevSim> => {
    const pev = new PevSim({}, { port: pevPort, clock });
    pev.start();
    await run(10_000, () => pev.phase === 'MATCHED');
    return pev;
  };
  /** One V2G connection, the EVCC to its end; the follower is told when the connection went. */
  const v2gSession = async (battery: Record<string, unknown>, opts: EvccOptions = {}) => {
    const pair = memoryPair();
    let ended: CloseKind | null = null;
    runSessionOnConnection(pair.secc, {
      protocols: [iso2Protocol({ now_ms: () => clock.now() })],
      evse: ext.follow(bridge),
      clock,
      log,
      sessionId: () => 'a1b2c3d4e5f60708',
      onSession: () => charger.beginHlcSession(),
      onEnd: (how) => {
        ended = how;
        ext.left(how); // the SECC closes the connection right after
      },
    });
    const evcc = new Evcc(clock, battery, { protocols: ['iso2'], charging: kind, ...opts });
    evcc.start(pair.ev);
    await run(600_000, () => evcc.outcome !== null && ended !== null);
    return { evcc, ended: ended as CloseKind | null };
  };
  return { clock, board, sim, ext, dc, meter, charger, cp, states, records, run, arrive, v2gSession };
}

describe('ExternalEv: the CP follows an external EV', () => {
  it('DC: B at its first CM_SLAC_PARM.REQ (the repetition is answered), C at PowerDelivery Start, B at Stop, A after the grace; the virtual pack takes the current', async () => {
    const b = await bench('dc');
    expect(b.sim).toBeNull(); // no simulated vehicle to plug by hand
    expect(b.cp).toEqual(['A']);
    const pev = await b.arrive();
    expect(pev.phase).toBe('MATCHED');
    expect(pev.retries).toBeGreaterThanOrEqual(1); // the first CM_SLAC_PARM.REQ only plugged it in
    expect(b.cp).toEqual(['A', 'B']);

    let peakA = 0;
    b.board.onEvent((e) => {
      if (e.type === 'telemetry') peakA = Math.max(peakA, e.data.current_A[0]);
    });
    const { evcc, ended } = await b.v2gSession({ capacity_kWh: 1, soc_pct: 78, target_soc_pct: 80 });
    expect(evcc.outcome).toMatchObject({ result: 'terminated', reason: 'target SoC reached' });
    expect(ended).toBe('terminate');
    expect(b.cp).toEqual(['A', 'B', 'C', 'B']);
    // The current the EV demanded flowed into the pack and the meter counted it.
    expect(peakA).toBeGreaterThan(50);
    expect(b.meter.read().energy_import_Wh).toBeGreaterThan(10);
    const pack = b.records.find((r) => r.message.startsWith('virtual DC pack at'))!.message;
    expect(Number(/at ([\d.]+) V/.exec(pack)![1])).toBeCloseTo(evcc.battery.ocv_V(), -1);

    // Gone only after the grace period: B just before it, A after it; the charger then goes idle.
    await b.run(EXTERNAL_EV_GONE_MS - 200);
    expect(b.ext.cp).toBe('B');
    await b.run(400);
    expect(b.ext.cp).toBe('A');
    expect(b.cp).toEqual(['A', 'B', 'C', 'B', 'A']);
    expect(b.states).toEqual([
      'Idle -> PrepareCharging',
      'PrepareCharging -> Charging',
      'Charging -> ChargingPausedEV',
      'ChargingPausedEV -> StoppingCharging',
      'StoppingCharging -> Finished',
      'Finished -> Idle',
    ]);
  });

  it('AC: the line draws what the EV may draw — the EVSE’s limit capped by the EV’s own maximum', async () => {
    const b = await bench('ac');
    await b.arrive();
    let drawn: number[] = [];
    b.board.onEvent((e) => {
      if (e.type === 'telemetry' && e.data.current_A[0] > 0) drawn = e.data.current_A;
    });
    const { evcc } = await b.v2gSession({ capacity_kWh: 1, soc_pct: 79, target_soc_pct: 80, ac: { phases: 3, max_current_A: 10, min_current_A: 6, max_voltage_V: 400 } });
    expect(evcc.outcome).toMatchObject({ result: 'terminated' });
    expect(drawn).toEqual([10, 10, 10]); // EVSE offers 16 A, the car takes at most 10 A per phase
    expect(b.meter.read().energy_import_Wh).toBeGreaterThan(5);
    expect(b.cp).toEqual(['A', 'B', 'C', 'B']);
  });

  it('after SessionStop Pause the EV stays plugged (B); a sign of life cancels the grace; an error end unplugs', async () => {
    const b = await bench('ac');
    await b.arrive();
    const { evcc, ended } = await b.v2gSession({ capacity_kWh: 1, soc_pct: 79, target_soc_pct: 80 }, { stop_mode: 'pause' });
    expect(evcc.outcome?.result).toBe('paused');
    expect(ended).toBe('pause');
    await b.run(60_000);
    expect(b.ext.cp).toBe('B');

    // A connection that ends without a pause arms the grace; the EV's next connection cancels it.
    b.ext.left('error');
    await b.run(EXTERNAL_EV_GONE_MS / 2);
    b.ext.stillThere();
    await b.run(EXTERNAL_EV_GONE_MS * 2);
    expect(b.ext.cp).toBe('B');
    // A repeated CM_SLAC_PARM.REQ while plugged changes nothing either.
    b.ext.plugIn('CM_SLAC_PARM.REQ again');
    expect(b.ext.changes.map((c) => c.cp)).toEqual(['B', 'C', 'B']);

    b.ext.left('error');
    await b.run(EXTERNAL_EV_GONE_MS + 200);
    expect(b.ext.cp).toBe('A');
    expect(b.cp.at(-1)).toBe('A');
    expect(b.ext.changes.at(-1)!.why).toMatch(/^gone: no connection or CM_SLAC_PARM\.REQ within 3000 ms after the session \(error\)/);
  });
});

describe('configuration of board.ev: external', () => {
  const problems = (evse: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    validateConfig({ evses: [{ id: 1, board: { type: 'sim', ev: 'external' }, ...evse }], ...extra }).problems;

  it('is valid with SLAC over pcap (V2G then on slac.interface), or without SLAC with v2g.interface', () => {
    expect(problems({ slac: { enabled: true, link: 'pcap', interface: 'plc0' } })).toEqual([]);
    expect(problems({ slac: { enabled: false }, v2g: { interface: 'eth2' } })).toEqual([]);
  });

  it('says what is missing or contradictory', () => {
    expect(problems({ slac: { enabled: true, link: 'sim' } })).toEqual([
      'evses[0].slac.link: must be pcap for board.ev: external (the simulated power line exists only with a simulated vehicle)',
    ]);
    expect(problems({ slac: { enabled: false } })).toEqual([
      'evses[0].board.ev: external needs a network interface: slac.enabled with slac.link pcap, or v2g.interface',
    ]);
    expect(problems({ slac: { enabled: true, link: 'pcap' }, v2g: { enabled: false } })).toEqual([
      'evses[0].v2g.enabled: must be true for board.ev: external (the EV drives the session over HLC)',
    ]);
    expect(problems({ slac: { enabled: true, link: 'pcap' } }, { simulation: { ev_profiles: { external: { max_current_A: 16, phases: 3, battery_kWh: 50 } } } })).toEqual([
      'simulation.ev_profiles.external: the name is reserved for board.ev: external',
    ]);
  });

  it('v2g.address_timeout_s defaults to 15 s and is bounded', () => {
    const ok = validateConfig({ evses: [{ id: 1, board: { type: 'sim', ev: 'external' }, slac: { enabled: true, link: 'pcap' } }] });
    expect(ok.config?.evses[0]!.v2g).toEqual({ enabled: true, address_timeout_s: 15 });
    expect(problems({ slac: { enabled: true, link: 'pcap' }, v2g: { address_timeout_s: 0 } })).toEqual(['evses[0].v2g.address_timeout_s: must be >= 1']);
  });
});
