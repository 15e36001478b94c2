/** {@code ascribe taxii}: the TAXII 2.1 collections the server publishes, built from the command line. */
package io.ascribe.cli.taxii;
