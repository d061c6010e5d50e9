/** An entity's post-mortems or actions are shown ten at a time, in its tab. */
export const ENTITY_LIST_PAGE_SIZE = 10;
