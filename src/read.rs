//! Turning a file's bytes into clean UTF-8 text: byte-order mark removed, line endings made `\n`.

use std::borrow::Cow;

/// Why an input cannot be read as a dispatch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    Empty,
    Binary,
    NotUtf8,
}

impl Unreadable {
    /// The short reason shown in summaries ("skipped: 2 empty, 1 binary").
    pub fn reason(&self) -> &'static str {
        match self {
            Unreadable::Empty => "empty",
            Unreadable::Binary => "binary",
            Unreadable::NotUtf8 => "undecodable",
        }
    }
}

/// Decodes a dispatch's bytes.
pub fn decode(bytes: &[u8]) -> Result<String, Unreadable> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Unreadable::Empty);
    }
    if bytes.contains(&0) {
        return Err(Unreadable::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Unreadable::NotUtf8)?;
    Ok(normalize_newlines(text).into_owned())
}

/// CRLF and lone CR become LF.
pub fn normalize_newlines(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_line_endings() {
        assert_eq!(decode(b"\xEF\xBB\xBFa\r\nb\rc\n").unwrap(), "a\nb\nc\n");
    }

    #[test]
    fn unreadable_inputs() {
        assert_eq!(decode(b" \n\n"), Err(Unreadable::Empty));
        assert_eq!(decode(b"a\0b"), Err(Unreadable::Binary));
        assert_eq!(decode(b"caf\xe9"), Err(Unreadable::NotUtf8));
    }
}
