import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`districts\` ADD \`newsroom\` integer DEFAULT false;`)
  await db.run(
    sql`ALTER TABLE \`shared_news\` ADD \`newsroom_id\` integer REFERENCES districts(id) ON DELETE set null;`,
  )
  await db.run(sql`CREATE INDEX \`shared_news_newsroom_idx\` ON \`shared_news\` (\`newsroom_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_shared_news\` (
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
  await db.run(
    sql`INSERT INTO \`__new_shared_news\`("id", "title", "summary", "content", "image_url", "link", "source", "mandatory", "target", "published_at", "origin", "feed_id", "guid", "updated_at", "created_at") SELECT "id", "title", "summary", "content", "image_url", "link", "source", "mandatory", "target", "published_at", "origin", "feed_id", "guid", "updated_at", "created_at" FROM \`shared_news\`;`,
  )
  await db.run(sql`DROP TABLE \`shared_news\`;`)
  await db.run(sql`ALTER TABLE \`__new_shared_news\` RENAME TO \`shared_news\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`shared_news_published_at_idx\` ON \`shared_news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`shared_news_feed_idx\` ON \`shared_news\` (\`feed_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`shared_news_guid_idx\` ON \`shared_news\` (\`guid\`);`)
  await db.run(sql`CREATE INDEX \`shared_news_updated_at_idx\` ON \`shared_news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`shared_news_created_at_idx\` ON \`shared_news\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`districts\` DROP COLUMN \`newsroom\`;`)
}
