/**
 * Feeds one V2GTP connection into a session: the supportedAppProtocol handshake first, then every EXI
 * message through the chosen protocol's V2gSession. The connection is closed when the session ends (after
 * SessionStop, a FAILED answer or a timeout); a connection that closes ends the session.
 *
 * V2G_SECC_CommunicationSetup_Timeout (20 s): the handshake has to arrive within it; after the handshake
 * the protocol's initial state carries its own timeout.
 */
import { PayloadType } from '../exi/index.js';
import { handleAppHandshake, type SupportedProtocol } from '../apphandshake/index.js';
import type { HlcEvse } from '../../shared/ports/hlc.js';
import type { V2gConnection } from './connection.js';
import { V2gSession, type CloseKind, type SessionDeps } from './engine.js';
import type { ProtocolDefinition } from './protocol.js';

export const COMMUNICATION_SETUP_TIMEOUT_MS = 20_000;

export interface RunOptions extends SessionDeps {
  /** The protocols this charger offers, most preferred first. */
  protocols: readonly ProtocolDefinition[];
  evse: HlcEvse;
  /** Told when the session started (after the handshake) and when it ended. */
  onSession?: (session: V2gSession, def: ProtocolDefinition) => void;
  onEnd?: (how: CloseKind, detail: string) => void;
}

export interface RunningSession {
  /** The session once the handshake chose a protocol. */
  readonly session: V2gSession | null;
  readonly protocol: ProtocolDefinition | null;
}

export function runSessionOnConnection(conn: V2gConnection, opts: RunOptions): RunningSession {
  const supported: SupportedProtocol[] = opts.protocols.map((p) => ({
    namespace: p.namespace,
    major: p.version?.major ?? 2,
    minor: p.version?.minor ?? 0,
  }));
  let session: V2gSession | null = null;
  let protocol: ProtocolDefinition | null = null;
  let done = false;
  let handling = false;
  let pendingEnd: { how: CloseKind; detail: string } | null = null;
  const finish = (how: CloseKind, detail: string, closeConn: boolean): void => {
    if (done) return;
    done = true;
    setupTimer.cancel();
    opts.onEnd?.(how, detail);
    if (closeConn) conn.close(detail);
  };
  /** Ends a connection that never got a session (no handshake, no common protocol). */
  const endWithoutSession = (detail: string): void => {
    if (done) return;
    opts.log.warn(detail);
    opts.evse.sessionEnded('error', detail);
    finish('error', detail, true);
  };
  const setupTimer = opts.clock.after(COMMUNICATION_SETUP_TIMEOUT_MS, () => {
    if (!session) endWithoutSession(`no supportedAppProtocolReq within ${COMMUNICATION_SETUP_TIMEOUT_MS} ms`);
  });

  conn.onMessage((payloadType, payload) => {
    if (done) return;
    if (payloadType !== PayloadType.Exi) {
      if (session) session.connectionClosed(`unexpected V2GTP payload type 0x${payloadType.toString(16)}`);
      else endWithoutSession(`unexpected V2GTP payload type 0x${payloadType.toString(16)}`);
      return;
    }
    if (!session) {
      const out = handleAppHandshake(payload, supported);
      conn.send(PayloadType.Exi, out.bytes);
      if (out.skipped.length) opts.log.info(`handshake: not offered by this charger: ${out.skipped.join(', ')}`);
      const chosen = out.chosen ? opts.protocols.find((p) => p.namespace === out.chosen!.protocol.namespace) : undefined;
      if (!chosen) {
        endWithoutSession(out.error ? `handshake not understood: ${out.error}` : 'Failed_NoNegotiation: no common protocol');
        return;
      }
      setupTimer.cancel();
      protocol = chosen;
      session = new V2gSession(chosen, opts.evse, opts);
      session.onEnd((how, detail) => {
        // Inside handle() the answer is not written yet: close after it (below); otherwise (timeout) now.
        if (handling) pendingEnd = { how, detail };
        else finish(how, detail, true);
      });
      opts.log.info(`handshake: ${chosen.namespace} (${out.response.supportedAppProtocolRes.ResponseCode})`);
      opts.onSession?.(session, chosen);
      return;
    }
    handling = true;
    const { response } = session.handle(payload);
    handling = false;
    if (response) conn.send(PayloadType.Exi, response);
    if (pendingEnd) finish(pendingEnd.how, pendingEnd.detail, true);
  });

  conn.onClose((reason) => {
    if (done) return;
    if (session) session.connectionClosed(reason);
    else {
      opts.evse.sessionEnded('error', `connection closed before the handshake: ${reason}`);
      finish('error', reason, false);
    }
  });

  return {
    get session() {
      return session;
    },
    get protocol() {
      return protocol;
    },
  };
}
