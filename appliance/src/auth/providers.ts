/** A token source that other capabilities push into: the simulated RFID reader, the HMI, the API. */
import type { ProvidedToken, TokenProvider } from '../shared/ports/auth.js';

export class PushTokenProvider implements TokenProvider {
  private listeners = new Set<(t: ProvidedToken) => void>();
  constructor(readonly name: string) {}

  onToken(listener: (t: ProvidedToken) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  push(token: Omit<ProvidedToken, 'source'>): void {
    const t: ProvidedToken = { ...token, source: this.name };
    for (const l of [...this.listeners]) l(t);
  }
}
