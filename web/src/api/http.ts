import { CSRF_HEADER, ErrorBody, ErrorCode } from '@tandem/protocol';

/** A failed API call. `status` 0 means the server was not reached at all. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The API's error code (`DOC_NOT_FOUND`, `AUTH_REQUIRED`…) when it sent one. */
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

export interface Schema<T> {
  parse(value: unknown): T;
}

/**
 * The session is the httpOnly cookie the server sets at sign-in; mutations must also carry the
 * CSRF token the server handed out with it. It lives here, not in React state, so every request
 * function can attach it.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const unauthorizedListeners = new Set<() => void>();

/** Told when any request comes back 401: the session expired or was revoked. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

async function readError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = ErrorBody.safeParse(body);
  return parsed.success
    ? new ApiError(response.status, parsed.data.code, parsed.data.message)
    : new ApiError(response.status, null, response.statusText);
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function headersFor(init: RequestInit | undefined): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init?.body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE_METHODS.has(init?.method ?? 'GET') && csrfToken !== null) {
    headers[CSRF_HEADER] = csrfToken;
  }
  return headers;
}

/** The response, or the ApiError it stands for; a 401 tells the sign-in listeners. */
async function send(path: string, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: headersFor(init),
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError(0, null, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const error = await readError(response);
    if (response.status === 401 && error.code === ErrorCode.AUTH_REQUIRED) {
      for (const listener of unauthorizedListeners) listener();
    }
    throw error;
  }
  return response;
}

/** Fetches JSON from the Tandem API and parses it with `schema` (null for 204 responses). */
export async function request<T>(path: string, schema: Schema<T>, init?: RequestInit): Promise<T> {
  const response = await send(path, init);
  try {
    return schema.parse(response.status === 204 ? null : await response.json());
  } catch {
    throw new ApiError(response.status, null, 'unexpected response body');
  }
}

/** For endpoints that answer 204 No Content. */
export const NO_CONTENT: Schema<null> = { parse: () => null };

/** A file from the API, named as the server's Content-Disposition names it. */
export interface DownloadedFile {
  blob: Blob;
  /** The server's file name, or null when it gave none. */
  name: string | null;
}

/** Fetches a file (an export); a failure is an ApiError with the server's code, like JSON calls. */
export async function requestFile(path: string, signal?: AbortSignal): Promise<DownloadedFile> {
  const response = await send(path, { signal });
  return {
    blob: await response.blob(),
    name: fileNameOf(response.headers.get('content-disposition')),
  };
}

/** RFC 6266: `filename*=UTF-8''…` (what Tandem sends) before the plain `filename="…"`. */
function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? null;
}
