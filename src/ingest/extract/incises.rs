//! Who an attribution right after a quotation names: the incise with inversion («…», a
//! déclaré X / a-t-il ajouté / peut-on lire dans le communiqué) and the subject-first order
//! translated copy keeps («…», Orlov a dit).

use super::clauses::{is_channel, skip_adverbials, with_apposition, Subject};
use super::lexicon::{self, Form, Gender};
use super::names;
use super::np::{self, Known, Pron};
use super::tokens::Sentence;
use super::verbs::{adverbial_len, split_clitic};

/// The attribution incise right after span token `q`: «…», a déclaré X / a-t-il ajouté.
pub fn inversion_after(s: Sentence, q: usize, known: &dyn Known) -> Option<Subject> {
    let toks = s.toks;
    let end = s.range.end;
    let mut j = q + 1;
    if j < end && toks[j].is_punct(",") {
        j += 1;
    }
    // "«…», , s'amuse X": a comma typed twice is one.
    if j > q + 1 && j < end && toks[j].is_punct(",") {
        j += 1;
    }
    if j < end && (toks[j].is("s'") || toks[j].is("se")) {
        j += 1;
    }
    // "«…», lui a rétorqué Macron", "«…», nous a confié la maire", "«…», y écrit-elle": an
    // object pronoun before the verb.
    if j + 1 < end
        && matches!(
            toks[j].lower.as_str(),
            "lui" | "leur" | "me" | "m'" | "nous" | "vous" | "te" | "t'" | "y"
        )
        && toks[j + 1].is_word()
        && !toks[j + 1].cap
    {
        j += 1;
    }
    // "«…», l'a interrogée le président de la commission", "l'interpelle la députée": the one
    // asked, as an elided object before the auxiliary or the speech verb.
    if j + 1 < end && toks[j].is("l'") && !toks[j + 1].cap && {
        let next = toks[j + 1].lower.as_str();
        lexicon::is_auxiliary(next)
            || lexicon::speech_verb(next).is_some_and(|v| v.form == Form::Finite)
    } {
        j += 1;
    }
    let (base, clitic) = incise_verb(s, q, j)?;
    let (k, clitic) = verb_group_end(s, j, base, clitic);
    if lexicon::is_auxiliary(base) && k == j + 1 && clitic.is_none() {
        return None; // "», a …" with no participle: not an incise
    }
    // "Selon le syndicat, «plus de 9 000 manifestants» ont défilé dans la ville": with no comma
    // after the quotation, an auxiliary and a participle that reports no speech are the
    // quotation's own predicate, and what follows is no subject of an incise.
    let reports_speech = toks[j + 1..k]
        .iter()
        .any(|t| lexicon::speech_verb(split_clitic(&t.lower).0).is_some());
    if lexicon::is_auxiliary(base) && clitic.is_none() && j == q + 1 && !reports_speech {
        return None;
    }
    // "«…», peut-on lire dans le communiqué", "lit-on sur sa page Facebook": the document or
    // the page speaks for its author.
    if clitic == Some(Pron::Vague) && k + 1 < end {
        let written = |np: &np::Np| {
            np.thing
                .as_deref()
                .is_some_and(|t| lexicon::is_document(t) || is_channel(t))
        };
        let at = (toks[k].is("dans") || toks[k].is("sur")).then_some(k + 1);
        if let Some((np, at)) = at
            .and_then(|at| Some((np::parse_np(s.block, toks, at, end, known)?, at)))
            .filter(|(np, _)| written(np))
        {
            return Some(Subject::Np(Box::new(np), at));
        }
    }
    if let Some(p) = clitic {
        return Some(Subject::Pronoun(p, k));
    }
    // "«…», a lancé, à la tribune de l'Assemblée, le ministre": an adverbial set off by commas,
    // after others or not ("a rétorqué dans la soirée, sur X, la ministre").
    let mut k = k;
    loop {
        let at = skip_adverbials(toks, k, end);
        if at + 2 < end && toks[at].is_punct(",") && lexicon::is_preposition(&toks[at + 1].lower) {
            if let Some(close) = (at + 2..end.min(at + 12)).find(|&i| toks[i].is_punct(",")) {
                if toks[at + 1..close].iter().all(|t| t.is_word()) {
                    k = close + 1;
                    continue;
                }
            }
        }
        break;
    }
    let start = skip_adverbials(toks, k, end);
    if !toks.get(start).is_some_and(|t| start < end && t.is_word()) {
        return None;
    }
    // "«…», a affirmé celui qui supervisait alors les opérations": the one a relative clause
    // describes is the person the text is about, as "a-t-il affirmé" would be.
    if start + 1 < end && toks[start + 1].is("qui") {
        match toks[start].lower.as_str() {
            "celui" => return Some(Subject::Pronoun(Pron::Personal(Gender::M), start)),
            "celle" => return Some(Subject::Pronoun(Pron::Personal(Gender::F), start)),
            _ => {}
        }
    }
    let np = np::parse_np(s.block, toks, start, end, known)?;
    if np.det.is_none() && np.name.is_none() && np.body.as_ref().is_none_or(String::is_empty) {
        return None;
    }
    Some(Subject::Np(Box::new(with_apposition(s, np, known)), start))
}

