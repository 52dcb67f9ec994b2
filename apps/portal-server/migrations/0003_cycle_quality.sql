-- Cycles as the core's MonitoringCycle knows them: a stage (seed 003 runs «начальный» and
-- «итоговый» monitorings in one school year, so a municipality, a year and a set no longer name
-- one cycle), the deadline of answers, the date it was closed and the exceptions it was closed
-- with; and each unit's answers on the approval ladder (approved answers are locked) with the
-- trace of every step. Defaults keep every existing row valid: no stage, no deadline, answers sent.

alter table monitoring_cycles add column stage text not null default '';
alter table monitoring_cycles add column deadline text check (deadline ~ '^\d{4}-\d{2}-\d{2}$');
alter table monitoring_cycles add column closed_at text check (closed_at ~ '^\d{4}-\d{2}-\d{2}$');
alter table monitoring_cycles add column closed_by text references users (id);
alter table monitoring_cycles add column exceptions jsonb not null default '[]';
alter table monitoring_cycles add constraint monitoring_cycles_closed_dated
  check (status <> 'closed' or closed_at is not null) not valid;
create unique index monitoring_cycles_key
  on monitoring_cycles (municipality_id, school_year, indicator_set_id, stage);

alter table monitoring_answers add column state text not null default 'submitted'
  check (state in ('draft', 'submitted', 'returned', 'approved', 'accepted'));
alter table monitoring_answers add column trace jsonb not null default '[]';
