// The jar beside a pure-Java baseline: what a Java team writes by hand without the library — a
// HashSet of days off and one of 调休 working days, a weekday test, a day-by-day loop to add
// working days. The baseline's table is filled from the engine itself, 2004–2026, so that both
// give the same answers (checked first on every day and every offset); what is measured is the
// cost of a call through JNA against a lookup that never leaves the JVM, and a form merge
// through the typed API. Thread CPU time, median of 9 runs.
// Run (scripts/bench): javac -cp JAR:JNA Peers.java && java -cp .:JAR:JNA Peers [results.json]
import io.zhengwu.Engine;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

public final class Peers {
  static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  static final List<String> rows = new ArrayList<>();

  /** The hand-written calendar. */
  static final class Baseline {
    final Set<LocalDate> off = new HashSet<>();
    final Set<LocalDate> work = new HashSet<>();

    boolean isWorkday(LocalDate d) {
      if (work.contains(d)) return true;
      DayOfWeek w = d.getDayOfWeek();
      return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !off.contains(d);
    }

    LocalDate addWorkdays(LocalDate d, int n) {
      while (n > 0) {
        d = d.plusDays(1);
        if (isWorkday(d)) n--;
      }
      return d;
    }
  }

  static double measure(String name, String peerOf, int n, IntConsumer f) {
    for (int i = 0; i < Math.min(n, 50000); i++) f.accept(i);
    double[] runs = new double[9];
    for (int r = 0; r < 9; r++) {
      long t = CPU.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) f.accept(i);
      runs[r] = (CPU.getCurrentThreadCpuTime() - t) / (double) n;
    }
    Arrays.sort(runs);
    System.out.printf("%-58s %9.3f µs/call (min %.3f, max %.3f)%n", name, runs[4] / 1000, runs[0] / 1000, runs[8] / 1000);
    rows.add(String.format("{\"name\": \"%s\", \"peer_of\": %s, \"calls\": %d, \"median_ns\": %.1f, \"min_ns\": %.1f, \"max_ns\": %.1f}",
        name, peerOf == null ? "null" : "\"" + peerOf + "\"", n, runs[4], runs[0], runs[8]));
    return runs[4];
  }

  public static void main(String[] args) throws Exception {
    try (Engine engine = new Engine()) {
      Baseline base = new Baseline();
      List<LocalDate> all = new ArrayList<>();
      for (LocalDate d = LocalDate.of(2004, 1, 1); !d.isAfter(LocalDate.of(2026, 12, 31)); d = d.plusDays(1)) {
        all.add(d);
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean w = engine.isWorkday(d);
        if (w && weekend) base.work.add(d);
        if (!w && !weekend) base.off.add(d);
      }
      // Answers first: every day, and adding 1–20 working days to every day of 2019–2024.
      List<LocalDate> days = new ArrayList<>();
      for (LocalDate d : all) if (d.getYear() >= 2019 && d.getYear() <= 2024 && d.isBefore(LocalDate.of(2024, 12, 1))) days.add(d);
      int differ = 0;
      for (LocalDate d : all) if (engine.isWorkday(d) != base.isWorkday(d)) differ++;
      for (int i = 0; i < days.size(); i++) {
        int k = i % 20 + 1;
        if (!engine.addWorkdays(days.get(i), k).equals(base.addWorkdays(days.get(i), k))) differ++;
      }
      if (differ != 0) throw new AssertionError(differ + " answers differ");
      System.out.println("answers: " + all.size() + " days and " + days.size() + " additions equal");
      int m = days.size();
      measure("jar isWorkday(LocalDate) (JNA)", null, 200000, i -> engine.isWorkday(days.get(i % m)));
      measure("pure Java HashSet lookup isWorkday", "jar isWorkday(LocalDate) (JNA)", 200000, i -> base.isWorkday(days.get(i % m)));
      measure("jar addWorkdays(LocalDate, 1–20) (JNA)", null, 200000, i -> engine.addWorkdays(days.get(i % m), i % 20 + 1));
      measure("pure Java day-by-day loop addWorkdays(1–20)", "jar addWorkdays(LocalDate, 1–20) (JNA)", 200000, i -> base.addWorkdays(days.get(i % m), i % 20 + 1));
      measure("jar callJson form.merge after-death (JNA, JSON text)", null, 5000, i -> engine.callJson("form.merge", "{\"bundle\":\"after-death\"}"));
    }
    if (args.length > 0) {
      try (Writer w = new OutputStreamWriter(new FileOutputStream(args[0]), StandardCharsets.UTF_8)) {
        w.write("[\n" + String.join(",\n", rows) + "\n]\n");
      }
    }
  }
}
