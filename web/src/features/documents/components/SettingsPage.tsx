// /van-ban/thiet-lap (manage_document_settings) — the unit's document settings: abbreviation used in
// symbols, agency and parent agency lines, place, drafting sections, and the officers who check
// (per section), sign (authority KT./TL./TM./Q./TUQ. with the head's title, and their own title)
// or act as văn thư. People are picked from the unit's active users (GET .../document-settings/people).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Select, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { FormFooter } from '../../../components/FormFooter';
import { PageHeader } from '../../../components/PageHeader';
import { useServerForm } from '../../../components/use-server-form';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AUTHORITIES, DUTIES, useDocumentSettings, type DocumentSettings, type Duty } from '../api/get-document-settings';
import { usePutDocumentSettings } from '../api/put-document-settings';
import { useDocumentPeople } from '../api/list-document-people';
import { useDocumentTypes } from '../api/list-document-types';
import '../documents.css';

interface Values {
  abbrev: string;
  agency_name: string;
  parent_agency: string;
  place: string;
  sections: { abbrev: string; name: string }[];
  officers: { user_id: number | null; duty: Duty; section_abbrev: string; authority: string; authority_title: string; title: string }[];
  registers: { type_code: string | null; name: string }[];
}

const FIELDS = ['abbrev', 'agency_name', 'parent_agency', 'place', 'sections', 'officers', 'registers'];

function toValues(s: DocumentSettings): Values {
  const abbrevOf = new Map(s.sections.map((x) => [x.id, x.abbrev]));
  return {
    abbrev: s.abbrev,
    agency_name: s.agency_name,
    parent_agency: s.parent_agency,
    place: s.place,
    sections: s.sections.map((x) => ({ abbrev: x.abbrev, name: x.name })),
    officers: s.officers.map((o) => ({
      user_id: o.user_id,
      duty: o.duty,
      section_abbrev: o.section_id ? (abbrevOf.get(o.section_id) ?? '') : '',
      authority: o.authority,
      authority_title: o.authority_title,
      title: o.title,
    })),
    registers: s.registers.map((r) => ({ type_code: r.type_code, name: r.name })),
  };
}

export default function SettingsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('set.title'));
  const me = useCurrentUser();
  const settings = useDocumentSettings(me.unit_id);
  return (
    <>
      <PageHeader title={t('set.title')} description={t('set.description', { unit: me.unit_name })} />
      <ErrorAlert error={settings.error} />
      {settings.isPending ? <Skeleton active paragraph={{ rows: 8 }} /> : settings.data ? <SettingsForm settings={settings.data.settings} /> : null}
    </>
  );
}

