/** {@code ascribe serve} and {@code ascribe token}: the server and its API tokens. */
package io.ascribe.cli.serve;
