package io.ascribe.store.documents;

import io.ascribe.model.Tlp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The who-accuses-whom counts held in memory, as of one {@code claim_count_version}: attributions
 * and counter-accusations per pair of states and marking, summed per period (all time, year and
 * month, as {@code claim_pair_count} keeps them) and per claim date, so that a dated summary adds a
 * few thousand numbers in memory instead of querying. Immutable; {@link ClaimMatrix} replaces it
 * when the version moves, by the logged changes ({@link #with}) or by reading the counts whole.
 */
final class MatrixCounts {
  /** One group of the claims: those of this date (null when undated), pair and marking. */
  record Row(String date, String claimant, String accused, Tlp tlp, long attributions, long counterAccusations) {
    Group group() {
      return new Group(date, claimant, accused, tlp);
    }
  }

  /** What a {@link Row} counts: the claims of this date (null when undated), pair and marking. */
  record Group(String date, String claimant, String accused, Tlp tlp) {}

  /** The counts of one period or one date: one entry per (pair, marking) with claims. */
  private record Block(int[] pairs, byte[] markings, long[] attributions, long[] counterAccusations) {
    void addTo(long[] sums, boolean[] visible) {
      for (int i = 0; i < pairs.length; i++) {
        if (visible[markings[i]]) {
          sums[2 * pairs[i]] += attributions[i];
          sums[2 * pairs[i] + 1] += counterAccusations[i];
        }
      }
    }
  }

  private final long version;
  private final boolean exact;
  private final List<Row> rows;
  private final String[] claimants;
  private final String[] accused;
  private final Map<String, Block> periods;
  private final String[] dates;
  private final Block[] byDate;

  private MatrixCounts(long version, boolean exact, List<Row> rows, String[] claimants, String[] accused,
      Map<String, Block> periods, String[] dates, Block[] byDate) {
    this.version = version;
    this.exact = exact;
    this.rows = rows;
    this.claimants = claimants;
    this.accused = accused;
    this.periods = periods;
    this.dates = dates;
    this.byDate = byDate;
  }

  /**
   * The counts of {@code rows} (the claims grouped by date, pair and marking), as of {@code version}.
   *
   * @param exact whether the rows are exactly the claims of that version, so that the changes logged
   *     after it may be added to them ({@link #with}); false when a write may have come in between
   */
  static MatrixCounts of(long version, boolean exact, List<Row> rows) {
    Comparator<Row> byPair = Comparator.comparing(Row::claimant).thenComparing(Row::accused);
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(byPair);
    List<String> claimants = new ArrayList<>();
    List<String> accused = new ArrayList<>();
    Map<String, Map<Long, long[]>> periodSums = new HashMap<>();
    Map<String, Map<Long, long[]>> dateSums = new TreeMap<>();
    Row previous = null;
    for (Row r : sorted) {
      if (previous == null || byPair.compare(previous, r) != 0) {
        claimants.add(r.claimant());
        accused.add(r.accused());
      }
      previous = r;
      long key = (long) (claimants.size() - 1) << 8 | r.tlp().ordinal();
      for (String period : ClaimPairCounts.periods(r.date())) {
        add(periodSums.computeIfAbsent(period, p -> new HashMap<>()), key, r);
      }
      if (r.date() != null) {
        add(dateSums.computeIfAbsent(r.date(), d -> new HashMap<>()), key, r);
      }
    }
    Map<String, Block> periods = new HashMap<>();
    periodSums.forEach((period, sums) -> periods.put(period, block(sums)));
    String[] dates = dateSums.keySet().toArray(String[]::new);
    Block[] byDate = dateSums.values().stream().map(MatrixCounts::block).toArray(Block[]::new);
    return new MatrixCounts(version, exact, List.copyOf(rows), claimants.toArray(String[]::new),
        accused.toArray(String[]::new), periods, dates, byDate);
  }

  /**
   * These counts with {@code changes} (the changes logged after this version, up to {@code
   * version}) added, or empty when these counts are not exact and so cannot take changes.
   */
  Optional<MatrixCounts> with(long version, List<Row> changes) {
    if (!exact) {
      return Optional.empty();
    }
    Map<Group, long[]> sums = new HashMap<>();
    for (List<Row> part : List.of(rows, changes)) {
      for (Row r : part) {
        long[] n = sums.computeIfAbsent(r.group(), g -> new long[2]);
        n[0] += r.attributions();
        n[1] += r.counterAccusations();
      }
    }
    List<Row> merged = new ArrayList<>(sums.size());
    sums.forEach((g, n) -> {
      if (n[0] != 0 || n[1] != 0) {
        merged.add(new Row(g.date(), g.claimant(), g.accused(), g.tlp(), n[0], n[1]));
      }
    });
    return Optional.of(of(version, true, merged));
  }

  private static void add(Map<Long, long[]> sums, long key, Row r) {
    long[] n = sums.computeIfAbsent(key, k -> new long[2]);
    n[0] += r.attributions();
    n[1] += r.counterAccusations();
  }

  private static Block block(Map<Long, long[]> sums) {
    long[] keys = sums.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    Block b = new Block(new int[keys.length], new byte[keys.length], new long[keys.length], new long[keys.length]);
    for (int i = 0; i < keys.length; i++) {
      long[] n = sums.get(keys[i]);
      b.pairs()[i] = (int) (keys[i] >>> 8);
      b.markings()[i] = (byte) (keys[i] & 0xff);
      b.attributions()[i] = n[0];
      b.counterAccusations()[i] = n[1];
    }
    return b;
  }

  /** The {@code claim_count_version} these counts were read at (or after). */
  long version() {
    return version;
  }

  /**
   * The non-empty cells of {@code cover} a reader cleared for {@code maxTlp} may see, ordered by
   * claimant then accused: its periods' sums plus the dates inside its day ranges (compared as the
   * ledger compares them, as text).
   */
  List<ClaimMatrix.Cell> cells(ClaimMatrix.Cover cover, Tlp maxTlp) {
    boolean[] visible = new boolean[Tlp.values().length];
    for (String t : DocumentStore.visible(maxTlp)) {
      visible[Tlp.valueOf(t).ordinal()] = true;
    }
    long[] sums = new long[2 * claimants.length];
    for (String period : cover.periods()) {
      Block b = periods.get(period);
      if (b != null) {
        b.addTo(sums, visible);
      }
    }
    for (var range : cover.days()) {
      int from = firstAtLeast(range[0].toString());
      String last = range[1].toString();
      for (int i = from; i < dates.length && dates[i].compareTo(last) <= 0; i++) {
        byDate[i].addTo(sums, visible);
      }
    }
    List<ClaimMatrix.Cell> cells = new ArrayList<>();
    for (int p = 0; p < claimants.length; p++) {
      if (sums[2 * p] > 0 || sums[2 * p + 1] > 0) {
        cells.add(new ClaimMatrix.Cell(claimants[p], accused[p], sums[2 * p], sums[2 * p + 1]));
      }
    }
    return cells;
  }

  private int firstAtLeast(String date) {
    int i = Arrays.binarySearch(dates, date);
    return i >= 0 ? i : -i - 1;
  }
}
