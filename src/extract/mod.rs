//! What the text says: quotations and their speakers, and the dispatch's date.

pub mod aliases;
mod clauses;
pub mod dates;
mod lexicon;
mod marks;
mod names;
pub mod quotes;
mod speakers;
mod terms;
mod tokens;
mod verbs;

#[cfg(test)]
mod tests;
