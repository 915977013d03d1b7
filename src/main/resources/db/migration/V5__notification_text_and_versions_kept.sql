-- A notification carries a whole return reason (up to 4,000 characters), and submitted versions are never deleted.
ALTER TABLE notification MODIFY message TEXT NOT NULL;

CREATE TRIGGER submission_version_no_delete BEFORE DELETE ON submission_version FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'submission_version is append-only';
