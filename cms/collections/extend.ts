import type { CollectionConfig, Config, Endpoint, Field } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>
/** The hooks that are lists (all but `me` and `refresh`). */
type HookLists = { [K in keyof Hooks as NonNullable<Hooks[K]> extends unknown[] ? K : never]?: Hooks[K] }

/** What a feature adds to a collection: each list goes after what the collection already has. */
export type CollectionAdditions = { fields?: Field[]; endpoints?: Endpoint[]; hooks?: HookLists }

/** The collection with the additions appended (fields, endpoints, each list of hooks). */
export const extendCollection = (collection: CollectionConfig, add: CollectionAdditions): CollectionConfig => {
  const hooks: Record<string, unknown[]> = { ...(collection.hooks as Record<string, unknown[]>) }
  for (const [name, added] of Object.entries(add.hooks ?? {}))
    hooks[name] = [...(hooks[name] ?? []), ...(added as unknown[])]
  return {
    ...collection,
    ...(add.fields ? { fields: [...collection.fields, ...add.fields] } : {}),
    ...(add.endpoints ? { endpoints: [...(collection.endpoints || []), ...add.endpoints] } : {}),
    ...(add.hooks ? { hooks: hooks as Hooks } : {}),
  }
}

/** How a plugin changes the collections it concerns, by slug; the others stay as they are. */
export const withCollections = (
  config: Config,
  change: Record<string, (collection: CollectionConfig) => CollectionConfig>,
): CollectionConfig[] =>
  (config.collections ?? []).map((collection) => change[collection.slug]?.(collection) ?? collection)
