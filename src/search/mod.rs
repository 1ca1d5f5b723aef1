//! Running a query: top-k passages, their stored fields, highlights and snippets.

pub mod filtered;
pub mod query;
pub mod snippet;
pub mod speaker_list;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rustc_hash::FxHashSet;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{EnableScoring, Query};
use tantivy::schema::Value;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Index, IndexReader, Order, Searcher, TantivyDocument};
use tantivy::{DocSet, SeekDangerResult};

use crate::index::analysis::{self, Chain};
use crate::index::schema::{self, Fields};
use crate::index::{self, stored_str};
use crate::model::aliases::Aliases;
use crate::model::dispatch::distinct_speakers;
use crate::model::quote::HitQuote;
use crate::search::query::{Builder, UsageError, UserQuery};
use crate::text::offsets::char_offset;

/// How many of the best passages by BM25 are re-ranked to put the words standing together
/// first.
const RESCORE_WINDOW: usize = 10;

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
    pub limit: usize,
    pub sort: Sort,
    /// Characters of passage shown around the match.
    pub snippet_chars: usize,
    /// Count every matching passage into `Outcome::total`. Off by default: counting visits every
    /// match, where top-k alone skips most of a frequent term's postings (block-max WAND).
    pub count: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            limit: 10,
            sort: Sort::Relevance,
            snippet_chars: 300,
            count: false,
        }
    }
}

/// One ranked passage.
#[derive(Debug, Clone)]
pub struct Hit {
    pub rank: usize,
    pub score: f32,
    pub dispatch: String,
    pub passage: u64,
    pub date: Option<String>,
    pub date_precision: Option<String>,
    pub date_origin: Option<String>,
    pub lang: String,
    pub title: String,
    pub text: String,
    /// Byte ranges of `text` to highlight.
    pub highlights: Vec<(usize, usize)>,
    /// Byte range of `text` worth showing on a terminal.
    pub snippet: (usize, usize),
    pub quotes: Vec<HitQuote>,
}

impl Hit {
    /// Highlights as character offsets into `text`, as the JSON output gives them.
    pub fn highlight_chars(&self) -> Vec<[usize; 2]> {
        self.highlights
            .iter()
            .map(|&(s, e)| [char_offset(&self.text, s), char_offset(&self.text, e)])
            .collect()
    }

    /// The speaker of the quotation holding the first highlighted word, when known.
    pub fn highlighted_speaker(&self) -> Option<&str> {
        self.highlights.iter().find_map(|&(s, e)| {
            let (s, e) = (char_offset(&self.text, s), char_offset(&self.text, e));
            self.quotes
                .iter()
                .find(|q| q.start <= s && e <= q.end)
                .and_then(|q| q.speaker.as_deref())
        })
    }

    /// Distinct speakers quoted in this passage.
    pub fn speakers(&self) -> Vec<&str> {
        distinct_speakers(self.quotes.iter().map(|q| q.speaker.as_deref()))
    }
}

