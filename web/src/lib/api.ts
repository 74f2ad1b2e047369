// The one HTTP client of the front end. JSON in and out, cookies same-origin, the CSRF token on
// every state-changing request except the login itself, responses checked with zod, errors turned
// into ApiError. A 401 on any request other than the session probe calls the registered handler
// (the app then shows the login page).
import { z } from 'zod';

export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** An error from the API or the network. `code` is the server's code or one made up here. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  readonly rows: RowError[];

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}, rows: RowError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.rows = rows;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().nullish(),
    fields: z.record(z.string(), z.string()).nullish(),
    rows: z
      .array(
        z.object({
          row: z.coerce.number(),
          column: z.union([z.string(), z.number()]).nullish(),
          message: z.string(),
        }),
      )
      .nullish(),
  }),
});

/** Code used when the body carries no error object. */
export function codeForStatus(status: number): string {
  if (status === 0) return 'network';
  if (status === 400) return 'bad_request';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'too_large';
  if (status === 415) return 'unsupported_media';
  if (status === 422) return 'validation';
  if (status === 429) return 'too_many_attempts';
  if (status >= 500) return 'server_error';
  return `http_${status}`;
}

/** Builds an ApiError from a status and a parsed (or unparsable) body. */
export function parseApiError(status: number, body: unknown): ApiError {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return new ApiError(status, codeForStatus(status), '');
  const e = parsed.data.error;
  const rows: RowError[] = (e.rows ?? []).map((r) => ({
    row: r.row,
    column: r.column == null ? '' : String(r.column),
    message: r.message,
  }));
  return new ApiError(status, e.code, e.message ?? '', e.fields ?? {}, rows);
}

// ---- CSRF token: memory first, sessionStorage so a reload of the tab keeps it ----

const CSRF_KEY = 'atgt.csrf';
let csrfToken: string | null = null;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function getCsrfToken(): string | null {
  if (csrfToken === null) csrfToken = storage()?.getItem(CSRF_KEY) ?? null;
  return csrfToken;
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
  const s = storage();
  if (!s) return;
  if (token === null) s.removeItem(CSRF_KEY);
  else s.setItem(CSRF_KEY, token);
}

export const LOGIN_PATH = '/api/v1/session';

/** Every non-GET request carries the CSRF token, except the login (POST /api/v1/session). */
export function needsCsrf(method: string, path: string): boolean {
  const m = method.toUpperCase();
  if (m === 'GET' || m === 'HEAD') return false;
  return !(m === 'POST' && path === LOGIN_PATH);
}

// ---- 401 handling ----

let unauthorizedHandler: (() => void) | null = null;

/** Registers what to do when a request answers 401 (the app forgets the session). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

// ---- requests ----

export type QueryValue = string | number | boolean | null | undefined;

/** Path plus query string; null, undefined and "" values are left out. */
export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === null || v === undefined || v === '') continue;
    params.append(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Raw bytes sent as application/octet-stream (file uploads); takes the place of `body`. */
  rawBody?: Blob;
  /** Schema of a successful response body; omit for 204 responses. */
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
  /** Do not call the 401 handler (the session probe and the login use this). */
  ignoreUnauthorized?: boolean;
}

export async function apiRequest<T = void>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.rawBody !== undefined) headers['Content-Type'] = 'application/octet-stream';
  else if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (needsCsrf(method, path)) {
    const token = getCsrfToken();
    if (token) headers['X-CSRF-Token'] = token;
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.rawBody !== undefined ? options.rawBody : options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', '');
  }

  const text = response.status === 204 ? '' : await response.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }

  if (!response.ok) {
    const error = parseApiError(response.status, body);
    if (response.status === 401 && !options.ignoreUnauthorized) unauthorizedHandler?.();
    throw error;
  }

  if (!options.schema) return undefined as T;
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) {
    console.error(`Unexpected response from ${method} ${path}`, parsed.error.issues);
    throw new ApiError(response.status, 'bad_response', '');
  }
  return parsed.data;
}
