import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  GATED,
  LEFT_OUT,
  leftOutMessage,
  referencedNames,
  visTimelineTrimmed,
  withoutGatedWork,
  SITE_CALLS,
  withoutGraph2d,
  withoutUncalledMethods,
  withoutUnusedParts,
  withUsedUtils,
} from './vis-timeline-trimmed.js';

/** A module of vis-timeline's shape: Graph2d and Timeline share some parts and not others. */
const MODULE = `
import moment from 'moment';
function Component() {}
Component.prototype.redraw = function () { return moment(); };
const sharedKind = "string";
const graphKind = "number";
const graphOptions = { kind: graphKind, shared: sharedKind };
function Points() {}
Points.draw = function (list) { return list.map((point) => point); };
function LineGraph() { Points.draw([]); }
LineGraph.prototype = new Component();
LineGraph.prototype.hide = function () {};
function Graph2d() { this.line = new LineGraph(); this.options = graphOptions; }
Graph2d.prototype = new Component();
Graph2d.prototype.getLegend = function () { return 1; };
class Timeline extends Component { kind() { return sharedKind; } }
const timeline = { Component, components: { LineGraph, Points }, stack: Component };
export { Graph2d, Timeline, timeline };
`;

/** The module vis-timeline/esnext resolves to, as installed. */
function installed(): string {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('vis-timeline/package.json'));
  return readFileSync(join(dir, 'esnext/esm/vis-timeline-graph2d.js'), 'utf8');
}

/** `make`'s value, made the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * The installed module through the plugin's trims in order, each trim done once for every test
 * that reads it: each parses the megabyte again, which beside the site builds took over vitest's
 * 5 s default.
 */
const installedOriginal = once(installed);
const installedWithoutGraph2d = once(() => withoutGraph2d(installedOriginal()));
const installedWithoutGatedWork = once(() => withoutGatedWork(installedWithoutGraph2d().code));
const installedWithoutUnusedParts = once(() =>
  withoutUnusedParts(installedWithoutGatedWork().code),
);
/** For the tests that parse the installed module: a guard against a hang, not a measure of speed. */
const PARSES_INSTALLED = { timeout: 60_000 };

const declared = (code: string) =>
  parseSync('x.js', code).program.body.flatMap((node) =>
    'id' in node && node.id && 'name' in node.id ? [node.id.name] : [],
  );

describe('withoutGraph2d', () => {
  it('drops Graph2d with every declaration and assignment only it needs', () => {
    const { code, dropped } = withoutGraph2d(MODULE);
    expect(dropped).toEqual(['Graph2d', 'LineGraph', 'Points', 'graphKind', 'graphOptions']);
    expect(declared(code)).toEqual(['Component', 'Timeline']);
    expect(code).not.toMatch(/LineGraph|Points|Graph2d|graphKind/);
    expect(code).toContain('const sharedKind = "string";');
    expect(code).toContain('Component.prototype.redraw');
  });

  it('takes the dropped parts out of the namespace and the export list, commas and all', () => {
    const { code } = withoutGraph2d(MODULE);
    expect(code).toContain('export { Timeline, timeline };');
    expect(code.replace(/\s+/g, ' ')).toContain(
      'const timeline = { Component, components: { }, stack: Component };',
    );
  });

  it('keeps a part that Timeline uses as well', () => {
    const shared = MODULE.replace('kind() { return sharedKind; }', 'kind() { return Points; }');
    const { code, dropped } = withoutGraph2d(shared);
    expect(dropped).not.toContain('Points');
    expect(code).toContain('Points.draw = function');
  });

  it('says so when the module no longer exports Graph2d beside Timeline', () => {
    expect(() =>
      withoutGraph2d(MODULE.replace('export { Graph2d, Timeline', 'export { Timeline'), 'vt.js'),
    ).toThrow(
      'vis-timeline-trimmed: vt.js: its exports are Timeline, timeline, not Graph2d and Timeline',
    );
  });

  it('says so when the module has no namespace of its parts', () => {
    const renamed = MODULE.replace('const timeline =', 'const parts =').replace(
      'timeline };',
      'parts as timeline };',
    );
    expect(() => withoutGraph2d(renamed, 'vt.js')).toThrow(/no object `timeline` of its parts/);
  });

  it('says so when what it keeps would still use Graph2d', () => {
    const onlyGraph = MODULE.replace(
      'class Timeline extends Component',
      'const Timeline = Graph2d; class Unused extends Component',
    );
    expect(() => withoutGraph2d(onlyGraph, 'vt.js')).toThrow(
      /what is left still refers to Graph2d/,
    );
  });

  it(
    'trims the installed vis-timeline to a module that refers to nothing it dropped',
    PARSES_INSTALLED,
    () => {
      const original = installedOriginal();
      const { code, dropped } = installedWithoutGraph2d();
      expect(dropped).toEqual(
        expect.arrayContaining([
          'Graph2d',
          'LineGraph',
          'Legend',
          'DataAxis',
          'Bargraph',
          'GraphGroup',
        ]),
      );
      expect(declared(code)).toEqual(
        expect.arrayContaining(['Timeline', 'ItemSet', 'TimeAxis', 'Core']),
      );
      const left = referencedNames(parseSync('x.js', code).program);
      expect(dropped.filter((name) => left.has(name))).toEqual([]);
      expect(code.length / original.length).toBeLessThan(0.85);
    },
  );
});

