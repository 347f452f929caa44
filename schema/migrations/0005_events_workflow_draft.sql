-- An event's moderation state defaulted to 'published', so an insert that forgot it published the event. SQLite
-- cannot change a default in place: the table is rebuilt. Hand-written, because drizzle-kit's rebuild would lose data:
-- * the join tables delete their rows with the event (ON DELETE CASCADE), so those rows are kept aside and put back;
-- * rowids are kept, so the full-text index (keyed by rowid) stays valid;
-- * the triggers (search index, change log, fan-out) go with the old table and are created again; so is the one on
--   partners that reads events (a rename fails while any trigger names a table that is missing);
-- * nothing reaches the change log: the rebuild changes nothing anyone can see.
-- Foreign keys are checked at commit, after the rename (defer_foreign_keys).
PRAGMA defer_foreign_keys = on;--> statement-breakpoint
CREATE TABLE `__keep_event_places` AS SELECT * FROM `event_places`;--> statement-breakpoint
CREATE TABLE `__keep_event_organisers` AS SELECT * FROM `event_organisers`;--> statement-breakpoint
CREATE TABLE `__keep_event_opgaven` AS SELECT * FROM `event_opgaven`;--> statement-breakpoint
CREATE TABLE `__keep_event_themes` AS SELECT * FROM `event_themes`;--> statement-breakpoint
CREATE TABLE `__keep_event_audiences` AS SELECT * FROM `event_audiences`;--> statement-breakpoint
CREATE TABLE `__keep_event_languages` AS SELECT * FROM `event_languages`;--> statement-breakpoint
DROP TRIGGER `events_ai`;--> statement-breakpoint
DROP TRIGGER `events_au`;--> statement-breakpoint
DROP TRIGGER `events_ad`;--> statement-breakpoint
DROP TRIGGER `events_fanout_au`;--> statement-breakpoint
DROP TRIGGER `events_fanout_ai`;--> statement-breakpoint
DROP TRIGGER `partners_fanout_au`;--> statement-breakpoint
CREATE TABLE `__new_events` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text DEFAULT 'event' NOT NULL,
	`title` text NOT NULL,
	`summary` text,
	`description` text,
	`starts_at` text NOT NULL,
	`ends_at` text,
	`ends_at_effective` text GENERATED ALWAYS AS (coalesce(ends_at, starts_at)) VIRTUAL,
	`starts_local_date` text GENERATED ALWAYS AS (date(starts_at, case
    when starts_at >= date(substr(starts_at, 1, 4) || '-04-01', 'weekday 0', '-7 days') || 'T01:00:00Z'
     and starts_at < date(substr(starts_at, 1, 4) || '-11-01', 'weekday 0', '-7 days') || 'T01:00:00Z'
    then '+2 hours' else '+1 hours' end)) VIRTUAL,
	`time_zone` text DEFAULT 'Europe/Amsterdam' NOT NULL,
	`all_day` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`previous_starts_at` text,
	`attendance_mode` text DEFAULT 'offline' NOT NULL,
	`online_url` text,
	`min_age` integer,
	`max_age` integer,
	`free` integer,
	`price` real,
	`price_currency` text,
	`url` text,
	`registration_url` text,
	`registration_required` integer,
	`image` text,
	`parent_id` text,
	`source_partner_id` text,
	`source_license` text DEFAULT 'CC0-1.0' NOT NULL,
	`source_url` text,
	`demo` integer DEFAULT false NOT NULL,
	`notes` text,
	`workflow` text DEFAULT 'draft' NOT NULL,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
