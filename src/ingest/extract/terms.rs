//! Whether a quoted span is a quotation, or a term or name in quotation marks.
//!
//! A span is a quotation when it reads as reported speech: a sentence, a long phrase, or a short
//! one that a speech verb, "selon" or an attribution incise gives to someone. A short term or
//! name nobody is quoted as saying (la «coalition des volontaires», le quotidien «Le Temps», un
//! plan baptisé «Horizon») is not. The rules look at the syntax around the marks, the verbs, the
//! capitalisation and length of the span and the words right before it.

use super::clauses::ends_like_finite_verb;
use super::evidence::Evidence;
use super::lexicon;
use super::marks::Span;
use super::tokens::Tok;
use super::verbs::split_clitic;

/// What a quoted span turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Pending,
    Quote,
    /// A name or title ("Le Temps", "Urgences 2027"): may be a speaker's name.
    Naming,
    /// A term in scare quotes.
    Term,
}

/// Words of a quoted span: the runs of characters between whitespace with a letter or a digit
/// in them, counted in one pass over the characters (splitting the span and searching each
/// piece read most of them twice, for a classification that asks it twice of long spans).
/// An ASCII character is read from its byte (whitespace and alphanumeric as `char` says).
fn word_count(text: &str) -> usize {
    let (mut words, mut counted) = (0, false);
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (white, alphanumeric) = if b.is_ascii() {
            i += 1;
            (matches!(b, b' ' | b'\t'..=b'\r'), b.is_ascii_alphanumeric())
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            (c.is_whitespace(), c.is_alphanumeric())
        };
        if white {
            counted = false;
        } else if !counted && alphanumeric {
            words += 1;
            counted = true;
        }
    }
    words
}

/// A span that reads as a sentence: final punctuation, a person speaking, or clauses.
fn sentence_like(text: &str) -> bool {
    let t = text.trim_end_matches(['»', '”', '"', ' ']);
    if t.ends_with(['.', '!', '?', '…']) {
        return true;
    }
    const PERSONAL: [&str; 15] = [
        "je", "nous", "notre", "nos", "mon", "ma", "mes", "moi", "me", "vous", "votre", "vos",
        "tu", "on", "j",
    ];
    let mut words = 0;
    let mut personal = false;
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        // "j'ai", "m'a": the elided pronoun is a word of its own here.
        personal |= PERSONAL.iter().any(|p| w.eq_ignore_ascii_case(p))
            || w.eq_ignore_ascii_case("m") && text.contains(['\'', '’']);
    }
    personal || (words >= 3 && text.contains([',', ';', ':']))
}

/// A lower-case quality of at most three words: a degree adverb then a word, or a participle
/// or an adjective by its ending ("très perturbé", "exemplaires", "inacceptable").
fn quality(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    if words.len() > 3 || first.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let degree = matches!(
        *first,
        "très" | "trop" | "peu" | "assez" | "fort" | "particulièrement" | "extrêmement"
    );
    let adjective = first.chars().count() >= 5
        && [
            "é", "ée", "és", "ées", "ible", "ibles", "able", "ables", "if", "ifs", "ive", "ives",
            "eux", "euse", "euses", "el", "els", "elle", "elles", "al", "aux", "ale", "ales",
            "aire", "aires", "ique", "iques",
        ]
        .iter()
        .any(|e| first.ends_with(e));
    (degree && words.len() >= 2) || adjective && words.len() == 1
}

