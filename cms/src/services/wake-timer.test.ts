import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WakeTimer } from './wake-timer';

describe('WakeTimer: one pending wake-up, the earliest asked for', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('wakes once, then is no longer pending', () => {
    const wake = vi.fn();
    const timer = new WakeTimer(wake);
    timer.atLatest(100);
    expect(timer.pending).toBe(true);
    vi.advanceTimersByTime(99);
    expect(wake).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(wake).toHaveBeenCalledTimes(1);
    expect(timer.pending).toBe(false);
  });

  it('keeps an earlier wake-up and brings a later one forward', () => {
    const wake = vi.fn();
    const timer = new WakeTimer(wake);
    timer.atLatest(100);
    timer.atLatest(500);
    vi.advanceTimersByTime(100);
    expect(wake).toHaveBeenCalledTimes(1);
    timer.atLatest(500);
    timer.atLatest(50);
    vi.advanceTimersByTime(50);
    expect(wake).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(wake).toHaveBeenCalledTimes(2);
  });

  it('wakes no more once cancelled', () => {
    const wake = vi.fn();
    const timer = new WakeTimer(wake);
    timer.atLatest(10);
    timer.cancel();
    expect(timer.pending).toBe(false);
    vi.advanceTimersByTime(100);
    expect(wake).not.toHaveBeenCalled();
  });
});
