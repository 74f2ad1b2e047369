// Switches the UI between Vietnamese (default) and English.
import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useI18n } from '../lib/i18n';

export function LanguageToggle() {
  const { lang, setLang, t } = useI18n();
  const next = lang === 'vi' ? 'en' : 'vi';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined aria-hidden />}
      onClick={() => setLang(next)}
      aria-label={t('lang.switchTo')}
      lang={next}
      className="header-button"
    >
      {next === 'en' ? 'EN' : 'VI'}
    </Button>
  );
}
