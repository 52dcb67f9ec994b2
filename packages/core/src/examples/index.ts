/**
 * Examples built from the seed reports, for demos, stories and first steps:
 * `import { kanskMonitoring2022Counts } from '@shnro/core/examples'`.
 */
export { kanskMonitoring2022Counts, kanskMonitoring2022Printed } from './kansk-monitoring-2022.js';
