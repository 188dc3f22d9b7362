import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`announcements_authors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`user_id\` integer,
  	\`share\` numeric DEFAULT 100,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`announcements_authors_order_idx\` ON \`announcements_authors\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`announcements_authors_parent_id_idx\` ON \`announcements_authors\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`announcements_authors_user_idx\` ON \`announcements_authors\` (\`user_id\`);`)
  await db.run(sql`CREATE TABLE \`announcements_photographers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`announcements_photographers_order_idx\` ON \`announcements_photographers\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`announcements_photographers_parent_id_idx\` ON \`announcements_photographers\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_announcements_v_version_authors\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`user_id\` integer,
  	\`share\` numeric DEFAULT 100,
  	\`_uuid\` text,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_announcements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_authors_order_idx\` ON \`_announcements_v_version_authors\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_authors_parent_id_idx\` ON \`_announcements_v_version_authors\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_authors_user_idx\` ON \`_announcements_v_version_authors\` (\`user_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_announcements_v_version_photographers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_announcements_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_photographers_order_idx\` ON \`_announcements_v_version_photographers\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_photographers_parent_id_idx\` ON \`_announcements_v_version_photographers\` (\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`genre\` text DEFAULT 'tin';`)
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`origin\` text DEFAULT 'original';`)
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`source\` text;`)
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`royalty_genre_id\` integer REFERENCES royalty_genres(id);`)
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`royalty_points\` numeric;`)
  await db.run(sql`CREATE INDEX \`announcements_royalty_genre_idx\` ON \`announcements\` (\`royalty_genre_id\`);`)
  await db.run(sql`ALTER TABLE \`_announcements_v\` ADD \`version_genre\` text DEFAULT 'tin';`)
  await db.run(sql`ALTER TABLE \`_announcements_v\` ADD \`version_origin\` text DEFAULT 'original';`)
  await db.run(sql`ALTER TABLE \`_announcements_v\` ADD \`version_source\` text;`)
  await db.run(
    sql`ALTER TABLE \`_announcements_v\` ADD \`version_royalty_genre_id\` integer REFERENCES royalty_genres(id);`,
  )
  await db.run(sql`ALTER TABLE \`_announcements_v\` ADD \`version_royalty_points\` numeric;`)
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_version_royalty_genre_idx\` ON \`_announcements_v\` (\`version_royalty_genre_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`royalty_rules\` ADD \`include_announcements\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`announcements_authors\`;`)
  await db.run(sql`DROP TABLE \`announcements_photographers\`;`)
  await db.run(sql`DROP TABLE \`_announcements_v_version_authors\`;`)
  await db.run(sql`DROP TABLE \`_announcements_v_version_photographers\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_announcements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`title\` text,
  	\`slug\` text,
  	\`content\` text,
  	\`urgency\` text DEFAULT 'normal',
  	\`valid_from\` text,
  	\`valid_until\` text,
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
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_announcements\`("id", "tenant_id", "title", "slug", "content", "urgency", "valid_from", "valid_until", "published_at", "workflow_status", "review_comment", "created_by_id", "demo", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "tenant_id", "title", "slug", "content", "urgency", "valid_from", "valid_until", "published_at", "workflow_status", "review_comment", "created_by_id", "demo", "first_published_at", "updated_at", "created_at", "_status" FROM \`announcements\`;`,
  )
  await db.run(sql`DROP TABLE \`announcements\`;`)
  await db.run(sql`ALTER TABLE \`__new_announcements\` RENAME TO \`announcements\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`announcements_tenant_idx\` ON \`announcements\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`announcements_slug_idx\` ON \`announcements\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`announcements_valid_until_idx\` ON \`announcements\` (\`valid_until\`);`)
  await db.run(sql`CREATE INDEX \`announcements_published_at_idx\` ON \`announcements\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`announcements_workflow_status_idx\` ON \`announcements\` (\`workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`announcements_created_by_idx\` ON \`announcements\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`announcements_updated_at_idx\` ON \`announcements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`announcements_created_at_idx\` ON \`announcements\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`announcements__status_idx\` ON \`announcements\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`tenant_slug_4_idx\` ON \`announcements\` (\`tenant_id\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`__new__announcements_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tenant_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_content\` text,
  	\`version_urgency\` text DEFAULT 'normal',
  	\`version_valid_from\` text,
  	\`version_valid_until\` text,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`communes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__announcements_v\`("id", "parent_id", "version_tenant_id", "version_title", "version_slug", "version_content", "version_urgency", "version_valid_from", "version_valid_until", "version_published_at", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_demo", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_tenant_id", "version_title", "version_slug", "version_content", "version_urgency", "version_valid_from", "version_valid_until", "version_published_at", "version_workflow_status", "version_review_comment", "version_created_by_id", "version_demo", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_announcements_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_announcements_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__announcements_v\` RENAME TO \`_announcements_v\`;`)
  await db.run(sql`CREATE INDEX \`_announcements_v_parent_idx\` ON \`_announcements_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_version_tenant_idx\` ON \`_announcements_v\` (\`version_tenant_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_version_slug_idx\` ON \`_announcements_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_version_valid_until_idx\` ON \`_announcements_v\` (\`version_valid_until\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_version_published_at_idx\` ON \`_announcements_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_version_workflow_status_idx\` ON \`_announcements_v\` (\`version_workflow_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_version_created_by_idx\` ON \`_announcements_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_version_updated_at_idx\` ON \`_announcements_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_version_created_at_idx\` ON \`_announcements_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_announcements_v_version_version__status_idx\` ON \`_announcements_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_announcements_v_created_at_idx\` ON \`_announcements_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_announcements_v_updated_at_idx\` ON \`_announcements_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_announcements_v_latest_idx\` ON \`_announcements_v\` (\`latest\`);`)
  await db.run(
    sql`CREATE INDEX \`version_tenant_version_slug_3_idx\` ON \`_announcements_v\` (\`version_tenant_id\`,\`version_slug\`);`,
  )
  await db.run(sql`ALTER TABLE \`royalty_rules\` DROP COLUMN \`include_announcements\`;`)
}
