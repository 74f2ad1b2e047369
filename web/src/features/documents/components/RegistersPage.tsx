// /van-ban/so — the unit's outgoing and incoming registers (Decree 30 Appendix IV columns, as the
// server lists them) for a year, searchable, with "Xuất Excel" (…/xlsx, formula injection
// neutralised by the server). A row's number opens the document.
import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Radio, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n } from '../../../lib/i18n';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { registerXlsxUrl, useRegister, type Register, type RegisterKind } from '../api/get-register';
import { cellText } from '../lib/register';
import '../documents.css';

type Row = Register['rows'][number];

function years(): number[] {
  const now = new Date().getFullYear();
  return Array.from({ length: 8 }, (_, i) => now - i);
}

export default function RegistersPage() {
  const { t } = useI18n();
  useDocumentTitle(t('reg.title'));
  const [params, setParams] = useSearchParams();
  const so = params.get('so');
  const kind: RegisterKind = so === 'den' ? 'incoming' : so === 'theo-doi' ? 'tracking' : 'outgoing';
  const [year, setYear] = useState(new Date().getFullYear());
  const [q, setQ] = useState('');
  const deferredQ = useDebouncedValue(q, 300);
  return (
    <>
      <PageHeader title={t('reg.title')} description={t('reg.description')} />
      {/* Buttons, not tabs: three register names do not fit a phone's width, and the tab bar's
          overflow menu breaks the tablist's required children (axe). */}
      <Radio.Group
        className="doc-register-kinds"
        optionType="button"
        buttonStyle="solid"
        aria-label={t('reg.title')}
        value={kind}
        onChange={(e) => {
          const k = e.target.value as RegisterKind;
          setParams(k === 'incoming' ? { so: 'den' } : k === 'tracking' ? { so: 'theo-doi' } : {}, { replace: true });
        }}
        options={[
          { value: 'outgoing', label: t('reg.outgoing') },
          { value: 'incoming', label: t('reg.incoming') },
          { value: 'tracking', label: t('reg.tracking') },
        ]}
      />
      <Flex gap={8} wrap className="doc-filters" align="center">
        <Input
          className="doc-search"
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t('doc.search')}
          aria-label={t('doc.searchLabel')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <Select aria-label={t('reg.year')} value={year} onChange={setYear} options={years().map((y) => ({ value: y, label: String(y) }))} />
        <Button icon={<DownloadOutlined aria-hidden />} href={registerXlsxUrl(kind, { year, q: deferredQ })}>
          {t('reg.export')}
        </Button>
      </Flex>
      <RegisterTable kind={kind} year={year} q={deferredQ} />
    </>
  );
}

function RegisterTable({ kind, year, q }: { kind: RegisterKind; year: number; q: string }) {
  const { t } = useI18n();
  const reg = useRegister(kind, { year, q });
  const data = reg.data;
  // The number column opens the document: the first column outgoing, the fourth incoming, the
  // second (number and subject) in the tracking register.
  const linkColumn = kind === 'outgoing' ? 0 : kind === 'incoming' ? 3 : 1;
  const columns: ColumnsType<Row> = (data?.columns ?? []).map((title, i) => ({
    key: String(i),
    title,
    className: 'doc-register-cell',
    render: (_, r) => {
      const text = cellText(r.cells[i] ?? '');
      return i === linkColumn ? <Link to={`/van-ban/${r.document_id}`}>{text || '—'}</Link> : text;
    },
  }));
  return (
    <>
      <ErrorAlert error={reg.error} className="form-alert" />
      {data && (
        <Typography.Paragraph>
          <strong>{data.title}</strong> · {data.unit_name} · {t('reg.count', { count: data.rows.length })}
        </Typography.Paragraph>
      )}
      <Table<Row>
        rowKey="document_id"
        size="small"
        columns={columns}
        dataSource={data?.rows ?? []}
        loading={reg.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('reg.empty', { year }) }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </>
  );
}
