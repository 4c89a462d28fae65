/**
 * What the API needs from the appliance, as narrow views of the other capabilities' interfaces; the
 * supervisor passes its parts in (build.ts), tests can pass a built app's.
 */
import type { FastifyInstance } from 'fastify';
import type { AuthManager, PushTokenProvider } from '../auth/index.js';
import type { SimulatorControl } from '../bsp/index.js';
import type { AmpboxConfig } from '../config/index.js';
import type { ErrorHistoryStore, SessionStore } from '../db/index.js';
import type { Charger } from '../evse/index.js';
import type { TlsMaterial } from '../http/index.js';
import type { Clock } from '../shared/clock.js';
import type { EventBus } from '../shared/events.js';
import type { Logger } from '../shared/logger.js';
import type { Board } from '../shared/ports/bsp.js';
import type { DcSupply } from '../shared/ports/dc.js';
import type { ErrorReporter } from '../shared/ports/errors.js';
import type { AppEvents } from '../shared/ports/events.js';
import type { Meter } from '../shared/ports/meter.js';

/** What the API steers and reads of a charger. */
export type ApiCharger = Pick<
  Charger,
  | 'evse'
  | 'status'
  | 'stopTransaction'
  | 'setCurrentLimit'
  | 'setEnabled'
  | 'setChargingAllowed'
  | 'phaseCount'
  | 'setPhaseCount'
  | 'dcPowerLimitW'
  | 'setDcPowerLimit'
>;

export interface ApiEvse {
  readonly id: number;
  readonly charger: ApiCharger;
  readonly board: Pick<Board, 'capabilities'>;
  readonly meter: Meter;
  /** The simulated board's hands; null on real hardware (and for an external EV). */
  readonly sim: SimulatorControl | null;
  readonly dc: { supply: Pick<DcSupply, 'capabilities' | 'read'> } | null;
}

export interface ApiDeps {
  /** The effective configuration; Config.Set changes live keys in it. */
  readonly config: AmpboxConfig;
  /** The file the appliance was started from (`--config`); null: nothing to write Config.Set to. */
  readonly configFile: string | null;
  /** The appliance clock: coalescing, waiting for limits, timestamps. */
  readonly clock: Clock;
  readonly bus: EventBus<AppEvents>;
  readonly log: Logger;
  readonly errors: Pick<ErrorReporter, 'active'>;
  readonly evses: readonly ApiEvse[];
  readonly auth: Pick<AuthManager, 'present'>;
  /** The charger's RFID reader (Simulator.PresentToken takes the reader's path). */
  readonly reader: Pick<PushTokenProvider, 'push'>;
  readonly errorHistory: () => ErrorHistoryStore | null;
  readonly sessions: () => SessionStore | null;
  /** The appliance's HTTP server the WebSocket path is served on; null: only the EVerest listener. */
  readonly http: FastifyInstance | null;
  readonly tls: TlsMaterial | null;
  /** "ampbox x.y.z" parts: the version alone. */
  readonly version: string;
}
