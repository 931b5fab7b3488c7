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
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Tandem").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Tandem").resolve(FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("tandem").resolve(FILE_NAME);
    }
}
