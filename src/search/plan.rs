//! The plan of a query: what each of its units may match, what it excludes, what filters it.
//!
//! A *unit* is what the user typed as one piece: a word, or a `"phrase"` kept whole (a word that
//! analyses into several terms, `cessez-le-feu`, is a phrase too). A word matches its own term,
//! the other spellings the alias list gives for a name (`Zelenskyy` also finds `Zelensky` and
//! `Zelenski`), and, when the index does not hold it or holds it far more rarely than a term one
//! or two edits away, that term (`Witkof` → `Witkoff`, see [`crate::search::rules::typo`]). The ranking
//! rules count the units a passage holds; the tantivy queries are assembled from the plan by
//! [`crate::search::query`] and [`crate::search::rules::words`].

use tantivy::schema::Field;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::Searcher;

use crate::index::analysis::{self, Chain};
use crate::index::schema::{self, Fields};
use crate::model::aliases::Aliases;
use crate::model::error::Error;
use crate::search::filtered::DateOverlap;
use crate::search::query::{Clause, Scope, UserQuery};
use crate::search::rules::typo;
use crate::search::surnames::{Beginnings, SurnameTerms};
use crate::search::translit;
use crate::text::fold::fold;

/// The analysed form of a text in one chain: terms with their positions.
pub type Analysed = Vec<(usize, String)>;

/// Where an alternative spelling of a word comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Spelling {
    /// As the user typed it.
    Typed,
    /// Another spelling of the same name, from the alias list.
    Alias,
    /// The same name transliterated the other way (`Umerov` / `Oumerov`).
    Transliteration,
    /// An index term one or two edits away: ranked below the spellings above.
    Typo,
    /// Another word for the same notion, from the synonym list (`frappe` for `bombardement`):
    /// ranked below the word itself, as a typo.
    Synonym,
}

impl Spelling {
    /// Whether a passage holding the word only in this spelling ranks below one holding it as
    /// typed (typos and synonyms); the strict pass leaves such spellings out.
    pub fn ranked_below(self) -> bool {
        matches!(self, Spelling::Typo | Spelling::Synonym)
    }
}

/// One term a word may match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    pub term: String,
    pub spelling: Spelling,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitKind {
    /// A single term, in any of its spellings.
    Word(Vec<Alternative>),
    /// Terms that must stand together at these relative positions.
    Phrase(Analysed),
}

impl UnitKind {
    /// Every term it may match.
    pub fn terms(&self) -> Vec<&str> {
        match self {
            UnitKind::Word(alts) => alts.iter().map(|a| a.term.as_str()).collect(),
            UnitKind::Phrase(terms) => terms.iter().map(|(_, t)| t.as_str()).collect(),
        }
    }
}

/// One piece of the query, as the ranking rules count them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// As the user typed it.
    pub label: String,
    /// The field it is looked for in: the passage body, or its quotations.
    pub field: Field,
    pub kind: UnitKind,
    /// Other wordings of the unit from the synonym list that a word's spellings cannot hold: a
    /// phrase for a word (`cessez-le-feu` for `trêve`), words or phrases for a word typed as a
    /// phrase (`trêve`, `arrêt des combats` for `cessez-le-feu`). Ranked below the unit as typed,
    /// as a synonym is; never for a `"phrase"` or an exclusion.
    pub rewordings: Vec<UnitKind>,
}

impl Unit {
    /// Every term the unit may match (for highlighting), its own spelling first, then its
    /// rewordings'.
    pub fn terms(&self) -> Vec<&str> {
        let mut out = self.kind.terms();
        for r in &self.rewordings {
            out.extend(r.terms());
        }
        out
    }

    /// The unit as typed, then its rewordings.
    pub fn wordings(&self) -> impl Iterator<Item = &UnitKind> {
        std::iter::once(&self.kind).chain(&self.rewordings)
    }

    /// The terms that may stand for this unit in a passage, for proximity: a phrase is found
    /// at its first term.
    pub fn anchor_terms(&self) -> Vec<&str> {
        match &self.kind {
            UnitKind::Word(alts) => alts.iter().map(|a| a.term.as_str()).collect(),
            UnitKind::Phrase(terms) => terms.first().map(|(_, t)| t.as_str()).into_iter().collect(),
        }
    }
}

/// What a passage must not hold: a word (in any spelling the alias list gives) or a phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exclusion {
    pub field: Field,
    pub kind: UnitKind,
}

/// The plan for the passages of one language.
#[derive(Debug, Clone)]
pub struct ChainPlan {
    pub chain: Chain,
    pub units: Vec<Unit>,
    pub exclusions: Vec<Exclusion>,
    /// Terms to highlight in a passage of this chain.
    pub highlight: Vec<String>,
}

