package io.zhengwu;

import java.util.List;
import java.util.Map;

/** 表单字段 — one field of a merged form (一表申报), asked once however many matters need it. */
public final class FormField {
  private final Map<String, Object> map;

  FormField(Map<String, Object> map) {
    this.map = map;
  }

  /** The data element's id, e.g. {@code entity_name}. */
  public String getElement() {
    return Node.str(map, "element");
  }

  /** Its label, e.g. 单位名称. */
  public String getLabel() {
    return Node.str(map, "label");
  }

  /** Whether any matter needs it filled. */
  public boolean isRequired() {
    return Node.bool(map, "required");
  }

  /** Its type's wire name ({@code string}, {@code date}, …), or null. */
  public String getType() {
    return Node.str(map, "type");
  }

  /** The shared library that holds it (共享数据, e.g. 法人库), or null: then it can be prefilled. */
  public String getSharedSource() {
    return Node.str(map, "shared_source");
  }

  /** The matters that need it. */
  public List<String> getNeededBy() {
    return Node.strings(map, "needed_by");
  }

  /** The value, where the answer carries one (split packets), else null. */
  public Object getValue() {
    return map.get("value");
  }

  @Override
  public String toString() {
    return "FormField{" + getElement() + " " + getLabel() + "}";
  }
}