function SettingsForm({ settings }: { settings: DocumentSettings }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const put = usePutDocumentSettings(settings.unit_id);
  const server = useServerForm(form, {
    fields: FIELDS,
    rename: (f) => f.replace(/\[(\d+)\]/g, '.$1'),
    mutations: [put],
    onClose: () => navigate('/van-ban'),
  });
  const users = useDocumentPeople(settings.unit_id);
  const people = useMemo(() => {
    const m = new Map<number, string>();
    m.set(me.id, t('set.me', { name: me.full_name }));
    for (const o of settings.officers) if (!m.has(o.user_id)) m.set(o.user_id, o.user_name);
    for (const u of users.data?.people ?? []) if (!m.has(u.id)) m.set(u.id, u.full_name);
    return [...m].map(([value, label]) => ({ value, label }));
  }, [me, settings, users.data, t]);
  const sections = Form.useWatch('sections', form) ?? [];
  const types = useDocumentTypes();

  const submit = (v: Values) => {
    server.clearErrors();
    put.mutate(
      {
        abbrev: v.abbrev.trim(),
        agency_name: v.agency_name.trim(),
        parent_agency: v.parent_agency?.trim() ?? '',
        place: v.place.trim(),
        sections: (v.sections ?? []).map((s) => ({ abbrev: s.abbrev.trim(), name: s.name.trim() })),
        officers: (v.officers ?? [])
          .filter((o) => o.user_id)
          .map((o) => ({
            user_id: o.user_id as number,
            duty: o.duty,
            section_abbrev: o.duty === 'check' ? o.section_abbrev || undefined : undefined,
            authority: o.duty === 'sign' ? o.authority : undefined,
            authority_title: o.duty === 'sign' ? o.authority_title?.trim() : undefined,
            title: o.duty === 'sign' ? o.title?.trim() : undefined,
          })),
        registers: (v.registers ?? []).filter((r) => r.type_code && r.name.trim()).map((r) => ({ type_code: r.type_code as string, name: r.name.trim() })),
      },
      { onSuccess: () => message.success(t('set.saved')), onError: server.onError },
    );
  };

  return (
    <Form<Values> form={form} name="document-settings" layout="vertical" initialValues={toValues(settings)} disabled={put.isPending} onFinish={submit}>
      {!settings.configured && <Alert className="form-alert" type="info" showIcon title={t('set.notConfigured')} />}
      <Card className="doc-section" size="small" title={t('doc.meta')}>
        <div className="doc-row-fields">
          <Form.Item name="abbrev" label={t('set.abbrev')} extra={t('set.abbrevHelp')} rules={[{ required: true, whitespace: true, message: t('set.abbrevRequired') }]}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="place" label={t('set.place')} extra={t('set.placeHelp')} rules={[{ required: true, whitespace: true, message: t('set.placeRequired') }]}>
            <Input maxLength={100} />
          </Form.Item>
        </div>
        <Form.Item name="parent_agency" label={t('set.parent')} extra={t('set.parentHelp')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="agency_name" label={t('set.agency')} extra={t('set.agencyHelp')} rules={[{ required: true, whitespace: true, message: t('set.agencyRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Card>

      <Card className="doc-section" size="small" title={t('set.sections')}>
        <Form.List name="sections">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <div key={f.key} className="doc-row-fields">
                  <Form.Item name={[f.name, 'abbrev']} label={t('set.sectionAbbrev')} className="doc-narrow-field" rules={[{ required: true, whitespace: true, message: t('set.sectionRequired') }]}>
                    <Input maxLength={20} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'name']} label={t('set.sectionName')} rules={[{ required: true, whitespace: true, message: t('set.sectionRequired') }]}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Button className="doc-row-button" icon={<DeleteOutlined aria-hidden />} aria-label={t('set.removeSection', { n: i + 1 })} onClick={() => remove(f.name)} />
                </div>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ abbrev: '', name: '' })}>
                {t('set.addSection')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>

      <Card className="doc-section" size="small" title={t('set.officers')}>
        <Form.List name="officers">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <div key={f.key} className="doc-block-card">
                  <div className="doc-row-fields">
                    <Form.Item name={[f.name, 'user_id']} label={t('set.officer')} rules={[{ required: true, message: t('set.officerRequired') }]}>
                      <Select options={people} loading={users.isPending} showSearch={{ optionFilterProp: 'label' }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'duty']} label={t('set.duty')}>
                      <Select options={DUTIES.map((d) => ({ value: d, label: labelFor(t, 'docDuty', d) }))} />
                    </Form.Item>
                    <Button className="doc-row-button" icon={<DeleteOutlined aria-hidden />} aria-label={t('set.removeOfficer', { n: i + 1 })} onClick={() => remove(f.name)} />
                  </div>
                  <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.officers?.[i]?.duty !== b.officers?.[i]?.duty}>
                    {({ getFieldValue }) => {
                      const duty = getFieldValue(['officers', f.name, 'duty']) as Duty;
                      if (duty === 'check')
                        return (
                          <Form.Item name={[f.name, 'section_abbrev']} label={t('set.officerSection')}>
                            <Select
                              options={[
                                { value: '', label: t('set.officerSectionAll') },
                                ...sections.filter((s) => s?.abbrev).map((s) => ({ value: s.abbrev, label: `${s.name} (${s.abbrev})` })),
                              ]}
                            />
                          </Form.Item>
                        );
                      if (duty === 'sign')
                        return (
                          <div className="doc-row-fields">
                            <Form.Item name={[f.name, 'authority']} label={t('set.authority')}>
                              <Select options={AUTHORITIES.map((a) => ({ value: a, label: labelFor(t, 'docAuthority', a) }))} />
                            </Form.Item>
                            <Form.Item name={[f.name, 'authority_title']} label={t('set.authorityTitle')} extra={t('set.authorityTitleHelp')}>
                              <Input maxLength={100} />
                            </Form.Item>
                            <Form.Item name={[f.name, 'title']} label={t('set.title2')} extra={t('set.title2Help')}>
                              <Input maxLength={100} />
                            </Form.Item>
                          </div>
                        );
                      return null;
                    }}
                  </Form.Item>
                </div>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ user_id: null, duty: 'sign', section_abbrev: '', authority: '', authority_title: '', title: '' })}>
                {t('set.addOfficer')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Card className="doc-section" size="small" title={t('set.registers')}>
        <Typography.Paragraph className="muted">{t('set.registersHelp')}</Typography.Paragraph>
        {settings.counters.length > 0 && (
          <ul className="doc-counters">
            {settings.counters.map((c) => (
              <li key={`${c.direction}-${c.name}`}>{t('set.counter', { name: c.name, next: String(c.next_number).padStart(2, '0') })}</li>
            ))}
          </ul>
        )}
        <Form.List name="registers">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <div key={f.key} className="doc-row-fields">
                  <Form.Item name={[f.name, 'type_code']} label={t('set.registerType')} rules={[{ required: true, message: t('set.registerRequired') }]}>
                    <Select options={(types.data?.types ?? []).map((x) => ({ value: x.code, label: x.name }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'name']} label={t('set.registerName')} rules={[{ required: true, whitespace: true, message: t('set.registerRequired') }]}>
                    <Input maxLength={100} />
                  </Form.Item>
                  <Button className="doc-row-button" icon={<DeleteOutlined aria-hidden />} aria-label={t('set.removeRegister', { n: i + 1 })} onClick={() => remove(f.name)} />
                </div>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ type_code: null, name: '' })}>
                {t('set.addRegister')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Typography.Paragraph />
      {server.alert}
      <FormFooter onCancel={server.close} busy={put.isPending} />
    </Form>
  );
}
