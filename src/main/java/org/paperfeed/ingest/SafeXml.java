package org.paperfeed.ingest;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a feed into an {@link XmlElement} tree with everything a hostile feed could abuse switched off.
 *
 * <p>No DTD is processed, so external entities ({@code file:///etc/passwd}) are never fetched and entity bombs never
 * expand; a document that declares entities is refused outright with a message saying so, which is clearer than the
 * parser's "entity was referenced, but not declared". Depth and text size are bounded so that a crafted feed costs
 * memory proportional to its size and never the stack.
 */
final class SafeXml {

    static final int MAX_DEPTH = 100;
    static final int MAX_TEXT_CHARS = 1_000_000;

    private static final XMLInputFactory FACTORY = createFactory();
    /** The encoding an XML declaration names. */
    private static final Pattern ENCODING =
            Pattern.compile("encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    private SafeXml() {
    }

    private static XMLInputFactory createFactory() {
        // The JDK's own implementation, whatever else is on the class path: its limits and flags are the ones we set.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    /**
     * The document element of {@code content}, honouring its BOM and XML declaration encoding. A document in UTF-8
     * (declared, or by default) with bytes that are not UTF-8, typically a Latin-1 feed that says it is UTF-8, is
     * read with those bytes as U+FFFD, as {@link TextDecoder} reads text and JSON: one bad byte should not cost a
     * whole digest, and the JDK's parser would also print its own "[Fatal Error]" line on the terminal.
     */
    static XmlElement parse(byte[] content, String origin) throws DigestParseException {
        XMLStreamReader reader = null;
        try {
            reader = saysUtf8(content) && !TextDecoder.isUtf8(content, content.length)
                    ? FACTORY.createXMLStreamReader(new StringReader(TextDecoder.decode(content)))
                    : FACTORY.createXMLStreamReader(new ByteArrayInputStream(content));
            return readTree(reader, origin);
        } catch (XMLStreamException e) {
            throw new DigestParseException(origin, describe(e), e);
        } finally {
            close(reader);
        }
    }

    private static XmlElement readTree(XMLStreamReader reader, String origin)
            throws XMLStreamException, DigestParseException {
        Deque<Builder> open = new ArrayDeque<>();
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD:
                    refuseEntityDeclarations(reader.getText(), origin);
                    break;
                case XMLStreamConstants.START_ELEMENT:
                    if (open.size() >= MAX_DEPTH) {
                        throw new DigestParseException(origin,
                                "not a paper digest: XML nested deeper than " + MAX_DEPTH + " levels");
                    }
                    open.push(new Builder(reader));
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (!open.isEmpty()) {
                        open.peek().append(reader.getText(), origin);
                    }
                    break;
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw new DigestParseException(origin,
                            "XML refers to an entity (&" + reader.getLocalName() + ";) that PaperFeed will not expand");
                case XMLStreamConstants.END_ELEMENT:
                    XmlElement done = open.pop().build();
                    if (open.isEmpty()) {
                        return done;
                    }
                    open.peek().add(done);
                    break;
                default:
                    break;
            }
        }
        throw new DigestParseException(origin, "XML document has no root element");
    }

    /**
     * Whether the document is UTF-8 by its own account: a UTF-8 byte-order mark, or none of UTF-16's and an XML
     * declaration that names UTF-8 or no encoding at all (XML's default).
     */
    static boolean saysUtf8(byte[] content) {
        if (content.length >= 2 && ((content[0] & 0xFF) == 0xFE || (content[0] & 0xFF) == 0xFF
                || content[0] == 0 || content[1] == 0)) {
            return false; // UTF-16 or UTF-32, with or without a mark
        }
        int start = TextDecoder.hasBom(content) ? 3 : 0;
        String head = new String(content, start, Math.min(content.length - start, 200),
                StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return true;
        }
        int end = head.indexOf("?>");
        Matcher declared = ENCODING.matcher(end > 0 ? head.substring(0, end) : head);
        return !declared.find() || declared.group(1).equalsIgnoreCase("utf-8") || declared.group(1)
                .equalsIgnoreCase("utf8");
    }

    private static void refuseEntityDeclarations(String dtd, String origin) throws DigestParseException {
        if (dtd != null && dtd.toUpperCase(Locale.ROOT).contains("<!ENTITY")) {
            throw new DigestParseException(origin,
                    "XML declares its own entities in a DOCTYPE, which PaperFeed refuses to expand for safety"
                            + " (a real feed never needs them)");
        }
    }

    private static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        // The JDK prefixes its message with "ParseError at [row,col]:[3,14]\nMessage: "; keep the words only.
        int words = message.indexOf("Message: ");
        String reason = words >= 0 ? message.substring(words + "Message: ".length()) : message;
        if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
            return "malformed XML at line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ": " + reason.strip();
        }
        return "malformed XML: " + reason.strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was written; there is nothing to lose
            }
        }
    }

    /** An element still open: collects its text and children until its end tag. */
    private static final class Builder {
        private final String namespace;
        private final String name;
        private final Map<String, String> attributes = new HashMap<>();
        private final List<XmlElement> children = new ArrayList<>();
        private final List<Integer> childOffsets = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        Builder(XMLStreamReader reader) {
            namespace = reader.getNamespaceURI();
            name = reader.getLocalName();
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                attributes.putIfAbsent(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
            }
        }

        void append(String chars, String origin) throws DigestParseException {
            if (text.length() + chars.length() > MAX_TEXT_CHARS) {
                throw new DigestParseException(origin, "not a paper digest: the text of <" + name
                        + "> is longer than " + MAX_TEXT_CHARS + " characters");
            }
            text.append(chars);
        }

        void add(XmlElement child) {
            childOffsets.add(text.length());
            children.add(child);
        }

        XmlElement build() {
            return new XmlElement(namespace, name, attributes, children, text.toString(), childOffsets);
        }
    }
}
