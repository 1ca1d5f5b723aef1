//! The bundled corpus answers the queries the README and the demo rely on.

mod common;

use common::{highlighted, Corpus};
use depeches::text::fold::fold;

#[test]
fn demo_queries_return_meaningful_hits() {
    let c = Corpus::indexed("corpus");
    for (query, must_highlight) in [
        ("cibles légitimes", "légitime"),
        ("garanties de sécurité", "sécurité"),
        ("Peskov", "Peskov"),
        ("force de réassurance", "réassurance"),
        ("l'OTAN", "OTAN"),
    ] {
        let hits = c.hits(&[query]);
        assert!(hits.len() >= 3, "{query}: {} hits", hits.len());
        for hit in &hits {
            // Compared folded: a highlight may be written without its accents.
            let spans = fold(&highlighted(hit).join(" "));
            assert!(
                spans.contains(&fold(must_highlight)),
                "{query}: hit {} highlights {spans:?}",
                hit["dispatch"]
            );
        }
    }
}

#[test]
fn corpus_has_dated_and_undated_dispatches() {
    let c = Corpus::indexed("corpus");
    let hits = c.hits(&["-n", "500", "Ukraine"]);
    let precisions: std::collections::BTreeSet<String> = hits
        .iter()
        .map(|h| h["date_precision"].as_str().unwrap_or("none").to_owned())
        .collect();
    for p in ["day", "month", "none"] {
        assert!(precisions.contains(p), "{precisions:?}");
    }
}

/// `--speaker` hits say which quotation is the speaker's, mark it, and show it: the snippet is
/// cropped around it, not at the passage's first sentences.
#[test]
fn a_speaker_s_hit_shows_and_marks_their_quotation() {
    let c = Corpus::indexed("corpus");
    let hits = c.hits(&["--speaker", "peskov", "-n", "20"]);
    assert!(hits.len() >= 3, "{} hits", hits.len());
    for hit in &hits {
        let i = hit["highlighted_quote"]
            .as_u64()
            .unwrap_or_else(|| panic!("no highlighted_quote: {hit}")) as usize;
        let quote = &hit["quotes"][i];
        assert_eq!(quote["speaker"], "Dmitri Peskov", "{hit}");
        let (qs, qe) = (
            quote["start"].as_u64().unwrap(),
            quote["end"].as_u64().unwrap(),
        );
        let (ss, se) = (
            hit["snippet"][0].as_u64().unwrap(),
            hit["snippet"][1].as_u64().unwrap(),
        );
        assert!(
            ss <= qs && qe <= se,
            "snippet {ss}..{se}, quotation {qs}..{qe}: {hit}"
        );
        assert!(
            highlighted(hit)
                .iter()
                .any(|h| quote["text"].as_str().unwrap().contains(h.as_str())),
            "quotation not marked: {hit}"
        );
    }
    // The terminal shows each one.
    let out = c.search(&["--speaker", "peskov", "-n", "20", "--color", "never"]);
    let shown = common::stdout(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for hit in &hits {
        let i = hit["highlighted_quote"].as_u64().unwrap() as usize;
        let text = hit["quotes"][i]["text"].as_str().unwrap();
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(shown.contains(&words), "{words:?} not shown");
    }
}

/// Without a speaker, the quotation holding the query's words; none when no quotation holds
/// them.
#[test]
fn highlighted_quote_holds_the_query_s_words() {
    let c = Corpus::indexed("corpus");
    let hits = c.hits(&["cibles légitimes", "-n", "20"]);
    let mut with = 0;
    for hit in &hits {
        match hit["highlighted_quote"].as_u64() {
            Some(i) => {
                with += 1;
                let text = hit["quotes"][i as usize]["text"].as_str().unwrap();
                assert!(text.to_lowercase().contains("légitime"), "{hit}");
            }
            None => {
                let texts: Vec<String> = hit["quotes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|q| q["text"].as_str().unwrap().to_lowercase())
                    .collect();
                assert!(
                    !texts.iter().any(|t| t.contains("légitime")),
                    "{texts:?}: {hit}"
                );
            }
        }
    }
    assert!(with >= 3, "{with} hits with a quotation");
}
