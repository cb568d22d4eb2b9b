package io.zhengwu;

// Written by tools/java/enums.py from core/src/case/finding.rs (Category); do not edit.

/** What a finding is about (`tj-2018-onenet` 第三十四条: 时效性、流程合法性、内容规范性, 收费; and 最多跑一次). */
public enum FindingCategory implements WireEnum {
  /** 时效性: 时效性 */
  TIMELINESS("timeliness", "时效性"),
  /** 流程合法性: 流程合法性 */
  PROCESS("process", "流程合法性"),
  /** 内容规范性: 内容规范性 */
  CONTENT("content", "内容规范性"),
  /** 收费: 收费 */
  FEE("fee", "收费"),
  /** 跑动次数: 跑动次数 */
  VISITS("visits", "跑动次数");

  private final String wire;
  private final String zh;

  FindingCategory(String wire, String zh) {
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
