package io.zhengwu;

// Written by tools/java/enums.py from core/src/case/event.rs (Grade); do not edit.

/** 好差评 grade (`tj-2022-onething` 四(四)). */
public enum Grade implements WireEnum {
  /** 非常满意: 非常满意 */
  VERY_SATISFIED("very_satisfied", "非常满意"),
  /** 满意: 满意 */
  SATISFIED("satisfied", "满意"),
  /** 基本满意: 基本满意 */
  BASIC("basic", "基本满意"),
  /** 不满意: 不满意 */
  UNSATISFIED("unsatisfied", "不满意"),
  /** 非常不满意: 非常不满意 */
  VERY_UNSATISFIED("very_unsatisfied", "非常不满意");

  private final String wire;
  private final String zh;

  Grade(String wire, String zh) {
    this.wire = wire;
    this.zh = zh;
  }

  @Override
  public String wire() {
    return wire;
  }

  @Override
  public String zh() {
    return zh;
  }
}
