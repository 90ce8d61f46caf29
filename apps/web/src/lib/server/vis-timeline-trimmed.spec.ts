import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  LEFT_OUT,
  leftOutMessage,
  referencedNames,
  visTimelineTrimmed,
  withoutGraph2d,
  withoutUnsetOptions,
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

  it('trims the installed vis-timeline to a module that refers to nothing it dropped', () => {
    const original = installed();
    const { code, dropped } = withoutGraph2d(original);
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
  });
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

  it('narrows the installed vis-timeline, trimmed, to the vis-util functions it reads', () => {
    const { code: trimmed } = withoutGraph2d(installed());
    const { code, utils } = withUsedUtils(trimmed);
    expect(utils).toEqual(expect.arrayContaining(['extend', 'deepExtend', 'addClassName']));
    expect(utils).not.toContain('xss');
    expect(code).not.toContain('...util');
  });
});

describe('withoutUnsetOptions', () => {
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
    const { code, dropped } = withoutUnsetOptions(OPTIONAL, 'vt.js', leftOut);
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

  it('says so when a place it replaces is no longer there', () => {
    expect(() =>
      withoutUnsetOptions(
        OPTIONAL.replace('new Panel(this)', 'Panel.make(this)'),
        'vt.js',
        leftOut,
      ),
    ).toThrow('vis-timeline-trimmed: vt.js: Timeline no longer calls new Panel(…)');
    expect(() =>
      withoutUnsetOptions(OPTIONAL.replaceAll('Timeline', 'Chart'), 'vt.js', leftOut),
    ).toThrow('vis-timeline-trimmed: vt.js: it has no class Timeline, where Panel is used');
  });

  it('says so when something it keeps still uses a left-out part', () => {
    const used = OPTIONAL.replace('this.shared = shared;', 'this.shared = new Panel(this);');
    expect(() => withoutUnsetOptions(used, 'vt.js', leftOut)).toThrow(
      'vis-timeline-trimmed: vt.js: what is left still refers to Panel',
    );
  });

  it('leaves out of the installed vis-timeline every part it lists, and keycharm with them', () => {
    const { code, dropped } = withoutUnsetOptions(withoutGraph2d(installed()).code);
    expect(dropped).toEqual(
      expect.arrayContaining([...LEFT_OUT.map(({ part }) => part), 'ColorPicker', 'ClusterItem']),
    );
    expect(declared(code)).toEqual(expect.arrayContaining(['Timeline', 'ItemSet', 'Popup']));
    const left = referencedNames(parseSync('x.js', code).program);
    expect(dropped.filter((name) => left.has(name))).toEqual([]);
    // Only its import is left, which the bundler drops as nothing uses it.
    expect(code.match(/\bkeycharm\b/g)).toEqual(['keycharm', 'keycharm']);
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
