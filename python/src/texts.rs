//! What the native module says about the buffers the facade hands it, in the engine's language,
//! declared once with both templates side by side. (The facade always hands well-formed buffers;
//! these say what is wrong when a caller reaches the module directly.)

zhengwu::texts! {
    /// What the native module says.
    pub(crate) enum Said<'a> {
        /// A packed buffer whose length is not a multiple of its width.
        NotMultiple { what: &'a str, width: usize } => "{what}：缓冲区长度不是 {width} 的倍数", "{what}: buffer length is not a multiple of {width}";
        /// Null flags not one per value.
        NullFlags { count: usize, flags: usize } => "{count} 个值却有 {flags} 个空值标记", "{count} values but {flags} null flags";
        /// Offsets not count + 1.
        OffsetBytes { count: usize, bytes: usize } => "{count} 个值需要 {bytes} 字节的偏移量", "{count} values need {bytes} offset bytes";
        /// An offset pair outside the text.
        OffsetsOut { from: usize, to: usize, k: usize } => "第 {k} 个值的偏移量 {from}..{to} 超出范围", "offsets {from}..{to} of value {k} are out of range";
        /// More values than the text can hold.
        CannotJoin { count: usize, bytes: usize } => "{bytes} 字节容不下 {count} 个以 NUL 分隔的值", "{count} values cannot be joined in {bytes} bytes";
        /// A value with a NUL in it.
        NulInside { count: usize } => "多于 {count} 个值：有值含 NUL 字符", "more than {count} values: a value contains a NUL character";
        /// Fewer or more values than said.
        CountFound { count: usize, found: usize } => "应有 {count} 个值，实有 {found} 个", "{count} values expected, {found} found";
        /// Fewer or more values than said, a NUL inside.
        CountFoundNul { count: usize, found: usize } => "应有 {count} 个值，实有 {found} 个：有值含 NUL 字符", "{count} values expected, {found} found: a value contains a NUL character";
        /// Day counts neither one nor one per date.
        DayCounts { dates: usize, counts: usize } => "{dates} 个日期却有 {counts} 个天数", "{dates} dates but {counts} day counts";
        /// Starts and ends of different lengths.
        StartsEnds => "起止日期的个数不同", "starts and ends differ in length";
    }
}
