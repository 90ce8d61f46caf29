/**
 * vis-timeline as the site uses it: its chunk of 113.8 KB gzip (with moment, hammer.js and
 * vis-data) becomes 78.2 KB, and nothing the site uses goes. The module holds Timeline and Graph2d together,
 * Graph2d's code assigned onto prototypes at its top level, and its helpers spread all of vis-util
 * into one object: no bundler may drop any of it. Three trims, each checking the shape it relies
 * on and failing the build, naming the file, when the module changes: `withoutGraph2d`,
 * `withUsedUtils` and `withoutConfigurator`, each saying what it takes out. The module's `xss`
 * becomes src/lib/timeline/xss-as-text.ts, which says why.
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
export const CONFIGURATOR_LEFT_OUT =
  "corpus-timeline: this site's vis-timeline has no configurator (the `configure` option); see src/lib/server/vis-timeline-trimmed.js";

/**
 * @typedef {{ type: string, start: number, end: number, [key: string]: any }} Node
 * @typedef {{ node: Node, owner: string | undefined, refs: Set<string> }} Statement
 * @typedef {{ start: number, end: number, text?: string }} Cut a range of the text and what replaces it
 */

/** @param {unknown} value @returns {value is Node} */
const isNode = (value) =>
  typeof value === 'object' &&
  value !== null &&
  typeof (/** @type {Node} */ (value).type) === 'string';

/**
 * Calls `visit` on every node of `node`'s tree, parents first, with its parent and the parent's
 * field that holds it.
 * @param {Node} node
 * @param {(node: Node, parent: Node | undefined, key: string | undefined) => void} visit
 * @param {Node} [parent]
 * @param {string} [key]
 */
function walk(node, visit, parent, key) {
  visit(node, parent, key);
  for (const [field, value] of Object.entries(node)) {
    if (field === 'type' || field === 'start' || field === 'end') continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (isNode(child)) walk(child, visit, node, field);
    }
  }
}

/**
 * The names a node refers to: every identifier but property names and labels, so `a.b` and
 * `{ b: a }` refer to `a` alone. Scopes are not followed, so a local that shadows a top-level name
 * counts as a use of it, which can only keep more.
 * @param {Node} node
 */
