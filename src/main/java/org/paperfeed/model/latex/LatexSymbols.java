package org.paperfeed.model.latex;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** What LaTeX's commands and alphabets read as in Unicode, where Unicode has a character for them. */
final class LatexSymbols {

    /** Control words that stand for one symbol (Greek, operators, arrows, relations, text symbols). */
    static final Map<String, String> WORDS = new HashMap<>();
    /** Commands whose argument is shown as it is: emphasis, fonts, text inside math, a web address. */
    static final Set<String> STYLES = Set.of("url", "emph", "textbf", "textit", "texttt", "textrm", "textsf", "textsc",
            "textnormal", "textup", "textsl", "text", "mbox", "hbox", "mathrm", "mathbf", "mathit", "mathsf", "mathtt",
            "mathnormal", "boldsymbol", "bm", "operatorname", "underline", "overline", "mathring", "textmd", "rm",
            "bf", "it", "em", "sf", "tt", "sc", "displaystyle", "textstyle", "scriptstyle");
    /** Commands that only space or size what follows, read as nothing. */
    static final Set<String> NOTHING = Set.of("left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl",
            "Bigr", "biggl", "biggr", "Biggl", "Biggr", "middle", "limits", "nolimits", "noindent", "xspace",
            "protect", "relax", "nonumber", "ensuremath");
    /**
     * Commands that define or include something. Nothing here expands macros, so they could do no harm, but a
     * formula holding one is not meant to be read: it is shown as written (and never typeset).
     */
    static final Set<String> REFUSED = Set.of("newcommand", "renewcommand", "providecommand", "def", "edef", "gdef",
            "xdef", "let", "futurelet", "DeclareMathOperator", "newenvironment", "renewenvironment", "input",
            "include", "csname", "endcsname", "catcode", "expandafter", "begin", "end", "usepackage", "write",
            "openout", "immediate", "loop", "repeat", "newif", "count", "advance", "uppercase", "lowercase");
    /** Accents written with a symbol ({@code \"o}) or a letter ({@code \v{c}}), as combining characters. */
    static final Map<String, Character> ACCENTS = Map.ofEntries(Map.entry("\"", '\u0308'), Map.entry("'", '\u0301'),
            Map.entry("`", '\u0300'), Map.entry("^", '\u0302'), Map.entry("~", '\u0303'), Map.entry("=", '\u0304'),
            Map.entry(".", '\u0307'), Map.entry("u", '\u0306'), Map.entry("v", '\u030C'), Map.entry("H", '\u030B'),
            Map.entry("c", '\u0327'), Map.entry("k", '\u0328'), Map.entry("r", '\u030A'), Map.entry("d", '\u0323'),
            Map.entry("b", '\u0331'));
    /** Math accents over one symbol ({@code \hat{x}}), as combining characters. */
    static final Map<String, Character> MATH_ACCENTS = Map.of("hat", '\u0302', "widehat", '\u0302', "bar", '\u0304',
            "tilde", '\u0303', "widetilde", '\u0303', "vec", '\u20D7', "dot", '\u0307', "ddot", '\u0308',
            "check", '\u030C', "breve", '\u0306');

    private static final String SUPERSCRIPT_FROM = "0123456789+-=()niabcdefghjklmoprstuvwxyzABDEGHIJKLMNOPRTUVW";
    private static final String SUPERSCRIPT_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵃᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ";
    private static final String SUBSCRIPT_FROM = "0123456789+-=()aehijklmnoprstuvx";
    private static final String SUBSCRIPT_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";

    static {
        greek();
        operators();
        text();
    }

    private LatexSymbols() {
    }

    /** {@code text} in superscript characters, or null when Unicode lacks one of them. */
    static String superscript(String text) {
        return map(text, SUPERSCRIPT_FROM, SUPERSCRIPT_TO);
    }

    /** {@code text} in subscript characters, or null when Unicode lacks one of them. */
    static String subscript(String text) {
        return map(text, SUBSCRIPT_FROM, SUBSCRIPT_TO);
    }

    private static String map(String text, String from, String to) {
        if (text.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = c == '−' ? from.indexOf('-') : from.indexOf(c);
            if (at < 0) {
                return null;
            }
            out.append(to.charAt(at));
        }
        return out.toString();
    }

    /**
     * A letter in a mathematical alphabet ({@code \mathcal}, {@code \mathscr}, {@code \mathbb}, {@code \mathfrak}),
     * or the letter itself where Unicode has none. The letter-like symbols block holds the few that the
     * mathematical alphanumeric block leaves out (ℬ, ℝ, ℭ…).
     */
    static String alphabet(String command, char letter) {
        boolean upper = letter >= 'A' && letter <= 'Z';
        boolean lower = letter >= 'a' && letter <= 'z';
        if (!upper && !lower) {
            if ("mathbb".equals(command) && letter >= '0' && letter <= '9') {
                return new String(Character.toChars(0x1D7D8 + letter - '0'));
            }
            return String.valueOf(letter);
        }
        String exception = switch (command) {
            case "mathcal", "mathscr" -> exception(letter, "BEFHILMRego", "ℬℰℱℋℐℒℳℛℯℊℴ");
            case "mathbb" -> exception(letter, "CHNPQRZ", "ℂℍℕℙℚℝℤ");
            case "mathfrak" -> exception(letter, "CHIRZ", "ℭℌℑℜℨ");
            default -> null;
        };
        if (exception != null) {
            return exception;
        }
        int base = switch (command) {
            case "mathcal", "mathscr" -> 0x1D49C;
            case "mathbb" -> 0x1D538;
            case "mathfrak" -> 0x1D504;
            default -> -1;
        };
        if (base < 0) {
            return String.valueOf(letter);
        }
        return new String(Character.toChars(base + (upper ? letter - 'A' : 26 + letter - 'a')));
    }

