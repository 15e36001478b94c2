-- Who accuses whom from memory (issue 14): a number every writer of the maintained counts
-- (ClaimPairCounts: DocumentStore.add and delete, BulkLoader) raises in its own transaction, so a
-- server that holds the counts in memory (ClaimMatrix) knows with one single-row read whether they
-- are still those of the stored claims. One row, never deleted.
-- Portable SQL: the same migration serves H2 and PostgreSQL.

create table claim_count_version (
  id      int    not null,
  version bigint not null,
  constraint claim_count_version_pk primary key (id)
);

insert into claim_count_version (id, version) values (1, 0);
