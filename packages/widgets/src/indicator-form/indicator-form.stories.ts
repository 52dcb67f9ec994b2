import { municipalMonitoringSet, type CountsInput } from '@shnro/core';
import { kanskMonitoring2022Counts, kanskMonitoring2022Printed } from '@shnro/core/examples';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import type { ShnroIndicatorForm } from './indicator-form.js';

// The population sizes seed 001 implies: 18 schools, 7 of them ШНРО/ШНСУ, 202 of their teachers.
const known = { 'municipality-schools': 18, 'target-schools': 7, 'target-teachers': 202 };

const partly: CountsInput = {
  kind: 'counts',
  answers: Object.fromEntries(Object.entries(kanskMonitoring2022Counts.answers).slice(0, 10)),
};

const withErrors: CountsInput = {
  ...kanskMonitoring2022Counts,
  answers: {
    ...kanskMonitoring2022Counts.answers,
    '3.1': { numerator: 169.5 },
    '4.6': { numerator: 9 },
    '4.8': -3,
    '5.4': null,
  },
};

const meta: Meta = {
  title: 'Widgets/Indicator form · Заполнение показателей',
  component: 'shnro-indicator-form',
  parameters: {
    docs: {
      description: {
        component:
          'Форма заполнения мониторинга: наличие — «имеется»/«отсутствует», количество — целое число, доля — ' +
          'количество и совокупность с процентом, который считает ядро по мере ввода. Ошибки — рядом с полем, ' +
          'введённый текст не теряется. A form to fill in an indicator set; every rule and percentage comes from ' +
          '@shnro/core.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Nothing answered yet; the populations the portal knows are prefilled. */
export const Empty: Story = {
  name: 'Пусто',
  render: () => html`<shnro-indicator-form .populations=${known}></shnro-indicator-form>`,
};

/** Ten of the 25 answers typed in: the shares show their percentage, the rest wait. */
export const PartlyFilled: Story = {
  name: 'Заполнено частично',
  render: () => html`<shnro-indicator-form .populations=${known} .value=${partly}></shnro-indicator-form>`,
};

/**
 * Typing errors, each named next to its field: a fractional count, a count above its
 * population, a negative count; and, with `required`, the answers still missing.
 */
export const Invalid: Story = {
  name: 'С ошибками',
  render: () =>
    html`<shnro-indicator-form
      required
      .populations=${known}
      .value=${withErrors}
      @shnro-indicators-submit=${() => undefined}
    ></shnro-indicator-form>`,
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<ShnroIndicatorForm>('shnro-indicator-form');
    await form?.updateComplete;
    // Shows every problem as a failed submit would, without moving the focus.
    form?.dispatchEvent(new Event('invalid'));
  },
};

/** The monitoring of seed 001 as sent: values and percentages, nothing to type in. */
export const ReadOnly: Story = {
  name: 'Только чтение',
  render: () =>
    html`<shnro-indicator-form mode="readonly" .value=${kanskMonitoring2022Counts}></shnro-indicator-form>`,
};

/**
 * A reviewer's view: the values and percentages, checked against the table the report printed
 * (three of its percentages are not what their own counts give).
 */
export const Review: Story = {
  name: 'Проверка',
  render: () =>
    html`<shnro-indicator-form
      mode="review"
      .set=${municipalMonitoringSet}
      .value=${kanskMonitoring2022Counts}
      .printed=${kanskMonitoring2022Printed}
      .populations=${known}
    ></shnro-indicator-form>`,
};

/** Inside a portal's own `<form>`: its value goes into FormData, «Сбросить» resets it. */
export const InHostForm: Story = {
  name: 'В форме портала',
  render: () =>
    html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const output = (event.target as HTMLFormElement).querySelector('output');
        if (output)
          output.textContent = String(new FormData(event.target as HTMLFormElement).get('monitoring'));
      }}
    >
      <shnro-indicator-form name="monitoring" .populations=${known} .value=${partly}></shnro-indicator-form>
      <p>
        <button type="submit">Отправить мониторинг</button>
        <button type="reset">Сбросить</button>
      </p>
      <output style="display:block;white-space:pre-wrap;font-family:monospace"></output>
    </form>`,
};
