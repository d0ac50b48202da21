//! The binary's allocator: until the first frame is out, memory is carved in turn from one block the kernel
//! fills in a single call; before the block is opened and after it is closed, the system allocator serves.
//!
//! Start-up allocates a few thousand small strings and a screen-sized buffer and frees almost nothing. Faulting
//! that memory in page by page costs more on a virtual machine than the work itself, and malloc's bookkeeping
//! is a fair share of the instructions; bumping a pointer through a pre-faulted block costs neither. A block is
//! never reused: freeing one is a no-op (except the newest, which is taken back), so what start-up frees stays
//! mapped, at most the block's size.

use std::alloc::{GlobalAlloc, Layout, System};
use std::ptr::null_mut;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// The allocator `main` installs: a bump block while start-up has it open, the system allocator otherwise.
pub struct StartupHeap;

/// The block's first and one-past-last address (0 until opened), and the next free address in it.
static START: AtomicUsize = AtomicUsize::new(0);
static END: AtomicUsize = AtomicUsize::new(0);
static NEXT: AtomicUsize = AtomicUsize::new(0);
/// New allocations come from the block only while this is set.
static OPEN: AtomicBool = AtomicBool::new(false);

/// Maps a block of `bytes` with its pages faulted in at once, and serves allocations from it until `close`.
/// Once per process; on failure (or a second call) the system allocator simply goes on serving.
pub fn open(bytes: usize) {
    if START.load(Ordering::Acquire) != 0 || bytes == 0 {
        return;
    }
    // SAFETY: an anonymous private mapping at an address of the kernel's choosing touches no existing memory.
    let block = unsafe {
        libc::mmap(
            null_mut(),
            bytes,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_POPULATE,
            -1,
            0,
        )
    };
    if block == libc::MAP_FAILED {
        return;
    }
    let start = block as usize;
    NEXT.store(start, Ordering::Relaxed);
    END.store(start + bytes, Ordering::Relaxed);
    START.store(start, Ordering::Release);
    OPEN.store(true, Ordering::Release);
}

/// What start-up allocates besides the screen's buffer (the newest snapshot, the first page, its lines), with
/// room to spare: about 230 KiB with the shipped dataset at 80x24, 120x40 and 200x60. Every byte of the block is
/// faulted in whether used or not, so the spare room is kept small; what does not fit goes to the system.
const BESIDES_THE_SCREEN: usize = 280 * 1024;

/// The block start-up needs on a terminal of `cols` x `rows`: the one buffer the first frame is drawn into (the
/// next is made after it has been written), and the rest.
/// A larger need than this spills over to the system allocator; a smaller one leaves pages faulted in for nothing.
pub fn bytes_for_screen(cols: u16, rows: u16) -> usize {
    let cells = usize::from(cols) * usize::from(rows);
    BESIDES_THE_SCREEN + cells * std::mem::size_of::<ratatui::buffer::Cell>()
}

/// From now on every new allocation goes to the system allocator; the block's allocations stay valid.
pub fn close() {
    OPEN.store(false, Ordering::Release);
}

/// How many of the block's bytes have been handed out (0 when it was never opened), for measuring its size.
pub fn used() -> usize {
    NEXT.load(Ordering::Relaxed)
        .saturating_sub(START.load(Ordering::Relaxed))
}

fn in_block(ptr: *mut u8) -> bool {
    let at = ptr as usize;
    at >= START.load(Ordering::Acquire) && at < END.load(Ordering::Acquire)
}

/// `size` bytes aligned to `align` from the block, or null when it is closed or full.
fn bump(size: usize, align: usize) -> *mut u8 {
    if !OPEN.load(Ordering::Acquire) {
        return null_mut();
    }
    let end = END.load(Ordering::Relaxed);
    let mut next = NEXT.load(Ordering::Relaxed);
    loop {
        let Some(at) = next.checked_next_multiple_of(align) else {
            return null_mut();
        };
        let Some(after) = at.checked_add(size).filter(|&a| a <= end) else {
            return null_mut();
        };
        match NEXT.compare_exchange_weak(next, after, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => return at as *mut u8,
            Err(now) => next = now,
        }
    }
}

