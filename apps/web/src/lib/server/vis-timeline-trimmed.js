/**
 * vis-timeline as the site uses it: its chunk of 113.8 KB gzip (with moment, hammer.js and
 * vis-data) becomes 66.1 KB, and nothing the site uses goes. The module holds Timeline and
 * Graph2d together, Graph2d's code assigned onto prototypes at its top level, its helpers spread
 * all of vis-util into one object, parts built only for what the site never asks of it, work
 * done only under options the site leaves off, and methods nothing calls: no bundler may drop
 * any of it. Five trims, in this order, each checking the shape it relies on and failing the
 * build, naming the file, when the module changes: `withoutGraph2d`, `withUsedUtils`,
 * `withoutGatedWork`, `withoutUnusedParts` and `withoutUncalledMethods`, each saying what it takes
 * out. The module's `xss` becomes src/lib/timeline/xss-as-text.ts, which says why.
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
 * @typedef {{ within: string, call: string, text?: string | ((fail: string) => string) }} CallSite
 *   a call (or `new`) of `call` inside the class `within`, replaced by `text` (given `fail`, a
 *   function that throws the part's message, when it is a function), or else by a throw of it
 * @typedef {{ within: string, entry: string }} EntrySite an entry `entry: Part` of an object
 *   inside the class `within` or assigned onto it (`ItemSet.types = { … }`), taken out
 * @typedef {CallSite | EntrySite} Site where a part is built or asked for
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
  // The line at the present moment, which the site turns off (`showCurrentTime: false`: the present
  // is after the period). A component that draws nothing stands in its place. 0.6 KB.
  {
    part: 'CurrentTime',
    builtFor: 'the `showCurrentTime` option',
    sites: [
      {
        within: 'Timeline',
        call: 'new CurrentTime',
        text: (fail) =>
          `{ setOptions() {}, redraw: () => false, destroy() {}, setCurrentTime: ${fail}, getCurrentTime: ${fail} }`,
      },
    ],
  },
  // Item types the site never draws (items.ts makes boxes and ranges): an item of either type is
  // refused as vis-timeline refuses any type it does not know. 0.4 and 0.3 KB.
  {
    part: 'PointItem',
    builtFor: 'items of type `point`',
    sites: [{ within: 'ItemSet', entry: 'point' }],
  },
  {
    part: 'BackgroundItem',
    builtFor: 'items of type `background`',
    sites: [{ within: 'ItemSet', entry: 'background' }],
  },
];

/**
 * Work vis-timeline does only under an option the site leaves off (vis-driver.ts sets it to
 * false or not at all, as a test checks): in the method `method` of the class `within`, each `if`
 * whose condition needs `gate` (`… && gate && …`) is left to its `else`, and everything after
 * `if (!gate) return;` goes. `gate` is how the method reads `option`. The handlers themselves
 * stay, as vis-timeline binds them to every pointer gesture.
 * @typedef {{ within: string, method: string, gate: string, option: string }} Gated
 * @type {Gated[]}
 */
