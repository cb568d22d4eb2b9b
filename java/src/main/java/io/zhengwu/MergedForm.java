package io.zhengwu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * 一表申报 — one form merged from several matters' forms (一件事一次办): each field asked once,
 * matters ordered by their prerequisites, materials deduplicated. Fill it, then split it back
 * into each department's packet with {@link Engine#splitForm}.
 */
public final class MergedForm implements JsonWritable {
  private final Map<String, Object> map;
  private final List<FormField> fields;
  private final List<FormMatter> matters;

  MergedForm(Map<String, Object> map) {
    this.map = Node.frozen(map);
    List<FormField> f = new ArrayList<>();
    for (Object o : Node.list(this.map, "fields")) f.add(new FormField(Node.obj(o)));
    List<FormMatter> m = new ArrayList<>();
    for (Object o : Node.list(this.map, "matters")) m.add(new FormMatter(Node.obj(o)));
    this.fields = Collections.unmodifiableList(f);
    this.matters = Collections.unmodifiableList(m);
  }

  /** The bundle's id (一件事), or null when merged from a list of matters. */
  public String getBundle() {
    return Node.str(map, "bundle");
  }

  /** The matters in the order they are handled. */
  public List<String> getOrder() {
    return Node.strings(map, "order");
  }

  /** The merged fields, each once. */
  public List<FormField> getFields() {
    return fields;
  }

  /** Each matter with its own fields. */
  public List<FormMatter> getMatters() {
    return matters;
  }

  /** Why it is merged so, with citations. */
  public List<Reason> getReasons() {
    return Node.reasons(map);
  }

  /** A stored merged form, as {@link #toJson()} wrote it (the engine checks it when it is used). */
  public static MergedForm fromJson(String json) {
    return new MergedForm(Node.obj(Json.parse(json)));
  }

  /** The form as the JSON door has it. */
  public String toJson() {
    return Json.write(map);
  }

  @Override
  public Map<String, Object> toMap() {
    return map;
  }

  @Override
  public String toString() {
    return "MergedForm{" + getOrder() + ", " + fields.size() + " fields}";
  }
}
