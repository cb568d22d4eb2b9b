package io.zhengwu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** One matter of a merged form, or one department's packet of a split submission (分送). */
public final class FormMatter {
  private final Map<String, Object> map;
  private final List<FormField> fields;

  FormMatter(Map<String, Object> map) {
    this.map = map;
    List<FormField> f = new ArrayList<>();
    for (Object o : Node.list(map, "fields")) f.add(new FormField(Node.obj(o)));
    this.fields = Collections.unmodifiableList(f);
  }

  /** The matter's code. */
  public String getCode() {
    String c = Node.str(map, "code");
    return c == null ? Node.str(map, "matter") : c;
  }

  /** The matter's name. */
  public String getName() {
    return Node.str(map, "name");
  }

  /** The department's id. */
  public String getDepartmentId() {
    return Node.str(Node.obj(map, "department"), "id");
  }

  /** The department's name. */
  public String getDepartmentName() {
    return Node.str(Node.obj(map, "department"), "name");
  }

  /** The matter's own fields, in its own order (with values in a packet). */
  public List<FormField> getFields() {
    return fields;
  }

  /** In a packet: the values this department receives, by element; else empty. */
  public Map<String, Object> getValues() {
    return Node.obj(map, "values");
  }

  @Override
  public String toString() {
    return "FormMatter{" + getCode() + " " + getName() + "}";
  }
}
