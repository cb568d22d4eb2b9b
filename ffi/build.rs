// The shared library is installed as libzhengwu.so.<major>; give it that soname.
fn main() {
    let major = std::env::var("CARGO_PKG_VERSION_MAJOR").unwrap_or_else(|_| "0".into());
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libzhengwu.so.{major}");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
