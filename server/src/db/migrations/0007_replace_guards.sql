-- INSERT OR REPLACE on a taken key deletes the row it replaces without firing its DELETE trigger (SQLite runs
-- delete triggers for REPLACE only with recursive_triggers on): every table kept for good refuses a taken key,
-- as the audit log does. yjs_update_clients also gets the UPDATE and DELETE guards the other log tables have.
CREATE TRIGGER `yjs_updates_append_only_replace` BEFORE INSERT ON `yjs_updates`
WHEN EXISTS (SELECT 1 FROM `yjs_updates` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'yjs_updates is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `yjs_clients_append_only_replace` BEFORE INSERT ON `yjs_clients`
WHEN EXISTS (SELECT 1 FROM `yjs_clients` WHERE `document_id` = NEW.`document_id` AND `client_id` = NEW.`client_id`)
BEGIN SELECT RAISE(ABORT, 'yjs_clients is append-only: a client id keeps its owner'); END;
--> statement-breakpoint
CREATE TRIGGER `yjs_update_clients_append_only_replace` BEFORE INSERT ON `yjs_update_clients`
WHEN EXISTS (SELECT 1 FROM `yjs_update_clients` WHERE `update_id` = NEW.`update_id` AND `client_id` = NEW.`client_id`)
BEGIN SELECT RAISE(ABORT, 'yjs_update_clients is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `yjs_update_writers_append_only_replace` BEFORE INSERT ON `yjs_update_writers`
WHEN EXISTS (SELECT 1 FROM `yjs_update_writers` WHERE `update_id` = NEW.`update_id`)
BEGIN SELECT RAISE(ABORT, 'yjs_update_writers is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `revisions_append_only_replace` BEFORE INSERT ON `revisions`
WHEN EXISTS (SELECT 1 FROM `revisions` WHERE `id` = NEW.`id` OR (`document_id` = NEW.`document_id` AND `sequence` = NEW.`sequence`))
BEGIN SELECT RAISE(ABORT, 'revisions is append-only: an issued revision is the record'); END;
--> statement-breakpoint
CREATE TRIGGER `paragraph_status_changes_append_only_replace` BEFORE INSERT ON `paragraph_status_changes`
WHEN EXISTS (SELECT 1 FROM `paragraph_status_changes` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'paragraph_status_changes is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `silence_procedures_append_only_replace` BEFORE INSERT ON `silence_procedures`
WHEN EXISTS (SELECT 1 FROM `silence_procedures` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'silence_procedures is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `silence_statements_append_only_replace` BEFORE INSERT ON `silence_statements`
WHEN EXISTS (SELECT 1 FROM `silence_statements` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'silence_statements is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `position_statements_append_only_replace` BEFORE INSERT ON `position_statements`
WHEN EXISTS (SELECT 1 FROM `position_statements` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'position_statements is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `yjs_update_clients_append_only_update` BEFORE UPDATE ON `yjs_update_clients`
BEGIN SELECT RAISE(ABORT, 'yjs_update_clients is append-only: history is evidence'); END;
--> statement-breakpoint
CREATE TRIGGER `yjs_update_clients_append_only_delete` BEFORE DELETE ON `yjs_update_clients`
BEGIN SELECT RAISE(ABORT, 'yjs_update_clients is append-only: history is evidence'); END;
