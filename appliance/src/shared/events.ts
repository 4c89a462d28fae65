/**
 * A small typed publish/subscribe bus. Subscriptions are tagged with an owner so a capability that stops
 * can remove everything it registered in one call.
 */
export type Listener<T> = (payload: T) => void;

/** The publishing half of a bus, narrowed to the events a publisher may send. */
export interface Emitter<Events> {
  emit<K extends keyof Events>(event: K, payload: Events[K]): void;
}

export class EventBus<Events extends { [K in keyof Events]: unknown }> {
  private readonly listeners = new Map<keyof Events, Array<{ owner: string; fn: Listener<never> }>>();

  on<K extends keyof Events>(event: K, owner: string, fn: Listener<Events[K]>): () => void {
    const list = this.listeners.get(event) ?? [];
    const entry = { owner, fn: fn as Listener<never> };
    list.push(entry);
    this.listeners.set(event, list);
    return () => {
      const cur = this.listeners.get(event);
      if (cur) this.listeners.set(event, cur.filter((e) => e !== entry));
    };
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    const list = this.listeners.get(event);
    if (!list) return;
    // Copy: a listener may unsubscribe (or subscribe) while we iterate.
    for (const { fn } of [...list]) (fn as Listener<Events[K]>)(payload);
  }

  removeOwner(owner: string): void {
    for (const [event, list] of this.listeners) {
      this.listeners.set(event, list.filter((e) => e.owner !== owner));
    }
  }

  listenerCount(event?: keyof Events): number {
    if (event !== undefined) return this.listeners.get(event)?.length ?? 0;
    let n = 0;
    for (const list of this.listeners.values()) n += list.length;
    return n;
  }
}
