package io.zhengwu;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 特殊环节 — days the clock stops (听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审, 行政许可法
 * 第四十五条), from and to inclusive, with the step's catalog name when it has one.
 */
public final class Pause implements JsonWritable {
  private final LocalDate from;
  private final LocalDate to;
  private final String step;

  /** A pause of a named step (e.g. {@code "hearing"}), or of none when step is null. */
  public Pause(LocalDate from, LocalDate to, String step) {
    this.from = from;
    this.to = to;
    this.step = step;
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", from);
    m.put("to", to);
    if (step != null) m.put("step", step);
    return m;
  }
}
