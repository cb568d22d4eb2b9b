package io.zhengwu;

import java.util.List;
import java.util.Map;

/** One section of a 办事指南 (办理主体, 办理程序 …), with the article that defines it. */
public final class GuideSection {
  private final String key;
  private final String title;
  private final Citation citation;
  private final List<GuideElement> elements;

  GuideSection(Map<String, Object> m) {
    this.key = Node.str(m, "key");
    this.title = Node.str(m, "title");
    Map<String, Object> c = Node.obj(m, "citation");
    this.citation = c == null ? null : new Citation(c);
    this.elements = Node.objects(m, "elements", GuideElement::new);
  }

  /** Stable key ({@code subject}, {@code procedure} …). */
  public String getKey() {
    return key;
  }

  /** Its title (办理主体 …). */
  public String getTitle() {
    return title;
  }

  /** The article that defines the section. */
  public Citation getCitation() {
    return citation;
  }

  /** Its elements. */
  public List<GuideElement> getElements() {
    return elements;
  }
}
