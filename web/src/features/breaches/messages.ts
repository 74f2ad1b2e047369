// UI strings of the breach log (/su-co-du-lieu), Vietnamese and English; merged into the dictionary
// in lib/i18n.ts.
import type { Dictionary } from '../../lib/i18n';

export const breachesVi = {
  'nav.breaches': 'Sự cố dữ liệu cá nhân',
  'breaches.title': 'Sổ theo dõi sự cố dữ liệu cá nhân',
  'breaches.descriptionText':
    'Mọi sự cố làm lộ, mất, sai lệch dữ liệu cá nhân (nhất là của học sinh) được ghi vào sổ ngay khi phát hiện. Phải thông báo cho cơ quan chuyên trách bảo vệ dữ liệu cá nhân (A05, Bộ Công an) trong 72 giờ kể từ khi phát hiện; sổ đếm ngược thời hạn và ghi nhận thông báo đúng hạn hay muộn.',
  'breaches.record': 'Ghi nhận sự cố',
  'breaches.recordTitle': 'Ghi nhận sự cố dữ liệu cá nhân',
  'breaches.recorded': 'Đã ghi nhận; hạn thông báo cơ quan chuyên trách: {at}.',
  'breaches.detected': 'Thời điểm phát hiện',
  'breaches.detectedRequired': 'Chọn thời điểm phát hiện',
  'breaches.description': 'Mô tả sự cố',
  'breaches.descriptionRequired': 'Mô tả sự cố',
  'breaches.data': 'Dữ liệu bị ảnh hưởng',
  'breaches.subjects': 'Số người bị ảnh hưởng',
  'breaches.subjectsShown': '{n} người bị ảnh hưởng',
  'breaches.measures': 'Biện pháp đã thực hiện',
  'breaches.measuresShown': 'Biện pháp: {m}',
  'breaches.save': 'Lưu',
  'breaches.saved': 'Đã lưu.',
  'breaches.incident': 'Sự cố',
  'breaches.notify': 'Thông báo cơ quan chuyên trách',
  'breaches.onTime': 'Đúng hạn 72 giờ',
  'breaches.late': 'Muộn hơn 72 giờ',
  'breaches.overdue': 'Quá hạn 72 giờ, chưa thông báo',
  'breaches.hoursLeft': 'Còn {n} giờ để thông báo',
  'breaches.update': 'Cập nhật',
  'breaches.updateTitle': 'Cập nhật xử lý sự cố',
  'breaches.notifiedAt': 'Thời điểm đã thông báo cơ quan chuyên trách',
  'breaches.dueShown': 'Hạn: {at}',
  'breaches.reference': 'Số văn bản, mã tiếp nhận của cơ quan chuyên trách',
  'breaches.subjectsTold': 'Thời điểm đã báo người bị ảnh hưởng',
  'breaches.close': 'Đóng sự cố (sau khi đã thông báo)',
  'breaches.closed': 'Đã đóng',
  'breaches.none': 'Chưa có sự cố nào được ghi nhận.',
};

const breachesEn: Record<keyof typeof breachesVi, string> = {
  'nav.breaches': 'Personal data incidents',
  'breaches.title': 'Personal data breach log',
  'breaches.descriptionText':
    "Every incident that exposes, loses or corrupts personal data (students' above all) goes into the log as soon as it is detected. The data protection authority (A05, Ministry of Public Security) must be notified within 72 hours of detection; the log counts down and records whether the notification was on time.",
  'breaches.record': 'Record an incident',
  'breaches.recordTitle': 'Record a personal data incident',
  'breaches.recorded': 'Recorded; notify the authority by {at}.',
  'breaches.detected': 'Detected at',
  'breaches.detectedRequired': 'Choose when it was detected',
  'breaches.description': 'What happened',
  'breaches.descriptionRequired': 'Describe the incident',
  'breaches.data': 'Data affected',
  'breaches.subjects': 'People affected',
  'breaches.subjectsShown': '{n} people affected',
  'breaches.measures': 'Measures taken',
  'breaches.measuresShown': 'Measures: {m}',
  'breaches.save': 'Save',
  'breaches.saved': 'Saved.',
  'breaches.incident': 'Incident',
  'breaches.notify': 'Authority notified',
  'breaches.onTime': 'Within 72 hours',
  'breaches.late': 'After 72 hours',
  'breaches.overdue': '72 hours passed, not notified',
  'breaches.hoursLeft': '{n} hours left to notify',
  'breaches.update': 'Update',
  'breaches.updateTitle': 'Update the handling of the incident',
  'breaches.notifiedAt': 'Authority notified at',
  'breaches.dueShown': 'Due: {at}',
  'breaches.reference': "The authority's reference",
  'breaches.subjectsTold': 'People affected told at',
  'breaches.close': 'Close the incident (once notified)',
  'breaches.closed': 'Closed',
  'breaches.none': 'No incident recorded.',
};

export const messages: Dictionary<keyof typeof breachesVi> = { vi: breachesVi, en: breachesEn };

declare module '../../lib/i18n' {
  interface Messages extends Record<keyof typeof breachesVi, string> {}
}
