package org.tandem.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.domain.Plan;
import org.tandem.domain.PlanDetails;

import java.nio.file.Path;
import java.time.Instant;
import java.time.Month;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Kept versions in a real SQLite file: their content in pieces, and those kept whole before pieces were. */
class RevisionStoreTest {
    @TempDir
    Path dir;
    Database db;
    RevisionRepository revisions;
    Plan plan;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("revisions.db"));
        revisions = new RevisionRepository(db);
        plan = new PlanRepository(db).create(new PlanDetails("Harbour Bikes", "", "GBP", Month.JANUARY));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    private Revision revision(String id, PackedPlan content) {
        return new Revision(id, plan.id().toString(), Revision.EXPORT, "", null, Instant.parse("2026-11-30T09:00:00Z"), content);
    }

    private int count(String sql, String id) {
        return db.read(c -> Rows.one(c, sql, rs -> rs.getInt(1), id)).orElseThrow();
    }

    @Test
    void aVersionIsKeptInPiecesOfAMegabyteAndReadBackWhole() {
        byte[] content = bytes(2_500_000);
        String id = UUID.randomUUID().toString();

        revisions.add(revision(id, PackedPlan.of(content)));

        assertThat(count("SELECT count(*) FROM plan_revision_piece WHERE revision_id = ?", id)).isEqualTo(3);
        assertThat(count("SELECT length(content) FROM plan_revision WHERE id = ?", id)).isZero();
        assertThat(count("SELECT max(length(bytes)) FROM plan_revision_piece WHERE revision_id = ?", id)).isEqualTo(PackedPlan.PIECE);
        PackedPlan read = revisions.find(id).orElseThrow().content();
        assertThat(read.pieces()).hasSize(3);
        assertThat(read.joined()).isEqualTo(content);
        assertThat(revisions.list(plan.id())).singleElement().satisfies(r -> assertThat(r.content().size()).isZero());
    }

    @Test
    void aVersionUnpackedIsReadPieceByPieceInOrderWithItsPackedSize() {
        byte[] content = bytes(2_300_000);
        String id = UUID.randomUUID().toString();
        revisions.add(revision(id, PackedPlan.of(content)));

        byte[] read = revisions.unpack(id, (open, size) -> {
            assertThat(size).isEqualTo(content.length);
            try (java.io.InputStream in = open.get()) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                byte[] small = new byte[7_777]; // reads across the pieces' edges
                for (int n = in.read(small); n >= 0; n = in.read(small)) {
                    out.write(small, 0, n);
                }
                return out.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).orElseThrow();

        assertThat(read).isEqualTo(content);
        assertThat(revisions.unpack(UUID.randomUUID().toString(), (open, size) -> "found")).isEmpty();
        assertThat(revisions.head(id)).hasValueSatisfying(r -> assertThat(r.content().size()).isZero());
    }

    @Test
    void aVersionKeptWholeBeforePiecesWereKeptIsReadAsItWas() {
        byte[] content = bytes(300_000);
        String id = UUID.randomUUID().toString();
        db.write(c -> Rows.update(c, "INSERT INTO plan_revision (id, plan_id, kind, name, base_id, created_at, content)"
                + " VALUES (?, ?, 'export', '', NULL, '2026-11-29T09:00:00Z', ?)", id, plan.id(), content));

        assertThat(revisions.find(id).orElseThrow().content().joined()).isEqualTo(content);
        assertThat(revisions.unpack(id, (open, size) -> {
            try (java.io.InputStream in = open.get()) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
    }

    @Test
    void theSameVersionKeptTwiceKeepsTheFirstAndItsPiecesOnce() {
        String id = UUID.randomUUID().toString();
        revisions.add(revision(id, PackedPlan.of(bytes(1_500_000))));
        revisions.add(revision(id, PackedPlan.of(bytes(10))));

        assertThat(count("SELECT count(*) FROM plan_revision_piece WHERE revision_id = ?", id)).isEqualTo(2);
        assertThat(revisions.find(id).orElseThrow().content().size()).isEqualTo(1_500_000);
    }

    @Test
    void aPlanPurgedTakesItsVersionsPiecesWithIt() {
        String id = UUID.randomUUID().toString();
        revisions.add(revision(id, PackedPlan.of(bytes(1_200_000))));
        PlanRepository plans = new PlanRepository(db);

        plans.delete(plan.id());
        plans.purgeDeleted();

        assertThat(revisions.find(id)).isEmpty();
        assertThat(count("SELECT count(*) FROM plan_revision_piece WHERE revision_id = ?", id)).isZero();
    }
}
