import type { DeadlineContext, ParsedDeadline } from '../../deadline/schema.js';
import type { DirectionCatalogue } from '../catalogue.js';
import type { BilingualText, Roadmap, RoadmapActivity, RoadmapSection } from '../schema.js';
import type { CompiledReviewVocabulary, ReviewVocabularyLists } from './vocabulary.js';

/** How much a remark weighs: `error` must be fixed before approval, `warning` should be, `info` is advice. */
export type ReviewSeverity = 'error' | 'warning' | 'info';

/** Where a remark points: a section, optionally an activity, and the field (`title`, `plannedResult`, …). */
export interface ReviewPlace {
  sectionId: string;
  activityId?: string;
  field: 'title' | 'activity' | 'problem' | 'plannedResult' | 'deadline' | 'responsible' | (string & {});
}

/** What a rule reports; the review adds the rule id and severity. */
export interface RuleFinding {
  place: ReviewPlace;
  /** What is wrong, worded as seed 000 words its remarks. */
  message: BilingualText;
  /** What to do instead, concretely. */
  suggestion: BilingualText;
  /** The text the remark is about, as written. */
  excerpt?: string;
}

/** A remark of the automatic review (замечание), ready to show or to attach to the roadmap. */
export interface ReviewRemark extends RuleFinding {
  ruleId: string;
  severity: ReviewSeverity;
}

/** An activity together with its section, in roadmap order. */
export interface ActivityEntry {
  section: RoadmapSection;
  activity: RoadmapActivity;
}

/** What every rule sees: the roadmap, the vocabulary, the catalogue and the deadline reader. */
export interface ReviewContext {
  roadmap: Roadmap;
  vocabulary: CompiledReviewVocabulary;
  catalogue: DirectionCatalogue;
  /** The roadmap period and year that year-less deadlines resolve against. */
  deadlineContext: DeadlineContext;
  /** Every activity with its section, in order. */
  activities: readonly ActivityEntry[];
  /** Reads a deadline text against the roadmap period (stored ranges may predate a period change). */
  readDeadline(text: string): ParsedDeadline;
}

/**
 * A review rule: pluggable, so a region adds its own. `supersedes` names rules whose remark on the
 * same place this rule's remark replaces (a vague result is not also reported as unmeasurable).
 */
export interface ReviewRule {
  id: string;
  title: BilingualText;
  severity: ReviewSeverity;
  supersedes?: readonly string[];
  /**
   * `activity`: the rule judges each activity alone, from the activity itself, its section's id and
   * the context's period, vocabulary and catalogue, and every finding points at that activity. Such a
   * rule is run again only on the activities that changed (`createRoadmapReviewer`). Absent: the rule
   * reads the whole roadmap and runs on every review.
   */
  scope?: 'activity';
  check(context: ReviewContext): RuleFinding[];
}

/** How a region configures the review. */
export interface ReviewOptions {
  /** Rule ids to switch off. */
  disable?: readonly string[];
  /** Severity per rule id, replacing the rule's own. */
  severity?: Readonly<Record<string, ReviewSeverity>>;
  /** The region's own rules, run after the built-in ones. */
  rules?: readonly ReviewRule[];
  /** Phrases added to the built-in vocabulary. */
  vocabulary?: Partial<ReviewVocabularyLists>;
  /** A vocabulary that replaces the built-in one (then `vocabulary` extends it). */
  baseVocabulary?: ReviewVocabularyLists;
  /** The direction catalogue section titles are checked against. */
  catalogue?: DirectionCatalogue;
}
