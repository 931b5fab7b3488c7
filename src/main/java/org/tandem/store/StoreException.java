package org.tandem.store;

/** The store could not do what was asked; the message is fit for a user, the cause keeps the detail. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
