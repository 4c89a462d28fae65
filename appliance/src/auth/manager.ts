/**
 * Connects token providers to chargers: a presented token is validated, then given to the EVSE waiting
 * for one (the one the token names, or the EVSE that has waited longest). A token presented before the
 * vehicle is plugged in is kept for the authorization timeout and used by the next session that asks.
 */
import type { Clock } from '../shared/clock.js';
import type { EventBus } from '../shared/events.js';
import type { Logger } from '../shared/logger.js';
import type { ProvidedToken, TokenProvider, TokenValidator } from '../shared/ports/auth.js';
import type { ChargerHandle } from '../shared/ports/charger.js';
import type { AppEvents } from '../shared/ports/events.js';
import { validateToken } from './validators.js';

export interface AuthManagerDeps {
  clock: Clock;
  bus: EventBus<AppEvents>;
  log: Logger;
  chargers: ChargerHandle[];
  validators: TokenValidator[];
  /** How long an accepted token waits for a vehicle; a function when another capability may change it live. */
  timeoutMs: number | (() => number);
}

export class AuthManager {
  private pending: { token: ProvidedToken; expires: number } | null = null;
  private readonly unsubscribers: Array<() => void> = [];
  /** When each EVSE started waiting, to serve the longest-waiting one first. */
  private readonly waitingSince = new Map<number, number>();

  constructor(private readonly deps: AuthManagerDeps) {}

  start(): void {
    this.unsubscribers.push(
      this.deps.bus.on('session_event', 'auth', (e) => {
        if (e.type === 'AuthRequired') {
          this.waitingSince.set(e.evse, e.timestamp);
          this.usePending(e.evse);
        } else if (e.type === 'Authorized' || e.type === 'SessionFinished' || e.type === 'PluginTimeout') {
          this.waitingSince.delete(e.evse);
        }
      }),
    );
  }

  stop(): void {
    for (const u of this.unsubscribers.splice(0)) u();
    this.deps.bus.removeOwner('auth');
  }

  addProvider(provider: TokenProvider): void {
    this.unsubscribers.push(provider.onToken((t) => void this.present(t)));
  }

  /** Validates a token and hands it to a waiting EVSE. Resolves to the EVSE it went to, or null. */
  async present(token: ProvidedToken): Promise<{ accepted: boolean; evse: number | null; status: string }> {
    const result = await validateToken(this.deps.validators, token);
    const target = result.status === 'Accepted' ? this.pickCharger(token) : null;
    this.deps.bus.emit('authorization', { token, result, evse: target?.evse ?? null });
    if (result.status !== 'Accepted') {
      this.deps.log.info(`token ${token.id_token} from ${token.source}: ${result.status} (${result.by})`);
      return { accepted: false, evse: null, status: result.status };
    }
    if (target && target.authorize(token, result)) {
      this.deps.log.info(`token ${token.id_token} authorized EVSE ${target.evse}`);
      return { accepted: true, evse: target.evse, status: result.status };
    }
    const wait = typeof this.deps.timeoutMs === 'function' ? this.deps.timeoutMs() : this.deps.timeoutMs;
    this.pending = { token, expires: this.deps.clock.now() + wait };
    this.deps.log.info(`token ${token.id_token} accepted; waiting for a vehicle to plug in`);
    return { accepted: true, evse: null, status: result.status };
  }

  private pickCharger(token: ProvidedToken): ChargerHandle | null {
    const waiting = this.deps.chargers.filter((c) => c.status().state === 'WaitingForAuthentication');
    if (token.evse !== undefined) return waiting.find((c) => c.evse === token.evse) ?? null;
    waiting.sort((a, b) => (this.waitingSince.get(a.evse) ?? 0) - (this.waitingSince.get(b.evse) ?? 0));
    return waiting[0] ?? null;
  }

  private usePending(evse: number): void {
    const p = this.pending;
    if (!p) return;
    if (p.expires < this.deps.clock.now()) {
      this.pending = null;
      return;
    }
    if (p.token.evse !== undefined && p.token.evse !== evse) return;
    const charger = this.deps.chargers.find((c) => c.evse === evse);
    this.pending = null;
    // Defer: the charger publishes AuthRequired before it has entered WaitingForAuthentication.
    this.deps.clock.after(0, () => void this.present({ ...p.token, evse }));
    void charger;
  }
}
