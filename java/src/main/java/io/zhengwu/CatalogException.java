package io.zhengwu;

/** Errors of {@code catalog.*}: the catalog of matters (事项清单): an unknown matter or bundle, an invalid catalog. */
public final class CatalogException extends ZhengwuException {
  private static final long serialVersionUID = 1L;

  CatalogException(int status, String code, String message, String path) {
    super(status, code, message, path);
  }
}
