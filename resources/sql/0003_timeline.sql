-- Consent Desk schema, version 3 (issue #5): the rollout timeline as the practice has edited it, the reference
-- figures its charts compare against, and forms received found by date.

-- A scope's milestones live here once a manager has edited or imported that scope; until then the shipped
-- timeline (resources/rollout) is used. The setting 'timeline_scopes' lists the scopes stored here.
CREATE TABLE milestones (
    id              ${ID},
    scope           TEXT NOT NULL,
    kind            TEXT NOT NULL,
    label           TEXT NOT NULL,
    on_date         TEXT NOT NULL,
    date_precision  TEXT NOT NULL CHECK (date_precision = 'day' OR date_precision = 'month'),
    status          TEXT NOT NULL CHECK (status = 'planned' OR status = 'actual'),
    percent         DOUBLE PRECISION CHECK (percent >= 0 AND percent <= 100),
    source          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX milestones_scope ON milestones (scope, on_date);

-- Figures from outside the practice (the national opt-out rate, a neighbouring practice's), kept with their source
-- and date so a chart never shows a number nobody can trace.
CREATE TABLE reference_figures (
    id          ${ID},
    label       TEXT NOT NULL,
    measure     TEXT NOT NULL CHECK (measure = 'opt_out_percent' OR measure = 'uptake_percent'),
    percent     DOUBLE PRECISION NOT NULL CHECK (percent >= 0 AND percent <= 100),
    source      TEXT NOT NULL,
    as_of       TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

-- Forms received per week: the choices by date, without reading every other event.
CREATE INDEX consent_events_choice_date ON consent_events (event_date) WHERE type = 'choice';
