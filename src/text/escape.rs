//! Names and messages made safe to print and to use as identities: a file name's bytes kept
//! whole (two names never become one), and no control character left to break a line.

use std::borrow::Cow;
use std::fmt::Write as _;

/// A file name (or path component) as text, losslessly: valid UTF-8 stays as it is; each byte
/// that is not UTF-8 becomes `\xHH`, each control character `\u{H}`, and a backslash `\\`.
/// Since every backslash of the result starts an escape, two different names never give the
/// same text (a lossy conversion made `a\xFF.txt` and `a\xFE.txt` one dispatch).
pub fn name(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                c if c.is_control() => {
                    let _ = write!(out, "\\u{{{:x}}}", c as u32);
                }
                c => out.push(c),
            }
        }
        for b in chunk.invalid() {
            let _ = write!(out, "\\x{b:02X}");
        }
    }
    out
}

/// `text` on one line: control characters (a newline in a file name, an escape sequence in an
/// NDJSON `id`) shown as `\u{H}` so that a message is one line and cannot drive the terminal.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` cut to at most `max` characters (and the three of " … "), keeping both ends: the
/// start says what is wrong, the end what to do.
pub fn clipped(text: &str, max: usize) -> Cow<'_, str> {
    let count = text.chars().count();
    if count <= max {
        return Cow::Borrowed(text);
    }
    let tail = max / 4;
    let head: String = text.chars().take(max - tail).collect();
    let end: String = text.chars().skip(count - tail).collect();
    Cow::Owned(format!("{head} … {end}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_kept_apart_and_printable() {
        assert_eq!(name("dépêche-12.txt".as_bytes()), "dépêche-12.txt");
        assert_eq!(name(b"a\xFF.txt"), "a\\xFF.txt");
        assert_ne!(name(b"a\xFF.txt"), name(b"a\xFE.txt"));
        // The escape of an invalid byte never meets a name that is written that way.
        assert_ne!(name(b"a\xFF.txt"), name(br"a\xFF.txt"));
        assert_eq!(name(b"x\ny.txt"), "x\\u{a}y.txt");
        assert_eq!(name(b"caf\xC3"), "caf\\xC3");
    }

    #[test]
    fn long_messages_keep_their_ends() {
        assert_eq!(clipped("court", 10), "court");
        let long = format!("début {} fin", "x".repeat(100));
        let c = clipped(&long, 20);
        assert_eq!(c, "début xxxxxxxxx … x fin");
        assert_eq!(c.chars().count(), 20 + 3);
    }

    #[test]
    fn messages_stay_on_one_line() {
        assert_eq!(one_line("a.txt: empty"), "a.txt: empty");
        assert_eq!(one_line("x\ny\u{1b}[31m.txt"), "x\\u{a}y\\u{1b}[31m.txt");
    }
}
