//! The syntax around a quotation: the subject of a speech verb, the chunks a sentence's
//! subject is made of (appositions, ages, participial phrases, "qui …"), a role's name beside
//! it, and the subject of a sentence. The incise after a quotation is `incises`'; the evidence
//! that a span is speech, `evidence`'.

pub use super::lexicon::is_channel;
use super::lexicon::{self, Det, Form};
use super::names;
use super::np::{self, Known, Np, Pron};
use super::tokens::{Sentence, Tok};
use super::verbs::{adverbial_len, is_number, split_clitic, VerbHit};

/// A subject found by the rules, not yet resolved.
#[derive(Debug, Clone)]
pub enum Subject {
    Np(Box<Np>, usize),
    Pronoun(Pron, usize),
    /// The subject of the clause a participle depends on.
    OfParticiple(usize),
    /// The subject of the previous verb ("… et prévient : «…»").
    PreviousVerb(usize),
    /// What "qui" stands for.
    Antecedent(usize),
    /// A passive with no agent: nobody named.
    Nobody,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChunkKind {
    /// An apposition, an age, a participial or prepositional phrase: not the subject.
    Skip,
    /// "qui …"
    Relative,
    /// May hold the subject.
    Phrase,
}

pub fn chunk_kind(toks: &[Tok], start: usize, end: usize) -> ChunkKind {
    let first = &toks[start];
    if !first.is_word() {
        return if first.quote().is_some() {
            ChunkKind::Phrase
        } else {
            ChunkKind::Skip
        };
    }
    let w = first.lower.as_str();
    if w == "qui" {
        return ChunkKind::Relative;
    }
    // "61 ans", "17 ans"
    if end - start <= 3 && toks[start..end].iter().any(|t| t.is("ans")) {
        return ChunkKind::Skip;
    }
    // "Ce 25 novembre", "Le 26 février", "Mardi soir": a time.
    let time = toks[start..end].iter().all(|t| {
        !t.is_word()
            || is_number(t)
            || lexicon::is_time_word(&t.lower)
            || lexicon::determiner(&t.lower).is_some()
            || matches!(
                t.lower.as_str(),
                "dernier"
                    | "dernière"
                    | "prochain"
                    | "prochaine"
                    | "même"
                    | "début"
                    | "fin"
                    | "mi"
                    // "Une heure plus tard", "Quelques minutes après".
                    | "heure"
                    | "heures"
                    | "minutes"
                    | "jours"
                    | "semaines"
                    | "quelques"
                    | "plus"
                    | "tard"
                    | "tôt"
                    | "après"
                    | "auparavant"
            )
    });
    if time {
        return ChunkKind::Skip;
    }
    if first.cap {
        // A capitalised preposition or adverb opens an adverbial ("Dans le cortège", "Vendredi").
        if (lexicon::is_preposition(w) && !matches!(w, "selon" | "pour"))
            || lexicon::is_adverb(w)
            || lexicon::is_time_word(w)
            // "Celle-ci" ends as a participle does, but is a subject.
            || ends_like_participle(w)
                && names::is_function_word(w)
                && !matches!(w, "celui-ci" | "celle-ci")
            || matches!(w, "selon" | "pour" | "d'après")
        {
            return ChunkKind::Skip;
        }
        // "Interrogée sur son aisance", "Assis au premier rang", "Appelé à la barre".
        if ends_like_participle(w)
            && toks
                .get(start + 1)
                .is_some_and(|n| n.is_word() && lexicon::is_preposition(&n.lower))
            && lexicon::first_name(w).is_none()
        {
            return ChunkKind::Skip;
        }
        return ChunkKind::Phrase;
    }
    if lexicon::determiner(w).is_some()
        || lexicon::is_subject_pronoun(w)
        || matches!(w, "lui" | "elle") && end - start > 1
    {
        return ChunkKind::Phrase;
    }
    ChunkKind::Skip
}

pub fn ends_like_participle(w: &str) -> bool {
    [
        "é", "ée", "és", "ées", "i", "ie", "is", "u", "ue", "us", "ant", "it",
    ]
    .iter()
    .any(|e| w.ends_with(e))
}

pub fn ends_like_finite_verb(w: &str) -> bool {
    lexicon::speech_verb(w).is_some_and(|v| v.form == Form::Finite)
        || [
            "ait", "aient", "ent", "era", "erait", "ira", "irait", "it", "ut",
        ]
        .iter()
        .any(|e| w.ends_with(e))
            && w.len() > 4
}

/// Where the chunk ending at `end` starts: after a comma, colon, parenthesis, quotation,
/// subordinator or the sentence start.
pub fn chunk_start(toks: &[Tok], from: usize, end: usize, known: &dyn Known) -> usize {
    let mut k = end;
    while k > from {
        let t = &toks[k - 1];
        // "La Fédération des stations (FNSI) réclame": an acronym in parentheses is part of
        // the name before it.
        if k >= from + 3 && np::acronym_in_parentheses(toks, k - 3) {
            k -= 3;
            continue;
        }
        // "qui avait négocié un échange de devises (swap) de 20 milliards": a gloss of a few
        // words in brackets inside the chunk is part of it.
        if t.is_punct(")") && k < end {
            let open = (from..k - 1)
                .rev()
                .take(4)
                .take_while(|&i| toks[i].is_word() || toks[i].is_punct("("))
                .find(|&i| toks[i].is_punct("("));
            if let Some(open) = open.filter(|&o| o + 1 < k - 1) {
                k = open;
                continue;
            }
        }
        if t.is_punct(",:;()—–-")
            || t.quote().is_some_and(|q| known.is_quote(q))
            || t.is("que")
            || t.is("qu'")
            || opens_clause(t)
        {
            break;
        }
        k -= 1;
    }
    k
}

/// "Comme", "quand", "lorsque", "puisque", "où": a subordinator opening a clause whose subject
/// follows it ("Quand il m'a dit : «…»", "Comme je l'ai écrit, «…»", "à Arras, où il a promis
/// «…»").
fn opens_clause(t: &Tok) -> bool {
    t.is_word()
        && matches!(
            t.lower.as_str(),
            "comme" | "comment" | "quand" | "lorsque" | "lorsqu'" | "puisque" | "puisqu'" | "où"
        )
}

/// Whether token `k` stands in a relative clause set off by commas ("Le ministre, qui a jugé
/// la demande «…», met …"): the nearest comma before it, after `start`, opens "qui", and a
/// comma closes the clause before `end`.
pub fn in_relative_aside(toks: &[Tok], start: usize, end: usize, k: usize) -> bool {
    (start + 1..k)
        .rev()
        .find(|&j| toks[j].is_punct(","))
        .is_some_and(|c| toks[c + 1].is("qui"))
        && (k + 1..end).any(|j| toks[j].is_punct(","))
}

pub fn comma_after(toks: &[Tok], from: usize, end: usize) -> usize {
    let mut k = from;
    while k < end && !toks[k].is_punct(",:;") && toks[k].quote().is_none() {
        k += 1;
    }
    k
}

/// Steps over adverbs, times ("ce 25 octobre", "la veille", "jeudi soir") and prepositional
/// phrases ("au micro", "sur les réseaux sociaux") to where an inverted subject starts.
pub fn skip_adverbials(toks: &[Tok], mut k: usize, end: usize) -> usize {
    // Whether the word before is the noun of an adverbial just stepped over.
    let mut in_adverbial = false;
    while k < end {
        let t = &toks[k];
        if !t.is_word() {
            return k;
        }
        let w = t.lower.as_str();
        // "à l'issue du conseil des ministres": the adverbial's noun has its own complements.
        if in_adverbial && matches!(w, "du" | "des" | "de" | "d'") && !t.cap {
            k += 1;
            if k < end && matches!(toks[k].lower.as_str(), "la" | "l'") {
                k += 1;
            }
            k = complement_words(toks, k, end).0;
            continue;
        }
        in_adverbial = false;
        // "a assuré en arrivant au Conseil la présidente …": a gerund, then its complements.
        if w == "en"
            && !t.cap
            && toks
                .get(k + 1)
                .is_some_and(|n| k + 1 < end && n.is_word() && !n.cap && n.lower.ends_with("ant"))
        {
            k += 2;
            continue;
        }
        let adv = adverbial_len(toks, k, end);
        if adv > 0 {
            k += adv;
            continue;
        }
        if (lexicon::is_adverb(w) && !t.cap)
            || lexicon::is_time_word(w)
            || is_number(t)
            || w.ends_with("ment") && !t.cap
        {
            k += 1;
            continue;
        }
        if let Some(_det) = lexicon::determiner(w).filter(|_| !t.cap || k == 0) {
            let next = toks.get(k + 1).filter(|_| k + 1 < end);
            if next.is_some_and(|n| lexicon::is_time_word(&n.lower) || is_number(n)) {
                k += 1;
                continue;
            }
            return k;
        }
        if lexicon::is_preposition(w) && !t.cap {
            k += 1;
            in_adverbial = true;
            if k < end && lexicon::determiner(&toks[k].lower).is_some() {
                k += 1;
            }
            let noun = k;
            let (after, named) = complement_words(toks, k, end);
            k = after;
            if named {
                continue;
            }
            // "sur la chaîne ORT", "au quotidien Le Phare", "à l'agence officielle Tavra": the
            // medium's name belongs to the phrase, up to a first name; an adjective may stand
            // between the medium and its name.
            let medium =
                |i: usize| lexicon::is_medium(&toks[i].lower) || is_channel(&toks[i].lower);
            if k > noun && k < end && (medium(k - 1) || k >= noun + 2 && medium(k - 2)) {
                let from = k;
                while k < end
                    && (toks[k].is_capitalised() || toks[k].acronym)
                    && lexicon::first_name(&toks[k].lower).is_none()
                {
                    k += 1;
                }
                // "à la chaîne Al-Manar Hazem Haddad, porte-parole …": a run of three words or
                // more that closes the phrase ends with the speaker's first name and surname.
                let closes = k >= end || toks[k].is_punct(",.");
                if closes && k - from >= 3 && toks[k - 2].is_capitalised() {
                    k -= 2;
                }
                // "«…», confie au journal Henrik Aalsmo, PDG de …": two capitalised words with no
                // article of a title, closing the phrase, are the speaker's first name and
                // surname, whose first name the lexicon may not know; a medium's name of two
                // words starts with its article ("au quotidien Le Phare").
                let article = |t: &Tok| matches!(t.lower.as_str(), "le" | "la" | "les" | "l'");
                if closes
                    && k - from == 2
                    && !article(&toks[from])
                    && !toks[from].acronym
                    && !toks[from + 1].acronym
                {
                    k = from;
                }
            }
            continue;
        }
        return k;
    }
    k
}

/// Past the words of a complement's noun from `k`: a run of capitalised words or acronyms (a
/// name: `true`), else lower-case words up to a determiner or a preposition (`false`).
fn complement_words(toks: &[Tok], mut k: usize, end: usize) -> (usize, bool) {
    let capital = |t: &Tok| t.is_capitalised() || t.acronym;
    if k < end && capital(&toks[k]) {
        let first = k;
        // "a écrit sur X Sikorski", "a posté sur Telegram Anton Weiss": a social network's
        // one-word name is the whole complement.
        if is_social_network(&toks[k].lower) {
            return (k + 1, true);
        }
        k += 1;
        // "a déclaré à l'AFP Sophie Morel", "a martelé à Bruxelles Anton Weiss": an acronym's
        // or a one-word place's run ends before a first name.
        while k < end
            && capital(&toks[k])
            && !((toks[k - 1].acronym || k - 1 == first)
                && lexicon::first_name(&toks[k].lower).is_some())
        {
            k += 1;
        }
        // "a déclaré à New York Marc Ebner": a place of several words, then a first name and
        // a surname that close the run: the person's name is no part of the place.
        if k - first >= 4 && lexicon::first_name(&toks[k - 2].lower).is_some() {
            return (k - 2, true);
        }
        return (k, true);
    }
    while k < end
        && toks[k].is_word()
        && !toks[k].cap
        && lexicon::determiner(&toks[k].lower).is_none()
        && !lexicon::is_preposition(&toks[k].lower)
    {
        k += 1;
    }
    (k, false)
}

/// A social network written by its one-word name: "sur X", "sur Telegram".
fn is_social_network(w: &str) -> bool {
    matches!(
        w,
        "x" | "telegram"
            | "facebook"
            | "instagram"
            | "tiktok"
            | "linkedin"
            | "bluesky"
            | "youtube"
            | "threads"
            | "twitter"
            | "vk"
    )
}

/// "le porte-parole du Kremlin, Dmitri Peskov", "Son avocat, Me Olivier Santoni": the name
/// that follows a role phrase, past participial or descriptive chunks ("Le ministre-président
/// sortant, chargé des affaires courantes, Alain Debeys, …").
pub fn with_apposition(s: Sentence, mut np: Np, known: &dyn Known) -> Np {
    let toks = s.toks;
    let definite_thing =
        np.thing.is_some() && np.det.is_some_and(|d| d != Det::Indefinite) && np.body.is_none();
    if np.name.is_some() || (np.role.is_none() && !definite_thing) {
        return np;
    }
    // The phrase may have stopped before an adverbial of its own ("le coordonnateur de l'ONU
    // pour le Sorgal, Ibrahima Sow-Mbengue"): its chunk ends at the next comma.
    let mut comma = np.end;
    while comma < s.range.end
        && comma < np.end + 8
        && toks[comma].is_word()
        && !toks[comma].is("qui")
        && lexicon::speech_verb(&toks[comma].lower).is_none()
        && !lexicon::is_auxiliary(&toks[comma].lower)
    {
        comma += 1;
    }
    for _ in 0..3 {
        if comma + 1 >= s.range.end || !toks[comma].is_punct(",") {
            break;
        }
        let start = comma + 1;
        let mut end = start;
        // "le rapporteur du budget, Hugo Lantier (LR), …": the party in brackets after the
        // name ends it.
        while end < s.range.end
            && !toks[end].is_punct(",.;:)?!")
            && toks[end].quote().is_none()
            && !np::acronym_in_parentheses(toks, end)
        {
            end += 1;
        }
        if let Some(n) = name_only(s, start, end, known).and_then(|n| n.name) {
            // Beside a thing ("le coordonnateur humanitaire", "l'envoyée spéciale"), only a
            // name that is surely a person's.
            let person = np.role.is_some()
                || lexicon::first_name(&toks[start].lower).is_some()
                || known.is_person(&n.text);
            if person {
                np.name = Some(names::Name { cued: true, ..n });
                np.end = end;
            }
            break;
        }
        // "Son voisin de tribune, le ministre morvan Ilja Brandauer, …", "la présidente de la
        // conférence, la ministre Sabine Leclerc-Auzanne": a role phrase with its own name
        // restates who the first phrase is; one without ("la présidente de la conférence, la
        // ministre déléguée chargée de l'Europe, Sabine Leclerc-Auzanne") leads to the name.
        if matches!(np.det, Some(Det::Possessive) | Some(Det::Definite)) && np.role.is_some() {
            // "Le président du gouvernement calédonien, l'indépendantiste Louis Mapou, …": an
            // epithet is no role noun, but the person's name after it says who.
            let person_named = |n: &Np| {
                n.name.as_ref().is_some_and(|name| {
                    let first = name.text.split_whitespace().next().unwrap_or_default();
                    lexicon::first_name(&first.to_lowercase()).is_some()
                        || known.is_person(&name.text)
                })
            };
            let apposed = np::parse_np(s.block, toks, start, end, known).filter(|n| {
                (n.role.is_some() || person_named(n))
                    && n.pronoun.is_none()
                    && matches!(n.det, Some(Det::Possessive) | Some(Det::Definite))
            });
            if let Some(n) = apposed {
                let unnamed = n.name.is_none();
                if let Some(name) = n.name.filter(|_| n.end == end) {
                    np.name = Some(names::Name { cued: true, ..name });
                    np.end = end;
                    break;
                }
                if unnamed && end - start <= 10 {
                    comma = end;
                    continue;
                }
            }
        }
        // Only descriptive chunks may stand between the role and the name.
        if chunk_kind(toks, start, end) != ChunkKind::Skip || end - start > 8 {
            break;
        }
        comma = end;
    }
    np
}

/// The subject of a speech verb.
pub fn subject_of(s: Sentence, v: &VerbHit, known: &dyn Known) -> Option<Subject> {
    let toks = s.toks;
    if let Some(p) = v.clitic {
        return Some(Subject::Pronoun(p, v.at));
    }
    match v.form {
        Form::PresentParticiple => {
            if let Some((np, start)) = person_before_participle(s, v, known) {
                return Some(Subject::Np(Box::new(np), start));
            }
            if let Some((np, start)) = absolute_subject(s, v, known) {
                return Some(Subject::Np(Box::new(np), start));
            }
            return Some(Subject::OfParticiple(v.at));
        }
        Form::PastParticiple if !v.has_aux => {
            // "une trajectoire jugée «irréaliste» par l'opposition": the agent, if any.
            let mut k = v.at + 1;
            while k < s.range.end {
                if toks[k].is("par") {
                    let np = np::parse_np(s.block, toks, k + 1, s.range.end, known)?;
                    return Some(Subject::Np(Box::new(np), k + 1));
                }
                if toks[k].is_punct(",.;") {
                    break;
                }
                k += 1;
            }
            return Some(Subject::Nobody);
        }
        _ => {}
    }
    // "X a suscité, lors du débat, une crise après avoir accusé la Vornie de «…»": the past
    // infinitive after "après" has the main clause's subject, whatever stands between.
    if v.group > s.range.start
        && matches!(toks[v.group].lower.as_str(), "avoir" | "être")
        && toks[v.group - 1].is("après")
    {
        return Some(Subject::PreviousVerb(v.group - 1));
    }
    let mut g = v.group;
    // "X, qui hésite, se borne à indiquer …", "s'est contentée de rappeler …": an infinitive
    // governed by a reflexive verb has that verb's subject.
    if v.form == Form::Infinitive {
        g = reflexive_governor(s, g).unwrap_or(g);
    }
    let before = subject_before(s, g, known);
    let person_before = match &before {
        // "La mairie de Vannes, sollicitée, a dénoncé des «…»": a body named by its noun is
        // a subject as much as a person is.
        Some(Subject::Np(np, _)) => {
            np.is_person_like()
                || np.body.as_ref().is_some_and(|b| !b.is_empty())
                || np.det == Some(Det::Definite)
                    && !np.plural
                    && np.thing.as_deref().is_some_and(lexicon::is_body_noun)
                // "Le communiqué final, adopté à l'unanimité, qualifie la Russie de «…»": a
                // text speaks for its author; the phrase after the verb is its object.
                || np.det == Some(Det::Definite)
                    && !np.plural
                    && np.thing.as_deref().is_some_and(lexicon::is_document)
        }
        Some(Subject::Pronoun(..))
        | Some(Subject::Antecedent(_))
        | Some(Subject::PreviousVerb(_)) => true,
        _ => false,
    };
    // "Faux, a rétorqué la présidence : «…»", "Inexact, répond X": a lone unknown word
    // opening the sentence, set off by a comma right before the verb, is a one-word reply,
    // not the verb's subject; the subject is inverted after the verb.
    let reply_word = matches!(&before, Some(Subject::Np(np, start))
    if *start == s.range.start
        && np.end + 1 == g
        && toks[np.end].is_punct(",")
        && np.det.is_none()
        && np.role.is_none()
        && np.body.is_none()
        && np.name.as_ref().is_some_and(|n| {
            !n.cued && !n.text.contains(' ') && !known.is_person(&n.text)
        }));
    let person_before = person_before && !reply_word;
    // An incise: ", a rapporté le quotidien, «…»", when no one stands before the comma; or an
    // inversion after "comme": "Comme l'a écrit le rapporteur, «…»".
    let after_comma = g > s.range.start && toks[g - 1].is_punct(",");
    let after_comme = g > s.range.start && toks[g - 1].is("comme");
    if !person_before && after_comma || after_comme {
        let mut k = v.at + 1;
        while k < s.range.end
            && toks[k].is_word()
            && (lexicon::is_adverb(&toks[k].lower) || toks[k].is("garde") || toks[k].is("en"))
        {
            k += 1;
        }
        let start = skip_adverbials(toks, k, s.range.end);
        let incise_np = (start < s.range.end
            && (toks[start].is_capitalised() || lexicon::determiner(&toks[start].lower).is_some()))
        .then(|| np::parse_np(s.block, toks, start, s.range.end, known))
        .flatten()
        // "a dénoncé des «…»": a determiner with no noun before the quotation is its object.
        .filter(|np| {
            np.det != Some(Det::Possessive)
                && (np.name.is_some()
                    || np.body.is_some()
                    || np.role.is_some()
                    || np.thing.is_some())
        });
        if let Some(np) = incise_np {
            let end = np.end;
            let closes =
                end >= s.range.end || toks[end].is_punct(",.;:") || toks[end].quote().is_some();
            // After a one-word reply, the inverted subject may be followed by where or how
            // it spoke ("a rétorqué la présidence dans un communiqué : «…»").
            if closes || reply_word {
                return Some(Subject::Np(Box::new(with_apposition(s, np, known)), start));
            }
        }
        if reply_word {
            return None;
        }
    }
    before
}

/// Where the reflexive verb governing the infinitive at `g` starts ("se borne à", "se contente
/// d'", "s'est contentée de"): its clitic, a few lower-case words before the preposition.
fn reflexive_governor(s: Sentence, g: usize) -> Option<usize> {
    let toks = s.toks;
    if g < s.range.start + 3 || !matches!(toks[g - 1].lower.as_str(), "à" | "de" | "d'" | "d’") {
        return None;
    }
    let mut b = g - 1;
    for _ in 0..3 {
        if b <= s.range.start {
            return None;
        }
        let t = &toks[b - 1];
        if !t.is_word() || t.cap {
            return None;
        }
        if matches!(t.lower.as_str(), "se" | "s'" | "s’") {
            return (b < g - 1).then_some(b - 1);
        }
        b -= 1;
    }
    None
}

/// "Le Palais-Vert a démenti, son porte-parole, Marek Solvin, estimant que …", "…, le ministre
/// Paul Verdier jugeant l'accusation «…»": a participle with a subject of its own, set off
/// after the main clause, is that subject's — a person, a role or a body standing right before
/// it, or a name in apposition to a role right before it. A gerund ("en estimant") keeps the
/// main clause's subject.
/// "les propos du président Karl Brenner qualifiant le pays de «…»", "un message de Luc
/// Arnaud affirmant que «…»": a present participle right after a person's name, with no comma
/// between, says what that person does, not what the main clause's subject does. The name and
/// where it starts.
fn person_before_participle(s: Sentence, v: &VerbHit, known: &dyn Known) -> Option<(Np, usize)> {
    let toks = s.toks;
    let g = v.group;
    if g != v.at || g <= s.range.start + 1 || !toks[g - 1].is_word() {
        return None;
    }
    // The phrase is a noun's complement ("les propos de", "un message du ministre"): what
    // the noun is, the person's words, is what the participle describes.
    let complement = |k: usize| {
        (k.saturating_sub(4).max(s.range.start)..k)
            .rev()
            .take_while(|&i| toks[i].is_word() && !toks[i].cap)
            .any(|i| matches!(toks[i].lower.as_str(), "de" | "du" | "d'" | "d’" | "des"))
    };
    if toks[g - 1].is_capitalised() {
        return (g.saturating_sub(4).max(s.range.start)..g)
            .filter(|&k| names::run_at(toks, k, g) == Some(g) && complement(k))
            .find_map(|k| {
                np::parse_np(s.block, toks, k, g, known)
                    .filter(|np| np.name.is_some() && np.end == g && np.body.is_none())
                    .map(|np| (np, k))
            });
    }
    // "d'un haut diplomate tarsien qualifiant …": a person's role noun, with its article and
    // adjectives, unnamed.
    let det = (g.saturating_sub(5).max(s.range.start)..g - 1)
        .rev()
        .take_while(|&k| toks[k].is_word() && !toks[k].cap)
        .find(|&k| matches!(toks[k].lower.as_str(), "un" | "une"))
        .filter(|&k| complement(k))?;
    np::parse_np(s.block, toks, det, g, known)
        .filter(|np| np.role.is_some() && np.name.is_none() && np.body.is_none() && np.end == g)
        .map(|np| (np, det))
}

fn absolute_subject(s: Sentence, v: &VerbHit, known: &dyn Known) -> Option<(Np, usize)> {
    let toks = s.toks;
    let g = v.group;
    if g <= s.range.start + 1 || toks[g..v.at].iter().any(|t| t.is("en")) {
        return None;
    }
    let comma = toks[g - 1].is_punct(",");
    let end = if comma { g - 1 } else { g };
    let start = chunk_start(toks, s.range.start, end, known);
    // Only after the main clause, behind a comma of its own.
    if start <= s.range.start + 1 || start >= end || !toks[start - 1].is_punct(",") {
        return None;
    }
    if chunk_kind(toks, start, end) != ChunkKind::Phrase {
        return None;
    }
    let np = np::parse_np(s.block, toks, start, end, known)?;
    let who = np.names_someone();
    if np.end != end || np.pronoun.is_some() || np.coordinated || !who {
        return None;
    }
    // "…, son porte-parole estimant": whose spokesman is the main clause's subject, who is
    // left to speak for him.
    if np.name.is_none() && np.det == Some(Det::Possessive) {
        return None;
    }
    if comma {
        // ", son porte-parole, Marek Solvin, estimant": set off by commas, only a name in
        // apposition to the role phrase before it, itself after a comma.
        let role_end = start - 1;
        let role_start = chunk_start(toks, s.range.start, role_end, known);
        if np.name.is_none()
            || np.role.is_some()
            || role_start <= s.range.start + 1
            || !toks[role_start - 1].is_punct(",")
        {
            return None;
        }
        let role = np::parse_np(s.block, toks, role_start, role_end, known)?;
        let apposed = role.end == role_end
            && role.role.is_some()
            && role.name.is_none()
            && role.pronoun.is_none()
            && matches!(role.det, Some(Det::Possessive) | Some(Det::Definite));
        if !apposed {
            return None;
        }
        let mut np = np;
        np.role = role.role;
        np.words = role.words;
        return Some((np, role_start));
    }
    Some((with_apposition(s, np, known), start))
}

/// The subject before a verb group starting at `g`.
pub fn subject_before(s: Sentence, g: usize, known: &dyn Known) -> Option<Subject> {
    let toks = s.toks;
    if g <= s.range.start {
        return None;
    }
    let p = &toks[g - 1];
    if p.is_word() && matches!(p.lower.as_str(), "et" | "mais" | "puis" | "ou") {
        return Some(Subject::PreviousVerb(g));
    }
    if p.quote().is_some_and(|q| known.is_quote(q)) {
        return Some(Subject::PreviousVerb(g));
    }
    // "aux propos de Jean Morvan qui estimait que «…»": "qui" right after a name, with no
    // comma, stands for that name, however the phrase before it is built.
    if p.is("qui") && g >= s.range.start + 2 && toks[g - 2].is_capitalised() {
        return Some(Subject::Antecedent(g - 1));
    }
    let acronym_before = g >= s.range.start + 4 && np::acronym_in_parentheses(toks, g - 3);
    if p.is_word() || p.quote().is_some() || acronym_before {
        let mut start = chunk_start(toks, s.range.start, g, known);
        // "cet entretien au cours duquel Mme Bonnet a confirmé …", "la ville où le maire a
        // déclaré …": a relative clause's own subject starts after its pronoun.
        if let Some(r) = (start..g).rev().find(|&i| {
            matches!(
                toks[i].lower.as_str(),
                "duquel"
                    | "desquels"
                    | "desquelles"
                    | "laquelle"
                    | "lequel"
                    | "lesquels"
                    | "lesquelles"
                    | "auquel"
                    | "auxquels"
                    | "auxquelles"
                    | "où"
            )
        }) {
            if r + 1 < g {
                start = r + 1;
            }
        }
        if start == g {
            return Some(Subject::PreviousVerb(g));
        }
        let np = np::parse_np(s.block, toks, start, g, known)?;
        if np.pronoun == Some(Pron::Relative) {
            return Some(Subject::Antecedent(start));
        }
        // "Peskov, le porte-parole du Kremlin, a jugé": the name the role stands beside.
        if np.name.is_none()
            && np.role.is_some()
            && start > s.range.start + 1
            && toks[start - 1].is_punct(",")
            && !frame_apposition_before(s, start - 1, known)
        {
            if let Some(name) = name_chunk_before(s, start - 1, known) {
                return Some(Subject::Np(Box::new(name), start));
            }
        }
        return Some(Subject::Np(Box::new(np), start));
    }
    if !p.is_punct(",-–—") {
        return None;
    }
    // Walk back over comma-separated chunks: appositions, ages, participial phrases; dashes
    // set an aside off as commas do ("Le maire - réélu dimanche - a salué …").
    let mut end = g - 1;
    for _ in 0..5 {
        let start = chunk_start(toks, s.range.start, end, known);
        if start == end {
            return None;
        }
        // "La présidente du groupe, dont la motion n'a recueilli que 144 voix, a qualifié …":
        // a relative clause set off by commas is one chunk, its "que" included.
        let start = relative_start(toks, s.range.start, start)
            .or_else(|| listing_relative_start(toks, s.range.start, start, end))
            .unwrap_or(start);
        let first = &toks[start];
        let mut kind = chunk_kind(toks, start, end);
        // "La présidente du groupe Horizon, qui avait déposé la motion, a qualifié …": a
        // relative clause between the subject and its verb describes the phrase before it,
        // which is the subject.
        if matches!(first.lower.as_str(), "qui" | "dont" | "où")
            && start > s.range.start + 1
            && toks[start - 1].is_punct(",")
        {
            let before = chunk_start(toks, s.range.start, start - 1, known);
            if before < start - 1 && chunk_kind(toks, before, start - 1) == ChunkKind::Phrase {
                kind = ChunkKind::Skip;
            }
        }
        // "Anton Ilvesk, l'un des artisans de l'accord, a admis": one of a group, set off by
        // commas after the subject, is its apposition.
        if kind == ChunkKind::Phrase
            && start > s.range.start
            && toks[start - 1].is_punct(",-–—")
            && one_of(toks, start, end)
        {
            kind = ChunkKind::Skip;
        }
        match kind {
            ChunkKind::Skip => {}
            ChunkKind::Relative => return Some(Subject::Antecedent(start)),
            ChunkKind::Phrase => {
                let np = np::parse_np(s.block, toks, start, end, known);
                if let Some(np) = np {
                    // "L'Union des opérateurs, elle, se félicite": the pronoun set off by commas
                    // takes up the phrase before it.
                    // "Odile Marchand, elle aussi candidate, a réagi": so does the pronoun
                    // with "aussi" and an apposition of its own.
                    let also = start + 2 < end
                        && matches!(toks[start + 1].lower.as_str(), "aussi" | "également");
                    // Set off by a comma after the phrase before it: an apposition of that
                    // phrase, or a pronoun that takes it up.
                    let set_off = start > s.range.start + 1 && toks[start - 1].is_punct(",");
                    if matches!(np.pronoun, Some(Pron::Personal(_)))
                        && (end == start + 1 || also)
                        && set_off
                    {
                        let taken_up = phrase_before_comma(s, start - 1, known).filter(|(n, _)| {
                            n.pronoun.is_none()
                                && (n.name.is_some() || n.body.is_some() || n.det.is_some())
                        });
                        if let Some((n, before)) = taken_up {
                            return Some(Subject::Np(Box::new(n), before));
                        }
                    }
                    if np.name.is_none() && np.role.is_some() && set_off {
                        if let Some(name) = name_chunk_before(s, start - 1, known) {
                            let mut name = name;
                            name.role = np.role;
                            name.words = np.words.clone();
                            return Some(Subject::Np(Box::new(name), start));
                        }
                    }
                    // "Jean Dumas, la figure de la gauche radicale, a dit …": a noun phrase
                    // with its article set off after a name describes the one named, who is
                    // the subject.
                    if np.name.is_none()
                        && np.role.is_none()
                        && np.det == Some(Det::Definite)
                        && np.thing.is_some()
                        && np.pronoun.is_none()
                        && set_off
                    {
                        if let Some(name) = name_chunk_before(s, start - 1, known)
                            .filter(|n| n.name.as_ref().is_some_and(|m| known.is_person(&m.text)))
                        {
                            return Some(Subject::Np(Box::new(name), start));
                        }
                    }
                    // "Le Cofar, l'organisme du ministère de la Défense, a dit …": a body's
                    // kind set off after its name describes the body named, the subject.
                    if np.name.is_none()
                        && np.role.is_none()
                        && np.body.is_none()
                        && np.det == Some(Det::Definite)
                        && np.thing.as_deref().is_some_and(lexicon::is_body_noun)
                        && set_off
                    {
                        let named = phrase_before_comma(s, start - 1, known).filter(|(n, _)| {
                            n.body.is_some()
                                && n.name.is_none()
                                && n.role.is_none()
                                && n.pronoun.is_none()
                        });
                        if let Some((n, before)) = named {
                            return Some(Subject::Np(Box::new(n), before));
                        }
                    }
                    return Some(Subject::Np(Box::new(np), start));
                }
                if !first.is_word() {
                    return None;
                }
            }
        }
        if start <= s.range.start || !toks[start - 1].is_punct(",-–—") {
            return None;
        }
        end = start - 1;
    }
    None
}

/// Where a relative clause set off by a comma starts ("…, dont la motion n'a recueilli que
/// 144 voix"), when the chunk at `start` begins right after a "que" of that clause.
fn relative_start(toks: &[Tok], from: usize, start: usize) -> Option<usize> {
    if start <= from || !(toks[start - 1].is("que") || toks[start - 1].is("qu'")) {
        return None;
    }
    let c = (from..start - 1)
        .rev()
        .take(20)
        .find(|&i| !toks[i].is_word())?;
    (toks[c].is_punct(",")
        && toks
            .get(c + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "dont" | "qui" | "où")))
    .then_some(c + 1)
}

