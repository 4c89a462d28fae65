/**
 * The EVSE side of SLAC (ISO 15118-3 Annex A.9): runs the phase table of states.ts on one injected
 * clock, sends what the handlers ask for, and owns the two request/reply exchanges that outlive a single
 * message: CM_SET_KEY with the local modem and CM_ATTEN_CHAR with the PEV. Bad or unexpected frames are
 * counted and dropped, never thrown.
 */
import { randomInt } from 'node:crypto';
import type { Clock, TimerHandle } from '../../shared/clock.js';
import { Logger, silentSink } from '../../shared/logger.js';
import { BROADCAST_MAC, type Hex, type MacAddress, type SlacFrame } from '../frames/types.js';
import { nidFromNmk, randomNmk } from '../keys.js';
import type { SlacPort } from '../port.js';
import { fallbackProfile, frameOf, setKeyReq, zeros } from './messages.js';
import { ReplyMatcher, type PendingReply } from '../../shared/reply.js';
import { PHASES, type Env, type FailReason, type IgnoreWhy, type Out, type Outcome, type Phase, type Session, type SlacState } from './states.js';
import { timerValues, type TimerName, type TimerValues } from './timers.js';

export interface EvseSlacOptions {
  /** The local modem's MAC for CM_SET_KEY.REQ; broadcast when unknown. */
  modemMac?: MacAddress;
  /** 'fresh' (default): a new NMK/NID every enterBcd(). 'fixed': one key for the process (or `fixedKey`). */
  nmkMode?: 'fresh' | 'fixed';
  fixedKey?: { nmk: Hex; nid: Hex };
  setKey?: {
    /** True: matching waits for a good CM_SET_KEY.CNF. False (default): a missing CNF is only reported. */
    required?: boolean;
    /** Re-sends after the first CM_SET_KEY.REQ (default 2); each waits TT_set_key. */
    retries?: number;
    /** CNF result codes that mean success (default [0]; some modems answer 1). */
    okResults?: number[];
  };
  /** Profile (dB per group, or one value for all 58) used when the modem reported none or all-zero. */
  fallbackAttenuation?: number | number[];
  /** Added to the measured average (dB), like EVerest's sounding_atten_adjustment. */
  attenuationOffsetDb?: number;
  timers?: Partial<Record<TimerName, number>>;
  /** Stay in JOIN (TT_match_join) after CM_SLAC_MATCH.CNF until linkStatus(true). Default false. */
  awaitLink?: boolean;
  /** After a failed attempt while still in B/C/D: 'idle' (default; the charger decides) or 'rearm' (wait for a new CM_SLAC_PARM.REQ). */
  afterFailure?: 'idle' | 'rearm';
}

export interface EvseSlacDeps {
  port: SlacPort;
  clock: Clock;
  log?: Logger;
  /** Fresh NMK (16 bytes hex). Default: keys.ts randomNmk. */
  nmk?: () => Hex;
  /** NID from an NMK (HomePlug AV). Default: keys.ts nidFromNmk. */
  nid?: (nmk: Hex) => Hex;
  /** CM_SET_KEY.REQ nonce. Default: random. */
  nonce?: () => number;
}

export type EvseSlacEvent =
  | { type: 'state'; state: SlacState; phase: Phase }
  | { type: 'matched'; pev_mac: MacAddress; nid: Hex; run_id: Hex }
  | { type: 'failed'; reason: FailReason }
  | { type: 'set_key'; result: 'ok' | 'rejected' | 'no-answer'; nid: Hex; code?: number }
  | { type: 'link'; up: boolean };

export interface EvseSlacCounters {
  frames_in: number;
  /** Every ignored frame; the next four split it by reason. */
  frames_dropped: number;
  unexpected: number;
  malformed: number;
  foreign_run_ids: number;
  foreign_pevs: number;
  /** Re-sent requests (CM_SET_KEY.REQ, CM_ATTEN_CHAR.IND). */
  retries: number;
  sessions: number;
  matches: number;
  failures: number;
  set_key_failures: number;
  fallback_profiles: number;
}

type OwnCounters = Omit<EvseSlacCounters, 'retries'>;

