package io.zhengwu;

/** Errors of {@code internal.*}: a fault caught at the door (a panic in the engine); the engine stays usable. */
public final class InternalException extends ZhengwuException {
  private static final long serialVersionUID = 1L;

  InternalException(int status, String code, String message, String path) {
    super(status, code, message, path);
  }
}
