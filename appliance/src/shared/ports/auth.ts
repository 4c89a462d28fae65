/**
 * Authorization contracts. Token providers (RFID reader, HMI, Plug&Charge, OCPP remote start) produce
 * tokens; token validators (free charging, local list, OCPP, contract certificates) judge them.
 */
export type TokenType = 'RFID' | 'Central' | 'PlugAndCharge' | 'Free' | 'Local';

export interface ProvidedToken {
  id_token: string;
  type: TokenType;
  /** Which EVSE the token is for, when the source knows (remote start, a reader at one connector). */
  evse?: number;
  source: string;
}

export type AuthStatus = 'Accepted' | 'Blocked' | 'Expired' | 'Invalid' | 'Unknown';

export interface ValidationResult {
  status: AuthStatus;
  /** The validator that decided, e.g. `local-list`. */
  by: string;
  reason?: string;
}

export interface TokenProvider {
  readonly name: string;
  onToken(listener: (token: ProvidedToken) => void): () => void;
}

export interface TokenValidator {
  readonly name: string;
  /** Returns null when this validator has no opinion on the token, letting the next one decide. */
  validate(token: ProvidedToken): Promise<ValidationResult | null>;
}
