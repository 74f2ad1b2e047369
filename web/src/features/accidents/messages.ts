// UI strings of the accidents (/tai-nan), Vietnamese and English; merged into the dictionary in
// lib/i18n.ts.
import type { Dictionary } from '../../lib/i18n';
import type { LabelList } from '../../lib/labels';
import { OUTCOMES } from './api/list-accidents';

export const accidentsVi = {
  'nav.accidents': 'Tai nạn giao thông',
  'accidents.title': 'Tai nạn giao thông liên quan học sinh',
  'accidents.description':
    'Các vụ tai nạn do đơn vị ghi nhận, xảy ra trên địa bàn hoặc có học sinh của trường trong phạm vi. Họ tên chỉ hiện với đơn vị ghi nhận và trường của học sinh. Số vụ, số học sinh tử vong và bị thương được tính vào chỉ tiêu của trường (học sinh chưa rõ trường tính cho công an xã nơi xảy ra).',
  'accidents.record': 'Ghi nhận vụ tai nạn',
  'accidents.recordTitle': 'Ghi nhận vụ tai nạn giao thông liên quan học sinh',
  'accidents.recorded': 'Đã ghi nhận vụ tai nạn.',
  'accidents.from': 'Từ ngày',
  'accidents.to': 'Đến ngày',
  'accidents.when': 'Thời điểm, địa điểm',
  'accidents.what': 'Diễn biến',
  'accidents.persons': 'Học sinh liên quan',
  'accidents.causeShown': 'Nguyên nhân: {cause}',
  'accidents.recordedBy': 'Đơn vị ghi nhận: {unit}',
  'accidents.student': 'Học sinh',
  'accidents.noSchool': 'chưa rõ trường',
  'accidents.none': 'Không có vụ tai nạn nào trong khoảng thời gian này.',
  'accidents.day': 'Ngày',
  'accidents.dayRequired': 'Chọn ngày',
  'accidents.time': 'Giờ',
  'accidents.place': 'Công an xã, phường nơi xảy ra',
  'accidents.address': 'Địa chỉ',
  'accidents.vehicles': 'Phương tiện liên quan',
  'accidents.cause': 'Nguyên nhân',
  'accidents.personName': 'Họ và tên người thứ {n}',
  'accidents.nameRequired': 'Nhập họ và tên',
  'accidents.birthDate': 'Ngày sinh',
  'accidents.birthYear': 'Năm sinh',
  'accidents.outcome': 'Hậu quả',
  'accidents.removePerson': 'Bỏ người thứ {n}',
  'accidents.addPerson': 'Thêm người',
  'accidents.submit': 'Ghi nhận',
  'accidents.withdraw': 'Hủy',
  'accidents.withdrawNamed': 'Hủy vụ tai nạn ngày {date}',
  'accidents.withdrawReason': 'Lý do hủy',
  'accidents.withdrawReasonRequired': 'Nhập lý do hủy',
  'accidents.withdrawn': 'Đã hủy vụ tai nạn; không còn được tính vào chỉ tiêu.',
  'accidentOutcome.death': 'Tử vong',
  'accidentOutcome.injury': 'Bị thương',
  'accidentOutcome.unhurt': 'Không bị thương',
};

const accidentsEn: Record<keyof typeof accidentsVi, string> = {
  'nav.accidents': 'Traffic accidents',
  'accidents.title': 'Traffic accidents involving students',
  'accidents.description':
    "Accidents your unit recorded, that happened in its area or involve students of its schools. Names are shown to the recording unit and the student's school only. Accidents, deaths and injuries count in the school's indicators (students of no known school count for the commune police of the place).",
  'accidents.record': 'Record an accident',
  'accidents.recordTitle': 'Record a traffic accident involving students',
  'accidents.recorded': 'Accident recorded.',
  'accidents.from': 'From',
  'accidents.to': 'To',
  'accidents.when': 'When and where',
  'accidents.what': 'What happened',
  'accidents.persons': 'Students involved',
  'accidents.causeShown': 'Cause: {cause}',
  'accidents.recordedBy': 'Recorded by: {unit}',
  'accidents.student': 'Student',
  'accidents.noSchool': 'school not known',
  'accidents.none': 'No accident in this period.',
  'accidents.day': 'Date',
  'accidents.dayRequired': 'Choose the date',
  'accidents.time': 'Time',
  'accidents.place': 'Commune police unit of the place',
  'accidents.address': 'Address',
  'accidents.vehicles': 'Vehicles involved',
  'accidents.cause': 'Cause',
  'accidents.personName': 'Full name of person {n}',
  'accidents.nameRequired': 'Enter the full name',
  'accidents.birthDate': 'Date of birth',
  'accidents.birthYear': 'Year of birth',
  'accidents.outcome': 'Outcome',
  'accidents.removePerson': 'Remove person {n}',
  'accidents.addPerson': 'Add a person',
  'accidents.submit': 'Record',
  'accidents.withdraw': 'Withdraw',
  'accidents.withdrawNamed': 'Withdraw the accident of {date}',
  'accidents.withdrawReason': 'Reason',
  'accidents.withdrawReasonRequired': 'Enter the reason',
  'accidents.withdrawn': 'Accident withdrawn; it no longer counts in the indicators.',
  'accidentOutcome.death': 'Died',
  'accidentOutcome.injury': 'Injured',
  'accidentOutcome.unhurt': 'Unhurt',
};

export const messages: Dictionary<keyof typeof accidentsVi> = { vi: accidentsVi, en: accidentsEn };

export const labels: LabelList[] = [{ prefix: 'accidentOutcome', codes: OUTCOMES }];

declare module '../../lib/i18n' {
  interface Messages extends Record<keyof typeof accidentsVi, string> {}
}
