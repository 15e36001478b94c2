-- The claims ledger filtered by a country (claimant or accused) at corpus scale (issue 14): each side
-- is read as an ordered range scan of its own index (LedgerPages reads the two as arms of a
-- union), so a page of a rare country's claims does not walk the whole ledger by date.
-- Portable SQL: the same migration serves H2 and PostgreSQL.

create index claim_claimant_date_id on claim (claimant_country, claim_date, id);
create index claim_accused_date_id on claim (accused_country, claim_date, id);
