package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;

/**
 * The jar lists only the icon handlers the window uses (its own {@code META-INF/services} file; the pack's, which
 * lists all eight, is left out of the jar, since ikonli's resolver instantiates every handler listed and loads its
 * font at the first icon): every icon in {@link Icons} must be served by one of those.
 */
class IconHandlersTest {

    private static final String SERVICE = "META-INF/services/" + IkonHandler.class.getName();

    @Test
    void everyIconTheWindowUsesIsServedByAHandlerTheJarLists() throws Exception {
        List<IkonHandler> handlers = new ArrayList<>();
        for (String name : ownServiceFile()) {
            handlers.add((IkonHandler) Class.forName(name).getDeclaredConstructor().newInstance());
        }
        assertThat(handlers).as("the handlers listed by PaperFeed's own service file").hasSize(2);
        List<Ikon> icons = new ArrayList<>();
        for (Field field : Icons.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Ikon.class.isAssignableFrom(field.getType())) {
                icons.add((Ikon) field.get(null));
            }
        }
        assertThat(icons).isNotEmpty();
        for (Ikon icon : icons) {
            assertThat(handlers.stream().anyMatch(h -> h.supports(icon.getDescription())))
                    .as("a listed handler serves %s", icon.getDescription()).isTrue();
        }
    }

    /** The service file from this project's classes (not a dependency's jar), its provider lines. */
    private static List<String> ownServiceFile() throws Exception {
        for (URL url : Collections.list(IconHandlersTest.class.getClassLoader().getResources(SERVICE))) {
            if ("file".equals(url.getProtocol())) {
                try (InputStream in = url.openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
                }
            }
        }
        throw new AssertionError(SERVICE + " is not among PaperFeed's own resources");
    }
}
