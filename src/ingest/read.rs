//! Turning a file's bytes, or an NDJSON record, into clean UTF-8 text: byte-order marks removed,
//! legacy French encodings converted, line endings made `\n`.

use std::borrow::Cow;

use encoding_rs::{Encoding, ISO_8859_15, UTF_8, WINDOWS_1252};

/// Largest dispatch accepted, in bytes (a `.txt` file, or one NDJSON record). Wire dispatches are
/// a few kilobytes; anything this large is a mistake (a log, an archive, a whole feed dumped into
/// one file) and is skipped rather than indexed as one dispatch.
pub const MAX_DISPATCH_BYTES: usize = 10 * 1024 * 1024;

/// Why an input cannot be read as a dispatch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    Empty,
    Binary,
    Undecodable,
    TooLarge(usize),
}

impl Unreadable {
    /// The short reason counted in summaries ("skipped: 2 empty, 1 binary").
    pub fn reason(&self) -> &'static str {
        match self {
            Unreadable::Empty => "empty",
            Unreadable::Binary => "binary",
            Unreadable::Undecodable => "undecodable",
            Unreadable::TooLarge(_) => "too large",
        }
    }
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreadable::TooLarge(n) => write!(
                f,
                "too large: {:.1} MB, over the {} MB limit for one dispatch",
                *n as f64 / 1e6,
                MAX_DISPATCH_BYTES / (1024 * 1024)
            ),
            Unreadable::Binary => f.write_str("binary: not a text file"),
            Unreadable::Empty => f.write_str("empty"),
            Unreadable::Undecodable => {
                f.write_str("undecodable: neither UTF-8 nor a legacy French encoding")
            }
        }
    }
}

/// Text decoded from bytes, and the legacy encoding it was converted from, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// `Some("windows-1252")` when the bytes were not UTF-8: worth a warning.
    pub converted_from: Option<&'static str>,
}

/// Decodes a dispatch's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252
/// or ISO-8859-15 (ISO-8859-1 is read as Windows-1252, its superset).
pub fn decode(bytes: &[u8]) -> Result<Decoded, Unreadable> {
    if bytes.len() > MAX_DISPATCH_BYTES {
        return Err(Unreadable::TooLarge(bytes.len()));
    }
    let (encoding, bom) = Encoding::for_bom(bytes).unwrap_or((UTF_8, 0));
    let body = &bytes[bom..];
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(Unreadable::Empty);
    }
    let (text, converted_from) = if encoding != UTF_8 {
        // UTF-16 with a byte-order mark: decoding it is exact.
        let (text, _, errors) = encoding.decode(bytes);
        if errors {
            return Err(Unreadable::Undecodable);
        }
        (text.into_owned(), None)
    } else if body.contains(&0) {
        return Err(Unreadable::Binary);
    } else if let Ok(text) = std::str::from_utf8(body) {
        (text.to_owned(), None)
    } else {
        let legacy = legacy_encoding(body);
        let (text, _, _) = legacy.decode(body);
        (text.into_owned(), Some(legacy.name()))
    };
    if looks_binary(&text) {
        return Err(if converted_from.is_some() {
            Unreadable::Undecodable
        } else {
            Unreadable::Binary
        });
    }
    Ok(Decoded {
        text: repair_mojibake(&normalize_newlines(&text)).into_owned(),
        converted_from: converted_from.map(|n| {
            if n == "windows-1252" {
                "Windows-1252"
            } else {
                n
            }
        }),
    })
}

/// Windows-1252 uses 0x80–0x9F for printable characters (’ « œ €); ISO-8859-15 never does, and
/// puts € at 0xA4 and œ at 0xBD, where Windows-1252 has ¤ and ½ — rare in French news.
fn legacy_encoding(bytes: &[u8]) -> &'static Encoding {
    let c1 = bytes.iter().any(|&b| (0x80..0xA0).contains(&b));
    let latin9 = bytes.iter().any(|&b| matches!(b, 0xA4 | 0xBC | 0xBD));
    if !c1 && latin9 {
        ISO_8859_15
    } else {
        WINDOWS_1252
    }
}

