// /si-so (view_enrolments, within their scope): enrolment of a school year — the totals of a unit and
// the units under it (by level), the list per school and level, and with import_enrolments the
// "by grade" form and the CSV import.
import { Descriptions, Flex, Select, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useId, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, formatDateTime, todayIso } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCan } from '../../../lib/session/capabilities';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useSchoolYears } from '../../../lib/school-years/list-school-years';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useEnrolmentTotals } from '../api/get-enrolment-totals';
import { useEnrolments, type Enrolment } from '../api/list-enrolments';
import '../enrolments.css';
import { currentSchoolYear } from '../../../lib/school-years/school-year';
import { EnrolmentImport } from './EnrolmentImport';
import { EnrolmentByGrade } from './EnrolmentByGrade';
import { useUnitForest } from '../../../lib/units/use-unit-forest';

export default function EnrolmentsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('enrolments.title'));
  const user = useCurrentUser();
  const canImport = useCan()('import_enrolments');
  const narrow = useIsNarrow();
  const ids = useId();
  const yearId = `${ids}-year`;
  const unitId = `${ids}-unit`;
  const unitHelpId = `${ids}-unit-help`;
  const schoolYears = useSchoolYears();
  const codes = (schoolYears.data?.school_years ?? []).map((y) => y.code);
  const [chosenYear, setChosenYear] = useState<string | null>(null);
  const schoolYear = chosenYear ?? (schoolYears.isPending ? '' : currentSchoolYear(codes));
  const [unit, setUnit] = useState<number | null>(null);
  const filter = { school_year: schoolYear, unit_id: unit };
  const totals = useEnrolmentTotals(filter);
  const list = useEnrolments(filter);
  const ownType = useUnitForest(canImport ? todayIso() : null).forest?.byId.get(user.unit_id)?.unit.type ?? null;
  const yearOptions = [...new Set([...codes, schoolYear].filter(Boolean))].sort().reverse();

  const columns: ColumnsType<Enrolment> = [
    {
      key: 'unit',
      title: t('enrolments.unit'),
      render: (_, e) => (
        <>
          <div className="cell-strong">{e.unit_name}</div>
          <div className="muted">{e.unit_code}</div>
          {narrow && <div>{labelFor(t, 'level', e.level)}</div>}
        </>
      ),
    },
    { key: 'level', title: t('enrolments.level'), responsive: ['md'], render: (_, e) => labelFor(t, 'level', e.level) },
    { key: 'students', title: t('enrolments.students'), align: 'right', width: 120, render: (_, e) => e.students.toLocaleString('vi-VN') },
    { key: 'source', title: t('enrolments.sourceCol'), responsive: ['lg'], render: (_, e) => <Tag>{labelFor(t, 'enrolments.source', e.source)}</Tag> },
    { key: 'updated', title: t('enrolments.updatedAt'), responsive: ['lg'], render: (_, e) => formatDateTime(e.updated_at) },
  ];

  return (
    <div className="enrolments-page">
      <PageHeader title={t('enrolments.title')} description={t('enrolments.description')} />
      <div className="toolbar enrolment-filters">
        <div className="toolbar-field">
          <label htmlFor={yearId} className="field-label">
            {t('enrolments.schoolYear')}
          </label>
          <Select showSearch id={yearId} value={schoolYear || undefined} onChange={setChosenYear} options={yearOptions.map((y) => ({ value: y, label: y }))} style={{ width: 160 }} />
        </div>
        <div className="toolbar-field toolbar-grow">
          <label htmlFor={unitId} className="field-label">
            {t('enrolments.unit')}
          </label>
          <UnitTreeSelect id={unitId} date={todayIso()} value={unit} onChange={setUnit} placeholder={user.unit_name} aria-describedby={unitHelpId} />
          <span id={unitHelpId} className="muted">
            {t('enrolments.unitHelp')}
          </span>
        </div>
      </div>

      <section aria-labelledby="totals-title" className="page-section">
        <Typography.Title level={2} id="totals-title" className="section-title">
          {t('enrolments.totals')}
        </Typography.Title>
        {totals.isError && <ErrorAlert error={totals.error} className="form-alert" />}
        {totals.data && (
          <>
            <div className="enrolment-totals">
              <Statistic title={t('enrolments.total')} value={totals.data.total} groupSeparator="." className="enrolment-total" />
              <Statistic title={t('enrolments.unitsReporting')} value={totals.data.units_reporting} groupSeparator="." />
            </div>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('enrolments.asOf')}>{formatDate(totals.data.as_of)}</Descriptions.Item>
              <Descriptions.Item label={t('enrolments.byLevel')}>
                {totals.data.by_level.length === 0 ? (
                  <span className="muted">{t('common.noData')}</span>
                ) : (
                  <Flex gap={8} wrap>
                    {totals.data.by_level.map((l) => (
                      <Tag key={l.level}>
                        {labelFor(t, 'level', l.level)}: {l.students.toLocaleString('vi-VN')}
                      </Tag>
                    ))}
                  </Flex>
                )}
              </Descriptions.Item>
            </Descriptions>
          </>
        )}
      </section>

      {canImport && (
        <>
          <EnrolmentByGrade unitId={user.unit_id} schoolYear={schoolYear || currentSchoolYear([])} yearOptions={yearOptions} />
          <EnrolmentImport unitCode={user.unit_code} unitName={user.unit_name} unitType={ownType} schoolYear={schoolYear || currentSchoolYear([])} />
        </>
      )}

      <section aria-labelledby="list-title" className="page-section">
        <Typography.Title level={2} id="list-title" className="section-title">
          {t('enrolments.list')}
        </Typography.Title>
        {list.isError && <ErrorAlert error={list.error} className="form-alert" />}
        <Table<Enrolment>
          rowKey={(e) => `${e.unit_id}-${e.school_year}-${e.level}`}
          size="small"
          columns={columns}
          dataSource={list.data?.enrolments ?? []}
          loading={list.isPending && schoolYear !== ''}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: t('enrolments.empty') }}
          className="enrolments-table"
        />
      </section>
    </div>
  );
}
