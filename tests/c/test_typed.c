/* The typed entry points: agreement with the JSON door over many generated cases, error
 * statuses, array forms with per-item statuses, identifier checks single and array. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhengwu.h"

#include "check.h"

static unsigned long long rng = 0x9e3779b97f4a7c15ULL;
static unsigned next(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (unsigned)(rng >> 11);
}

/* A real day of 2018-2025 as YYYYMMDD. */
static int random_day(void) {
  static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int y = 2018 + (int)(next() % 8), m = 1 + (int)(next() % 12);
  int max = mdays[m - 1] + (m == 2 && y % 4 == 0 ? 1 : 0);
  return y * 10000 + m * 100 + 1 + (int)(next() % (unsigned)max);
}

/* The JSON door's answer for add_workdays, as YYYYMMDD, or -1 on error. */
static int json_add(const zw_engine *e, int ymd, int days) {
  char in[96];
  snprintf(in, sizeof in, "{\"date\":\"%04d-%02d-%02d\",\"days\":%d}", ymd / 10000, ymd / 100 % 100, ymd % 100, days);
  zw_buf out = {0};
  int result = -1;
  if (zw_engine_call(e, "calendar.add_workdays", in, strlen(in), &out) == ZW_STATUS_OK) {
    int y, m, d;
    if (sscanf((const char *)out.ptr, "{\"date\":\"%d-%d-%d\"}", &y, &m, &d) == 3) result = y * 10000 + m * 100 + d;
  }
  zw_buf_free(&out);
  return result;
}

static int json_between(const zw_engine *e, int a, int b, int *ok) {
  char in[96];
  snprintf(in, sizeof in, "{\"from\":\"%04d-%02d-%02d\",\"to\":\"%04d-%02d-%02d\"}", a / 10000, a / 100 % 100, a % 100,
           b / 10000, b / 100 % 100, b % 100);
  zw_buf out = {0};
  int days = 0;
  *ok = zw_engine_call(e, "calendar.workdays_between", in, strlen(in), &out) == ZW_STATUS_OK &&
        sscanf((const char *)out.ptr, "{\"days\":%d}", &days) == 1;
  zw_buf_free(&out);
  return days;
}