/// "Le suspect a «refusé de parler» devant les enquêteurs, a-t-elle précisé", "Le trafic est
/// «quasi normal» sur le réseau, indique la régie dans un point de situation": the incise that
/// closes the sentence a few words after the quotation at `k`, with nothing after its subject
/// but a complement that a preposition opens; its subject.
///
/// Other quotations of the clause may stand between: "sont «brutales» et «injustifiées», a
/// dénoncé X", "une «offensive», «pour tenter de …», a prévenu X", "se dirige «…» vers «…»,
/// craint X" — the incise reports each of them, not only the last.
pub fn closing_incise(s: Sentence, k: usize, known: &dyn Known) -> Option<Subject> {
    let toks = s.toks;
    let end = s.range.end;
    // A comma right before another quotation lists it ("«…», «…», a dit X").
    let listing = |i: usize| {
        toks[i].is_punct(",")
            && toks
                .get(i + 1)
                .is_some_and(|t| i + 1 < end && t.quote().is_some())
    };
    let comma = (k + 1..end)
        .find(|&i| toks[i].is_punct(",:;") && !listing(i))
        .unwrap_or(end);
    // Words only between the quotation and the comma, and not many.
    if comma >= end || comma == k + 1 || !toks[comma].is_punct(",") || comma - k > 12 {
        return None;
    }
    if toks[k + 1..comma].iter().enumerate().any(|(n, t)| {
        !(t.is_word() || t.quote().is_some() || listing(k + 1 + n)) || t.is("que") || t.is("qu'")
    }) {
        return None;
    }
    let subject = inversion_after(s, comma - 1, known)?;
    // The incise ends the sentence: nothing but its subject (and what it apposes) follows,
    // or a complement of place, time or medium ("dans un communiqué").
    let last = subject_end(&subject)?;
    ends_sentence(s, last).then_some(subject)
}

