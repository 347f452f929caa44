-- Resources embed summaries of other resources (an event shows its places' names, its parent, its sub-events;
-- places show their operator…). So a change also logs the resources whose representation it alters, and a mirror
-- that follows GET /v1/changes stays exact. Hand-written (drizzle-kit does not model triggers).
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
CREATE TRIGGER `places_fanout_au` AFTER UPDATE ON `places` BEGIN
  INSERT INTO changes (entity, entity_id) SELECT DISTINCT 'event', event_id FROM event_places WHERE place_id = new.id;
  INSERT INTO changes (entity, entity_id) SELECT 'place', id FROM places WHERE id IN (old.contained_in_id, new.contained_in_id) OR contained_in_id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `places_fanout_ai` AFTER INSERT ON `places` WHEN new.contained_in_id IS NOT NULL BEGIN
  INSERT INTO changes (entity, entity_id) VALUES ('place', new.contained_in_id);
END;--> statement-breakpoint
CREATE TRIGGER `opgaven_fanout_au` AFTER UPDATE ON `opgaven` BEGIN
  INSERT INTO changes (entity, entity_id) SELECT DISTINCT 'event', event_id FROM event_opgaven WHERE opgave_id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER `themes_fanout_au` AFTER UPDATE ON `themes` BEGIN
  INSERT INTO changes (entity, entity_id) SELECT DISTINCT 'event', event_id FROM event_themes WHERE theme_id = new.id;
  INSERT INTO changes (entity, entity_id) SELECT DISTINCT 'opgave', opgave_id FROM opgave_themes WHERE theme_id = new.id;
END;
