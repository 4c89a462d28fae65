/**
 * The kiosk HMI's credential: a random token with role hmi, made at start and held in memory only. The
 * appliance hands it to loopback browsers (GET /hmi/session), so the local touchscreen can say Hello when
 * `api.auth.required` is set without a secret in the configuration or in the page.
 */
import type { ApiToken } from '../config/index.js';
import { generateToken, hashToken } from './security.js';

/** How API logs and revocation name it; configured tokens keep their own names. */
export const HMI_SESSION_TOKEN_NAME = 'hmi session (in memory)';

/**
 * scrypt's cost protects hand-picked tokens; this one carries 256 random bits, so the cheapest valid cost keeps
 * every Hello (which checks all tokens) fast without weakening anything.
 */
const HMI_TOKEN_SCRYPT = { N: 1 << 4, r: 8, p: 1 } as const;

export class HmiSessionToken {
  readonly token = generateToken();

  /** The verifier's entry for it (hashed, like configured tokens). */
  async entry(): Promise<ApiToken> {
    return {
      name: HMI_SESSION_TOKEN_NAME,
      role: 'hmi',
      hash: await hashToken(this.token, HMI_TOKEN_SCRYPT),
    };
  }
}
