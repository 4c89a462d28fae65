/**
 * The V2G service of one EVSE: a V2GTP server (TCP, a port from 49152–65535) and an SDP server announcing
 * it, and one ISO 15118-2 / DIN 70121 session per connection (the server refuses a second EV while one is
 * connected).
 *
 *  - Real interface: TCP on the interface's link-local address with its zone (waiting for the address and
 *    its duplicate address detection, see service-address.ts), SDP on UDP 15118 bound to that interface
 *    with ff02::1 joined, answering with that address and port.
 *  - Simulation (no interface): TCP on ::1 and SDP on an ephemeral UDP port of ::1, so several appliances
 *    (tests) run side by side; the simulated vehicle is told the SDP port.
 *
 * A session that ends with SessionStop Pause (ISO 15118-2) leaves its SessionID as the one the next
 * connection may resume (OK_OldSessionJoined); any other end, or `vehicleUnplugged()`, forgets it. An
 * unplugged vehicle also ends the session still open on its connection (no car is left to talk to).
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { HlcEvse } from '../shared/ports/hlc.js';
import { dinProtocol } from './din/index.js';
import { iso2Protocol } from './iso2/index.js';
import { SdpServer, type SdpServerEvent, type SdpServerStats } from './sdp/index.js';
import { runSessionOnConnection, type CloseKind, type ProtocolDefinition } from './session/index.js';
import { V2gtpServer, type V2gtpConnection, type V2gtpServerStats } from './transport/index.js';
import { bindLinkLocal, type InterfaceProbe } from './service-address.js';

export type HlcProtocolName = 'DIN70121' | 'ISO15118-2';

/** What the wiring does around the sessions (the charger's side). */
export interface V2gServiceHooks {
  /** An EV opened a TCP connection (before its handshake). */
  connected?(remoteAddress: string): void;
  /** The handshake chose a protocol: the session runs from now on. */
  sessionStarted?(protocol: HlcProtocolName): void;
  /** The connection is gone; `how` its session ended (null: no session was started on it). */
  disconnected?(how: CloseKind | null): void;
}

export interface V2gServiceOptions {
  evse: number;
  /** The EV's network interface; null: simulation on ::1. */
  interface: string | null;
  /** Real interface: how long start() waits for a usable link-local address (default 15 s). */
  addressTimeoutMs?: number;
  /** The charger as the sessions see it. */
  hlc: HlcEvse;
  clock: Clock;
  log: Logger;
  /** Offered protocols, most preferred first (default ISO 15118-2, then DIN 70121). */
  protocols?: readonly ProtocolDefinition[];
  /** A fresh SessionID (default 8 random bytes as hex). */
  sessionId?: () => string;
  /** SDP's UDP port (default 15118 on an interface, an ephemeral one in simulation). */
  sdpPort?: number;
  /** TCP port (default a random free one from 49152–65535). */
  tcpPort?: number;
  probe?: InterfaceProbe;
  hooks?: V2gServiceHooks;
}

export interface V2gEndpoint {
  /** The announced address (RFC 5952, no zone). */
  address: string;
  /** The bound address, with zone on an interface. */
  host: string;
  interface: string | null;
  tcpPort: number;
  sdpPort: number;
}

export interface V2gServiceStats {
  sdp: SdpServerStats | null;
  tcp: V2gtpServerStats | null;
  sessions: number;
}

const PROTOCOL_NAMES: Record<string, HlcProtocolName> = { din: 'DIN70121', iso2: 'ISO15118-2' };

export class V2gService {
  private tcp: V2gtpServer | null = null;
  private sdp: SdpServer | null = null;
  private where: V2gEndpoint | null = null;
  private paused: string | undefined;
  private sessions = 0;
  private current: V2gtpConnection | null = null;

  constructor(private readonly opts: V2gServiceOptions) {}

