import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

/** Every built module a module loads, following relative imports (as built, after tsc). */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      visit(join(dirname(file), match[1]!));
    }
  };
  visit(entry);
  return seen;
}

describe('the schema entry point', () => {
  it('loads no facts and no exporters', () => {
    const files = [...importGraph(join(dist, 'schema', 'index.js'))].map((file) =>
      file.slice(dist.length + 1),
    );
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((file) => /^(facts|exports|dataset)/.test(file))).toEqual([]);
  });

  it('is what the main entry builds on, so the graph check can fail', () => {
    const files = [...importGraph(join(dist, 'index.js'))].map((file) =>
      file.slice(dist.length + 1),
    );
    expect(files).toContain('facts/index.js');
  });
});

describe('the text entry point', () => {
  it('runs in a browser: loads no zod, no facts and no Node.js module', () => {
    const files = [...importGraph(join(dist, 'citations', 'text.js'))];
    expect(files.length).toBeGreaterThan(3);
    const imports = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*['"]([^'"]+)['"]/g)].map(
        (match) => match[1]!,
      ),
    );
    expect(imports.filter((specifier) => !specifier.startsWith('.'))).toEqual([]);
  });
});
