// /cam-ket/chua-ky?nam&loai&lop&don-vi (view_students): who has not signed a commitment, one class,
// as a plain numbered table for paper. "In" calls window.print(); while this page is open the
// print stylesheet (students.css, body.printing) leaves out the app's header and menu.
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate, todayIso } from '../../../lib/dates';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUnsignedCommitments } from '../api/list-unsigned-commitments';
import { compareNames } from '../lib/students';
import '../students.css';
import { KIND_SLUGS, kindOfSlug } from './kind-param';

export default function UnsignedPrintPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const year = params.get('nam') ?? '';
  const kind = kindOfSlug(params.get('loai'));
  const className = params.get('lop') ?? '';
  const unit = Number(params.get('don-vi')) || null;
  const ok = year !== '' && className !== '';
  const list = useUnsignedCommitments(ok ? { kind, class_name: className, school_year: year, unit_id: unit } : null);
  const d = list.data;
  useDocumentTitle(d ? d.title : t('unsigned.title'));

  useEffect(() => {
    document.body.classList.add('printing');
    return () => document.body.classList.remove('printing');
  }, []);

  const back = `/cam-ket?${new URLSearchParams({ nam: year, loai: KIND_SLUGS[kind], lop: className, ...(unit ? { truong: String(unit) } : {}) }).toString()}`;
  const students = [...(d?.students ?? [])].sort((a, b) => compareNames(a.full_name, b.full_name));

  return (
    <div className="unsigned-page">
      <Flex gap={8} wrap justify="space-between" align="center" className="no-print" style={{ marginBottom: 16 }}>
        <Link to={back}>
          <ArrowLeftOutlined aria-hidden /> {t('unsigned.back')}
        </Link>
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()} disabled={!d}>
          {t('unsigned.print')}
        </Button>
      </Flex>
      {!ok && (
        <>
          <Typography.Title level={1} className="page-title">
            {t('unsigned.title')}
          </Typography.Title>
          <Alert type="warning" showIcon title={t('unsigned.missing')} />
        </>
      )}
      {ok && list.isPending && <Skeleton active />}
      {list.isError && (
        <>
          <Typography.Title level={1} className="page-title">
            {t('unsigned.title')}
          </Typography.Title>
          <ErrorAlert error={list.error} />
        </>
      )}
      {d && (
        <article className="unsigned-sheet">
          <header className="unsigned-heading">
            <Typography.Text strong>{d.school_name}</Typography.Text>
            <Typography.Title level={1} className="page-title unsigned-title">
              {d.title}
            </Typography.Title>
            <Typography.Text>
              {t('students.schoolYear')} {d.school_year} · {t('unsigned.count', { count: students.length })}
            </Typography.Text>
          </header>
          {students.length === 0 ? (
            <Alert type="success" showIcon title={t('unsigned.none')} />
          ) : (
            <table className="unsigned-table">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('unsigned.no')}
                  </th>
                  <th scope="col">{t('students.name')}</th>
                  <th scope="col">{t('students.birthDate')}</th>
                  <th scope="col">{t('students.sex')}</th>
                  <th scope="col">{t('unsigned.note')}</th>
                </tr>
              </thead>
              <tbody>
                {students.map((s, i) => (
                  <tr key={s.id}>
                    <td className="num">{i + 1}</td>
                    <td>{s.full_name}</td>
                    <td>{formatDate(s.birth_date)}</td>
                    <td>{s.sex ? labelFor(t, 'students.sex', s.sex) : ''}</td>
                    <td />
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="muted unsigned-printed">{t('unsigned.printedAt', { date: formatDate(todayIso()) })}</p>
        </article>
      )}
    </div>
  );
}
