package io.ascribe.extract.text;

import java.util.List;

/**
 * The longest stretch of content in a classified page: the rule that turns block verdicts into
 * the main text of a plain-text page.
 *
 * <p>A run starts at a content block and grows over the blocks that follow as long as each gap
 * between one content block and the next can be bridged. A gap can never be bridged across a hard
 * break (a "Related articles" heading, a headline followed by its date). Otherwise it is bridged
 * when it holds at most {@value #MAX_GAP} blocks (short list items and code lines, see {@link
 * Block#listOrCode}, do not count), or when it holds no strong boilerplate (anything but title
 * case, a date inside a non-sentence, a line of URLs or a line of symbols) and at most {@value
 * #MAX_GAP} menu-like lines (at most four words, no digits, no sentence end). The second case
 * keeps a technical report whole across its tables and code listings, while a menu between an
 * article and a footer blurb still ends the run.
 *
 * <p>The run ends at its last content block, or at most two short sentences after it (an article's
 * closing line is often a short one). The run with the most non-blank characters in its
 * content blocks wins (the first one on a tie); inside it, content and short blocks are kept and
 * boilerplate is dropped.
 *
 * @param first index of the first block of the run (a content block)
 * @param last index of the last block of the run (a content block)
 */
record MainRun(int first, int last) {
  static final int MAX_GAP = 2;
  private static final int CLOSING_BLOCKS = 2;
  private static final int CLOSING_MIN_WORDS = 4;
  private static final int MENU_WORDS = 4;
  /** Boilerplate reasons that do not stop a long gap from being bridged. */
  private static final int SOFT = BlockClassifier.TITLE_CASE | BlockClassifier.DATED_HEADLINE
      | BlockClassifier.NO_LETTERS | BlockClassifier.URLS;

  /** The best run of classified blocks, or null when there is no content block at all. */
  static MainRun find(List<Block> blocks) {
    MainRun best = null;
    long bestChars = -1;
    int start = -1;
    int lastContent = -1;
    long chars = 0;
    Gap gap = new Gap();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind != Block.Kind.CONTENT) {
        gap.add(b);
        continue;
      }
      if (start < 0 || !gap.bridgeable()) {
        if (start >= 0 && chars > bestChars) {
          best = new MainRun(start, lastContent);
          bestChars = chars;
        }
        start = i;
        chars = 0;
      }
      chars += b.nonWs;
      lastContent = i;
      gap = new Gap();
    }
    if (start >= 0 && chars > bestChars) {
      best = new MainRun(start, lastContent);
    }
    return best == null ? null : best.withClosingSentences(blocks);
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

  /** The kept blocks of the run: its content and short blocks, in order. */
  List<Block> kept(List<Block> blocks) {
    return blocks.subList(first, last + 1).stream()
        .filter(b -> b.kind != Block.Kind.BOILERPLATE)
        .toList();
  }

  /** The non-content blocks between two content blocks. */
  private static final class Gap {
    int counted;
    int menuLike;
    boolean strong;
    boolean broken;

    void add(Block b) {
      broken |= b.hardBreak;
      if (b.kind == Block.Kind.SHORT && b.listOrCode) {
        return;
      }
      counted++;
      if (b.kind == Block.Kind.BOILERPLATE && (b.reasons & ~SOFT) != 0) {
        strong = true;
      }
      if (b.words <= MENU_WORDS && !b.hasDigit && !b.endsSentence && !b.listOrCode) {
        menuLike++;
      }
    }

    boolean bridgeable() {
      return !broken && (counted <= MAX_GAP || (!strong && menuLike <= MAX_GAP));
    }
  }
}
