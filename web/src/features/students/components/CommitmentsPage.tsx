// /cam-ket (view_students; recording with record_commitments at one's own school): per school year
// and campaign (students' or parents' commitment) the coverage of the unit, of each school and of
// each class (signed ÷ roster, as percentages with the counts); a school's class list with a
// "signed" box per student; "In danh sách chưa ký" opens the print page of a class; the parking
// operators near the school and their coverage. A school's staff open "Nhập từ tệp" (/cam-ket/nhap)
// to record the whole school's commitments from a CSV or XLSX file.
import { PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Progress, Segmented, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useId } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { todayIso } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCan } from '../../../lib/session/capabilities';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useCommitmentCoverage } from '../api/get-commitment-coverage';
import { COMMITMENT_KINDS, type ClassCoverage, type CommitmentKind, type SchoolCoverage } from '../api/model';
import { compareClassNames, formatShare, sharePercent } from '../lib/students';
import '../students.css';
import { ClassCommitments } from './ClassCommitments';
import { KIND_SLUGS, kindOfSlug } from './kind-param';
import { ParkingOperators } from './ParkingOperators';
import { useYear } from './useYear';

export function unsignedHref(year: string, kind: CommitmentKind, className: string, unitId: number): string {
  const q = new URLSearchParams({ nam: year, loai: KIND_SLUGS[kind], lop: className, 'don-vi': String(unitId) });
  return `/cam-ket/chua-ky?${q.toString()}`;
}

function CoverageCell({ signed, roster, share, label }: { signed: number; roster: number; share: number | null; label: string }) {
  const { t, lang } = useI18n();
  return (
    <div className="coverage-cell">
      <Progress percent={sharePercent(share)} showInfo={false} size="small" aria-label={label} />
      <span className="coverage-figure">
        {formatShare(share, lang)} <span className="muted">({t('commitments.coverageOf', { signed, roster })})</span>
      </span>
    </div>
  );
}