/// Whether nothing follows token `last` in its sentence but a final mark, or a complement of
/// place, time or medium that a preposition opens ("dans un communiqué").
fn ends_sentence(s: Sentence, last: usize) -> bool {
    let toks = s.toks;
    let end = s.range.end;
    let mut rest = &toks[last.min(end)..end];
    let after = rest;
    // "…, a déclaré le ministre, Paul Sibor, à l'issue de la réunion", "…, en réponse au
    // projet": the complement may be set off by a comma.
    if rest.len() > 2
        && rest[0].is_punct(",")
        && rest[1].is_word()
        && (lexicon::is_preposition(&rest[1].lower) || rest[1].is("en") || rest[1].is("lors"))
    {
        rest = &rest[1..];
    }
    let set_off = after.len() > 2 && after[0].is_punct(",") && after[1].is_word();
    let complement = rest.first().is_some_and(|t| {
        t.is_word()
            && matches!(
                t.lower.as_str(),
                "dans" | "sur" | "lors" | "devant" | "auprès" | "en" | "au" | "à"
            )
    }) && rest
        .iter()
        .all(|t| t.quote().is_none() && !t.is_punct(",;:"));
    // Set off by a comma, a complement of time or manner may open with any preposition or
    // a word of time: "…, a-t-il ajouté, quelques heures après la décision", "…, jeudi soir",
    // "…, avant de quitter la salle", "…, sans donner de détails".
    let timed = set_off && {
        let w = after[1].lower.as_str();
        (lexicon::is_preposition(w)
            || lexicon::is_time_word(w)
            || matches!(
                w,
                "peu"
                    | "quelques"
                    | "plusieurs"
                    | "deux"
                    | "trois"
                    | "hier"
                    | "ce"
                    | "cette"
                    | "tard"
            )
            || w.starts_with(|c: char| c.is_ascii_digit()))
            && after[1..]
                .iter()
                .all(|t| t.quote().is_none() && !t.is_punct(",;:"))
    };
    // "…, a déclaré X, ajoutant que …", "…, tout en restant prudent": a participle clause
    // goes on about the speaker.
    let participle = set_off && {
        let w = if after[1].is("tout") && after.len() > 3 && after[2].is("en") {
            after[3].lower.as_str()
        } else {
            after[1].lower.as_str()
        };
        !after[1].cap
            && w.chars().count() > 5
            && w.ends_with("ant")
            && !matches!(
                w,
                "pendant" | "durant" | "cependant" | "maintenant" | "auparavant"
            )
            && after[1..].iter().all(|t| t.quote().is_none())
    };
    // "«…» européennes, a assuré la ministre, même si Rome veut «…»": a subordinate clause
    // after a comma leaves the incise the main clause's; so does a relative clause on the
    // incise's subject ("…, a déclaré X, qui juge que «…»"): it goes on about the speaker.
    let subordinate = after.len() > 2
        && after[0].is_punct(",")
        && matches!(
            after[1].lower.as_str(),
            "même"
                | "alors"
                | "tandis"
                | "mais"
                | "car"
                | "puisque"
                | "bien"
                | "quand"
                | "lorsque"
                | "qui"
        );
    // "…, a déclaré le président lorsqu'un journaliste l'a interrogé": a clause of time
    // right after the subject, with no comma, is no part of the incise either.
    let when = rest.len() > 1
        && rest[0].is_word()
        && matches!(
            rest[0].lower.as_str(),
            "lorsque" | "lorsqu'" | "quand" | "tandis"
        )
        && rest.iter().all(|t| t.quote().is_none());
    complement
        || timed
        || participle
        || subordinate
        || when
        || rest.iter().all(|t| t.is_punct(".!?…"))
}

/// "Attention aux rumeurs, a insisté le procureur.", "Rien n'est décidé, a-t-elle assuré.":
/// a sentence with no quotation that closes on an incise of speech (a speech verb, then its
/// subject and nothing more) reports what its subject said; that subject. The sentence must
/// hold no quotation mark.
pub fn closing_report(s: Sentence, known: &dyn Known) -> Option<Subject> {
    let toks = s.toks;
    let r = s.range.clone();
    if toks[r.clone()].iter().any(|t| t.quote().is_some()) {
        return None;
    }
    // The incise is after the sentence's last comma, in its last words.
    let comma = (r.start + 1..r.end)
        .rev()
        .find(|&i| toks[i].is_punct(","))?;
    if r.end - comma > 14 {
        return None;
    }
    let speech = finite_speech_verb_in(&toks[comma + 1..r.end], 4);
    if !speech {
        return None;
    }
    let subject = inversion_after(s, comma - 1, known)?;
    let last = subject_end(&subject)?;
    ends_sentence(s, last).then_some(subject)
}

/// "« Le feu est maîtrisé » et ne progresse plus, a annoncé le sous-préfet, ajoutant …": the
/// span at `q` opens its sentence, "et" and a clause of words follow it up to a comma, and an
/// incise after that comma names who spoke; its subject.
pub fn head_clause(s: Sentence, q: usize, known: &dyn Known) -> Option<Subject> {
    let toks = s.toks;
    if q != s.range.start
        || !toks
            .get(q + 1)
            .is_some_and(|t| q + 1 < s.range.end && t.is("et"))
    {
        return None;
    }
    let comma = (q + 2..s.range.end)
        .take_while(|&i| toks[i].is_word() || toks[i].is_punct(","))
        .find(|&i| toks[i].is_punct(","))
        .filter(|&comma| comma > q + 3)?;
    inversion_after(s, comma - 1, known)
}

