import type { z } from 'zod';
import { describePath, type Problem } from './path.js';
import { Dataset } from './schema/dataset.js';

export { describePath, type Problem } from './path.js';

export type ParseResult =
  | { success: true; data: Dataset; problems: [] }
  | { success: false; data?: undefined; problems: Problem[] };

/**
 * Validates anything (parsed JSON, say) as a dataset. Returns the typed dataset, or every problem
 * found, each with a path such as `events[3] "deadline-2020".date.end` that names the record.
 */
export function parseDataset(input: unknown): ParseResult {
  const result = Dataset.safeParse(input);
  if (result.success) return { success: true, data: result.data, problems: [] };
  return { success: false, problems: problemsOf(result.error.issues, input) };
}

/** Turns zod issues into problems whose paths name the record by id where the input has one. */
export function problemsOf(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
  return issues.map((issue) => ({ path: describePath(issue.path, input), message: issue.message }));
}

/** Formats problems one a line, for a terminal or an error message. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((problem) => `${problem.path || '(root)'}: ${problem.message}`).join('\n');
}
