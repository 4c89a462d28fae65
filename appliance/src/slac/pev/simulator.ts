/**
 * The vehicle side of SLAC (ISO 15118-3 Annex A.9, EV side) and the EVSE's local modem, both as small
 * simulators driven by the injected clock. They speak through the same SlacPort the EVSE machine uses,
 * so tests exercise the real protocol on an in-memory bus. Faults reproduce what real vehicles do wrong.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Clock, TimerHandle } from '../../shared/clock.js';
import { Logger, silentSink } from '../../shared/logger.js';
import {
  BROADCAST_MAC,
  type Hex,
  type MacAddress,
  type SlacFrame,
  type SlacMessage,
} from '../frames/types.js';
import { randomRunId } from '../keys.js';
import type { SlacPort } from '../port.js';
import { APPLICATION_TYPE, MATCH_MVF_LENGTH, SECURITY_TYPE, frameOf, zeros } from '../evse/messages.js';
import { ReplyMatcher } from '../../shared/reply.js';
import { AAG_GROUPS, SLAC_COUNTS, timerValues, type TimerName, type TimerValues } from '../evse/timers.js';

export type PevFault = 'none' | 'no-sounds' | 'wrong-run-id' | 'late-match' | 'vanish';
export type PevPhase = 'IDLE' | 'PARM' | 'SOUNDING' | 'WAIT_ATTEN_CHAR' | 'VALIDATE' | 'MATCH' | 'MATCHED' | 'FAILED' | 'VANISHED';

export interface PevSimOptions {
  fault?: PevFault;
  /** Where `vanish` goes silent (default 'mid-sounds'). */
  vanishAt?: 'after-parm' | 'mid-sounds' | 'before-match';
  /** Sounds to send; default: what CM_SLAC_PARM.CNF asked for. */
  sounds?: number;
  /** `late-match`: pause between CM_ATTEN_CHAR.RSP and CM_SLAC_MATCH.REQ (default TT_EVSE_match_session + 1 s). */
  lateMatchDelayMs?: number;
  /** Send CM_VALIDATE.REQ before CM_SLAC_MATCH.REQ. */
  validate?: boolean;
  timers?: Partial<Record<TimerName, number>>;
}

export interface PevSimDeps {
  port: SlacPort;
  clock: Clock;
  log?: Logger;
  runId?: () => Hex;
  /** Random bytes as hex (sounds' RND field, the wrong RunID). */
  random?: (bytes: number) => Hex;
}

export type PevSimEvent =
  | { type: 'phase'; phase: PevPhase }
  | { type: 'matched'; evse_mac: MacAddress; nid: Hex; nmk: Hex; run_id: Hex }
  | { type: 'failed'; reason: 'no-parm-cnf' | 'no-atten-char' | 'no-match-cnf' };

const defaultRandom = (bytes: number): Hex => randomBytes(bytes).toString('hex');

export class PevSim {
  private current: PevPhase = 'IDLE';
  private readonly replies: ReplyMatcher<SlacFrame>;
  private readonly timers = new Set<TimerHandle>();
  private readonly listeners = new Set<(e: PevSimEvent) => void>();
  private readonly t: TimerValues;
  private readonly log: Logger;
  private readonly random: (bytes: number) => Hex;
  private readonly detach: () => void;
  private runIdValue: Hex = zeros(8);
  /** The RunID this vehicle puts on the wire after CM_SLAC_PARM (differs under `wrong-run-id`). */
  private wireRunId: Hex = zeros(8);
  private evse: MacAddress | null = null;
  private atten: { num_sounds: number; aag: number[] } | null = null;
  private validateResult: number | null = null;
  /** Frames this vehicle ignored (all-zero profiles, foreign RunIDs, other vehicles' broadcasts…). */
  ignored = 0;
  sent = 0;

  constructor(
    private readonly opts: PevSimOptions,
    private readonly deps: PevSimDeps,
  ) {
    this.t = timerValues(opts.timers);
    this.log = deps.log ?? new Logger('slac/pev-sim', deps.clock, silentSink);
    this.random = deps.random ?? defaultRandom;
    this.replies = new ReplyMatcher<SlacFrame>(deps.clock);
    this.detach = deps.port.onFrame((f) => this.receive(f));
  }

