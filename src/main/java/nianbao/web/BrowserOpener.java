package nianbao.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Opens the workspace in the default browser: java.awt.Desktop when the platform supports it, else
 * {@code cmd /c start} on Windows, {@code open} on macOS, {@code xdg-open} elsewhere. Never fails:
 * returns false when no browser could be opened (the caller prints the address).
 */
public final class BrowserOpener {
    private static final Logger LOG = LoggerFactory.getLogger(BrowserOpener.class);

    private BrowserOpener() {}

    public static boolean open(String address) {
        try {
            if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(URI.create(address));
                return true;
            }
        } catch (Throwable e) { // no AWT, no display, no default browser: fall back
            LOG.info("Desktop.browse failed: {}", e.toString());
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean desktop = os.contains("win") || os.contains("mac")
                || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        if (!desktop) return false; // a server without a display: xdg-open has nothing to open
        List<String> cmd = os.contains("win") ? List.of("cmd", "/c", "start", "\"\"", address)
                : os.contains("mac") ? List.of("open", address) : List.of("xdg-open", address);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) ? p.exitValue() == 0 : true;
        } catch (Exception e) {
            LOG.info("cannot open a browser with {}: {}", cmd, e.toString());
            return false;
        }
    }
}
