package io.zhengwu;

import java.util.Map;

/** A typed input that writes itself as the JSON door's object. */
interface JsonWritable {
  Map<String, Object> toMap();
}
