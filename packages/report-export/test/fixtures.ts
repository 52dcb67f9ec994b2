import { resolveReport, type ResolvedReport } from '@shnro/core';

// The seed reports built by the core's example builders.
export {
  roadmapMonitoringReport2020,
  kanskMonitoringReport2022,
  leningradskyRoadmapReport2023,
  ctoodInformationReport2019,
  tukaevRecommendationsReport2021,
} from '@shnro/core/examples';

/** Every text of the resolved report a reader must find in an export. */
export function expectedTexts(report: ResolvedReport): string[] {
  const texts = [report.header.title, report.header.date, report.signature.name, report.signature.position];
  if (report.header.organisation) texts.push(report.header.organisation);
  if (report.header.subtitle) texts.push(report.header.subtitle);
  if (report.purpose) texts.push(report.purpose.text);
  texts.push(...(report.tasks?.items ?? []), ...(report.conclusions?.items ?? []));
  for (const group of report.recommendations?.groups ?? []) texts.push(group.addressee, ...group.items);
  for (const section of report.sections) {
    texts.push(section.title);
    for (const block of section.blocks) {
      if (block.kind === 'paragraph' || block.kind === 'heading') texts.push(block.text);
      else if (block.kind === 'list') for (const item of block.items) texts.push(item.text, ...item.items);
      else {
        texts.push(...block.columns.map((column) => column.title), ...block.notes);
        for (const row of block.rows)
          if (row.kind === 'group') texts.push(row.text);
          else texts.push(...row.cells.map((cell) => cell.text));
      }
    }
  }
  for (const row of report.decisions?.table.rows ?? [])
    if (row.kind === 'row') texts.push(...row.cells.map((cell) => cell.text));
  return texts;
}

/** A report resolved for export; a fixture the core refuses fails the test at once. */
export function resolved(report: unknown): ResolvedReport {
  const result = resolveReport(report);
  if (!result.ok) throw new Error('refused');
  return result.value;
}
