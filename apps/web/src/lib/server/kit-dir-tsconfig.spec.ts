import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { retargetTsconfig, writeKitDirTsconfig } from './kit-dir-tsconfig.js';

const APP = '/repo/apps/web';
const APP_TSCONFIG = {
  extends: ['./.svelte-kit/tsconfig.json', '../../tsconfig.base.json'],
  compilerOptions: { module: 'ESNext', allowJs: true },
  include: ['./.svelte-kit/ambient.d.ts', './src/**/*.ts', './*.config.ts'],
};

describe('retargetTsconfig', () => {
  it('points a working folder beside the app at its own generated config', () => {
    expect(retargetTsconfig(APP_TSCONFIG, APP, '.svelte-kit-no-text')).toEqual({
      extends: ['./tsconfig.json', '../../../tsconfig.base.json'],
      compilerOptions: { module: 'ESNext', allowJs: true },
      include: ['./ambient.d.ts', '../src/**/*.ts', '../*.config.ts'],
    });
  });

  it('rebases every path for a working folder elsewhere, given absolutely', () => {
    const retargeted = retargetTsconfig(APP_TSCONFIG, APP, '/repo/tooling/bench/.out/kit-app-real');
    expect(retargeted.extends).toEqual(['./tsconfig.json', '../../../../tsconfig.base.json']);
    expect(retargeted.include).toEqual([
      './ambient.d.ts',
      '../../../../apps/web/src/**/*.ts',
      '../../../../apps/web/*.config.ts',
    ]);
  });

  it('reads a single extends and leaves other fields alone', () => {
    const retargeted = retargetTsconfig(
      { extends: './.svelte-kit/tsconfig.json', exclude: ['./build'], files: ['./a.ts'] },
      APP,
      '.svelte-kit-scale',
    );
    expect(retargeted).toEqual({
      extends: './tsconfig.json',
      exclude: ['../build'],
      files: ['../a.ts'],
    });
  });

  it('does not move a folder whose name only starts like the default one', () => {
    const retargeted = retargetTsconfig({ include: ['./.svelte-kitchen/x.ts'] }, APP, '.kit-a');
    expect(retargeted.include).toEqual(['../.svelte-kitchen/x.ts']);
  });
});

describe('writeKitDirTsconfig', () => {
  let app = '';
  afterEach(() => {
    rmSync(app, { recursive: true, force: true });
  });

  it('writes the retargeted config into a new working folder and returns its path', () => {
    app = mkdtempSync(join(tmpdir(), 'kit-dir-tsconfig-'));
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(APP_TSCONFIG));
    const file = writeKitDirTsconfig(app, '.svelte-kit-hostile');
    expect(file).toBe(join(app, '.svelte-kit-hostile', 'tsconfig.app.json'));
    const written = JSON.parse(readFileSync(file, 'utf8')) as { extends: string[] };
    expect(written.extends[0]).toBe('./tsconfig.json');
  });

  it('names the file when the app tsconfig is not json', () => {
    app = mkdtempSync(join(tmpdir(), 'kit-dir-tsconfig-'));
    writeFileSync(join(app, 'tsconfig.json'), '{ // a comment\n}');
    expect(() => writeKitDirTsconfig(app, '.svelte-kit-x')).toThrow(
      `${join(app, 'tsconfig.json')}: cannot be read as JSON`,
    );
  });
});
