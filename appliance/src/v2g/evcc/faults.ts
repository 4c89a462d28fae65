/**
 * Fault injection for the EVCC simulator: when a fault is due, and what the EV does instead of its regular
 * request. What a conforming SECC does about each fault is documented with FaultKind (./config.ts).
 */
import type { EvccStage, FaultSpec } from './config.js';

/** Not EXI: the first byte is not the EXI header 0x80 this profile requires (fault `garbage-exi`). */
export const GARBAGE_EXI = Uint8Array.from([0x42, 0x41, 0x44, 0x21, 0x00, 0xff]);

export type FaultAction =
  /** Send the request of `stage` (possibly not the current one) under `session_id`. */
  | { do: 'request'; stage: EvccStage; session_id: string }
  | { do: 'garbage'; bytes: Uint8Array }
  /** Send nothing more; keep listening (the SECC's close still reaches the EV). */
  | { do: 'silence' }
  /** Close the connection. */
  | { do: 'drop' }
  /** Ignore everything from now on, never close. */
  | { do: 'vanish' }
  /** Stop charging orderly (PowerDelivery stop). */
  | { do: 'stop' };

/** True when the fault replaces the request of `stage`, the `sent`-th regular one in that stage. */
export function faultDue(f: FaultSpec, stage: EvccStage, loopStage: EvccStage, sent: number): boolean {
  const at = f.at ?? loopStage;
  const after = f.after ?? (at === loopStage ? 3 : 0);
  return stage === at && sent >= after;
}

/** A SessionID that is surely not `id`: every hex digit inverted (never all zero). */
export function wrongSessionId(id: string): string {
  const flipped = [...id].map((c) => (15 - parseInt(c, 16)).toString(16)).join('');
  return /^0*$/.test(flipped) ? '0123456789abcdef' : flipped;
}

export function faultAction(f: FaultSpec, stage: EvccStage, sessionId: string): FaultAction {
  switch (f.kind) {
    case 'wrong-order':
      // A request no state of the charge loop (nor CableCheck) accepts.
      return { do: 'request', stage: stage === 'CableCheck' ? 'WeldingDetection' : 'CableCheck', session_id: sessionId };
    case 'wrong-session-id':
      return { do: 'request', stage, session_id: wrongSessionId(sessionId) };
    case 'garbage-exi':
      return { do: 'garbage', bytes: GARBAGE_EXI };
    case 'silence':
      return { do: 'silence' };
    case 'tcp-drop':
      return { do: 'drop' };
    case 'vanish':
      return { do: 'vanish' };
    case 'ev-stop':
      return { do: 'stop' };
  }
}
