//! The bundled corpus answers the queries the README and the demo rely on.

mod common;

use common::{highlighted, Corpus};

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
            let spans = highlighted(hit).join(" ").to_lowercase();
            assert!(
                spans.contains(&must_highlight.to_lowercase())
                    || spans.contains(&must_highlight.to_lowercase().replace('é', "e")),
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
