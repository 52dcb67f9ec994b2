import { expect, vi } from 'vitest';
import type { ShnroRoadmapEditor } from '../roadmap-editor.js';
import '../define.js';

/** Mounts an editor configured by `setup` and waits for its first render. */
export async function mount(
  setup: (element: ShnroRoadmapEditor) => void = () => undefined,
): Promise<ShnroRoadmapEditor> {
  const element = document.createElement('shnro-roadmap-editor');
  element.today = '2020-12-01';
  setup(element);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** The editor's shadow root. */
export const root = (element: ShnroRoadmapEditor): ShadowRoot => element.shadowRoot!;

/** One element in the shadow root, or a failure naming the selector. */
export function $<T extends Element = HTMLElement>(element: ShnroRoadmapEditor, selector: string): T {
  const found = root(element).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** Every element matching `selector` in the shadow root. */
export const $$ = <T extends Element = HTMLElement>(element: ShnroRoadmapEditor, selector: string): T[] => [
  ...root(element).querySelectorAll<T>(selector),
];

/** The card of an activity. */
export const row = (element: ShnroRoadmapEditor, activityId: string): HTMLElement =>
  $(element, `li[data-activity="${activityId}"]`);

/** A field of an activity's card. */
export const field = <T extends HTMLElement = HTMLTextAreaElement>(
  element: ShnroRoadmapEditor,
  activityId: string,
  name: string,
): T => {
  const found = row(element, activityId).querySelector<T>(`[data-field="${name}"]`);
  if (!found) throw new Error(`no field ${name} in ${activityId}`);
  return found;
};

/** Types `text` into a field the way a person does: the value, then an input event. */
export async function type(
  element: ShnroRoadmapEditor,
  control: HTMLInputElement | HTMLTextAreaElement,
  text: string,
) {
  control.focus();
  control.value = text;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  await element.updateComplete;
}

/** Chooses an option of a select. */
export async function choose(element: ShnroRoadmapEditor, control: HTMLSelectElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await element.updateComplete;
}

/** Clicks a button and waits for the render. */
export async function click(element: ShnroRoadmapEditor, button: HTMLElement) {
  button.click();
  await element.updateComplete;
}

/** A button by its visible text. */
export function button(
  element: ShnroRoadmapEditor,
  text: string | RegExp,
  scope: ParentNode = root(element),
): HTMLButtonElement {
  const found = [...scope.querySelectorAll<HTMLButtonElement>('button')].find((candidate) =>
    typeof text === 'string'
      ? candidate.textContent!.trim() === text
      : text.test(candidate.textContent!.trim()),
  );
  if (!found) throw new Error(`no button ${String(text)}`);
  return found;
}

/** The text of an element with white space folded. */
export const text = (node: Element): string => node.textContent!.replace(/\s+/g, ' ').trim();

/** The activity ids of a section, in order. */
export const order = (element: ShnroRoadmapEditor, sectionId: string): string[] =>
  $$(element, `section[data-section="${sectionId}"] li[data-activity]`).map((li) => li.dataset['activity']!);

/** Waits until the automatic review has run (and rendered). */
export async function reviewed(element: ShnroRoadmapEditor, check: () => void): Promise<void> {
  await vi.waitFor(check, { timeout: 3000, interval: 30 });
  await element.updateComplete;
}

/** The rule ids of the review remarks shown in a card. */
export const rules = (element: ShnroRoadmapEditor, activityId: string): string[] =>
  [...row(element, activityId).querySelectorAll<HTMLElement>('[data-rule]')].map(
    (remark) => remark.dataset['rule']!,
  );

export { expect };
