/** API tokens: created once, stored only as SHA-256 hashes, checked on every request. */
package io.ascribe.store.access;
