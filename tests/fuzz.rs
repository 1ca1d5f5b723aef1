//! Property tests of everything that reads what users and feeds write: the byte reader, the
//! NDJSON record reader, the dispatch parser and its quotation extraction, the query parser and
//! the date parsers. Invariants: no panic, offsets inside the text and on character boundaries,
//! the same result for the same input.
//!
//! `cargo test` runs a fixed number of cases per property (fast enough for every run); a longer
//! run: `PROPTEST_CASES=20000 cargo test --release --test fuzz`.

use depeches::ingest::parse::Context;
use depeches::ingest::read;
use depeches::model::dates::{self, DispatchDate, Origin};
use depeches::model::dispatch::Dispatch;
use depeches::search::query;
use proptest::prelude::*;

/// Cases per property unless PROPTEST_CASES says otherwise.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Characters that French dispatches and their quirks are made of, and any character at all.
fn dispatch_char() -> impl Strategy<Value = char> {
    const QUIRKS: &[char] = &[
        '«', '»', '“', '”', '"', '\'', '’', '\u{a0}', '\u{202f}', ' ', ' ', ' ', '\n', '\n', '.',
        ',', ':', ';', '?', '!', '…', '-', '–', '—', '•', '(', ')', 'a', 'e', 'é', 'É', 'ç', 'D',
        'P', 'M', '0', '1', '2', '5', '9',
    ];
    prop_oneof![
        6 => proptest::sample::select(QUIRKS),
        1 => any::<char>(),
    ]
}

/// Pieces of real dispatches, so that the parser's paths (headers, datelines, attributions)
/// are reached, not only its first checks.
fn dispatch_piece() -> impl Strategy<Value = String> {
    const PIECES: &[&str] = &[
        " date 2025-12-17 ",
        " date 2025-02 ",
        "PARIS, 5 septembre 2025 (AFP) - ",
        "Rome, le 26 nov. (ANSA) – ",
        "«\u{a0}Nous ne céderons pas\u{a0}», a déclaré Dmitri Peskov. ",
        "selon le porte-parole du Kremlin, ",
        "a-t-il ajouté. ",
        "M. Lavrov a affirmé que «",
        "\n\n",
        "Plus\n",
        "  • ",
        "- Les attaques continuent\n",
        "l’Otan ",
        "Publié le 12/05/2026 à 18h05",
        "Mis à jour le ",
        "PUBLIÉ : 12/05 ",
        "Mardi 12 mai",
        "Par Jean Roux | 12.05.26 ",
        "May 12, 2026 at 6:05 pm EDT",
        " à 18 heures",
        "\u{212a}\u{130}",
    ];
    prop_oneof![
        2 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        3 => proptest::collection::vec(dispatch_char(), 0..40)
            .prop_map(|cs| cs.into_iter().collect::<String>()),
    ]
}

fn dispatch_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(dispatch_piece(), 0..24).prop_map(|ps| ps.concat())
}

/// The sentences and clauses of the annotated dispatches (`tests/gold/`), read once: shuffled
/// and cut, they reach the attribution rules' paths with contexts no dispatch shows (a role
/// with no one named before, a pronoun opening a text, a clause without its verb).
fn gold_fragments() -> &'static [String] {
    static F: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold");
        let mut out = Vec::new();
        for dir in ["dev/dispatches", "heldout/dispatches", "dispatches"] {
            let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
                continue;
            };
            let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
            paths.sort();
            for path in paths {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for sentence in text.split_inclusive(['.', '\n']) {
                    out.push(sentence.to_owned());
                    // A clause alone: what follows a comma, what precedes it.
                    if let Some((before, after)) = sentence.split_once(", ") {
                        out.push(format!("{before}, "));
                        out.push(after.to_owned());
                    }
                }
            }
        }
        assert!(
            out.len() > 1000,
            "the annotated dispatches are in tests/gold"
        );
        out
    })
}

/// A fragment of the annotated dispatches, whole or cut after one of its words and closed
/// there ("« … », a glissé l'entourage du président" → "« … », a glissé l'entourage.").
fn gold_piece() -> impl Strategy<Value = String> {
    (
        proptest::sample::select(gold_fragments()),
        any::<proptest::sample::Index>(),
        any::<bool>(),
    )
        .prop_map(|(fragment, at, cut)| {
            let spaces: Vec<usize> = fragment.match_indices(' ').map(|(i, _)| i).collect();
            if !cut || spaces.is_empty() {
                return fragment;
            }
            format!("{}. ", &fragment[..*at.get(&spaces)])
        })
}

