/**
 * Report layout: writes reports as PDFs laid out the way vendor reports are, two columns of
 * small type under a running header and over a page footer, with long words hyphenated at the
 * end of a column line.
 *
 * <p>Start at {@link io.ascribe.extract.layout.TwoColumnPdf}. Benchmarks and tests use it to turn
 * plain-text reports into PDFs that the PDF input must read back in reading order; the rest of
 * the package is package-private machinery: making text safe for a standard font ({@code
 * WinAnsiText}), breaking a paragraph into lines ({@code LineBreaker}) and placing lines into
 * columns and pages ({@code PageComposer}).
 */
package io.ascribe.extract.layout;
