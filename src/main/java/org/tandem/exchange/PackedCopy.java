package org.tandem.exchange;

import org.tandem.store.PackedPlan;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * What is written to it, gzipped on another thread as the store keeps a plan's versions: an export writes its file
 * and the version it keeps from one pass over the plan, the packing on the other core. Holds a few chunks waiting
 * and the packed bytes, never the plain text. {@link #packed()} ends it; {@link #close()} before that abandons it.
 */
public final class PackedCopy extends ChunkedOutput {
    private static final int CHUNK = 1 << 16;
    private static final byte[] END = new byte[0];
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(16);
    private final CompletableFuture<PackedPlan> packing;
    private volatile boolean abandoned;
    private boolean ended;

    public PackedCopy(Executor packer) {
        super(CHUNK);
        packing = CompletableFuture.supplyAsync(this::pack, packer);
    }

    @Override
    void full(byte[] filled) throws IOException {
        put(filled);
    }

    /** Everything written, gzipped, in pieces. */
    public PackedPlan packed() throws IOException {
        put(rest());
        ended = true;
        put(END);
        try {
            return packing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
    }

    /** Abandons the packing unless it was ended: its thread stops and what it packed is dropped. */
    @Override
    public void close() {
        if (!ended) {
            abandoned = true;
            chunks.clear();
            chunks.offer(END);
        }
    }

    private void put(byte[] bytes) throws IOException {
        try {
            while (!chunks.offer(bytes, 100, TimeUnit.MILLISECONDS)) {
                if (packing.isDone()) {
                    packing.join(); // its failure, here
                    throw new IOException("the kept copy stopped packing");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while keeping a copy");
        }
    }

    /** Gzip as the store keeps versions: the fastest level, a kept version is written often and read back rarely. */
    static OutputStream gzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, CHUNK) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    private PackedPlan pack() {
        Blocks out = new Blocks();
        try (OutputStream gz = gzip(out)) {
            for (byte[] bytes = chunks.take(); bytes != END; bytes = chunks.take()) {
                gz.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
        return abandoned ? PackedPlan.NONE : out.packed();
    }

    /**
     * Bytes kept in blocks of a megabyte, as the store keeps them: a byte array stream doubles its array as it grows,
     * which for a large plan's 30 MB kept copy left 60 MB of arrays in the old generation besides the copy.
     */
    static final class Blocks extends ChunkedOutput {
        private final java.util.List<byte[]> filled = new java.util.ArrayList<>();

        Blocks() {
            super(PackedPlan.PIECE);
        }

        @Override
        void full(byte[] block) {
            filled.add(block);
        }

        PackedPlan packed() {
            java.util.List<byte[]> all = new java.util.ArrayList<>(filled);
            byte[] rest = rest();
            if (rest.length > 0) {
                all.add(rest);
            }
            return new PackedPlan(all);
        }
    }
}
