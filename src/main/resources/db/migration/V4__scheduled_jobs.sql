-- One row per run of a scheduled job. Timers fire on every node; the node whose INSERT succeeds runs
-- the job, the others see the conflict and skip it.
CREATE TABLE scheduled_job_run (
    job        varchar(60) NOT NULL,
    run_key    varchar(60) NOT NULL,
    claimed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job, run_key)
);