const UTILS = `
import * as util from 'vis-util/esnext/esm/vis-util.js';
const convert = (x) => x;
const availableUtils = { ...util, convert };
Object.defineProperty(availableUtils, "xss", { get: () => String });
class Timeline { draw() { availableUtils.extend({}, availableUtils.xss(availableUtils.convert(1))); } }
function later() { return availableUtils.forEach([], availableUtils.extend); }
export { Timeline, later };
`;

describe('withUsedUtils', () => {
  it('makes the helpers of the vis-util functions read from them, by name', () => {
    const { code, utils } = withUsedUtils(UTILS);
    expect(utils).toEqual(['extend', 'forEach']);
    expect(code).toContain(
      'const availableUtils = { extend: util.extend, forEach: util.forEach, convert };',
    );
  });

  it('says so when the helpers are used as a whole, or read by a computed name', () => {
    const whole = UTILS.replace(
      'return availableUtils.forEach',
      'return Object.keys(availableUtils).forEach',
    );
    expect(() => withUsedUtils(whole, 'vt.js')).toThrow(
      /^vis-timeline-trimmed: vt\.js: `availableUtils` is used as a whole at offset \d+/,
    );
    const computed = UTILS.replace('availableUtils.forEach(', 'availableUtils["forEach"](');
    expect(() => withUsedUtils(computed, 'vt.js')).toThrow(/used as a whole/);
  });

  it('says so when nothing spreads vis-util', () => {
    expect(() => withUsedUtils(UTILS.replace('...util, ', ''), 'vt.js')).toThrow(
      'vis-timeline-trimmed: vt.js: no object spreads `...util`',
    );
  });

  it(
    'narrows the installed vis-timeline, trimmed, to the vis-util functions it reads',
    PARSES_INSTALLED,
    () => {
      const { code, utils } = withUsedUtils(installedWithoutGraph2d().code);
      expect(utils).toEqual(expect.arrayContaining(['extend', 'deepExtend', 'addClassName']));
      expect(utils).not.toContain('xss');
      expect(code).not.toContain('...util');
    },
  );
});

