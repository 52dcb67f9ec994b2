// The same computation with arquero (columnar tables, verbs compiled to JavaScript): schools and
// teachers into tables, teachers joined to their schools, grouped by municipality, summed, and
// the percentages rounded half-up with the same integer formula. A peer that a data team would
// reach for instead of a hand-written loop.
import * as aq from 'arquero';
import type { GroupedRecordsInput } from '../../src/index.js';
import { schoolFlags, teacherFlags } from '../generate-region.js';

const { op } = aq;

const overTarget = new Set(schoolFlags.slice(0, 7));

export function arqueroPeer(input: GroupedRecordsInput): object[] {
  const schools = aq.from(input.schools).derive({
    target: aq.escape((d: { categories?: string[] }) =>
      d.categories?.includes('low-results') || d.categories?.includes('unfavourable-conditions') ? 1 : 0,
    ),
    risks: aq.escape((d: { resourceRisks?: string[] }) => ((d.resourceRisks?.length ?? 0) >= 2 ? 1 : 0)),
    internship: aq.escape((d: { roles?: string[] }) => (d.roles?.includes('internship-site') ? 1 : 0)),
    ...Object.fromEntries(
      schoolFlags.map((flag) => [
        flag,
        aq.escape((d: { flags?: Record<string, boolean> }) => (d.flags?.[flag] === true ? 1 : 0)),
      ]),
    ),
  });
  const bySchool = schools.groupby('municipalityId').rollup({
    all: op.count(),
    target: (d: { target: number }) => op.sum(d.target),
    lowOrUnfavourable: (d: { target: number }) => op.sum(d.target),
    risks: (d: { risks: number }) => op.sum(d.risks),
    internship: (d: { internship: number }) => op.sum(d.internship),
    ...Object.fromEntries(
      schoolFlags.map((flag) => [
        flag,
        overTarget.has(flag) ? `d => op.sum(d.target * d.${flag})` : `d => op.sum(d.${flag})`,
      ]),
    ),
  });
  const teachers = aq
    .from(input.teachers ?? [])
    .derive(
      Object.fromEntries(
        teacherFlags.map((flag) => [
          flag,
          aq.escape((d: { flags?: Record<string, boolean> }) => (d.flags?.[flag] === true ? 1 : 0)),
        ]),
      ),
    )
    .select('schoolId', ...teacherFlags)
    .join(schools.select('id', 'municipalityId', 'target'), ['schoolId', 'id'])
    .filter((d: { target: number }) => d.target === 1)
    .groupby('municipalityId')
    .rollup({
      teachers: op.count(),
      ...Object.fromEntries(teacherFlags.map((flag) => [flag, `d => op.sum(d.${flag})`])),
    });
  const percent = (numerator: string, denominator: string) =>
    `d => !d.${denominator} ? -1 : op.floor((2 * d.${numerator} * 1000 + d.${denominator}) / (2 * d.${denominator}))`;
  return bySchool
    .join_left(teachers, 'municipalityId')
    .derive({
      p15: percent('lowOrUnfavourable', 'all'),
      p16: percent('risks', 'all'),
      ...Object.fromEntries(
        schoolFlags.map((flag) => [`p_${flag}`, percent(flag, overTarget.has(flag) ? 'target' : 'all')]),
      ),
      ...Object.fromEntries(teacherFlags.map((flag) => [`p_${flag}`, percent(flag, 'teachers')])),
    })
    .objects();
}
