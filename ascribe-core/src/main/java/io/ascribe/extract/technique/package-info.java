/**
 * ATT&CK techniques in documents: {@link io.ascribe.extract.technique.TechniqueMentions} finds
 * techniques cited by id or named, with supporting sentences.
 */
package io.ascribe.extract.technique;
