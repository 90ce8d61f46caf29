import type { z } from 'zod';
import { Dataset } from './schema/dataset.js';

/** One problem in a dataset: where (a readable path naming the record) and what. */
export interface Problem {
  path: string;
  message: string;
}

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

/** Renders a path into the input, naming each record by its id: `events[3] "deadline-2020".date`. */
export function describePath(path: readonly PropertyKey[], input: unknown): string {
  let text = '';
  let node: unknown = input;
  for (const key of path) {
    const child: unknown = isRecord(node) ? node[key as string] : undefined;
    if (typeof key === 'number') {
      const id = isRecord(child) && typeof child.id === 'string' ? ` "${child.id}"` : '';
      text += `[${key}]${id}`;
    } else {
      text += `${text ? '.' : ''}${String(key)}`;
    }
    node = child;
  }
  return text;
}

function isRecord(value: unknown): value is Record<string | number, unknown> {
  return typeof value === 'object' && value !== null;
}
