// /van-ban/:documentId — one document: its details (type, number or "Chưa cho số", date, issuing and
// partner unit, signer with authority, urgency, related documents both ways), the body as the letter
// shows it, Kính gửi and Nơi nhận, attachments and signatures, the buttons for the steps the server
// lists in `actions`, PDF and DOCX, and for the sender after issue, who received, opened and
// acknowledged it.
import { ArrowLeftOutlined, DownloadOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, List, Result, Skeleton, Tag, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert, useErrorText } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { isApiError } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { formatBytes } from '../../../lib/files/model';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { tagColors } from '../../../lib/theme';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAcknowledgeDocument } from '../api/acknowledge-document';
import { useAttachDocumentFile } from '../api/attach-document-file';
import { useCheckDocument } from '../api/check-document';
import { useDocument } from '../api/get-document';
import { useDocumentFiles } from '../api/list-document-files';
import type { DocumentAction, OfficialDocument } from '../api/model';
import { useRemindDocument } from '../api/remind-document';
import { useSignDocument } from '../api/sign-document';
import { plainText } from '../lib/body';
import { DeliveriesCard } from './DeliveriesCard';
import { DocumentBody, NumberText, StatusTag, UrgencyTag } from './parts';
import { EofficeModal, IssueModal, ReturnModal } from './StepModals';
import '../documents.css';

/** The order the step buttons show in; the first one the user may take is the primary button. */
const BUTTON_ORDER: DocumentAction[] = ['check', 'sign', 'issue', 'acknowledge', 'edit', 'return', 'remind', 'register_eoffice'];

export default function DocumentPage() {
  const { t } = useI18n();
  const id = Number(useParams().documentId);
  const doc = useDocument(Number.isInteger(id) && id > 0 ? id : null);
  const d = doc.data?.document;
  useDocumentTitle(d ? `${d.number_text ?? d.type_name}: ${plainText(d.subject)}` : t('doc.title'));

  if (doc.isPending && Number.isInteger(id) && id > 0) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!d) {
    const notFound = !doc.error || (isApiError(doc.error) && (doc.error.status === 404 || doc.error.status === 403));
    return (
      <>
        <PageHeader title={t('doc.title')} />
        {notFound ? <Result status="404" title={t('doc.notFound')} extra={<Link to="/van-ban">{t('doc.back')}</Link>} /> : <ErrorAlert error={doc.error} />}
      </>
    );
  }
  return <DocumentView doc={d} />;
}

