CREATE TABLE `yjs_clients` (
	`document_id` text NOT NULL,
	`client_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`stakeholder_id` text NOT NULL,
	`role` text NOT NULL,
	`source` text NOT NULL,
	`proposal_id` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`document_id`, `client_id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `yjs_update_clients` (
	`update_id` integer NOT NULL,
	`document_id` text NOT NULL,
	`client_id` integer NOT NULL,
	`clock_from` integer NOT NULL,
	`clock_to` integer NOT NULL,
	PRIMARY KEY(`update_id`, `client_id`),
	FOREIGN KEY (`update_id`) REFERENCES `yjs_updates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `yjs_update_clients_clock` ON `yjs_update_clients` (`document_id`,`client_id`,`clock_from`);--> statement-breakpoint
CREATE TRIGGER `yjs_updates_append_only_update` BEFORE UPDATE ON `yjs_updates`
BEGIN SELECT RAISE(ABORT, 'yjs_updates is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `yjs_updates_append_only_delete` BEFORE DELETE ON `yjs_updates`
BEGIN SELECT RAISE(ABORT, 'yjs_updates is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `yjs_clients_immutable_update` BEFORE UPDATE ON `yjs_clients`
BEGIN SELECT RAISE(ABORT, 'yjs_clients is append-only: a client id keeps its owner'); END;
--> statement-breakpoint
CREATE TRIGGER `yjs_clients_immutable_delete` BEFORE DELETE ON `yjs_clients`
BEGIN SELECT RAISE(ABORT, 'yjs_clients is append-only: a client id keeps its owner'); END;
