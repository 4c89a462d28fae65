/**
 * An in-memory V2gConnection for tests (no sockets): `deliver` plays the EV sending a message, `peerClose`
 * the EV hanging up; everything the session sends or closes is kept in `log`, in order.
 */
import { PayloadType } from '../../../appliance/src/v2g/exi/index.js';
import type { V2gConnection } from '../../../appliance/src/v2g/session/connection.js';

/** Records what the session sends; `deliver` plays the EV, `peerClose` the EV hanging up. */
export class MemoryConnection implements V2gConnection {
  readonly log: Array<{ type: number; payload: Uint8Array } | { closed: string }> = [];
  private message: ((t: number, p: Uint8Array) => void) | null = null;
  private closeListener: ((reason: string) => void) | null = null;
  private isClosed = false;
  onMessage(l: (t: number, p: Uint8Array) => void): void {
    this.message = l;
  }
  onClose(l: (reason: string) => void): void {
    this.closeListener = l;
  }
  send(type: number, payload: Uint8Array): void {
    if (this.isClosed) throw new Error('send after close');
    this.log.push({ type, payload });
  }
  close(reason = ''): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.log.push({ closed: reason });
    this.closeListener?.(reason);
  }
  deliver(payload: Uint8Array, type: number = PayloadType.Exi): void {
    this.message?.(type, payload);
  }
  peerClose(reason: string): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.closeListener?.(reason);
  }
  get closed(): boolean {
    return this.isClosed;
  }
  lastPayload(): Uint8Array {
    const sent = this.log.filter((e): e is { type: number; payload: Uint8Array } => 'payload' in e);
    return sent.at(-1)!.payload;
  }
}

