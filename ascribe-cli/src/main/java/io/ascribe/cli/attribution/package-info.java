/** {@code ascribe attribute}: ranking candidate actors for an incident's evidence, single or batch. */
package io.ascribe.cli.attribution;
