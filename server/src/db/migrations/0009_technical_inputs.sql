CREATE TABLE `evidence_links` (
	`id` text PRIMARY KEY NOT NULL,
	`compact_document_id` text NOT NULL,
	`compact_pid` text NOT NULL,
	`brief_document_id` text NOT NULL,
	`brief_pid` text NOT NULL,
	`input_id` text,
	`created_by_user_id` text NOT NULL,
	`created_by_stakeholder_id` text NOT NULL,
	`created_by_role` text NOT NULL,
	`created_at` text NOT NULL,
	`removed_by_user_id` text,
	`removed_at` text,
	FOREIGN KEY (`compact_document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`brief_document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`input_id`) REFERENCES `technical_inputs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`removed_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_links_compact` ON `evidence_links` (`compact_document_id`,`compact_pid`);--> statement-breakpoint
CREATE INDEX `evidence_links_brief` ON `evidence_links` (`brief_document_id`,`brief_pid`);--> statement-breakpoint
CREATE TABLE `input_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`input_id` text NOT NULL,
	`file_name` text NOT NULL,
	`kind` text NOT NULL,
	`bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_by_user_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`input_id`) REFERENCES `technical_inputs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `input_attachments_input` ON `input_attachments` (`input_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `technical_input_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`input_id` text NOT NULL,
	`pid` text NOT NULL,
	`placement` text NOT NULL,
	`type` text NOT NULL,
	`text` text NOT NULL,
	`rationale` text NOT NULL,
	`sources` text NOT NULL,
	`sdg_targets` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`input_id`) REFERENCES `technical_inputs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `technical_input_versions_input` ON `technical_input_versions` (`input_id`,`id`);--> statement-breakpoint
CREATE TABLE `technical_inputs` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`seq` integer NOT NULL,
	`pid` text NOT NULL,
	`placement` text NOT NULL,
	`type` text NOT NULL,
	`text` text NOT NULL,
	`rationale` text DEFAULT '' NOT NULL,
	`sources` text NOT NULL,
	`sdg_targets` text NOT NULL,
	`stakeholder_id` text NOT NULL,
	`author_user_id` text NOT NULL,
	`status` text NOT NULL,
	`decided_by_user_id` text,
	`decided_by_stakeholder_id` text,
	`decided_at` text,
	`decline_reason` text,
	`incorporated_text` text,
	`result_pid` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `technical_inputs_document` ON `technical_inputs` (`document_id`,`seq`);--> statement-breakpoint
CREATE INDEX `technical_inputs_stakeholder` ON `technical_inputs` (`stakeholder_id`);--> statement-breakpoint
ALTER TABLE `yjs_clients` ADD `input_id` text REFERENCES technical_inputs(id);--> statement-breakpoint
-- Technical inputs are evidence like proposals: never deleted; once decided, the decision stands.
CREATE TRIGGER `technical_inputs_never_deleted` BEFORE DELETE ON `technical_inputs`
BEGIN SELECT RAISE(ABORT, 'technical_inputs are kept: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `technical_inputs_no_replace` BEFORE INSERT ON `technical_inputs`
WHEN EXISTS (SELECT 1 FROM `technical_inputs` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'technical_inputs are kept: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `technical_inputs_decision_stands` BEFORE UPDATE ON `technical_inputs`
WHEN OLD.`status` NOT IN ('submitted')
BEGIN SELECT RAISE(ABORT, 'a decided or withdrawn technical input is closed: its record stands'); END;
--> statement-breakpoint
CREATE TRIGGER `technical_input_versions_append_only_update` BEFORE UPDATE ON `technical_input_versions`
BEGIN SELECT RAISE(ABORT, 'technical_input_versions is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `technical_input_versions_append_only_delete` BEFORE DELETE ON `technical_input_versions`
BEGIN SELECT RAISE(ABORT, 'technical_input_versions is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `technical_input_versions_append_only_replace` BEFORE INSERT ON `technical_input_versions`
WHEN EXISTS (SELECT 1 FROM `technical_input_versions` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'technical_input_versions is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `input_attachments_append_only_update` BEFORE UPDATE ON `input_attachments`
BEGIN SELECT RAISE(ABORT, 'input_attachments is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `input_attachments_append_only_delete` BEFORE DELETE ON `input_attachments`
BEGIN SELECT RAISE(ABORT, 'input_attachments is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `input_attachments_append_only_replace` BEFORE INSERT ON `input_attachments`
WHEN EXISTS (SELECT 1 FROM `input_attachments` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'input_attachments is append-only: history is evidence'); END;
--> statement-breakpoint
-- A link is removed by recording who removed it and when; nothing else about it ever changes.
CREATE TRIGGER `evidence_links_never_deleted` BEFORE DELETE ON `evidence_links`
BEGIN SELECT RAISE(ABORT, 'evidence_links are kept: a removed link stays on record'); END;
--> statement-breakpoint
CREATE TRIGGER `evidence_links_no_replace` BEFORE INSERT ON `evidence_links`
WHEN EXISTS (SELECT 1 FROM `evidence_links` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'evidence_links are kept: a removed link stays on record'); END;
--> statement-breakpoint
CREATE TRIGGER `evidence_links_only_removal` BEFORE UPDATE ON `evidence_links`
WHEN OLD.`removed_at` IS NOT NULL
  OR NEW.`removed_at` IS NULL OR NEW.`removed_by_user_id` IS NULL
  OR NEW.`id` IS NOT OLD.`id` OR NEW.`compact_document_id` IS NOT OLD.`compact_document_id`
  OR NEW.`compact_pid` IS NOT OLD.`compact_pid` OR NEW.`brief_document_id` IS NOT OLD.`brief_document_id`
  OR NEW.`brief_pid` IS NOT OLD.`brief_pid` OR NEW.`input_id` IS NOT OLD.`input_id`
  OR NEW.`created_by_user_id` IS NOT OLD.`created_by_user_id` OR NEW.`created_at` IS NOT OLD.`created_at`
  OR NEW.`created_by_stakeholder_id` IS NOT OLD.`created_by_stakeholder_id` OR NEW.`created_by_role` IS NOT OLD.`created_by_role`
BEGIN SELECT RAISE(ABORT, 'an evidence link can only be removed, once: its record stands'); END;