/// The verb that opens an incise at token `j` (after the quotation `q`): a speech verb or an
/// auxiliary, or an unknown verb followed by a name ("«…», s'amuse X"); its base and clitic.
fn incise_verb<'a>(s: Sentence<'a>, q: usize, j: usize) -> Option<(&'a str, Option<Pron>)> {
    let toks = s.toks;
    let end = s.range.end;
    let first = toks.get(j).filter(|_| j < end)?;
    if !first.is_word() || first.cap {
        return None;
    }
    let (base, clitic) = split_clitic(&first.lower);
    // "«…», invoquant un afflux de demandes": a participle is no incise.
    if lexicon::speech_verb(base)
        .is_some_and(|v| matches!(v.form, Form::PresentParticiple | Form::Infinitive))
    {
        return None;
    }
    // "«…», fait valoir X", "fait savoir X", "met en garde X": a speech locution.
    let next = |w: &str| toks.get(j + 1).is_some_and(|n| j + 1 < end && n.is(w));
    let locution = lexicon::is_faire(base) && (next("valoir") || next("savoir"))
        || lexicon::is_mettre(base) && next("en");
    let speech = lexicon::speech_verb(base).is_some() || lexicon::is_auxiliary(base) || locution;
    if !speech && clitic.is_none() {
        // An unknown verb right after «…», followed by a name: "«…», s'amuse X".
        let unknown_verb = !names::is_function_word(base) && !lexicon::is_preposition(base);
        // "«…», titre à la une La Gazette": the front page between the verb and the paper.
        let front_page = front_page_len(s, j + 1);
        // "«…», titrait lundi l'Irish Independent": a day, then the paper's article, may come
        // before the paper.
        let mut n = j + 1 + front_page;
        while n < end && toks[n].is_word() && lexicon::is_weekday(&toks[n].lower) {
            n += 1;
        }
        if n < end
            && toks[n].is_word()
            && !toks[n].cap
            && matches!(toks[n].lower.as_str(), "le" | "la" | "l'" | "l’")
        {
            n += 1;
        }
        // "«…», commence la ministre": or a role noun after its article; "«…», stipule
        // l'arrêté": or a document, which speaks for its author.
        let role_after_article = n > j + 1
            && toks.get(n).is_some_and(|t| {
                n < end
                    && t.is_word()
                    && !t.cap
                    && (lexicon::role(&t.lower).is_some() || lexicon::is_document(&t.lower))
            })
            && !lexicon::is_adverb(base)
            && base.chars().count() > 3;
        let next_is_subject =
            toks.get(n).is_some_and(|t| n < end && t.is_capitalised()) || role_after_article;
        if !(unknown_verb && next_is_subject && toks[q + 1].is_punct(",")) {
            return None;
        }
    }
    if lexicon::determiner(base).is_some() {
        return None;
    }
    Some((base, clitic))
}

/// The length of "à la une" or "en une" at token `i`, else 0.
fn front_page_len(s: Sentence, i: usize) -> usize {
    let w = |k: usize| {
        s.toks
            .get(k)
            .filter(|_| k < s.range.end)
            .map_or("", |t| t.lower.as_str())
    };
    match (w(i), w(i + 1), w(i + 2)) {
        ("à", "la", "une") => 3,
        ("en", "une", _) => 2,
        _ => 0,
    }
}

