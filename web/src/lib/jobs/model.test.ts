import { describe, expect, it } from 'vitest';
import { auditBatchOf } from './model';

describe('auditBatchOf', () => {
  it('names the batch of a finished users import', () => {
    expect(auditBatchOf({ id: 42, kind: 'users_import', status: 'done' })).toBe('job:42');
  });

  it('has none while the import runs or after it failed (nothing was written)', () => {
    expect(auditBatchOf({ id: 42, kind: 'users_import', status: 'running' })).toBeNull();
    expect(auditBatchOf({ id: 42, kind: 'users_import', status: 'failed' })).toBeNull();
  });

  it('has none for a kind that writes no audited rows', () => {
    expect(auditBatchOf({ id: 7, kind: 'audit_export', status: 'done' })).toBeNull();
  });
});
