/**
 * vis-timeline as the site uses it: its chunk of 113.8 KB gzip (with moment, hammer.js and
 * vis-data) becomes 70.4 KB, and nothing the site uses goes. The module holds Timeline and
 * Graph2d together, Graph2d's code assigned onto prototypes at its top level, its helpers spread
 * all of vis-util into one object, and parts built only for what the site never asks of it: no
 * bundler may drop any of it. Three trims, each checking the shape it relies on and failing the
 * build, naming the file, when the module changes: `withoutGraph2d`, `withUsedUtils` and
 * `withoutUnsetOptions`, each saying what it takes out. The module's `xss` becomes
 * src/lib/timeline/xss-as-text.ts, which says why.
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
 * What a left-out part says if it is ever asked for.
 * @param {string} part
 * @param {string} builtFor
 */
export const leftOutMessage = (part, builtFor) =>
  `corpus-timeline: this site's vis-timeline has no ${part}, built only for ${builtFor}; see src/lib/server/vis-timeline-trimmed.js`;

/**
 * @typedef {{ within: string, call: string, text?: string }} Site where a part is built or asked
 *   for: a call (or `new`) of `call` inside the class `within`, replaced by `text`, or else by a
 *   throw of the part's message
 * @typedef {{ part: string, builtFor: string, sites: Site[] }} LeftOut
 */

/**
 * The parts vis-timeline builds only for what the site never asks of it (see vis-driver.ts), and
 * the only places they are built or asked for. Measured on the home page's timeline chunk, gzip.
 * @type {LeftOut[]}
 */
export const LEFT_OUT = [
  // The panel of every option with its colour picker: 6.5 KB.
  {
    part: 'Configurator',
    builtFor: 'the `configure` option',
    sites: [{ within: 'Timeline', call: 'new Configurator' }],
  },
  // Clusters of items: the picture draws its own counts (windowed.ts). 2.0 KB.
  {
    part: 'ClusterGenerator',
    builtFor: 'the `cluster` option',
    sites: [{ within: 'ItemSet', call: 'new ClusterGenerator' }],
  },
  // A draggable marker; with none, no event can be on one. 0.8 KB.
  {
    part: 'CustomTime',
    builtFor: 'addCustomTime()',
    sites: [
      { within: 'Core', call: 'new CustomTime' },
      { within: 'Timeline', call: 'CustomTime.customTimeFromTarget', text: 'null' },
    ],
  },
  // The overlay that wakes the timeline on a click: 0.3 KB, and keycharm (its Esc key) with it.
  // The two together: 1.3 KB.
  {
    part: 'Activator',
    builtFor: 'the `clickToUse` option',
    sites: [{ within: 'Core', call: 'new Activator' }],
  },
  // The schema every option is checked against, to log a mistake to the console. The site's
  // options are typed by vis-timeline's TimelineOptions instead, when they are written. 2.1 KB.
  {
    part: 'Validator',
    builtFor: 'checking options as they are set',
    sites: [{ within: 'Timeline', call: 'Validator.validate', text: 'false' }],
  },
];

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
 * The name a member chain starts from: `Activator` for `Activator.prototype.x`; none for anything
 * but a member chain.
 * @param {Node} node
 * @returns {string | undefined}
 */
function memberRoot(node) {
  if (node.type !== 'MemberExpression') return undefined;
  let target = node;
  while (target.type === 'MemberExpression') target = target.object;
  return target.type === 'Identifier' ? target.name : undefined;
}

/**
 * The top-level name a statement belongs to: the one it declares, or the one whose properties it
 * assigns (`LineGraph.prototype.draw = …`) or mixes into (`Emitter(Activator.prototype)`).
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
    return memberRoot(node.expression.left);
  }
  // A mixin into one declaration's parts: `Emitter(Activator.prototype)`.
  if (node.type === 'ExpressionStatement' && node.expression.type === 'CallExpression') {
    /** @type {(string | undefined)[]} */
    const roots = node.expression.arguments.map(memberRoot);
    const [root] = roots;
    return root !== undefined && roots.every((name) => name === root) ? root : undefined;
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
 * Which top-level names can go once `seeds` do: those every user of which goes too.
 * @param {Statement[]} statements
 * @param {string[]} seeds
 */
