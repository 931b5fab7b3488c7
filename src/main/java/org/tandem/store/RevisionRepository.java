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

    /** What is made of a kept version's packed copy: {@code open} gives its gzipped bytes from the start, {@code size} long. */
    @FunctionalInterface
    public interface Unpacking<T> {
        T read(java.util.function.Supplier<java.io.InputStream> open, long size);
    }

    /**
     * What {@code unpacking} makes of kept version {@code id}, its pieces read one at a time as the bytes are taken, on a
     * read-only connection of its own (the store's own reads go on meanwhile); empty when no such version is kept.
     */
    public <T> Optional<T> unpack(String id, Unpacking<T> unpacking) {
        return database.snapshot(c -> {
            Optional<Long> whole = Rows.one(c, "SELECT length(content) FROM plan_revision WHERE id = ?", rs -> rs.getLong(1), id);
            if (whole.isEmpty()) {
                return Optional.empty();
            }
            if (whole.get() > 0) { // kept whole, before pieces were kept
                byte[] content = Rows.one(c, "SELECT content FROM plan_revision WHERE id = ?", rs -> rs.getBytes(1), id).orElseThrow();
                return Optional.of(unpacking.read(() -> new java.io.ByteArrayInputStream(content), content.length));
            }
            long size = Rows.one(c, "SELECT coalesce(sum(length(bytes)), 0) FROM plan_revision_piece WHERE revision_id = ?",
                    rs -> rs.getLong(1), id).orElse(0L);
            return Optional.of(unpacking.read(() -> new Pieces(c, id), size));
        });
    }

    /** A kept version's pieces as one stream, a piece in memory at a time. */
    private static final class Pieces extends java.io.InputStream {
        private final java.sql.PreparedStatement query;
        private final java.sql.ResultSet rows;
        private byte[] piece = new byte[0];
        private int at;

        Pieces(Connection c, String id) {
            try {
                query = c.prepareStatement("SELECT bytes FROM plan_revision_piece WHERE revision_id = ? ORDER BY seq");
                Rows.bind(query, id);
                rows = query.executeQuery();
            } catch (SQLException e) {
                throw new StoreException("Could not read a kept version: " + e.getMessage(), e);
            }
        }

        @Override
        public int read() throws java.io.IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            try {
                while (at == piece.length) {
                    if (!rows.next()) {
                        return -1;
                    }
                    piece = rows.getBytes(1);
                    at = 0;
                }
            } catch (SQLException e) {
                throw new java.io.IOException("could not read a kept version: " + e.getMessage(), e);
            }
            int n = Math.min(len, piece.length - at);
            System.arraycopy(piece, at, b, off, n);
            at += n;
            return n;
        }

        @Override
        public void close() throws java.io.IOException {
            try {
                rows.close();
                query.close();
            } catch (SQLException e) {
                throw new java.io.IOException("could not close a kept version: " + e.getMessage(), e);
            }
        }
    }

    /** A kept version without its content: whether it is kept, and what it is. */
    public Optional<Revision> head(String id) {
        return database.read(c -> Rows.one(c, "SELECT " + COLUMNS + " FROM plan_revision WHERE id = ?", rs -> revision(rs, null), id));
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