  get phase(): PevPhase {
    return this.current;
  }
  get runId(): Hex {
    return this.runIdValue;
  }
  get evseMac(): MacAddress | null {
    return this.evse;
  }
  /** The CM_ATTEN_CHAR.IND the vehicle accepted. */
  get attenuation(): { num_sounds: number; aag: number[] } | null {
    return this.atten;
  }
  get validateCnfResult(): number | null {
    return this.validateResult;
  }
  get retries(): number {
    return this.replies.retries;
  }

  onEvent(cb: (e: PevSimEvent) => void): () => void {
    this.listeners.add(cb);
    return () => void this.listeners.delete(cb);
  }

  /** The vehicle saw 5 % PWM: CM_SLAC_PARM.REQ (broadcast, C_EV_match_retry re-sends). */
  start(): void {
    this.halt('PARM');
    this.evse = null;
    this.atten = null;
    this.validateResult = null;
    this.runIdValue = (this.deps.runId ?? randomRunId)().toLowerCase();
    this.wireRunId = this.opts.fault === 'wrong-run-id' ? this.random(8) : this.runIdValue;
    const runId = this.runIdValue;
    this.replies.expect({
      label: 'CM_SLAC_PARM.CNF',
      match: (f) => f.message.name === 'CM_SLAC_PARM.CNF' && f.message.run_id === runId,
      timeoutMs: this.t.TT_match_response,
      retries: SLAC_COUNTS.C_EV_match_retry,
      transmit: () =>
        this.send(BROADCAST_MAC, { name: 'CM_SLAC_PARM.REQ', application_type: APPLICATION_TYPE, security_type: SECURITY_TYPE, run_id: runId }),
      onReply: (f) => {
        if (f.message.name !== 'CM_SLAC_PARM.CNF') return;
        this.evse = f.header.src;
        if (this.vanishes('after-parm')) return;
        this.sound(this.opts.sounds ?? f.message.num_sounds);
      },
      onTimeout: () => this.fail('no-parm-cnf'),
    });
  }

  /** Stops everything (unplugged); nothing stays pending. */
  stop(): void {
    this.halt('IDLE');
  }

  close(): void {
    this.stop();
    this.detach();
  }

  private sound(numSounds: number): void {
    this.enter('SOUNDING');
    const run = this.wireRunId;
    const count = this.opts.fault === 'no-sounds' ? 0 : Math.max(0, numSounds);
    const steps: SlacMessage[] = [];
    for (let i = 0; i < SLAC_COUNTS.C_EV_start_atten_char_inds; i++) {
      steps.push({
        name: 'CM_START_ATTEN_CHAR.IND', application_type: APPLICATION_TYPE, security_type: SECURITY_TYPE,
        num_sounds: numSounds, time_out: Math.round(this.t.TT_EVSE_match_MNBC / 100), resp_type: 0x01,
        forwarding_sta: this.deps.port.mac, run_id: run,
      });
    }
    for (let i = 0; i < count; i++) {
      steps.push({
        name: 'CM_MNBC_SOUND.IND', application_type: APPLICATION_TYPE, security_type: SECURITY_TYPE,
        sender_id: zeros(17), cnt: count - 1 - i, run_id: run, reserved: zeros(8), rnd: this.random(16),
      });
    }
    // [V2G3-A09-31]: CM_ATTEN_CHAR.IND is due within TT_EV_atten_results of the first START_ATTEN_CHAR.
    this.after(this.t.TT_EV_atten_results, () => this.fail('no-atten-char'));
    const half = SLAC_COUNTS.C_EV_start_atten_char_inds + Math.floor(count / 2);
    const next = (i: number): void => {
      if (i === half && this.vanishes('mid-sounds')) return;
      if (i >= steps.length) return this.enter('WAIT_ATTEN_CHAR');
      this.send(BROADCAST_MAC, steps[i]!);
      this.after(this.t.TP_EV_batch_msg_interval, () => next(i + 1));
    };
    next(0);
  }

