// The UI dictionary, Vietnamese (default) and English, plus the language context. Shared strings
// live here (and in lib/i18n-platform.ts); a feature's own strings live in its messages.ts, which
// declares its keys into `Messages` below (declaration merging) and is registered at start-up by
// src/app/i18n.ts. Keys are typed: a key missing from English fails the build. Placeholders are
// written {name}.
import { createContext, useContext } from 'react';
import { periodShape } from './dates';
import { platformEn, platformVi } from './i18n-platform';

const vi = {
  'app.name': 'ATGT Học đường',
  'app.tagline': 'Phối hợp bảo đảm trật tự, an toàn giao thông cho lứa tuổi học sinh',
  'lang.switchTo': 'Switch to English',

  'common.loading': 'Đang tải…',
  'common.busy': 'Đang xử lý',
  'common.retry': 'Thử lại',
  'common.back': 'Quay lại',
  'common.continue': 'Tiếp tục',
  'common.cancel': 'Hủy',
  'common.save': 'Lưu',
  'common.actions': 'Thao tác',
  'common.filters': 'Bộ lọc',
  'common.today': 'Hôm nay',
  'common.noData': 'Chưa có thông tin',
  'common.none': 'Không có',
  'period.both': '{from} – {to}',
  'period.since': 'từ {from}',
  'period.until': 'đến {to}',
  'period.always': 'không giới hạn thời gian',

  'nav.main': 'Điều hướng chính',
  'nav.home': 'Trang chủ',
  'nav.org': 'Cơ cấu tổ chức',
  'nav.registry': 'Cập nhật danh mục tổ chức',
  'nav.users': 'Người dùng',
  'nav.audit': 'Nhật ký hệ thống',
  'nav.changePassword': 'Đổi mật khẩu',
  'nav.logout': 'Đăng xuất',
  'nav.openMenu': 'Mở menu',
  'nav.userMenu': 'Tài khoản: {name}',
  'nav.skipToContent': 'Bỏ qua, đến nội dung chính',

  'error.generic': 'Đã có lỗi xảy ra. Vui lòng thử lại.',
  'error.network': 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  'error.unauthorized': 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
  'error.unauthenticated': 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
  'error.invalid_credentials': 'Tên đăng nhập hoặc mật khẩu không đúng.',
  'error.too_many_attempts': 'Bạn đã thử quá nhiều lần. Vui lòng đợi ít phút rồi thử lại.',
  'error.forbidden': 'Bạn không có quyền thực hiện thao tác này.',
  'error.not_found': 'Không tìm thấy dữ liệu yêu cầu.',
  'error.validation': 'Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.',
  'error.conflict': 'Dữ liệu đã bị thay đổi hoặc trùng với dữ liệu có sẵn.',
  'error.bad_request': 'Yêu cầu không hợp lệ.',
  'error.too_large': 'Dữ liệu gửi lên quá lớn.',
  'error.server_error': 'Máy chủ gặp lỗi. Vui lòng thử lại sau.',
  'error.bad_response': 'Máy chủ trả về dữ liệu không đúng định dạng.',
  'error.csrf': 'Phiên làm việc không hợp lệ. Vui lòng tải lại trang.',
  'error.row': 'Dòng {row}, cột {column}: {message}',

  'session.unavailable': 'Không kiểm tra được phiên đăng nhập',
  'forbidden.title': 'Không có quyền truy cập',
  'forbidden.text': 'Chức năng này dành cho vai trò khác. Liên hệ quản trị hệ thống nếu bạn cần quyền.',
  'notFound.title': 'Không tìm thấy trang',
  'notFound.text': 'Địa chỉ này không tồn tại hoặc đã được thay đổi.',

  'password.title': 'Đổi mật khẩu',
  'password.forced': 'Bạn cần đặt mật khẩu mới trước khi sử dụng hệ thống.',
  'password.current': 'Mật khẩu hiện tại',
  'password.new': 'Mật khẩu mới',
  'password.confirm': 'Nhập lại mật khẩu mới',
  'password.currentRequired': 'Nhập mật khẩu hiện tại',
  'password.newRequired': 'Nhập mật khẩu mới',
  'password.confirmRequired': 'Nhập lại mật khẩu mới',
  'password.rule': 'Ít nhất {min} ký tự.',
  'password.tooShort': 'Mật khẩu phải có ít nhất {min} ký tự',
  'password.sameAsCurrent': 'Mật khẩu mới phải khác mật khẩu hiện tại',
  'password.mismatch': 'Hai mật khẩu không khớp',
  'password.submit': 'Đổi mật khẩu',
  'password.done': 'Đã đổi mật khẩu.',

  'import.kind': 'Dữ liệu cần nhập',
  'import.kind.units': 'Đơn vị',
  'import.kind.events': 'Sự kiện',
  'import.columns': 'Các cột: {columns}.',
  'import.required': 'Bắt buộc: {columns}.',
  'import.format':
    'Dòng đầu là tên cột. Ngày viết dạng YYYY-MM-DD; danh sách mã đơn vị cách nhau bằng dấu chấm phẩy (;); cột flags nhận demo, unverified; tệp mã hóa UTF-8.',
  'import.file': 'Tệp CSV',
  'import.choose': 'Chọn tệp CSV',
  'import.fileHelp': 'Một tệp .csv, dung lượng tối đa {max}.',
  'import.reading': 'Đang đọc tệp…',
  'import.tooLarge': 'Tệp {name} có dung lượng {size}, vượt quá giới hạn {max}. Hãy chia thành các tệp nhỏ hơn rồi nhập từng tệp.',
  'import.unreadable': 'Không đọc được tệp {name}. Hãy kiểm tra tệp được lưu ở dạng văn bản CSV, mã hóa UTF-8.',
  'import.empty': 'Tệp {name} không có dữ liệu.',
  'import.check': 'Kiểm tra',
  'import.run': 'Nhập',
  'import.runHelp': 'Nút “Nhập” dùng được sau khi tệp đã được kiểm tra hợp lệ.',
  'import.valid': 'Hợp lệ: {units} đơn vị, {versions} phiên bản, {events} sự kiện sẽ được nhập',
  'import.validHint': 'Chưa có dữ liệu nào được lưu. Nhấn “Nhập” để đưa vào danh mục tổ chức.',
  'import.done': 'Đã nhập: {units} đơn vị, {versions} phiên bản, {events} sự kiện',
  'import.doneHint': 'Thao tác đã được ghi vào nhật ký hệ thống.',
  'import.errors': 'Lỗi trong tệp ({count})',
  'import.errorsHint': 'Sửa các lỗi dưới đây trong tệp rồi kiểm tra lại.',
  'import.row': 'Dòng',
  'import.column': 'Cột',
  'import.message': 'Lỗi',

  ...platformVi,
};

