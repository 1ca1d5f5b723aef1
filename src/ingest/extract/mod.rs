//! What the text says: quotations and their speakers, and the dispatch's date.

mod clauses;
mod lexicon;
mod marks;
pub(crate) mod names;
pub mod quotes;
mod speakers;
mod terms;
mod tokens;
mod verbs;

#[cfg(test)]
mod tests;
