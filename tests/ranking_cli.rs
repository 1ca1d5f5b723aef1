//! Ranking as a reader sees it: the page filled in tiers, names spelt otherwise, typos.

mod common;

use common::{place, stderr, stdout, Corpus};

fn corpus() -> Corpus {
    Corpus::indexed("tests/fixtures/ranking")
}

#[test]
fn passages_holding_most_words_fill_the_page_after_those_holding_all() {
    let c = corpus();
    let hits = c.hits(&["garanties", "présence", "militaire"]);
    let places: Vec<String> = hits.iter().map(place).collect();
    assert_eq!(places[0], "2025-03-02-garanties.txt ¶3", "{places:?}");
    assert_eq!(hits[0]["matched"], 3);
    assert_eq!(hits[0]["of"], 3);
    // Then the passage holding two of the three words, then those holding one.
    assert_eq!(places[1], "2025-03-02-garanties.txt ¶4", "{places:?}");
    assert_eq!(hits[1]["matched"], 2);
    assert!(hits[2..].iter().all(|h| h["matched"] == 1));
    // The terminal says where the passages holding every word end.
    let out = c.search(&["garanties", "présence", "militaire"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let marker = text.find("contient tous les mots").expect("a marker");
    assert!(
        text[..marker].contains("¶3") && text[marker..].contains("¶4"),
        "{text}"
    );
    // Strictly: only the passage holding every word.
    assert_eq!(
        c.places(&["--all-words", "garanties", "présence", "militaire"]),
        vec!["2025-03-02-garanties.txt ¶3"]
    );
}

#[test]
fn exclusions_phrases_and_filters_hold_in_every_tier() {
    let c = corpus();
    let places = c.places(&["garanties", "militaire", "-kremlin"]);
    assert!(!places.contains(&"2025-03-02-garanties.txt ¶4".to_owned()));
    assert!(!places.is_empty());
    // A phrase is one unit: kept whole or not at all.
    for h in c.hits(&["\"présence militaire limitée\"", "Kiev"]) {
        let text = h["text"].as_str().unwrap();
        assert!(text.contains("présence militaire limitée") || text.contains("Kiev"));
    }
    // Dates filter every tier.
    assert!(c
        .places(&["--until", "2025-03-01", "garanties", "émissaire"])
        .iter()
        .all(|p| p.starts_with("2025-03-01")));
}

#[test]
fn a_name_finds_its_other_spellings_in_the_text() {
    let c = corpus();
    // The text says "Zelensky"; the alias list knows "Zelenskyy" is the same man.
    let hits = c.hits(&["Zelenskyy", "garanties"]);
    assert_eq!(place(&hits[0]), "2025-03-02-garanties.txt ¶2");
    assert_eq!(hits[0]["matched"], 2);
    // An English transliteration finds the French one.
    let out = c.search(&["--json", "Umerov"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("2025-03-03-delegation.txt"));
    // So does a name no list knows, and search says so.
    let out = c.search(&["--json", "Kushnarenko"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("2025-03-03-delegation.txt"));
    assert!(
        stderr(&out).contains("Kushnarenko → Kouchnarenko"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_misspelt_name_is_corrected_and_said_so() {
    let c = corpus();
    let out = c.search(&["Witkof"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("search: Witkof → Witkoff"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).contains("2025-03-01-emissaire.txt ¶2"));
    let hits = c.hits(&["Witkof"]);
    assert_eq!(hits[0]["corrections"][0]["typed"], "Witkof");
    assert_eq!(hits[0]["corrections"][0]["kind"], "typo");
    // Exact spellings first: "reçu" is held as typed, "Witkof" only through its correction.
    let hits = c.hits(&["Witkof", "reçu"]);
    assert_eq!(place(&hits[0]), "2025-03-01-emissaire.txt ¶2");
    // --exact turns corrections off; a phrase is never corrected.
    let out = c.search(&["--exact", "Witkof"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!stderr(&out).contains("→"));
    let out = c.search(&["\"Witkof\""]);
    assert_eq!(out.status.code(), Some(1));
}
