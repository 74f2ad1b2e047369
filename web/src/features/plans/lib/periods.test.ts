import { describe, expect, it } from 'vitest';
import { addMessages, translate } from '../../../lib/i18n';
import { messages } from '../messages';
import { periodText, recurrenceText } from './periods';

addMessages(messages);
const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('vi', key, params);

describe('periods and recurrence in words', () => {
  it('names the periods the server uses', () => {
    expect(periodText(t, '')).toBe('Một lần');
    expect(periodText(t, '2026')).toBe('Năm 2026');
    expect(periodText(t, '2024-2025 HK1')).toBe('Học kỳ I năm học 2024-2025');
    expect(periodText(t, '2024-2025 HK2')).toBe('Học kỳ II năm học 2024-2025');
  });
  it('describes each recurrence with its dates', () => {
    const none = { due_date: null, due_md: null, until_date: null };
    expect(recurrenceText(t, { ...none, recurrence: 'once', due_date: '2024-04-30' })).toBe('Một lần, hạn 30/04/2024');
    expect(recurrenceText(t, { ...none, recurrence: 'yearly', due_md: '12-15', until_date: '2027-06-30' })).toBe('Hằng năm, hạn ngày 15/12, đến 30/06/2027');
    expect(recurrenceText(t, { ...none, recurrence: 'semester' })).toMatch(/^Mỗi học kỳ/);
    expect(recurrenceText(t, { ...none, recurrence: 'september' })).toMatch(/^Tháng 9 hằng năm/);
  });
});
