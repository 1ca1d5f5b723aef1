//! What a dispatch teaches about its places, adjectives of nationality, titles, bodies named in
//! full and acronyms, read sentence by sentence before attribution.

use super::{
    brands, has_adjective_ending, is_members_noun, is_piece, masculine, title_after, Facts, Seat,
    ADJECTIVE_ENDINGS, KIND_NOUNS, PIECES, USUAL_ACRONYMS,
};
use crate::ingest::extract::lexicon;
use crate::ingest::extract::names;
use crate::ingest::extract::tokens::{
    Tok, LEX_CAPITAL, LEX_FACT, LEX_NAME, LEX_PRESS, LEX_SPEECH, LEX_TITLE,
};
use crate::ingest::extract::verbs;
use crate::text::fold::{fold, fold_cow, fold_small};

/// The nouns `read_named_bodies` looks for by name when written in lower case.
const NOTED_NOUNS: &str = "sous-préfet sous-préfète préfet préfète procureur procureure ministre
    ministres sommet forces armée direction cour tribunal";

/// Whether [`Facts::read`] has anything to read at this word when it is written in lower case
/// (a capitalised word is always read). Every check it makes of such a word asks whether it is
/// a document or a piece, a noun of a kind of body, a newspaper's lower-case brand, one of the
/// [`NOTED_NOUNS`], a company's or a body's noun, a body's members (folded), or has an ending
/// of an adjective of nationality: a check added there for another word must add it here.
/// Worked out once per word form, when it is first read (see `tokens::LEX_FACT`): most words are none of
/// these, and one lookup tells so instead of a dozen.
fn is_fact_word(w: &str) -> bool {
    static WORDS: std::sync::OnceLock<lexicon::WordSet<String>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        lexicon::DOCUMENTS
            .split_whitespace()
            .chain(PIECES.split_whitespace())
            .chain(KIND_NOUNS.iter().map(|(n, _)| *n))
            .chain(brands().iter().copied())
            .chain(NOTED_NOUNS.split_whitespace())
            .chain(lexicon::COMPANY_NOUNS.split_whitespace())
            .map(str::to_owned)
            .chain(
                lexicon::BODY_NOUNS
                    .split_whitespace()
                    .flat_map(|w| [w.to_owned(), fold(w)]),
            )
            .collect()
    });
    // A word folds character by character, an ASCII one to itself lower-cased: one opening
    // with an ASCII letter none of the members' nouns opens with, or ending with another than
    // "s", folds to none of them (and needs no folding to tell).
    let members = || match (w.as_bytes().first(), w.as_bytes().last()) {
        (Some(first), Some(last)) => {
            (!first.is_ascii()
                || matches!(first.to_ascii_lowercase(), b'm' | b'd' | b'c' | b'p' | b'r'))
                && (!last.is_ascii() || last.eq_ignore_ascii_case(&b's'))
                && is_members_noun(&fold_cow(w))
        }
        _ => false,
    };
    words.contains(w)
        || has_adjective_ending(w)
        || w.strip_suffix('s').is_some_and(has_adjective_ending)
        || members()
}

/// The `LEX_` bits of a word: [`LEX_FACT`] when [`is_fact_word`] knows it, [`LEX_SPEECH`] when
/// it is a speech verb, an inverted pronoun taken off.
fn lex_bits(w: &str) -> u8 {
    let mut bits = 0;
    if is_fact_word(w) {
        bits |= LEX_FACT;
    }
    if lexicon::speech_verb(verbs::split_clitic(w).0).is_some() {
        bits |= LEX_SPEECH;
    }
    bits
}

/// The `LEX_` bits of a capitalised word or an acronym (lower-cased): [`LEX_CAPITAL`], and
/// [`LEX_PRESS`], [`LEX_NAME`], [`LEX_TITLE`] when they hold.
fn capital_bits(w: &str) -> u8 {
    let mut bits = LEX_CAPITAL;
    if super::may_open_press(w) {
        bits |= LEX_PRESS;
    }
    if names::may_name(w) {
        bits |= LEX_NAME;
    }
    if names::is_title_word(w) {
        bits |= LEX_TITLE;
    }
    bits
}

thread_local! {
    /// The bits of each word form met (see [`mark_words`]): its [`lex_bits`], and its
    /// [`capital_bits`] once it was met capitalised (0 before: they always hold
    /// [`LEX_CAPITAL`]).
    static BITS: std::cell::RefCell<rustc_hash::FxHashMap<compact_str::CompactString, [u8; 2]>> =
        Default::default();
}

/// How many word forms [`BITS`] keeps before it starts again (a bound on its memory).
const LEX_FORMS: usize = 1 << 17;

/// Sets the `LEX_` bits ([`LEX_FACT`], [`LEX_SPEECH`]; a capitalised word's [`capital_bits`]
/// too) of the words of `toks`, once, right after tokenizing: `Facts::read` then passes the
/// other lower-case words at once, and a sentence is told to speak without looking its words
/// up. A word form's bits are worked out the first time it is met and remembered for the
/// thread: a dispatch's words are mostly ones met before, and one lookup per word replaces the
/// dozen checks (a capitalised word's own bits are kept with the others, not looked up apart).
pub fn mark_words(toks: &mut [Tok]) {
    BITS.with_borrow_mut(|known| {
        if known.len() > LEX_FORMS {
            known.clear();
        }
        for t in toks.iter_mut().filter(|t| t.is_word()) {
            let capital = t.cap || t.acronym;
            let b = match known.get_mut(t.lower.as_str()) {
                Some(b) => {
                    if capital && b[1] == 0 {
                        b[1] = capital_bits(&t.lower);
                    }
                    *b
                }
                None => {
                    let b = [
                        lex_bits(&t.lower),
                        if capital { capital_bits(&t.lower) } else { 0 },
                    ];
                    known.insert(compact_str::CompactString::new(t.lower.as_str()), b);
                    b
                }
            };
            t.lex |= b[0] | if capital { b[1] } else { 0 };
        }
    });
}

