import { resolveReport, type DisplayLocale, type Issue, type ResolvedReport } from '@shnro/core';

/** A report the exporters refuse: `issues` say where and why, in Russian (or English). */
export class ReportExportError extends Error {
  override name = 'ReportExportError';
  constructor(readonly issues: Issue[]) {
    super(
      `The report is not valid: ${issues
        .slice(0, 3)
        .map((issue) => `${issue.path}: ${issue.message}`)
        .join('; ')}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`,
    );
  }
}

/** The report laid out by the core (`resolveReport`), or a `ReportExportError`. */
export function resolveOrThrow(report: unknown, locale: DisplayLocale): ResolvedReport {
  const result = resolveReport(report, { locale });
  if (!result.ok) throw new ReportExportError(result.issues);
  return result.value;
}
