/** {@code ascribe ingest} and {@code ascribe claims}: storing documents and reading the claims ledger. */
package io.ascribe.cli.ingest;
