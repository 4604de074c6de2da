package org.paperfeed.cli;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.BrowseDays;
import org.paperfeed.app.ExportPapers;
import org.paperfeed.app.ForYou;
import org.paperfeed.app.ImportPapers;
import org.paperfeed.app.ManageMuteRules;
import org.paperfeed.app.ManageSources;
import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.PaperNotes;
import org.paperfeed.app.RefreshSources;
import org.paperfeed.app.SearchPapers;

/**
 * A command that needs one use case of the app: it is handed that one, not the whole {@link AppServices}, so its
 * signature says what it touches. The use cases are picked here, in one place, so the commands need not know
 * {@code AppServices} at all. A command that needs two or three is handed a small record of its own holding just
 * those ({@link UseCase#both}).
 *
 * @param <U> the use case
 */
abstract class UseCaseCommand<U> extends LibraryCommand {

    /** Which use case a command is handed. */
    static final class UseCase<U> {
        static final UseCase<BrowseDays> BROWSE = new UseCase<>(AppServices::browse);
        static final UseCase<ExportPapers> EXPORTS = new UseCase<>(AppServices::exports);
        static final UseCase<ForYou> FOR_YOU = new UseCase<>(AppServices::forYou);
        static final UseCase<ImportPapers> IMPORTS = new UseCase<>(AppServices::imports);
        static final UseCase<ManageMuteRules> MUTE_RULES = new UseCase<>(AppServices::muteRules);
        static final UseCase<ManageSources> SOURCES = new UseCase<>(AppServices::sources);
        static final UseCase<MarkPapers> MARKS = new UseCase<>(AppServices::marks);
        static final UseCase<PaperNotes> NOTES = new UseCase<>(AppServices::notes);
        static final UseCase<RefreshSources> REFRESH = new UseCase<>(AppServices::refresh);
        static final UseCase<SearchPapers> SEARCH = new UseCase<>(AppServices::search);

        private final Function<AppServices, U> pick;

        private UseCase(Function<AppServices, U> pick) {
            this.pick = pick;
        }

        /**
         * A use case handed with how sources are named ({@code names}), for a command that prints papers' rows:
         * "[imported 2026-08-21.json #10]" for a file the user imported rather than its bare name, "[2026-08-21 #10]".
         */
        static <U> UseCase<Named<U>> named(UseCase<U> useCase) {
            return both(useCase, SEARCH, (u, search) -> new Named<>(u, search::sourceName));
        }

        /** Two use cases handed together, as whatever {@code together} makes of them (the command's own record). */
        static <A, B, U> UseCase<U> both(UseCase<A> first, UseCase<B> second, BiFunction<A, B, U> together) {
            return new UseCase<>(app -> together.apply(first.pick.apply(app), second.pick.apply(app)));
        }
    }

    /** A use case and how its papers' sources are named ({@link UseCase#named}). */
    record Named<U>(U useCase, UnaryOperator<String> names) {
    }

    private final UseCase<U> useCase;

    UseCaseCommand(UseCase<U> useCase) {
        this.useCase = useCase;
    }

    @Override
    final int run(AppServices app) throws PaperFeedException {
        return run(useCase.pick.apply(app));
    }

    abstract int run(U useCase) throws PaperFeedException;
}
