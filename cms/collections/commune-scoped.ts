/**
 * The collections whose documents belong to one commune (the `tenant` field). Listed once here,
 * below the features: the tenancy plugin scopes them, publishing rebuilds the commune's site
 * when they change, and removing a commune exports and deletes them.
 */
export const COMMUNE_SCOPED = [
  'posts',
  'pages',
  'categories',
  'media',
  'documents',
  'officials',
  'announcements',
  'disclosures',
  'procedures',
  'questions',
] as const

/** Collections with exactly one document per commune (its site settings). */
export const COMMUNE_SINGLETONS = ['site-settings'] as const

/** Everything a commune owns: its documents and its singletons. */
export const COMMUNE_CONTENT = [...COMMUNE_SCOPED, ...COMMUNE_SINGLETONS] as const
