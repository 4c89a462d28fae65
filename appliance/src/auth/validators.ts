/** Token validators shipped with the spine; OCPP and Plug&Charge add theirs behind the same contract. */
import type { ProvidedToken, TokenValidator, ValidationResult } from '../shared/ports/auth.js';
import type { LocalToken } from '../config/index.js';

/** Accepts or refuses tokens listed in the configuration; has no opinion on others. */
export class LocalListValidator implements TokenValidator {
  readonly name = 'local-list';
  private readonly tokens: Map<string, LocalToken>;

  constructor(tokens: LocalToken[]) {
    // RFID UIDs are hex; readers differ in letter case, so compare case-insensitively.
    this.tokens = new Map(tokens.map((t) => [t.id_token.toUpperCase(), t]));
  }

  async validate(token: ProvidedToken): Promise<ValidationResult | null> {
    const entry = this.tokens.get(token.id_token.toUpperCase());
    if (!entry) return null;
    return { status: entry.status, by: this.name, ...(entry.label ? { reason: entry.label } : {}) };
  }
}

/** Runs validators in order; the first with an opinion decides, and silence from all means Unknown. */
export async function validateToken(validators: TokenValidator[], token: ProvidedToken): Promise<ValidationResult> {
  for (const v of validators) {
    const r = await v.validate(token);
    if (r) return r;
  }
  return { status: 'Unknown', by: 'none', reason: 'no validator knows this token' };
}