  /** Listens (TCP first: SDP announces its port). Throws V2gInterfaceError for interface problems. */
  async start(signal?: AbortSignal): Promise<V2gEndpoint> {
    if (this.tcp) throw new Error(`EVSE ${this.opts.evse}: V2G service already started`);
    const { log } = this.opts;
    const iface = this.opts.interface;
    const listen = async (host: string): Promise<{ server: V2gtpServer; port: number }> => {
      const server = new V2gtpServer({ host, ...(this.opts.tcpPort !== undefined ? { port: this.opts.tcpPort } : {}) });
      const { port } = await server.listen();
      return { server, port };
    };
    const bound = iface
      ? await bindLinkLocal(
          {
            ifname: iface,
            timeoutMs: this.opts.addressTimeoutMs ?? 15_000,
            clock: this.opts.clock,
            ...(this.opts.probe ? { probe: this.opts.probe } : {}),
            onWait: (why) => log.info(`waiting: ${why}`),
            ...(signal ? { signal } : {}),
          },
          listen,
        )
      : { address: '::1', host: '::1', result: await listen('::1') };
    const { server, port } = bound.result;
    this.tcp = server;
    server.onConnection((conn) => this.onConnection(conn));
    server.onEvent((e) => {
      if (e.type !== 'accepted') log.warn(`V2GTP connection from ${e.remoteAddress} ${e.type}: one EV session at a time`);
    });
    const sdp = new SdpServer({
      seccPort: port,
      seccAddress: bound.address,
      // Simulation: an ephemeral port so several appliances (tests) can run side by side.
      port: this.opts.sdpPort ?? (iface ? undefined : 0),
      ...(iface ? { interface: iface } : {}),
      onEvent: (e) => this.onSdp(e),
    });
    try {
      await sdp.start();
    } catch (e) {
      await server.close();
      this.tcp = null;
      throw e;
    }
    this.sdp = sdp;
    this.where = { address: bound.address, host: bound.host, interface: iface, tcpPort: port, sdpPort: sdp.port! };
    log.info(`V2G on [${bound.host}]:${port}, SDP on UDP ${sdp.port}${iface ? ` (ff02::1 on ${iface})` : ''}`);
    return this.where;
  }

  async stop(): Promise<void> {
    const { sdp, tcp } = this;
    this.sdp = null;
    this.tcp = null;
    this.where = null;
    await sdp?.stop();
    await tcp?.close();
  }

  /** Where the service listens (after start). */
  get endpoint(): V2gEndpoint | null {
    return this.where;
  }

  /** The SessionID a paused EV may resume with, if any. */
  get resumableSessionId(): string | undefined {
    return this.paused;
  }

  /** The vehicle unplugged: its open connection ends, and a paused session cannot be resumed any more. */
  vehicleUnplugged(): void {
    if (this.current) {
      this.opts.log.info('vehicle unplugged: closing its V2G connection');
      void this.current.close();
    }
    if (this.paused) this.opts.log.info(`paused session ${this.paused} forgotten (vehicle unplugged)`);
    this.paused = undefined;
  }

  stats(): V2gServiceStats {
    return { sdp: this.sdp?.stats() ?? null, tcp: this.tcp?.stats() ?? null, sessions: this.sessions };
  }

  private onConnection(conn: V2gtpConnection): void {
    const { log, hooks } = this.opts;
    log.info(`V2GTP connection from [${conn.remoteAddress}]:${conn.remotePort}`);
    this.current = conn;
    hooks?.connected?.(conn.remoteAddress);
    let ended: CloseKind | null = null;
    const resumable = this.paused;
    const running = runSessionOnConnection(conn, {
      protocols: this.opts.protocols ?? [iso2Protocol(), dinProtocol],
      evse: this.opts.hlc,
      clock: this.opts.clock,
      log,
      sessionId: this.opts.sessionId ?? (() => randomBytes(8).toString('hex')),
      ...(resumable ? { resumableSessionId: resumable } : {}),
      onSession: (_s, def) => {
        const name = PROTOCOL_NAMES[def.schema] ?? 'ISO15118-2';
        this.sessions++;
        log.info(`V2G session: ${name === 'DIN70121' ? 'DIN 70121' : 'ISO 15118-2'}`);
        this.opts.hlc.report({ protocol: name });
        hooks?.sessionStarted?.(name);
      },
      onEnd: (how, detail) => {
        ended = how;
        const id = running.session?.session.session_id;
        // Only a paused session may be resumed, and only the latest one.
        this.paused = how === 'pause' && id ? id : undefined;
        log.info(`V2G session ended (${how}): ${detail}${this.paused ? `; ${this.paused} may resume` : ''}`);
      },
    });
    // Registered after the session's own close handler, so `ended` is known here.
    conn.onClose(() => {
      if (this.current === conn) this.current = null;
      hooks?.disconnected?.(running.session ? ended : null);
    });
  }

  private onSdp(e: SdpServerEvent): void {
    const { log } = this.opts;
    if (e.type === 'answered') log.info(`SDP: answered [${e.from}]:${e.port} with [${this.where?.address ?? '?'}]:${this.tcp?.port} (${e.offered})`);
    else if (e.type === 'send_error') log.warn(`SDP: could not answer [${e.from}]:${e.port}: ${e.message}`);
    else log.debug(`SDP: ${e.type} datagram from [${e.from}]:${e.port}`);
  }
}
