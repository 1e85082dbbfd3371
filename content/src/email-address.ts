/**
 * One mailbox, one key: the rule every limit keyed on an e-mail address uses (the public forms' rate limits on
 * the site, the CMS's comment limits and its one-acknowledgement-per-recipient-per-day rule). Without it
 * `Victim+1@gmail.com`, `v.i.c.t.i.m@gmail.com` and `victim@googlemail.com` would each get a fresh quota for the
 * same inbox.
 *
 * The key is for counting only: mail is always sent to the address as the citizen typed it.
 */

/** Providers that deliver `a.b@` and `ab@` to the same mailbox (they ignore dots in the local part). */
const DOT_BLIND_DOMAINS: Readonly<Record<string, string>> = {
  'gmail.com': 'gmail.com',
  'googlemail.com': 'gmail.com',
};

/**
 * The mailbox an address delivers to, for counting: lower case, the `+tag` (sub-addressing, which almost every
 * provider supports) dropped, dots dropped where the provider ignores them. An input that is not an address is
 * returned lower-cased and trimmed, so it still counts against itself.
 */
export function mailboxKey(address: string): string {
  const value = address.normalize('NFC').trim().toLowerCase();
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return value;
  let local = value.slice(0, at);
  let domain = value.slice(at + 1).replace(/\.+$/, '');
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  const canonical = DOT_BLIND_DOMAINS[domain];
  if (canonical) {
    domain = canonical;
    local = local.replaceAll('.', '') || local;
  }
  return `${local}@${domain}`;
}
