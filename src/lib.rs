//! depeches: full-text search for French news dispatches — who said what, and when.
//!
//! Data flows one way: bytes are [`read`] into clean text, parsed into a [`dispatch::Dispatch`]
//! and its passages, [`extract`]ed for quotations, speakers and dates, and written by [`index`]
//! with the token chains of [`analysis`]. A query string is parsed by [`query`], run by
//! [`search`], cropped and highlighted by [`snippet`] and shown by [`render`].

pub mod analysis;
pub mod bench;
pub mod dispatch;
pub mod extract;
pub mod filtered;
pub mod gen;
pub mod index;
pub mod ingest;
pub mod query;
pub mod read;
pub mod render;
pub mod schema;
pub mod search;
pub mod snippet;
pub mod speaker_list;
