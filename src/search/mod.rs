//! Running a query: top-k passages, their stored fields, highlights and snippets.

pub mod assemble;
pub mod columns;
pub mod dates;
pub mod dispatch;
pub mod filtered;
mod hit;
pub mod plan;
pub mod profile;
pub mod query;
pub mod quotations;
mod rank;
pub mod rules;
pub mod snippet;
pub mod speaker_list;
pub mod surnames;
pub mod timeline;
pub mod translit;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, Searcher};

use crate::index;
use crate::index::analysis::{self, Chain};
use crate::index::schema::Fields;
use crate::model::aliases::Aliases;
use crate::model::error::Error;
use crate::search::columns::Columns;
use crate::search::hit::Shown;
use crate::search::plan::{Correction, Planner};
use crate::search::query::UserQuery;
use crate::search::surnames::SurnameTerms;

pub use hit::{Duplicate, Explanation, Hit, UnitExplanation};

/// How much standing together adds to a passage's BM25: `bm25 × (1 + PROXIMITY × proximity)`.
pub const PROXIMITY: f32 = 0.5;

/// The most hits one search returns (`search -n`). The collector reserves room for every hit
/// asked for: an unbounded number is an allocation failure, not a longer list.
pub const MAX_LIMIT: usize = 10_000;

/// How hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Relevance,
    /// Newest first; undated passages last.
    Date,
}

#[derive(Debug, Clone)]
pub struct Options {
    /// How many hits to return (at least one).
    pub limit: usize,
    /// How many of the best hits to skip first: the hits returned are ranked `offset + 1` on.
    pub offset: usize,
    pub sort: Sort,
    /// Characters of passage shown around the match.
    pub snippet_chars: usize,
    /// Count every matching passage into `Outcome::total`. Off by default: counting visits every
    /// match, where top-k alone skips most of a frequent term's postings (block-max WAND).
    pub count: bool,
    /// Only passages holding every word; the best partial matches only when none does.
    pub all_words: bool,
    /// No typo corrections.
    pub exact: bool,
    /// Show near-duplicate passages once (see [`rules::collapse`]).
    pub collapse: bool,
    /// Say why each hit ranks where it does (`Hit::explanation`).
    pub explain: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            limit: 10,
            offset: 0,
            sort: Sort::Relevance,
            snippet_chars: 300,
            count: false,
            all_words: false,
            exact: false,
            collapse: true,
            explain: false,
        }
    }
}

/// What a search found.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub hits: Vec<Hit>,
    /// How many passages matched in all when `Options::count` asked for it, else how many hits
    /// were returned.
    pub total: usize,
    /// No hit holds every unit of the query: these are the best partial matches.
    pub partial: bool,
    /// Words the index did not hold, and what they were also matched to.
    pub corrections: Vec<Correction>,
    /// More hits follow the ones returned (at `offset + limit`).
    pub more: bool,
}

/// An open index, ready to answer queries.
pub struct Engine {
    /// The index folder, for messages.
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// The chains the index holds passages for: a query is only built for those. Fixed for the
    /// engine's life, as the reader is never reloaded.
    chains: Vec<Chain>,
    /// One analyzer per chain, built once: a search clones the ones it needs (cheap: their stop
    /// lists and stemmers are shared) instead of rebuilding them.
    analyzers: Vec<(Chain, TextAnalyzer)>,
    /// Speakers' name variants: `--speaker zelenski` looks for the name the index holds.
    aliases: Aliases,
    /// What the people's surnames analyse to, per chain: misspelt names need them.
    surnames: SurnameTerms,
    /// Analyzers handed from one search to the next, so that their memo of stems (filled by
    /// highlighting every hit's passage) outlives a search. A search that finds them taken by
    /// another thread clones fresh ones instead of waiting.
    warm: Mutex<Vec<(Chain, TextAnalyzer)>>,
    /// Fast-field columns ranking reads, opened once.
    columns: Columns,
}

impl Engine {
    pub fn open(dir: &Path) -> anyhow::Result<Engine> {
        let index::Opened {
            index,
            fields,
            reader,
        } = index::open(dir)?;
        let chains = chains(&reader.searcher(), &fields);
        let aliases = Aliases::load(dir)?;
        Ok(Engine {
            dir: dir.to_owned(),
            index,
            reader,
            fields,
            chains,
            analyzers: Chain::ALL.iter().map(|&c| (c, c.analyzer())).collect(),
            aliases,
            surnames: SurnameTerms::default(),
            warm: Mutex::new(Vec::new()),
            columns: Columns::default(),
        })
    }

    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    pub fn index(&self) -> &Index {
        &self.index
    }

