//! Leaves used by every stage: accent folding, sentence boundaries, character offsets, escaping
//! of names and messages.

pub mod escape;
pub mod fold;
pub mod offsets;
pub mod sentences;
