import path from 'node:path'

/**
 * Where a built site lives under the sites folder (DATA_DIR/sites): `<slug>/current` is a
 * symlink the generator switches atomically to the newest good build, and the sites server
 * reads. The province directory is the site named DIRECTORY_SITE (contract/snapshot.ts).
 */
export const liveDirOf = (sitesDir: string, slug: string): string => path.join(sitesDir, slug, 'current')
