//! A dispatch's publication date: from its header, its NDJSON `date` field, a dateline at the
//! very start of its text ("PARIS, 5 septembre 2025 (AFP) -"), or a web article's publication
//! line under its title ("Publié le 19/03/2026 à 18h05"). Dates merely written in the body are
//! history, never the dispatch's date.

use serde::Serialize;

/// How precisely a dispatch's date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Day,
    Month,
}

impl Precision {
    /// Its name in the index and in JSON: `day`, `month`.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
        }
    }
}

/// Where a dispatch's date was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The ` date YYYY-MM[-DD]` first line.
    Header,
    /// The `date` field of an NDJSON record.
    Field,
    /// A dateline such as "PARIS, 5 septembre 2025 (AFP) -".
    Dateline,
}

impl Origin {
    /// Its name in the index and in JSON: `header`, `field`, `dateline`.
    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Header => "header",
            Origin::Field => "field",
            Origin::Dateline => "dateline",
        }
    }
}

impl Serialize for Precision {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Serialize for Origin {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A dispatch's publication date, with its precision and origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DispatchDate {
    pub year: i32,
    pub month: u32,
    /// `None` for a month-precision date.
    pub day: Option<u32>,
    pub origin: Origin,
}

impl DispatchDate {
    /// A validated date; `None` when the month or day does not exist.
    pub fn new(year: i32, month: u32, day: Option<u32>, origin: Origin) -> Option<DispatchDate> {
        if !(1000..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if let Some(d) = day {
            if d == 0 || d > days_in_month(year, month) {
                return None;
            }
        }
        Some(DispatchDate {
            year,
            month,
            day,
            origin,
        })
    }

    /// Parses `YYYY-MM-DD` or `YYYY-MM`.
    pub fn parse_iso(s: &str, origin: Origin) -> Option<DispatchDate> {
        let s = s.trim();
        let mut parts = s.splitn(3, '-');
        let year = parts.next()?;
        let month = parts.next()?;
        let day = parts.next();
        if year.len() != 4 || month.len() != 2 || day.is_some_and(|d| d.len() != 2) {
            return None;
        }
        let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(year) || !all_digits(month) || !day.is_none_or(all_digits) {
            return None;
        }
        DispatchDate::new(
            year.parse().ok()?,
            month.parse().ok()?,
            day.map(|d| d.parse()).transpose().ok()?,
            origin,
        )
    }

    pub fn precision(&self) -> Precision {
        if self.day.is_some() {
            Precision::Day
        } else {
            Precision::Month
        }
    }

    /// `YYYY-MM-DD`, or `YYYY-MM` for a month-precision date.
    pub fn value(&self) -> String {
        match self.day {
            Some(d) => format!("{:04}-{:02}-{:02}", self.year, self.month, d),
            None => format!("{:04}-{:02}", self.year, self.month),
        }
    }

    /// The first and last day the date covers, as `YYYYMMDD` numbers (what date filters compare).
    pub fn span(&self) -> (u64, u64) {
        let base = self.year as u64 * 10_000 + self.month as u64 * 100;
        match self.day {
            Some(d) => (base + d as u64, base + d as u64),
            None => (base + 1, base + days_in_month(self.year, self.month) as u64),
        }
    }
}

/// Days in a month of the proleptic Gregorian calendar; 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    let (Ok(y), Ok(m)) = (i16::try_from(year), i8::try_from(month)) else {
        return 0;
    };
    jiff::civil::Date::new(y, m, 1).map_or(0, |d| d.days_in_month() as u32)
}

/// What the first line's ` date …` header held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Header {
    /// No header: the first line is text.
    None,
    /// A valid header; the rest of the line is text.
    Date(DispatchDate),
    /// The line starts like a header but its date does not exist (`date 2025-13-45`): the header
    /// is dropped, the dispatch has no date.
    Malformed(String),
}

/// Splits the optional ` date YYYY-MM[-DD]` header off the first line. Returns the header and the
/// text with the header removed (the text that followed it on the same line stays).
pub fn split_header(text: &str) -> (Header, &str) {
    let trimmed = text.trim_start_matches([' ', '\t', '\u{a0}']);
    let Some(after) = trimmed.strip_prefix("date") else {
        return (Header::None, text);
    };
    if !after.starts_with([' ', '\t', '\u{a0}']) {
        return (Header::None, text);
    }
    let after = after.trim_start_matches([' ', '\t', '\u{a0}']);
    let token_end = after
        .find(|c: char| c.is_whitespace())
        .unwrap_or(after.len());
    let token = &after[..token_end];
    // Only a token shaped like a date makes this a header: "date limite …" is text.
    let shaped = token.len() >= 7
        && token.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && token.as_bytes()[4] == b'-';
    if !shaped {
        return (Header::None, text);
    }
    let rest = after[token_end..].trim_start_matches([' ', '\t', '\u{a0}']);
    match DispatchDate::parse_iso(token, Origin::Header) {
        Some(date) => (Header::Date(date), rest),
        None => (Header::Malformed(token.to_owned()), rest),
    }
}

/// A dateline opening the text ("PARIS, 5 septembre 2025 (AFP) -", "Rome, le 26 nov. (ANSA) –",
/// "DAKAR (AFP) -"): where it ends and, when it gives one, its day and month and maybe year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// Byte length of the dateline, dash and following space included.
    pub len: usize,
    pub day: Option<DayMonth>,
}

