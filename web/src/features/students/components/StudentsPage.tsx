// /hoc-sinh (view_students): the students of a school year in the caller's scope — a school's own
// roster by default, any school or office under the caller's unit on choice — filtered by class and
// by name (accent-insensitive, on the server), with each student's guardians (phones only where
// the server gives them: the student's own school). A name opens the student drawer (?hs=id).
import { UploadOutlined } from '@ant-design/icons';
import { Button, Input, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useId, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { formatDate, todayIso } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCan } from '../../../lib/session/capabilities';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useCommitmentCoverage } from '../api/get-commitment-coverage';
import { useStudentPages } from '../api/list-students';
import type { Student } from '../api/model';
import { compareStudents, maskPersonalId, sortClasses } from '../lib/students';
import '../students.css';
import { StudentDrawer } from './StudentDrawer';
import { useYear } from './useYear';

export default function StudentsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('students.title'));
  const user = useCurrentUser();
  const can = useCan();
  const narrow = useIsNarrow();
  const ids = useId();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { year, options: yearOptions, setYear } = useYear();
  const unitParam = Number(params.get('don-vi'));
  const unit = Number.isInteger(unitParam) && unitParam > 0 ? unitParam : null;
  const className = params.get('lop') ?? '';
  const q = params.get('q') ?? '';
  const debouncedQ = useDebouncedValue(q.trim(), 300);
  const open = Number(params.get('hs'));
  const openId = Number.isInteger(open) && open > 0 ? open : null;

  const set = (key: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: key !== 'hs' },
    );

  // The class options: the classes of the roster (coverage lists them per school).
  const coverage = useCommitmentCoverage({ kind: 'student', school_year: year, unit_id: unit });
  const classes = sortClasses((coverage.data?.schools ?? []).flatMap((s) => s.classes.map((c) => c.class_name)));
  const pages = useStudentPages({ school_year: year, unit_id: unit, class_name: className || null, q: debouncedQ || null });
  const rows = useMemo(() => (pages.data?.pages ?? []).flatMap((p) => p.students).sort(compareStudents), [pages.data]);
  const severalSchools = new Set(rows.map((r) => r.unit_id)).size > 1;

  const nameCell = (s: Student) => (
    <>
      <Button type="link" className="student-name" onClick={() => set('hs', String(s.id))} aria-label={t('students.open', { name: s.full_name })}>
        {s.full_name}
      </Button>
      {narrow && (
        <div className="muted">
          {formatDate(s.birth_date)}
          {s.sex ? ` · ${labelFor(t, 'students.sex', s.sex)}` : ''}
          {s.class_name ? ` · ${t('students.class')} ${s.class_name}` : ''}
        </div>
      )}
      {severalSchools && <div className="muted">{s.school_name}</div>}
    </>
  );

  const columns: ColumnsType<Student> = [
    { key: 'name', title: t('students.name'), render: (_, s) => nameCell(s) },
    { key: 'birth', title: t('students.birthDate'), width: 120, responsive: ['md'], render: (_, s) => formatDate(s.birth_date) },
    { key: 'sex', title: t('students.sex'), width: 100, responsive: ['md'], render: (_, s) => (s.sex ? labelFor(t, 'students.sex', s.sex) : t('students.noValue')) },
    { key: 'class', title: t('students.class'), width: 90, responsive: ['md'], render: (_, s) => s.class_name || t('students.noValue') },
    {
      key: 'guardians',
      title: t('students.guardians'),
      responsive: ['lg'],
      render: (_, s) =>
        s.guardians?.length ? (
          <ul className="student-guardians">
            {s.guardians.map((g, i) => (
              <li key={i}>
                {g.name || t('students.noValue')}
                {g.relation ? <span className="muted"> ({g.relation})</span> : null}
                {g.phone ? <span className="guardian-phone"> · {g.phone}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          t('students.noValue')
        ),
    },
    {
      key: 'pid',
      title: t('students.personalIdMasked'),
      width: 190,
      responsive: ['lg'],
      render: (_, s) => (s.personal_id ? <span className="personal-id">{maskPersonalId(s.personal_id)}</span> : t('students.noValue')),
    },
  ];

  const shown = rows.length;
  return (
    <div className="students-page">
      <PageHeader
        title={t('students.title')}
        description={t('students.description')}
        extra={
          can('import_students') ? (
            <Button icon={<UploadOutlined aria-hidden />} onClick={() => navigate(`/hoc-sinh/nhap?nam=${encodeURIComponent(year)}`)}>
              {t('students.import')}
            </Button>
          ) : undefined
        }
      />
      <div className="toolbar student-filters">
        <div className="toolbar-field">
          <label htmlFor={`${ids}-year`} className="field-label">
            {t('students.schoolYear')}
          </label>
          <Select id={`${ids}-year`} value={year || undefined} onChange={setYear} options={yearOptions.map((y) => ({ value: y, label: y }))} style={{ width: 140 }} />
        </div>
        <div className="toolbar-field student-unit">
          <label htmlFor={`${ids}-unit`} className="field-label">
            {t('students.unit')}
          </label>
          <UnitTreeSelect id={`${ids}-unit`} date={todayIso()} value={unit} onChange={(v) => setParams((p) => { const n = new URLSearchParams(p); if (v) n.set('don-vi', String(v)); else n.delete('don-vi'); n.delete('lop'); return n; }, { replace: true })} placeholder={user.unit_name} allowClear aria-describedby={`${ids}-unit-help`} />
          <span id={`${ids}-unit-help`} className="muted">
            {t('students.unitHelp')}
          </span>
        </div>
        <div className="toolbar-field">
          <label htmlFor={`${ids}-class`} className="field-label">
            {t('students.class')}
          </label>
          <Select
            id={`${ids}-class`}
            showSearch
            allowClear
            value={className || undefined}
            placeholder={t('students.allClasses')}
            onChange={(v?: string) => set('lop', v ?? null)}
            options={classes.map((c) => ({ value: c, label: c }))}
            style={{ width: 160 }}
          />
        </div>
        <div className="toolbar-field toolbar-grow">
          <label htmlFor={`${ids}-q`} className="field-label">
            {t('students.search')}
          </label>
          <Input.Search id={`${ids}-q`} value={q} allowClear onChange={(e) => set('q', e.target.value)} aria-describedby={`${ids}-q-help`} />
          <span id={`${ids}-q-help`} className="muted">
            {t('students.searchHelp')}
          </span>
        </div>
      </div>

      {pages.isError && <ErrorAlert error={pages.error} className="form-alert" />}
      <p className="muted student-count" aria-live="polite">
        {pages.hasNextPage ? t('students.shownMore', { shown }) : pages.isSuccess ? t('students.count', { count: shown }) : ''}
      </p>
      <Table<Student>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={pages.isFetching && !pages.isFetchingNextPage}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: q || className ? t('students.empty') : t('students.emptyYear', { year }) }}
        className="students-table"
      />
      {pages.hasNextPage && (
        <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage} className="student-more">
          {t('students.more')}
        </Button>
      )}
      <StudentDrawer id={openId} onClose={() => set('hs', null)} />
    </div>
  );
}
