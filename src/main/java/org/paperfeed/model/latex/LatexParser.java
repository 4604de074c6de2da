package org.paperfeed.model.latex;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one title or abstract into {@link LatexSegment}s. A hand-written scanner rather than a library, because the
 * index and the highlighting need to know which source characters every piece of Unicode came from.
 *
 * <p>Text outside math is mostly plain: only commands ({@code \"o}, {@code \%}, {@code \emph{…}}) and the braces
 * around them change. A formula is converted whole or not at all. Bounded on every path: a step budget linear in the
 * input, a nesting limit, and {@link LatexText#MAX_FORMULA_CHARS} per formula.
 */
final class LatexParser {

    private static final int MAX_DEPTH = 24;
    /** A character an address escapes, as hyperref reads it: {@code \#}, {@code \_}, {@code \%}, {@code \&}. */
    private static final Pattern ESCAPED_IN_ADDRESS = Pattern.compile("\\\\([#_%&])");
    /** What arXiv puts in an abstract where an address was: "this https URL". */
    private static final Pattern ARXIV_STAND_IN = Pattern.compile("(?i)this\\s+https?\\s+URL");
    /** Scanning is linear; the budget allows each character to be looked at this many times over. */
    private static final int STEPS_PER_CHAR = 64;
    /** More open braces than this are simply kept: no abstract nests that deep. */
    private static final int MAX_BRACES = 256;

    private final String src;
    private final int n;
    private long budget;
    private final List<LatexSegment> out = new ArrayList<>();
    /** For each open brace in text: whether it was dropped (it belongs to markup), so its closing one is too. */
    private final BitSet dropped = new BitSet();
    private int openBraces;

    /** The formula could not be read; it is shown as written. */
    private static class Unparseable extends RuntimeException {
        Unparseable() {
            super(null, null, false, false);
        }
    }

    /** The formula defines or includes something: shown as written and never typeset. */
    private static final class Refused extends Unparseable {
    }

    /** The step budget ran out: the whole text is shown as written. */
    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super("LaTeX step budget exceeded", null, false, false);
        }
    }

    /** Converted text and where in the source it ended. */
    private record Item(String text, int end) {
    }

    LatexParser(String src) {
        this.src = src;
        this.n = src.length();
        this.budget = (long) STEPS_PER_CHAR * n + 10_000;
    }

    /** False for text with no markup at all, the usual case, which is then left alone without any parsing. */
    static boolean mayHoldMarkup(String text) {
        return holdsMarkupCharacter(text) || text.contains("--");
    }

    /** Whether the text holds a character that starts a command, a formula, a group or a tie. */
    private static boolean holdsMarkupCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '$' || c == '{' || c == '}' || c == '~') {
                return true;
            }
        }
        return false;
    }

    List<LatexSegment> parse() {
        int plainFrom = 0;
        int i = 0;
        // Where the web address the parse is in ends: its ~ is a character of the address (/~name), not a tie.
        int addressEnd = 0;
        while (i < n) {
            spend();
            char c = src.charAt(i);
            if (i >= addressEnd && c == 'h' && (src.startsWith("http://", i) || src.startsWith("https://", i))) {
                addressEnd = i;
                while (addressEnd < n && !Character.isWhitespace(src.charAt(addressEnd))) {
                    addressEnd++;
                }
            }
            LatexSegment piece = null;
            if (c == '$' || (c == '\\' && i + 1 < n && (src.charAt(i + 1) == '(' || src.charAt(i + 1) == '['))) {
                piece = formula(i);
            } else if (c == '\\') {
                piece = textCommand(i);
            } else if (c == '{') {
                piece = openBrace(i);
            } else if (c == '}') {
                piece = closeBrace(i);
            } else if (c == '~' && i >= addressEnd && i > 0 && !Character.isWhitespace(src.charAt(i - 1))
                    && i + 1 < n && Character.isLetter(src.charAt(i + 1))) {
                // A tie between words or a number and its unit (532~nm); "~10%" (about ten) stays as written.
                piece = new LatexSegment(i, i + 1, " ", null, false, false);
            } else if (c == '-' && i >= addressEnd) {
                piece = dash(i);
            }
            if (piece == null) {
                i++;
                continue;
            }
            if (plainFrom < i) {
                out.add(LatexSegment.verbatim(src, plainFrom, i));
            }
            out.add(piece);
            i = piece.end();
            plainFrom = i;
        }
        if (plainFrom < n) {
            out.add(LatexSegment.verbatim(src, plainFrom, n));
        }
        return out;
    }

    /**
     * {@code --} as an en dash (Cameron--Walker, 2.88--3.45) and {@code ---} as an em dash (GPUs---among), as LaTeX
     * sets them; null for a single hyphen. A run of four or more (a rule drawn in text) and an arrow ({@code -->},
     * {@code <--}) stay as written. Its whole run is looked at here, so the scan never meets its tail as a run.
     */
    private LatexSegment dash(int i) {
        int end = i;
        while (end < n && src.charAt(end) == '-') {
            end++;
        }
        int length = end - i;
        if (length < 2) {
            return null;
        }
        boolean arrow = (end < n && src.charAt(end) == '>') || (i > 0 && src.charAt(i - 1) == '<');
        if (length > 3 || arrow) {
            return LatexSegment.verbatim(src, i, end);
        }
        return new LatexSegment(i, end, length == 2 ? "\u2013" : "\u2014", null, false, false);
    }

    private void spend() {
        if (--budget < 0) {
            throw new BudgetExceeded();
        }
    }

    // ---- text ------------------------------------------------------------------------------------------------

    /** A brace that opens markup ({@code {\"o}}, {@code {\em …}}) is dropped; other braces are text. */
    private LatexSegment openBrace(int i) {
        boolean drop = i + 1 < n && src.charAt(i + 1) == '\\';
        push(drop);
        return drop ? new LatexSegment(i, i + 1, "", null, false, false) : null;
    }

    private LatexSegment closeBrace(int i) {
        if (openBraces == 0) {
            return null;
        }
        openBraces--;
        boolean drop = openBraces < MAX_BRACES && dropped.get(openBraces);
        return drop ? new LatexSegment(i, i + 1, "", null, false, false) : null;
    }

    private void push(boolean drop) {
        if (openBraces < MAX_BRACES) {
            dropped.set(openBraces, drop);
        }
        openBraces++;
    }

    /** A command in text, or null to show it as written. */
    private LatexSegment textCommand(int i) {
        if (i + 1 >= n) {
            return null;
        }
        char c = src.charAt(i + 1);
        if (!isLetter(c)) {
            String symbol = switch (c) {
                case '%', '&', '_', '$', '#', '{', '}' -> String.valueOf(c);
                case ' ', '\\' -> " ";
                case ',', ';', ':' -> "\u2009";
                case '!', '-', '/', '@' -> "";
                default -> null;
            };
            if (symbol != null) {
                return new LatexSegment(i, i + 2, symbol, null, false, false);
            }
            Character accent = LatexSymbols.ACCENTS.get(String.valueOf(c));
            return accent == null ? null : accented(i, i + 2, accent);
        }
        int end = wordEnd(i + 1);
        String name = src.substring(i + 1, end);
        if (LatexSymbols.REFUSED.contains(name)) {
            return null;
        }
        Character accent = LatexSymbols.ACCENTS.get(name);
        if (accent != null) {
            return accented(i, end, accent);
        }
        if (name.equals("href")) {
            return href(i, end);
        }
        if (LatexSymbols.STYLES.contains(name) || LatexSymbols.NOTHING.contains(name)) {
            // The command goes, its argument stays as text (so it keeps its own marks), its braces go.
            int after = skipSpaces(end);
            if (after < n && src.charAt(after) == '{') {
                push(true);
                return new LatexSegment(i, after + 1, "", null, false, false);
            }
            return new LatexSegment(i, after, "", null, false, false);
        }
        String word = LatexSymbols.WORDS.get(name);
        if (word != null) {
            // As TeX does, the spaces that end a control word are not text, nor is an empty group ({@code \ss{}}).
            int after = src.startsWith("{}", end) ? end + 2 : skipSpaces(end);
            return new LatexSegment(i, after, word, null, false, false);
        }
        try {
            // Math commands outside math ($ signs lost when a snippet was cut): \mathcal{L}, \frac{a}{b}.
            Item item = mathCommand(i, n, 0);
            return new LatexSegment(i, item.end(), item.text(), null, false, false);
        } catch (Unparseable e) {
            return null;
        }
    }

    /**
     * {@code \href{ADDRESS}{WORDS}}: the address when the words, as they read, are it or its end ("github.com/x/y"),
     * arXiv's "this https URL", or markup still; else "WORDS (ADDRESS)", so the reader sees where "project page" leads
     * and the window can link it.
     * Null (shown as written) unless both groups are there and the address is one word.
     */
    private LatexSegment href(int start, int afterCommand) {
        int open = skipSpaces(afterCommand);
        int close = addressClose(open);
        if (close < 0) {
            return null;
        }
        int wordsOpen = skipSpaces(close + 1);
        if (wordsOpen >= n || src.charAt(wordsOpen) != '{') {
            return null;
        }
        int depth = 0;
        int wordsClose = wordsOpen;
        for (; wordsClose < n; wordsClose++) {
            spend();
            char c = src.charAt(wordsClose);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                break;
            }
        }
        if (wordsClose >= n) {
            return null;
        }
        // hyperref takes \# and \_ in an address as the characters (codalab.org/c/18413\#learn\_the\_details).
        String address = ESCAPED_IN_ADDRESS.matcher(src.substring(open + 1, close)).replaceAll("$1");
        String words = src.substring(wordsOpen + 1, wordsClose).strip();
        if (holdsMarkupCharacter(words)) {
            // "\textbf{link}", "\texttt{github.com/x/y}" (59 real abstracts): the words as they read. Words still
            // holding markup once read (a colour this reading does not know) give way to the address.
            words = readWords(words);
        }
        boolean markup = words.isEmpty() || holdsMarkupCharacter(words);
        // "github.com/x/y" for https://github.com/x/y is the address; "here" for https://x.org/there is not, nor is
        // arXiv's own stand-in for an address it took out of an abstract, "this https URL".
        boolean theAddress = address.equals(words) || (address.endsWith(words) && words.contains("."))
                || ARXIV_STAND_IN.matcher(words).matches();
        String text = markup || theAddress ? address : words + " (" + address + ")";
        return new LatexSegment(start, wordsClose + 1, text, null, false, false);
    }

    /**
     * A link's words as they read, or as written when they cannot be read. Words holding a link of their own stay as
     * written, so that no text is read more than twice however deeply links nest.
     */
    private static String readWords(String words) {
        if (words.contains("\\href")) {
            return words;
        }
        try {
            StringBuilder read = new StringBuilder(words.length());
            new LatexParser(words).parse().forEach(segment -> read.append(segment.text()));
            return read.toString().strip();
        } catch (RuntimeException | StackOverflowError e) {
            return words;
        }
    }

    /** {@code \"o}, {@code \"{o}}, {@code \'{\i}}, {@code \v c}: the letter with its accent, or null. */
    private LatexSegment accented(int start, int afterCommand, char accent) {
        Item base = accentBase(afterCommand);
        if (base == null) {
            return null;
        }
        String composed = Normalizer.normalize(base.text() + accent, Normalizer.Form.NFC);
        return new LatexSegment(start, base.end(), composed, null, false, false);
    }

    private Item accentBase(int from) {
        int j = skipSpaces(from);
        if (j >= n) {
            return null;
        }
        boolean braced = src.charAt(j) == '{';
        int k = braced ? j + 1 : j;
        Item letter = dotlessOrLetter(k);
        if (letter == null) {
            return null;
        }
        if (!braced) {
            return letter;
        }
        return letter.end() < n && src.charAt(letter.end()) == '}' ? new Item(letter.text(), letter.end() + 1) : null;
    }

    /** One letter, or {@code \i} / {@code \j} (which take accents without their dots). */
    private Item dotlessOrLetter(int k) {
        if (k >= n) {
            return null;
        }
        char c = src.charAt(k);
        if (c == '\\' && k + 1 < n && (src.charAt(k + 1) == 'i' || src.charAt(k + 1) == 'j')
                && (k + 2 >= n || !isLetter(src.charAt(k + 2)))) {
            return new Item(String.valueOf(src.charAt(k + 1)), skipSpaces(k + 2));
        }
        return Character.isLetter(c) ? new Item(String.valueOf(c), k + 1) : null;
    }

    // ---- formulas ----------------------------------------------------------------------------------------------

    /** A formula starting at {@code i}, or null when its delimiter is never closed (then it is just a character). */
    private LatexSegment formula(int i) {
        String open;
        String close;
        if (src.charAt(i) == '$') {
            boolean display = i + 1 < n && src.charAt(i + 1) == '$';
            open = display ? "$$" : "$";
            close = open;
        } else {
            open = src.substring(i, i + 2);
            close = open.equals("\\(") ? "\\)" : "\\]";
        }
        int from = i + open.length();
        int closing = find(close, from);
        if (closing < 0 || closing == from) {
            return null;
        }
        int end = closing + close.length();
        LatexSegment address = addressInMath(i, from, closing, end);
        if (address != null) {
            return address;
        }
        String raw = src.substring(i, end);
        if (closing - from > LatexText.MAX_FORMULA_CHARS) {
            return new LatexSegment(i, end, raw, null, true, true);
        }
        String formula = src.substring(from, closing);
        if (refuses(from, closing)) {
            return new LatexSegment(i, end, raw, null, true, true);
        }
        try {
            String text = mathRange(from, closing, 0);
            return new LatexSegment(i, end, text, formula, true, false);
        } catch (Refused e) {
            return new LatexSegment(i, end, raw, null, true, true);
        } catch (Unparseable e) {
            // Not readable as Unicode, perhaps still typeset: the renderer decides for itself.
            return new LatexSegment(i, end, raw, formula, true, true);
        }
    }

    /**
     * A formula that is only {@code \href{…}{…}} or the url command: an address set in math by mistake (37 of 144,468
     * real abstracts, {@code $\href{https://github.com/x/y}{https://github.com/x/y}$}). No typesetter draws a link,
     * so it reads as the same command would in text, or null when the formula is anything else.
     */
    private LatexSegment addressInMath(int start, int from, int closing, int end) {
        int command = skipSpaces(from);
        if (command >= closing || src.charAt(command) != '\\') {
            return null;
        }
        int nameEnd = wordEnd(command + 1);
        String name = src.substring(command + 1, nameEnd);
        LatexSegment read;
        if (name.equals("href")) {
            read = href(command, nameEnd);
        } else if (name.equals("url")) {
            read = url(command, nameEnd);
        } else {
            return null;
        }
        if (read == null || skipSpaces(read.end()) != closing) {
            return null;
        }
        return new LatexSegment(start, end, read.text(), null, false, false);
    }

    /** The url command's address ({@code {ADDRESS}} after it), or null unless that group is there, one word. */
    private LatexSegment url(int start, int afterCommand) {
        int open = skipSpaces(afterCommand);
        int close = addressClose(open);
        return close < 0 ? null : new LatexSegment(start, close + 1, src.substring(open + 1, close), null, false, false);
    }

    /** Where the group opening at {@code open} closes, if it holds an address (one word, no groups); else -1. */
    private int addressClose(int open) {
        if (open >= n || src.charAt(open) != '{') {
            return -1;
        }
        int close = open + 1;
        while (close < n && src.charAt(close) != '}') {
            spend();
            if (Character.isWhitespace(src.charAt(close)) || src.charAt(close) == '{') {
                return -1;
            }
            close++;
        }
        return close >= n || close == open + 1 ? -1 : close;
    }

    /** Whether {@code [from, to)} names a command that defines or includes something, wherever it stands. */
    private boolean refuses(int from, int to) {
        for (int j = from; j < to; j++) {
            spend();
            if (src.charAt(j) == '\\' && j + 1 < to) {
                int end = Math.min(wordEnd(j + 1), to);
                if (end > j + 1 && LatexSymbols.REFUSED.contains(src.substring(j + 1, end))) {
                    return true;
                }
                j = Math.max(j + 1, end - 1);
            }
        }
        return false;
    }

    /** Where {@code close} next occurs outside a backslash escape, or -1. */
    private int find(String close, int from) {
        for (int j = from; j < n; j++) {
            spend();
            if (src.startsWith(close, j)) {
                return j;
            }
            if (src.charAt(j) == '\\') {
                j++;
            }
        }
        return -1;
    }

    /** The Unicode form of the math in {@code [from, to)}. */
    private String mathRange(int from, int to, int depth) {
        if (depth > MAX_DEPTH) {
            throw new Unparseable();
        }
        StringBuilder text = new StringBuilder();
        int i = from;
        while (i < to) {
            spend();
            char c = src.charAt(i);
            if (Character.isWhitespace(c)) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                i++;
            } else if (c == '{') {
                int close = matching(i, to);
                text.append(mathRange(i + 1, close, depth + 1));
                i = close + 1;
            } else if (c == '^' || c == '_') {
                Item argument = argument(i + 1, to, depth + 1);
                text.append(script(c == '^', argument.text()));
                i = argument.end();
            } else if (c == '\\') {
                Item command = mathCommand(i, to, depth + 1);
                text.append(command.text());
                i = command.end();
            } else if (c == '\'') {
                text.append('′');
                i++;
            } else if (c == '~') {
                text.append(' ');
                i++;
            } else if (c == '}' || c == '&' || c == '#' || c == '$' || c == '%') {
                throw new Unparseable();
            } else {
                text.append(c);
                i++;
            }
        }
        return text.toString();
    }

    /** The closing brace of the group opened at {@code open}, within {@code to}. */
    private int matching(int open, int to) {
        int depth = 0;
        for (int j = open; j < to; j++) {
            spend();
            char c = src.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return j;
            }
        }
        throw new Unparseable();
    }

    /** The argument of a command or script: a group, a command, or one character. */
    private Item argument(int from, int to, int depth) {
        int i = from;
        while (i < to && Character.isWhitespace(src.charAt(i))) {
            i++;
        }
        if (i >= to) {
            throw new Unparseable();
        }
        char c = src.charAt(i);
        if (c == '{') {
            int close = matching(i, to);
            return new Item(mathRange(i + 1, close, depth + 1), close + 1);
        }
        if (c == '\\') {
            return mathCommand(i, to, depth + 1);
        }
        if (c == '}' || c == '^' || c == '_' || c == '&' || c == '#' || c == '$') {
            throw new Unparseable();
        }
        int end = i + Character.charCount(src.codePointAt(i));
        return new Item(src.substring(i, Math.min(end, to)), Math.min(end, to));
    }

    private static String script(boolean up, String text) {
        if (up && (text.equals("′") || text.equals("*") || text.equals("∗"))) {
            return text.equals("′") ? "′" : "*";
        }
        if (up && text.equals("∘")) {
            return "°";
        }
        String mapped = up ? LatexSymbols.superscript(text) : LatexSymbols.subscript(text);
        if (mapped != null) {
            return mapped;
        }
        return (up ? "^" : "_") + (isWord(text) ? text : "(" + text + ")");
    }

    /** A control sequence at {@code i} (a backslash) in math. */
    private Item mathCommand(int i, int to, int depth) {
        if (depth > MAX_DEPTH || i + 1 >= to) {
            throw new Unparseable();
        }
        char c = src.charAt(i + 1);
        if (!isLetter(c)) {
            String symbol = switch (c) {
                case '{', '}', '%', '$', '&', '_', '#' -> String.valueOf(c);
                case '|' -> "‖";
                case ',', ';', ':', '>', ' ', '\\' -> " ";
                case '!' -> "";
                default -> null;
            };
            if (symbol == null) {
                throw new Unparseable();
            }
            return new Item(symbol, i + 2);
        }
        int end = Math.min(wordEnd(i + 1), to);
        String name = src.substring(i + 1, end);
        if (LatexSymbols.REFUSED.contains(name)) {
            throw new Refused();
        }
        String word = LatexSymbols.WORDS.get(name);
        if (word != null) {
            return new Item(word, end);
        }
        if (LatexSymbols.NOTHING.contains(name)) {
            int after = skipSpaces(end);
            boolean delimiter = name.equals("left") || name.equals("right") || name.equals("middle");
            return new Item("", delimiter && after < to && src.charAt(after) == '.' ? after + 1 : end);
        }
        switch (name) {
            case "rm", "bf", "it", "em", "sf", "tt", "sc", "displaystyle", "textstyle", "scriptstyle" -> {
                return new Item("", end);
            }
            case "frac", "dfrac", "tfrac", "cfrac" -> {
                Item numerator = argument(end, to, depth);
                Item denominator = argument(numerator.end(), to, depth);
                return new Item(wrapped(numerator.text()) + "/" + wrapped(denominator.text()), denominator.end());
            }
            case "sqrt" -> {
                int at = skipSpaces(end);
                if (at < to && src.charAt(at) == '[') {
                    int close = src.indexOf(']', at);
                    if (close < 0 || close >= to) {
                        throw new Unparseable();
                    }
                    at = close + 1;
                }
                Item radicand = argument(at, to, depth);
                return new Item("√" + wrapped(radicand.text()), radicand.end());
            }
            default -> {
                // fall through to the tables below
            }
        }
        if (LatexSymbols.STYLES.contains(name)) {
            return argument(end, to, depth);
        }
        if (LatexSymbols.isAlphabet(name)) {
            Item letters = argument(end, to, depth);
            StringBuilder text = new StringBuilder();
            letters.text().chars().forEach(ch -> text.append(LatexSymbols.alphabet(name, (char) ch)));
            return new Item(text.toString(), letters.end());
        }
        Character accent = LatexSymbols.MATH_ACCENTS.get(name);
        if (accent != null) {
            Item base = argument(end, to, depth);
            String text = base.text().codePointCount(0, base.text().length()) == 1
                    ? Normalizer.normalize(base.text() + accent, Normalizer.Form.NFC) : base.text();
            return new Item(text, base.end());
        }
        throw new Unparseable();
    }

    /** A fraction's part as written when it is one symbol or word, in parentheses otherwise. */
    private static String wrapped(String text) {
        return isWord(text) ? text : "(" + text + ")";
    }

    /** One symbol or a run without spaces and operators: readable without parentheses. */
    private static boolean isWord(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (" +-−=/<>,±∓×⋅·:;".indexOf(text.charAt(i)) >= 0) {
                return text.codePointCount(0, text.length()) == 1;
            }
        }
        return true;
    }

    private int wordEnd(int from) {
        int j = from;
        while (j < n && isLetter(src.charAt(j))) {
            spend();
            j++;
        }
        return j;
    }

    private int skipSpaces(int from) {
        int j = from;
        while (j < n && (src.charAt(j) == ' ' || src.charAt(j) == '\n' || src.charAt(j) == '\t')) {
            spend();
            j++;
        }
        return j;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
