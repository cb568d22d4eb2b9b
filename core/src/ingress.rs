//! 入口预算 — the one way bytes enter from outside a call's input text: files (calendar year
//! files, configurations, catalogs, workbooks) and streams (the command's stdin) are read under a
//! byte budget, and only regular files are opened.
//!
//! Why here, low in the house: every surface that reads a file (the engine's `calendar_files`,
//! the command, the workbook reader, the Python door) calls these two functions, so none can
//! forget the bound. A FIFO would block for ever, `/dev/zero` never ends, a directory is no
//! file: each is refused before it is opened for reading, with the reason.

use crate::error::{Error, ErrorCode};
use std::borrow::Cow;
use std::io::Read;
use std::path::Path;

/// Why a file or stream was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Not a regular file (a FIFO, a device, a socket, a directory): reading it could block or
    /// never end.
    NotRegular(&'static str),
    /// Larger than the budget (`size` when the file system said so before reading).
    TooLarge {
        /// The budget, in bytes.
        limit: usize,
    },
    /// The operating system's reason (no such file, no permission, …).
    Io(String),
}

impl Fault {
    /// The fault in the current language, naming the file as `name`.
    pub fn message(&self, name: &str) -> Cow<'static, str> {
        match self {
            Fault::NotRegular(kind) => IngressText::NotRegular {
                name,
                what: zh_kind(kind),
                kind,
            },
            Fault::TooLarge { limit } => IngressText::TooLarge {
                name,
                limit: *limit,
            },
            Fault::Io(e) => IngressText::Unreadable { name, error: e },
        }
        .message()
    }
}

texts! {
    /// What reading a file or stream says.
    enum IngressText<'a> {
        /// Not a regular file: its kind in Chinese (`what`) and as the system names it (`kind`).
        NotRegular { name: &'a str, what: &'static str, kind: &'a str } => "{name}：不是普通文件（{what}），不予读取", "{name}: not a regular file ({kind}); not read";
        /// Past the budget.
        TooLarge { name: &'a str, limit: usize } => "{name}：超过{limit}字节，不予读取", "{name}: larger than {limit} bytes; not read";
        /// The system's reason.
        Unreadable { name: &'a str, error: &'a str } => "{name}：无法读取（{error}）", "{name}: cannot be read ({error})";
    }
}

impl Fault {
    /// The fault as an engine error: `input.too_large` for the budget, `code` otherwise.
    pub fn to_error(&self, code: ErrorCode, name: &str) -> Error {
        let code = match self {
            Fault::TooLarge { .. } => ErrorCode::InputTooLarge,
            _ => code,
        };
        Error::new(code, self.message(name))
    }
}

fn zh_kind(kind: &str) -> &'static str {
    match kind {
        "directory" => "目录",
        "FIFO" => "命名管道",
        "socket" => "套接字",
        "device" => "设备文件",
        _ => "特殊文件",
    }
}

/// Reads a regular file of at most `max_bytes`. The file's kind and size are looked at before
/// it is opened, and the read stops one byte past the budget whatever the size said.
pub fn read_file(path: &Path, max_bytes: usize) -> Result<Vec<u8>, Fault> {
    let meta = std::fs::metadata(path).map_err(|e| Fault::Io(e.to_string()))?;
    check_kind(&meta)?;
    if meta.len() > max_bytes as u64 {
        return Err(Fault::TooLarge { limit: max_bytes });
    }
    let file = std::fs::File::open(path).map_err(|e| Fault::Io(e.to_string()))?;
    // The path may have been swapped between the look and the open: look again at what is open.
    check_kind(&file.metadata().map_err(|e| Fault::Io(e.to_string()))?)?;
    read_stream(file, max_bytes)
}

/// Reads a whole stream of at most `max_bytes` (the read stops one byte past the budget).
pub fn read_stream(r: impl Read, max_bytes: usize) -> Result<Vec<u8>, Fault> {
    let mut out = Vec::new();
    r.take(max_bytes as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| Fault::Io(e.to_string()))?;
    if out.len() > max_bytes {
        return Err(Fault::TooLarge { limit: max_bytes });
    }
    Ok(out)
}

/// Reads a regular file of at most `max_bytes` as UTF-8 text (a byte-order mark dropped).
pub fn read_text(path: &Path, max_bytes: usize) -> Result<String, Fault> {
    let mut bytes = read_file(path, max_bytes)?;
    // The byte-order mark is dropped in place, not by copying the file.
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes)
        .map_err(|_| Fault::Io(tr!("不是 UTF-8 编码的文本", "not UTF-8 text").to_string()))
}

fn check_kind(meta: &std::fs::Metadata) -> Result<(), Fault> {
    let t = meta.file_type();
    if t.is_file() {
        return Ok(());
    }
    Err(Fault::NotRegular(if t.is_dir() {
        "directory"
    } else {
        special_kind(&t)
    }))
}

#[cfg(unix)]
fn special_kind(t: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_fifo() {
        "FIFO"
    } else if t.is_socket() {
        "socket"
    } else if t.is_char_device() || t.is_block_device() {
        "device"
    } else {
        "special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::FileType) -> &'static str {
    "special file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_and_directories_are_refused_before_reading() {
        #[cfg(unix)]
        assert_eq!(
            read_file(Path::new("/dev/zero"), 1 << 20),
            Err(Fault::NotRegular("device"))
        );
        assert_eq!(
            read_file(Path::new(env!("CARGO_MANIFEST_DIR")), 1 << 20),
            Err(Fault::NotRegular("directory"))
        );
    }

    #[test]
    fn the_budget_stops_the_read() {
        let p = std::env::temp_dir().join(format!("zw-ingress-{}", std::process::id()));
        std::fs::write(&p, vec![b'x'; 1000]).unwrap();
        assert_eq!(read_file(&p, 999), Err(Fault::TooLarge { limit: 999 }));
        assert_eq!(read_file(&p, 1000).unwrap().len(), 1000);
        std::fs::remove_file(&p).unwrap();
        assert_eq!(
            read_stream(std::io::repeat(0), 4096),
            Err(Fault::TooLarge { limit: 4096 })
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let p = std::env::temp_dir().join(format!("zw-fifo-{}", std::process::id()));
        let made = std::process::Command::new("mkfifo").arg(&p).status();
        if made.map(|s| s.success()).unwrap_or(false) {
            assert_eq!(read_file(&p, 1 << 20), Err(Fault::NotRegular("FIFO")));
            std::fs::remove_file(&p).unwrap();
        }
    }
}