export const GATED = [
  // Dragging a lane to reorder the lanes: 0.5 KB.
  ...['_onGroupDragStart', '_onGroupDrag', '_onGroupDragEnd'].map((method) => ({
    within: 'ItemSet',
    method,
    gate: 'this.options.groupEditable.order',
    option: 'groupEditable',
  })),
  // Editing items, which only the `editable` option allows (or an item's own `editable`, which the
  // site never gives one; `this.editable` is what they allow an item): adding one by a double tap,
  // a drop or a drag with Ctrl, and a selected item's handles for moving it and its delete
  // button. 0.6 KB.
  {
    within: 'ItemSet',
    method: '_onAddItem',
    gate: 'this.options.editable.add',
    option: 'editable',
  },
  {
    within: 'ItemSet',
    method: '_onDragStart',
    gate: 'this.options.editable.add',
    option: 'editable',
  },
  // Selecting a run of items with Shift: 0.1 KB.
  {
    within: 'ItemSet',
    method: '_onMultiSelectItem',
    gate: 'this.options.multiselect',
    option: 'multiselect',
  },
  ...[
    ['Item', '_repaintDragCenter'],
    ['RangeItem', '_repaintDragLeft'],
    ['RangeItem', '_repaintDragRight'],
  ].map(([within = '', method = '']) => ({
    within,
    method,
    gate: 'this.editable.updateTime',
    option: 'editable',
  })),
  {
    within: 'Item',
    method: '_repaintDeleteButton',
    gate: 'editable',
    option: 'editable',
  },
  // The tooltip of a moved item's new date: 0.3 KB.
  {
    within: 'Item',
    method: '_repaintOnItemUpdateTimeTooltip',
    gate: 'this.options.tooltipOnItemUpdateTime',
    option: 'tooltipOnItemUpdateTime',
  },
  // Scrolling the lanes, when they are taller than the timeline, and scrolling the window with
  // the wheel: the site draws the lanes at their full height and zooms with the wheel. 0.2 KB.
  {
    within: 'Core',
    method: '_create',
    gate: 'this.options.horizontalScroll',
    option: 'horizontalScroll',
  },
  ...[
    ['_redraw', 'options.verticalScroll'],
    ['setOptions', 'this.options.verticalScroll'],
    ['_updateScrollTop', 'this.options.verticalScroll'],
    ['_onDrag', 'this.options.verticalScroll'],
  ].map(([method = '', gate = '']) => ({ within: 'Core', method, gate, option: 'verticalScroll' })),
  // The axis's second row of labels (years over months): the picture's own labels say both. 0.1 KB.
  {
    within: 'TimeAxis',
    method: '_repaintLabels',
    gate: 'this.options.showMajorLabels',
    option: 'showMajorLabels',
  },
  // A template drawn while the timeline loads: the picture is on screen instead. 0.1 KB.
  {
    within: 'Timeline',
    method: 'constructor',
    gate: 'this.options.loadingScreenTemplate',
    option: 'loadingScreenTemplate',
  },
  // Lanes nested in lanes, which a group asks for with `nestedGroups`: the site's lanes are one
  // level (vis-driver.ts). 0.2 KB.
  ...[
    ['Group', 'constructor', 'data.nestedGroups'],
    ['Group', 'setData', 'data.nestedGroups'],
    ['ItemSet', 'constructor', 'groupData.nestedGroups'],
    ['ItemSet', 'setGroups', 'group.nestedGroups'],
    ['ItemSet', '_orderNestedGroups', 'groupData.nestedGroups'],
  ].map(([within = '', method = '', gate = '']) => ({
    within,
    method,
    gate,
    option: 'nestedGroups',
  })),
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
 * Text ranges that take entries out of a comma-separated list so the commas stay right: a run of
 * entries goes up to the entry after it, or, at the end of the list, from the entry before it
 * (with the list's trailing comma when every entry goes).
 * @param {string} code
 * @param {Node[]} entries
 * @param {(entry: Node) => boolean} remove
 * @returns {Cut[]}
 */
function listCuts(code, entries, remove) {
  const removed = entries.map(remove);
  /** @type {Cut[]} */
  const cuts = [];
  removed.forEach((goes, index) => {
    if (!goes || removed[index + 1]) return;
    let first = index;
    while (removed[first - 1]) first -= 1;
    const next = entries[index + 1];
    const before = entries[first - 1];
    const run = /** @type {Node} */ (entries[first]);
    const last = /** @type {Node} */ (entries[index]);
    const trailingComma = /^\s*,/.exec(code.slice(last.end))?.[0].length ?? 0;
    cuts.push(
      next
        ? { start: run.start, end: next.start }
        : before
          ? { start: before.end, end: last.end }
          : { start: run.start, end: last.end + trailingComma },
    );
  });
  return cuts;
}

/**
 * Cuts for the namespace object's entries that name a dropped declaration, at any depth.
 * @param {string} code
 * @param {Node} object
 * @param {Set<string>} dropped
 * @returns {Cut[]}
 */
function namespaceCuts(code, object, dropped) {
  /** @type {Node[]} */
  const entries = object.properties;
  return [
    ...listCuts(
      code,
      entries,
      ({ value }) => value.type === 'Identifier' && dropped.has(value.name),
    ),
    ...entries.flatMap(({ value }) =>
      value.type === 'ObjectExpression' ? namespaceCuts(code, value, dropped) : [],
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
 * `code` with each range replaced by its text (none: cut out), in one pass: splicing the ranges
 * in one by one copied the whole module each time (0.7 of the 2.9 CPU-s the five trims took).
 * @param {string} code
 * @param {Cut[]} edits ranges that do not overlap
 * @param {string} file its path, for errors
 */
function applyEdits(code, edits, file) {
  const parts = [];
  let at = 0;
  for (const { start, end, text = '' } of [...edits].sort((a, b) => a.start - b.start)) {
    if (start < at) throw trimError(file, `two of its cuts overlap, at ${start} and before ${at}`);
    parts.push(code.slice(at, start), text);
    at = end;
  }
  parts.push(code.slice(at));
  return parts.join('');
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
  const trimmed = applyEdits(
    code,
    [
      ...statements.flatMap(({ node, owner }) => (owner && dropped.has(owner) ? [node] : [])),
      ...(namespace?.type === 'ObjectExpression' ? namespaceCuts(code, namespace, dropped) : []),
      ...listCuts(code, exportList?.specifiers ?? [], (s) => dropped.has(s.local.name)),
    ],
    file,
  );
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
  return { code: applyEdits(code, [{ start: spread.start, end: spread.end, text }], file), utils };
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
 * Where the class `name` is, with the top-level statements that assign onto it.
 * @param {Node} program
 * @param {string} name
 * @returns {Node[]}
 */
const partsOf = (program, name) =>
  program.body.filter(
    (/** @type {Node} */ node) =>
      (node.type === 'ClassDeclaration' && node.id.name === name) ||
      (node.type === 'ExpressionStatement' && ownerOf(node) === name),
  );

/**
 * The class `within` must be there for a part's site to be.
 * @param {Node} program
 * @param {string} file
 * @param {string} within
 * @param {string} part
 */
function placesOf(program, file, within, part) {
  const places = partsOf(program, within);
  if (!places.some((node) => node.type === 'ClassDeclaration')) {
    throw trimError(file, `it has no class ${within}, where ${part} is used`);
  }
  return places;
}

/**
 * The edits that take a left-out part out of the calls that build or ask for it.
 * @param {string} code
 * @param {Node} program `code` parsed
 * @param {string} file
 * @param {LeftOut} leftOut
 * @param {CallSite} site
 * @returns {Cut[]}
 */
function callEdits(code, program, file, { part, builtFor }, site) {
  const found = /** @type {Node[]} */ ([]);
  for (const place of placesOf(program, file, site.within, part)) {
    walk(place, (node) => {
      const isCall = node.type === 'CallExpression' || node.type === 'NewExpression';
      if (isCall && callName(code, node) === site.call) found.push(node);
    });
  }
  if (found.length === 0) throw trimError(file, `${site.within} no longer calls ${site.call}(…)`);
  const fail = `() => { throw new Error(${JSON.stringify(leftOutMessage(part, builtFor))}); }`;
  const text = typeof site.text === 'function' ? site.text(fail) : (site.text ?? `(${fail})()`);
  return found.map(({ start, end }) => ({ start, end, text }));
}

/**
 * The edits that take left-out parts out of the objects that list them, every entry of one
 * object at once so that the commas stay right.
 * @param {string} code
 * @param {Node} program `code` parsed
 * @param {string} file
 * @param {(EntrySite & { part: string })[]} sites
 * @returns {Cut[]}
 */
function entryEdits(code, program, file, sites) {
  /** @type {Cut[]} */
  const cuts = [];
  const found = new Set();
  const objects = new Set(
    sites.flatMap((site) =>
      placesOf(program, file, site.within, site.part).flatMap((place) => {
        /** @type {Node[]} */
        const inside = [];
        walk(place, (node) => {
          if (node.type === 'ObjectExpression') inside.push(node);
        });
        return inside;
      }),
    ),
  );
  for (const object of objects) {
    cuts.push(
      ...listCuts(code, object.properties, (entry) => {
        const site = sites.find(
          ({ entry: key, part }) =>
            entry.type === 'Property' &&
            entry.key.name === key &&
            entry.value.type === 'Identifier' &&
            entry.value.name === part,
        );
        if (site) found.add(site);
        return site !== undefined;
      }),
    );
  }
  const missing = sites.find((site) => !found.has(site));
  if (missing) {
    throw trimError(
      file,
      `${missing.within} no longer lists \`${missing.entry}: ${missing.part}\``,
    );
  }
  return cuts;
}

/**
 * vis-timeline's module without the parts in `leftOut` (by default `LEFT_OUT`, 14.5 KB gzip in
 * all): each place one is built or asked for says so instead, and then each part goes with what
 * only it uses. Fails if a place is not where it was, or if anything else still uses a part.
 * @param {string} code
 * @param {string} [file] its path, for errors
 * @param {LeftOut[]} [leftOut]
 * @returns {{ code: string, dropped: string[] }}
 */
export function withoutUnusedParts(code, file = 'vis-timeline', leftOut = LEFT_OUT) {
  const program = parse(code, file);
  const edits = [
    ...leftOut.flatMap((part) =>
      part.sites.flatMap((site) =>
        'call' in site ? callEdits(code, program, file, part, site) : [],
      ),
    ),
    ...entryEdits(
      code,
      program,
      file,
      leftOut.flatMap(({ part, sites }) =>
        sites.flatMap((site) => ('entry' in site ? [{ ...site, part }] : [])),
      ),
    ),
  ];
  const edited = applyEdits(code, edits, file);
  return pruned(
    edited,
    file,
    parse(edited, file),
    leftOut.map(({ part }) => part),
  );
}

/**
 * Whether an expression can be skipped without changing anything: names, property reads, `!`,
 * and `&&` or `||` of those, none of which calls anything of the module's.
 * @param {Node} node
 * @returns {boolean}
 */
const isPlainRead = (node) =>
  node.type === 'Identifier' ||
  node.type === 'ThisExpression' ||
  (node.type === 'MemberExpression' && !node.computed && isPlainRead(node.object)) ||
  (node.type === 'UnaryExpression' && node.operator === '!' && isPlainRead(node.argument)) ||
  (node.type === 'LogicalExpression' && isPlainRead(node.left) && isPlainRead(node.right)) ||
  (node.type === 'ParenthesizedExpression' && isPlainRead(node.expression));

/**
 * The terms of `a && b && c`, or the expression alone.
 * @param {Node} node
 * @returns {Node[]}
 */
const conjuncts = (node) =>
  node.type === 'LogicalExpression' && node.operator === '&&'
    ? [...conjuncts(node.left), ...conjuncts(node.right)]
    : node.type === 'ParenthesizedExpression'
      ? conjuncts(node.expression)
      : [node];

/**
 * The edits that leave out of one method the work only `gate` lets run, with `gate` off.
 * @param {string} code
 * @param {Node} body the method's body
 * @param {string} gate
 * @returns {Cut[]}
 */
function gatedEdits(code, body, gate) {
  const text = (/** @type {Node} */ node) => code.slice(node.start, node.end);
  /** @type {Cut[]} */
  const edits = [];
  // `if (!gate) return;` at the top of the body: nothing after it runs.
  const statements = /** @type {Node[]} */ (body.body);
  const guard = statements.findIndex(
    (node) =>
      node.type === 'IfStatement' &&
      !node.alternate &&
      node.test.type === 'UnaryExpression' &&
      node.test.operator === '!' &&
      text(node.test.argument) === gate &&
      (node.consequent.type === 'ReturnStatement' ||
        (node.consequent.type === 'BlockStatement' &&
          node.consequent.body.length === 1 &&
          node.consequent.body[0].type === 'ReturnStatement')) &&
      !(node.consequent.argument ?? node.consequent.body?.[0].argument),
  );
  const rest = statements.slice(guard + 1);
  const [first] = rest;
  const last = rest.at(-1);
  if (guard >= 0 && first && last) edits.push({ start: first.start, end: last.end });
  // `if (gate && …) { … } else { … }`: only the else can run. The outermost such `if` only.
  walk(body, (node) => {
    if (
      node.type !== 'IfStatement' ||
      edits.some((e) => e.start <= node.start && node.end <= e.end)
    )
      return;
    const terms = conjuncts(node.test);
    if (!terms.some((term) => text(term) === gate) || !terms.every(isPlainRead)) return;
    edits.push({
      start: node.start,
      end: node.end,
      text: node.alternate ? text(node.alternate) : ';',
    });
  });
  return edits;
}

/**
 * vis-timeline's module without the work of `gated` (by default `GATED`, 2.1 KB gzip in all) that
 * runs only under an option the site leaves off. Fails if a method is not where it was or no longer keeps its work
 * behind its option.
 * @param {string} code
 * @param {string} [file] its path, for errors
 * @param {Gated[]} [gated]
 * @returns {{ code: string, gated: string[] }}
 */
export function withoutGatedWork(code, file = 'vis-timeline', gated = GATED) {
  const program = parse(code, file);
  /** @type {Cut[]} */
  const edits = [];
  for (const { within, method, gate } of gated) {
    const owner = program.body.find(
      (/** @type {Node} */ node) => node.type === 'ClassDeclaration' && node.id.name === within,
    );
    if (!owner) throw trimError(file, `it has no class ${within}`);
    const definition = owner.body.body.find(
      (/** @type {Node} */ node) => node.type === 'MethodDefinition' && node.key.name === method,
    );
    if (!definition) throw trimError(file, `${within} has no method ${method}`);
    const found = gatedEdits(code, definition.value.body, gate);
    if (found.length === 0) {
      throw trimError(file, `${within}.${method} no longer keeps its work behind ${gate}`);
    }
    edits.push(...found);
  }
  return {
    code: applyEdits(code, edits, file),
    gated: gated.map(({ within, method }) => `${within}.${method}`),
  };
}

/**
 * The methods of vis-timeline's Timeline the site calls (vis-driver.ts, as a test checks): the
 * module itself never names them, so without this list they would look unused.
 */
export const SITE_CALLS = [
  'destroy',
  'getWindow',
  'moveTo',
  'on',
  'setOptions',
  'setSelection',
  'setWindow',
  'zoomIn',
  'zoomOut',
];

/**
 * vis-timeline's module without the methods nothing calls once the other trims are done (0.9 KB
 * gzip): a method whose name the module never writes anywhere else (as a name, a property or a
 * string), and the site does not call (`calls`), until none is left. vis-timeline calls no method
 * by a computed name.
 * @param {string} code
 * @param {string} [file] its path, for errors
 * @param {string[]} [calls]
 * @returns {{ code: string, dropped: string[] }}
 */
export function withoutUncalledMethods(code, file = 'vis-timeline', calls = SITE_CALLS) {
  /** @type {string[]} */
  const dropped = [];
  for (let trimmed = code; ;) {
    const program = parse(trimmed, file);
    /** @type {Map<string, number>} */
    const written = new Map();
    walk(program, (node) => {
      const name =
        node.type === 'Identifier' ? node.name : node.type === 'Literal' ? node.value : undefined;
      if (typeof name === 'string') written.set(name, (written.get(name) ?? 0) + 1);
    });
    /** @type {Cut[]} */
    const cuts = [];
    for (const owner of program.body) {
      if (owner.type !== 'ClassDeclaration') continue;
      for (const member of owner.body.body) {
        const name = member.type === 'MethodDefinition' && !member.computed && member.key.name;
        if (!name || member.kind !== 'method' || calls.includes(name)) continue;
        if (written.get(name) !== 1) continue;
        cuts.push({ start: member.start, end: member.end });
        dropped.push(`${owner.id.name}.${name}`);
      }
    }
    if (cuts.length === 0) return { code: trimmed, dropped };
    trimmed = applyEdits(trimmed, cuts, file);
  }
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
      const trims = [
        withoutGraph2d,
        withUsedUtils,
        withoutGatedWork,
        withoutUnusedParts,
        withoutUncalledMethods,
      ];
      return { code: trims.reduce((trimmed, trim) => trim(trimmed, file).code, code), map: null };
    },
  };
}