    private static String exception(char letter, String letters, String symbols) {
        int at = letters.indexOf(letter);
        return at < 0 ? null : String.valueOf(symbols.charAt(at));
    }

    static boolean isAlphabet(String command) {
        return "mathcal".equals(command) || "mathscr".equals(command) || "mathbb".equals(command)
                || "mathfrak".equals(command);
    }

    private static void greek() {
        String[] names = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
            "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"};
        String lower = "αβγδϵζηθικλμνξοπρστυϕχψω";
        String upper = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ";
        for (int i = 0; i < names.length; i++) {
            WORDS.put(names[i], String.valueOf(lower.charAt(i)));
            WORDS.put(Character.toUpperCase(names[i].charAt(0)) + names[i].substring(1),
                    String.valueOf(upper.charAt(i)));
        }
        put("varepsilon ε vartheta ϑ varpi ϖ varrho ϱ varsigma ς varphi φ varkappa ϰ digamma ϝ");
    }

    private static void operators() {
        put("sim ∼ simeq ≃ approx ≈ cong ≅ equiv ≡ neq ≠ ne ≠ leq ≤ le ≤ geq ≥ ge ≥ ll ≪ gg ≫ lesssim ≲ gtrsim ≳ "
                + "leqslant ⩽ geqslant ⩾ prec ≺ succ ≻ preceq ⪯ succeq ⪰ propto ∝ perp ⊥ parallel ∥ mid ∣ "
                + "pm ± mp ∓ times × div ÷ cdot ⋅ ast ∗ star ⋆ circ ∘ bullet ∙ oplus ⊕ ominus ⊖ otimes ⊗ odot ⊙ "
                + "wedge ∧ land ∧ vee ∨ lor ∨ neg ¬ lnot ¬ cap ∩ cup ∪ bigcap ⋂ bigcup ⋃ setminus ∖ "
                + "in ∈ notin ∉ ni ∋ subset ⊂ supset ⊃ subseteq ⊆ supseteq ⊇ subsetneq ⊊ emptyset ∅ varnothing ∅ "
                + "forall ∀ exists ∃ nexists ∄ partial ∂ nabla ∇ infty ∞ sum ∑ prod ∏ coprod ∐ int ∫ iint ∬ oint ∮ "
                + "to → rightarrow → leftarrow ← gets ← leftrightarrow ↔ Rightarrow ⇒ Leftarrow ⇐ Leftrightarrow ⇔ "
                + "implies ⟹ iff ⟺ mapsto ↦ longrightarrow ⟶ longleftarrow ⟵ uparrow ↑ downarrow ↓ "
                + "hookrightarrow ↪ rightleftharpoons ⇌ langle ⟨ rangle ⟩ lceil ⌈ rceil ⌉ lfloor ⌊ rfloor ⌋ "
                + "vert | Vert ‖ ell ℓ hbar ℏ Re ℜ Im ℑ aleph ℵ wp ℘ prime ′ dagger † ddagger ‡ angle ∠ triangle △ "
                + "cdots ⋯ ldots … dots … vdots ⋮ ddots ⋱ therefore ∴ because ∵ top ⊤ bot ⊥ vdash ⊢ models ⊨ "
                + "square □ Box □ Diamond ◇ checkmark ✓ lhd ◁ rhd ▷ triangleq ≜ doteq ≐ asymp ≍ "
                + "log log ln ln exp exp sin sin cos cos tan tan sinh sinh cosh cosh tanh tanh arcsin arcsin "
                + "arccos arccos arctan arctan max max min min sup sup inf inf lim lim limsup limsup liminf liminf "
                + "det det dim dim ker ker deg deg arg arg gcd gcd Pr Pr sgn sgn tr tr mod mod bmod mod");
    }

    private static void text() {
        put("ss ß o ø O Ø ae æ AE Æ oe œ OE Œ aa å AA Å l ł L Ł i ı j ȷ S § P ¶ dag † ddag ‡ copyright © "
                + "textregistered ® texttrademark ™ pounds £ euro € textendash – textemdash — textbullet • "
                + "textasciitilde ~ textasciicircum ^ textbackslash \\ textbar | textless < textgreater > "
                + "textdegree ° degree ° textmu µ textperthousand ‰ guillemotleft « guillemotright » "
                + "LaTeX LaTeX TeX TeX BibTeX BibTeX AmS AMS quad \u2003 qquad \u2003\u2003 enspace \u2002 "
                + "thinspace \u2009 "
                + "textquoteleft ‘ textquoteright ’ textquotedblleft “ textquotedblright ”");
        for (String space : new String[] {"newline", "linebreak", "par", "hfill", "space"}) {
            WORDS.put(space, " ");
        }
    }

    private static void put(String pairs) {
        String[] parts = pairs.trim().split(" +");
        for (int i = 0; i + 1 < parts.length; i += 2) {
            WORDS.put(parts[i], parts[i + 1]);
        }
    }
}
