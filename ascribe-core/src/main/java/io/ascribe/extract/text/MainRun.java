package io.ascribe.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretch of a classified page that holds its main text: the rule that turns block verdicts
 * into the main text of a plain-text page.
 *
 * <p>The run is the contiguous stretch of blocks with the highest score, where a content block adds
 * its non-blank characters and every other block costs something: a short sentence or a line that
 * announces a list (ends with a colon) nothing, a code or list line {@value #CODE_COST}, any other
 * short block (a heading, a menu label) {@value #SHORT_COST}, a boilerplate block at least {@value #SHORT_COST} and at most its own size when its
 * reason is strong (a copyright line, a share bar, a run of glued menu items). No run crosses a
 * hard break (a "Related articles" heading, a headline followed by its date), and a run starts and
 * ends at content blocks. So a long report stays whole across its tables, code listings and the odd
 * furniture line, since prose on both sides outweighs them, while a menu or a footer between an
 * article and a short blurb ends the article: the blurb does not pay for the menu. This is the
 * maximum-sum-subarray view of body text extraction (Finn, Kushmerick and Smyth, 2001) over blocks
 * instead of tokens.
 *
 * <p>The run ends at its last content block, or at most two short sentences after it (an article's
 * closing line is often a short one), and over an appendix of indicators after it. Inside it, content and short blocks are kept, and so is
 * boilerplate of the soft kinds (title case, a date, URLs) inside tables and lists, which in a
 * report are its table rows and references; other boilerplate is dropped.
 *
 * @param first index of the first block of the run (a content block)
 * @param last index of the last block of the run (a content block)
 */
record MainRun(int first, int last) {
  static final int CODE_COST = 10;
  static final int SHORT_COST = 25;
  private static final int CLOSING_BLOCKS = 2;
  private static final int CLOSING_MIN_WORDS = 4;
  private static final int APPENDIX_GAP = 2;
  /** Boilerplate reasons that cost no more than a short block: they are often parts of tables and code. */
  private static final int SOFT = BlockClassifier.TITLE_CASE | BlockClassifier.DATED_HEADLINE
      | BlockClassifier.NO_LETTERS | BlockClassifier.URLS;
  /** Boilerplate reasons that do not drop a block inside a table or list of the run. */
  private static final int KEPT_IN_TABLES = SOFT & ~BlockClassifier.NO_LETTERS;

  /** The best run of classified blocks, or null when there is no content block at all. */
  static MainRun find(List<Block> blocks) {
    MainRun best = null;
    long bestScore = 0;
    int start = -1;
    long score = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.hardBreak) {
        start = -1;
        score = 0;
      }
      if (b.kind == Block.Kind.CONTENT) {
        if (start < 0) {
          start = i;
        }
        score += b.nonWs;
        if (score > bestScore) {
          best = new MainRun(start, i);
          bestScore = score;
        }
      } else if (start >= 0) {
        score -= cost(b);
        if (score <= 0) {
          start = -1;
          score = 0;
        }
      }
    }
    return best == null ? null : best.withClosingSentences(blocks).withIndicatorAppendix(blocks);
  }

  /** What keeping a block that is not content costs a run, in characters of content. */
  static long cost(Block b) {
    return switch (b.kind) {
      case CONTENT -> 0;
      case SHORT -> b.listOrCode ? CODE_COST : b.endsSentence || b.text.endsWith(":") ? 0 : SHORT_COST;
      case BOILERPLATE -> (b.reasons & ~SOFT) == 0 ? SHORT_COST : Math.max(SHORT_COST, b.nonWs);
    };
  }

  /**
   * The run with up to {@value #CLOSING_BLOCKS} short sentences right after its last content block:
   * news often ends on one ("Moscow has always denied hacking the Bundestag."), which is too short
   * to count as content on its own.
   */
  private MainRun withClosingSentences(List<Block> blocks) {
    int end = last;
    while (end + 1 < blocks.size() && end - last < CLOSING_BLOCKS) {
      Block b = blocks.get(end + 1);
      if (b.kind != Block.Kind.SHORT || !b.endsSentence || b.words < CLOSING_MIN_WORDS || b.listOrCode) {
        break;
      }
      end++;
    }
    return new MainRun(first, end);
  }

  /**
   * The run extended over an appendix of indicators after it: blocks that name an indicator (a
   * hash, an IP address, a defanged domain, a CVE), with at most {@value #APPENDIX_GAP} other
   * blocks between two of them (the appendix's headings), up to a hard break or strong
   * boilerplate. A report's hashes are listed after its last paragraph of prose, which would
   * otherwise end the run.
   */
  private MainRun withIndicatorAppendix(List<Block> blocks) {
    int end = last;
    int gap = 0;
    for (int i = last + 1; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.hardBreak || (b.kind == Block.Kind.BOILERPLATE && (b.reasons & ~SOFT) != 0)) {
        break;
      }
      if (b.holdsIndicator) {
        end = i;
        gap = 0;
      } else if (++gap > APPENDIX_GAP) {
        break;
      }
    }
    return end == last ? this : new MainRun(first, end);
  }

  /**
   * The kept blocks of the run, in order: its content and short blocks, and the boilerplate blocks
   * of the soft kinds but a line without letters (title case, a date, URLs) that sit next to another
   * block that is not content, in a table, a list or a code listing of a report. A lone one between
   * two paragraphs (the headline of another story) is dropped like other boilerplate.
   */
  List<Block> kept(List<Block> blocks) {
    List<Block> kept = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      Block b = blocks.get(i);
      if (b.kind != Block.Kind.BOILERPLATE || ((b.reasons & ~KEPT_IN_TABLES) == 0
          && (notContent(blocks, i - 1) || notContent(blocks, i + 1)))) {
        kept.add(b);
      }
    }
    return kept;
  }

  private boolean notContent(List<Block> blocks, int i) {
    return i >= first && i <= last && blocks.get(i).kind != Block.Kind.CONTENT;
  }}
