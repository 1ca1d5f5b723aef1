//! Field names and options, in one place. One tantivy document per passage.

use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, FAST, STORED,
    STRING,
};

use crate::index::analysis::{Chain, NAME_TOKENIZER};

/// Bumped whenever the schema or the analysis changes: an index written with another version is
/// refused rather than searched with the wrong analyzer.
pub const SCHEMA_VERSION: u32 = 7;

/// Handles to every field of the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    /// The dispatch's identity (path relative to its root, or NDJSON `id`).
    pub dispatch: Field,
    /// The passage's 1-based number within its dispatch.
    pub passage: Field,
    /// The dispatch's title, stored on its first passage only (at most `MAX_TITLE_CHARS`).
    pub title: Field,
    /// The dispatch's title, indexed with the chain of its language (not stored, no
    /// frequencies) on its first passage only: what the `fields` ranking rule reads, for any
    /// passage, at its dispatch's first document.
    pub heading: [Field; 3],
    /// The passage's near-duplicate signature (`text::minhash`), in two columns.
    pub minhash: [Field; 2],
    /// The passage text, stored for display and snippets.
    pub text: Field,
    /// The passage text indexed with the French, English and plain chains; a passage fills only
    /// the field of its dispatch's language.
    pub body: [Field; 3],
    /// The quoted words only, per chain, for `--quotes` and `quote:`; also the keys a new
    /// quotation looks up to find the quotations it may repeat (`index::provenance`).
    pub quoted: [Field; 3],
    /// Canonical names of the speakers quoted in the passage (folded, unstemmed).
    pub speakers: Field,
    /// The passage's quotations as JSON (speaker, character offsets; the words are read back
    /// from `text`).
    pub quotes: Field,
    /// The ids of the passage's quotations (see `index::provenance`): a quotation's carriers are
    /// the passages holding its id.
    pub quotation: Field,
    pub lang: Field,
    /// `YYYY-MM-DD` or `YYYY-MM`, absent when the dispatch is undated.
    pub date: Field,
    /// `day` or `month`.
    pub date_precision: Field,
    /// `header`, `field` or `dateline`.
    pub date_origin: Field,
    /// First and last day the date covers, as `YYYYMMDD`: what `--since`/`--until` compare.
    pub date_start: Field,
    pub date_end: Field,
    /// Hash of the dispatch's bytes, on its first passage: what decides whether a re-run must
    /// re-index it.
    pub hash: Field,
}

pub const DISPATCH: &str = "dispatch";
pub const DATE_START: &str = "date_start";
pub const DATE_END: &str = "date_end";
pub const HASH: &str = "hash";
pub const PASSAGE: &str = "passage";
pub const MINHASH: [&str; 2] = ["minhash_0", "minhash_1"];
pub const QUOTATION: &str = "quotation";

impl Fields {
    pub fn body_for(&self, chain: Chain) -> Field {
        self.body[chain_slot(chain)]
    }

    pub fn title_for(&self, chain: Chain) -> Field {
        self.heading[chain_slot(chain)]
    }

    pub fn quoted_for(&self, chain: Chain) -> Field {
        self.quoted[chain_slot(chain)]
    }

    pub fn from_schema(schema: &Schema) -> anyhow::Result<Fields> {
        let f = |name: &str| {
            schema
                .get_field(name)
                .map_err(|_| anyhow::anyhow!("the index has no field {name:?}"))
        };
        let per_chain = |prefix: &str| -> anyhow::Result<[Field; 3]> {
            Ok([
                f(&format!("{prefix}_fr"))?,
                f(&format!("{prefix}_en"))?,
                f(&format!("{prefix}_plain"))?,
            ])
        };
        Ok(Fields {
            dispatch: f(DISPATCH)?,
            passage: f(PASSAGE)?,
            title: f("title")?,
            text: f("text")?,
            body: per_chain("body")?,
            quoted: per_chain("quoted")?,
            heading: per_chain("heading")?,
            minhash: [f(MINHASH[0])?, f(MINHASH[1])?],
            speakers: f("speakers")?,
            quotes: f("quotes")?,
            quotation: f(QUOTATION)?,
            lang: f("lang")?,
            date: f("date")?,
            date_precision: f("date_precision")?,
            date_origin: f("date_origin")?,
            date_start: f(DATE_START)?,
            date_end: f(DATE_END)?,
            hash: f(HASH)?,
        })
    }
}

fn chain_slot(chain: Chain) -> usize {
    match chain {
        Chain::French => 0,
        Chain::English => 1,
        Chain::Plain => 2,
    }
}

fn analyzed(tokenizer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}

/// Analysed without length norms (a byte per passage each): quotations and speaker names are
/// filters, whose matches need no length-normalised score of their own.
fn analyzed_without_norms(tokenizer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions)
            .set_fieldnorms(false),
    )
}

/// The schema of a depeches index.
pub fn build() -> Schema {
    let mut b = Schema::builder();
    b.add_text_field(DISPATCH, STRING | STORED | FAST);
    b.add_u64_field(PASSAGE, STORED | FAST);
    b.add_text_field("title", STORED);
    b.add_text_field("text", STORED);
    for (prefix, suffix, chain) in [
        ("body", "fr", Chain::French),
        ("body", "en", Chain::English),
        ("body", "plain", Chain::Plain),
        ("quoted", "fr", Chain::French),
        ("quoted", "en", Chain::English),
        ("quoted", "plain", Chain::Plain),
        ("heading", "fr", Chain::French),
        ("heading", "en", Chain::English),
        ("heading", "plain", Chain::Plain),
    ] {
        let options = match prefix {
            "body" => analyzed(chain.tokenizer_name()),
            "quoted" => analyzed_without_norms(chain.tokenizer_name()),
            _ => TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(chain.tokenizer_name())
                    .set_index_option(IndexRecordOption::Basic)
                    .set_fieldnorms(false),
            ),
        };
        b.add_text_field(&format!("{prefix}_{suffix}"), options);
    }
    b.add_text_field("speakers", analyzed_without_norms(NAME_TOKENIZER));
    b.add_text_field("quotes", STORED);
    b.add_u64_field(QUOTATION, NumericOptions::default().set_indexed());
    b.add_text_field("lang", STRING | STORED);
    b.add_text_field("date", STORED);
    b.add_text_field("date_precision", STORED);
    b.add_text_field("date_origin", STORED);
    let day = NumericOptions::default().set_indexed().set_fast();
    b.add_u64_field(DATE_START, day.clone());
    b.add_u64_field(DATE_END, day);
    b.add_u64_field(HASH, NumericOptions::default().set_fast());
    for name in MINHASH {
        b.add_u64_field(name, NumericOptions::default().set_fast());
    }
    b.build()
}
