import { expectCachedBuilds } from './cached-builds.js';

/** The site's tests serve the very build turbo made before them: it must not be built again. */
export default function setup() {
  expectCachedBuilds('@corpus/web');
}
