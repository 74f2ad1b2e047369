import { describe, expect, it } from 'vitest';
import { cellText } from './register';

describe('cellText', () => {
  it('shows ISO dates as dd/mm/yyyy and leaves the rest', () => {
    expect(cellText('2023-12-26')).toBe('26/12/2023');
    expect(cellText('31/CT-TTg')).toBe('31/CT-TTg');
    expect(cellText('2023-13-40')).toBe('2023-13-40');
    expect(cellText('')).toBe('');
  });
});
