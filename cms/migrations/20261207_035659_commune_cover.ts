import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`communes\` ADD \`cover_id\` integer REFERENCES media(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`communes_cover_idx\` ON \`communes\` (\`cover_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_communes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`district_id\` integer,
  	\`slug\` text,
  	\`theme\` numeric DEFAULT 1,
  	\`logo_id\` integer,
  	\`contact_address\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`spokesperson_name\` text,
  	\`spokesperson_position\` text,
  	\`spokesperson_phone\` text,
  	\`spokesperson_email\` text,
  	\`matomo_site_id\` numeric,
  	\`emc_site_id\` text,
  	\`trust_badge_id\` text,
  	\`status\` text DEFAULT 'provisioning',
  	\`site_state\` text DEFAULT 'none',
  	\`site_live_since\` text,
  	\`site_last_build_ms\` numeric,
  	\`site_pages\` numeric,
  	\`site_builds\` numeric DEFAULT 0,
  	\`site_error\` text,
  	\`site_error_page\` text,
  	\`site_requested_at\` text,
  	\`site_built_from\` text,
  	\`site_built_with\` text,
  	\`merged_into_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`merged_into_id\`) REFERENCES \`communes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_communes\`("id", "name", "type", "code", "district_id", "slug", "theme", "logo_id", "contact_address", "contact_phone", "contact_email", "spokesperson_name", "spokesperson_position", "spokesperson_phone", "spokesperson_email", "matomo_site_id", "emc_site_id", "trust_badge_id", "status", "site_state", "site_live_since", "site_last_build_ms", "site_pages", "site_builds", "site_error", "site_error_page", "site_requested_at", "site_built_from", "site_built_with", "merged_into_id", "updated_at", "created_at") SELECT "id", "name", "type", "code", "district_id", "slug", "theme", "logo_id", "contact_address", "contact_phone", "contact_email", "spokesperson_name", "spokesperson_position", "spokesperson_phone", "spokesperson_email", "matomo_site_id", "emc_site_id", "trust_badge_id", "status", "site_state", "site_live_since", "site_last_build_ms", "site_pages", "site_builds", "site_error", "site_error_page", "site_requested_at", "site_built_from", "site_built_with", "merged_into_id", "updated_at", "created_at" FROM \`communes\`;`,
  )
  await db.run(sql`DROP TABLE \`communes\`;`)
  await db.run(sql`ALTER TABLE \`__new_communes\` RENAME TO \`communes\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`communes_code_idx\` ON \`communes\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`communes_district_idx\` ON \`communes\` (\`district_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`communes_slug_idx\` ON \`communes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`communes_logo_idx\` ON \`communes\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`communes_status_idx\` ON \`communes\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`communes_site_site_state_idx\` ON \`communes\` (\`site_state\`);`)
  await db.run(sql`CREATE INDEX \`communes_merged_into_idx\` ON \`communes\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`communes_updated_at_idx\` ON \`communes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`communes_created_at_idx\` ON \`communes\` (\`created_at\`);`)
}
