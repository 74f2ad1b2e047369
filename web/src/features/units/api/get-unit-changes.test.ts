import { describe, expect, it } from 'vitest';
import { unitDetailSchema, unitEventSchema } from '../../../lib/units/model';
import { unitChangesResponseSchema } from './get-unit-changes';
import { unitEventPreviewSchema } from './preview-unit-event';
import { provenanceParts } from '../components/Provenance';

const side = { name: 'Công an huyện An Dương', type: 'CA_HUYEN', parent_id: 283, parent_name: 'Công an thành phố Hải Phòng' };

describe('registry schemas', () => {
  it('reads the changes between two dates, with null sides and counts by kind', () => {
    const r = unitChangesResponseSchema.parse({
      from: '2024-12-31',
      to: '2025-12-31',
      counts: { ended: 1, started: 0, renamed: 0, moved: 0, events: 1, events_by_kind: { merge: 1 } },
      ended: [{ id: 139, code: 'CA-AD', name: side.name, type: 'CA_HUYEN', before: side, after: null }],
      started: [],
      renamed: [],
      moved: [],
      events: [{ id: 3, date: '2025-01-01', kind: 'merge', note: null, source: 'NQ 1232', flags: ['unverified'], subjects: [], predecessors: [], successors: [] }],
    });
    expect(r.ended[0].after).toBeNull();
    expect(r.counts.events_by_kind.merge).toBe(1);
    expect(r.events[0].provenance).toBeUndefined();
  });

  it('takes provenance when the server sends it and goes without it otherwise', () => {
    const event = { id: 1, date: '2025-07-01', kind: 'move', note: null, source: null, flags: [], subjects: [], predecessors: [], successors: [] };
    expect(unitEventSchema.parse(event).provenance).toBeUndefined();
    expect(unitEventSchema.parse({ ...event, provenance: 'a.csv; b' }).provenance).toBe('a.csv; b');
    const unit = { id: 1, code: 'X', name: 'X', short_name: null, type: 'MN', parent_id: null, valid_from: null, valid_to: null, flags: [], address: null, latitude: null, longitude: null, phone: null, email: null, source: null, note: null, versions: [] };
    expect(unitDetailSchema.parse(unit).provenance).toBeUndefined();
  });

  it('reads the preview warnings (none when absent)', () => {
    expect(unitEventPreviewSchema.parse({ changes: [], children: [] }).warnings).toEqual([]);
    expect(unitEventPreviewSchema.parse({ changes: [], children: [], warnings: ['Hai loại đơn vị khác nhau'] }).warnings).toHaveLength(1);
  });

  it('splits the provenance into its parts', () => {
    expect(provenanceParts('districts_2024.csv; Phòng GD&ĐT cấp huyện; cấp huyện chấm dứt từ 01/07/2025.')).toEqual([
      'districts_2024.csv',
      'Phòng GD&ĐT cấp huyện',
      'cấp huyện chấm dứt từ 01/07/2025.',
    ]);
    expect(provenanceParts(null)).toEqual([]);
    expect(provenanceParts('  ')).toEqual([]);
  });
});
