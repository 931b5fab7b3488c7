package org.tandem.store;

/** The file cannot be used as a Tandem database; it was left exactly as it was. */
public class DatabaseRefused extends StoreException {
    public DatabaseRefused(String message) {
        super(message);
    }

    public DatabaseRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
