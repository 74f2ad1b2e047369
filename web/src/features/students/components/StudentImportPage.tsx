// /hoc-sinh/nhap (import_students): a school's roster for a school year from a CSV or XLSX file.
// Choose the year, the school (one's own by default), the file and its encoding → "Tải lên và
// kiểm tra" uploads it (POST /api/v1/uploads) and asks for the preview: the row/column/reason
// table of a file with errors (nothing can be written then), or the counts and first rows of a
// clean one → "Ghi vào hệ thống" starts the job and its progress bar follows GET /api/v1/jobs/{id}
// until it is done, then the result and a link to the list. The template is built in the browser.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Select, Table, Upload } from 'antd';
import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert, useErrorText } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RowErrorsTable } from '../../../components/RowErrorsTable';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { isApiError } from '../../../lib/api';
import { formatDate, todayIso } from '../../../lib/dates';
import { formatBytes } from '../../../lib/files/model';
import { useUploadFile } from '../../../lib/files/upload-file';
import type { Job } from '../../../lib/jobs/model';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCan } from '../../../lib/session/capabilities';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useImportJob } from '../api/get-import-job';
import { useImportStudents } from '../api/import-students';
import { ENCODINGS, type Encoding, type ImportPreview, type ImportRequest } from '../api/model';
import { usePreviewStudentImport } from '../api/preview-student-import';
import { isRosterFile, maskPersonalId, TEMPLATE_COLUMNS, TEMPLATE_NAME, templateCsvHref } from '../lib/students';
import '../students.css';
import { useYear } from './useYear';

export default function StudentImportPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('studentImport.title'));
  const user = useCurrentUser();
  const ids = useId();
  const [params] = useSearchParams();
  const { year, options: yearOptions, setYear } = useYear();
  const [unit, setUnit] = useState<number | null>(() => Number(params.get('don-vi')) || null);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const [checked, setChecked] = useState<ImportRequest | null>(null);
  const [jobId, setJobId] = useState<number | null>(null);
  const upload = useUploadFile();
  const preview = usePreviewStudentImport();
  const start = useImportStudents();
  const job = useImportJob(jobId);
  // A school's own roster by default; an office's staff choose the school. Only a school's staff
  // record commitments (the server's roles), which tells a school from an office here.
  const ownIsSchool = useCan()('record_commitments');
  const unitId = unit ?? (ownIsSchool ? user.unit_id : null);

  const resetResult = () => {
    upload.reset();
    preview.reset();
    start.reset();
    setChecked(null);
    setJobId(null);
  };

  const chooseFile = (f: File) => {
    resetResult();
    if (!isRosterFile(f.name)) {
      setFile(null);
      setFileProblem(t('studentImport.fileType', { name: f.name }));
      return;
    }
    setFileProblem(null);
    setFile(f);
  };

  const check = async () => {
    resetResult();
    if (!file) {
      setFileProblem(t('studentImport.fileRequired'));
      return;
    }
    if (!unitId) return;
    try {
      const up = await upload.mutateAsync(file);
      const req: ImportRequest = { file_id: up.file.id, unit_id: unitId, school_year: year, encoding };
      await preview.mutateAsync(req);
      setChecked(req);
    } catch {
      // shown from the mutations' state
    }
  };

  const commit = () => {
    if (!checked) return;
    start.mutate(checked, { onSuccess: (r) => setJobId(r.job_id) });
  };

  const error = upload.error ?? preview.error ?? start.error;
  const rowErrors = isApiError(error) ? error.rows : [];
  const running = jobId !== null;
  const j = job.data?.job;
  const listHref = `/hoc-sinh?nam=${encodeURIComponent(checked?.school_year ?? year)}${checked && checked.unit_id !== user.unit_id ? `&don-vi=${checked.unit_id}` : ''}`;

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
                resetResult();
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
                resetResult();
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
        <div className="toolbar">
          <div className="toolbar-field toolbar-grow">
            <span className="field-label" id={`${ids}-file-label`}>
              {t('studentImport.file')}
            </span>
            <div className="student-import-file">
              <Upload
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                showUploadList={false}
                maxCount={1}
                disabled={running}
                beforeUpload={(f) => {
                  chooseFile(f);
                  return false;
                }}
              >
                <Button icon={<UploadOutlined aria-hidden />} aria-describedby={`${ids}-file-help`} disabled={running}>
                  {t('studentImport.choose')}
                </Button>
              </Upload>
              {file && <span className="student-import-chosen">{t('studentImport.chosen', { name: file.name, size: formatBytes(file.size, lang) })}</span>}
            </div>
            <span id={`${ids}-file-help`} className="muted">
              {t('studentImport.fileHelp')}
            </span>
            {fileProblem && (
              <div role="alert" className="ant-form-item-explain-error">
                {fileProblem}
              </div>
            )}
          </div>
          <div className="toolbar-field">
            <label htmlFor={`${ids}-enc`} className="field-label">
              {t('studentImport.encoding')}
            </label>
            <Select
              id={`${ids}-enc`}
              value={encoding}
              onChange={(e) => {
                resetResult();
                setEncoding(e);
              }}
              disabled={running}
              options={ENCODINGS.map((e) => ({ value: e, label: labelFor(t, 'studentImport.encoding', e) }))}
              style={{ width: 180 }}
              aria-describedby={`${ids}-enc-help`}
            />
          </div>
        </div>
        <p id={`${ids}-enc-help`} className="muted">
          {t('studentImport.encodingHelp')}
        </p>
        <Flex gap={8} wrap align="center" className="student-import-actions">
          <Button onClick={() => void check()} loading={upload.isPending || preview.isPending} disabled={running || !unitId}>
            {upload.isPending || preview.isPending ? t('studentImport.checking') : t('studentImport.check')}
          </Button>
          <Button type="primary" onClick={commit} disabled={!checked || running} loading={start.isPending} aria-describedby={`${ids}-commit-help`}>
            {t('studentImport.commit')}
          </Button>
        </Flex>
        {!checked && !running && (
          <p id={`${ids}-commit-help`} className="muted">
            {t('studentImport.commitHelp')}
          </p>
        )}
      </section>

      <div aria-live="polite">
        {error &&
          (rowErrors.length > 0 ? (
            <section className="page-section" aria-label={t('studentImport.errorsTitle', { count: rowErrors.length })}>
              <Alert type="error" showIcon role="alert" className="form-alert" title={t('studentImport.errorsTitle', { count: rowErrors.length })} description={t('studentImport.errorsHint')} />
              <RowErrorsTable rows={rowErrors} className="student-import-errors" />
            </section>
          ) : (
            <ErrorAlert error={error} className="form-alert" extraMessages={isApiError(error) ? Object.values(error.fields).filter((m) => m !== error.message) : []} />
          ))}
        {preview.data && !running && <PreviewResult p={preview.data} />}
        {running && <JobView job={j} listHref={listHref} onAgain={() => { resetResult(); setFile(null); }} />}
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

