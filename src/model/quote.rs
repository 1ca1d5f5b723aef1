//! Quotations: as extraction finds them in a passage, and as a hit shows them.

use serde::{Deserialize, Serialize};

/// A quotation found in a block of text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// Who said them, in canonical form; `None` when the text does not say.
    pub speaker: Option<String>,
    /// Byte offsets of the quoted words in the block (or passage) text.
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
}

/// A quotation as shown with a hit; offsets in characters of the passage text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HitQuote {
    /// Not stored (the index keeps only the offsets): filled in from the passage text.
    #[serde(default)]
    pub text: String,
    pub speaker: Option<String>,
    pub start: usize,
    pub end: usize,
    /// The quotation's id: the same for every dispatch that carried it (16 hexadecimal digits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quotation: Option<String>,
}
