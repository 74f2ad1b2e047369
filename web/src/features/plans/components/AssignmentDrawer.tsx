// One assignment (child route …/nhiem-vu/:assignmentId of /nhiem-vu and of /ke-hoach/:planId): the
// task, who is responsible, the evidence it asks for, the unit's report and files. The buttons follow
// the server's `actions`: "report" shows the report form ("Lưu"), "submit" adds "Gửi báo cáo" (the
// form is saved first; the server refuses with its own message when evidence is missing), "review"
// shows "Chấp nhận" / "Trả lại" (a reason is required to return).
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Alert, Button, Descriptions, Drawer, Empty, Flex, Form, Input, InputNumber, Select, Skeleton, Typography, Upload } from 'antd';
import type { RcFile } from 'antd/es/upload';
import { useId, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useServerForm } from '../../../components/use-server-form';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { formatBytes } from '../../../lib/files/model';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCan } from '../../../lib/session/capabilities';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useAttachTaskFile } from '../api/attach-task-file';
import { usePlan } from '../api/get-plan';
import { useTask } from '../api/get-task';
import { useTaskFiles } from '../api/list-task-files';
import { TASK_STATUSES, type Assignment, type TaskStatus } from '../api/model';
import { useReportTask } from '../api/report-task';
import { useReviewTask } from '../api/review-task';
import { useSubmitTask } from '../api/submit-task';
import { cellState } from '../lib/cell-state';
import { periodText, recurrenceText } from '../lib/periods';
import { EvidenceText, StateTag, useIndicatorNames, useResponsibleText } from './parts';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="card-section">
      <Typography.Title level={3} id={id} className="card-section-title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** The codes of the figures a report has fields for: those the task asks for, then any others already reported. */
export function figureCodes(a: Pick<Assignment, 'figures' | 'task'>): string[] {
  const asked = a.task?.evidence.indicators ?? [];
  return [...asked, ...Object.keys(a.figures).filter((c) => !asked.includes(c))];
}

interface ReportValues {
  status: TaskStatus;
  narrative: string;
  figures: Record<string, number | null>;
}

function toBody(v: ReportValues) {
  const figures: Record<string, number> = {};
  for (const [k, n] of Object.entries(v.figures ?? {})) if (typeof n === 'number') figures[k] = n;
  return { status: v.status, narrative: v.narrative ?? '', figures };
}

