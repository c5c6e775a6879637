CREATE TABLE `yjs_update_writers` (
	`update_id` integer PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`user_id` text NOT NULL,
	`stakeholder_id` text NOT NULL,
	`role` text NOT NULL,
	`source` text NOT NULL,
	`proposal_id` text,
	FOREIGN KEY (`update_id`) REFERENCES `yjs_updates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TRIGGER `yjs_update_writers_append_only_update` BEFORE UPDATE ON `yjs_update_writers`
BEGIN SELECT RAISE(ABORT, 'yjs_update_writers is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `yjs_update_writers_append_only_delete` BEFORE DELETE ON `yjs_update_writers`
BEGIN SELECT RAISE(ABORT, 'yjs_update_writers is append-only: history is evidence'); END;
