import { type CommentAnchor, type ThreadDto, ThreadList } from '@tandem/protocol';
import { NO_CONTENT, request, type Schema } from './http';

const comments = (documentId: string) =>
  `/api/documents/${encodeURIComponent(documentId)}/comments`;

const Created: Schema<{ id: string }> = {
  parse: (body) => {
    const id = typeof body === 'object' && body !== null ? Reflect.get(body, 'id') : undefined;
    if (typeof id !== 'string') throw new Error('bad id');
    return { id };
  },
};

/** Every thread of a document, with anchors resolved against the current text (H12–H13). */
export async function listThreads(documentId: string, signal?: AbortSignal): Promise<ThreadDto[]> {
  return (await request(comments(documentId), ThreadList, { signal })).threads;
}

/** Starts a thread; `@Name` of a member in the body is recorded as a mention (H14). */
export function createThread(
  documentId: string,
  anchor: CommentAnchor,
  body: string,
): Promise<{ id: string }> {
  return request(comments(documentId), Created, {
    method: 'POST',
    body: JSON.stringify({ anchor, body }),
  });
}

export function replyToThread(documentId: string, threadId: string, body: string) {
  return request(`${comments(documentId)}/${encodeURIComponent(threadId)}/replies`, Created, {
    method: 'POST',
    body: JSON.stringify({ body }),
  });
}

/** Resolves or reopens a thread; both are kept as entries of the thread. */
export function setThreadStatus(
  documentId: string,
  threadId: string,
  action: 'resolve' | 'reopen',
): Promise<null> {
  return request(`${comments(documentId)}/${encodeURIComponent(threadId)}/${action}`, NO_CONTENT, {
    method: 'POST',
  });
}