/// A word the index did not hold (or held far more rarely than a near spelling), and the index
/// terms it was also matched to.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Correction {
    /// The word as typed.
    pub typed: String,
    /// `typo` or `transliteration`.
    pub kind: Spelling,
    /// The index terms it also matches (analysed forms: folded and stemmed).
    pub terms: Vec<String>,
    /// How those terms are written in the passages shown (when they show them), else the terms.
    pub shown: Vec<String>,
}

/// A query, analysed for every language the index holds.
#[derive(Debug, Clone)]
pub struct Plan {
    pub chains: Vec<ChainPlan>,
    /// Speakers' names, analysed with the name chain: each must be quoted in the passage.
    pub speakers: Vec<Analysed>,
    pub dates: Option<DateOverlap>,
    pub corrections: Vec<Correction>,
}

impl Plan {
    /// Whether the query has words at all (a speaker or date filter alone has none).
    pub fn has_words(&self) -> bool {
        self.chains.iter().any(|c| !c.units.is_empty())
    }

    /// Whether passages holding only some of the query's units can be shown after those holding
    /// all of them (in tiers): when it has two units or more, or a word corrected for a typo or
    /// with synonyms.
    pub fn tiered(&self) -> bool {
        self.chains.iter().any(|c| {
            c.units.len() >= 2
                || c.units.iter().any(|u| {
                    !u.rewordings.is_empty()
                        || matches!(&u.kind, UnitKind::Word(alts) if alts.iter().any(|a| a.spelling.ranked_below()))
                })
        })
    }

    /// The plan for passages of `chain`, when the query has words for it.
    pub fn chain(&self, chain: Chain) -> Option<&ChainPlan> {
        self.chains.iter().find(|c| c.chain == chain)
    }
}

/// What planning needs: the analysers, the alias list, and the index (for typo tolerance).
pub struct Planner<'a> {
    pub fields: &'a Fields,
    /// The chains the index holds passages for (usually only French).
    pub chains: Vec<Chain>,
    pub analyzers: Vec<(Chain, TextAnalyzer)>,
    pub name_analyzer: TextAnalyzer,
    pub aliases: &'a Aliases,
    /// What the surnames of `aliases`' people analyse to, kept by the engine across searches.
    pub surnames: &'a SurnameTerms,
    /// The index, to find which words it does not hold; `None` plans without corrections.
    pub searcher: Option<&'a Searcher>,
}

