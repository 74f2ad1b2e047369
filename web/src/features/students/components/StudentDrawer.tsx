// The student drawer of /hoc-sinh: identity (the personal id masked but for its last 4 digits),
// the school years and schools the caller may see, guardians (phones only where the server
// gives them) and the vehicles registered at the school.
import { Descriptions, Drawer, Empty, Skeleton, Table, Typography } from 'antd';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useStudent } from '../api/get-student';
import type { StudentDetail } from '../api/model';
import { maskPersonalId } from '../lib/students';

export function StudentDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useI18n();
  const narrow = useIsNarrow();
  const student = useStudent(id);
  const s = student.data?.student;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={narrow ? '100%' : 640}
      title={
        <Typography.Title level={2} className="drawer-title">
          {s?.full_name ?? t('students.detail')}
        </Typography.Title>
      }
      closable={{ 'aria-label': t('students.close') }}
      className="student-drawer"
      destroyOnHidden
    >
      {student.isPending && id !== null && <Skeleton active />}
      {student.isError && <ErrorAlert error={student.error} />}
      {s && <Detail s={s} />}
    </Drawer>
  );
}

function Detail({ s }: { s: StudentDetail }) {
  const { t } = useI18n();
  const dash = t('students.noValue');
  return (
    <>
      <Descriptions size="small" column={1} bordered className="student-facts">
        <Descriptions.Item label={t('students.birthDate')}>{formatDate(s.birth_date)}</Descriptions.Item>
        <Descriptions.Item label={t('students.sex')}>{s.sex ? labelFor(t, 'students.sex', s.sex) : dash}</Descriptions.Item>
        <Descriptions.Item label={t('students.personalIdMasked')}>{s.personal_id ? <span className="personal-id">{maskPersonalId(s.personal_id)}</span> : dash}</Descriptions.Item>
        <Descriptions.Item label={t('students.school')}>{s.school_name}</Descriptions.Item>
        <Descriptions.Item label={t('students.class')}>
          {s.class_name || dash} · {s.school_year}
        </Descriptions.Item>
      </Descriptions>

      <Typography.Title level={3} className="card-section-title">
        {t('students.years')}
      </Typography.Title>
      <Table
        size="small"
        rowKey={(y) => `${y.school_year}-${y.unit_id}`}
        pagination={false}
        dataSource={[...s.years].reverse()}
        columns={[
          { key: 'year', title: t('students.schoolYear'), dataIndex: 'school_year', width: 110 },
          { key: 'class', title: t('students.class'), dataIndex: 'class_name', width: 80, render: (v: string) => v || dash },
          { key: 'school', title: t('students.school'), dataIndex: 'school_name' },
        ]}
      />

      <Typography.Title level={3} className="card-section-title">
        {t('students.guardians')}
      </Typography.Title>
      {s.guardians.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('students.noGuardians')} />
      ) : (
        <Table
          size="small"
          rowKey={(g) => `${g.name}-${g.relation}-${g.phone ?? ''}`}
          pagination={false}
          dataSource={s.guardians}
          columns={[
            { key: 'name', title: t('students.guardianName'), render: (_, g) => g.name || dash },
            { key: 'relation', title: t('students.relation'), render: (_, g) => g.relation || dash },
            ...(s.phones_hidden ? [] : [{ key: 'phone', title: t('students.phone'), render: (_: unknown, g: StudentDetail['guardians'][number]) => (g.phone ? <a href={`tel:${g.phone}`}>{g.phone}</a> : dash) }]),
          ]}
        />
      )}
      {s.phones_hidden && s.guardians.length > 0 && <p className="muted student-note">{t('students.phonesHidden')}</p>}

      {s.vehicles.length > 0 && (
        <>
          <Typography.Title level={3} className="card-section-title">
            {t('students.vehicles')}
          </Typography.Title>
          <Table
            size="small"
            rowKey={(v) => v.plate}
            pagination={false}
            dataSource={s.vehicles}
            columns={[
              { key: 'plate', title: t('students.plate'), dataIndex: 'plate' },
              { key: 'kind', title: t('students.vehicleKind'), render: (_, v) => v.kind || dash },
            ]}
          />
        </>
      )}
    </>
  );
}
