package org.tandem.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where the database lives: --db, else TANDEM_DB, else the user's data folder for this system. */
public final class AppPaths {
    public static final String ENV_DB = "TANDEM_DB";
    static final String FILE_NAME = "tandem.db";

    private AppPaths() {
    }

    public static Path database(Optional<Path> fromOption, Map<String, String> env) {
        if (fromOption.isPresent()) {
            return fromOption.get().toAbsolutePath();
        }
        String fromEnv = env.get(ENV_DB);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv.strip()).toAbsolutePath();
        }
        return defaultDatabase(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path defaultDatabase(Map<String, String> env, String osName, Path home) {
        return userFolder(env, osName, home, "APPDATA", "Roaming", "Application Support", "XDG_DATA_HOME", ".local/share")
                .resolve(FILE_NAME);
    }

    /** Tandem's folder of one kind on each system: Windows' variable or AppData folder, macOS' Library folder, XDG's. */
    private static Path userFolder(Map<String, String> env, String osName, Path home, String windowsVariable, String appDataFolder,
                                   String macLibraryFolder, String xdgVariable, String xdgDefault) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String given = env.get(windowsVariable);
            Path base = given != null && !given.isBlank() ? Path.of(given) : home.resolve("AppData").resolve(appDataFolder);
            return base.resolve("Tandem");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve(macLibraryFolder).resolve("Tandem");
        }
        String xdg = env.get(xdgVariable);
        // the XDG spec says a relative XDG_*_HOME is invalid and must be ignored
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(xdgDefault);
        return base.resolve("tandem");
    }

    /** The user's cache folder for Tandem: files that can be made again (SQLite's native library). */
    public static Path cache(Map<String, String> env) {
        return cache(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path cache(Map<String, String> env, String osName, Path home) {
        Path folder = userFolder(env, osName, home, "LOCALAPPDATA", "Local", "Caches", "XDG_CACHE_HOME", ".cache");
        return osName.toLowerCase(Locale.ROOT).startsWith("windows") ? folder.resolve("Cache") : folder;
    }
}
