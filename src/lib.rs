//! depeches: full-text search for French news dispatches — who said what, and when.
//!
//! The folders are the stages, and data flows one way through them: [`ingest`] reads bytes into
//! clean text ([`ingest::read`]), parses a dispatch and its passages ([`ingest::parse`]) and
//! extracts quotations and speakers ([`ingest::extract`]); [`index`] writes them with the token
//! chains of [`index::analysis`]; [`search`] parses a query ([`search::query`]), runs it, and
//! crops and highlights snippets ([`search::snippet`]); [`render`] shows the hits; [`cli`] holds
//! what the binaries share. Beneath them all, [`model`] holds what the stages talk about (a
//! dispatch, its passages and quotations, dates, aliases) and [`text`] the leaves every stage
//! uses (accent folding, sentence boundaries, offsets). No stage uses a later one: `tests/layout.rs`
//! checks it.

// In the order of the stages: each uses only those above it.
pub mod text;

pub mod model;

pub mod index;

pub mod ingest;

pub mod search;
pub mod serve;

pub mod render;

pub mod cli;
