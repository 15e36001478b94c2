/** The append-only audit log: every change to incidents, tokens and the knowledge base, who made it and when. */
package io.ascribe.store.audit;