impl Facts {
    /// Reads one sentence's places, adjectives and acronyms.
    pub fn read(&mut self, block: &str, toks: &[Tok], range: &std::ops::Range<usize>) {
        self.press_reading.clear();
        for k in range.clone() {
            let t = &toks[k];
            if !t.is_word() || !t.cap && t.lex & LEX_FACT == 0 {
                continue;
            }
            // A capitalised word is folded once, for the départements and the apposed words.
            let folded = if t.cap {
                fold_cow(&t.lower)
            } else {
                std::borrow::Cow::Borrowed("")
            };
            if t.cap {
                if let Some(d) = super::department(&folded) {
                    self.departments.push(d);
                }
            }
            if t.cap && !t.acronym && k > range.start {
                self.read_place(toks, range, k);
                self.read_country(block, toks, range, k);
                let p = &toks[k - 1];
                if p.is_word()
                    && !p.cap
                    && !lexicon::is_preposition(&p.lower)
                    && lexicon::determiner(&p.lower).is_none()
                    // "une frappe que Zolgrad qualifie de …": after a conjunction or a relative
                    // pronoun a capital may speak.
                    && !matches!(
                        p.lower.as_str(),
                        "et" | "ou" | "ni" | "d'" | "l'" | "que" | "qu'" | "dont" | "où" | "si"
                    )
                {
                    // Most such words are met again: owned for the set only when new to it.
                    if !self.apposed.contains(folded.as_ref()) {
                        self.apposed.insert(folded.into_owned());
                    }
                }
            }
            if !t.cap {
                self.read_adjective(t);
            }
            if !t.cap && super::noun_kind(&t.lower).is_some() {
                self.read_kind(block, toks, range, k);
            }
            self.read_titles(block, toks, range, k);
            self.read_named_bodies(block, toks, range, k);
            if t.acronym {
                self.read_acronym(block, toks, range, k);
            }
            // "(Sdis 83)": a body's short name and its département's number, for a later
            // bare "le Sdis".
            if t.cap
                && k > range.start
                && toks[k - 1].is_punct("(")
                && toks.get(k + 1).is_some_and(|n| {
                    k + 1 < range.end
                        && n.is_word()
                        && (1..=3).contains(&n.lower.len())
                        && n.lower
                            .chars()
                            .all(|c| c.is_ascii_digit() || c == 'a' || c == 'b')
                        && n.lower.starts_with(|c: char| c.is_ascii_digit())
                })
                && toks.get(k + 2).is_some_and(|c| c.is_punct(")"))
            {
                self.placed_acronyms
                    .entry(block[t.start..t.end].to_owned())
                    .or_insert_with(|| names::surface(block, toks, k, k + 2));
            }
            let in_parentheses = k > range.start
                && toks[k - 1].is_punct("(")
                && toks.get(k + 1).is_some_and(|n| n.is_punct(")"));
            if t.acronym || (t.cap && in_parentheses) {
                self.written_acronyms
                    .insert(block[t.start..t.end].to_owned());
            }
        }
        // Only words open a newspaper's name: `press_at` found nothing at the other tokens.
        let key = (toks.as_ptr() as usize, range.start, range.end);
        let found = std::mem::take(&mut self.press_reading);
        self.press.insert(key, found);
    }

    /// "à Moscou", "depuis Kyiv": a place the dispatch speaks from or of.
    fn read_place(&mut self, toks: &[Tok], range: &std::ops::Range<usize>, k: usize) {
        let p = &toks[k - 1];
        // "A Borovsk, la diplomatie a rejeté …": a sentence's capital "à" often loses its accent.
        let unaccented = p.cap && p.is("a") && k == range.start + 1;
        let locative = p.is_word()
            && (matches!(p.lower.as_str(), "à" | "en" | "vers" | "depuis") || unaccented)
            && !(k >= range.start + 2 && lexicon::speech_verb(&toks[k - 2].lower).is_some());
        if locative && toks.get(k + 1).is_none_or(|n| !n.is_capitalised()) {
            self.places.insert(fold(&toks[k].lower));
        }
    }

    /// "la Zolanie", "en Borovie", "de Borovie": a capitalised word alone after an article,
    /// "en" or "de" may be a country.
    fn read_country(
        &mut self,
        block: &str,
        toks: &[Tok],
        range: &std::ops::Range<usize>,
        k: usize,
    ) {
        let p = &toks[k - 1];
        let after =
            p.is_word() && matches!(p.lower.as_str(), "la" | "l'" | "le" | "en" | "de" | "d'");
        let alone = toks
            .get(k + 1)
            .is_none_or(|n| k + 1 >= range.end || !n.is_capitalised());
        if after && alone && self.countries.len() < 64 {
            let written = &block[toks[k].start..toks[k].end];
            if !self.countries.iter().any(|c| c == written) {
                self.countries.push(written.to_owned());
            }
        }
    }