/// A name-giving context right before the span: "le quotidien «…»", "baptisé «…»".
pub fn naming_context(toks: &[Tok], k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).map(|i| &toks[i]) else {
        return false;
    };
    if prev.is_word() && lexicon::is_naming_participle(&prev.lower) {
        // "a appelé «…»", "a dit «…»" report speech; "une force appelée «…»" names.
        let aux = k >= 2 && lexicon::is_auxiliary(&toks[k - 2].lower);
        let spoken = matches!(
            prev.lower.as_str(),
            "dit" | "dite" | "appelé" | "appelée" | "appelés" | "appelées"
        );
        // "Trump dit «…»": "dit" is also the present; "la zone dite «…»" only names.
        return !(aux
            || spoken
                && !toks.get(k.wrapping_sub(2)).is_some_and(|t| t.is_punct(","))
                && prev.lower == "dit");
    }
    if named_by_people(toks, k) {
        return true;
    }
    // "la zone dite de «…»", "les méthodes dites d'«…»": so called.
    if k >= 3
        && prev.is_word()
        && matches!(prev.lower.as_str(), "de" | "d'")
        && matches!(toks[k - 2].lower.as_str(), "dite" | "dites" | "dits")
        && !lexicon::is_auxiliary(&toks[k - 3].lower)
    {
        return true;
    }
    // "le plan de mobilité «…»", "l'hebdomadaire local «…»": the noun, then only adjectives
    // and "de"; a verb in between ("l'initiative risquait de «…»") breaks the link.
    for back in 1..=3 {
        let Some(i) = k.checked_sub(back) else { break };
        let t = &toks[i];
        if !t.is_word() {
            break;
        }
        if lexicon::is_naming_noun(&t.lower) {
            // "a qualifié l'initiative de «…»", "traitant ce projet de «…»": the noun is the
            // object a verb of judging characterises, not the title's first word.
            return !judged_object(toks, i);
        }
        let w = t.lower.as_str();
        let verb_like = lexicon::speech_verb(w).is_some()
            || lexicon::is_auxiliary(w)
            || ["ait", "aient", "ra", "rait", "er", "ir", "ent"]
                .iter()
                .any(|e| w.ends_with(e))
                && !matches!(w, "de" | "du" | "des" | "d'");
        if verb_like || lexicon::determiner(w).is_some() || matches!(w, "que" | "qu'") {
            break;
        }
    }
    false
}

/// "« walinzi » (« gardiens » en swahili)": a word's translation in parentheses, the language
/// after it, is a gloss, not anyone's words.
fn gloss(toks: &[Tok], k: usize) -> bool {
    let word = |i: usize| {
        toks.get(i)
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_str())
    };
    k > 0
        && toks[k - 1].is_punct("(")
        && word(k + 1) == Some("en")
        && word(k + 2).is_some_and(|w| !toks[k + 2].cap && w.chars().count() > 3)
        && toks.get(k + 3).is_some_and(|t| t.is_punct(")"))
}

/// "des miliciens que la population appelle «…»", "ce que l'on appelle «…»", "que les gardiens
/// surnomment entre eux les «…»": what people at large call something is its name, not anyone's
/// words ("ce qu'il appelle «…»", one speaker's, is left to the speech verb).
fn named_by_people(toks: &[Tok], k: usize) -> bool {
    let word = |i: usize| {
        toks.get(i)
            .filter(|t| t.is_word())
            .map(|t| t.lower.as_str())
    };
    let mut i = k;
    // An article before the span, "entre eux" before that.
    if i > 0 && matches!(word(i - 1), Some("les" | "la" | "le" | "l'")) {
        i -= 1;
    }
    if i > 2 && word(i - 2) == Some("entre") && matches!(word(i - 1), Some("eux" | "elles")) {
        i -= 2;
    }
    let Some(verb) = i.checked_sub(1).and_then(word) else {
        return false;
    };
    let names = matches!(
        verb,
        "appelle"
            | "appellent"
            | "appelait"
            | "appelaient"
            | "surnomme"
            | "surnomment"
            | "surnommait"
            | "surnommaient"
    );
    if !names {
        return false;
    }
    // The subject: "on", "l'on", "la population", "les habitants", "les gardiens du site".
    let subject_end = i - 1;
    let subject_start = (subject_end.saturating_sub(4)..subject_end)
        .rev()
        .find(|&j| matches!(word(j), Some("que" | "qu'")))
        .map(|j| j + 1);
    let Some(start) = subject_start else {
        return false;
    };
    let subject: Vec<&str> = (start..subject_end).filter_map(word).collect();
    if subject.len() != subject_end - start {
        return false;
    }
    // "ce que les experts appellent «…»" names too; "ce qu'il appelle" has no collective.
    match subject.as_slice() {
        ["on"] | ["l'", "on"] | ["la", "population"] => true,
        ["les", rest @ ..] => {
            !rest.is_empty() && toks[start + 1..subject_end].iter().all(|t| !t.cap)
        }
        _ => false,
    }
}

