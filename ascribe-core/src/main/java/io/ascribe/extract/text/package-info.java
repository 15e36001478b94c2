/**
 * Main-text extraction: from a scraped news page or report (plain text, HTML or raw bytes) to its
 * clean text, the article's own paragraphs without menus, cookie banners, share bars, related
 * stories and footers, plus title, publication date, publisher and language ({@link
 * io.ascribe.extract.text.CleanText}).
 *
 * <p>Start at {@link io.ascribe.extract.text.TextExtractor}. The public surface is that class,
 * {@link io.ascribe.extract.text.CleanText}, {@link io.ascribe.extract.text.LanguageGuesser} and
 * {@link io.ascribe.extract.text.BinaryContent} (text or not, which input reading also asks);
 * the rest is package-private machinery: blocks and their classification ({@code Block}, {@code
 * BlockClassifier}), the longest-run rule for plain text ({@code MainRun}), the page header
 * ({@code PageHeader}, {@code Dates}), the HTML walk and main-block choice ({@code HtmlPage},
 * {@code MainBlockFinder}, {@code HtmlMeta}), and byte decoding ({@code DecodedBytes}).
 *
 * <p>To tune what counts as boilerplate, change {@code BlockClassifier} (its Javadoc lists every
 * rule) and add a test document showing the page that needed it.
 */
package io.ascribe.extract.text;
