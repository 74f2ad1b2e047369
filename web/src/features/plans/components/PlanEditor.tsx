// The editor of a draft plan's sections and tasks (PUT /api/v1/plans/{id}/tasks replaces them all):
// each task's content, its responsible party (a unit type under a unit, or exactly one unit), lead
// and cooperating parties, recurrence with the date fields it needs, and the evidence it asks for.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, DatePicker, Drawer, Flex, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormFooter } from '../../../components/FormFooter';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useServerForm } from '../../../components/use-server-form';
import { DISPLAY_DATE_FORMAT, todayIso } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useUnitTypes } from '../../../lib/units/get-unit-types';
import { RECURRENCES, type Plan, type Recurrence } from '../api/model';
import { usePutPlanTasks, type PlanTasksInput } from '../api/put-plan-tasks';
import { toDayMonth, toMonthDay } from '../lib/editor';
import { useIndicatorNames } from './parts';

interface TaskValues {
  section: number | null;
  content: string;
  responsible_type?: string;
  responsible_under: number | null;
  lead: string;
  cooperating: string;
  joint: boolean;
  recurrence: Recurrence;
  due_date: Dayjs | null;
  due_md: string;
  until_date: Dayjs | null;
  narrative: boolean;
  files: boolean;
  indicators: string[];
}

interface Values {
  sections: { title: string }[];
  tasks: TaskValues[];
}

function initialValues(plan: Plan): Values {
  const sections = [...plan.sections].sort((a, b) => a.ordinal - b.ordinal);
  return {
    sections: sections.map((s) => ({ title: s.title })),
    tasks: [...plan.tasks]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((x) => {
        const section = sections.findIndex((s) => s.id === x.section_id);
        return {
          section: section >= 0 ? section : null,
          content: x.content,
          responsible_type: x.responsible_type || undefined,
          responsible_under: x.responsible_under || null,
          lead: x.lead,
          cooperating: x.cooperating,
          joint: x.joint,
          recurrence: x.recurrence,
          due_date: x.due_date ? dayjs(x.due_date) : null,
          due_md: toDayMonth(x.due_md),
          until_date: x.until_date ? dayjs(x.until_date) : null,
          narrative: x.evidence.narrative,
          files: x.evidence.files,
          indicators: x.evidence.indicators,
        };
      }),
  };
}

function toBody(v: Values): PlanTasksInput {
  return {
    sections: (v.sections ?? []).map((s) => ({ title: s.title.trim() })),
    tasks: (v.tasks ?? []).map((x) => ({
      ...(x.section !== null && x.section !== undefined ? { section: x.section } : {}),
      content: x.content.trim(),
      ...(x.responsible_type ? { responsible_type: x.responsible_type } : {}),
      ...(x.responsible_under ? { responsible_under: x.responsible_under } : {}),
      lead: (x.lead ?? '').trim(),
      cooperating: (x.cooperating ?? '').trim(),
      joint: !!x.joint,
      recurrence: x.recurrence,
      ...(x.recurrence === 'once' && x.due_date ? { due_date: x.due_date.format('YYYY-MM-DD') } : {}),
      ...(x.recurrence === 'yearly' && x.due_md ? { due_md: toMonthDay(x.due_md) ?? '' } : {}),
      ...(x.recurrence !== 'once' && x.until_date ? { until_date: x.until_date.format('YYYY-MM-DD') } : {}),
      evidence: { narrative: !!x.narrative, files: !!x.files, indicators: x.indicators ?? [] },
    })),
  };
}

const EMPTY_TASK: TaskValues = {
  section: null,
  content: '',
  responsible_under: null,
  lead: '',
  cooperating: '',
  joint: false,
  recurrence: 'once',
  due_date: null,
  due_md: '',
  until_date: null,
  narrative: true,
  files: false,
  indicators: [],
};