/// Where the verb group opened by `base` at token `j` ends: adverbs, a participle, "en
/// garde", "valoir", "lire", "croire" ("veut croire"); and the inverted pronoun it carries, if any.
fn verb_group_end(
    s: Sentence,
    j: usize,
    base: &str,
    mut clitic: Option<Pron>,
) -> (usize, Option<Pron>) {
    let toks = s.toks;
    let end = s.range.end;
    let mut k = j + 1;
    while k < end && toks[k].is_word() && !toks[k].cap {
        let w = toks[k].lower.as_str();
        let (b, c) = split_clitic(w);
        // "a-t-il dit", and "a dit-elle" as translated copy writes it.
        if c.is_some() && (lexicon::is_auxiliary(b) || lexicon::speech_verb(b).is_some()) {
            clitic = clitic.or(c);
            k += 1;
            continue;
        }
        // "a mis en garde", but "a résumé en clôture la ministre": there "en" opens an
        // adverbial before the subject.
        let en_adverbial = w == "en"
            && k + 2 < end
            && toks[k + 1].is_word()
            && !toks[k + 1].cap
            && !toks[k + 1].is("garde")
            && matches!(
                toks[k + 2].lower.as_str(),
                "le" | "la" | "l'" | "les" | "un" | "une" | "du" | "des" | "de" | "d'"
            );
        // "a assuré en arrivant au Conseil X": a gerund opens an adverbial too.
        let gerund = w == "en"
            && toks
                .get(k + 1)
                .is_some_and(|n| k + 1 < end && n.lower.ends_with("ant") && !n.is("avant"));
        // "a en effet déclaré", "avait en outre ajouté": an adverbial phrase, not "en garde".
        let en_garde = w == "en" && !en_adverbial && !gerund && adverbial_len(toks, k, end) == 0;
        if lexicon::is_adverb(w)
            || lexicon::speech_verb(b)
                .is_some_and(|v| v.form != Form::Finite || lexicon::is_auxiliary(base))
            || en_garde
            || matches!(
                w,
                "garde" | "valoir" | "savoir" | "lire" | "appris" | "entendre" | "croire"
            )
        {
            k += 1;
            continue;
        }
        // "«…», a dit il", "a répondu elle plus tard": translated copy may put the subject
        // pronoun after the speech verb without its hyphen ("il y a", "il n'a" open a clause).
        if clitic.is_none() && matches!(w, "il" | "elle") {
            let reports = lexicon::speech_verb(base).is_some()
                || toks[j + 1..k]
                    .iter()
                    .any(|t| lexicon::speech_verb(&t.lower).is_some());
            let clause = toks.get(k + 1).is_some_and(|n| {
                k + 1 < end
                    && n.is_word()
                    && !n.cap
                    && (matches!(n.lower.as_str(), "y" | "n'" | "ne" | "se" | "s'")
                        || lexicon::is_auxiliary(&n.lower)
                        || lexicon::speech_verb(&n.lower).is_some())
            });
            if reports && !clause {
                let gender = if w == "il" { Gender::M } else { Gender::F };
                return (k + 1, Some(Pron::Personal(gender)));
            }
        }
        let adv = adverbial_len(toks, k, end).max(front_page_len(s, k));
        if adv > 0 {
            k += adv;
            continue;
        }
        // A past participle not in the lexicon: "s'est réjoui", "avait tranché".
        if lexicon::is_auxiliary(base)
            && k == j + 1
            && (w.ends_with('é')
                || w.ends_with("ée")
                || w.ends_with('i')
                || w.ends_with('u')
                || w.ends_with("is")
                || w.ends_with("it"))
        {
            k += 1;
            continue;
        }
        break;
    }
    (k, clitic)
}

/// The quotation at `q` opens its sentence, or follows only a teaser's words ("Lire l'article",
/// "Vidéo", "Entretien").
fn opens_title(s: Sentence, q: usize) -> bool {
    let words = &s.toks[s.range.start..q];
    words.len() <= 3
        && words.iter().all(|t| {
            matches!(
                t.lower.as_str(),
                "lire" | "l'" | "article" | "vidéo" | "entretien" | "interview"
            ) || t.is_punct("-–—")
        })
}

