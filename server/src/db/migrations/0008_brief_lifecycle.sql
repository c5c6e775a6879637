CREATE TABLE `brief_stage_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` text NOT NULL,
	`from_stage` text NOT NULL,
	`to_stage` text NOT NULL,
	`inputs_deadline` text,
	`user_id` text NOT NULL,
	`stakeholder_id` text NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `brief_stage_changes_document` ON `brief_stage_changes` (`document_id`,`id`);--> statement-breakpoint
ALTER TABLE `documents` ADD `inputs_deadline` text;--> statement-breakpoint
-- A brief's stage is stored by the short id the API speaks; the long words are only its label.
UPDATE `documents` SET `status` = 'circulated' WHERE `kind` = 'brief' AND `status` = 'circulated for comments';
--> statement-breakpoint
UPDATE `documents` SET `status` = 'finalization' WHERE `kind` = 'brief' AND `status` = 'under finalization';
--> statement-breakpoint
CREATE TRIGGER `brief_stage_changes_append_only_update` BEFORE UPDATE ON `brief_stage_changes`
BEGIN SELECT RAISE(ABORT, 'brief_stage_changes is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `brief_stage_changes_append_only_delete` BEFORE DELETE ON `brief_stage_changes`
BEGIN SELECT RAISE(ABORT, 'brief_stage_changes is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `brief_stage_changes_append_only_replace` BEFORE INSERT ON `brief_stage_changes`
WHEN EXISTS (SELECT 1 FROM `brief_stage_changes` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'brief_stage_changes is append-only: history is evidence'); END;
