// "Nhập theo khối lớp" (import_enrolments): for a principal without a spreadsheet. The school (their
// own unit by default), the school year, the level (those the school's type teaches) and the number
// of students of each grade; the grades are summed into one number for the level and sent as a
// one-row CSV to POST /api/v1/enrolments/import — first as a dry run ("Kiểm tra"), then for real
// ("Lưu sĩ số"). Changing anything after the check asks for a new check.
import { Alert, App, Card, Form, InputNumber, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { FormFooter } from '../../../components/FormFooter';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useServerForm } from '../../../components/use-server-form';
import { todayIso } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useUnitForest } from '../../../lib/units/use-unit-forest';
import { useImportEnrolments } from '../api/import-enrolments';
import { GRADES, buildEnrolmentCsv, levelsOfUnitType, totalStudents, type EnrolmentLevel } from '../lib/enrolment-csv';

interface Values {
  unit_id: number | null;
  school_year: string;
  level: EnrolmentLevel;
  grades: (number | null)[];
}

export function EnrolmentByGrade({ unitId, schoolYear, yearOptions }: { unitId: number; schoolYear: string; yearOptions: readonly string[] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const check = useImportEnrolments();
  const save = useImportEnrolments();
  const server = useServerForm(form, { fields: [], mutations: [check, save] });
  const { forest } = useUnitForest(todayIso());

  const chosenUnit = Form.useWatch('unit_id', form);
  const level = Form.useWatch('level', form);
  const grades = Form.useWatch('grades', form);
  const unit = chosenUnit ? forest?.byId.get(chosenUnit)?.unit : undefined;
  const levels = useMemo(() => levelsOfUnitType(unit?.type), [unit?.type]);
  const total = totalStudents(grades ?? []);

  // A school teaching other levels than the chosen one: its first level.
  useEffect(() => {
    const current = form.getFieldValue('level') as EnrolmentLevel | undefined;
    if (!current || !levels.includes(current)) form.setFieldsValue({ level: levels[0], grades: [] });
  }, [levels, form]);
  // The school year of the page until the user picks one here.
  useEffect(() => {
    if (schoolYear && !form.isFieldTouched('school_year')) form.setFieldsValue({ school_year: schoolYear });
  }, [schoolYear, form]);

  const csvOf = (v: Values) => {
    const code = v.unit_id ? forest?.byId.get(v.unit_id)?.unit.code : undefined;
    return buildEnrolmentCsv([{ unitCode: code ?? '', schoolYear: v.school_year, level: v.level, students: totalStudents(v.grades ?? []) }]);
  };

  const onFinish = (v: Values) => {
    server.clearErrors();
    if (!check.isSuccess) {
      check.mutate({ csv: csvOf(v), dry_run: true }, { onError: server.onError });
      return;
    }
    save.mutate(
      { csv: csvOf(v), dry_run: false },
      {
        onSuccess: () => {
          message.success(t('byGrade.saved', { level: labelFor(t, 'level', v.level), year: v.school_year, total: totalStudents(v.grades ?? []).toLocaleString('vi-VN') }));
          check.reset();
        },
        onError: server.onError,
      },
    );
  };

  return (
    <Card title={<h2 className="card-heading">{t('byGrade.title')}</h2>} size="small" className="page-section enrolment-by-grade">
      <p className="muted">{t('byGrade.help')}</p>
      <Form<Values>
        form={form}
        name="by-grade"
        layout="vertical"
        requiredMark={false}
        initialValues={{ unit_id: unitId, school_year: schoolYear, level: 'primary', grades: [] }}
        onValuesChange={(changed: Partial<Values>) => {
          if ('level' in changed) form.setFieldsValue({ grades: [] });
          check.reset();
          save.reset();
          server.clearErrors();
        }}
        onFinish={onFinish}
      >
        <div className="by-grade-head">
          <Form.Item name="unit_id" label={t('byGrade.school')} rules={[{ required: true, message: t('byGrade.schoolRequired') }]} className="by-grade-school">
            <UnitTreeSelect date={todayIso()} />
          </Form.Item>
          <Form.Item name="school_year" label={t('enrolments.schoolYear')} rules={[{ required: true, message: t('byGrade.yearRequired') }]}>
            <Select showSearch options={yearOptions.map((y) => ({ value: y, label: y }))} style={{ minWidth: 140 }} />
          </Form.Item>
          <Form.Item name="level" label={t('enrolments.level')} rules={[{ required: true }]}>
            <Select options={levels.map((l) => ({ value: l, label: labelFor(t, 'level', l) }))} style={{ minWidth: 140 }} />
          </Form.Item>
        </div>
        <fieldset className="by-grade-grades">
          <legend className="field-label">{t('byGrade.grades')}</legend>
          {(GRADES[level ?? levels[0]] ?? []).map((g, i) => (
            <Form.Item key={`${level}-${g}`} name={['grades', i]} label={g} rules={[{ type: 'integer', min: 0, max: 1_000_000, message: t('byGrade.gradeInvalid') }]}>
              <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          ))}
        </fieldset>
        <p className="by-grade-total" aria-live="polite">
          {t('byGrade.total', { level: labelFor(t, 'level', level ?? levels[0]), total: total.toLocaleString('vi-VN') })}
        </p>
        <div aria-live="polite">
          {check.isSuccess && (
            <Alert
              type="info"
              showIcon
              className="form-alert by-grade-checked"
              title={t('byGrade.checked', { unit: unit?.name ?? '', level: labelFor(t, 'level', level), total: total.toLocaleString('vi-VN') })}
            />
          )}
          {save.isSuccess && <Alert type="success" showIcon className="form-alert by-grade-saved" title={t('byGrade.done')} />}
        </div>
        {server.alert}
        <FormFooter
          onCancel={() => {
            server.close();
            form.setFieldsValue({ unit_id: unitId, school_year: schoolYear, level: levels[0], grades: [] });
          }}
          busy={check.isPending || save.isPending}
          submitLabel={check.isSuccess ? t('byGrade.save') : t('byGrade.check')}
        />
      </Form>
    </Card>
  );
}
