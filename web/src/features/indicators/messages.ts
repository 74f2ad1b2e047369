// UI strings of the statistical indicators page (/chi-tieu), Vietnamese and English; assembled by src/app/i18n.ts.

import type { Dictionary } from '../../lib/i18n';

export const indicatorsVi = {
  'nav.indicators': 'Chỉ tiêu thống kê',

  'indicators.title': 'Chỉ tiêu thống kê',
  'indicators.description': 'Danh mục chỉ tiêu dùng trong báo cáo: cách tính, cách cộng dồn lên đơn vị cấp trên và nguồn.',
  'indicators.catalogue': 'Danh mục chỉ tiêu',
  'indicators.code': 'Mã',
  'indicators.name': 'Tên chỉ tiêu',
  'indicators.unit': 'Đơn vị tính',
  'indicators.rollup': 'Cách cộng dồn',
  'indicators.rollup.sum': 'Cộng dồn',
  'indicators.rollup.ratio': 'Tỷ lệ',
  'indicators.rollup.distinct': 'Đếm không trùng',
  'indicators.computation': 'Cách tính',
  'indicators.source': 'Nguồn',
  'indicators.descriptionField': 'Diễn giải',
  'indicators.sortOrder': 'Thứ tự',
  'indicators.add': 'Thêm chỉ tiêu',
  'indicators.edit': 'Sửa',
  'indicators.editNamed': 'Sửa chỉ tiêu {code}',
  'indicators.editTitle': 'Sửa chỉ tiêu {code}',
  'indicators.newTitle': 'Thêm chỉ tiêu',
  'indicators.codeRequired': 'Nhập mã chỉ tiêu (chữ in hoa, số, dấu gạch dưới)',
  'indicators.nameRequired': 'Nhập tên chỉ tiêu',
  'indicators.unitRequired': 'Nhập đơn vị tính',
  'indicators.computationJson': 'Công thức (JSON)',
  'indicators.computationHelp': 'Một trong: {"count": {"source", "where"?}}, {"sum": {"source", "field", "where"?}}, {"count_distinct": {"source", "field", "where"?}}, {"ratio": {"numerator", "denominator", "scale"?}}.',
  'indicators.jsonInvalid': 'JSON không hợp lệ: {message}',
  'indicators.jsonNotObject': 'Công thức phải là một đối tượng JSON',
  'indicators.saved': 'Đã lưu chỉ tiêu {code}.',
  'indicators.sources': 'Nguồn dữ liệu và các trường',
  'indicators.try': 'Thử tính',
  'indicators.tryYear': 'Năm học tính thử',
  'indicators.tryResult': 'Kết quả tính thử ({rollup}) năm học {year}: {value}',
  'indicators.noValue': 'không có giá trị (mẫu số bằng 0 hoặc chưa có dữ liệu)',
  'indicators.empty': 'Chưa có chỉ tiêu nào.',

  'computation.count': 'Đếm số bản ghi của «{source}»',
  'computation.sum': 'Tổng trường {field} của «{source}»',
  'computation.count_distinct': 'Đếm không trùng theo trường {field} của «{source}»',
  'computation.ratio': '{numerator} / {denominator}',
  'computation.scale': ' × {scale}',
  'computation.where': ', với {conditions}',
  'computation.and': ' và ',
  'computation.unknown': 'Công thức không rõ: {json}',

};

export const indicatorsEn: Record<keyof typeof indicatorsVi, string> = {
  'nav.indicators': 'Statistical indicators',

  'indicators.title': 'Statistical indicators',
  'indicators.description': 'The indicators used in reports: how each is computed, how it rolls up to parent units, and its source.',
  'indicators.catalogue': 'Indicator catalogue',
  'indicators.code': 'Code',
  'indicators.name': 'Indicator',
  'indicators.unit': 'Unit',
  'indicators.rollup': 'Roll-up',
  'indicators.rollup.sum': 'Sum',
  'indicators.rollup.ratio': 'Ratio',
  'indicators.rollup.distinct': 'Distinct count',
  'indicators.computation': 'Computation',
  'indicators.source': 'Source',
  'indicators.descriptionField': 'Explanation',
  'indicators.sortOrder': 'Order',
  'indicators.add': 'Add an indicator',
  'indicators.edit': 'Edit',
  'indicators.editNamed': 'Edit indicator {code}',
  'indicators.editTitle': 'Edit indicator {code}',
  'indicators.newTitle': 'Add an indicator',
  'indicators.codeRequired': 'Enter a code (capitals, digits, underscores)',
  'indicators.nameRequired': 'Enter a name',
  'indicators.unitRequired': 'Enter a unit',
  'indicators.computationJson': 'Computation (JSON)',
  'indicators.computationHelp': 'One of: {"count": {"source", "where"?}}, {"sum": {"source", "field", "where"?}}, {"count_distinct": {"source", "field", "where"?}}, {"ratio": {"numerator", "denominator", "scale"?}}.',
  'indicators.jsonInvalid': 'Invalid JSON: {message}',
  'indicators.jsonNotObject': 'The computation must be a JSON object',
  'indicators.saved': 'Indicator {code} saved.',
  'indicators.sources': 'Data sources and their fields',
  'indicators.try': 'Try it',
  'indicators.tryYear': 'School year to try',
  'indicators.tryResult': 'Trial result ({rollup}) for {year}: {value}',
  'indicators.noValue': 'no value (zero denominator or no data yet)',
  'indicators.empty': 'No indicators yet.',

  'computation.count': 'Count of «{source}» records',
  'computation.sum': 'Sum of {field} over «{source}»',
  'computation.count_distinct': 'Distinct count of {field} over «{source}»',
  'computation.ratio': '{numerator} / {denominator}',
  'computation.scale': ' × {scale}',
  'computation.where': ', where {conditions}',
  'computation.and': ' and ',
  'computation.unknown': 'Unknown computation: {json}',

};

export const messages: Dictionary<keyof typeof indicatorsVi> = { vi: indicatorsVi, en: indicatorsEn };

declare module '../../lib/i18n' {
  interface Messages extends Record<keyof typeof indicatorsVi, string> {}
}
