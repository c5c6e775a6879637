-- INSERT OR REPLACE with the id of an existing row deletes that row without firing its DELETE trigger (SQLite runs
-- delete triggers for REPLACE only with recursive_triggers on), so it would rewrite history: refuse a taken id.
CREATE TRIGGER `audit_log_append_only_replace` BEFORE INSERT ON `audit_log`
WHEN EXISTS (SELECT 1 FROM `audit_log` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: history is evidence'); END;
--> statement-breakpoint
-- The audit log view filters a document's log by person, stakeholder and paragraph, newest first, and lists who
-- and what appears in it: each filter reads its own index rather than every row of the document.
CREATE INDEX `audit_document_user` ON `audit_log` (`document_id`, `user_id`, `id`);
--> statement-breakpoint
CREATE INDEX `audit_document_stakeholder` ON `audit_log` (`document_id`, `stakeholder_id`, `id`);
--> statement-breakpoint
CREATE INDEX `audit_document_pid` ON `audit_log` (`document_id`, json_extract(`details`, '$.pid'), `id`);
