package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void theOptionWinsOverTheVariableWhichWinsOverThePlatformFolder() {
        Map<String, String> env = Map.of("PAPERFEED_HOME", "/srv/papers", "XDG_DATA_HOME", "/xdg");
        assertThat(DataFolder.resolve(Path.of("/tmp/lib"), env, "Linux", HOME).path()).isEqualTo(Path.of("/tmp/lib"));
        assertThat(DataFolder.resolve(null, env, "Linux", HOME).path()).isEqualTo(Path.of("/srv/papers"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME).path())
                .isEqualTo(Path.of("/xdg/paperfeed"));
        assertThat(DataFolder.resolve(null, Map.of(), "Linux", HOME).path())
                .isEqualTo(Path.of("/home/ada/.local/share/paperfeed"));
        assertThat(DataFolder.resolve(null, Map.of(), "Mac OS X", HOME).path())
                .isEqualTo(Path.of("/home/ada/Library/Application Support/PaperFeed"));
    }

    @Test
    void theOptionIsFoundInEitherSpelling() {
        assertThat(DataFolder.optionIn(List.of("--data-dir", "/a"))).isEqualTo(Path.of("/a"));
        assertThat(DataFolder.optionIn(List.of("list", "--data-dir=/b"))).isEqualTo(Path.of("/b"));
        assertThat(DataFolder.optionIn(List.of("list"))).isNull();
    }
}
