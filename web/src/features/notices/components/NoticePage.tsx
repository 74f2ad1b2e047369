// /thong-bao-vi-pham/:noticeId (view_notices): one notice — the student, the police record, the
// parents (phones only for the student's own school), the student's violations of the last months
// at any school, and what the school did. The school (handle_notices, its own notice, open)
// records measures allowed for the student's school type on the violation's date (a principal's
// measure by the management only), parent meetings, renewed commitments, conduct notes and
// evidence files, prints the parent letter, closes the notice with its outcome or disputes it.
import { FilePdfOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Descriptions, Empty, Flex, Form, Input, List, Row, Select, Skeleton, Tag, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useServerForm } from '../../../components/use-server-form';
import { DISPLAY_DATE_FORMAT, formatDate, formatDateTime, todayIso } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { categoryLabel, fineText } from '../../../lib/legal/display';
import { useBehaviourCategories } from '../../../lib/legal/list-behaviour-categories';
import { tagColors } from '../../../lib/theme';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAddNoticeAction, type ActionInput } from '../api/add-notice-action';
import { closeNotice } from '../api/close-notice';
import { disputeNotice } from '../api/dispute-notice';
import { letterUrl, useNotice } from '../api/get-notice';
import { ACTION_KINDS, type NoticeDetail } from '../api/model';
import { useUploadNoticeEvidence } from '../api/upload-notice-evidence';
import { ReasonModal } from './ReasonModal';
import { stateColor } from './NoticesPage';
import '../notices.css';

const FORM_KINDS = ACTION_KINDS.filter((k) => k !== 'evidence');

