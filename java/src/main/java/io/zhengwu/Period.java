package io.zhengwu;

import java.util.Collections;
import java.util.Map;

/** 期限 — a time limit in working days (工作日, 行政许可法 第八十二条) or natural days. */
public final class Period implements JsonWritable {
  private final String unit;
  private final int count;

  private Period(String unit, int count) {
    this.unit = unit;
    this.count = count;
  }

  /** n working days: rest days and statutory holidays not counted, 调休 working days counted. */
  public static Period workdays(int n) {
    return new Period("workdays", n);
  }

  /** n natural days, moved to the next working day when the last falls on a holiday. */
  public static Period naturalDays(int n) {
    return new Period("natural_days", n);
  }

  @Override
  public Map<String, Object> toMap() {
    return Collections.<String, Object>singletonMap(unit, count);
  }

  @Override
  public String toString() {
    return count + " " + unit;
  }
}