describe('withoutUnusedParts', () => {
  const OPTIONAL = `
import keycharm from 'keycharm';
function Emitter(target) { return target; }
const colours = { red: '#f00' };
class Picker { constructor() { this.colours = colours; this.keys = keycharm(); } }
class Panel { constructor(parent) { this.picker = new Picker(); this.parent = parent; } }
Panel.prototype.kind = 'panel';
Emitter(Panel.prototype);
const schema = { start: 'number' };
const Checker = { check: (options, against) => Object.keys(options).some((key) => !(key in against)) };
const shared = 1;
class Core { constructor() { this.shared = shared; } }
Emitter(Core.prototype);
class Timeline extends Core {
  panel() { return new Panel(this); }
  setOptions(options) { const wrong = Checker.check(options, schema); return wrong; }
}
const timeline = { Core, Panel, Timeline };
export { Timeline, timeline };
`;
  const leftOut = [
    {
      part: 'Panel',
      builtFor: 'the `panel` option',
      sites: [{ within: 'Timeline', call: 'new Panel' }],
    },
    {
      part: 'Checker',
      builtFor: 'checking options',
      sites: [{ within: 'Timeline', call: 'Checker.check', text: 'false' }],
    },
  ];

  it('has each place that builds a left-out part say so, and drops it with what only it uses', () => {
    const { code, dropped } = withoutUnusedParts(OPTIONAL, 'vt.js', leftOut);
    expect(code).toContain(
      `panel() { return (() => { throw new Error(${JSON.stringify(leftOutMessage('Panel', 'the `panel` option'))}); })(); }`,
    );
    expect(code).toContain('const wrong = false;');
    expect(dropped).toEqual(['Checker', 'Panel', 'Picker', 'colours']);
    expect(declared(code)).toEqual(['Emitter', 'Core', 'Timeline']);
    // Unused once the check goes, and left to the bundler: a declaration with no users at all.
    expect(code).toContain("const schema = { start: 'number' };");
    expect(code).not.toContain('Emitter(Panel.prototype)');
    expect(code).toContain('Emitter(Core.prototype)');
    expect(code).not.toContain('Panel.prototype.kind');
    expect(code).toContain('const timeline = { Core, Timeline };');
  });

  it('takes a part out of the objects that list it, commas and all', () => {
    const TYPES = `
class Box {}
class Dot {}
class Bar {}
class Set { make(type) { return new Set.types[type](); } }
Set.types = {
  box: Box,
  dot: Dot,
  bar: Bar,
};
const timeline = { Set, Box, Dot, Bar };
export { timeline };
`;
    const parts = ['Dot', 'Bar'].map((part) => ({
      part,
      builtFor: `items of type \`${part.toLowerCase()}\``,
      sites: [{ within: 'Set', entry: part.toLowerCase() }],
    }));
    const { code, dropped } = withoutUnusedParts(TYPES, 'vt.js', parts);
    expect(dropped).toEqual(['Bar', 'Dot']);
    expect(code.replace(/\s+/g, ' ')).toContain('Set.types = { box: Box, };');
    expect(code).toContain('const timeline = { Set, Box };');
    expect(() =>
      withoutUnusedParts(TYPES.replace('dot: Dot', 'spot: Dot'), 'vt.js', parts),
    ).toThrow('vis-timeline-trimmed: vt.js: Set no longer lists `dot: Dot`');
  });

  it('puts what a site gives in the place of a part, with a function that says it is left out', () => {
    const stood = withoutUnusedParts(OPTIONAL, 'vt.js', [
      {
        part: 'Panel',
        builtFor: 'the `panel` option',
        sites: [{ within: 'Timeline', call: 'new Panel', text: (fail) => `{ show: ${fail} }` }],
      },
    ]);
    expect(stood.code).toContain(
      `panel() { return { show: () => { throw new Error(${JSON.stringify(leftOutMessage('Panel', 'the `panel` option'))}); } }; }`,
    );
  });

  it('says so when a place it replaces is no longer there', () => {
    expect(() =>
      withoutUnusedParts(OPTIONAL.replace('new Panel(this)', 'Panel.make(this)'), 'vt.js', leftOut),
    ).toThrow('vis-timeline-trimmed: vt.js: Timeline no longer calls new Panel(…)');
    expect(() =>
      withoutUnusedParts(OPTIONAL.replaceAll('Timeline', 'Chart'), 'vt.js', leftOut),
    ).toThrow('vis-timeline-trimmed: vt.js: it has no class Timeline, where Panel is used');
  });

  it('says so when two of its cuts would overlap, rather than splice one into the other', () => {
    const twice = [leftOut[0]!, { ...leftOut[0]!, part: 'Panel again' }];
    expect(() => withoutUnusedParts(OPTIONAL, 'vt.js', twice)).toThrow(
      /^vis-timeline-trimmed: vt\.js: two of its cuts overlap, at \d+ and before \d+;/,
    );
  });

  it('says so when something it keeps still uses a left-out part', () => {
    const used = OPTIONAL.replace('this.shared = shared;', 'this.shared = new Panel(this);');
    expect(() => withoutUnusedParts(used, 'vt.js', leftOut)).toThrow(
      'vis-timeline-trimmed: vt.js: what is left still refers to Panel',
    );
  });

  it(
    'leaves out of the installed vis-timeline every part it lists, and keycharm with them',
    PARSES_INSTALLED,
    () => {
      const { code, dropped } = installedWithoutUnusedParts();
      expect(dropped).toEqual(
        expect.arrayContaining([...LEFT_OUT.map(({ part }) => part), 'ColorPicker', 'ClusterItem']),
      );
      expect(declared(code)).toEqual(expect.arrayContaining(['Timeline', 'ItemSet', 'Popup']));
      const left = referencedNames(parseSync('x.js', code).program);
      expect(dropped.filter((name) => left.has(name))).toEqual([]);
      // Only its import is left, which the bundler drops as nothing uses it.
      expect(code.match(/\bkeycharm\b/g)).toEqual(['keycharm', 'keycharm']);
    },
  );
});