    /// "le syndicat Rail-Unité", "le groupe armé FLT", "Rail-Unité, premier syndicat des
    /// contrôleurs": the body named right after a noun of its kind (and its adjectives), or
    /// right before it with a comma, is of that kind. "le groupe Varnex" is a company's name:
    /// "groupe" says a movement only with an adjective of one.
    fn read_kind(&mut self, block: &str, toks: &[Tok], range: &std::ops::Range<usize>, k: usize) {
        let noun = toks[k].lower.as_str();
        let Some(kind) = super::noun_kind(noun) else {
            return;
        };
        let mut n = k + 1;
        let mut adjectives = 0;
        while n < range.end && n < k + 3 && toks[n].is_word() && !toks[n].cap {
            if !super::kind_adjective(noun, &fold_cow(&toks[n].lower)) {
                break;
            }
            adjectives += 1;
            n += 1;
        }
        let mut e = n;
        while e < range.end && e < n + 3 && toks[e].is_capitalised() {
            e += 1;
        }
        let said = noun != "groupe" || adjectives > 0;
        if e > n && said && k > range.start && lexicon::determiner(&toks[k - 1].lower).is_some() {
            self.kinds
                .insert(fold(&names::surface(block, toks, n, e)), kind);
        }
        // "Rail-Unité, premier syndicat …": the name before the comma.
        let mut b = k;
        while b > range.start
            && b + 3 > k
            && toks[b - 1].is_word()
            && matches!(
                toks[b - 1].lower.as_str(),
                "premier"
                    | "première"
                    | "deuxième"
                    | "second"
                    | "principal"
                    | "principale"
                    | "le"
                    | "la"
                    | "l'"
                    | "un"
                    | "une"
            )
        {
            b -= 1;
        }
        if b == k || b <= range.start + 1 || !toks[b - 1].is_punct(",") {
            return;
        }
        let end = b - 1;
        let mut start = end;
        while start > range.start && start + 3 > end && toks[start - 1].is_capitalised() {
            start -= 1;
        }
        // "La CGT-Cheminots, premier syndicat …": the article opening the sentence is no part
        // of the name.
        while start < end && lexicon::determiner(&toks[start].lower).is_some() {
            start += 1;
        }
        if start < end && (noun != "groupe" || adjectives > 0) {
            self.kinds
                .insert(fold(&names::surface(block, toks, start, end)), kind);
        }
    }

    /// The country whose capital `city` is, among the words the dispatch writes as countries:
    /// the one whose adjective is the capital's ("Zolgrad" and "Zolanie", "zolanais").
    pub(super) fn country_of_capital(&self, city: &str) -> Option<String> {
        let adjective = self.capital_adjective(city)?;
        let city = fold(city);
        let mut found = self
            .countries
            .iter()
            .filter(|c| fold(c) != city && self.adjective_for(c).as_deref() == Some(&adjective));
        let first = found.next()?;
        found.next().is_none().then(|| first.clone())
    }

    /// An adjective of nationality as the dispatch writes it, singular.
    fn read_adjective(&mut self, t: &Tok) {
        // Most words are no adjective of nationality: their last letters say so without
        // folding the whole word (folding is char by char, so the tail's folding is the
        // folding's tail).
        let w = t.lower.as_str();
        if !has_adjective_ending(w) && !w.strip_suffix('s').is_some_and(has_adjective_ending) {
            return;
        }
        let mut written = t.lower.to_string();
        // "ostaliennes" → "ostalienne".
        if written.ends_with('s') && {
            let stem = fold_small(&written[..written.len() - 1]);
            ADJECTIVE_ENDINGS.iter().any(|e| stem.ends_with(e))
        } {
            written.pop();
        }
        let f = fold(&written);
        if f.len() > 5
            && ADJECTIVE_ENDINGS.iter().any(|e| f.ends_with(e))
            && !self.adjectives.iter().any(|(a, _)| *a == f)
        {
            self.adjectives.push((f, written));
        }
    }

    /// The titles of newspapers: after a piece ("un article du Courrier") or as a title.
    fn read_titles(&mut self, block: &str, toks: &[Tok], range: &std::ops::Range<usize>, k: usize) {
        let t = &toks[k];
        if !t.cap && is_piece(&t.lower) {
            if let Some(title) = title_after(block, toks, k + 1, range.end) {
                if !self.titles.contains(&title) {
                    self.titles.push(title);
                }
            }
        }
        // "Le Figaro ne cache pas …", "écrit Libé": a newspaper French news knows.
        if let Some((e, label)) = super::press_at(block, toks, k, range) {
            self.press_reading.push((k, e, label));
            if !self.titles.iter().any(|t| t == label) {
                self.titles.push(label.to_owned());
            }
        }
        if let Some(e) = names::title_at(toks, k, range.end) {
            let title = names::surface(block, toks, k, e);
            if !self.titles.contains(&title) {
                self.titles.push(title);
            }
        }
        if let Some(title) = apposed_title(block, toks, range, k) {
            if !self.titles.contains(&title) {
                self.titles.push(title);
            }
        }
    }

