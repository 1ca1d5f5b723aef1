//! An input that was not indexed, why, and what it held (what `--prune` must keep).

use super::read;

/// An input that was not indexed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    /// The dispatch, file or `file:line`.
    pub input: String,
    pub reason: SkipReason,
    /// What the skipped input held, as far as is known: what `--prune` must not remove.
    pub held: Held,
}

/// Why an input was skipped: [`SkipReason::kind`] is what summaries count ("2 empty, 1 binary"),
/// its `Display` the full reason shown with the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// A path, file, folder or feed the system would not read (its I/O error).
    Unreadable(String),
    /// Bytes that hold no dispatch: empty, binary, undecodable, too large.
    Content(read::Unreadable),
    /// An NDJSON line that is not UTF-8.
    LineNotUtf8,
    /// An NDJSON line that is no dispatch record.
    Record(read::RecordError),
    /// No text once boilerplate is removed.
    NoText,
    /// Parsing the dispatch panicked (a bug, with its message).
    Internal(String),
    /// An identity already read in this run (the `id` of an NDJSON line, a file's relative path
    /// under two PATHs): the first one is kept.
    Duplicate(String),
}

impl SkipReason {
    /// The short reason counted in summaries.
    pub fn kind(&self) -> &'static str {
        match self {
            SkipReason::Unreadable(_) => "unreadable",
            SkipReason::Content(u) => u.reason(),
            SkipReason::LineNotUtf8 => "undecodable",
            SkipReason::Record(r) => r.reason(),
            SkipReason::NoText => "empty",
            SkipReason::Internal(_) => "internal error",
            SkipReason::Duplicate(_) => "duplicate",
        }
    }
}

impl std::fmt::Display for SkipReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SkipReason::Unreadable(e) => write!(f, "unreadable: {e}"),
            SkipReason::Content(u) => write!(f, "{u}"),
            SkipReason::LineNotUtf8 => f.write_str("undecodable: NDJSON lines must be UTF-8"),
            SkipReason::Record(r) => write!(f, "{r}"),
            SkipReason::NoText => f.write_str("empty: no text once boilerplate is removed"),
            SkipReason::Internal(panic) => write!(
                f,
                "internal error: the dispatch could not be parsed ({panic})"
            ),
            SkipReason::Duplicate(id) => write!(
                f,
                "duplicate: the id {id:?} was already read in this run; the first one is kept"
            ),
        }
    }
}

/// What a skipped input held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Held {
    /// One dispatch whose identity is known: its indexed version is kept.
    Dispatch(String),
    /// One NDJSON line whose `id` could not be read.
    Line,
    /// A whole path, folder or feed that could not be read: nobody knows which dispatches it
    /// holds, so nothing may be pruned.
    Input,
}

/// `input: reason`, as reports print it.
impl std::fmt::Display for Skip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.input, self.reason)
    }
}

impl Skip {
    pub(super) fn dispatch(id: &str, reason: SkipReason) -> Skip {
        Skip {
            input: id.to_owned(),
            reason,
            held: Held::Dispatch(id.to_owned()),
        }
    }

    pub(super) fn input(input: String, reason: SkipReason) -> Skip {
        Skip {
            input,
            reason,
            held: Held::Input,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_skip_is_counted_by_its_kind_and_shown_in_full() {
        let reasons = [
            SkipReason::Unreadable("permission denied".to_owned()),
            SkipReason::Content(read::Unreadable::TooLarge(12_000_000)),
            SkipReason::LineNotUtf8,
            SkipReason::Record(read::record("{not json").unwrap_err().error),
            SkipReason::NoText,
            SkipReason::Internal("index out of bounds".to_owned()),
            SkipReason::Duplicate("a1".to_owned()),
        ];
        let kinds: Vec<&str> = reasons.iter().map(SkipReason::kind).collect();
        assert_eq!(
            kinds,
            [
                "unreadable",
                "too large",
                "undecodable",
                "malformed JSON",
                "empty",
                "internal error",
                "duplicate"
            ]
        );
        for r in &reasons {
            assert!(r.to_string().starts_with(r.kind()), "{r}");
        }
    }
}
