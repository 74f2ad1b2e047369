// Multi-select of roles with their Vietnamese names. With `unitType`, only the roles that unit type
// may hold are offered (the server refuses the others: data/org/role_unit_types.csv).
import { Select } from 'antd';
import { labelFor, useI18n } from '../../../lib/i18n';
import { GRANTABLE_ROLES } from '../../../lib/roles';
import { useRoles } from '../api/list-roles';

interface RoleSelectProps {
  id?: string;
  value?: string[];
  onChange?: (v: string[]) => void;
  /** The type code of the chosen unit, when known. */
  unitType?: string | null;
}

export function RoleSelect({ id, value, onChange, unitType }: RoleSelectProps) {
  const { t } = useI18n();
  const roles = useRoles();
  const allowed = (code: string) => {
    if (!unitType || !roles.data) return true;
    const info = roles.data.roles.find((r) => r.code === code);
    return !info || info.unit_types.includes(unitType);
  };
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      options={GRANTABLE_ROLES.filter(allowed).map((r) => ({ value: r, label: labelFor(t, 'role', r) }))}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('users.rolesPlaceholder')}
      style={{ width: '100%' }}
    />
  );
}
