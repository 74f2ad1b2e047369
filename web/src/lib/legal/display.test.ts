import { describe, expect, it } from 'vitest';
import { categoryLabel, fineText } from './display';

describe('violation code display', () => {
  it('writes fines as Vietnamese do, or nothing without a fine', () => {
    expect(fineText('vi', 400000, 600000)).toBe('400.000 – 600.000 đ');
    expect(fineText('en', 400000, 600000)).toBe('400,000 – 600,000 VND');
    expect(fineText('vi', 8000000, 8000000)).toBe('8.000.000 đ');
    expect(fineText('vi', null, null)).toBeNull();
  });
  it('labels a category in the language', () => {
    const cats = [{ code: 'red_light', label_vi: 'Vượt đèn đỏ', label_en: 'Red light', position: 1, codes: 2, updated_at: null }];
    expect(categoryLabel('vi', cats, 'red_light')).toBe('Vượt đèn đỏ');
    expect(categoryLabel('en', cats, 'red_light')).toBe('Red light');
    expect(categoryLabel('en', cats, 'unknown')).toBe('unknown');
  });
});
