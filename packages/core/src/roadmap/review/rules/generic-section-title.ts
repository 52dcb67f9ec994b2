import { quotable } from '../../text.js';
import { directionsFor } from '../../catalogue.js';
import type { ReviewRule } from '../types.js';
import { matchWholePhrase } from '../vocabulary.js';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Seed 000's own examples, used when the catalogue has no direction for the section's group. */
const seedExamples = {
  ru: 'психологическая поддержка обучающихся с трудностями в обучении, повышение мотивации обучающихся, повышение предметной компетентности учителей',
  en: 'psychological support of students with learning difficulties, raising students’ motivation, raising teachers’ subject competence',
};

/**
 * Seed 000, remark 3: a section titled by its group («Работа с учителями», «Работа с учащимися»)
 * instead of a concrete direction of work.
 */
export const genericSectionTitleRule: ReviewRule = {
  id: 'generic-section-title',
  title: { ru: 'Общие формулировки разделов', en: 'Generic section titles' },
  severity: 'warning',
  check({ roadmap, vocabulary, catalogue }) {
    return roadmap.sections.flatMap((section) => {
      const title = section.title.trim();
      if (title && !matchWholePhrase(title, vocabulary.genericSectionTitles)) return [];
      const directions = directionsFor(catalogue, section.targetGroup);
      const examples = directions.length
        ? {
            ru: directions.map((direction) => lowerFirst(direction.title.ru)).join(', '),
            en: directions.map((direction) => lowerFirst(direction.title.en)).join(', '),
          }
        : seedExamples;
      return [
        {
          place: { sectionId: section.id, field: 'title' },
          excerpt: title,
          message: title
            ? {
                ru: `Общая формулировка раздела: «${quotable(title)}».`,
                en: `A generic section title: “${quotable(title)}”.`,
              }
            : { ru: 'Не указано название раздела.', en: 'The section has no title.' },
          suggestion: {
            ru: `Необходимо указать конкретное направление работы (${examples.ru} и т.д.).`,
            en: `Name a concrete direction of work (${examples.en}, etc.).`,
          },
        },
      ];
    });
  },
};
