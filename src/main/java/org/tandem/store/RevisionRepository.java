package org.tandem.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The plan_revision table: each plan's kept versions, newest first. */
public final class RevisionRepository {
    private static final String COLUMNS = "id, plan_id, kind, name, base_id, created_at";

    private final Database database;

    public RevisionRepository(Database database) {
        this.database = database;
    }

    public void add(Revision revision) {
        database.write(c -> {
            insert(c, revision);
            return null;
        });
    }

    /** Keeps a revision unless one with its id is kept already (a file imported twice). */
    static void insert(Connection c, Revision r) throws SQLException {
        int added = Rows.update(c, "INSERT OR IGNORE INTO plan_revision (id, plan_id, kind, name, base_id, created_at, content)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", r.id(), r.planId(), r.kind(), r.name(), r.baseId(), r.createdAt(), new byte[0]);
        if (added == 0) {
            return;
        }
        // the content in pieces, each bound and copied on its own
        try (java.sql.PreparedStatement piece = c.prepareStatement("INSERT INTO plan_revision_piece (revision_id, seq, bytes)"
                + " VALUES (?, ?, ?)")) {
            List<byte[]> pieces = r.content().pieces();
            for (int i = 0; i < pieces.size(); i++) {
                Rows.bind(piece, r.id(), i, pieces.get(i));
                piece.executeUpdate();
            }
        }
    }

    /** A plan's versions, newest first, without their content. */
    public List<Revision> list(UUID planId) {
        return database.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM plan_revision WHERE plan_id = ?"
                + " ORDER BY created_at DESC, rowid DESC", rs -> revision(rs, null), planId));
    }

    public Optional<Revision> find(String id) {
        return database.read(c -> {
            Optional<Revision> found = Rows.one(c, "SELECT " + COLUMNS + ", content FROM plan_revision WHERE id = ?",
                    rs -> revision(rs, PackedPlan.of(java.util.Objects.requireNonNullElse(rs.getBytes(7), new byte[0]))), id);
            if (found.isEmpty() || found.get().content().size() > 0) {
                return found; // kept whole, before pieces were kept
            }
            Revision r = found.get();
            List<byte[]> pieces = Rows.list(c, "SELECT bytes FROM plan_revision_piece WHERE revision_id = ? ORDER BY seq",
                    rs -> rs.getBytes(1), id);
            return Optional.of(new Revision(r.id(), r.planId(), r.kind(), r.name(), r.baseId(), r.createdAt(), new PackedPlan(pieces)));
        });
    }

    /** The revision this plan last exported or imported: what its next export is made from. */
    public Optional<String> latestExchanged(UUID planId) {
        return database.read(c -> Rows.one(c, "SELECT id FROM plan_revision WHERE plan_id = ? AND kind IN ('export', 'import')"
                + " ORDER BY created_at DESC, rowid DESC LIMIT 1", rs -> rs.getString(1), planId));
    }

    private static Revision revision(java.sql.ResultSet rs, PackedPlan content) throws SQLException {
        return new Revision(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                StoredTime.instant(rs.getString(6)), content == null ? PackedPlan.NONE : content);
    }
}
