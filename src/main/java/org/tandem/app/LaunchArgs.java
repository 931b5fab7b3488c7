package org.tandem.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line split into global options and a command. No command opens the window;
 * {@code --help} and {@code --version} count as commands.
 */
public record LaunchArgs(Optional<Path> db, boolean startupProbe, List<String> command) {

    public static LaunchArgs parse(String... args) throws UsageError {
        Optional<Path> db = Optional.empty();
        boolean probe = false;
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!command.isEmpty()) {
                if (arg.equals("--db") || arg.startsWith("--db=")) {
                    // allowed after the command too: "tandem plans --db x.db"
                } else {
                    command.add(arg);
                    continue;
                }
            }
            if (arg.equals("--db")) {
                if (i + 1 >= args.length || args[i + 1].isBlank()) {
                    throw new UsageError("--db needs a file: --db FILE");
                }
                db = Optional.of(Path.of(args[++i]));
            } else if (arg.startsWith("--db=")) {
                String value = arg.substring("--db=".length());
                if (value.isBlank()) {
                    throw new UsageError("--db needs a file: --db FILE");
                }
                db = Optional.of(Path.of(value));
            } else if (arg.equals("--startup-probe")) {
                probe = true;
            } else if (arg.equals("--help") || arg.equals("-h") || arg.equals("--version")) {
                command.add(arg);
            } else if (arg.startsWith("-")) {
                throw new UsageError("unknown option " + arg);
            } else {
                command.add(arg);
            }
        }
        if (probe && !command.isEmpty()) {
            throw new UsageError("--startup-probe opens the window and takes no command");
        }
        return new LaunchArgs(db, probe, List.copyOf(command));
    }

    public boolean opensWindow() {
        return command.isEmpty() || planFile().isPresent();
    }

    /**
     * A plan file named alone ({@code tandem team.tandem.json}, as a desktop's file association starts it):
     * the window opens with its import preview.
     */
    public Optional<Path> planFile() {
        if (command.size() == 1 && command.get(0).toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return Optional.of(Path.of(command.get(0)));
        }
        return Optional.empty();
    }
}
