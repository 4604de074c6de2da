package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An unknown source name is refused in one line that names the sources there are, however many. */
class UnknownSourceExceptionTest {

    @Test
    void aLongListIsCutWithHowManyMoreAndAnEmptyOneSaysHowToAddOne() {
        List<String> many = IntStream.rangeClosed(1, 11).mapToObj(i -> "Feed " + i).toList();

        assertThat(new UnknownSourceException("Nope", many).getMessage()).isEqualTo("no source named 'Nope' (the"
                + " sources: 'Feed 1', 'Feed 2', 'Feed 3', 'Feed 4', 'Feed 5', 'Feed 6', 'Feed 7', 'Feed 8'"
                + " and 3 more)");
        assertThat(new UnknownSourceException("Nope", List.of()).getMessage())
                .isEqualTo("no source named 'Nope' (there are none: 'paperfeed sources add URL' adds one)");
    }
}
