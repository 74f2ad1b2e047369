// The "new password" and "repeat it" fields of an antd Form whose values have `new_password` and
// `confirm_password`: required, at least MIN_PASSWORD_LENGTH characters, the two equal, and (when
// `differentFrom` names another field) not equal to that field, e.g. the current password.
import { Form, Input } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { MIN_PASSWORD_LENGTH } from '../../../lib/users/model';

export function NewPasswordFields({ differentFrom, autoFocus = false }: { differentFrom?: string; autoFocus?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item
        name="new_password"
        label={t('password.new')}
        extra={t('password.rule', { min: MIN_PASSWORD_LENGTH })}
        validateFirst
        className="new-password-item"
        dependencies={differentFrom ? [differentFrom] : []}
        rules={[
          { required: true, message: t('password.newRequired') },
          { min: MIN_PASSWORD_LENGTH, message: t('password.tooShort', { min: MIN_PASSWORD_LENGTH }) },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              differentFrom && value && value === getFieldValue(differentFrom)
                ? Promise.reject(new Error(t('password.sameAsCurrent')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item
        name="confirm_password"
        label={t('password.confirm')}
        dependencies={['new_password']}
        rules={[
          { required: true, message: t('password.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('new_password') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