impl Planner<'_> {
    pub fn analyse(&mut self, chain: Chain, text: &str) -> Analysed {
        let analyzer = &mut self
            .analyzers
            .iter_mut()
            .find(|(c, _)| *c == chain)
            .expect("an analyzer for every chain")
            .1;
        analysis::terms(analyzer, text)
            .into_iter()
            .map(|t| (t.position, t.text))
            .collect()
    }

    /// Plans `q`; the errors say how to rephrase a query that asks for nothing.
    pub fn plan(&mut self, q: &UserQuery) -> Result<Plan, Error> {
        if let Some(e) = &q.error {
            return Err(e.clone());
        }
        let positives: Vec<&Clause> = q.clauses.iter().filter(|c| !c.negated).collect();
        let (speakers, dates) = self.filters(q);
        asks_for_something(q, &positives, &speakers, dates.as_ref())?;
        // "pourquoi Yermak a démissionné": a question word is how people ask, never what the
        // passages answering say.
        // "qui a dit « cible légitime »": the verb of a who-said question asks for the speaker,
        // whom depeches gives with every quotation; the passages quoting it seldom say "dit".
        let mut said = who_said_verbs(&positives);
        // "qui l'a dit", asked alone, still looks for "dit".
        let chain = self.chains.first().copied();
        let something_else = positives.iter().enumerate().any(|(i, c)| {
            !said.contains(&i)
                && !is_question_word(&c.text)
                && (c.phrase || chain.is_some_and(|ch| !self.analyse(ch, &c.text).is_empty()))
        });
        if !something_else {
            said.clear();
        }
        let asked: Vec<&Clause> = positives
            .iter()
            .copied()
            .enumerate()
            .filter(|(i, c)| c.phrase || !(is_question_word(&c.text) || said.contains(i)))
            .map(|(_, c)| c)
            .collect();
        let positives = if asked.is_empty() { positives } else { asked };
        let spellings = self.alias_spellings(&positives);
        let mut chains = Vec::new();
        let mut corrections: Vec<Correction> = Vec::new();
        for chain in self.chains.clone() {
            if let Some(cp) = self.chain_plan(chain, q, &positives, &spellings, &mut corrections) {
                chains.push(cp);
            }
        }
        let plan = Plan {
            chains,
            speakers,
            dates,
            corrections,
        };
        if !positives.is_empty() && !plan.has_words() {
            return Err(no_word_error(&positives));
        }
        Ok(plan)
    }

    /// One chain's plan: the units of the words and phrases looked for (`positives`, with their
    /// alias `spellings`), the exclusions, the terms to highlight; `None` when no unit is left.
    fn chain_plan(
        &mut self,
        chain: Chain,
        q: &UserQuery,
        positives: &[&Clause],
        spellings: &[Vec<String>],
        corrections: &mut Vec<Correction>,
    ) -> Option<ChainPlan> {
        let mut units = Vec::new();
        // Per unit, the clause it comes from.
        let mut clause_of = Vec::new();
        for (i, (c, names)) in positives.iter().zip(spellings).enumerate() {
            let found = self.unit_for(chain, c, names, Some(corrections));
            if let Some((field, kind, rewordings)) = found {
                units.push(Unit {
                    label: c.text.clone(),
                    field,
                    kind,
                    rewordings,
                });
                clause_of.push(i);
            }
        }
        self.reword_spans(chain, positives, &mut units, &clause_of);
        let mut exclusions = Vec::new();
        for c in q.clauses.iter().filter(|c| c.negated) {
            let names = self.exclusion_spellings(c);
            if let Some((field, kind, _)) = self.unit_for(chain, c, &names, None) {
                exclusions.push(Exclusion { field, kind });
            }
        }
        if units.is_empty() {
            return None;
        }
        let mut highlight: Vec<String> = Vec::new();
        for u in &units {
            for t in u.terms() {
                if !highlight.iter().any(|h| h == t) {
                    highlight.push(t.to_owned());
                }
            }
        }
        Some(ChainPlan {
            chain,
            units,
            exclusions,
            highlight,
        })
    }

    /// What clause `c` matches in `chain`: its field (the body or the quotations) and either a
    /// phrase or a word with its spellings — the typed one, the alias list's `names` and, when
    /// `corrections` is given (a word looked for, not excluded), transliterations and typos,
    /// recorded there, synonyms and the rewordings of [`Unit::rewordings`]. `None` when the
    /// clause analyses to nothing (stop words).
    fn unit_for(
        &mut self,
        chain: Chain,
        c: &Clause,
        names: &[String],
        corrections: Option<&mut Vec<Correction>>,
    ) -> Option<(Field, UnitKind, Vec<UnitKind>)> {
        let terms = self.analyse(chain, &c.text);
        if terms.is_empty() {
            return None;
        }
        let field = match c.scope {
            Scope::Text => self.fields.body_for(chain),
            Scope::Quote => self.fields.quoted_for(chain),
        };
        if c.phrase || terms.len() > 1 {
            let kind = UnitKind::Phrase(terms);
            let rewordings = if c.phrase || corrections.is_none() {
                Vec::new()
            } else {
                let groups = self.synonym_groups(chain, &c.text);
                rewordings(&groups, &kind)
            };
            return Some((field, kind, rewordings));
        }
        let mut alts = vec![Alternative {
            term: terms[0].1.clone(),
            spelling: Spelling::Typed,
        }];
        for name in names {
            for (_, t) in self.analyse(chain, name) {
                if !alts.iter().any(|a| a.term == t) {
                    alts.push(Alternative {
                        term: t,
                        spelling: Spelling::Alias,
                    });
                }
            }
        }
        let Some(corrections) = corrections else {
            return Some((field, UnitKind::Word(alts), Vec::new()));
        };
        if alts.len() == 1 {
            let found = self.transliterations(chain, field, &c.text, &alts[0].term);
            note(corrections, &c.text, Spelling::Transliteration, &found);
            for t in found {
                alts.push(Alternative {
                    term: t,
                    spelling: Spelling::Transliteration,
                });
            }
        }
        if alts.len() == 1 {
            let mut found = self.typos(field, &c.text, &alts[0].term);
            // A name corrected is a name: its other spellings too.
            let named = self.spellings_of_terms(chain, &found);
            // A capitalised word within reach of a name the gazetteer knows is that name
            // (`Stramer` → Starmer), not another word as near (`stream`, `strat`).
            if c.text.starts_with(char::is_uppercase) && found.iter().any(|t| named.contains(t)) {
                found.retain(|t| named.contains(t));
            }
            for t in named {
                if t != alts[0].term && !found.contains(&t) {
                    found.push(t);
                }
            }
            note(corrections, &c.text, Spelling::Typo, &found);
            for t in found {
                alts.push(Alternative {
                    term: t,
                    spelling: Spelling::Typo,
                });
            }
        }
        let groups = self.synonym_groups(chain, &c.text);
        for t in synonyms(&groups, &alts[0].term) {
            if !alts.iter().any(|a| a.term == t) {
                alts.push(Alternative {
                    term: t,
                    spelling: Spelling::Synonym,
                });
            }
        }
        let kind = UnitKind::Word(alts);
        let rewordings = rewordings(&groups, &kind);
        Some((field, kind, rewordings))
    }

    /// Words typed one after the other that are together a member of a synonym group
    /// (`centrales électriques`, `arrêt des combats`): each of their units also finds the group's
    /// other members, as [`Unit::rewordings`]; the longest such run from each word first.
    fn reword_spans(
        &mut self,
        chain: Chain,
        positives: &[&Clause],
        units: &mut [Unit],
        clause_of: &[usize],
    ) {
        if self.searcher.is_none() || positives.len() < 2 {
            return;
        }
        let plain = |c: &Clause| !c.phrase && c.scope == Scope::Text;
        let mut start = 0;
        while start + 1 < positives.len() {
            let mut taken = 1;
            let any = plain(positives[start])
                && self
                    .aliases
                    .synonyms
                    .may_begin_member_of_several(&positives[start].text);
            if any {
                for len in (2..=MAX_SPAN.min(positives.len() - start)).rev() {
                    let span = &positives[start..start + len];
                    if !span.iter().all(|c| plain(c)) {
                        continue;
                    }
                    let text: Vec<&str> = span.iter().map(|c| c.text.as_str()).collect();
                    let analysed = self.analyse(chain, &text.join(" "));
                    if analysed.len() < 2 {
                        continue;
                    }
                    let groups = self.synonym_groups(chain, &positives[start].text);
                    let found = rewordings(&groups, &UnitKind::Phrase(analysed));
                    if found.is_empty() {
                        continue;
                    }
                    for (u, &i) in units.iter_mut().zip(clause_of) {
                        if (start..start + len).contains(&i) {
                            for r in &found {
                                if !u.rewordings.contains(r) {
                                    u.rewordings.push(r.clone());
                                }
                            }
                        }
                    }
                    taken = len;
                    break;
                }
            }
            start += taken;
        }
    }

    /// The surnames of every spelling of the name an excluded clause is (`-Zelensky` excludes
    /// `Zelenski` too).
    fn exclusion_spellings(&self, c: &Clause) -> Vec<String> {
        let folded = fold(&c.text);
        let words: Vec<&str> = folded.split_whitespace().collect();
        self.aliases
            .spellings(&words)
            .unwrap_or_default()
            .iter()
            .filter_map(|name| name.split_whitespace().last().map(str::to_owned))
            .collect()
    }

    /// For each positive clause, the other spellings of the name it is part of (whole names, as
    /// words to analyse): a surname alone gets the surnames of every spelling; a full name typed
    /// over consecutive words (`Sergei Lavrov`) gets, word by word, the words of the spellings
    /// as long as it.
    fn alias_spellings(&self, clauses: &[&Clause]) -> Vec<Vec<String>> {
        let mut out: Vec<Vec<String>> = vec![Vec::new(); clauses.len()];
        let word = |c: &Clause| c.scope == Scope::Text && !c.phrase;
        let folded: Vec<String> = clauses.iter().map(|c| fold(&c.text)).collect();
        let mut i = 0;
        while i < clauses.len() {
            let mut advanced = false;
            for len in (2..=3).rev() {
                if i + len > clauses.len() || !clauses[i..i + len].iter().all(|c| word(c)) {
                    continue;
                }
                let words: Vec<&str> = folded[i..i + len].iter().map(String::as_str).collect();
                let Some(spellings) = self.aliases.spellings(&words) else {
                    continue;
                };
                for s in spellings {
                    let parts: Vec<&str> = s.split_whitespace().collect();
                    if parts.len() == len {
                        for (j, p) in parts.iter().enumerate() {
                            push_new(&mut out[i + j], p);
                        }
                    } else if let Some(last) = parts.last() {
                        push_new(&mut out[i + len - 1], last);
                    }
                }
                i += len;
                advanced = true;
                break;
            }
            if advanced {
                continue;
            }
            if word(clauses[i]) && !folded[i].contains(char::is_whitespace) {
                if let Some(spellings) = self.aliases.spellings(&[folded[i].as_str()]) {
                    for s in spellings {
                        if let Some(last) = s.split_whitespace().last() {
                            push_new(&mut out[i], last);
                        }
                    }
                }
            }
            i += 1;
        }
        out
    }

    /// The index terms `term` (typed as `typed`) is also matched to, when it is absent from the
    /// index or far rarer than a term within reach.
    fn typos(&self, field: Field, typed: &str, term: &str) -> Vec<String> {
        let Some(searcher) = self.searcher else {
            return Vec::new();
        };
        let letters = typed.chars().filter(|c| c.is_alphanumeric()).count();
        let edits = typo::max_edits(letters);
        if edits == 0 || typed.chars().any(|c| c.is_ascii_digit()) {
            return Vec::new();
        }
        let df = typo::doc_freq(searcher, field, term);
        if !typo::is_rare(df, searcher.num_docs()) {
            return Vec::new();
        }
        typo::corrections(searcher, field, term, edits, df)
            .unwrap_or_default()
            .into_iter()
            .map(|n| n.term)
            .collect()
    }

    /// The surnames of the people the alias list spells with one of `terms` (analysed in
    /// `chain`), analysed: `zelensk` (from `Zelenki`, corrected) gives `zelensky`, `zelenskyy` ….
    fn spellings_of_terms(&mut self, chain: Chain, terms: &[String]) -> Vec<String> {
        if terms.is_empty() {
            return Vec::new();
        }
        let firsts: Vec<u8> = terms.iter().filter_map(|t| t.bytes().next()).collect();
        let (aliases, memo) = (self.aliases, self.surnames);
        // Analysing every surname of the list costs more than the rest of the query: only the
        // people one of whose surnames could analyse to a term are (once per engine).
        let beginnings = memo.beginnings(|| {
            aliases
                .people()
                .map(|spellings| beginnings(spellings.iter().filter_map(|s| surname(s))))
                .collect()
        });
        let mut out = Vec::new();
        for (person, spellings) in aliases.people().enumerate() {
            if !beginnings.get(person).is_none_or(|b| b.meet(&firsts)) {
                continue;
            }
            let analysed = memo.get_or_init(chain, person, beginnings.len(), || {
                spellings
                    .iter()
                    .filter_map(|s| surname(s))
                    .map(|s| {
                        let mut a = self.analyse(chain, s);
                        (a.len() == 1).then(|| a.swap_remove(0).1)
                    })
                    .collect()
            });
            let named = analysed.iter().flatten().any(|t| terms.contains(t));
            if named {
                for t in analysed.iter().flatten() {
                    if !out.contains(t) {
                        out.push(t.clone());
                    }
                }
            }
        }
        out
    }

    /// The groups of the synonym list holding `typed`, their words analysed (each a term, or
    /// several for a word or words that analyse into several), less those analysing to nothing.
    fn synonym_groups(&mut self, chain: Chain, typed: &str) -> Vec<Vec<Analysed>> {
        // `--exact` (no searcher for corrections): the words as typed, no other word either.
        if self.searcher.is_none() {
            return Vec::new();
        }
        let groups: Vec<Vec<String>> = self
            .aliases
            .synonyms
            .candidates(typed)
            .map(<[String]>::to_vec)
            .collect();
        groups
            .iter()
            .map(|g| {
                g.iter()
                    .map(|w| self.analyse(chain, w))
                    .filter(|a| !a.is_empty())
                    .collect()
            })
            .collect()
    }

    /// The other transliterations of `typed` (whose term is `term`) that the index holds, when
    /// it holds `term` itself rarely or not at all.
    fn transliterations(
        &mut self,
        chain: Chain,
        field: Field,
        typed: &str,
        term: &str,
    ) -> Vec<String> {
        let Some(searcher) = self.searcher else {
            return Vec::new();
        };
        let folded = fold(typed);
        if folded.chars().count() < typo::MIN_LETTERS || !folded.chars().all(char::is_alphabetic) {
            return Vec::new();
        }
        let df = typo::doc_freq(searcher, field, term);
        if df > translit::MAX_DOC_FREQ.max(searcher.num_docs() / translit::MAX_SHARE) {
            return Vec::new();
        }
        let mut found = Vec::new();
        for v in translit::variants(&folded) {
            let terms = self.analyse(chain, &v);
            if terms.len() != 1 || terms[0].1 == term || found.contains(&terms[0].1) {
                continue;
            }
            if typo::doc_freq(searcher, field, &terms[0].1) > 0 {
                found.push(terms[0].1.clone());
            }
        }
        found
    }

    /// The speaker names, analysed, and the date span of `q`.
    fn filters(&mut self, q: &UserQuery) -> (Vec<Analysed>, Option<DateOverlap>) {
        let speakers = q
            .speakers
            .iter()
            .map(|name| {
                let name = self.aliases.query_name(name);
                analysis::terms(&mut self.name_analyzer, &name)
                    .into_iter()
                    .map(|t| (t.position, t.text))
                    .collect::<Analysed>()
            })
            .filter(|terms| !terms.is_empty())
            .collect();
        // A date overlaps [since, until] when it starts before `until` and ends after `since`;
        // undated passages have neither bound and drop out.
        let dates = (q.since.is_some() || q.until.is_some()).then(|| DateOverlap {
            start_field: schema::DATE_START.to_owned(),
            end_field: schema::DATE_END.to_owned(),
            since: q.since,
            until: q.until,
        });
        (speakers, dates)
    }
}

