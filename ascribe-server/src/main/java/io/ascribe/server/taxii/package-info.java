/**
 * A read-only TAXII 2.1 server (OASIS TAXII 2.1 CS01) over the store's {@link
 * io.ascribe.store.taxii.TaxiiStore}: discovery at {@code /taxii2/}, one API root at {@code
 * /taxii2/api/}, one collection per TLP level the caller is cleared for, with the objects,
 * object, versions and manifest endpoints, {@code limit}/{@code next} paging on an opaque keyset
 * cursor, and the {@code added_after} and {@code match[...]} filters. {@link
 * io.ascribe.server.taxii.TaxiiApi} is the entry point; everything else is package-private. See
 * docs/taxii.md for what each collection holds.
 */
package io.ascribe.server.taxii;
