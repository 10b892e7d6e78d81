/** Collections of the dataset, in dependency order (a collection only references earlier ones or itself). */
export const COLLECTIONS = ['sources', 'actors', 'issues', 'treaties', 'events', 'quotes', 'positions', 'linkages'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Fields the build derives; authored records must not contain them. */
export const DERIVED_FIELDS = ['earliest', 'latest'] as const;
