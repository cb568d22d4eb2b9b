package io.zhengwu;

// Written by tools/java/enums.py from core/src/id/resident.rs (Sex); do not edit.

/** 性别 — read from the parity of the sequence code (GB 11643 顺序码). */
public enum Sex implements WireEnum {
  /** 男: Odd sequence code. */
  MALE("male", "男"),
  /** 女: Even sequence code. */
  FEMALE("female", "女");

  private final String wire;
  private final String zh;

  Sex(String wire, String zh) {
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
