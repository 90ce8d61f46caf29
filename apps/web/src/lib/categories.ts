import type { Category } from '@corpus/data/schema';

/** How each lane is named on screen, in the order the lanes are drawn. */
export const CATEGORY_LABELS: Record<Category, string> = {
  conference: 'Conference',
  'responsibility-letters': 'Responsibility letters',
  symposium: 'Symposium',
  'inspection-visit': 'Inspection visits',
  'east-west-cooperation': 'East–west cooperation',
  supervision: 'Supervision',
  'first-secretaries': 'First secretaries',
  policy: 'Policy and goals',
};

export const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS) as Category[];
