package io.ascribe.store.documents;

import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Who accuses whom: the number of attribution and counter-accusation claims for each pair of
 * claimant state and accused state, over the claims a reader may see.
 *
 * <p>The counts come from the maintained {@code claim_pair_count} ({@link ClaimPairCounts}): all
 * time is one period, and the dates asked for are covered by whole years, then whole months; only
 * the days of a month the range starts or ends inside are counted from the claims themselves, so
 * the cost no longer grows with the number of claims.
 *
 * <p>One instance held for a server's life keeps those counts in memory, per period and per claim
 * date ({@link MatrixCounts}), read from the claims and tagged with {@code claim_count_version}
 * (V14), which every writer of the counts raises in its transaction. A server starts the first read
 * as it starts ({@link #warm}). Each request reads that one row: when the counts held are at least
 * that version, the answer is summed in memory; when they are older (a write since), the request
 * waits for a new read (one at a time, through the given executor, shared by every request that
 * finds them stale; a second when the one under way began before that write), and answers from the
 * database as above only if those reads fail or are still older. A read after a write adds the
 * changes logged since the counts' version ({@link CountChanges}, a few rows) to them, and groups
 * every claim again only when those changes are no longer all kept.
 */
public final class ClaimMatrix {
  private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2199, 12, 31);
  /** Every current copy's claims counted per date, pair and marking, read from {@code claim} alone (V15). */
  private static final String GROUPED = "select c.claim_date, c.claimant_country, c.accused_country, c.tlp, "
      + "sum(case when c.type = 'attribution' then 1 else 0 end), "
      + "sum(case when c.type = 'counter_accusation' then 1 else 0 end) "
      + "from claim c "
      + "where c.current_copy = true and c.type in ('attribution', 'counter_accusation') "
      + "and c.claimant_country is not null and c.accused_country is not null "
      + "group by c.claim_date, c.claimant_country, c.accused_country, c.tlp";

  private final Store store;
  private final Executor loader;
  private final AtomicReference<MatrixCounts> held = new AtomicReference<>();
  private final AtomicReference<CompletableFuture<MatrixCounts>> reading = new AtomicReference<>();

  /** A matrix that reads the counts into memory on the calling thread when they are missing or stale. */
  public ClaimMatrix(Store store) {
    this(store, Runnable::run);
  }

  /**
   * A matrix that reads the counts into memory through {@code loader} (e.g. a background thread)
   * when they are missing or stale.
   */
  public ClaimMatrix(Store store, Executor loader) {
    this.store = store;
    this.loader = loader;
  }

  /**
   * One cell of the matrix.
   *
   * @param claimant the claimant's ISO alpha-2 country
   * @param accused the accused's ISO alpha-2 country
   * @param attributions attribution claims from {@code claimant} against {@code accused}
   * @param counterAccusations counter-accusations from {@code claimant} against {@code accused}
   */
  public record Cell(String claimant, String accused, long attributions, long counterAccusations) {}

  /** How a date range is counted: periods summed from the maintained counts, and day ranges from the claims. */
  record Cover(List<String> periods, List<LocalDate[]> days) {
    /** The cover of {@code since} to {@code until} (inclusive; null for open ends, both null for all time). */
    static Cover of(LocalDate since, LocalDate until) {
      List<String> periods = new ArrayList<>();
      List<LocalDate[]> days = new ArrayList<>();
      if (since == null && until == null) {
        return new Cover(List.of(ClaimPairCounts.ALL_TIME), days);
      }
      LocalDate day = since == null || since.isBefore(FIRST) ? FIRST : since;
      LocalDate last = until == null || until.isAfter(LAST) ? LAST : until;
      while (!day.isAfter(last)) {
        LocalDate yearEnd = day.withDayOfYear(day.lengthOfYear());
        LocalDate monthEnd = day.withDayOfMonth(day.lengthOfMonth());
        if (day.getDayOfYear() == 1 && !yearEnd.isAfter(last)) {
          periods.add(String.format("%04d", day.getYear()));
          day = yearEnd.plusDays(1);
        } else if (day.getDayOfMonth() == 1 && !monthEnd.isAfter(last)) {
          periods.add(day.toString().substring(0, 7));
          day = monthEnd.plusDays(1);
        } else {
          LocalDate end = monthEnd.isAfter(last) ? last : monthEnd;
          days.add(new LocalDate[] {day, end});
          day = end.plusDays(1);
        }
      }
      return new Cover(periods, days);
    }
  }

  /**
   * The non-empty cells, ordered by claimant then accused.
   *
   * @param since ISO date, inclusive, or null
   * @param until ISO date, inclusive, or null
   * @param maxTlp the reader's clearance: claims of documents marked above it are not counted
   */
  public List<Cell> cells(String since, String until, Tlp maxTlp) {
    Cover cover = Cover.of(date(since, "since"), date(until, "until"));
    long version = store.jdbi().withHandle(ClaimMatrix::version);
    MatrixCounts counts = held.get();
    // counts read at or after this request's version hold every write it saw (and perhaps later ones);
    // a read already under way may have begun before the last write, hence a second
    for (int reads = 0; counts == null || counts.version() < version; reads++) {
      if (reads == 2) {
        return counted(cover, maxTlp);
      }
      try {
        counts = reload().join();
      } catch (CompletionException e) {
        return counted(cover, maxTlp);
      }
    }
    return counts.cells(cover, maxTlp);
  }

  /**
   * Starts the first read of the counts through the executor (a server calls it as it starts, so the
   * first summary need not wait for all of it); a failure is reported on stderr and left to the first request.
   */
  public void warm() {
    reload().exceptionally(e -> {
      System.err.println("ascribe: could not read the who-accuses-whom counts: " + e.getMessage());
      return null;
    });
  }

  /**
   * The read of the counts under way, or a new one started through the executor: one read at a time,
   * which every request finding the counts stale waits for. Answering those from the database instead
   * cost 20-30 ms of PostgreSQL each; at 300 requests a second that kept the database too busy for
   * the read ever to finish.
   */
  private CompletableFuture<MatrixCounts> reload() {
    while (true) {
      CompletableFuture<MatrixCounts> running = reading.get();
      if (running != null) {
        return running;
      }
      CompletableFuture<MatrixCounts> read = new CompletableFuture<>();
      if (reading.compareAndSet(null, read)) {
        try {
          loader.execute(() -> {
            try {
              MatrixCounts before = held.get();
              MatrixCounts counts = before == null ? load() : advance(before).orElseGet(this::load);
              held.set(counts);
              reading.set(null);
              read.complete(counts);
            } catch (RuntimeException e) {
              reading.set(null);
              read.completeExceptionally(e);
            }
          });
        } catch (RuntimeException e) {
          reading.set(null);
          read.completeExceptionally(e);
        }
        return read;
      }
    }
  }

  /**
   * Reads the counts from the claims, tagged with the version read before them (so never with a
   * version newer than the claims they were read from; at worst older, which only causes another
   * read). They are exact, and so can take later changes ({@link #advance}), when the version is the
   * same after them.
   */
  MatrixCounts load() {
    return store.jdbi().withHandle(h -> {
      long version = version(h);
      List<MatrixCounts.Row> rows = h.createQuery(GROUPED)
          .map((rs, ctx) -> new MatrixCounts.Row(rs.getString(1), rs.getString(2), rs.getString(3),
              Tlp.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6)))
          .list();
      return MatrixCounts.of(version, version(h) == version, rows);
    });
  }

  /**
   * {@code counts} brought up to the current version by the changes logged since theirs
   * ({@link CountChanges}), or empty when they cannot be: they are not exact, or some of those
   * changes are no longer kept. Versions are raised one writer at a time, each under the lock of the
   * version row, so every change up to the version read here is already committed.
   */
  Optional<MatrixCounts> advance(MatrixCounts counts) {
    return store.jdbi().withHandle(h -> {
      long version = version(h);
      if (version == counts.version()) {
        return Optional.of(counts);
      }
      return CountChanges.between(h, counts.version(), version).flatMap(changes -> counts.with(version, changes));
    });
  }

  private static long version(Handle h) {
    return h.createQuery("select version from claim_count_version where id = 1").mapTo(Long.class).one();
  }

  /** The cells of {@code cover} from the database: the maintained counts, and the edge days from the claims. */
  List<Cell> counted(Cover cover, Tlp maxTlp) {
    List<String> visible = DocumentStore.visible(maxTlp);
    return store.jdbi().withHandle(h -> {
      Map<String, long[]> sums = new TreeMap<>();
      if (!cover.periods().isEmpty()) {
        add(sums, h.createQuery("select claimant_country, accused_country, sum(attributions), sum(counter_accusations) "
                + "from claim_pair_count where period in (<periods>) and tlp in (<visible>) "
                + "group by claimant_country, accused_country")
            .bindList("periods", cover.periods()).bindList("visible", visible));
      }
      for (LocalDate[] range : cover.days()) {
        add(sums, raw(h, range[0].toString(), range[1].toString(), maxTlp));
      }
      List<Cell> cells = new ArrayList<>();
      sums.forEach((pair, n) -> {
        if (n[0] > 0 || n[1] > 0) {
          int bar = pair.indexOf('|');
          cells.add(new Cell(pair.substring(0, bar), pair.substring(bar + 1), n[0], n[1]));
        }
      });
      return cells;
    });
  }

  /** The counts of the claims dated {@code from} to {@code to}, counted from the claims themselves. */
  private static Query raw(Handle h, String from, String to, Tlp maxTlp) {
    DocumentStore.LedgerQuery q = new DocumentStore.LedgerQuery(null, null, null, null, null, from, to, maxTlp);
    LedgerFilter filter = LedgerFilter.of(q);
    String sql = "select c.claimant_country, c.accused_country, "
        + "sum(case when c.type = 'attribution' then 1 else 0 end), "
        + "sum(case when c.type = 'counter_accusation' then 1 else 0 end) "
        + "from claim c where " + DocumentStore.CURRENT_CLAIM
        + " and c.type in ('attribution', 'counter_accusation')"
        + " and c.claimant_country is not null and c.accused_country is not null" + filter.sql()
        + " group by c.claimant_country, c.accused_country";
    return filter.bind(h.createQuery(sql).bindList("visible", DocumentStore.visible(maxTlp)));
  }

  private static void add(Map<String, long[]> sums, Query query) {
    query.map((rs, ctx) -> {
      long[] n = sums.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new long[2]);
      n[0] += rs.getLong(3);
      n[1] += rs.getLong(4);
      return n;
    }).list();
  }

  private static LocalDate date(String iso, String name) {
    try {
      return iso == null ? null : LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a date like 2024-01-31, got '" + iso + "'", e);
    }
  }
}
