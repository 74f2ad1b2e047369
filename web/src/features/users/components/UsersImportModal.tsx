// "Nhập từ CSV" (manage_users): pick a CSV → it is uploaded (POST /uploads, raw bytes) and checked
// (POST /users/import/preview) → the rows to create, or the row/column errors → "Bắt đầu nhập"
// starts a users_import job and opens its page. A sample file is built in the browser.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Table, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { RcFile, UploadFile } from 'antd/es/upload';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { RowErrorsTable } from '../../../components/RowErrorsTable';
import { isApiError } from '../../../lib/api';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useUploadFile } from '../../../lib/files/upload-file';
import { useCreateJob } from '../../../lib/jobs/create-job';
import { useRoles } from '../api/list-roles';
import { usePreviewUsersImport, type PreviewRow } from '../api/preview-users-import';
import { USERS_CSV_COLUMNS, USERS_CSV_REQUIRED, USERS_CSV_SAMPLE_NAME, sampleUsersCsvHref } from '../lib/users-csv';

interface Picked {
  uid: string;
  name: string;
  fileId: number | null;
}

export function UsersImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const narrow = useIsNarrow();
  const navigate = useNavigate();
  const ids = useId();
  const inputId = `${ids}-file`;
  const helpId = `${ids}-help`;
  const [picked, setPicked] = useState<Picked | null>(null);
  const upload = useUploadFile();
  const preview = usePreviewUsersImport();
  const createJob = useCreateJob();
  const grantable = (useRoles().data?.roles ?? []).filter((r) => r.grantable).map((r) => r.code);

  const reset = () => {
    setPicked(null);
    upload.reset();
    preview.reset();
    createJob.reset();
  };

  const close = () => {
    reset();
    onClose();
  };

  const beforeUpload = (file: RcFile) => {
    reset();
    setPicked({ uid: file.uid, name: file.name, fileId: null });
    upload.mutate(file, {
      onSuccess: ({ file: stored }) => {
        setPicked({ uid: file.uid, name: file.name, fileId: stored.id });
        preview.mutate({ file_id: stored.id });
      },
    });
    return false;
  };

  const start = () => {
    if (!picked?.fileId) return;
    createJob.mutate(
      { kind: 'users_import', file_id: picked.fileId },
      {
        onSuccess: ({ job }) => {
          close();
          navigate(`/jobs/${job.id}`);
        },
      },
    );
  };

  const busy = upload.isPending || preview.isPending;
  const fileList: UploadFile[] = picked ? [{ uid: picked.uid, name: picked.name, status: busy ? 'uploading' : 'done' }] : [];
  const previewRows = preview.data?.rows ?? [];
  const previewError = preview.error;
  const rowErrors = isApiError(previewError) ? previewError.rows : [];

  const columns: ColumnsType<PreviewRow> = [
    { key: 'row', title: t('import.row'), dataIndex: 'row', width: 64 },
    {
      key: 'user',
      title: t('usersImport.user'),
      render: (_, r) => (
        <>
          <div className="cell-strong">{r.full_name}</div>
          <div className="muted">{r.login}</div>
          {narrow && <div className="muted">{r.email}</div>}
        </>
      ),
    },
    { key: 'email', title: t('users.email'), dataIndex: 'email', responsive: ['md'] },
    { key: 'role', title: t('users.roles'), render: (_, r) => labelFor(t, 'role', r.role), responsive: ['sm'] },
    {
      key: 'unit',
      title: t('users.unit'),
      responsive: ['md'],
      render: (_, r) => (
        <>
          {r.unit_name} <span className="muted">({r.unit_code})</span>
        </>
      ),
    },
  ];

  return (
    <Modal
      open={open}
      title={t('usersImport.title')}
      onCancel={close}
      width={narrow ? '100%' : 920}
      destroyOnHidden
      footer={
        <Flex gap={8} justify="flex-end" wrap>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={start} disabled={!preview.isSuccess || busy} loading={createJob.isPending}>
            {preview.isSuccess ? t('usersImport.startCount', { count: preview.data.count }) : t('usersImport.start')}
          </Button>
        </Flex>
      }
    >
      <div id={helpId} className="import-help">
        <div>{t('usersImport.columns', { columns: USERS_CSV_COLUMNS.join(', ') })}</div>
        <div>{t('usersImport.required', { columns: USERS_CSV_REQUIRED.join(', ') })}</div>
        <div>{t('usersImport.roles', { roles: grantable.map((r) => `${r} (${labelFor(t, 'role', r)})`).join(', ') })}</div>
        <div>{t('usersImport.loginHelp')}</div>
      </div>
      <p>
        <a href={sampleUsersCsvHref()} download={USERS_CSV_SAMPLE_NAME}>
          <DownloadOutlined aria-hidden /> {t('usersImport.sample')}
        </a>
        {' · '}
        <a href="/api/v1/import-templates/users" download>
          <DownloadOutlined aria-hidden /> {t('usersImport.sampleXlsx')}
        </a>
      </p>
      <div className="users-import-file">
        <label htmlFor={inputId} className="field-label">
          {t('import.file')}
        </label>
        <Upload id={inputId} accept=".csv,text/csv" maxCount={1} multiple={false} fileList={fileList} beforeUpload={beforeUpload} onRemove={() => (reset(), true)} disabled={busy || createJob.isPending}>
          <Button icon={<UploadOutlined aria-hidden />} loading={busy} aria-describedby={helpId}>
            {busy ? t('usersImport.checking') : t('import.choose')}
          </Button>
        </Upload>
      </div>

      <div aria-live="polite" className="import-result">
        {preview.isSuccess && <Alert type="success" showIcon title={t('usersImport.valid', { count: preview.data.count })} description={t('usersImport.validHint')} />}
      </div>
      {upload.isError && <ErrorAlert error={upload.error} className="form-alert" />}
      {createJob.isError && <ErrorAlert error={createJob.error} className="form-alert" />}
      {preview.isError && (
        <>
          <Alert
            type="error"
            showIcon
            role="alert"
            className="form-alert"
            title={isApiError(previewError) && previewError.message ? previewError.message : t('error.generic')}
            description={rowErrors.length > 0 ? t('import.errorsHint') : undefined}
          />
          {rowErrors.length > 0 && <RowErrorsTable rows={rowErrors} />}
        </>
      )}
      {preview.isSuccess && previewRows.length > 0 && (
        <>
          <Typography.Title level={3} className="section-title">
            {t('usersImport.previewTitle', { count: preview.data.count })}
          </Typography.Title>
          <Table<PreviewRow>
            rowKey="row"
            size="small"
            columns={columns}
            dataSource={previewRows}
            pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
            className="responsive-table users-import-preview"
          />
        </>
      )}
    </Modal>
  );
}
