// UI strings of parents' requests about their child's data (/yeu-cau-du-lieu), Vietnamese and
// English; merged into the dictionary in lib/i18n.ts.
import type { Dictionary } from '../../lib/i18n';
import type { LabelList } from '../../lib/labels';
import { STATES } from './api/list-requests';

export const privacyVi = {
  'nav.privacyRequests': 'Yêu cầu về dữ liệu',
  'privacy.title': 'Yêu cầu của cha mẹ về dữ liệu cá nhân của con',
  'privacy.description':
    'Cha mẹ, người giám hộ có quyền được biết, yêu cầu chỉnh sửa, xóa dữ liệu cá nhân của con hoặc phản đối việc xử lý. Nhà trường ghi nhận yêu cầu vào ngày nhận; hạn trả lời theo loại yêu cầu và căn cứ pháp lý đi kèm; Ban Giám hiệu trả lời hoặc từ chối (ghi rõ lý do). Phòng, Sở theo dõi việc trả lời đúng hạn.',
  'privacy.record': 'Ghi nhận yêu cầu',
  'privacy.recordTitle': 'Ghi nhận yêu cầu của cha mẹ học sinh',
  'privacy.recorded': 'Đã ghi nhận; hạn trả lời {date}.',
  'privacy.kind': 'Loại yêu cầu',
  'privacy.kindRequired': 'Chọn loại yêu cầu',
  'privacy.kindHelp': 'Hạn trả lời: {days} ngày kể từ ngày nhận. Căn cứ: {source}',
  'privacy.requester': 'Người yêu cầu',
  'privacy.requesterRequired': 'Nhập họ tên người yêu cầu',
  'privacy.relation': 'Quan hệ với học sinh',
  'privacy.received': 'Ngày nhận',
  'privacy.receivedRequired': 'Chọn ngày nhận',
  'privacy.details': 'Nội dung yêu cầu',
  'privacy.save': 'Ghi nhận',
  'privacy.deadline': 'Hạn trả lời',
  'privacy.deadlineShown': 'Hạn trả lời: {date}.',
  'privacy.overdue': 'Quá hạn',
  'privacy.late': 'Trả lời muộn',
  'privacy.state': 'Trạng thái',
  'privacy.answerAction': 'Trả lời',
  'privacy.answerTitle': 'Trả lời yêu cầu của cha mẹ học sinh',
  'privacy.answer': 'Nội dung trả lời',
  'privacy.answerRequired': 'Nhập nội dung trả lời',
  'privacy.answerShown': 'Trả lời: {answer}',
  'privacy.refused': 'Từ chối (nội dung trả lời ghi rõ lý do)',
  'privacy.send': 'Gửi trả lời',
  'privacy.answeredOnTime': 'Đã trả lời, đúng hạn.',
  'privacy.answeredLate': 'Đã trả lời, sau hạn.',
  'privacy.none': 'Chưa có yêu cầu nào.',
  'privacyState.open': 'Chưa trả lời',
  'privacyState.answered': 'Đã trả lời',
  'privacyState.refused': 'Đã từ chối',
};

const privacyEn: Record<keyof typeof privacyVi, string> = {
  'nav.privacyRequests': 'Data requests',
  'privacy.title': "Parents' requests about their child's personal data",
  'privacy.description':
    "Parents and guardians may ask to see, correct or delete their child's personal data, or object to a processing. The school records a request on the day it is received; the deadline follows its kind and legal source; the management answers or refuses with the reason. Offices and the Department follow whether answers are on time.",
  'privacy.record': 'Record a request',
  'privacy.recordTitle': "Record a parent's request",
  'privacy.recorded': 'Recorded; answer by {date}.',
  'privacy.kind': 'Kind',
  'privacy.kindRequired': 'Choose the kind',
  'privacy.kindHelp': 'Answer within {days} days of receipt. Source: {source}',
  'privacy.requester': 'Requested by',
  'privacy.requesterRequired': 'Enter the name',
  'privacy.relation': 'Relation to the student',
  'privacy.received': 'Received',
  'privacy.receivedRequired': 'Choose the date',
  'privacy.details': 'Request',
  'privacy.save': 'Record',
  'privacy.deadline': 'Deadline',
  'privacy.deadlineShown': 'Deadline: {date}.',
  'privacy.overdue': 'Overdue',
  'privacy.late': 'Answered late',
  'privacy.state': 'State',
  'privacy.answerAction': 'Answer',
  'privacy.answerTitle': "Answer a parent's request",
  'privacy.answer': 'Answer',
  'privacy.answerRequired': 'Enter the answer',
  'privacy.answerShown': 'Answer: {answer}',
  'privacy.refused': 'Refused (give the reason in the answer)',
  'privacy.send': 'Send the answer',
  'privacy.answeredOnTime': 'Answered on time.',
  'privacy.answeredLate': 'Answered after the deadline.',
  'privacy.none': 'No request yet.',
  'privacyState.open': 'Not answered',
  'privacyState.answered': 'Answered',
  'privacyState.refused': 'Refused',
};

export const messages: Dictionary<keyof typeof privacyVi> = { vi: privacyVi, en: privacyEn };

export const labels: LabelList[] = [{ prefix: 'privacyState', codes: STATES }];

declare module '../../lib/i18n' {
  interface Messages extends Record<keyof typeof privacyVi, string> {}
}
