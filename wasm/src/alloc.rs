//! The WebAssembly allocator: dlmalloc over a linear memory grown geometrically.
//!
//! Why: the default allocator grows the memory by what each request needs. Each `memory.grow`
//! may make the engine copy the whole memory (always so without guard regions, as under
//! `--disable-wasm-trap-handler`), so an input that builds a large value tree grew the memory
//! hundreds of times and spent five times the work in copies (a dense 16 MiB catalog: 6.6 s of
//! CPU on first use, 1.1 s once the memory had grown). Here the memory grows by at least half
//! its size each time (falling back to exactly what is needed near the host's cap), so it grows
//! a few dozen times at most.

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32;
use core::cell::UnsafeCell;
use core::ptr;

const PAGE: usize = 64 * 1024;

/// The system side of dlmalloc: pages from `memory.grow`, geometrically.
struct Geometric;

unsafe impl dlmalloc::Allocator for Geometric {
    fn alloc(&self, size: usize) -> (*mut u8, usize, u32) {
        let needed = size.div_ceil(PAGE);
        let current = wasm32::memory_size(0);
        let generous = needed.max(current / 2);
        let mut pages = generous;
        let mut prev = wasm32::memory_grow(0, pages);
        if prev == usize::MAX && generous > needed {
            pages = needed;
            prev = wasm32::memory_grow(0, pages);
        }
        if prev == usize::MAX {
            return (ptr::null_mut(), 0, 0);
        }
        let base = prev * PAGE;
        let len = pages * PAGE;
        // The last bytes of a 4 GiB address space cannot be handed out (a pointer cannot wrap).
        let len = if base.wrapping_add(len) == 0 {
            len - 16
        } else {
            len
        };
        (base as *mut u8, len, 0)
    }

    fn remap(&self, _: *mut u8, _: usize, _: usize, _: bool) -> *mut u8 {
        ptr::null_mut()
    }

    fn free_part(&self, _: *mut u8, _: usize, _: usize) -> bool {
        false
    }

    fn free(&self, _: *mut u8, _: usize) -> bool {
        false
    }

    fn can_release_part(&self, _: u32) -> bool {
        false
    }

    fn allocates_zeros(&self) -> bool {
        true
    }

    fn page_size(&self) -> usize {
        PAGE
    }
}

/// The global allocator. WebAssembly without the threads proposal runs one thread, so the
/// allocator needs no lock.
pub struct Allocator(UnsafeCell<dlmalloc::Dlmalloc<Geometric>>);

// SAFETY: wasm32-unknown-unknown (built without atomics) has one thread.
unsafe impl Sync for Allocator {}

impl Allocator {
    pub const fn new() -> Allocator {
        Allocator(UnsafeCell::new(dlmalloc::Dlmalloc::new_with_allocator(
            Geometric,
        )))
    }
}

// SAFETY: every call reaches the one dlmalloc instance from the one thread; dlmalloc upholds
// GlobalAlloc's contract for the layouts it is given.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        (*self.0.get()).malloc(layout.size(), layout.align())
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        (*self.0.get()).calloc(layout.size(), layout.align())
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        (*self.0.get()).free(ptr, layout.size(), layout.align())
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        (*self.0.get()).realloc(ptr, layout.size(), layout.align(), new_size)
    }
}
