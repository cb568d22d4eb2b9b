package io.zhengwu;

// Written by tools/java/enums.py from core/src/credit/mod.rs (Judgement); do not edit.

/** 评判等级 (`tj-2018-commitment` 第七条). */
public enum Judgement implements WireEnum {
  /** 诚实守信: 诚实守信 */
  HONEST("honest", "诚实守信"),
  /** 失信: 失信 */
  DISHONEST("dishonest", "失信");

  private final String wire;
  private final String zh;

  Judgement(String wire, String zh) {
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
