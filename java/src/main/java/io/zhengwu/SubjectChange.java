package io.zhengwu;

// Written by tools/java/enums.py from core/src/commitment/lifecycle/state.rs (SubjectChange); do not edit.

/** What changed about the subject (第十四条(二)). */
public enum SubjectChange implements WireEnum {
  /** 法定代表人: 法定代表人 */
  LEGAL_REPRESENTATIVE("legal_representative", "法定代表人"),
  /** 负责人: 负责人 */
  RESPONSIBLE_PERSON("responsible_person", "负责人"),
  /** 主体名称: 主体名称 */
  NAME("name", "主体名称");

  private final String wire;
  private final String zh;

  SubjectChange(String wire, String zh) {
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
