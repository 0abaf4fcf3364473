import type { Side } from '@tandem/domain';
import {
  AttributionDto,
  DiffDto,
  HistoryDto,
  type SignoffBody,
  SignoffDto,
  SignoffVerification,
  VersionContentDto,
} from '@tandem/protocol';
import { request, type Schema } from './http';

const doc = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}`;

export interface CreatedVersion {
  id: string;
  seq: number;
}

const field = (body: unknown, key: string): unknown =>
  typeof body === 'object' && body !== null ? Reflect.get(body, key) : undefined;

const Created: Schema<CreatedVersion> = {
  parse: (body) => {
    const id = field(body, 'id');
    const seq = field(body, 'seq');
    if (typeof id !== 'string' || typeof seq !== 'number') throw new Error('bad version');
    return { id, seq };
  },
};

const SignoffArray: Schema<SignoffDto[]> = {
  parse: (body) => SignoffDto.array().parse(field(body, 'signoffs')),
};

/** Every version, oldest first, and whether the newest adopted one changed since. */
export function getHistory(documentId: string, signal?: AbortSignal): Promise<HistoryDto> {
  return request(`${doc(documentId)}/history`, HistoryDto, { signal });
}

/** Names the current state ("Draft for committee 12-01"); editors and above. */
export function createVersion(documentId: string, label: string): Promise<CreatedVersion> {
  return request(`${doc(documentId)}/versions`, Created, {
    method: 'POST',
    body: JSON.stringify({ label }),
  });
}

/** A version read-only: `ref` is a version id, `seq:<n>` or `time:<ISO 8601>`. */
export function getVersion(
  documentId: string,
  ref: string,
  signal?: AbortSignal,
): Promise<VersionContentDto> {
  return request(`${doc(documentId)}/versions/${encodeURIComponent(ref)}`, VersionContentDto, {
    signal,
  });
}

export interface DiffFilter {
  userId?: string;
  side?: Side;
}

/** Redline and semantic changes from `from` to `to` (a version id, `seq:<n>` or `current`). */
export function getDiff(
  documentId: string,
  range: { from: string; to: string } & DiffFilter,
  signal?: AbortSignal,
): Promise<DiffDto> {
  const query = new URLSearchParams({ from: range.from, to: range.to });
  if (range.userId) query.set('userId', range.userId);
  if (range.side) query.set('side', range.side);
  return request(`${doc(documentId)}/diff?${query}`, DiffDto, { signal });
}

/** Who wrote the current text, and each side's share per section. */
export function getAttribution(documentId: string, signal?: AbortSignal): Promise<AttributionDto> {
  return request(`${doc(documentId)}/attribution`, AttributionDto, { signal });
}

/** Restores a version as a new version on top, with a reason; editors and above. */
export function restoreVersion(
  documentId: string,
  versionId: string,
  reason: string,
): Promise<CreatedVersion> {
  return request(`${doc(documentId)}/restore`, Created, {
    method: 'POST',
    body: JSON.stringify({ versionId, reason }),
  });
}

/** Sign-off records, oldest first. */
export function listSignoffs(documentId: string, signal?: AbortSignal): Promise<SignoffDto[]> {
  return request(`${doc(documentId)}/signoffs`, SignoffArray, { signal });
}

/** Approves or requests changes on a version; the workspace's leaders pair only. */
export function signOff(documentId: string, body: SignoffBody): Promise<SignoffDto> {
  return request(`${doc(documentId)}/signoffs`, SignoffDto, {
    method: 'POST',
    body: JSON.stringify(body),
  });
}

/** Recomputes the sign-off hash chain and the signed states. */
export function verifySignoffs(
  documentId: string,
  signal?: AbortSignal,
): Promise<SignoffVerification> {
  return request(`${doc(documentId)}/signoffs/verify`, SignoffVerification, { signal });
}