/// "La Cédéao, dont le Mali, le Burkina Faso et le Niger ont claqué la porte, s'est dite …":
/// a relative clause opened by "dont" whose own subject is a list set off by commas; the
/// chunk `start..end`, with the list's last items and the clause's verb, starts at "dont".
fn listing_relative_start(toks: &[Tok], from: usize, start: usize, end: usize) -> Option<usize> {
    let has_verb = toks[start..end]
        .iter()
        .any(|t| t.is_word() && !t.cap && lexicon::is_auxiliary(&t.lower));
    if !has_verb {
        return None;
    }
    let d = (from + 1..start)
        .rev()
        .take(25)
        .take_while(|&i| toks[i].is_word() || toks[i].is_punct(","))
        .find(|&i| toks[i].is("dont"))?;
    // The items between "dont" and the chunk name, and say nothing.
    let listed = toks[d + 1..start].iter().all(|t| {
        t.is_punct(",")
            || t.is_word() && (t.cap || lexicon::determiner(&t.lower).is_some() || t.is("et"))
    });
    (toks[d - 1].is_punct(",") && listed).then_some(d)
}

/// Whether the chunk `start..end` says its subject is one of a group: "l'un des …", "l'une
/// des …", "un des …", "une d'entre elles", "l'un de ces pays riverains", "l'une de ses alliées".
fn one_of(toks: &[Tok], start: usize, end: usize) -> bool {
    let words: Vec<&str> = toks[start..end.min(start + 4)]
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    let rest = match words.as_slice() {
        ["l'" | "l’", "un" | "une", rest @ ..] => rest,
        ["un" | "une", rest @ ..] => rest,
        _ => return false,
    };
    matches!(
        rest,
        ["des" | "d'entre" | "d’entre", ..]
            | ["de", "ces" | "ses" | "leurs" | "nos" | "vos" | "mes", ..]
    )
}

