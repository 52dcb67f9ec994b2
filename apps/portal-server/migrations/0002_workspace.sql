-- The rest of the chain: the registry as imported from the region's files (with each import's
-- diff), assessment results, identification proposals and the methodologist's decisions on them,
-- recommendations and management decisions, ИОМ and mentorship assignments. Each document is the
-- core's JSON (its schema checks it on the way in); the columns beside it exist for scoping.

-- The core's RegistrySchool of an imported school (null for a school not imported from a file).
alter table schools add column record jsonb;

create table registry_imports (
  id bigserial primary key,
  file_name text not null,
  format text not null,
  imported_by text references users (id),
  imported_at timestamptz not null default now(),
  -- Counts and names of added, changed and removed schools against the previous import.
  diff jsonb not null,
  -- Every problem of the file, as the core describes it (sheet, row, column, message).
  problems jsonb not null
);

-- The results of one import (the core's AssessmentResult[]): what identification reads.
create table result_imports (
  id bigserial primary key,
  file_name text not null,
  imported_by text references users (id),
  imported_at timestamptz not null default now(),
  results jsonb not null,
  problems jsonb not null
);

-- One proposed category of one school for a year: the core's CategoryProposal, its status, and the
-- methodologist's decision (confirm, or reject with a reason).
create table identification_proposals (
  school_id text not null references schools (id),
  category text not null,
  year integer not null,
  methodology_id text not null,
  proposal jsonb not null,
  status text not null check (status in ('proposed', 'confirmed', 'rejected')),
  decision jsonb,
  revision integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by text references users (id),
  primary key (school_id, category, year, methodology_id)
);

-- Recommendations and management decisions (the core's DecisionRecord); addressed to a school
-- (school_id) or to a body of the municipality.
create table decisions (
  id text primary key,
  municipality_id text not null references municipalities (id),
  school_id text references schools (id),
  document jsonb not null,
  status text not null,
  revision integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by text references users (id)
);
create index decisions_municipality on decisions (municipality_id);

-- A teacher's individual educational route (the core's Iom), kept by the teacher's school.
create table ioms (
  id text primary key,
  school_id text not null references schools (id),
  document jsonb not null,
  status text not null,
  revision integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by text references users (id)
);
create index ioms_school on ioms (school_id);

-- An assignment by order (the core's Assignment): a curator, a mentor, a curator school → the
-- supported school (school_id) of a municipality.
create table mentorships (
  id text primary key,
  municipality_id text not null references municipalities (id),
  school_id text references schools (id),
  document jsonb not null,
  revision integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by text references users (id)
);
create index mentorships_municipality on mentorships (municipality_id);

-- Which demo data a database has received (a database seeded before this migration gets the
-- workspace's demo records once, and never again after someone deletes them).
create table seed_marks (
  name text primary key,
  at timestamptz not null default now()
);
