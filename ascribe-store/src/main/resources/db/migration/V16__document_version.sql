-- Search's visibility check from memory (issue 14): a number every writer of doc_document
-- (DocumentStore.add and delete, BulkLoader) raises in its own transaction, before it takes any
-- other count lock, so a server that holds which copies each clearance sees (VisibleCopies) knows
-- with one single-row read whether that is still true of the stored documents. One row, never deleted.
-- Portable SQL: the same migration serves H2 and PostgreSQL.

create table doc_document_version (
  id      int    not null,
  version bigint not null,
  constraint doc_document_version_pk primary key (id)
);

insert into doc_document_version (id, version) values (1, 0);