// SAFETY: block memory is handed out once (never two live allocations overlap, the bump is atomic), aligned as
// asked, and stays mapped for the life of the process; everything else is the system allocator's, unchanged.
unsafe impl GlobalAlloc for StartupHeap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = bump(layout.size(), layout.align());
        if !ptr.is_null() {
            return ptr;
        }
        // SAFETY: the caller's layout is passed on unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // The newest allocation can be taken back and handed out again, so block memory is zeroed here.
        let ptr = bump(layout.size(), layout.align());
        if !ptr.is_null() {
            // SAFETY: `ptr` was just handed out with `layout.size()` bytes.
            unsafe { ptr.write_bytes(0, layout.size()) };
            return ptr;
        }
        // SAFETY: the caller's layout is passed on unchanged.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if in_block(ptr) {
            // The newest allocation is taken back (a temporary freed at once); any other stays where it is.
            let end = ptr as usize + layout.size();
            let _ = NEXT.compare_exchange(end, ptr as usize, Ordering::Relaxed, Ordering::Relaxed);
            return;
        }
        // SAFETY: `ptr` is not the block's, so it came from `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if !in_block(ptr) {
            // SAFETY: `ptr` came from `System` with `layout`; the caller guarantees `new_size` is valid.
            return unsafe { System.realloc(ptr, layout, new_size) };
        }
        let (at, old_end) = (ptr as usize, ptr as usize + layout.size());
        // The newest allocation grows or shrinks where it is while the block is open and has room.
        if OPEN.load(Ordering::Acquire)
            && let Some(new_end) = at
                .checked_add(new_size)
                .filter(|&e| e <= END.load(Ordering::Relaxed))
            && NEXT
                .compare_exchange(old_end, new_end, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            return ptr;
        }
        if new_size <= layout.size() {
            return ptr;
        }
        // SAFETY: `new_size` with the old alignment is a valid layout (the caller guarantees it).
        let moved =
            unsafe { self.alloc(Layout::from_size_align_unchecked(new_size, layout.align())) };
        if !moved.is_null() {
            // SAFETY: both are live, distinct allocations at least `layout.size()` bytes long.
            unsafe { std::ptr::copy_nonoverlapping(ptr, moved, layout.size()) };
            // SAFETY: `ptr` is the block's, allocated with `layout`.
            unsafe { self.dealloc(ptr, layout) };
        }
        moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // One test owns the process's block (it can be opened once), so every step is checked here in turn.
    #[test]
    fn the_block_serves_until_closed_and_its_memory_stays_valid() {
        let heap = StartupHeap;
        let small = Layout::from_size_align(24, 8).unwrap();
        open(64 * 1024);
        assert_eq!(used(), 0);
        // SAFETY: every pointer below is used within the layout it was allocated with.
        unsafe {
            let a = heap.alloc(small);
            assert!(in_block(a) && (a as usize).is_multiple_of(8));
            a.write_bytes(7, 24);
            // The newest allocation grows where it is.
            let grown = heap.realloc(a, small, 100);
            assert_eq!(grown, a);
            assert_eq!(*grown.add(23), 7);
            let wide = heap.alloc(Layout::from_size_align(10, 64).unwrap());
            assert!((wide as usize).is_multiple_of(64));
            // An older one moves, keeping its bytes.
            let moved = heap.realloc(grown, Layout::from_size_align(100, 8).unwrap(), 200);
            assert_ne!(moved, grown);
            assert_eq!(*moved.add(23), 7);
            // Freed at once, the newest is taken back.
            let before = used();
            let temporary = heap.alloc(small);
            heap.dealloc(temporary, small);
            assert_eq!(used(), before);
            // Memory taken back and handed out again comes zeroed when asked.
            let dirty = heap.alloc(Layout::from_size_align(4096, 8).unwrap());
            dirty.write_bytes(9, 4096);
            heap.dealloc(dirty, Layout::from_size_align(4096, 8).unwrap());
            let zeroed = heap.alloc_zeroed(Layout::from_size_align(4096, 8).unwrap());
            assert_eq!(zeroed, dirty);
            assert!(
                std::slice::from_raw_parts(zeroed, 4096)
                    .iter()
                    .all(|b| *b == 0)
            );
            // Too large for the block: the system allocator serves it.
            let big = Layout::from_size_align(1 << 20, 8).unwrap();
            let outside = heap.alloc(big);
            assert!(!outside.is_null() && !in_block(outside));
            heap.dealloc(outside, big);
            close();
            let after = heap.alloc(small);
            assert!(!in_block(after));
            heap.dealloc(after, small);
            // A block allocation grown after closing moves to the system allocator.
            let out = heap.realloc(moved, Layout::from_size_align(200, 8).unwrap(), 300);
            assert!(!in_block(out) && *out.add(23) == 7);
            heap.dealloc(out, Layout::from_size_align(300, 8).unwrap());
        }
    }
}