/// Whether the noun at `i` is the object of a verb of judging right before it (its determiner
/// between): "a qualifié [l']initiative", "traitant [ce] projet".
fn judged_object(toks: &[Tok], i: usize) -> bool {
    let mut j = i;
    if let Some(d) = j.checked_sub(1).map(|b| &toks[b]) {
        if d.is_word() && lexicon::determiner(&d.lower).is_some() {
            j -= 1;
        }
    }
    j.checked_sub(1).map(|b| &toks[b]).is_some_and(|v| {
        v.is_word()
            && (lexicon::is_judging_verb(&v.lower) || lexicon::is_attributive_verb(&v.lower))
    })
}

/// "a réclamé des «garanties solides»", "dénonce un «plan de capitulation»": a strong speech
/// verb whose object is the span, brought in by an indefinite article, gives it as someone's
/// words even when its head is a noun that often names a thing ("la «coalition»" does not).
fn characterised_by_verb(toks: &[Tok], k: usize, ev: &Evidence) -> bool {
    let indefinite = k
        .checked_sub(1)
        .map(|i| &toks[i])
        .is_some_and(|t| t.is_word() && matches!(t.lower.as_str(), "un" | "une" | "des"));
    indefinite && ev.verb_gap.is_some_and(|(gap, _)| gap == 1)
}

/// Whether the span at token `k` holds its clause's verb, so that it is the subject's words:
/// a participle (after an adverb, maybe) right after "avoir" ("a «pris acte»", "a «fermement
/// condamné»"), or, right after its subject (a capitalised name, a role or a body's noun), a
/// finite speech verb or a finite verb
/// with an adverb in "-ment" ("Normachem «regrette profondément la gêne»", "Obradov «suivra
/// personnellement» le dossier"), or "prend acte" and "prend note" ("Le Kremlin «prend note»
/// des déclarations"). One word alone ("est ressortie «déçue»") is no verb phrase.
pub fn predicate_span(toks: &[Tok], k: usize, text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .filter(|w| !w.is_empty())
        .take(3)
        .map(str::to_lowercase)
        .collect();
    // "Le ministère, cité par Le Courrier, « prend acte »": the subject before an apposition
    // set off by commas.
    let mut before = apposition_before(toks, k).unwrap_or(k);
    // "Le procureur en « appelle à la conscience de chacun »": an object pronoun between the
    // subject and the span's verb.
    if before >= 2 && is_object_clitic(&toks[before - 1]) {
        before -= 1;
    }
    let Some(prev) = before
        .checked_sub(1)
        .map(|i| &toks[i])
        .filter(|t| t.is_word())
    else {
        return false;
    };
    if words.len() < 2 {
        return false;
    }
    let ment = |w: &str| w.ends_with("ment") && w.chars().count() > 6;
    let adverb = |w: &str| ment(w) || lexicon::is_adverb(w);
    let (first, next) = if adverb(&words[0]) {
        (words[1].as_str(), words.get(2).map(String::as_str))
    } else {
        (words[0].as_str(), Some(words[1].as_str()))
    };
    let aux = split_clitic(&prev.lower).0;
    if matches!(
        aux,
        "a" | "ont" | "avait" | "avaient" | "aura" | "auront" | "aurait" | "auraient"
    ) {
        return is_participle(first);
    }
    let finite_speech =
        lexicon::speech_verb(first).is_some_and(|v| v.form == lexicon::Form::Finite);
    let future = first.ends_with("ra") && first.chars().count() > 4;
    let finite_with_adverb = (ends_like_finite_verb(first) || future) && next.is_some_and(ment);
    // "«prend acte»", "«prend note»": taking note is said, as a speech verb is.
    let takes_note =
        matches!(first, "prend" | "prennent" | "prendra") && matches!(next, Some("acte" | "note"));
    let subject_noun = lexicon::role(&prev.lower).is_some() || lexicon::is_body_noun(&prev.lower);
    (prev.cap || subject_noun)
        && !lexicon::is_preposition(&prev.lower)
        && (finite_speech || finite_with_adverb || takes_note)
}

