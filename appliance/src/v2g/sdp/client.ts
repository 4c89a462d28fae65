/**
 * The EV side of SDP: send the request, wait for a response, send it again when none came in time.
 * On an interface the request goes to ff02::1%<interface> (as the standard prescribes); in simulation
 * it is sent by unicast to ::1. Timing: a response is awaited for 250 ms and the request sent at most
 * 50 times (ISO 15118-2 / DIN 70121 SDP timing as the open implementations use it); both can be changed.
 *
 * The result is a value: `{ ok: true, … }` with the SECC's address (zone added: the EV's interface),
 * port, security and transport, or `{ ok: false, reason }` after the last attempt or on abort.
 */
import { createSocket, type Socket } from 'node:dgram';
import { encodeSdp, parseSdp, SDP_MULTICAST, SDP_PORT, type SdpSecurity, type SdpTransport } from './codec.js';
import { isLinkLocal, parseIpv6 } from './ipv6.js';

/** How long the EV waits for an SDP response before it repeats the request. */
export const SDP_RESPONSE_TIMEOUT_MS = 250;
/** How many requests the EV sends before it gives up. */
export const SDP_MAX_REQUESTS = 50;

export interface SdpDiscoverOptions {
  /** The EV's interface: multicast to ff02::1 on it. Omitted: unicast to `target` (simulation). */
  interface?: string;
  /** Unicast destination when no interface is given (default `::1`). */
  target?: string;
  /** The SECC's UDP port (default 15118). */
  port?: number;
  /** Requested security (default NoTLS). */
  security?: SdpSecurity;
  transport?: SdpTransport;
  responseTimeoutMs?: number;
  maxRequests?: number;
  signal?: AbortSignal;
  /** Called after each request is sent (attempt counts from 1). */
  onRequest?: (attempt: number) => void;
}

export type SdpDiscoverResult =
  | {
      ok: true;
      /** The SECC's address as announced (RFC 5952, no zone). */
      address: string;
      /** The zone to connect with (the EV's interface for a link-local address), if any. */
      scope: string | undefined;
      /** `address%scope` or `address`: ready for net.connect. */
      host: string;
      port: number;
      security: SdpSecurity;
      transport: SdpTransport;
      /** Requests sent, including the answered one. */
      attempts: number;
      /** Datagrams received that were not a usable response. */
      ignored: number;
    }
  | { ok: false; reason: 'timeout' | 'aborted' | 'socket_error'; attempts: number; ignored: number; message?: string };

export async function sdpDiscover(opts: SdpDiscoverOptions = {}): Promise<SdpDiscoverResult> {
  const iface = opts.interface;
  const dest = iface ? `${SDP_MULTICAST}%${iface}` : (opts.target ?? '::1');
  const port = opts.port ?? SDP_PORT;
  const waitMs = opts.responseTimeoutMs ?? SDP_RESPONSE_TIMEOUT_MS;
  const max = opts.maxRequests ?? SDP_MAX_REQUESTS;
  const request = encodeSdp({ name: 'SDP_Req', security: opts.security ?? 'NoTLS', transport: opts.transport ?? 'TCP' });
  let attempts = 0;
  let ignored = 0;
  if (opts.signal?.aborted) return { ok: false, reason: 'aborted', attempts, ignored };

  const socket: Socket = createSocket({ type: 'udp6', ipv6Only: true });
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      // An ephemeral port; on an interface the multicast route is chosen by setMulticastInterface below.
      socket.bind({ address: iface ? '::' : '::1', port: 0 }, () => {
        socket.off('error', reject);
        resolve();
      });
    });
    if (iface) socket.setMulticastInterface(`::%${iface}`);
  } catch (e) {
    socket.close();
    return { ok: false, reason: 'socket_error', attempts, ignored, message: (e as Error).message };
  }

  return new Promise<SdpDiscoverResult>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const finish = (r: SdpDiscoverResult): void => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      socket.removeAllListeners('message');
      socket.close();
      resolve(r);
    };
    const onAbort = (): void => finish({ ok: false, reason: 'aborted', attempts, ignored });
    if (opts.signal?.aborted) return onAbort(); // aborted while the socket was being bound
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    socket.on('error', (e) => finish({ ok: false, reason: 'socket_error', attempts, ignored, message: e.message }));
    socket.on('message', (msg) => {
      const parsed = parseSdp(msg);
      if (!parsed.ok || parsed.message.name !== 'SDP_Res') {
        ignored++;
        return;
      }
      const res = parsed.message;
      const bytes = parseIpv6(res.secc_ip)!;
      const scope = iface && isLinkLocal(bytes) ? iface : undefined;
      finish({
        ok: true,
        address: res.secc_ip,
        scope,
        host: scope ? `${res.secc_ip}%${scope}` : res.secc_ip,
        port: res.secc_port,
        security: res.security,
        transport: res.transport,
        attempts,
        ignored,
      });
    });
    const send = (): void => {
      if (attempts >= max) return finish({ ok: false, reason: 'timeout', attempts, ignored });
      attempts++;
      socket.send(request, port, dest, (err) => {
        // A send error (e.g. no route yet) counts as an unanswered attempt; the next one may succeed.
        if (!err) opts.onRequest?.(attempts);
      });
      timer = setTimeout(send, waitMs);
    };
    send();
  });
}
