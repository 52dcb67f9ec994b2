import type { CountsInput } from '@shnro/core';
import type { ShnroIndicatorsSubmitEvent } from '@shnro/widgets';
import { useState } from 'react';
import { monitoringSet, schoolRegister, storedAnswers } from './data.js';
import { sentSummary } from './sent-summary.js';

/**
 * React 19: the tags themselves. React sets `set`, `populations` and `value` as properties
 * (the element has them) and `onshnro-indicators-submit` adds a listener for that event.
 */
export function DirectTags() {
  const [sent, setSent] = useState<{ input: CountsInput; summary: string }>();

  const onSubmit = (event: ShnroIndicatorsSubmitEvent) => {
    // A real portal POSTs `event.detail.input` (validated by the core) to its server here.
    setSent({ input: event.detail.input, summary: sentSummary(event.detail.report) });
  };

  return (
    <section id="react19" className="card" aria-labelledby="react19-title">
      <h2 id="react19-title">React 19: теги виджетов напрямую</h2>
      <shnro-indicator-form
        set={monitoringSet}
        populations={schoolRegister}
        value={storedAnswers}
        onshnro-indicators-submit={onSubmit}
      ></shnro-indicator-form>
      <p className="status" role="status">
        {sent?.summary ?? 'Мониторинг ещё не отправлен.'}
      </p>
      {sent && <shnro-indicator-table set={monitoringSet} input={sent.input}></shnro-indicator-table>}
    </section>
  );
}
