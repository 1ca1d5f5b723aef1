//! Reading the inputs into raw dispatches (bytes or an NDJSON record, with the hash that decides
//! whether a dispatch changed), one at a time, each bad input a [`Skip`].

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::time::SystemTime;

use super::read::{self, Record, MAX_DISPATCH_BYTES};
use super::sources::shown;
use super::{Held, Skip, SkipReason, Source};
use crate::model::dates::{DispatchDate, Origin};

/// A dispatch read but not yet parsed.
#[derive(Debug, Clone)]
pub struct Raw {
    pub id: String,
    /// Where it was read: a file, or an NDJSON feed's `file:line`.
    pub input: String,
    /// Hash of what the dispatch was read from: what decides whether it changed.
    pub hash: u64,
    pub content: Content,
}

#[derive(Debug, Clone)]
pub enum Content {
    /// A file's bytes and its reference date for a yearless dateline: the date its name opens
    /// with, else its modification date.
    File {
        bytes: Vec<u8>,
        modified: Option<(i32, u32, u32)>,
    },
    Record(Record),
}

/// Reads every input in turn, handing each dispatch (or the reason it is skipped) to `each`.
/// Returns early with the error `each` returns.
pub fn read_all(
    sources: &[Source],
    mut each: impl FnMut(Result<Raw, Skip>, u64) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    for source in sources {
        match source {
            Source::Text { id, path } => {
                let item = read_file(id, path);
                let size = match &item {
                    Ok(raw) => match &raw.content {
                        Content::File { bytes, .. } => bytes.len() as u64,
                        Content::Record(_) => 0,
                    },
                    Err(_) => std::fs::metadata(path).map_or(0, |m| m.len()),
                };
                each(item, size)?;
            }
            Source::Ndjson { path } => match std::fs::File::open(path) {
                Ok(f) => read_ndjson(&shown(path), BufReader::new(f), &mut each)?,
                Err(e) => each(
                    Err(Skip::input(
                        shown(path),
                        SkipReason::Unreadable(e.to_string()),
                    )),
                    0,
                )?,
            },
            Source::Stdin => read_ndjson(
                "<stdin>",
                BufReader::new(std::io::stdin().lock()),
                &mut each,
            )?,
            Source::Missing { path, reason } => {
                each(Err(Skip::input(shown(path), reason.clone())), 0)?
            }
        }
    }
    Ok(())
}

fn read_file(id: &str, path: &Path) -> Result<Raw, Skip> {
    let skip = |reason: SkipReason| Skip::dispatch(id, reason);
    let file =
        std::fs::File::open(path).map_err(|e| skip(SkipReason::Unreadable(e.to_string())))?;
    let meta = file
        .metadata()
        .map_err(|e| skip(SkipReason::Unreadable(e.to_string())))?;
    if meta.len() as usize > MAX_DISPATCH_BYTES {
        return Err(skip(SkipReason::Content(read::Unreadable::TooLarge(
            meta.len() as usize,
        ))));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_DISPATCH_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| skip(SkipReason::Unreadable(e.to_string())))?;
    // A date the file's name opens with is the reference; else its modification time (which a
    // copy or a clone resets to the day it was made).
    let modified = name_date(path).or_else(|| meta.modified().ok().and_then(civil_date));
    Ok(Raw {
        id: id.to_owned(),
        input: shown(path),
        hash: xxhash_rust::xxh3::xxh3_64(&bytes),
        content: Content::File { bytes, modified },
    })
}

fn read_ndjson(
    name: &str,
    mut reader: impl BufRead,
    each: &mut impl FnMut(Result<Raw, Skip>, u64) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        let (n, whole) = match read_line(&mut reader, &mut line, MAX_DISPATCH_BYTES) {
            Ok((0, _)) => break,
            Ok(read) => read,
            Err(e) => {
                each(
                    Err(Skip::input(
                        name.to_owned(),
                        SkipReason::Unreadable(e.to_string()),
                    )),
                    0,
                )?;
                break;
            }
        };
        number += 1;
        let input = format!("{name}:{number}");
        let skip = |reason: SkipReason, id: Option<String>| Skip {
            input: input.clone(),
            reason,
            held: id.map_or(Held::Line, Held::Dispatch),
        };
        let bytes = line.strip_suffix(b"\n").unwrap_or(&line);
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if whole && bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let item = if !whole {
            Err(skip(
                SkipReason::Content(read::Unreadable::TooLarge(n)),
                None,
            ))
        } else {
            match std::str::from_utf8(bytes) {
                Err(_) => Err(skip(SkipReason::LineNotUtf8, None)),
                Ok(text) => match read::record(text) {
                    Err(bad) => Err(skip(SkipReason::Record(bad.error), bad.id)),
                    Ok(record) => Ok(Raw {
                        id: record.id.clone(),
                        input: input.clone(),
                        hash: xxhash_rust::xxh3::xxh3_64(bytes),
                        content: Content::Record(record),
                    }),
                },
            }
        };
        each(item, n as u64)?;
    }
    Ok(())
}

