package io.zhengwu;

/** Errors of {@code config.*}: the engine's configuration (calendar years, policy, regions, limits). */
public final class ConfigException extends ZhengwuException {
  private static final long serialVersionUID = 1L;

  ConfigException(int status, String code, String message, String path) {
    super(status, code, message, path);
  }
}
