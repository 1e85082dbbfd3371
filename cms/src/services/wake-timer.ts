/**
 * The one pending wake-up of a background worker (the mail outbox, the search sync): at most one timer at a time,
 * which never keeps the process alive (unref) and is forgotten as it fires, so `pending` is true only while a
 * wake-up is still to come.
 */
export class WakeTimer {
  private timer: NodeJS.Timeout | null = null;
  private dueAt = 0;

  constructor(private readonly wake: () => void) {}

  get pending(): boolean {
    return this.timer !== null;
  }

  /** Wakes in `delayMs`, unless a wake-up already pending is due no later (the earliest time asked for wins). */
  atLatest(delayMs: number): void {
    const at = Date.now() + delayMs;
    if (this.timer && this.dueAt <= at) return;
    this.cancel();
    this.dueAt = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.wake();
    }, delayMs);
    this.timer.unref();
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
