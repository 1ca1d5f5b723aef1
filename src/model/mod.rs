//! What the stages talk about: a dispatch and its passages, quotations, dates, speakers' aliases.

pub mod aliases;
pub mod dates;
pub mod dispatch;
pub mod quote;
