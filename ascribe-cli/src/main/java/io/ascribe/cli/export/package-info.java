/** {@code ascribe export}: STIX 2.1 bundles and ATT&CK Navigator layers of stored data. */
package io.ascribe.cli.export;