  private receive(f: SlacFrame): void {
    if (this.current === 'IDLE' || this.current === 'FAILED' || this.current === 'VANISHED') return;
    if (this.replies.offer(f)) return;
    const m = f.message;
    if (m.name === 'CM_ATTEN_CHAR.IND' && f.header.src === this.evse && m.run_id === this.wireRunId) {
      return this.onAttenChar(m.num_sounds, m.aag);
    }
    this.ignored++;
  }

  private onAttenChar(numSounds: number, aag: number[]): void {
    // [V2G3-A09-36] a profile from no sounds says nothing; cars also ignore all-zero profiles.
    if (numSounds === 0 || !Array.isArray(aag) || aag.length === 0 || aag.every((v) => v === 0)) {
      this.ignored++;
      this.log.info('ignoring CM_ATTEN_CHAR.IND without a usable profile');
      return;
    }
    const repeat = this.atten !== null;
    this.atten = { num_sounds: numSounds, aag: [...aag] };
    this.send(this.evse!, {
      name: 'CM_ATTEN_CHAR.RSP', application_type: APPLICATION_TYPE, security_type: SECURITY_TYPE,
      source_address: this.deps.port.mac, run_id: this.wireRunId, source_id: zeros(17), resp_id: zeros(17), result: 0,
    });
    if (repeat || (this.current !== 'SOUNDING' && this.current !== 'WAIT_ATTEN_CHAR')) return;
    for (const t of this.timers) t.cancel(); // the TT_EV_atten_results wait and any sounds left
    this.timers.clear();
    if (this.vanishes('before-match')) return;
    if (this.opts.validate) return this.validate();
    this.matchSoon();
  }

  private validate(): void {
    this.enter('VALIDATE');
    this.replies.expect({
      label: 'CM_VALIDATE.CNF',
      match: (f) => f.message.name === 'CM_VALIDATE.CNF' && f.header.src === this.evse,
      timeoutMs: this.t.TT_match_response,
      retries: SLAC_COUNTS.C_EV_match_retry,
      transmit: () => this.send(this.evse!, { name: 'CM_VALIDATE.REQ', signal_type: 0, timer: 0, result: 1 }),
      onReply: (f) => {
        this.validateResult = f.message.name === 'CM_VALIDATE.CNF' ? f.message.result : null;
        this.matchSoon();
      },
      onTimeout: () => this.matchSoon(), // validation is optional: match without it
    });
  }

  private matchSoon(): void {
    this.enter('MATCH');
    if (this.opts.fault !== 'late-match') return this.match();
    this.after(this.opts.lateMatchDelayMs ?? this.t.TT_EVSE_match_session + 1_000, () => this.match());
  }

  private match(): void {
    const evse = this.evse!;
    const run = this.wireRunId;
    this.replies.expect({
      label: 'CM_SLAC_MATCH.CNF',
      match: (f) => f.message.name === 'CM_SLAC_MATCH.CNF' && f.header.src === evse && f.message.run_id === run,
      timeoutMs: this.t.TT_match_response,
      retries: SLAC_COUNTS.C_EV_match_retry,
      transmit: () =>
        this.send(evse, {
          name: 'CM_SLAC_MATCH.REQ', application_type: APPLICATION_TYPE, security_type: SECURITY_TYPE,
          mvf_length: MATCH_MVF_LENGTH, pev_id: zeros(17), pev_mac: this.deps.port.mac, evse_id: zeros(17),
          evse_mac: evse, run_id: run, reserved: zeros(8),
        }),
      onReply: (f) => {
        if (f.message.name !== 'CM_SLAC_MATCH.CNF') return;
        const { nid, nmk } = f.message;
        this.halt('MATCHED');
        this.emit({ type: 'matched', evse_mac: evse, nid, nmk, run_id: run });
      },
      onTimeout: () => this.fail('no-match-cnf'),
    });
  }

  private vanishes(at: NonNullable<PevSimOptions['vanishAt']>): boolean {
    if (this.opts.fault !== 'vanish' || (this.opts.vanishAt ?? 'mid-sounds') !== at) return false;
    this.log.info(`vanishing (${at})`);
    this.halt('VANISHED');
    return true;
  }

