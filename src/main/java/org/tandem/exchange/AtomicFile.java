package org.tandem.exchange;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes a file next to its target and moves it into place: a half-written file never replaces a good one. The file
 * gets the permissions any new file of the user gets (a temporary file's owner-only 0600 would have come with it),
 * and a file written over keeps the ones it had.
 */
public final class AtomicFile {
    /** Fills the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path temp) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path file, Content content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Path temp = created(parent);
        try {
            content.writeTo(temp);
            keepPermissions(file, temp);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, temp -> Files.write(temp, bytes));
    }

    /** A new hidden file beside the target, made as any new file is (the user's umask decides who may read it). */
    private static Path created(Path folder) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(folder.resolve(".tandem-" + UUID.randomUUID() + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 3) {
                    throw e;
                }
            } catch (NoSuchFileException e) {
                // said of the folder the user chose, not of the hidden temporary file they never named
                throw new IOException(Files.isDirectory(folder) ? "cannot write in the folder " + folder
                        : "there is no folder " + folder, e);
            } catch (AccessDeniedException e) {
                throw new IOException("no permission to write in the folder " + folder, e);
            } catch (FileSystemException e) {
                throw new IOException("cannot write in the folder " + folder
                        + (e.getReason() == null ? "" : ": " + e.getReason()), e);
            }
        }
    }

    /** A file written over keeps who may read and write it. */
    private static void keepPermissions(Path file, Path temp) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        PosixFileAttributeView was = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        PosixFileAttributeView now = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (was != null && now != null) {
            now.setPermissions(was.readAttributes().permissions());
        }
    }
}