/// Text with many control characters is not prose, whatever decoded it.
fn looks_binary(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(8192) {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            control += 1;
        }
    }
    total > 0 && control * 20 > total
}

/// UTF-8 that was once decoded as Windows-1252 and saved again: "vÅ“ux" for "vœux", "Ã©tÃ©"
/// for "été", "lâ€™Ã‰lysÃ©e" for "l’Élysée", left by many sites in text they copy. Each run of
/// such characters that opens on one of the lead characters of French letters and marks so
/// garbled (Ã, Å, Â, â) and whose Windows-1252 bytes read as UTF-8 is put back. French text
/// itself never has these runs (nor "Ã" before two spaces, à garbled with its no-break space
/// made plain): Ã and Å are no French letters, and Â or â followed by a mark is
/// not French either.
pub fn repair_mojibake(text: &str) -> Cow<'_, str> {
    if find_lead(text).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = find_lead(rest) {
        out.push_str(&rest[..at]);
        let run = &rest[at..];
        // "Ã  Paris": à's second byte was a no-break space, saved again as a plain one.
        if let Some(after) = run.strip_prefix("Ã  ") {
            out.push_str("à ");
            rest = after;
            continue;
        }
        // A lead character before ASCII or the end ("âge", "château") is a stretch of one
        // character, whose one byte is no UTF-8: nothing garbled, as below, found at once.
        if run.as_bytes().get(2).is_none_or(u8::is_ascii) {
            out.push_str(&run[..2]);
            rest = &run[2..];
            continue;
        }
        // The longest stretch of non-ASCII characters that Windows-1252 can write.
        let mut end = 0;
        for (i, c) in run.char_indices() {
            if c.is_ascii() {
                break;
            }
            let mut buf = [0u8; 4];
            let (bytes, _, unmappable) = WINDOWS_1252.encode(c.encode_utf8(&mut buf));
            if unmappable || bytes.len() != 1 {
                break;
            }
            end = i + c.len_utf8();
        }
        let (bytes, _, _) = WINDOWS_1252.encode(&run[..end]);
        // Read as much of the stretch as forms whole UTF-8 characters.
        let valid = match std::str::from_utf8(&bytes) {
            Ok(s) => s.len(),
            Err(e) => e.valid_up_to(),
        };
        let fixed = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        if fixed.is_empty() || fixed.chars().count() == run[..end].chars().count() {
            // Nothing garbled here: keep the lead character and go on.
            let lead = run.chars().next().map_or(1, char::len_utf8);
            out.push_str(&run[..lead]);
            rest = &run[lead..];
            continue;
        }
        // The garbled characters that `valid` bytes came from.
        let consumed: usize = run[..end].chars().take(valid).map(char::len_utf8).sum();
        out.push_str(fixed);
        rest = &run[consumed..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Where the first lead character of a garbled run (Ã, Å, Â, â: 0xC3 then 0x83, 0x85, 0x82
/// or 0xA2) stands: a byte search for 0xC3, in place of decoding every character.
fn find_lead(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    memchr::memchr_iter(0xC3, b).find(|&i| matches!(b.get(i + 1), Some(0x82 | 0x83 | 0x85 | 0xA2)))
}

/// CRLF and lone CR become LF.
pub fn normalize_newlines(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// One NDJSON record: a dispatch with its identity and optional metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// A string `id` as it is; a number `id` as it is written (`18446744073709551617` stays
    /// those digits, never a rounded float).
    pub id: String,
    pub text: String,
    pub date: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
}

/// What is wrong with an NDJSON line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordError {
    /// Not JSON at all.
    Json(String),
    /// JSON, but not a dispatch record (`id` and `text` strings); names the field at fault.
    Record(String),
}

impl RecordError {
    /// The short reason counted in summaries.
    pub fn reason(&self) -> &'static str {
        match self {
            RecordError::Json(_) => "malformed JSON",
            RecordError::Record(_) => "malformed record",
        }
    }
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecordError::Json(e) | RecordError::Record(e) => write!(f, "{}: {e}", self.reason()),
        }
    }
}

