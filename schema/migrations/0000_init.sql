CREATE TABLE `event_audiences` (
	`event_id` text NOT NULL,
	`audience` text NOT NULL,
	PRIMARY KEY(`event_id`, `audience`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_audiences_idx` ON `event_audiences` (`audience`,`event_id`);--> statement-breakpoint
CREATE TABLE `event_languages` (
	`event_id` text NOT NULL,
	`language` text NOT NULL,
	PRIMARY KEY(`event_id`, `language`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_languages_idx` ON `event_languages` (`language`,`event_id`);--> statement-breakpoint
CREATE TABLE `event_opgaven` (
	`event_id` text NOT NULL,
	`opgave_id` text NOT NULL,
	PRIMARY KEY(`event_id`, `opgave_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`opgave_id`) REFERENCES `opgaven`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_opgaven_opgave_idx` ON `event_opgaven` (`opgave_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `event_organisers` (
	`event_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`role` text DEFAULT 'organiser' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`event_id`, `partner_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_organisers_partner_idx` ON `event_organisers` (`partner_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `event_places` (
	`event_id` text NOT NULL,
	`place_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`event_id`, `place_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`place_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_places_place_idx` ON `event_places` (`place_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `event_themes` (
	`event_id` text NOT NULL,
	`theme_id` text NOT NULL,
	PRIMARY KEY(`event_id`, `theme_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_themes_theme_idx` ON `event_themes` (`theme_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text DEFAULT 'event' NOT NULL,
	`title` text NOT NULL,
	`summary` text,
	`description` text,
	`starts_at` text NOT NULL,
	`ends_at` text,
	`ends_at_effective` text GENERATED ALWAYS AS (coalesce(ends_at, starts_at)) VIRTUAL,
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
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_starts_idx` ON `events` (`starts_at`,`id`);--> statement-breakpoint
CREATE INDEX `events_ends_idx` ON `events` (`ends_at_effective`,`id`);--> statement-breakpoint
CREATE INDEX `events_updated_idx` ON `events` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `events_parent_idx` ON `events` (`parent_id`);--> statement-breakpoint
CREATE INDEX `events_status_idx` ON `events` (`status`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`partner_id` text NOT NULL,
	`agreement` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`verified` integer DEFAULT true NOT NULL,
	`note` text,
	PRIMARY KEY(`partner_id`, `agreement`),
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `memberships_agreement_idx` ON `memberships` (`agreement`);--> statement-breakpoint
CREATE TABLE `opgave_partners` (
	`opgave_id` text NOT NULL,
	`partner_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`opgave_id`, `partner_id`),
	FOREIGN KEY (`opgave_id`) REFERENCES `opgaven`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `opgave_partners_partner_idx` ON `opgave_partners` (`partner_id`);--> statement-breakpoint
CREATE TABLE `opgave_themes` (
	`opgave_id` text NOT NULL,
	`theme_id` text NOT NULL,
	PRIMARY KEY(`opgave_id`, `theme_id`),
	FOREIGN KEY (`opgave_id`) REFERENCES `opgaven`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `opgave_themes_theme_idx` ON `opgave_themes` (`theme_id`);--> statement-breakpoint
CREATE TABLE `opgaven` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`summary` text,
	`description` text,
	`status` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`source_url` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `opgaven_status_idx` ON `opgaven` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `opgaven_updated_idx` ON `opgaven` (`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `partners` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`alt_names` text DEFAULT '[]' NOT NULL,
	`kind` text NOT NULL,
	`description` text,
	`url` text,
	`street_address` text,
	`postal_code` text,
	`locality` text,
	`country` text DEFAULT 'NL' NOT NULL,
	`latitude` real,
	`longitude` real,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `partners_kind_idx` ON `partners` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `partners_name_idx` ON `partners` ("name" collate nocase,`id`);--> statement-breakpoint
CREATE INDEX `partners_updated_idx` ON `partners` (`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `places` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`street_address` text,
	`postal_code` text,
	`locality` text,
	`country` text DEFAULT 'NL' NOT NULL,
	`latitude` real,
	`longitude` real,
	`contained_in_id` text,
	`operator_id` text,
	`accessibility` text,
	`rijksmonument` integer,
	`url` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')) NOT NULL,
	FOREIGN KEY (`contained_in_id`) REFERENCES `places`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `places_contained_idx` ON `places` (`contained_in_id`);--> statement-breakpoint
CREATE INDEX `places_operator_idx` ON `places` (`operator_id`);--> statement-breakpoint
CREATE INDEX `places_name_idx` ON `places` ("name" collate nocase,`id`);--> statement-breakpoint
CREATE INDEX `places_updated_idx` ON `places` (`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `themes` (
	`id` text PRIMARY KEY NOT NULL,
	`scheme` text NOT NULL,
	`label` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `themes_scheme_idx` ON `themes` (`scheme`,`id`);