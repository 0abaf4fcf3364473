import {
  type CreateDocumentBody,
  CreatedDocument,
  DocumentDto,
  DocumentList,
  ErrorBody,
} from '@tandem/protocol';

/** A failed API call. `status` 0 means the server was not reached at all. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The API's error code (`DOC_NOT_FOUND`, `VALIDATION_FAILED`…) when it sent one. */
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

interface Schema<T> {
  parse(value: unknown): T;
}

async function readError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = ErrorBody.safeParse(body);
  return parsed.success
    ? new ApiError(response.status, parsed.data.code, parsed.data.message)
    : new ApiError(response.status, null, response.statusText);
}

async function request<T>(path: string, schema: Schema<T>, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { accept: 'application/json', ...init?.headers },
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError(0, null, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await readError(response);
  try {
    return schema.parse(await response.json());
  } catch {
    throw new ApiError(response.status, null, 'unexpected response body');
  }
}

export function listDocuments(signal?: AbortSignal): Promise<DocumentList> {
  return request('/api/documents', DocumentList, { signal });
}

export function getDocument(id: string, signal?: AbortSignal): Promise<DocumentDto> {
  return request(`/api/documents/${encodeURIComponent(id)}`, DocumentDto, { signal });
}

export function createDocument(body: CreateDocumentBody): Promise<CreatedDocument> {
  return request('/api/documents', CreatedDocument, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}