  private fail(reason: 'no-parm-cnf' | 'no-atten-char' | 'no-match-cnf'): void {
    this.log.info(`SLAC failed: ${reason}`);
    this.halt('FAILED');
    this.emit({ type: 'failed', reason });
  }

  private halt(to: PevPhase): void {
    this.replies.cancelAll();
    for (const t of this.timers) t.cancel();
    this.timers.clear();
    this.enter(to);
  }

  private enter(phase: PevPhase): void {
    if (phase === this.current) return;
    this.current = phase;
    this.emit({ type: 'phase', phase });
  }

  private after(ms: number, fn: () => void): void {
    const h: TimerHandle = this.deps.clock.after(ms, () => {
      this.timers.delete(h);
      fn();
    });
    this.timers.add(h);
  }

  private send(dst: MacAddress, message: SlacMessage): void {
    this.sent++;
    this.deps.port.send(frameOf(this.deps.port.mac, dst, message));
  }

  private emit(e: PevSimEvent): void {
    for (const cb of [...this.listeners]) cb(e);
  }
}

export interface LocalModemSimOptions {
  /** The EVSE host behind this modem: CM_ATTEN_PROFILE.IND goes there. */
  hostMac: MacAddress;
  /** 'normal' (default), 'zero' (an all-zero profile per sound) or 'none' (no profiles at all). */
  profile?: 'normal' | 'zero' | 'none';
  /** How CM_SET_KEY.REQ is answered: 'ok' (default), 'reject' (result 1) or 'silent'. */
  setKey?: 'ok' | 'reject' | 'silent';
  /** Attenuation per group in dB (default a gentle slope around 20 dB). */
  attenuationDb?: (group: number, pevMac: MacAddress) => number;
}

/**
 * The EVSE's own HomePlug modem: takes CM_SET_KEY.REQ from the host and, for every CM_MNBC_SOUND.IND it
 * hears on the line, reports a CM_ATTEN_PROFILE.IND to the host ([V2G3-A09-43]).
 */
export class LocalModemSim {
  /** Keys the host set (NID/NMK), in order. */
  readonly keys: Array<{ nid: Hex; nmk: Hex }> = [];
  profilesSent = 0;
  setKeyRequests = 0;
  private readonly detach: () => void;

  constructor(
    private readonly opts: LocalModemSimOptions,
    private readonly deps: { port: SlacPort },
  ) {
    this.detach = deps.port.onFrame((f) => this.receive(f));
  }

  close(): void {
    this.detach();
  }

  private receive(f: SlacFrame): void {
    const m = f.message;
    const port = this.deps.port;
    if (m.name === 'CM_SET_KEY.REQ') {
      this.setKeyRequests++;
      const mode = this.opts.setKey ?? 'ok';
      if (mode === 'silent') return;
      if (mode === 'ok') this.keys.push({ nid: m.nid, nmk: m.new_key });
      port.send(
        frameOf(port.mac, f.header.src, {
          name: 'CM_SET_KEY.CNF', result: mode === 'ok' ? 0 : 1, my_nonce: randomInt(0, 2 ** 32),
          your_nonce: m.my_nonce, pid: m.pid, prn: m.prn, pmn: m.pmn, cco_capability: 0,
        }),
      );
      return;
    }
    if (m.name !== 'CM_MNBC_SOUND.IND' || (this.opts.profile ?? 'normal') === 'none') return;
    const zero = this.opts.profile === 'zero';
    const db = this.opts.attenuationDb ?? ((g: number) => 18 + Math.round((g / AAG_GROUPS) * 8));
    const aag = Array.from({ length: AAG_GROUPS }, (_, g) => (zero ? 0 : db(g, f.header.src)));
    this.profilesSent++;
    port.send(
      frameOf(port.mac, this.opts.hostMac, {
        name: 'CM_ATTEN_PROFILE.IND', pev_mac: f.header.src, num_groups: AAG_GROUPS, reserved: 0, aag,
      }),
    );
  }
}
