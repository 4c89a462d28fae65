/**
 * Registration with the CSMS: BootNotification on the first connection of the process (and on every
 * connection until the CSMS accepts), retried after the interval the CSMS gives when Pending or Rejected;
 * then Heartbeat every interval. The answers' currentTime keeps an offset that corrects OCPP timestamps.
 * A reconnect after Accepted sends no new BootNotification (both versions allow that).
 */
import type { Clock, TimerHandle } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { KeyValueStore } from '../db/index.js';
import type { OcppConfig } from '../config/index.js';
import { OcppNoAnswerError, type BootReason, type BootState, type BootStatus, type OcppLink, type OcppSettings } from './ports.js';
import type { QueueSender } from './sender.js';

/** kv key: the reason the next BootNotification gives (set before a Reset, cleared once accepted). */
export const BOOT_REASON_KEY = 'ocpp.boot_reason';
/** A correction larger than this is a SettingSystemTime security event. */
export const CLOCK_JUMP_EVENT_MS = 60_000;

export interface BootManagerDeps {
  link: OcppLink;
  clock: Clock;
  log: Logger;
  settings: OcppSettings;
  config: OcppConfig;
  kv: KeyValueStore;
  /** Queues a SecurityEventNotification. */
  securityEvent(type: string, techInfo?: string): void;
}

interface BootAnswer {
  status: BootStatus;
  interval: number;
  currentTime: string;
}

export class BootManager implements BootState {
  private status_: BootStatus | null = null;
  private reason: BootReason;
  private offsetMs = 0;
  private synced = false;
  private sender: QueueSender | null = null;
  private payload: ((reason: BootReason) => object) | null = null;
  private sending = false;
  private retryTimer: TimerHandle | null = null;
  private heartbeatTimer: TimerHandle | null = null;
  private heartbeatEveryMs = 0;
  private readonly acceptedListeners = new Set<() => void>();
  private readonly unsubscribe: Array<() => void> = [];

  constructor(private readonly deps: BootManagerDeps) {
    this.reason = deps.kv.get<BootReason>(BOOT_REASON_KEY) ?? 'PowerUp';
  }

  get status(): BootStatus | null {
    return this.status_;
  }

  get interval_s(): number {
    return this.deps.settings.getNumber('heartbeat_interval_s');
  }

  /** The reason the next BootNotification will give. */
  get bootReason(): BootReason {
    return this.reason;
  }

  /** The clock corrected by the CSMS's currentTime. */
  now(): number {
    return this.deps.clock.now() + this.offsetMs;
  }

  /** How far the CSMS's clock is ahead of ours (ms). */
  get clockOffsetMs(): number {
    return this.offsetMs;
  }

  onAccepted(listener: () => void): () => void {
    this.acceptedListeners.add(listener);
    return () => void this.acceptedListeners.delete(listener);
  }

  /** Begins: boots at each connection until accepted. `payload` is the mapper's BootNotification. */
  start(sender: QueueSender, payload: (reason: BootReason) => object): void {
    this.sender = sender;
    this.payload = payload;
    this.unsubscribe.push(
      this.deps.link.onConnected(() => {
        // Pending or Rejected with a retry already scheduled: the CSMS's interval still applies.
        if (this.status_ !== 'Accepted' && !this.retryTimer) void this.boot();
      }),
      this.deps.settings.onChange((key) => {
        if (key === 'heartbeat_interval_s' && this.status_ === 'Accepted') this.scheduleHeartbeat();
      }),
    );
    if (this.deps.link.connected && this.status_ !== 'Accepted') void this.boot();
  }

  stop(): void {
    for (const u of this.unsubscribe.splice(0)) u();
    this.retryTimer?.cancel();
    this.retryTimer = null;
    this.heartbeatTimer?.cancel();
    this.heartbeatTimer = null;
    this.sender = null;
  }

  /** Written before a restart so the next process's BootNotification names the reason. */
  rememberReason(reason: BootReason): void {
    this.deps.kv.set(BOOT_REASON_KEY, reason);
  }

  /** TriggerMessage BootNotification. */
  trigger(): void {
    this.reason = 'Triggered';
    void this.boot();
  }

  /** Each heartbeat interval, and TriggerMessage Heartbeat (`triggered`: also while the boot is Pending). */
  async heartbeat(triggered = false): Promise<void> {
    const sender = this.sender;
    if (!sender) return;
    if (!sender.online && !(triggered && this.status_ === 'Pending')) return;
    const sentAt = this.deps.clock.now();
    try {
      const res = await sender.send<{ currentTime: string }>('Heartbeat', {}, { triggered });
      this.syncClock(res.currentTime, sentAt, 'Heartbeat');
    } catch (e) {
      this.deps.log.debug(`Heartbeat: ${(e as Error).message}`);
    }
  }

