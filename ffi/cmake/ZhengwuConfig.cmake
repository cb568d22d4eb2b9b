# CMake package for libzhengwu: find_package(Zhengwu CONFIG REQUIRED), then link
# Zhengwu::zhengwu (shared) or Zhengwu::zhengwu_static.
# Layout: <prefix>/lib/cmake/Zhengwu/ZhengwuConfig.cmake, <prefix>/lib, <prefix>/include.
get_filename_component(_ZHENGWU_PREFIX "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)

if(NOT TARGET Zhengwu::zhengwu)
  add_library(Zhengwu::zhengwu SHARED IMPORTED)
  set_target_properties(Zhengwu::zhengwu PROPERTIES
    IMPORTED_LOCATION "${_ZHENGWU_PREFIX}/lib/libzhengwu.so"
    IMPORTED_SONAME "libzhengwu.so.0"
    INTERFACE_INCLUDE_DIRECTORIES "${_ZHENGWU_PREFIX}/include")
endif()

if(NOT TARGET Zhengwu::zhengwu_static)
  add_library(Zhengwu::zhengwu_static STATIC IMPORTED)
  set_target_properties(Zhengwu::zhengwu_static PROPERTIES
    IMPORTED_LOCATION "${_ZHENGWU_PREFIX}/lib/libzhengwu.a"
    INTERFACE_INCLUDE_DIRECTORIES "${_ZHENGWU_PREFIX}/include"
    INTERFACE_LINK_LIBRARIES "gcc_s;util;rt;pthread;m;dl")
endif()

set(Zhengwu_FOUND TRUE)
unset(_ZHENGWU_PREFIX)