export function referencedNames(node) {
  /** @type {Set<string>} */
  const refs = new Set();
  walk(node, (child, parent, key) => {
    if (child.type !== 'Identifier') return;
    const nameOnly =
      parent !== undefined &&
      !parent.computed &&
      ((key === 'property' && parent.type === 'MemberExpression') ||
        (key === 'key' &&
          ['Property', 'MethodDefinition', 'PropertyDefinition'].includes(parent.type) &&
          !parent.shorthand));
    const label = key === 'label' && parent?.type.endsWith('Statement');
    if (!nameOnly && !label) refs.add(child.name);
  });
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
 * Whether a statement is the module's list of exports (`export { Graph2d, Timeline, timeline }`),
 * whose entries are pruned along with what is dropped, so they keep nothing.
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
 * @returns {Cut[]}
 */
const listCuts = (entries, remove) =>
  entries.flatMap((entry, index) => {
    if (!remove(entry)) return [];
    const next = entries[index + 1];
    return [{ start: entry.start, end: next ? next.start : entry.end }];
  });

/**
 * Cuts for the namespace object's entries that name a dropped declaration, at any depth.
 * @param {Node} object
 * @param {Set<string>} dropped
 * @returns {Cut[]}
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
 * An error that names the file and this module.
 * @param {string} file
 * @param {string} problem
 */
const trimError = (file, problem) =>
  new Error(
    `vis-timeline-trimmed: ${file}: ${problem}; see src/lib/server/vis-timeline-trimmed.js`,
  );

/**
 * @param {string} code
 * @param {string} file
 * @returns {Node}
 */
function parse(code, file) {
  const { program, errors } = parseSync('vis-timeline.js', code, { sourceType: 'module' });
  if (errors.length > 0) throw trimError(file, `it does not parse: ${errors[0]?.message}`);
  return program;
}

/**
 * `code` with each range replaced by its text (none: cut out).
 * @param {string} code
 * @param {Cut[]} edits ranges that do not overlap
 */
function applyEdits(code, edits) {
  let edited = code;
  for (const { start, end, text = '' } of [...edits].sort((a, b) => b.start - a.start)) {
    edited = edited.slice(0, start) + text + edited.slice(end);
  }
  return edited;
}

/**
 * vis-timeline's module without Graph2d and what only Graph2d needs (13 KB gzip): every top-level
 * declaration whose users all go with it, found from the module's references rather than listed
 * by hand.
 * @param {string} code the module vis-timeline/esnext resolves to
 * @param {string} [file] its path, for errors
 * @returns {{ code: string, dropped: string[] }}
 */
export function withoutGraph2d(code, file = 'vis-timeline') {
  /** @type {Statement[]} */
  const statements = parse(code, file).body.map((/** @type {Node} */ node) => ({
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
    throw trimError(
      file,
      `its exports are ${exported.join(', ') || 'not one list'}, not ${DROPPED} and ${KEPT}`,
    );
  }
  if (namespace?.type !== 'ObjectExpression') {
    throw trimError(file, `it has no object \`${NAMESPACE}\` of its parts`);
  }

  const dropped = droppedNames(statements);
  const trimmed = applyEdits(code, [
    ...statements.flatMap(({ node, owner }) => (owner && dropped.has(owner) ? [node] : [])),
    ...namespaceCuts(namespace, dropped),
    ...listCuts(exportList?.specifiers ?? [], (s) => dropped.has(s.local.name)),
  ]);
  const left = [...referencedNames(parse(trimmed, file))].filter((name) => dropped.has(name));
  if (left.length > 0) throw trimError(file, `what is left still refers to ${left.join(', ')}`);
  return { code: trimmed, dropped: [...dropped].sort() };
}

/**
 * vis-timeline's module with its object of helpers made of the vis-util functions it uses, not
 * all of them. It builds `availableUtils` as `{ ...util, convert, … }` from vis-util's namespace,
 * which keeps every export of vis-util (9.5 KB gzip more than it reads); it only ever reads the
 * object's properties by name, so those names are all it needs. Fails if the object is used in
 * any other way, where a property could be read by a computed name.
 * @param {string} code
 * @param {string} [file] its path, for errors
 * @returns {{ code: string, utils: string[] }}
 */
export function withUsedUtils(code, file = 'vis-timeline') {
  const program = parse(code, file);
  const namespaceImport = program.body
    .filter((/** @type {Node} */ node) => node.type === 'ImportDeclaration')
    .find((/** @type {Node} */ node) => String(node.source.value).startsWith('vis-util'))
    ?.specifiers.find((/** @type {Node} */ s) => s.type === 'ImportNamespaceSpecifier');
  if (!namespaceImport) throw trimError(file, 'it imports no namespace from vis-util');
  const util = namespaceImport.local.name;
  /** @type {{ holder: string, object: Node, spread: Node } | undefined} */
  let helpers;
  for (const node of program.body) {
    if (node.type !== 'VariableDeclaration') continue;
    for (const declarator of node.declarations) {
      const spread =
        declarator.init?.type === 'ObjectExpression' &&
        declarator.init.properties.find(
          (/** @type {Node} */ p) => p.type === 'SpreadElement' && p.argument.name === util,
        );
      if (spread) helpers = { holder: declarator.id.name, object: declarator.init, spread };
    }
  }
  if (!helpers) throw trimError(file, `no object spreads \`...${util}\``);
  const { holder, object, spread } = helpers;

  const read = new Set();
  const own = new Set(
    object.properties.flatMap((/** @type {Node} */ p) =>
      p.type === 'Property' ? [p.key.name] : [],
    ),
  );
  walk(program, (node, parent) => {
    if (node.type !== 'Identifier' || node.name !== holder || !parent) return;
    if (parent.type === 'VariableDeclarator' && parent.id === node) return;
    if (parent.type === 'MemberExpression' && parent.object === node && !parent.computed) {
      read.add(parent.property.name);
      return;
    }
    const defines =
      parent.type === 'CallExpression' &&
      parent.arguments[0] === node &&
      parent.callee.type === 'MemberExpression' &&
      parent.callee.object.name === 'Object' &&
      parent.callee.property.name === 'defineProperty';
    if (defines && parent.arguments[1]?.type === 'Literal') {
      own.add(String(parent.arguments[1].value));
      return;
    }
    throw trimError(file, `\`${holder}\` is used as a whole at offset ${node.start}`);
  });
  const utils = [...read].filter((name) => !own.has(name)).sort();
  const text = utils.map((name) => `${name}: ${util}.${name}`).join(', ');
  return { code: applyEdits(code, [{ start: spread.start, end: spread.end, text }]), utils };
}

/**
 * vis-timeline's module without its configurator, the panel of every option with a colour picker
 * (6.5 KB gzip) that Timeline builds only when given the `configure` option, which the site never
 * sets. Timeline's `_createConfigurator` now says so instead, and nothing else refers to the
 * configurator, so the bundler leaves it out.
 * @param {string} code
 * @param {string} [file] its path, for errors
 * @returns {{ code: string }}
 */
export function withoutConfigurator(code, file = 'vis-timeline') {
  const timeline = parse(code, file).body.find(
    (/** @type {Node} */ node) => node.type === 'ClassDeclaration' && node.id.name === KEPT,
  );
  const method = timeline?.body.body.find(
    (/** @type {Node} */ member) =>
      member.type === 'MethodDefinition' && member.key.name === '_createConfigurator',
  );
  if (!method) throw trimError(file, `${KEPT} has no method _createConfigurator`);
  const body = method.value.body;
  const text = `{ throw new Error(${JSON.stringify(CONFIGURATOR_LEFT_OUT)}); }`;
  return { code: applyEdits(code, [{ start: body.start, end: body.end, text }]) };
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
      const trims = [withoutGraph2d, withUsedUtils, withoutConfigurator];
      return { code: trims.reduce((trimmed, trim) => trim(trimmed, file).code, code), map: null };
    },
  };
}
