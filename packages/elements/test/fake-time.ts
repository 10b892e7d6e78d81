import type { TimeSource } from '../src/shared/clock.js';

/** A manual time source for the shared clock: time moves only when a test says so. */
export class FakeTime implements TimeSource {
  #timers = new Map<number, { at: number; fn: () => void }>();
  #id = 0;
  /** How many timers have ever been scheduled. */
  scheduled = 0;

  constructor(public t: number) {}

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): number {
    this.scheduled++;
    this.#timers.set(++this.#id, { at: this.t + Math.max(0, ms), fn });
    return this.#id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers.delete(handle as number);
  }

  /** Timers scheduled and not yet fired or cleared. */
  get pending(): number {
    return this.#timers.size;
  }

  /** When the earliest pending timer fires, or null. */
  get nextAt(): number | null {
    let at: number | null = null;
    for (const t of this.#timers.values()) if (at === null || t.at < at) at = t.at;
    return at;
  }

  /** Moves time forward by `ms`, firing due timers in order at their own instants. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      let next: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of this.#timers) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.#timers.delete(next[0]);
      this.t = Math.max(this.t, next[1].at);
      next[1].fn();
    }
    this.t = end;
  }

  /** Jumps to an instant without firing anything (like a machine waking from sleep). */
  jump(to: number): void {
    this.t = to;
  }
}

/** Makes the page look hidden or visible to code that reads document.hidden, and tells it. */
export function setPageHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Restores the real document.hidden / visibilityState. */
export function restorePageVisibility(): void {
  delete (document as { hidden?: boolean }).hidden;
  delete (document as { visibilityState?: string }).visibilityState;
}