/// An object pronoun that stands between a subject and its verb: "en", "y", "lui", "leur",
/// "se".
pub fn is_object_clitic(t: &Tok) -> bool {
    t.is_word() && matches!(t.lower.as_str(), "en" | "y" | "lui" | "leur" | "se" | "s'")
}

/// "Le ministère, cité par Le Courrier, « prend acte »", "Le syndicat, qui fédère trois
/// groupes, « prend acte »": where the apposition or relative clause set off by commas right
/// before the span at `k` opens (its first comma), when a participle, "qui" or a role opens it.
pub fn apposition_before(toks: &[Tok], k: usize) -> Option<usize> {
    let close = k.checked_sub(1).filter(|&c| toks[c].is_punct(","))?;
    let open = (close.saturating_sub(10)..close)
        .rev()
        .find(|&i| !toks[i].is_word())
        .filter(|&i| toks[i].is_punct(","))?;
    let first = toks.get(open + 1).filter(|t| t.is_word() && !t.cap)?;
    let w = first.lower.as_str();
    let opens = w == "qui"
        || lexicon::role(w).is_some()
        || ["é", "ée", "és", "ées", "is", "ise", "it", "ite"]
            .iter()
            .any(|e| w.ends_with(e));
    (open > 0 && opens && toks[open + 1..close].iter().all(|t| t.is_word())).then_some(open)
}

/// A past participle: "-é(e)(s)" or one of the irregular ones reporting uses.
fn is_participle(w: &str) -> bool {
    ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e)) && w.chars().count() > 3
        || matches!(
            w,
            "pris" | "dit" | "fait" | "mis" | "promis" | "écrit" | "reconnu" | "admis" | "répondu"
        )
}

