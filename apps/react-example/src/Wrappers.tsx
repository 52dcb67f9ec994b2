import type { CountsInput } from '@shnro/core';
import { useState } from 'react';
import { monitoringSet, schoolRegister, storedAnswers } from './data.js';
import { sentSummary } from './sent-summary.js';
import { ShnroIndicatorForm, ShnroIndicatorTable } from './shnro.js';

/**
 * React 18 (and 19): the `@lit/react` wrappers. They set the same properties and map the
 * submit event to `onIndicatorsSubmit`.
 */
export function Wrappers() {
  const [sent, setSent] = useState<{ input: CountsInput; summary: string }>();

  return (
    <section id="react18" className="card" aria-labelledby="react18-title">
      <h2 id="react18-title">React 18: компоненты-обёртки</h2>
      <ShnroIndicatorForm
        set={monitoringSet}
        populations={schoolRegister}
        value={storedAnswers}
        onIndicatorsSubmit={(event) =>
          setSent({ input: event.detail.input, summary: sentSummary(event.detail.report) })
        }
      />
      <p className="status" role="status">
        {sent?.summary ?? 'Мониторинг ещё не отправлен.'}
      </p>
      {sent && <ShnroIndicatorTable set={monitoringSet} input={sent.input} />}
    </section>
  );
}
