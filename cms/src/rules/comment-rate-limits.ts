import { SlidingWindowLimiter } from './sliding-window';

/**
 * The comment limits: per mailbox strict, per client address loose (one office behind NAT shares an address, not
 * a mailbox). A comment waits for the later of the two; one that passes counts against both. Bounded in memory
 * (sliding-window.ts). The mailbox is `mailboxKey` (content/src/email-address.ts), so `a+1@`, `a+2@` and `A@`
 * share one quota; the address is the stored hash, never the address itself.
 */
export type CommentRateConfig = { windowMs: number; perEmail: number; perAddress: number };

export class CommentRateLimits {
  private readonly perEmail: SlidingWindowLimiter;
  private readonly perAddress: SlidingWindowLimiter;

  constructor(readonly config: CommentRateConfig) {
    this.perEmail = new SlidingWindowLimiter(config.perEmail, config.windowMs);
    this.perAddress = new SlidingWindowLimiter(config.perAddress, config.windowMs);
  }

  /**
   * Seconds to wait before this comment is accepted (0: accepted, and counted). A refused comment counts
   * against neither limit, so a citizen who waits as told gets through.
   */
  admit(mailbox: string, addressHash: string, now: number): number {
    const wait = Math.max(this.perEmail.retryAfter(mailbox, now) ?? 0, this.perAddress.retryAfter(addressHash, now) ?? 0);
    if (wait > 0) return wait;
    this.perEmail.record(mailbox, now);
    this.perAddress.record(addressHash, now);
    return 0;
  }
}