function JobView({ job, listHref, onAgain }: { job: Job | undefined; listHref: string; onAgain: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  if (!job) return <Progress percent={0} aria-label={t('studentImport.progress')} />;
  const done = job.status === 'done';
  const failed = job.status === 'failed';
  const percent = done ? 100 : Math.max(0, Math.min(100, Math.round(job.percent)));
  const num = (k: string) => (typeof job.result?.[k] === 'number' ? (job.result[k] as number) : 0);
  return (
    <section className="page-section student-import-progress" aria-label={t('studentImport.progress')}>
      <Progress percent={percent} status={done ? 'success' : failed ? 'exception' : 'active'} aria-label={t('studentImport.progress')} className="student-import-bar" />
      <p className="muted">
        {job.step && (
          <>
            {t('studentImport.step')}: <strong>{job.step}</strong>
          </>
        )}
        {job.rows_total ? ` · ${t('studentImport.rows', { done: job.rows_done, total: job.rows_total })}` : ''}
      </p>
      {done && (
        <Alert
          type="success"
          showIcon
          className="form-alert student-import-done"
          title={t('studentImport.done', { inserted: num('inserted'), updated: num('updated') })}
          description={typeof job.result?.message === 'string' ? job.result.message : undefined}
        />
      )}
      {failed && (
        <>
          <Alert type="error" showIcon role="alert" className="form-alert" title={t('studentImport.failed')} description={job.error?.message ?? errorText(null)} />
          {job.error && job.error.rows.length > 0 && <RowErrorsTable rows={job.error.rows} />}
        </>
      )}
      {(done || failed) && (
        <Flex gap={12} wrap align="center" style={{ marginTop: 12 }}>
          {done && (
            <Link to={listHref} className="student-import-list-link">
              {t('studentImport.openList')}
            </Link>
          )}
          <Button onClick={onAgain}>{t('studentImport.again')}</Button>
        </Flex>
      )}
    </section>
  );
}
