CREATE TABLE `event_access` (
	`key` text NOT NULL,
	`event_id` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_until` text NOT NULL,
	PRIMARY KEY(`key`, `event_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_access_order_idx` ON `event_access` (`key`,`starts_at`,`event_id`,`ends_until`);--> statement-breakpoint
CREATE INDEX `event_access_event_idx` ON `event_access` (`event_id`);
--> statement-breakpoint
-- Hand-written below (drizzle-kit does not model triggers): the access paths follow every write of the join tables
-- and of an event's times, whatever wrote them (API, feed import, seed, restore).
CREATE TRIGGER `event_access_organisers_ai` AFTER INSERT ON `event_organisers` BEGIN
  INSERT OR REPLACE INTO `event_access` (`key`, `event_id`, `starts_at`, `ends_until`)
    SELECT 'partner:' || new.partner_id, e.id, e.starts_at, max(coalesce(e.ends_at, e.starts_at), coalesce(e.series_ends_at, '')) FROM `events` e WHERE e.id = new.event_id AND new.confirmed = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_access_organisers_ad` AFTER DELETE ON `event_organisers` BEGIN
  DELETE FROM `event_access` WHERE `key` = 'partner:' || old.partner_id AND `event_id` = old.event_id;
END;
--> statement-breakpoint
CREATE TRIGGER `event_access_organisers_au` AFTER UPDATE OF partner_id, event_id, confirmed ON `event_organisers` BEGIN
  DELETE FROM `event_access` WHERE `key` = 'partner:' || old.partner_id AND `event_id` = old.event_id;
  INSERT OR REPLACE INTO `event_access` (`key`, `event_id`, `starts_at`, `ends_until`)
    SELECT 'partner:' || new.partner_id, e.id, e.starts_at, max(coalesce(e.ends_at, e.starts_at), coalesce(e.series_ends_at, '')) FROM `events` e WHERE e.id = new.event_id AND new.confirmed = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `event_access_themes_ai` AFTER INSERT ON `event_themes` BEGIN
  INSERT OR REPLACE INTO `event_access` (`key`, `event_id`, `starts_at`, `ends_until`)
    SELECT 'theme:' || new.theme_id, e.id, e.starts_at, max(coalesce(e.ends_at, e.starts_at), coalesce(e.series_ends_at, '')) FROM `events` e WHERE e.id = new.event_id;
END;
--> statement-breakpoint
CREATE TRIGGER `event_access_themes_ad` AFTER DELETE ON `event_themes` BEGIN
  DELETE FROM `event_access` WHERE `key` = 'theme:' || old.theme_id AND `event_id` = old.event_id;
END;
--> statement-breakpoint
CREATE TRIGGER `event_access_themes_au` AFTER UPDATE OF theme_id, event_id ON `event_themes` BEGIN
  DELETE FROM `event_access` WHERE `key` = 'theme:' || old.theme_id AND `event_id` = old.event_id;
  INSERT OR REPLACE INTO `event_access` (`key`, `event_id`, `starts_at`, `ends_until`)
    SELECT 'theme:' || new.theme_id, e.id, e.starts_at, max(coalesce(e.ends_at, e.starts_at), coalesce(e.series_ends_at, '')) FROM `events` e WHERE e.id = new.event_id;
END;
--> statement-breakpoint
CREATE TRIGGER `event_access_opgaven_ai` AFTER INSERT ON `event_opgaven` BEGIN
  INSERT OR REPLACE INTO `event_access` (`key`, `event_id`, `starts_at`, `ends_until`)
    SELECT 'opgave:' || new.opgave_id, e.id, e.starts_at, max(coalesce(e.ends_at, e.starts_at), coalesce(e.series_ends_at, '')) FROM `events` e WHERE e.id = new.event_id;
END;
--> statement-breakpoint
CREATE TRIGGER `event_access_opgaven_ad` AFTER DELETE ON `event_opgaven` BEGIN
  DELETE FROM `event_access` WHERE `key` = 'opgave:' || old.opgave_id AND `event_id` = old.event_id;
END;
--> statement-breakpoint
CREATE TRIGGER `event_access_opgaven_au` AFTER UPDATE OF opgave_id, event_id ON `event_opgaven` BEGIN
  DELETE FROM `event_access` WHERE `key` = 'opgave:' || old.opgave_id AND `event_id` = old.event_id;
  INSERT OR REPLACE INTO `event_access` (`key`, `event_id`, `starts_at`, `ends_until`)
    SELECT 'opgave:' || new.opgave_id, e.id, e.starts_at, max(coalesce(e.ends_at, e.starts_at), coalesce(e.series_ends_at, '')) FROM `events` e WHERE e.id = new.event_id;
END;
--> statement-breakpoint
CREATE TRIGGER `event_access_events_au` AFTER UPDATE OF starts_at, ends_at, series_ends_at ON `events` BEGIN
  UPDATE `event_access` SET `starts_at` = new.starts_at, `ends_until` = max(coalesce(new.ends_at, new.starts_at), coalesce(new.series_ends_at, '')) WHERE `event_id` = new.id;
END;
--> statement-breakpoint
-- Backfill from what is already there.
INSERT OR REPLACE INTO `event_access` (`key`, `event_id`, `starts_at`, `ends_until`)
  SELECT 'partner:' || j.partner_id, e.id, e.starts_at, max(coalesce(e.ends_at, e.starts_at), coalesce(e.series_ends_at, '')) FROM `event_organisers` j JOIN `events` e ON e.id = j.event_id WHERE j.confirmed = 1;
--> statement-breakpoint
INSERT OR REPLACE INTO `event_access` (`key`, `event_id`, `starts_at`, `ends_until`)
  SELECT 'theme:' || j.theme_id, e.id, e.starts_at, max(coalesce(e.ends_at, e.starts_at), coalesce(e.series_ends_at, '')) FROM `event_themes` j JOIN `events` e ON e.id = j.event_id;
--> statement-breakpoint
INSERT OR REPLACE INTO `event_access` (`key`, `event_id`, `starts_at`, `ends_until`)
  SELECT 'opgave:' || j.opgave_id, e.id, e.starts_at, max(coalesce(e.ends_at, e.starts_at), coalesce(e.series_ends_at, '')) FROM `event_opgaven` j JOIN `events` e ON e.id = j.event_id;
