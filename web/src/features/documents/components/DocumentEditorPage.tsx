// /van-ban/moi and /van-ban/:documentId/sua — the draft editor: type, subject, drafting section,
// signer (the unit's officers with the duty to sign), urgency, place, Kính gửi and Nơi nhận lines, the
// body as blocks (paragraph, numbered item, heading; **bold**, *italic*), related documents, and the
// recipient units one by one or by group with the live resolved list. No number or date: the văn
// thư gives them at issue. Classified documents are not offered (out of scope; the help says where
// they belong).
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, Select, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { FormFooter } from '../../../components/FormFooter';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useServerForm } from '../../../components/use-server-form';
import { todayIso } from '../../../lib/dates';
import { foldedIncludes } from '../../../lib/fold';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { useUnitTypes } from '../../../lib/units/get-unit-types';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateDocument } from '../api/create-document';
import { useDocument } from '../api/get-document';
import { useDocumentSettings } from '../api/get-document-settings';
import { useDocumentTypes } from '../api/list-document-types';
import { useDocuments } from '../api/list-documents';
import { BLOCK_KINDS, LINK_RELATIONS, URGENCIES, type DocumentBlock, type DraftInput, type LinkRelation, type OfficialDocument, type RecipientGroup, type Urgency } from '../api/model';
import { useRecipientsPreview } from '../api/preview-recipients';
import { useUnitSearch } from '../api/search-units';
import { useUpdateDocument } from '../api/update-document';
import { nextItemLabel, renumberItems } from '../lib/body';
import { DocumentBody } from './parts';
import { ResolutionView } from './ResolutionView';
import '../documents.css';

interface Values {
  type_code: string;
  subject: string;
  section_id: number | null;
  signer_id: number | null;
  urgency: Urgency;
  place: string;
  addressees: string[];
  distribution: string[];
  body: DocumentBlock[];
  links: { relation: LinkRelation; target_id: number | null; target_text?: string }[];
  units: number[];
  groups: { type: string; under: number | null }[];
}

const FIELDS = ['type_code', 'subject', 'section_id', 'signer_id', 'urgency', 'place', 'addressees', 'distribution', 'body', 'links', 'units', 'groups'];

function initialValues(doc: OfficialDocument | undefined, place: string, signerId: number | null): Partial<Values> {
  if (!doc)
    return { signer_id: signerId, urgency: '', place, addressees: [''], distribution: ['Như trên;', 'Lưu: VT.'], body: [{ kind: 'paragraph', text: '' }], links: [], units: [], groups: [] };
  return {
    type_code: doc.type_code,
    subject: doc.subject,
    section_id: doc.section_id ?? null,
    signer_id: doc.signer_id ?? null,
    urgency: doc.urgency,
    place: doc.place ?? place,
    addressees: doc.addressees ?? [],
    distribution: doc.distribution ?? [],
    body: doc.body ?? [],
    links: (doc.links ?? [])
      .filter((l): l is typeof l & { relation: LinkRelation } => (LINK_RELATIONS as readonly string[]).includes(l.relation))
      .map((l) => ({ relation: l.relation, target_id: l.target_id, target_text: l.target_id ? undefined : l.target_text })),
    units: doc.recipients?.units ?? [],
    groups: (doc.recipients?.groups ?? []).map((g) => ({ type: g.type, under: g.under })),
  };
}

function toRules(units: number[] | undefined, groups: Values['groups'] | undefined) {
  return {
    units: units ?? [],
    groups: (groups ?? []).filter((g): g is { type: string; under: number } => !!g && typeof g.under === 'number').map((g): RecipientGroup => ({ type: g.type ?? '', under: g.under })),
  };
}

