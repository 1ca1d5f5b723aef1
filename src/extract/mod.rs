//! What the text says: quotations and their speakers, and the dispatch's date.

pub mod dates;
pub mod quotes;
