package io.zhengwu;

// Written by tools/java/enums.py from core/src/credit/status.rs (Inspection); do not edit.

/** 检查频次. */
public enum Inspection implements WireEnum {
  /** 减少检查频次: 减少检查频次 — honest subjects. */
  REDUCED("reduced", "减少检查频次"),
  /** 正常检查频次: Ordinary. */
  NORMAL("normal", "正常检查频次"),
  /** 增加检查频次: 增加检查频次 — subjects under close supervision. */
  INCREASED("increased", "增加检查频次");

  private final String wire;
  private final String zh;

  Inspection(String wire, String zh) {
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
