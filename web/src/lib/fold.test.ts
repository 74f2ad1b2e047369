import { describe, expect, it } from 'vitest';
import { fold, foldedIncludes } from './fold';

describe('fold', () => {
  it.each([
    ['Hồng Bàng', 'hong bang'],
    ['Đồ Sơn', 'do son'],
    ['ĐẶNG Đình Đức', 'dang dinh duc'],
    ['Phòng Văn hóa - Xã hội', 'phong van hoa - xa hoi'],
    ['  Lê   Chân ', 'le chan'],
    ['Thủy Nguyên', 'thuy nguyen'],
    ['Kiến Thụy', 'kien thuy'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('treats precomposed and decomposed input alike', () => {
    expect(fold('Ngô Quyền'.normalize('NFD'))).toBe(fold('Ngô Quyền'.normalize('NFC')));
  });
});

describe('foldedIncludes', () => {
  it('matches every token regardless of accents and order', () => {
    expect(foldedIncludes('Phòng Giáo dục và Đào tạo quận Hồng Bàng', 'hong bang')).toBe(true);
    expect(foldedIncludes('Phòng Giáo dục và Đào tạo quận Hồng Bàng', 'bang dao tao')).toBe(true);
    expect(foldedIncludes('Phòng Giáo dục và Đào tạo quận Hồng Bàng', 'le chan')).toBe(false);
  });
  it('empty query matches', () => {
    expect(foldedIncludes('anything', '   ')).toBe(true);
  });
});
