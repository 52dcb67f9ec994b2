import { parseDeadline } from '../../deadline/parse.js';
import type { DeadlineContext, ParsedDeadline } from '../../deadline/schema.js';
import { defaultDirectionCatalogue } from '../catalogue.js';
import { deadlineContextOf } from '../deadlines.js';
import type { Roadmap } from '../schema.js';
import { defaultReviewRules } from './rules/index.js';
import type {
  ReviewContext,
  ReviewOptions,
  ReviewPlace,
  ReviewRemark,
  ReviewRule,
  ReviewSeverity,
  RuleFinding,
} from './types.js';
import {
  compileReviewVocabulary,
  defaultReviewVocabulary,
  extendReviewVocabulary,
  type CompiledReviewVocabulary,
} from './vocabulary.js';
import { assertArgument } from '../../errors/require-argument.js';
import { isPlainValidRoadmap } from '../guard.js';
import { roadmapSchema } from '../schema.js';

const placeKey = (place: ReviewPlace) =>
  `${place.sectionId}\u0000${place.activityId ?? ''}\u0000${place.field}`;

/** The rules in force: built-in ones (a custom rule with the same id replaces it), then custom ones, minus the disabled. */
function rulesInForce(options: ReviewOptions): ReviewRule[] {
  const custom = options.rules ?? [];
  const disabled = new Set(options.disable ?? []);
  const builtIn = defaultReviewRules.map((rule) => custom.find((own) => own.id === rule.id) ?? rule);
  const added = custom.filter((rule) => !defaultReviewRules.some((known) => known.id === rule.id));
  return [...builtIn, ...added].filter((rule) => !disabled.has(rule.id));
}

// Compiling the vocabulary (stemming every phrase) costs more than reviewing one roadmap: the
// built-in one is compiled once and shared, so a municipality's 2 000 roadmaps review in time.
let compiledDefault: CompiledReviewVocabulary | undefined;

function vocabularyFor(options: ReviewOptions): CompiledReviewVocabulary {
  if (options.baseVocabulary === undefined && options.vocabulary === undefined)
    return (compiledDefault ??= compileReviewVocabulary(extendReviewVocabulary(defaultReviewVocabulary, {})));
  return compileReviewVocabulary(
    extendReviewVocabulary(options.baseVocabulary ?? defaultReviewVocabulary, options.vocabulary ?? {}),
  );
}

// Two rules read every deadline again, and a region's roadmaps repeat the same phrases over the
// same periods («до 15 декабря 2022 года», «ежеквартально»): each (text, period) is read once.
// The parsed deadline is a plain value no rule changes.
const readDeadlines = new Map<string, Map<string, ParsedDeadline>>();
let readCount = 0;

// Keyed by the period first, then the text: no key is built per call, and the text's hash is kept.
function readDeadlineOnce(text: string, context: DeadlineContext, contextKey: string): ParsedDeadline {
  let byText = readDeadlines.get(contextKey);
  if (byText === undefined) {
    byText = new Map();
    readDeadlines.set(contextKey, byText);
  }
  let parsed = byText.get(text);
  if (parsed === undefined) {
    parsed = parseDeadline(text, context);
    if (++readCount >= 20_000) {
      readDeadlines.clear();
      readCount = 0;
    }
    byText.set(text, parsed);
  }
  return parsed;
}

const builtInRules = new Set<ReviewRule>(defaultReviewRules);

// A region's review makes some 200 000 remarks: the built-in rules' findings are copied field by
// field (copying by spread, over findings of many shapes, was a fifth of the review's time); a
// custom rule's finding is copied whole, whatever else it carries.
function toRemark(
  finding: RuleFinding,
  ruleId: string,
  severity: ReviewSeverity,
  builtIn: boolean,
): ReviewRemark {
  if (!builtIn) return { ...finding, ruleId, severity };
  return finding.excerpt === undefined
    ? { place: finding.place, message: finding.message, suggestion: finding.suggestion, ruleId, severity }
    : {
        place: finding.place,
        excerpt: finding.excerpt,
        message: finding.message,
        suggestion: finding.suggestion,
        ruleId,
        severity,
      };
}

/** The context every rule sees. */
export function createReviewContext(roadmap: Roadmap, options: ReviewOptions = {}): ReviewContext {
  const deadlineContext = deadlineContextOf(roadmap);
  const contextKey = JSON.stringify(deadlineContext);
  return {
    roadmap,
    vocabulary: vocabularyFor(options),
    catalogue: options.catalogue ?? defaultDirectionCatalogue,
    deadlineContext,
    activities: roadmap.sections.flatMap((section) =>
      section.activities.map((activity) => ({ section, activity })),
    ),
    readDeadline: (text) => readDeadlineOnce(text, deadlineContext, contextKey),
  };
}

/**
 * Reviews a roadmap the way seed 000's methodologist did: general formulations, unmeasurable results,
 * passive formats, generic section titles, plus missing or unreadable deadlines, deadlines outside
 * the period, missing responsible persons and duplicated activities. Each remark names its rule,
 * place, severity and a concrete suggestion in Russian and English; remarks come in roadmap order.
 */
export function reviewRoadmap(roadmap: Roadmap, options: ReviewOptions = {}): ReviewRemark[] {
  // The plain check answers for a well-formed roadmap; anything else is judged (and explained) by the schema.
  if (!isPlainValidRoadmap(roadmap)) assertArgument('reviewRoadmap', 'roadmap', roadmapSchema, roadmap);
  const context = createReviewContext(roadmap, options);
  const rules = rulesInForce(options);
  const remarks: { remark: ReviewRemark; ruleIndex: number }[] = [];
  rules.forEach((rule, ruleIndex) => {
    const severity = options.severity?.[rule.id] ?? rule.severity;
    const builtIn = builtInRules.has(rule);
    for (const finding of rule.check(context))
      remarks.push({ remark: toRemark(finding, rule.id, severity, builtIn), ruleIndex });
  });

  const superseded = new Set<string>();
  for (const { remark, ruleIndex } of remarks) {
    for (const id of rules[ruleIndex]?.supersedes ?? [])
      superseded.add(`${id}\u0000${placeKey(remark.place)}`);
  }

  // Roadmap order: each remark's place is looked up once, not at every comparison of the sort.
  const sectionOrder = new Map(roadmap.sections.map((section, index) => [section.id, index]));
  const activityOrder = new Map(context.activities.map((entry, index) => [entry.activity.id, index]));
  const kept = remarks
    .filter(
      ({ remark }) =>
        superseded.size === 0 || !superseded.has(`${remark.ruleId}\u0000${placeKey(remark.place)}`),
    )
    .map(({ remark, ruleIndex }) => ({
      remark,
      ruleIndex,
      section: sectionOrder.get(remark.place.sectionId) ?? Number.MAX_SAFE_INTEGER,
      activity:
        remark.place.activityId === undefined
          ? -1
          : (activityOrder.get(remark.place.activityId) ?? Number.MAX_SAFE_INTEGER),
    }));
  return kept
    .sort((a, b) => a.section - b.section || a.activity - b.activity || a.ruleIndex - b.ruleIndex)
    .map(({ remark }) => remark);
}
