/** {@code ascribe kb ...}: import, download, stats and reindex of the knowledge base. */
package io.ascribe.cli.kb;
