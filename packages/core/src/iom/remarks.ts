import type { CalendarDate } from '../deadline/schema.js';
import { formatDay } from '../mentorship/period.js';
import { overdueItems } from './progress.js';
import type { DeficitDiagnosis, Iom } from './schema.js';
import { assertArgument } from '../errors/require-argument.js';
import { deficitDiagnosisSchema, iomSchema } from './schema.js';
import { remarksOptionsSchema } from './options.js';

/** What a remark on an ИОМ is about. */
export type IomRemarkCode =
  | 'uncovered-deficit'
  | 'unknown-deficit'
  | 'item-without-deficit'
  | 'done-without-evidence'
  | 'no-deadline'
  | 'deadline-not-recognised'
  | 'overdue'
  | 'other-teacher'
  | 'other-diagnosis';

/** A remark on an ИОМ (замечание), in Russian and English, pointing at a deficit or an activity. */
export interface IomRemark {
  code: IomRemarkCode;
  ru: string;
  en: string;
  deficitId?: string;
  itemId?: string;
}

/**
 * The deficits of a diagnosis that no activity of the route closes, as remarks: «Дефицит «…» не
 * закрыт ни одним мероприятием маршрута». A cancelled activity closes nothing.
 */
export function uncoveredDeficits(diagnosis: DeficitDiagnosis, iom: Iom): IomRemark[] {
  assertArgument('uncoveredDeficits', 'diagnosis', deficitDiagnosisSchema, diagnosis);
  assertArgument('uncoveredDeficits', 'iom', iomSchema, iom);
  const remarks: IomRemark[] = [];
  for (const deficit of diagnosis.deficits) {
    const items = iom.items.filter((item) => item.deficitIds.includes(deficit.id));
    if (items.some((item) => item.status !== 'cancelled')) continue;
    const cancelled = items.map((item) => `«${item.title}»`).join(', ');
    const cancelledEn = items.map((item) => `"${item.title}"`).join(', ');
    remarks.push({
      code: 'uncovered-deficit',
      deficitId: deficit.id,
      ru:
        `Дефицит «${deficit.topic}» не закрыт ни одним мероприятием маршрута` +
        (items.length === 0
          ? '.'
          : items.length === 1
            ? `: мероприятие ${cancelled} отменено.`
            : `: мероприятия ${cancelled} отменены.`),
      en:
        `Deficit "${deficit.topic}" is not addressed by any activity of the route` +
        (items.length === 0 ? '.' : `: ${cancelledEn} cancelled.`),
    });
  }
  return remarks;
}

/**
 * Every remark a methodologist would make on an ИОМ against its diagnosis: deficits left open,
 * activities pointing at deficits the diagnosis does not have or at none, activities done without
 * evidence, deadlines missing or unreadable, and, given `asOf`, overdue activities.
 */
export function iomRemarks(
  diagnosis: DeficitDiagnosis | undefined,
  iom: Iom,
  options: { asOf?: CalendarDate } = {},
): IomRemark[] {
  if (diagnosis !== undefined) assertArgument('iomRemarks', 'diagnosis', deficitDiagnosisSchema, diagnosis);
  assertArgument('iomRemarks', 'iom', iomSchema, iom);
  assertArgument('iomRemarks', 'options', remarksOptionsSchema, options);
  const remarks: IomRemark[] = [];
  if (diagnosis !== undefined) {
    if (diagnosis.teacherId !== iom.teacherId) {
      remarks.push({
        code: 'other-teacher',
        ru: `Диагностика проведена у другого педагога («${diagnosis.teacherId}»), чем тот, для кого составлен маршрут («${iom.teacherId}»).`,
        en: `The diagnosis is of another teacher ("${diagnosis.teacherId}") than the route's ("${iom.teacherId}").`,
      });
    }
    if (iom.diagnosisId !== undefined && iom.diagnosisId !== diagnosis.id) {
      remarks.push({
        code: 'other-diagnosis',
        ru: `Маршрут составлен по диагностике «${iom.diagnosisId}», а сверяется с диагностикой «${diagnosis.id}».`,
        en: `The route answers diagnosis "${iom.diagnosisId}" but is checked against "${diagnosis.id}".`,
      });
    }
    remarks.push(...uncoveredDeficits(diagnosis, iom));
  }
  const known = new Set(diagnosis?.deficits.map((deficit) => deficit.id));
  for (const item of iom.items) {
    if (item.status === 'cancelled') continue;
    const about = { itemId: item.id };
    if (item.deficitIds.length === 0) {
      remarks.push({
        ...about,
        code: 'item-without-deficit',
        ru: `Мероприятие «${item.title}» не связано ни с одним дефицитом: укажите, какой дефицит оно закрывает.`,
        en: `Activity "${item.title}" addresses no deficit: say which deficit it closes.`,
      });
    }
    if (diagnosis !== undefined) {
      for (const deficitId of item.deficitIds.filter((id) => !known.has(id))) {
        remarks.push({
          ...about,
          deficitId,
          code: 'unknown-deficit',
          ru: `Мероприятие «${item.title}» ссылается на дефицит «${deficitId}», которого нет в диагностике от ${formatDay(diagnosis.date)}.`,
          en: `Activity "${item.title}" refers to deficit "${deficitId}", which the diagnosis of ${formatDay(diagnosis.date, 'en')} does not list.`,
        });
      }
    }
    if (item.status === 'done' && (item.evidence ?? []).length === 0) {
      remarks.push({
        ...about,
        code: 'done-without-evidence',
        ru: `Мероприятие «${item.title}» отмечено как выполненное, но подтверждение (удостоверение, технологическая карта урока, анализ урока) не приложено.`,
        en: `Activity "${item.title}" is marked done but has no evidence (certificate, lesson plan, lesson analysis).`,
      });
    }
    if (item.deadline === undefined) {
      remarks.push({
        ...about,
        code: 'no-deadline',
        ru: `У мероприятия «${item.title}» не указан срок.`,
        en: `Activity "${item.title}" has no deadline.`,
      });
    } else if (item.deadline.ranges.length === 0) {
      remarks.push({
        ...about,
        code: 'deadline-not-recognised',
        ru: `Мероприятие «${item.title}»: ${item.deadline.remark?.ru ?? `срок «${item.deadline.text}» не распознан.`}`,
        en: `Activity "${item.title}": ${item.deadline.remark?.en ?? `deadline "${item.deadline.text}" not recognised.`}`,
      });
    }
  }
  if (options.asOf !== undefined) {
    for (const overdue of overdueItems(iom, options.asOf)) {
      remarks.push({
        itemId: overdue.itemId,
        code: 'overdue',
        ru: `Мероприятие «${overdue.title}» просрочено: срок «${overdue.deadline}» истёк ${formatDay(overdue.lastDay)}.`,
        en: `Activity "${overdue.title}" is overdue: its deadline "${overdue.deadline}" ended on ${formatDay(overdue.lastDay, 'en')}.`,
      });
    }
  }
  return remarks;
}
