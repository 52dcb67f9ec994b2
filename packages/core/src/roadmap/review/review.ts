import { parseDeadline } from '../../deadline/parse.js';
import type { DeadlineContext, ParsedDeadline } from '../../deadline/schema.js';
import { defaultDirectionCatalogue } from '../catalogue.js';
import { deadlineContextOf } from '../deadlines.js';
import type { Roadmap, RoadmapActivity } from '../schema.js';
import { defaultReviewRules } from './rules/index.js';
import type {
  ActivityEntry,
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

/** The rules in force with what each run needs of them, worked out once per options. */
interface PreparedRules {
  readonly rules: readonly ReviewRule[];
  readonly severity: readonly ReviewSeverity[];
  readonly builtIn: readonly boolean[];
}

function prepareRules(options: ReviewOptions): PreparedRules {
  const rules = rulesInForce(options);
  return {
    rules,
    severity: rules.map((rule) => options.severity?.[rule.id] ?? rule.severity),
    builtIn: rules.map((rule) => builtInRules.has(rule)),
  };
}

interface RankedRemark {
  remark: ReviewRemark;
  ruleIndex: number;
}

/** The remarks one activity-scoped rule makes about the activity at an index of `context.activities`. */
type ActivityRemarks = (entryIndex: number, ruleIndex: number) => readonly ReviewRemark[];

function collectRemarks(
  context: ReviewContext,
  prepared: PreparedRules,
  activityRemarks?: ActivityRemarks,
): RankedRemark[] {
  const remarks: RankedRemark[] = [];
  prepared.rules.forEach((rule, ruleIndex) => {
    if (activityRemarks && rule.scope === 'activity') {
      for (let entryIndex = 0; entryIndex < context.activities.length; entryIndex += 1)
        for (const remark of activityRemarks(entryIndex, ruleIndex)) remarks.push({ remark, ruleIndex });
      return;
    }
    const severity = prepared.severity[ruleIndex] ?? rule.severity;
    const builtIn = prepared.builtIn[ruleIndex] ?? false;
    for (const finding of rule.check(context))
      remarks.push({ remark: toRemark(finding, rule.id, severity, builtIn), ruleIndex });
  });
  return remarks;
}

/** Drops the superseded remarks and puts the rest in roadmap order, then rule order. */
function orderRemarks(
  roadmap: Roadmap,
  context: ReviewContext,
  rules: readonly ReviewRule[],
  remarks: readonly RankedRemark[],
): ReviewRemark[] {
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
  const prepared = prepareRules(options);
  return orderRemarks(roadmap, context, prepared.rules, collectRemarks(context, prepared));
}

/** What an incremental review did on its last run. */
export interface RoadmapReviewStats {
  /** Activities the activity-scoped rules read again (new, edited, moved to another section, or the period changed). */
  reviewed: number;
  /** Activities whose remarks were taken from the previous runs unchanged. */
  reused: number;
}

/** A review that remembers each activity's remarks between runs: see `createRoadmapReviewer`. */
export interface RoadmapReviewer {
  /** The same remarks, in the same order, as `reviewRoadmap(roadmap, options)`. */
  review(roadmap: Roadmap): ReviewRemark[];
  /**
   * Reads, ahead of `review`, the activities not yet remembered, until `shouldStop()` answers true;
   * answers whether every activity is now remembered. An editor spreads the first review of a long
   * roadmap over short slices of idle time this way, so no slice is a long task; `review` then reads
   * nothing again. A roadmap that fails the schema is left to `review`, which explains it.
   */
  prepare(roadmap: Roadmap, shouldStop: () => boolean): boolean;
  /** What the last `review` read again and what it reused. */
  readonly stats: RoadmapReviewStats;
}

interface RememberedActivity {
  sectionId: string;
  contextKey: string;
  byRule: (readonly ReviewRemark[] | undefined)[];
}

/**
 * An incremental automatic review (автоматическая проверка) for an editor: each run gives exactly
 * what `reviewRoadmap` gives, but the activity-scoped rules (`scope: 'activity'`) read only the
 * activities that changed since an earlier run; the rules over the whole roadmap (section titles,
 * duplicates, a region's own rules) run every time, on the texts' cached stems. An activity is a
 * value: an edit replaces the object (as every edit of the core and the editor does), and an object
 * seen before, in the same section and period, keeps its remarks, the same remark objects as before.
 */
export function createRoadmapReviewer(options: ReviewOptions = {}): RoadmapReviewer {
  const prepared = prepareRules(options);
  const activityRules = prepared.rules
    .map((rule, ruleIndex) => ({ rule, ruleIndex }))
    .filter(({ rule }) => rule.scope === 'activity');
  // Weak: an activity dropped from the roadmap (and from undo history) leaves the memory with it.
  const remembered = new WeakMap<RoadmapActivity, RememberedActivity>();
  const stats: RoadmapReviewStats = { reviewed: 0, reused: 0 };

  const remember = (entry: ActivityEntry, context: ReviewContext, contextKey: string): RememberedActivity => {
    const memory: RememberedActivity = { sectionId: entry.section.id, contextKey, byRule: [] };
    const alone: ReviewContext = { ...context, activities: [entry] };
    for (const { rule, ruleIndex } of activityRules) {
      const severity = prepared.severity[ruleIndex] ?? rule.severity;
      const builtIn = prepared.builtIn[ruleIndex] ?? false;
      memory.byRule[ruleIndex] = rule
        .check(alone)
        .map((finding) => toRemark(finding, rule.id, severity, builtIn));
    }
    remembered.set(entry.activity, memory);
    return memory;
  };
  const knownAs = (entry: ActivityEntry, contextKey: string): RememberedActivity | undefined => {
    const known = remembered.get(entry.activity);
    return known && known.sectionId === entry.section.id && known.contextKey === contextKey
      ? known
      : undefined;
  };

  // The roadmap last read, checked and indexed once: a first review in slices reads one roadmap
  // value many times (each slice, then the review itself), and each read of a thousand activities
  // checked the whole roadmap again.
  let lastRead: { roadmap: Roadmap; context: ReviewContext; contextKey: string } | undefined;
  const read = (roadmap: Roadmap) => {
    if (lastRead?.roadmap !== roadmap) {
      const context = createReviewContext(roadmap, options);
      lastRead = { roadmap, context, contextKey: JSON.stringify(context.deadlineContext) };
    }
    return lastRead;
  };
  let checked: Roadmap | undefined;
  const isValid = (roadmap: Roadmap): boolean => {
    if (checked === roadmap) return true;
    if (!isPlainValidRoadmap(roadmap)) return false;
    checked = roadmap;
    return true;
  };

  return {
    stats,
    prepare(roadmap, shouldStop) {
      if (!isValid(roadmap)) return true;
      const { context, contextKey } = read(roadmap);
      for (const entry of context.activities) {
        if (knownAs(entry, contextKey)) continue;
        if (shouldStop()) return false;
        remember(entry, context, contextKey);
      }
      return true;
    },
    review(roadmap) {
      if (!isValid(roadmap)) assertArgument('reviewRoadmap', 'roadmap', roadmapSchema, roadmap);
      const { context, contextKey } = read(roadmap);
      stats.reviewed = 0;
      stats.reused = 0;
      const memories = context.activities.map((entry) => {
        const known = knownAs(entry, contextKey);
        if (known) {
          stats.reused += 1;
          return known;
        }
        stats.reviewed += 1;
        return remember(entry, context, contextKey);
      });
      const remarks = collectRemarks(
        context,
        prepared,
        (entryIndex, ruleIndex) => memories[entryIndex]?.byRule[ruleIndex] ?? [],
      );
      return orderRemarks(roadmap, context, prepared.rules, remarks);
    },
  };
}