pub fn classify(span: &Span, text: &str, toks: &[Tok], k: usize, ev: &Evidence) -> Decision {
    if text.is_empty() {
        return Decision::Term;
    }
    if span.continued || span.continues {
        return Decision::Quote;
    }
    if !span.closed {
        return Decision::Term; // a stray mark
    }
    if ev.predicate {
        return Decision::Quote;
    }
    if gloss(toks, k) {
        return Decision::Term;
    }
    // "un accord dit « de Brévanne »", "le quartier dit « des Tanneurs »": after "dit", a
    // span of "de" and a capitalised word is what the thing is called, not words said.
    let so_called = k > 0
        && toks[k - 1].is_word()
        && matches!(
            toks[k - 1].lower.as_str(),
            "dit" | "dite" | "dits" | "dites"
        )
        && {
            let mut w = text
                .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                .filter(|w| !w.is_empty());
            matches!(w.next(), Some("de" | "du" | "des" | "d"))
                && w.next().is_some_and(|n| n.starts_with(char::is_uppercase))
                && word_count(text) <= 4
        };
    if so_called {
        return Decision::Term;
    }
    let capitalised = text.chars().next().is_some_and(char::is_uppercase);
    // A span followed by ", juge X" is reported speech even after "un mouvement".
    // "un projet « au rabais »": a characterisation, not the project's name.
    let opens_with_preposition = !capitalised
        && text
            .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .next()
            .is_some_and(|w| {
                matches!(
                    w,
                    "à" | "au"
                        | "aux"
                        | "en"
                        | "sans"
                        | "pour"
                        | "sur"
                        | "sous"
                        | "contre"
                        | "avec"
                        | "par"
                        | "d"
                        | "de"
                )
            });
    // "le plan « sera présenté en conseil des ministres »": a span opening with an auxiliary
    // or a modal is the rest of a clause, never a title.
    // "les chefs du réseau « n'ont aucun refuge »": the negation's "ne" before the verb.
    let opens_with_verb = !capitalised
        && text
            .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .filter(|w| !w.is_empty())
            .find(|w| !matches!(*w, "n" | "ne"))
            .is_some_and(|w| {
                lexicon::is_auxiliary(w)
                    || matches!(
                        w,
                        "doit"
                            | "doivent"
                            | "devrait"
                            | "devraient"
                            | "peut"
                            | "peuvent"
                            | "pourrait"
                            | "pourraient"
                    )
            });
    // "a regretté un mouvement « incompréhensible »", "a dénoncé une attitude « irresponsable
    // »": a lower-case adjective after the noun a speech verb's object is a characterisation
    // its speaker gives, not the thing's name.
    let words_here = word_count(text);
    let adjectival = !capitalised
        && words_here <= 3
        && ev.verb_gap.is_some_and(|(gap, _)| gap <= 6)
        && text
            .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .next()
            .is_some_and(|w| {
                w.chars().count() >= 5
                    && [
                        "ible", "able", "if", "ive", "eux", "euse", "el", "elle", "al", "ale",
                        "aire", "ique",
                    ]
                    .iter()
                    .any(|e| w.ends_with(e))
            });
    // "Le maire, qui …, dit « respecter la justice »": after "dit", an infinitive or "que"
    // opens what is said, where a nickname ("X, dit « le Boucher »") opens with a name or an
    // article.
    let said = !capitalised
        && k > 0
        && toks[k - 1].is("dit")
        && text
            .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .next()
            .is_some_and(|w| {
                matches!(w, "que" | "qu")
                    || w.chars().count() > 4
                        && (w.ends_with("er") || w.ends_with("ir"))
                        && lexicon::determiner(w).is_none()
                        && !lexicon::is_preposition(w)
            });
    // "ne défendra pas un projet « vidé de son contenu »": a past participle and its
    // complement after the noun, in what a speech verb reports, qualifies it; no title opens
    // that way.
    let participial = !capitalised && ev.verb_gap.is_some() && {
        let mut w = text.split(|c: char| c.is_whitespace() || c == '\'' || c == '’');
        w.next().is_some_and(is_participle)
            && w.next().is_some_and(|n| {
                matches!(
                    n,
                    "de" | "d" | "du" | "des" | "par" | "à" | "au" | "aux" | "pour" | "en"
                )
            })
    };
    if (capitalised || !ev.inversion)
        && !opens_with_preposition
        && !opens_with_verb
        && !adjectival
        && !said
        && !participial
        && naming_context(toks, k)
    {
        return Decision::Naming;
    }
    let words = words_here;
    let first = text
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .next()
        .unwrap_or("")
        .to_lowercase();
    if words <= 6
        && lexicon::is_term_head(&first)
        && !sentence_like(text)
        && !characterised_by_verb(toks, k, ev)
    {
        return Decision::Term;
    }
    if words >= 5 || sentence_like(text) {
        return Decision::Quote;
    }
    if ev.inversion || ev.colon {
        return Decision::Quote;
    }
    if capitalised {
        let verb_right_before = ev.verb_gap.is_some_and(|(gap, _)| gap == 0);
        // "qualifie de « Waterloo agricole »": what a verb of judging calls something is the
        // speaker's word for it, capitalised or not.
        let judged = k >= 2
            && matches!(toks[k - 1].lower.as_str(), "de" | "d'")
            && toks[k - 2].is_word()
            && !toks[k - 2].cap
            && (toks[k - 2].lower.starts_with("qualifi") && !toks[k - 2].lower.ends_with("tion")
                || matches!(
                    toks[k - 2].lower.as_str(),
                    "traite" | "traitent" | "traitant"
                ));
        // "« Le feu est maîtrisé » et ne progresse plus, a annoncé X": a clause opening a
        // sentence an incise gives to someone, not a title.
        let head_clause = ev.head_clause && words >= 2;
        return if verb_right_before && !ev.subject_position || judged || head_clause {
            Decision::Quote
        } else {
            Decision::Naming
        };
    }
    if ev.after_quote.is_some() || ev.according_to {
        return Decision::Quote;
    }
    // "Le trafic est «quasi normal» sur le réseau, indique la régie": an incise closing the
    // sentence reports a span no article makes a noun's name.
    let after_article =
        k > 0 && toks[k - 1].is_word() && lexicon::determiner(&toks[k - 1].lower).is_some();
    if ev.closing_incise && !after_article {
        return Decision::Quote;
    }
    // "La régie annonce un trafic « très perturbé »": a weak verb's object and the quality
    // the span gives it, right after it.
    if ev.verb_gap.is_none() && ev.weak_gap.is_some_and(|g| g <= 2) && quality(text) {
        return Decision::Quote;
    }
    // "a annoncé dans un communiqué « une grève des encouragements »": a phrase quoted with
    // its own indefinite article is the wording of what the verb reports, not a term.
    let with_article = words >= 3 && matches!(first_word(text), "un" | "une");
    if ev.verb_gap.is_none() && ev.weak_gap.is_some_and(|g| g <= 4) && with_article {
        return Decision::Quote;
    }
    // "insiste sur la nécessité de garanties de sécurité « solides et durables »": two
    // adjectives joined by "et" after a noun are the speaker's characterisation of it, however
    // deep in the verb's object the noun stands.
    let qualities = {
        let w: Vec<&str> = text.split_whitespace().collect();
        matches!(w.as_slice(), [a, "et", b] if [a, b].iter().all(|x| {
            x.chars().count() >= 4
                && x.chars().next().is_some_and(char::is_lowercase)
                && lexicon::determiner(x).is_none()
                && !lexicon::is_preposition(x)
        }))
    } && k > 0
        && toks[k - 1].is_word()
        && !toks[k - 1].cap
        && lexicon::determiner(&toks[k - 1].lower).is_none()
        && !lexicon::is_preposition(&toks[k - 1].lower);
    // "a réitéré son appel aux ressortissants français à « quitter le pays »": an infinitive
    // after "à" or "de" is what the speaker urges, asks or promises, however long the object
    // before it.
    let urged = !capitalised
        && k > 0
        && matches!(toks[k - 1].lower.as_str(), "à" | "de" | "d'")
        && opens_with_infinitive(text);
    match ev.verb_gap {
        Some((gap, que))
            if gap <= 5
                || (que && gap <= 20)
                || (qualities && gap <= 10)
                || (urged && gap <= 10) =>
        {
            Decision::Quote
        }
        _ => Decision::Term,
    }
}

