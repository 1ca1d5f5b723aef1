//! Leaves used by every stage: accent folding, sentence boundaries, character offsets, escaping
//! of names and messages, near-duplicate signatures.

pub mod escape;
pub mod fold;
pub mod minhash;
pub mod offsets;
pub mod sentences;
