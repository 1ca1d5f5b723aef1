//! Panics as errors.
//!
//! Tantivy trusts the bytes of its files: a damaged segment can make it panic (an index out of
//! bounds while decoding postings) where an error was due. Code that reads an index, or parses
//! untrusted input, runs inside [`catching`], which turns a panic into an error with its
//! message. The binaries' panic hook ([`install_panic_hook`]) leaves those panics to `catching` and
//! ends the process for any other one, with one line and exit status 2 — also on tantivy's own
//! threads, where an uncaught panic would otherwise abort the process.

use std::cell::{Cell, RefCell};
use std::panic::AssertUnwindSafe;

thread_local! {
    /// How many `catching` calls the current thread is inside.
    static CATCHING: Cell<u32> = const { Cell::new(0) };
    /// The message of the panic `catching` is about to return, as the hook saw it.
    static CAUGHT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `f`; a panic inside it becomes `Err` with the panic's message (and where it happened).
pub fn catching<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    CATCHING.with(|c| c.set(c.get() + 1));
    let result = std::panic::catch_unwind(AssertUnwindSafe(f));
    CATCHING.with(|c| c.set(c.get() - 1));
    result.map_err(|payload| {
        CAUGHT
            .with(|m| m.borrow_mut().take())
            .unwrap_or_else(|| payload_text(payload.as_ref()).to_owned())
    })
}

/// Installs the panic hook of a binary: outside [`catching`], a panic prints one line on stderr
/// (`PROGRAM: internal error: …`, with how to check and repair the index, the likeliest cause)
/// and ends the process with status 2; inside, it prints nothing.
pub fn install_panic_hook(program: &'static str) {
    std::panic::set_hook(Box::new(move |info| {
        let message = match info.location() {
            Some(at) => format!(
                "{} ({}:{})",
                payload_text(info.payload()),
                short_path(at.file()),
                at.line()
            ),
            None => payload_text(info.payload()).to_owned(),
        };
        if CATCHING.with(Cell::get) > 0 {
            CAUGHT.with(|m| *m.borrow_mut() = Some(message));
            return;
        }
        eprintln!(
            "{program}: internal error: {}; if the index is damaged, `search-index --check` says so and `search-index --rebuild` repairs it",
            message.replace('\n', " ")
        );
        std::process::exit(2);
    }));
}

fn payload_text(payload: &(dyn std::any::Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("panic")
}

/// A source path without the build machine's folders: `tantivy-0.27.0/src/…` for a dependency.
fn short_path(file: &str) -> &str {
    match file.find("/registry/src/") {
        Some(i) => {
            let rest = &file[i + "/registry/src/".len()..];
            rest.split_once('/')
                .map_or(rest, |(_, crate_path)| crate_path)
        }
        None => file,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_inside_catching_is_an_error_with_its_message() {
        let caught = catching(|| -> u32 { panic!("decoding went past the end") });
        assert!(caught.unwrap_err().contains("decoding went past the end"));
        assert_eq!(catching(|| 7), Ok(7));
        // Nested: the inner one catches, the outer one sees a value.
        assert_eq!(catching(|| catching(|| panic!("inner")).is_err()), Ok(true));
    }

    #[test]
    fn dependency_paths_are_shortened() {
        assert_eq!(
            short_path("/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/tantivy-0.27.0/src/postings/compression/vint.rs"),
            "tantivy-0.27.0/src/postings/compression/vint.rs"
        );
        assert_eq!(short_path("src/search.rs"), "src/search.rs");
    }
}