function ActionForm({ notice }: { notice: NoticeDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ kind: string; measure_code?: string; action_date: dayjs.Dayjs; note?: string }>();
  const add = useAddNoticeAction();
  const server = useServerForm(form, { fields: ['kind', 'measure_code', 'action_date', 'note'], mutations: [add] });
  const kind = Form.useWatch('kind', form);
  return (
    <Form
      form={form}
      name="notice-action"
      layout="vertical"
      requiredMark="optional"
      disabled={add.isPending}
      initialValues={{ kind: 'measure', action_date: dayjs(todayIso()) }}
      onFinish={(v) => {
        const input: ActionInput = { kind: v.kind, action_date: v.action_date.format('YYYY-MM-DD'), note: v.note?.trim() || undefined };
        if (v.kind === 'measure') input.measure_code = v.measure_code;
        add.mutate(
          { id: notice.id, ...input },
          {
            onSuccess: () => {
              message.success(t('notices.saved'));
              form.resetFields(['measure_code', 'note']);
              server.clearErrors();
            },
            onError: server.onError,
          },
        );
      }}
    >
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label={t('notices.kind')}>
            <Select options={FORM_KINDS.map((k) => ({ value: k, label: labelFor(t, 'noticeAction', k) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="action_date" label={t('notices.actionDate')} rules={[{ required: true, message: t('notices.actionDateRequired') }]}>
            <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(todayIso()), 'day') || d.isBefore(dayjs(notice.record.date), 'day')} />
          </Form.Item>
        </Col>
      </Row>
      {kind === 'measure' && (
        <Form.Item name="measure_code" label={t('notices.measure')} rules={[{ required: true, message: t('notices.measureRequired') }]}>
          <Select
            options={notice.measures.map((m) => ({
              value: m.code,
              label: m.applied_by === 'principal' ? t('notices.measureByPrincipal', { name: m.name }) : m.name,
              title: m.source,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="note"
        label={t('notices.note')}
        rules={kind === 'measure' ? [] : [{ required: true, whitespace: true, message: t('notices.noteRequired') }]}
      >
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      {server.alert}
      <Button type="primary" htmlType="submit" loading={add.isPending}>
        {t('notices.save')}
      </Button>
    </Form>
  );
}

export default function NoticePage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const id = Number(useParams().noticeId);
  const query = useNotice(id);
  const n = query.data?.notice;
  useDocumentTitle(n ? t('notices.detailTitle', { name: n.student.full_name }) : t('notices.title'));
  const categories = useBehaviourCategories();
  const upload = useUploadNoticeEvidence();
  const [step, setStep] = useState<'close' | 'dispute' | null>(null);
  const evidenceId = useId();
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!n) return <Skeleton active />;
  const r = n.record;
  return (
    <>
      <PageHeader
        title={t('notices.detailTitle', { name: n.student.full_name })}
        description={<Link to="/thong-bao-vi-pham">{t('notices.back')}</Link>}
        extra={
          n.purged_at ? null : (
            <Button icon={<FilePdfOutlined aria-hidden />} href={letterUrl(n.id)} target="_blank" rel="noopener">
              {t('notices.letter')}
            </Button>
          )
        }
      />
      <Flex gap={8} wrap className="notice-tags">
        <Tag color={stateColor[n.state]}>{labelFor(t, 'noticeState', n.state)}</Tag>
        <span>
          {t('notices.deadline')}: <span className={n.overdue ? 'notice-overdue' : undefined}>{formatDate(n.deadline_date)}</span>
        </span>
        {n.overdue && <Tag color={tagColors.red}>{t('notices.overdue')}</Tag>}
        {n.escalated_at && <Tag color={tagColors.orange}>{t('notices.escalated')}</Tag>}
        {n.purged_at && <Tag color={tagColors.grey}>{t('notices.purged', { date: formatDateTime(n.purged_at) })}</Tag>}
        {n.repeat_count > 1 && <Tag color={tagColors.red}>{t('notices.repeat', { n: n.repeat_count, m: n.repeat_months })}</Tag>}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('notices.student')}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('notices.student')}>{n.student.full_name}</Descriptions.Item>
              <Descriptions.Item label={t('notices.birth')}>{n.student.birth_date ? formatDate(n.student.birth_date) : '—'}</Descriptions.Item>
              {n.student.class_name && <Descriptions.Item label={t('notices.school')}>{`${t('notices.class', { cls: n.student.class_name })} · ${n.school?.name ?? ''}`}</Descriptions.Item>}
            </Descriptions>
            <Typography.Text strong>{t('notices.guardians')}</Typography.Text>
            {n.guardians.length === 0 && <div className="muted">{t(n.purged_at ? 'notices.guardiansPurged' : 'notices.noGuardian')}</div>}
            <ul className="notice-guardians">
              {n.guardians.map((g) => (
                <li key={`${g.name}-${g.relation}`}>{[g.name, g.relation, g.phone].filter(Boolean).join(' · ')}</li>
              ))}
            </ul>
            {n.guardians.length > 0 && n.guardians.every((g) => g.phone === undefined) && <div className="muted">{t('notices.phoneHidden')}</div>}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('notices.violation')}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('notices.when')}>{n.occurred_at ? formatDateTime(n.occurred_at) : formatDate(r.date)}</Descriptions.Item>
              {n.address && <Descriptions.Item label={t('notices.where')}>{n.address}</Descriptions.Item>}
              <Descriptions.Item label={t('notices.offence')}>
                <div className="notice-offence">
                  {n.offence && <div>{n.offence}</div>}
                  {r.behaviour && <Tag color={tagColors.blue}>{n.behaviour_label ?? categoryLabel(lang, categories.data?.behaviour_categories, r.behaviour)}</Tag>}
                </div>
              </Descriptions.Item>
              <Descriptions.Item label={t('notices.sanction')}>
                {r.sanction === 'fine' ? fineText(lang, r.fine_amount, r.fine_amount) : labelFor(t, 'violationSanction', r.sanction)}
              </Descriptions.Item>
              {r.owner_unit && <Descriptions.Item label={t('notices.recordedBy')}>{r.owner_unit.name}</Descriptions.Item>}
            </Descriptions>
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('notices.history', { m: n.repeat_months })} className="notice-section">
        <List
          size="small"
          dataSource={n.history}
          renderItem={(h) => (
            <List.Item>
              {formatDate(h.date)} · {h.behaviour ? categoryLabel(lang, categories.data?.behaviour_categories, h.behaviour) : ''} · {h.school?.name ?? ''}
              {h.this && <Tag className="notice-this">{t('notices.thisOne')}</Tag>}
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('notices.done')} className="notice-section">
        {n.actions.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notices.noAction')} />}
        <List
          size="small"
          dataSource={n.actions}
          renderItem={(a) => (
            <List.Item>
              <div>
                <div className="cell-strong">
                  {formatDate(a.action_date)} · {labelFor(t, 'noticeAction', a.kind)}
                  {a.measure_name ? `: ${a.measure_name}` : ''}
                </div>
                {a.file ? (
                  <a href={a.file.download_url} target="_blank" rel="noopener">
                    {a.file.name}
                  </a>
                ) : (
                  a.note && <div>{a.note}</div>
                )}
              </div>
            </List.Item>
          )}
        />
        {n.summary && <Typography.Paragraph>{`${t('notices.result')}: ${n.summary}`}</Typography.Paragraph>}
        {n.dispute_reason && <Typography.Paragraph>{t('notices.disputeReasonShown', { reason: n.dispute_reason })}</Typography.Paragraph>}
        {!n.can_act && n.state === 'open' && <Typography.Paragraph type="secondary">{t('notices.readOnly')}</Typography.Paragraph>}
      </Card>
      {n.can_act && (
        <Card size="small" title={t('notices.addAction')} className="notice-section">
          <ActionForm notice={n} />
          <ErrorAlert error={upload.error} />
          <Flex gap={8} wrap className="notice-steps">
            <label htmlFor={evidenceId} className="sr-only">
              {t('notices.evidenceChoose')}
            </label>
            <Upload
              id={evidenceId}
              showUploadList={false}
              customRequest={({ file }) =>
                upload.mutate({ id: n.id, file: file as File }, { onSuccess: (a) => void message.success(t('notices.evidenceSaved', { name: a.file.name })) })
              }
            >
              <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
                {t('notices.evidence')}
              </Button>
            </Upload>
            <Button type="primary" onClick={() => setStep('close')}>
              {t('notices.close')}
            </Button>
            <Button danger onClick={() => setStep('dispute')}>
              {t('notices.dispute')}
            </Button>
          </Flex>
        </Card>
      )}
      <ReasonModal
        open={step === 'close'}
        title={t('notices.closeTitle')}
        label={t('notices.summary')}
        requiredMessage={t('notices.summaryRequired')}
        submitLabel={t('notices.close')}
        submit={(summary) => closeNotice({ id: n.id, summary })}
        done={(a) => (a.on_time ? t('notices.closedOnTime') : t('notices.closed'))}
        onClose={() => setStep(null)}
      />
      <ReasonModal
        open={step === 'dispute'}
        title={t('notices.disputeTitle')}
        help={t('notices.disputeHelp')}
        label={t('notices.disputeReason')}
        requiredMessage={t('queue.rejectReasonRequired')}
        submitLabel={t('notices.dispute')}
        submit={(reason) => disputeNotice({ id: n.id, reason })}
        done={() => t('notices.disputed')}
        onClose={() => setStep(null)}
      />
    </>
  );
}
