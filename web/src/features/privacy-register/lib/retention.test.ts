import { describe, expect, it } from 'vitest';
import { addMessages, translate, type MessageKey, type Params } from '../../../lib/i18n';
import { messages } from '../messages';
import { retentionText } from './retention';

addMessages(messages);
const vi = (key: MessageKey, params?: Params) => translate('vi', key, params);
const en = (key: MessageKey, params?: Params) => translate('en', key, params);

describe('retentionText', () => {
  it("shows a purpose's own number of days", () => {
    expect(retentionText(vi, 'vi', 365, 1825)).toBe('365 ngày');
    expect(retentionText(en, 'en', 30, 1825)).toBe('30 days');
  });

  it('shows the general setting and its days when the purpose has none', () => {
    expect(retentionText(vi, 'vi', null, 1825)).toBe('Theo thiết lập chung (1.825 ngày)');
    expect(retentionText(en, 'en', null, 1095)).toBe('General setting (1,095 days)');
  });

  it('takes 0 as a number of days, not as the general setting', () => {
    expect(retentionText(vi, 'vi', 0, 1825)).toBe('0 ngày');
  });
});
