/**
 * SLAC over a real network interface: libpcap through the `cap` addon, the way open-plc-utils and every
 * SLAC stack on Linux reach a HomePlug Green PHY modem (raw Ethernet, ethertype 0x88E1).
 *
 * The kernel runs the BPF filter, so only HomePlug frames addressed to us (or to a group address) that
 * arrived from the wire ever reach JavaScript. `cap` is loaded lazily: the appliance and the simulated
 * board work on a machine without libpcap, and only opening a real interface fails, with a message that
 * says what to install.
 */
import { bytesToMac, isMac } from '../frames/mac.js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { ETHERTYPE_HOMEPLUG, type MacAddress, type SlacLink } from '../frames/types.js';

export type SlacLinkErrorCode =
  /** The `cap` addon (libpcap binding) could not be loaded. */
  | 'no-libpcap'
  /** No such network interface (or it has no Ethernet address). */
  | 'no-interface'
  /** libpcap refused to open or filter the interface (permissions, interface down …). */
  | 'open-failed'
  /** The frame could not be handed to the interface. */
  | 'send-failed'
  /** The frame is not an Ethernet frame (shorter than the 14-byte header). */
  | 'bad-frame'
  /** send() after close(). */
  | 'closed'
  /** memoryBus: two links with the same MAC address, or an invalid address. */
  | 'bad-mac';

export class SlacLinkError extends Error {
  override readonly name = 'SlacLinkError';
  constructor(
    readonly code: SlacLinkErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Lower-cases and checks `aa:bb:cc:dd:ee:ff` (e.g. read from sysfs); throws SlacLinkError('bad-mac') otherwise. */
export function normalizeMac(mac: string): MacAddress {
  const m = mac.trim().toLowerCase();
  if (!isMac(m)) throw new SlacLinkError('bad-mac', `not a MAC address: ${JSON.stringify(mac)}`);
  return m;
}

/** The MAC at `offset` of an Ethernet frame as `aa:bb:cc:dd:ee:ff`. */
export const macAt = (frame: Uint8Array, offset: number): MacAddress => bytesToMac(frame, offset);

/** Calls every listener, even when one throws; the first error is rethrown outside the delivery path so a
 * bug in a consumer still surfaces as an uncaught exception instead of silencing the link. */
export function deliver(listeners: ReadonlySet<(frame: Uint8Array) => void>, frame: Uint8Array): void {
  let failure: { error: unknown } | undefined;
  for (const listener of [...listeners]) {
    try {
      listener(frame);
    } catch (error) {
      failure ??= { error };
    }
  }
  if (failure) {
    const { error } = failure;
    queueMicrotask(() => {
      throw error;
    });
  }
}

/** The part of the `cap` addon this module uses (it ships no type declarations). */
interface CapHandle {
  open(device: string, filter: string, bufSize: number, buffer: Buffer): string;
  close(): void;
  send(buffer: Buffer, nBytes?: number): void;
  on(event: 'packet', listener: (nbytes: number, truncated: boolean) => void): void;
  removeAllListeners(event?: string): void;
}
interface CapModule {
  Cap: new () => CapHandle;
}

let capModule: { ok: true; mod: CapModule } | { ok: false; error: Error } | undefined;

/** Loads `cap` once; remembers a failure so every later open reports the same cause. */
function loadCap(): { ok: true; mod: CapModule } | { ok: false; error: Error } {
  if (!capModule) {
    try {
      const require = createRequire(import.meta.url);
      capModule = { ok: true, mod: require('cap') as CapModule };
    } catch (e) {
      capModule = { ok: false, error: e instanceof Error ? e : new Error(String(e)) };
    }
  }
  return capModule;
}

/** Whether libpcap is usable here, for status pages and tests; never throws. */
export function capAvailable(): { ok: true } | { ok: false; reason: string } {
  const c = loadCap();
  return c.ok ? { ok: true } : { ok: false, reason: firstLine(c.error.message) };
}

const firstLine = (s: string): string => s.split('\n', 1)[0] ?? s;

export interface CapLinkOptions {
  /**
   * Deliver unicast frames addressed to other stations too. Off by default: only frames to our MAC and
   * to group (broadcast/multicast) addresses are delivered, as a NIC outside promiscuous mode would.
   * (`cap` always puts the interface into promiscuous mode; the BPF filter restores the normal view.)
   */
  promiscuous?: boolean;
  /**
   * libpcap's kernel ring in bytes (default 16 MiB). In immediate mode every frame takes a whole slot, and
   * `cap` fixes the snapshot length at 65535, so on an interface with GRO/GSO (veth, most NICs) a slot is
   * 64 KiB: 1 MiB held only 16 frames and a burst of sounds overflowed it, silently.
   */
  bufferSize?: number;
  /** Where to read the interface's MAC (default `/sys/class/net`), for tests. */
  sysfsNet?: string;
}

/** Counters of one cap link, for status and tests. */
export interface CapLinkStats {
  received: number;
  sent: number;
  /** Frames libpcap cut short (bigger than the 64 KiB capture buffer): dropped. */
  truncated: number;
  /** Our own transmissions captured back (a source MAC we sent with other than the interface's): dropped. */
  own: number;
}

/**
 * The BPF program: HomePlug frames not sent by us, addressed to us or to a group address unless
 * promiscuous. (Linux also hands a packet socket the frames it transmits, hence the source test.)
 * No `inbound`: libpcap filters the first ring block in user space, where that test always fails, so
 * the first frame after opening would be lost.
 */
export function capFilter(mac: MacAddress, promiscuous = false): string {
  const parts = [`ether proto 0x${ETHERTYPE_HOMEPLUG.toString(16)}`, `not ether src ${mac}`];
  if (!promiscuous) parts.push(`(ether dst ${mac} or ether multicast)`);
  return parts.join(' and ');
}

/** A SlacLink on a real interface. */
export class CapLink implements SlacLink {
  readonly stats: CapLinkStats = { received: 0, sent: 0, truncated: 0, own: 0 };
  private readonly listeners = new Set<(frame: Uint8Array) => void>();
  /** Source MACs we have sent with: the interface's, plus any other a caller put into a frame. */
  private readonly ownSources: Set<MacAddress>;
  private closed = false;

  /** Use openCapLink(). */
  constructor(
    readonly ifname: string,
    readonly mac: MacAddress,
    private readonly cap: CapHandle,
    private readonly buffer: Buffer,
  ) {
    this.ownSources = new Set([mac]);
    cap.on('packet', (nbytes, truncated) => this.onPacket(nbytes, truncated));
  }

  send(frame: Uint8Array): void {
    if (this.closed) throw new SlacLinkError('closed', `SLAC link on ${this.ifname} is closed`);
    if (frame.byteLength < 14) {
      throw new SlacLinkError('bad-frame', `an Ethernet frame has at least 14 bytes, got ${frame.byteLength}`);
    }
    try {
      this.cap.send(Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength), frame.byteLength);
    } catch (e) {
      throw new SlacLinkError('send-failed', `sending on ${this.ifname} failed: ${errorText(e)}`, { cause: e });
    }
    this.stats.sent++;
    if (this.ownSources.size < 64) this.ownSources.add(macAt(frame, 6));
  }

  onFrame(listener: (frame: Uint8Array) => void): () => void {
    if (this.closed) return () => {};
    const own = (f: Uint8Array): void => listener(f); // a listener added twice is delivered twice
    this.listeners.add(own);
    return () => void this.listeners.delete(own);
  }

  close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      this.listeners.clear();
      this.cap.removeAllListeners('packet');
      this.cap.close();
    }
    return Promise.resolve();
  }

  private onPacket(nbytes: number, truncated: boolean): void {
    if (this.closed) return;
    if (truncated) {
      this.stats.truncated++;
      return;
    }
    // cap reuses one buffer for every packet: copy before anyone can keep a reference.
    const frame = new Uint8Array(this.buffer.subarray(0, nbytes)); // a plain Uint8Array, copied
    if (this.ownSources.has(macAt(frame, 6))) {
      this.stats.own++;
      return;
    }
    this.stats.received++;
    deliver(this.listeners, frame);
  }
}

