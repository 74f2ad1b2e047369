// /hoc-sinh/nhap (import_students): a school's roster for a school year from a CSV or XLSX file.
// Choose the year, the school (one's own by default), the file and its encoding → "Tải lên và
// kiểm tra" uploads it (POST /api/v1/uploads) and asks for the preview: the row/column/reason
// table of a file with errors (nothing can be written then), or the counts and first rows of a
// clean one → "Ghi vào hệ thống" starts the job and its progress bar follows GET /api/v1/jobs/{id}
// until it is done, then the result and a link to the list. The template is built in the browser.
// The flow and its parts are shared with the commitments import (./ImportParts.tsx).
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Select, Table } from 'antd';
import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { formatDate, todayIso } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCan } from '../../../lib/session/capabilities';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useImportStudents } from '../api/import-students';
import type { ImportPreview } from '../api/model';
import { usePreviewStudentImport } from '../api/preview-student-import';
import { maskPersonalId, TEMPLATE_COLUMNS, TEMPLATE_NAME, templateCsvHref } from '../lib/students';
import '../students.css';
import { ImportActions, ImportErrors, ImportFileFields, ImportJobView, useImportFlow } from './ImportParts';
import { useYear } from './useYear';

export default function StudentImportPage() {
  const { t } = useI18n();
  useDocumentTitle(t('studentImport.title'));
  const user = useCurrentUser();
  const ids = useId();
  const [params] = useSearchParams();
  const { year, options: yearOptions, setYear } = useYear();
  const [unit, setUnit] = useState<number | null>(() => Number(params.get('don-vi')) || null);
  const flow = useImportFlow(usePreviewStudentImport(), useImportStudents());
  // A school's own roster by default; an office's staff choose the school. Only a school's staff
  // record commitments (the server's roles), which tells a school from an office here.
  const ownIsSchool = useCan()('record_commitments');
  const unitId = unit ?? (ownIsSchool ? user.unit_id : null);
  const { checked, running } = flow;
  const listHref = `/hoc-sinh?nam=${encodeURIComponent(checked?.school_year ?? year)}${checked && checked.unit_id !== user.unit_id ? `&don-vi=${checked.unit_id}` : ''}`;
  const num = (r: Record<string, unknown>, k: string) => (typeof r[k] === 'number' ? r[k] : 0);

  return (
    <div className="student-import-page">
      <PageHeader title={t('studentImport.title')} description={t('studentImport.description')} />
      <section className="page-section student-import-form" aria-labelledby={`${ids}-form`}>
        <h2 id={`${ids}-form`} className="sr-only">
          {t('studentImport.step.file')}
        </h2>
        <p>
          <a href={templateCsvHref()} download={TEMPLATE_NAME}>
            <DownloadOutlined aria-hidden /> {t('studentImport.template')}
          </a>
          <br />
          <span className="muted">{t('studentImport.templateHelp', { columns: TEMPLATE_COLUMNS.join(', ') })}</span>
        </p>
        <div className="toolbar">
          <div className="toolbar-field">
            <label htmlFor={`${ids}-year`} className="field-label">
              {t('students.schoolYear')}
            </label>
            <Select
              id={`${ids}-year`}
              value={year || undefined}
              onChange={(y) => {
                flow.reset();
                setYear(y);
              }}
              disabled={running}
              options={yearOptions.map((y) => ({ value: y, label: y }))}
              style={{ width: 140 }}
            />
          </div>
          <div className="toolbar-field toolbar-grow">
            <label htmlFor={`${ids}-school`} className="field-label">
              {t('studentImport.school')}
            </label>
            <UnitTreeSelect
              id={`${ids}-school`}
              date={todayIso()}
              value={unit}
              onChange={(v) => {
                flow.reset();
                setUnit(v);
              }}
              disabled={running}
              allowClear
              placeholder={ownIsSchool ? user.unit_name : undefined}
              aria-describedby={`${ids}-school-help`}
            />
            <span id={`${ids}-school-help`} className="muted">
              {ownIsSchool ? t('studentImport.schoolHelp', { unit: user.unit_name }) : t('studentImport.schoolHelpOffice')}
            </span>
          </div>
        </div>
        <ImportFileFields flow={flow} ids={ids} fileLabel={t('studentImport.file')} fileHelp={t('studentImport.fileHelp')} />
        <ImportActions flow={flow} ids={ids} canCheck={!!unitId} onCheck={() => unitId && void flow.check({ unit_id: unitId, school_year: year }, t('studentImport.fileRequired'))} />
      </section>

      <div aria-live="polite">
        <ImportErrors error={flow.error} title={(count) => t('studentImport.errorsTitle', { count })} />
        {flow.preview && !running && <PreviewResult p={flow.preview} />}
        {running && (
          <ImportJobView
            job={flow.job}
            texts={{
              progress: t('studentImport.progress'),
              rows: (done, total) => t('studentImport.rows', { done, total }),
              done: (r) => t('studentImport.done', { inserted: num(r, 'inserted'), updated: num(r, 'updated') }),
              failed: t('studentImport.failed'),
            }}
            links={
              <Link to={listHref} className="student-import-list-link">
                {t('studentImport.openList')}
              </Link>
            }
            onAgain={flow.again}
          />
        )}
      </div>
    </div>
  );
}

function PreviewResult({ p }: { p: ImportPreview }) {
  const { t } = useI18n();
  const narrow = useIsNarrow();
  const dash = t('students.noValue');
  return (
    <section className="page-section" aria-label={t('studentImport.step.preview')}>
      <Alert
        type="success"
        showIcon
        className="form-alert student-import-valid"
        title={t('studentImport.valid', { count: p.count, school: p.school_name, year: p.school_year })}
        description={t('studentImport.validCounts', {
          inserted: p.inserted,
          updated: p.updated,
          kind: labelFor(t, 'studentImport.fileKind', p.file_kind),
          encoding: labelFor(t, 'studentImport.encoding', p.encoding),
        })}
      />
      <h2 className="section-title ant-typography">{t('studentImport.previewRows')}</h2>
      {p.rows.length < p.count && <p className="muted">{t('studentImport.previewMore', { shown: p.rows.length, count: p.count })}</p>}
      <Table
        size="small"
        rowKey="row"
        dataSource={p.rows}
        pagination={p.rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        columns={[
          { key: 'row', title: t('studentImport.row'), dataIndex: 'row', width: narrow ? 56 : 70 },
          { key: 'name', title: t('students.name'), dataIndex: 'full_name' },
          { key: 'birth', title: t('students.birthDate'), width: 110, render: (_, r) => formatDate(r.birth_date) },
          { key: 'sex', title: t('students.sex'), width: 80, responsive: ['md'], render: (_, r) => (r.sex ? labelFor(t, 'students.sex', r.sex) : dash) },
          { key: 'class', title: t('students.class'), width: 80, responsive: ['sm'], render: (_, r) => r.class_name || dash },
          { key: 'pid', title: t('students.personalIdMasked'), width: 170, responsive: ['lg'], render: (_, r) => (r.personal_id ? maskPersonalId(r.personal_id) : dash) },
        ]}
      />
    </section>
  );
}
