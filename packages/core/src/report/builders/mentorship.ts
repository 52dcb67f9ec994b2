import {
  coverageGapLabels,
  type CoverageGap,
  type CoverageParty,
  type MentorshipCoverage,
} from '../../mentorship/coverage.js';
import type { DisplayLocale, ShareValue } from '../../share/index.js';
import { pickText } from '../../text/index.js';
import { shareValue } from '../phrases/share.js';
import type { TableColumn, InlinePart, ReportBlock, ReportSection, TableCell, TableRow } from '../schema.js';
import { punctuateList, upperFirst } from './text.js';
import { toDisplayLocale } from '../../text/locale.js';

/** Options of `mentorshipSection`. */
export interface MentorshipSectionOptions {
  /** Default «Закрепление кураторов, школ-лидеров и наставников». */
  title?: string;
  /** Default `mentorship`. */
  id?: string;
  /** How the target schools are called in the totals (default «ШНОР и ШНСУ»). */
  schoolsLabel?: string;
  /** List the schools that lack a curator, a mentor, … (default true). */
  gaps?: boolean;
  locale?: DisplayLocale;
}

const labels = {
  ru: {
    title: 'Закрепление кураторов, школ-лидеров и наставников',
    school: 'Школа',
    curator: 'Куратор (школа-куратор)',
    leader: 'Школа-лидер',
    mentor: 'Наставник',
    landings: 'Методические десанты',
    tutored: 'Педагоги с тьютором или наставником',
    total: 'Итого',
    schoolsLabel: 'ШНОР и ШНСУ',
    totals: (label: string) => `Школ (${label}) — `,
    ofThem: ', из них:',
    withCurator: 'с закреплённым куратором или школой-куратором',
    withLeader: 'с определённой школой-лидером',
    withMentor: 'с закреплённым наставником',
    withLanding: 'с проведённым методическим десантом',
    tutoredTeachers: 'Педагогов с закреплённым тьютором или наставником — ',
    landingCount: 'Проведено методических десантов: ',
  },
  en: {
    title: 'Curators, leader schools and mentors',
    school: 'School',
    curator: 'Curator (curator school)',
    leader: 'Leader school',
    mentor: 'Mentor',
    landings: 'Methodological landings',
    tutored: 'Teachers with a tutor or mentor',
    total: 'Total',
    schoolsLabel: 'target schools',
    totals: (label: string) => `Schools (${label}): `,
    ofThem: ', of which:',
    withCurator: 'with a curator or curator school',
    withLeader: 'with a leader school',
    withMentor: 'with a mentor',
    withLanding: 'with a methodological landing',
    tutoredTeachers: 'Teachers with a tutor or mentor: ',
    landingCount: 'Methodological landings held: ',
  },
} as const;

function names(parties: readonly CoverageParty[]): TableCell {
  return parties.length === 0
    ? { kind: 'empty' }
    : { kind: 'text', text: parties.map((party) => party.name).join(', ') };
}

function totalLine(label: string, share: ShareValue): InlinePart[] {
  return [{ kind: 'text', text: `${label} – ` }, shareValue(share, { show: 'count-percent' })];
}

/**
 * Seed 004's support: a table of the target schools with their curator, leader school, mentor,
 * landings and tutored teachers (from `mentorshipCoverage`), a total row, the totals as «с
 * закреплённым наставником – 3 (100%)» over the stated number of schools, and the gaps by school.
 */
export function mentorshipSection(
  coverage: MentorshipCoverage,
  options: MentorshipSectionOptions = {},
): ReportSection {
  const locale = toDisplayLocale(options.locale);
  const text = labels[locale];
  const withTeachers = coverage.totals.tutoredTeachers !== null;
  const columns: TableColumn[] = [
    { title: text.school, width: 2.2 },
    { title: text.curator, width: 2.1 },
    { title: text.leader, width: 1.8 },
    { title: text.mentor, width: 2.2 },
    { title: text.landings, align: 'center', width: 2.4 },
  ];
  if (withTeachers) columns.push({ title: text.tutored, align: 'center' as const, width: 2.6 });
  const rows: TableRow[] = coverage.rows.map((row) => {
    const cells: TableCell[] = [
      { kind: 'text', text: row.schoolName },
      names(row.curators),
      names(row.leaderSchools),
      names(row.mentors),
      { kind: 'count', value: row.landings.length },
    ];
    if (withTeachers)
      cells.push(
        // A school without teacher records has no share to state: «—», not «0 из 0».
        row.teachers === null || row.teachers === 0 || row.tutoredTeachers === null
          ? { kind: 'empty' }
          : shareValue(
              { numerator: row.tutoredTeachers, denominator: row.teachers },
              { show: 'fraction-percent' },
            ),
      );
    return { cells };
  });
  const { totals } = coverage;
  const totalCells: TableCell[] = [
    { kind: 'text', text: text.total },
    shareValue(totals.withCurator, { show: 'count-percent' }),
    shareValue(totals.withLeaderSchool, { show: 'count-percent' }),
    shareValue(totals.withMentor, { show: 'count-percent' }),
    { kind: 'count', value: totals.landingCount },
  ];
  if (withTeachers && totals.tutoredTeachers !== null)
    totalCells.push(shareValue(totals.tutoredTeachers, { show: 'fraction-percent' }));
  rows.push({ cells: totalCells, total: true });

  const blocks: ReportBlock[] = [
    { kind: 'table', columns, rows },
    {
      kind: 'list',
      ordered: false,
      items: [
        {
          text: [
            { kind: 'text', text: text.totals(options.schoolsLabel ?? text.schoolsLabel) },
            { kind: 'count', value: totals.schools },
            { kind: 'text', text: text.ofThem },
          ],
          items: punctuateList(
            [
              totalLine(text.withCurator, totals.withCurator),
              totalLine(text.withLeader, totals.withLeaderSchool),
              totalLine(text.withMentor, totals.withMentor),
              totalLine(text.withLanding, totals.withLanding),
            ],
            (parts, mark) => [...parts, { kind: 'text', text: mark }],
          ),
        },
      ],
    },
    {
      kind: 'sentence',
      parts: [
        { kind: 'text', text: text.landingCount },
        { kind: 'count', value: totals.landingCount },
        { kind: 'text', text: '.' },
      ],
    },
  ];
  if (totals.tutoredTeachers !== null) {
    blocks.push({
      kind: 'sentence',
      parts: [
        { kind: 'text', text: text.tutoredTeachers },
        shareValue(totals.tutoredTeachers, { show: 'fraction-percent' }),
        { kind: 'text', text: '.' },
      ],
    });
  }
  if (options.gaps !== false) {
    const gaps: CoverageGap[] = ['no-curator', 'no-leader-school', 'no-mentor', 'no-landing'];
    for (const gap of gaps) {
      const schools = coverage.rows.filter((row) => row.gaps.includes(gap)).map((row) => row.schoolName);
      if (schools.length === 0) continue;
      blocks.push({
        kind: 'sentence',
        parts: [
          {
            kind: 'text',
            text: `${upperFirst(pickText(coverageGapLabels[gap], locale))}: ${schools.join(', ')}.`,
          },
        ],
      });
    }
  }
  return { id: options.id ?? 'mentorship', title: options.title ?? text.title, blocks };
}
