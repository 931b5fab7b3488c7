package org.tandem.service;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.CRC32C;

/**
 * A file's bytes as a read takes them, each also counted into a checksum and copied on where a copy is wanted; closed,
 * it reads what was left, so the checksum and the copy are of the whole file however far the reader went. Two reads of
 * one file compare by their {@link Seen}.
 */
final class FileRead extends FilterInputStream {
    /** What a read saw of a file: its length and checksum. */
    record Seen(long bytes, long checksum) {
    }

    private final CRC32C crc = new CRC32C();
    private final OutputStream copy;
    private long bytes;
    private Seen seen;

    FileRead(InputStream in, OutputStream copy) {
        super(in);
        this.copy = copy;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            crc.update(b, off, n);
            bytes += n;
            if (copy != null) {
                copy.write(b, off, n);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.min(n, 8192)];
        int read = read(skipped, 0, skipped.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() throws IOException {
        if (seen == null) {
            byte[] rest = new byte[1 << 16];
            while (read(rest, 0, rest.length) >= 0) {
                // the rest counts too
            }
            seen = new Seen(bytes, crc.getValue());
        }
        super.close();
    }

    /** The problem of a file read again to import it that is not what its preview read. */
    static org.tandem.exchange.PlanFileProblem changed() {
        return new org.tandem.exchange.PlanFileProblem("$", "the file has changed since it was previewed; preview it again");
    }

    /** What the read saw, once closed. */
    Seen seen() {
        if (seen == null) {
            throw new IllegalStateException("the file is still being read");
        }
        return seen;
    }
}