export default function DocumentEditorPage() {
  const { t } = useI18n();
  const params = useParams();
  const id = params.documentId ? Number(params.documentId) : null;
  const doc = useDocument(id);
  const me = useCurrentUser();
  const settings = useDocumentSettings(me.unit_id);
  useDocumentTitle(id ? t('doc.editorEdit') : t('doc.editorNew'));
  if ((id && doc.isPending) || settings.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (id && !doc.data) return <Alert type="error" showIcon title={t('doc.notFound')} />;
  // A new draft names the unit's signer when it has exactly one.
  const signers = (settings.data?.settings.officers ?? []).filter((o) => o.duty === 'sign');
  return <Editor doc={doc.data?.document} place={settings.data?.settings.place ?? ''} signerId={signers.length === 1 ? signers[0].user_id : null} />;
}

function Editor({ doc, place, signerId }: { doc: OfficialDocument | undefined; place: string; signerId: number | null }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const create = useCreateDocument();
  const update = useUpdateDocument();
  const types = useDocumentTypes();
  const settings = useDocumentSettings(me.unit_id);
  const server = useServerForm(form, {
    fields: FIELDS,
    rename: (f) => f.replace(/^recipients\./, '').replace(/\[(\d+)\]/g, '.$1'),
    mutations: [create, update],
    onClose: () => navigate(doc ? `/van-ban/${doc.id}` : '/van-ban'),
  });
  const editable = !doc || (doc.actions ?? []).includes('edit');

  const sections = settings.data?.settings.sections ?? [];
  const signers = (settings.data?.settings.officers ?? []).filter((o) => o.duty === 'sign');

  const submit = (v: Values) => {
    server.clearErrors();
    const input: DraftInput = {
      type_code: v.type_code,
      subject: v.subject.trim(),
      urgency: v.urgency,
      place: v.place?.trim() ?? '',
      section_id: v.section_id ?? null,
      signer_id: v.signer_id ?? null,
      addressees: (v.addressees ?? []).map((x) => x?.trim() ?? '').filter(Boolean),
      distribution: (v.distribution ?? []).map((x) => x?.trim() ?? '').filter(Boolean),
      body: (v.body ?? [])
        .filter((b) => b && b.text?.trim())
        .map((b) => (b.kind === 'item' ? { kind: b.kind, label: b.label?.trim() ?? '', text: b.text.trim() } : { kind: b.kind, text: b.text.trim() })),
      links: (v.links ?? []).filter((l) => l && (l.target_id || l.target_text)).map((l) => (l.target_id ? { relation: l.relation, target_id: l.target_id } : { relation: l.relation, target_text: l.target_text })),
      recipients: toRules(v.units, v.groups),
    };
    if (doc)
      update.mutate(
        { id: doc.id, input },
        {
          onSuccess: () => {
            message.success(t('doc.saved'));
            navigate(`/van-ban/${doc.id}`);
          },
          onError: server.onError,
        },
      );
    else
      create.mutate(input, {
        onSuccess: (data) => {
          message.success(t('doc.created'));
          navigate(`/van-ban/${data.document.id}`);
        },
        onError: server.onError,
      });
  };

  return (
    <>
      <Typography.Paragraph>
        <Link to={doc ? `/van-ban/${doc.id}` : '/van-ban'}>{doc ? doc.subject : t('doc.back')}</Link>
      </Typography.Paragraph>
      <Typography.Title level={1} className="page-title">
        {doc ? t('doc.editorEdit') : t('doc.editorNew')}
      </Typography.Title>
      <Typography.Paragraph className="muted">{t('doc.editorHelp')}</Typography.Paragraph>
      {!editable && <Alert className="form-alert" type="warning" showIcon title={t('doc.notEditable')} />}
      <Form<Values>
        form={form}
        name="document-draft"
        layout="vertical"
        initialValues={initialValues(doc, place, signerId)}
        disabled={!editable || create.isPending || update.isPending}
        onFinish={submit}
        scrollToFirstError
      >
        <Card className="doc-section" size="small" title={t('doc.meta')}>
          <div className="doc-row-fields">
            <Form.Item name="type_code" label={t('doc.type')} rules={[{ required: true, message: t('doc.typeRequired') }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} loading={types.isPending} options={(types.data?.types ?? []).map((x) => ({ value: x.code, label: x.name }))} />
            </Form.Item>
            <Form.Item name="urgency" label={t('doc.urgency')}>
              <Select options={URGENCIES.map((u) => ({ value: u, label: labelFor(t, 'docUrgency', u) }))} />
            </Form.Item>
          </div>
          <Form.Item name="subject" label={t('doc.subject')} extra={t('doc.subjectHelp')} rules={[{ required: true, whitespace: true, message: t('doc.subjectRequired') }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
          </Form.Item>
          <div className="doc-row-fields">
            <Form.Item name="section_id" label={t('doc.section')} extra={t('doc.sectionHelp')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={sections.map((s) => ({ value: s.id, label: `${s.name} (${s.abbrev})` }))} />
            </Form.Item>
            <Form.Item name="signer_id" label={t('doc.signerPick')} extra={signers.length === 0 ? t('doc.signerNone') : undefined}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={signers.map((o) => ({ value: o.user_id, label: [o.authority && `${o.authority} ${o.authority_title}`, o.title, o.user_name].filter(Boolean).join(' – ') }))}
              />
            </Form.Item>
            <Form.Item name="place" label={t('doc.place')}>
              <Input maxLength={100} />
            </Form.Item>
          </div>
        </Card>

        <Card className="doc-section" size="small" title={t('doc.addressees')}>
          <LinesField name="addressees" help={t('doc.addresseesHelp')} />
        </Card>

        <Card className="doc-section" size="small" title={t('doc.body')}>
          <BodyField />
        </Card>

        <Card className="doc-section" size="small" title={t('doc.distribution')}>
          <LinesField name="distribution" help={t('doc.distributionHelp')} />
        </Card>

        <Card className="doc-section" size="small" title={t('doc.links')}>
          <LinksField doc={doc} />
        </Card>

        <Card className="doc-section" size="small" title={t('doc.recipients')}>
          <RecipientsField doc={doc} />
        </Card>

        {server.alert}
        {editable && <FormFooter onCancel={server.close} busy={create.isPending || update.isPending} submitLabel={t('doc.saveDraft')} />}
      </Form>
    </>
  );
}

function LinesField({ name, help }: { name: 'addressees' | 'distribution'; help: string }) {
  const { t } = useI18n();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          <Typography.Paragraph className="muted">{help}</Typography.Paragraph>
          {fields.map((f, i) => (
            <Flex key={f.key} gap={8} align="flex-start">
              <Form.Item name={f.name} className="doc-grow" aria-label={t('doc.line', { n: i + 1 })}>
                <Input aria-label={`${name === 'addressees' ? t('doc.addressees') : t('doc.distribution')} – ${t('doc.line', { n: i + 1 })}`} maxLength={300} />
              </Form.Item>
              <Button icon={<DeleteOutlined aria-hidden />} aria-label={t('doc.removeLine', { n: i + 1 })} onClick={() => remove(f.name)} />
            </Flex>
          ))}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add('')}>
            {t('doc.addLine')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

function BodyField() {
  const { t } = useI18n();
  const form = Form.useFormInstance<Values>();
  const body = Form.useWatch('body', form) ?? [];
  const deferred = useDebouncedValue(body, 300);
  return (
    <Form.List name="body">
      {(fields, { add, remove, move }) => (
        <>
          <Typography.Paragraph className="muted">{t('doc.bodyHelp')}</Typography.Paragraph>
          {fields.map((f, i) => {
            const kind = body[i]?.kind;
            return (
              <div key={f.key} className="doc-block-card">
                <div className="doc-row-fields">
                  <Form.Item name={[f.name, 'kind']} label={t('doc.blockKind')}>
                    <Select options={BLOCK_KINDS.map((k) => ({ value: k, label: labelFor(t, 'docBlock', k) }))} />
                  </Form.Item>
                  {kind === 'item' && (
                    <Form.Item name={[f.name, 'label']} label={t('doc.blockLabel')} className="doc-narrow-field">
                      <Input maxLength={12} />
                    </Form.Item>
                  )}
                  <Flex gap={4} className="doc-block-buttons">
                    <Button icon={<ArrowUpOutlined aria-hidden />} aria-label={t('doc.moveUp', { n: i + 1 })} disabled={i === 0} onClick={() => move(i, i - 1)} />
                    <Button icon={<ArrowDownOutlined aria-hidden />} aria-label={t('doc.moveDown', { n: i + 1 })} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} />
                    <Button icon={<DeleteOutlined aria-hidden />} aria-label={t('doc.removeBlock', { n: i + 1 })} onClick={() => remove(f.name)} />
                  </Flex>
                </div>
                <Form.Item name={[f.name, 'text']} label={t('doc.blockText', { n: i + 1 })}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 12 }} />
                </Form.Item>
              </div>
            );
          })}
          <Flex gap={8} wrap>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ kind: 'paragraph', text: '' })}>
              {t('doc.addParagraph')}
            </Button>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ kind: 'item', label: nextItemLabel(form.getFieldValue('body') ?? []), text: '' })}>
              {t('doc.addItem')}
            </Button>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ kind: 'heading', text: '' })}>
              {t('doc.addHeading')}
            </Button>
            <Button onClick={() => form.setFieldValue('body', renumberItems(form.getFieldValue('body') ?? []))}>{t('doc.renumber')}</Button>
          </Flex>
          {deferred.some((b) => b?.text?.trim()) && (
            <div className="doc-preview">
              <Typography.Title level={2} className="doc-subtitle">
                {t('doc.preview')}
              </Typography.Title>
              <DocumentBody blocks={deferred.filter((b) => b?.text?.trim())} />
            </div>
          )}
        </>
      )}
    </Form.List>
  );
}

