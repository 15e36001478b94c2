/**
 * Document extraction: {@link io.ascribe.extract.DocumentExtractor} turns a report or news page
 * into clean text, indicators, techniques, named entities and public claims. Feature packages:
 * {@code text} (main text), {@code indicator}, {@code technique}, {@code entity}, {@code claim}.
 */
package io.ascribe.extract;
