CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`prefix` text NOT NULL,
	`hash` text NOT NULL,
	`role` text NOT NULL,
	`partner_id` text,
	`trusted` integer DEFAULT false NOT NULL,
	`label` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL,
	`last_used_at` text,
	`revoked_at` text,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_prefix_unique` ON `api_keys` (`prefix`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL,
	`key_id` text NOT NULL,
	`role` text NOT NULL,
	`partner_id` text,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_key_idx` ON `audit_log` (`key_id`);--> statement-breakpoint
CREATE TABLE `idempotency` (
	`key_id` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`body` text NOT NULL,
	`location` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL,
	PRIMARY KEY(`key_id`, `idempotency_key`)
);
--> statement-breakpoint
ALTER TABLE `events` ADD `workflow` text DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `deleted_at` text;--> statement-breakpoint
CREATE INDEX `events_workflow_idx` ON `events` (`workflow`);--> statement-breakpoint
ALTER TABLE `opgaven` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `places` ADD `deleted_at` text;--> statement-breakpoint
-- SQLite cannot ADD a column whose default is not constant, so themes is rebuilt (edited by hand; drizzle-kit emits
-- ALTERs here). Foreign keys from event_themes/opgave_themes are checked at commit, after the rename.
PRAGMA defer_foreign_keys = on;--> statement-breakpoint
CREATE TABLE `__new_themes` (
	`id` text PRIMARY KEY NOT NULL,
	`scheme` text NOT NULL,
	`label` text NOT NULL,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_themes` (`id`, `scheme`, `label`) SELECT `id`, `scheme`, `label` FROM `themes`;--> statement-breakpoint
DROP TABLE `themes`;--> statement-breakpoint
ALTER TABLE `__new_themes` RENAME TO `themes`;--> statement-breakpoint
CREATE INDEX `themes_scheme_idx` ON `themes` (`scheme`,`id`);--> statement-breakpoint
CREATE INDEX `themes_updated_idx` ON `themes` (`updated_at`,`id`);--> statement-breakpoint
PRAGMA defer_foreign_keys = off;