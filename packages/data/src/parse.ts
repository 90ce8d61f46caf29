import type { z } from 'zod';
import { describePath, type Problem } from './path.js';
import { Dataset } from './schema/dataset.js';

export { describePath, type Problem } from './path.js';

export type ParseResult =
  | { success: true; data: Dataset; problems: [] }
  | { success: false; data?: undefined; problems: Problem[] };

/**
 * Validates anything (parsed JSON, say) as a dataset, in one pass. Returns the typed dataset, or
 * every problem found, each with a path such as `events[3] "deadline-2020".date.end` that names
 * the record, and the offending value in its message: `"2019-02-30" is not a real calendar date`.
 */
export function parseDataset(input: unknown): ParseResult {
  const result = Dataset.safeParse(input, { error: describeIssue, reportInput: true });
  if (result.success) return { success: true, data: result.data, problems: [] };
  return { success: false, problems: problemsOf(result.error.issues, input) };
}

/**
 * Turns zod issues into problems whose paths name the record by id where the input has one. A
 * message that says what is wrong with a value (`is not a real calendar date`) gets the value in
 * front of it when the issue carries one (see `reportInput`) and it is short enough to read.
 */
export function problemsOf(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
  return issues.map((issue) => {
    const value = 'input' in issue ? shown(issue.input) : undefined;
    return {
      path: describePath(issue.path, input),
      message: value === undefined ? issue.message : `${value} ${issue.message}`,
    };
  });
}

/** Formats problems one a line, for a terminal or an error message. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((problem) => `${problem.path || '(root)'}: ${problem.message}`).join('\n');
}

const MAX_SHOWN = 60;

/**
 * A scalar value as a problem message shows it (strings quoted); undefined for records and lists,
 * which the path already names, and for a missing value.
 */
function shown(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const text = JSON.stringify(value);
    return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 2)}…"` : text;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return undefined;
}

const ARTICLES: Record<string, string> = {
  int: 'an integer',
  array: 'a list',
  object: 'an object',
  undefined: 'nothing',
};

/**
 * Messages for zod's own checks, worded as what is wrong with the value, so that `problemsOf`
 * can put the value in front: `42 is not a string`. Messages the schemas set themselves win.
 */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = ARTICLES[issue.expected] ?? `a ${issue.expected}`;
      return issue.input === undefined ? `is missing (expected ${expected})` : `is not ${expected}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `is not ${listed(issue.values)}`
        : `is not one of ${listed(issue.values)}`;
    case 'invalid_union': {
      if (!issue.discriminator) return 'matches none of the forms it may take';
      // The issue sits at the discriminator but carries the whole object as its input.
      const options = `one of ${listed(Array.isArray(issue.options) ? issue.options : [])}`;
      const found: unknown = isRecord(issue.input) ? issue.input[issue.discriminator] : undefined;
      if (found === undefined) return `is missing (expected ${options})`;
      return `${shown(found) ?? 'its value'} is not ${options}`;
    }
    case 'unrecognized_keys':
      return `has unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${listed(issue.keys)}`;
    case 'too_small':
      return bound(issue.origin, issue.minimum, issue.inclusive, 'small');
    case 'too_big':
      return bound(issue.origin, issue.maximum, issue.inclusive, 'big');
    case 'invalid_format':
      return issue.pattern ? `does not match ${issue.pattern}` : `is not a valid ${issue.format}`;
    default:
      return undefined;
  }
}

function bound(
  origin: string,
  limit: number | bigint,
  inclusive: boolean | undefined,
  side: 'small' | 'big',
): string {
  const count = Number(limit);
  if (origin === 'string' || origin === 'array') {
    const unit = origin === 'string' ? 'character' : 'item';
    if (side === 'small' && count === 1) return origin === 'string' ? 'is empty' : 'has no items';
    return `has ${side === 'small' ? 'fewer' : 'more'} than ${count} ${unit}s`;
  }
  // An exclusive bound (`gt`, `lt`) lets the limit itself fail: 0 "is not more than 0".
  if (inclusive === false) return `is not ${side === 'small' ? 'more' : 'less'} than ${count}`;
  return `is ${side === 'small' ? 'less' : 'more'} than ${count}`;
}

function listed(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function isRecord(value: unknown): value is Record<string | number, unknown> {
  return typeof value === 'object' && value !== null;
}
