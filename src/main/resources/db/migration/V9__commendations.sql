-- Commendations: the title catalogue, eligibility rules as versioned data, the award history (titles, ratings,
-- initiatives, discipline), nominations per round, board sessions with secret ballots, decisions.
CREATE TABLE title_type (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    code            VARCHAR(32)   NOT NULL,
    name            VARCHAR(255)  NOT NULL,
    short_name      VARCHAR(64)   NOT NULL,
    subject         VARCHAR(16)   NOT NULL,
    category        VARCHAR(24)   NOT NULL,
    level           VARCHAR(16)   NOT NULL,
    awarding_body   VARCHAR(255)  NOT NULL,
    reward_multiple DECIMAL(6,2)  NULL,
    legal_reference VARCHAR(255)  NULL,
    position        INT           NOT NULL DEFAULT 0,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_title_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A version of the statutory conditions; the active set with the latest effective date on or before a
-- nomination year's end applies to it. An active set is never edited: a change is a new version.
CREATE TABLE rule_set (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    name           VARCHAR(255) NOT NULL,
    effective_from DATE         NOT NULL,
    status         VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
    note           TEXT         NULL,
    created_at     DATETIME     NOT NULL,
    activated_at   DATETIME     NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE title_rule (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    rule_set_id     BIGINT       NOT NULL,
    title_id        BIGINT       NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    parameters      VARCHAR(500) NOT NULL,
    any_group       VARCHAR(8)   NULL,
    option_no       INT          NOT NULL DEFAULT 1,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    legal_reference VARCHAR(255) NULL,
    position        INT          NOT NULL DEFAULT 0,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_rule_set FOREIGN KEY (rule_set_id) REFERENCES rule_set (id),
    CONSTRAINT fk_rule_title FOREIGN KEY (title_id) REFERENCES title_type (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The award registry: what a person (staff_id set) or a collective (staff_id null) received. Revoked, never deleted.
CREATE TABLE award_record (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id        BIGINT        NOT NULL,
    staff_id       BIGINT        NULL,
    title_id       BIGINT        NOT NULL,
    award_year     INT           NOT NULL,
    decision_no    VARCHAR(64)   NULL,
    decision_date  DATE          NULL,
    awarded_by     VARCHAR(255)  NULL,
    decision_id    BIGINT        NULL,
    source         VARCHAR(16)   NOT NULL,
    revoked        BOOLEAN       NOT NULL DEFAULT FALSE,
    revoked_reason VARCHAR(1000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_award_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_award_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    CONSTRAINT fk_award_title FOREIGN KEY (title_id) REFERENCES title_type (id),
    INDEX ix_award_staff (staff_id, award_year),
    INDEX ix_award_unit (unit_id, award_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE performance_rating (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT      NOT NULL,
    staff_id    BIGINT      NULL,
    rating_year INT         NOT NULL,
    rating      VARCHAR(16) NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_rating_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_rating_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    INDEX ix_rating_staff (staff_id, rating_year),
    INDEX ix_rating_unit (unit_id, rating_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE initiative (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id          BIGINT       NOT NULL,
    staff_id         BIGINT       NULL,
    name             VARCHAR(500) NOT NULL,
    level            VARCHAR(16)  NOT NULL,
    recognition_year INT          NOT NULL,
    decision_no      VARCHAR(64)  NULL,
    decision_date    DATE         NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_initiative_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_initiative_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    INDEX ix_initiative_staff (staff_id, recognition_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE discipline (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT        NOT NULL,
    staff_id    BIGINT        NULL,
    measure     VARCHAR(24)   NOT NULL,
    decided_on  DATE          NOT NULL,
    decision_no VARCHAR(64)   NULL,
    reason      VARCHAR(1000) NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_discipline_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_discipline_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    INDEX ix_discipline_staff (staff_id, decided_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The office collects nominations per round: annual, mid-term or final review of a plan, thematic, ad hoc.
CREATE TABLE nomination_round (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(255) NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    award_year INT          NOT NULL,
    plan_id    BIGINT       NULL,
    deadline   DATE         NULL,
    open       BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_nround_plan FOREIGN KEY (plan_id) REFERENCES emulation_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A unit proposes one of its staff (staff_id) or a collective (candidate_unit_id: itself or a sub-unit).
CREATE TABLE nomination (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    round_id           BIGINT        NOT NULL,
    unit_id            BIGINT        NOT NULL,
    staff_id           BIGINT        NULL,
    candidate_unit_id  BIGINT        NULL,
    title_id           BIGINT        NOT NULL,
    summary            TEXT          NULL,
    status             VARCHAR(16)   NOT NULL DEFAULT 'DRAFT',
    eligibility        VARCHAR(16)   NULL,
    eligibility_detail TEXT          NULL,
    checked_at         DATETIME      NULL,
    override_reason    VARCHAR(1000) NULL,
    override_by        VARCHAR(64)   NULL,
    override_at        DATETIME      NULL,
    return_reason      VARCHAR(1000) NULL,
    submitted_by       VARCHAR(64)   NULL,
    submitted_at       DATETIME      NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_nomination_round FOREIGN KEY (round_id) REFERENCES nomination_round (id),
    CONSTRAINT fk_nomination_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_nomination_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    CONSTRAINT fk_nomination_candidate_unit FOREIGN KEY (candidate_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_nomination_title FOREIGN KEY (title_id) REFERENCES title_type (id),
    INDEX ix_nomination_round_unit (round_id, unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE nomination_attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    nomination_id BIGINT       NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    stored_name   VARCHAR(255) NOT NULL,
    file_type     VARCHAR(16)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   DATETIME     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_session (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    round_id   BIGINT       NOT NULL,
    board_id   BIGINT       NOT NULL,
    held_on    DATE         NOT NULL,
    place      VARCHAR(255) NULL,
    status     VARCHAR(16)  NOT NULL DEFAULT 'PREPARING',
    membership INT          NOT NULL DEFAULT 0,
    opened_at  DATETIME     NULL,
    closed_at  DATETIME     NULL,
    closed_by  VARCHAR(64)  NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_session_round FOREIGN KEY (round_id) REFERENCES nomination_round (id),
    CONSTRAINT fk_session_board FOREIGN KEY (board_id) REFERENCES review_board (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE session_attendance (
    id         BIGINT  NOT NULL AUTO_INCREMENT,
    session_id BIGINT  NOT NULL,
    member_id  BIGINT  NOT NULL,
    present    BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uq_attendance UNIQUE (session_id, member_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES board_session (id),
    CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES board_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A secret ballot holds only the tally; ballot_voter holds who voted, never how.
CREATE TABLE ballot (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    session_id    BIGINT       NOT NULL,
    nomination_id BIGINT       NOT NULL,
    position      INT          NOT NULL DEFAULT 0,
    approving     INT          NOT NULL DEFAULT 0,
    disapproving  INT          NOT NULL DEFAULT 0,
    entry         VARCHAR(16)  NOT NULL DEFAULT 'ELECTRONIC',
    result        VARCHAR(16)  NULL,
    threshold     VARCHAR(255) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_ballot UNIQUE (session_id, nomination_id),
    CONSTRAINT fk_ballot_session FOREIGN KEY (session_id) REFERENCES board_session (id),
    CONSTRAINT fk_ballot_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ballot_voter (
    ballot_id BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    PRIMARY KEY (ballot_id, member_id),
    CONSTRAINT fk_voter_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id),
    CONSTRAINT fk_voter_member FOREIGN KEY (member_id) REFERENCES board_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE award_decision (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    round_id     BIGINT       NOT NULL,
    session_id   BIGINT       NULL,
    number       VARCHAR(16)  NULL,
    symbol       VARCHAR(32)  NOT NULL,
    signed_on    DATE         NULL,
    place        VARCHAR(64)  NOT NULL,
    issuing_body VARCHAR(255) NOT NULL,
    summary      VARCHAR(500) NOT NULL,
    legal_bases  TEXT         NOT NULL,
    signer_name  VARCHAR(255) NULL,
    signer_title VARCHAR(255) NULL,
    status       VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
    issued_at    DATETIME     NULL,
    issued_by    VARCHAR(64)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_decision_number UNIQUE (number, symbol),
    CONSTRAINT fk_decision_round FOREIGN KEY (round_id) REFERENCES nomination_round (id),
    CONSTRAINT fk_decision_session FOREIGN KEY (session_id) REFERENCES board_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE decision_item (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    decision_id     BIGINT       NOT NULL,
    nomination_id   BIGINT       NOT NULL,
    position        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_decision_nomination UNIQUE (nomination_id),
    CONSTRAINT fk_item_decision FOREIGN KEY (decision_id) REFERENCES award_decision (id),
    CONSTRAINT fk_item_nomination FOREIGN KEY (nomination_id) REFERENCES nomination (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE award_record ADD CONSTRAINT fk_award_decision FOREIGN KEY (decision_id) REFERENCES award_decision (id);

-- An issued decision and its list are immutable; the registry is revoked, never deleted; who voted stays.
DELIMITER $$
CREATE TRIGGER award_decision_issued_no_update BEFORE UPDATE ON award_decision FOR EACH ROW
BEGIN
    IF OLD.status = 'ISSUED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an issued decision is immutable';
    END IF;
END$$
CREATE TRIGGER award_decision_issued_no_delete BEFORE DELETE ON award_decision FOR EACH ROW
BEGIN
    IF OLD.status = 'ISSUED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an issued decision is immutable';
    END IF;
END$$
CREATE TRIGGER decision_item_issued_no_insert BEFORE INSERT ON decision_item FOR EACH ROW
BEGIN
    IF (SELECT status FROM award_decision WHERE id = NEW.decision_id) = 'ISSUED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an issued decision is immutable';
    END IF;
END$$
CREATE TRIGGER decision_item_issued_no_update BEFORE UPDATE ON decision_item FOR EACH ROW
BEGIN
    IF (SELECT status FROM award_decision WHERE id = OLD.decision_id) = 'ISSUED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an issued decision is immutable';
    END IF;
END$$
CREATE TRIGGER decision_item_issued_no_delete BEFORE DELETE ON decision_item FOR EACH ROW
BEGIN
    IF (SELECT status FROM award_decision WHERE id = OLD.decision_id) = 'ISSUED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an issued decision is immutable';
    END IF;
END$$
CREATE TRIGGER award_record_no_delete BEFORE DELETE ON award_record FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'award_record is revoked, never deleted';
END$$
CREATE TRIGGER ballot_voter_no_delete BEFORE DELETE ON ballot_voter FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'ballot_voter is append-only';
END$$
DELIMITER ;
