//! Searching by speaker, inside quotations and by date, as a user types it.

mod common;

use common::{stdout, Corpus};

fn fixtures() -> Corpus {
    Corpus::indexed("tests/fixtures/depeches")
}

#[test]
fn quotes_flag_matches_inside_quotations_only() {
    let c = fixtures();
    let mut got = c.places(&["--quotes", "légitime"]);
    got.sort();
    assert_eq!(
        got,
        vec!["2025-03-10-avertissement.txt ¶2", "cible-singulier.txt ¶2"]
    );
    // "Istanbul" is only ever narration.
    assert!(!c.places(&["Istanbul"]).is_empty());
    assert_eq!(c.search(&["--quotes", "Istanbul"]).status.code(), Some(1));
    assert_eq!(
        c.places(&["--all-words", "quote:légitimes", "convoi"]),
        vec!["cible-singulier.txt ¶2"]
    );
    // Filling the page, the passage holding both comes first.
    assert_eq!(
        c.places(&["quote:légitimes", "convoi"])[0],
        "cible-singulier.txt ¶2"
    );
}

#[test]
fn speaker_filter_by_flag_or_in_the_query() {
    let c = fixtures();
    assert_eq!(
        c.places(&["--speaker", "verkhov", "légitimes"]),
        vec!["2025-03-10-avertissement.txt ¶2"]
    );
    assert_eq!(
        c.places(&["--speaker", "VERKHOV"]),
        vec!["2025-03-10-avertissement.txt ¶2"]
    );
    assert_eq!(
        c.places(&["speaker:rachmanov", "cible"]),
        vec!["cible-singulier.txt ¶2"]
    );
    assert_eq!(
        c.search(&["--speaker", "rachmanov", "Istanbul"])
            .status
            .code(),
        Some(1)
    );
    let hit = &c.hits(&["--speaker", "verkhov"])[0];
    assert_eq!(hit["quotes"][0]["speaker"], "Anton Verkhov");
    assert_eq!(hit["quotes"][0]["text"], "cibles légitimes");
}

#[test]
fn terminal_hit_names_who_is_quoted() {
    let c = fixtures();
    let out = stdout(&c.search(&["légitimes", "soldats"]));
    assert!(out.contains("cité : Anton Verkhov"), "{out}");
}

#[test]
fn date_filters_overlap_months_and_leave_out_undated_dispatches() {
    let c = fixtures();
    // The Istanbul dispatch is dated 2025-05 (month precision).
    assert_eq!(
        c.places(&["--since", "2025-05-20", "jusqu'ici"]),
        vec!["2025-05-istanbul.txt ¶2"]
    );
    assert_eq!(
        c.places(&["--until", "2025-05-01", "jusqu'ici"]),
        vec!["2025-05-istanbul.txt ¶2"]
    );
    assert_eq!(
        c.search(&["--until", "2025-04", "jusqu'ici"]).status.code(),
        Some(1)
    );
    // Undated "cible-singulier" drops out of any date-filtered search.
    let mut dated = c.places(&["--since", "2025", "légitime"]);
    dated.sort();
    assert_eq!(dated, vec!["2025-03-10-avertissement.txt ¶2"]);
    let bad = c.search(&["--since", "mars 2025", "otan"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("YYYY-MM"));
}

#[test]
fn sort_by_date_puts_the_newest_first_and_undated_last() {
    let c = Corpus::indexed("corpus");
    let hits = c.hits(&["--sort", "date", "-n", "40", "Ukraine"]);
    assert!(hits.len() >= 20);
    let dates: Vec<Option<String>> = hits
        .iter()
        .map(|h| h["date"].as_str().map(|d| format!("{d:0<10}")))
        .collect();
    let dated: Vec<&String> = dates.iter().flatten().collect();
    assert!(dated.len() >= 5);
    assert!(dated.windows(2).all(|w| w[0] >= w[1]), "{dated:?}");
    let first_undated = dates
        .iter()
        .position(Option::is_none)
        .unwrap_or(dates.len());
    assert!(
        dates[first_undated..].iter().all(Option::is_none),
        "{dates:?}"
    );
}

#[test]
fn speakers_listing_counts_quotations() {
    let c = fixtures();
    let out = c.search(&["--speakers"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.lines().any(|l| l.trim() == "1  Anton Verkhov"),
        "{text}"
    );
    assert!(
        text.lines().any(|l| l.trim() == "1  Piotr Rachmanov"),
        "{text}"
    );
    let json = c.search(&["--speakers", "--json"]);
    let first: serde_json::Value =
        serde_json::from_str(stdout(&json).lines().next().unwrap()).unwrap();
    assert_eq!(first["quotations"], 1);
    assert_eq!(first["passages"], 1);
}
