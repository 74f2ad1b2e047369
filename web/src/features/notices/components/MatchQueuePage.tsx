// /doi-chieu-vi-pham (view_match_queue): the police records the engine could not place with
// certainty, each beside its proposed students with the evidence for each (field by field, with
// its weight). Holders of review_matches confirm one student (a notice opens to their school) or
// reject them all with a reason; teachers read. Opening the page is written to the view log.
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, Flex, Pagination, Row, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { categoryLabel } from '../../../lib/legal/display';
import { useBehaviourCategories } from '../../../lib/legal/list-behaviour-categories';
import { tagColors } from '../../../lib/theme';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useConfirmMatch } from '../api/confirm-match';
import { PAGE, useMatchQueue } from '../api/list-match-queue';
import type { QueueItem } from '../api/model';
import { rejectMatch } from '../api/reject-match';
import { ReasonModal } from './ReasonModal';
import '../notices.css';

function QueueCard({ item, canDecide, onReject }: { item: QueueItem; canDecide: boolean; onReject: (i: QueueItem) => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const confirm = useConfirmMatch();
  const categories = useBehaviourCategories();
  const r = item.record;
  const born = r.birth_date ? formatDate(r.birth_date) : r.birth_year ? t('queue.bornIn', { year: r.birth_year }) : '';
  return (
    <Card size="small" className="queue-card" title={`${formatDate(r.date)} · ${r.full_name}`}>
      <Row gutter={[16, 12]}>
        <Col xs={24} md={9}>
          <Typography.Text strong>{t('queue.record')}</Typography.Text>
          <Descriptions size="small" column={1} className="queue-record">
            <Descriptions.Item label={t('queue.declared')}>
              {[r.full_name, born, r.sex, labelFor(t, 'violationRole', r.role)].filter(Boolean).join(' · ')}
            </Descriptions.Item>
            {r.school_stated && <Descriptions.Item label={t('notices.school')}>{r.school_stated}</Descriptions.Item>}
            <Descriptions.Item label={t('notices.when')}>{item.occurred_at ? formatDateTime(item.occurred_at) : formatDate(r.date)}</Descriptions.Item>
            {item.address && <Descriptions.Item label={t('notices.where')}>{item.address}</Descriptions.Item>}
            {r.behaviour && (
              <Descriptions.Item label={t('notices.offence')}>
                <Tag color={tagColors.blue}>{categoryLabel(lang, categories.data?.behaviour_categories, r.behaviour)}</Tag>
              </Descriptions.Item>
            )}
            {r.owner_unit && <Descriptions.Item label={t('notices.recordedBy')}>{r.owner_unit.name}</Descriptions.Item>}
          </Descriptions>
          {item.review_unit && <div className="muted">{t('queue.reviewer', { unit: item.review_unit.name })}</div>}
        </Col>
        <Col xs={24} md={15}>
          <Typography.Text strong>{t('queue.candidates')}</Typography.Text>
          {item.candidates.length === 0 && <Typography.Paragraph className="muted">{t('queue.noCandidate')}</Typography.Paragraph>}
          {item.candidates.map((c) => (
            <div key={c.student.id} className="queue-candidate">
              <Flex justify="space-between" align="flex-start" gap={8} wrap>
                <div>
                  <div className="cell-strong">{c.student.full_name}</div>
                  <div className="muted">
                    {t('queue.studentLine', { birth: c.student.birth_date ? formatDate(c.student.birth_date) : '—', cls: c.class_name, year: c.school_year })}
                    {c.school ? ` · ${c.school.name}` : ''}
                  </div>
                  {c.student.personal_id_masked && <div className="muted">{t('queue.personalId', { id: c.student.personal_id_masked })}</div>}
                </div>
                <Tag color={c.probability >= 0.5 ? tagColors.green : tagColors.grey}>{t('queue.probability', { p: Math.round(c.probability * 100) })}</Tag>
              </Flex>
              <ul className="queue-reasons">
                {c.reasons.map((why) => (
                  <li key={why}>{why}</li>
                ))}
              </ul>
              {canDecide && (
                <Button
                  size="small"
                  type="primary"
                  icon={<CheckOutlined aria-hidden />}
                  aria-label={t('queue.confirmNamed', { name: c.student.full_name })}
                  loading={confirm.isPending && confirm.variables?.studentId === c.student.id}
                  onClick={() =>
                    confirm.mutate(
                      { id: item.violation_id, studentId: c.student.id },
                      { onSuccess: (a) => void message.success(t('queue.confirmed', { school: a.school.name })) },
                    )
                  }
                >
                  {t('queue.confirm')}
                </Button>
              )}
            </div>
          ))}
          <ErrorAlert error={confirm.error} />
          {canDecide && (
            <Button danger size="small" icon={<CloseOutlined aria-hidden />} onClick={() => onReject(item)}>
              {t('queue.reject')}
            </Button>
          )}
        </Col>
      </Row>
    </Card>
  );
}

export default function MatchQueuePage() {
  const { t } = useI18n();
  useDocumentTitle(t('queue.title'));
  const [page, setPage] = useState(1);
  const [rejecting, setRejecting] = useState<QueueItem | null>(null);
  const queue = useMatchQueue(page);
  const data = queue.data;
  return (
    <>
      <PageHeader title={t('queue.title')} description={t('queue.description')} />
      <ErrorAlert error={queue.error} />
      {data && !data.can_decide && <Typography.Paragraph type="secondary">{t('queue.readOnly')}</Typography.Paragraph>}
      {data && data.total > 0 && <Typography.Paragraph>{t('queue.total', { n: data.total })}</Typography.Paragraph>}
      {!data && queue.isLoading && <Skeleton active />}
      {data && data.items.length === 0 && <Empty description={t('queue.none')} />}
      <Flex vertical gap={12}>
        {data?.items.map((item) => (
          <QueueCard key={item.violation_id} item={item} canDecide={data.can_decide} onReject={setRejecting} />
        ))}
      </Flex>
      {data && data.total > PAGE && <Pagination className="queue-pages" current={page} pageSize={PAGE} total={data.total} onChange={setPage} showSizeChanger={false} />}
      <ReasonModal
        open={rejecting !== null}
        title={rejecting ? t('queue.rejectTitle', { name: rejecting.record.full_name }) : ''}
        label={t('queue.rejectReason')}
        requiredMessage={t('queue.rejectReasonRequired')}
        submitLabel={t('queue.reject')}
        submit={(reason) => rejectMatch({ id: rejecting?.violation_id ?? 0, reason })}
        done={() => t('queue.rejected')}
        onClose={() => setRejecting(null)}
      />
    </>
  );
}