/// An NDJSON line that is not a record, and why; with its `id` when that much could be read
/// (the dispatch's indexed version is then kept under --prune).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRecord {
    pub error: RecordError,
    pub id: Option<String>,
}

/// Parses one NDJSON line; `Err` says what is wrong with it, naming the field. A number `id` is
/// taken as it is written (past 2^64 too: a float would make two ids one).
pub fn record(line: &str) -> Result<Record, BadRecord> {
    use serde_json::value::RawValue;
    let bad = |e: RecordError, id: Option<String>| BadRecord { error: e, id };
    let malformed = |reason: String, id: Option<String>| bad(RecordError::Record(reason), id);
    let fields: std::collections::HashMap<String, &RawValue> = match serde_json::from_str(line) {
        Ok(f) => f,
        Err(e) if e.is_data() => return Err(malformed("not a JSON object".to_owned(), None)),
        Err(e) => return Err(bad(RecordError::Json(e.to_string()), None)),
    };
    let id = match fields.get("id").map(|v| v.get()) {
        None => Err("no \"id\"".to_owned()),
        Some(raw) => match kind(raw) {
            "a string" => match serde_json::from_str::<String>(raw) {
                Ok(s) if !s.trim().is_empty() => Ok(s),
                _ => Err("\"id\" is an empty string".to_owned()),
            },
            "a number" => Ok(raw.to_owned()),
            other => Err(format!("\"id\" must be a string or a number, not {other}")),
        },
    };
    let id = id.map_err(|reason| malformed(reason, None))?;
    let string = |key: &str| -> Result<Option<String>, BadRecord> {
        let Some(raw) = fields.get(key).map(|v| v.get()) else {
            return Ok(None);
        };
        match kind(raw) {
            "null" => Ok(None),
            "a string" => serde_json::from_str(raw)
                .map(Some)
                .map_err(|e| malformed(format!("\"{key}\": {e}"), Some(id.clone()))),
            other => Err(malformed(
                format!("\"{key}\" must be a string, not {other}"),
                Some(id.clone()),
            )),
        }
    };
    let text = match string("text")? {
        Some(t) if !t.trim().is_empty() => t,
        Some(_) => {
            return Err(malformed(
                "\"text\" is an empty string".to_owned(),
                Some(id),
            ))
        }
        None => return Err(malformed("no \"text\"".to_owned(), Some(id))),
    };
    Ok(Record {
        text: repair_mojibake(&normalize_newlines(&text)).into_owned(),
        date: string("date")?,
        title: string("title")?,
        source: string("source")?,
        id,
    })
}