/// The error for a query asking for nothing: no word, no speaker, no date.
fn asks_for_something(
    q: &UserQuery,
    positives: &[&Clause],
    speakers: &[Analysed],
    dates: Option<&DateOverlap>,
) -> Result<(), Error> {
    if speakers.len() < q.speakers.len() {
        return Err(Error::Usage(
            "a speaker's name must have letters, e.g. --speaker peskov".into(),
        ));
    }
    if positives.is_empty() && speakers.is_empty() && dates.is_none() {
        let msg = if q.clauses.is_empty() {
            "empty query: give words to look for, e.g. search \"cibles légitimes\""
        } else {
            "the query only excludes words: add at least one word to look for"
        };
        return Err(Error::Usage(msg.into()));
    }
    Ok(())
}

/// Why words looked for (`positives`) gave no unit to look for: no letters, too long, or only
/// stop words.
fn no_word_error(positives: &[&Clause]) -> Error {
    let no_letters = |c: &&Clause| !c.text.chars().any(char::is_alphanumeric);
    if positives.iter().all(no_letters) {
        return Error::Usage(
            "the query has no word to look for (letters or digits), e.g. search \"cibles légitimes\""
                .into(),
        );
    }
    let too_long = |c: &&Clause| {
        c.text
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|w| w.len() > analysis::MAX_TOKEN_BYTES)
    };
    if positives.iter().any(too_long) {
        return Error::Usage(format!(
            "the query's words are longer than {} letters, and no indexed word is: look for shorter words",
            analysis::MAX_TOKEN_BYTES
        ));
    }
    Error::Usage(
        "the query holds only stop words (le, de, pour …): add a word that says what to look for"
            .into(),
    )
}

