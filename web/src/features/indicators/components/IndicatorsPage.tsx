// /chi-tieu (everyone): the indicator catalogue (code, name, unit, roll-up, the computation in
// words, source) and the data sources; administrators and the department add and edit indicators.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Collapse, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { tagColors } from '../../../lib/theme';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useCan } from '../../../lib/session/capabilities';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useSchoolYears } from '../../../lib/school-years/list-school-years';
import { useIndicators, type Indicator } from '../api/list-indicators';
import '../indicators.css';
import { describeComputation, fieldWords } from '../lib/computation';
import { IndicatorModal } from './IndicatorModal';
import { currentSchoolYear } from '../../../lib/school-years/school-year';

const ROLLUP_COLORS: Record<string, string> = { sum: tagColors.blue, ratio: tagColors.purple, distinct: tagColors.teal };

export default function IndicatorsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('indicators.title'));
  const canEdit = useCan()('edit_indicators');
  const narrow = useIsNarrow();
  const indicators = useIndicators();
  const schoolYears = useSchoolYears();
  const [modal, setModal] = useState<{ indicator: Indicator | null } | null>(null);

  const sourceNames = useMemo(() => new Map((indicators.data?.sources ?? []).map((s) => [s.name, s.name_vi])), [indicators.data]);
  const indicatorNames = useMemo(() => new Map((indicators.data?.indicators ?? []).map((i) => [i.code, i.name])), [indicators.data]);
  const yearCodes = (schoolYears.data?.school_years ?? []).map((y) => y.code);

  const rollupTag = (i: Indicator) => <Tag color={ROLLUP_COLORS[i.rollup]}>{labelFor(t, 'indicators.rollup', i.rollup)}</Tag>;

  const columns: ColumnsType<Indicator> = [
    {
      key: 'name',
      title: t('indicators.name'),
      render: (_, i) => (
        <>
          <div className="cell-strong">{i.name}</div>
          <div className="muted">
            {canEdit && (
              <>
                <code>{i.code}</code> ·{' '}
              </>
            )}
            {t('indicators.unitOf', { unit: i.unit })}
          </div>
          {i.description && <div className="muted">{i.description}</div>}
          {narrow && (
            <div>
              {rollupTag(i)} {describeComputation(t, i.computation, sourceNames, indicatorNames)}
            </div>
          )}
        </>
      ),
    },
    { key: 'rollup', title: t('indicators.rollup'), width: 150, responsive: ['md'], render: (_, i) => rollupTag(i) },
    {
      key: 'computation',
      title: t('indicators.computation'),
      responsive: ['md'],
      render: (_, i) => <span className="indicator-computation">{describeComputation(t, i.computation, sourceNames, indicatorNames)}</span>,
    },
    { key: 'source', title: t('indicators.source'), responsive: ['xl'], width: '22%', render: (_, i) => <span className="muted">{i.source}</span> },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: narrow ? 72 : 100,
      render: (_, i) => (
        <Button icon={<EditOutlined aria-hidden />} aria-label={t('indicators.editNamed', { code: i.code })} onClick={() => setModal({ indicator: i })}>
          {narrow ? null : t('indicators.edit')}
        </Button>
      ),
    });
  }

  return (
    <div className="indicators-page">
      <PageHeader
        title={t('indicators.title')}
        description={t('indicators.description')}
        extra={
          canEdit ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setModal({ indicator: null })}>
              {t('indicators.add')}
            </Button>
          ) : undefined
        }
      />
      <section aria-labelledby="catalogue-title" className="page-section">
        <Typography.Title level={2} id="catalogue-title" className="section-title">
          {t('indicators.catalogue')}
        </Typography.Title>
        {indicators.isError && <ErrorAlert error={indicators.error} className="form-alert" />}
        <Table<Indicator>
          rowKey="code"
          size="middle"
          columns={columns}
          dataSource={indicators.data?.indicators ?? []}
          loading={indicators.isPending}
          pagination={false}
          locale={{ emptyText: t('indicators.empty') }}
          className="indicators-table"
        />
      </section>
      <section aria-labelledby="sources-title" className="page-section">
        <Typography.Title level={2} id="sources-title" className="section-title">
          {t('indicators.sources')}
        </Typography.Title>
        <Collapse
          items={(indicators.data?.sources ?? []).map((s) => ({
            key: s.name,
            label: (
              <>
                {s.name_vi}
              </>
            ),
            children: (
              <ul className="plain-list">
                {s.fields.map((f) => (
                  <li key={f.name}>
                    {fieldWords(t, s.name, f.name)}{' '}
                    <span className="muted">
                      ({f.type === 'number' ? t('indicators.fieldNumber') : t('indicators.fieldText')})
                    </span>
                  </li>
                ))}
              </ul>
            ),
          }))}
        />
      </section>
      {canEdit && (
        <IndicatorModal
          open={modal !== null}
          indicator={modal?.indicator ?? null}
          schoolYears={yearCodes}
          defaultSchoolYear={currentSchoolYear(yearCodes)}
          onClose={() => setModal(null)}
        />
      )}
    </div>
  );
}
