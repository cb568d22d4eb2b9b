//! The one way a wire enum is declared: [`wire_enum!`] gives each value its wire name (what JSON
//! carries) and its Chinese term (what people read), with `ALL`, `name()` and `label()`.

/// Declares a wire enum: `Name { Variant => "wire_name", "中文"; … }`, each variant with its
/// doc comment. Derives serde with the wire names, ordering in declaration order, and the
/// `ALL` / `name()` / `label()` tables.
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        $name:ident { $( $(#[$vmeta:meta])* $variant:ident => $wire:literal, $label:literal; )* }
    ) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        $(#[$meta])*
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $wire)] $variant, )*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[ $( $name::$variant, )* ];

            /// The wire name.
            pub const fn name(self) -> &'static str {
                match self { $( $name::$variant => $wire, )* }
            }

            /// The Chinese term.
            pub const fn label(self) -> &'static str {
                match self { $( $name::$variant => $label, )* }
            }
        }
    };
}