    /// Bodies named in full: "la préfecture de la Creuse", "le parquet de Lille" (a body noun
    /// and its place, for the bare "la préfecture" that follows), "l'Agence spatiale".
    fn read_named_bodies(
        &mut self,
        block: &str,
        toks: &[Tok],
        range: &std::ops::Range<usize>,
        k: usize,
    ) {
        let t = &toks[k];
        // "la préfète de la Haute-Savoie": her prefecture is a body the dispatch names.
        // "le sous-préfet de l'Aude": a département's (with its article; "le sous-préfet de
        // Brive" is a sous-préfecture's), whose prefecture is then "la préfecture".
        let deputy = matches!(t.lower.as_str(), "sous-préfet" | "sous-préfète");
        if k > range.start && !t.cap && (deputy || matches!(t.lower.as_str(), "préfet" | "préfète"))
        {
            if let Some((_, place)) = placed_body(block, toks, k, range.end)
                .and_then(|n| n.split_once(' ').map(|(a, b)| (a.to_owned(), b.to_owned())))
                .filter(|(_, place)| {
                    !deputy
                        || ["de l'", "de l’", "de la ", "du ", "des "]
                            .iter()
                            .any(|a| place.starts_with(a))
                })
            {
                let seat = format!("préfecture {place}");
                if !self.named_bodies.contains(&seat) {
                    self.named_bodies.push(seat);
                }
            }
        }
        // "le procureur de la République de Lyon", "la procureure de Nantes": the public
        // prosecutor's office of that city is a body the dispatch names, for the bare "le
        // parquet" that speaks for it.
        if k > range.start && !t.cap && matches!(t.lower.as_str(), "procureur" | "procureure") {
            if let Some(seat) = prosecutor_seat(block, toks, k, range.end) {
                let office = format!("parquet {seat}");
                if !self.named_bodies.contains(&office) {
                    self.named_bodies.push(office);
                }
            }
        }
        // "le ministre de l'Éducation nationale": the ministry he heads.
        if k > range.start && !t.cap && matches!(t.lower.as_str(), "ministre" | "ministres") {
            // "le ministre délégué à l'Industrie", "la ministre déléguée chargée de la Mer": the
            // ministry of that portfolio too.
            let portfolio = body_name(block, toks, k, range.end)
                .and_then(|n| n.split_once(' ').map(|(_, p)| p.replace('’', "'")))
                .map(|p| {
                    let p = ["délégué ", "déléguée "]
                        .iter()
                        .find_map(|d| p.strip_prefix(d))
                        .map_or(p.as_str(), |rest| {
                            ["chargé ", "chargée "]
                                .iter()
                                .find_map(|c| rest.strip_prefix(c))
                                .unwrap_or(rest)
                        })
                        .to_owned();
                    if let Some(rest) = p.strip_prefix("à l'") {
                        format!("de l'{rest}")
                    } else if let Some(rest) = p.strip_prefix("à la ") {
                        format!("de la {rest}")
                    } else if let Some(rest) = p.strip_prefix("aux ") {
                        format!("des {rest}")
                    } else if let Some(rest) = p.strip_prefix("au ") {
                        format!("du {rest}")
                    } else {
                        p
                    }
                })
                .filter(|p| {
                    let first = p.split(' ').next().unwrap_or_default();
                    matches!(first, "de" | "du" | "des") || first.starts_with("d'")
                });
            if let Some(portfolio) = portfolio {
                let ministry = format!("ministère {portfolio}");
                if !self.ministries.contains(&ministry) {
                    self.ministries.push(ministry);
                }
            }
        }
        // "la société Hydrant", "le groupe pharmaceutique Varnex": a company's one-word name.
        if !t.cap && lexicon::is_company_noun(&t.lower) {
            let mut n = k + 1;
            while n < range.end && toks[n].is_word() && !toks[n].cap && n < k + 3 {
                n += 1;
            }
            let single = n < range.end
                && toks[n].is_capitalised()
                && !toks[n].acronym
                && !names::is_function_word(&toks[n].lower)
                && lexicon::first_name(&toks[n].lower).is_none()
                && !toks
                    .get(n + 1)
                    .is_some_and(|x| n + 1 < range.end && x.is_capitalised());
            // "le fabricant de pompes Hydrolis": adjectives or a "de" complement in between.
            let between = toks[k + 1..n].iter().all(|x| {
                (x.lower.len() > 3 || x.is("de") || x.is("d'"))
                    && !lexicon::is_auxiliary(&x.lower)
                    && lexicon::speech_verb(&x.lower).is_none()
            });
            if single && between {
                let folded = fold(&toks[n].lower);
                match &mut self.first_company {
                    None => {
                        self.first_company =
                            Some((block[toks[n].start..toks[n].end].to_owned(), false));
                    }
                    Some((first, more)) if fold(first) != folded => *more = true,
                    Some(_) => {}
                }
                self.companies.insert(folded);
            }
        }
        // "le sommet de l'OTAN", "Sommet du G7": the body whose summit it is, for its closing
        // text.
        if t.lower == "sommet" {
            if let Some((start, j)) = capitalised_complement(toks, k + 1, range.end) {
                // An acronym ("du G7", "de l'OTAN") or a body's fixed name ("de l'Alliance"):
                // a longer name may go on in lower case past what is read here.
                let name = names::surface(block, toks, start, j);
                let body = super::fixed_label(&name)
                    .map(str::to_owned)
                    .or_else(|| (j == start + 1 && toks[start].acronym).then_some(name));
                if let Some(body) = body.filter(|b| !self.summits.contains(b)) {
                    self.summits.push(body);
                }
            }
        }
        // "les ministres de la Défense de l'OTAN", "les dirigeants du G7": the body whose
        // members meet, for its closing text as a summit's.
        if k > range.start && lexicon::determiner(&toks[k - 1].lower).is_some() {
            if let Some(body) = super::members_body(toks, k, range.end) {
                if !self.summits.iter().any(|b| b == body) {
                    self.summits.push(body.to_owned());
                }
            }
        }
        // "les forces armées polonaises", "l'armée zolanaise": an army, for a later bare
        // "l'état-major" or "le commandement".
        if k > range.start
            && !t.cap
            && matches!(t.lower.as_str(), "forces" | "armée")
            && lexicon::determiner(&toks[k - 1].lower).is_some()
        {
            let mut j = k + 1;
            if t.lower == "forces" && toks.get(j).is_some_and(|n| j < range.end && n.is("armées"))
            {
                j += 1;
            }
            if let Some(a) = toks
                .get(j)
                .filter(|n| j < range.end && n.is_word() && !n.cap)
            {
                let written = a.lower.trim_end_matches('s');
                if lexicon::is_adjective_of_nationality(&fold(written)) {
                    let army = format!("armée {}", super::feminine(written));
                    if !self.armies.contains(&army) {
                        self.armies.push(army);
                    }
                }
            }
        }
        // "la direction de Ferrovia", "la direction de la SNCF": the body it manages, for a
        // later bare "la direction".
        if k > range.start
            && !t.cap
            && t.lower == "direction"
            && lexicon::determiner(&toks[k - 1].lower).is_some()
        {
            if let Some((start, j)) = capitalised_complement(toks, k + 1, range.end) {
                if j > start {
                    let body = names::surface(block, toks, start, j);
                    if !self.managed.contains(&body) {
                        self.managed.push(body);
                    }
                }
            }
        }
        if k > range.start && !t.cap && matches!(t.lower.as_str(), "cour" | "tribunal") {
            if let Some(court) = court_name(block, toks, k, range.end) {
                if !self.courts.contains(&court) {
                    self.courts.push(court);
                }
            }
        }
        if k <= range.start || !lexicon::is_body_noun(&t.lower) {
            return;
        }
        let name = if !t.cap {
            placed_body(block, toks, k, range.end)
        } else if !t.acronym {
            body_name(block, toks, k, range.end)
        } else {
            None
        };
        // "le Ministère des Affaires Étrangères ostalien", as translated copy writes it: the
        // label it has when it speaks ("ministère ostalien des Affaires étrangères"), for the
        // bare "le ministère" that follows.
        if let Some(name) = name.map(|n| super::nationality_first(&n)) {
            if !self.named_bodies.contains(&name) {
                self.named_bodies.push(name);
            }
        }
    }

