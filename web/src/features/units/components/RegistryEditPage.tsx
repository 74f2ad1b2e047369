// /to-chuc/chinh-sua (edit_registry): change the organisation registry — merge, split or
// dissolve units (wizard), or rename / move one unit, each from an effective date; or import units
// and events from a CSV file.
// A segmented switch rather than antd Tabs: Tabs put an overflow button inside the tablist on
// narrow screens, which axe reports as a critical violation.
import { Card, Segmented } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIsNarrow } from '../../../lib/use-media-query';
import { RegistryImportForm } from './RegistryImportForm';
import { UnitChangeForm } from './UnitChangeForm';
import { UnitEventWizard } from './UnitEventWizard';

type Mode = 'structure' | 'change' | 'import';

export default function RegistryEditPage() {
  const { t } = useI18n();
  useDocumentTitle(t('registry.title'));
  const narrow = useIsNarrow();
  const [mode, setMode] = useState<Mode>('structure');
  return (
    <>
      <PageHeader title={t('registry.title')} description={t('registry.description')} />
      <Card className="page-card">
        <Segmented<Mode>
          aria-label={t('registry.mode')}
          value={mode}
          onChange={setMode}
          orientation={narrow ? 'vertical' : 'horizontal'}
          block={narrow}
          options={[
            { value: 'structure', label: t('registry.tab.structure') },
            { value: 'change', label: t('registry.tab.change') },
            { value: 'import', label: t('registry.tab.import') },
          ]}
          className="registry-mode"
        />
        {mode === 'structure' ? <UnitEventWizard /> : mode === 'change' ? <UnitChangeForm /> : <RegistryImportForm />}
      </Card>
    </>
  );
}
