-- The claims ledger at corpus scale (issue 14): pages are read by position, (claim_date, id), newest
-- first, so a deep page is a range scan of this index rather than a walk past every claim before it
-- (LedgerPages). It replaces the index on claim_date alone, which it covers.
-- Portable SQL: the same migration serves H2 and PostgreSQL.

create index claim_date_id on claim (claim_date, id);
drop index claim_date_idx;
