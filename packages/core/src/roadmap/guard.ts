import {
  calendarDateSchema,
  deadlineKindSchema,
  deadlineRemarkSchema,
  recurrenceSchema,
} from '../deadline/schema.js';
import { activityFormSchema } from './activity-form.js';
import {
  activityStatusSchema,
  evidenceSchema,
  measurableTargetSchema,
  orderReferenceSchema,
  roadmapHistoryEntrySchema,
  roadmapRemarkSchema,
  roadmapStatusSchema,
  type Roadmap,
} from './schema.js';
import { targetGroupSchema } from './target-group.js';

// What `roadmapSchema` accepts, checked without running zod over every field: reviewing a
// region's 2 000 roadmaps of 30 activities spent a third of its time validating them. It may
// refuse more than the schema (then the caller asks the schema, which decides and explains),
// never less. Rare parts (an approving order, targets, evidence, remarks, history, deadline
// remarks) are handed to their own schemas; dates are checked by the schema, once per string.

type Plain = Record<string, unknown>;

const roadmapKeys = new Set([
  'id',
  'school',
  'title',
  'period',
  'version',
  'status',
  'approval',
  'riskFactorListId',
  'sections',
  'remarks',
  'history',
]);
const sectionKeys = new Set(['id', 'title', 'targetGroup', 'directionId', 'riskFactorIds', 'activities']);
const deadlineKeys = new Set(['text', 'kind', 'ranges', 'recurrence', 'remark']);
const rangeKeys = new Set(['start', 'end']);
const schoolKeys = new Set(['id', 'name']);

const statuses = new Set<unknown>(roadmapStatusSchema.options);
const groups = new Set<unknown>(targetGroupSchema.options);
const activityStatuses = new Set<unknown>(activityStatusSchema.options);
const forms = new Set<unknown>(activityFormSchema.options);
const deadlineKinds = new Set<unknown>(deadlineKindSchema.options);
const recurrences = new Set<unknown>(recurrenceSchema.options);

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(record: Plain, allowed: ReadonlySet<string>): boolean {
  const keys = Object.keys(record);
  for (let index = 0; index < keys.length; index++) if (!allowed.has(keys[index]!)) return false;
  return true;
}

/** `z.string().trim().min(1)`: something left after trimming. */
function isId(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

const dates = new Map<string, boolean>();

function isDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  let valid = dates.get(value);
  if (valid === undefined) {
    valid = calendarDateSchema.safeParse(value).success;
    if (dates.size >= 10_000) dates.clear();
    dates.set(value, valid);
  }
  return valid;
}

function isRange(value: unknown): boolean {
  return (
    isPlain(value) &&
    onlyKeys(value, rangeKeys) &&
    isDate(value['start']) &&
    isDate(value['end']) &&
    (value['start'] as string) <= (value['end'] as string)
  );
}

function isDeadline(value: unknown): boolean {
  if (!isPlain(value) || !onlyKeys(value, deadlineKeys)) return false;
  if (typeof value['text'] !== 'string' || !deadlineKinds.has(value['kind'])) return false;
  const ranges = value['ranges'];
  if (!Array.isArray(ranges)) return false;
  for (const range of ranges) if (!isRange(range)) return false;
  if (value['recurrence'] !== undefined && !recurrences.has(value['recurrence'])) return false;
  return value['remark'] === undefined || deadlineRemarkSchema.safeParse(value['remark']).success;
}

// One pass over the activity's own keys: activities come in many shapes (optional fields present
// or not), and reading each known field by name on every shape costs more than the keys it has.
function isActivity(value: unknown): boolean {
  if (!isPlain(value)) return false;
  let id = false;
  let activity = false;
  let status = false;
  const keys = Object.keys(value);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    const field = value[key];
    switch (key) {
      case 'id':
        if (!isId(field)) return false;
        id = true;
        break;
      case 'activity':
        if (typeof field !== 'string') return false;
        activity = true;
        break;
      case 'status':
        if (!activityStatuses.has(field)) return false;
        status = true;
        break;
      case 'problem':
      case 'plannedResult':
      case 'responsible':
        if (!optionalString(field)) return false;
        break;
      case 'form':
        if (field !== undefined && !forms.has(field)) return false;
        break;
      case 'deadline':
        if (field !== undefined && !isDeadline(field)) return false;
        break;
      case 'target':
        if (field !== undefined && !measurableTargetSchema.safeParse(field).success) return false;
        break;
      case 'evidence':
        if (field === undefined) break;
        if (!Array.isArray(field)) return false;
        for (const entry of field) if (!evidenceSchema.safeParse(entry).success) return false;
        break;
      default:
        return false;
    }
  }
  return id && activity && status;
}

function isSection(value: unknown, seen: Set<string>): boolean {
  if (!isPlain(value) || !onlyKeys(value, sectionKeys)) return false;
  if (!isId(value['id']) || typeof value['title'] !== 'string' || !groups.has(value['targetGroup']))
    return false;
  if (value['directionId'] !== undefined && !isId(value['directionId'])) return false;
  const risks = value['riskFactorIds'];
  if (risks !== undefined) {
    if (!Array.isArray(risks)) return false;
    for (const risk of risks) if (!isId(risk)) return false;
  }
  if (!claim(value['id'] as string, seen)) return false;
  const activities = value['activities'];
  if (!Array.isArray(activities)) return false;
  for (const activity of activities) {
    if (!isActivity(activity)) return false;
    if (!claim((activity as Plain)['id'] as string, seen)) return false;
  }
  return true;
}

// Section and activity ids unique within the roadmap, as the schema's refinement compares them:
// after trimming.
function claim(raw: string, seen: Set<string>): boolean {
  const id = raw.trim();
  if (seen.has(id)) return false;
  seen.add(id);
  return true;
}

/**
 * Whether a value is certainly a valid roadmap, without zod's full run: `true` only when
 * `roadmapSchema` accepts it too. `false` means «ask the schema» (it may still be valid).
 */
export function isPlainValidRoadmap(value: unknown): value is Roadmap {
  // A hostile value (a proxy whose traps throw, a getter that throws) is the schema's to explain:
  // the plain check must never be the one that throws (issue 15, «No throw on input»).
  try {
    return checkPlainRoadmap(value);
  } catch {
    return false;
  }
}

function checkPlainRoadmap(value: unknown): value is Roadmap {
  if (!isPlain(value) || !onlyKeys(value, roadmapKeys)) return false;
  if (!isId(value['id']) || !isId(value['title'])) return false;
  const school = value['school'];
  if (!isPlain(school) || !onlyKeys(school, schoolKeys) || !isId(school['id']) || !isId(school['name']))
    return false;
  if (!isRange(value['period']) || !statuses.has(value['status'])) return false;
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version <= 0) return false;
  if (!optionalString(value['riskFactorListId'])) return false;
  if (value['approval'] !== undefined && !orderReferenceSchema.safeParse(value['approval']).success)
    return false;
  const { sections, remarks, history } = value;
  if (!Array.isArray(sections) || !Array.isArray(remarks) || !Array.isArray(history)) return false;
  const seen = new Set<string>();
  for (const section of sections) if (!isSection(section, seen)) return false;
  for (const remark of remarks) if (!roadmapRemarkSchema.safeParse(remark).success) return false;
  for (const entry of history) if (!roadmapHistoryEntrySchema.safeParse(entry).success) return false;
  return true;
}
