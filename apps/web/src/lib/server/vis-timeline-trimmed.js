/**
 * vis-timeline as the site uses it, lighter by a fifth. Its ES module holds Timeline and Graph2d
 * together, and Graph2d's code is assigned onto prototypes at the module's top level, which no
 * bundler may drop: the site draws no graph, yet carried 13 KB gzip of one. `withoutGraph2d` takes
 * out Graph2d and every declaration that only it needs, found from the module's own references
 * rather than listed by hand; the build fails if the module no longer has the shape this needs.
 * The module's `xss` becomes src/lib/timeline/xss-as-text.ts, which says why.
 * Plain JavaScript: vite.config.ts loads it before anything is compiled.
 */
import { fileURLToPath } from 'node:url';
import { parseSync } from 'vite';

/** The module vis-timeline/esnext resolves to, wherever the package manager put it. */
const MODULE = /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.m?js$/;
const XSS_AS_TEXT = fileURLToPath(new URL('../timeline/xss-as-text.ts', import.meta.url));
const DROPPED = 'Graph2d';
const KEPT = 'Timeline';
/** The module's export of its internals, `{ Core, components: { …, LineGraph } }`. */
const NAMESPACE = 'timeline';

/**
 * @typedef {{ type: string, start: number, end: number, [key: string]: any }} Node
 * @typedef {{ node: Node, owner: string | undefined, refs: Set<string> }} Statement
 */

/** @param {unknown} value @returns {value is Node} */
const isNode = (value) =>
  typeof value === 'object' &&
  value !== null &&
  typeof (/** @type {Node} */ (value).type) === 'string';

/**
 * The names a node refers to: every identifier but property names, so `a.b` and `{ b: a }` refer
 * to `a` alone. Scopes are not followed, so a local that shadows a top-level name counts as a use
 * of it, which can only keep more.
 * @param {Node} node
 * @param {Set<string>} [refs]
 */
export function referencedNames(node, refs = new Set()) {
  if (node.type === 'Identifier') {
    refs.add(node.name);
    return refs;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    const nameOnly =
      !node.computed &&
      ((key === 'property' && node.type === 'MemberExpression') ||
        (key === 'key' &&
          ['Property', 'MethodDefinition', 'PropertyDefinition'].includes(node.type) &&
          !node.shorthand));
    if (nameOnly || (key === 'label' && node.type.endsWith('Statement'))) continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (isNode(child)) referencedNames(child, refs);
    }
  }
  return refs;
}

/**
 * The top-level name a statement belongs to: the one it declares, or the one whose properties it
 * assigns (`LineGraph.prototype.draw = …`).
 * @param {Node} node
 * @returns {string | undefined}
 */
