import { cms } from '../cms/cms-client.ts';
import { searchAnswers } from '../registry/search.ts';
import { type Backlog, submissionJournal } from '../submission-journal/index.ts';

/**
 * `/readyz`: can this site serve its pages now? It needs the CMS (content; the CMS's own /readyz covers its
 * database) and the search index. The answer names what failed and nothing more — no addresses or error texts,
 * those go to the log. While the submission journal holds anything (submissions accepted while the CMS was
 * unavailable, or ones it refused afterwards), the answer adds its backlog: count, oldest age, rejected.
 */
const CHECK_TIMEOUT_MS = 2000;

export type Readiness = ({ status: 'ok' } | { status: 'unavailable'; failed: string[] }) & { journal?: Backlog };

const checks: Record<string, () => Promise<unknown>> = {
  cms: () => cms().checkReady(CHECK_TIMEOUT_MS),
  search: () => searchAnswers(),
};

export async function readiness(): Promise<Readiness> {
  const failed: string[] = [];
  await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        await withTimeout(check(), CHECK_TIMEOUT_MS);
      } catch (error) {
        failed.push(name);
        console.warn(`[readyz] ${name} check failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  const result: Readiness = failed.length ? { status: 'unavailable', failed: failed.sort() } : { status: 'ok' };
  const journal = submissionJournal().backlog();
  if (journal.count > 0 || journal.rejected > 0) result.journal = journal;
  return result;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