/// The positions of the speech verbs a who-said question asks with: "qui a dit", "qui avait
/// déclaré", "qui l'a écrit" — a word of [`SPEECH_VERBS`] right after "qui", its auxiliary and
/// object pronoun between them.
fn who_said_verbs(clauses: &[&Clause]) -> Vec<usize> {
    const SPEECH_VERBS: [&str; 12] = [
        "dit", "declare", "affirme", "ecrit", "prononce", "parle", "evoque", "employe", "utilise",
        "lance", "tweete", "poste",
    ];
    const BETWEEN: [&str; 7] = ["a", "avait", "aurait", "l'a", "l'avait", "l", "les"];
    let word = |i: usize| {
        let c = clauses[i];
        (c.scope == Scope::Text && !c.phrase && !c.negated).then(|| fold(&c.text))
    };
    let mut out = Vec::new();
    for i in 0..clauses.len() {
        if word(i).as_deref() != Some("qui") {
            continue;
        }
        let mut j = i + 1;
        while j < clauses.len() && word(j).is_some_and(|w| BETWEEN.contains(&w.as_str())) {
            j += 1;
        }
        if j < clauses.len() && word(j).is_some_and(|w| SPEECH_VERBS.contains(&w.as_str())) {
            out.push(j);
        }
    }
    out
}

