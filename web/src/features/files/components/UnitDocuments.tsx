// The "Tài liệu" section of the unit card: the unit's documents with download links, upload (the
// raw file goes to POST /units/{id}/files) and delete. Refusals (413 too large, 415 wrong type,
// 403 not permitted, 404 unit out of reach) show the server's own message.
import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Skeleton, Upload } from 'antd';
import type { RcFile } from 'antd/es/upload';
import { useId } from 'react';
import { ErrorAlert, useErrorText } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { useAttachUnitFile } from '../api/attach-unit-file';
import { useDeleteFile } from '../api/delete-file';
import { useUnitFiles } from '../api/list-unit-files';
import { formatBytes, type StoredFile } from '../../../lib/files/model';
import { useCan } from '../../../lib/session/capabilities';

function FileItem({ file }: { file: StoredFile }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const remove = useDeleteFile();
  return (
    <li className="file-item">
      <div className="file-item-main">
        <a href={file.download_url} download={file.name} className="file-name">
          <DownloadOutlined aria-hidden /> {file.name}
        </a>
        <div className="muted">
          {formatBytes(file.size, lang)} · {file.uploaded_by} · {formatDateTime(file.uploaded_at)}
        </div>
      </div>
      {file.can_delete && (
        <Popconfirm
          title={t('files.deleteConfirm', { name: file.name })}
          okText={t('files.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            remove
              .mutateAsync(file.id)
              .then(() => message.success(t('files.deleted', { name: file.name })))
              .catch((e) => message.error(errorText(e)))
          }
        >
          <Button size="small" danger icon={<DeleteOutlined aria-hidden />} loading={remove.isPending} aria-label={t('files.deleteNamed', { name: file.name })} />
        </Popconfirm>
      )}
    </li>
  );
}

export function UnitDocuments({ unitId }: { unitId: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const inputId = useId();
  const helpId = `${inputId}-help`;
  const files = useUnitFiles(unitId);
  const attach = useAttachUnitFile();
  const canAttach = useCan()('attach_files');

  const beforeUpload = (picked: RcFile) => {
    attach.reset();
    attach.mutate({ unitId, file: picked }, { onSuccess: (r) => message.success(t('files.uploaded', { name: r.file.name })) });
    return false;
  };

  if (files.isPending) return <Skeleton active paragraph={{ rows: 1 }} />;
  if (files.isError) return <ErrorAlert error={files.error} />;

  return (
    <div className="unit-documents">
      {files.data.files.length === 0 ? (
        <Empty description={t('files.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <ul className="item-list file-list" aria-label={t('files.listLabel')}>
          {files.data.files.map((f) => (
            <FileItem key={f.id} file={f} />
          ))}
        </ul>
      )}
      {canAttach && (
        <div className="file-upload">
          <label htmlFor={inputId} className="sr-only">
            {t('files.choose')}
          </label>
          <Upload id={inputId} showUploadList={false} multiple={false} beforeUpload={beforeUpload} disabled={attach.isPending}>
            <Button icon={<UploadOutlined aria-hidden />} loading={attach.isPending} aria-describedby={helpId}>
              {attach.isPending ? t('files.uploading') : t('files.upload')}
            </Button>
          </Upload>
          <div id={helpId} className="muted file-help">
            {t('files.help')}
          </div>
        </div>
      )}
      {attach.isError && <ErrorAlert error={attach.error} className="form-alert" />}
    </div>
  );
}
