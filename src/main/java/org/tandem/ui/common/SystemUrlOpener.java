package org.tandem.ui.common;

import java.awt.Desktop;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Opens addresses with the desktop's browser: java.awt.Desktop where it works, else the system's opener command. */
public final class SystemUrlOpener implements UrlOpener {
    @Override
    public void open(String url) throws Exception {
        URI uri = URI.create(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only web addresses (http or https) are opened");
        }
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Desktop.getDesktop().browse(uri);
            return;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.startsWith("mac") ? List.of("open", url)
                : os.startsWith("windows") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : List.of("xdg-open", url);
        new ProcessBuilder(command).inheritIO().start();
    }
}
