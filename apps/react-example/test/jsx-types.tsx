// Type tests, checked by `tsc` (the `typecheck` and `build` scripts), never run: the React 19
// JSX types of the tags and the wrappers accept what the elements take and reject the rest.
import type { CountsInput } from '@shnro/core';
import type { ShnroIndicatorsSubmitEvent } from '@shnro/widgets';
import type {} from '@shnro/widgets/jsx/react.js';
import { monitoringSet, schoolRegister, storedAnswers } from '../src/data.js';
import { ShnroIndicatorForm, ShnroIndicatorTable } from '../src/shnro.js';

const onSubmit = (event: ShnroIndicatorsSubmitEvent): CountsInput => event.detail.input;

export const accepted = (
  <>
    <shnro-indicator-form
      set={monitoringSet}
      populations={{ 'municipality-schools': 18, 'target-schools': 7, 'target-teachers': 202 }}
      value={storedAnswers}
      mode="review"
      documentId="kansk-2021-2022"
      draft-scope="methodologist-1"
      required
      lang="ru"
      className="wide"
      onshnro-indicators-submit={onSubmit}
      onshnro-draft-saved={(event) => event.savedAt.toFixed()}
      onInput={(event) => event.currentTarget.value.answers}
    />
    <shnro-indicator-table set={monitoringSet} input={storedAnswers} populations={schoolRegister} />
    <shnro-draft-list scope="methodologist-1" kindLabels={{ 'indicator-form': 'Мониторинг' }} />
    <ShnroIndicatorForm
      set={monitoringSet}
      populations={schoolRegister}
      mode="edit"
      onIndicatorsSubmit={onSubmit}
      onInput={(event) => event.currentTarget.value.answers}
    />
    <ShnroIndicatorTable input={storedAnswers} />
  </>
);

export const rejected = (
  <>
    {/* @ts-expect-error -- `set` is an IndicatorSet object, not the id of one */}
    <shnro-indicator-form set="municipal-monitoring" />
    {/* @ts-expect-error -- population sizes are numbers */}
    <shnro-indicator-form populations={{ 'municipality-schools': '18' }} />
    {/* @ts-expect-error -- `mode` is 'edit', 'readonly' or 'review' */}
    <shnro-indicator-form mode="print" />
    {/* @ts-expect-error -- the submit event carries `detail.input`, not `detail.value` */}
    <shnro-indicator-form onshnro-indicators-submit={(event) => event.detail.value} />
    {/* @ts-expect-error -- `report` is read-only on the form: it is computed from the answers */}
    <shnro-indicator-form report={undefined} />
    {/* @ts-expect-error -- the table takes `input`, a counts input, not a number */}
    <shnro-indicator-table input={18} />
    {/* @ts-expect-error -- the wrapper's `populations` are numbers too */}
    <ShnroIndicatorForm populations={{ 'target-schools': 'семь' }} />
    {/* @ts-expect-error -- the wrapper's submit handler gets the submit event */}
    <ShnroIndicatorForm onIndicatorsSubmit={(event: MouseEvent) => event.button} />
  </>
);
