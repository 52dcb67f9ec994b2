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

/** A column of the coverage table: the support instrument a school can lack (coarser than the support model's `SupportInstrument`). */
export type CoverageInstrument = 'curator' | 'leader-school' | 'mentor' | 'landing';

const instrumentGap: Readonly<Record<CoverageInstrument, CoverageGap>> = {
  curator: 'no-curator',
  'leader-school': 'no-leader-school',
  mentor: 'no-mentor',
  landing: 'no-landing',
};

/** The instruments at least one school of the coverage has. */
export function instrumentsInUse(coverage: MentorshipCoverage): CoverageInstrument[] {
  const used: CoverageInstrument[] = [];
  if (coverage.rows.some((row) => row.curators.length > 0)) used.push('curator');
  if (coverage.rows.some((row) => row.leaderSchools.length > 0)) used.push('leader-school');
  if (coverage.rows.some((row) => row.mentors.length > 0)) used.push('mentor');
  if (coverage.rows.some((row) => row.landings.length > 0)) used.push('landing');
  return used;
}

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
  /**
   * The support instruments the municipality uses (its support model): columns, totals and gaps are
   * given only for these. Default: those at least one school has — a district that attaches no
   * curators is never told that each of its schools lacks one.
   */
  supportModel?: readonly CoverageInstrument[];
  locale?: DisplayLocale;
}

const labels = {
  ru: {
    title: 'Закрепление кураторов, школ-лидеров и наставников',
    attached: { curator: 'кураторов', 'leader-school': 'школ-лидеров', mentor: 'наставников' },
    attachment: 'Закрепление',
    support: 'Методическая поддержка школ',
    and: 'и',
    school: 'Школа',
    curator: 'Куратор (школа-куратор)',
    leader: 'Школа-лидер',
    mentor: 'Наставник',
    landings: 'Методические десанты',
    tutored: 'Педагоги с тьютором или наставником',
    total: 'Итого',
    schoolsLabel: 'ШНОР и ШНСУ',
    totals: (label: string) => `Всего ${label} — `,
    ofThem: ', из них:',
    withCurator: 'с закреплённым куратором или школой-куратором',
    withLeader: 'с определённой школой-лидером',
    withMentor: 'с закреплённым наставником',
    withLanding: 'с проведённым методическим десантом',
    tutoredTeachers: 'Педагогов с закреплённым тьютором или наставником — ',
  },
  en: {
    title: 'Curators, leader schools and mentors',
    attached: { curator: 'curators', 'leader-school': 'leader schools', mentor: 'mentors' },
    attachment: 'Attached',
    support: 'Methodological support of schools',
    and: 'and',
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
  },
} as const;

/** «Закрепление наставников», «Закрепление кураторов, школ-лидеров и наставников»: only what is used. */
function defaultTitle(model: ReadonlySet<CoverageInstrument>, locale: DisplayLocale): string {
  const text = labels[locale];
  const attached = (['curator', 'leader-school', 'mentor'] as const)
    .filter((instrument) => model.has(instrument))
    .map((instrument) => text.attached[instrument]);
  if (attached.length === 0) return text.support;
  const list =
    attached.length === 1
      ? (attached[0] as string)
      : `${attached.slice(0, -1).join(', ')} ${text.and} ${attached.at(-1) as string}`;
  return `${text.attachment} ${list}`;
}

/**
 * «Проведён 1 методический десант.», «Проведено 3 методических десанта.», «Методические десанты не
 * проводились.» — the predicate agrees with the count (singular after 1, 21; neuter of quantity otherwise).
 */
export function landingSentence(count: number, requested: DisplayLocale = 'ru'): InlinePart[] {
  const locale = toDisplayLocale(requested);
  if (locale === 'en') {
    return [
      { kind: 'text', text: 'Methodological landings held: ' },
      { kind: 'count', value: count },
      { kind: 'text', text: '.' },
    ];
  }
  if (count === 0) return [{ kind: 'text', text: 'Методические десанты не проводились.' }];
  const singular = count % 10 === 1 && count % 100 !== 11;
  return [
    { kind: 'text', text: `${singular ? 'Проведён' : 'Проведено'} ` },
    { kind: 'count', value: count, noun: 'landing' },
    { kind: 'text', text: '.' },
  ];
}

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
  const model = new Set(options.supportModel ?? instrumentsInUse(coverage));
  const uses = (instrument: CoverageInstrument) => model.has(instrument);
  const columns: TableColumn[] = [{ title: text.school, width: 2.2 }];
  if (uses('curator')) columns.push({ title: text.curator, width: 2.1 });
  if (uses('leader-school')) columns.push({ title: text.leader, width: 1.8 });
  if (uses('mentor')) columns.push({ title: text.mentor, width: 2.2 });
  if (uses('landing')) columns.push({ title: text.landings, align: 'center', width: 2.4 });
  if (withTeachers) columns.push({ title: text.tutored, align: 'center' as const, width: 2.6 });
  const rows: TableRow[] = coverage.rows.map((row) => {
    const cells: TableCell[] = [{ kind: 'text', text: row.schoolName }];
    if (uses('curator')) cells.push(names(row.curators));
    if (uses('leader-school')) cells.push(names(row.leaderSchools));
    if (uses('mentor')) cells.push(names(row.mentors));
    if (uses('landing')) cells.push({ kind: 'count', value: row.landings.length });
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
  const totalCells: TableCell[] = [{ kind: 'text', text: text.total }];
  if (uses('curator')) totalCells.push(shareValue(totals.withCurator, { show: 'count-percent' }));
  if (uses('leader-school')) totalCells.push(shareValue(totals.withLeaderSchool, { show: 'count-percent' }));
  if (uses('mentor')) totalCells.push(shareValue(totals.withMentor, { show: 'count-percent' }));
  if (uses('landing')) totalCells.push({ kind: 'count', value: totals.landingCount });
  if (withTeachers && totals.tutoredTeachers !== null)
    totalCells.push(shareValue(totals.tutoredTeachers, { show: 'fraction-percent' }));
  rows.push({ cells: totalCells, total: true });

  const blocks: ReportBlock[] = [{ kind: 'table', columns, rows }];
  if (model.size > 0)
    blocks.push({
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
              ...(uses('curator') ? [totalLine(text.withCurator, totals.withCurator)] : []),
              ...(uses('leader-school') ? [totalLine(text.withLeader, totals.withLeaderSchool)] : []),
              ...(uses('mentor') ? [totalLine(text.withMentor, totals.withMentor)] : []),
              ...(uses('landing') ? [totalLine(text.withLanding, totals.withLanding)] : []),
            ],
            (parts, mark) => [...parts, { kind: 'text', text: mark }],
          ),
        },
      ],
    });
  if (uses('landing')) blocks.push({ kind: 'sentence', parts: landingSentence(totals.landingCount, locale) });
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
    const gaps = [...model].map((instrument) => instrumentGap[instrument]);
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
  return { id: options.id ?? 'mentorship', title: options.title ?? defaultTitle(model, locale), blocks };
}
