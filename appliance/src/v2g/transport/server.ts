/**
 * The SECC's V2GTP server: TCP on one IPv6 address (link-local with its zone, e.g. `fe80::1%eth1`, or
 * `::1` in simulation), on a port from the dynamic range 49152–65535 as the standard requires (cars
 * refuse 15118) unless one is configured. One EV session per EVSE: while a connection is active, a second
 * one is refused (default) or takes the place of the first (`secondConnection: 'replace'`, for an EV that
 * reconnects before the charger noticed the old connection died).
 */
import { createServer, type Server, type Socket } from 'node:net';
import { SocketV2gtpConnection, type V2gtpConnection, type V2gtpConnectionOptions } from './connection.js';

export const DYNAMIC_PORT_MIN = 49152;
export const DYNAMIC_PORT_MAX = 65535;

export interface V2gtpServerOptions extends V2gtpConnectionOptions {
  /** `::1`, or a link-local address with zone (`fe80::…%eth1`). */
  host: string;
  /** Fixed port; omitted: a random free one in 49152–65535. */
  port?: number;
  /** While one connection is active: refuse the newcomer (default) or close the old one for it. */
  secondConnection?: 'reject' | 'replace';
  /** Random picks tried before giving up when ports are taken (default 20). */
  portAttempts?: number;
}

export interface V2gtpServerStats {
  accepted: number;
  rejected: number;
  replaced: number;
}

export type V2gtpServerEvent =
  | { type: 'accepted'; remoteAddress: string; remotePort: number }
  | { type: 'rejected'; remoteAddress: string; remotePort: number }
  | { type: 'replaced'; remoteAddress: string; remotePort: number };

export class V2gtpServer {
  private server: Server | undefined;
  private current: SocketV2gtpConnection | undefined;
  private readonly connectionCbs = new Set<(c: V2gtpConnection) => void>();
  private readonly eventCbs = new Set<(e: V2gtpServerEvent) => void>();
  private readonly counters: V2gtpServerStats = { accepted: 0, rejected: 0, replaced: 0 };
  private boundPort = 0;

  constructor(private readonly opts: V2gtpServerOptions) {}

  /** Listens; resolves with the address and port (what SDP announces). */
  async listen(): Promise<{ host: string; port: number }> {
    if (this.server) throw new Error('V2gtpServer already listening');
    const fixed = this.opts.port;
    const attempts = fixed !== undefined ? 1 : (this.opts.portAttempts ?? 20);
    let lastError: unknown;
    for (let i = 0; i < attempts; i++) {
      const port = fixed ?? randomDynamicPort();
      const server = createServer({ noDelay: true }, (s) => this.onSocket(s));
      try {
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen({ host: this.opts.host, port, ipv6Only: true, exclusive: true }, () => {
            server.off('error', reject);
            resolve();
          });
        });
      } catch (e) {
        lastError = e;
        if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE' && fixed === undefined) continue;
        throw e;
      }
      this.server = server;
      const a = server.address();
      this.boundPort = typeof a === 'object' && a ? a.port : port;
      return { host: this.opts.host, port: this.boundPort };
    }
    throw lastError instanceof Error ? lastError : new Error('no free port in 49152–65535');
  }

  get port(): number {
    return this.boundPort;
  }

  /** The active connection, if any. */
  get active(): V2gtpConnection | undefined {
    return this.current;
  }

  onConnection(cb: (c: V2gtpConnection) => void): () => void {
    this.connectionCbs.add(cb);
    return () => this.connectionCbs.delete(cb);
  }

  onEvent(cb: (e: V2gtpServerEvent) => void): () => void {
    this.eventCbs.add(cb);
    return () => this.eventCbs.delete(cb);
  }

  stats(): V2gtpServerStats {
    return { ...this.counters };
  }

  /** Stops listening and closes the active connection. */
  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    const c = this.current;
    this.current = undefined;
    if (c) {
      // Abrupt: the charger is stopping, nothing more is said on this connection.
      const closing = c.close();
      c.destroy();
      await closing;
    }
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private onSocket(socket: Socket): void {
    const who = { remoteAddress: socket.remoteAddress ?? '', remotePort: socket.remotePort ?? 0 };
    if (this.current?.open) {
      if ((this.opts.secondConnection ?? 'reject') === 'reject') {
        this.counters.rejected++;
        socket.on('error', () => {});
        socket.destroy();
        this.emit({ type: 'rejected', ...who });
        return;
      }
      this.counters.replaced++;
      const old = this.current;
      void old.close('replaced');
      old.destroy();
      this.emit({ type: 'replaced', ...who });
    }
    const conn = new SocketV2gtpConnection(socket, this.opts);
    this.current = conn;
    this.counters.accepted++;
    conn.onClose(() => {
      if (this.current === conn) this.current = undefined;
    });
    this.emit({ type: 'accepted', ...who });
    for (const cb of [...this.connectionCbs]) cb(conn);
  }

  private emit(e: V2gtpServerEvent): void {
    for (const cb of [...this.eventCbs]) cb(e);
  }
}

/** A port from the dynamic range (both ends included). */
export function randomDynamicPort(): number {
  return DYNAMIC_PORT_MIN + Math.floor(Math.random() * (DYNAMIC_PORT_MAX - DYNAMIC_PORT_MIN + 1));
}
