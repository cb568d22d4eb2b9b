package io.zhengwu;

import java.util.Map;

/** 依据 — the document and article a decision rests on, and their text as cited. */
public final class Citation {
  private final String doc;
  private final String article;
  private final String text;

  Citation(Map<String, Object> m) {
    this.doc = Node.str(m, "doc");
    this.article = Node.str(m, "article");
    this.text = Node.str(m, "text");
  }

  /** The document's id, e.g. {@code prc-licensing-law}. */
  public String getDoc() {
    return doc;
  }

  /** The article, e.g. {@code 第八十二条}. */
  public String getArticle() {
    return article;
  }

  /** The citation as a reader sees it, e.g. 《中华人民共和国行政许可法》第八十二条. */
  public String getText() {
    return text;
  }

  @Override
  public String toString() {
    return text == null ? doc + " " + article : text;
  }
}