/// A subject and its speech verb right after a quotation, in that order: «…», Orlov a dit aux
/// journalistes (the order translated copy keeps). The verb must introduce nothing else ("que",
/// a colon).
pub fn subject_after(s: Sentence, q: usize, known: &dyn Known) -> Option<Subject> {
    let toks = s.toks;
    let end = s.range.end;
    let mut j = q + 1;
    // "«…», Orlov a dit aux journalistes"; a title's "«…» : Le Pen dénonce l'accord".
    if j < end && (toks[j].is_punct(",") || toks[j].is_punct(":")) {
        j += 1;
    }
    let colon = toks
        .get(q + 1)
        .is_some_and(|t| q + 1 < end && t.is_punct(":"));
    // "« … » : dans un communiqué diffusé lundi, la mairie …": an adverbial set off by a
    // comma before the subject.
    if colon
        && j < end
        && toks[j].is_word()
        && !toks[j].cap
        && lexicon::is_preposition(&toks[j].lower)
    {
        if let Some(close) = (j + 1..end.min(j + 12)).find(|&i| !toks[i].is_word()) {
            if toks[close].is_punct(",") {
                j = close + 1;
            }
        }
    }
    // "« … » : c'est ainsi que la diplomatie ostalienne a qualifié les sanctions", "c'est en
    // ces termes que le maire a réagi": the cleft sentence's subject said it.
    let words = |from: usize, ws: &[&str]| {
        from + ws.len() <= end && ws.iter().enumerate().all(|(i, w)| toks[from + i].is(w))
    };
    let mut cleft = false;
    if colon && (words(j, &["c'", "est"]) || words(j, &["c’", "est"])) {
        for tail in [&["ainsi"][..], &["en", "ces", "termes"][..]] {
            let at = j + 2 + tail.len();
            if words(j + 2, tail) && at < end && (toks[at].is("que") || toks[at].is("qu'")) {
                j = at + 1;
                cleft = true;
                break;
            }
        }
    }
    let first = toks.get(j).filter(|_| j < end)?;
    // After a colon, a body named by its noun opens with its article ("la mairie").
    let article = colon && matches!(first.lower.as_str(), "le" | "la" | "l'" | "l’");
    if !first.is_word() || !(first.cap || article || lexicon::is_subject_pronoun(&first.lower)) {
        return None;
    }
    // The phrase stops at its verb ("Ostrowicz a déclaré"), not taking it as a noun.
    let verb = (j + 1..end)
        .find(|&i| {
            let t = &toks[i];
            t.is_word() && !t.cap && {
                let base = split_clitic(&t.lower).0;
                lexicon::is_auxiliary(base)
                    || lexicon::speech_verb(base).is_some_and(|v| v.form == Form::Finite)
            }
        })
        .unwrap_or(end);
    // In a title ("« … » : Ivana Petrova hausse le ton") the verb need not be one of speech: a
    // name ends at the first word in lower case.
    let titled = cleft || toks.get(q + 1).is_some_and(|t| t.is_punct(":")) && opens_title(s, q);
    let verb = if titled && first.cap && lexicon::determiner(&first.lower).is_none() {
        (j + 1..verb)
            .find(|&i| toks[i].is_word() && !toks[i].cap && !names::is_particle_tok(&toks[i]))
            .unwrap_or(verb)
    } else {
        verb
    };
    let np = np::parse_np(s.block, toks, j, verb, known)?;
    let person = np.name.is_some()
        || matches!(np.pronoun, Some(Pron::Personal(_)))
        || (np.role.is_some() && np.det.is_some());
    // "« … » : la mairie de Valmont n'a pas mâché ses mots": after the colon of a quotation
    // that opens its sentence, a body speaks as a person does.
    let body = titled && np.is_one_body();
    if !(person || body) || np.coordinated {
        return None;
    }
    // "« … » : Ivana Petrova hausse le ton", "Lire l'article « … » : le ministre s'agace": a
    // title made of the quotation and a clause about who said it; any verb will do.
    let title = titled
        && np.pronoun.is_none()
        && toks
            .get(np.end)
            .is_some_and(|t| np.end < end && t.is_word() && !t.cap);
    // The verb group: an auxiliary and a speech participle, or a finite speech verb.
    let mut k = np.end;
    let mut speech = false;
    while k < end && toks[k].is_word() && !toks[k].cap && k < np.end + 4 {
        let w = toks[k].lower.as_str();
        let (base, _) = split_clitic(w);
        if let Some(v) = lexicon::speech_verb(base) {
            speech = v.form == Form::Finite || (v.form == Form::PastParticiple && k > np.end);
            k += 1;
            break;
        }
        if lexicon::is_auxiliary(base) || lexicon::is_adverb(w) || lexicon::is_clitic(w) {
            k += 1;
            continue;
        }
        if title {
            break;
        }
        return None;
    }
    // "Koval promet des «…», Orlov menace de riposter": a verb with an infinitive of
    // its own reports what its subject says next, not the quotation before.
    let infinitive = |i: usize| {
        toks.get(i).filter(|_| i < end).is_some_and(|t| {
            t.is_word()
                && !t.cap
                && lexicon::determiner(&t.lower).is_none()
                && ["er", "ir", "re"].iter().any(|e| t.lower.ends_with(e))
        })
    };
    // In a title, "« … » : Morin annonce que Valbrune négociera" restates the quotation it
    // gives to Morin: "que" there introduces no words of someone else's.
    let introduces = toks.get(k).filter(|_| k < end).is_some_and(|t| {
        (t.is("que") || t.is("qu'")) && !titled
            || t.is_punct(":")
            || t.quote().is_some()
            || (t.is("de") || t.is("d'")) && infinitive(k + 1)
    });
    // "l'OTAN promet un soutien «…», Moscou dénonce une «…»": a clause that goes on to a
    // quotation of its own is the next one, not an incise of the one before.
    let own_quotation = toks[k.min(end)..end]
        .iter()
        .take_while(|t| !t.is_punct(",.;:!?"))
        .any(|t| t.quote().is_some());
    if !(speech || title) || introduces || own_quotation {
        return None;
    }
    Some(match np.pronoun {
        Some(p) => Subject::Pronoun(p, j),
        None => Subject::Np(Box::new(with_apposition(s, np, known)), j),
    })
}

