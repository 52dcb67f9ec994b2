import {
  registryFields,
  schoolRoleLabels,
  type CatalogueLookup,
  type DisplayLocale,
  type Registry,
  type RegistryDiff,
  type SchoolRole,
} from '@shnro/core';
import { html, nothing, type TemplateResult } from 'lit';

type School = Registry['schools'][number];

/** How many schools of each list are named before «и ещё N». */
const SHOWN = 50;

// A school's keys as the registry's import fields name them, for their labels.
const fieldOfKey: Readonly<Record<string, string>> = {
  name: 'schoolName',
  shortName: 'schoolShortName',
  inn: 'inn',
  code: 'schoolCode',
  municipalityId: 'municipality',
  categories: 'categories',
  resourceRisks: 'resourceRisks',
};
const otherKeys: Readonly<Record<string, { ru: string; en: string }>> = {
  roles: { ru: 'Роль', en: 'Role' },
  flags: { ru: 'Отметки', en: 'Flags' },
  id: { ru: 'Код в реестре', en: 'Registry id' },
};

/** What the diff view needs from the element. */
export interface DiffContext {
  diff: RegistryDiff;
  current: Registry;
  lookup: CatalogueLookup;
  locale: DisplayLocale;
  term: (
    key: 'diffHeading' | 'diffAdded' | 'diffRemoved' | 'diffChanged' | 'none',
    values?: Record<string, string | number>,
  ) => string;
  summary: (values: Record<string, number>) => string;
  teachers: (values: Record<string, number>) => string;
  more: (count: number) => string;
}

function fieldLabel(key: string, locale: DisplayLocale): string {
  const field = fieldOfKey[key];
  const label = registryFields.find((entry) => entry.field === field)?.label ?? otherKeys[key];
  return label ? (label[locale] ?? label.ru) : key;
}

/** A field's value in words: categories, risks, roles and the municipality by their names. */
function valueText(key: string, value: unknown, context: DiffContext): string {
  const { locale, lookup } = context;
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0))
    return context.term('none');
  const say = (text: { ru: string; en?: string | undefined }) => text[locale] ?? text.ru;
  if (key === 'categories') return (value as string[]).map((id) => say(lookup.categoryLabel(id))).join(', ');
  if (key === 'resourceRisks')
    return (value as string[]).map((id) => say(lookup.resourceRiskLabel(id))).join(', ');
  if (key === 'roles')
    return (value as SchoolRole[])
      .map((id) => (schoolRoleLabels[id] ? say(schoolRoleLabels[id]) : id))
      .join(', ');
  if (key === 'municipalityId')
    return context.current.municipalities.find((m) => m.id === value)?.name ?? String(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function names(schools: readonly School[], context: DiffContext): TemplateResult {
  return html`<ul>
    ${schools.slice(0, SHOWN).map((school) => html`<li>${school.name}</li>`)}
    ${schools.length > SHOWN ? html`<li class="muted">${context.more(schools.length - SHOWN)}</li>` : nothing}
  </ul>`;
}

/**
 * What a re-imported file changes in the current registry (the core's `diffRegistry`): counts,
 * then the new schools, those missing from the file, and the changed ones field by field.
 */
export function renderDiff(context: DiffContext): TemplateResult {
  const { diff, term } = context;
  const schools = diff.schools;
  return html`<section part="diff" aria-labelledby="diff-heading">
    <h3 id="diff-heading">${term('diffHeading')}</h3>
    <p role="status">
      ${context.summary({
        added: schools.added.length,
        removed: schools.removed.length,
        changed: schools.changed.length,
        unchanged: schools.unchanged,
      })}
      ${context.teachers({
        added: diff.teachers.added.length,
        removed: diff.teachers.removed.length,
        changed: diff.teachers.changed.length,
      })}
    </p>
    ${
      schools.added.length
        ? html`<h4>${term('diffAdded')}</h4>
            ${names(schools.added, context)}`
        : nothing
    }
    ${
      schools.removed.length
        ? html`<h4>${term('diffRemoved')}</h4>
            ${names(schools.removed, context)}`
        : nothing
    }
    ${
      schools.changed.length
        ? html`<h4>${term('diffChanged')}</h4>
            <ul class="changed">
              ${schools.changed.slice(0, SHOWN).map(
                (change) =>
                  html`<li data-school=${change.id}>
                    ${change.name}
                    <ul>
                      ${change.fields.map(
                        (field) =>
                          html`<li>
                            ${fieldLabel(field.field, context.locale)}:
                            ${valueText(field.field, field.before, context)} →
                            ${valueText(field.field, field.after, context)}
                          </li>`,
                      )}
                    </ul>
                  </li>`,
              )}
              ${
                schools.changed.length > SHOWN
                  ? html`<li class="muted">${context.more(schools.changed.length - SHOWN)}</li>`
                  : nothing
              }
            </ul>`
        : nothing
    }
  </section>`;
}

/** The diff with the choice to remove what the new file no longer lists (off: a re-import only adds and changes). */
export function renderDiffWithRemovals(
  context: DiffContext & { removals: boolean; setRemovals: (on: boolean) => void; removalsLabel: string },
): TemplateResult {
  return html`${renderDiff(context)}
    <label class="only"
      ><input
        type="checkbox"
        .checked=${context.removals}
        @change=${(event: Event) => context.setRemovals((event.target as HTMLInputElement).checked)}
      />
      ${context.removalsLabel}</label
    >`;
}
