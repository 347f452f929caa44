CREATE TABLE `event_publications` (
	`event_id` text PRIMARY KEY NOT NULL,
	`first_published_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `write_guards` (
	`ok` integer NOT NULL,
	CONSTRAINT "write_guards_ok" CHECK(ok = 1)
);
--> statement-breakpoint
ALTER TABLE `event_organisers` ADD `confirmed` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `opgaven` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `partners` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `places` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `themes` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Hand-written below (drizzle-kit does not model triggers). An event enters event_publications the first time it is
-- public; the change feed names only those events.
CREATE TRIGGER `events_published_ai` AFTER INSERT ON `events` WHEN new.workflow = 'published' AND new.deleted_at IS NULL BEGIN
  INSERT OR IGNORE INTO event_publications (event_id, first_published_at) VALUES (new.id, new.updated_at);
END;--> statement-breakpoint
CREATE TRIGGER `events_published_au` AFTER UPDATE ON `events` WHEN new.workflow = 'published' AND new.deleted_at IS NULL BEGIN
  INSERT OR IGNORE INTO event_publications (event_id, first_published_at) VALUES (new.id, new.updated_at);
END;--> statement-breakpoint
-- Backfill: what is published now (deleting keeps the state an event had), and what the audit log shows was.
INSERT OR IGNORE INTO event_publications (event_id, first_published_at)
  SELECT id, updated_at FROM events WHERE workflow = 'published';--> statement-breakpoint
INSERT OR IGNORE INTO event_publications (event_id, first_published_at)
  SELECT entity_id, min(at) FROM audit_log WHERE entity = 'event' AND json_extract(after, '$.workflow') = 'published' GROUP BY entity_id;
