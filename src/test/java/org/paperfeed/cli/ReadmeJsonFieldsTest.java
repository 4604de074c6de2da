package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's JSON paragraph is the contract scripts read ("fields are added, never renamed"): every field it lists for
 * a paper is in {@code list --json}, and every field any {@code --json} prints, at any depth, is named there. As filed,
 * {@code tags --json} ({@code tag}, {@code count}) and {@code sources --json} ({@code userAdded}, {@code state}…)
 * printed fields no document named.
 */
class ReadmeJsonFieldsTest {

    private static final String SINKHORN = "t-942dcb9aa1c2";

    @TempDir
    Path data;

    @TempDir
    Path files;

    @Test
    void everyFieldTheReadmeListsIsPrintedAndEveryFieldPrintedIsListed() throws Exception {
        String paragraph = jsonParagraph();
        Matcher carried = Pattern.compile("JSON objects carry `([^`]+)`").matcher(paragraph);
        assertThat(carried.find()).as("the README's list of a paper's fields").isTrue();
        List<String> paperFields = Arrays.stream(carried.group(1).split(",")).map(String::strip).toList();

        Path page = files.resolve("hf-papers-page.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/paperfeed/sample/hf-papers-page.txt")) {
            Files.write(page, in.readAllBytes());
        }
        run("import", page.toString());
        run("star", "t-7fa208655fb1", "t-ac911b47d0b1", "t-9c338d2c3fec");
        run("tag", SINKHORN, "ot");
        run("note", SINKHORN, "compare with the baseline");
        run("mute", "add", "title:diffusion");

        List<Map<String, Object>> listed = json("list", "--json");
        assertThat(listed).isNotEmpty().allSatisfy(paper -> assertThat(paper).containsKeys(
                paperFields.toArray(String[]::new)));

        Set<String> printed = new TreeSet<>();
        for (List<String> command : List.of(List.of("list", "--json"), List.of("search", "sinkhorn", "--json"),
                List.of("show", SINKHORN, "--json"), List.of("recommend", "--json"), List.of("days", "--json"),
                List.of("tags", "--json"), List.of("mute", "--json"), List.of("sources", "--json"))) {
            List<Map<String, Object>> objects = json(command.toArray(String[]::new));
            assertThat(objects).as(String.join(" ", command)).isNotEmpty();
            objects.forEach(object -> collectKeys(object, printed));
        }
        List<String> unnamed = new ArrayList<>();
        for (String key : printed) {
            if (!Pattern.compile("(?<![\\w-])" + Pattern.quote(key) + "(?![\\w-])").matcher(paragraph).find()) {
                unnamed.add(key);
            }
        }
        assertThat(unnamed).as("fields printed that the README's JSON paragraph does not name").isEmpty();
    }

    /** From "JSON objects carry" to the end of its paragraph. */
    private static String jsonParagraph() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("JSON objects carry");
        assertThat(start).as("README's JSON paragraph").isNotNegative();
        int end = readme.indexOf("\n\n", start);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static void collectKeys(Object value, Set<String> keys) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> {
                keys.add((String) key);
                collectKeys(inner, keys);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(inner -> collectKeys(inner, keys));
        }
    }

    private List<Map<String, Object>> json(String... args) {
        CliRun run = run(args);
        return run.json();
    }

    private CliRun run(String... args) {
        CliRun run = CliRun.of(data, args);
        assertThat(run.status()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return run;
    }
}
