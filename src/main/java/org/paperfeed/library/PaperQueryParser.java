package org.paperfeed.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.paperfeed.library.QueryLexer.Kind;
import org.paperfeed.library.QueryLexer.Token;
import org.paperfeed.model.IsoDay;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;

/**
 * The search syntax people already know from mail and web search, and nothing more: bare words (all must match),
 * {@code "phrases"}, {@code OR}, {@code -word}, {@code prefix*}, parentheses and the fields below.
 *
 * <p>Hand-written rather than Lucene's classic parser because that one also accepts regular expressions, fuzzy
 * and range syntax, whose cost a stray character can blow up, and because its errors are grammar dumps.
 */
final class PaperQueryParser {

    static final int MAX_QUERY_LENGTH = 2000;
    static final int MAX_TERMS = 64;
    private static final String FIELDS = "title:, abstract:, author:, keyword:, org:, note:, tag:, source:, category:, "
            + "is:, listed:, after:, before:, added:, doi:, arxiv:";
    private static final float TITLE_BOOST = 2f;
    /** AI keywords and organizations are searched by default, but a word in the title or abstract counts more. */
    private static final float EXTRAS_BOOST = 0.3f;
    private static final List<String> DEFAULT_FIELDS = List.of(PaperFields.TITLE, PaperFields.ABSTRACT,
            PaperFields.AUTHOR, PaperFields.KEYWORD, PaperFields.ORG);
    private static final float AS_WRITTEN_BOOST = 0.5f;

    private final Analyzer stemmed = PaperAnalyzers.stemmedQuery();
    private final Analyzer exact = PaperAnalyzers.exact();
    private final Clock clock;
    private final LatestListingDay latestListingDay;

    /** Finds the latest day any paper was listed on, only when a query asks for {@code listed:latest}. */
    @FunctionalInterface
    interface LatestListingDay {
        Optional<LocalDate> get() throws IOException;
    }

    /** Parser state for one query. */
    private static final class Run {
        private final List<Token> tokens;
        private int pos;
        private int terms;

        Run(List<Token> tokens) {
            this.tokens = tokens;
        }
    }

    PaperQueryParser(Clock clock) {
        this(clock, Optional::empty);
    }

    PaperQueryParser(Clock clock, LatestListingDay latestListingDay) {
        this.clock = clock;
        this.latestListingDay = latestListingDay;
    }

    /** This parser, answering {@code listed:latest} from {@code latest}. */
    PaperQueryParser withLatestListingDay(LatestListingDay latest) {
        return new PaperQueryParser(clock, latest);
    }

    /** The clock {@code listed:today}, {@code listed:yesterday} and {@code added:} are read from. */
    Clock clock() {
        return clock;
    }

