package org.tandem.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** An output stream that gathers what is written in arrays of one size and hands each on as it fills. */
abstract class ChunkedOutput extends OutputStream {
    private final int size;
    private byte[] chunk;
    private int used;

    ChunkedOutput(int size) {
        this.size = size;
        this.chunk = new byte[size];
    }

    /** A chunk filled to the brim, now the receiver's; writing goes on in a new one. */
    abstract void full(byte[] filled) throws IOException;

    @Override
    public void write(int b) throws IOException {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (used == size) {
                full(chunk);
                chunk = new byte[size];
                used = 0;
            }
            int n = Math.min(length, size - used);
            System.arraycopy(bytes, offset, chunk, used, n);
            used += n;
            offset += n;
            length -= n;
        }
    }

    /** What the chunk being filled holds so far (a copy). */
    byte[] rest() {
        return Arrays.copyOf(chunk, used);
    }
}