/// A chunk ending at the comma `comma` that is only a name ("Peskov, le porte-parole …").
/// Whether the chunk ending at `comma` is set off after a "Selon X", "D'après X" or "Pour X"
/// that opens the sentence ("Selon la porte-parole, Anne Morel, le ministre a demandé …"):
/// a name there is the frame's, not the apposition of what follows.
fn frame_apposition_before(s: Sentence, comma: usize, known: &dyn Known) -> bool {
    let toks = s.toks;
    let start = chunk_start(toks, s.range.start, comma, known);
    if start <= s.range.start + 1 || !toks[start - 1].is_punct(",") {
        return false;
    }
    let frame = chunk_start(toks, s.range.start, start - 1, known);
    frame == s.range.start
        && ["selon", "d'après", "pour"]
            .iter()
            .any(|w| toks[frame].is(w))
}

/// The phrase that ends at the comma at `comma`, whole (from its chunk's start), and where it
/// starts: what an apposition or a pronoun after the comma takes up.
fn phrase_before_comma(s: Sentence, comma: usize, known: &dyn Known) -> Option<(Np, usize)> {
    let before = chunk_start(s.toks, s.range.start, comma, known);
    if chunk_kind(s.toks, before, comma) != ChunkKind::Phrase {
        return None;
    }
    np::parse_np(s.block, s.toks, before, comma, known)
        .filter(|n| n.end == comma)
        .map(|n| (n, before))
}