/// Words that ask a question (`pourquoi`, `combien`, `quelles` …): dropped from a query that
/// holds other words.
fn is_question_word(word: &str) -> bool {
    const QUESTION_WORDS: [&str; 14] = [
        "combien",
        "comment",
        "pourquoi",
        "quand",
        "quel",
        "quelle",
        "quels",
        "quelles",
        "quoi",
        "lequel",
        "laquelle",
        "lesquels",
        "lesquelles",
        "ou",
    ];
    QUESTION_WORDS.contains(&fold(word).as_str())
}

/// Records that `typed` was also matched to `terms`.
fn note(corrections: &mut Vec<Correction>, typed: &str, kind: Spelling, terms: &[String]) {
    if terms.is_empty() {
        return;
    }
    let i = match corrections.iter().position(|k| k.typed == typed) {
        Some(i) => i,
        None => {
            corrections.push(Correction {
                typed: typed.to_owned(),
                kind,
                terms: Vec::new(),
                shown: Vec::new(),
            });
            corrections.len() - 1
        }
    };
    for t in terms {
        if !corrections[i].terms.contains(t) {
            corrections[i].terms.push(t.clone());
        }
    }
}

/// The bytes the terms of `words` may begin with: a word of ASCII letters is one token whose
/// term begins with its first letter, lower-cased (lower-casing and folding leave it, and the
/// stemmers only ever change a word's ending); any other word might begin with anything (an
/// accent folded, an apostrophe or a hyphen splitting it). One look at each word: this runs over
/// the whole people list in a process's first misspelt name.
fn beginnings<'w>(words: impl Iterator<Item = &'w str>) -> Beginnings {
    let mut b = Beginnings::default();
    for w in words {
        match w.as_bytes().first() {
            None => {}
            Some(&first) if w.bytes().all(|c| c.is_ascii_alphabetic()) => {
                b.letters |= 1 << (first.to_ascii_lowercase() - b'a');
            }
            Some(_) => b.any = true,
        }
    }
    b
}