function isFrame(f: unknown): f is SlacFrame {
  const x = f as { header?: { src?: unknown; dst?: unknown }; message?: { name?: unknown } } | null;
  return (
    typeof x === 'object' && x !== null && typeof x.header?.src === 'string' &&
    typeof x.header.dst === 'string' && typeof x.message?.name === 'string'
  );
}

export class EvseSlac {
  private current: Phase = 'IDLE';
  private session: Session | null = null;
  private timer: TimerHandle | null = null;
  private attenReply: PendingReply | null = null;
  private setKeyReply: PendingReply | null = null;
  private key: { nmk: Hex; nid: Hex } | null = null;
  private keyConfirmed = false;
  private inBcd = false;
  private matchedWith: { pev_mac: MacAddress; nid: Hex; run_id: Hex } | null = null;
  private readonly replies: ReplyMatcher<SlacFrame>;
  private readonly listeners = new Set<(e: EvseSlacEvent) => void>();
  private readonly timers: TimerValues;
  private readonly fallback: number[];
  private readonly log: Logger;
  private readonly detach: () => void;
  private readonly c: OwnCounters = {
    frames_in: 0, frames_dropped: 0, unexpected: 0, malformed: 0, foreign_run_ids: 0, foreign_pevs: 0,
    sessions: 0, matches: 0, failures: 0, set_key_failures: 0, fallback_profiles: 0,
  };

  constructor(
    private readonly opts: EvseSlacOptions,
    private readonly deps: EvseSlacDeps,
  ) {
    this.timers = timerValues(opts.timers);
    this.fallback = fallbackProfile(opts.fallbackAttenuation);
    this.log = deps.log ?? new Logger('slac/evse', deps.clock, silentSink);
    this.replies = new ReplyMatcher<SlacFrame>(deps.clock);
    this.detach = deps.port.onFrame((f) => this.receive(f));
  }

  get state(): SlacState {
    return PHASES[this.current].state;
  }
  /** Finer than `state`, for diagnostics. */
  get phase(): Phase {
    return this.current;
  }
  get matched(): { pev_mac: MacAddress; nid: Hex; run_id: Hex } | null {
    return this.matchedWith;
  }
  get counters(): EvseSlacCounters {
    return { ...this.c, retries: this.replies.retries };
  }
  /** The NID of the key currently set (or being set) in the local modem. */
  get nid(): Hex | null {
    return this.key?.nid ?? null;
  }

  onEvent(cb: (e: EvseSlacEvent) => void): () => void {
    this.listeners.add(cb);
    return () => void this.listeners.delete(cb);
  }

  /** The charger entered B, C or D with 5 % PWM: key the modem, then wait for CM_SLAC_PARM.REQ. */
  enterBcd(): void {
    this.inBcd = true;
    if (this.current !== 'IDLE') return;
    this.session = null;
    this.matchedWith = null;
    if (this.opts.nmkMode !== 'fixed' || !this.key) {
      this.key = this.newKey();
      this.keyConfirmed = false;
    }
    if (!this.keyConfirmed) {
      this.startSetKey(this.key);
      if (this.opts.setKey?.required) return this.goto('SET_KEY');
    }
    this.goto('WAIT_PARM');
  }

  /** Unplugged, or CP A/E/F: everything stops, nothing stays pending. */
  leaveBcd(): void {
    this.inBcd = false;
    this.replies.cancelAll();
    this.setKeyReply = null;
    if (this.current !== 'IDLE') this.log.info(`left B/C/D in ${this.current}: reset`);
    this.reset('IDLE');
  }

  /** The modem's link status (as far as it is polled by the wiring): JOIN → MATCHED, or a lost link. */
  linkStatus(up: boolean): void {
    if (up && this.current === 'JOIN') {
      this.goto('MATCHED');
      this.emit({ type: 'link', up: true });
    } else if (!up && (this.current === 'MATCHED' || this.current === 'JOIN')) {
      this.emit({ type: 'link', up: false });
      this.fail('link-lost');
    }
  }

  /** Stops listening on the port (after leaveBcd). */
  close(): void {
    this.leaveBcd();
    this.detach();
  }