/// Reads a dateline at the very start of `line`.
pub fn dateline_at(line: &str) -> Option<Dateline> {
    let text = line.trim_start();
    let offset = line.len() - text.len();
    // The place: up to four capitalised words, before a comma, a parenthesis or a dash (a
    // hyphen inside a word is the place's own: "CLERMONT-FERRAND", "Aix-en-Provence").
    let place_end = text.char_indices().find_map(|(i, c)| {
        let inside_word = c == '-'
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
            && text[i + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic);
        (matches!(c, ',' | '(' | '-' | '–' | '—') && !inside_word).then_some(i)
    })?;
    let place = text[..place_end].trim_end();
    let words: Vec<&str> = place.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    // "Rio de Janeiro": a place's particles; "Nations unies (États-Unis), 13 nov. 2025 -": other
    // lower-case words only before the region in brackets that datelines give a place.
    let particle = |w: &&str| matches!(*w, "de" | "du" | "des" | "la" | "le" | "les" | "el" | "al");
    let bracketed = text[place_end..]
        .strip_prefix('(')
        .is_some_and(|r| r.starts_with(char::is_uppercase));
    if words.is_empty()
        || words.len() > 4
        || place.chars().count() > 40
        || !capitalised(&words[0])
        || !words[1..].iter().all(|w| {
            capitalised(w) || particle(w) || bracketed && w.chars().all(char::is_lowercase)
        })
    {
        return None;
    }
    let lower_case_words = words[1..]
        .iter()
        .filter(|w| !capitalised(w) && !particle(w))
        .count();
    if lower_case_words > 1 {
        return None;
    }
    let all_caps = place
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let mut rest = &text[place_end..];
    // "DAVOS (Suisse), 24 janvier (AFP) -": the place's region or country, before the date.
    if let Some(r) = rest.strip_prefix('(') {
        if let Some(close) = r.find(')').filter(|&c| c > 0 && c <= 40) {
            if r[close + 1..].starts_with(',') {
                rest = &r[close + 1..];
            }
        }
    }
    // "KIEV, Ukraine, 12 novembre 2025 (AFP) -": the same between commas, when a date follows.
    if let Some(r) = rest.strip_prefix(',') {
        if let Some(comma) = r.find(',').filter(|&c| c <= 30) {
            let region = r[..comma].trim();
            let named = !region.is_empty()
                && region.split_whitespace().count() <= 3
                && region
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase));
            if named && day_month_year(&r[comma + 1..]).is_some() {
                rest = &r[comma..];
            }
        }
    }
    let mut day = None;
    if let Some(r) = rest.strip_prefix(',') {
        let (d, r) = day_month_year(r)?;
        day = Some(d);
        rest = r;
    }
    rest = rest.trim_start();
    let mut agency = false;
    if let Some(r) = rest.strip_prefix('(') {
        let close = r.find(')')?;
        if close > 40 || close == 0 {
            return None;
        }
        agency = true;
        rest = r[close + 1..].trim_start();
        // "Sophie Martin (CGT) : «…»": a person and their party or union before a colon
        // open a title's quotation, not a dateline.
        if day.is_none() && rest.starts_with(':') {
            return None;
        }
        // "Mathieu Chabert (ACA)" alone on its line, above his words: a person and their club
        // or party heading a quotation, not "Le Havre (AFP)" opening a lead.
        let article = matches!(words[0], "Le" | "La" | "Les") || words[0].starts_with("L'");
        if day.is_none() && rest.is_empty() && !all_caps && words.len() >= 2 && !article {
            return None;
        }
    }
    let dash = rest.starts_with(['-', '–', '—']);
    if dash {
        rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
        rest = rest.trim_start();
    }
    // A date or an agency, and a dash or an agency: "Kiev - blah" alone is not a dateline.
    if !(dash || agency) || !(day.is_some() || agency || all_caps) {
        return None;
    }
    if lower_case_words > 0 && day.is_none() {
        return None;
    }
    Some(Dateline {
        len: offset + text.len() - rest.len(),
        day,
    })
}

/// "5 septembre 2025", "le 26 nov.", "1er mars": day, month, optional year; and what follows.
/// A day, a month and maybe a year.
type DayMonth = (u32, u32, Option<i32>);

fn day_month_year(text: &str) -> Option<(DayMonth, &str)> {
    let mut rest = text.trim_start();
    if let Some(r) = rest
        .strip_prefix("le ")
        .or_else(|| rest.strip_prefix("Le "))
    {
        rest = r.trim_start();
    }
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 2 {
        return None;
    }
    let day: u32 = rest[..digits].parse().ok()?;
    rest = &rest[digits..];
    // "12/11/2025", "12.11.2025": the month and year in figures.
    if let Some(r) = rest.strip_prefix(['/', '.']) {
        let m = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let month: u32 = r.get(..m).filter(|_| (1..=2).contains(&m))?.parse().ok()?;
        let r = r[m..].strip_prefix(['/', '.'])?;
        let y = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if y != 4 || !(1..=12).contains(&month) {
            return None;
        }
        return Some(((day, month, r[..4].parse().ok()), &r[4..]));
    }
    rest = rest.strip_prefix("er").unwrap_or(rest).trim_start();
    let word_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let month = month(&rest[..word_end].to_lowercase())?;
    rest = &rest[word_end..];
    rest = rest.strip_prefix('.').unwrap_or(rest);
    let after = rest.trim_start();
    let year_digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let mut year = None;
    if year_digits == 4 {
        year = after[..4].parse().ok();
        rest = &after[4..];
    }
    Some(((day, month, year), rest))
}

/// Month number of a French month name or abbreviation ("sept", "févr", "déc").
pub fn month(w: &str) -> Option<u32> {
    Some(match w.trim_end_matches('.') {
        "janvier" | "janv" | "jan" => 1,
        "février" | "fevrier" | "févr" | "fevr" | "fév" | "fev" => 2,
        "mars" | "mar" => 3,
        "avril" | "avr" => 4,
        "mai" => 5,
        "juin" => 6,
        "juillet" | "juil" => 7,
        "août" | "aout" => 8,
        "septembre" | "sept" | "sep" => 9,
        "octobre" | "oct" => 10,
        "novembre" | "nov" => 11,
        "décembre" | "decembre" | "déc" | "dec" => 12,
        _ => return None,
    })
}

/// The dispatch date a dateline gives: its year, or else the one that makes the date the latest
/// not after `reference` (a wrong date is worse than none: no year and no reference, no date).
pub fn dateline_date(d: &Dateline, reference: Option<(i32, u32, u32)>) -> Option<DispatchDate> {
    let (day, month, year) = d.day?;
    if let Some(y) = year {
        return DispatchDate::new(y, month, Some(day), Origin::Dateline);
    }
    let (ry, rm, rd) = reference?;
    let mut y = if (month, day) <= (rm, rd) { ry } else { ry - 1 };
    // 29 February: the latest leap year.
    for _ in 0..8 {
        if let Some(date) = DispatchDate::new(y, month, Some(day), Origin::Dateline) {
            return Some(date);
        }
        y -= 1;
    }
    None
}

