package org.tandem.exchange;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class PackedCopyTest {
    private final ExecutorService packer = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        packer.shutdownNow();
    }

    @Test
    void whatIsWrittenInPiecesOfAnySizeUnpacksToTheSameBytes() throws IOException {
        byte[] plain = new byte[3 * 65536 + 1234];
        Random random = new Random(7);
        for (int i = 0; i < plain.length; i++) {
            plain[i] = (byte) ("plan file text ".charAt(i % 15) + (random.nextInt(50) == 0 ? 1 : 0));
        }
        PackedCopy copy = new PackedCopy(packer);
        int at = 0;
        while (at < plain.length) {
            int n = Math.min(plain.length - at, random.nextInt(90_000));
            if (n == 0) {
                copy.write(plain[at++]);
            } else {
                copy.write(plain, at, n);
                at += n;
            }
        }
        org.tandem.store.PackedPlan packed = copy.packed();
        copy.close();
        assertThat(packed.size()).isLessThan(plain.length / 4);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(packed.joined()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
    }

    @Test
    void aLargeCopyIsKeptInPiecesOfAMegabyteNeverOneArray() throws IOException {
        byte[] plain = new byte[2_500_000];
        new Random(11).nextBytes(plain); // as good as incompressible: packed, still more than two megabytes
        PackedCopy copy = new PackedCopy(packer);
        copy.write(plain, 0, plain.length);
        org.tandem.store.PackedPlan packed = copy.packed();
        copy.close();

        assertThat(packed.pieces()).hasSize(3).allMatch(piece -> piece.length <= org.tandem.store.PackedPlan.PIECE);
        assertThat(packed.pieces().get(0)).hasSize(org.tandem.store.PackedPlan.PIECE);
        try (GZIPInputStream in = new GZIPInputStream(packed.open())) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
    }

    @Test
    void aCopyClosedBeforeItEndsFreesItsThread() throws Exception {
        PackedCopy copy = new PackedCopy(packer);
        copy.write(new byte[200_000]);
        copy.close();
        packer.shutdown();
        assertThat(packer.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
}
