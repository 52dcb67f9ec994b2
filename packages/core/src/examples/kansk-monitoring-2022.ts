import type { CountsInput } from '../indicator/input.js';
import type { ReportedRow } from '../indicator/reconcile/schema.js';

/**
 * Seed 001 (аналитическая записка МКУ РМЦ г. Канска, 20.06.2022): the municipal monitoring of
 * ШНРО and ШНСУ for the 2021–2022 school year, as the report's counts give it. The population
 * sizes are those the counts imply: 18 schools, 7 of them ШНРО/ШНСУ, 202 of their teachers.
 */
export const kanskMonitoring2022Counts: CountsInput = {
  kind: 'counts',
  populations: {
    'municipality-schools': 18,
    'target-schools': 7,
    'target-teachers': 202,
  },
  answers: {
    '1.1': true,
    '1.2': true,
    '1.3': true,
    '1.4': true,
    '1.5': { numerator: 7 },
    '1.6': { numerator: 2 },
    '2.1': true,
    '3.1': { numerator: 169 },
    '4.1': { numerator: 182 },
    '4.2': { numerator: 26 },
    '4.3': { numerator: 22 },
    '4.4': { numerator: 65 },
    '4.5': { numerator: 7 },
    '4.6': { numerator: 5 },
    '4.7': { numerator: 3 },
    '4.8': 3,
    '4.9': { numerator: 0 },
    '4.10': { numerator: 2 },
    '4.11': { numerator: 3 },
    '4.12': { numerator: 7 },
    '5.1': { numerator: 7 },
    '5.2': { numerator: 4 },
    '5.3': { numerator: 1 },
    '5.4': true,
    '6.1': true,
  },
};

/**
 * The same table as seed 001 printed it, percentages as typed by hand: three of them
 * (11,2%, 71,5%, 22,3%) are not what their own counts give.
 */
export const kanskMonitoring2022Printed: ReportedRow[] = [
  { code: '1.1', count: 'имеется', percent: '-' },
  { code: '1.2', count: 'имеется', percent: '-' },
  { code: '1.3', count: 'имеется', percent: '-' },
  { code: '1.4', count: 'имеется', percent: '-' },
  { code: '1.5', count: 7, percent: '38,9%' },
  { code: '1.6', count: 2, percent: '11,2%' },
  { code: '2.1', count: 'имеется', percent: '-' },
  { code: '3.1', count: 169, percent: '83,7%' },
  { code: '4.1', count: 182, percent: '90,1%' },
  { code: '4.2', count: 26, percent: '12,9%' },
  { code: '4.3', count: 22, percent: '10,9%' },
  { code: '4.4', count: 65, percent: '32,2%' },
  { code: '4.5', count: 7, percent: '100%' },
  { code: '4.6', count: 5, percent: '71,5%' },
  { code: '4.7', count: 3, percent: '42,9%' },
  { code: '4.8', count: 3, percent: null },
  { code: '4.9', count: 0, percent: '0%' },
  { code: '4.10', count: 2, percent: '28,6%' },
  { code: '4.11', count: 3, percent: '42,9%' },
  { code: '4.12', count: 7, percent: '100%' },
  { code: '5.1', count: 7, percent: '38,9%' },
  { code: '5.2', count: 4, percent: '22,3%' },
  { code: '5.3', count: 1, percent: '5,6%' },
  { code: '5.4', count: 'имеется', percent: '-' },
  { code: '6.1', count: 'имеется', percent: '-' },
];
