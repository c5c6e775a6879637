CREATE TABLE `document_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`process_id` text NOT NULL,
	`document_id` text,
	`user_id` text NOT NULL,
	`stakeholder_id` text NOT NULL,
	`role` text NOT NULL,
	`file_name` text,
	`sha256` text NOT NULL,
	`preview` text NOT NULL,
	`status` text NOT NULL,
	`result` text,
	`confirmed_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`process_id`) REFERENCES `processes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `document_imports_user` ON `document_imports` (`user_id`,`created_at`);--> statement-breakpoint
-- An import is kept once made: it records which file made which proposals or which document.
CREATE TRIGGER `document_imports_never_deleted` BEFORE DELETE ON `document_imports`
BEGIN SELECT RAISE(ABORT, 'document_imports are kept: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `document_imports_no_replace` BEFORE INSERT ON `document_imports`
WHEN EXISTS (SELECT 1 FROM `document_imports` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'document_imports are kept: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `document_imports_confirmed_once` BEFORE UPDATE ON `document_imports`
WHEN OLD.`status` = 'confirmed' OR NEW.`id` IS NOT OLD.`id` OR NEW.`preview` IS NOT OLD.`preview` OR NEW.`user_id` IS NOT OLD.`user_id`
  OR NEW.`sha256` IS NOT OLD.`sha256` OR NEW.`kind` IS NOT OLD.`kind` OR NEW.`document_id` IS NOT OLD.`document_id`
BEGIN SELECT RAISE(ABORT, 'a confirmed import stands as made'); END;
