// UI strings of the violation statistics (/thong-ke-vi-pham), Vietnamese and English; merged into
// the dictionary in lib/i18n.ts.
import type { Dictionary } from '../../lib/i18n';
import type { LabelList } from '../../lib/labels';
import { DIMENSIONS, GROUPS, VIEWS } from './api/get-violation-stats';

export const statsVi = {
  'nav.violationStats': 'Thống kê vi phạm',
  'stats.title': 'Thống kê vi phạm giao thông của học sinh',
  'stats.description':
    'Số vi phạm trong khoảng thời gian chọn. Theo trường: các bản ghi đã xác định được học sinh (không tính bản ghi nhà trường đã phản hồi hoặc công an đã hủy). Theo địa bàn: mọi bản ghi, theo công an xã, phường nơi vi phạm.',
  'stats.view': 'Cách xem',
  'stats.by': 'Chia cột theo',
  'stats.group': 'Dòng',
  'stats.from': 'Từ ngày',
  'stats.to': 'Đến ngày',
  'stats.school': 'Trường',
  'stats.place': 'Nơi vi phạm',
  'stats.noPlace': 'Chưa rõ nơi vi phạm',
  'stats.total': 'Tổng',
  'stats.tableLabel': 'Bảng thống kê (cuộn ngang để xem hết các cột)',
  'stats.hidden': 'Ẩn',
  'stats.none': 'Không có vi phạm nào trong khoảng thời gian này.',
  'stats.suppressed': 'Để bảo vệ thông tin cá nhân của học sinh, ô có dưới 5 trường hợp và ô có thể suy ra từ các ô khác được ẩn (dấu —); {n} ô bị ẩn.',
  'stats.timeliness': 'Xử lý thông báo',
  'stats.notices': 'Thông báo',
  'stats.closed': 'Đã xử lý xong',
  'stats.onTime': 'Tỷ lệ xử lý đúng hạn',
  'stats.overdue': 'Đang quá hạn',
  'stats.viewOption.school': 'Theo trường',
  'stats.viewOption.place': 'Theo địa bàn',
  'stats.byOption.behaviour': 'Nhóm hành vi',
  'stats.byOption.code': 'Điểm, khoản, điều',
  'stats.byOption.month': 'Tháng',
  'stats.byOption.age_band': 'Độ tuổi',
  'stats.groupOption.unit': 'Từng trường',
  'stats.groupOption.office': 'Đơn vị quản lý',
};

const statsEn: Record<keyof typeof statsVi, string> = {
  'nav.violationStats': 'Violation statistics',
  'stats.title': "Students' traffic violation statistics",
  'stats.description':
    'Violations in the chosen period. By school: records matched to a student (not those the school disputed or the police withdrew). By place: every record, under the commune police unit of the place.',
  'stats.view': 'View',
  'stats.by': 'Columns',
  'stats.group': 'Rows',
  'stats.from': 'From',
  'stats.to': 'To',
  'stats.school': 'School',
  'stats.place': 'Place',
  'stats.noPlace': 'Place not recorded',
  'stats.total': 'Total',
  'stats.tableLabel': 'Statistics table (scroll sideways for every column)',
  'stats.hidden': 'Hidden',
  'stats.none': 'No violation in this period.',
  'stats.suppressed': "To protect students' personal data, counts under 5 and counts that could be worked out from others are hidden (—); {n} cells hidden.",
  'stats.timeliness': 'Handling of notices',
  'stats.notices': 'Notices',
  'stats.closed': 'Handled',
  'stats.onTime': 'Handled on time',
  'stats.overdue': 'Overdue now',
  'stats.viewOption.school': 'By school',
  'stats.viewOption.place': 'By place',
  'stats.byOption.behaviour': 'Behaviour',
  'stats.byOption.code': 'Legal point',
  'stats.byOption.month': 'Month',
  'stats.byOption.age_band': 'Age band',
  'stats.groupOption.unit': 'Each school',
  'stats.groupOption.office': 'Supervising office',
};

export const messages: Dictionary<keyof typeof statsVi> = { vi: statsVi, en: statsEn };

export const labels: LabelList[] = [
  { prefix: 'stats.viewOption', codes: VIEWS },
  { prefix: 'stats.byOption', codes: DIMENSIONS },
  { prefix: 'stats.groupOption', codes: GROUPS },
];

declare module '../../lib/i18n' {
  interface Messages extends Record<keyof typeof statsVi, string> {}
}