/// What kind of JSON value a raw value is, as a message names it.
fn kind(raw: &str) -> &'static str {
    match raw.trim_start().as_bytes().first() {
        Some(b'"') => "a string",
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        _ => "a number",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> String {
        decode(bytes).unwrap().text
    }

    #[test]
    fn garbled_utf8_is_put_back() {
        let fix = |t: &str| repair_mojibake(t).into_owned();
        assert_eq!(fix("ses vÅ“ux"), "ses vœux");
        assert_eq!(fix("un Ã©tÃ© Ã  Paris"), "un été à Paris");
        assert_eq!(
            fix("lâ€™Ã‰lysÃ©e a dit Â« non Â»"),
            "l’Élysée a dit « non »"
        );
        assert_eq!(fix("Ã§a"), "ça");
        assert_eq!(decode("ses vÅ“ux".as_bytes()).unwrap().text, "ses vœux");
        // French text is left as it is, capitals and marks included.
        for t in [
            "L'ÉTÉ» et «ÂGE»",
            "São Paulo, SÃO PAULO",
            "Âme, âge, «â» ; Ã seul",
            "déjà-vu… « là » — œuvre",
        ] {
            assert_eq!(fix(t), t);
        }
    }

    #[test]
    fn bom_and_line_endings() {
        assert_eq!(text(b"\xEF\xBB\xBFa\r\nb\rc\n"), "a\nb\nc\n");
        let d = decode(b"\xEF\xBB\xBFcaf\xc3\xa9").unwrap();
        assert_eq!(d.converted_from, None);
    }

    #[test]
    fn windows_1252_with_curly_apostrophe_and_guillemets() {
        let d = decode(b"l\x92Otan \xab\xa0cible l\xe9gitime\xa0\xbb \x9cuvre").unwrap();
        assert_eq!(d.text, "l’Otan «\u{a0}cible légitime\u{a0}» œuvre");
        assert_eq!(d.converted_from, Some("Windows-1252"));
    }

    #[test]
    fn iso_8859_15_euro_and_oe() {
        let d = decode(b"co\xfbt de 5 \xa4, c\xbdur").unwrap();
        assert_eq!(d.text, "coût de 5 €, cœur");
        assert_eq!(d.converted_from, Some("ISO-8859-15"));
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Sécurité".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(text(&bytes), "Sécurité");
    }

    #[test]
    fn unreadable_inputs() {
        assert_eq!(decode(b" \n\n"), Err(Unreadable::Empty));
        assert_eq!(decode(b""), Err(Unreadable::Empty));
        assert_eq!(decode(b"a\0b"), Err(Unreadable::Binary));
        assert_eq!(
            decode(b"\x01\x02\x03\x04\x05abc\x06\x07"),
            Err(Unreadable::Binary)
        );
        let big = vec![b'a'; MAX_DISPATCH_BYTES + 1];
        assert_eq!(
            decode(&big),
            Err(Unreadable::TooLarge(MAX_DISPATCH_BYTES + 1))
        );
    }

    #[test]
    fn ndjson_records() {
        let r = record(r#"{"id":"a-1","text":"Ligne\r\nsuivante","date":"2025-02","source":"X"}"#)
            .unwrap();
        assert_eq!(r.id, "a-1");
        assert_eq!(r.text, "Ligne\nsuivante");
        assert_eq!(r.date.as_deref(), Some("2025-02"));
        assert_eq!(record(r#"{"id":42,"text":"x"}"#).unwrap().id, "42");
        let reason = |line: &str| record(line).unwrap_err().error.to_string();
        assert!(reason(r#"{"text":"x"}"#).contains("no \"id\""));
        assert!(record(r#"{"id":"x","text":""}"#).is_err());
        assert!(matches!(
            record("{not json").unwrap_err().error,
            RecordError::Json(_)
        ));
        assert_eq!(reason("[1,2]"), "malformed record: not a JSON object");
    }

    #[test]
    fn ndjson_ids_are_taken_as_written() {
        let id = |line: &str| record(line).unwrap().id;
        // Past 2^64: two ids that a float would make one.
        assert_eq!(
            id(r#"{"id":18446744073709551617,"text":"x"}"#),
            "18446744073709551617"
        );
        assert_ne!(
            id(r#"{"id":18446744073709551617,"text":"x"}"#),
            id(r#"{"id":18446744073709551618,"text":"x"}"#)
        );
        assert_eq!(id(r#"{"id":-7,"text":"x"}"#), "-7");
        assert_eq!(id(r#"{"id":"a\"b","text":"x"}"#), "a\"b");
    }

    #[test]
    fn a_wrong_typed_field_is_named() {
        let bad = |line: &str| record(line).unwrap_err();
        let e = bad(r#"{"id":"a","text":"x","date":20250612}"#);
        assert_eq!(
            e.error.to_string(),
            "malformed record: \"date\" must be a string, not a number"
        );
        assert_eq!(
            e.id.as_deref(),
            Some("a"),
            "the id is known: the dispatch is kept"
        );
        let e = bad(r#"{"id":"a","text":"x","title":["t"]}"#);
        assert!(e
            .error
            .to_string()
            .contains("\"title\" must be a string, not an array"));
        let e = bad(r#"{"id":true,"text":"x"}"#);
        assert!(e
            .error
            .to_string()
            .contains("\"id\" must be a string or a number, not a boolean"));
        let e = bad(r#"{"id":"a","text":{"fr":"x"}}"#);
        assert!(e
            .error
            .to_string()
            .contains("\"text\" must be a string, not an object"));
        assert_eq!(
            record(r#"{"id":"a","text":"x","date":null}"#).unwrap().date,
            None
        );
    }
}
