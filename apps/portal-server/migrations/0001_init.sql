-- The demo regional portal: registry, people and roles, sessions, roadmaps, monitoring cycles,
-- and the idempotency keys that make a repeated submission harmless.

create table municipalities (
  id text primary key,
  name text not null
);

create table schools (
  id text primary key,
  municipality_id text not null references municipalities (id),
  name text not null,
  categories jsonb not null default '[]'
);
create index schools_municipality on schools (municipality_id);

-- school: its own school; methodologist: its municipality; operator: the whole region.
create table users (
  id text primary key,
  login text not null unique,
  password_hash text not null,
  role text not null check (role in ('school', 'methodologist', 'operator')),
  school_id text references schools (id),
  municipality_id text references municipalities (id),
  display_name text not null,
  check (
    (role = 'school' and school_id is not null and municipality_id is not null)
    or (role = 'methodologist' and school_id is null and municipality_id is not null)
    or (role = 'operator' and school_id is null and municipality_id is null)
  )
);

-- Only a hash of the cookie's token is kept: a leaked table opens no session.
create table sessions (
  token_hash text primary key,
  user_id text not null references users (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

-- One roadmap document (the core's Roadmap JSON) per row; `revision` counts server-side saves
-- and is what a client names to say which version it edited (optimistic concurrency).
create table roadmaps (
  id text primary key,
  school_id text not null references schools (id),
  document jsonb not null,
  status text not null,
  revision integer not null default 1,
  updated_at timestamptz not null default now(),
  updated_by text references users (id)
);
create index roadmaps_school on roadmaps (school_id);

create table roadmap_events (
  id bigserial primary key,
  roadmap_id text not null references roadmaps (id),
  action text not null,
  from_status text,
  to_status text,
  revision integer not null,
  actor_id text references users (id),
  at timestamptz not null default now()
);

-- A monitoring cycle: a municipality, a school year and an indicator set.
create table monitoring_cycles (
  id text primary key,
  municipality_id text not null references municipalities (id),
  school_year text not null,
  indicator_set_id text not null,
  status text not null check (status in ('open', 'collecting', 'closed')),
  opened_by text references users (id),
  opened_at timestamptz not null default now()
);

-- The current answers per cycle and scope (a school's id, or 'municipality' for counts the
-- methodologist types), and every submission kept in order.
create table monitoring_answers (
  cycle_id text not null references monitoring_cycles (id),
  scope text not null,
  school_id text references schools (id),
  input jsonb not null,
  revision integer not null,
  submitted_by text references users (id),
  submitted_at timestamptz not null default now(),
  primary key (cycle_id, scope)
);

create table monitoring_submissions (
  id bigserial primary key,
  cycle_id text not null references monitoring_cycles (id),
  scope text not null,
  input jsonb not null,
  revision integer not null,
  submitted_by text references users (id),
  idempotency_key text,
  submitted_at timestamptz not null default now()
);

-- A key per person: the same key with the same request replays the stored answer; with a
-- different request it is refused. Kept in the same transaction as the change it guards.
create table idempotency_keys (
  user_id text not null references users (id) on delete cascade,
  key text not null,
  request_hash text not null,
  status integer not null,
  response jsonb not null,
  created_at timestamptz not null default now(),
  primary key (user_id, key)
);
