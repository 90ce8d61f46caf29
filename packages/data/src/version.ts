import manifest from '../package.json' with { type: 'json' };

/**
 * The package's version, read from its package.json (which the packed package ships beside
 * `dist/`), so that `changeset version` moves the dataset, its exports and the CLI with it.
 */
export const VERSION: string = manifest.version;
