// /ke-hoach/:planId: a plan's sections and tasks (responsible party, lead and cooperating parties,
// recurrence and due dates, evidence), the editor of a draft plan of the user's unit, and — once
// the plan is issued — the compliance matrix. A cell opens the assignment drawer
// (/ke-hoach/:planId/nhiem-vu/:assignmentId). The plan's document is at /van-ban/:id.
import { EditOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCan } from '../../../lib/session/capabilities';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePlan } from '../api/get-plan';
import type { Plan, PlanTask } from '../api/model';
import { recurrenceText } from '../lib/periods';
import { ComplianceMatrix } from './ComplianceMatrix';
import { EvidenceText, useResponsibleText } from './parts';
import '../plans.css';

const PlanEditor = lazy(() => import('./PlanEditor'));

function PageSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="page-section">
      <Typography.Title level={2} id={id} className="section-title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

function TaskItem({ task }: { task: PlanTask }) {
  const { t } = useI18n();
  const responsible = useResponsibleText();
  return (
    <li className="plan-task">
      <div className="plan-task-head">
        <Tag className="plan-task-no">{t('plans.plan.taskNo', { ordinal: task.ordinal })}</Tag>
        <Tag>{labelFor(t, 'plans.recurrence', task.recurrence)}</Tag>
      </div>
      <div className="plan-task-content">{task.content}</div>
      <dl className="plan-task-facts">
        <dt>{t('plans.task.responsible')}</dt>
        <dd>
          {responsible(task)}
          {task.joint && <span className="muted"> · {t('plans.task.joint')}</span>}
        </dd>
        {task.lead && (
          <>
            <dt>{t('plans.task.lead')}</dt>
            <dd>{task.lead}</dd>
          </>
        )}
        {task.cooperating && (
          <>
            <dt>{t('plans.task.cooperating')}</dt>
            <dd>{task.cooperating}</dd>
          </>
        )}
        <dt>{t('plans.plan.due')}</dt>
        <dd>{recurrenceText(t, task)}</dd>
        <dt>{t('plans.task.evidence')}</dt>
        <dd>
          <EvidenceText evidence={task.evidence} />
        </dd>
      </dl>
    </li>
  );
}

function Sections({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  if (plan.tasks.length === 0 && plan.sections.length === 0) return <Empty description={t('plans.plan.noTasks')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const sorted = [...plan.tasks].sort((a, b) => a.ordinal - b.ordinal);
  const groups = [
    ...[...plan.sections].sort((a, b) => a.ordinal - b.ordinal).map((s) => ({ key: `s${s.id}`, title: s.title, tasks: sorted.filter((x) => x.section_id === s.id) })),
    { key: 'none', title: t('plans.plan.noSection'), tasks: sorted.filter((x) => x.section_id === null || !plan.sections.some((s) => s.id === x.section_id)) },
  ].filter((g) => g.key !== 'none' || g.tasks.length > 0);
  return (
    <>
      {groups.map((g) => (
        <div key={g.key} className="plan-section">
          <Typography.Title level={3} className="card-section-title">
            {g.title}
          </Typography.Title>
          {g.tasks.length === 0 ? (
            <p className="muted">{t('plans.plan.noTasks')}</p>
          ) : (
            <ol className="plan-task-list">
              {g.tasks.map((x) => (
                <TaskItem key={x.id} task={x} />
              ))}
            </ol>
          )}
        </div>
      ))}
    </>
  );
}

export default function PlanPage() {
  const { t } = useI18n();
  const params = useParams();
  const id = Number(params.planId);
  const valid = Number.isInteger(id) && id > 0;
  const plan = usePlan(valid ? id : null);
  const user = useCurrentUser();
  const can = useCan();
  const [editing, setEditing] = useState(false);
  const doc = plan.data?.plan.document;
  const title = doc ? (doc.number_text ? t('plans.plan.title', { number: doc.number_text }) : t('plans.plan.titleDraft')) : t('plans.plan.titleDraft');
  useDocumentTitle(doc ? title : null);

  if (!valid) return <Empty description={t('plans.plan.notFound')} />;
  if (plan.isPending) return <Skeleton active />;
  if (plan.isError) return <ErrorAlert error={plan.error} />;
  const p = plan.data.plan;
  const d = p.document;
  const draft = d.status === 'draft';
  const mayEdit = draft && can('draft_documents') && user.unit_id === d.unit_id;

  return (
    <div className="plan-page">
      <PageHeader
        title={title}
        description={
          <>
            <span className="plan-subject">{d.subject}</span>
            <br />
            <span className="muted">
              {d.type_name} · {d.partner_unit_name ? t('plans.plan.joint', { unit: d.unit_name, partner: d.partner_unit_name }) : d.unit_name}
              {d.issued_date && ` · ${formatDate(d.issued_date)}`}
            </span>
          </>
        }
        extra={
          <Flex gap={8} wrap>
            <Link to={`/van-ban/${d.id}`} className="plan-doc-link">
              <FileTextOutlined aria-hidden /> {t('plans.plan.document')}
            </Link>
            {mayEdit && (
              <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                {t('plans.plan.edit')}
              </Button>
            )}
          </Flex>
        }
      />
      {d.illustrative && <Alert type="info" showIcon className="form-alert" title={t('plans.plan.illustrative')} />}
      {!draft && (
        <PageSection title={t('plans.matrix.title')}>
          <ComplianceMatrix planId={d.id} />
        </PageSection>
      )}
      <PageSection title={t('plans.plan.tasks')}>
        <Sections plan={p} />
      </PageSection>
      {editing && (
        <Suspense fallback={null}>
          <PlanEditor plan={p} onClose={() => setEditing(false)} />
        </Suspense>
      )}
      <Outlet />
    </div>
  );
}
