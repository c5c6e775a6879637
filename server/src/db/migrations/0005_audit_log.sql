-- INSERT OR REPLACE with the id of an existing row deletes that row without firing its DELETE trigger (SQLite runs
-- delete triggers for REPLACE only with recursive_triggers on), so it would rewrite history: refuse a taken id.
CREATE TRIGGER `audit_log_append_only_replace` BEFORE INSERT ON `audit_log`
WHEN EXISTS (SELECT 1 FROM `audit_log` WHERE `id` = NEW.`id`)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: history is evidence'); END;