const en: Record<keyof typeof vi, string> = {
  'app.name': 'ATGT Học đường',
  'app.tagline': 'Road-traffic safety for school-age students: police and education working together',
  'lang.switchTo': 'Chuyển sang tiếng Việt',

  'common.loading': 'Loading…',
  'common.busy': 'Working',
  'common.retry': 'Retry',
  'common.back': 'Back',
  'common.continue': 'Continue',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.actions': 'Actions',
  'common.filters': 'Filters',
  'common.today': 'Today',
  'common.noData': 'Not recorded',
  'common.none': 'None',
  'period.both': '{from} – {to}',
  'period.since': 'since {from}',
  'period.until': 'until {to}',
  'period.always': 'no time limit',

  'nav.main': 'Main navigation',
  'nav.home': 'Home',
  'nav.org': 'Organisation',
  'nav.registry': 'Edit organisation registry',
  'nav.users': 'Users',
  'nav.audit': 'Audit log',
  'nav.changePassword': 'Change password',
  'nav.logout': 'Log out',
  'nav.openMenu': 'Open menu',
  'nav.userMenu': 'Account: {name}',
  'nav.skipToContent': 'Skip to main content',

  'error.generic': 'Something went wrong. Please try again.',
  'error.network': 'Cannot reach the server. Check the network and try again.',
  'error.unauthorized': 'Your session has expired. Please log in again.',
  'error.unauthenticated': 'Your session has expired. Please log in again.',
  'error.invalid_credentials': 'Wrong login or password.',
  'error.too_many_attempts': 'Too many attempts. Please wait a few minutes and try again.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.not_found': 'The requested data was not found.',
  'error.validation': 'Some data is not valid. Please check the marked fields.',
  'error.conflict': 'The data has changed or duplicates existing data.',
  'error.bad_request': 'The request is not valid.',
  'error.too_large': 'The data sent is too large.',
  'error.server_error': 'The server failed. Please try again later.',
  'error.bad_response': 'The server answered in an unexpected format.',
  'error.csrf': 'Your session is not valid. Please reload the page.',
  'error.row': 'Row {row}, column {column}: {message}',

  'session.unavailable': 'Cannot check your session',
  'forbidden.title': 'Access denied',
  'forbidden.text': 'This function belongs to another role. Ask the system administrator if you need access.',
  'notFound.title': 'Page not found',
  'notFound.text': 'This address does not exist or has changed.',

  'password.title': 'Change password',
  'password.forced': 'You must set a new password before using the system.',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.confirm': 'Repeat the new password',
  'password.currentRequired': 'Enter the current password',
  'password.newRequired': 'Enter a new password',
  'password.confirmRequired': 'Repeat the new password',
  'password.rule': 'At least {min} characters.',
  'password.tooShort': 'The password must have at least {min} characters',
  'password.sameAsCurrent': 'The new password must differ from the current one',
  'password.mismatch': 'The passwords do not match',
  'password.submit': 'Change password',
  'password.done': 'Password changed.',

  'import.kind': 'Data to import',
  'import.kind.units': 'Units',
  'import.kind.events': 'Events',
  'import.columns': 'Columns: {columns}.',
  'import.required': 'Required: {columns}.',
  'import.format':
    'The first line holds the column names. Dates as YYYY-MM-DD; lists of unit codes separated by semicolons (;); the flags column takes demo, unverified; UTF-8 encoding.',
  'import.file': 'CSV file',
  'import.choose': 'Choose a CSV file',
  'import.fileHelp': 'One .csv file, at most {max}.',
  'import.reading': 'Reading the file…',
  'import.tooLarge': 'The file {name} is {size}, more than the {max} limit. Split it into smaller files and import them one by one.',
  'import.unreadable': 'Cannot read the file {name}. Check that it is a CSV text file in UTF-8.',
  'import.empty': 'The file {name} holds no data.',
  'import.check': 'Check',
  'import.run': 'Import',
  'import.runHelp': '“Import” becomes available once the file has passed the check.',
  'import.valid': 'Valid: {units} units, {versions} versions, {events} events will be imported',
  'import.validHint': 'Nothing has been saved yet. Press “Import” to add the data to the organisation registry.',
  'import.done': 'Imported: {units} units, {versions} versions, {events} events',
  'import.doneHint': 'The import is recorded in the audit log.',
  'import.errors': 'Errors in the file ({count})',
  'import.errorsHint': 'Correct the errors below in the file and check again.',
  'import.row': 'Row',
  'import.column': 'Column',
  'import.message': 'Error',

  ...platformEn,
};

