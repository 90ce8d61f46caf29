/** How the dataset presents itself wherever it is described or cited: one home for these words. */
export const DATASET_TITLE =
  'corpus-timeline: the 2015–2020 poverty alleviation campaign as one source tells it';

/** Who to credit for the dataset (its facts, titles and summaries), as one group. */
export const DATASET_AUTHOR = 'corpus-timeline contributors';
