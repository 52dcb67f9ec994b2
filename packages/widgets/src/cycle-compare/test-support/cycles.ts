import { kanskCycle2022, kanskCycle2023, tukaevCycles } from '@shnro/core/examples';

// The cycles the core's own tests compare, reused rather than copied: seed 001 (г. Канск) year
// over year — a rise, a fall, an unchanged value, a school that left the registry and an
// indicator still unanswered — and seed 003 (Тукаевский район), the initial and final monitoring.
export const kanskPrevious = kanskCycle2022();
export const kanskCurrent = kanskCycle2023();
export const tukaev = tukaevCycles();