/// The dateline of a dispatch's body: on its first line, or on the first paragraph after a
/// title line.
pub fn find_dateline(body: &str) -> Option<Dateline> {
    let mut lines = body.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next()?;
    let title_like =
        first.chars().count() <= 150 && !first.ends_with(['.', '!', '?', '…', ':', ';']);
    let on_first = dateline_at(first);
    // "REVUE DE PRESSE - La ligne divise la presse", "INTERVIEW - …": a title's kicker reads
    // like a dateline without a date; the dated dateline of the next paragraph is the text's.
    if on_first.is_some_and(|d| d.day.is_none()) && title_like {
        if let Some(dated) = lines
            .next()
            .and_then(dateline_at)
            .filter(|d| d.day.is_some())
        {
            return Some(dated);
        }
    }
    if on_first.is_some() {
        return on_first;
    }
    if title_like {
        let second = lines.next()?;
        return dateline_at(second);
    }
    None
}

/// The date of a web article's publication line, near its title: "Publié le 19/03/2026 à
/// 18h05", "Mardi 12 mai 2026", "12/05/2026", "Le 12 mai 2026 à 07h30", "12 mai 2026 - 18:05",
/// "Par Jeanne Martin | 12.05.2026", "Mis à jour le 20 mars 2026", "May 12, 2026".
///
/// Looked for among the lines above the body's second paragraph of prose (a title, a kicker, a
/// lead paragraph, a byline), at most the first six, and only in a line shaped as a publication
/// line: an optional cue ("Publié le", "Mis à jour le", a byline), a full date with its year, then
/// at most a time and a short tail (a source, an update). So a sentence opening on a date ("Le 12
/// mai 2025, il avait…"), a date far down the text, a relative time ("Il y a 2 heures") and a
/// yearless date never count. The publication wins over an update: "Publié le …, modifié le …"
/// is dated by "Publié", and a plain date line counts before a "Mis à jour" one.
pub fn find_publication_date(
    body: &str,
    reference: Option<(i32, u32, u32)>,
) -> Option<DispatchDate> {
    let mut found: Option<(Rank, DispatchDate)> = None;
    let mut prose = 0;
    for line in body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(6)
    {
        if let Some((rank, date)) = publication_line(line, reference) {
            if found.is_none_or(|(r, _)| rank < r) {
                found = Some((rank, date));
            }
        } else if is_prose(line) {
            prose += 1;
            if prose == 2 {
                break;
            }
        }
    }
    found.map(|(_, d)| d)
}

/// What a publication line's date is, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    /// "Publié le …", "Published …".
    Published,
    /// A date with no cue: a date line or a byline's date.
    Plain,
    /// "Mis à jour le …", "Modifié le …", "Updated …".
    Updated,
}

/// How good a publication line's date is, best first: a date with its year before one whose
/// year is inferred, then by kind.
type Rank = (bool, Kind);

/// A paragraph of running text: a long line, or a sentence of a dozen words or more.
fn is_prose(line: &str) -> bool {
    line.chars().count() > 200
        || (line.ends_with(['.', '…']) && line.split_whitespace().count() >= 12)
}

const PUBLISHED: [&str; 5] = [
    "publié",
    "mis en ligne",
    "première publication",
    "published",
    "posted",
];
const UPDATED: [&str; 11] = [
    "mis à jour",
    "mise à jour",
    "dernière mise à jour",
    "actualisé",
    "modifié",
    "dernière modification",
    "maj",
    "màj",
    "updated",
    "last updated",
    "modified",
];
/// A printed paper's edition line ("L'Écho du Comminges - Édition du lundi 16 mars 2026"),
/// "Paru le …", "Daté du …": the date is the issue's, counted as a plain date line.
const ISSUE: [&str; 4] = ["édition du", "paru le", "parution du", "daté du"];
/// Where one part of a publication line ends and the next starts ("Par X | 12.05.2026").
const SEPARATORS: [char; 7] = [',', '|', '-', '–', '—', '·', '•'];

/// The cue opening `text` (in any case), its kind and what follows it, a colon left out.
fn cue(text: &str) -> Option<(Kind, &str)> {
    for (kind, cues) in [
        (Kind::Published, &PUBLISHED[..]),
        (Kind::Updated, &UPDATED[..]),
        (Kind::Plain, &ISSUE[..]),
    ] {
        for c in cues {
            let Some(after) = strip_prefix_lowercase(text, c) else {
                continue;
            };
            if after.is_empty() || after.starts_with([' ', ':', '\u{a0}']) {
                return Some((kind, after.trim_start_matches([':', ' ', '\u{a0}'])));
            }
        }
    }
    None
}

/// `text` after `prefix` (lowercase), compared a character at a time in lowercase ("PUBLIÉ",
/// "Publié"), so that the cut falls on the text's own character boundary whatever lowercasing
/// does to lengths.
fn strip_prefix_lowercase<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let mut want = prefix.chars();
    let mut cut = 0;
    for (i, c) in text.char_indices() {
        let Some(w) = want.clone().next() else {
            break;
        };
        let mut lower = c.to_lowercase();
        if lower.next() != Some(w) || lower.next().is_some() {
            return None;
        }
        want.next();
        cut = i + c.len_utf8();
    }
    want.next().is_none().then(|| &text[cut..])
}

