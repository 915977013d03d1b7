-- Long reports made in the background: who asked, for what, how far it got, and the file when it is ready.
CREATE TABLE report_job (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    username     VARCHAR(64)   NOT NULL,
    report       VARCHAR(32)   NOT NULL,
    unit_id      BIGINT        NOT NULL,
    report_year  INT           NULL,
    format       VARCHAR(8)    NOT NULL,
    title        VARCHAR(255)  NOT NULL,
    status       VARCHAR(16)   NOT NULL DEFAULT 'QUEUED',
    rows_total   INT           NOT NULL DEFAULT 0,
    rows_done    INT           NOT NULL DEFAULT 0,
    stored_name  VARCHAR(255)  NULL,
    file_name    VARCHAR(255)  NULL,
    size_bytes   BIGINT        NULL,
    error        VARCHAR(1000) NULL,
    created_at   DATETIME      NOT NULL,
    finished_at  DATETIME      NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_report_job_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_report_job_user (username, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
