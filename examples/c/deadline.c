/* zhengwu from C: build an engine, compute a commitment deadline, handle an error.
 * Build (after scripts/build-c):
 *   cc -Iinclude examples/c/deadline.c -Ltarget/c/lib -Wl,-rpath,$PWD/target/c/lib -lzhengwu -o deadline */
#include <stdio.h>
#include <string.h>

#include "zhengwu.h"

int main(void) {
  zw_engine *engine = NULL;
  if (zw_engine_new(NULL, 0, &engine) != ZW_STATUS_OK) return 1;

  const char *input = "{\"start\":\"2024-09-20\",\"period\":{\"workdays\":60}}";
  zw_buf out = {0};
  zw_status st = zw_engine_call(engine, "calendar.deadline", input, strlen(input), &out);
  printf("%s: %.*s\n", zw_status_name(st), (int)out.len, (const char *)out.ptr);
  zw_buf_free(&out);

  const char *bad = "{\"date\":\"2031-01-01\"}";
  st = zw_engine_call(engine, "calendar.day", bad, strlen(bad), &out);
  printf("%s: %.*s\n", zw_status_name(st), (int)out.len, (const char *)out.ptr);
  zw_buf_free(&out);

  zw_engine_free(engine);
  return st == ZW_STATUS_CALENDAR ? 0 : 1;
}