    /// "le CHU de Rouen": the acronym and its place, for a later bare "CHU". "l'Union des
    /// transporteurs routiers (UTR)": the name starts at the farthest capitalised word with the
    /// acronym's initial, a few words back.
    fn read_acronym(
        &mut self,
        block: &str,
        toks: &[Tok],
        range: &std::ops::Range<usize>,
        k: usize,
    ) {
        let t = &toks[k];
        // "l'ARS Hauts-de-France", "la CGT Construction": the acronym and the capitalised
        // words it heads, for a later bare "ARS" (not a person's name after it).
        if k + 1 < range.end
            && toks[k + 1].is_capitalised()
            && !toks[k + 1].acronym
            && lexicon::first_name(&toks[k + 1].lower).is_none()
        {
            let mut e = k + 1;
            while e < range.end && toks[e].is_capitalised() && !toks[e].acronym && e < k + 3 {
                e += 1;
            }
            self.placed_acronyms
                .entry(block[t.start..t.end].to_owned())
                .or_insert_with(|| names::surface(block, toks, k, e));
        }
        // "l'Agence régionale de santé (ARS) Bretagne": the region after the parenthesis.
        if k > range.start
            && k + 2 < range.end
            && toks[k - 1].is_punct("(")
            && toks[k + 1].is_punct(")")
            && toks[k + 2].is_capitalised()
            && !toks[k + 2].acronym
            && lexicon::first_name(&toks[k + 2].lower).is_none()
        {
            let region = &toks[k + 2];
            self.placed_acronyms
                .entry(block[t.start..t.end].to_owned())
                .or_insert_with(|| {
                    format!(
                        "{} {}",
                        &block[t.start..t.end],
                        &block[region.start..region.end]
                    )
                });
        }
        // "l'Agence régionale de santé (ARS) de Normandie", "la direction départementale des
        // territoires (DDT) de la Creuse": a regional or departmental office's territory, in
        // its usual label ("ARS Normandie", "DDT de la Creuse").
        if k > range.start
            && k + 3 < range.end
            && toks[k - 1].is_punct("(")
            && toks[k + 1].is_punct(")")
        {
            let acronym = &block[t.start..t.end];
            let seat = USUAL_ACRONYMS
                .iter()
                .find(|(_, a, seat)| *a == acronym && *seat != Seat::None)
                .map(|(_, _, seat)| *seat);
            let mut p = k + 2;
            let de = toks[p].is_word() && matches!(toks[p].lower.as_str(), "de" | "du" | "d'");
            if de {
                p += 1;
                if p < range.end && matches!(toks[p].lower.as_str(), "la" | "l'") {
                    p += 1;
                }
            }
            let mut e = p;
            while e < range.end && e < p + 3 && toks[e].is_capitalised() && !toks[e].acronym {
                e += 1;
            }
            if let (Some(seat), true, true) = (seat, de, e > p) {
                let label = match seat {
                    Seat::Region => format!("{acronym} {}", names::surface(block, toks, p, e)),
                    _ => format!("{acronym} {}", names::surface(block, toks, k + 2, e)),
                };
                self.placed_acronyms
                    .entry(acronym.to_owned())
                    .or_insert(label);
            }
        }
        // "la FDSEA du Finistère", "la CGT des Landes", "la FDSEA de la Manche" too.
        if k + 2 < range.end {
            let de = &toks[k + 1];
            let article = de.is("de")
                && k + 3 < range.end
                && (toks[k + 2].is("la") || toks[k + 2].is("l'"))
                && !toks[k + 2].cap;
            let at = k + 2 + usize::from(article);
            let place = &toks[at];
            if de.is_word()
                && matches!(de.lower.as_str(), "de" | "d'" | "du" | "des")
                && place.is_capitalised()
                && !place.acronym
            {
                let mut e = at + 1;
                while e < range.end && toks[e].is_capitalised() && e < k + 5 {
                    e += 1;
                }
                self.placed_acronyms
                    .entry(block[t.start..t.end].to_owned())
                    .or_insert_with(|| names::surface(block, toks, k, e));
            }
        }
        if k >= range.start + 2 && toks[k - 1].is_punct("(") {
            let initial = fold_cow(&t.lower).chars().next();
            let mut first = None;
            let mut b = k - 1;
            while b > range.start && b + 10 > k && toks[b - 1].is_word() {
                b -= 1;
                if toks[b].cap && fold_cow(&toks[b].lower).chars().next() == initial {
                    first = Some(b);
                }
            }
            if let Some(first) = first {
                let expansion = names::surface(block, toks, first, k - 1);
                self.acronyms
                    .entry(block[t.start..t.end].to_owned())
                    .or_insert(expansion);
            }
        }
    }

