CREATE TABLE `paragraph_status_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` text NOT NULL,
	`pid` text NOT NULL,
	`status` text NOT NULL,
	`previous_status` text NOT NULL,
	`user_id` text NOT NULL,
	`stakeholder_id` text NOT NULL,
	`role` text NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `paragraph_status_changes_pid` ON `paragraph_status_changes` (`document_id`,`pid`,`id`);--> statement-breakpoint
CREATE TABLE `position_statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` text NOT NULL,
	`procedure_id` text NOT NULL,
	`stakeholder_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`kind` text NOT NULL,
	`pids` text NOT NULL,
	`body` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`procedure_id`) REFERENCES `silence_procedures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `position_statements_document` ON `position_statements` (`document_id`,`id`);--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`sequence` integer NOT NULL,
	`name` text NOT NULL,
	`symbol` text,
	`issued_on` text NOT NULL,
	`cover_note` text,
	`issued_by_user_id` text NOT NULL,
	`issued_by_stakeholder_id` text NOT NULL,
	`issued_by_role` text NOT NULL,
	`state` blob NOT NULL,
	`through_update_id` integer NOT NULL,
	`blocks` text NOT NULL,
	`previous_numbers` text NOT NULL,
	`proposals` text NOT NULL,
	`statuses` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`issued_by_stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `revisions_document_sequence` ON `revisions` (`document_id`,`sequence`);--> statement-breakpoint
CREATE TABLE `silence_procedures` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`revision_id` text NOT NULL,
	`started_by_user_id` text NOT NULL,
	`started_by_stakeholder_id` text NOT NULL,
	`started_by_role` text NOT NULL,
	`started_at` text NOT NULL,
	`deadline` text NOT NULL,
	`outcome` text,
	`ended_at` text,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revision_id`) REFERENCES `revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`started_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`started_by_stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `silence_procedures_document` ON `silence_procedures` (`document_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `silence_statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`procedure_id` text NOT NULL,
	`stakeholder_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`body` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`procedure_id`) REFERENCES `silence_procedures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `silence_statements_procedure` ON `silence_statements` (`procedure_id`,`id`);--> statement-breakpoint
CREATE TRIGGER `revisions_immutable_update` BEFORE UPDATE ON `revisions`
BEGIN SELECT RAISE(ABORT, 'revisions are immutable: an issued revision is the record'); END;
--> statement-breakpoint
CREATE TRIGGER `revisions_immutable_delete` BEFORE DELETE ON `revisions`
BEGIN SELECT RAISE(ABORT, 'revisions are immutable: an issued revision is the record'); END;
--> statement-breakpoint
CREATE TRIGGER `paragraph_status_changes_append_only_update` BEFORE UPDATE ON `paragraph_status_changes`
BEGIN SELECT RAISE(ABORT, 'paragraph_status_changes is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `paragraph_status_changes_append_only_delete` BEFORE DELETE ON `paragraph_status_changes`
BEGIN SELECT RAISE(ABORT, 'paragraph_status_changes is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `silence_procedures_outcome_once` BEFORE UPDATE ON `silence_procedures`
WHEN OLD.`outcome` IS NOT NULL
  OR NEW.`id` IS NOT OLD.`id` OR NEW.`document_id` IS NOT OLD.`document_id` OR NEW.`revision_id` IS NOT OLD.`revision_id`
  OR NEW.`started_by_user_id` IS NOT OLD.`started_by_user_id` OR NEW.`started_by_stakeholder_id` IS NOT OLD.`started_by_stakeholder_id`
  OR NEW.`started_by_role` IS NOT OLD.`started_by_role` OR NEW.`started_at` IS NOT OLD.`started_at`
  OR NEW.`deadline` IS NOT OLD.`deadline`
  OR NEW.`ended_at` IS NOT OLD.`deadline`
  OR NEW.`outcome` IS NULL OR NEW.`outcome` NOT IN ('adopted', 'broken')
  OR (NEW.`outcome` = 'adopted') = EXISTS (SELECT 1 FROM `silence_statements` WHERE `procedure_id` = OLD.`id`)
BEGIN SELECT RAISE(ABORT, 'a silence procedure only ever gains its outcome, once, at its deadline'); END;
--> statement-breakpoint
CREATE TRIGGER `silence_procedures_append_only_delete` BEFORE DELETE ON `silence_procedures`
BEGIN SELECT RAISE(ABORT, 'silence_procedures is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `silence_statements_append_only_update` BEFORE UPDATE ON `silence_statements`
BEGIN SELECT RAISE(ABORT, 'silence_statements is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `silence_statements_append_only_delete` BEFORE DELETE ON `silence_statements`
BEGIN SELECT RAISE(ABORT, 'silence_statements is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `position_statements_append_only_update` BEFORE UPDATE ON `position_statements`
BEGIN SELECT RAISE(ABORT, 'position_statements is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `position_statements_append_only_delete` BEFORE DELETE ON `position_statements`
BEGIN SELECT RAISE(ABORT, 'position_statements is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_append_only_update` BEFORE UPDATE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_append_only_delete` BEFORE DELETE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE INDEX `audit_document_action` ON `audit_log` (`document_id`,`action`,`id`);