describe('withoutGatedWork', () => {
  const HANDLERS = `
class Set {
  onDrag(event) {
    if (this.busy) return;
    if (this.options.order && this.group) {
      this.move(event);
    } else {
      this.pan(event);
    }
    this.done = true;
  }
  onAdd(event) {
    if (!this.options.selectable) return;
    if (!this.options.add) return;
    this.add(event);
    this.redraw();
  }
  onCheck(event) {
    if (this.check(event) && this.options.order) this.move(event);
  }
}
export { Set };
`;
  const gated = [
    { within: 'Set', method: 'onDrag', gate: 'this.options.order', option: 'order' },
    { within: 'Set', method: 'onAdd', gate: 'this.options.add', option: 'add' },
  ];

  it('leaves each if that needs the gate to its else, and drops what follows if (!gate) return', () => {
    const { code, gated: done } = withoutGatedWork(HANDLERS, 'vt.js', gated);
    expect(done).toEqual(['Set.onDrag', 'Set.onAdd']);
    const text = code.replace(/\s+/g, ' ');
    expect(text).toContain(
      'onDrag(event) { if (this.busy) return; { this.pan(event); } this.done = true; }',
    );
    expect(text).toContain(
      'onAdd(event) { if (!this.options.selectable) return; if (!this.options.add) return; }',
    );
    expect(parseSync('x.js', code).errors).toEqual([]);
  });

  it('keeps an if whose other terms could do something, and says the method no longer gates its work', () => {
    expect(() =>
      withoutGatedWork(HANDLERS, 'vt.js', [
        { within: 'Set', method: 'onCheck', gate: 'this.options.order', option: 'order' },
      ]),
    ).toThrow(
      'vis-timeline-trimmed: vt.js: Set.onCheck no longer keeps its work behind this.options.order',
    );
  });

  it('says so when a class or a method is no longer there', () => {
    expect(() =>
      withoutGatedWork(HANDLERS.replace('class Set', 'class List'), 'vt.js', gated),
    ).toThrow('vis-timeline-trimmed: vt.js: it has no class Set');
    expect(() => withoutGatedWork(HANDLERS.replace('onAdd(', 'onInsert('), 'vt.js', gated)).toThrow(
      'vis-timeline-trimmed: vt.js: Set has no method onAdd',
    );
  });

  it(
    'leaves out of the installed vis-timeline the work of every method it lists',
    PARSES_INSTALLED,
    () => {
      const trimmed = installedWithoutGraph2d();
      const { code, gated: done } = installedWithoutGatedWork();
      expect(done).toHaveLength(GATED.length);
      expect(parseSync('x.js', code).errors).toEqual([]);
      for (const gone of [
        '_onDragStartAddItem(event);',
        'vis-delete',
        'vis-drag-center',
        'vis-onUpdateTime-tooltip',
        'this.groupTouchParams.originalOrder',
      ]) {
        expect(trimmed.code).toContain(gone);
        expect(code).not.toContain(gone);
      }
    },
  );
});

