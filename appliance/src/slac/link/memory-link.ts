/**
 * In-process SLAC links for the simulated board and for tests. A bus behaves like the Ethernet segment a
 * HomePlug modem presents, seen through the cap link's filter: only ethertype 0x88E1 frames travel;
 * broadcast and multicast go to every other station, unicast only to the owner of the destination MAC;
 * nobody hears its own frames (nor frames forged with its source MAC). Delivery is asynchronous (one microtask per frame and receiver), in the
 * order frames were sent, like a wire; every receiver gets its own copy.
 */
import { ETHERTYPE_HOMEPLUG, type MacAddress, type SlacLink } from '../frames/types.js';
import { deliver, macAt, normalizeMac, SlacLinkError } from './cap-link.js';

type Listener = (frame: Uint8Array) => void;

/** A frame seen on the bus, for tests and traces. */
export interface BusFrame {
  from: MacAddress;
  /** MACs of the links it was delivered to. */
  to: MacAddress[];
  frame: Uint8Array;
}

export interface MemoryBus {
  /** A new link on the bus. Throws SlacLinkError('bad-mac') for an invalid or already attached MAC. */
  attach(mac: MacAddress): SlacLink;
  /** MACs of the open links. */
  readonly macs: readonly MacAddress[];
  /** Observes every HomePlug frame sent on the bus, synchronously at send time. */
  tap(listener: (f: BusFrame) => void): () => void;
}

const isGroup = (frame: Uint8Array): boolean => ((frame[0] ?? 0) & 0x01) === 1;
const isHomePlug = (frame: Uint8Array): boolean =>
  frame.byteLength >= 14 && (((frame[12] ?? 0) << 8) | (frame[13] ?? 0)) === ETHERTYPE_HOMEPLUG;

class MemoryLink implements SlacLink {
  readonly listeners = new Set<Listener>();
  closed = false;

  constructor(
    readonly mac: MacAddress,
    private readonly bus: Bus,
  ) {}

  send(frame: Uint8Array): void {
    if (this.closed) throw new SlacLinkError('closed', `SLAC link ${this.mac} is closed`);
    if (frame.byteLength < 14) {
      throw new SlacLinkError('bad-frame', `an Ethernet frame has at least 14 bytes, got ${frame.byteLength}`);
    }
    this.bus.carry(this, frame.slice());
  }

  onFrame(listener: Listener): () => void {
    if (this.closed) return () => {};
    const own: Listener = (f) => listener(f);
    this.listeners.add(own);
    return () => void this.listeners.delete(own);
  }

  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.listeners.clear();
      this.bus.detach(this);
    }
    return Promise.resolve();
  }

  /** Called in a microtask by the bus. Like the cap link, drops frames carrying our own source MAC. */
  receive(frame: Uint8Array): void {
    if (!this.closed && macAt(frame, 6) !== this.mac) deliver(this.listeners, frame);
  }
}

class Bus implements MemoryBus {
  private readonly links = new Map<MacAddress, MemoryLink>();
  private readonly taps = new Set<(f: BusFrame) => void>();

  get macs(): MacAddress[] {
    return [...this.links.keys()];
  }

  attach(mac: MacAddress): SlacLink {
    const m = normalizeMac(mac);
    if (parseInt(m.slice(0, 2), 16) & 0x01) {
      throw new SlacLinkError('bad-mac', `${m} is a group address; a station needs an individual MAC`);
    }
    if (this.links.has(m)) throw new SlacLinkError('bad-mac', `${m} is already attached to this bus`);
    const link = new MemoryLink(m, this);
    this.links.set(m, link);
    return link;
  }

  tap(listener: (f: BusFrame) => void): () => void {
    this.taps.add(listener);
    return () => void this.taps.delete(listener);
  }

  detach(link: MemoryLink): void {
    if (this.links.get(link.mac) === link) this.links.delete(link.mac);
  }

  carry(from: MemoryLink, frame: Uint8Array): void {
    // What the cap link's BPF filter would drop never leaves the sender.
    if (!isHomePlug(frame)) return;
    const receivers: MemoryLink[] = [];
    if (isGroup(frame)) {
      for (const l of this.links.values()) if (l !== from) receivers.push(l);
    } else {
      const owner = this.links.get(macAt(frame, 0));
      if (owner && owner !== from) receivers.push(owner);
    }
    if (this.taps.size) {
      const seen: BusFrame = { from: from.mac, to: receivers.map((l) => l.mac), frame: frame.slice() };
      for (const t of [...this.taps]) t(seen);
    }
    receivers.forEach((l, i) => {
      const copy = i === 0 ? frame : frame.slice();
      queueMicrotask(() => l.receive(copy));
    });
  }
}

/** An in-process Ethernet segment connecting any number of SLAC links (e.g. one EVSE and two vehicles). */
export function memoryBus(): MemoryBus {
  return new Bus();
}

/** Two connected in-process links, `a` with `macA` and `b` with `macB`. */
export function memoryLinkPair(macA: MacAddress, macB: MacAddress): [a: SlacLink, b: SlacLink] {
  const bus = memoryBus();
  return [bus.attach(macA), bus.attach(macB)];
}