/// A spelling's last word.
fn surname(spelling: &str) -> Option<&str> {
    spelling.split_whitespace().last()
}

/// Whether `word` could analyse to a term beginning with one of the bytes `firsts`, word by
/// word as `beginnings` screens people (the tests check both against the analysers).
#[cfg(test)]
fn may_analyse_to(word: &str, firsts: &[u8]) -> bool {
    match word.as_bytes().first() {
        None => false,
        Some(b) if word.bytes().all(|c| c.is_ascii_alphabetic()) => {
            firsts.contains(&b.to_ascii_lowercase())
        }
        Some(_) => true,
    }
}

/// The terms of the other one-word members of the synonym `groups` holding the word `term`.
fn synonyms(groups: &[Vec<Analysed>], term: &str) -> Vec<String> {
    let mut out = Vec::new();
    for group in groups {
        if !group
            .iter()
            .any(|a| matches!(&a[..], [(_, t)] if t == term))
        {
            continue;
        }
        for a in group {
            if let [(_, t)] = &a[..] {
                if t != term && !out.contains(t) {
                    out.push(t.clone());
                }
            }
        }
    }
    out
}

/// The other wordings of a unit (`kind`) in the synonym `groups` that its spellings cannot hold:
/// for a word, the members of its synonym groups of several words, as phrases; for a word
/// that analyses into several terms, its groups' other members, words or phrases.
fn rewordings(groups: &[Vec<Analysed>], kind: &UnitKind) -> Vec<UnitKind> {
    let own: Analysed = match kind {
        UnitKind::Word(alts) => vec![(0, alts[0].term.clone())],
        UnitKind::Phrase(terms) => terms.clone(),
    };
    let mut words: Vec<Alternative> = Vec::new();
    let mut out: Vec<UnitKind> = Vec::new();
    for group in groups {
        if !group.iter().any(|a| same_terms(a, &own)) {
            continue;
        }
        for a in group {
            if same_terms(a, &own) {
                continue;
            }
            match &a[..] {
                // A word's one-word synonyms are among its spellings already.
                [_] if own.len() == 1 => {}
                [(_, t)] => {
                    if !words.iter().any(|w| &w.term == t) {
                        words.push(Alternative {
                            term: t.clone(),
                            spelling: Spelling::Synonym,
                        });
                    }
                }
                _ => {
                    let phrase = UnitKind::Phrase(a.clone());
                    if !out.contains(&phrase) {
                        out.push(phrase);
                    }
                }
            }
        }
    }
    if !words.is_empty() {
        out.insert(0, UnitKind::Word(words));
    }
    out
}

/// The most words typed one after the other that [`Planner::reword_spans`] looks up together.
const MAX_SPAN: usize = 4;

/// Whether two analysed texts are the same terms at the same relative positions.
fn same_terms(a: &Analysed, b: &Analysed) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|((pa, ta), (pb, tb))| {
            ta == tb && pa.wrapping_sub(a[0].0) == pb.wrapping_sub(b[0].0)
        })
}

