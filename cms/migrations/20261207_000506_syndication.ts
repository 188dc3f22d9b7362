import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Hand-fixed: drizzle-kit drops the ON DELETE of a column added with ALTER TABLE; the actions
// below are those of the schema (and of the .json snapshot), so deleting a shared item keeps its copies.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`shared_news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`summary\` text,
  	\`content\` text,
  	\`image_url\` text,
  	\`link\` text,
  	\`source\` text NOT NULL,
  	\`mandatory\` integer DEFAULT false,
  	\`target\` text DEFAULT 'all' NOT NULL,
  	\`published_at\` text,
  	\`origin\` text DEFAULT 'newsroom',
  	\`feed_id\` integer,
  	\`guid\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`feed_id\`) REFERENCES \`news_feeds\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`shared_news_published_at_idx\` ON \`shared_news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`shared_news_feed_idx\` ON \`shared_news\` (\`feed_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`shared_news_guid_idx\` ON \`shared_news\` (\`guid\`);`)
  await db.run(sql`CREATE INDEX \`shared_news_updated_at_idx\` ON \`shared_news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`shared_news_created_at_idx\` ON \`shared_news\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`shared_news_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`districts_id\` integer,
  	\`communes_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`shared_news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`districts_id\`) REFERENCES \`districts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`communes_id\`) REFERENCES \`communes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`shared_news_rels_order_idx\` ON \`shared_news_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`shared_news_rels_parent_idx\` ON \`shared_news_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`shared_news_rels_path_idx\` ON \`shared_news_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`shared_news_rels_districts_id_idx\` ON \`shared_news_rels\` (\`districts_id\`);`)
  await db.run(sql`CREATE INDEX \`shared_news_rels_communes_id_idx\` ON \`shared_news_rels\` (\`communes_id\`);`)
  await db.run(sql`CREATE TABLE \`news_feeds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`active\` integer DEFAULT true,
  	\`last_fetched_at\` text,
  	\`last_item_count\` numeric,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`news_feeds_updated_at_idx\` ON \`news_feeds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_feeds_created_at_idx\` ON \`news_feeds\` (\`created_at\`);`)
  await db.run(
    sql`ALTER TABLE \`posts\` ADD \`reprint_shared_news_id\` integer REFERENCES shared_news(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`ALTER TABLE \`posts\` ADD \`reprint_canonical_url\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`reprint_image_url\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`reprint_mandatory\` integer;`)
  await db.run(sql`CREATE INDEX \`posts_reprint_reprint_shared_news_idx\` ON \`posts\` (\`reprint_shared_news_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_posts_v\` ADD \`version_reprint_shared_news_id\` integer REFERENCES shared_news(id) ON UPDATE no action ON DELETE set null;`,
  )
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_reprint_canonical_url\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_reprint_image_url\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_reprint_mandatory\` integer;`)
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_reprint_version_reprint_shared_news_idx\` ON \`_posts_v\` (\`version_reprint_shared_news_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`shared_news_id\` integer REFERENCES shared_news(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`news_feeds_id\` integer REFERENCES news_feeds(id) ON UPDATE no action ON DELETE cascade;`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_shared_news_id_idx\` ON \`payload_locked_documents_rels\` (\`shared_news_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_news_feeds_id_idx\` ON \`payload_locked_documents_rels\` (\`news_feeds_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`shared_news\`;`)
  await db.run(sql`DROP TABLE \`shared_news_rels\`;`)
  await db.run(sql`DROP TABLE \`news_feeds\`;`)
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
  	\`royalty_genre_id\` integer,
  	\`royalty_points\` numeric,
  	\`former_unit\` text,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`communes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`royalty_genre_id\`) REFERENCES \`royalty_genres\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_posts\`("id", "tenant_id", "title", "slug", "excerpt", "content", "cover_image_id", "featured", "genre", "origin", "source", "published_at", "workflow_status", "review_comment", "created_by_id", "demo", "royalty_genre_id", "royalty_points", "former_unit", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "tenant_id", "title", "slug", "excerpt", "content", "cover_image_id", "featured", "genre", "origin", "source", "published_at", "workflow_status", "review_comment", "created_by_id", "demo", "royalty_genre_id", "royalty_points", "former_unit", "first_published_at", "updated_at", "created_at", "_status" FROM \`posts\`;`,
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
  await db.run(sql`CREATE INDEX \`posts_royalty_genre_idx\` ON \`posts\` (\`royalty_genre_id\`);`)
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
  	\`version_royalty_genre_id\` integer,
  	\`version_royalty_points\` numeric,
  	\`version_former_unit\` text,
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
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_royalty_genre_id\`) REFERENCES \`royalty_genres\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__posts_v\`("id", "parent_id", "version_tenant_id", "version_title", "version_slug", "version_excerpt", "version_content", "version_cover_image_id", "version_featured", "version_genre", "version_origin", "version_source", "version_published_at", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_demo", "version_royalty_genre_id", "version_royalty_points", "version_former_unit", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_tenant_id", "version_title", "version_slug", "version_excerpt", "version_content", "version_cover_image_id", "version_featured", "version_genre", "version_origin", "version_source", "version_published_at", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_demo", "version_royalty_genre_id", "version_royalty_points", "version_former_unit", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_posts_v\`;`,
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
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version_royalty_genre_idx\` ON \`_posts_v\` (\`version_royalty_genre_id\`);`,
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
  	\`holidays_id\` integer,
  	\`royalty_genres_id\` integer,
  	\`royalty_statements_id\` integer,
  	\`redirects_id\` integer,
  	\`alerts_id\` integer,
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
  	FOREIGN KEY (\`royalty_statements_id\`) REFERENCES \`royalty_statements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "communes_id", "districts_id", "users_id", "posts_id", "pages_id", "categories_id", "media_id", "documents_id", "officials_id", "announcements_id", "disclosures_id", "procedures_id", "questions_id", "site_settings_id", "audit_logs_id", "build_leases_id", "notifications_id", "holidays_id", "royalty_genres_id", "royalty_statements_id", "redirects_id", "alerts_id") SELECT "id", "order", "parent_id", "path", "communes_id", "districts_id", "users_id", "posts_id", "pages_id", "categories_id", "media_id", "documents_id", "officials_id", "announcements_id", "disclosures_id", "procedures_id", "questions_id", "site_settings_id", "audit_logs_id", "build_leases_id", "notifications_id", "holidays_id", "royalty_genres_id", "royalty_statements_id", "redirects_id", "alerts_id" FROM \`payload_locked_documents_rels\`;`,
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
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`,
  )
}
