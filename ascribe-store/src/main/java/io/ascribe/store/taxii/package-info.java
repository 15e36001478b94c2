/**
 * What the TAXII 2.1 server publishes, stored for fast paging. {@link io.ascribe.store.taxii.TaxiiStore}
 * keeps the {@code taxii_object} table in step with the knowledge base and the claims ledger (one
 * collection per TLP level, every object version with its {@code date_added}) and answers
 * filtered, keyset-paged queries ({@link io.ascribe.store.taxii.TaxiiQuery}) with
 * {@link io.ascribe.store.taxii.TaxiiPage}s.
 */
package io.ascribe.store.taxii;
