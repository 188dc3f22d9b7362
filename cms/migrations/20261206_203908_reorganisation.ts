import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`communes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communes_id\`) REFERENCES \`communes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_communes_id_idx\` ON \`users_rels\` (\`communes_id\`);`)
  await db.run(sql`CREATE TABLE \`redirects_from_domains\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`domain\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`redirects_from_domains_order_idx\` ON \`redirects_from_domains\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`redirects_from_domains_parent_id_idx\` ON \`redirects_from_domains\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`redirects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from_name\` text NOT NULL,
  	\`from_code\` text NOT NULL,
  	\`from_slug\` text NOT NULL,
  	\`to_id\` integer NOT NULL,
  	\`kind\` text DEFAULT 'merged' NOT NULL,
  	\`paths\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`to_id\`) REFERENCES \`communes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`redirects_from_slug_idx\` ON \`redirects\` (\`from_slug\`);`)
  await db.run(sql`CREATE INDEX \`redirects_to_idx\` ON \`redirects\` (\`to_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_updated_at_idx\` ON \`redirects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redirects_created_at_idx\` ON \`redirects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`redirects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`communes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communes_id\`) REFERENCES \`communes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`redirects_rels_order_idx\` ON \`redirects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_parent_idx\` ON \`redirects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_path_idx\` ON \`redirects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_communes_id_idx\` ON \`redirects_rels\` (\`communes_id\`);`)
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
    sql`INSERT INTO \`__new_communes\`("id", "name", "type", "code", "district_id", "slug", "theme", "logo_id", "contact_address", "contact_phone", "contact_email", "spokesperson_name", "spokesperson_position", "spokesperson_phone", "spokesperson_email", "matomo_site_id", "emc_site_id", "trust_badge_id", "status", "site_state", "site_live_since", "site_last_build_ms", "site_pages", "site_builds", "site_error", "site_error_page", "site_requested_at", "site_built_from", "site_built_with", "merged_into_id", "updated_at", "created_at") SELECT "id", "name", "type", "code", "district_id", "slug", "theme", "logo_id", "contact_address", "contact_phone", "contact_email", "spokesperson_name", "spokesperson_position", "spokesperson_phone", "spokesperson_email", "matomo_site_id", "emc_site_id", "trust_badge_id", "status", "site_state", "site_live_since", "site_last_build_ms", "site_pages", "site_builds", "site_error", "site_error_page", "site_requested_at", "site_built_from", "site_built_with", NULL, "updated_at", "created_at" FROM \`communes\`;`,
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
  await db.run(sql`ALTER TABLE \`posts\` ADD \`former_unit\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_former_unit\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`former_unit\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_former_unit\` text;`)
  await db.run(sql`ALTER TABLE \`categories\` ADD \`former_unit\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`former_unit\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`former_unit\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_former_unit\` text;`)
  await db.run(sql`ALTER TABLE \`officials\` ADD \`former_unit\` text;`)
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`former_unit\` text;`)
  await db.run(sql`ALTER TABLE \`_announcements_v\` ADD \`version_former_unit\` text;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`former_unit\` text;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_former_unit\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`former_unit\` text;`)
  await db.run(sql`ALTER TABLE \`questions\` ADD \`former_unit\` text;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`redirects_id\` integer REFERENCES redirects(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`redirects_from_domains\`;`)
  await db.run(sql`DROP TABLE \`redirects\`;`)
  await db.run(sql`DROP TABLE \`redirects_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_communes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`district_id\` integer NOT NULL,
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`district_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_communes\`("id", "name", "type", "code", "district_id", "slug", "theme", "logo_id", "contact_address", "contact_phone", "contact_email", "spokesperson_name", "spokesperson_position", "spokesperson_phone", "spokesperson_email", "matomo_site_id", "emc_site_id", "trust_badge_id", "status", "site_state", "site_live_since", "site_last_build_ms", "site_pages", "site_builds", "site_error", "site_error_page", "site_requested_at", "site_built_from", "site_built_with", "updated_at", "created_at") SELECT "id", "name", "type", "code", "district_id", "slug", "theme", "logo_id", "contact_address", "contact_phone", "contact_email", "spokesperson_name", "spokesperson_position", "spokesperson_phone", "spokesperson_email", "matomo_site_id", "emc_site_id", "trust_badge_id", "status", "site_state", "site_live_since", "site_last_build_ms", "site_pages", "site_builds", "site_error", "site_error_page", "site_requested_at", "site_built_from", "site_built_with", "updated_at", "created_at" FROM \`communes\`;`,
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
  await db.run(sql`CREATE INDEX \`communes_updated_at_idx\` ON \`communes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`communes_created_at_idx\` ON \`communes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`communes_id\` integer,
  	\`districts_id\` integer,
  	\`users_id\` integer,
  	\`posts_id\` integer,
  	\`pages_id\` integer,
  	\`categories_id\` integer,
  	\`media_id\` integer,
  	\`documents_id\` integer,
  	\`officials_id\` integer,
  	\`announcements_id\` integer,
  	\`disclosures_id\` integer,
  	\`procedures_id\` integer,
  	\`questions_id\` integer,
  	\`site_settings_id\` integer,
  	\`audit_logs_id\` integer,
  	\`build_leases_id\` integer,
  	\`notifications_id\` integer,
  	\`holidays_id\` integer,
  	\`royalty_genres_id\` integer,
  	\`royalty_statements_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communes_id\`) REFERENCES \`communes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`officials_id\`) REFERENCES \`officials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`announcements_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosures_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_settings_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_logs_id\`) REFERENCES \`audit_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`build_leases_id\`) REFERENCES \`build_leases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`holidays_id\`) REFERENCES \`holidays\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`royalty_genres_id\`) REFERENCES \`royalty_genres\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`royalty_statements_id\`) REFERENCES \`royalty_statements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "communes_id", "districts_id", "users_id", "posts_id", "pages_id", "categories_id", "media_id", "documents_id", "officials_id", "announcements_id", "disclosures_id", "procedures_id", "questions_id", "site_settings_id", "audit_logs_id", "build_leases_id", "notifications_id", "holidays_id", "royalty_genres_id", "royalty_statements_id") SELECT "id", "order", "parent_id", "path", "communes_id", "districts_id", "users_id", "posts_id", "pages_id", "categories_id", "media_id", "documents_id", "officials_id", "announcements_id", "disclosures_id", "procedures_id", "questions_id", "site_settings_id", "audit_logs_id", "build_leases_id", "notifications_id", "holidays_id", "royalty_genres_id", "royalty_statements_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_communes_id_idx\` ON \`payload_locked_documents_rels\` (\`communes_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_districts_id_idx\` ON \`payload_locked_documents_rels\` (\`districts_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_officials_id_idx\` ON \`payload_locked_documents_rels\` (\`officials_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_announcements_id_idx\` ON \`payload_locked_documents_rels\` (\`announcements_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_disclosures_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosures_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_site_settings_id_idx\` ON \`payload_locked_documents_rels\` (\`site_settings_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_logs_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_build_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`build_leases_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_holidays_id_idx\` ON \`payload_locked_documents_rels\` (\`holidays_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_royalty_genres_id_idx\` ON \`payload_locked_documents_rels\` (\`royalty_genres_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_royalty_statements_id_idx\` ON \`payload_locked_documents_rels\` (\`royalty_statements_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`former_unit\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_former_unit\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`former_unit\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_former_unit\`;`)
  await db.run(sql`ALTER TABLE \`categories\` DROP COLUMN \`former_unit\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`former_unit\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`former_unit\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_former_unit\`;`)
  await db.run(sql`ALTER TABLE \`officials\` DROP COLUMN \`former_unit\`;`)
  await db.run(sql`ALTER TABLE \`announcements\` DROP COLUMN \`former_unit\`;`)
  await db.run(sql`ALTER TABLE \`_announcements_v\` DROP COLUMN \`version_former_unit\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`former_unit\`;`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` DROP COLUMN \`version_former_unit\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`former_unit\`;`)
  await db.run(sql`ALTER TABLE \`questions\` DROP COLUMN \`former_unit\`;`)
}
