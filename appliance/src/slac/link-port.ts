/**
 * Adapts a raw link (libpcap or in-process) to the SlacPort the state machines use: bytes in are parsed
 * by the codec, frames out are serialised. Frames that do not parse are counted by reason and dropped —
 * never thrown into the machine. A port can exist before its link (the link opens when the appliance
 * starts) and frames sent while detached are counted, not queued: SLAC has its own retries.
 */
import { parseFrame, serializeFrame, type DropReason, type MacAddress, type SlacFrame, type SlacLink } from './frames/index.js';
import type { SlacPort } from './port.js';

export interface LinkPortStats {
  frames_in: number;
  frames_out: number;
  /** Frames dropped on receive, by reason. */
  dropped: Partial<Record<DropReason, number>>;
  /** Frames accepted with header anomalies (e.g. an unusual MMV). */
  anomalous: number;
  /** Sends attempted while no link was attached. */
  unsent: number;
}

export class LinkPort implements SlacPort {
  private link: SlacLink | null = null;
  private detachLink: (() => void) | null = null;
  private readonly listeners = new Set<(f: SlacFrame) => void>();
  readonly stats: LinkPortStats = { frames_in: 0, frames_out: 0, dropped: {}, anomalous: 0, unsent: 0 };

  constructor(private fallbackMac: MacAddress) {}

  get mac(): MacAddress {
    return this.link?.mac ?? this.fallbackMac;
  }

  attach(link: SlacLink): void {
    this.detach();
    this.link = link;
    this.fallbackMac = link.mac;
    this.detachLink = link.onFrame((bytes) => this.receive(bytes));
  }

  detach(): void {
    this.detachLink?.();
    this.detachLink = null;
    this.link = null;
  }

  send(frame: SlacFrame): void {
    if (!this.link) {
      this.stats.unsent++;
      return;
    }
    this.stats.frames_out++;
    this.link.send(serializeFrame(frame));
  }

  onFrame(cb: (f: SlacFrame) => void): () => void {
    this.listeners.add(cb);
    return () => void this.listeners.delete(cb);
  }

  private receive(bytes: Uint8Array): void {
    const r = parseFrame(bytes);
    if (!r.ok) {
      this.stats.dropped[r.reason] = (this.stats.dropped[r.reason] ?? 0) + 1;
      return;
    }
    this.stats.frames_in++;
    if (r.frame.header.anomalies) this.stats.anomalous++;
    for (const l of [...this.listeners]) l(r.frame);
  }
}
