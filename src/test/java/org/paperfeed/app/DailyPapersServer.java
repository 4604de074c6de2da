package org.paperfeed.app;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * Answers as the Hugging Face daily papers API does, on any path: {@code ?date=YYYY-MM-DD} gives that day's list
 * (an empty array for a day with none, such as a weekend), no date gives the latest list. Keeps a log of what was
 * asked for, and can be told to fail some days.
 */
public final class DailyPapersServer extends Dispatcher {

    /** What the log says for a request without a date. */
    public static final String LATEST = "latest";

    private final Function<LocalDate, byte[]> days;
    private final byte[] latest;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Set<LocalDate> failing = ConcurrentHashMap.newKeySet();

    /**
     * @param days   a day's JSON, or null for a day without papers
     * @param latest the JSON of a request without a date
     */
    public DailyPapersServer(Function<LocalDate, byte[]> days, byte[] latest) {
        this.days = days;
        this.latest = latest;
    }

    /** One made-up paper per weekday, {@code YYMM.DD001}, and none at the weekend; the latest list has one more. */
    public static DailyPapersServer weekdays() {
        return new DailyPapersServer(
                day -> day.getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0 ? null : json(paperOf(day)),
                json("2999.99001"));
    }

    /** The arXiv id of the one paper {@link #weekdays()} lists on {@code day}. */
    public static String paperOf(LocalDate day) {
        return String.format("%02d%02d.%02d001", day.getYear() % 100, day.getMonthValue(), day.getDayOfMonth());
    }

    private static byte[] json(String id) {
        return ("[{\"paper\": {\"id\": \"" + id + "\", \"title\": \"Paper " + id + "\", \"summary\": \"About "
                + id + ".\", \"authors\": [{\"name\": \"Ada Lovelace\"}]}}]").getBytes(StandardCharsets.UTF_8);
    }

    /** Answers 500 for {@code day} until {@link #recover}. */
    public void fail(LocalDate day) {
        failing.add(day);
    }

    public void recover(LocalDate day) {
        failing.remove(day);
    }

    /** What was asked for, in order: a date, or {@link #LATEST}. */
    public List<String> log() {
        return List.copyOf(log);
    }

    /** The dates asked for, in order. */
    public List<LocalDate> datesAsked() {
        return log.stream().filter(entry -> !entry.equals(LATEST)).map(LocalDate::parse).toList();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String date = request.getUrl().queryParameter("date");
        log.add(date == null ? LATEST : date);
        if (date == null) {
            return ok(latest);
        }
        LocalDate day = LocalDate.parse(date);
        if (failing.contains(day)) {
            return new MockResponse.Builder().code(500).build();
        }
        byte[] body = days.apply(day);
        return ok(body == null ? "[]".getBytes(StandardCharsets.UTF_8) : body);
    }

    private static MockResponse ok(byte[] body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json; charset=utf-8")
                .body(new Buffer().write(body)).build();
    }
}
