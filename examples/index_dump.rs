//! Prints everything an index holds, in an order that does not depend on how it was written:
//! every passage's stored fields and u64 columns, and every indexed term's postings with
//! positions, each line keyed by dispatch and passage, sorted.
//! `cargo run --release --example index_dump -- INDEX > dump.txt`

use std::collections::BTreeMap;
use std::io::Write;

use tantivy::postings::Postings;
use tantivy::schema::{FieldType, IndexRecordOption};
use tantivy::{DocSet, Document, Index, TantivyDocument, TERMINATED};

fn main() -> anyhow::Result<()> {
    let dir = std::env::args().nth(1).expect("usage: index_dump INDEX");
    let index = Index::open_in_dir(&dir)?;
    let schema = index.schema();
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let mut lines: Vec<String> = Vec::new();
    for (s, segment) in searcher.segment_readers().iter().enumerate() {
        let store = segment.get_store_reader(0)?;
        let alive = segment.alive_bitset();
        let ids = segment.fast_fields().str("dispatch")?.unwrap();
        let passage = segment.fast_fields().u64("passage")?;
        let mut keys = BTreeMap::new();
        for doc in 0..segment.max_doc() {
            if alive.is_some_and(|a| a.is_deleted(doc)) {
                continue;
            }
            let ord = ids.term_ords(doc).next().unwrap();
            let mut id = String::new();
            ids.ord_to_str(ord, &mut id)?;
            let key = format!("{id}#{}", passage.first(doc).unwrap());
            let d: TantivyDocument = store.get(doc)?;
            lines.push(format!("S {key} {}", d.to_json(&schema)));
            for (field, entry) in schema.fields() {
                if let FieldType::U64(o) = entry.field_type() {
                    if o.is_fast() {
                        let col = segment.fast_fields().u64(entry.name())?;
                        let v: Vec<u64> = col.values_for_doc(doc).collect();
                        lines.push(format!("F {key} {} {v:?}", entry.name()));
                    }
                }
                let _ = field;
            }
            keys.insert(doc, key);
        }
        for (field, entry) in schema.fields() {
            if !entry.is_indexed() {
                continue;
            }
            let inverted = segment.inverted_index(field)?;
            let mut terms = inverted.terms().stream()?;
            while terms.advance() {
                let info = terms.value().clone();
                let term = format!("{:?}", terms.key());
                let opt = match entry.field_type().get_index_record_option() {
                    Some(o) => o,
                    None => IndexRecordOption::Basic,
                };
                let mut postings = inverted.read_postings_from_terminfo(&info, opt)?;
                let mut positions = Vec::new();
                let mut doc = postings.doc();
                while doc != TERMINATED {
                    if let Some(key) = keys.get(&doc) {
                        positions.clear();
                        if opt.has_positions() {
                            postings.positions(&mut positions);
                        }
                        let tf = if opt.has_freq() {
                            postings.term_freq()
                        } else {
                            0
                        };
                        lines.push(format!(
                            "P {} {term} {key} {tf} {positions:?}",
                            entry.name()
                        ));
                    }
                    doc = postings.advance();
                }
            }
            let _ = s;
        }
    }
    lines.sort_unstable();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for l in lines {
        writeln!(out, "{l}")?;
    }
    Ok(())
}
