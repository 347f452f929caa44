CREATE TABLE `changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `changes_entity_idx` ON `changes` (`entity`,`entity_id`);--> statement-breakpoint
ALTER TABLE `events` ADD `starts_local_date` text GENERATED ALWAYS AS (date(starts_at, case
    when starts_at >= date(substr(starts_at, 1, 4) || '-04-01', 'weekday 0', '-7 days') || 'T01:00:00Z'
     and starts_at < date(substr(starts_at, 1, 4) || '-11-01', 'weekday 0', '-7 days') || 'T01:00:00Z'
    then '+2 hours' else '+1 hours' end)) VIRTUAL;--> statement-breakpoint
CREATE INDEX `events_local_date_idx` ON `events` (`starts_local_date`);--> statement-breakpoint
-- Hand-written below (drizzle-kit does not model FTS5 or triggers).
-- Full-text search: one FTS5 table per searchable resource, rowid = the resource row's rowid, both languages,
-- diacritics folded (ë finds e), prefix indexes for 2 and 3 characters.
CREATE VIRTUAL TABLE `events_fts` USING fts5(title_nl, title_en, text_nl, text_en, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');--> statement-breakpoint
CREATE VIRTUAL TABLE `partners_fts` USING fts5(title_nl, title_en, text_nl, text_en, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');--> statement-breakpoint
CREATE VIRTUAL TABLE `places_fts` USING fts5(title_nl, title_en, text_nl, text_en, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');--> statement-breakpoint
CREATE VIRTUAL TABLE `opgaven_fts` USING fts5(title_nl, title_en, text_nl, text_en, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');--> statement-breakpoint
-- Triggers keep the index and the change log current for every write path (seed, API, import).
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
CREATE TRIGGER `partners_ai` AFTER INSERT ON `partners` BEGIN
  INSERT INTO partners_fts (rowid, title_nl, title_en, text_nl, text_en) VALUES (new.rowid, new.name, (SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(new.alt_names)), json_extract(new.description, '$.nl'), json_extract(new.description, '$.en'));
  INSERT INTO changes (entity, entity_id) VALUES ('partner', new.id);
END;--> statement-breakpoint
CREATE TRIGGER `partners_au` AFTER UPDATE ON `partners` BEGIN
  DELETE FROM partners_fts WHERE rowid = old.rowid;
  INSERT INTO partners_fts (rowid, title_nl, title_en, text_nl, text_en) VALUES (new.rowid, new.name, (SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(new.alt_names)), json_extract(new.description, '$.nl'), json_extract(new.description, '$.en'));
  INSERT INTO changes (entity, entity_id) VALUES ('partner', new.id);
END;--> statement-breakpoint
CREATE TRIGGER `partners_ad` AFTER DELETE ON `partners` BEGIN
  DELETE FROM partners_fts WHERE rowid = old.rowid;
  INSERT INTO changes (entity, entity_id) VALUES ('partner', old.id);
END;--> statement-breakpoint
CREATE TRIGGER `places_ai` AFTER INSERT ON `places` BEGIN
  INSERT INTO places_fts (rowid, title_nl, title_en, text_nl, text_en) VALUES (new.rowid, new.name, NULL, coalesce(new.street_address, '') || ' ' || coalesce(new.locality, ''), json_extract(new.description, '$.en'));
  INSERT INTO changes (entity, entity_id) VALUES ('place', new.id);
END;--> statement-breakpoint
CREATE TRIGGER `places_au` AFTER UPDATE ON `places` BEGIN
  DELETE FROM places_fts WHERE rowid = old.rowid;
  INSERT INTO places_fts (rowid, title_nl, title_en, text_nl, text_en) VALUES (new.rowid, new.name, NULL, coalesce(new.street_address, '') || ' ' || coalesce(new.locality, ''), json_extract(new.description, '$.en'));
  INSERT INTO changes (entity, entity_id) VALUES ('place', new.id);
END;--> statement-breakpoint
CREATE TRIGGER `places_ad` AFTER DELETE ON `places` BEGIN
  DELETE FROM places_fts WHERE rowid = old.rowid;
  INSERT INTO changes (entity, entity_id) VALUES ('place', old.id);
END;--> statement-breakpoint
CREATE TRIGGER `opgaven_ai` AFTER INSERT ON `opgaven` BEGIN
  INSERT INTO opgaven_fts (rowid, title_nl, title_en, text_nl, text_en) VALUES (new.rowid, json_extract(new.title, '$.nl'), json_extract(new.title, '$.en'), json_extract(new.summary, '$.nl'), json_extract(new.summary, '$.en'));
  INSERT INTO changes (entity, entity_id) VALUES ('opgave', new.id);
END;--> statement-breakpoint
CREATE TRIGGER `opgaven_au` AFTER UPDATE ON `opgaven` BEGIN
  DELETE FROM opgaven_fts WHERE rowid = old.rowid;
  INSERT INTO opgaven_fts (rowid, title_nl, title_en, text_nl, text_en) VALUES (new.rowid, json_extract(new.title, '$.nl'), json_extract(new.title, '$.en'), json_extract(new.summary, '$.nl'), json_extract(new.summary, '$.en'));
  INSERT INTO changes (entity, entity_id) VALUES ('opgave', new.id);
END;--> statement-breakpoint
CREATE TRIGGER `opgaven_ad` AFTER DELETE ON `opgaven` BEGIN
  DELETE FROM opgaven_fts WHERE rowid = old.rowid;
  INSERT INTO changes (entity, entity_id) VALUES ('opgave', old.id);
END;--> statement-breakpoint
CREATE TRIGGER `themes_ai` AFTER INSERT ON `themes` BEGIN INSERT INTO changes (entity, entity_id) VALUES ('theme', new.id); END;--> statement-breakpoint
CREATE TRIGGER `themes_au` AFTER UPDATE ON `themes` BEGIN INSERT INTO changes (entity, entity_id) VALUES ('theme', new.id); END;--> statement-breakpoint
CREATE TRIGGER `themes_ad` AFTER DELETE ON `themes` BEGIN INSERT INTO changes (entity, entity_id) VALUES ('theme', old.id); END;--> statement-breakpoint
-- Backfill for databases that already hold data: the index, and one change per existing row, oldest first.
INSERT INTO events_fts (rowid, title_nl, title_en, text_nl, text_en) SELECT rowid, json_extract(title, '$.nl'), json_extract(title, '$.en'), json_extract(summary, '$.nl'), json_extract(summary, '$.en') FROM events;--> statement-breakpoint
INSERT INTO partners_fts (rowid, title_nl, title_en, text_nl, text_en) SELECT rowid, name, (SELECT group_concat(json_extract(value, '$.name'), ' ') FROM json_each(alt_names)), json_extract(description, '$.nl'), json_extract(description, '$.en') FROM partners;--> statement-breakpoint
INSERT INTO places_fts (rowid, title_nl, title_en, text_nl, text_en) SELECT rowid, name, NULL, coalesce(street_address, '') || ' ' || coalesce(locality, ''), json_extract(description, '$.en') FROM places;--> statement-breakpoint
INSERT INTO opgaven_fts (rowid, title_nl, title_en, text_nl, text_en) SELECT rowid, json_extract(title, '$.nl'), json_extract(title, '$.en'), json_extract(summary, '$.nl'), json_extract(summary, '$.en') FROM opgaven;--> statement-breakpoint
INSERT INTO changes (entity, entity_id, at) SELECT entity, id, updated_at FROM (
  SELECT 'theme' AS entity, id, updated_at FROM themes UNION ALL SELECT 'partner', id, updated_at FROM partners
  UNION ALL SELECT 'place', id, updated_at FROM places UNION ALL SELECT 'opgave', id, updated_at FROM opgaven
  UNION ALL SELECT 'event', id, updated_at FROM events) ORDER BY updated_at, entity, id;
