// The data protection impact assessment: the state of its reviews (the latest, the next one due,
// overdue), the risks of each purpose with their likelihood, impact, measures and residual risk,
// and the history of the reviews. Those who may edit add, change and delete risks and record a
// review of the dossier.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Descriptions, Flex, Form, Input, Modal, Popconfirm, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorAlert, useErrorText } from '../../../components/ErrorAlert';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';
import { DISPLAY_DATE_FORMAT, formatDate, todayIso } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { tagColors } from '../../../lib/theme';
import { useCreateRisk } from '../api/create-risk';
import { useDeleteRisk } from '../api/delete-risk';
import { LEVELS, useDpia, type Dpia, type Level, type Review, type Risk } from '../api/get-dpia';
import { useRecordReview } from '../api/record-review';
import { useUpdateRisk } from '../api/update-risk';
import { RegisterTable } from './RegisterTable';

const levelColor: Record<Level, string> = { low: tagColors.green, medium: tagColors.gold, high: tagColors.red };
const TEXT_AREA = { minRows: 2, maxRows: 6 };

function LevelTag({ level }: { level: Level }) {
  const { t } = useI18n();
  return <Tag color={levelColor[level]}>{labelFor(t, 'privacyLevel', level)}</Tag>;
}

interface RiskValues {
  purpose_code: string;
  risk: string;
  likelihood: Level;
  impact: Level;
  measures?: string;
  residual: Level;
}

const RISK_FIELDS = ['purpose_code', 'risk', 'likelihood', 'impact', 'measures', 'residual'] as const;

