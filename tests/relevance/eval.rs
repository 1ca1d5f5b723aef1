//! The judged set's collection, queries and judgments, and the measures a ranking is scored by
//! (nDCG@10 with gain 2^grade − 1, P@5, recall@10 and MRR@10 taking grade ≥ 2 as relevant,
//! unjudged passages counting 0). Shared by `tests/relevance.rs` and the `relevance-pool` tool.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::Path;

/// Where the collection's dispatches come from (relative to the repository), and the folder each
/// is copied to: a dispatch's identity is `folder/file.txt`.
pub const SOURCES: [(&str, &str); 5] = [
    ("corpus", "corpus"),
    ("tests/gold/dispatches", "gold"),
    ("tests/gold/dev/dispatches", "gold-dev"),
    ("tests/gold/heldout/dispatches", "gold-heldout"),
    ("tests/relevance/dispatches", "relevance"),
];

/// Copies the collection's dispatches (`*.txt`) from the repository at `root` into `dest`.
pub fn collection(root: &Path, dest: &Path) -> std::io::Result<usize> {
    let mut n = 0;
    for (from, to) in SOURCES {
        let target = dest.join(to);
        std::fs::create_dir_all(&target)?;
        let mut entries: Vec<_> =
            std::fs::read_dir(root.join(from))?.collect::<Result<Vec<_>, _>>()?;
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let path = e.path();
            if path.extension().is_some_and(|x| x == "txt") {
                std::fs::copy(&path, target.join(e.file_name()))?;
                n += 1;
            }
        }
    }
    Ok(n)
}

/// One query of the set.
#[derive(Debug, Clone)]
pub struct Query {
    pub id: String,
    /// `dev` (tuned on) or `heldout` (never looked at while tuning).
    pub split: String,
    pub text: String,
    pub need: String,
}

/// Reads `queries.tsv`: a header, then `id<TAB>split<TAB>query<TAB>need`.
pub fn read_queries(text: &str) -> Vec<Query> {
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f.len() >= 3).then(|| Query {
                id: f[0].to_owned(),
                split: f[1].to_owned(),
                text: f[2].to_owned(),
                need: f.get(3).copied().unwrap_or("").to_owned(),
            })
        })
        .collect()
}

/// A passage: its dispatch and number.
pub type PassageId = (String, u64);

/// Grades by query and passage.
pub type Qrels = HashMap<String, HashMap<PassageId, u8>>;

/// Reads `qrels.tsv`: `query_id<TAB>dispatch<TAB>passage<TAB>grade<TAB>text_prefix`, with or
/// without a header.
pub fn read_qrels(text: &str) -> Qrels {
    let mut q: Qrels = HashMap::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 4 {
            continue;
        }
        let (Ok(passage), Ok(grade)) = (f[2].trim().parse::<u64>(), f[3].trim().parse::<u8>())
        else {
            continue;
        };
        q.entry(f[0].to_owned())
            .or_default()
            .insert((f[1].to_owned(), passage), grade);
    }
    q
}

/// The measures of one ranking for one query.
#[derive(Debug, Clone, Copy, Default)]
pub struct Metrics {
    pub ndcg10: f64,
    pub p5: f64,
    pub recall10: f64,
    pub mrr10: f64,
    /// Share of the top 10 that was judged.
    pub judged10: f64,
    /// How many passages were returned (up to 10).
    pub returned: f64,
}

/// Scores `ranking` (best first) against the judgments of its query.
pub fn score(ranking: &[PassageId], judged: &HashMap<PassageId, u8>) -> Metrics {
    let top: Vec<&PassageId> = ranking.iter().take(10).collect();
    let grade = |p: &PassageId| judged.get(p).copied().unwrap_or(0);
    let gain = |g: u8| 2f64.powi(i32::from(g)) - 1.0;
    let dcg: f64 = top
        .iter()
        .enumerate()
        .map(|(i, p)| gain(grade(p)) / ((i + 2) as f64).log2())
        .sum();
    let mut ideal: Vec<u8> = judged.values().copied().collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let idcg: f64 = ideal
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, &g)| gain(g) / ((i + 2) as f64).log2())
        .sum();
    let relevant = judged.values().filter(|&&g| g >= 2).count();
    let hits10 = top.iter().filter(|p| grade(p) >= 2).count();
    Metrics {
        ndcg10: if idcg > 0.0 { dcg / idcg } else { 0.0 },
        p5: top.iter().take(5).filter(|p| grade(p) >= 2).count() as f64 / 5.0,
        recall10: if relevant > 0 {
            hits10 as f64 / relevant as f64
        } else {
            0.0
        },
        mrr10: top
            .iter()
            .position(|p| grade(p) >= 2)
            .map_or(0.0, |i| 1.0 / (i + 1) as f64),
        judged10: if top.is_empty() {
            1.0
        } else {
            top.iter().filter(|p| judged.contains_key(*p)).count() as f64 / top.len() as f64
        },
        returned: top.len() as f64,
    }
}

/// The mean of each measure.
pub fn mean(all: &[Metrics]) -> Metrics {
    let n = all.len().max(1) as f64;
    let sum = |f: fn(&Metrics) -> f64| all.iter().map(f).sum::<f64>() / n;
    Metrics {
        ndcg10: sum(|m| m.ndcg10),
        p5: sum(|m| m.p5),
        recall10: sum(|m| m.recall10),
        mrr10: sum(|m| m.mrr10),
        judged10: sum(|m| m.judged10),
        returned: sum(|m| m.returned),
    }
}

/// One line of a report: `label  nDCG@10 … P@5 … recall@10 … MRR@10 … judged …`.
pub fn line(label: &str, n: usize, m: &Metrics) -> String {
    format!(
        "{label:<22} {n:>3} queries  nDCG@10 {:.3}  P@5 {:.3}  recall@10 {:.3}  MRR@10 {:.3}  judged@10 {:.2}  returned {:.1}",
        m.ndcg10, m.p5, m.recall10, m.mrr10, m.judged10, m.returned
    )
}