/// The date a publication line gives, and its kind.
fn publication_line(
    line: &str,
    reference: Option<(i32, u32, u32)>,
) -> Option<(Rank, DispatchDate)> {
    if line.chars().count() > 160 {
        return None;
    }
    // Where a date part may start: the line's start, after a separator, or at a capitalised cue
    // ("Ouest-France Jean Dupont. Publié le …").
    let mut starts = vec![0];
    for (i, c) in line.char_indices() {
        if SEPARATORS.contains(&c) && !inside_word(line, i) {
            starts.push(i + c.len_utf8());
        }
    }
    for c in [
        "Publié",
        // "Article publié le 12 novembre 2025", "Contenu mis à jour le …".
        "publié le",
        "mis à jour le",
        "Mis à jour",
        "Mise à jour",
        "Dernière",
        "Modifié",
        "Actualisé",
        "MAJ",
        "Màj",
        "Published",
        "Posted",
        "Updated",
        "Last updated",
    ] {
        if let Some(i) = line.find(c) {
            starts.push(i);
        }
    }
    starts.sort_unstable();
    starts.dedup();
    let byline = ["Par ", "By ", "par "].iter().any(|p| line.starts_with(p));
    let mut best: Option<(Rank, DispatchDate)> = None;
    for &s in &starts {
        let part = line[s..].trim_start();
        let (kind, rest) = cue(part).unwrap_or((Kind::Plain, part));
        // A date part after something else: only after a byline or a short label (a name, a
        // source), never after a sentence ("Le maire a parlé, 12 mai 2026").
        if s > 0 && kind == Kind::Plain && !byline && !label(&line[..s]) {
            continue;
        }
        let found = if byline && s == 0 {
            // "Par Jeanne Martin le 9 juin 2026": the date after the name.
            line.find(" le ")
                .and_then(|at| dated(&line[at + 1..], Kind::Plain, reference))
        } else {
            dated(rest, kind, reference)
        };
        if let Some((inferred, date)) = found {
            let rank = (inferred, kind);
            if best.is_none_or(|(r, _)| rank < r) {
                best = Some((rank, date));
            }
        }
    }
    best
}

/// What comes before a date part is a label: a few words ("Ouest-Loire.fr |"), all capitalised
/// before a comma ("Armelle Duteil, 12 mai 2026").
fn label(head: &str) -> bool {
    let comma = head.trim_end().ends_with(',');
    let head = head.trim_end().trim_end_matches(SEPARATORS).trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && head.chars().count() <= 50
        && !head.contains(". ")
        && (!comma
            || words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase)))
}