function RiskModal({ risk, purposes, onClose }: { risk: Risk | 'new' | null; purposes: Dpia['purposes']; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const create = useCreateRisk();
  const update = useUpdateRisk();
  const [form] = Form.useForm<RiskValues>();
  const server = useServerForm(form, { fields: RISK_FIELDS, mutations: [create, update], onClose });
  const busy = create.isPending || update.isPending;
  const levels = LEVELS.map((l) => ({ value: l, label: labelFor(t, 'privacyLevel', l) }));
  const levelRule = [{ required: true, message: t('privacyRegister.levelRequired') }];
  const done = {
    onSuccess: () => {
      message.success(t('privacyRegister.riskSaved'));
      server.close();
    },
    onError: server.onError,
  };
  return (
    <Modal open={risk !== null} title={risk === 'new' ? t('privacyRegister.addRiskTitle') : t('privacyRegister.editRiskTitle')} onCancel={server.close} footer={null} destroyOnHidden>
      {risk !== null && (
        <Form<RiskValues>
          form={form}
          clearOnDestroy
          name="privacy-risk"
          layout="vertical"
          requiredMark="optional"
          disabled={busy}
          initialValues={risk === 'new' ? undefined : { purpose_code: risk.purpose_code, risk: risk.risk, likelihood: risk.likelihood, impact: risk.impact, measures: risk.measures, residual: risk.residual }}
          onFinish={(v) => {
            const body = { purpose_code: v.purpose_code, risk: v.risk.trim(), likelihood: v.likelihood, impact: v.impact, measures: (v.measures ?? '').trim(), residual: v.residual };
            if (risk === 'new') create.mutate(body, done);
            else update.mutate({ id: risk.id, ...body }, done);
          }}
        >
          <Form.Item name="purpose_code" label={t('privacyRegister.purpose')} rules={[{ required: true, message: t('privacyRegister.purposeRequired') }]}>
            <Select options={purposes.map((p) => ({ value: p.code, label: p.name }))} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
          <Form.Item name="risk" label={t('privacyRegister.risk')} rules={[{ required: true, whitespace: true, message: t('privacyRegister.riskRequired') }]}>
            <Input.TextArea maxLength={4000} autoSize={TEXT_AREA} />
          </Form.Item>
          <Form.Item name="likelihood" label={t('privacyRegister.likelihood')} rules={levelRule}>
            <Select options={levels} />
          </Form.Item>
          <Form.Item name="impact" label={t('privacyRegister.impact')} rules={levelRule}>
            <Select options={levels} />
          </Form.Item>
          <Form.Item name="measures" label={t('privacyRegister.measures')} rules={[{ required: true, whitespace: true, message: t('privacyRegister.measuresRequired') }]}>
            <Input.TextArea maxLength={4000} autoSize={TEXT_AREA} />
          </Form.Item>
          <Form.Item name="residual" label={t('privacyRegister.residual')} rules={levelRule}>
            <Select options={levels} />
          </Form.Item>
          {server.alert}
          <FormFooter onCancel={server.close} busy={busy} />
        </Form>
      )}
    </Modal>
  );
}

interface ReviewValues {
  reviewed_on: dayjs.Dayjs;
  conclusion: string;
  next_review_on?: dayjs.Dayjs | null;
}

function ReviewModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const record = useRecordReview();
  const [form] = Form.useForm<ReviewValues>();
  const server = useServerForm(form, { fields: ['reviewed_on', 'conclusion', 'next_review_on'], mutations: [record], onClose });
  const reviewedOn = Form.useWatch('reviewed_on', form);
  const today = dayjs(todayIso());
  return (
    <Modal open={open} title={t('privacyRegister.recordReviewTitle')} onCancel={server.close} footer={null} destroyOnHidden>
      <Form<ReviewValues>
        form={form}
        clearOnDestroy
        name="privacy-review"
        layout="vertical"
        requiredMark="optional"
        disabled={record.isPending}
        initialValues={{ reviewed_on: today }}
        onFinish={(v) =>
          record.mutate(
            { reviewed_on: v.reviewed_on.format('YYYY-MM-DD'), conclusion: v.conclusion.trim(), next_review_on: v.next_review_on ? v.next_review_on.format('YYYY-MM-DD') : null },
            {
              onSuccess: () => {
                message.success(t('privacyRegister.reviewSaved'));
                server.close();
              },
              onError: server.onError,
            },
          )
        }
      >
        <Form.Item name="reviewed_on" label={t('privacyRegister.reviewedOn')} rules={[{ required: true, message: t('privacyRegister.reviewedOnRequired') }]}>
          <DatePicker format={DISPLAY_DATE_FORMAT} disabledDate={(d) => d.isAfter(today, 'day')} />
        </Form.Item>
        <Form.Item name="conclusion" label={t('privacyRegister.conclusion')} rules={[{ required: true, whitespace: true, message: t('privacyRegister.conclusionRequired') }]}>
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="next_review_on" label={t('privacyRegister.nextReviewOn')}>
          <DatePicker format={DISPLAY_DATE_FORMAT} disabledDate={(d) => !!reviewedOn && !d.isAfter(reviewedOn, 'day')} />
        </Form.Item>
        {server.alert}
        <FormFooter onCancel={server.close} busy={record.isPending} />
      </Form>
    </Modal>
  );
}

function ReviewSummary({ dpia }: { dpia: Dpia }) {
  const { t } = useI18n();
  const latest = dpia.reviews[0];
  const next = dpia.next_review_on;  // the latest review's, as the server gives it
  return (
    <div className="privacy-review-summary">
      {dpia.review_overdue && (
        <Alert type="warning" showIcon className="form-alert" title={t('privacyRegister.reviewOverdue')} description={next ? t('privacyRegister.reviewOverdueDate', { date: formatDate(next) }) : undefined} />
      )}
      {latest ? (
        <>
          <Typography.Title level={2} className="section-title">
            {t('privacyRegister.latestReview')}
          </Typography.Title>
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
            <Descriptions.Item label={t('privacyRegister.reviewedOn')}>{formatDate(latest.reviewed_on)}</Descriptions.Item>
            <Descriptions.Item label={t('privacyRegister.reviewer')}>{latest.reviewed_by_name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('privacyRegister.nextReviewOn')}>{next ? formatDate(next) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('privacyRegister.conclusion')} span="filled">
              <span className="privacy-text">{latest.conclusion}</span>
            </Descriptions.Item>
          </Descriptions>
        </>
      ) : (
        <Alert type="info" showIcon className="form-alert" title={t('privacyRegister.notReviewed')} />
      )}
    </div>
  );
}