    /// Runs `query`: passages holding every unit of the query first, then (unless
    /// `opts.all_words`) those holding fewer, in tiers (see [`crate::rules`]).
    pub fn search(&self, query: &UserQuery, opts: &Options) -> anyhow::Result<Outcome> {
        if opts.limit > MAX_LIMIT {
            return Err(Error::Usage(format!("at most {MAX_LIMIT} hits can be asked for")).into());
        }
        self.reading(|| self.search_unguarded(query, opts))
    }

    /// Runs `f`, which reads the index, turning what a damaged index causes — a tantivy error,
    /// or a panic inside tantivy — into one error that says how to check and repair the index.
    /// Errors in the query itself pass unchanged.
    pub fn reading<T>(&self, f: impl FnOnce() -> anyhow::Result<T>) -> anyhow::Result<T> {
        match index::guard::catching(f) {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(e)) => match e.downcast_ref::<tantivy::TantivyError>() {
                Some(t) => Err(index::damage(&self.dir, t)),
                None => Err(e),
            },
            Err(panic) => Err(index::folder::damaged(
                &self.dir,
                &format!("reading it failed: {panic}"),
            )),
        }
    }

    /// A planner over this index, with the analyzers the last search left warm when no other
    /// search holds them (else fresh copies of the index's chains); it corrects misspelt words
    /// from the index's terms unless `opts.exact`.
    fn planner<'a>(
        &'a self,
        warm: &mut Option<MutexGuard<'_, Vec<(Chain, TextAnalyzer)>>>,
        searcher: &'a Searcher,
        opts: &Options,
    ) -> Planner<'a> {
        let analyzers = match warm.as_mut() {
            Some(w) if !w.is_empty() => std::mem::take(&mut **w),
            _ => self
                .analyzers
                .iter()
                .filter(|(c, _)| self.chains.contains(c))
                .cloned()
                .collect(),
        };
        Planner {
            fields: &self.fields,
            chains: self.chains.clone(),
            analyzers,
            name_analyzer: analysis::name_analyzer(),
            aliases: &self.aliases,
            surnames: &self.surnames,
            searcher: (!opts.exact).then_some(searcher),
        }
    }

    fn search_unguarded(&self, query: &UserQuery, opts: &Options) -> anyhow::Result<Outcome> {
        let searcher = self.searcher();
        let mut warm = self.warm.try_lock().ok();
        let mut planner = self.planner(&mut warm, &searcher, opts);
        let planned = planner.plan(query);
        let mut analyzers = std::mem::take(&mut planner.analyzers);
        let plan = match planned {
            Ok(p) => p,
            Err(e) => {
                if let Some(w) = warm.as_mut() {
                    **w = analyzers;
                }
                return Err(anyhow::Error::new(e));
            }
        };
        // The hits before `offset`, the hits shown, and one more that says whether more follow.
        let page = opts.limit.max(1);
        let fetch = Options {
            limit: opts.offset + page + 1,
            ..opts.clone()
        };
        let (ranked, total, partial) = self.rank(&searcher, &plan, &fetch)?;
        let more = ranked.len() > opts.offset + page;
        let mut hits = Vec::with_capacity(page);
        let shown = ranked.into_iter().enumerate().skip(opts.offset).take(page);
        for (rank, r) in shown {
            let mut shown = Shown {
                searcher: &searcher,
                plan: &plan,
                analyzers: &mut analyzers,
                name_analyzer: &mut planner.name_analyzer,
                snippet_chars: opts.snippet_chars,
            };
            let mut hit = self.shown(&mut shown, &r)?;
            hit.rank = rank + 1;
            hits.push(hit);
        }
        let mut corrections = plan.corrections;
        hit::spell_corrections(&mut corrections, &mut analyzers, &hits);
        if let Some(w) = warm.as_mut() {
            **w = analyzers;
        }
        Ok(Outcome {
            hits,
            total,
            partial,
            corrections,
            more,
        })
    }
}

/// The chains the index holds passages for (French when it holds none).
fn chains(searcher: &Searcher, fields: &Fields) -> Vec<Chain> {
    let chains: Vec<Chain> = Chain::ALL
        .into_iter()
        .filter(|&c| {
            searcher.segment_readers().iter().any(|s| {
                s.inverted_index(fields.body_for(c))
                    .map(|ii| ii.terms().num_terms() > 0)
                    .unwrap_or(false)
            })
        })
        .collect();
    if chains.is_empty() {
        vec![Chain::French]
    } else {
        chains
    }
}
