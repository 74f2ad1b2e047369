// Multi-select of roles with their Vietnamese names. With `unitType`, only the roles that unit type
// may hold are offered (the server refuses the others: data/org/role_unit_types.csv). Only roles the
// server marks `grantable` are offered (the system administrator is made from the command line).
import { Select } from 'antd';
import { labelFor, useI18n } from '../../../lib/i18n';
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
  const offered = (roles.data?.roles ?? []).filter((r) => r.grantable && (!unitType || r.unit_types.includes(unitType)));
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      loading={roles.isPending}
      options={offered.map((r) => ({ value: r.code, label: labelFor(t, 'role', r.code) }))}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('users.rolesPlaceholder')}
      style={{ width: '100%' }}
    />
  );
}