function droppedNames(statements, seeds) {
  const dropped = new Set(seeds);
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
  const program = parse(code, file);
  const exportList = program.body.find(isExportList);
  const exported = exportList?.specifiers.map((/** @type {Node} */ s) => s.local.name) ?? [];
  if (!exported.includes(DROPPED) || !exported.includes(KEPT)) {
    throw trimError(
      file,
      `its exports are ${exported.join(', ') || 'not one list'}, not ${DROPPED} and ${KEPT}`,
    );
  }
  if (namespaceOf(program)?.type !== 'ObjectExpression') {
    throw trimError(file, `it has no object \`${NAMESPACE}\` of its parts`);
  }
  return pruned(code, file, program, [DROPPED]);
}

/**
 * The object `timeline` the module exports its parts in, if it has one.
 * @param {Node} program
 * @returns {Node | undefined}
 */
const namespaceOf = (program) =>
  program.body.find(
    (/** @type {Node} */ node) =>
      node.type === 'VariableDeclaration' && ownerOf(node) === NAMESPACE,
  )?.declarations[0].init;

/**
 * `code` without the top-level declarations `seeds` and every one only they use, with the
 * statements that assign onto them, their entries in the namespace and the export list. Fails if
 * what is left still refers to any of them.
 * @param {string} code
 * @param {string} file
 * @param {Node} program `code` parsed
 * @param {string[]} seeds
 * @returns {{ code: string, dropped: string[] }}
 */
function pruned(code, file, program, seeds) {
  /** @type {Statement[]} */
  const statements = program.body.map((/** @type {Node} */ node) => ({
    node,
    owner: ownerOf(node),
    refs: referencedNames(node),
  }));
  const exportList = program.body.find(isExportList);
  const namespace = namespaceOf(program);
  const dropped = droppedNames(statements, seeds);
  const trimmed = applyEdits(code, [
    ...statements.flatMap(({ node, owner }) => (owner && dropped.has(owner) ? [node] : [])),
    ...(namespace?.type === 'ObjectExpression' ? namespaceCuts(namespace, dropped) : []),
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
 * The source text of a call's callee, `new ` first for a construction: `new ClusterGenerator`,
 * `Validator.validate`.
 * @param {string} code
 * @param {Node} node a CallExpression or NewExpression
 */
const callName = (code, node) =>
  `${node.type === 'NewExpression' ? 'new ' : ''}${code.slice(node.callee.start, node.callee.end)}`;

/**
 * vis-timeline's module without the parts in `leftOut` (by default `LEFT_OUT`, 13.3 KB gzip in
 * all): each place one is built or asked for says so instead, and then each part goes with what
 * only it uses. Fails if a place is not where it was, or if anything else still uses a part.
 * @param {string} code
 * @param {string} [file] its path, for errors
 * @param {LeftOut[]} [leftOut]
 * @returns {{ code: string, dropped: string[] }}
 */
export function withoutUnsetOptions(code, file = 'vis-timeline', leftOut = LEFT_OUT) {
  const classes = new Map(
    parse(code, file)
      .body.filter((/** @type {Node} */ node) => node.type === 'ClassDeclaration')
      .map((/** @type {Node} */ node) => [node.id.name, node]),
  );
  /** @type {Cut[]} */
  const edits = [];
  for (const { part, builtFor, sites } of leftOut) {
    for (const { within, call, text } of sites) {
      const owner = classes.get(within);
      if (!owner) throw trimError(file, `it has no class ${within}, where ${part} is used`);
      const found = /** @type {Node[]} */ ([]);
      walk(owner, (node) => {
        const isCall = node.type === 'CallExpression' || node.type === 'NewExpression';
        if (isCall && callName(code, node) === call) found.push(node);
      });
      if (found.length === 0) throw trimError(file, `${within} no longer calls ${call}(…)`);
      const instead =
        text ?? `(() => { throw new Error(${JSON.stringify(leftOutMessage(part, builtFor))}); })()`;
      edits.push(...found.map(({ start, end }) => ({ start, end, text: instead })));
    }
  }
  const edited = applyEdits(code, edits);
  return pruned(
    edited,
    file,
    parse(edited, file),
    leftOut.map(({ part }) => part),
  );
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
      const trims = [withoutGraph2d, withUsedUtils, withoutUnsetOptions];
      return { code: trims.reduce((trimmed, trim) => trim(trimmed, file).code, code), map: null };
    },
  };
}
