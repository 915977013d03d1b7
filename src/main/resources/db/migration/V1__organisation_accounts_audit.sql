-- Units (Sở Y tế, hospitals, district centres, commune stations) as a tree.
-- path holds the ids from the root, e.g. /1/14/203/, so a subtree is one LIKE on an index.
CREATE TABLE unit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    unit_type   VARCHAR(32)  NOT NULL,
    parent_id   BIGINT       NULL,
    path        VARCHAR(512) NOT NULL DEFAULT '/',
    population  BIGINT       NULL,
    address     VARCHAR(500) NULL,
    head_name   VARCHAR(255) NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_unit_code UNIQUE (code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id),
    INDEX ix_unit_path (path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Emulation blocks (khối thi đua): units that compete with each other in a year.
CREATE TABLE emulation_block (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(255) NOT NULL,
    block_year  INT          NOT NULL,
    description VARCHAR(1000) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_block_name_year UNIQUE (name, block_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE emulation_block_unit (
    block_id BIGINT NOT NULL,
    unit_id  BIGINT NOT NULL,
    PRIMARY KEY (block_id, unit_id),
    CONSTRAINT fk_block_unit_block FOREIGN KEY (block_id) REFERENCES emulation_block (id) ON DELETE CASCADE,
    CONSTRAINT fk_block_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Staff (cán bộ) of the units.
CREATE TABLE staff_member (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(32)  NULL,
    full_name   VARCHAR(255) NOT NULL,
    gender      VARCHAR(8)   NULL,
    birth_date  DATE         NULL,
    position    VARCHAR(255) NULL,
    unit_id     BIGINT       NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_staff_code UNIQUE (code),
    CONSTRAINT fk_staff_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_staff_unit_name (unit_id, full_name),
    INDEX ix_staff_name (full_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Accounts, with PBKDF2 password hashes, and their roles.
CREATE TABLE account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    username             VARCHAR(64)  NOT NULL,
    password_hash        VARCHAR(512) NOT NULL,
    full_name            VARCHAR(255) NOT NULL,
    unit_id              BIGINT       NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    demo                 BOOLEAN      NOT NULL DEFAULT FALSE,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only audit log: the triggers refuse any update or delete.
CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    username     VARCHAR(64)  NOT NULL,
    action       VARCHAR(32)  NOT NULL,
    entity_type  VARCHAR(64)  NOT NULL,
    entity_id    VARCHAR(64)  NULL,
    before_state TEXT         NULL,
    after_state  TEXT         NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_entity (entity_type, entity_id),
    INDEX ix_audit_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
