import { expect } from 'chai';
import { Clock, nextBoundary, UNIT_MS } from './clock.js';
import { FakeTime, restorePageVisibility, setPageHidden } from '../../test/fake-time.js';

const T0 = Date.UTC(2026, 10, 22, 10, 30, 15, 250); // 2026-11-22T10:30:15.250Z

describe('shared clock', () => {
  let time: FakeTime;
  let clock: Clock;

  beforeEach(() => {
    time = new FakeTime(T0);
    clock = new Clock();
    clock.use(time);
  });

  afterEach(() => {
    restorePageVisibility();
  });

  it('computes unit boundaries from the epoch or from an anchor', () => {
    expect(nextBoundary(T0, 'second')).to.equal(Date.UTC(2026, 10, 22, 10, 30, 16));
    expect(nextBoundary(T0, 'minute')).to.equal(Date.UTC(2026, 10, 22, 10, 31));
    expect(nextBoundary(T0, 'hour')).to.equal(Date.UTC(2026, 10, 22, 11));
    expect(nextBoundary(T0, 'day')).to.equal(Date.UTC(2026, 10, 23));
    const deadline = Date.UTC(2026, 10, 25, 10, 0, 7, 500);
    expect(nextBoundary(T0, 'day', deadline)).to.equal(Date.UTC(2026, 10, 23, 10, 0, 7, 500));
    expect(nextBoundary(T0, 'minute', deadline)).to.equal(Date.UTC(2026, 10, 22, 10, 31, 7, 500));
    // A boundary is strictly after now.
    expect(nextBoundary(Date.UTC(2026, 0, 1), 'second')).to.equal(Date.UTC(2026, 0, 1, 0, 0, 1));
  });

  it('has no timer without subscribers and stops when the last one leaves', () => {
    expect(clock.running).to.equal(false);
    const a = clock.subscribe('second', () => {});
    const b = clock.subscribe('minute', () => {});
    expect(clock.running).to.equal(true);
    expect(time.pending).to.equal(1);
    a();
    expect(time.pending).to.equal(1);
    b();
    expect(clock.running).to.equal(false);
    expect(time.pending).to.equal(0);
    b(); // unsubscribing twice is harmless
    expect(clock.size).to.equal(0);
  });

  it('wakes only at the nearest boundary any subscriber needs', () => {
    const days: number[] = [];
    clock.subscribe('day', (t) => days.push(t));
    // Only days are shown: the one timer is set for the next midnight, not for the next second.
    expect(time.nextAt).to.equal(Date.UTC(2026, 10, 23));
    time.advance(3 * UNIT_MS.day);
    expect(days).to.deep.equal([Date.UTC(2026, 10, 23), Date.UTC(2026, 10, 24), Date.UTC(2026, 10, 25)]);
    // Three ticks needed three timers — no idle wake-ups in between.
    expect(time.scheduled).to.equal(4);
  });

  it('calls each subscriber at its own unit with one timer', () => {
    const seconds: number[] = [];
    const minutes: number[] = [];
    clock.subscribe('second', (t) => seconds.push(t));
    clock.subscribe('minute', (t) => minutes.push(t));
    time.advance(60_000);
    expect(seconds).to.have.length(60);
    expect(minutes).to.deep.equal([Date.UTC(2026, 10, 22, 10, 31)]);
    expect(time.pending).to.equal(1);
  });

  it('respects a subscriber anchor (a deadline) for its boundaries', () => {
    const deadline = T0 + 2.5 * UNIT_MS.hour;
    const ticks: number[] = [];
    clock.subscribe('hour', (t) => ticks.push(t), deadline);
    time.advance(3 * UNIT_MS.hour);
    expect(ticks).to.deep.equal([deadline - 2 * UNIT_MS.hour, deadline - UNIT_MS.hour, deadline]);
  });

  it('reschedules sooner when a finer subscriber arrives', () => {
    clock.subscribe('day', () => {});
    expect(time.nextAt).to.equal(Date.UTC(2026, 10, 23));
    const off = clock.subscribe('second', () => {});
    expect(time.nextAt).to.equal(Date.UTC(2026, 10, 22, 10, 30, 16));
    expect(time.pending).to.equal(1);
    off();
    expect(time.nextAt).to.equal(Date.UTC(2026, 10, 23));
    expect(time.pending).to.equal(1);
  });

  it('pauses while the page is hidden and catches up at once on return', () => {
    const ticks: number[] = [];
    clock.subscribe('second', (t) => ticks.push(t));
    time.advance(2000);
    expect(ticks).to.have.length(2);
    setPageHidden(true);
    expect(clock.running).to.equal(false);
    expect(time.pending).to.equal(0);
    time.advance(3_600_000);
    expect(ticks).to.have.length(2);
    setPageHidden(false);
    // One catch-up call with the current time, then ticking again.
    expect(ticks).to.have.length(3);
    expect(ticks[2]).to.equal(time.now());
    expect(clock.running).to.equal(true);
    time.advance(1000);
    expect(ticks).to.have.length(4);
  });

  it('does not start a timer for a subscriber that arrives while hidden', () => {
    setPageHidden(true);
    const ticks: number[] = [];
    clock.subscribe('second', (t) => ticks.push(t));
    expect(clock.running).to.equal(false);
    setPageHidden(false);
    expect(ticks).to.have.length(1);
    expect(clock.running).to.equal(true);
  });

  it('lets a subscriber unsubscribe another during a tick, and survives a throwing one', () => {
    const seen: string[] = [];
    const original = console.error;
    console.error = () => seen.push('error');
    try {
      let offB = () => {};
      clock.subscribe('second', () => {
        seen.push('a');
        offB();
      });
      offB = clock.subscribe('second', () => seen.push('b'));
      clock.subscribe('second', () => {
        throw new Error('boom');
      });
      time.advance(2000);
    } finally {
      console.error = original;
    }
    expect(seen.filter((x) => x === 'b')).to.have.length(0);
    expect(seen.filter((x) => x === 'a')).to.have.length(2);
    expect(seen.filter((x) => x === 'error')).to.have.length(2);
    expect(clock.running).to.equal(true);
  });

  it('handles a late timer (machine asleep) by delivering the current time once', () => {
    const ticks: number[] = [];
    clock.subscribe('second', (t) => ticks.push(t));
    time.jump(T0 + 10 * UNIT_MS.minute);
    time.advance(0);
    expect(ticks).to.deep.equal([T0 + 10 * UNIT_MS.minute]);
    expect(time.nextAt).to.equal(nextBoundary(T0 + 10 * UNIT_MS.minute, 'second'));
  });

  it('uses the system time by default', async () => {
    const real = new Clock();
    expect(Math.abs(real.now() - Date.now())).to.be.below(50);
    const tick = await new Promise<number>((resolve) => {
      const off = real.subscribe('second', (t) => {
        off();
        resolve(t);
      });
    });
    expect(tick % 1000).to.be.below(100);
    expect(real.running).to.equal(false);
  });
});
