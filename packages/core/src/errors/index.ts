export type { Issue, ParseResult } from './issue.js';
export { describeIssues, type DescribeOptions } from './describe.js';
export { parseOrExplain, type ParseOptions } from './parse.js';
export { formatPath } from './path.js';
export { fieldLabels, labelForPath } from './labels.js';
export { valueLabels, describeValue } from './value-labels.js';
export { ShnroArgumentError, type ArgumentMessages } from './argument-error.js';
export { maxInputDepth } from './unreadable.js';
