/**
 * The EV side of the transport: a TCP connection to the address and port SDP announced, wrapped in the
 * same V2gtpConnection the SECC uses. A link-local address needs the EV's interface as its zone.
 */
import { connect } from 'node:net';
import { SocketV2gtpConnection, type V2gtpConnection, type V2gtpConnectionOptions } from './connection.js';

export interface ConnectV2gtpOptions extends V2gtpConnectionOptions {
  /** Give up connecting after this long (default 5000 ms). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Connects to `address` (zone from `scope` unless the address has one) and `port`. Rejects when it cannot. */
export function connectV2gtp(address: string, port: number, scope?: string, opts: ConnectV2gtpOptions = {}): Promise<V2gtpConnection> {
  const host = scope && !address.includes('%') ? `${address}%${scope}` : address;
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port, family: 6, noDelay: true });
    const fail = (e: Error): void => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      reject(e);
    };
    const onAbort = (): void => fail(new Error(`connect to [${host}]:${port} aborted`));
    const timer = setTimeout(() => fail(new Error(`connect to [${host}]:${port} timed out`)), opts.timeoutMs ?? 5000);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('error', fail);
    socket.once('connect', () => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      socket.off('error', fail);
      resolve(new SocketV2gtpConnection(socket, opts));
    });
  });
}
