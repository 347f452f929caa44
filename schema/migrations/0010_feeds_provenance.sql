CREATE TABLE `feed_items` (
	`feed_id` text NOT NULL,
	`uid` text NOT NULL,
	`event_id` text NOT NULL,
	`hash` text NOT NULL,
	`imported` text NOT NULL,
	`gone` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`feed_id`, `uid`),
	FOREIGN KEY (`feed_id`) REFERENCES `feeds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `feed_items_event_idx` ON `feed_items` (`event_id`);--> statement-breakpoint
CREATE TABLE `feed_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`feed_id` text NOT NULL,
	`trigger` text NOT NULL,
	`outcome` text DEFAULT 'queued' NOT NULL,
	`queued_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL,
	`started_at` text,
	`finished_at` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`http_status` integer,
	`items` integer DEFAULT 0 NOT NULL,
	`created` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`cancelled` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`rejected` integer DEFAULT 0 NOT NULL,
	`report` text,
	`error` text,
	FOREIGN KEY (`feed_id`) REFERENCES `feeds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `feed_runs_feed_idx` ON `feed_runs` (`feed_id`,`id`);--> statement-breakpoint
CREATE TABLE `feeds` (
	`id` text PRIMARY KEY NOT NULL,
	`partner_id` text NOT NULL,
	`name` text NOT NULL,
	`url` text NOT NULL,
	`format` text,
	`trusted` integer DEFAULT false NOT NULL,
	`license` text DEFAULT 'CC0-1.0' NOT NULL,
	`defaults` text,
	`demo` integer DEFAULT false NOT NULL,
	`interval_minutes` integer DEFAULT 60 NOT NULL,
	`paused` integer DEFAULT false NOT NULL,
	`pause_reason` text,
	`failures` integer DEFAULT 0 NOT NULL,
	`etag` text,
	`last_modified` text,
	`last_fetched_at` text,
	`requested_at` text,
	`created_by` text,
	`deleted_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `feeds_partner_idx` ON `feeds` (`partner_id`,`id`);--> statement-breakpoint
ALTER TABLE `events` ADD `source_origin` text DEFAULT 'seed' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `source_feed_id` text;--> statement-breakpoint
ALTER TABLE `events` ADD `source_key_id` text;--> statement-breakpoint
ALTER TABLE `events` ADD `retrieved_at` text;--> statement-breakpoint
ALTER TABLE `opgaven` ADD `source_origin` text DEFAULT 'seed' NOT NULL;--> statement-breakpoint
ALTER TABLE `opgaven` ADD `source_license` text DEFAULT 'CC0-1.0' NOT NULL;--> statement-breakpoint
ALTER TABLE `opgaven` ADD `source_feed_id` text;--> statement-breakpoint
ALTER TABLE `opgaven` ADD `source_key_id` text;--> statement-breakpoint
ALTER TABLE `opgaven` ADD `retrieved_at` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `source_origin` text DEFAULT 'seed' NOT NULL;--> statement-breakpoint
ALTER TABLE `partners` ADD `source_url` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `source_license` text DEFAULT 'CC0-1.0' NOT NULL;--> statement-breakpoint
ALTER TABLE `partners` ADD `source_feed_id` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `source_key_id` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `retrieved_at` text;--> statement-breakpoint
ALTER TABLE `places` ADD `source_origin` text DEFAULT 'seed' NOT NULL;--> statement-breakpoint
ALTER TABLE `places` ADD `source_url` text;--> statement-breakpoint
ALTER TABLE `places` ADD `source_license` text DEFAULT 'CC0-1.0' NOT NULL;--> statement-breakpoint
ALTER TABLE `places` ADD `source_feed_id` text;--> statement-breakpoint
ALTER TABLE `places` ADD `source_key_id` text;--> statement-breakpoint
ALTER TABLE `places` ADD `retrieved_at` text;--> statement-breakpoint
ALTER TABLE `themes` ADD `source_origin` text DEFAULT 'seed' NOT NULL;--> statement-breakpoint
ALTER TABLE `themes` ADD `source_url` text;--> statement-breakpoint
ALTER TABLE `themes` ADD `source_license` text DEFAULT 'CC0-1.0' NOT NULL;--> statement-breakpoint
ALTER TABLE `themes` ADD `source_feed_id` text;--> statement-breakpoint
ALTER TABLE `themes` ADD `source_key_id` text;--> statement-breakpoint
ALTER TABLE `themes` ADD `retrieved_at` text;;--> statement-breakpoint
-- Provenance of the rows already there (hand-written): a row with an audited create came through the API with that key
-- and was last written from there when it was last updated; every other row came from the curated seed when it was
-- loaded. The updates log each record in the change feed once, so mirrors receive the new `provenance`.
UPDATE `events` SET source_key_id = (SELECT a.key_id FROM audit_log a WHERE a.entity = 'event' AND a.entity_id = events.id AND a.action = 'create' ORDER BY a.id LIMIT 1),
  source_origin = CASE WHEN (SELECT a.key_id FROM audit_log a WHERE a.entity = 'event' AND a.entity_id = events.id AND a.action = 'create' ORDER BY a.id LIMIT 1) IS NULL THEN 'seed' ELSE 'api' END,
  retrieved_at = CASE WHEN (SELECT a.key_id FROM audit_log a WHERE a.entity = 'event' AND a.entity_id = events.id AND a.action = 'create' ORDER BY a.id LIMIT 1) IS NULL THEN created_at ELSE updated_at END;--> statement-breakpoint
UPDATE `partners` SET source_key_id = (SELECT a.key_id FROM audit_log a WHERE a.entity = 'partner' AND a.entity_id = partners.id AND a.action = 'create' ORDER BY a.id LIMIT 1),
  source_origin = CASE WHEN (SELECT a.key_id FROM audit_log a WHERE a.entity = 'partner' AND a.entity_id = partners.id AND a.action = 'create' ORDER BY a.id LIMIT 1) IS NULL THEN 'seed' ELSE 'api' END,
  retrieved_at = CASE WHEN (SELECT a.key_id FROM audit_log a WHERE a.entity = 'partner' AND a.entity_id = partners.id AND a.action = 'create' ORDER BY a.id LIMIT 1) IS NULL THEN created_at ELSE updated_at END;--> statement-breakpoint
UPDATE `places` SET source_key_id = (SELECT a.key_id FROM audit_log a WHERE a.entity = 'place' AND a.entity_id = places.id AND a.action = 'create' ORDER BY a.id LIMIT 1),
  source_origin = CASE WHEN (SELECT a.key_id FROM audit_log a WHERE a.entity = 'place' AND a.entity_id = places.id AND a.action = 'create' ORDER BY a.id LIMIT 1) IS NULL THEN 'seed' ELSE 'api' END,
  retrieved_at = CASE WHEN (SELECT a.key_id FROM audit_log a WHERE a.entity = 'place' AND a.entity_id = places.id AND a.action = 'create' ORDER BY a.id LIMIT 1) IS NULL THEN created_at ELSE updated_at END;--> statement-breakpoint
UPDATE `opgaven` SET source_key_id = (SELECT a.key_id FROM audit_log a WHERE a.entity = 'opgave' AND a.entity_id = opgaven.id AND a.action = 'create' ORDER BY a.id LIMIT 1),
  source_origin = CASE WHEN (SELECT a.key_id FROM audit_log a WHERE a.entity = 'opgave' AND a.entity_id = opgaven.id AND a.action = 'create' ORDER BY a.id LIMIT 1) IS NULL THEN 'seed' ELSE 'api' END,
  retrieved_at = CASE WHEN (SELECT a.key_id FROM audit_log a WHERE a.entity = 'opgave' AND a.entity_id = opgaven.id AND a.action = 'create' ORDER BY a.id LIMIT 1) IS NULL THEN created_at ELSE updated_at END;--> statement-breakpoint
UPDATE `themes` SET source_key_id = (SELECT a.key_id FROM audit_log a WHERE a.entity = 'theme' AND a.entity_id = themes.id AND a.action = 'create' ORDER BY a.id LIMIT 1),
  source_origin = CASE WHEN (SELECT a.key_id FROM audit_log a WHERE a.entity = 'theme' AND a.entity_id = themes.id AND a.action = 'create' ORDER BY a.id LIMIT 1) IS NULL THEN 'seed' ELSE 'api' END,
  retrieved_at = CASE WHEN (SELECT a.key_id FROM audit_log a WHERE a.entity = 'theme' AND a.entity_id = themes.id AND a.action = 'create' ORDER BY a.id LIMIT 1) IS NULL THEN created_at ELSE updated_at END;
