package org.paperfeed.library;

import java.util.ArrayList;
import java.util.List;

/** Splits what the user typed into words, phrases, field prefixes, negations and parentheses. */
final class QueryLexer {

    enum Kind { WORD, PHRASE, FIELD, NOT, OR, OPEN, CLOSE }

    record Token(Kind kind, String text) {
    }

    private QueryLexer() {
    }

    static List<Token> tokens(String query) throws QuerySyntaxException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Kind.OPEN, "("));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Kind.CLOSE, ")"));
                i++;
            } else if (c == '"') {
                int end = query.indexOf('"', i + 1);
                if (end < 0) {
                    throw new QuerySyntaxException("missing closing quote after " + excerpt(query.substring(i)));
                }
                tokens.add(new Token(Kind.PHRASE, query.substring(i + 1, end)));
                i = end + 1;
            } else if (c == '-' && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1))
                    && (tokens.isEmpty() || i == 0 || Character.isWhitespace(query.charAt(i - 1))
                    || query.charAt(i - 1) == '(')) {
                tokens.add(new Token(Kind.NOT, "-"));
                i++;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(query.charAt(end)) && "()\"".indexOf(query.charAt(end)) < 0) {
                    end++;
                }
                String word = query.substring(i, end);
                i = end;
                addWord(tokens, word);
            }
        }
        return tokens;
    }

    private static void addWord(List<Token> tokens, String word) {
        int colon = word.indexOf(':');
        if (colon > 0 && word.substring(0, colon).chars().allMatch(Character::isLetter)) {
            tokens.add(new Token(Kind.FIELD, word.substring(0, colon).toLowerCase(java.util.Locale.ROOT)));
            if (colon + 1 < word.length()) {
                tokens.add(new Token(Kind.WORD, word.substring(colon + 1)));
            }
        } else if (word.equals("OR") || word.equals("|")) {
            tokens.add(new Token(Kind.OR, word));
        } else if (word.equals("NOT")) {
            tokens.add(new Token(Kind.NOT, word));
        } else if (!word.equals("AND") && !word.equals("&&")) {
            tokens.add(new Token(Kind.WORD, word));
        }
    }

    static String excerpt(String text) {
        return text.length() <= 30 ? "'" + text + "'" : "'" + text.substring(0, 30) + "…'";
    }
}