/// Reads one line into `line` (cleared first), keeping at most `max` bytes of it besides its
/// end of line: a line longer than that is read to its end but not kept, so that a feed with
/// no line breaks cannot fill the memory. Returns the bytes read and whether the line was kept.
fn read_line(
    reader: &mut impl BufRead,
    line: &mut Vec<u8>,
    max: usize,
) -> std::io::Result<(usize, bool)> {
    line.clear();
    let mut read = 0;
    let mut whole = true;
    loop {
        let buf = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok((read, whole));
        }
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        // Room for the line's own "\r\n" on top of `max`.
        if whole && line.len() + chunk.len() <= max + 2 {
            line.extend_from_slice(chunk);
        } else if whole {
            whole = false;
            line.clear();
        }
        let used = chunk.len();
        reader.consume(used);
        read += used;
        if done {
            return Ok((read, whole));
        }
    }
}

/// The UTC calendar date of a file time.
/// The date a file's name opens with (`2025-03-12-kiev-treve.txt`): the reference for a
/// yearless dateline, when the name gives one that exists.
pub fn name_date(path: &Path) -> Option<(i32, u32, u32)> {
    let name = path.file_name()?.to_str()?;
    let d = DispatchDate::parse_iso(name.get(0..10)?, Origin::Field)?;
    Some((d.year, d.month, d.day?))
}

fn civil_date(t: SystemTime) -> Option<(i32, u32, u32)> {
    let day = jiff::tz::Offset::UTC
        .to_datetime(jiff::Timestamp::try_from(t).ok()?)
        .date();
    Some((day.year().into(), day.month() as u32, day.day() as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_opening_a_file_name_is_its_reference() {
        let day = |n: &str| name_date(Path::new(n));
        assert_eq!(day("dir/2025-03-12-kiev-treve.txt"), Some((2025, 3, 12)));
        assert_eq!(day("2025-03-12.txt"), Some((2025, 3, 12)));
        assert_eq!(day("2025-02-30-x.txt"), None);
        assert_eq!(day("2025-03-x.txt"), None);
        assert_eq!(day("kiev-2025-03-12.txt"), None);
    }

    #[test]
    fn a_file_time_is_its_utc_day() {
        use std::time::Duration;
        let at = |secs: u64| civil_date(SystemTime::UNIX_EPOCH + Duration::from_secs(secs));
        assert_eq!(at(0), Some((1970, 1, 1)));
        assert_eq!(at(20_440 * 86_400 + 86_399), Some((2025, 12, 18)));
        assert_eq!(at(19_782 * 86_400), Some((2024, 2, 29)));
        let before = SystemTime::UNIX_EPOCH - Duration::from_secs(1);
        assert_eq!(civil_date(before), Some((1969, 12, 31)));
    }

    #[test]
    fn a_line_over_the_limit_is_read_to_its_end_and_not_kept() {
        // A tiny buffer: the line arrives in many pieces, as a long one does from a real file.
        let feed: &[u8] = b"court\nbeaucoup trop long\r\nfin sans retour";
        let mut reader = BufReader::with_capacity(3, feed);
        let mut line = Vec::new();
        let mut lines = Vec::new();
        loop {
            let (n, whole) = read_line(&mut reader, &mut line, 8).unwrap();
            if n == 0 {
                break;
            }
            assert!(line.len() <= 8 + 2, "never more than the limit is held");
            lines.push((n, whole, String::from_utf8(line.clone()).unwrap()));
        }
        assert_eq!(
            lines,
            [
                (6, true, "court\n".to_owned()),
                (20, false, String::new()),
                (15, false, String::new()),
            ]
        );
        // At the limit exactly, with its end of line: kept.
        let mut reader = BufReader::with_capacity(2, &b"12345678\r\nx"[..]);
        assert_eq!(read_line(&mut reader, &mut line, 8).unwrap(), (10, true));
        assert_eq!(line, b"12345678\r\n");
    }
}
