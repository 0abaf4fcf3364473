import type { DomainMessage } from '../messages/DomainMessage';

/**
 * Something a reader found wrong in a document (a malformed cell, a dangling reference). Readers
 * report problems instead of throwing: a hostile or outdated client's data must not take down
 * everyone else's view of the document.
 */
export interface Problem {
  /** Where in the document: [root, id, field] */
  path: string[];
  message: DomainMessage;
}
