package io.ascribe.store.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.ascribe.extract.ExtractedDocument;
import io.ascribe.extract.claim.Claim;
import io.ascribe.extract.claim.ClaimForm;
import io.ascribe.extract.claim.ClaimType;
import io.ascribe.model.Tlp;
import io.ascribe.store.Store;
import io.ascribe.store.TestStores;
import io.ascribe.store.bulk.BulkLoaderAccess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every writer keeps what a claim carries about its document (V15: its marking and whether it is
 * of the current copy of its bytes) in step: after each of a seeded random run of adds of new
 * bytes and of less restrictive copies, bulk loads and deletes at random clearances, the claims a
 * reader of each clearance sees by the claim's own columns are exactly those the documents say
 * they see (no newer copy within the clearance), and each claim's marking is its document's.
 */
class ClaimCurrentCopyTest {
  private static final long SEED = 15;
  private static final int BYTES = 8;

  @TempDir Path tmp;

  private static ExtractedDocument doc(int bytes, int version, Random r) {
    List<Claim> claims = new ArrayList<>();
    for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
      claims.add(new Claim(ClaimType.ATTRIBUTION, ClaimForm.STATEMENT, "a ministry", "US", "a service", "CN", null, null,
          "2024-0" + (1 + r.nextInt(9)) + "-01", "Claim " + k + " of copy " + version + " of bytes " + bytes + "."));
    }
    return new ExtractedDocument("doc-" + bytes + "-" + version, HexFormat.of().toHexDigits(bytes).repeat(8),
        "Doc " + bytes, null, null, "en", "text", 0, List.of(), List.of(), List.of(), claims);
  }

  @Test
  void writers_randomAddsCopiesLoadsAndDeletes_keepTheClaimsCurrentCopyAndMarkingExact() throws Exception {
    Random r = new Random(SEED);
    try (Store store = TestStores.open(tmp)) {
      DocumentStore docs = new DocumentStore(store);
      for (int step = 0; step < 60; step++) {
        int bytes = r.nextInt(BYTES);
        String sha = HexFormat.of().toHexDigits(bytes).repeat(8);
        Tlp tlp = Tlp.values()[r.nextInt(Tlp.values().length)];
        String did;
        switch (r.nextInt(4)) {
          case 0, 1 -> {
            Optional<Tlp> least = docs.storedMarking(sha, Tlp.RED);
            if (least.isPresent() && least.get().visibleUpTo(tlp)) {
              did = "nothing (bytes " + bytes + " stored at " + least.get() + ", asked " + tlp + ")";
            } else {
              docs.add(doc(bytes, step, r), tlp);
              did = "add bytes " + bytes + " at " + tlp;
            }
          }
          case 2 -> {
            BulkLoaderAccess.load(store, List.of(doc(bytes, step, r), doc((bytes + 1) % BYTES, step, r)), tlp);
            did = "bulk load bytes " + bytes + " and " + ((bytes + 1) % BYTES) + " at " + tlp;
          }
          default -> {
            docs.delete(sha, tlp, "test");
            did = "delete bytes " + bytes + " at clearance " + tlp;
          }
        }
        check(store, "seed " + SEED + ", step " + step + ": " + did);
      }
    }
  }

  private static void check(Store store, String context) {
    store.jdbi().useHandle(h -> {
      assertThat(h.createQuery("select count(*) from claim c join doc_document d on d.id = c.document_id "
              + "where c.tlp <> d.tlp").mapTo(Long.class).one())
          .as("claims whose marking is not their document's, " + context).isZero();
      for (Tlp clearance : Tlp.values()) {
        List<Long> byClaim = h.createQuery("select c.id from claim c where " + DocumentStore.CURRENT_CLAIM
                + " order by c.id")
            .bindList("visible", DocumentStore.visible(clearance)).mapTo(Long.class).list();
        List<Long> byDocument = h.createQuery("select c.id from claim c join doc_document d on d.id = c.document_id "
                + "where d.tlp in (<visible>)" + DocumentStore.CURRENT_COPY + " order by c.id")
            .bindList("visible", DocumentStore.visible(clearance)).mapTo(Long.class).list();
        assertThat(byClaim).as("claims a reader cleared for " + clearance + " sees, " + context)
            .isEqualTo(byDocument);
      }
    });
  }
}
