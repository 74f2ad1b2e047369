import { describe, expect, it } from 'vitest';
import { addMessages, translate } from '../../../lib/i18n';
import { messages } from '../messages';
import { scheduleText } from './schedule';

addMessages(messages);
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('vi', key, params);

describe('scheduleText', () => {
  it('describes daily and periodic schedules in Vietnamese', () => {
    expect(scheduleText(t, { every_seconds: null, daily_at: '07:00' })).toBe('Hằng ngày lúc 07:00');
    expect(scheduleText(t, { every_seconds: 2, daily_at: null })).toBe('Mỗi 2 giây');
    expect(scheduleText(t, { every_seconds: 300, daily_at: null })).toBe('Mỗi 5 phút');
    expect(scheduleText(t, { every_seconds: 3600, daily_at: null })).toBe('Mỗi giờ');
    expect(scheduleText(t, { every_seconds: 7200, daily_at: null })).toBe('Mỗi 2 giờ');
    expect(scheduleText(t, { every_seconds: null, daily_at: null })).toBe('Chỉ chạy khi được yêu cầu');
  });
});
