// The class list of one class with a "signed" box per student, "Đánh dấu tất cả đã ký", the date
// of signing and "Lưu" (PUT /api/v1/commitments with the boxes that changed). Who has signed is
// read as the roster less the server's unsigned list.
import { App, Button, Checkbox, DatePicker, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useId, useMemo, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { DISPLAY_DATE_FORMAT, formatDate } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useClassRoster } from '../api/list-students';
import { useUnsignedCommitments } from '../api/list-unsigned-commitments';
import type { CommitmentKind, Student } from '../api/model';
import { useRecordCommitments } from '../api/record-commitments';
import { changedEntries, compareNames, signedIds } from '../lib/students';

interface Props {
  unitId: number;
  year: string;
  kind: CommitmentKind;
  className: string;
  canRecord: boolean;
}

export function ClassCommitments({ unitId, year, kind, className, canRecord }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const ids = useId();
  const roster = useClassRoster({ school_year: year, unit_id: unitId, class_name: className });
  const unsigned = useUnsignedCommitments({ kind, class_name: className, school_year: year, unit_id: unitId });
  const record = useRecordCommitments();
  const [edited, setEdited] = useState<Set<number> | null>(null);
  const [date, setDate] = useState<Dayjs | null>(() => dayjs());

  const students = useMemo(() => [...(roster.data?.students ?? [])].sort((a, b) => compareNames(a.full_name, b.full_name)), [roster.data]);
  const before = useMemo(() => signedIds(students, unsigned.data?.students ?? []), [students, unsigned.data]);
  const now = edited ?? before;
  const changes = changedEntries(students, before, now, (date ?? dayjs()).format('YYYY-MM-DD'));

  const toggle = (id: number, on: boolean) => {
    const next = new Set(now);
    if (on) next.add(id);
    else next.delete(id);
    setEdited(next);
  };

  const save = () => {
    if (changes.length === 0) {
      message.info(t('commitments.nothingChanged'));
      return;
    }
    record.mutate(
      { school_year: year, kind, unit_id: unitId, entries: changes },
      {
        onSuccess: () => {
          message.success(t('commitments.saved', { class_name: className, signed: now.size, roster: students.length }));
          setEdited(null);
        },
      },
    );
  };

  const loading = roster.isPending || unsigned.isPending;
  const allSigned = students.length > 0 && students.every((s) => now.has(s.id));
  return (
    <div className="class-commitments">
      {(roster.isError || unsigned.isError) && <ErrorAlert error={roster.error ?? unsigned.error} className="form-alert" />}
      {canRecord && (
        <div className="commitment-class-bar">
          <Button onClick={() => setEdited(new Set(students.map((s) => s.id)))} disabled={loading || allSigned || record.isPending}>
            {t('commitments.markAll')}
          </Button>
          <Button onClick={() => setEdited(new Set())} disabled={loading || now.size === 0 || record.isPending}>
            {t('commitments.clearAll')}
          </Button>
          <div className="toolbar-field">
            <label htmlFor={`${ids}-date`} className="field-label">
              {t('commitments.signedDate')}
            </label>
            <DatePicker id={`${ids}-date`} format={DISPLAY_DATE_FORMAT} value={date} onChange={setDate} allowClear={false} aria-describedby={`${ids}-date-help`} />
            <span id={`${ids}-date-help`} className="muted">
              {t('commitments.signedDateHelp')}
            </span>
          </div>
        </div>
      )}
      <Table<Student>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={students}
        pagination={false}
        locale={{ emptyText: t('commitments.classEmpty') }}
        className="commitment-class-table"
        columns={[
          {
            key: 'signed',
            title: t('commitments.signed'),
            width: 80,
            align: 'center',
            render: (_, s) => <Checkbox checked={now.has(s.id)} disabled={!canRecord || record.isPending} onChange={(e) => toggle(s.id, e.target.checked)} aria-label={t('commitments.signedOf', { name: s.full_name })} />,
          },
          { key: 'name', title: t('students.name'), render: (_, s) => <span className="cell-strong">{s.full_name}</span> },
          { key: 'birth', title: t('students.birthDate'), width: 120, responsive: ['sm'], render: (_, s) => formatDate(s.birth_date) },
          { key: 'sex', title: t('students.sex'), width: 90, responsive: ['md'], render: (_, s) => (s.sex ? labelFor(t, 'students.sex', s.sex) : t('students.noValue')) },
        ]}
      />
      {canRecord && (
        <div className="commitment-save">
          <Button type="primary" onClick={save} loading={record.isPending} disabled={loading}>
            {t('common.save')}
          </Button>
          <span className="muted" aria-live="polite">
            {changes.length > 0 ? t('commitments.unsaved', { count: changes.length }) : ''}
          </span>
        </div>
      )}
      {record.error != null && <ErrorAlert error={record.error} className="form-alert" />}
    </div>
  );
}
