// The school vocabularies as plain lists, apart from their zod enums in schema.ts: the calculator
// reads them without loading zod (esbuild keeps a schema whose argument is a call).

/** Every school category, in the order reports list them. */
export const schoolCategoryIds = ['low-results', 'unfavourable-conditions', 'risk-of-decline'] as const;

/** Every school role. */
export const schoolRoleIds = ['curator-school', 'leader-school', 'internship-site'] as const;

/** Every resource risk. */
export const resourceRiskIds = ['no-stable-internet', 'too-few-computers', 'staff-shortage'] as const;
