import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`holidays\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`day\` text,
  	\`kind\` text NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`holidays_day_idx\` ON \`holidays\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`holidays_updated_at_idx\` ON \`holidays\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`holidays_created_at_idx\` ON \`holidays\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`royalty_genres\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`points\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`royalty_genres_name_idx\` ON \`royalty_genres\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`royalty_genres_updated_at_idx\` ON \`royalty_genres\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`royalty_genres_created_at_idx\` ON \`royalty_genres\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`royalty_statements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`commune_id\` integer NOT NULL,
  	\`month\` text NOT NULL,
  	\`total\` numeric,
  	\`locked_at\` text,
  	\`locked_by_id\` integer,
  	\`snapshot\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`communes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`locked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`royalty_statements_commune_idx\` ON \`royalty_statements\` (\`commune_id\`);`)
  await db.run(sql`CREATE INDEX \`royalty_statements_locked_by_idx\` ON \`royalty_statements\` (\`locked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`royalty_statements_updated_at_idx\` ON \`royalty_statements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`royalty_statements_created_at_idx\` ON \`royalty_statements\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`commune_month_idx\` ON \`royalty_statements\` (\`commune_id\`,\`month\`);`)
  await db.run(sql`CREATE TABLE \`royalty_rules_commune_coefficients\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`commune_id\` integer NOT NULL,
  	\`coefficient\` numeric NOT NULL,
  	FOREIGN KEY (\`commune_id\`) REFERENCES \`communes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`royalty_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`royalty_rules_commune_coefficients_order_idx\` ON \`royalty_rules_commune_coefficients\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`royalty_rules_commune_coefficients_parent_id_idx\` ON \`royalty_rules_commune_coefficients\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`royalty_rules_commune_coefficients_commune_idx\` ON \`royalty_rules_commune_coefficients\` (\`commune_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`royalty_rules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`point_value\` numeric DEFAULT 0 NOT NULL,
  	\`reprint_percent\` numeric DEFAULT 50 NOT NULL,
  	\`photo_points\` numeric DEFAULT 0,
  	\`monthly_cap\` numeric DEFAULT 0,
  	\`class_coefficients_xa\` numeric DEFAULT 1,
  	\`class_coefficients_phuong\` numeric DEFAULT 1,
  	\`class_coefficients_thi_tran\` numeric DEFAULT 1,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`royalty_genre_id\` integer REFERENCES royalty_genres(id);`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`royalty_points\` numeric;`)
  await db.run(sql`CREATE INDEX \`posts_royalty_genre_idx\` ON \`posts\` (\`royalty_genre_id\`);`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_royalty_genre_id\` integer REFERENCES royalty_genres(id);`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_royalty_points\` numeric;`)
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version_royalty_genre_idx\` ON \`_posts_v\` (\`version_royalty_genre_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`holidays_id\` integer REFERENCES holidays(id);`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`royalty_genres_id\` integer REFERENCES royalty_genres(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`royalty_statements_id\` integer REFERENCES royalty_statements(id);`,
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`holidays\`;`)
  await db.run(sql`DROP TABLE \`royalty_genres\`;`)
  await db.run(sql`DROP TABLE \`royalty_statements\`;`)
  await db.run(sql`DROP TABLE \`royalty_rules_commune_coefficients\`;`)
  await db.run(sql`DROP TABLE \`royalty_rules\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`title\` text,
  	\`slug\` text,
  	\`excerpt\` text,
  	\`content\` text,
  	\`cover_image_id\` integer,
  	\`featured\` integer DEFAULT false,
  	\`genre\` text DEFAULT 'tin',
  	\`origin\` text DEFAULT 'original',
  	\`source\` text,
  	\`published_at\` text,
  	\`workflow_status\` text DEFAULT 'draft',
  	\`review_comment\` text,
  	\`created_by_id\` integer,
  	\`demo\` integer DEFAULT false,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`communes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_posts\`("id", "tenant_id", "title", "slug", "excerpt", "content", "cover_image_id", "featured", "genre", "origin", "source", "published_at", "workflow_status", "review_comment", "created_by_id", "demo", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "tenant_id", "title", "slug", "excerpt", "content", "cover_image_id", "featured", "genre", "origin", "source", "published_at", "workflow_status", "review_comment", "created_by_id", "demo", "first_published_at", "updated_at", "created_at", "_status" FROM \`posts\`;`,
  )
  await db.run(sql`DROP TABLE \`posts\`;`)
  await db.run(sql`ALTER TABLE \`__new_posts\` RENAME TO \`posts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`posts_tenant_idx\` ON \`posts\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_slug_idx\` ON \`posts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`posts_cover_image_idx\` ON \`posts\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_published_at_idx\` ON \`posts\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_workflow_status_idx\` ON \`posts\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`posts_created_by_idx\` ON \`posts\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_updated_at_idx\` ON \`posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_created_at_idx\` ON \`posts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`posts__status_idx\` ON \`posts\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_slug_idx\` ON \`posts\` (\`tenant_id\`,\`slug\`);`)
  await db.run(sql`CREATE INDEX \`tenant_publishedAt_idx\` ON \`posts\` (\`tenant_id\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__posts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tenant_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_excerpt\` text,
  	\`version_content\` text,
  	\`version_cover_image_id\` integer,
  	\`version_featured\` integer DEFAULT false,
  	\`version_genre\` text DEFAULT 'tin',
  	\`version_origin\` text DEFAULT 'original',
  	\`version_source\` text,
  	\`version_published_at\` text,
  	\`version_workflow_status\` text DEFAULT 'draft',
  	\`version_review_comment\` text,
  	\`version_created_by_id\` integer,
  	\`version_demo\` integer DEFAULT false,
  	\`version_first_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`communes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__posts_v\`("id", "parent_id", "version_tenant_id", "version_title", "version_slug", "version_excerpt", "version_content", "version_cover_image_id", "version_featured", "version_genre", "version_origin", "version_source", "version_published_at", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_demo", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_tenant_id", "version_title", "version_slug", "version_excerpt", "version_content", "version_cover_image_id", "version_featured", "version_genre", "version_origin", "version_source", "version_published_at", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_demo", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_posts_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_posts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__posts_v\` RENAME TO \`_posts_v\`;`)
  await db.run(sql`CREATE INDEX \`_posts_v_parent_idx\` ON \`_posts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_tenant_idx\` ON \`_posts_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_slug_idx\` ON \`_posts_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version_cover_image_idx\` ON \`_posts_v\` (\`version_cover_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version_published_at_idx\` ON \`_posts_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version_workflow_status_idx\` ON \`_posts_v\` (\`version_workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version_created_by_idx\` ON \`_posts_v\` (\`version_created_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_updated_at_idx\` ON \`_posts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_created_at_idx\` ON \`_posts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version__status_idx\` ON \`_posts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_created_at_idx\` ON \`_posts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_updated_at_idx\` ON \`_posts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_latest_idx\` ON \`_posts_v\` (\`latest\`);`)
  await db.run(
    sql`CREATE INDEX \`version_tenant_version_slug_idx\` ON \`_posts_v\` (\`version_tenant_id\`,\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_tenant_version_publishedAt_idx\` ON \`_posts_v\` (\`version_tenant_id\`,\`version_published_at\`);`,
  )
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
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "communes_id", "districts_id", "users_id", "posts_id", "pages_id", "categories_id", "media_id", "documents_id", "officials_id", "announcements_id", "disclosures_id", "procedures_id", "questions_id", "site_settings_id", "audit_logs_id", "build_leases_id", "notifications_id") SELECT "id", "order", "parent_id", "path", "communes_id", "districts_id", "users_id", "posts_id", "pages_id", "categories_id", "media_id", "documents_id", "officials_id", "announcements_id", "disclosures_id", "procedures_id", "questions_id", "site_settings_id", "audit_logs_id", "build_leases_id", "notifications_id" FROM \`payload_locked_documents_rels\`;`,
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
}
