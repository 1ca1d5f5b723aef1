//! The ranking rules, one per file, applied in this order (as Meilisearch's): `words` (how many
//! units of the query a passage holds), `typo` (held as typed or only through a correction),
//! then BM25 raised by `proximity` (how close together the units stand).

pub mod fields;
pub mod proximity;
pub mod typo;
pub mod words;
