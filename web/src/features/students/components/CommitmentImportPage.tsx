// /cam-ket/nhap (record_commitments, one's own school): commitments of a school year from a CSV or
// XLSX file, opened with "Nhập từ tệp" on /cam-ket. Choose the year and the file → "Tải lên và
// kiểm tra" uploads it and asks for the preview: the row/column/reason table of a file with
// errors (students not on the roster, unknown values...; nothing can be written then), or per
// commitment the counts signed / not signed / changing and the first rows as identified on the
// roster → "Ghi vào hệ thống" starts the job; its progress bar follows it until it is done, then
// a link back to the coverage. Same flow and parts as the roster import (./ImportParts.tsx).
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Select, Table } from 'antd';
import { useId } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useImportCommitments } from '../api/import-commitments';
import { COMMITMENT_KINDS, type CommitmentImportPreview } from '../api/model';
import { usePreviewCommitmentImport } from '../api/preview-commitment-import';
import { COMMITMENT_TEMPLATE_COLUMNS } from '../lib/students';
import '../students.css';
import { ImportActions, ImportErrors, ImportFileFields, ImportJobView, useImportFlow } from './ImportParts';
import { useYear } from './useYear';

export default function CommitmentImportPage() {
  const { t } = useI18n();
  useDocumentTitle(t('commitmentImport.title'));
  const user = useCurrentUser();
  const ids = useId();
  const { year, options: yearOptions, setYear } = useYear();
  const flow = useImportFlow(usePreviewCommitmentImport(), useImportCommitments());
  const { running } = flow;
  const coverageHref = `/cam-ket?nam=${encodeURIComponent(flow.checked?.school_year ?? year)}`;
  const num = (r: Record<string, unknown>, k: string) => (typeof r[k] === 'number' ? r[k] : 0);

  return (
    <div className="student-import-page commitment-import-page">
      <PageHeader title={t('commitmentImport.title')} description={t('commitmentImport.description')} />
      <p>
        <Link to={`/cam-ket?nam=${encodeURIComponent(year)}`}>
          <ArrowLeftOutlined aria-hidden /> {t('commitmentImport.back')}
        </Link>
      </p>
      <section className="page-section student-import-form" aria-labelledby={`${ids}-form`}>
        <h2 id={`${ids}-form`} className="sr-only">
          {t('studentImport.step.file')}
        </h2>
        <p>
          <a href="/api/v1/import-templates/commitments" download>
            <DownloadOutlined aria-hidden /> {t('commitmentImport.template')}
          </a>
          <br />
          <span className="muted">{t('commitmentImport.templateHelp', { columns: COMMITMENT_TEMPLATE_COLUMNS.join(', ') })}</span>
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
            <span className="field-label">{t('studentImport.school')}</span>
            <span className="commitment-import-school">{user.unit_name}</span>
          </div>
        </div>
        <ImportFileFields flow={flow} ids={ids} fileLabel={t('commitmentImport.file')} fileHelp={t('commitmentImport.fileHelp')} />
        <ImportActions flow={flow} ids={ids} canCheck={year !== ''} onCheck={() => void flow.check({ unit_id: user.unit_id, school_year: year }, t('commitmentImport.fileRequired'))} />
      </section>

      <div aria-live="polite">
        <ImportErrors error={flow.error} title={(count) => t('commitmentImport.errorsTitle', { count })} />
        {flow.preview && !running && <PreviewResult p={flow.preview} />}
        {running && (
          <ImportJobView
            job={flow.job}
            texts={{
              progress: t('commitmentImport.progress'),
              rows: (done, total) => t('commitmentImport.rows', { done, total }),
              done: (r) => t('commitmentImport.done', { rows: num(r, 'rows'), changed: num(r, 'changed') }),
              failed: t('commitmentImport.failed'),
            }}
            links={
              <Link to={coverageHref} className="commitment-import-coverage-link">
                {t('commitmentImport.openCoverage')}
              </Link>
            }
            onAgain={flow.again}
          />
        )}
      </div>
    </div>
  );
}

function PreviewResult({ p }: { p: CommitmentImportPreview }) {
  const { t } = useI18n();
  const narrow = useIsNarrow();
  const dash = t('students.noValue');
  const signed = (v: boolean | null) => (v === null ? dash : v ? t('commitmentImport.signedYes') : t('commitmentImport.signedNo'));
  return (
    <section className="page-section" aria-label={t('studentImport.step.preview')}>
      <Alert
        type="success"
        showIcon
        className="form-alert student-import-valid"
        title={t('commitmentImport.valid', { count: p.count, school: p.school_name, year: p.school_year })}
        description={
          <>
            {COMMITMENT_KINDS.map((k) => {
              const c = p[k];
              const kind = labelFor(t, 'commitments.kind', k);
              return <div key={k}>{c ? t('commitmentImport.campaign', { kind, signed: c.signed, not_signed: c.not_signed, changed: c.changed }) : t('commitmentImport.notInFile', { kind })}</div>;
            })}
            <div>
              {t('commitmentImport.validRead', {
                kind: labelFor(t, 'studentImport.fileKind', p.file_kind),
                encoding: labelFor(t, 'studentImport.encoding', p.encoding),
              })}
            </div>
          </>
        }
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
          { key: 'class', title: t('students.class'), width: 80, responsive: ['sm'], render: (_, r) => r.class_name || dash },
          ...(p.student ? [{ key: 'student', title: t('commitments.kind.student'), width: 130, render: (_: unknown, r: CommitmentImportPreview['rows'][number]) => signed(r.student_signed) }] : []),
          ...(p.parent ? [{ key: 'parent', title: t('commitments.kind.parent'), width: 130, render: (_: unknown, r: CommitmentImportPreview['rows'][number]) => signed(r.parent_signed) }] : []),
          { key: 'date', title: t('commitments.signedDate'), width: 110, responsive: ['md'], render: (_, r) => (r.signed_date ? formatDate(r.signed_date) : dash) },
        ]}
      />
    </section>
  );
}
