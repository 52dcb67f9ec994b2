import type { CountIndicator, IndicatorSection, PresenceIndicator, ShareIndicator } from '../schema.js';
import type { LocalizedText } from '../../text/schema.js';

// Helpers that write an indicator definition once: a catalogue lists what differs between its
// indicators (code, title, flag, population, what is counted), not the same fields 25 times.

/** A title in Russian and English, optionally with the wording the source printed. */
export interface TitleInput {
  ru: string;
  en: string;
  /** The source's own wording when the displayed title corrects it (grammar, a misnamed population). */
  source?: string;
}

function titled(title: TitleInput): { title: LocalizedText; sourceTitle?: LocalizedText } {
  return {
    title: { ru: title.ru, en: title.en },
    ...(title.source === undefined ? {} : { sourceTitle: { ru: title.source } }),
  };
}

/** A section of a set (раздел), with the source's wording kept when the title corrects it. */
export function section(code: string, title: TitleInput): IndicatorSection {
  return { code, ...titled(title) };
}

/** A presence indicator («Наличие …»), read from the municipality's flag. */
export function presenceIndicator(
  code: string,
  title: TitleInput,
  municipalityFlag: string,
): PresenceIndicator {
  return {
    kind: 'presence',
    code,
    section: code.split('.')[0] as string,
    ...titled(title),
    betterDirection: 'higher',
    municipalityFlag,
  };
}

/** What a share counts: the words of the report and the query over records. */
export interface ShareInput {
  code: string;
  title: TitleInput;
  population: string;
  /**
   * «количество ШНРО и ШНСУ», in both languages. Without `ru`, the report's words are its title's:
   * «Доля X» counts «количество X».
   */
  counted: Omit<LocalizedText, 'ru'> & { ru?: string };
  counts: NonNullable<ShareIndicator['numerator']['counts']>;
  betterDirection?: ShareIndicator['betterDirection'];
  note?: LocalizedText;
  precision?: number;
}

const percentUnit = { ru: '%', en: '%' };
const share = 'Доля ';

function countedFromTitle(title: string): string {
  if (!title.startsWith(share)) throw new Error(`«${title}» does not start with «${share}»`);
  return `количество ${title.slice(share.length)}`;
}

/** A share indicator («Доля …») in percent to one decimal unless told otherwise. */
export function shareIndicator(input: ShareInput): ShareIndicator {
  return {
    kind: 'share',
    code: input.code,
    section: input.code.split('.')[0] as string,
    ...titled(input.title),
    betterDirection: input.betterDirection ?? 'higher',
    unit: percentUnit,
    precision: input.precision ?? 1,
    population: input.population,
    numerator: {
      description: {
        ru: input.counted.ru ?? countedFromTitle(input.title.ru),
        ...(input.counted.en === undefined ? {} : { en: input.counted.en }),
      },
      counts: input.counts,
    },
    ...(input.note === undefined ? {} : { note: input.note }),
  };
}

/** A count indicator («Количество …»). */
export function countIndicator(
  input: Omit<CountIndicator, 'kind' | 'section' | 'title' | 'sourceTitle'> & { title: TitleInput },
): CountIndicator {
  const { title, ...rest } = input;
  return { kind: 'count', ...rest, section: input.code.split('.')[0] as string, ...titled(title) };
}