    /// The one body the dispatch names in full with this head noun ("agence" → "Agence
    /// internationale de sûreté nucléaire"), if only one.
    /// Whether a one-word name is a company's the dispatch introduced ("la société Hydrant").
    pub fn is_company(&self, name: &str) -> bool {
        !self.companies.is_empty() && self.companies.contains(&fold(name))
    }

    /// Whether the dispatch names a newspaper or a work by this title.
    pub fn is_title(&self, name: &str) -> bool {
        self.titles.iter().any(|t| t == name)
    }

    /// The one court the dispatch names with its seat, if only one.
    pub fn only_court(&self) -> Option<&str> {
        match self.courts.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    /// The one body whose management the dispatch names ("la direction de Ferrovia"), as its
    /// label: an acronym as the dispatch places it ("la direction du CHU" → "CHU de Rouen").
    pub fn only_managed(&self) -> Option<String> {
        match self.managed.as_slice() {
            [one] if one.chars().all(|c| c.is_uppercase() || c == '-') => {
                Some(self.acronym_label(one))
            }
            [one] => Some(one.clone()),
            _ => None,
        }
    }

    /// The one body whose summit the dispatch names ("OTAN"), if only one.
    pub fn only_summit(&self) -> Option<String> {
        match self.summits.as_slice() {
            [one] => Some(
                self.acronyms
                    .get(one)
                    .cloned()
                    .unwrap_or_else(|| one.clone()),
            ),
            _ => None,
        }
    }

    /// The one army the dispatch names by its country ("armée polonaise"), if only one.
    pub fn only_army(&self) -> Option<&str> {
        match self.armies.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    /// The one company the dispatch introduces ("le fabricant de pompes Hydrolis"), if only
    /// one.
    pub fn only_company(&self) -> Option<&str> {
        match &self.first_company {
            Some((name, false)) => Some(name),
            _ => None,
        }
    }

    pub(super) fn named_body(&self, head: &str) -> Option<&str> {
        let head = fold(head);
        let mut found = self
            .named_bodies
            .iter()
            .chain(self.acronyms.values())
            .filter(|b| b.split_whitespace().next().is_some_and(|w| fold(w) == head));
        let first = found.next()?;
        found.all(|b| b == first).then_some(first.as_str())
    }

    /// A bare acronym as the dispatch names it in full: its expansion is not used, the
    /// acronym with its place is ("CHU de Rouen"); else the acronym itself.
    pub(super) fn acronym_label(&self, acronym: &str) -> String {
        // "le CHU de Brest … Le CHRU précise": a university hospital goes by either acronym.
        const HOSPITALS: [&str; 3] = ["CHU", "CHRU", "CHR"];
        self.placed_acronyms
            .get(acronym)
            .or_else(|| {
                HOSPITALS
                    .contains(&acronym)
                    .then(|| {
                        let mut placed = HOSPITALS
                            .iter()
                            .filter_map(|a| self.placed_acronyms.get(*a));
                        let first = placed.next()?;
                        placed.all(|p| p == first).then_some(first)
                    })
                    .flatten()
            })
            .cloned()
            .unwrap_or_else(|| acronym.to_owned())
    }

    /// Records a place the dispatch names outside its sentences: a dateline's city.
    pub fn add_place(&mut self, place: &str) {
        if !place.is_empty() && !place.contains(' ') {
            self.places.insert(fold(place));
        }
        if !place.is_empty() && self.dateline.is_none() {
            self.dateline = Some(place.to_lowercase().replace(' ', "-"));
        }
    }

    /// The one ministry whose minister the dispatch names by portfolio, if only one.
    pub fn ministry(&self) -> Option<&str> {
        match self.ministries.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    /// Records the country a dateline gives its city in brackets ("VESSA (Orlénie), 2 mars").
    pub fn add_dateline_country(&mut self, country: &str) {
        if self.dateline_country.is_none() {
            self.dateline_country = Some(country.to_owned());
        }
    }

    /// The dateline's city as French writes it ("villeneuve-sur-lot" → "Villeneuve-sur-Lot").
    pub(super) fn dateline_city(&self) -> Option<String> {
        let city = self
            .dateline
            .as_deref()?
            .trim_matches(|c: char| !c.is_alphabetic());
        let parts: Vec<String> = city
            .split('-')
            .enumerate()
            .map(|(i, part)| {
                let particle = matches!(
                    part,
                    "sur"
                        | "sous"
                        | "lès"
                        | "lez"
                        | "en"
                        | "de"
                        | "du"
                        | "des"
                        | "la"
                        | "le"
                        | "les"
                        | "et"
                        | "aux"
                        | "au"
                );
                if i > 0 && particle {
                    return part.to_owned();
                }
                let mut c = part.chars();
                c.next().map_or_else(String::new, |f| {
                    f.to_uppercase().chain(c).collect::<String>()
                })
            })
            .collect();
        Some(parts.join("-")).filter(|c| !c.is_empty())
    }

    /// The adjective of the country the dispatch is written from, by its dateline's city:
    /// "français" for Paris, a capital of the lexicon's, or one whose adjective the dispatch
    /// uses ("Borovsk" → "borovien").
    pub(super) fn dateline_adjective(&self) -> Option<String> {
        let city = self.dateline.as_deref()?;
        if fold(city) == "paris" {
            return Some("français".to_owned());
        }
        lexicon::place_adjective(city)
            .map(str::to_owned)
            .or_else(|| self.capital_adjective(city))
    }

    /// Whether a capitalised word is one of the dispatch's places.
    /// The name an acronym stands for, as the dispatch spelt it out ("UTR" → "Union des
    /// transporteurs routiers").
    pub fn has_acronyms(&self) -> bool {
        !self.acronyms.is_empty()
    }

    pub fn acronym_expansion(&self, acronym: &str) -> Option<&str> {
        self.acronyms.get(acronym).map(String::as_str)
    }

    pub fn is_place(&self, folded: &str) -> bool {
        self.places.contains(folded)
    }

    /// The dispatch's adjective for a place ("Borovsk", "Borovie" → "borovien"), by their
    /// shared beginning.
    pub(super) fn adjective_for(&self, place: &str) -> Option<String> {
        let place = fold(place);
        // "VESSA (Orlénie), 2 mars … Vessa a répondu": the dateline's city is in the country
        // the dateline gives it.
        if let Some(country) = self.dateline_country.as_deref().filter(|c| {
            self.dateline.as_deref().map(fold).as_deref() == Some(place.as_str())
                && fold(c) != place
        }) {
            if let Some(a) = self.adjective_for(country) {
                return Some(a);
            }
        }
        self.adjectives
            .iter()
            .filter(|(a, _)| {
                let common = a
                    .chars()
                    .zip(place.chars())
                    .take_while(|(x, y)| x == y)
                    .count();
                common >= 5 || (common >= 4 && place.chars().count() <= 6)
            })
            .map(|(_, written)| masculine(written))
            .next()
    }

    /// The adjective of the country whose capital a word may be ("Zolgrad" → "zolanais"): the
    /// one adjective the dispatch uses that shares the longest beginning with it, three letters
    /// at least. None when two adjectives tie, or when the dispatch writes the word as people
    /// are written (after a role or a verb).
    pub fn capital_adjective(&self, word: &str) -> Option<String> {
        let word = fold(word);
        if word.chars().count() < 4 || self.apposed.contains(&word) {
            return None;
        }
        let mut best: Option<(usize, String)> = None;
        let mut tie = false;
        for (a, written) in &self.adjectives {
            let common = a
                .chars()
                .zip(word.chars())
                .take_while(|(x, y)| x == y)
                .count();
            if common < 3 {
                continue;
            }
            let m = masculine(written);
            match &best {
                Some((c, b)) if common < *c || (common == *c && *b == m) => {}
                Some((c, _)) if common == *c => tie = true,
                _ => {
                    best = Some((common, m));
                    tie = false;
                }
            }
        }
        if tie {
            return None;
        }
        best.map(|(_, m)| m)
    }
}

/// "de la SNCF", "du G7", "de l'OTAN" from token `j`: where the capitalised words (three at
/// most) after "de"/"du"/"d'" and an article start and end; `None` without the preposition.
fn capitalised_complement(toks: &[Tok], mut j: usize, end: usize) -> Option<(usize, usize)> {
    let word = |j: usize, words: &[&str]| {
        toks.get(j)
            .is_some_and(|n| j < end && n.is_word() && words.contains(&n.lower.as_str()))
    };
    if !word(j, &["de", "du", "d'"]) {
        return None;
    }
    j += 1;
    if word(j, &["la", "l'"]) {
        j += 1;
    }
    let start = j;
    while j < end && j < start + 3 && (toks[j].is_capitalised() || toks[j].acronym) {
        j += 1;
    }
    Some((start, j))
}

/// "Groupe des pays vulnérables" at token `k`, a capitalised body noun after a determiner:
/// the noun and what follows it up to punctuation or a verb, when it says more than the noun.
fn body_name(block: &str, toks: &[Tok], k: usize, end: usize) -> Option<String> {
    let before = &toks[k - 1];
    if !(before.is_word()
        && (lexicon::determiner(&before.lower).is_some()
            || matches!(before.lower.as_str(), "du" | "des" | "de" | "d'")))
    {
        return None;
    }
    let mut e = k + 1;
    while e < end && e < k + 8 {
        let t = &toks[e];
        if !t.is_word()
            || lexicon::is_auxiliary(&t.lower)
            || lexicon::speech_verb(&t.lower).is_some()
            || matches!(
                t.lower.as_str(),
                "qui" | "que" | "et" | "a" | "est" | "ont" | "sont"
            )
        {
            break;
        }
        e += 1;
    }
    // Not a trailing particle ("… de").
    while e > k + 1 && names::is_particle_tok(&toks[e - 1]) {
        e -= 1;
    }
    (e > k + 1).then(|| names::surface(block, toks, k, e))
}

/// "préfecture de la Creuse" at body noun `k` after a determiner: the noun, "de" (and its
/// article) and a capitalised place, and nothing more.
fn placed_body(block: &str, toks: &[Tok], k: usize, end: usize) -> Option<String> {
    // "au musée du Louvre", "du lycée de Vire": an establishment after a contracted article.
    let contracted = matches!(toks[k - 1].lower.as_str(), "au" | "du")
        && lexicon::is_establishment(&toks[k].lower);
    if !contracted {
        lexicon::determiner(&toks[k - 1].lower)?;
    }
    let of = |t: &Tok| t.is_word() && matches!(t.lower.as_str(), "de" | "du" | "d'" | "des");
    let mut j = k + 1;
    // "le centre hospitalier de Lormes": one adjective may come between an establishment's
    // noun and its place.
    if lexicon::is_establishment(&toks[k].lower)
        && toks.get(j).is_some_and(|t| {
            t.is_word()
                && !t.cap
                && !lexicon::is_preposition(&t.lower)
                && lexicon::determiner(&t.lower).is_none()
                && !matches!(t.lower.as_str(), "et" | "ou" | "qui" | "que" | "qu'")
        })
        && toks.get(j + 1).is_some_and(of)
    {
        j += 1;
    }
    if !toks.get(j).is_some_and(of) {
        return None;
    }
    j += 1;
    if toks
        .get(j)
        .is_some_and(|t| matches!(t.lower.as_str(), "la" | "l'"))
    {
        j += 1;
    }
    let start = j;
    while j < end && j < start + 3 && toks[j].is_capitalised() && !toks[j].acronym {
        j += 1;
    }
    (j > start && j <= end).then(|| names::surface(block, toks, k, j))
}

/// The seat of the prosecutor at `k` ("procureur"), after a determiner: "de Lyon" in "le
/// procureur de la République de Lyon" or "la procureure de Lyon"; none for "le procureur
/// de la République" alone or a prosecutor of a court ("près la cour d'appel").
fn prosecutor_seat(block: &str, toks: &[Tok], k: usize, end: usize) -> Option<String> {
    lexicon::determiner(&toks[k - 1].lower)?;
    let of = |j: usize| {
        toks.get(j)
            .is_some_and(|t| j < end && t.is_word() && matches!(t.lower.as_str(), "de" | "d'"))
    };
    let mut j = k + 1;
    // "de la République".
    if of(j)
        && toks.get(j + 1).is_some_and(|t| t.lower == "la")
        && toks.get(j + 2).is_some_and(|t| t.lower == "république")
    {
        j += 3;
    }
    if !of(j) {
        return None;
    }
    let start = j + 1;
    let mut e = start;
    while e < end && e < start + 3 && toks[e].is_capitalised() && !toks[e].acronym {
        e += 1;
    }
    (e > start && toks[start].lower != "république").then(|| names::surface(block, toks, j, e))
}

/// "cour d'appel de Lyon", "tribunal administratif de Lyon", "tribunal judiciaire de
/// Bobigny" at `k`, after a determiner: the court's noun, its lower-case words, and "de" (or
/// "d'") with a capitalised seat.
fn court_name(block: &str, toks: &[Tok], k: usize, end: usize) -> Option<String> {
    lexicon::determiner(&toks[k - 1].lower)?;
    let mut j = k + 1;
    // "d'appel", "administratif", "judiciaire", "de commerce": at most four words.
    while j < end && j < k + 5 && toks[j].is_word() && !toks[j].cap {
        let seat = matches!(toks[j].lower.as_str(), "de" | "d'")
            && toks
                .get(j + 1)
                .is_some_and(|n| j + 1 < end && n.is_capitalised() && !n.acronym);
        if seat {
            let mut e = j + 2;
            while e < end && e < j + 4 && toks[e].is_capitalised() && !toks[e].acronym {
                e += 1;
            }
            return Some(names::surface(block, toks, k, e));
        }
        j += 1;
    }
    None
}

/// "le Brevno Glasnik, quotidien proche du pouvoir", "Kurier, l'hebdomadaire de Tavel": a name
/// whose apposition is a newspaper's noun is that newspaper's title, whatever its language,
/// for the "le journal", "le quotidien" that takes it up.
fn apposed_title(
    block: &str,
    toks: &[Tok],
    range: &std::ops::Range<usize>,
    k: usize,
) -> Option<String> {
    let capital = |i: usize| i < range.end && toks[i].is_capitalised() && !toks[i].acronym;
    if !capital(k) || k > range.start && capital(k - 1) {
        return None;
    }
    // A capitalised article opening the sentence is not a title's.
    if k == range.start && lexicon::determiner(&toks[k].lower).is_some() {
        return None;
    }
    let mut e = k + 1;
    while capital(e) && e < k + 4 {
        e += 1;
    }
    if e >= range.end || !toks[e].is_punct(",") {
        return None;
    }
    let mut n = e + 1;
    if toks
        .get(n)
        .is_some_and(|t| n < range.end && matches!(t.lower.as_str(), "le" | "l'"))
    {
        n += 1;
    }
    let noun = toks
        .get(n)
        .filter(|t| n < range.end && t.is_word() && !t.cap)?;
    let newspaper = matches!(
        noun.lower.as_str(),
        "quotidien" | "journal" | "hebdomadaire" | "mensuel" | "magazine"
    );
    let name = names::surface(block, toks, k, e);
    (newspaper && lexicon::first_name(&toks[k].lower).is_none()).then_some(name)
}
