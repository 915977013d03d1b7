-- Unit submissions (báo cáo thành tích): one per plan, unit and year, with an answer per criterion of the
-- framework that applies to the unit, evidence files, every submitted version and the workflow history.
CREATE TABLE submission (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id            BIGINT        NOT NULL,
    unit_id            BIGINT        NOT NULL,
    report_year        INT           NOT NULL,
    framework_id       BIGINT        NOT NULL,
    status             VARCHAR(16)   NOT NULL DEFAULT 'DRAFT',
    narrative          TEXT          NULL,
    first_submitted_at DATETIME      NULL,
    submitted_at       DATETIME      NULL,
    days_late          INT           NULL,
    return_reason      TEXT          NULL,
    reopened_until     DATE          NULL,
    versions_submitted INT           NOT NULL DEFAULT 0,
    self_score         DECIMAL(19,2) NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_submission UNIQUE (plan_id, unit_id, report_year),
    CONSTRAINT fk_submission_plan FOREIGN KEY (plan_id) REFERENCES emulation_plan (id),
    CONSTRAINT fk_submission_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_submission_framework FOREIGN KEY (framework_id) REFERENCES scoring_framework (id),
    INDEX ix_submission_plan_year (plan_id, report_year, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the unit reports for one criterion; which columns are used depends on the criterion's kind.
-- checklist holds one character per item: Y (yes), N (no), - (not answered).
CREATE TABLE submission_answer (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    submission_id BIGINT        NOT NULL,
    criterion_id  BIGINT        NOT NULL,
    actual_value  DECIMAL(19,4) NULL,
    numerator     DECIMAL(19,4) NULL,
    denominator   DECIMAL(19,4) NULL,
    yes_no        BOOLEAN       NULL,
    checklist     VARCHAR(100)  NULL,
    surveyed      BIGINT        NULL,
    satisfied     BIGINT        NULL,
    assigned      BIGINT        NULL,
    completed     BIGINT        NULL,
    violations    BIGINT        NULL,
    claimed       DECIMAL(19,2) NULL,
    comment       TEXT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_answer UNIQUE (submission_id, criterion_id),
    CONSTRAINT fk_answer_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE,
    CONSTRAINT fk_answer_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Evidence (minh chứng): stored outside the web root under a generated name, with its checksum.
CREATE TABLE evidence (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    submission_id  BIGINT       NOT NULL,
    criterion_id   BIGINT       NULL,
    original_name  VARCHAR(255) NOT NULL,
    stored_name    VARCHAR(128) NOT NULL,
    file_type      VARCHAR(16)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    uploaded_at    DATETIME     NOT NULL,
    uploaded_by    VARCHAR(64)  NOT NULL,
    removed_at     DATETIME     NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_evidence_stored UNIQUE (stored_name),
    CONSTRAINT fk_evidence_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_evidence_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id),
    INDEX ix_evidence_submission (submission_id, criterion_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each submitted version as it was submitted (answers, narrative, evidence list, self-score as JSON).
CREATE TABLE submission_version (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    submission_id BIGINT        NOT NULL,
    version_no    INT           NOT NULL,
    submitted_at  DATETIME      NOT NULL,
    submitted_by  VARCHAR(64)   NOT NULL,
    days_late     INT           NOT NULL,
    self_score    DECIMAL(19,2) NOT NULL,
    content       LONGTEXT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_submission_version UNIQUE (submission_id, version_no),
    CONSTRAINT fk_version_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The workflow history the unit and the office read: who moved the submission from which status to which.
CREATE TABLE submission_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    submission_id BIGINT       NOT NULL,
    occurred_at   DATETIME     NOT NULL,
    actor         VARCHAR(64)  NOT NULL,
    action        VARCHAR(16)  NOT NULL,
    from_status   VARCHAR(16)  NULL,
    to_status     VARCHAR(16)  NOT NULL,
    note          TEXT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_event_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    INDEX ix_event_submission (submission_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER submission_version_no_update BEFORE UPDATE ON submission_version FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'submission_version is append-only';

CREATE TRIGGER submission_event_no_update BEFORE UPDATE ON submission_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'submission_event is append-only';

CREATE TRIGGER submission_event_no_delete BEFORE DELETE ON submission_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'submission_event is append-only';

-- Where reminders and workflow news are e-mailed when an SMTP server is configured.
ALTER TABLE account ADD COLUMN email VARCHAR(255) NULL;

-- In-app notifications (reminders and workflow news) per account.
CREATE TABLE notification (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    account_id BIGINT        NOT NULL,
    created_at DATETIME      NOT NULL,
    message    VARCHAR(1000) NOT NULL,
    link       VARCHAR(500)  NULL,
    read_at    DATETIME      NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_notification_account (account_id, read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
