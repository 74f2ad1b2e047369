import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, apiRequest, buildUrl, needsCsrf, parseApiError, setCsrfToken, setUnauthorizedHandler } from './api';

describe('parseApiError', () => {
  it('reads code, message, fields and rows', () => {
    const e = parseApiError(422, {
      error: {
        code: 'validation',
        message: 'Dữ liệu không hợp lệ',
        fields: { new_password: 'Mật khẩu phải có ít nhất 10 ký tự' },
        rows: [{ row: 3, column: 'B', message: 'Ngày sinh không hợp lệ' }],
      },
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(422);
    expect(e.code).toBe('validation');
    expect(e.message).toBe('Dữ liệu không hợp lệ');
    expect(e.fields).toEqual({ new_password: 'Mật khẩu phải có ít nhất 10 ký tự' });
    expect(e.rows).toEqual([{ row: 3, column: 'B', message: 'Ngày sinh không hợp lệ' }]);
  });

  it('accepts an error without message', () => {
    const e = parseApiError(401, { error: { code: 'invalid_credentials' } });
    expect(e.code).toBe('invalid_credentials');
    expect(e.message).toBe('');
    expect(e.fields).toEqual({});
    expect(e.rows).toEqual([]);
  });

  it('falls back to a code derived from the status', () => {
    expect(parseApiError(502, undefined).code).toBe('server_error');
    expect(parseApiError(429, 'Too Many Requests').code).toBe('too_many_attempts');
    expect(parseApiError(404, { message: 'x' }).code).toBe('not_found');
    expect(parseApiError(418, null).code).toBe('http_418');
  });

  it('stringifies numeric columns', () => {
    const e = parseApiError(422, { error: { code: 'import', message: 'm', rows: [{ row: 1, column: 4, message: 'x' }] } });
    expect(e.rows[0].column).toBe('4');
  });
});

describe('needsCsrf and buildUrl', () => {
  it('exempts GET and the login only', () => {
    expect(needsCsrf('GET', '/api/v1/users')).toBe(false);
    expect(needsCsrf('POST', '/api/v1/session')).toBe(false);
    expect(needsCsrf('DELETE', '/api/v1/session')).toBe(true);
    expect(needsCsrf('POST', '/api/v1/session/password')).toBe(true);
    expect(needsCsrf('PATCH', '/api/v1/users/3')).toBe(true);
  });
  it('drops empty query values', () => {
    expect(buildUrl('/api/v1/users', { q: '', unit_id: 5, x: null, y: undefined })).toBe('/api/v1/users?unit_id=5');
    expect(buildUrl('/api/v1/units/search', { q: 'hồng bàng' })).toBe('/api/v1/units/search?q=h%E1%BB%93ng+b%C3%A0ng');
  });
});

describe('apiRequest', () => {
  const fetchMock = vi.fn();
  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('tok-1');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setUnauthorizedHandler(null);
    setCsrfToken(null);
  });

  it('sends the CSRF token and JSON body on PATCH', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ ok: 1 }), { status: 200 }));
    const out = await apiRequest('/api/v1/users/3', { method: 'PATCH', body: { disabled: true }, schema: z.object({ ok: z.number() }) });
    expect(out).toEqual({ ok: 1 });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/v1/users/3');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers['X-CSRF-Token']).toBe('tok-1');
    expect(init.headers['Content-Type']).toBe('application/json');
    expect(init.body).toBe('{"disabled":true}');
  });

  it('does not send the token on login', async () => {
    fetchMock.mockResolvedValue(new Response('{}', { status: 200 }));
    await apiRequest('/api/v1/session', { method: 'POST', body: { login: 'a', password: 'b' } });
    expect(fetchMock.mock.calls[0][1].headers['X-CSRF-Token']).toBeUndefined();
  });

  it('throws ApiError and calls the 401 handler', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ error: { code: 'unauthenticated', message: 'Hết phiên' } }), { status: 401 }));
    await expect(apiRequest('/api/v1/home')).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('does not call the 401 handler when told not to', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    fetchMock.mockResolvedValue(new Response('', { status: 401 }));
    await expect(apiRequest('/api/v1/session', { ignoreUnauthorized: true })).rejects.toMatchObject({ code: 'unauthorized' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('reports a response of the wrong shape', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ users: 'no' }), { status: 200 }));
    await expect(apiRequest('/api/v1/users', { schema: z.object({ users: z.array(z.string()) }) })).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('maps a network failure to code "network"', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(apiRequest('/api/v1/home')).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('returns undefined for 204', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await expect(apiRequest('/api/v1/session', { method: 'DELETE' })).resolves.toBeUndefined();
  });
});