function ReportForm({ a }: { a: Assignment }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportValues>();
  const report = useReportTask(a.id);
  const submit = useSubmitTask(a.id);
  const names = useIndicatorNames();
  const codes = figureCodes(a);
  const helpId = useId();
  const server = useServerForm(form, { fields: ['status', 'narrative', 'figures'], mutations: [report, submit] });
  const busy = report.isPending || submit.isPending;

  const save = async (values: ReportValues) => {
    server.clearErrors();
    submit.reset();
    await report.mutateAsync(toBody(values), { onError: server.onError });
  };
  const onSave = (values: ReportValues) => save(values).then(() => message.success(t('plans.report.saved')), () => {});
  const onSubmit = async () => {
    let values: ReportValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      await save(values);
      report.reset();
      await submit.mutateAsync(undefined, { onError: server.onError });
      message.success(t('plans.report.submitted'));
    } catch {
      /* the alert shows the server's message */
    }
  };

  return (
    <Form<ReportValues>
      form={form}
      layout="vertical"
      onFinish={onSave}
      disabled={busy}
      initialValues={{ status: a.status, narrative: a.narrative, figures: Object.fromEntries(codes.map((c) => [c, a.figures[c] ?? null])) }}
    >
      <Form.Item name="status" label={t('plans.report.status')} rules={[{ required: true }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={TASK_STATUSES.map((s) => ({ value: s, label: labelFor(t, 'plans.status', s) }))} style={{ maxWidth: 280 }} />
      </Form.Item>
      <Form.Item name="narrative" label={t('plans.report.narrative')} extra={t('plans.report.narrativeHelp')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20000} />
      </Form.Item>
      {codes.length > 0 && (
        <fieldset className="plan-figures">
          <legend>{t('plans.report.figures')}</legend>
          <p className="muted">{t('plans.report.figuresHelp')}</p>
          {codes.map((code) => (
            <Form.Item
              key={code}
              name={['figures', code]}
              label={names.name(code)}
              rules={[{ type: 'number', min: 0, message: t('plans.report.figureInvalid') }]}
              extra={
                a.computed && code in a.computed
                  ? a.computed[code] === null
                    ? t('plans.report.computedNone')
                    : t('plans.report.computed', { value: (a.computed[code] as number).toLocaleString('vi-VN') })
                  : undefined
              }
            >
              <InputNumber min={0} style={{ width: '100%', maxWidth: 240 }} suffix={names.unit(code) || undefined} />
            </Form.Item>
          ))}
        </fieldset>
      )}
      {server.alert}
      {a.actions.includes('submit') && (
        <p id={helpId} className="muted">
          {t('plans.report.submitHelp')}
        </p>
      )}
      <Flex gap={8} justify="flex-end" wrap>
        <Button htmlType="submit" loading={report.isPending && !submit.isPending}>
          {t('common.save')}
        </Button>
        {a.actions.includes('submit') && (
          <Button type="primary" onClick={onSubmit} loading={submit.isPending} aria-describedby={helpId}>
            {t('plans.report.submit')}
          </Button>
        )}
      </Flex>
    </Form>
  );
}

function ReportView({ a }: { a: Assignment }) {
  const { t } = useI18n();
  const narrow = useIsNarrow();
  const names = useIndicatorNames();
  const codes = figureCodes(a).filter((c) => a.figures[c] !== undefined);
  const none = <span className="muted">{t('common.noData')}</span>;
  return (
    <Descriptions size="small" column={1} bordered layout={narrow ? 'vertical' : 'horizontal'} className="plan-descriptions">
      <Descriptions.Item label={t('plans.report.status')}>{a.status_name}</Descriptions.Item>
      <Descriptions.Item label={t('plans.report.narrative')}>{a.narrative ? <div className="plan-narrative">{a.narrative}</div> : none}</Descriptions.Item>
      <Descriptions.Item label={t('plans.report.figures')}>
        {codes.length === 0 ? (
          <span className="muted">{t('plans.report.noFigures')}</span>
        ) : (
          <ul className="plain-list">
            {codes.map((c) => (
              <li key={c}>
                {names.name(c)}: <strong>{a.figures[c].toLocaleString('vi-VN')}</strong> {names.unit(c)}
              </li>
            ))}
          </ul>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

function Files({ a }: { a: Assignment }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const files = useTaskFiles(a.id);
  const attach = useAttachTaskFile(a.id);
  const canAttach = useCan()('attach_files') && a.actions.includes('report');
  const inputId = useId();
  const beforeUpload = (picked: RcFile) => {
    attach.reset();
    attach.mutate(picked, { onSuccess: (r) => message.success(t('plans.files.uploaded', { name: r.file.name })) });
    return false;
  };
  return (
    <Section title={t('plans.files.title')}>
      {files.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : files.isError ? (
        <ErrorAlert error={files.error} />
      ) : files.data.files.length === 0 ? (
        <p className="muted">{t('plans.files.empty')}</p>
      ) : (
        <ul className="item-list file-list" aria-label={t('plans.files.title')}>
          {files.data.files.map((f) => (
            <li key={f.id} className="file-item">
              <a href={f.download_url} download={f.name} className="file-name">
                <DownloadOutlined aria-hidden /> {f.name}
              </a>
              <div className="muted">{t('plans.files.meta', { size: formatBytes(f.size, lang), by: f.uploaded_by, time: formatDateTime(f.uploaded_at) })}</div>
            </li>
          ))}
        </ul>
      )}
      {canAttach && (
        <div className="file-upload">
          <label htmlFor={inputId} className="sr-only">
            {t('plans.files.choose')}
          </label>
          <Upload id={inputId} showUploadList={false} multiple={false} beforeUpload={beforeUpload} disabled={attach.isPending}>
            <Button icon={<UploadOutlined aria-hidden />} loading={attach.isPending}>
              {t('plans.files.upload')}
            </Button>
          </Upload>
        </div>
      )}
      {attach.isError && <ErrorAlert error={attach.error} className="form-alert" />}
    </Section>
  );
}

function ReviewForm({ a }: { a: Assignment }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const review = useReviewTask(a.id);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const id = useId();
  const decide = (decision: 'accept' | 'return') => {
    if (decision === 'return' && comment.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    review.mutate(
      { decision, comment: comment.trim() || undefined },
      { onSuccess: () => message.success(decision === 'accept' ? t('plans.review.accepted') : t('plans.review.returned')) },
    );
  };
  return (
    <Section title={t('plans.review.title')}>
      <div className="plan-review">
        <label htmlFor={id} className="field-label">
          {t('plans.review.comment')}
        </label>
        <Input.TextArea
          id={id}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2000}
          status={missing ? 'error' : undefined}
          aria-describedby={`${id}-help`}
          aria-invalid={missing || undefined}
        />
        <div id={`${id}-help`} className={missing ? 'plan-error' : 'muted'} role={missing ? 'alert' : undefined}>
          {missing ? t('plans.review.reasonRequired') : t('plans.review.commentHelp')}
        </div>
        {review.isError && <ErrorAlert error={review.error} className="form-alert" />}
        <Flex gap={8} justify="flex-end" wrap>
          <Button danger onClick={() => decide('return')} loading={review.isPending && review.variables?.decision === 'return'}>
            {t('plans.review.return')}
          </Button>
          <Button type="primary" onClick={() => decide('accept')} loading={review.isPending && review.variables?.decision === 'accept'}>
            {t('plans.review.accept')}
          </Button>
        </Flex>
      </div>
    </Section>
  );
}

function Details({ a }: { a: Assignment }) {
  const { t } = useI18n();
  const narrow = useIsNarrow();
  const plan = usePlan(a.document_id);
  const responsible = useResponsibleText();
  const doc = plan.data?.plan.document;
  const task = a.task;
  return (
    <Descriptions size="small" column={1} bordered layout={narrow ? 'vertical' : 'horizontal'} className="plan-descriptions">
      <Descriptions.Item label={t('plans.task.content')}>{a.task_content}</Descriptions.Item>
      <Descriptions.Item label={t('plans.task.plan')}>
        <Link to={`/ke-hoach/${a.document_id}`}>{doc ? (doc.number_text ?? doc.subject) : t('plans.tasks.planFallback', { id: a.document_id })}</Link>
        {doc?.number_text && <div className="muted">{doc.subject}</div>}
      </Descriptions.Item>
      <Descriptions.Item label={t('plans.task.unit')}>{a.unit_name}</Descriptions.Item>
      <Descriptions.Item label={t('plans.task.period')}>{periodText(t, a.period)}</Descriptions.Item>
      <Descriptions.Item label={t('plans.task.due')}>
        <span className={a.overdue ? 'plan-overdue' : undefined}>
          {formatDate(a.due_date)}
          {a.overdue && ` (${t('plans.overdue')})`}
        </span>
        {task && <div className="muted">{recurrenceText(t, task)}</div>}
      </Descriptions.Item>
      {task && (
        <>
          <Descriptions.Item label={t('plans.task.responsible')}>
            {responsible(task)}
            {task.joint && <div className="muted">{t('plans.task.joint')}</div>}
          </Descriptions.Item>
          {task.lead && <Descriptions.Item label={t('plans.task.lead')}>{task.lead}</Descriptions.Item>}
          {task.cooperating && <Descriptions.Item label={t('plans.task.cooperating')}>{task.cooperating}</Descriptions.Item>}
          <Descriptions.Item label={t('plans.task.evidence')}>
            <EvidenceText evidence={task.evidence} />
          </Descriptions.Item>
        </>
      )}
      <Descriptions.Item label={t('plans.task.state')}>
        <StateTag state={cellState(a)} />
        {a.submitted_at && <div className="muted">{t('plans.report.submittedBy', { time: formatDateTime(a.submitted_at), name: a.submitted_by_name })}</div>}
        {a.reviewed_at && <div className="muted">{t('plans.report.reviewedBy', { time: formatDateTime(a.reviewed_at), name: a.reviewed_by_name })}</div>}
        {a.review_comment && <div>{t('plans.report.comment', { comment: a.review_comment })}</div>}
        {a.review === 'accepted' && <div className="muted">{a.on_time ? t('plans.report.onTime') : t('plans.report.late')}</div>}
      </Descriptions.Item>
    </Descriptions>
  );
}

export default function AssignmentDrawer() {
  const { t } = useI18n();
  const narrow = useIsNarrow();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const params = useParams();
  const id = Number(params.assignmentId);
  const valid = Number.isInteger(id) && id > 0;
  const task = useTask(valid ? id : null);
  const close = () => navigate({ pathname: pathname.replace(/\/nhiem-vu\/[^/]+$/, '') || '/nhiem-vu', search });
  const a = task.data?.task;

  return (
    <Drawer
      open
      onClose={close}
      size={narrow ? '100%' : 760}
      title={
        <Typography.Title level={2} className="drawer-title">
          {t('plans.task.title')}
        </Typography.Title>
      }
      closable={{ 'aria-label': t('plans.task.close') }}
      className="plan-drawer"
      destroyOnHidden
    >
      {!valid && <Empty description={t('plans.plan.notFound')} />}
      {task.isPending && valid && <Skeleton active />}
      {task.isError && <ErrorAlert error={task.error} />}
      {a && (
        <>
          <Details a={a} />
          {a.review === 'returned' && a.review_comment && <Alert type="warning" showIcon className="form-alert" title={t('plans.report.comment', { comment: a.review_comment })} />}
          <Section title={t('plans.report.title')}>{a.actions.includes('report') ? <ReportForm key={`${a.id}-${a.review}`} a={a} /> : <ReportView a={a} />}</Section>
          <Files a={a} />
          {a.actions.includes('review') && <ReviewForm key={`${a.id}-${a.review}`} a={a} />}
        </>
      )}
    </Drawer>
  );
}