  private newKey(): { nmk: Hex; nid: Hex } {
    if (this.opts.fixedKey) return { ...this.opts.fixedKey };
    const nmk = (this.deps.nmk ?? randomNmk)().toLowerCase();
    return { nmk, nid: (this.deps.nid ?? nidFromNmk)(nmk).toLowerCase() };
  }

  private env(): Env {
    return {
      mac: this.deps.port.mac,
      timers: this.timers,
      key: this.key ?? { nid: zeros(7), nmk: zeros(16) },
      fallbackAag: this.fallback,
      attenOffsetDb: this.opts.attenuationOffsetDb ?? 0,
      awaitLink: this.opts.awaitLink ?? false,
    };
  }

  private receive(f: unknown): void {
    this.c.frames_in++;
    if (!isFrame(f)) return this.drop('malformed', 'not a frame');
    const dst = f.header.dst.toLowerCase();
    const me = this.deps.port.mac.toLowerCase();
    if (f.header.src.toLowerCase() === me) return this.drop('unexpected', 'own frame');
    if (dst !== me && dst !== BROADCAST_MAC) return this.drop('unexpected', `${f.message.name} for ${dst}`);
    if (this.replies.offer(f)) return;
    this.dispatch(f);
  }

  private dispatch(f: SlacFrame): void {
    const def = PHASES[this.current];
    if (!(f.message.name in def.allowed)) return this.drop('unexpected', `${f.message.name} in ${this.current}`);
    this.apply(def.handle(f, this.session, this.env()));
  }

  private apply(o: Outcome): void {
    switch (o.kind) {
      case 'ignore':
        return this.drop(o.why, o.detail);
      case 'stay':
        o.send?.forEach((out) => this.send(out));
        return;
      case 'fail':
        return this.fail(o.reason);
      case 'goto': {
        if (o.session) {
          this.session = o.session;
          this.c.sessions++;
          this.log.info(`session pev=${o.session.pevMac} run_id=${o.session.runId}`);
        }
        o.send?.forEach((out) => this.send(out));
        this.goto(o.phase);
        if (o.request) this.request(o.request.out);
        if (o.matched && this.session && this.key) {
          this.c.matches++;
          this.matchedWith = { pev_mac: this.session.pevMac, nid: this.key.nid, run_id: this.session.runId };
          this.log.info(`matched pev=${this.session.pevMac} nid=${this.key.nid}`);
          this.emit({ type: 'matched', ...this.matchedWith });
        }
        return;
      }
    }
  }

  /** CM_ATTEN_CHAR.IND, re-sent every TT_match_response up to C_EV_match_retry times. */
  private request(out: Out): void {
    const s = this.session;
    if (!s) return;
    if (s.attenSource && s.attenSource !== 'measured') {
      this.c.fallback_profiles++;
      this.log.warn(`attenuation: ${s.attenSource}; sending the configured fallback profile`);
    }
    this.attenReply = this.replies.expect({
      label: 'CM_ATTEN_CHAR.RSP',
      match: (f) =>
        f.message.name === 'CM_ATTEN_CHAR.RSP' &&
        f.message.run_id?.toLowerCase() === s.runId &&
        f.header.src.toLowerCase() === s.pevMac,
      timeoutMs: this.timers.TT_match_response,
      retries: 2, // C_EV_match_retry
      transmit: (attempt) => {
        if (attempt > 0) this.log.info(`CM_ATTEN_CHAR.IND retry ${attempt}`);
        this.send(out);
      },
      onReply: (f) => {
        this.attenReply = null;
        this.dispatch(f);
      },
      onTimeout: () => {
        this.attenReply = null;
        this.fail('atten-char-rsp-timeout');
      },
    });
  }

  /** The local modem's MAC as configured, or as learnt from its first CM_SET_KEY.CNF; null until known. */
  get modemMac(): MacAddress | null {
    return this.opts.modemMac?.toLowerCase() ?? this.discoveredModem;
  }

  private discoveredModem: MacAddress | null = null;

