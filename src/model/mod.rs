//! What the stages talk about: a dispatch and its passages, quotations, dates, the people gazetteer
//! and roles compared across wordings.

pub mod aliases;
pub mod dates;
pub mod dispatch;
pub mod error;
pub mod quote;
pub mod roles;
pub mod synonyms;