/// "« Deux maisons sont détruites, déclare le maire. Heureusement elles étaient vides. »",
/// "« Nous avons tout perdu, a-t-il confié. Il ne reste rien. »": the incise of speech inside
/// a quotation, between two of its sentences or clauses, that says whose the whole quotation
/// is. The quotation's words (`text`, offsets in `block`) as tokens, where the incise's own
/// clause ends, and its subject.
pub fn inside_quotation(
    block: &str,
    text: std::ops::Range<usize>,
    known: &dyn Known,
) -> Option<(Vec<super::tokens::Tok>, std::ops::Range<usize>, Subject)> {
    // Cheap first: a comma, then some text after it.
    if !block[text.clone()].contains(", ") {
        return None;
    }
    let mut toks = super::tokens::tokenize(block, text, &[]);
    super::bodies::mark_words(&mut toks);
    names::mark(&mut toks);
    let n = toks.len();
    for c in 2..n.saturating_sub(2) {
        if !toks[c].is_punct(",") {
            continue;
        }
        let speech = finite_speech_verb_in(&toks[c + 1..n], 4);
        if !speech {
            continue;
        }
        // The incise's clause ends at the next full stop or comma; words must follow it.
        let end = (c + 1..n)
            .find(|&i| toks[i].is_punct(".!?…;,"))
            .unwrap_or(n);
        if end + 1 >= n || end - c > 10 {
            continue;
        }
        let range = 0..end;
        let s = Sentence {
            block,
            toks: &toks,
            range: &range,
        };
        let Some(subject) = inversion_after(s, c - 1, known) else {
            continue;
        };
        let Some(last) = subject_end(&subject) else {
            continue;
        };
        if last == end {
            return Some((toks, range, subject));
        }
    }
    None
}

/// "une « journée d'émotion intense », comme la qualifiait la présidente de l'association",
/// "une « provocation », comme l'a dit X": "comme" and an incise of speech right after the
/// quotation, its object a pronoun or none, give the words to the incise's subject.
pub fn as_said(s: Sentence, q: usize, known: &dyn Known) -> Option<Subject> {
    let toks = s.toks;
    let end = s.range.end;
    let mut j = q + 1;
    if j < end && toks[j].is_punct(",") {
        j += 1;
    }
    if !(j + 2 < end && toks[j].is("comme")) {
        return None;
    }
    j += 1;
    if matches!(toks[j].lower.as_str(), "le" | "la" | "les" | "l'" | "l’") {
        j += 1;
    }
    let speech = finite_speech_verb_in(&toks[j..end], 3);
    if !speech {
        return None;
    }
    inversion_after(s, j - 1, known)
}

/// Whether one of the first `within` tokens of `toks` is a finite form of a speech verb (in lower
/// case, its clitic stripped): the verb of an incise.
fn finite_speech_verb_in(toks: &[super::tokens::Tok], within: usize) -> bool {
    toks.iter().take(within).any(|t| {
        t.is_word() && !t.cap && {
            let base = split_clitic(&t.lower).0;
            lexicon::speech_verb(base)
                .is_some_and(|v| !matches!(v.form, Form::PresentParticiple | Form::Infinitive))
        }
    })
}

/// Where an incise's subject ends: after its name or description, or at its personal pronoun.
fn subject_end(subject: &Subject) -> Option<usize> {
    match subject {
        Subject::Pronoun(Pron::Personal(_), at) => Some(*at),
        Subject::Np(np, _) => Some(np.end),
        _ => None,
    }
}
