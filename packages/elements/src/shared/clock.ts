/**
 * One shared clock for every countdown on a page.
 *
 * Subscribers say which unit they display (second, minute, hour or day) and, optionally, the
 * instant their units are counted from (a deadline). A single timer wakes up at the nearest
 * boundary any subscriber needs — once a day when every countdown shows only days — and calls
 * only the subscribers whose boundary has come. While the page is hidden the timer stops; on
 * return every subscriber is called at once to catch up. With no subscribers there is no timer.
 *
 * Time is read through a replaceable {@link TimeSource}, so tests can drive it.
 */

export type ClockUnit = 'second' | 'minute' | 'hour' | 'day';

export const UNIT_MS: Readonly<Record<ClockUnit, number>> = { second: 1e3, minute: 6e4, hour: 36e5, day: 864e5 };

/** Where the clock reads the time and schedules its one timer. */
export interface TimeSource {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type Tick = (now: number) => void;

interface Subscriber {
  unit: ClockUnit;
  anchor: number;
  tick: Tick;
  /** The next boundary (epoch ms) at which this subscriber wants to be called. */
  due: number;
}

const systemTime: TimeSource = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** First boundary strictly after `now` of a grid of `unit` steps through `anchor`. */
export function nextBoundary(now: number, unit: ClockUnit, anchor = 0): number {
  const step = UNIT_MS[unit];
  return anchor + (Math.floor((now - anchor) / step) + 1) * step;
}

export class Clock {
  #source: TimeSource = systemTime;
  #subs = new Set<Subscriber>();
  #handle: unknown = null;
  #at = 0;
  #listening = false;

  /** The current time (epoch ms) of the clock's time source. */
  now(): number {
    return this.#source.now();
  }

  /** Replaces the time source (tests); pass nothing to return to the system clock. */
  use(source: TimeSource = systemTime): void {
    this.#stop();
    this.#source = source;
    this.#reschedule();
  }

  /** Whether a timer is scheduled now (there is never more than one). */
  get running(): boolean {
    return this.#handle !== null;
  }

  /** Number of subscribers. */
  get size(): number {
    return this.#subs.size;
  }

  /**
   * Calls `tick` at every boundary of `unit` counted from `anchor` (epoch ms; default the epoch,
   * i.e. UTC seconds, minutes, hours, days). Returns the unsubscribe function.
   */
  subscribe(unit: ClockUnit, tick: Tick, anchor = 0): () => void {
    const sub: Subscriber = { unit, anchor, tick, due: nextBoundary(this.now(), unit, anchor) };
    this.#subs.add(sub);
    this.#listen(true);
    this.#reschedule();
    return () => {
      if (!this.#subs.delete(sub)) return;
      if (!this.#subs.size) this.#listen(false);
      this.#reschedule();
    };
  }

  #hidden(): boolean {
    return typeof document !== 'undefined' && document.hidden;
  }

  #listen(on: boolean): void {
    if (typeof document === 'undefined' || on === this.#listening) return;
    this.#listening = on;
    document[on ? 'addEventListener' : 'removeEventListener']('visibilitychange', this.#onVisibility);
  }

  #onVisibility = (): void => {
    if (this.#hidden()) this.#stop();
    else this.#fire(true);
  };

  #stop(): void {
    if (this.#handle !== null) this.#source.clearTimeout(this.#handle);
    this.#handle = null;
  }

  /** Schedules the one timer for the earliest due subscriber, unless that is already scheduled. */
  #reschedule(): void {
    if (!this.#subs.size || this.#hidden()) return this.#stop();
    let at = Infinity;
    for (const s of this.#subs) at = Math.min(at, s.due);
    if (this.#handle !== null && at === this.#at) return;
    this.#stop();
    this.#at = at;
    this.#handle = this.#source.setTimeout(() => {
      this.#handle = null;
      this.#fire(false);
    }, Math.max(0, at - this.now()));
  }

  /** Calls the subscribers that are due (all of them when catching up), then reschedules. */
  #fire(all: boolean): void {
    const now = this.now();
    for (const s of [...this.#subs]) {
      if (!all && s.due > now) continue;
      s.due = nextBoundary(now, s.unit, s.anchor);
      if (!this.#subs.has(s)) continue;
      try {
        s.tick(now);
      } catch (error) {
        // One broken subscriber must not stop the others.
        console.error(error);
      }
    }
    this.#stop();
    this.#reschedule();
  }
}

/** The page's one clock. */
export const clock = new Clock();
