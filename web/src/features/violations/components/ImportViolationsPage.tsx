// /vi-pham/nhap (record_violations): violations from a CSV or XLSX file (the template lists the
// columns: one row per person, the persons of one stop share a "Mã lần kiểm tra"). The file is
// uploaded and imported as a job; the job page then shows its progress, the counts (sent to
// schools, waiting for review, not on any roster) or the rows and columns to correct.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Select, Typography, Upload } from 'antd';
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ENCODINGS, useImportViolations, type ImportEncoding } from '../api/import-violations';

export default function ImportViolationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('violationImport.title'));
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<ImportEncoding>('auto');
  const run = useImportViolations();
  const fileId = useId();
  const encId = useId();
  return (
    <>
      <PageHeader title={t('violationImport.title')} description={t('violationImport.description')} />
      <Card size="small">
        <Typography.Paragraph>
          <a href="/api/v1/import-templates/violations" download>
            <DownloadOutlined aria-hidden /> {t('violationImport.template')}
          </a>
        </Typography.Paragraph>
        <Form
          layout="vertical"
          requiredMark="optional"
          onFinish={() => file && run.mutate({ file, encoding }, { onSuccess: (r) => void navigate(`/jobs/${r.job_id}`) })}
        >
          <Form.Item label={t('violationImport.file')} htmlFor={fileId} required extra={t('violationImport.fileHelp')}>
            <Upload
              id={fileId}
              accept=".csv,.txt,.xlsx"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
            >
              <Button icon={<UploadOutlined aria-hidden />}>{t('violationImport.choose')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item label={t('violationImport.encoding')} htmlFor={encId} extra={t('violationImport.encodingHelp')}>
            <Select<ImportEncoding> id={encId} value={encoding} onChange={setEncoding} options={ENCODINGS.map((e) => ({ value: e, label: labelFor(t, 'violationImport.enc', e) }))} style={{ maxWidth: 220 }} />
          </Form.Item>
          <ErrorAlert error={run.error} />
          <Button type="primary" htmlType="submit" disabled={!file} loading={run.isPending}>
            {t('violationImport.submit')}
          </Button>
        </Form>
        <Typography.Paragraph className="muted" style={{ marginTop: 12 }}>
          <Link to="/vi-pham">{t('nav.violations')}</Link>
        </Typography.Paragraph>
      </Card>
    </>
  );
}