    /**
     * The Lucene query for {@code text}; an empty (or blank) query matches every paper, a query with nothing to search
     * for in it ({@code &&}, {@code -}, {@code ()}) is refused.
     */
    Query parse(String text) throws QuerySyntaxException {
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new QuerySyntaxException("query too long: " + text.length() + " characters, at most "
                    + MAX_QUERY_LENGTH);
        }
        Run run = new Run(QueryLexer.tokens(text));
        Query query = sequence(run);
        if (run.pos < run.tokens.size()) {
            throw new QuerySyntaxException("unexpected ')' without a matching '('");
        }
        // Not "no tokens": the lexer drops AND and &&, so "&&" alone has none, and would match every paper as an
        // empty query does. Text made only of operators or punctuation is nothing to search for.
        if (!text.isBlank() && run.terms == 0) {
            throw new QuerySyntaxException("nothing to search for in " + QueryLexer.excerpt(text.strip()));
        }
        return query;
    }

    /** Terms side by side: all must match. */
    private Query sequence(Run run) throws QuerySyntaxException {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean positive = false;
        boolean any = false;
        while (run.pos < run.tokens.size() && run.tokens.get(run.pos).kind() != Kind.CLOSE) {
            Clause clause = disjunction(run);
            if (clause == null) {
                continue;
            }
            any = true;
            positive |= clause.occur() != Occur.MUST_NOT;
            all.add(clause.query(), clause.occur());
        }
        if (!positive) {
            all.add(new MatchAllDocsQuery(), any ? Occur.MUST : Occur.SHOULD);
        }
        return all.build();
    }

    private Clause disjunction(Run run) throws QuerySyntaxException {
        Clause first = unary(run);
        if (!peek(run, Kind.OR)) {
            return first;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        addAlternative(any, first);
        while (peek(run, Kind.OR)) {
            run.pos++;
            if (run.pos >= run.tokens.size() || run.tokens.get(run.pos).kind() == Kind.CLOSE) {
                throw new QuerySyntaxException("OR needs a term on both sides");
            }
            addAlternative(any, unary(run));
        }
        return new Clause(any.build(), Occur.MUST);
    }

    private static void addAlternative(BooleanQuery.Builder any, Clause clause) {
        if (clause == null) {
            return;
        }
        if (clause.occur() == Occur.MUST_NOT) {
            any.add(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(clause.query(), Occur.MUST_NOT).build(), Occur.SHOULD);
        } else {
            any.add(clause.query(), Occur.SHOULD);
        }
    }

    private Clause unary(Run run) throws QuerySyntaxException {
        if (peek(run, Kind.NOT)) {
            // Named as typed: "NOT" alone said "'-' must be followed…", a character the user had not typed.
            String not = run.tokens.get(run.pos++).text();
            if (run.pos >= run.tokens.size()) {
                throw new QuerySyntaxException("'" + not + "' must be followed by the word to exclude");
            }
            Clause negated = primary(run);
            return negated == null ? null : new Clause(negated.query(), Occur.MUST_NOT);
        }
        return primary(run);
    }

    private Clause primary(Run run) throws QuerySyntaxException {
        Token token = run.tokens.get(run.pos++);
        switch (token.kind()) {
            case OPEN -> {
                Query inner = sequence(run);
                if (!peek(run, Kind.CLOSE)) {
                    throw new QuerySyntaxException("missing ')' to close '('");
                }
                run.pos++;
                return new Clause(inner, Occur.MUST);
            }
            case CLOSE -> throw new QuerySyntaxException("unexpected ')' without a matching '('");
            case OR -> throw new QuerySyntaxException("OR needs a term on both sides");
            case FIELD -> {
                if (run.pos >= run.tokens.size()
                        || !(peek(run, Kind.WORD) || peek(run, Kind.PHRASE))) {
                    throw new QuerySyntaxException(token.text() + ": needs a value, e.g. " + token.text() + ":word");
                }
                return field(run, token.text(), run.tokens.get(run.pos++));
            }
            case WORD, PHRASE -> {
                Clause words = text(run, token, DEFAULT_FIELDS);
                Query paper = token.kind() != Kind.WORD ? null
                        : PaperId.parseArxiv(token.text()).map(PaperQueryParser::idQuery)
                                .or(() -> bareDoi(token.text())).orElse(null);
                if (paper == null) {
                    return words;
                }
                // An arXiv id or a DOI typed or pasted finds its paper (it found none: ids are not words of the
                // text), and still the papers whose text names it.
                BooleanQuery.Builder either = new BooleanQuery.Builder().add(paper, Occur.SHOULD);
                if (words != null) {
                    either.add(words.query(), Occur.SHOULD);
                }
                return new Clause(either.build(), Occur.MUST);
            }
            default -> throw new QuerySyntaxException("unexpected " + token.text());
        }
    }

    private Clause field(Run run, String field, Token value) throws QuerySyntaxException {
        String v = value.text().strip();
        return switch (field) {
            case "title" -> text(run, value, List.of(PaperFields.TITLE));
            case "abstract" -> text(run, value, List.of(PaperFields.ABSTRACT));
            case "author", "authors" -> text(run, value, List.of(PaperFields.AUTHOR));
            case "keyword", "keywords" -> text(run, value, List.of(PaperFields.KEYWORD));
            case "org", "organization" -> text(run, value, List.of(PaperFields.ORG));
            case "note", "notes" -> text(run, value, List.of(PaperFields.NOTE));
            case "listed" -> filter(run, listed(v));
            case "tag" -> filter(run, tag(nonEmpty(field, v)));
            case "source" -> filter(run, keyword(PaperFields.SOURCE, nonEmpty(field, v).toLowerCase(Locale.ROOT)));
            case "category", "cat" -> filter(run, category(nonEmpty(field, v).toLowerCase(Locale.ROOT)));
            case "is" -> filter(run, flag(v));
            case "doi" -> filter(run, doi(nonEmpty(field, v)));
            case "arxiv" -> filter(run, idQuery(PaperId.parseArxiv(v).orElseThrow(() -> new QuerySyntaxException(
                    "arxiv: needs an arXiv id such as 2403.01234, not " + QueryLexer.excerpt(v)))));
            case "http", "https" -> filter(run, paperAt(field + ":" + v));
            case "after" -> filter(run, LongPoint.newRangeQuery(PaperFields.PUBLISHED,
                    firstDay(field, v).toEpochDay(), Long.MAX_VALUE));
            case "before" -> filter(run, LongPoint.newRangeQuery(PaperFields.PUBLISHED,
                    PaperDocuments.NO_DATE + 1, firstDay(field, v).toEpochDay() - 1));
            case "added" -> filter(run, LongPoint.newRangeQuery(PaperFields.ADDED,
                    addedSince(v).atStartOfDay(clock.getZone()).toInstant().toEpochMilli(), Long.MAX_VALUE));
            default -> throw new QuerySyntaxException("unknown field '" + field + ":'; use one of " + FIELDS);
        };
    }

    private Clause filter(Run run, Query query) throws QuerySyntaxException {
        count(run);
        return new Clause(query, Occur.FILTER);
    }

    /** A DOI typed bare ({@code 10.1016/j.jcp.2024.112345}), as {@code doi:} would find it. */
    private static Optional<Query> bareDoi(String word) {
        if (!word.startsWith("10.")) {
            return Optional.empty();
        }
        return org.paperfeed.model.Doi.parse(word).map(PaperQueryParser::doiTerm);
    }

    /** The paper with DOI {@code doi} (as {@link org.paperfeed.model.Doi#parse} spells it), whatever its id. */
    private static Query doiTerm(String doi) {
        return new TermQuery(new Term(PaperFields.DOI, doi));
    }

    private static Query idQuery(PaperId id) {
        return new TermQuery(new Term(PaperFields.ID, id.value()));
    }

    /**
     * A web address pasted into the search: the paper it is the page of (an arXiv or Hugging Face paper's page, a
     * doi.org link), or a clear refusal; "unknown field 'https:'" told the reader nothing.
     */
    private static Query paperAt(String address) throws QuerySyntaxException {
        Optional<PaperId> arxiv = PaperId.findArxivIn(address);
        if (arxiv.isPresent()) {
            return idQuery(arxiv.get());
        }
        return org.paperfeed.model.Doi.parse(address).map(PaperQueryParser::doiTerm).orElseThrow(
                () -> new QuerySyntaxException("a web address finds a paper only when it is an arXiv, Hugging Face or "
                        + "doi.org link to one, not " + QueryLexer.excerpt(address)));
    }

    /**
     * A DOI in any spelling ({@code 10.1038/X}, {@code doi:10.1038/x}, a doi.org link), matched case-insensitively
     * whatever the paper's id; {@code 10.1038/*} finds a publisher's or journal's prefix.
     */
    private static Query doi(String value) throws QuerySyntaxException {
        if (value.endsWith("*")) {
            return keyword(PaperFields.DOI, value.toLowerCase(Locale.ROOT));
        }
        return doiTerm(org.paperfeed.model.Doi.parse(value).orElseThrow(
                () -> new QuerySyntaxException("doi: needs a DOI such as 10.1038/s41586-024-07123-4, not "
                        + QueryLexer.excerpt(value))));
    }

    /**
     * The papers with the tag the user named ({@code tag:}, {@code list --tag}), read as a new tag is written
     * ({@link PaperState#namedTag}), so {@code tag:m}-zero-width-space-{@code l} finds {@code ml}. A tag an older
     * version wrote with invisible characters is still found as written while the library has not made it the tag it
     * looks like (it could not on a full disk).
     */
    static Query tag(String typed) {
        String named = PaperState.namedTag(typed);
        String asWritten = PaperState.normaliseTag(typed);
        if (named.equals(asWritten)) {
            return keyword(PaperFields.TAG, named);
        }
        return new BooleanQuery.Builder().add(keyword(PaperFields.TAG, named), Occur.SHOULD)
                .add(keyword(PaperFields.TAG, asWritten), Occur.SHOULD).build();
    }

    /** A prefix query for {@code word*} keyed on the folded prefix; a filter keyword query for exact keyword values. */
    private static Query keyword(String field, String value) {
        return value.endsWith("*") && value.length() > 1
                ? new PrefixQuery(new Term(field, value.substring(0, value.length() - 1)))
                : new TermQuery(new Term(field, value));
    }

    /**
     * The words of {@code field} that start with {@code prefix}, every match scoring the same. Each segment's matches
     * are gathered into one set of documents: Lucene's default instead keeps the sixteen commonest words apart so a
     * conjunction can skip through them, and for a short prefix of common words ({@code pro*} stands for thousands)
     * walking those sixteen lists side by side cost 2 to 4 times as much at 1,000,000 papers (pro* 107 against 26 ms),
     * more than any skipping saved. The hits and their scores are the same either way.
     */
    private static Query wordsUnder(String field, String prefix) {
        return new PrefixQuery(new Term(field, prefix), MultiTermQuery.CONSTANT_SCORE_REWRITE);
    }

    /**
     * A category, exactly; a value without a dot also matches the whole archive ({@code math} finds {@code math.AG},
     * not {@code math-ph}).
     */
    private static Query category(String value) {
        if (value.indexOf('.') >= 0 || value.endsWith("*")) {
            return keyword(PaperFields.CATEGORY, value);
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(PaperFields.CATEGORY, value)), Occur.SHOULD)
                .add(new TermQuery(new Term(PaperFields.ARCHIVE, value)), Occur.SHOULD)
                .build();
    }

    /** Papers listed on a day: {@code YYYY-MM-DD}, {@code today}, {@code yesterday} or {@code latest}. */
    private Query listed(String value) throws QuerySyntaxException {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = switch (value.toLowerCase(Locale.ROOT)) {
            case "today" -> today;
            case "yesterday" -> today.minusDays(1);
            case "latest" -> {
                try {
                    yield latestListingDay.get().orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException("the latest listing day could not be read", e);
                }
            }
            default -> IsoDay.parse(value).orElseThrow(() -> new QuerySyntaxException("listed: " + IsoDay.whyNot(value)
                    .orElse("needs a day like 2024-03-11, or latest, today or yesterday, not '" + value + "'")));
        };
        return day == null ? new MatchNoDocsQuery("no paper has a listing day")
                : LongPoint.newExactQuery(PaperFields.LISTED_DAY, day.toEpochDay());
    }

    private Clause text(Run run, Token token, List<String> fields) throws QuerySyntaxException {
        String raw = token.text();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean prefix = token.kind() == Kind.WORD && raw.endsWith("*");
        if (prefix) {
            List<String> words = analyze(exact, raw.substring(0, raw.length() - 1));
            if (words.size() != 1 || words.get(0).length() < 2) {
                throw new QuerySyntaxException("'" + raw + "': a prefix needs at least two letters before the *");
            }
            for (String field : fields) {
                any.add(boosted(wordsUnder(field, words.get(0)), field), Occur.SHOULD);
            }
        } else {
            boolean asWritten = token.kind() == Kind.PHRASE;
            List<String> stems = analyze(stemmed, raw);
            List<String> written = analyze(exact, raw);
            if (written.isEmpty()) {
                return null;
            }
            for (String field : fields) {
                boolean prose = !field.equals(PaperFields.AUTHOR);
                List<String> words = prose && !asWritten ? stems : written;
                any.add(boosted(terms(field, words), field), Occur.SHOULD);
                if (prose && !asWritten && !stems.equals(written)) {
                    float boost = AS_WRITTEN_BOOST * (field.equals(PaperFields.KEYWORD) || field.equals(PaperFields.ORG)
                            ? EXTRAS_BOOST : 1f);
                    any.add(new BoostQuery(terms(field, written), boost), Occur.SHOULD);
                }
            }
        }
        count(run);
        return new Clause(any.build(), Occur.MUST);
    }

    private static Query boosted(Query query, String field) {
        return switch (field) {
            case PaperFields.TITLE -> new BoostQuery(query, TITLE_BOOST);
            case PaperFields.KEYWORD, PaperFields.ORG -> new BoostQuery(query, EXTRAS_BOOST);
            default -> query;
        };
    }

    private static Query terms(String field, List<String> words) {
        if (words.size() == 1) {
            return new TermQuery(new Term(field, words.get(0)));
        }
        return new PhraseQuery(field, words.toArray(String[]::new));
    }

    private void count(Run run) throws QuerySyntaxException {
        if (++run.terms > MAX_TERMS) {
            throw new QuerySyntaxException("too many terms: at most " + MAX_TERMS);
        }
    }

    private static Query flag(String value) throws QuerySyntaxException {
        String flag = value.toLowerCase(Locale.ROOT);
        return switch (flag) {
            case PaperFields.FLAG_STARRED, PaperFields.FLAG_UNSTARRED, PaperFields.FLAG_NOTED ->
                    new TermQuery(new Term(PaperFields.FLAG, flag));
            case PaperFields.FLAG_READ -> PaperDocuments.readIs(true);
            case PaperFields.FLAG_UNREAD -> PaperDocuments.readIs(false);
            default -> throw new QuerySyntaxException("is: takes starred, unstarred, read, unread or noted, not '"
                    + value + "'");
        };
    }

    private static String nonEmpty(String field, String value) throws QuerySyntaxException {
        if (value.isEmpty()) {
            throw new QuerySyntaxException(field + ": needs a value");
        }
        return value;
    }

    private static LocalDate firstDay(String field, String value) throws QuerySyntaxException {
        Optional<LocalDate> day;
        try {
            day = switch (value.length()) {
                case 4 -> Optional.of(LocalDate.of(Integer.parseInt(value), 1, 1));
                case 7 -> Optional.of(YearMonth.parse(value).atDay(1));
                // Not LocalDate.parse: it takes +999999999-12-31, whose start of day overflows a long.
                default -> IsoDay.parse(value);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            day = Optional.empty();
        }
        return day.orElseThrow(() -> new QuerySyntaxException(field + ": " + IsoDay.whyNot(value)
                .orElse("needs a date like 2024-03-11, 2024-03 or 2024, not '" + value + "'")));
    }

    private LocalDate addedSince(String value) throws QuerySyntaxException {
        LocalDate today = LocalDate.now(clock);
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "today" -> today;
            case "yesterday" -> today.minusDays(1);
            case "week" -> today.minusDays(6);
            default -> firstDay("added", value);
        };
    }

    private static boolean peek(Run run, Kind kind) {
        return run.pos < run.tokens.size() && run.tokens.get(run.pos).kind() == kind;
    }

    private static List<String> analyze(Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return words;
    }

    private record Clause(Query query, Occur occur) {
    }
}
