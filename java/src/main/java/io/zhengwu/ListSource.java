package io.zhengwu;

// Written by tools/java/enums.py from core/src/credit/mod.rs (ListSource); do not edit.

/** The source of an external blacklist merged into the 诚信档案 (`tj-2018-commitment` 第八条). */
public enum ListSource implements WireEnum {
  /** 信用信息共享平台: 信用信息共享平台 (市发展改革委). */
  CREDIT_PLATFORM("credit_platform", "信用信息共享平台"),
  /** 联合奖惩监管系统: 行政机关联合奖惩监管系统 (市市场监管委). */
  JOINT_SYSTEM("joint_system", "联合奖惩监管系统");

  private final String wire;
  private final String zh;

  ListSource(String wire, String zh) {
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
