package org.tandem.ui.common;

/** Opens a web address in the system browser. */
@FunctionalInterface
public interface UrlOpener {
    void open(String url) throws Exception;
}
