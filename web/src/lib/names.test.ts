import { describe, expect, it } from 'vitest';
import { compareVietnamese, compareVietnameseNames, sortByVietnameseName, splitVietnameseName } from './names';

describe('splitVietnameseName', () => {
  it('splits family, middle and given names', () => {
    expect(splitVietnameseName('Nguyễn Thị Minh Anh')).toEqual({ family: 'Nguyễn', middle: 'Thị Minh', given: 'Anh' });
    expect(splitVietnameseName('Lê Lợi')).toEqual({ family: 'Lê', middle: '', given: 'Lợi' });
    expect(splitVietnameseName('  Hùng ')).toEqual({ family: '', middle: '', given: 'Hùng' });
    expect(splitVietnameseName('')).toEqual({ family: '', middle: '', given: '' });
  });
});

describe('compareVietnameseNames', () => {
  it('orders by given name first', () => {
    const names = ['Trần Văn Đức', 'Nguyễn Thị Anh', 'Lê Văn Dũng', 'Phạm Bình'];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      'Nguyễn Thị Anh',
      'Phạm Bình',
      'Lê Văn Dũng',
      'Trần Văn Đức',
    ]);
  });

  it('then by family name, then by middle name', () => {
    const names = ['Nguyễn Văn Anh', 'Lê Thị Anh', 'Nguyễn An Anh', 'Đỗ Anh'];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      'Đỗ Anh',
      'Lê Thị Anh',
      'Nguyễn An Anh',
      'Nguyễn Văn Anh',
    ]);
  });

  it('uses Vietnamese letter order (a < ă < â, d < đ, o < ô < ơ)', () => {
    expect(['Ân', 'Ăn', 'An'].sort(compareVietnamese)).toEqual(['An', 'Ăn', 'Ân']);
    expect(['Đào', 'Dung', 'Yến'].sort(compareVietnamese)).toEqual(['Dung', 'Đào', 'Yến']);
    expect(['Ơn', 'Ôn', 'On'].sort(compareVietnamese)).toEqual(['On', 'Ôn', 'Ơn']);
  });

  it('sortByVietnameseName keeps the input untouched', () => {
    const users = [{ n: 'Vũ Văn Bình' }, { n: 'Hoàng Thị An' }];
    const sorted = sortByVietnameseName(users, (u) => u.n);
    expect(sorted.map((u) => u.n)).toEqual(['Hoàng Thị An', 'Vũ Văn Bình']);
    expect(users[0].n).toBe('Vũ Văn Bình');
  });
});
