//! Showing hits: on a terminal ([`terminal`]: aligned, coloured, cropped) or as JSON Lines
//! ([`json`]); [`api`] holds the JSON bodies of the HTTP API.

pub mod api;
pub mod color;
pub mod columns;
pub mod json;
pub mod profile;
pub mod quotations;
pub mod terminal;

pub use color::ColorChoice;
pub use terminal::{ends_full_matches, full_matches_end, place_width, terminal, width};

use crate::search::Outcome;

/// What `search` says on stderr about the words it matched to other spellings:
/// `Witkof → Witkoff`.
pub fn corrections(outcome: &Outcome) -> Vec<String> {
    outcome
        .corrections
        .iter()
        .map(|c| format!("{} → {}", c.typed, c.shown.join(", ")))
        .collect()
}
