import { getApiKey } from './apiKey.ts';
import type { ApiErrorBody } from './types.ts';

/** An answer of the API other than 2xx, with the API's own message (or a network failure, status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type: string | null = null,
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function authHeaders(): Record<string, string> {
  const key = getApiKey();
  return key ? { authorization: `Bearer ${key}` } : {};
}

/** Reads an error response: the API's `{ error: { message } }` when there is one, else the status text. */
export async function errorFrom(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as Partial<ApiErrorBody>;
    if (body.error?.message)
      return new ApiError(response.status, body.error.message, body.error.type, body.error.requestId);
  } catch {
    // not JSON
  }
  return new ApiError(response.status, `${response.status} ${response.statusText || 'error'}`.trim());
}

export type RequestOptions = { method?: 'GET' | 'POST'; body?: unknown; signal?: AbortSignal };

/** One JSON request to the API on this origin. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...authHeaders(),
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'the server cannot be reached');
  }
  if (!response.ok) throw await errorFrom(response);
  return (await response.json()) as T;
}

/** A query string from the defined values only. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
