import { municipalMonitoringSet, type CountsInput, type IndicatorSet } from '@shnro/core';
import { kanskMonitoring2022Counts } from '@shnro/core/examples';

// Module-level constants, not objects made during render: React sets a property again whenever
// its value is a new object, and a new `value` resets what the person has typed.

/** The indicator set the municipality fills in: the municipal monitoring of seed 001. */
export const monitoringSet: IndicatorSet = municipalMonitoringSet;

/** Population sizes the portal knows from its school register: 18 schools, 7 ШНРО/ШНСУ, 202 teachers. */
export const schoolRegister: Record<string, number> = { ...kanskMonitoring2022Counts.populations };

/** The answers the server has stored for Kansk, 2021–2022, without population sizes. */
export const storedAnswers: CountsInput = { kind: 'counts', answers: kanskMonitoring2022Counts.answers };
