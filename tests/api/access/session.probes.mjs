// Access probes: Sessions, the home page and the OpenAPI document.
// Each probe measures one operation over HTTP for a role and a kind of data (own, foreign,
// predecessor, participant) and answers 'allow' or 'deny'; runner.test.mjs compares the
// answers with matrix.csv.
import { DEMO_PASSWORD, ROLE_LOGIN, login, openapi, request, sessionFor, verdict } from './fixtures.mjs';

export default {
  updateOwnProfile: async (role) => {
    const s = await sessionFor(role);
    return verdict(await request('PATCH', '/api/v1/session/profile', { session: s, body: { email: s.user.email ?? null } }));
  },
  getHome: async (role) => verdict(await request('GET', '/api/v1/home', { session: await sessionFor(role) })),
  createSession: async (role) => verdict(await request('POST', '/api/v1/session', { body: { login: ROLE_LOGIN[role], password: DEMO_PASSWORD } })),
  getSession: async (role) => verdict(await request('GET', '/api/v1/session', { session: await sessionFor(role) })),
  deleteSession: async (role) => verdict(await request('DELETE', '/api/v1/session', { session: await login(ROLE_LOGIN[role]) })),
  changePassword: async (role) => {
    // A wrong current password is a 422 on current_password: the route itself is allowed.
    const r = await request('POST', '/api/v1/session/password', { session: await sessionFor(role), body: { current_password: 'sai-mat-khau', new_password: 'Mot-mat-khau-moi-dai' } });
    return r.status === 422 && r.json.error.fields.current_password ? 'allow' : verdict(r);
  },
  requestPasswordReset: async (role) => verdict(await request('POST', '/api/v1/password-reset', { body: { login: ROLE_LOGIN[role] } })),
  confirmPasswordReset: async () => {
    // An unknown link is refused on its merits (422 reset_link_invalid): the route is public.
    const r = await request('POST', '/api/v1/password-reset/confirm', { body: { token: 'khong-co-lien-ket-nay', new_password: 'Mot-mat-khau-moi-dai' } });
    return r.status === 422 && r.json.error.code === 'reset_link_invalid' ? 'allow' : verdict(r);
  },
  getOpenApi: async () => verdict(await request('GET', '/api/v1/openapi.json')),
};
