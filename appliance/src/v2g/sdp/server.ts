/**
 * The SECC's SDP server: UDP port 15118 on one interface. Each valid request is answered, to the sender's
 * address and port, with the SECC's link-local address, the V2GTP server's TCP port and the security on
 * offer. While TLS is not offered, a TLS request is answered with no TLS (cars then retry, or go on, with
 * TCP without TLS). A datagram that is not an SDP request is counted and ignored, never answered.
 *
 * On a real interface the socket is bound to `ff02::1%<interface>`: the kernel then ties it to that
 * interface (the zone of a link-local multicast bind sets the bound device), so requests arriving on any
 * other interface never reach it, and the group ff02::1 is joined on that interface explicitly. For
 * simulation (no interface) it binds `::1` and takes unicast requests.
 */
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { networkInterfaces } from 'node:os';
import {
  encodeSdp,
  parseSdp,
  SDP_MULTICAST,
  SDP_PORT,
  type SdpParseError,
  type SdpSecurity,
} from './codec.js';
import { formatIpv6, isLinkLocal, parseIpv6, splitZone } from './ipv6.js';

export interface SdpServerOptions {
  /** Interface the EV is on (e.g. `eth1`). Omitted: simulation on `::1`, unicast, no multicast. */
  interface?: string;
  /** Address announced in the response. Default: the interface's link-local address; `::1` in simulation. */
  seccAddress?: string;
  /** TCP port of the V2GTP server, announced in the response. */
  seccPort: number;
  /** TLS offered (default false: a TLS request is answered with NoTLS). */
  offerTls?: boolean;
  /** UDP port (default 15118; 0 lets the kernel choose, for tests). */
  port?: number;
  /** Overrides the bind address (default `ff02::1%<interface>`, or `::1` in simulation). */
  bindAddress?: string;
  /** Called for every datagram received, after it was handled. */
  onEvent?: (e: SdpServerEvent) => void;
}

export type SdpIgnoreReason = 'not_a_request' | 'unknown_security' | 'unsupported_transport';

export type SdpServerEvent =
  | { type: 'answered'; from: string; port: number; requested: SdpSecurity; offered: SdpSecurity }
  | { type: 'malformed'; from: string; port: number; error: SdpParseError; length: number }
  | { type: 'ignored'; from: string; port: number; reason: SdpIgnoreReason }
  | { type: 'send_error'; from: string; port: number; message: string };

export interface SdpServerStats {
  received: number;
  answered: number;
  malformed: number;
  ignored: number;
  /** TLS requests answered with NoTLS because TLS is not offered. */
  tls_declined: number;
  send_errors: number;
}

/** The first link-local IPv6 address of `ifname`, with its zone (`fe80::…%ifname`); undefined if none. */
export function linkLocalAddress(ifname: string): string | undefined {
  const found = networkInterfaces()[ifname]?.find((a) => a.family === 'IPv6' && a.address.toLowerCase().startsWith('fe80'));
  return found ? `${splitZone(found.address).address}%${ifname}` : undefined;
}

export class SdpServer {
  private socket: Socket | undefined;
  private readonly counters: SdpServerStats = { received: 0, answered: 0, malformed: 0, ignored: 0, tls_declined: 0, send_errors: 0 };
  /** RFC 5952 text of the announced address (no zone). */
  private announced: string | undefined;
  private seccPort: number;

  constructor(private readonly opts: SdpServerOptions) {
    this.seccPort = opts.seccPort;
  }

  /** Binds and (on an interface) joins ff02::1. Resolves with the bound address and UDP port. */
  async start(): Promise<{ address: string; port: number }> {
    if (this.socket) throw new Error('SdpServer already started');
    const iface = this.opts.interface;
    const secc = this.opts.seccAddress ?? (iface ? linkLocalAddress(iface) : '::1');
    if (!secc) throw new Error(`interface ${iface} has no link-local IPv6 address (yet: DAD may still be running)`);
    const bytes = parseIpv6(secc);
    if (!bytes) throw new Error(`SDP: ${secc} is not an IPv6 address`);
    if (iface && !isLinkLocal(bytes)) throw new Error(`SDP: ${secc} is not link-local (the standard announces fe80::/10)`);
    this.announced = formatIpv6(bytes);
    const bindAddress = this.opts.bindAddress ?? (iface ? `${SDP_MULTICAST}%${iface}` : '::1');
    const socket = createSocket({ type: 'udp6', ipv6Only: true, reuseAddr: iface !== undefined });
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind({ address: bindAddress, port: this.opts.port ?? SDP_PORT }, () => {
        socket.off('error', reject);
        resolve();
      });
    });
    try {
      if (iface) socket.addMembership(SDP_MULTICAST, `::%${iface}`);
    } catch (e) {
      socket.close();
      throw e;
    }
    socket.on('message', (msg, rinfo) => this.onDatagram(msg, rinfo));
    socket.on('error', () => this.counters.send_errors++);
    this.socket = socket;
    const a = socket.address();
    return { address: a.address, port: a.port };
  }

  /** The TCP port announced from now on (e.g. after the V2GTP server moved). */
  setSeccPort(port: number): void {
    this.seccPort = port;
  }

  stats(): SdpServerStats {
    return { ...this.counters };
  }

  /** Bound UDP port (after start). */
  get port(): number | undefined {
    return this.socket?.address().port;
  }

  async stop(): Promise<void> {
    const s = this.socket;
    this.socket = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  private onDatagram(msg: Buffer, rinfo: RemoteInfo): void {
    this.counters.received++;
    const from = rinfo.address;
    const port = rinfo.port;
    const emit = (e: SdpServerEvent): void => this.opts.onEvent?.(e);
    const parsed = parseSdp(msg);
    if (!parsed.ok) {
      this.counters.malformed++;
      return emit({ type: 'malformed', from, port, error: parsed.error, length: msg.length });
    }
    const req = parsed.message;
    const ignore = (reason: SdpIgnoreReason): void => {
      this.counters.ignored++;
      emit({ type: 'ignored', from, port, reason });
    };
    if (req.name !== 'SDP_Req') return ignore('not_a_request');
    if (req.security !== 'TLS' && req.security !== 'NoTLS') return ignore('unknown_security');
    if (req.transport !== 'TCP') return ignore('unsupported_transport');
    const offered: SdpSecurity = req.security === 'TLS' && this.opts.offerTls ? 'TLS' : 'NoTLS';
    if (req.security === 'TLS' && offered === 'NoTLS') this.counters.tls_declined++;
    const res = encodeSdp({
      name: 'SDP_Res',
      secc_ip: this.announced!,
      secc_port: this.seccPort,
      security: offered,
      transport: 'TCP',
    });
    const dest = this.replyAddress(from);
    const s = this.socket;
    if (!s) return;
    s.send(res, port, dest, (err) => {
      if (err) {
        this.counters.send_errors++;
        emit({ type: 'send_error', from, port, message: err.message });
      } else {
        this.counters.answered++;
        emit({ type: 'answered', from, port, requested: req.security, offered });
      }
    });
  }

  /** A link-local sender is only reachable through our interface: add it as the zone. */
  private replyAddress(from: string): string {
    const iface = this.opts.interface;
    if (!iface || from.includes('%')) return from;
    const b = parseIpv6(from);
    return b && isLinkLocal(b) ? `${from}%${iface}` : from;
  }
}
