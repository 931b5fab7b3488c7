package org.tandem.store;

/**
 * A long text as a merge preview compares it: its first 200 characters (all a preview shows of a value), its length
 * and two hashes of the whole, equal where the texts are. The L plan's 50,000 note bodies held three times over (the
 * plan here, the file, the version it was made from) were most of a preview's memory; the import itself reads the
 * texts again whole.
 */
public final class LongText {
    /** Texts longer than this are compared by their digest. */
    public static final int LONG = 256;
    private static final int SHOWN = 200;

    private final String shown;
    private final int length;
    private final int hash;
    private final long wideHash;

    private LongText(String text) {
        this.shown = text.substring(0, SHOWN);
        this.length = text.length();
        this.hash = text.hashCode();
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        this.wideHash = h;
    }

    /** {@code value} itself, or its digest when it is a text longer than {@link #LONG}. */
    public static Object of(Object value) {
        return value instanceof String text && text.length() > LONG ? new LongText(text) : value;
    }

    public int length() {
        return length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LongText t && t.length == length && t.hash == hash && t.wideHash == wideHash && t.shown.equals(shown);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The text's beginning and an ellipsis: a preview shows no more of a value. */
    @Override
    public String toString() {
        return shown + "…";
    }
}
