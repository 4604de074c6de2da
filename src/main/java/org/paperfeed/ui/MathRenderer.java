package org.paperfeed.ui;

import java.awt.Color;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import org.jfree.fx.FXGraphics2D;
import org.paperfeed.model.latex.LatexText;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typesets formulas (JLaTeXMath, drawn on a JavaFX {@link Canvas} through FXGraphics2D) on a thread of its own, never
 * the UI thread. Formulas come from feeds, so each is bounded: at most {@link LatexText#MAX_FORMULA_CHARS} characters,
 * at most {@value #MAX_WIDTH}×{@value #MAX_HEIGHT} pixels, done within {@value #TIME_LIMIT_MS} ms; anything else,
 * any exception and any error (a stack overflow included) fails the future, and the caller shows the source.
 *
 * <p>Its own thread rather than the window's task executor: a formula that never finishes must not hold up searches.
 * When one runs out of time its thread is abandoned (a daemon, interrupted) and the next formula gets a new one; after
 * {@value #MAX_ABANDONED} abandoned threads no more formulas are typeset in this session.
 */
final class MathRenderer {

    static final int MAX_WIDTH = 4_000;
    static final int MAX_HEIGHT = 400;
    static final long TIME_LIMIT_MS = 3_000;
    static final int MAX_ABANDONED = 4;

    private static final Logger LOG = LoggerFactory.getLogger(MathRenderer.class);

    private ExecutorService thread = newThread();
    private int abandoned;

    /** A typeset formula whose baseline TextFlow lines up with the text around it. */
    static final class FormulaCanvas extends Canvas {
        private final double baseline;
        private final String source;

        FormulaCanvas(double width, double height, double baseline, String source) {
            super(width, height);
            this.baseline = baseline;
            this.source = source;
        }

        @Override
        public double getBaselineOffset() {
            return baseline;
        }

        /** The formula's source, with its delimiters: what copying it or a screen reader gets. */
        String source() {
            return source;
        }
    }

    /**
     * JLaTeXMath's own fonts, which FXGraphics2D asks JavaFX for by family name: without them JavaFX draws each
     * glyph's code in a default font (× in cmsy10 is code 0xA3, which reads £).
     */
    private static final String[] FONTS = {"base/jlm_cmex10", "base/jlm_cmmi10", "base/jlm_cmmib10",
        "maths/jlm_cmbsy10", "maths/jlm_cmsy10", "maths/jlm_msam10", "maths/jlm_msbm10", "maths/jlm_rsfs10",
        "maths/jlm_special", "maths/jlm_stmary10", "maths/optional/jlm_dsrom10", "euler/jlm_eufb10",
        "euler/jlm_eufm10", "latin/jlm_cmr10", "latin/jlm_jlmbi10", "latin/jlm_jlmbx10", "latin/jlm_jlmi10",
        "latin/jlm_jlmr10", "latin/jlm_jlmsb10", "latin/jlm_jlmsbi10", "latin/jlm_jlmsi10", "latin/jlm_jlmss10",
        "latin/jlm_jlmtt10", "latin/optional/jlm_cmbx10", "latin/optional/jlm_cmbxti10", "latin/optional/jlm_cmss10",
        "latin/optional/jlm_cmssbx10", "latin/optional/jlm_cmssi10", "latin/optional/jlm_cmti10",
        "latin/optional/jlm_cmtt10"};

    private static boolean fontsRegistered;

    private boolean warming;
    /** A formula was asked for: a warm-up waiting for a quiet moment starts at once. */
    private volatile boolean formulaAsked;

    MathRenderer() {
        // Nothing here: the warm-up (seconds of font loading on a busy machine) waits until the first paper rows are
        // drawn (warmUp), or until the first formula is asked for, whichever comes first.
    }

    /**
     * JLaTeXMath reads its fonts and tables on first use: done once, on the formula thread, before any formula's
     * time limit starts (the limit runs from a formula's turn, and the warm-up is queued ahead of it).
     */
    synchronized void warmUp() {
        warmUpWhenQuiet(giveUp -> { });
    }

    /**
     * The warm-up, started once {@code awaitQuiet} returns: like For you's background work, it waits while the reader
     * is typing (its 0.1–0.2 s of CPU competed with the keystrokes typed right after the first rows: p95 median of 5
     * runs 56.6 ms waiting, of 7 runs 63.5 ms not, 144,468 papers; the runs' spread is as wide), and stops waiting as
     * soon as a formula is asked for.
     */
    synchronized void warmUpWhenQuiet(Consumer<BooleanSupplier> awaitQuiet) {
        if (warming) {
            return;
        }
        warming = true;
        thread.execute(() -> {
            awaitQuiet.accept(() -> formulaAsked);
            try {
                registerFontsOnce();
                typeset("x^2", "$x^2$", 12, Color.BLACK);
            } catch (Throwable e) {
                LOG.warn("Formulas cannot be typeset here; they are shown as written: {}", e.toString());
            }
        });
    }

    /**
     * Registers the fonts with JavaFX once per process: they are the process's, not a window's. Each registration
     * also writes the font to a temporary file that JavaFX deletes only when the process exits, so registering them
     * again for every window (as the tests open hundreds) cost 30 files and their CPU each time.
     */
    private static synchronized void registerFontsOnce() throws java.io.IOException {
        if (fontsRegistered) {
            return;
        }
        for (String font : FONTS) {
            try (java.io.InputStream in = TeXFormula.class.getResourceAsStream("fonts/" + font + ".ttf")) {
                if (in != null) {
                    javafx.scene.text.Font.loadFont(in, 10);
                }
            }
        }
        fontsRegistered = true;
    }

    /** Typesets {@code formula} at {@code size} pixels in {@code color}; fails when it cannot, or not in time. */
    synchronized CompletableFuture<FormulaCanvas> render(String formula, String source, float size, Color color) {
        if (formula == null || formula.length() > LatexText.MAX_FORMULA_CHARS || abandoned >= MAX_ABANDONED) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("not typeset"));
        }
        formulaAsked = true;
        warmUp();
        ExecutorService on = thread;
        CompletableFuture<FormulaCanvas> result = new CompletableFuture<>();
        on.execute(() -> {
            // The time limit runs from when this formula's turn comes, not from when it was asked for.
            Thread worker = Thread.currentThread();
            CompletableFuture.delayedExecutor(TIME_LIMIT_MS, TimeUnit.MILLISECONDS).execute(() -> {
                if (result.completeExceptionally(new TimeoutException())) {
                    worker.interrupt();
                    abandon(on);
                }
            });
            try {
                result.complete(typeset(formula, source, size, color));
            } catch (Throwable e) { // StackOverflowError and any other error too: the formula is shown as written
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private synchronized void abandon(ExecutorService stuck) {
        if (stuck == thread) {
            LOG.warn("A formula took longer than {} ms to typeset; it is shown as written", TIME_LIMIT_MS);
            abandoned++;
            thread = newThread();
            // Formulas queued behind the stuck one get their turn on the new thread.
            stuck.shutdownNow().forEach(thread::execute);
        }
    }

    private static FormulaCanvas typeset(String formula, String source, float size, Color color) {
        TeXIcon icon = new TeXFormula(formula).createTeXIcon(TeXConstants.STYLE_TEXT, size);
        int width = icon.getIconWidth();
        int height = icon.getIconHeight();
        if (width <= 0 || height <= 0 || width > MAX_WIDTH || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("formula too large to typeset: " + width + "×" + height);
        }
        icon.setForeground(color);
        // A canvas not yet in a scene may be drawn on from any thread; it is attached on the UI thread later.
        FormulaCanvas canvas = new FormulaCanvas(width, height, height - icon.getIconDepth(), source);
        FXGraphics2D graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
        icon.paintIcon(null, graphics, 0, 0);
        return canvas;
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "formula-typesetting");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }
}
