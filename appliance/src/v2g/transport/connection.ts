/**
 * One V2GTP connection over a stream socket (net.Socket now; a tls.TLSSocket is one too, which is the
 * seam for TLS later). Messages in through onMessage, out through send(); a bad header is reported
 * through onError and the connection is then closed: the callbacks run first, so the session layer can
 * record the error (and write a last message, which close() still flushes) before the end.
 */
import type { Socket } from 'node:net';
import { frameV2gtp, type PayloadTypeValue } from '../exi/v2gtp.js';
import { DEFAULT_MAX_PAYLOAD, V2gtpFramer, type V2gtpHeaderError } from './framer.js';

export type V2gtpErrorEvent =
  | ({ kind: 'header' } & V2gtpHeaderError)
  | { kind: 'socket'; code: string; message: string };

export type V2gtpCloseReason =
  | 'local' // close() or destroy() here
  | 'remote' // the peer ended or reset the connection
  | 'header_error' // a bad V2GTP header from the peer
  | 'socket_error' // any other socket error
  | 'rejected' // a second connection while one was active (server side)
  | 'replaced'; // closed because a newer connection took its place (server side)

export interface V2gtpConnectionStats {
  messages_in: number;
  messages_out: number;
  bytes_in: number;
  bytes_out: number;
}

export interface V2gtpConnection {
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly localAddress: string;
  readonly localPort: number;
  /** True until the connection closed (or started closing). */
  readonly open: boolean;
  /** Each whole message; returns the unsubscribe function. Messages before the first listener are kept. */
  onMessage(cb: (payloadType: PayloadTypeValue, payload: Uint8Array) => void): () => void;
  /** A bad header (the connection then closes) or a socket error. */
  onError(cb: (e: V2gtpErrorEvent) => void): () => void;
  /** Once, when the socket is gone; called at once if it already is. */
  onClose(cb: (reason: V2gtpCloseReason) => void): () => void;
  /** Frames and writes one message; false when the connection is no longer open. Throws on an unknown payload type. */
  send(payloadType: number, payload: Uint8Array): boolean;
  /** Graceful: pending writes are flushed, then FIN. Resolves when the socket is closed. */
  close(): Promise<void>;
  /** Abrupt: RST-like teardown, nothing more is written (fault injection, a vanished peer). */
  destroy(): void;
  stats(): V2gtpConnectionStats;
}

export interface V2gtpConnectionOptions {
  maxPayload?: number;
  /** After close(), how long the peer may take to finish before the socket is destroyed (default 2000 ms). */
  closeTimeoutMs?: number;
}

export class SocketV2gtpConnection implements V2gtpConnection {
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly localAddress: string;
  readonly localPort: number;
  private readonly framer: V2gtpFramer;
  private readonly messageCbs = new Set<(t: PayloadTypeValue, p: Uint8Array) => void>();
  private readonly errorCbs = new Set<(e: V2gtpErrorEvent) => void>();
  private readonly closeCbs = new Set<(r: V2gtpCloseReason) => void>();
  private pending: Array<[PayloadTypeValue, Uint8Array]> = [];
  private closing = false;
  private closedReason: V2gtpCloseReason | undefined;
  private reason: V2gtpCloseReason | undefined;
  private readonly closed: Promise<void>;
  private readonly counters: V2gtpConnectionStats = { messages_in: 0, messages_out: 0, bytes_in: 0, bytes_out: 0 };

  constructor(
    private readonly socket: Socket,
    private readonly opts: V2gtpConnectionOptions = {},
  ) {
    this.framer = new V2gtpFramer(opts.maxPayload ?? DEFAULT_MAX_PAYLOAD);
    this.remoteAddress = socket.remoteAddress ?? '';
    this.remotePort = socket.remotePort ?? 0;
    this.localAddress = socket.localAddress ?? '';
    this.localPort = socket.localPort ?? 0;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('end', () => {
      this.reason ??= 'remote';
      // Our half closes too: a V2GTP peer that ended has nothing more to say.
      socket.end();
    });
    socket.on('error', (e: NodeJS.ErrnoException) => {
      this.reason ??= e.code === 'ECONNRESET' || e.code === 'EPIPE' ? 'remote' : 'socket_error';
      this.emitError({ kind: 'socket', code: e.code ?? 'ERR', message: e.message });
    });
    this.closed = new Promise((resolve) => {
      socket.on('close', () => {
        this.closedReason = this.reason ?? 'remote';
        for (const cb of [...this.closeCbs]) cb(this.closedReason);
        this.closeCbs.clear();
        resolve();
      });
    });
  }

  get open(): boolean {
    return !this.closing && this.closedReason === undefined && !this.socket.destroyed;
  }

  onMessage(cb: (payloadType: PayloadTypeValue, payload: Uint8Array) => void): () => void {
    this.messageCbs.add(cb);
    if (this.pending.length) {
      const queued = this.pending;
      this.pending = [];
      queueMicrotask(() => queued.forEach(([t, p]) => this.deliver(t, p)));
    }
    return () => this.messageCbs.delete(cb);
  }

  onError(cb: (e: V2gtpErrorEvent) => void): () => void {
    this.errorCbs.add(cb);
    return () => this.errorCbs.delete(cb);
  }

  onClose(cb: (reason: V2gtpCloseReason) => void): () => void {
    if (this.closedReason !== undefined) {
      const r = this.closedReason;
      queueMicrotask(() => cb(r));
      return () => {};
    }
    this.closeCbs.add(cb);
    return () => this.closeCbs.delete(cb);
  }

  send(payloadType: number, payload: Uint8Array): boolean {
    const frame = frameV2gtp(payloadType, payload);
    if (!this.open) return false;
    this.socket.write(frame);
    this.counters.messages_out++;
    this.counters.bytes_out += frame.length;
    return true;
  }

  close(reason: V2gtpCloseReason = 'local'): Promise<void> {
    if (this.closedReason === undefined && !this.closing) {
      this.closing = true;
      this.reason ??= reason;
      this.socket.end();
      const t = setTimeout(() => this.socket.destroy(), this.opts.closeTimeoutMs ?? 2000);
      t.unref();
      void this.closed.then(() => clearTimeout(t));
    }
    return this.closed;
  }

  destroy(): void {
    this.reason ??= 'local';
    this.closing = true;
    // RST (resetAndDestroy) while the stream is still open; once end() was called, a reset can stall
    // behind the pending shutdown on some Node versions, so a plain destroy() then.
    const s = this.socket as Socket & { resetAndDestroy?: () => Socket };
    if (typeof s.resetAndDestroy === 'function' && !s.writableEnded && !s.destroyed) s.resetAndDestroy();
    else s.destroy();
  }

  stats(): V2gtpConnectionStats {
    return { ...this.counters };
  }

  private onData(chunk: Buffer): void {
    if (this.closing) return;
    this.counters.bytes_in += chunk.length;
    const out = this.framer.push(chunk);
    for (const m of out.messages) {
      this.counters.messages_in++;
      if (this.messageCbs.size) this.deliver(m.payloadType, m.payload);
      else this.pending.push([m.payloadType, m.payload]);
    }
    if (out.error) {
      this.reason ??= 'header_error';
      this.emitError({ kind: 'header', ...out.error });
      void this.close('header_error');
    }
  }

  private deliver(t: PayloadTypeValue, p: Uint8Array): void {
    for (const cb of [...this.messageCbs]) cb(t, p);
  }

  private emitError(e: V2gtpErrorEvent): void {
    for (const cb of [...this.errorCbs]) cb(e);
  }
}
