-- The document library (a paged, filtered list of documents with per-document counts): indexes on
-- the document side of every extraction table, so the counts and the "has claims" filter are index
-- lookups, and on the columns the library filters and sorts by.
-- Portable SQL: the same migration serves H2 and PostgreSQL.

create index doc_indicator_document on doc_indicator (document_id);
create index doc_technique_document on doc_technique (document_id);
create index doc_entity_document on doc_entity (document_id);
create index claim_document on claim (document_id);
create index doc_document_published on doc_document (published);
create index doc_document_publisher on doc_document (publisher);
