// Import units or events from a CSV file: choose the kind, pick a file (read in the browser, at
// most 900 KB), "Kiểm tra" runs the import as a dry run, "Nhập" saves it — only after a successful
// check of the same file and kind. A refused file shows the server's row/column errors as a table.
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Radio, Table, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { RcFile, UploadFile } from 'antd/es/upload';
import { useId, useRef, useState } from 'react';
import { useErrorText } from '../../../components/ErrorAlert';
import { isApiError, type RowError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { useIsNarrow } from '../../../lib/use-media-query';
import { type ImportKind, type RegistryImportResult, useImportRegistry } from '../api/import-registry';
import {
  IMPORT_COLUMNS,
  REGISTRY_TEMPLATE_NAMES,
  registryTemplateHref,
  type ImportTarget,
  MAX_IMPORT_BYTES,
  csvText,
  formatKilobytes,
  isBlankCsv,
  isTooLarge,
  sameTarget,
} from '../lib/csv-import';

interface LoadedFile {
  uid: string;
  name: string;
  size: number;
  text: string;
}

interface Outcome {
  target: ImportTarget;
  result: RegistryImportResult;
}

type KeyedRowError = RowError & { key: number };

export function RegistryImportForm() {
  const { t, lang } = useI18n();
  const errorText = useErrorText();
  const narrow = useIsNarrow();
  const ids = useId();
  const helpId = `${ids}-help`;
  const fileHelpId = `${ids}-file-help`;
  const runHelpId = `${ids}-run-help`;
  const fileInputId = `${ids}-file`;

  const [kind, setKind] = useState<ImportKind>('units');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [checked, setChecked] = useState<Outcome | null>(null);
  const [imported, setImported] = useState<Outcome | null>(null);
  const readToken = useRef(0);
  const check = useImportRegistry();
  const run = useImportRegistry();

  const target: ImportTarget | null = file ? { kind, fileUid: file.uid } : null;
  const valid = checked !== null && sameTarget(checked.target, target);
  const done = imported !== null && sameTarget(imported.target, target);
  const busy = reading || check.isPending || run.isPending;
  const max = formatKilobytes(MAX_IMPORT_BYTES, lang);
  const columns = IMPORT_COLUMNS[kind];

  const resetResults = () => {
    check.reset();
    run.reset();
    setChecked(null);
    setImported(null);
  };

  const beforeUpload = (picked: RcFile) => {
    resetResults();
    setFileError(null);
    setFile(null);
    const token = ++readToken.current;
    if (isTooLarge(picked.size)) {
      setFileError(t('import.tooLarge', { name: picked.name, size: formatKilobytes(picked.size, lang), max }));
      return false;
    }
    setReading(true);
    picked
      .text()
      .then(
        (text) => {
          if (token !== readToken.current) return;
          if (isBlankCsv(text)) setFileError(t('import.empty', { name: picked.name }));
          else setFile({ uid: picked.uid, name: picked.name, size: picked.size, text: csvText(text) });
        },
        () => {
          if (token === readToken.current) setFileError(t('import.unreadable', { name: picked.name }));
        },
      )
      .finally(() => {
        if (token === readToken.current) setReading(false);
      });
    // Nothing is uploaded by the component itself: the text goes in the JSON request.
    return false;
  };

  const onRemove = () => {
    readToken.current++;
    setReading(false);
    setFile(null);
    setFileError(null);
    resetResults();
    return true;
  };

  const doCheck = () => {
    if (!file || !target) return;
    run.reset();
    setChecked(null);
    check.mutate({ kind, csv: file.text, dry_run: true }, { onSuccess: (result) => setChecked({ target, result }) });
  };

  const doImport = () => {
    if (!file || !target || !valid) return;
    check.reset();
    run.mutate({ kind, csv: file.text, dry_run: false }, { onSuccess: (result) => setImported({ target, result }) });
  };

  const fileList: UploadFile[] = file ? [{ uid: file.uid, name: file.name, size: file.size, status: 'done' }] : [];
  const error = run.error ?? check.error;
  const rows: KeyedRowError[] = isApiError(error) ? error.rows.map((r, i) => ({ ...r, key: i })) : [];

  const rowColumns: ColumnsType<KeyedRowError> = [
    { key: 'row', title: t('import.row'), dataIndex: 'row', width: narrow ? 64 : 80 },
    {
      key: 'column',
      title: t('import.column'),
      width: narrow ? 110 : 160,
      render: (_, r) => (r.column ? <span className="import-column">{r.column}</span> : '—'),
    },
    { key: 'message', title: t('import.message'), dataIndex: 'message' },
  ];

  const counts = (r: RegistryImportResult) => ({ units: r.units, versions: r.versions, events: r.events });

  return (
    <div className="registry-import">
      <Form layout="vertical" requiredMark={false} className="wizard-form" component="div">
        <Form.Item
          label={t('import.kind')}
          extra={
            <div id={helpId} className="import-help">
              <div>{t('import.columns', { columns: columns.columns.join(', ') })}</div>
              <div>{t('import.required', { columns: columns.required.join(', ') })}</div>
              <div>{t('import.format')}</div>
              <div>
                <a href={registryTemplateHref(kind)} download={REGISTRY_TEMPLATE_NAMES[kind]}>
                  {t('import.template')}
                </a>
                {' · '}
                <a href={`/api/v1/import-templates/${kind}`} download>
                  {t('import.templateXlsx')}
                </a>
              </div>
            </div>
          }
        >
          <Radio.Group
            aria-label={t('import.kind')}
            aria-describedby={helpId}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ImportKind);
              resetResults();
            }}
            disabled={check.isPending || run.isPending}
            options={[
              { value: 'units', label: t('import.kind.units') },
              { value: 'events', label: t('import.kind.events') },
            ]}
          />
        </Form.Item>
        <Form.Item label={t('import.file')} htmlFor={fileInputId} extra={<span id={fileHelpId}>{t('import.fileHelp', { max })}</span>}>
          <Upload
            id={fileInputId}
            accept=".csv,text/csv"
            maxCount={1}
            multiple={false}
            fileList={fileList}
            beforeUpload={beforeUpload}
            onRemove={onRemove}
            disabled={check.isPending || run.isPending}
          >
            <Button icon={<UploadOutlined />} loading={reading} aria-describedby={`${fileHelpId} ${helpId}`}>
              {reading ? t('import.reading') : t('import.choose')}
            </Button>
          </Upload>
        </Form.Item>
        {fileError && <Alert type="error" showIcon role="alert" title={fileError} className="form-alert" />}

        <Flex gap={8} wrap className="wizard-actions">
          <Button type={valid ? 'default' : 'primary'} onClick={doCheck} disabled={!file || busy} loading={check.isPending}>
            {t('import.check')}
          </Button>
          <Button
            type={valid ? 'primary' : 'default'}
            onClick={doImport}
            disabled={!valid || done || busy}
            loading={run.isPending}
            aria-describedby={valid ? undefined : runHelpId}
          >
            {t('import.run')}
          </Button>
        </Flex>
        {!valid && (
          <div id={runHelpId} className="muted import-run-help">
            {t('import.runHelp')}
          </div>
        )}
      </Form>

      <div aria-live="polite" className="import-result">
        {done && imported ? (
          <Alert type="success" showIcon title={t('import.done', counts(imported.result))} description={t('import.doneHint')} />
        ) : valid && checked ? (
          <Alert type="success" showIcon title={t('import.valid', counts(checked.result))} description={t('import.validHint')} />
        ) : null}
      </div>
      {error && (
        <>
          <Alert
            type="error"
            showIcon
            role="alert"
            className="form-alert"
            title={errorText(error)}
            description={rows.length > 0 ? t('import.errorsHint') : undefined}
          />
          {rows.length > 0 && (
            <>
              <Typography.Title level={2} className="section-title">
                {t('import.errors', { count: rows.length })}
              </Typography.Title>
              <Table<KeyedRowError>
                size="small"
                columns={rowColumns}
                dataSource={rows}
                pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
                className="import-errors"
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
