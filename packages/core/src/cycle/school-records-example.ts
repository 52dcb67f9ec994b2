import type { GroupedRecordsInput } from '../indicator/compute/grouped.js';
import type { School } from '../school/schema.js';
import type { Teacher } from '../teacher/schema.js';

function school(id: number, categories: School['categories'], flags: Record<string, boolean> = {}): School {
  return { id: `kansk-school-${id}`, name: `МБОУ СОШ № ${id}`, municipalityId: 'kansk', categories, flags };
}

function teachers(schoolNumber: number, flags: readonly Record<string, boolean>[]): Teacher[] {
  return flags.map((teacherFlags, index) => ({
    id: `t-${schoolNumber}-${index + 1}`,
    schoolId: `kansk-school-${schoolNumber}`,
    flags: teacherFlags,
  }));
}

/**
 * Illustrative registry records of four schools of г. Канск in two years, for a school scorecard
 * (the seed prints no per-school figures): № 1 (ШНРО, 4 teachers), № 2 (ШНСУ, 2), № 3 (no
 * category, 3) and one school of another municipality in 2021–2022; in 2022–2023 № 3 has left the
 * registry, № 4 (ШНРО, 1 teacher) and № 5 (no category, 2 teachers) have joined, and 3 of № 1's teachers have an ИОМ instead of 1.
 */
export function kanskSchoolRecords(): { records2022: GroupedRecordsInput; records2023: GroupedRecordsInput } {
  // Copies, so that a caller who edits them cannot change the next caller's example.
  return structuredClone({ records2022, records2023 });
}

const records2022: GroupedRecordsInput = {
  kind: 'records',
  schools: [
    school(1, ['low-results'], { inMunicipalEvents: true }),
    school(2, ['unfavourable-conditions']),
    school(3, []),
    // Another municipality's school: not in Канск's scorecard.
    {
      id: 'other-1',
      name: 'МБОУ СОШ № 1 г. Бородино',
      municipalityId: 'borodino',
      categories: ['low-results'],
    },
  ],
  teachers: [
    ...teachers(1, [{ hasIom: true }, { hasIom: false }, { hasIom: false }, { hasIom: false }]),
    ...teachers(2, [{ hasIom: true }, { hasIom: true }]),
    ...teachers(3, [{ hasIom: false }, { hasIom: false }, { hasIom: false }]),
    { id: 't-other', schoolId: 'other-1', flags: { hasIom: true } },
  ],
};

const records2023: GroupedRecordsInput = {
  kind: 'records',
  schools: [
    school(1, ['low-results'], { inMunicipalEvents: true }),
    school(2, ['unfavourable-conditions']),
    school(4, ['low-results']),
    school(5, []),
  ],
  teachers: [
    ...teachers(1, [{ hasIom: true }, { hasIom: true }, { hasIom: true }, { hasIom: false }]),
    ...teachers(2, [{ hasIom: true }, { hasIom: true }]),
    ...teachers(4, [{ hasIom: false }]),
    ...teachers(5, [{ hasIom: true }, { hasIom: false }]),
  ],
};
