/**
 * Two in-memory V2gConnection ends joined back to back (no sockets): what one end sends is delivered to the
 * other's message listener at once; closing either end closes both and tells both close listeners, once.
 * Sends after the close are dropped, as bytes written to a reset TCP socket are.
 */
import type { V2gConnection } from '../../../appliance/src/v2g/session/connection.js';

class End implements V2gConnection {
  peer!: End;
  sent = 0;
  private message: ((t: number, p: Uint8Array) => void) | null = null;
  private closeListener: ((reason: string) => void) | null = null;
  constructor(readonly shared: { closed: string | null }) {}
  onMessage(l: (t: number, p: Uint8Array) => void): void {
    this.message = l;
  }
  onClose(l: (reason: string) => void): void {
    this.closeListener = l;
  }
  send(type: number, payload: Uint8Array): void {
    if (this.shared.closed !== null) return;
    this.sent++;
    this.peer.message?.(type, Uint8Array.from(payload));
  }
  close(reason = 'closed'): void {
    if (this.shared.closed !== null) return;
    this.shared.closed = reason;
    this.closeListener?.(reason);
    this.peer.closeListener?.(reason);
  }
}

export interface MemoryPair {
  ev: V2gConnection;
  secc: V2gConnection;
  /** The close reason once closed, else null. */
  readonly closed: string | null;
}

export function memoryPair(): MemoryPair {
  const shared = { closed: null as string | null };
  const ev = new End(shared);
  const secc = new End(shared);
  ev.peer = secc;
  secc.peer = ev;
  return {
    ev,
    secc,
    get closed() {
      return shared.closed;
    },
  };
}