fn gold_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            6 => gold_piece(),
            1 => dispatch_piece(),
        ],
        1..16,
    )
    .prop_map(|ps| ps.concat())
}

fn check_dispatch(d: &Dispatch) {
    for p in &d.passages {
        for q in &p.quotes {
            assert!(
                q.start <= q.end && q.end <= p.text.len(),
                "{q:?} in {:?}",
                p.text
            );
            assert!(p.text.is_char_boundary(q.start) && p.text.is_char_boundary(q.end));
            assert_eq!(q.text, p.text[q.start..q.end]);
        }
    }
    assert!(d.title.chars().count() <= depeches::ingest::parse::MAX_TITLE_CHARS);
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_byte_reader_never_panics_and_always_agrees(
        bytes in proptest::collection::vec(any::<u8>(), 0..512),
    ) {
        let once = read::decode(&bytes);
        prop_assert_eq!(&once, &read::decode(&bytes));
        if let Ok(d) = once {
            prop_assert!(!d.text.contains('\r'));
        }
    }

    #[test]
    fn the_ndjson_reader_never_panics(text in dispatch_text(), id in any::<i128>()) {
        for line in [
            text.clone(),
            serde_json::json!({ "id": id.to_string(), "text": text }).to_string(),
            format!(r#"{{"id":{id},"text":{}}}"#, serde_json::Value::from(text.clone())),
        ] {
            let once = read::record(&line);
            prop_assert_eq!(&once, &read::record(&line));
        }
    }

    #[test]
    fn the_dispatch_parser_keeps_offsets_inside_its_passages(text in dispatch_text()) {
        let d = Dispatch::parse("fuzz.txt", &text, &Context::default());
        check_dispatch(&d);
        let again = Dispatch::parse("fuzz.txt", &text, &Context::default());
        prop_assert_eq!(format!("{d:?}"), format!("{again:?}"));
    }

    #[test]
    fn extraction_reads_sentences_of_real_dispatches_in_any_order(text in gold_text()) {
        check_dispatch(&Dispatch::parse("2025-06-01-fuzz.txt", &text, &Context::default()));
    }

    #[test]
    fn the_dispatch_parser_reads_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(decoded) = read::decode(&bytes) {
            check_dispatch(&Dispatch::parse("fuzz.txt", &decoded.text, &Context::default()));
        }
    }

    #[test]
    fn the_query_parser_never_panics(
        input in proptest::collection::vec(
            prop_oneof![
                3 => dispatch_char(),
                1 => proptest::sample::select(&['-', ':', 's', 'q', '"', '«', '»'][..]),
            ],
            0..80,
        ).prop_map(|cs| cs.into_iter().collect::<String>()),
        prefix in proptest::sample::select(&["", "speaker:", "quote:", "-", "quote:\"", "-\""][..]),
    ) {
        let input = format!("{prefix}{input}");
        let q = query::parse(&input);
        prop_assert_eq!(&q, &query::parse(&input));
        for c in &q.clauses {
            prop_assert!(!c.text.is_empty() && input.contains(c.text.as_str()));
        }
    }

    #[test]
    fn the_date_parsers_never_panic(
        s in proptest::collection::vec(
            prop_oneof![
                4 => proptest::sample::select(&['0', '1', '2', '9', '-', ' '][..]),
                1 => any::<char>(),
            ],
            0..14,
        ).prop_map(|cs| cs.into_iter().collect::<String>()),
        upper in any::<bool>(),
        text in dispatch_text(),
    ) {
        let bound = query::date_bound(&s, upper);
        prop_assert_eq!(&bound, &query::date_bound(&s, upper));
        if let Ok(b) = bound {
            prop_assert!((10_000_101..=99_991_231).contains(&b) || b < 10_000_101, "{}", b);
        }
        if let Some(d) = DispatchDate::parse_iso(&s, Origin::Field) {
            let (start, end) = d.span();
            prop_assert!(start <= end);
        }
        let (_, body) = dates::split_header(&text);
        prop_assert!(text.ends_with(body));
        if let Some(line) = dates::find_dateline(body) {
            let _ = dates::dateline_date(&line, Some((2025, 6, 15)));
            let _ = dates::dateline_date(&line, None);
        }
        for reference in [Some((2025, 6, 15)), None] {
            let found = dates::find_publication_date(body, reference);
            prop_assert_eq!(found, dates::find_publication_date(body, reference));
            if let Some(d) = found {
                prop_assert_eq!(Some(d), DispatchDate::new(d.year, d.month, d.day, d.origin));
            }
        }
    }
}
