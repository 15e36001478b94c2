/** {@code ascribe model}: training and describing the technique classifier kept in the Ascribe home. */
package io.ascribe.cli.model;
