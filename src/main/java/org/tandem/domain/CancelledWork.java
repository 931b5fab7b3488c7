package org.tandem.domain;

/** The user cancelled long work (an export, import or merge); whatever it wrote is rolled back. */
public class CancelledWork extends RuntimeException {
    public CancelledWork() {
        super("Cancelled");
    }
}
