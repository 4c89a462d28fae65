/**
 * The smallest shape of one V2GTP connection the session layer needs. The transport (TCP/TLS listener,
 * V2GTP framing and header checks) implements it; tests implement it in memory. Payloads are EXI bytes
 * without the 8-byte V2GTP header; payload types are the V2GTP ones (0x8001 for SAP, DIN and ISO-2).
 */
export interface V2gConnection {
  /** Registers the listener for every complete, header-checked V2GTP message. */
  onMessage(listener: (payloadType: number, payload: Uint8Array) => void): void;
  /** Registers the listener for the end of the connection (EV closed it, error, or `close()`); called once. */
  onClose(listener: (reason: string) => void): void;
  /** Frames and writes one message. */
  send(payloadType: number, payload: Uint8Array): void;
  /** Ends the connection after what was sent has been written. */
  close(reason?: string): void;
}
