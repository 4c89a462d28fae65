/**
 * Promises that resolve when a condition on the CSMS's state becomes true: the condition is re-evaluated
 * whenever the state changes (`changed()`), with a timeout that names what was awaited.
 */
interface Waiter {
  probe: () => unknown;
  resolve: (value: any) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class Waiters {
  private readonly pending = new Set<Waiter>();

  /** Resolves with the first non-undefined value of `probe` (checked now and after every change). */
  until<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const now = probe();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        probe,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.pending.delete(waiter);
          reject(new Error(`test CSMS: timed out after ${timeoutMs} ms waiting for ${what}`));
        }, timeoutMs),
      };
      this.pending.add(waiter);
    });
  }

  changed(): void {
    for (const w of [...this.pending]) {
      const value = w.probe();
      if (value === undefined) continue;
      clearTimeout(w.timer);
      this.pending.delete(w);
      w.resolve(value);
    }
  }

  rejectAll(reason: string): void {
    for (const w of this.pending) {
      clearTimeout(w.timer);
      w.reject(new Error(reason));
    }
    this.pending.clear();
  }
}
