/**
 * The one error type of the EXI codec. Every failure while encoding or decoding (bad event code, value out
 * of its facets, truncated input, wrong JSON shape, even an internal RangeError) surfaces as an ExiError,
 * so callers can catch a single class and still know where the stream went wrong.
 */
export class ExiError extends Error {
  override readonly name = 'ExiError';
  /** Bit position in the EXI stream (from the header byte) at which the problem was detected. */
  readonly bitOffset: number;
  /** Grammar path, outermost first, e.g. "V2G_Message_anon#1 > BodyType#0 > CurrentDemandReqType#3". */
  grammar: string;

  constructor(message: string, bitOffset: number, grammar = '') {
    super(message);
    this.bitOffset = bitOffset;
    this.grammar = grammar;
  }

  override toString(): string {
    return `ExiError: ${this.message} at bit ${this.bitOffset}${this.grammar ? ` in ${this.grammar}` : ''}`;
  }
}

/**
 * Turns anything thrown inside a generated type function into an ExiError and prefixes the grammar path with
 * that function's type and state. Called from catch blocks only, so it costs nothing on the happy path.
 */
export function wrapError(e: unknown, where: string, bitOffset: number): ExiError {
  if (e instanceof ExiError) {
    e.grammar = e.grammar ? `${where} > ${e.grammar}` : where;
    return e;
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new ExiError(msg, bitOffset, where);
}
