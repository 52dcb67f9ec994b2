import type { SessionUser } from './session.js';

/**
 * The schools a person may see, as an SQL condition on a `schools` alias, with its parameter:
 * the school team — its school; the methodologist — its municipality; the operator — the region.
 * Every query that touches a school's data joins `schools` and adds this condition, so an id
 * edited in a request can only ever find nothing.
 */
export function schoolScope(
  user: SessionUser,
  alias: string,
  param: number,
): { sql: string; params: unknown[] } {
  switch (user.role) {
    case 'school':
      return { sql: `${alias}.id = $${param}`, params: [user.schoolId] };
    case 'methodologist':
      return { sql: `${alias}.municipality_id = $${param}`, params: [user.municipalityId] };
    case 'operator':
      // The operator's region is the whole database; the parameter keeps numbering uniform.
      return { sql: `$${param}::text is null`, params: [null] };
  }
}

/** The municipalities a person may see, as a condition on a `municipalities` alias. */
export function municipalityScope(
  user: SessionUser,
  alias: string,
  param: number,
): { sql: string; params: unknown[] } {
  return user.role === 'operator'
    ? { sql: `$${param}::text is null`, params: [null] }
    : { sql: `${alias}.id = $${param}`, params: [user.municipalityId] };
}
