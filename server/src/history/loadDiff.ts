import { type DiffDto, type DiffQuery, ErrorCode } from '@tandem/protocol';
import type { AccountStore } from '../auth';
import { AppError } from '../errors';
import type { DocumentStore } from '../persistence';
import { compareRange, filterComparison } from './compare';
import { typedRoots, withStateAt } from './docContent';
import type { HistoryService } from './HistoryService';
import { People } from './routeSupport';

export interface LoadDiffDeps {
  store: DocumentStore;
  accounts: AccountStore;
  history: HistoryService;
}

/**
 * One comparison of two points of a document's log, filtered by person or side: what the diff
 * route returns and the Word redline writes, so the two never disagree. The ends come back too
 * (their seq and version, if one was named), for a file that says what it compares.
 */
export async function loadDiff(deps: LoadDiffDeps, docId: string, query: DiffQuery) {
  const { history } = deps;
  const from = await history.resolve(docId, query.from);
  const to = await history.resolve(docId, query.to);
  if (from.seq > to.seq) {
    throw new AppError(ErrorCode.VALIDATION_FAILED, 400, 'from: must not be after to');
  }
  let result = await compareRange(deps.store, history.clients, docId, from.seq, to.seq);
  const people = new People(deps.accounts);
  const everyone = [
    ...result.sections.flatMap((s) => s.runs.flatMap((r) => r.userIds)),
    ...result.changes.flatMap((c) => c.userIds),
  ];
  const refs = await people.all(everyone);
  const { userId, side } = query;
  if (userId || side) {
    result = filterComparison(result, (ids) =>
      ids.some((id) => (!userId || id === userId) && (!side || people.peek(id)?.side === side)),
    );
  }
  const diff: DiffDto = { ...result, people: refs };
  return { diff, from, to };
}

/** The rich-text roots a document holds at `seq`: the sections a comparison can name unchanged. */
export function textRootsAt(store: DocumentStore, docId: string, seq: number): Promise<string[]> {
  return withStateAt(store, docId, seq, (doc) => [...typedRoots(doc).texts.keys()]);
}