export function DpiaTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const dpia = useDpia();
  const remove = useDeleteRisk();
  const [editing, setEditing] = useState<Risk | 'new' | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const d = dpia.data;
  const canEdit = d?.can_edit ?? false;
  const text = (s: string) => <div className="privacy-text">{s}</div>;
  const riskColumns: ColumnsType<Risk> = [
    { key: 'purpose', title: t('privacyRegister.purpose'), width: 160, render: (_, r) => text(r.purpose_name) },
    { key: 'risk', title: t('privacyRegister.risk'), width: 220, render: (_, r) => text(r.risk) },
    { key: 'likelihood', title: t('privacyRegister.likelihood'), width: 110, render: (_, r) => <LevelTag level={r.likelihood} /> },
    { key: 'impact', title: t('privacyRegister.impact'), width: 110, render: (_, r) => <LevelTag level={r.impact} /> },
    { key: 'measures', title: t('privacyRegister.measures'), width: 240, render: (_, r) => text(r.measures) },
    { key: 'residual', title: t('privacyRegister.residual'), width: 110, render: (_, r) => <LevelTag level={r.residual} /> },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 90,
            render: (_: unknown, r: Risk) => (
              <Flex gap={4} wrap role="group" aria-label={t('privacyRegister.riskActions', { risk: r.risk })}>
                <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => setEditing(r)}>
                  {t('privacyRegister.edit')}
                </Button>
                <Popconfirm
                  title={t('privacyRegister.deleteConfirm')}
                  okText={t('privacyRegister.delete')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => remove.mutate(r.id, { onSuccess: () => message.success(t('privacyRegister.riskDeleted')), onError: (e) => message.error(errorText(e)) })}
                >
                  <Button size="small" danger icon={<DeleteOutlined aria-hidden />}>
                    {t('privacyRegister.delete')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];
  const reviewColumns: ColumnsType<Review> = [
    { key: 'reviewed_on', title: t('privacyRegister.reviewedOn'), width: 120, render: (_, r) => formatDate(r.reviewed_on) },
    { key: 'reviewer', title: t('privacyRegister.reviewer'), width: 180, render: (_, r) => r.reviewed_by_name ?? '—' },
    { key: 'conclusion', title: t('privacyRegister.conclusion'), width: 360, render: (_, r) => text(r.conclusion) },
    { key: 'next_review_on', title: t('privacyRegister.nextReviewOn'), width: 140, render: (_, r) => (r.next_review_on ? formatDate(r.next_review_on) : '—') },
  ];
  return (
    <>
      <ErrorAlert error={dpia.error} className="form-alert" />
      {d && <ReviewSummary dpia={d} />}
      <Flex className="privacy-section-head" justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={2} className="section-title">
          {t('privacyRegister.risks')}
        </Typography.Title>
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('privacyRegister.addRisk')}
          </Button>
        )}
      </Flex>
      <RegisterTable<Risk>
        label={t('privacyRegister.risksLabel')}
        rowKey="id"
        columns={riskColumns}
        rows={d?.risks ?? []}
        loading={dpia.isFetching}
        width={canEdit ? 1040 : 950}
        pageSize={50}
        empty={t('privacyRegister.risksNone')}
      />
      <Flex className="privacy-section-head" justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={2} className="section-title">
          {t('privacyRegister.history')}
        </Typography.Title>
        {canEdit && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setReviewing(true)}>
            {t('privacyRegister.recordReview')}
          </Button>
        )}
      </Flex>
      <RegisterTable<Review>
        label={t('privacyRegister.historyLabel')}
        rowKey="id"
        columns={reviewColumns}
        rows={d?.reviews ?? []}
        loading={dpia.isFetching}
        width={800}
        pageSize={20}
        empty={t('privacyRegister.reviewsNone')}
      />
      <RiskModal risk={editing} purposes={d?.purposes ?? []} onClose={() => setEditing(null)} />
      <ReviewModal open={reviewing} onClose={() => setReviewing(false)} />
    </>
  );
}
