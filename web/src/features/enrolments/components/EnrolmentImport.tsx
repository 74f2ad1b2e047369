// "Nhập sĩ số từ tệp CSV" (capability import_enrolments): paste the CSV text or pick a file →
// "Kiểm tra" sends it with dry_run (counts, or the row/column errors table) → "Nhập" sends the
// same text for real. The template (Vietnamese headers, one correct row per level the user's
// school teaches) is generated in the browser.
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Upload } from 'antd';
import { useId, useState } from 'react';
import { ErrorAlert, useErrorText } from '../../../components/ErrorAlert';
import { RowErrorsTable } from '../../../components/RowErrorsTable';
import { isApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { useImportEnrolments } from '../api/import-enrolments';
import { ENROLMENT_CSV_COLUMNS, ENROLMENT_CSV_SAMPLE_NAME, ENROLMENT_LEVELS, LEVEL_CSV_NAMES, levelsOfUnitType, sampleEnrolmentCsv, sampleEnrolmentCsvHref, stripBom } from '../lib/enrolment-csv';

export function EnrolmentImport({ unitCode, unitName, unitType, schoolYear }: { unitCode: string; unitName: string; unitType: string | null; schoolYear: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const ids = useId();
  const textId = `${ids}-csv`;
  const helpId = `${ids}-help`;
  const [csv, setCsv] = useState('');
  const [missing, setMissing] = useState(false);
  const check = useImportEnrolments();
  const apply = useImportEnrolments();

  const changeText = (text: string) => {
    setCsv(text);
    setMissing(false);
    check.reset();
    apply.reset();
  };

  const runCheck = () => {
    if (!csv.trim()) {
      setMissing(true);
      return;
    }
    apply.reset();
    check.mutate({ csv, dry_run: true });
  };

  const runApply = () => {
    apply.mutate(
      { csv, dry_run: false },
      {
        onSuccess: (r) => {
          message.success(t('enrolments.applied', { rows: r.rows, units: r.units }));
          check.reset();
        },
      },
    );
  };

  const error = check.error ?? apply.error;
  const rowErrors = isApiError(error) ? error.rows : [];
  const levels = ENROLMENT_LEVELS.map((l) => LEVEL_CSV_NAMES[l]).join(', ');
  // A school's template holds its own code and levels; an office's leaves the school code to fill in.
  const isSchool = levelsOfUnitType(unitType) !== ENROLMENT_LEVELS;
  const templateCode = isSchool ? unitCode : '';
  const example = sampleEnrolmentCsv(isSchool ? unitCode : '03002', schoolYear, isSchool ? unitType : 'THPT').trim();

  return (
    <Card title={<h2 className="card-heading">{t('enrolments.import')}</h2>} size="small" className="page-section">
      <p id={helpId} className="muted">
        {t('enrolments.importHelp', { columns: ENROLMENT_CSV_COLUMNS.join(', '), levels })}
      </p>
      <p>
        <a href={sampleEnrolmentCsvHref(templateCode, schoolYear, unitType)} download={ENROLMENT_CSV_SAMPLE_NAME} className="enrolment-template">
          <DownloadOutlined aria-hidden /> {t('enrolments.sample')}
        </a>
        {' · '}
        <a href="/api/v1/import-templates/enrolments" download>
          <DownloadOutlined aria-hidden /> {t('enrolments.sampleXlsx')}
        </a>
        <br />
        <span className="muted">{isSchool ? t('enrolments.sampleHelp', { unit: unitName }) : t('enrolments.sampleHelpOffice')}</span>
      </p>
      <label htmlFor={textId} className="field-label">
        {t('enrolments.csvText')}
      </label>
      <Input.TextArea
        id={textId}
        value={csv}
        onChange={(e) => changeText(e.target.value)}
        autoSize={{ minRows: 4, maxRows: 12 }}
        spellCheck={false}
        className="enrolment-csv"
        aria-describedby={helpId}
        aria-invalid={missing || undefined}
        placeholder={example}
      />
      {missing && (
        <div role="alert" className="ant-form-item-explain-error">
          {t('enrolments.csvRequired')}
        </div>
      )}
      <Flex gap={8} wrap align="center" style={{ marginTop: 12 }}>
        <Upload
          accept=".csv,text/csv"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((text) => changeText(stripBom(text)));
            return false;
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />}>{t('enrolments.csvFile')}</Button>
        </Upload>
        <Button onClick={runCheck} loading={check.isPending}>
          {t('enrolments.check')}
        </Button>
        <Button type="primary" onClick={runApply} disabled={!check.isSuccess} loading={apply.isPending}>
          {t('enrolments.apply', { rows: check.data?.rows ?? 0 })}
        </Button>
      </Flex>
      <div aria-live="polite" className="form-alert">
        {check.isSuccess && <Alert type="success" showIcon className="enrolment-check-result" title={t('enrolments.checked', { rows: check.data.rows, units: check.data.units })} />}
        {apply.isSuccess && <Alert type="success" showIcon className="enrolment-apply-result" title={t('enrolments.applied', { rows: apply.data.rows, units: apply.data.units })} />}
      </div>
      {error && (
        <>
          {rowErrors.length > 0 ? (
            <>
              <Alert type="error" showIcon role="alert" className="form-alert" title={errorText(error)} description={t('import.errorsHint')} />
              <RowErrorsTable rows={rowErrors} className="enrolment-errors" />
            </>
          ) : (
            <ErrorAlert error={error} className="form-alert" />
          )}
        </>
      )}
    </Card>
  );
}
