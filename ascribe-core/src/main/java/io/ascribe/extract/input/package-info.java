/**
 * Input reading: from the files and fetched bytes a user hands over (PDF reports, web archives,
 * gzip files, saved pages) to the documents {@link io.ascribe.extract.DocumentExtractor} reads.
 *
 * <p>Start at {@link io.ascribe.extract.input.DocumentInputs}. The public surface is that class
 * and its two results, {@link io.ascribe.extract.input.RawDocument} (one document: source, bytes,
 * name or content type) and {@link io.ascribe.extract.input.InputProblem} (one document or record
 * that could not be read; the batch goes on). The rest is package-private machinery: content
 * sniffing ({@code InputKind}), PDF text in reading order with its limits against PDF bombs
 * ({@code PdfText}, with the page geometry in {@code PageRows}, {@code Gutter}, {@code
 * PageLayout}, {@code TableCells}, {@code RunningLines}, {@code Paragraphs} and {@code
 * LineJoin}), web archive records with resynchronisation after a broken record ({@code
 * WarcDocuments}), and the cap on decompressed sizes ({@code SizeCap}).
 *
 * <p>Every limit is a constant of the class that applies it; a limit reached gives a problem,
 * never an exception or a partial document.
 */
package io.ascribe.extract.input;
