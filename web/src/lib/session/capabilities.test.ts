import { describe, expect, it } from 'vitest';
import { sessionSchema } from './get-session';
import { can, isCapability } from './capabilities';

const user = {
  id: 1, login: 'a', full_name: 'A', email: null, unit_id: 1, unit_code: 'U', unit_name: 'U',
  roles: ['admin'], must_change_password: false, disabled: false, last_login_at: null,
};

describe('capabilities', () => {
  it('are read from the session', () => {
    const s = sessionSchema.parse({ user, csrf_token: 't', capabilities: ['read_registry', 'manage_users', 'future_thing'] });
    expect(can(s, 'manage_users')).toBe(true);
    expect(can(s, 'edit_registry')).toBe(false);
    expect(s.capabilities).toContain('future_thing');
  });
  it('are required in the session answer', () => {
    expect(sessionSchema.safeParse({ user, csrf_token: 't' }).success).toBe(false);
  });
  it('grant nothing without a session', () => {
    expect(can(null, 'read_registry')).toBe(false);
    expect(can(undefined, 'read_registry')).toBe(false);
  });
  it('knows the codes', () => {
    expect(isCapability('read_audit')).toBe(true);
    expect(isCapability('admin')).toBe(false);
  });
});
