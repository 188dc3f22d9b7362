import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`commune_template_categories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commune_template\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`commune_template_categories_order_idx\` ON \`commune_template_categories\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`commune_template_categories_parent_id_idx\` ON \`commune_template_categories\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`commune_template_pages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`parent\` text,
  	\`order\` numeric DEFAULT 0,
  	\`content\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commune_template\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`commune_template_pages_order_idx\` ON \`commune_template_pages\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`commune_template_pages_parent_id_idx\` ON \`commune_template_pages\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`commune_template_main_menu_children\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commune_template_main_menu\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`commune_template_main_menu_children_order_idx\` ON \`commune_template_main_menu_children\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`commune_template_main_menu_children_parent_id_idx\` ON \`commune_template_main_menu_children\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`commune_template_main_menu\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`url\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`commune_template\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`commune_template_main_menu_order_idx\` ON \`commune_template_main_menu\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`commune_template_main_menu_parent_id_idx\` ON \`commune_template_main_menu\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`commune_template_homepage_sections\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`commune_template\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`commune_template_homepage_sections_order_idx\` ON \`commune_template_homepage_sections\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`commune_template_homepage_sections_parent_idx\` ON \`commune_template_homepage_sections\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`commune_template\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_title\` text DEFAULT 'Trang thông tin điện tử {Xa}' NOT NULL,
  	\`footer_note\` text DEFAULT 'Cơ quan chủ quản: Ủy ban nhân dân {xa}, {huyen}, {tinh}.',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`commune_template_categories\`;`)
  await db.run(sql`DROP TABLE \`commune_template_pages\`;`)
  await db.run(sql`DROP TABLE \`commune_template_main_menu_children\`;`)
  await db.run(sql`DROP TABLE \`commune_template_main_menu\`;`)
  await db.run(sql`DROP TABLE \`commune_template_homepage_sections\`;`)
  await db.run(sql`DROP TABLE \`commune_template\`;`)
}
