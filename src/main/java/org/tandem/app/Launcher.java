package org.tandem.app;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.tandem.ui.common.FxTaskRunner;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The entry point. Not an Application subclass: a classpath launch of one fails with "JavaFX
 * runtime components are missing". With a command it runs the CLI; without, it opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        LaunchArgs parsed;
        try {
            parsed = LaunchArgs.parse(args);
        } catch (UsageError e) {
            System.exit(commandLine().run(args));
            return;
        }
        if (!parsed.opensWindow()) {
            System.exit(commandLine().run(parsed));
            return;
        }
        Path database = AppPaths.database(parsed.db(), System.getenv());
        TandemApp app = new TandemApp(database, new FxTaskRunner(), Launcher::exit, Locale.getDefault());
        parsed.planFile().ifPresent(app::importOnStart);
        app.useSqliteCache(AppPaths.cache(System.getenv()));
        // the database opens on the store thread while the toolkit starts
        app.startStore();
        try {
            Platform.startup(() -> {
                app.start(new Stage());
                if (parsed.startupProbe()) {
                    // the first frame (the window's sketch), then the whole window's first frame
                    app.firstFrame().thenAccept(stage -> System.out.println("first-frame-ms=" + FirstFrame.millisSinceJvmStart()));
                    app.shown().thenAccept(stage -> FirstFrame.afterFirstFrame(() -> {
                        System.out.println("window-ready-ms=" + FirstFrame.millisSinceJvmStart());
                        app.stop();
                        exit(0);
                    }));
                }
            });
        } catch (RuntimeException | LinkageError noWindow) {
            // typically no display: say so in one line; the commands still work
            System.err.println("tandem: cannot open the window (" + noWindow.getMessage()
                    + "); commands such as \"plans\" work without one, see --help");
            app.stop();
            System.exit(1);
        }
    }

    private static Cli commandLine() {
        org.tandem.store.SqliteLibrary.useCopyIn(AppPaths.cache(System.getenv()));
        return new Cli(System.out, System.err, System.getenv(), ZoneId.systemDefault());
    }

    private static void exit(int code) {
        Platform.exit();
        if (code != 0) {
            System.exit(code);
        }
    }
}
