//! What the stages talk about: a dispatch and its passages, quotations, dates, the people gazetteer
//! and roles compared across wordings.

pub mod aliases;
pub mod dates;
pub mod dispatch;
pub mod error;
pub mod quote;
pub mod roles;
pub mod synonyms;

/// The text of a file an index directory may hold (`aliases.txt`, `synonyms.txt`): `None` when
/// there is none, an error naming the file when it cannot be read.
pub(crate) fn read_if_present(path: &std::path::Path) -> anyhow::Result<Option<String>> {
    use anyhow::Context as _;
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| {
            format!(
                "cannot read {} (fix it, or remove it to use the bundled list alone)",
                path.display()
            )
        }),
    }
}