fn push_new(list: &mut Vec<String>, s: &str) {
    if !list.iter().any(|x| x == s) {
        list.push(s.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analysed(terms: &[(usize, &str)]) -> Analysed {
        terms.iter().map(|&(p, t)| (p, t.to_owned())).collect()
    }

    fn word(term: &str) -> UnitKind {
        UnitKind::Word(vec![Alternative {
            term: term.to_owned(),
            spelling: Spelling::Typed,
        }])
    }

    #[test]
    fn a_unit_is_reworded_by_the_members_of_its_groups_its_spellings_cannot_hold() {
        // trêve | cessez-le-feu | arrêt des combats, and a group without the unit.
        let truce = vec![
            analysed(&[(0, "trêv")]),
            analysed(&[(0, "cess"), (1, "le"), (2, "feu")]),
            analysed(&[(0, "arrêt"), (2, "combat")]),
        ];
        let other = vec![analysed(&[(0, "frapp")]), analysed(&[(0, "raid")])];
        let groups = [truce, other];
        // A word: the phrases only (its one-word synonyms are among its spellings).
        assert_eq!(
            rewordings(&groups, &word("trêv")),
            [
                UnitKind::Phrase(analysed(&[(0, "cess"), (1, "le"), (2, "feu")])),
                UnitKind::Phrase(analysed(&[(0, "arrêt"), (2, "combat")])),
            ]
        );
        // A phrase, wherever it stands in the query: the words as one wording, then phrases.
        let typed = UnitKind::Phrase(analysed(&[(3, "cess"), (4, "le"), (5, "feu")]));
        let found = rewordings(&groups, &typed);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            matches!(&found[0], UnitKind::Word(alts) if alts.len() == 1 && alts[0].term == "trêv" && alts[0].spelling == Spelling::Synonym)
        );
        assert_eq!(
            found[1],
            UnitKind::Phrase(analysed(&[(0, "arrêt"), (2, "combat")]))
        );
        // The same terms at other distances are another phrase.
        let apart = UnitKind::Phrase(analysed(&[(0, "cess"), (2, "le"), (3, "feu")]));
        assert!(rewordings(&groups, &apart).is_empty());
        assert!(rewordings(&groups, &word("paix")).is_empty());
        assert_eq!(synonyms(&groups, "frapp"), ["raid"]);
    }

    /// `may_analyse_to` skips a name only when its analysis cannot begin with any of the bytes
    /// asked for: every surname of the bundled list, and words whose beginnings the stemmers'
    /// preludes touch (`y`, `u`/`i` between vowels, `qu`), keep their first letter.
    #[test]
    fn a_word_of_ascii_letters_analyses_to_a_term_with_its_first_letter() {
        let aliases = Aliases::bundled();
        let mut words: Vec<String> = aliases
            .people()
            .flatten()
            .flat_map(|s| s.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
            .collect();
        for w in [
            "Yanoukovitch",
            "Youri",
            "yeux",
            "Ioulia",
            "Ouagadougou",
            "Uélé",
            "quai",
            "Quéré",
            "aïeux",
            "yoyo",
            "Eyes",
            "ying",
            "Essai",
            "Abbé",
            "Yermak",
            "skis",
            "dying",
            "news",
        ] {
            words.push(w.to_owned());
        }
        let mut checked = 0;
        for chain in Chain::ALL {
            let mut analyzer = chain.analyzer();
            for w in &words {
                let terms = analysis::terms(&mut analyzer, w);
                let Some(first) = w.bytes().next() else {
                    continue;
                };
                if terms.len() != 1 {
                    continue;
                }
                let term = &terms[0].text;
                let begins = term.as_bytes()[0];
                assert!(
                    may_analyse_to(w, &[begins]),
                    "{w} analyses to {term} in {chain:?}, but would be skipped"
                );
                if w.bytes().all(|c| c.is_ascii_alphabetic()) {
                    assert_eq!(begins, first.to_ascii_lowercase(), "{w} → {term}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 100, "only {checked} words checked");
        assert!(!may_analyse_to("Witkoff", b"z"));
        assert!(may_analyse_to("Witkoff", b"w"));
        assert!(may_analyse_to("Zelensky", b"z"));
        assert!(may_analyse_to("Orbán", b"x"));
        assert!(may_analyse_to("d'Estaing", b"x"));
        assert!(!may_analyse_to("", b"a"));
    }

    /// A person's [`Beginnings`] meet a set of first bytes exactly when `may_analyse_to` lets
    /// one of their surnames through: the memoised screen skips the same people.
    #[test]
    fn beginnings_screen_as_may_analyse_to_does() {
        let aliases = Aliases::bundled();
        let mut firsts: Vec<Vec<u8>> = (0..=255u8).map(|b| vec![b]).collect();
        firsts.push(b"zw".to_vec());
        firsts.push(Vec::new());
        let mut people: Vec<Vec<String>> = aliases.people().map(<[String]>::to_vec).collect();
        people.push(vec!["anna d'estaing".into(), "Orbán".into()]);
        people.push(vec![String::new()]);
        let mut passed = 0;
        for spellings in &people {
            let b = beginnings(spellings.iter().filter_map(|s| surname(s)));
            for f in &firsts {
                let expected = spellings
                    .iter()
                    .filter_map(|s| surname(s))
                    .any(|s| may_analyse_to(s, f));
                assert_eq!(b.meet(f), expected, "{spellings:?} {f:?}");
                passed += usize::from(expected);
            }
        }
        assert!(passed > 1000, "{passed}");
    }
}
