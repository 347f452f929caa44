CREATE TABLE `event_occurrences` (
	`event_id` text NOT NULL,
	`recurrence_id` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text,
	`ends_at_effective` text GENERATED ALWAYS AS (coalesce(ends_at, starts_at)) VIRTUAL,
	`status` text,
	`place_id` text,
	PRIMARY KEY(`event_id`, `recurrence_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_occurrences_starts_idx` ON `event_occurrences` (`starts_at`,`event_id`,`recurrence_id`);--> statement-breakpoint
CREATE INDEX `event_occurrences_event_idx` ON `event_occurrences` (`event_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `event_overrides` (
	`event_id` text NOT NULL,
	`recurrence_id` text NOT NULL,
	`status` text,
	`starts_at` text,
	`ends_at` text,
	`place_id` text,
	`note` text,
	PRIMARY KEY(`event_id`, `recurrence_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `events` ADD `schedule` text;--> statement-breakpoint
ALTER TABLE `events` ADD `opening_hours` text;--> statement-breakpoint
ALTER TABLE `events` ADD `series_ends_at` text;--> statement-breakpoint
-- Hand-written: every event that exists so far is a single event with one occurrence.
INSERT INTO event_occurrences (event_id, recurrence_id, starts_at, ends_at) SELECT id, starts_at, starts_at, ends_at FROM events;
