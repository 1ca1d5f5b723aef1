//! How a binary ends: its exit status decided in one place, errors as one line, panics too.
//!
//! Every binary's `main` is `exit::main(PROGRAM, run)`: `run` returns an [`Exit`] or an error;
//! the panic hook is `index::guard`'s.
//! Statuses are grep's: 0 found, 1 nothing found, 2 error; `search-index` adds 3 when it finished
//! but skipped some inputs. A closed pipe (`search … | head`) is a quiet, successful end.

use std::process::ExitCode;

use crate::index::guard::install_panic_hook;
use crate::model::error::Error;
use crate::text::escape::{clipped, one_line};

/// What a run came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: something was found; every input was indexed.
    Success,
    /// 1: the search found nothing.
    NothingFound,
    /// 2: the run could not do what was asked (its reason already printed).
    Failure,
    /// 3: the indexing run finished, but some inputs were skipped (each named on stderr).
    SomeSkipped,
}

impl Exit {
    /// The process's exit status.
    pub fn code(self) -> u8 {
        match self {
            Exit::Success => 0,
            Exit::NothingFound => 1,
            Exit::Failure => 2,
            Exit::SomeSkipped => 3,
        }
    }
}

/// Runs a binary: installs the panic hook (`index::guard`), runs `run`, prints an error as one line prefixed by
/// the program's name, and returns the exit status.
pub fn main(program: &'static str, run: impl FnOnce() -> anyhow::Result<Exit>) -> ExitCode {
    // A panic outside `catching` prints one line and ends with status 2 (see `index::guard`).
    install_panic_hook(program);
    ExitCode::from(finish(program, run).code())
}

/// The longest error line: past it, the middle of the message is left out.
const MAX_MESSAGE_CHARS: usize = 1_000;

/// Runs `run` and decides how it ends; its errors printed.
fn finish(program: &str, run: impl FnOnce() -> anyhow::Result<Exit>) -> Exit {
    // The hook ends the process on a panic; without it (in tests), the panic ends the run with 2.
    let Ok(outcome) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) else {
        return Exit::Failure;
    };
    match outcome {
        Ok(exit) => exit,
        Err(e) if is_broken_pipe(&e) => Exit::Success,
        Err(e) => {
            // The user's input to fix: the message says what, with no chain of causes. Other
            // causes may quote a file name: control characters escaped, one line; a value
            // pasted by mistake (a whole file given as a date) shown by its ends.
            let message = match Error::find(&e) {
                Some(usage @ Error::Usage(_)) => usage.to_string(),
                _ => format!("{e:#}"),
            };
            eprintln!(
                "{program}: {}",
                clipped(&one_line(&message), MAX_MESSAGE_CHARS)
            );
            Exit::Failure
        }
    }
}

/// Whether an error is a closed pipe (`search … | head`): a quiet end, not a failure.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_panics_and_closed_pipes_end_as_grep_ends() {
        assert_eq!(finish("t", || Ok(Exit::NothingFound)).code(), 1);
        assert_eq!(finish("t", || Ok(Exit::SomeSkipped)).code(), 3);
        assert_eq!(
            finish("t", || Err(Error::Usage("bad".into()).into())).code(),
            2
        );
        let closed = std::io::Error::from(std::io::ErrorKind::BrokenPipe);
        let closed = anyhow::Error::new(closed).context("writing a hit");
        assert_eq!(finish("t", || Err(closed)).code(), 0);
        assert_eq!(finish("t", || panic!("a bug")).code(), 2);
    }
}
