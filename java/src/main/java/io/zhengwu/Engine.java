package io.zhengwu;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A zhengwu engine (政务服务规则引擎): calendar, policy profile and catalog, immutable and safe to
 * share between threads. Close it (try-with-resources) to release the native engine. The native
 * library is inside this jar ({@code linux-x86-64/libzhengwu.so}, {@code linux-aarch64/libzhengwu.so},
 * both for glibc 2.17 and newer), found by JNA without any configuration.
 *
 * <pre>{@code
 * try (Engine engine = new Engine()) {
 *   String out = engine.callJson("calendar.add_workdays", "{\"date\":\"2024-09-30\",\"days\":1}");
 *   LocalDate due = engine.addWorkdays(LocalDate.of(2024, 9, 30), 1); // 2024-10-08
 *   Deadline d = engine.deadline(LocalDate.of(2024, 9, 20), Period.workdays(20),
 *       Collections.singletonList(new Pause(LocalDate.of(2024, 10, 9), LocalDate.of(2024, 10, 11), "hearing")));
 * }
 * }</pre>
 *
 * <p>The typed methods ({@link #deadline}, {@link #residentId}, {@link #creditStatus},
 * {@link #openCommitment}, {@link #mergeBundle}, …) run the same operations as {@link #callJson}
 * and read the same answer into plain classes and enums.
 */
public final class Engine implements AutoCloseable {
  private volatile Pointer handle;

  /** The embedded defaults. */
  public Engine() {
    this(null);
  }

  /** An engine from a configuration ({"calendar"?, "catalog"?, "policy"?}), or null for defaults. */
  public Engine(String configJson) {
    PointerByReference out = new PointerByReference();
    byte[] cfg = configJson == null ? null : configJson.getBytes(StandardCharsets.UTF_8);
    int st = ZhengwuNative.LIB.zw_engine_new(cfg, cfg == null ? 0 : cfg.length, out);
    if (st != 0) {
      throw lastError(st);
    }
    handle = out.getValue();
  }

  /** The library's version. */
  public static String version() {
    return ZhengwuNative.LIB.zw_version();
  }

  private Pointer live() {
    Pointer h = handle;
    if (h == null) {
      throw new IllegalStateException("engine is closed");
    }
    return h;
  }

  /** Runs an operation on JSON text and returns JSON text (the same bytes as every door). */
  public String callJson(String op, String inputJson) {
    byte[] o = op.getBytes(StandardCharsets.UTF_8);
    byte[] in = inputJson.getBytes(StandardCharsets.UTF_8);
    ZhengwuNative.Buf buf = new ZhengwuNative.Buf();
    int st = ZhengwuNative.LIB.zw_engine_call_n(live(), o, o.length, in, in.length, buf);
    try {
      String text = buf.ptr == null ? "" : new String(buf.ptr.getByteArray(0, (int) buf.len), StandardCharsets.UTF_8);
      if (st != 0) {
        throw fromJson(st, text);
      }
      return text;
    } finally {
      ZhengwuNative.LIB.zw_buf_free(buf);
    }
  }

  /** Whether a YYYYMMDD day is a working day. */
  public boolean isWorkday(int ymd) {
    IntByReference out = new IntByReference();
    check(ZhengwuNative.LIB.zw_calendar_is_workday(live(), ymd, out));
    return out.getValue() == 1;
  }

  /** The days-th working day after ymd (YYYYMMDD in and out). */
  public int addWorkdays(int ymd, int days) {
    IntByReference out = new IntByReference();
    check(ZhengwuNative.LIB.zw_calendar_add_workdays(live(), ymd, days, out));
    return out.getValue();
  }

  /** Working days from one YYYYMMDD day to another. */
  public int workdaysBetween(int fromYmd, int toYmd) {
    IntByReference out = new IntByReference();
    check(ZhengwuNative.LIB.zw_calendar_workdays_between(live(), fromYmd, toYmd, out));
    return out.getValue();
  }

  /** Whether a day is a working day (工作日; 调休 weekend days are). */
  public boolean isWorkday(LocalDate day) {
    return isWorkday(ymd(day));
  }

  /** The days-th working day after day (day itself not counted; negative counts back). */
  public LocalDate addWorkdays(LocalDate day, int days) {
    return date(addWorkdays(ymd(day), days));
  }

  /** Working days from one day to another (from &lt; d &le; to; negative backwards). */
  public int workdaysBetween(LocalDate from, LocalDate to) {
    return workdaysBetween(ymd(from), ymd(to));
  }

  private static int ymd(LocalDate d) {
    return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  private static LocalDate date(int ymd) {
    return LocalDate.of(ymd / 10000, ymd / 100 % 100, ymd % 100);
  }

  /** Runs an operation on a map (written as JSON) and reads the answer as a map. */
  private Map<String, Object> call(String op, Map<String, Object> input) {
    return Node.obj(Json.parse(callJson(op, Json.write(input))));
  }

  private static Map<String, Object> input(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int k = 0; k < kv.length; k += 2) {
      if (kv[k + 1] != null) m.put((String) kv[k], kv[k + 1]);
    }
    return m;
  }

  /** 办结期限: the last day of a period from start, the clock stopped on the pauses (may be empty). */
  public Deadline deadline(LocalDate start, Period period, List<Pause> pauses) {
    return new Deadline(call("calendar.deadline", input("start", start, "period", period, "pauses", pauses)));
  }

  /** Reads a 公民身份号码 (GB 11643); an invalid one answers with {@code isValid() == false}. */
  public ResidentId residentId(String id) {
    return new ResidentId(call("id.resident", input("id", id)));
  }

  /** As {@link #residentId(String)}, with a birth date after {@code today} refused. */
  public ResidentId residentId(String id, LocalDate today) {
    return new ResidentId(call("id.resident", input("id", id, "today", today)));
  }

  /** Reads a 统一社会信用代码 (GB 32100); an invalid one answers with {@code isValid() == false}. */
  public Uscc uscc(String code) {
    return new Uscc(call("id.uscc", input("code", code)));
  }

  /** 信用状况: where a subject stands today given its credit records. */
  public CreditStatus creditStatus(Subject subject, List<CreditRecord> records, LocalDate today) {
    return new CreditStatus(call("credit.status", input("subject", subject, "records", records, "today", today)));
  }

  /**
   * 承诺审批: opens a commitment for a matter on the day the letter is signed, with the materials
   * still owed; refused with a {@link ZhengwuException} when the applicant may not commit.
   */
  public CommitmentUpdate openCommitment(
      String matter, Subject subject, List<CreditRecord> records, LocalDate committedOn, List<String> missing) {
    Map<String, Object> applicant = input("subject", subject, "records", records);
    return new CommitmentUpdate(call("commitment.open",
        input("matter", matter, "applicant", applicant, "committed_on", committedOn, "missing", missing)));
  }

  /** Applies one event to a stored commitment. */
  public CommitmentUpdate applyCommitment(CommitmentState state, CommitmentEvent event) {
    return new CommitmentUpdate(call("commitment.apply", input("state", state, "event", event)));
  }

  /** The daily tick: alerts and effects of the deadlines as of today (自动预警). */
  public CommitmentUpdate tickCommitment(CommitmentState state, LocalDate today) {
    return new CommitmentUpdate(call("commitment.tick", input("state", state, "today", today)));
  }

  /**
   * 电子监察: supervises one case (办件) as of today — its status, the limits that run (补正告知,
   * 承诺 and 法定 decision, 送达), alerts {@code alertWorkdays} working days ahead, and findings.
   * The case is the host's record as the JSON door reads it: {@code id}?, {@code matter},
   * {@code events} (each {@code type}, {@code on}, …).
   */
  public CaseSupervision superviseCase(Map<String, ?> caseRecord, LocalDate today, int alertWorkdays) {
    return new CaseSupervision(call("case.supervise",
        input("case", caseRecord, "today", today, "alert_workdays", alertWorkdays)));
  }

  /** As {@link #superviseCase(Map, LocalDate, int)}, alerting 3 working days ahead. */
  public CaseSupervision superviseCase(Map<String, ?> caseRecord, LocalDate today) {
    return new CaseSupervision(call("case.supervise", input("case", caseRecord, "today", today)));
  }

  /** 一表申报: the merged form of a bundle (一件事), e.g. {@code enterprise-opening}. */
  public MergedForm mergeBundle(String bundle) {
    return new MergedForm(call("form.merge", input("bundle", bundle)));
  }

  /** 一表申报: the merged form of several matters by code. */
  public MergedForm mergeForms(List<String> matters) {
    return new MergedForm(call("form.merge", input("matters", matters)));
  }

  /** 分送: splits the filled form's values into each matter's packet for its department. */
  public List<FormMatter> splitForm(MergedForm form, Map<String, ?> values) {
    List<FormMatter> out = new ArrayList<>();
    for (Object o : Node.list(call("form.split", input("form", form, "values", values)), "packets")) {
      out.add(new FormMatter(Node.obj(o)));
    }
    return Collections.unmodifiableList(out);
  }

  /** 一表申报: checks a merged form's values — every fault at once, each at its element. */
  public FormValidation validateForm(MergedForm form, Map<String, ?> values) {
    return new FormValidation(call("form.validate", input("form", form, "values", values)));
  }

  /** 办事指南 of a matter by code (公开公示办法 第七条): data, text and a printable page. */
  public Guide matterGuide(String code) {
    return new Guide(call("matter.guide", input("code", code)));
  }

  /** 办事指南 of a bundle (一件事), e.g. {@code enterprise-opening}. */
  public Guide bundleGuide(String bundle) {
    return new Guide(call("bundle.guide", input("bundle", bundle)));
  }

  /** Whether text is a valid 公民身份号码. */
  public static boolean isValidResidentId(String id) {
    byte[] b = id.getBytes(StandardCharsets.UTF_8);
    IntByReference out = new IntByReference();
    check(ZhengwuNative.LIB.zw_id_resident_valid(b, b.length, out));
    return out.getValue() == 1;
  }

  /** Whether text is a valid 统一社会信用代码. */
  public static boolean isValidUscc(String code) {
    byte[] b = code.getBytes(StandardCharsets.UTF_8);
    IntByReference out = new IntByReference();
    check(ZhengwuNative.LIB.zw_id_uscc_valid(b, b.length, out));
    return out.getValue() == 1;
  }

  private static void check(int status) {
    if (status != 0) {
      throw lastError(status);
    }
  }

  private static ZhengwuException lastError(int status) {
    ZhengwuNative.Buf buf = new ZhengwuNative.Buf();
    ZhengwuNative.LIB.zw_last_error(buf);
    try {
      String text = buf.ptr == null ? "" : new String(buf.ptr.getByteArray(0, (int) buf.len), StandardCharsets.UTF_8);
      return fromJson(status, text);
    } finally {
      ZhengwuNative.LIB.zw_buf_free(buf);
    }
  }

  private static ZhengwuException fromJson(int status, String text) {
    String code = Json.stringField(text, "code");
    if (code == null) {
      return ZhengwuException.of(status, ZhengwuNative.LIB.zw_status_name(status), text, null);
    }
    String message = Json.stringField(text, "message");
    return ZhengwuException.of(status, code, message == null ? "" : message, Json.stringField(text, "path"));
  }

  /** Releases the native engine. Safe to call twice. */
  @Override
  public synchronized void close() {
    Pointer h = handle;
    handle = null;
    if (h != null) {
      ZhengwuNative.LIB.zw_engine_free(h);
    }
  }
}
