// /ma-vi-pham (everyone): the violation codes of Decrees 100/2019 and 168/2024 (and any decree an
// administrator adds) with their fines, dates in force and behaviour categories, filtered by decree,
// category, vehicle, a day and words; codes flagged for review are marked and, for administrators,
// listed on their own. Administrators correct a code or add one when the law changes.
import { EditOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, DatePicker, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { DISPLAY_DATE_FORMAT, formatDate, todayIso } from '../../../lib/dates';
import { labelFor, periodText, useI18n } from '../../../lib/i18n';
import { useCan } from '../../../lib/session/capabilities';
import { tagColors } from '../../../lib/theme';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useBehaviourCategories } from '../../../lib/legal/list-behaviour-categories';
import { useDecrees } from '../api/list-decrees';
import { useViolationCodes, VEHICLE_KINDS, type ViolationCode } from '../../../lib/legal/list-violation-codes';
import { categoryLabel, fineText } from '../../../lib/legal/display';
import '../../../lib/legal/legal.css';
import { ViolationCodeModal } from './ViolationCodeModal';

export default function ViolationCodesPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('legal.title'));
  const canEdit = useCan()('edit_legal_codes');
  const narrow = useIsNarrow();
  const [decree, setDecree] = useState<string | undefined>();
  const [category, setCategory] = useState<string | undefined>();
  const [vehicle, setVehicle] = useState<string | undefined>();
  const [day, setDay] = useState<string | undefined>(todayIso());
  const [q, setQ] = useState('');
  const [review, setReview] = useState(false);
  const query = useDebouncedValue(q, 300);
  const decrees = useDecrees();
  const categories = useBehaviourCategories();
  const codes = useViolationCodes({ decree, category, vehicle_kind: vehicle, date: day, q: query, review });
  const [editing, setEditing] = useState<{ code: ViolationCode | null } | null>(null);
  const cats = categories.data?.behaviour_categories;

  const columns: ColumnsType<ViolationCode> = [
    {
      key: 'code',
      title: t('legal.code'),
      width: narrow ? undefined : 230,
      render: (_, c) => (
        <>
          <div className="cell-strong">{c.citation}</div>
          <div className="muted">{periodText(t, c.effective_from, c.effective_to)}</div>
          {c.review_note && (
            <Tag color={tagColors.orange} icon={<WarningOutlined aria-hidden />}>
              {t('legal.needsReview')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'description',
      title: t('legal.description'),
      render: (_, c) => (
        <>
          <div className="legal-description">{c.description}</div>
          <Flex gap={4} wrap style={{ marginTop: 4 }}>
            <Tag color={tagColors.blue} className="legal-tag">
              {categoryLabel(lang, cats, c.category)}
            </Tag>
            <Tag>{labelFor(t, 'vehicleKind', c.vehicle_kind)}</Tag>
            {narrow && fineText(lang, c.fine_min, c.fine_max) && <Tag color={tagColors.red}>{fineText(lang, c.fine_min, c.fine_max)}</Tag>}
          </Flex>
          {c.review_note && <div className="muted">{c.review_note}</div>}
        </>
      ),
    },
    {
      key: 'sanction',
      title: t('legal.sanction'),
      responsive: ['md'],
      width: 220,
      render: (_, c) => (
        <>
          <div>{fineText(lang, c.fine_min, c.fine_max) ?? t('legal.noFine')}</div>
          {c.licence_points !== null && <div className="muted">{t('legal.points', { n: c.licence_points })}</div>}
          {c.impoundable && <div className="muted">{t('legal.impoundable')}</div>}
          {c.additional_sanctions && <div className="muted">{c.additional_sanctions}</div>}
        </>
      ),
    },
  ];
  if (canEdit)
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: narrow ? 64 : 100,
      render: (_, c) => (
        <Button icon={<EditOutlined aria-hidden />} aria-label={t('legal.editNamed', { citation: c.citation })} onClick={() => setEditing({ code: c })}>
          {narrow ? null : t('legal.edit')}
        </Button>
      ),
    });

  const rows = codes.data?.violation_codes ?? [];
  return (
    <>
      <PageHeader
        title={t('legal.title')}
        description={t('legal.description.page')}
        extra={
          canEdit ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ code: null })}>
              {t('legal.add')}
            </Button>
          ) : null
        }
      />
      <Card size="small" className="legal-decrees" title={t('legal.decrees')}>
        <ErrorAlert error={decrees.error} />
        {(decrees.data?.decrees ?? []).map((d) => (
          <div key={d.code} style={{ marginBottom: 6 }}>
            <Typography.Text strong>{t('legal.decree', { number: d.number })}</Typography.Text> — {d.title}.{' '}
            <Typography.Text type="secondary">
              {d.effective_to ? t('legal.inForceBetween', { from: formatDate(d.effective_from), to: formatDate(d.effective_to) }) : t('legal.inForceFrom', { from: formatDate(d.effective_from) })}
            </Typography.Text>
          </div>
        ))}
      </Card>
      <Card size="small" style={{ marginTop: 12 }}>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
          <Input.Search allowClear placeholder={t('legal.search')} aria-label={t('legal.search')} value={q} onChange={(e) => setQ(e.target.value)} style={{ width: narrow ? '100%' : 260 }} />
          <Select
            allowClear
            aria-label={t('legal.filterDecree')}
            placeholder={t('legal.filterDecree')}
            value={decree}
            onChange={setDecree}
            style={{ width: narrow ? '100%' : 200 }}
            options={(decrees.data?.decrees ?? []).map((d) => ({ value: d.code, label: t('legal.decree', { number: d.number }) }))}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            aria-label={t('legal.filterCategory')}
            placeholder={t('legal.filterCategory')}
            value={category}
            onChange={setCategory}
            style={{ width: narrow ? '100%' : 320 }}
            options={(cats ?? []).map((c) => ({ value: c.code, label: categoryLabel(lang, cats, c.code) }))}
          />
          <Select
            allowClear
            aria-label={t('legal.filterVehicle')}
            placeholder={t('legal.filterVehicle')}
            value={vehicle}
            onChange={setVehicle}
            style={{ width: narrow ? '100%' : 200 }}
            options={VEHICLE_KINDS.map((k) => ({ value: k, label: labelFor(t, 'vehicleKind', k) }))}
          />
          <DatePicker
            aria-label={t('legal.inForceOn')}
            placeholder={t('legal.inForceOn')}
            format={DISPLAY_DATE_FORMAT}
            value={day ? dayjs(day) : null}
            onChange={(d) => setDay(d ? d.format('YYYY-MM-DD') : undefined)}
            style={{ width: narrow ? '100%' : undefined }}
          />
          <Checkbox checked={review} onChange={(e) => setReview(e.target.checked)}>
            {t('legal.onlyReview')}
          </Checkbox>
        </Flex>
        {day && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('legal.showingOn', { day: formatDate(day), n: rows.length })} />}
        <ErrorAlert error={codes.error ?? categories.error} />
        <Table<ViolationCode>
          rowKey="id"
          size="small"
          loading={codes.isFetching}
          columns={columns}
          dataSource={rows}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: t('legal.none') }}
        />
      </Card>
      <ViolationCodeModal open={editing !== null} code={editing?.code ?? null} onClose={() => setEditing(null)} />
    </>
  );
}
