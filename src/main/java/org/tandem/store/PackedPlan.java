package org.tandem.store;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A plan file, gzipped, as the store keeps a version of a plan: in pieces of a megabyte at most, so a large plan's
 * 30 MB is never one array (nor one blob for SQLite and its driver to copy whole).
 */
public record PackedPlan(List<byte[]> pieces) {
    public static final int PIECE = 1 << 20;
    /** No content: a version as a list shows it. */
    public static final PackedPlan NONE = new PackedPlan(List.of());

    public PackedPlan {
        pieces = List.copyOf(pieces);
    }

    /** The bytes cut into pieces (a version kept whole before pieces were kept). */
    public static PackedPlan of(byte[] whole) {
        List<byte[]> pieces = new ArrayList<>();
        for (int from = 0; from < whole.length; from += PIECE) {
            pieces.add(Arrays.copyOfRange(whole, from, Math.min(whole.length, from + PIECE)));
        }
        return new PackedPlan(pieces);
    }

    /** The gzipped bytes, piece after piece. */
    public InputStream open() {
        List<InputStream> each = new ArrayList<>();
        pieces.forEach(p -> each.add(new ByteArrayInputStream(p)));
        return new SequenceInputStream(Collections.enumeration(each));
    }

    public long size() {
        return pieces.stream().mapToLong(p -> p.length).sum();
    }

    /** All the bytes in one array (for a test, or a small plan). */
    public byte[] joined() {
        byte[] all = new byte[Math.toIntExact(size())];
        int at = 0;
        for (byte[] p : pieces) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
