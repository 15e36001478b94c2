/**
 * The technique classifier's stored model: {@link io.ascribe.store.technique.TechniqueModels}
 * trains it from the user's own knowledge base (and TRAM-style annotated reports when given),
 * keeps it under {@code <home>/models/} with a description of what it was trained on, retrains it
 * when the knowledge base's procedure examples change, and loads it for extraction, training one
 * first when none exists. One training at a time writes the files, atomically.
 */
package io.ascribe.store.technique;
