-- What the TAXII 2.1 server publishes: one row per object version per collection (a collection is a
-- TLP level). Derived data, rebuilt wholesale from kb_object, kb_object_history and the claims
-- ledger when those change. sort_key orders a collection by (date_added, object id, version) in one
-- indexed column, so every page is a range seek ("sort_key > cursor"), never an OFFSET scan.
-- Portable SQL: the same migration serves H2 and PostgreSQL.

create table taxii_object (
  collection     varchar(16)  not null,
  object_id      varchar(400) not null,
  object_type    varchar(200) not null,
  version        varchar(40)  not null,
  version_micros bigint       not null,
  date_added     timestamp with time zone not null,
  spec_version   varchar(8)   not null,
  is_first       boolean      not null,
  is_last        boolean      not null,
  sort_key       varchar(500) not null,
  body           varchar      not null,
  constraint taxii_object_pk primary key (collection, object_id, version_micros)
);
create unique index taxii_object_page on taxii_object (collection, sort_key);
create index taxii_object_type on taxii_object (collection, object_type, sort_key);
