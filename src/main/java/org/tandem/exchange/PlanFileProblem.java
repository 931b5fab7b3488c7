package org.tandem.exchange;

/** A plan file cannot be read; says what is wrong and where (a JSON path such as {@code $.plan.name}). */
public class PlanFileProblem extends RuntimeException {
    private final String path;

    public PlanFileProblem(String path, String message) {
        super(path + ": " + message);
        this.path = path;
    }

    public PlanFileProblem(String path, String message, Throwable cause) {
        super(path + ": " + message, cause);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