export default function PlanEditor({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const narrow = useIsNarrow();
  const [form] = Form.useForm<Values>();
  const save = usePutPlanTasks(plan.document.id);
  const server = useServerForm(form, { fields: [], mutations: [save], onClose });
  const types = useUnitTypes();
  const indicators = useIndicatorNames();
  const sections = Form.useWatch('sections', form) ?? [];

  const onFinish = (v: Values) => {
    server.clearErrors();
    save.mutate(toBody(v), {
      onSuccess: () => {
        message.success(t('plans.editor.saved'));
        server.close();
      },
      onError: server.onError,
    });
  };

  return (
    <Drawer
      open
      onClose={server.close}
      size={narrow ? '100%' : 900}
      title={
        <Typography.Title level={2} className="drawer-title">
          {t('plans.editor.title')}
        </Typography.Title>
      }
      closable={{ 'aria-label': t('plans.task.close') }}
      destroyOnHidden
    >
      <p className="muted">{t('plans.editor.help')}</p>
      <Form<Values> form={form} layout="vertical" initialValues={initialValues(plan)} onFinish={onFinish} disabled={save.isPending}>
        <Typography.Title level={3} className="card-section-title">
          {t('plans.editor.sections')}
        </Typography.Title>
        <Form.List name="sections">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Flex key={f.key} gap={8} align="flex-start">
                  <Form.Item {...f} name={[f.name, 'title']} label={t('plans.editor.section', { n: i + 1 })} rules={[{ required: true, whitespace: true, message: t('plans.editor.sectionTitle') }]} className="plan-grow">
                    <Input maxLength={500} />
                  </Form.Item>
                  <Button className="plan-remove" icon={<DeleteOutlined aria-hidden />} aria-label={t('plans.editor.removeSection', { n: i + 1 })} onClick={() => remove(f.name)} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ title: '' })} className="plan-add">
                {t('plans.editor.addSection')}
              </Button>
            </>
          )}
        </Form.List>

        <Typography.Title level={3} className="card-section-title">
          {t('plans.editor.tasks')}
        </Typography.Title>
        <Form.List name="tasks">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  size="small"
                  className="plan-editor-task"
                  title={t('plans.editor.task', { n: i + 1 })}
                  extra={<Button size="small" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('plans.editor.removeTask', { n: i + 1 })} onClick={() => remove(f.name)} />}
                >
                  <Form.Item name={[f.name, 'section']} label={t('plans.editor.inSection')}>
                    <Select
                      options={[
                        { value: null, label: t('plans.editor.noSection') },
                        ...sections.map((s, k) => ({ value: k, label: `${k + 1}. ${s?.title ?? ''}` })),
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'content']} label={t('plans.editor.content')} rules={[{ required: true, whitespace: true, message: t('plans.editor.contentRequired') }]}>
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} />
                  </Form.Item>
                  <div className="plan-editor-grid">
                    <Form.Item name={[f.name, 'responsible_type']} label={t('plans.editor.responsibleType')} extra={t('plans.editor.responsibleTypeHelp')}>
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        allowClear
                        options={(types.data?.types ?? []).map((x) => ({ value: x.code, label: x.name }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'responsible_under']}
                      label={t('plans.editor.responsibleUnder')}
                      extra={t('plans.editor.responsibleUnderHelp')}
                      rules={[{ required: true, message: t('plans.editor.responsibleRequired') }]}
                    >
                      <UnitTreeSelect date={todayIso()} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'lead']} label={t('plans.editor.lead')}>
                      <Input maxLength={500} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'cooperating']} label={t('plans.editor.cooperating')}>
                      <Input maxLength={500} />
                    </Form.Item>
                  </div>
                  <Form.Item name={[f.name, 'joint']} valuePropName="checked">
                    <Checkbox>{t('plans.editor.joint')}</Checkbox>
                  </Form.Item>
                  <div className="plan-editor-grid">
                    <Form.Item name={[f.name, 'recurrence']} label={t('plans.editor.recurrence')} rules={[{ required: true }]}>
                      <Select options={RECURRENCES.map((r) => ({ value: r, label: labelFor(t, 'plans.recurrence', r) }))} />
                    </Form.Item>
                    <Form.Item noStyle shouldUpdate={(a, b) => a.tasks?.[f.name]?.recurrence !== b.tasks?.[f.name]?.recurrence}>
                      {() => {
                        const r = form.getFieldValue(['tasks', f.name, 'recurrence']) as Recurrence;
                        return (
                          <>
                            {r === 'once' && (
                              <Form.Item name={[f.name, 'due_date']} label={t('plans.editor.dueDate')} rules={[{ required: true, message: t('plans.editor.dateInvalid') }]}>
                                <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
                              </Form.Item>
                            )}
                            {r === 'yearly' && (
                              <Form.Item
                                name={[f.name, 'due_md']}
                                label={t('plans.editor.dueMd')}
                                rules={[{ required: true, message: t('plans.editor.dueMdInvalid') }, { validator: (_, v: string) => (!v || toMonthDay(v) ? Promise.resolve() : Promise.reject(new Error(t('plans.editor.dueMdInvalid')))) }]}
                              >
                                <Input placeholder="15/12" maxLength={5} />
                              </Form.Item>
                            )}
                            {r !== 'once' && (
                              <Form.Item name={[f.name, 'until_date']} label={t('plans.editor.untilDate')}>
                                <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
                              </Form.Item>
                            )}
                          </>
                        );
                      }}
                    </Form.Item>
                  </div>
                  <fieldset className="plan-editor-evidence">
                    <legend>{t('plans.editor.evidence')}</legend>
                    <Flex gap={16} wrap>
                      <Form.Item name={[f.name, 'narrative']} valuePropName="checked" noStyle>
                        <Checkbox>{t('plans.editor.evidenceNarrative')}</Checkbox>
                      </Form.Item>
                      <Form.Item name={[f.name, 'files']} valuePropName="checked" noStyle>
                        <Checkbox>{t('plans.editor.evidenceFiles')}</Checkbox>
                      </Form.Item>
                    </Flex>
                    <Form.Item name={[f.name, 'indicators']} label={t('plans.editor.indicators')} className="plan-editor-indicators">
                      <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={indicators.catalogue.map((x) => ({ value: x.code, label: x.name }))} />
                    </Form.Item>
                  </fieldset>
                </Card>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ ...EMPTY_TASK })} className="plan-add">
                {t('plans.editor.addTask')}
              </Button>
            </>
          )}
        </Form.List>
        {server.alert}
        <div className="plan-editor-footer">
          <FormFooter onCancel={server.close} busy={save.isPending} />
        </div>
      </Form>
    </Drawer>
  );
}
