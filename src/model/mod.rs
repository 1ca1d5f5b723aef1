//! What the other stages talk about: a dispatch's date and the speakers' aliases.

pub mod aliases;
pub mod dates;
