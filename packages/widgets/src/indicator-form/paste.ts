import { planPaste, type PastePlan, type PasteTarget } from '@shnro/core';
import type { FormField } from './entries.js';

/**
 * Plans a paste into the form's field `key` by the core's rule (`planPaste`): the clipboard's
 * cells go into that field and the ones after it, in the form's order, or nothing does.
 */
export function planFormPaste(
  event: ClipboardEvent,
  key: string,
  fields: readonly FormField[],
  label: (field: FormField) => string,
): PastePlan {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  const targets: PasteTarget[] = fields.map((field) => ({
    key: field.key,
    kind: field.role === 'presence' ? 'presence' : 'number',
    label: label(field),
  }));
  return planPaste(
    text,
    targets,
    fields.findIndex((field) => field.key === key),
  );
}