export default function CommitmentsPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('commitments.title'));
  const user = useCurrentUser();
  const can = useCan();
  const narrow = useIsNarrow();
  const ids = useId();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { year, options: yearOptions, setYear } = useYear();
  const kind = kindOfSlug(params.get('loai'));
  const unitParam = Number(params.get('don-vi'));
  const unit = Number.isInteger(unitParam) && unitParam > 0 ? unitParam : null;
  const coverage = useCommitmentCoverage({ kind, school_year: year, unit_id: unit });
  const c = coverage.data;
  const schools = c?.schools ?? [];
  const schoolParam = Number(params.get('truong'));
  const school: SchoolCoverage | undefined = schools.length === 1 ? schools[0] : schools.find((s) => s.unit_id === schoolParam);
  const classParam = params.get('lop') ?? '';
  const classes = school ? [...school.classes].sort((a, b) => compareClassNames(a.class_name, b.class_name)) : [];
  const chosenClass = classes.find((x) => x.class_name === classParam) ?? null;
  const recordsHere = can('record_commitments') && school?.unit_id === user.unit_id;

  const set = (changes: Record<string, string | null>) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );

  const schoolColumns: ColumnsType<SchoolCoverage> = [
    {
      key: 'school',
      title: t('commitments.school'),
      render: (_, s) => (
        <Button type="link" className="student-name" onClick={() => set({ truong: String(s.unit_id), lop: null })} aria-pressed={school?.unit_id === s.unit_id}>
          {s.school_name}
        </Button>
      ),
    },
    { key: 'share', title: t('commitments.coverage'), width: narrow ? 150 : 320, render: (_, s) => <CoverageCell signed={s.signed} roster={s.roster} share={s.share} label={`${s.school_name}: ${formatShare(s.share, lang)}`} /> },
  ];

  const classColumns: ColumnsType<ClassCoverage> = [
    {
      key: 'class',
      title: t('students.class'),
      width: 90,
      render: (_, x) => (
        <Button type="link" className="student-name" onClick={() => set({ lop: x.class_name })} aria-pressed={chosenClass?.class_name === x.class_name}>
          {x.class_name}
        </Button>
      ),
    },
    { key: 'share', title: t('commitments.coverage'), render: (_, x) => <CoverageCell signed={x.signed} roster={x.roster} share={x.share} label={`${t('students.class')} ${x.class_name}: ${formatShare(x.share, lang)}`} /> },
    {
      key: 'print',
      title: <span className="sr-only">{t('commitments.printUnsigned')}</span>,
      width: narrow ? 56 : 210,
      render: (_, x) =>
        school && x.signed < x.roster ? (
          <Link to={unsignedHref(year, kind, x.class_name, school.unit_id)} aria-label={`${t('commitments.printUnsigned')} — ${t('students.class')} ${x.class_name}`}>
            <PrinterOutlined aria-hidden /> {narrow ? null : t('commitments.printUnsigned')}
          </Link>
        ) : null,
    },
  ];

  return (
    <div className="commitments-page">
      <PageHeader
        title={t('commitments.title')}
        description={can('record_commitments') ? t('commitments.description') : t('commitments.descriptionView')}
        extra={
          can('record_commitments') ? (
            <Button icon={<UploadOutlined aria-hidden />} onClick={() => navigate(`/cam-ket/nhap?nam=${encodeURIComponent(year)}`)} title={t('commitments.importFileHelp')}>
              {t('commitments.importFile')}
            </Button>
          ) : undefined
        }
      />
      <div className="toolbar commitment-filters">
        <div className="toolbar-field">
          <label htmlFor={`${ids}-year`} className="field-label">
            {t('students.schoolYear')}
          </label>
          <Select id={`${ids}-year`} value={year || undefined} onChange={setYear} options={yearOptions.map((y) => ({ value: y, label: y }))} style={{ width: 140 }} />
        </div>
        <div className="toolbar-field">
          <span id={`${ids}-kind`} className="field-label">
            {t('commitments.kind')}
          </span>
          <Segmented<CommitmentKind>
            aria-labelledby={`${ids}-kind`}
            value={kind}
            onChange={(k) => set({ loai: KIND_SLUGS[k] })}
            options={COMMITMENT_KINDS.map((k) => ({ value: k, label: labelFor(t, 'commitments.kind', k) }))}
            className="commitment-kind"
            vertical={narrow}
          />
        </div>
        {!can('record_commitments') && (
          <div className="toolbar-field toolbar-grow student-unit">
            <label htmlFor={`${ids}-unit`} className="field-label">
              {t('commitments.unit')}
            </label>
            <UnitTreeSelect id={`${ids}-unit`} date={todayIso()} value={unit} onChange={(v) => set({ 'don-vi': v ? String(v) : null, truong: null, lop: null })} placeholder={user.unit_name} allowClear />
          </div>
        )}
      </div>

      {coverage.isError && <ErrorAlert error={coverage.error} className="form-alert" />}
      {c && (
        <section className="page-section" aria-labelledby={`${ids}-cov`}>
          <Typography.Title level={2} id={`${ids}-cov`} className="section-title">
            {c.kind_label} — {t('students.schoolYear').toLowerCase()} {c.school_year}
          </Typography.Title>
          {c.roster === 0 ? (
            <p className="muted">{t('commitments.noRoster', { year: c.school_year })}</p>
          ) : (
            <div className="commitment-total">
              <strong>{schools.length === 1 ? schools[0].school_name : t('commitments.total')}</strong>
              <Progress percent={sharePercent(c.share)} showInfo={false} aria-label={`${t('commitments.coverage')}: ${formatShare(c.share, lang)}`} />
              <span className="coverage-figure commitment-total-figure">
                <strong>{formatShare(c.share, lang)}</strong> ({t('commitments.coverageOf', { signed: c.signed, roster: c.roster })})
              </span>
            </div>
          )}
          {schools.length > 1 && (
            <Table<SchoolCoverage>
              rowKey="unit_id"
              size="small"
              dataSource={schools}
              columns={schoolColumns}
              pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
              rowClassName={(s) => (s.unit_id === school?.unit_id ? 'row-selected-school' : '')}
              className="commitment-schools"
            />
          )}
        </section>
      )}

      {school && school.classes.length > 0 && (
        <section className="page-section" aria-labelledby={`${ids}-classes`}>
          <Typography.Title level={2} id={`${ids}-classes`} className="section-title">
            {t('commitments.byClass')}
            {schools.length > 1 ? ` — ${school.school_name}` : ''}
          </Typography.Title>
          <Table<ClassCoverage> rowKey="class_name" size="small" dataSource={classes} columns={classColumns} pagination={false} className="commitment-classes" />
        </section>
      )}

      {school && school.classes.length > 0 && (
        <section className="page-section" aria-labelledby={`${ids}-record`}>
          <Typography.Title level={2} id={`${ids}-record`} className="section-title">
            {recordsHere ? t('commitments.record') : t('commitments.chooseClass')}
          </Typography.Title>
          {recordsHere && <p className="muted">{t('commitments.recordHelp')}</p>}
          <div className="toolbar">
            <div className="toolbar-field">
              <label htmlFor={`${ids}-class`} className="field-label">
                {t('students.class')}
              </label>
              <Select
                id={`${ids}-class`}
                showSearch
                value={chosenClass?.class_name}
                placeholder={t('commitments.chooseClass')}
                onChange={(v: string) => set({ lop: v })}
                options={classes.map((x) => ({ value: x.class_name, label: x.class_name }))}
                style={{ width: 160 }}
              />
            </div>
            {chosenClass && (
              <div className="toolbar-field commitment-class-summary">
                <span className="field-label">{t('commitments.coverage')}</span>
                <span aria-live="polite" className="coverage-figure">
                  {t('commitments.classSummary', { class_name: chosenClass.class_name, signed: chosenClass.signed, roster: chosenClass.roster, share: formatShare(chosenClass.share, lang) })}
                </span>
              </div>
            )}
            {chosenClass && chosenClass.signed < chosenClass.roster && (
              <div className="toolbar-field">
                <Link to={unsignedHref(year, kind, chosenClass.class_name, school.unit_id)} className="commitment-print-link">
                  <PrinterOutlined aria-hidden /> {t('commitments.printUnsigned')}
                </Link>
              </div>
            )}
          </div>
          {chosenClass && <ClassCommitments key={`${year}-${kind}-${school.unit_id}-${chosenClass.class_name}`} unitId={school.unit_id} year={year} kind={kind} className={chosenClass.class_name} canRecord={recordsHere} />}
        </section>
      )}

      <section className="page-section" aria-labelledby={`${ids}-parking`}>
        <Typography.Title level={2} id={`${ids}-parking`} className="section-title">
          {t('parking.title')}
          {school && schools.length > 1 ? ` — ${school.school_name}` : ''}
        </Typography.Title>
        <p className="muted">{t('parking.help')}</p>
        {school ? <ParkingOperators unitId={school.unit_id} canEdit={recordsHere} /> : c && schools.length > 1 ? <p className="muted">{t('parking.chooseSchool')}</p> : null}
        {c && schools.length > 1 && (
          <p className="coverage-figure">{t('parking.coverage', { signed: c.parking.signed, listed: c.parking.listed, share: formatShare(c.parking.share, lang) })}</p>
        )}
      </section>
    </div>
  );
}