function ownerOf(node) {
  if (node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') return node.id?.name;
  if (node.type === 'VariableDeclaration' && node.declarations.length === 1) {
    const [declarator] = node.declarations;
    return declarator.id.type === 'Identifier' ? declarator.id.name : undefined;
  }
  if (node.type === 'ExpressionStatement' && node.expression.type === 'AssignmentExpression') {
    let target = node.expression.left;
    if (target.type !== 'MemberExpression') return undefined;
    while (target.type === 'MemberExpression') target = target.object;
    return target.type === 'Identifier' ? target.name : undefined;
  }
  return undefined;
}

/**
 * The declaration of the namespace export, and the export statement: their references are pruned
 * along with what is dropped, so they do not keep anything.
 * @param {Node} node
 */
const isExportList = (node) =>
  node.type === 'ExportNamedDeclaration' && node.declaration === null && node.source === null;

/**
 * Which top-level names can go once `DROPPED` does: those every user of which goes too.
 * @param {Statement[]} statements
 */
function droppedNames(statements) {
  const dropped = new Set([DROPPED]);
  const owners = new Set(statements.flatMap(({ owner }) => (owner ? [owner] : [])));
  for (let changed = true; changed;) {
    changed = false;
    for (const name of owners) {
      if (dropped.has(name)) continue;
      const users = statements.filter(
        ({ node, owner, refs }) =>
          owner !== name && owner !== NAMESPACE && !isExportList(node) && refs.has(name),
      );
      if (
        users.length > 0 &&
        users.every(({ owner }) => owner !== undefined && dropped.has(owner))
      ) {
        dropped.add(name);
        changed = true;
      }
    }
  }
  return dropped;
}

/**
 * Text ranges that take entries out of a comma-separated list: each entry up to the next one, so
 * the commas stay right.
 * @param {Node[]} entries
 * @param {(entry: Node) => boolean} remove
 * @returns {[number, number][]}
 */
const listCuts = (entries, remove) =>
  entries.flatMap((entry, index) => {
    if (!remove(entry)) return [];
    const next = entries[index + 1];
    return [/** @type {[number, number]} */ ([entry.start, next ? next.start : entry.end])];
  });

/**
 * Cuts for the namespace object's entries that name a dropped declaration, at any depth.
 * @param {Node} object
 * @param {Set<string>} dropped
 * @returns {[number, number][]}
 */
function namespaceCuts(object, dropped) {
  /** @type {Node[]} */
  const entries = object.properties;
  return [
    ...listCuts(entries, ({ value }) => value.type === 'Identifier' && dropped.has(value.name)),
    ...entries.flatMap(({ value }) =>
      value.type === 'ObjectExpression' ? namespaceCuts(value, dropped) : [],
    ),
  ];
}

/**
 * vis-timeline's module without Graph2d and what only Graph2d needs.
 * @param {string} code the module vis-timeline/esnext resolves to
 * @param {string} [file] its path, for errors
 * @returns {{ code: string, dropped: string[] }}
 */
export function withoutGraph2d(code, file = 'vis-timeline') {
  const fail = (/** @type {string} */ problem) => {
    throw new Error(
      `vis-timeline-trimmed: ${file}: ${problem}; see src/lib/server/vis-timeline-trimmed.js`,
    );
  };
  /** @param {string} source @returns {Node} */
  const parse = (source) => {
    const { program, errors } = parseSync('vis-timeline.js', source, { sourceType: 'module' });
    if (errors.length > 0) fail(`it does not parse: ${errors[0]?.message}`);
    return program;
  };
  /** @type {Statement[]} */
  const statements = parse(code).body.map((/** @type {Node} */ node) => ({
    node,
    owner: ownerOf(node),
    refs: referencedNames(node),
  }));
  const exportList = statements.find(({ node }) => isExportList(node))?.node;
  const namespace = statements.find(
    ({ owner, node }) => owner === NAMESPACE && node.type === 'VariableDeclaration',
  )?.node.declarations[0].init;
  const exported = exportList?.specifiers.map((/** @type {Node} */ s) => s.local.name) ?? [];
  if (!exported.includes(DROPPED) || !exported.includes(KEPT)) {
    fail(`its exports are ${exported.join(', ') || 'not one list'}, not ${DROPPED} and ${KEPT}`);
  }
  if (namespace?.type !== 'ObjectExpression')
    fail(`it has no object \`${NAMESPACE}\` of its parts`);

  const dropped = droppedNames(statements);
  /** @type {[number, number][]} */
  const cuts = [
    ...statements.flatMap(({ node, owner }) =>
      owner && dropped.has(owner) ? [/** @type {[number, number]} */ ([node.start, node.end])] : [],
    ),
    ...namespaceCuts(namespace, dropped),
    ...listCuts(exportList?.specifiers ?? [], (s) => dropped.has(s.local.name)),
  ].sort((a, b) => b[0] - a[0]);
  let trimmed = code;
  for (const [start, end] of cuts) trimmed = trimmed.slice(0, start) + trimmed.slice(end);

  const left = [...referencedNames(parse(trimmed))].filter((name) => dropped.has(name));
  if (left.length > 0) fail(`what is left still refers to ${left.join(', ')}`);
  return { code: trimmed, dropped: [...dropped].sort() };
}

/** @returns {import('vite').Plugin} */
export function visTimelineTrimmed() {
  return {
    name: 'corpus-vis-timeline-trimmed',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'xss' && importer && MODULE.test(importer.split('?')[0] ?? '')) {
        return XSS_AS_TEXT;
      }
      return null;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!MODULE.test(file)) return null;
      return { code: withoutGraph2d(code, file).code, map: null };
    },
  };
}
