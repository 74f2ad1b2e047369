// Creates a user: login, name, e-mail, unit (tree as of today), roles and an initial password the
// user must change at first login.
import { App, Button, Flex, Form, Input, Modal } from 'antd';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';
import { todayIso } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { useUnitTree } from '../../../lib/units/get-unit-tree';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { createUserInputSchema, useCreateUser } from '../api/create-user';
import { MIN_PASSWORD_LENGTH } from '../../../lib/users/model';
import { generatePassword } from './password';
import { RoleSelect } from './RoleSelect';

interface Values {
  login: string;
  full_name: string;
  email?: string;
  unit_id: number | null;
  roles: string[];
  password: string;
  confirm: string;
}

const FIELDS = ['login', 'full_name', 'email', 'unit_id', 'roles', 'password'];

export function CreateUserModal({ open, onClose, defaultUnitId }: { open: boolean; onClose: () => void; defaultUnitId?: number | null }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  // The chosen unit's type, so that the role choices are the ones that unit may hold.
  const chosenUnit = Form.useWatch('unit_id', form);
  const tree = useUnitTree(todayIso());
  const chosenUnitType = tree.data?.units.find((u) => u.id === chosenUnit)?.type ?? null;
  const create = useCreateUser();
  const server = useServerForm(form, { fields: FIELDS, mutations: [create], onClose });

  const onFinish = (v: Values) => {
    server.clearErrors();
    const input = createUserInputSchema.parse({
      login: v.login.trim(),
      full_name: v.full_name.trim(),
      email: v.email?.trim() || null,
      unit_id: v.unit_id,
      roles: v.roles,
      password: v.password,
    });
    create.mutate(input, {
      onSuccess: ({ user }) => {
        message.success(t('users.created', { login: user.login }));
        server.close();
      },
      onError: server.onError,
    });
  };

  return (
    <Modal
      open={open}
      title={t('users.create')}
      onCancel={server.close}
      footer={null}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        clearOnDestroy
        name="create-user"
        layout="vertical"
        requiredMark="optional"
        onFinish={onFinish}
        initialValues={{ roles: [], unit_id: defaultUnitId ?? null }}
        disabled={create.isPending}
      >
        <Form.Item name="login" label={t('users.login')} extra={t('users.loginHelp')} rules={[{ required: true, whitespace: true, message: t('users.loginRequired') }, { pattern: /^[A-Za-z0-9._@-]+$/, message: t('users.loginPattern') }]}>
          <Input autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item name="full_name" label={t('users.fullName')} rules={[{ required: true, whitespace: true, message: t('users.fullNameRequired') }]}>
          <Input autoComplete="off" maxLength={128} />
        </Form.Item>
        <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email', message: t('users.emailInvalid') }]}>
          <Input type="email" autoComplete="off" maxLength={254} />
        </Form.Item>
        <Form.Item name="unit_id" label={t('users.unit')} rules={[{ required: true, message: t('users.unitRequired') }]}>
          <UnitTreeSelect date={todayIso()} />
        </Form.Item>
        <Form.Item name="roles" label={t('users.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}>
          <RoleSelect unitType={chosenUnitType} />
        </Form.Item>
        <Form.Item label={t('users.initialPassword')} htmlFor="create-user_password" required extra={t('users.initialPasswordHelp', { min: MIN_PASSWORD_LENGTH })}>
          <Flex gap={8}>
            <Form.Item
              name="password"
              noStyle
              rules={[
                { required: true, message: t('password.newRequired') },
                { min: MIN_PASSWORD_LENGTH, message: t('password.tooShort', { min: MIN_PASSWORD_LENGTH }) },
              ]}
            >
              <Input.Password autoComplete="new-password" id="create-user_password" />
            </Form.Item>
            <Button
              onClick={() => {
                const p = generatePassword();
                form.setFieldsValue({ password: p, confirm: p });
                void form.validateFields(['password', 'confirm']);
              }}
            >
              {t('users.generate')}
            </Button>
          </Flex>
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('users.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('password.confirmRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value) => (!value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {server.alert}
        <FormFooter onCancel={server.close} busy={create.isPending} submitLabel={t('users.createSubmit')} />
      </Form>
    </Modal>
  );
}
