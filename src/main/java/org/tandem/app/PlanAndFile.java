package org.tandem.app;

import java.nio.file.Path;
import java.util.List;

/** A command's plan and its --out file: {@code COMMAND PLAN --out FILE}. */
record PlanAndFile(String plan, Path file) {
    static PlanAndFile parse(String command, List<String> options, String example) throws UsageError {
        String planRef = null;
        Path file = null;
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("--out")) {
                if (i + 1 >= options.size()) {
                    throw new UsageError(command + ": --out needs a file name");
                }
                file = Path.of(options.get(++i));
            } else if (option.startsWith("-")) {
                throw new UsageError(command + ": unknown option " + option);
            } else if (planRef == null) {
                planRef = option;
            } else {
                throw new UsageError(command + ": unexpected argument " + option);
            }
        }
        if (planRef == null) {
            throw new UsageError(command + ": name the plan (its name or id)");
        }
        if (file == null) {
            throw new UsageError(command + ": give the file to write with --out " + example);
        }
        return new PlanAndFile(planRef, file);
    }
}