INSERT INTO `__new_events` (rowid, `id`, `kind`, `title`, `summary`, `description`, `starts_at`, `ends_at`, `time_zone`, `all_day`, `status`, `previous_starts_at`, `attendance_mode`, `online_url`, `min_age`, `max_age`, `free`, `price`, `price_currency`, `url`, `registration_url`, `registration_required`, `image`, `parent_id`, `source_partner_id`, `source_license`, `source_url`, `demo`, `notes`, `workflow`, `deleted_at`, `created_at`, `updated_at`) SELECT rowid, `id`, `kind`, `title`, `summary`, `description`, `starts_at`, `ends_at`, `time_zone`, `all_day`, `status`, `previous_starts_at`, `attendance_mode`, `online_url`, `min_age`, `max_age`, `free`, `price`, `price_currency`, `url`, `registration_url`, `registration_required`, `image`, `parent_id`, `source_partner_id`, `source_license`, `source_url`, `demo`, `notes`, `workflow`, `deleted_at`, `created_at`, `updated_at` FROM `events`;--> statement-breakpoint
DROP TABLE `events`;--> statement-breakpoint
ALTER TABLE `__new_events` RENAME TO `events`;--> statement-breakpoint
CREATE INDEX `events_starts_idx` ON `events` (`starts_at`,`id`);--> statement-breakpoint
CREATE INDEX `events_local_date_idx` ON `events` (`starts_local_date`);--> statement-breakpoint
CREATE INDEX `events_ends_idx` ON `events` (`ends_at_effective`,`id`);--> statement-breakpoint
CREATE INDEX `events_updated_idx` ON `events` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `events_parent_idx` ON `events` (`parent_id`);--> statement-breakpoint
CREATE INDEX `events_status_idx` ON `events` (`status`);--> statement-breakpoint
CREATE TRIGGER `events_ai` AFTER INSERT ON `events` BEGIN
  INSERT INTO events_fts (rowid, title_nl, title_en, text_nl, text_en) VALUES (new.rowid, json_extract(new.title, '$.nl'), json_extract(new.title, '$.en'), json_extract(new.summary, '$.nl'), json_extract(new.summary, '$.en'));
  INSERT INTO changes (entity, entity_id) VALUES ('event', new.id);
END;--> statement-breakpoint
CREATE TRIGGER `events_au` AFTER UPDATE ON `events` BEGIN
  DELETE FROM events_fts WHERE rowid = old.rowid;
  INSERT INTO events_fts (rowid, title_nl, title_en, text_nl, text_en) VALUES (new.rowid, json_extract(new.title, '$.nl'), json_extract(new.title, '$.en'), json_extract(new.summary, '$.nl'), json_extract(new.summary, '$.en'));
  INSERT INTO changes (entity, entity_id) VALUES ('event', new.id);
END;--> statement-breakpoint
CREATE TRIGGER `events_ad` AFTER DELETE ON `events` BEGIN
  DELETE FROM events_fts WHERE rowid = old.rowid;
  INSERT INTO changes (entity, entity_id) VALUES ('event', old.id);
END;--> statement-breakpoint
CREATE TRIGGER `events_fanout_au` AFTER UPDATE ON `events` BEGIN
  INSERT INTO changes (entity, entity_id) SELECT 'event', id FROM events WHERE id IN (old.parent_id, new.parent_id);
  INSERT INTO changes (entity, entity_id) SELECT 'event', id FROM events WHERE parent_id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `events_fanout_ai` AFTER INSERT ON `events` WHEN new.parent_id IS NOT NULL BEGIN
  INSERT INTO changes (entity, entity_id) VALUES ('event', new.parent_id);
END;--> statement-breakpoint
CREATE TRIGGER `partners_fanout_au` AFTER UPDATE ON `partners` BEGIN
  INSERT INTO changes (entity, entity_id) SELECT DISTINCT 'event', event_id FROM event_organisers WHERE partner_id = new.id;
  INSERT INTO changes (entity, entity_id) SELECT DISTINCT 'event', id FROM events WHERE source_partner_id = new.id;
  INSERT INTO changes (entity, entity_id) SELECT 'place', id FROM places WHERE operator_id = new.id;
  INSERT INTO changes (entity, entity_id) SELECT DISTINCT 'opgave', opgave_id FROM opgave_partners WHERE partner_id = new.id;
END;--> statement-breakpoint
INSERT INTO `event_places` SELECT * FROM `__keep_event_places`;--> statement-breakpoint
DROP TABLE `__keep_event_places`;--> statement-breakpoint
INSERT INTO `event_organisers` SELECT * FROM `__keep_event_organisers`;--> statement-breakpoint
DROP TABLE `__keep_event_organisers`;--> statement-breakpoint
INSERT INTO `event_opgaven` SELECT * FROM `__keep_event_opgaven`;--> statement-breakpoint
DROP TABLE `__keep_event_opgaven`;--> statement-breakpoint
INSERT INTO `event_themes` SELECT * FROM `__keep_event_themes`;--> statement-breakpoint
DROP TABLE `__keep_event_themes`;--> statement-breakpoint
INSERT INTO `event_audiences` SELECT * FROM `__keep_event_audiences`;--> statement-breakpoint
DROP TABLE `__keep_event_audiences`;--> statement-breakpoint
INSERT INTO `event_languages` SELECT * FROM `__keep_event_languages`;--> statement-breakpoint
DROP TABLE `__keep_event_languages`;--> statement-breakpoint
PRAGMA defer_foreign_keys = off;