  private startSetKey(key: { nmk: Hex; nid: Hex }): void {
    this.setKeyReply?.cancel();
    const modem = (this.opts.modemMac ?? this.discoveredModem ?? BROADCAST_MAC).toLowerCase();
    const ok = this.opts.setKey?.okResults ?? [0];
    const required = this.opts.setKey?.required ?? false;
    const req = setKeyReq(key.nid, key.nmk, this.deps.nonce?.() ?? randomInt(0, 2 ** 32));
    this.setKeyReply = this.replies.expect({
      label: 'CM_SET_KEY.CNF',
      match: (f) => f.message.name === 'CM_SET_KEY.CNF' && (modem === BROADCAST_MAC || f.header.src.toLowerCase() === modem),
      timeoutMs: this.timers.TT_set_key,
      retries: this.opts.setKey?.retries ?? 2,
      transmit: () => this.send({ dst: modem, message: req }),
      onReply: (f) => {
        this.setKeyReply = null;
        // Modem discovery: the first answer to a broadcast CM_SET_KEY.REQ names the local modem; later
        // sessions address it directly so another station's modem on the line cannot take the key.
        if (modem === BROADCAST_MAC && !this.discoveredModem) {
          this.discoveredModem = f.header.src.toLowerCase();
          this.log.info(`local modem is ${this.discoveredModem}`);
        }
        const code = f.message.name === 'CM_SET_KEY.CNF' ? f.message.result : -1;
        if (ok.includes(code)) {
          this.keyConfirmed = true;
          this.log.info(`local modem took NID ${key.nid}`);
          this.emit({ type: 'set_key', result: 'ok', nid: key.nid, code });
          if (this.current === 'SET_KEY') this.goto('WAIT_PARM');
          return;
        }
        this.c.set_key_failures++;
        this.log.warn(`CM_SET_KEY.CNF result ${code}${required ? '' : '; matching goes on'}`);
        this.emit({ type: 'set_key', result: 'rejected', nid: key.nid, code });
        if (required) this.fail('set-key-rejected');
      },
      onTimeout: (attempts) => {
        this.setKeyReply = null;
        this.c.set_key_failures++;
        this.log.warn(`no CM_SET_KEY.CNF after ${attempts} attempts${required ? '' : '; matching goes on'}`);
        this.emit({ type: 'set_key', result: 'no-answer', nid: key.nid });
        if (required) this.fail('set-key-no-cnf');
      },
    });
  }

  private goto(phase: Phase): void {
    this.timer?.cancel();
    this.timer = null;
    // Any phase change ends a pending CM_ATTEN_CHAR wait (request() arms a new one after goto()).
    this.attenReply?.cancel();
    this.attenReply = null;
    const before = { state: this.state, phase: this.current };
    this.current = phase;
    const def = PHASES[phase];
    const { timer: name, onTimeout } = def;
    if (name && onTimeout) {
      this.timer = this.deps.clock.after(this.timers[name], () => {
        this.timer = null;
        this.log.info(`${name} expired in ${phase}`);
        this.apply(onTimeout(this.session, this.env()));
      });
    }
    if (before.phase !== phase) this.emit({ type: 'state', state: def.state, phase });
  }

  private reset(to: Phase): void {
    this.attenReply?.cancel();
    this.attenReply = null;
    this.session = null;
    this.matchedWith = null;
    this.goto(to);
  }

  private fail(reason: FailReason): void {
    this.c.failures++;
    this.log.warn(`SLAC failed in ${this.current}: ${reason}`);
    const rearm = this.opts.afterFailure === 'rearm' && this.inBcd && reason !== 'slac-init-timeout' && !reason.startsWith('set-key');
    if (!rearm) {
      this.replies.cancelAll();
      this.setKeyReply = null;
    }
    this.reset(rearm ? 'WAIT_PARM' : 'IDLE');
    this.emit({ type: 'failed', reason });
  }

  private drop(why: IgnoreWhy, detail: string): void {
    this.c.frames_dropped++;
    if (why === 'foreign-run-id') this.c.foreign_run_ids++;
    else if (why === 'foreign-pev') this.c.foreign_pevs++;
    else if (why === 'unexpected') this.c.unexpected++;
    else this.c.malformed++;
    this.log.debug(`dropped (${why}): ${detail}`);
  }

  private send(out: Out): void {
    this.deps.port.send(frameOf(this.deps.port.mac, out.dst, out.message));
  }

  private emit(e: EvseSlacEvent): void {
    for (const cb of [...this.listeners]) cb(e);
  }
}
