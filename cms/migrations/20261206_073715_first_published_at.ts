import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// `firstPublishedAt` (cms/plugins/first-published): when an item first went live, kept through
// unpublishing and archiving, so "never published" (editors and contributors may delete only
// their own never-published drafts) is a fact. Existing rows are stamped from what the database
// still knows: the earliest published version, else the publication date, else the last change,
// for every item that is live, archived, marked published, or has a published version.

const WORKFLOW_TABLES = ['posts', 'pages', 'documents', 'announcements', 'disclosures'] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of WORKFLOW_TABLES) {
    const main = sql.identifier(table)
    const versions = sql.identifier(`_${table}_v`)
    const hasPublishedAt = table === 'posts' || table === 'announcements'
    await db.run(sql`ALTER TABLE ${main} ADD \`first_published_at\` text;`)
    await db.run(sql`ALTER TABLE ${versions} ADD \`version_first_published_at\` text;`)
    await db.run(sql`
      UPDATE ${main} SET \`first_published_at\` = COALESCE(
        (SELECT MIN(v.\`updated_at\`) FROM ${versions} v WHERE v.\`parent_id\` = ${main}.\`id\` AND v.\`version__status\` = 'published'),
        ${hasPublishedAt ? sql`${main}.\`published_at\`,` : sql``}
        ${main}.\`updated_at\`)
      WHERE ${main}.\`_status\` = 'published'
         OR ${main}.\`workflow_status\` IN ('published', 'archived')
         OR EXISTS (SELECT 1 FROM ${versions} v WHERE v.\`parent_id\` = ${main}.\`id\` AND v.\`version__status\` = 'published');`)
    // Versions saved since then carry the stamp, as new saves will.
    await db.run(sql`
      UPDATE ${versions} SET \`version_first_published_at\` =
        (SELECT m.\`first_published_at\` FROM ${main} m WHERE m.\`id\` = ${versions}.\`parent_id\`)
      WHERE EXISTS (SELECT 1 FROM ${main} m WHERE m.\`id\` = ${versions}.\`parent_id\`
        AND m.\`first_published_at\` IS NOT NULL AND ${versions}.\`updated_at\` >= m.\`first_published_at\`);`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of WORKFLOW_TABLES) {
    await db.run(sql`ALTER TABLE ${sql.identifier(`_${table}_v`)} DROP COLUMN \`version_first_published_at\`;`)
    await db.run(sql`ALTER TABLE ${sql.identifier(table)} DROP COLUMN \`first_published_at\`;`)
  }
}
