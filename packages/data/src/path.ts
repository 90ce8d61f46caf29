/** One problem in a dataset: where (a readable path naming the record) and what. */
export interface Problem {
  path: string;
  message: string;
}

/**
 * Renders a path into the input, naming each record by its id: `events[3] "deadline-2020".date`.
 * Kept apart from the schemas so code that runs in browsers (the citation checks) can use it
 * without loading zod.
 */
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
