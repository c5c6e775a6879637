CREATE TABLE `invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`purpose` text NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`process_id` text NOT NULL,
	`stakeholder_id` text NOT NULL,
	`role` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`accepted_at` text,
	`accepted_user_id` text,
	`revoked_at` text,
	`mailed_at` text,
	FOREIGN KEY (`process_id`) REFERENCES `processes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`accepted_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_token_hash_unique` ON `invitations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invitations_process` ON `invitations` (`process_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `invitations_email` ON `invitations` (`email`);--> statement-breakpoint
CREATE TABLE `user_identities` (
	`issuer` text NOT NULL,
	`subject` text NOT NULL,
	`user_id` text NOT NULL,
	`email` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`issuer`, `subject`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `user_identities_user` ON `user_identities` (`user_id`);--> statement-breakpoint
ALTER TABLE `processes` ADD `symbol_prefix` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `processes` ADD `languages` text DEFAULT '["en"]' NOT NULL;--> statement-breakpoint
ALTER TABLE `processes` ADD `time_zone` text DEFAULT 'America/New_York' NOT NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `user_agent` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `process_id` text REFERENCES processes(id);--> statement-breakpoint
ALTER TABLE `sessions` ADD `method` text DEFAULT 'password' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `deactivated_at` text;--> statement-breakpoint
CREATE TRIGGER `invitations_never_deleted` BEFORE DELETE ON `invitations`
BEGIN SELECT RAISE(ABORT, 'invitations are kept: they record who was invited by whom'); END;
--> statement-breakpoint
CREATE TRIGGER `invitations_terms_fixed` BEFORE UPDATE OF `token_hash`, `purpose`, `email`, `process_id`, `stakeholder_id`, `role`, `created_by`, `created_at`, `expires_at` ON `invitations`
BEGIN SELECT RAISE(ABORT, 'an invitation''s terms are fixed once issued'); END;
--> statement-breakpoint
CREATE TRIGGER `user_identities_never_deleted` BEFORE DELETE ON `user_identities`
BEGIN SELECT RAISE(ABORT, 'a linked identity is kept: it records how a person signed in'); END;