int main(void) {
  zw_engine *e = NULL;
  CHECK(zw_engine_new(NULL, 0, &e) == ZW_STATUS_OK);

  /* Typed and JSON doors agree. */
  for (int i = 0; i < 5000; i++) {
    int a = random_day(), b = random_day(), days = (int)(next() % 201) - 100;
    int typed = 0;
    zw_status st = zw_calendar_add_workdays(e, a, days, &typed);
    int viajson = json_add(e, a, days);
    CHECK(st == ZW_STATUS_OK ? typed == viajson : viajson == -1);
    int n = 0, ok = 0;
    CHECK(zw_calendar_workdays_between(e, a, b, &n) == ZW_STATUS_OK);
    CHECK(json_between(e, a, b, &ok) == n && ok);
  }

  int w = -1, out = 0;
  CHECK(zw_calendar_is_workday(e, 20240210, &w) == ZW_STATUS_OK && w == 0); /* 春节 */
  CHECK(zw_calendar_is_workday(e, 20240204, &w) == ZW_STATUS_OK && w == 1); /* 调休 Sunday */
  CHECK(zw_calendar_add_workdays(e, 20240930, 1, &out) == ZW_STATUS_OK && out == 20241008);
  CHECK(zw_calendar_add_workdays(e, 20240930, 0, &out) == ZW_STATUS_OK && out == 20240930);
  CHECK(zw_calendar_workdays_between(e, 20241008, 20240930, &out) == ZW_STATUS_OK && out == -1);

  /* Errors: impossible dates, outside the data, NULLs; the last error says which. */
  CHECK(zw_calendar_is_workday(e, 20240230, &w) == ZW_STATUS_INPUT);
  zw_buf last = {0};
  zw_last_error(&last);
  CHECK(last.ptr && strstr((const char *)last.ptr, "input.invalid_date"));
  zw_buf_free(&last);
  CHECK(zw_calendar_is_workday(e, -5, &w) == ZW_STATUS_INPUT);
  CHECK(zw_calendar_add_workdays(e, 20261230, 10, &out) == ZW_STATUS_CALENDAR);
  zw_last_error(&last);
  CHECK(last.ptr && strstr((const char *)last.ptr, "calendar.out_of_range"));
  zw_buf_free(&last);
  CHECK(zw_calendar_workdays_between(e, 20030101, 20240101, &out) == ZW_STATUS_CALENDAR);
  CHECK(zw_calendar_is_workday(NULL, 20240101, &w) == ZW_STATUS_NULL_ARGUMENT);
  CHECK(zw_calendar_add_workdays(e, 20240101, 1, NULL) == ZW_STATUS_NULL_ARGUMENT);

  /* Provisional answers: past the last official day. The embedded data ends 2026-12-31; with the
     statutory projection, a deadline reaching 2027 is past it and so provisional. */
  int end = 0;
  CHECK(zw_calendar_official_end(e, &end) == ZW_STATUS_OK && end == 20261231);
  CHECK(zw_calendar_official_end(NULL, &end) == ZW_STATUS_NULL_ARGUMENT);
  {
    static const char projecting[] = "{\"calendar_projection\":\"statutory\"}";
    zw_engine *p = NULL;
    CHECK(zw_engine_new(projecting, sizeof projecting - 1, &p) == ZW_STATUS_OK);
    int due = 0, last = 0;
    CHECK(zw_calendar_add_workdays(p, 20261230, 10, &due) == ZW_STATUS_OK);
    CHECK(zw_calendar_official_end(p, &last) == ZW_STATUS_OK && last == 20261231 && due > last);
    zw_engine_free(p);
  }

  /* Arrays with per-item statuses. */
  int days_in[4] = {20240930, 20240230, 20261230, 20240208};
  int add[4] = {1, 1, 10, 3};
  int res[4] = {7, 7, 7, 7};
  zw_status sts[4];
  CHECK(zw_calendar_add_workdays_array(e, days_in, add, 4, res, sts) == ZW_STATUS_INPUT);
  CHECK(res[0] == 20241008 && res[1] == 0 && res[2] == 0 && res[3] == 20240219);
  CHECK(sts[0] == ZW_STATUS_OK && sts[1] == ZW_STATUS_INPUT && sts[2] == ZW_STATUS_CALENDAR && sts[3] == ZW_STATUS_OK);
  CHECK(zw_calendar_add_workdays_array(e, days_in, add, 1, res, NULL) == ZW_STATUS_OK);
  CHECK(zw_calendar_add_workdays_array(e, NULL, NULL, 0, NULL, NULL) == ZW_STATUS_OK);
  int flags[2];
  int two[2] = {20240210, 20240204};
  CHECK(zw_calendar_is_workday_array(e, two, 2, flags, NULL) == ZW_STATUS_OK && flags[0] == 0 && flags[1] == 1);
  int from[2] = {20240930, 20240208}, to[2] = {20241008, 20240219}, between[2];
  CHECK(zw_calendar_workdays_between_array(e, from, to, 2, between, NULL) == ZW_STATUS_OK && between[0] == 1 && between[1] == 3);

  /* Identifiers. */
  int valid = -1;
  const char *good = "11010519491231002X", *bad = "110105194912310021";
  CHECK(zw_id_resident_valid(good, strlen(good), &valid) == ZW_STATUS_OK && valid == 1);
  CHECK(zw_id_resident_valid(bad, strlen(bad), &valid) == ZW_STATUS_OK && valid == 0);
  CHECK(zw_id_resident_valid(good, 17, &valid) == ZW_STATUS_OK && valid == 0); /* length counts, not NUL */
  CHECK(zw_id_uscc_valid("91350100M000100Y43", 18, &valid) == ZW_STATUS_OK && valid == 1);
  CHECK(zw_id_uscc_valid("91350100M000100Y44", 18, &valid) == ZW_STATUS_OK && valid == 0);
  CHECK(zw_id_uscc_valid(NULL, 0, &valid) == ZW_STATUS_OK && valid == 0);
  CHECK(zw_id_uscc_valid(NULL, 5, &valid) == ZW_STATUS_NULL_ARGUMENT);
  const char *ids[3] = {good, bad, NULL};
  size_t lens[3] = {18, 18, 0};
  unsigned char v3[3];
  CHECK(zw_id_resident_valid_array(ids, lens, 3, v3) == ZW_STATUS_OK && v3[0] == 1 && v3[1] == 0 && v3[2] == 0);
  const char *codes[2] = {"91350100M000100Y43", "\xff\xfe"};
  size_t clens[2] = {18, 2};
  unsigned char v2[2];
  CHECK(zw_id_uscc_valid_array(codes, clens, 2, v2) == ZW_STATUS_OK && v2[0] == 1 && v2[1] == 0);

  /* Pointer + length op names. */
  zw_buf o = {0};
  const char *op = "meta.versionXYZ";
  CHECK(zw_engine_call_n(e, op, 12, "{}", 2, &o) == ZW_STATUS_OK && strstr((const char *)o.ptr, "\"abi\":1"));
  zw_buf_free(&o);
  CHECK(zw_engine_call_n(e, op, 15, "{}", 2, &o) == ZW_STATUS_UNKNOWN_OP);
  zw_buf_free(&o);

  /* The door speaks its engine's language: a typed call's error (the door's own check of a
   * YYYYMMDD day, and the core's calendar range) is Chinese by default and English on request,
   * with the same code and path. */
  zw_engine *en = NULL;
  const char *en_cfg = "{\"lang\":\"en\"}";
  CHECK(zw_engine_new(en_cfg, strlen(en_cfg), &en) == ZW_STATUS_OK);
  const int bad_days[2] = {20241341, 19990101}; /* not a date; outside the calendar */
  for (int i = 0; i < 2; i++) {
    zw_buf zh_err = {0}, en_err = {0};
    int x = 0;
    CHECK(zw_calendar_is_workday(e, bad_days[i], &x) != ZW_STATUS_OK);
    CHECK(zw_last_error(&zh_err) == ZW_STATUS_OK && zh_err.ptr);
    CHECK(zw_calendar_is_workday(en, bad_days[i], &x) != ZW_STATUS_OK);
    CHECK(zw_last_error(&en_err) == ZW_STATUS_OK && en_err.ptr);
    /* Chinese text carries bytes of CJK (UTF-8 lead byte 0xE4-0xE9); the English none. */
    int zh_cjk = 0, en_cjk = 0;
    for (size_t k = 0; k < zh_err.len; k++) zh_cjk |= zh_err.ptr[k] >= 0xE4 && zh_err.ptr[k] <= 0xE9;
    for (size_t k = 0; k < en_err.len; k++) en_cjk |= en_err.ptr[k] >= 0xE4 && en_err.ptr[k] <= 0xE9;
    CHECK(zh_cjk && !en_cjk);
    CHECK(strstr((const char *)en_err.ptr, "\"path\":\"date\"") != NULL);
    zw_buf_free(&zh_err);
    zw_buf_free(&en_err);
  }
  zw_engine_free(en);

  zw_engine_free(e);
  return check_summary();
}
