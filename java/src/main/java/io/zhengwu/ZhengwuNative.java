package io.zhengwu;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/** The C ABI of libzhengwu as JNA sees it (size_t is mapped to long: LP64 platforms). */
interface ZhengwuNative extends Library {
  ZhengwuNative LIB = Native.load("zhengwu", ZhengwuNative.class);

  /** zw_buf: library-owned bytes, released with zw_buf_free. */
  @Structure.FieldOrder({"ptr", "len"})
  class Buf extends Structure {
    public Pointer ptr;
    public long len;
  }

  int zw_engine_new(byte[] config, long len, PointerByReference out);

  void zw_engine_free(Pointer engine);

  int zw_engine_call_n(Pointer engine, byte[] op, long opLen, byte[] input, long len, Buf out);

  void zw_buf_free(Buf buf);

  int zw_last_error(Buf out);

  String zw_version();

  int zw_abi_version();

  String zw_status_name(int status);

  int zw_calendar_is_workday(Pointer engine, int ymd, IntByReference out);

  int zw_calendar_add_workdays(Pointer engine, int ymd, int days, IntByReference out);

  int zw_calendar_workdays_between(Pointer engine, int fromYmd, int toYmd, IntByReference out);

  int zw_id_resident_valid(byte[] id, long len, IntByReference out);

  int zw_id_uscc_valid(byte[] code, long len, IntByReference out);
}
