/**
 * The seam between the SLAC state machines and whatever carries their frames. Machines exchange parsed
 * frame objects; a real link plus the byte codec (frames/index.ts) is adapted to this by the wiring, and
 * tests use the in-memory bus below.
 */
import type { Clock } from '../shared/clock.js';
import { BROADCAST_MAC, type MacAddress, type SlacFrame } from './frames/types.js';

export interface SlacPort {
  readonly mac: MacAddress;
  send(frame: SlacFrame): void;
  /** Subscribes to every frame this port receives; returns the unsubscribe function. */
  onFrame(cb: (f: SlacFrame) => void): () => void;
}

/** One frame as it crossed the bus (tests assert on this trace). */
export interface BusRecord {
  at: number;
  from: MacAddress;
  frame: SlacFrame;
  /** False when the bus filter dropped it. */
  delivered: boolean;
}

export interface PortBusOptions {
  /**
   * Delivery delay in ms. With a clock, frames are delivered by `clock.after(latencyMs)` (a ManualClock
   * test flushes them with `advance(0)`); without one, on the microtask queue. Never synchronously, so a
   * handler never re-enters the sender.
   */
  latencyMs?: number;
  /** Fault injection: return false to drop a frame (the drop is still recorded in `trace`). */
  filter?: (frame: SlacFrame, from: MacAddress) => boolean;
}

/**
 * A shared medium, like the power line behind two modems: broadcast frames reach every other port,
 * unicast frames reach the port with that MAC (nothing, if no such port is attached).
 */
export class PortBus {
  readonly trace: BusRecord[] = [];
  filter: ((frame: SlacFrame, from: MacAddress) => boolean) | undefined;
  private readonly ports = new Map<MacAddress, Set<(f: SlacFrame) => void>>();

  constructor(
    private readonly clock?: Clock,
    private readonly opts: PortBusOptions = {},
  ) {
    this.filter = opts.filter;
  }

  attach(mac: MacAddress): SlacPort {
    const key = mac.toLowerCase();
    if (this.ports.has(key)) throw new Error(`a port with MAC ${key} is already attached`);
    const listeners = new Set<(f: SlacFrame) => void>();
    this.ports.set(key, listeners);
    return {
      mac: key,
      send: (frame) => this.transmit(key, frame),
      onFrame: (cb) => {
        listeners.add(cb);
        return () => void listeners.delete(cb);
      },
    };
  }

  /** Frames with the given message name, in the order they were sent (dropped ones included). */
  sent(name: string, from?: MacAddress): SlacFrame[] {
    return this.trace
      .filter((r) => r.frame.message.name === name && (from === undefined || r.from === from))
      .map((r) => r.frame);
  }

  private transmit(from: MacAddress, frame: SlacFrame): void {
    const now = this.clock?.now() ?? Date.now();
    const delivered = this.filter ? this.filter(frame, from) : true;
    this.trace.push({ at: now, from, frame, delivered });
    if (!delivered) return;
    const dst = frame.header.dst.toLowerCase();
    const targets: Array<Set<(f: SlacFrame) => void>> = [];
    for (const [mac, listeners] of this.ports) {
      if (mac === from) continue;
      if (dst === BROADCAST_MAC || dst === mac) targets.push(listeners);
    }
    for (const listeners of targets) this.later(() => [...listeners].forEach((cb) => cb(frame)));
  }

  private later(fn: () => void): void {
    if (this.clock) this.clock.after(this.opts.latencyMs ?? 0, fn);
    else queueMicrotask(fn);
  }
}

export function portBus(clock?: Clock, opts?: PortBusOptions): PortBus {
  return new PortBus(clock, opts);
}

/** Two ports joined back to back. */
export function portPair(macA: MacAddress, macB: MacAddress, clock?: Clock, opts?: PortBusOptions): [SlacPort, SlacPort] {
  const bus = new PortBus(clock, opts);
  return [bus.attach(macA), bus.attach(macB)];
}