  private async boot(): Promise<void> {
    const sender = this.sender;
    if (!sender || !this.payload || this.sending || !this.deps.link.connected) return;
    this.retryTimer?.cancel();
    this.retryTimer = null;
    this.sending = true;
    const reason = this.reason;
    const sentAt = this.deps.clock.now();
    let answer: BootAnswer;
    try {
      answer = await sender.sendBoot<BootAnswer>(this.payload(reason));
    } catch (e) {
      this.sending = false;
      if (e instanceof OcppNoAnswerError && !this.deps.link.connected) return; // boots again at the reconnect
      const retry = this.deps.config.boot_retry_s;
      this.deps.log.warn(`BootNotification: ${(e as Error).message}; again in ${retry} s`);
      this.retryLater(retry);
      return;
    }
    this.sending = false;
    if (this.sender !== sender) return; // stopped meanwhile
    this.syncClock(answer.currentTime, sentAt, 'BootNotification');
    this.status_ = answer.status;
    if (answer.status === 'Accepted') {
      this.deps.log.info(`BootNotification (${reason}) accepted; heartbeat every ${answer.interval > 0 ? answer.interval : this.interval_s} s`);
      this.deps.kv.delete(BOOT_REASON_KEY);
      this.reason = 'PowerUp';
      // The CSMS's interval is the HeartbeatInterval setting from now on (1.6 and 2.0.1 both say so).
      if (answer.interval > 0 && answer.interval !== this.interval_s) this.deps.settings.set('heartbeat_interval_s', answer.interval);
      this.scheduleHeartbeat();
      for (const l of [...this.acceptedListeners]) l();
    } else {
      this.heartbeatTimer?.cancel();
      this.heartbeatTimer = null;
      const retry = answer.interval > 0 ? answer.interval : this.deps.config.boot_retry_s;
      this.deps.log.warn(`BootNotification (${reason}): ${answer.status}; again in ${retry} s${answer.status === 'Rejected' ? ', sending nothing else until then' : ''}`);
      this.retryLater(retry);
    }
  }

  private retryLater(seconds: number): void {
    this.retryTimer?.cancel();
    this.retryTimer = this.deps.clock.after(seconds * 1000, () => {
      this.retryTimer = null;
      void this.boot();
    });
  }

  private scheduleHeartbeat(): void {
    const ms = this.interval_s * 1000;
    if (this.heartbeatTimer && ms === this.heartbeatEveryMs) return;
    this.heartbeatTimer?.cancel();
    this.heartbeatEveryMs = ms;
    this.heartbeatTimer = this.deps.clock.every(ms, () => void this.heartbeat());
  }

  /** Takes the CSMS's time as true at the midpoint between request and answer. */
  private syncClock(currentTime: string | undefined, sentAt: number, from: string): void {
    const csms = currentTime === undefined ? NaN : Date.parse(currentTime);
    if (!Number.isFinite(csms)) {
      this.deps.log.warn(`${from}: unusable currentTime ${JSON.stringify(currentTime)}; clock not corrected`);
      return;
    }
    const receivedAt = this.deps.clock.now();
    const offset = Math.round(csms - (sentAt + receivedAt) / 2);
    // The CSMS's time is known only to within half the round trip (which includes any wait for our turn
    // to send) plus the resolution of its timestamp (whole seconds when it sends no fraction): an offset
    // inside that window is not wrong, and moving to it would make timestamps jump for nothing.
    const resolution = /\.\d/.test(currentTime!) ? 1 : 1000;
    const window = (receivedAt - sentAt) / 2 + resolution;
    if (Math.abs(offset - this.offsetMs) <= window) {
      if (!this.synced) this.deps.log.info(`${from}: clock agrees with the CSMS's within ${Math.round(window)} ms`);
      this.synced = true;
      return;
    }
    const jump = offset - this.offsetMs;
    this.offsetMs = offset;
    const text = `${jump >= 0 ? '+' : ''}${(jump / 1000).toFixed(3)} s`;
    if (Math.abs(jump) > CLOCK_JUMP_EVENT_MS) {
      this.deps.log.warn(`${from}: clock set to the CSMS's ${currentTime} (moved ${text}; offset ${offset} ms)`);
      this.deps.securityEvent('SettingSystemTime', `clock moved ${text} to the CSMS's time ${currentTime}`);
    } else if (!this.synced) {
      this.deps.log.info(`${from}: clock offset to the CSMS ${offset} ms`);
    } else {
      this.deps.log.debug(`${from}: clock offset to the CSMS ${offset} ms (${text})`);
    }
    this.synced = true;
  }
}