/**
 * Every message key: the shared ones above, and each feature's, added by its messages.ts with
 * `declare module '…/lib/i18n' { interface Messages extends Record<keyof typeof featureVi, string> {} }`.
 */
export interface Messages extends Record<keyof typeof vi, string> {}
export type MessageKey = keyof Messages;

export type Lang = 'vi' | 'en';

/** One dictionary per language, for the shared strings or one feature. */
export interface Dictionary<K extends string = string> {
  vi: Record<K, string>;
  en: Record<K, string>;
}

/** The dictionaries in use: the shared strings, then each feature's as src/app/i18n.ts adds them. */
export const messages: Record<Lang, Record<string, string>> = { vi: { ...vi }, en: { ...en } };

/** Adds a feature's strings (src/app/i18n.ts calls it for every feature at start-up). */
export function addMessages(dictionary: Dictionary): void {
  Object.assign(messages.vi, dictionary.vi);
  Object.assign(messages.en, dictionary.en);
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messages.vi, key);
}

/** Looks up `key` in `lang` and fills {placeholders}; unknown placeholders are left as written. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = messages[lang][key] ?? messages.vi[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A validity period in words: "01/07/2025 – 31/12/2025", "từ 01/07/2025", "đến 30/06/2025". */
export function periodText(t: Translate, from: string | null | undefined, to: string | null | undefined): string {
  const p = periodShape(from, to);
  if (p.kind === 'both') return t('period.both', { from: p.from, to: p.to });
  if (p.kind === 'since') return t('period.since', { from: p.from });
  if (p.kind === 'until') return t('period.until', { to: p.to });
  return t('period.always');
}

/** Label of a server code ("role", "admin" → "Quản trị hệ thống"); the code itself if unknown. */
export function labelFor(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return hasMessage(key) ? t(key) : code;
}

const LANG_KEY = 'atgt.lang';

export function loadLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* storage unavailable: the choice lasts for this page only */
  }
}

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

export const I18nContext = createContext<I18n>({
  lang: 'vi',
  setLang: () => {},
  t: (key, params) => translate('vi', key, params),
});

export function useI18n(): I18n {
  return useContext(I18nContext);
}
