import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`tenant_publishedAt_idx\` ON \`posts\` (\`tenant_id\`,\`published_at\`);`)
  await db.run(
    sql`CREATE INDEX \`version_tenant_version_publishedAt_idx\` ON \`_posts_v\` (\`version_tenant_id\`,\`version_published_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`tenant_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_tenant_version_publishedAt_idx\`;`)
}
