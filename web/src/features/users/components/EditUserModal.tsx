// Edits a user's name, e-mail and roles (PATCH /api/v1/users/{id}).
import { App, Button, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../lib/api';
import { applyFieldErrors, mapFieldErrors } from '../../../lib/form-errors';
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
  const [unmapped, setUnmapped] = useState<string[]>([]);

  const close = () => {
    update.reset();
    setUnmapped([]);
    onClose();
  };

  const onFinish = (v: Values) => {
    if (!user) return;
    const patch = updateUserInputSchema.parse({ full_name: v.full_name.trim(), email: v.email?.trim() || null, roles: v.roles });
    update.mutate(
      { id: user.id, patch },
      {
        onSuccess: () => {
          message.success(t('users.saved'));
          close();
        },
        onError: (e) => {
          if (!isApiError(e)) return;
          const m = mapFieldErrors(e.fields, ['full_name', 'email', 'roles']);
          applyFieldErrors(form, m.formFields);
          setUnmapped(m.unmapped.map((u) => u.message));
        },
      },
    );
  };

  return (
    <Modal open={user !== null} title={t('users.edit', { login: user?.login ?? '' })} onCancel={close} footer={null} destroyOnHidden width={600}>
      {user && (
        <Form<Values>
          form={form}
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
          {update.isError && <ErrorAlert error={update.error} extraMessages={unmapped} className="form-alert" />}
          <Flex gap={8} justify="flex-end" wrap>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Flex>
        </Form>
      )}
    </Modal>
  );
}
