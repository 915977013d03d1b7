-- Progress a unit reports on each plan task it leads, in its yearly submission; the task completion criterion
-- counts these (assigned = the unit's tasks, completed = those done on time).
CREATE TABLE submission_task (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    submission_id BIGINT        NOT NULL,
    task_id       BIGINT        NOT NULL,
    progress      VARCHAR(16)   NOT NULL DEFAULT 'NOT_STARTED',
    note          VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_submission_task UNIQUE (submission_id, task_id),
    CONSTRAINT fk_submission_task_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE,
    CONSTRAINT fk_submission_task_task FOREIGN KEY (task_id) REFERENCES plan_task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
