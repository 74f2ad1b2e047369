// /to-chuc/chua-xac-minh (edit_registry): the registry events whose legal basis has not been
// checked against the original document, newest first, 50 at a time, each with its units (linked),
// note, stated basis and provenance; "Xác minh" records the document it was checked against.
import { App, Button, Empty, Form, Input, Modal, Skeleton, Typography } from 'antd';
import '../units.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormFooter } from '../../../components/FormFooter';
import { PageHeader } from '../../../components/PageHeader';
import { useServerForm } from '../../../components/use-server-form';
import { formatDate } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import type { UnitEvent } from '../../../lib/units/model';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUnverifiedEvents } from '../api/list-unverified-events';
import { useVerifyUnitEvent } from '../api/verify-unit-event';
import { EventItem } from './EventItem';

interface VerifyValues {
  source: string;
}

function VerifyEventModal({ event, onClose }: { event: UnitEvent | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<VerifyValues>();
  const verify = useVerifyUnitEvent();
  const server = useServerForm(form, { fields: ['source'], mutations: [verify], onClose });

  const onFinish = (v: VerifyValues) => {
    if (!event) return;
    verify.mutate(
      { id: event.id, source: v.source.trim() },
      {
        onSuccess: () => {
          message.success(t('unverified.done'));
          server.close();
        },
        onError: server.onError,
      },
    );
  };

  return (
    <Modal open={event !== null} title={t('unverified.verifyTitle')} onCancel={server.close} footer={null} destroyOnHidden width={640}>
      {event && (
        <Form<VerifyValues>
          form={form}
          clearOnDestroy
          name="verify-event"
          layout="vertical"
          onFinish={onFinish}
          initialValues={{ source: event.source ?? '' }}
          disabled={verify.isPending}
        >
          <Typography.Paragraph>
            <strong>{formatDate(event.date)}</strong> · {labelFor(t, 'event', event.kind)}
            {event.note ? ` · ${event.note}` : ''}
          </Typography.Paragraph>
          <Typography.Paragraph className="muted">{t('unverified.verifyHelp')}</Typography.Paragraph>
          <Form.Item
            name="source"
            label={t('event.source')}
            extra={t('unverified.sourceHelp')}
            rules={[{ required: true, whitespace: true, message: t('unverified.sourceRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          {server.alert}
          <FormFooter onCancel={server.close} busy={verify.isPending} submitLabel={t('unverified.verify')} />
        </Form>
      )}
    </Modal>
  );
}

export default function UnverifiedEventsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('unverified.title'));
  const pages = useUnverifiedEvents();
  const [verifying, setVerifying] = useState<UnitEvent | null>(null);

  const events = pages.data?.pages.flatMap((p) => p.events) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;

  return (
    <>
      <PageHeader title={t('unverified.title')} description={t('unverified.description')} />
      <section aria-labelledby="unverified-list-title" className="page-section">
        <Typography.Title level={2} id="unverified-list-title" className="section-title">
          {t('unverified.listTitle')}
        </Typography.Title>
        {pages.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
        {pages.isError && <ErrorAlert error={pages.error} className="form-alert" />}
        {pages.data && (
          <>
            <Typography.Paragraph className="muted" aria-live="polite">
              {total === 0 ? t('unverified.noneLeft') : t('unverified.count', { total, shown: events.length })}
            </Typography.Paragraph>
            {events.length === 0 ? (
              <Empty description={t('unverified.empty')}>
                <Link to="/to-chuc">{t('nav.org')}</Link>
              </Empty>
            ) : (
              <ul className="item-list unverified-list">
                {events.map((e) => (
                  <li key={e.id}>
                    <EventItem
                      event={e}
                      showSource
                      actions={
                        <Button type="primary" onClick={() => setVerifying(e)} aria-label={t('unverified.verifyEvent', { date: formatDate(e.date), id: e.id })}>
                          {t('unverified.verify')}
                        </Button>
                      }
                    />
                  </li>
                ))}
              </ul>
            )}
            {pages.hasNextPage && (
              <Button onClick={() => pages.fetchNextPage()} loading={pages.isFetchingNextPage} className="load-more">
                {t('unverified.more')}
              </Button>
            )}
          </>
        )}
      </section>
      <VerifyEventModal event={verifying} onClose={() => setVerifying(null)} />
    </>
  );
}
