-- Emulation plans (kế hoạch thi đua): period, contents, milestones, indicators with targets per year,
-- tasks, the blocks that compete under the plan, and the versioned scoring frameworks.
CREATE TABLE emulation_plan (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    number_symbol        VARCHAR(64)   NOT NULL,
    issuing_unit_id      BIGINT        NULL,
    issuing_body         VARCHAR(255)  NOT NULL,
    place                VARCHAR(128)  NULL,
    issued_on            DATE          NULL,
    title                VARCHAR(1000) NOT NULL,
    summary              TEXT          NULL,
    kind                 VARCHAR(32)   NOT NULL,
    start_year           INT           NOT NULL,
    end_year             INT           NOT NULL,
    report_day           INT           NULL,
    report_month         INT           NULL,
    monitoring_frequency VARCHAR(32)   NULL,
    status               VARCHAR(16)   NOT NULL DEFAULT 'DRAFT',
    version              BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_plan_number UNIQUE (number_symbol, issuing_body),
    CONSTRAINT fk_plan_issuing_unit FOREIGN KEY (issuing_unit_id) REFERENCES unit (id),
    INDEX ix_plan_years (start_year, end_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The numbered emulation contents (nội dung thi đua) of a plan.
CREATE TABLE plan_content (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id     BIGINT        NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(1000) NOT NULL,
    description TEXT          NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_content_plan FOREIGN KEY (plan_id) REFERENCES emulation_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_milestone (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id BIGINT       NOT NULL,
    kind    VARCHAR(32)  NOT NULL,
    title   VARCHAR(500) NOT NULL,
    due_on  DATE         NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_milestone_plan FOREIGN KEY (plan_id) REFERENCES emulation_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Indicators (chỉ tiêu); a rate may be computed from a numerator and a denominator times a multiplier.
CREATE TABLE indicator (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    plan_id           BIGINT         NOT NULL,
    position          INT            NOT NULL,
    code              VARCHAR(32)    NOT NULL,
    name              VARCHAR(500)   NOT NULL,
    indicator_group   VARCHAR(16)    NULL,
    unit_of_measure   VARCHAR(64)    NULL,
    direction         VARCHAR(24)    NOT NULL,
    numerator_label   VARCHAR(255)   NULL,
    denominator_label VARCHAR(255)   NULL,
    multiplier        DECIMAL(19, 4) NULL,
    unit_types        VARCHAR(255)   NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_indicator_code UNIQUE (plan_id, code),
    CONSTRAINT fk_indicator_plan FOREIGN KEY (plan_id) REFERENCES emulation_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One target per indicator and year; baseline rows hold an actual value (e.g. "Thực hiện 2024").
CREATE TABLE indicator_target (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    indicator_id BIGINT         NOT NULL,
    target_year  INT            NOT NULL,
    baseline     BOOLEAN        NOT NULL DEFAULT FALSE,
    comparison   VARCHAR(16)    NOT NULL,
    target_value DECIMAL(19, 4) NOT NULL,
    upper_value  DECIMAL(19, 4) NULL,
    label        VARCHAR(255)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_target_year UNIQUE (indicator_id, target_year, baseline),
    CONSTRAINT fk_target_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Tasks (nhiệm vụ) with a lead body (a unit of ours, or a body named in text) and a due that may be vague.
CREATE TABLE plan_task (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id             BIGINT        NOT NULL,
    position            INT           NOT NULL,
    code                VARCHAR(32)   NOT NULL,
    content             TEXT          NOT NULL,
    lead_unit_id        BIGINT        NULL,
    lead_body           VARCHAR(500)  NULL,
    coordinating_bodies TEXT          NULL,
    due_kind            VARCHAR(16)   NOT NULL,
    due_on              DATE          NULL,
    start_on            DATE          NULL,
    due_text            VARCHAR(255)  NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_task_plan FOREIGN KEY (plan_id) REFERENCES emulation_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_lead_unit FOREIGN KEY (lead_unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The blocks that compete under a plan in a year, copied from the organisation's blocks and adjustable.
CREATE TABLE plan_block (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    plan_id    BIGINT       NOT NULL,
    block_year INT          NOT NULL,
    name       VARCHAR(255) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_plan_block UNIQUE (plan_id, block_year, name),
    CONSTRAINT fk_plan_block_plan FOREIGN KEY (plan_id) REFERENCES emulation_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_block_unit (
    plan_block_id BIGINT NOT NULL,
    unit_id       BIGINT NOT NULL,
    PRIMARY KEY (plan_block_id, unit_id),
    CONSTRAINT fk_pbu_block FOREIGN KEY (plan_block_id) REFERENCES plan_block (id) ON DELETE CASCADE,
    CONSTRAINT fk_pbu_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A scoring framework (bảng điểm) of a plan, optionally for one unit type. Frozen versions never change;
-- a change after freezing makes the next version_no.
CREATE TABLE scoring_framework (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    plan_id        BIGINT         NOT NULL,
    unit_type      VARCHAR(32)    NULL,
    version_no     INT            NOT NULL,
    name           VARCHAR(255)   NOT NULL,
    declared_total DECIMAL(19, 2) NOT NULL,
    frozen         BOOLEAN        NOT NULL DEFAULT FALSE,
    frozen_at      TIMESTAMP      NULL,
    version        BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_framework_version UNIQUE (plan_id, name, version_no),
    CONSTRAINT fk_framework_plan FOREIGN KEY (plan_id) REFERENCES emulation_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A criterion: a group heading (kind NULL) or a scored leaf of one kind with its rule.
CREATE TABLE criterion (
    id                    BIGINT         NOT NULL AUTO_INCREMENT,
    framework_id          BIGINT         NOT NULL,
    parent_id             BIGINT         NULL,
    position              INT            NOT NULL,
    code                  VARCHAR(32)    NOT NULL,
    name                  VARCHAR(1000)  NOT NULL,
    kind                  VARCHAR(32)    NULL,
    max_points            DECIMAL(19, 2) NOT NULL,
    scoring_method        VARCHAR(24)    NULL,
    cap_percent           DECIMAL(9, 2)  NULL,
    indicator_id          BIGINT         NULL,
    target_comparison     VARCHAR(16)    NULL,
    target_value          DECIMAL(19, 4) NULL,
    target_upper          DECIMAL(19, 4) NULL,
    points_per_violation  DECIMAL(19, 2) NULL,
    evidence_required     BOOLEAN        NOT NULL DEFAULT FALSE,
    template              VARCHAR(32)    NULL,
    version               BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_criterion_code UNIQUE (framework_id, code),
    CONSTRAINT fk_criterion_framework FOREIGN KEY (framework_id) REFERENCES scoring_framework (id) ON DELETE CASCADE,
    CONSTRAINT fk_criterion_parent FOREIGN KEY (parent_id) REFERENCES criterion (id) ON DELETE CASCADE,
    CONSTRAINT fk_criterion_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE criterion_band (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    criterion_id    BIGINT         NOT NULL,
    position        INT            NOT NULL,
    min_achievement DECIMAL(9, 2)  NOT NULL,
    points          DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_band_criterion (criterion_id, position),
    CONSTRAINT fk_band_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE checklist_item (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    criterion_id BIGINT         NOT NULL,
    position     INT            NOT NULL,
    text         VARCHAR(1000)  NOT NULL,
    points       DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_item_criterion (criterion_id, position),
    CONSTRAINT fk_item_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
