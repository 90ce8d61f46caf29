/**
 * citation-js with the formats this package writes. The plugins register themselves with the core
 * when imported; keeping that here keeps untyped imports out of the published declarations.
 */
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';

export { Cite } from '@citation-js/core';
