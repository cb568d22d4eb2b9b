package io.zhengwu;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 信用记录 — one dated entry of a subject's credit history, as the host keeps it: a judgement
 * (诚信/失信认定, 信用承诺办法 第九条), an external blacklisting, rectification (信用修复),
 * removal, a licence revoked for mismatch, … Build with the factories; {@link #of} with
 * {@link #with} reaches every record type of the JSON door.
 */
public final class CreditRecord implements JsonWritable {
  private final Map<String, Object> fields;

  private CreditRecord(Map<String, Object> fields) {
    this.fields = fields;
  }

  /** A record of the JSON door's {@code type} on a day; add fields with {@link #with}. */
  public static CreditRecord of(String type, LocalDate on) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type);
    m.put("on", on);
    return new CreditRecord(m);
  }

  /** This record with one more field (a new record; this one is unchanged). */
  public CreditRecord with(String key, Object value) {
    Map<String, Object> m = new LinkedHashMap<>(fields);
    m.put(key, value);
    return new CreditRecord(m);
  }

  /** 诚信 — judged honest. */
  public static CreditRecord honest(LocalDate on) {
    return of("judgement", on).with("judgement", Judgement.HONEST);
  }

  /** 失信 — judged dishonest, in a form and of a severity. */
  public static CreditRecord dishonest(LocalDate on, DishonestForm form, Severity severity) {
    return of("judgement", on).with("judgement", Judgement.DISHONEST).with("form", form).with("severity", severity);
  }

  /** Put on a blacklist by another system. */
  public static CreditRecord externalBlacklist(LocalDate on, ListSource source) {
    return of("external_blacklist", on).with("source", source);
  }

  /** 整改完成 — rectified. */
  public static CreditRecord rectified(LocalDate on) {
    return of("rectified", on);
  }

  /** 信用修复 approved. */
  public static CreditRecord repairApproved(LocalDate on) {
    return of("repair_approved", on);
  }

  /** 移出黑名单 — removed from the blacklist. */
  public static CreditRecord removed(LocalDate on) {
    return of("removed", on);
  }

  @Override
  public Map<String, Object> toMap() {
    return Collections.unmodifiableMap(fields);
  }

  @Override
  public String toString() {
    return "CreditRecord" + Json.write(fields);
  }
}
