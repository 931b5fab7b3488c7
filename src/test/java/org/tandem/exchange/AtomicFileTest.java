package org.tandem.exchange;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void anExportedFileGetsThePermissionsAnyNewFileOfTheUserGets() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe.txt")));
        // with a umask of 077 every new file is owner-only and there is nothing to tell apart
        Assumptions.assumeFalse(usual.equals(PosixFilePermissions.fromString("rw-------")));
        Path exported = dir.resolve("plan.tandem.json");

        AtomicFile.write(exported, "{}".getBytes());

        assertThat(Files.readString(exported)).isEqualTo("{}");
        assertThat(Files.getPosixFilePermissions(exported)).isEqualTo(usual);
        assertThat(usual).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aFileWrittenOverKeepsItsPermissionsAndNoTemporaryFileIsLeft() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path report = dir.resolve("report.html");
        Files.writeString(report, "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFile.write(report, "new".getBytes());

        assertThat(Files.readString(report)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r-----");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }
    }

    @Test
    void aFileInAFolderThatIsNotThereIsRefusedNamingTheFolderNotATemporaryFile() {
        Path missing = dir.resolve("no such folder");

        assertThatThrownBy(() -> AtomicFile.write(missing.resolve("report.pdf"), "new".getBytes()))
                .isInstanceOf(java.io.IOException.class)
                .hasMessage("there is no folder " + missing)
                .message().doesNotContain(".tmp");
        assertThat(missing).doesNotExist();
    }
}
