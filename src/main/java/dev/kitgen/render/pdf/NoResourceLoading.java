package dev.kitgen.render.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.InputStream;
import java.io.Reader;

/**
 * Keeps the PDF renderer from loading anything: a document's styles are inline and its fonts are
 * registered from memory, so a URL in a template (an image, a stylesheet, a font) is refused,
 * whether it points at the network or at a file. Refusal happens three times over: before and
 * after a URI is resolved, and at the stream factories of every protocol.
 */
final class NoResourceLoading {

    private static final String[] PROTOCOLS = {"http", "https", "file", "jar", "ftp", "data", "classpath"};

    static void apply(PdfRendererBuilder builder) {
        builder.useUriResolver((base, uri) -> null);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        FSStreamFactory refuse = NoResourceLoading::refuse;
        builder.useHttpStreamImplementation(refuse);
        builder.useProtocolsStreamImplementation(refuse, PROTOCOLS);
    }

    /** A stream with nothing in it: the renderer treats the resource as missing and goes on. */
    private static FSStream refuse(String uri) {
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return null;
            }

            @Override
            public Reader getReader() {
                return null;
            }
        };
    }

    private NoResourceLoading() {}
}