pub fn name_chunk_before(s: Sentence, comma: usize, known: &dyn Known) -> Option<Np> {
    let start = chunk_start(s.toks, s.range.start, comma, known);
    name_only(s, start, comma, known)
}

/// The tokens `start..end` as a name and nothing else ("Me Olivier Santoni", "Peskov").
pub fn name_only(s: Sentence, start: usize, end: usize, known: &dyn Known) -> Option<Np> {
    let np = np::parse_np(s.block, s.toks, start, end, known)?;
    let pure = np.name.is_some()
        && np.det.is_none()
        && np.role.is_none()
        && np.thing.is_none()
        && np.words.is_empty()
        && !np.proper_complement
        && np.end == end;
    pure.then_some(np)
}

/// The subject of the sentence's main clause: the first chunk holding a person or a noun
/// phrase, fronted adverbials skipped.
pub fn main_subject_np(s: Sentence, known: &dyn Known) -> Option<Np> {
    let toks = s.toks;
    let mut start = s.range.start;
    // "Mais X reprend : «…»", "Puis le ministre a conclu": a conjunction opening the sentence
    // comes before its subject.
    if start + 2 < s.range.end
        && toks[start].is_word()
        && matches!(toks[start].lower.as_str(), "mais" | "et" | "puis" | "or")
        && toks[start + 1].is_word()
    {
        start += 1;
    }
    for _ in 0..7 {
        if start >= s.range.end {
            return None;
        }
        let mut end = start;
        while end < s.range.end
            && !toks[end].is_punct(",:;")
            && !toks[end].quote().is_some_and(|q| known.is_quote(q))
        {
            end += 1;
        }
        // "«…», a-t-elle lancé à l'adresse de l'accusée, X": after an inverted pronoun,
        // the names that follow are not the subject.
        if toks[start..end]
            .iter()
            .take(3)
            .any(|t| t.is_word() && split_clitic(&t.lower).1.is_some())
        {
            return None;
        }
        // "«…», lui répond l'adjoint, X": after a quotation, a dative pronoun before the
        // incise's verb is whom the speaker answers; the subject is inverted after the verb.
        let dative_incise = start >= s.range.start + 2
            && toks[start - 1].is_punct(",")
            && toks[start - 2].quote().is_some()
            && toks[start].is_word()
            && matches!(toks[start].lower.as_str(), "lui" | "leur")
            && toks.get(start + 1).is_some_and(|t| {
                start + 1 < end
                    && t.is_word()
                    && (lexicon::speech_verb(&t.lower).is_some() || lexicon::is_auxiliary(&t.lower))
            });
        if dative_incise {
            return None;
        }
        if chunk_kind(toks, start, end) == ChunkKind::Phrase {
            if let Some(np) = np::parse_np(s.block, toks, start, end, known) {
                // An unknown bare word is a name only when the verb follows it, not a noun
                // ("Créosoteriez plus pers gouvernement …" in garbled copy).
                let weak_name = np.det.is_none()
                    && np.name.as_ref().is_some_and(|n| {
                        !n.cued && !n.text.contains(' ') && !known.is_person(&n.text)
                    })
                    && (np.thing.is_some()
                        || !toks.get(np.end).is_some_and(|t| {
                            t.is_word()
                                && (lexicon::is_auxiliary(split_clitic(&t.lower).0)
                                    || lexicon::speech_verb(&t.lower).is_some()
                                    || ends_like_finite_verb(&t.lower)
                                    || lexicon::is_short_finite_verb(&t.lower)
                                    || lexicon::is_clitic(&t.lower))
                        }));
                // "Le même jour, la Cour a publié …", "Ce soir-là, …": a time set before the
                // comma frames the clause; the subject follows.
                let time_frame = np.name.is_none()
                    && np.body.is_none()
                    && np.role.is_none()
                    && np.pronoun.is_none()
                    && np.end == end
                    && end < s.range.end
                    && toks[end].is_punct(",")
                    && np.thing.is_some()
                    && np
                        .words
                        .last()
                        .is_some_and(|t| t == "jour" || lexicon::is_time_word(t));
                if weak_name || time_frame {
                    // "COP30 : …", a title's topic, is not a person.
                } else if np.pronoun.is_some()
                    || np.name.is_some()
                    || np.det.is_some()
                    || np.body.is_some()
                {
                    let np = with_apposition(s, np, known);
                    if np.pronoun == Some(Pron::Relative) {
                        return None;
                    }
                    return Some(np);
                }
            }
        }
        if end >= s.range.end {
            return None;
        }
        if toks[end].quote().is_some() {
            // "concédant qu'il n'y avait «…», le président … avait déclaré".
            start = end + 1;
            if start < s.range.end && toks[start].is_punct(",") {
                start += 1;
            }
            continue;
        }
        // "Retraites : Odile Marchand hausse le ton et réclame «…»": a title's topic before a
        // colon, when no subject was found in it, is not the clause; the subject follows.
        let topic = start == s.range.start
            && toks[end].is_punct(":")
            && end + 1 < s.range.end
            && toks[end + 1].is_word();
        if !toks[end].is_punct(",") && !topic {
            return None;
        }
        start = end + 1;
    }
    None
}
