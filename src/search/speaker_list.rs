//! Who is quoted in the index, and how often: what `search --speakers` lists.

use std::collections::HashMap;

use tantivy::TantivyDocument;

use crate::index::stored_str;
use crate::model::quote::HitQuote;
use crate::search::query::UserQuery;
use crate::search::{Engine, Options};

/// A speaker and how many quotations and passages the index holds for them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SpeakerCount {
    pub speaker: String,
    pub quotations: usize,
    pub passages: usize,
}

/// Every speaker in the index, most quoted first. A surname quoted alone ("Peskov", in a
/// dispatch that never gave the full name) is counted with the one full name that ends with it.
pub fn speakers(engine: &Engine) -> anyhow::Result<Vec<SpeakerCount>> {
    engine.reading(|| count(engine))
}

fn count(engine: &Engine) -> anyhow::Result<Vec<SpeakerCount>> {
    let searcher = engine.searcher();
    let fields = engine.fields();
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    for segment in searcher.segment_readers() {
        let store = segment.get_store_reader(64)?;
        for doc in store.iter::<TantivyDocument>(segment.alive_bitset()) {
            let doc = doc?;
            let Some(json) = stored_str(&doc, fields.quotes) else {
                continue;
            };
            let quotes: Vec<HitQuote> = serde_json::from_str(json).unwrap_or_default();
            let mut in_passage: Vec<&str> = Vec::new();
            for q in &quotes {
                if let Some(s) = q.speaker.as_deref() {
                    counts.entry(s.to_owned()).or_default().0 += 1;
                    if !in_passage.contains(&s) {
                        in_passage.push(s);
                        counts.entry(s.to_owned()).or_default().1 += 1;
                    }
                }
            }
        }
    }
    Ok(merge_surnames(counts))
}

/// A name as the index's name field holds it: its folded words, one space apart (lower case,
/// no accents).
pub fn name_terms(s: &str) -> String {
    let mut analyzer = crate::index::analysis::name_analyzer();
    crate::index::analysis::terms(&mut analyzer, s)
        .into_iter()
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ")
}

fn merge_surnames(counts: HashMap<String, (usize, usize)>) -> Vec<SpeakerCount> {
    let full: Vec<(String, String)> = counts
        .keys()
        .filter(|k| k.split_whitespace().count() > 1)
        .map(|k| (k.clone(), name_terms(k)))
        .collect();
    let mut merged: HashMap<String, (usize, usize)> = HashMap::new();
    for (name, (q, p)) in counts {
        let folded = name_terms(&name);
        let target = if name.split_whitespace().count() == 1 {
            let owners: Vec<&String> = full
                .iter()
                .filter(|(_, f)| f.rsplit(' ').next() == Some(folded.as_str()))
                .map(|(n, _)| n)
                .collect();
            match owners.as_slice() {
                [one] => (*one).clone(),
                _ => name,
            }
        } else {
            name
        };
        let e = merged.entry(target).or_default();
        e.0 += q;
        e.1 += p;
    }
    let mut out: Vec<SpeakerCount> = merged
        .into_iter()
        .map(|(speaker, (quotations, passages))| SpeakerCount {
            speaker,
            quotations,
            passages,
        })
        .collect();
    out.sort_by(|a, b| {
        b.quotations
            .cmp(&a.quotations)
            .then_with(|| a.speaker.cmp(&b.speaker))
    });
    out
}

impl Engine {
    /// The names among `names` that no passage of the index quotes: what a search by speaker
    /// that found nothing tells its user (a misspelt name, not the words, matched nothing).
    pub fn unquoted(&self, names: &[String]) -> anyhow::Result<Vec<String>> {
        let mut out = Vec::new();
        for name in names {
            let alone = UserQuery {
                speakers: vec![name.clone()],
                ..UserQuery::default()
            };
            let opts = Options {
                limit: 1,
                collapse: false,
                ..Options::default()
            };
            if self.search(&alone, &opts)?.hits.is_empty() {
                out.push(name.clone());
            }
        }
        Ok(out)
    }
}

/// What `search` says when nothing was found because no passage quotes `name`.
pub fn unquoted_message(name: &str) -> String {
    format!(
        "no speaker named {:?} in the index: search --speakers lists who is quoted (a surname is enough)",
        crate::text::escape::clipped(name.trim(), 80)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_alone_joins_the_one_full_name() {
        let counts = HashMap::from([
            ("Dmitri Peskov".to_owned(), (3, 2)),
            ("Peskov".to_owned(), (2, 1)),
            ("Kremlin".to_owned(), (1, 1)),
            ("Anna Petit".to_owned(), (1, 1)),
            ("Paul Petit".to_owned(), (1, 1)),
            ("Petit".to_owned(), (4, 4)),
        ]);
        let got = merge_surnames(counts);
        let find = |n: &str| got.iter().find(|c| c.speaker == n).map(|c| c.quotations);
        assert_eq!(find("Dmitri Peskov"), Some(5));
        assert_eq!(find("Peskov"), None);
        // Two full names end with "Petit": the surname alone stays apart.
        assert_eq!(find("Petit"), Some(4));
        assert_eq!(got[0].speaker, "Dmitri Peskov");
    }
}
