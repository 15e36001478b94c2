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
import java.util.stream.IntStream;

/**
 * The who-accuses-whom counts held in memory, as of one {@code claim_count_version}: attributions
 * and counter-accusations per pair of states and marking, summed per period (all time, year and
 * month, as {@code claim_pair_count} keeps them) and per claim date, so that a dated summary adds a
 * few thousand numbers in memory instead of querying. Immutable; {@link ClaimMatrix} replaces it
 * when the version moves: by adding the logged changes ({@link #with}), which copies only the blocks
 * they touch, or by reading the counts whole.
 */
final class MatrixCounts {
  /** One group of the claims: those of this date (null when undated), pair and marking. */
  record Row(String date, String claimant, String accused, Tlp tlp, long attributions, long counterAccusations) {}

  /**
   * Keys of (pair, marking) are {@code pair * MARKINGS + marking}: dense, so that they spread over a
   * hash table's buckets (a shift by 8 bits left most buckets empty and the rest full).
   */
  private static final int MARKINGS = Tlp.values().length;

  /** The counts of one period or one date: one entry per (pair, marking) with claims, in key order. */
  private record Block(long[] keys, long[] attributions, long[] counterAccusations) {
    void addTo(long[] sums, boolean[] visible) {
      for (int i = 0; i < keys.length; i++) {
        if (visible[(int) (keys[i] % MARKINGS)]) {
          int pair = (int) (keys[i] / MARKINGS);
          sums[2 * pair] += attributions[i];
          sums[2 * pair + 1] += counterAccusations[i];
        }
      }
    }

    /** This block with {@code changes} (key to attributions and counter-accusations) added. */
    Block plus(Map<Long, long[]> changes) {
      Map<Long, long[]> sums = new HashMap<>();
      for (int i = 0; i < keys.length; i++) {
        sums.put(keys[i], new long[] {attributions[i], counterAccusations[i]});
      }
      changes.forEach((key, n) -> {
        long[] sum = sums.computeIfAbsent(key, k -> new long[2]);
        sum[0] += n[0];
        sum[1] += n[1];
      });
      return block(sums);
    }
  }

  private static final Block EMPTY = new Block(new long[0], new long[0], new long[0]);

  private final long version;
  private final boolean exact;
  private final String[] claimants;
  private final String[] accused;
  /** The pairs (indexes into claimants and accused) ordered by claimant, then accused. */
  private final int[] order;
  private final Map<String, Block> periods;
  private final String[] dates;
  private final Block[] byDate;

  private MatrixCounts(long version, boolean exact, String[] claimants, String[] accused, int[] order,
      Map<String, Block> periods, String[] dates, Block[] byDate) {
    this.version = version;
    this.exact = exact;
    this.claimants = claimants;
    this.accused = accused;
    this.order = order;
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
      tally(periodSums, dateSums, (long) (claimants.size() - 1) * MARKINGS + r.tlp().ordinal(), r);
    }
    Map<String, Block> periods = new HashMap<>();
    periodSums.forEach((period, sums) -> periods.put(period, block(sums)));
    String[] dates = dateSums.keySet().toArray(String[]::new);
    Block[] byDate = dateSums.values().stream().map(MatrixCounts::block).toArray(Block[]::new);
    int[] order = IntStream.range(0, claimants.size()).toArray();
    return new MatrixCounts(version, exact, claimants.toArray(String[]::new), accused.toArray(String[]::new), order,
        periods, dates, byDate);
  }

  /**
   * These counts with {@code changes} (the changes logged after this version, up to {@code
   * version}) added, copying only the periods and dates they touch (a pair new to them is numbered
   * after the others); or empty when these counts are not exact and so cannot take changes.
   */
  Optional<MatrixCounts> with(long version, List<Row> changes) {
    if (!exact) {
      return Optional.empty();
    }
    Map<String, Integer> pairs = new HashMap<>();
    for (int p = 0; p < claimants.length; p++) {
      pairs.put(claimants[p] + "|" + accused[p], p);
    }
    List<String> newClaimants = new ArrayList<>(Arrays.asList(claimants));
    List<String> newAccused = new ArrayList<>(Arrays.asList(accused));
    Map<String, Map<Long, long[]>> periodChanges = new HashMap<>();
    Map<String, Map<Long, long[]>> dateChanges = new TreeMap<>();
    for (Row r : changes) {
      int pair = pairs.computeIfAbsent(r.claimant() + "|" + r.accused(), k -> {
        newClaimants.add(r.claimant());
        newAccused.add(r.accused());
        return newClaimants.size() - 1;
      });
      tally(periodChanges, dateChanges, (long) pair * MARKINGS + r.tlp().ordinal(), r);
    }
    Map<String, Block> newPeriods = new HashMap<>(periods);
    periodChanges.forEach((period, c) -> newPeriods.put(period, periods.getOrDefault(period, EMPTY).plus(c)));
    Map<String, Block> newDates = new TreeMap<>();
    for (int i = 0; i < dates.length; i++) {
      newDates.put(dates[i], byDate[i]);
    }
    dateChanges.forEach((date, c) -> newDates.put(date, newDates.getOrDefault(date, EMPTY).plus(c)));
    int[] newOrder = newClaimants.size() == claimants.length ? order
        : IntStream.range(0, newClaimants.size()).boxed()
            .sorted(Comparator.comparing((Integer p) -> newClaimants.get(p)).thenComparing(p -> newAccused.get(p)))
            .mapToInt(Integer::intValue).toArray();
    return Optional.of(new MatrixCounts(version, true, newClaimants.toArray(String[]::new),
        newAccused.toArray(String[]::new), newOrder, newPeriods, newDates.keySet().toArray(String[]::new),
        newDates.values().toArray(Block[]::new)));
  }

  /** Adds row {@code r}, keyed {@code key}, to its periods' and its date's sums. */
  private static void tally(Map<String, Map<Long, long[]>> periodSums, Map<String, Map<Long, long[]>> dateSums, long key,
      Row r) {
    for (String period : ClaimPairCounts.periods(r.date())) {
      add(periodSums.computeIfAbsent(period, p -> new HashMap<>()), key, r);
    }
    if (r.date() != null) {
      add(dateSums.computeIfAbsent(r.date(), d -> new HashMap<>()), key, r);
    }
  }

  private static void add(Map<Long, long[]> sums, long key, Row r) {
    long[] n = sums.computeIfAbsent(key, k -> new long[2]);
    n[0] += r.attributions();
    n[1] += r.counterAccusations();
  }

  private static Block block(Map<Long, long[]> sums) {
    long[] keys = sums.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    Block b = new Block(keys, new long[keys.length], new long[keys.length]);
    for (int i = 0; i < keys.length; i++) {
      long[] n = sums.get(keys[i]);
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
    for (int p : order) {
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
