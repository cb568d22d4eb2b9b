package io.zhengwu;

// Written by tools/java/enums.py from core/src/credit/mod.rs (Severity); do not edit.

/** Severity: 严重失信 (`tj-2018-discipline` 第五条), general, or 轻微失信 (第十四条). */
public enum Severity implements WireEnum {
  /** 轻微失信: 轻微失信 — education first, lighter or no punishment. */
  MINOR("minor", "轻微失信"),
  /** 一般失信: 一般失信. */
  GENERAL("general", "一般失信"),
  /** 严重失信: 严重失信 — joint punishment. */
  SEVERE("severe", "严重失信");

  private final String wire;
  private final String zh;

  Severity(String wire, String zh) {
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
