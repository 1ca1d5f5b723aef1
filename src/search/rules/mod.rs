//! The ranking rules, one per file, applied in this order (as Meilisearch's): `words` (how many
//! units of the query a passage holds), `typo` (held as typed or only through a correction),
//! then BM25 raised by `proximity` (how close together the units stand) and by `fields` (the
//! dispatch's title holds the units; the dispatch's first passage), `story` lending the tiers the
//! other passages of the dispatches whose titles hold the query; last, `collapse` shows
//! near-duplicate passages once.

pub mod collapse;
pub mod fields;
pub mod proximity;
pub mod story;
pub mod typo;
pub mod words;
