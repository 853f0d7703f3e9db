package dev.kitgen.render.pdf;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;

/**
 * Parses the page an HTML template produced, as XML: kitgen's HTML templates are XHTML. The
 * parser reads no DTD and expands no external entity, so the page cannot pull in a file.
 */
final class Xhtml {

    /** The page is not well-formed; {@code line} and {@code column} are in the rendered page. */
    static final class NotWellFormed extends Exception {
        final int line;
        final int column;

        NotWellFormed(SAXParseException e) {
            super(e.getMessage());
            this.line = e.getLineNumber();
            this.column = e.getColumnNumber();
        }
    }

    private static final DocumentBuilderFactory FACTORY = factory();

    static Document parse(String page) throws NotWellFormed {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(new Strict());
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            return builder.parse(new InputSource(new StringReader(page)));
        } catch (SAXParseException e) {
            throw new NotWellFormed(e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot parse the rendered page", e);
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    /** Stops at the first problem instead of printing "[Fatal Error]" to stderr. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not stop a well-formed page.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    private Xhtml() {}
}
