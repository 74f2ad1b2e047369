// The plumbing every form that saves through the API shares: the server's field errors land on the
// form's fields, the others are listed in the error alert under the server's message, and closing
// resets the form, the mutations and the alert. Use with <FormFooter> for the buttons.
// A modal's <Form> also takes `clearOnDestroy`: the form instance outlives the closed (destroyed)
// form, and without it the values of the last opening would win over the next one's
// initialValues (antd merges the kept values over them).
import type { FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { applyServerErrors } from '../lib/form-errors';
import { ErrorAlert } from './ErrorAlert';

/** What the hook needs of a TanStack mutation. */
interface Mutation {
  error: unknown;
  reset: () => void;
}

export interface ServerFormOptions {
  /** Form paths (dotted) the server's field errors may name. */
  fields: readonly string[];
  /** Server field name → form path (e.g. {flags: "unverified"}). */
  aliases?: Record<string, string>;
  /** Maps every server field to a form path before `aliases` (messages of one path are joined). */
  rename?: (field: string) => string;
  /** The form's mutations: the alert shows the first one's error; `close` resets them all. */
  mutations: readonly Mutation[];
  /** Called by `close` after the reset (e.g. the modal's onClose). */
  onClose?: () => void;
}

export interface ServerForm {
  /** Pass as a mutation's onError: field errors onto the form, the rest into the alert. */
  onError: (error: unknown) => void;
  /** Forgets the messages of the last failure (before a new attempt). */
  clearErrors: () => void;
  /** Resets the form fields, the mutations and the alert, then calls onClose. */
  close: () => void;
  /** The error alert (nothing while no mutation failed). */
  alert: ReactNode;
  /** The messages of the last failure that no field shows (for forms that place alerts themselves). */
  unmapped: readonly string[];
}

export function useServerForm<T>(form: FormInstance<T>, options: ServerFormOptions): ServerForm {
  const [unmapped, setUnmapped] = useState<string[]>([]);
  const { fields, aliases, rename, mutations, onClose } = options;

  const onError = (error: unknown) => {
    const rest = applyServerErrors(form, error, fields, aliases, rename);
    if (rest) setUnmapped(rest);
  };

  const close = () => {
    form.resetFields();
    for (const m of mutations) m.reset();
    setUnmapped([]);
    onClose?.();
  };

  const error = mutations.map((m) => m.error).find((e) => e != null) ?? null;
  const alert = <ErrorAlert error={error} extraMessages={unmapped} className="form-alert" />;

  return { onError, clearErrors: () => setUnmapped([]), close, alert, unmapped };
}
