// Shown for any path the router does not know.
import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../lib/i18n';
import { useDocumentTitle } from '../lib/use-document-title';

export default function NotFoundPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t('notFound.title'));
  return (
    <Result
      status="404"
      title={<h1 className="result-title">{t('notFound.title')}</h1>}
      subTitle={t('notFound.text')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('nav.home')}
        </Button>
      }
    />
  );
}
