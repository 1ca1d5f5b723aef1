//! What the text says: quotations and their speakers.
//!
//! The modules, leaves first: `lexicon` (the French words extraction knows), `tokens` (words,
//! quotations as single tokens, sentences), `marks` (quoted spans), `names` (which capitalised
//! words make a name), `np` (noun phrases), `registry` (a dispatch's people), `verbs` (speech
//! verbs), `clauses` (a verb's and a sentence's subject), `incises` (the attribution right after
//! a quotation), `evidence` (whether a span reads as speech), `terms` (quotation or scare quotes),
//! `bodies` (bodies' labels), `speakers` (who a phrase refers to), `candidates` (choosing a
//! quotation's speaker), `quotes` (the whole dispatch, in reading order). The people gazetteer
//! and roles compared across wordings are the model's (`model::aliases`, `model::roles`).

mod bodies;
mod candidates;
mod clauses;
mod evidence;
mod incises;
mod lexicon;
mod marks;
mod names;
mod np;
pub mod quotes;
mod registry;
mod speakers;
mod terms;
mod tokens;
mod verbs;

#[cfg(test)]
mod cases;
#[cfg(test)]
mod tests;