function LinksField({ doc }: { doc: OfficialDocument | undefined }) {
  const { t } = useI18n();
  const own = useDocuments({ box: 'own' });
  const inbox = useDocuments({ box: 'inbox' });
  const options = useMemo(() => {
    const seen = new Map<number, string>();
    for (const l of doc?.links ?? []) if (l.target_id && !l.relation.startsWith('by_')) seen.set(l.target_id, `${l.number_text || t('doc.noNumber')} – ${l.subject}`);
    for (const d of [...(own.data?.documents ?? []), ...(inbox.data?.documents ?? [])])
      if (d.id !== doc?.id && !seen.has(d.id)) seen.set(d.id, `${d.number_text ?? t('doc.noNumber')} – ${d.type_name}: ${d.subject}`);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [doc, own.data, inbox.data, t]);
  return (
    <Form.List name="links">
      {(fields, { add, remove }) => (
        <>
          <Typography.Paragraph className="muted">{t('doc.linksHelp')}</Typography.Paragraph>
          {fields.map((f, i) => (
            <div key={f.key} className="doc-row-fields">
              <Form.Item name={[f.name, 'relation']} label={t('doc.linkRelation')} className="doc-relation-field">
                <Select options={LINK_RELATIONS.map((r) => ({ value: r, label: labelFor(t, 'docRelation', r) }))} />
              </Form.Item>
              <Form.Item
                noStyle
                shouldUpdate={(a: Values, b: Values) => a.links?.[i]?.target_text !== b.links?.[i]?.target_text}
              >
                {({ getFieldValue }) =>
                  getFieldValue(['links', f.name, 'target_text']) ? (
                    <Form.Item name={[f.name, 'target_text']} label={t('doc.linkTarget')}>
                      <Input maxLength={300} />
                    </Form.Item>
                  ) : (
                    <Form.Item name={[f.name, 'target_id']} label={t('doc.linkTarget')} rules={[{ required: true, message: t('doc.linkTargetRequired') }]}>
                      <Select
                        showSearch={{ filterOption: (input, o) => foldedIncludes(String(o?.label ?? ''), input) }}
                        placeholder={t('doc.linkTargetPlaceholder')}
                        options={options}
                        loading={own.isPending || inbox.isPending}
                      />
                    </Form.Item>
                  )
                }
              </Form.Item>
              <Button className="doc-row-button" icon={<DeleteOutlined aria-hidden />} aria-label={t('doc.removeLink', { n: i + 1 })} onClick={() => remove(f.name)} />
            </div>
          ))}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ relation: 'implements', target_id: null })}>
            {t('doc.addLink')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

function RecipientsField({ doc }: { doc: OfficialDocument | undefined }) {
  const { t } = useI18n();
  const form = Form.useFormInstance<Values>();
  const today = todayIso();
  const units = Form.useWatch('units', form);
  const groups = Form.useWatch('groups', form);
  const rules = useDebouncedValue(toRules(units, groups), 400);
  const hasRules = rules.units.length + rules.groups.length > 0;
  const preview = useRecipientsPreview(rules, hasRules);
  const [query, setQuery] = useState('');
  const search = useUnitSearch(useDebouncedValue(query, 300), today);
  const types = useUnitTypes();
  // Names of the units already picked (the preview names them), then the search's.
  const known = useMemo(() => {
    const m = new Map<number, string>();
    for (const u of preview.data?.resolution.named ?? []) m.set(u.id, u.name);
    for (const u of search.data?.units ?? []) m.set(u.id, u.name);
    return m;
  }, [preview.data, search.data]);
  const unitOptions = [...new Set([...(units ?? doc?.recipients?.units ?? []), ...(search.data?.units ?? []).map((u) => u.id)])].map((id) => ({
    value: id,
    label: known.get(id) ?? `#${id}`,
  }));
  return (
    <>
      <Typography.Paragraph className="muted">{t('doc.recipientsHelp')}</Typography.Paragraph>
      <Form.Item name="units" label={t('doc.recipientUnits')}>
        <Select
          mode="multiple"
          showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
          placeholder={t('doc.recipientUnitsPlaceholder')}
          options={unitOptions}
          loading={search.isFetching}
          onBlur={() => setQuery('')}
        />
      </Form.Item>
      <Typography.Text strong>{t('doc.groups')}</Typography.Text>
      <Form.List name="groups">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <div key={f.key} className="doc-row-fields">
                <Form.Item name={[f.name, 'type']} label={t('doc.groupType')}>
                  <Select
                    showSearch={{ filterOption: (input, o) => foldedIncludes(String(o?.label ?? ''), input) }}
                    options={[{ value: '', label: t('doc.groupTypeAll') }, ...(types.data?.types ?? []).map((x) => ({ value: x.code, label: x.name }))]}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'under']} label={t('doc.groupUnder')} rules={[{ required: true, message: t('doc.groupUnderRequired') }]}>
                  <UnitTreeSelect date={today} />
                </Form.Item>
                <Button className="doc-row-button" icon={<DeleteOutlined aria-hidden />} aria-label={t('doc.removeGroup', { n: i + 1 })} onClick={() => remove(f.name)} />
              </div>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ type: '', under: null })}>
              {t('doc.addGroup')}
            </Button>
          </>
        )}
      </Form.List>
      {hasRules && (
        <div className="doc-section doc-resolution-box">
          <Typography.Title level={2} className="doc-subtitle">
            {t('doc.resolution')}
          </Typography.Title>
          {preview.data ? <ResolutionView resolution={preview.data.resolution} /> : <Skeleton active paragraph={{ rows: 2 }} />}
        </div>
      )}
    </>
  );
}
