package org.paperfeed.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The class-cycle condition of {@link ArchitectureTest} can fail, and fails only on a cycle that is too long. */
class ClassCyclesTest {

    @Test
    void aRingOfFourClassesIsReportedWithEveryClassInIt() {
        JavaClasses ring = new ClassFileImporter().importPackages("org.paperfeed.architecture.cycles");

        EvaluationResult result = classes().should(ClassCycles.spanAtMost(3)).evaluate(ring);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains("a cycle of 4 classes", "cycles.First", "cycles.Second", "cycles.Third", "cycles.Fourth");
    }

    @Test
    void aRingOfThreeClassesIsAllowed() {
        JavaClasses ring = new ClassFileImporter().importPackages("org.paperfeed.architecture.triangle");

        assertThat(classes().should(ClassCycles.spanAtMost(3)).evaluate(ring).hasViolation()).isFalse();
        assertThat(classes().should(ClassCycles.spanAtMost(2)).evaluate(ring).hasViolation()).isTrue();
    }
}
