-- The TAXII table grows with the documents instead of being rebuilt wholesale (TaxiiStore,
-- LedgerIndexer): a ledger row remembers the position of the document group that gave its body
-- (ledger_order: the group's smallest document id; null on knowledge-base rows), and an object's
-- rows are found by id across collections when new documents name it again.
-- Portable SQL: the same migration serves H2 and PostgreSQL.

alter table taxii_object add column ledger_order bigint;
create index taxii_object_id on taxii_object (object_id);
