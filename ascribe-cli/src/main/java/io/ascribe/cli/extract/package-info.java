/** {@code ascribe extract}: structured, quotable evidence from reports and news pages. */
package io.ascribe.cli.extract;
