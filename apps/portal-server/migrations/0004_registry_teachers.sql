-- The registry's teachers (the core's RegistryTeacher: school, name, subjects, position), from the
-- region's teachers file read against the stored schools. The scorecard by school counts its
-- shares of teachers from them; without them a school's teacher shares have no records.

create table registry_teachers (
  id text primary key,
  school_id text not null references schools (id),
  record jsonb not null,
  imported_at timestamptz not null default now()
);
create index registry_teachers_school on registry_teachers (school_id);
