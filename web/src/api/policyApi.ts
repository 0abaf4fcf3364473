import { PolicyStateDto, type SetPolicyBody } from '@tandem/protocol';
import { request } from './http';

const path = (documentId: string) => `/api/documents/${encodeURIComponent(documentId)}/policy`;

/** The policy profile version in force on a curriculum map, and who adopted it when. */
export function getPolicy(documentId: string, signal?: AbortSignal): Promise<PolicyStateDto> {
  return request(path(documentId), PolicyStateDto, { signal });
}

/** Adopts a new version (owners); the server writes it into the map for every client. */
export function setPolicy(documentId: string, body: SetPolicyBody): Promise<PolicyStateDto> {
  return request(path(documentId), PolicyStateDto, {
    method: 'PUT',
    body: JSON.stringify(body),
  });
}
