/**
 * The technique classifier's stored model: {@link io.ascribe.store.technique.TechniqueModels}
 * trains it from the user's own knowledge base (and TRAM-style annotated reports when given),
 * keeps it under {@code <home>/models/} with a description of what it was trained on, and loads
 * it for extraction, training one first when none exists.
 */
package io.ascribe.store.technique;