function DocumentView({ doc }: { doc: OfficialDocument }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [dialog, setDialog] = useState<'return' | 'issue' | 'eoffice' | null>(null);
  const check = useCheckDocument();
  const sign = useSignDocument();
  const ack = useAcknowledgeDocument();
  const remind = useRemindDocument();
  const actions = doc.actions ?? [];
  const busy = check.isPending || sign.isPending || ack.isPending || remind.isPending;

  const run = (a: DocumentAction) => {
    if (a === 'edit') navigate(`/van-ban/${doc.id}/sua`);
    if (a === 'return') setDialog('return');
    if (a === 'issue') setDialog('issue');
    if (a === 'register_eoffice') setDialog('eoffice');
    if (a === 'check')
      modal.confirm({
        title: t('doc.checkConfirm'),
        content: t('doc.checkHelp'),
        okText: t('doc.action.check'),
        cancelText: t('common.cancel'),
        onOk: () =>
          check
            .mutateAsync({ id: doc.id, vars: undefined })
            .then(() => message.success(t('doc.checked')))
            .catch((e) => message.error(errorText(e))),
      });
    if (a === 'sign')
      modal.confirm({
        title: t('doc.signConfirm'),
        content: t('doc.signHelp', { authority: [doc.signer_authority, doc.signer_title, doc.signer_name].filter(Boolean).join(' – ') }),
        okText: t('doc.action.sign'),
        cancelText: t('common.cancel'),
        onOk: () =>
          sign
            .mutateAsync({ id: doc.id, vars: undefined })
            .then(() => message.success(t('doc.signed')))
            .catch((e) => message.error(errorText(e))),
      });
    if (a === 'acknowledge')
      ack
        .mutateAsync({ id: doc.id, vars: undefined })
        .then(() => message.success(t('doc.acknowledged')))
        .catch((e) => message.error(errorText(e)));
    if (a === 'remind')
      remind
        .mutateAsync(doc.id)
        .then((r) => message.success(r.message || t('doc.reminded', { count: r.reminded })))
        .catch((e) => message.error(errorText(e)));
  };

  const steps = BUTTON_ORDER.filter((a) => actions.includes(a));
  const primary = steps.find((a) => a !== 'edit' && a !== 'return' && a !== 'remind' && a !== 'register_eoffice') ?? steps[0];
  const extra = (
    <div className="doc-actions">
      {steps.map((a) => (
        <Button key={a} type={a === primary ? 'primary' : 'default'} danger={a === 'return'} disabled={busy} onClick={() => run(a)}>
          {t(`doc.action.${a}`)}
        </Button>
      ))}
      {doc.is_plan && (
        <Button onClick={() => navigate(`/ke-hoach/${doc.id}`)}>{t('doc.planTasks')}</Button>
      )}
      <Button icon={<DownloadOutlined aria-hidden />} href={`/api/v1/documents/${doc.id}/pdf`}>
        {t('doc.pdf')}
      </Button>
      <Button icon={<DownloadOutlined aria-hidden />} href={`/api/v1/documents/${doc.id}/docx`}>
        {t('doc.docx')}
      </Button>
    </div>
  );

  const isSender = doc.direction === 'out' && doc.unit_id === me.unit_id;
  const signer = [doc.signer_authority, doc.signer_title].filter(Boolean).join(' – ');
  const metaItems: { key: string; label: string; children: ReactNode }[] = [
    { key: 'type', label: t('doc.type'), children: doc.type_name },
    { key: 'number', label: t('doc.number'), children: <NumberText doc={doc} /> },
    { key: 'date', label: t('doc.date'), children: doc.issued_date ? formatDate(doc.issued_date) : <span className="muted">{t('doc.noDate')}</span> },
    doc.direction === 'in'
      ? { key: 'sender', label: t('doc.sender'), children: doc.sender_name }
      : { key: 'issuer', label: t('doc.issuer'), children: doc.unit_name },
    ...(doc.partner_unit_name ? [{ key: 'partner', label: t('doc.partner'), children: doc.partner_unit_name }] : []),
    ...(doc.signer_name || signer
      ? [
          {
            key: 'signer',
            label: t('doc.signer'),
            children: (
              <span>
                {[doc.signer_name, signer && `(${signer})`].filter(Boolean).join(' ')}
                {doc.partner_signer?.name && (
                  <>
                    <br />
                    {doc.partner_signer.name} ({[doc.partner_signer.authority, doc.partner_signer.authority_title, doc.partner_signer.title].filter(Boolean).join(' ')})
                  </>
                )}
              </span>
            ),
          },
        ]
      : []),
    { key: 'urgency', label: t('doc.urgency'), children: labelFor(t, 'docUrgency', doc.urgency) },
    ...(doc.place ? [{ key: 'place', label: t('doc.place'), children: doc.place }] : []),
    ...(doc.eoffice_ref ? [{ key: 'eoffice', label: t('doc.eofficeRef'), children: doc.eoffice_ref }] : []),
    ...(doc.incoming
      ? [
          { key: 'incoming', label: t('doc.incomingNumber'), children: doc.incoming.incoming_number },
          { key: 'received', label: t('doc.receivedDate'), children: doc.received_date ? formatDate(doc.received_date) : formatDateTime(doc.incoming.delivered_at) },
          {
            key: 'ack',
            label: t('doc.acknowledgedBy'),
            children: doc.incoming.acknowledged_at ? (
              t('doc.acknowledgedValue', { name: doc.incoming.acknowledged_by_name, time: formatDateTime(doc.incoming.acknowledged_at) })
            ) : (
              <Tag color={tagColors.orange}>{t('doc.notAcknowledged')}</Tag>
            ),
          },
        ]
      : []),
    ...(doc.checked_at || doc.signed_at || doc.issued_at
      ? [
          {
            key: 'steps',
            label: t('doc.steps'),
            children: (
              <ul className="doc-lines">
                {doc.checked_at && <li>{t('doc.checkedAt', { time: formatDateTime(doc.checked_at) })}</li>}
                {doc.signed_at && <li>{t('doc.signedAt', { time: formatDateTime(doc.signed_at) })}</li>}
                {doc.issued_at && <li>{t('doc.issuedAt', { time: formatDateTime(doc.issued_at) })}</li>}
              </ul>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Typography.Paragraph>
        <Link to={doc.incoming && !isSender ? '/van-ban/den' : '/van-ban'}>
          <ArrowLeftOutlined aria-hidden /> {doc.incoming && !isSender ? t('doc.inboxTitle') : t('doc.back')}
        </Link>
      </Typography.Paragraph>
      <PageHeader
        title={`${doc.type_name} ${doc.number_text ?? ''}`.trim()}
        description={
          <>
            <span className="tag-row">
              <StatusTag status={doc.status} />
              <UrgencyTag urgency={doc.urgency} />
              {doc.illustrative && <Tag color={tagColors.grey}>{t('doc.illustrative')}</Tag>}
            </span>
            <span className="doc-subject">{plainText(doc.subject)}</span>
          </>
        }
        extra={extra}
      />
      {doc.illustrative && <Typography.Paragraph className="muted">{t('doc.illustrativeHelp')}</Typography.Paragraph>}

      <Card title={t('doc.meta')} className="doc-section" size="small">
        <Descriptions className="doc-meta" column={{ xs: 1, sm: 1, md: 2 }} size="small" items={metaItems} />
      </Card>

      {(doc.links?.length ?? 0) > 0 && (
        <Card title={t('doc.links')} className="doc-section" size="small">
          <ul className="doc-lines">
            {doc.links?.map((l, i) => (
              <li key={i}>
                <Typography.Text strong>{labelFor(t, 'docRelation', l.relation)}</Typography.Text>{' '}
                {l.target_id ? <Link to={`/van-ban/${l.target_id}`}>{l.target_text || l.number_text}</Link> : l.target_text}
                {l.subject && <div className="muted doc-subject">{l.subject}</div>}
              </li>
            ))}
          </ul>
        </Card>
      )}

      {doc.direction === 'out' && (
        <Card title={t('doc.content')} className="doc-section" size="small">
          {(doc.addressees?.length ?? 0) > 0 && (
            <div className="doc-section">
              <Typography.Text strong>{t('doc.addressees')}:</Typography.Text>
              <ul className="doc-lines">
                {doc.addressees?.map((a, i) => (
                  <li key={i}>– {a}</li>
                ))}
              </ul>
            </div>
          )}
          {(doc.body?.length ?? 0) > 0 ? <DocumentBody blocks={doc.body ?? []} /> : <Typography.Paragraph className="muted">{t('doc.bodyEmpty')}</Typography.Paragraph>}
          {(doc.distribution?.length ?? 0) > 0 && (
            <div>
              <Typography.Text strong>
                <em>{t('doc.distribution')}:</em>
              </Typography.Text>
              <ul className="doc-lines">
                {doc.distribution?.map((a, i) => (
                  <li key={i}>– {a}</li>
                ))}
              </ul>
            </div>
          )}
        </Card>
      )}

      <FilesCard doc={doc} />

      {isSender && doc.status === 'issued' && <DeliveriesCard documentId={doc.id} />}

      {dialog === 'return' && <ReturnModal doc={doc} onClose={() => setDialog(null)} />}
      {dialog === 'issue' && <IssueModal doc={doc} onClose={() => setDialog(null)} />}
      {dialog === 'eoffice' && <EofficeModal doc={doc} onClose={() => setDialog(null)} />}
    </>
  );
}

function FilesCard({ doc }: { doc: OfficialDocument }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const files = useDocumentFiles(doc.id);
  const attach = useAttachDocumentFile();
  const input = useRef<HTMLInputElement>(null);
  const [signedUpload, setSignedUpload] = useState(false);
  const canAttach = doc.actions?.includes('attach') ?? false;

  const pick = (signed: boolean) => {
    setSignedUpload(signed);
    input.current?.click();
  };
  const upload = (file: File | undefined) => {
    if (!file) return;
    attach
      .mutateAsync({ id: doc.id, file, signed: signedUpload })
      .then(() => message.success(t('doc.attached', { name: file.name })))
      .catch((e) => message.error(errorText(e)))
      .finally(() => {
        if (input.current) input.current.value = '';
      });
  };

  const list = files.data?.files ?? [];
  return (
    <Card
      title={t('doc.files')}
      className="doc-section"
      size="small"
      extra={
        canAttach ? (
          <div className="doc-actions">
            <Button size="small" icon={<PaperClipOutlined aria-hidden />} loading={attach.isPending && !signedUpload} onClick={() => pick(false)}>
              {t('doc.attach')}
            </Button>
            {doc.status === 'signed' && (
              <Button size="small" loading={attach.isPending && signedUpload} onClick={() => pick(true)}>
                {t('doc.attachSigned')}
              </Button>
            )}
          </div>
        ) : null
      }
    >
      <input ref={input} type="file" className="sr-only" tabIndex={-1} aria-hidden onChange={(e) => upload(e.target.files?.[0])} />
      <ErrorAlert error={files.error} />
      {list.length === 0 && !files.isPending ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('doc.filesEmpty')} />
      ) : (
        <List
          size="small"
          loading={files.isPending}
          dataSource={list}
          renderItem={(f) => (
            <List.Item>
              <div className="doc-subject">
                <a href={f.download_url}>{f.name}</a> {doc.signed_file_id === f.id && <Tag color={tagColors.purple}>{t('doc.signedCopy')}</Tag>}
                <div className="muted">
                  {formatBytes(f.size, lang)} · {f.uploaded_by} · {formatDateTime(f.uploaded_at)}
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
      {(doc.signatures?.length ?? 0) > 0 && (
        <div className="doc-section">
          <Typography.Title level={2} className="doc-subtitle">
            {t('doc.signatures')}
          </Typography.Title>
          <ul className="doc-lines">
            {doc.signatures?.map((s, i) => (
              <li key={i}>
                <Tag color={s.valid ? tagColors.green : tagColors.red}>{s.valid ? t('doc.signatureValid') : t('doc.signatureInvalid')}</Tag>
                {[s.signer, s.agency, s.time].filter(Boolean).join(' · ')}
                {s.summary && <div className="muted">{s.summary}</div>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
