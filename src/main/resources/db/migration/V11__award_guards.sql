-- More of the commendation record is fixed once written: a registry entry changes only by being revoked, a ballot's
-- tally never changes after its result, and who voted is never rewritten.
DELIMITER $$
CREATE TRIGGER award_record_only_revoked BEFORE UPDATE ON award_record FOR EACH ROW
BEGIN
    IF NOT (NEW.unit_id <=> OLD.unit_id AND NEW.staff_id <=> OLD.staff_id AND NEW.title_id <=> OLD.title_id
            AND NEW.award_year <=> OLD.award_year AND NEW.decision_no <=> OLD.decision_no AND NEW.decision_date <=> OLD.decision_date
            AND NEW.awarded_by <=> OLD.awarded_by AND NEW.decision_id <=> OLD.decision_id AND NEW.source <=> OLD.source) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an award is only ever revoked';
    END IF;
    IF OLD.revoked AND NOT NEW.revoked THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a revoked award stays revoked';
    END IF;
END$$
CREATE TRIGGER ballot_final_once_decided BEFORE UPDATE ON ballot FOR EACH ROW
BEGIN
    IF OLD.result IS NOT NULL THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a decided ballot is final';
    END IF;
END$$
CREATE TRIGGER ballot_voter_no_update BEFORE UPDATE ON ballot_voter FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ballot_voter is append-only';
END$$
DELIMITER ;