const DEFAULT_RING_BYTES = 16 << 20;
const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Opens `ifname` for SLAC: libpcap capture with the HomePlug BPF filter in immediate mode (cap enables it,
 * so each frame is delivered when it arrives), our MAC read from sysfs. Needs CAP_NET_RAW.
 * Rejects with SlacLinkError when `cap` cannot load, the interface does not exist, or libpcap refuses.
 */
export async function openCapLink(ifname: string, opts: CapLinkOptions = {}): Promise<CapLink> {
  const loaded = loadCap();
  if (!loaded.ok) {
    throw new SlacLinkError(
      'no-libpcap',
      `SLAC on ${ifname} needs libpcap (npm package 'cap' failed to load: ${firstLine(loaded.error.message)}); ` +
        'install libpcap-dev and reinstall (npm ci), or use the simulated board',
      { cause: loaded.error },
    );
  }
  if (!/^[^/\s]{1,15}$/.test(ifname) || ifname === '.' || ifname === '..') {
    throw new SlacLinkError('no-interface', `SLAC interface ${JSON.stringify(ifname)} is not a valid interface name`);
  }
  const addressFile = `${opts.sysfsNet ?? '/sys/class/net'}/${ifname}/address`;
  let mac: MacAddress;
  try {
    mac = normalizeMac(await readFile(addressFile, 'utf8'));
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new SlacLinkError(
      'no-interface',
      missing
        ? `SLAC interface ${ifname} does not exist (no ${addressFile}); check the configured interface`
        : `SLAC interface ${ifname} has no usable Ethernet address (${addressFile}: ${errorText(e)})`,
      { cause: e },
    );
  }

  const cap = new loaded.mod.Cap();
  const buffer = Buffer.alloc(65536);
  let linkType: string;
  try {
    linkType = cap.open(ifname, capFilter(mac, opts.promiscuous), opts.bufferSize ?? DEFAULT_RING_BYTES, buffer);
  } catch (e) {
    cap.close();
    const text = errorText(e);
    const hint = /permission|not permitted/i.test(text) ? ' (raw capture needs root or CAP_NET_RAW)' : '';
    throw new SlacLinkError('open-failed', `libpcap could not open ${ifname} for SLAC: ${text}${hint}`, { cause: e });
  }
  if (linkType !== 'ETHERNET') {
    cap.close();
    throw new SlacLinkError('open-failed', `SLAC interface ${ifname} is not Ethernet (libpcap link type ${linkType})`);
  }
  return new CapLink(ifname, mac, cap, buffer);
}
