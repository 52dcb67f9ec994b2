import { defineElement } from '../shared/define-element.js';
import { ShnroDynamicsChart } from './dynamics-chart.js';

defineElement('shnro-dynamics-chart', ShnroDynamicsChart);

declare global {
  interface HTMLElementTagNameMap {
    'shnro-dynamics-chart': ShnroDynamicsChart;
  }
}

export { ShnroDynamicsChart };
export type { DynamicsChartExport, DynamicsChartOptions, DynamicsChartSchools } from './dynamics-chart.js';
export type { DynamicsChartVariant } from './chart-model.js';
