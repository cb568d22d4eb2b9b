package io.zhengwu;

/** An enum whose values travel as the library's wire names (e.g. {@code "late_materials"}). */
public interface WireEnum {
  /** The name on the wire, as in the JSON door. */
  String wire();

  /** The Chinese term the library uses for this value. */
  String zh();

  /** The constant of {@code type} with wire name {@code wire}. */
  static <E extends Enum<E> & WireEnum> E fromWire(Class<E> type, String wire) {
    for (E e : type.getEnumConstants()) {
      if (e.wire().equals(wire)) return e;
    }
    throw new IllegalArgumentException("no " + type.getSimpleName() + " is called " + wire);
  }
}
