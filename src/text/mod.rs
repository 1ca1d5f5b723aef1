//! Leaves used by every stage: accent folding, sentence boundaries, character offsets.

pub mod fold;
pub mod offsets;
pub mod sentences;
