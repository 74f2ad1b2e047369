// Multi-select of roles with their Vietnamese names.
import { Select } from 'antd';
import { labelFor, useI18n } from '../../../lib/i18n';
import { GRANTABLE_ROLES } from '../../../lib/roles';

interface RoleSelectProps {
  id?: string;
  value?: string[];
  onChange?: (v: string[]) => void;
}

export function RoleSelect({ id, value, onChange }: RoleSelectProps) {
  const { t } = useI18n();
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      options={GRANTABLE_ROLES.map((r) => ({ value: r, label: labelFor(t, 'role', r) }))}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('users.rolesPlaceholder')}
      style={{ width: '100%' }}
    />
  );
}