/// "une banderole a été tendue : «…»", "Sur une pancarte : «…»": the words a sign carries,
/// after a colon whose clause names the sign with no speech verb after it. They are a quotation,
/// however short or capitalised, and no one's words: whoever hung the sign did not say them.
pub fn inscription_before(toks: &[Tok], start: usize, k: usize) -> bool {
    if k < start + 2 || !toks[k - 1].is_punct(":") {
        return false;
    }
    for t in toks[start..k - 1].iter().rev() {
        if !t.is_word() {
            continue;
        }
        if lexicon::speech_verb(&t.lower).is_some() {
            return false;
        }
        if matches!(
            t.lower.as_str(),
            "pancarte"
                | "pancartes"
                | "banderole"
                | "banderoles"
                | "calicot"
                | "calicots"
                | "écriteau"
                | "écriteaux"
                | "affiche"
                | "affiches"
                | "graffiti"
                | "graffitis"
                | "tag"
                | "tags"
        ) {
            return true;
        }
    }
    false
}

/// A span's first word, up to a space or an apostrophe ("un", "l").
fn first_word(text: &str) -> &str {
    text.split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .next()
        .unwrap_or_default()
}

/// Whether a span opens with an infinitive ("quitter le pays", "prendre acte"), known by its
/// ending.
pub fn opens_with_infinitive(text: &str) -> bool {
    let w = first_word(text);
    w.chars().count() > 4
        && w.starts_with(char::is_lowercase)
        && ["er", "ir", "re"].iter().any(|e| w.ends_with(e))
        && lexicon::determiner(w).is_none()
        && !lexicon::is_preposition(w)
}

#[cfg(test)]
mod tests {
    use super::word_count;

    #[test]
    fn words_counted_as_split_on_whitespace() {
        for text in [
            "",
            "  ",
            "oui",
            " « nous ne céderons pas » , a-t-il dit … 42 % ",
            "— – ... !!! l’État\u{a0}et\u{202f}la\tloi\n",
            "Ça, c'est «la» fin.",
        ] {
            let split = text
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            assert_eq!(word_count(text), split, "{text}");
        }
    }
}