describe('withoutUncalledMethods', () => {
  const CALLS = `
class Core {
  zoomIn() { this._zoom(1); }
  _zoom(by) { return by; }
  _wheel() { this._step(); }
  _step() { return 'step'; }
  handle() { return this.named; }
}
const named = ['handle'];
export { Core, named };
`;

  it('drops a method nothing names, then those only it called, and keeps what the site calls', () => {
    const { code, dropped } = withoutUncalledMethods(CALLS, 'vt.js', ['zoomIn']);
    expect(dropped).toEqual(['Core._wheel', 'Core._step']);
    expect(code).toContain('zoomIn() { this._zoom(1); }');
    expect(code).toContain('_zoom(by)');
    // Named in a string: it may be called by that name.
    expect(code).toContain('handle()');
  });

  it(
    'keeps in the installed vis-timeline, trimmed, every method the site calls',
    PARSES_INSTALLED,
    () => {
      const { code, dropped } = withoutUncalledMethods(installedWithoutUnusedParts().code);
      expect(dropped).toEqual(expect.arrayContaining(['ItemSet._onDragStartAddItem']));
      const methods = new Set(
        parseSync('x.js', code).program.body.flatMap((node) =>
          node.type === 'ClassDeclaration' && ['Core', 'Timeline'].includes(node.id?.name ?? '')
            ? node.body.body.flatMap((member) =>
                member.type === 'MethodDefinition' && 'name' in member.key ? [member.key.name] : [],
              )
            : [],
        ),
      );
      // `on` is mixed in from component-emitter.
      expect(SITE_CALLS.filter((name) => name !== 'on' && !methods.has(name))).toEqual([]);
    },
  );

  it("drops the site's methods too when it is not told of them", () => {
    expect(withoutUncalledMethods(CALLS, 'vt.js', []).dropped).toContain('Core.zoomIn');
  });
});

describe('the site and the trims', () => {
  const driver = readFileSync(join(import.meta.dirname, '..', 'timeline', 'vis-driver.ts'), 'utf8');

  it('calls no method of the timeline but those the trims keep for it', () => {
    const called = new Set([...driver.matchAll(/\btimeline\.(\w+)\(/g)].map((match) => match[1]));
    expect(called.size).toBeGreaterThan(5);
    expect([...called].filter((name) => name && !SITE_CALLS.includes(name))).toEqual([]);
  });

  it('names an option or field whose work is left out only to set it to false', () => {
    const named = (name: string) =>
      [...driver.matchAll(new RegExp(`\\b${name}\\b(.{0,7})`, 'g'))].map((match) => match[1] ?? '');
    for (const option of new Set(GATED.map(({ option }) => option))) {
      expect(named(option).filter((after) => !after.startsWith(': false'))).toEqual([]);
    }
    expect(named('showCurrentTime')).toEqual([': false']);
  });
});

describe('referencedNames', () => {
  it('counts identifiers but not the names of properties', () => {
    const [statement] = parseSync('x.js', 'a.b({ c: d, e, [f]: g, h() { return i; } });').program
      .body;
    expect([...referencedNames(statement as never)].sort()).toEqual(['a', 'd', 'e', 'f', 'g', 'i']);
  });
});

describe('the plugin', () => {
  const plugin = visTimelineTrimmed();
  const resolve = plugin.resolveId as (source: string, importer?: string) => string | null;
  const VIS = '/x/node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.js';

  it('gives vis-timeline, and only vis-timeline, the xss that escapes everything', () => {
    expect(resolve('xss', VIS)).toMatch(/src\/lib\/timeline\/xss-as-text\.ts$/);
    expect(resolve('xss', '/x/src/lib/other.ts')).toBeNull();
    expect(resolve('moment', VIS)).toBeNull();
  });
});
