-- Who accuses whom after a write (issue 14): each writer of the maintained counts (ClaimPairCounts)
-- also records, under the claim_count_version it raised, the change it made per claim date, pair and
-- marking. A server holding the counts in memory (ClaimMatrix) applies the changes since its version
-- instead of grouping every claim again (4-6 s at a million claims). Only the last changes are kept
-- (the writers prune older versions); a server further behind reads the counts whole, as before.
-- Portable SQL: the same migration serves H2 and PostgreSQL.

create table claim_count_change (
  version             bigint      not null,
  claim_date          varchar(10),
  claimant_country    varchar(8)  not null,
  accused_country     varchar(8)  not null,
  tlp                 varchar(16) not null,
  attributions        bigint      not null,
  counter_accusations bigint      not null
);

create index claim_count_change_version on claim_count_change (version);
