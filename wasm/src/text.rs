//! JS strings into Rust text: one `TextEncoder.encodeInto` straight into WebAssembly memory.
//!
//! Why: wasm-bindgen's own string passing copies the ASCII prefix one code unit at a time in a
//! JS loop (about 40 ms for a 16 MiB input, more than the engine takes to refuse it), and its
//! lone-surrogate check walks the string from WebAssembly, one boundary crossing per code unit
//! (about 300 ms). `encodeInto` copies the same bytes in about 3 ms, and `isWellFormed` answers
//! from the string's own representation.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// A JS string, seen with the ES2024 methods js-sys does not bind.
    #[wasm_bindgen(extends = js_sys::JsString)]
    type Text;
    /// `String.prototype.isWellFormed`; engines without it throw, and the code units are walked.
    #[wasm_bindgen(method, catch, js_name = isWellFormed)]
    fn is_well_formed(this: &Text) -> Result<bool, JsValue>;

    /// The host's `TextEncoder`.
    type Encoder;
    #[wasm_bindgen(constructor, js_class = "TextEncoder")]
    fn new() -> Encoder;
    /// Writes UTF-8 into `dest` (a view of WebAssembly memory, no copy) as far as it fits.
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &Encoder, s: &js_sys::JsString, dest: &mut [u8]) -> Progress;

    /// `encodeInto`'s answer: UTF-16 code units read, bytes written.
    type Progress;
    #[wasm_bindgen(method, getter)]
    fn read(this: &Progress) -> f64;
    #[wasm_bindgen(method, getter)]
    fn written(this: &Progress) -> f64;
}

thread_local! {
    static ENCODER: Encoder = Encoder::new();
}

/// Whether the string holds no lone surrogate (which no UTF-8 text can carry).
pub fn well_formed(s: &js_sys::JsString) -> bool {
    s.unchecked_ref::<Text>()
        .is_well_formed()
        .unwrap_or_else(|_| s.is_valid_utf16())
}

/// The string as UTF-8 (lone surrogates become U+FFFD, as `TextEncoder` writes them: ask
/// [`well_formed`] first). Memory: one byte per code unit, and three more per code unit left
/// once the first pass stops at a character that does not fit.
pub fn utf8(s: &js_sys::JsString) -> String {
    let units = s.length() as usize;
    let mut buf = vec![0u8; units];
    ENCODER.with(|enc| {
        let first = enc.encode_into(s, &mut buf);
        let (read, mut written) = (first.read() as usize, first.written() as usize);
        if read < units {
            let rest = s.slice(read as u32, units as u32);
            buf.resize(written + (units - read) * 3, 0);
            written += enc.encode_into(&rest, &mut buf[written..]).written() as usize;
        }
        buf.truncate(written);
    });
    // TextEncoder writes only UTF-8; checked all the same rather than trusted.
    String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}
