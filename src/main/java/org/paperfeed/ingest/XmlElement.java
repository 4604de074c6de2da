package org.paperfeed.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
