package dev.kitgen.render.pdf;

import com.openhtmltopdf.util.XRLog;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps openhtmltopdf and PDFBox from printing on a normal run: kitgen reports problems itself,
 * on stderr, in its own words. openhtmltopdf logs through its own switch; PDFBox and FontBox log
 * through commons-logging, which lands in java.util.logging when no other backend is present.
 */
final class LibraryLogging {

    // java.util.logging holds loggers weakly: a level set on a collected logger is forgotten.
    private static final List<Logger> SILENCED = List.of(
            Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"),
            Logger.getLogger("org.apache.xmpbox"),
            Logger.getLogger("com.openhtmltopdf"));

    static {
        XRLog.setLoggingEnabled(false);
        SILENCED.forEach(logger -> logger.setLevel(Level.OFF));
    }

    /** Runs the static set-up once; calling it again does nothing. */
    static void install() {
        // The work is done by the class initializer.
    }

    private LibraryLogging() {}
}
