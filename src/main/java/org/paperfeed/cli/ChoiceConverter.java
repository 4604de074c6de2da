package org.paperfeed.cli;

import java.util.List;
import java.util.Locale;
import org.paperfeed.app.export.ExportFormat;
import org.paperfeed.model.SortOrder;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an enum option, any constant in any case as picocli did, and names what the option takes in the words its
 * help uses when the value is none: picocli said "expected one of [RELEVANCE, DATE, TRENDING]", upper case, and
 * offered relevance to {@code list}, which takes only trending or date (its own check says why, past parsing).
 */
abstract class ChoiceConverter<E extends Enum<E>> implements ITypeConverter<E> {

    private final Class<E> type;
    private final List<E> named;

    ChoiceConverter(Class<E> type, List<E> named) {
        this.type = type;
        this.named = named;
    }

    @Override
    public final E convert(String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new TypeConversionException("'" + value + "' is not " + inWords());
    }

    /** "trending or date", "relevance, date or trending". */
    private String inWords() {
        List<String> words = named.stream().map(choice -> choice.name().toLowerCase(Locale.ROOT)).toList();
        int last = words.size() - 1;
        return last == 0 ? words.get(0) : String.join(", ", words.subList(0, last)) + " or " + words.get(last);
    }

    /** {@code search --sort}. */
    static final class SearchSort extends ChoiceConverter<SortOrder> {
        SearchSort() {
            super(SortOrder.class, List.of(SortOrder.RELEVANCE, SortOrder.DATE, SortOrder.TRENDING));
        }
    }

    /** {@code list --sort}: relevance is read, for {@code ListCommand} to say it needs a query. */
    static final class ListSort extends ChoiceConverter<SortOrder> {
        ListSort() {
            super(SortOrder.class, List.of(SortOrder.TRENDING, SortOrder.DATE));
        }
    }

    /** {@code export --format}. */
    static final class Format extends ChoiceConverter<ExportFormat> {
        Format() {
            super(ExportFormat.class, List.of(ExportFormat.JSON, ExportFormat.BIBTEX, ExportFormat.MARKDOWN));
        }
    }
}
