// Everything the app needs around its routes: query cache, language (with antd and dayjs locales
// and <html lang>), antd theme and style nonce, and the antd App context for messages and modals.
// The busy icon of buttons and selects is named in the UI language (antd's own says "loading" in
// English).
import { LoadingOutlined } from '@ant-design/icons';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isApiError, setCsrfToken, setUnauthorizedHandler } from '../lib/api';
import { I18nContext, loadLang, saveLang, translate, type I18n, type Lang } from '../lib/i18n';
import { sessionQueryKey } from '../lib/session/get-session';
import { cspNonce } from './csp';
import './i18n';
import { theme } from '../lib/theme';

// antd's CSS-in-JS and icon styles are <style> elements: they carry the page's nonce.
const csp = cspNonce ? { nonce: cspNonce } : undefined;

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status > 0 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const [lang, setLangState] = useState<Lang>(loadLang);

  useEffect(() => {
    // Any 401 outside the login flow: forget the session; RequireAuth then shows the login page.
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      queryClient.setQueryData(sessionQueryKey, null);
    });
    return () => setUnauthorizedHandler(null);
  }, [queryClient]);

  useEffect(() => {
    document.documentElement.lang = lang;
    dayjs.locale(lang);
    saveLang(lang);
  }, [lang]);

  const setLang = useCallback((l: Lang) => setLangState(l), []);
  const i18n = useMemo<I18n>(() => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }), [lang, setLang]);

  const busyIcon = useMemo(() => <LoadingOutlined aria-label={i18n.t('common.busy')} />, [i18n]);

  return (
    <QueryClientProvider client={queryClient}>
      <I18nContext.Provider value={i18n}>
        <ConfigProvider csp={csp} locale={lang === 'vi' ? viVN : enUS} theme={theme} button={{ loadingIcon: busyIcon }} select={{ loadingIcon: busyIcon }}>
          <AntApp>{children}</AntApp>
        </ConfigProvider>
      </I18nContext.Provider>
    </QueryClientProvider>
  );
}
