// A centred spinner for whole-page loading states.
import { Flex, Spin } from 'antd';
import { useI18n } from '../lib/i18n';

export function FullPageSpin() {
  const { t } = useI18n();
  return (
    <Flex className="full-page-spin" align="center" justify="center" role="status" aria-live="polite">
      <Spin size="large" description={t('common.loading')} />
    </Flex>
  );
}
