/** More events than the timeline draws one by one (150) and than a page of the list holds (100). */
export const SCALE_EVENTS = 600;
