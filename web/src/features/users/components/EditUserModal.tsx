// Edits a user's name, e-mail and roles (PATCH /api/v1/users/{id}).
import { App, Form, Input, Modal } from 'antd';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';
import { useI18n } from '../../../lib/i18n';
import { updateUserInputSchema, useUpdateUser } from '../api/update-user';
import type { User } from '../../../lib/users/model';
import { todayIso } from '../../../lib/dates';
import { useUnitTree } from '../../../lib/units/get-unit-tree';
import { RoleSelect } from './RoleSelect';

interface Values {
  full_name: string;
  email?: string | null;
  roles: string[];
}

export function EditUserModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // The roles this user's unit may hold.
  const tree = useUnitTree(todayIso());
  const unitType = tree.data?.units.find((u) => u.id === user?.unit_id)?.type ?? null;
  const update = useUpdateUser();
  const server = useServerForm(form, { fields: ['full_name', 'email', 'roles'], mutations: [update], onClose });

  const onFinish = (v: Values) => {
    if (!user) return;
    const patch = updateUserInputSchema.parse({ full_name: v.full_name.trim(), email: v.email?.trim() || null, roles: v.roles });
    update.mutate(
      { id: user.id, patch },
      {
        onSuccess: () => {
          message.success(t('users.saved'));
          server.close();
        },
        onError: server.onError,
      },
    );
  };

  return (
    <Modal open={user !== null} title={t('users.edit', { login: user?.login ?? '' })} onCancel={server.close} footer={null} destroyOnHidden width={600}>
      {user && (
        <Form<Values>
          form={form}
          clearOnDestroy
          name="edit-user"
          layout="vertical"
          requiredMark="optional"
          onFinish={onFinish}
          initialValues={{ full_name: user.full_name, email: user.email, roles: user.roles }}
          disabled={update.isPending}
        >
          <Form.Item name="full_name" label={t('users.fullName')} rules={[{ required: true, whitespace: true, message: t('users.fullNameRequired') }]}>
            <Input maxLength={128} />
          </Form.Item>
          <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email', message: t('users.emailInvalid') }]}>
            <Input type="email" maxLength={254} />
          </Form.Item>
          <Form.Item name="roles" label={t('users.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}>
            <RoleSelect unitType={unitType} />
          </Form.Item>
          {server.alert}
          <FormFooter onCancel={server.close} busy={update.isPending} />
        </Form>
      )}
    </Modal>
  );
}
