// /xu-ly-du-lieu-ca-nhan (view_privacy_register): the register of the purposes for which the
// product processes personal data, and the data protection impact assessment of those purposes
// (risks, measures, reviews of the dossier). Those who may manage the register
// (manage_privacy_register; the server answers can_edit) edit purposes, risks and record reviews.
import { Card, Tabs } from 'antd';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import '../privacy-register.css';
import { DpiaTab } from './DpiaTab';
import { PurposesTab } from './PurposesTab';

export default function PrivacyRegisterPage() {
  const { t } = useI18n();
  useDocumentTitle(t('privacyRegister.title'));
  return (
    <>
      <PageHeader title={t('privacyRegister.title')} description={t('privacyRegister.descriptionText')} />
      <Card size="small">
        <Tabs
          items={[
            { key: 'purposes', label: t('privacyRegister.tabPurposes'), children: <PurposesTab /> },
            { key: 'dpia', label: t('privacyRegister.tabDpia'), children: <DpiaTab /> },
          ]}
        />
      </Card>
    </>
  );
}
