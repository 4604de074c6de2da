package org.paperfeed.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** A worker's failure reaches the waiting caller as the caller would have met it itself. */
class WorkerFailuresTest {

    @Test
    void aDiskFailureStaysTheSameExceptionEvenWhenALambdaWrappedIt() {
        IOException full = new IOException("No space left on device");

        assertThat(WorkerFailures.rethrown(full)).isSameAs(full);
        assertThat(WorkerFailures.rethrown(new UncheckedIOException(full))).isSameAs(full);
    }

    @Test
    void uncheckedFailuresAndErrorsAreThrownAsTheyWereAndOtherCheckedOnesCarriedInAnIoException() {
        IllegalStateException bug = new IllegalStateException("bug");
        OutOfMemoryError memory = new OutOfMemoryError("heap");
        Exception other = new Exception("checked");

        assertThatThrownBy(() -> WorkerFailures.rethrown(bug)).isSameAs(bug);
        assertThatThrownBy(() -> WorkerFailures.rethrown(memory)).isSameAs(memory);
        assertThat(WorkerFailures.rethrown(other)).isInstanceOf(IOException.class).hasCause(other);
    }
}