/// A hyphen between two letters or digits is a word's own ("Ouest-France", "12-05-2026").
fn inside_word(line: &str, i: usize) -> bool {
    let c = line[i..].chars().next();
    c == Some('-')
        && line[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        && line[i + 1..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// The date opening `text` ("le mardi 12 mai 2026 à 07h30"), when only a time and a short tail
/// follow it; and whether its year was inferred. A date without its year ("Le 12 mai à 18h05",
/// "Mardi 12 mai") takes it from `reference` as a dateline does, and a day of the week must then
/// agree with the date.
fn dated(
    text: &str,
    kind: Kind,
    reference: Option<(i32, u32, u32)>,
) -> Option<(bool, DispatchDate)> {
    let text = text.trim_start();
    // "Publié le : 03/12/2025": a colon may follow the article.
    let mut rest = strip_word(text, &["le ", "on "]).trim_start_matches([':', ' ', '\u{a0}']);
    let lead = rest.len() < text.len();
    let mut day_of_week = None;
    if let Some((w, r)) = weekday(rest) {
        day_of_week = Some(w);
        rest = strip_word(r.trim_start_matches([',', ' ']), &["le "]);
    }
    // Two-digit years, and day/month in figures without a year, only after a cue, where the
    // line is surely a publication line.
    let ((day, month, year), after) = date_parts(rest, kind != Kind::Plain)?;
    let timed = skip_time(after);
    if !tail_ok(timed, kind) {
        return None;
    }
    if let Some(year) = year {
        return DispatchDate::new(year, month, Some(day), Origin::Header).map(|d| (false, d));
    }
    // Without its year, a date alone ("1er mai") may be a kicker: a cue, "Le", a day of the week
    // or a time must say it is the article's date.
    let has_time = timed.len() < after.len();
    if kind == Kind::Plain && !(lead || day_of_week.is_some() || has_time) {
        return None;
    }
    let line = Dateline {
        len: 0,
        day: Some((day, month, None)),
    };
    let date = dateline_date(&line, reference)?;
    if day_of_week.is_some_and(|w| Some(w) != weekday_of(&date)) {
        return None;
    }
    Some((
        true,
        DispatchDate {
            origin: Origin::Header,
            ..date
        },
    ))
}

/// The day of the week of a day-precision date, Monday 0.
fn weekday_of(d: &DispatchDate) -> Option<u8> {
    let date = jiff::civil::Date::new(
        i16::try_from(d.year).ok()?,
        i8::try_from(d.month).ok()?,
        i8::try_from(d.day?).ok()?,
    )
    .ok()?;
    u8::try_from(date.weekday().to_monday_zero_offset()).ok()
}

/// `text` without one of `words` opening it (any case of the first letter).
fn strip_word<'a>(text: &'a str, words: &[&str]) -> &'a str {
    for w in words {
        if let Some(head) = text.get(..w.len()) {
            if head.eq_ignore_ascii_case(w) {
                return &text[w.len()..];
            }
        }
    }
    text
}

/// A French or English day of the week opening `text` (Monday 0), and the text after it.
fn weekday(text: &str) -> Option<(u8, &str)> {
    const DAYS: [&str; 14] = [
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    let word = text[..end].to_lowercase();
    let i = DAYS.iter().position(|d| *d == word)?;
    Some((i as u8 % 7, &text[end..]))
}

/// After a time ("à 18h05", "- 18:05", "at 6:05 pm CET", "18 h 05", "à 18 heures"), what
/// follows; `text` itself when there is none.
fn skip_time(text: &str) -> &str {
    let t = text.trim_start_matches([' ', ',', '-', '–', '—', '|', '·', '•']);
    let t = strip_word(t, &["à ", "a ", "at ", "vers "]).trim_start();
    let hours = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if hours == 0 || hours > 2 {
        return text;
    }
    let r = t[hours..].trim_start_matches(' ');
    let r = strip_word(r, &["heures", "heure"]);
    let r = r
        .strip_prefix(['h', 'H', ':'])
        .map_or(r, |r| r.trim_start_matches(' '));
    if r.len() == t[hours..].trim_start_matches(' ').len() {
        // Neither "h", ":" nor "heures": "12 mai 2026, 18 morts" holds no time.
        return text;
    }
    let minutes = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if minutes != 0 && minutes != 2 {
        return text;
    }
    let r = r[minutes..].trim_start_matches(' ');
    let r = strip_word(r, &["a.m.", "p.m.", "am", "pm"]).trim_start_matches(' ');
    // A time zone: "CET", "UTC", "EDT".
    let zone = r.len() - r.trim_start_matches(|c: char| c.is_ascii_uppercase()).len();
    if (2..=4).contains(&zone) && !r[zone..].starts_with(char::is_alphanumeric) {
        return &r[zone..];
    }
    r
}

/// What may follow a publication line's date and time: nothing, an update ("modifié à 14h48",
/// ", mis à jour le …"), a byline ("par Jean Roux"), or a short source after a separator ("-
/// Ouest-France.fr"). A "Publié" cue also takes a name glued to its time, as copied pages often
/// show it.
fn tail_ok(tail: &str, kind: Kind) -> bool {
    // "Publié le 18/07/2026 à 06h45.": a full stop ends the line as it ends a sentence.
    let tail = tail
        .trim()
        .strip_suffix('.')
        .unwrap_or(tail.trim())
        .trim_end();
    if tail.is_empty() {
        return true;
    }
    if kind == Kind::Published && tail.starts_with(char::is_uppercase) {
        return true;
    }
    let separated = tail.starts_with(|c: char| SEPARATORS.contains(&c) || c == '(');
    let comma = tail.starts_with(',');
    let rest = tail
        .trim_start_matches(SEPARATORS)
        .trim_start_matches(['(', ' ']);
    // Another cue, itself followed by a date or a time: "modifié à 14h48", "mis à jour le …"
    // (not "publié au Journal officiel").
    if let Some((_, after)) = cue(rest) {
        let lower = after.to_lowercase();
        let dated = after.starts_with(|c: char| c.is_ascii_digit())
            || [
                "le ", "à ", "a ", "on ", "at ", "il y a", "aujourd", "hier", "today",
            ]
            .iter()
            .any(|w| lower.starts_with(w))
            || weekday(after).is_some();
        if dated {
            return true;
        }
    }
    // A byline: "par Jean Roux" (not "par décret, le gouvernement…").
    let byline = strip_word(rest, &["par ", "by "]);
    if byline.len() < rest.len()
        && byline.starts_with(char::is_uppercase)
        && byline.chars().count() <= 40
        && !byline.contains([',', '.', ';', ':'])
    {
        return true;
    }
    // "· Actualités · Contenu traduit de l'espagnol": short parts between separators.
    separated
        && !comma
        && rest
            .split(['|', '·', '•'])
            .all(|part| part.trim().chars().count() <= 40)
        && !rest.ends_with(['.', '!', '?'])
}

/// "19/03/2026", "19.03.2026", "19-03-2026", "2026-03-19", "19 mars 2026", "1er mars 2026",
/// "12 May 2026", "May 12, 2026": a date's day, month and year, and what follows it; "19 mars"
/// and "May 12" without a year. With `cued`, also "19/03/26" (this century) and "19/03".
fn date_parts(text: &str, cued: bool) -> Option<(DayMonth, &str)> {
    let text = text.trim_start();
    let num = |s: &str| -> Option<(u32, usize)> {
        let n = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        Some((s[..n].parse().ok()?, n))
    };
    let followed_by_digit = |s: &str| s.starts_with(|c: char| c.is_ascii_digit());
    // A year of four digits after a space, if there is one.
    let year_after = |r: &str| -> (Option<i32>, usize) {
        let t = r.trim_start();
        match num(t) {
            Some((y, 4)) if !followed_by_digit(&t[4..]) => (Some(y as i32), r.len() - t.len() + 4),
            _ => (None, 0),
        }
    };
    if let Some((first, n)) = num(text) {
        if let Some(sep @ ('/' | '.' | '-')) = text[n..].chars().next() {
            let r = &text[n + 1..];
            let (second, m) = num(r).filter(|&(_, m)| m <= 2)?;
            let Some(r) = r[m..].strip_prefix(sep) else {
                // "19/03" after a cue.
                let after = &r[m..];
                return (cued && n <= 2 && sep != '.' && !followed_by_digit(after))
                    .then_some(((first, second, None), after));
            };
            let (third, t) = num(r)?;
            let after = &r[t..];
            if followed_by_digit(after) {
                return None;
            }
            let (year, month, day) = match (n, t) {
                (4, 2) if sep == '-' => (first as i32, second, third),
                (1 | 2, 4) => (third as i32, second, first),
                (1 | 2, 2) if cued => (2000 + third as i32, second, first),
                _ => return None,
            };
            return Some(((day, month, Some(year)), after));
        }
        if n <= 2 {
            // "12 mai 2026", "12 May 2026", "12 mai".
            let r = text[n..]
                .strip_prefix("er")
                .unwrap_or(&text[n..])
                .trim_start();
            let end = r.find(|c: char| !c.is_alphabetic()).unwrap_or(r.len());
            let word = r[..end].to_lowercase();
            let month = month(&word).or_else(|| english_month(&word))?;
            let r = r[end..].strip_prefix('.').unwrap_or(&r[end..]);
            let (year, y) = year_after(r);
            return Some(((first, month, year), &r[y..]));
        }
        return None;
    }
    // "May 12, 2026", "May 12".
    let end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    let month = english_month(&text[..end].to_lowercase())?;
    let r = text[end..]
        .strip_prefix('.')
        .unwrap_or(&text[end..])
        .trim_start();
    let (day, d) = num(r).filter(|&(_, d)| d <= 2)?;
    let r = &r[d..];
    let (year, y) = year_after(r.strip_prefix(',').unwrap_or(r));
    if year.is_some() {
        let r = r.strip_prefix(',').unwrap_or(r);
        return Some(((day, month, year), &r[y..]));
    }
    Some(((day, month, None), r))
}

/// Month number of an English month name or abbreviation, as aggregators print them.
fn english_month(w: &str) -> Option<u32> {
    Some(match w.trim_end_matches('.') {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publication_lines_under_a_title() {
        let day = |body: &str| find_publication_date(body, None).map(|d| d.value());
        let ymd = |s: &str| Some(s.to_owned());
        assert_eq!(
            day("Un titre\nPublié le 19/03/2026 à 18h05\n\nLe maire a parlé."),
            ymd("2026-03-19")
        );
        assert_eq!(
            day("Un titre\nPublié le : 03/12/2025 - 16:05\n\nLe maire a parlé."),
            ymd("2025-12-03")
        );
        assert_eq!(
            day("Titre\nPublié le 19 mars 2026 à 18h05, mis à jour le 20 mars 2026\n\nTexte."),
            ymd("2026-03-19")
        );
        assert_eq!(
            day("Titre\nMis à jour le 2 avril 2026\n\nTexte."),
            ymd("2026-04-02")
        );
        assert_eq!(
            day("Titre\nPar Jeanne Martin, le 9 juin 2026\n\nTexte."),
            ymd("2026-06-09")
        );
        assert_eq!(
            day("Titre\nLe 09/06/2026 à 07:30\n\nTexte."),
            ymd("2026-06-09")
        );
        assert_eq!(day("Titre\nLe 1er mars 2026\n\nTexte."), ymd("2026-03-01"));
        // A full stop after the time; a page's rubric and a note after the date.
        assert_eq!(
            day("Cantal\n\nTitre\n\nPublié le 18/07/2026 à 06h45.\nPar Jean Roux\n\nTexte."),
            ymd("2026-07-18")
        );
        assert_eq!(
            day("Titre\n\n27/10/2025 06:14 · Actualités · Contenu traduit de l'espagnol\n\nTexte."),
            ymd("2025-10-27")
        );
    }

    /// The date a body's first lines give, as `YYYY-MM-DD`.
    fn pub_day(body: &str) -> Option<String> {
        find_publication_date(body, None).map(|d| d.value())
    }

    #[test]
    fn date_lines_under_a_title_in_their_usual_shapes() {
        let t = |line: &str| {
            pub_day(&format!("LOIRET\nLe marché couvert rouvre ses portes\n\n{line}\n\nLes commerçants ont retrouvé leurs étals ce matin."))
        };
        let may12 = Some("2026-05-12".to_owned());
        for line in [
            "Mardi 12 mai 2026",
            "mardi 12 mai 2026",
            "Le mardi 12 mai 2026 à 7h",
            "12/05/2026",
            "12.05.2026",
            "12-05-2026",
            "2026-05-12",
            "Le 12 mai 2026 à 07h30",
            "12 mai 2026 - 18:05",
            "12 mai 2026, 18 h 05",
            "12/05/2026 | 18h05 | Ouest-Loire.fr",
            "12 mai 2026 à 02:00, mis à jour le 14 mai 2026 à 17:58",
            "Mis à jour le 12 mai 2026",
            "Mise à jour : 12/05/2026 à 9h",
            "Publié le 12 mai 2026, modifié le 13 mai 2026",
            "Publié le 12/05/2026 à 11h05, modifié à 14h48",
            "Publié le 12 mai 2026 à 14h30Armelle Duteil",
            "Le Courrier du Loiret. Publié le 12/05/2026",
            "Par Armelle Duteil | 12.05.2026",
            "Par Armelle Duteil - 12/05/2026 à 18h05",
            "Par Armelle Duteil le 12 mai 2026",
            "Armelle Duteil, publié le 12 mai 2026",
            "Mis à jour le 14 mai 2026 · Publié le 12 mai 2026",
            "May 12, 2026",
            "Tuesday, May 12, 2026 at 6:05 pm",
            "Published May 12, 2026",
            "By Jane Doe, May 12, 2026",
            "12 May 2026",
            "Publié le 12/05/26 à 18h05",
            "Publié le 1er mai 2026",
            "Le 12/05/2026 à 18:05 par Armelle Duteil",
            "Publié le 12/05/2026 à 11h05 mis à jour le 12/05/2026 à 14h48",
            "Le Courrier du Loiret - Édition du mardi 12 mai 2026",
            "Édition du 12 mai 2026",
            "Paru le 12/05/2026",
            "Published: May 12, 2026 6:05 PM EDT",
            "Dernière mise à jour : 12/05/2026",
            "MARDI 12 MAI 2026",
            "Le 12 mai 2026 à 18 heures",
            "12 mai 2026 · 3 min de lecture",
            "Publié le mardi 12 mai 2026",
            "MAJ 12/05/2026 à 7h12",
            "PUBLIÉ LE 12/05/2026",
            "publié le 12 mai 2026",
            "Article publié le 12 mai 2026",
            "Contenu mis à jour le 12/05/2026 à 10h00",
        ] {
            let want = if line.ends_with("1er mai 2026") {
                Some("2026-05-01".to_owned())
            } else {
                may12.clone()
            };
            assert_eq!(t(line), want, "{line:?}");
        }
    }

    #[test]
    fn the_publication_counts_before_an_update_and_a_plain_date_before_an_update() {
        assert_eq!(
            pub_day("Titre\nMis à jour le 14/05/2026\nPublié le 12/05/2026\n\nTexte."),
            Some("2026-05-12".into())
        );
        assert_eq!(
            pub_day("Titre\nMis à jour le 14/05/2026\n12 mai 2026\n\nTexte."),
            Some("2026-05-12".into())
        );
        // A publication known only relatively: its update is the nearest date there is.
        assert_eq!(
            pub_day("Titre\nIl y a 2 heures, mis à jour le 14 mai 2026\n\nTexte."),
            Some("2026-05-14".into())
        );
    }

    #[test]
    fn a_date_line_without_its_year_takes_the_reference_year() {
        let on = |line: &str, reference| {
            find_publication_date(&format!("Titre\n{line}\n\nTexte."), reference).map(|d| d.value())
        };
        let r = Some((2026, 5, 20));
        let may12 = Some("2026-05-12".to_owned());
        for line in [
            "Le 12 mai à 18h05",
            "Mardi 12 mai",
            "mardi 12 mai à 7h",
            "Publié le 12 mai à 18h05",
            "Publié le 12/05 à 18h05",
            "Mis à jour le 12 mai",
            "12 mai - 18:05",
            "Par Armelle Duteil, le 12 mai",
            "Published May 12 at 6:05 pm",
        ] {
            assert_eq!(on(line, r), may12, "{line:?}");
        }
        // The latest such day not after the reference: the year before, past the reference.
        assert_eq!(
            on("Le 30 décembre à 9h", Some((2026, 1, 4))),
            Some("2025-12-30".into())
        );
        // With its year, the line's date beats an inferred one.
        assert_eq!(
            find_publication_date("Titre\nLe 12 mai à 18h05\nPublié le 11/05/2026\n", r)
                .map(|d| d.value()),
            Some("2026-05-11".into())
        );
        // A day of the week that does not fit the inferred date: no date rather than a wrong one.
        assert_eq!(on("Lundi 12 mai", r), None);
        // No reference, no year: no date.
        assert_eq!(on("Mardi 12 mai", None), None);
        // A date alone without its year may be a kicker ("1er mai", the day of the march).
        assert_eq!(on("1er mai", r), None);
        // Day and month in figures only after a cue ("12/05" could be a score).
        assert_eq!(on("12/05", r), None);
        assert_eq!(on("Le 12 mai, le conseil a voté le budget", r), None);
        assert_eq!(on("Le 12 mai dernier", r), None);
    }

    #[test]
    fn a_date_line_after_the_lead_paragraph() {
        assert_eq!(
            pub_day(
                "Une fuite de données touche une mutuelle\n\nLes pirates revendiquent le vol de milliers de dossiers. La Cnil a été saisie.\n\nPublié le 22 mai 2026 à 11h05\n\nLe texte commence ici."
            ),
            Some("2026-05-22".into())
        );
    }

    #[test]
    fn what_is_not_a_publication_line() {
        let none = |body: &str| assert_eq!(pub_day(body), None, "{body:?}");
        // Sentences of the body opening on a date: history, not the dispatch's date.
        none("Titre\nLe 12 mai 2025, il avait démissionné.\n");
        none("Titre\nle 12 mai 2025, il avait démissionné\n");
        none("Titre\n12 mai 2025 : une date que personne n'a oubliée\n");
        none("Titre\nMardi 12 mai 2026, le conseil municipal votera le budget.\n");
        none("Titre\nPar Jeanne Martin\n\nLe 3 mai 2024 restera une date.\n");
        none("Titre\nLe maire a parlé longtemps ce soir-là devant la salle, 12 mai 2026\n");
        none("Titre\nLe maire a parlé, 12 mai 2026\n");
        none("Titre\nLe 12 mai 2025 publié au Journal officiel, le décret entre en vigueur\n");
        none(
            "Titre\nPublié le 3 mars 2025, le rapport de la Cour des comptes pointe des retards\n",
        );
        none("Titre\nLe 12 mai 2025, par décret, le gouvernement a dissous l'association\n");
        none("Titre\n12 mai 2026, 18 morts sur les routes du département\n");
        none("Titre\nLe 12 mai 2026 à 18 heures, la foule s'est rassemblée\n");
        none("Titre\nLe rapport publié le 3 mars 2025 pointe des retards dans les travaux\n");
        none("Titre\nParu le 3 mars 2025, son livre a été traduit en douze langues\n");
        none("Titre\nL'édition du 12 mai 2025 du festival avait attiré la foule\n");
        // No date, or no year to say which.
        none("Titre\nIl y a 2 heures\n\nTexte.");
        none("Titre\nPublié il y a 2 heures\n\nTexte.");
        none("Titre\nPublié le 19 mars à 18h05\n");
        none("Titre\nMardi 12 mai\n");
        // Dates that do not exist.
        none("Titre\nPublié le 31/02/2026\n");
        none("Titre\n31/02/2026\n");
        none("Titre\nLe 30 février 2026\n");
        none("Titre\n12/13/2026\n");
        none("Titre\nFebruary 30, 2026\n");
        // A two-digit year alone on its line could be anything.
        none("Titre\n12/05/26\n");
        none("Titre\n12/05/2026123\n");
        // A date line far down the text, after paragraphs of prose.
        none(
            "Titre\nLe premier paragraphe raconte ce qui s'est passé ce jour-là dans la petite commune.\nLe deuxième paragraphe donne la parole aux habitants qui ont assisté à la scène ce matin.\n12 mai 2026\n",
        );
        // Or past the first six lines.
        none("Titre\nUn\nDeux\nTrois\nQuatre\nCinq\nPublié le 19/03/2026\n");
    }

    #[test]
    fn day_header_with_text_on_the_same_line() {
        let (h, rest) = split_header(" date 2025-12-17 Pour la première fois.\n\nTitre");
        assert_eq!(
            h,
            Header::Date(DispatchDate::new(2025, 12, Some(17), Origin::Header).unwrap())
        );
        assert!(rest.starts_with("Pour la première fois."));
    }

    #[test]
    fn month_header() {
        let (h, rest) = split_header(" date 2025-02 Le chef de la diplomatie");
        let Header::Date(d) = h else { panic!("{h:?}") };
        assert_eq!(d.value(), "2025-02");
        assert_eq!(d.precision(), Precision::Month);
        assert_eq!(d.span(), (20250201, 20250228));
        assert_eq!(rest, "Le chef de la diplomatie");
    }

    #[test]
    fn no_header_and_lookalikes() {
        assert_eq!(split_header("Russie\n").0, Header::None);
        assert_eq!(split_header("date limite fixée").0, Header::None);
        assert_eq!(split_header("datees 2025-01-01").0, Header::None);
    }

    #[test]
    fn month_lengths() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2025, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2025, 12), 31);
        assert_eq!(days_in_month(2025, 13), 0);
        assert_eq!(days_in_month(2025, 0), 0);
    }

    #[test]
    fn malformed_header_is_dropped() {
        let (h, rest) = split_header(" date 2025-13-45 Texte");
        assert_eq!(h, Header::Malformed("2025-13-45".into()));
        assert_eq!(rest, "Texte");
    }

    fn date(line: &str, reference: Option<(i32, u32, u32)>) -> Option<String> {
        dateline_date(&dateline_at(line)?, reference).map(|d| d.value())
    }

    #[test]
    fn datelines_with_a_year() {
        assert_eq!(
            date("PARIS, 5 septembre 2025 (AFP) - Le texte", None).as_deref(),
            Some("2025-09-05")
        );
        assert_eq!(
            date("RENNES, 18 fév. 2025 (AFP) - Texte", None).as_deref(),
            Some("2025-02-18")
        );
        assert_eq!(
            date("Bruxelles, le 18 févr. 2025 (ATS) – Texte", None).as_deref(),
            Some("2025-02-18")
        );
        assert_eq!(
            date("Bruxelles, 3 mars 2025 (Belga) — Texte", None).as_deref(),
            Some("2025-03-03")
        );
        assert_eq!(
            date("Lyon, 1er mai 2024 (AFP) - Texte", None).as_deref(),
            Some("2024-05-01")
        );
    }

    #[test]
    fn a_missing_year_is_the_latest_not_after_the_reference() {
        assert_eq!(
            date(
                "Milan, 11 décembre (LaPresse) – Texte",
                Some((2025, 12, 11))
            )
            .as_deref(),
            Some("2025-12-11")
        );
        assert_eq!(
            date("Rome, le 26 nov. (ANSA) – Texte", Some((2026, 1, 3))).as_deref(),
            Some("2025-11-26")
        );
        assert_eq!(
            date("Kiev, 12 mars (Belga) – Texte", Some((2025, 3, 11))).as_deref(),
            Some("2024-03-12")
        );
        assert_eq!(
            date("Paris, 29 février (AFP) - Texte", Some((2025, 6, 1))).as_deref(),
            Some("2024-02-29")
        );
        // No year and nothing to resolve it against: no date rather than a wrong one.
        assert_eq!(date("Milan, 11 décembre (LaPresse) – Texte", None), None);
    }

    #[test]
    fn hyphenated_places_and_a_region_in_parentheses() {
        let r = Some((2025, 1, 31));
        assert_eq!(
            date("CLERMONT-FERRAND, 30 janvier 2025 (AFP) - Des chutes", None).as_deref(),
            Some("2025-01-30")
        );
        assert_eq!(
            date("Aix-en-Provence, le 3 mars (AFP) – Le", r).as_deref(),
            Some("2024-03-03")
        );
        assert_eq!(
            date("DAVOS (Suisse), 24 janvier (AFP) - La patronne", r).as_deref(),
            Some("2025-01-24")
        );
        assert_eq!(
            date("SAINT-DENIS (La Réunion), 2 février 2025 (AFP) - Un", None).as_deref(),
            Some("2025-02-02")
        );
        // The region's parenthesis is no agency: the dateline still needs its dash.
        let d = dateline_at("KYIV (Ukraine) - Les sirènes").unwrap();
        assert_eq!(d.day, None);
        assert!(dateline_at("Jean-Pierre, 30 ans, a dit").is_none());
    }

    #[test]
    fn datelines_with_a_country_or_a_date_in_figures() {
        let d = dateline_at("KIEV, Ukraine, 12 novembre 2025 (AFP) - Le texte").unwrap();
        assert_eq!(d.day, Some((12, 11, Some(2025))));
        let d = dateline_at("PARIS, 12/11/2025 (AFP) - Le texte").unwrap();
        assert_eq!(d.day, Some((12, 11, Some(2025))));
        assert!(dateline_at("PARIS, 12/13/2025 (AFP) - Le texte").is_none());
        // A list of places is no region before a date.
        assert!(dateline_at("Kiev, Lviv, Odessa - trois villes").is_none());
    }

    #[test]
    fn datelines_without_a_date_and_lookalikes() {
        let d = dateline_at("DAKAR (AFP) - Des centaines de pêcheurs").unwrap();
        assert_eq!(d.day, None);
        assert_eq!(&"DAKAR (AFP) - Des centaines"[d.len..], "Des centaines");
        assert!(dateline_at("MONTRÉAL — Le métro").is_some());
        assert!(dateline_at("Kiev - une ville en guerre").is_none());
        assert!(dateline_at("Le président a parlé, 5 septembre 2025 (AFP) - non").is_none());
        assert!(dateline_at("Le président a parlé (vendredi), 5 mai 2025 - non").is_none());
        let d = dateline_at("Nations unies (États-Unis), 13 nov. 2025 - Texte").unwrap();
        assert_eq!(d.day, Some((13, 11, Some(2025))));
        let d = dateline_at("Rio de Janeiro, 2 mai 2026 (AFP) - Texte").unwrap();
        assert_eq!(d.day, Some((2, 5, Some(2026))));
        assert!(dateline_at("Troupes en Ukraine : Macron n'exclut rien").is_none());
    }

    #[test]
    fn a_name_and_a_bracket_alone_on_a_line_head_a_quotation() {
        // A reaction page's heading: a person and their club, nothing after.
        assert!(dateline_at("Mathieu Chabert (ACA)").is_none());
        assert!(dateline_at("Julien Portal (entraîneur de Sarvin)").is_none());
        // A place and its agency alone on the line stay a dateline, in capitals or after an
        // article; so does a place of one word.
        assert!(dateline_at("PARIS (AFP)").is_some());
        assert!(dateline_at("SAINT DENIS (AFP)").is_some());
        assert!(dateline_at("Le Havre (AFP)").is_some());
        assert!(dateline_at("Bruxelles (Belga)").is_some());
        // With the lead after it, a place in mixed case is a dateline as before.
        assert!(dateline_at("Clermont Ferrand (AFP) - Le conseil").is_some());
    }

    #[test]
    fn a_dateline_after_a_title() {
        let d = find_dateline(
            "Sénégal : les pêcheurs réclament\n\nDAKAR, 4 avril (AFP) - Des centaines.",
        )
        .unwrap();
        assert_eq!(d.day, Some((4, 4, None)));
        assert!(
            find_dateline("Un paragraphe qui finit.\nPARIS, 5 mai 2025 (AFP) - Texte").is_none()
        );
        // A kicker before the title reads like an undated dateline: the dated one below wins.
        let d = find_dateline(
            "REVUE DE PRESSE - La ligne divise la presse\n\nRENNES, 6 juillet (AFP) - Texte.",
        )
        .unwrap();
        assert_eq!(d.day, Some((6, 7, None)));
        let d = find_dateline("INTERVIEW - Le maire répond\n\nIl a accepté de parler.").unwrap();
        assert_eq!(d.day, None);
    }
}
