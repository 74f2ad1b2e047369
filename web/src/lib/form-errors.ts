// Maps the API's `fields` ({"new_unit.code": "…"}) onto antd form fields. Field names the form does
// not have are returned separately so the caller can still show them.
import type { FormInstance } from 'antd';
import { isApiError } from './api';

export type FieldPath = (string | number)[];

export interface FormFieldError {
  name: FieldPath;
  errors: string[];
}

export interface MappedFieldErrors {
  formFields: FormFieldError[];
  unmapped: { field: string; message: string }[];
}

/** "new_unit.code" → ["new_unit", "code"]; "rows.2.name" → ["rows", 2, "name"]. */
export function fieldPath(field: string): FieldPath {
  return field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Splits server field errors into those that name one of `known` (dotted form paths) and the rest.
 * `aliases` renames server fields to form paths first (e.g. {successor_ids: "successor_id"}).
 */
export function mapFieldErrors(
  fields: Record<string, string>,
  known: readonly string[],
  aliases: Record<string, string> = {},
): MappedFieldErrors {
  const formFields: FormFieldError[] = [];
  const unmapped: { field: string; message: string }[] = [];
  for (const [field, message] of Object.entries(fields)) {
    const target = aliases[field] ?? field;
    if (known.includes(target)) formFields.push({ name: fieldPath(target), errors: [message] });
    else unmapped.push({ field, message });
  }
  return { formFields, unmapped };
}

/** Puts mapped errors on an antd form (the form's typed field names are checked by `known`). */
export function applyFieldErrors<T>(form: FormInstance<T>, formFields: FormFieldError[]): void {
  form.setFields(formFields as unknown as Parameters<FormInstance<T>['setFields']>[0]);
}

export interface ServerFormErrors {
  /** Errors for fields of the form, ready for `applyFieldErrors`. */
  formFields: FormFieldError[];
  /** Messages of the fields the form does not have, for the error alert. */
  unmapped: string[];
}

/**
 * What a failed request means for a form: the field errors of an ApiError split into those the
 * form shows (`known` dotted paths) and the messages for its alert. `rename` maps a server field
 * to a form path first (several fields renamed to one path have their messages joined);
 * `aliases` then renames exactly as in `mapFieldErrors`. Anything but an ApiError: null.
 */
export function serverFormErrors(
  error: unknown,
  known: readonly string[],
  aliases: Record<string, string> = {},
  rename?: (field: string) => string,
): ServerFormErrors | null {
  if (!isApiError(error)) return null;
  let fields = error.fields;
  if (rename) {
    fields = {};
    for (const [k, v] of Object.entries(error.fields)) {
      const f = rename(k);
      fields[f] = fields[f] ? `${fields[f]} ${v}` : v;
    }
  }
  const m = mapFieldErrors(fields, known, aliases);
  return { formFields: m.formFields, unmapped: m.unmapped.map((u) => u.message) };
}

/**
 * Puts a failed request's field errors on `form` (see `serverFormErrors`) and returns the messages
 * left for the alert; null (and the form untouched) for anything but an ApiError.
 */
export function applyServerErrors<T>(
  form: FormInstance<T>,
  error: unknown,
  known: readonly string[],
  aliases: Record<string, string> = {},
  rename?: (field: string) => string,
): string[] | null {
  const mapped = serverFormErrors(error, known, aliases, rename);
  if (!mapped) return null;
  applyFieldErrors(form, mapped.formFields);
  return mapped.unmapped;
}
