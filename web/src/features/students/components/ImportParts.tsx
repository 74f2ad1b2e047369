// The parts shared by this feature's file imports (the roster at /hoc-sinh/nhap, commitments at
// /cam-ket/nhap): the flow upload → preview → commit as a job (useImportFlow), the file and
// encoding fields, the check/commit buttons, the errors (row/column/reason table, or the file's
// own problem) and the job's progress with its outcome.
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Select, Upload } from 'antd';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ErrorAlert, useErrorText } from '../../../components/ErrorAlert';
import { RowErrorsTable } from '../../../components/RowErrorsTable';
import { isApiError } from '../../../lib/api';
import { formatBytes } from '../../../lib/files/model';
import { useUploadFile } from '../../../lib/files/upload-file';
import type { Job } from '../../../lib/jobs/model';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useImportJob } from '../api/get-import-job';
import { ENCODINGS, type Encoding, type ImportRequest } from '../api/model';
import { isRosterFile } from '../lib/students';

type Started = { job_id: number; message: string };

/** The state of one import: the chosen file and encoding, the checked request, the running job. */
export function useImportFlow<P>(preview: UseMutationResult<P, Error, ImportRequest>, start: UseMutationResult<Started, Error, ImportRequest>) {
  const { t } = useI18n();
  const upload = useUploadFile();
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [encoding, setEncodingState] = useState<Encoding>('auto');
  const [checked, setChecked] = useState<ImportRequest | null>(null);
  const [jobId, setJobId] = useState<number | null>(null);
  const job = useImportJob(jobId);

  const reset = () => {
    upload.reset();
    preview.reset();
    start.reset();
    setChecked(null);
    setJobId(null);
  };
  const chooseFile = (f: File) => {
    reset();
    if (!isRosterFile(f.name)) {
      setFile(null);
      setFileProblem(t('studentImport.fileType', { name: f.name }));
      return;
    }
    setFileProblem(null);
    setFile(f);
  };
  const check = async (target: { unit_id: number; school_year: string }, fileRequired: string) => {
    reset();
    if (!file) {
      setFileProblem(fileRequired);
      return;
    }
    try {
      const up = await upload.mutateAsync(file);
      const req: ImportRequest = { file_id: up.file.id, unit_id: target.unit_id, school_year: target.school_year, encoding };
      await preview.mutateAsync(req);
      setChecked(req);
    } catch {
      // shown from the mutations' state
    }
  };
  const commit = () => {
    if (checked) start.mutate(checked, { onSuccess: (r) => setJobId(r.job_id) });
  };
  const again = () => {
    reset();
    setFile(null);
  };
  const setEncoding = (e: Encoding) => {
    reset();
    setEncodingState(e);
  };
  const error = upload.error ?? preview.error ?? start.error;
  return {
    file,
    fileProblem,
    chooseFile,
    encoding,
    setEncoding,
    checked,
    check,
    checking: upload.isPending || preview.isPending,
    commit,
    starting: start.isPending,
    running: jobId !== null,
    job: job.data?.job,
    preview: preview.data,
    error,
    reset,
    again,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;

/** The file chooser (CSV or XLSX) and the encoding of a CSV file. */
export function ImportFileFields({ flow, ids, fileLabel, fileHelp }: { flow: ImportFlow; ids: string; fileLabel: string; fileHelp: string }) {
  const { t, lang } = useI18n();
  const { file, running } = flow;
  return (
    <>
      <div className="toolbar">
        <div className="toolbar-field toolbar-grow">
          <span className="field-label" id={`${ids}-file-label`}>
            {fileLabel}
          </span>
          <div className="student-import-file">
            <Upload
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              showUploadList={false}
              maxCount={1}
              disabled={running}
              beforeUpload={(f) => {
                flow.chooseFile(f);
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
            {fileHelp}
          </span>
          {flow.fileProblem && (
            <div role="alert" className="ant-form-item-explain-error">
              {flow.fileProblem}
            </div>
          )}
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${ids}-enc`} className="field-label">
            {t('studentImport.encoding')}
          </label>
          <Select
            id={`${ids}-enc`}
            value={flow.encoding}
            onChange={flow.setEncoding}
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
    </>
  );
}

/** "Tải lên và kiểm tra", then "Ghi vào hệ thống" once the file has been checked without errors. */
export function ImportActions({ flow, ids, onCheck, canCheck }: { flow: ImportFlow; ids: string; onCheck: () => void; canCheck: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Flex gap={8} wrap align="center" className="student-import-actions">
        <Button onClick={onCheck} loading={flow.checking} disabled={flow.running || !canCheck}>
          {flow.checking ? t('studentImport.checking') : t('studentImport.check')}
        </Button>
        <Button type="primary" onClick={flow.commit} disabled={!flow.checked || flow.running} loading={flow.starting} aria-describedby={`${ids}-commit-help`}>
          {t('studentImport.commit')}
        </Button>
      </Flex>
      {!flow.checked && !flow.running && (
        <p id={`${ids}-commit-help`} className="muted">
          {t('studentImport.commitHelp')}
        </p>
      )}
    </>
  );
}

/** The rows to fix (row, column as in the file, reason), or the problem of the file as a whole. */
export function ImportErrors({ error, title }: { error: unknown; title: (count: number) => string }) {
  const { t } = useI18n();
  if (!error) return null;
  const rowErrors = isApiError(error) ? error.rows : [];
  if (rowErrors.length > 0)
    return (
      <section className="page-section" aria-label={title(rowErrors.length)}>
        <Alert type="error" showIcon role="alert" className="form-alert" title={title(rowErrors.length)} description={t('studentImport.errorsHint')} />
        <RowErrorsTable rows={rowErrors} className="student-import-errors" />
      </section>
    );
  return <ErrorAlert error={error} className="form-alert" extraMessages={isApiError(error) ? Object.values(error.fields).filter((m) => m !== error.message) : []} />;
}

export interface JobTexts {
  progress: string;
  rows: (done: number, total: number) => string;
  done: (result: Record<string, unknown>) => string;
  failed: string;
}

/** The job's progress bar and step, then its outcome (the server's message, or the rows that failed). */
export function ImportJobView({ job, texts, links, onAgain }: { job: Job | undefined; texts: JobTexts; links: ReactNode; onAgain: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  if (!job) return <Progress percent={0} aria-label={texts.progress} />;
  const done = job.status === 'done';
  const failed = job.status === 'failed';
  const percent = done ? 100 : Math.max(0, Math.min(100, Math.round(job.percent)));
  return (
    <section className="page-section student-import-progress" aria-label={texts.progress}>
      <Progress percent={percent} status={done ? 'success' : failed ? 'exception' : 'active'} aria-label={texts.progress} className="student-import-bar" />
      <p className="muted">
        {job.step && (
          <>
            {t('studentImport.step')}: <strong>{job.step}</strong>
          </>
        )}
        {job.rows_total ? ` · ${texts.rows(job.rows_done, job.rows_total)}` : ''}
      </p>
      {done && (
        <Alert
          type="success"
          showIcon
          className="form-alert student-import-done"
          title={texts.done(job.result ?? {})}
          description={typeof job.result?.message === 'string' ? job.result.message : undefined}
        />
      )}
      {failed && (
        <>
          <Alert type="error" showIcon role="alert" className="form-alert" title={texts.failed} description={job.error?.message ?? errorText(null)} />
          {job.error && job.error.rows.length > 0 && <RowErrorsTable rows={job.error.rows} />}
        </>
      )}
      {(done || failed) && (
        <Flex gap={12} wrap align="center" style={{ marginTop: 12 }}>
          {done && links}
          <Button onClick={onAgain}>{t('studentImport.again')}</Button>
        </Flex>
      )}
    </section>
  );
}
