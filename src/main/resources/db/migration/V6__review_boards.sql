-- Review boards (Hội đồng Thi đua – Khen thưởng) per plan, year and level; their members and declared conflicts;
-- scoring rounds with assignments, per-criterion scores and moderations.
CREATE TABLE review_board (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id     BIGINT       NOT NULL,
    report_year INT          NOT NULL,
    level       VARCHAR(16)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_board UNIQUE (plan_id, report_year, level, name),
    CONSTRAINT fk_board_plan FOREIGN KEY (plan_id) REFERENCES emulation_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE board_member (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    board_id   BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    board_role VARCHAR(16) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_board_member UNIQUE (board_id, account_id),
    CONSTRAINT fk_member_board FOREIGN KEY (board_id) REFERENCES review_board (id),
    CONSTRAINT fk_member_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Conflicts a member declares beyond the automatic ones (own unit, its parents and children).
CREATE TABLE conflict_declaration (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    member_id   BIGINT        NOT NULL,
    unit_id     BIGINT        NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    declared_at DATETIME      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_conflict UNIQUE (member_id, unit_id),
    CONSTRAINT fk_conflict_member FOREIGN KEY (member_id) REFERENCES board_member (id),
    CONSTRAINT fk_conflict_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_round (
    id                       BIGINT       NOT NULL AUTO_INCREMENT,
    board_id                 BIGINT       NOT NULL,
    name                     VARCHAR(255) NOT NULL,
    reviewers_per_submission INT          NOT NULL DEFAULT 3,
    aggregation              VARCHAR(16)  NOT NULL DEFAULT 'MEAN',
    outlier_share            DECIMAL(5,4) NOT NULL DEFAULT 0.2500,
    deviation_share          DECIMAL(5,4) NOT NULL DEFAULT 0.2000,
    status                   VARCHAR(16)  NOT NULL DEFAULT 'OPEN',
    locked_at                DATETIME     NULL,
    published_at             DATETIME     NULL,
    version                  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_round_board FOREIGN KEY (board_id) REFERENCES review_board (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_assignment (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    round_id      BIGINT      NOT NULL,
    submission_id BIGINT      NOT NULL,
    member_id     BIGINT      NOT NULL,
    done          BOOLEAN     NOT NULL DEFAULT FALSE,
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_assignment UNIQUE (round_id, submission_id, member_id),
    CONSTRAINT fk_assignment_round FOREIGN KEY (round_id) REFERENCES review_round (id),
    CONSTRAINT fk_assignment_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_assignment_member FOREIGN KEY (member_id) REFERENCES board_member (id),
    INDEX ix_assignment_member (member_id, done)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_score (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id BIGINT        NOT NULL,
    criterion_id  BIGINT        NOT NULL,
    points        DECIMAL(19,2) NOT NULL,
    comment       TEXT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_review_score UNIQUE (assignment_id, criterion_id),
    CONSTRAINT fk_score_assignment FOREIGN KEY (assignment_id) REFERENCES review_assignment (id) ON DELETE CASCADE,
    CONSTRAINT fk_score_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The office's adjustment of an aggregated criterion score, with its reason; the latest one counts.
CREATE TABLE moderation (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    round_id      BIGINT        NOT NULL,
    submission_id BIGINT        NOT NULL,
    criterion_id  BIGINT        NOT NULL,
    points        DECIMAL(19,2) NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    moderated_by  VARCHAR(64)   NOT NULL,
    moderated_at  DATETIME      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_moderation_round FOREIGN KEY (round_id) REFERENCES review_round (id),
    CONSTRAINT fk_moderation_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_moderation_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id),
    INDEX ix_moderation (round_id, submission_id, criterion_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