/// What a search found.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub hits: Vec<Hit>,
    /// How many passages matched in all when `Options::count` asked for it, else how many hits
    /// were returned.
    pub total: usize,
    /// No passage held every word: these are the best partial matches.
    pub partial: bool,
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
    /// Analyzers handed from one search to the next, so that their memo of stems (filled by
    /// highlighting every hit's passage) outlives a search. A search that finds them taken by
    /// another thread clones fresh ones instead of waiting.
    warm: Mutex<Vec<(Chain, TextAnalyzer)>>,
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
            warm: Mutex::new(Vec::new()),
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

    /// Runs `query`: every word must match; when nothing does, the best partial matches.
    pub fn search(&self, query: &UserQuery, opts: &Options) -> anyhow::Result<Outcome> {
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

    fn search_unguarded(&self, query: &UserQuery, opts: &Options) -> anyhow::Result<Outcome> {
        let searcher = self.searcher();
        let mut warm = self.warm.try_lock().ok();
        let analyzers = match warm.as_mut() {
            Some(w) if !w.is_empty() => std::mem::take(&mut **w),
            _ => self
                .analyzers
                .iter()
                .filter(|(c, _)| self.chains.contains(c))
                .cloned()
                .collect(),
        };
        let mut builder = Builder {
            fields: &self.fields,
            chains: self.chains.clone(),
            analyzers,
            name_analyzer: analysis::name_analyzer(),
            aliases: &self.aliases,
        };
        let built = builder.build(query).map_err(anyhow::Error::new)?;
        let (mut top, mut total) = match (&built.together, opts.sort) {
            (Some(together), Sort::Relevance) => {
                self.together_first(&searcher, together.as_ref(), built.all.as_ref(), opts)?
            }
            _ => self.top(&searcher, built.all.as_ref(), opts)?,
        };
        let mut partial = false;
        if top.is_empty() {
            if let Some(any) = &built.any {
                (top, total) = self.top(&searcher, any.as_ref(), opts)?;
                partial = !top.is_empty();
            }
        }
        let mut analyzers = std::mem::take(&mut builder.analyzers);
        let mut hits = Vec::with_capacity(top.len());
        for (rank, (score, addr)) in top.into_iter().enumerate() {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let lang = stored_str(&doc, self.fields.lang)
                .unwrap_or("fr")
                .to_owned();
            let chain = Chain::for_lang(&lang);
            let wanted: FxHashSet<String> = built
                .highlight
                .iter()
                .filter(|(c, _)| *c == chain)
                .flat_map(|(_, terms)| terms.iter().cloned())
                .collect();
            if !analyzers.iter().any(|(c, _)| *c == chain) {
                let prototype = self.analyzers.iter().find(|(c, _)| *c == chain);
                analyzers.push((
                    chain,
                    prototype.expect("every chain has an analyzer").1.clone(),
                ));
            }
            let analyzer = &mut analyzers
                .iter_mut()
                .find(|(c, _)| *c == chain)
                .expect("just added")
                .1;
            let text = stored_str(&doc, self.fields.text)
                .unwrap_or_default()
                .to_owned();
            let highlights = snippet::highlights(analyzer, &text, &wanted);
            let snippet = snippet::crop(&text, &highlights, opts.snippet_chars);
            hits.push(self.hit(&doc, rank + 1, score, text, highlights, snippet));
        }
        if let Some(w) = warm.as_mut() {
            **w = analyzers;
        }
        Ok(Outcome {
            hits,
            total,
            partial,
        })
    }

    /// The best passages by BM25, re-ranked so that those holding the words together and in
    /// order come first. Like Elasticsearch's rescoring, only a window of the best candidates is
    /// re-ranked: reading positions for every match of two frequent words would cost more than
    /// the whole search.
    fn together_first(
        &self,
        searcher: &Searcher,
        together: &dyn Query,
        all: &dyn Query,
        opts: &Options,
    ) -> anyhow::Result<(Vec<(f32, DocAddress)>, usize)> {
        let limit = opts.limit.max(1);
        let window = Options {
            limit: limit.max(RESCORE_WINDOW),
            count: false,
            ..opts.clone()
        };
        let (candidates, _) = self.top(searcher, all, &window)?;
        let weight = together.weight(EnableScoring::disabled_from_searcher(searcher))?;
        let mut near = vec![false; candidates.len()];
        let mut order: Vec<usize> = (0..candidates.len()).collect();
        order.sort_by_key(|&i| candidates[i].1);
        // `seek_danger` tests one document without reading positions ahead to the next match.
        let mut scorer: Option<(u32, Box<dyn tantivy::query::Scorer>)> = None;
        for i in order {
            let addr = candidates[i].1;
            near[i] = match scorer.as_mut() {
                Some((seg, s)) if *seg == addr.segment_ord => {
                    s.seek_danger(addr.doc_id) == SeekDangerResult::Found
                }
                _ => {
                    let reader = searcher.segment_reader(addr.segment_ord);
                    let (found, s) = weight.scorer_danger(reader, addr.doc_id, 1.0)?;
                    scorer = Some((addr.segment_ord, s));
                    found == SeekDangerResult::Found
                }
            };
        }
        let mut ranked: Vec<(bool, (f32, DocAddress))> = near.into_iter().zip(candidates).collect();
        // Stable: BM25 order is kept within each group.
        ranked.sort_by_key(|(near, _)| !*near);
        let top: Vec<(f32, DocAddress)> = ranked.into_iter().map(|(_, c)| c).take(limit).collect();
        let total = if opts.count {
            searcher.search(all, &Count)?
        } else {
            top.len()
        };
        Ok((top, total))
    }

    fn top(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        opts: &Options,
    ) -> anyhow::Result<(Vec<(f32, DocAddress)>, usize)> {
        let limit = opts.limit.max(1);
        let top: Vec<(f32, DocAddress)> = match opts.sort {
            Sort::Relevance => {
                searcher.search(query, &TopDocs::with_limit(limit).order_by_score())?
            }
            Sort::Date => searcher
                .search(
                    query,
                    &TopDocs::with_limit(limit).order_by_u64_field(schema::DATE_END, Order::Desc),
                )?
                .into_iter()
                .map(|(_, a)| (0.0, a))
                .collect(),
        };
        let total = if opts.count {
            searcher.search(query, &Count)?
        } else {
            top.len()
        };
        Ok((top, total))
    }

    fn hit(
        &self,
        doc: &TantivyDocument,
        rank: usize,
        score: f32,
        text: String,
        highlights: Vec<(usize, usize)>,
        snippet: (usize, usize),
    ) -> Hit {
        let f = &self.fields;
        let s = |field| stored_str(doc, field).map(str::to_owned);
        let quotes = stored_str(doc, f.quotes)
            .map(|j| index::read_quotes(j, &text))
            .unwrap_or_default();
        Hit {
            rank,
            score,
            dispatch: s(f.dispatch).unwrap_or_default(),
            passage: doc
                .get_first(f.passage)
                .and_then(|v| v.as_u64())
                .unwrap_or(0),
            date: s(f.date),
            date_precision: s(f.date_precision),
            date_origin: s(f.date_origin),
            lang: s(f.lang).unwrap_or_default(),
            title: s(f.title).unwrap_or_default(),
            text,
            highlights,
            snippet,
            quotes,
        }
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

/// Whether an error is the user's query to fix (exit 2 with a usage message, no context chain).
pub fn is_usage_error(e: &anyhow::Error) -> bool {
    e.downcast_ref::<UsageError>().is_some()
}
