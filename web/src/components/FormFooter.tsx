// The buttons under a form: optional extra buttons, Cancel, and the primary submit (busy while
// saving). Inside a disabled antd Form the buttons are disabled with it.
import { Button, Flex } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n';

interface FormFooterProps {
  onCancel: () => void;
  /** Whether the submit is running (its button shows it). */
  busy: boolean;
  /** Text of the submit button; "Lưu" / "Save" by default. */
  submitLabel?: string;
  /** Buttons before Cancel (e.g. "generate a password"). */
  extra?: ReactNode;
}

export function FormFooter({ onCancel, busy, submitLabel, extra }: FormFooterProps) {
  const { t } = useI18n();
  return (
    <Flex gap={8} justify="flex-end" wrap>
      {extra}
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="primary" htmlType="submit" loading={busy}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Flex>
  );
}
