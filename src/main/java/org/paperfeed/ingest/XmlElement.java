package org.paperfeed.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One element of a feed, read whole. Feeds are small, and a tree lets each parser say what it wants
 * ("the entry's title") instead of threading a cursor through four formats.
 *
 * @param text         the character data directly inside this element, children excluded
 * @param childOffsets where in {@code text} each child stood, so mixed content can be read back in order
 */
record XmlElement(String namespace, String name, Map<String, String> attributes, List<XmlElement> children,
        String text, List<Integer> childOffsets) {

    XmlElement {
        namespace = Objects.requireNonNullElse(namespace, "");
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
        childOffsets = List.copyOf(childOffsets);
    }

    /**
     * Elements a reader never sees as text: scripts, styles, embedded frames and document metadata. An inline XHTML
     * title or summary drops them instead of showing their code ({@code <object>} keeps its fallback text, as a
     * browser shows it).
     */
    private static final Set<String> HIDDEN = Set.of("script", "style", "embed", "iframe", "frame", "frameset",
            "noscript", "noembed", "noframes", "template", "meta", "link", "base", "head", "param");
    /** Elements that start a new line in a browser, and so end a word. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "td", "th", "tr", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "pre", "ul", "ol", "table", "dd", "dt", "hr");

    /**
     * The children of that local name in this element's own namespace: an RSS item's {@code <title>} and not an
     * extension's {@code <media:title>}, an Atom entry's {@code <summary>} and not another vocabulary's.
     */
    List<XmlElement> own(String localName) {
        return children(namespace, localName);
    }

    /** The first child of that local name in this element's own namespace (see {@link #own}). */
    Optional<XmlElement> ownChild(String localName) {
        return child(namespace, localName);
    }

    /** The text of {@link #ownChild}, or empty text when there is none. */
    String ownText(String localName) {
        return ownChild(localName).map(XmlElement::text).orElse("");
    }

    /** The text of the first child of that namespace and local name, or empty text when there is none. */
    String childText(String ns, String localName) {
        return child(ns, localName).map(XmlElement::text).orElse("");
    }

    List<XmlElement> children(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).toList();
    }

    List<XmlElement> children(String ns, String localName) {
        return children.stream().filter(c -> c.name.equals(localName) && c.namespace.equals(ns)).toList();
    }

    Optional<XmlElement> child(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).findFirst();
    }

    Optional<XmlElement> child(String ns, String localName) {
        return children.stream().filter(c -> c.name.equals(localName) && c.namespace.equals(ns)).findFirst();
    }

    /** The text of the first child of that name, or empty text when there is none. */
    String childText(String localName) {
        return child(localName).map(XmlElement::text).orElse("");
    }

    String attribute(String localName) {
        return attributes.getOrDefault(localName, "");
    }

    /**
     * The words a reader sees in inline markup (Atom {@code type="xhtml"}, Atom 0.3 {@code mode="xml"}, a title with
     * naked {@code <b>}): character data of every child, except {@link #HIDDEN} elements, with a space where a block
     * element breaks the line.
     */
    String visibleText() {
        StringBuilder all = new StringBuilder();
        appendVisible(all);
        return all.toString();
    }

    private void appendVisible(StringBuilder all) {
        int from = 0;
        for (int i = 0; i < children.size(); i++) {
            int at = childOffsets.get(i);
            all.append(text, from, at);
            XmlElement child = children.get(i);
            String tag = child.name.toLowerCase(java.util.Locale.ROOT);
            if (!HIDDEN.contains(tag)) {
                boolean block = BLOCKS.contains(tag);
                if (block) {
                    all.append(' ');
                }
                child.appendVisible(all);
                if (block) {
                    all.append(' ');
                }
            }
            from = at;
        }
        all.append(text, from, text.length());
    }

    /** All character data inside, children included, as for Atom's {@code type="xhtml"} content. */
    String deepText() {
        if (children.isEmpty()) {
            return text;
        }
        StringBuilder all = new StringBuilder();
        int from = 0;
        for (int i = 0; i < children.size(); i++) {
            int at = childOffsets.get(i);
            all.append(text, from, at).append(children.get(i).deepText());
            from = at;
        }
        return all.append(text, from, text.length()).toString();
    }
}
