//! The evidence that a quoted span is reported speech: an incise after it, a speech verb or
//! "selon X" before it in its clause, a colon, a quotation of the same clause before it, or its
//! place as a sentence's subject.

use super::clauses::{comma_after, ends_like_finite_verb, main_subject_np};
use super::incises::inversion_after;
use super::lexicon::{self, Form};
use super::np::{self, Known, Np, Pron};
use super::tokens::{Kind, Sentence, Tok};
use super::verbs::{split_clitic, VerbHit};

/// Why a span reads as reported speech, or does not.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// Followed by an attribution with inversion ("», a-t-il dit").
    pub inversion: bool,
    /// A colon after a speech verb or a named subject introduces it.
    pub colon: bool,
    /// Words between a strong speech verb and the span, and whether a "que" lies between.
    pub verb_gap: Option<(usize, bool)>,
    /// Words between the nearest weak speech verb ("annonce", "signale") and the span, when no
    /// strong one reports it.
    pub weak_gap: Option<usize>,
    /// "selon X" or "pour X" governs the sentence.
    pub according_to: bool,
    /// Follows a quotation of the same clause ("«préoccupante» mais «temporaire»").
    pub after_quote: Option<usize>,
    /// An incise closes the sentence a few words after it ("«quasi normal» sur le réseau,
    /// indique la régie").
    pub closing_incise: bool,
    /// Directly followed by a verb, without a comma: the span is the subject of a sentence.
    pub subject_position: bool,
    /// The span holds its clause's verb: "Matignon a «pris acte»", "le groupe «regrette
    /// profondément la gêne»" (see [`super::terms::predicate_span`]).
    pub predicate: bool,
    /// "« Le feu est maîtrisé » et ne progresse plus, a annoncé le sous-préfet": the span opens
    /// its sentence, "et" and a clause follow it, then an incise names who spoke.
    pub head_clause: bool,
}

/// The nearest speech verb, "selon X" or quotation that governs span token `q`, walking back
/// through its sentence; `None` when a clause boundary comes first.
pub fn evidence(s: Sentence, verbs: &[VerbHit], q: usize, known: &dyn Known) -> Evidence {
    let mut ev = Evidence {
        inversion: selon_after(s, q)
            || inversion_after(s, q, known).is_some()
            || super::incises::as_said(s, q, known).is_some()
            || colon_then_speaker(s, q, known),
        subject_position: in_subject_position(s, q),
        closing_incise: super::incises::closing_incise(s, q, known).is_some(),
        head_clause: super::incises::head_clause(s, q, known).is_some(),
        ..Evidence::default()
    };
    walk_back(s, verbs, q, known, &mut ev);
    if !ev.according_to
        && (opened_by_according_to(s, q) || named_then_quoted(s, q, known).is_some())
    {
        ev.according_to = true;
    }
    // A colon after a person's name, a pronoun or a role introduces what they say.
    if !ev.colon
        && q > s.range.start
        && s.toks[q - 1].is_punct(":")
        && main_subject_np(s, known).is_some_and(|np| np.is_person_like())
    {
        ev.colon = true;
    }
    ev
}

/// A title's "«…» : Le Pen dénonce l'accord", or "«…» Zakharova a écrit sur Telegram" with
/// no comma: a colon or nothing, then a speaker and a speech verb.
fn colon_then_speaker(s: Sentence, q: usize, known: &dyn Known) -> bool {
    s.toks
        .get(q + 1)
        .is_some_and(|t| t.is_punct(":") || t.is_word() && t.cap)
        && q + 1 < s.range.end
        && super::incises::subject_after(s, q, known).is_some()
}

/// "Selon M. Varin, les participants ont aussi évoqué la crise et ont eu «…»", "Selon X, qui
/// dirige le parti, le pays se trouve «…»": "selon X" or "d'après X" opening the sentence, set
/// off by its comma, gives everything after it as X's account, however far the span at `q`
/// stands and whatever verb comes between, unless an article brings the span in.
fn opened_by_according_to(s: Sentence, q: usize) -> bool {
    let toks = s.toks;
    let mut at = s.range.start;
    if at < q && toks[at].is_word() && matches!(toks[at].lower.as_str(), "mais" | "et" | "or") {
        at += 1;
    }
    if !(at < q && (toks[at].is("selon") || toks[at].is("d'après"))) {
        return false;
    }
    // "…, la partie adverse a proposé une «…»": a noun its article brings in may be the name
    // of what the sentence's own subject put forward.
    let after_article = toks[q - 1].is_word() && lexicon::determiner(&toks[q - 1].lower).is_some();
    !after_article
        && (at + 2..q).any(|i| toks[i].is_punct(","))
        && !toks[at + 1..q]
            .iter()
            .any(|t| t.is_punct(";:") || t.quote().is_some())
}

/// "François Valmont «serein» quant à la plainte", "Retraites : Anne Moreau «pas opposée» à
/// une pause": a title whose clause is only a person's name and the span right after it, no
/// verb between, gives that person's stance in their words.
/// The name and where it starts.
pub fn named_then_quoted(s: Sentence, q: usize, known: &dyn Known) -> Option<(Np, usize)> {
    let toks = s.toks;
    let start = (s.range.start..q)
        .rev()
        .find(|&i| toks[i].is_punct(":"))
        .map_or(s.range.start, |c| c + 1);
    if q < start + 2 || !toks[start..q].iter().all(|t| t.is_word() && t.cap) {
        return None;
    }
    np::parse_np(s.block, toks, start, q, known)
        .filter(|np| np.end == q && np.name.is_some() && np.pronoun.is_none())
        .map(|np| (np, start))
}

/// «…», selon X / d'après X.
fn selon_after(s: Sentence, q: usize) -> bool {
    let toks = s.toks;
    let at = q + 1 + usize::from(toks.get(q + 1).is_some_and(|t| t.is_punct(",")));
    at + 1 < s.range.end && (toks[at].is("selon") || toks[at].is("d'après"))
        || closing_according_to(s, q).is_some()
}

/// "Trois soldats «…» dans ces attaques, selon la même source.", "«…» à la candidature, selon
/// X": "selon X" or "d'après X" closing the sentence a few words after the span at `q`, as a
/// closing incise does; where "selon" stands. Only words (or other quotations) between the
/// span and the comma, and nothing after X but its own words.
pub fn closing_according_to(s: Sentence, q: usize) -> Option<usize> {
    let toks = s.toks;
    let end = s.range.end;
    let comma =
        (q + 1..end.min(q + 13)).find(|&i| !toks[i].is_word() && toks[i].quote().is_none())?;
    let at = comma + 1;
    let closes = comma > q + 1
        && toks[comma].is_punct(",")
        && at + 1 < end
        && (toks[at].is("selon") || toks[at].is("d'après"))
        && toks[at + 1..end]
            .iter()
            .all(|t| t.is_word() || t.is_punct(".!?…"));
    closes.then_some(at)
}

/// The span is a subject: «Le Temps» consacrait …, “Cadrages” a salué …
fn in_subject_position(s: Sentence, q: usize) -> bool {
    let Some(n) = s.toks.get(q + 1).filter(|_| q + 1 < s.range.end) else {
        return false;
    };
    let base = split_clitic(&n.lower).0;
    n.is_word()
        && !n.cap
        && (lexicon::is_auxiliary(base) || ends_like_finite_verb(base))
        && !lexicon::is_preposition(base)
        && lexicon::determiner(base).is_none()
}

/// Walks back from span token `q` to the first thing that governs it (a speech verb, "selon",
/// "pour X", a quotation of the same clause) or ends its clause, and records it in `ev`.
fn walk_back(s: Sentence, verbs: &[VerbHit], q: usize, known: &dyn Known, ev: &mut Evidence) {
    let toks = s.toks;
    let mut words = 0;
    let mut que = false;
    let mut colon = false;
    // The words counted when the walk last crossed a comma: an aside set off by commas ("…,
    // qui parrainent l'accord, …") does not count.
    let mut at_comma = None;
    let mut k = q;
    while k > s.range.start {
        k -= 1;
        let t = &toks[k];
        if let Some(prev) = t.quote() {
            if known.is_quote(prev) {
                // "appelant à «…» après l'échec du «conclave»": a span in a temporal
                // complement after the quotation is no second quotation of its clause.
                let is_temporal = |t: &Tok| {
                    t.is_word()
                        && matches!(
                            t.lower.as_str(),
                            "après" | "avant" | "depuis" | "pendant" | "lors"
                        )
                };
                // "juge le mouvement «…» mais la fermeture des cabinets pendant dix jours
                // «…»": a second object and its quality joined by "mais" or "et", a time
                // inside it.
                let coordinated = k + 2 < q
                    && matches!(toks[k + 1].lower.as_str(), "mais" | "et")
                    && lexicon::determiner(&toks[k + 2].lower).is_some();
                let temporal = !coordinated && toks[k + 1..q].iter().any(is_temporal);
                if words <= 16 && !temporal {
                    ev.after_quote = Some(prev);
                }
                break;
            }
            words += 1;
            continue;
        }
        if t.kind == Kind::Punct {
            if t.is_punct(";") {
                break;
            }
            if t.is_punct(":") {
                colon = true;
            }
            if t.is_punct(",") {
                at_comma = Some(words);
            }
            continue;
        }
        let w = t.lower.as_str();
        if let Some(v) = verbs.iter().find(|v| v.at == k) {
            // "les agents appelés à …": a participle with no auxiliary is a passive; its
            // noun is the one urged, who does not speak.
            let passive = v.form == Form::PastParticiple && !v.has_aux;
            let urged = urged_infinitive(s, k, q).filter(|_| !passive);
            // "a annoncé que «…»": a weak verb reports what its "que" brings in.
            let reports = v.strong || que && words <= 6 || urged.is_some();
            if colon {
                ev.colon = true;
            } else if reports {
                let gap = if qualifies(s, w, q, words) || attributes(s, k, q, words) {
                    words.min(5)
                } else if let Some(gap) = urged {
                    gap
                } else {
                    words - asides_len(s, k + 1, q)
                };
                ev.verb_gap = Some((gap, que));
            }
            if ev.colon || reports {
                break;
            }
            if ev.weak_gap.is_none() {
                ev.weak_gap = Some(words);
            }
        }
        if matches!(w, "selon" | "d'après") {
            ev.according_to = true;
            break;
        }
        if w == "pour" && according_to_pour(s, k, known).is_some() {
            ev.according_to = true;
            break;
        }
        if matches!(w, "que" | "qu'") {
            if subordinating_que(s, k) {
                break;
            }
            que = true;
            continue;
        }
        // "L'armée a annoncé avoir frappé «…»": an infinitive of the past right after the
        // verb brings in what it reports, as "que" does.
        if matches!(w, "avoir" | "être") && k > s.range.start && verbs.iter().any(|v| v.at == k - 1)
        {
            que = true;
            continue;
        }
        if matches!(w, "lequel" | "laquelle" | "lesquels" | "lesquelles")
            && k > s.range.start
            && toks[k - 1].is("selon")
        {
            ev.according_to = true;
            break;
        }
        // "a appelé les États-Unis, qui parrainent l'accord, à «…»": a relative clause set off
        // by commas between the verb's object and the span's preposition is an aside (not one
        // followed by a clause of its own: "Selon X, qui …, la partie adverse a proposé «…»").
        if w == "qui" && k > s.range.start + 1 && toks[k - 1].is_punct(",") {
            if let Some(before) = at_comma.filter(|&n| n <= 2) {
                words = before;
                at_comma = None;
                k -= 1;
                continue;
            }
            // "Selon elle, le médiateur, qui conduit les débats, fait preuve d'une «…»": a
            // relative clause set off by commas on the subject is an aside too; the walk goes
            // on to what frames the sentence, its words still counted.
            // Not one after which a clause of its own opens with its subject ("Selon X, qui
            // …, la partie adverse a proposé «…»").
            let verb_after = (k + 1..q)
                .find(|&c| toks[c].is_punct(","))
                .is_some_and(|c| {
                    toks.get(c + 1).is_some_and(|t| {
                        c + 1 < q
                            && t.is_word()
                            && !t.cap
                            && lexicon::determiner(&t.lower).is_none()
                            && !lexicon::is_preposition(&t.lower)
                            && !lexicon::is_subject_pronoun(&t.lower)
                    })
                });
            if at_comma.is_some() && verb_after {
                at_comma = None;
                k -= 1;
                continue;
            }
        }
        // "a accusé les diplomates, réunis à Tavel, de la «…»": a participle set off by commas
        // on the verb's object is an aside too.
        if k > s.range.start + 1 && toks[k - 1].is_punct(",") && is_past_participle(t) {
            if let Some(before) = at_comma.filter(|&n| n <= 2) {
                words = before;
                at_comma = None;
                k -= 1;
                continue;
            }
        }
        // "a appelé les habitants qui le peuvent à «…»": a short relative clause on the verb's
        // object, right before the span's preposition, is part of the object.
        if w == "qui"
            && k > s.range.start + 1
            && toks[k - 1].is_word()
            && q - k <= 5
            && matches!(toks[q - 1].lower.as_str(), "à" | "de" | "d'" | "d’")
            && toks[k + 1..q - 1].iter().all(|t| t.is_word() && !t.cap)
            && q - 1 > k + 1
        {
            words = 1;
            continue;
        }
        // "X, pour qui «…»": the opinion of the one "qui" stands for.
        if w == "qui" && opinion_of_whom(s, k) {
            ev.according_to = true;
            break;
        }
        // "le juge Marc Tessier, selon qui la procédure était «…»": the words of the one named.
        if w == "qui"
            && according_to_whom(s, k)
            && k >= s.range.start + 3
            && toks[k - 3].is_capitalised()
        {
            ev.according_to = true;
            break;
        }
        // "a dénoncé un budget qui «épargne les plus riches»": a span right after "qui" is the
        // relative clause's own predicate, on a noun of the clause that reports it.
        // So is one after "qui" and a verb of its own ("un budget qui fait «payer deux fois»").
        let verb_between = k + 2 == q && {
            let v = &toks[k + 1];
            v.is_word()
                && !v.cap
                && lexicon::determiner(&v.lower).is_none()
                && !lexicon::is_preposition(&v.lower)
                && !lexicon::is_clitic(&v.lower)
        };
        if w == "qui"
            && (k + 1 == q || verb_between)
            && !(k > s.range.start && toks[k - 1].is_punct(","))
        {
            words += 1;
            continue;
        }
        if lexicon::is_clause_break(w) || w == "qui" {
            // "une «…» à laquelle l'armée était «…»", "un «…» qui «…»": a relative clause
            // whose antecedent is a quotation goes on with the same words, if 16 words away
            // at most — not a thing it names ("un «…» qui approchait de la «…»").
            let relative = matches!(
                w,
                "qui"
                    | "dont"
                    | "où"
                    | "lequel"
                    | "laquelle"
                    | "lesquels"
                    | "lesquelles"
                    | "auquel"
            );
            let mut a = k;
            if a > s.range.start + 1 && lexicon::is_preposition(&toks[a - 1].lower) {
                a -= 1;
            }
            let named = q > s.range.start && lexicon::determiner(&toks[q - 1].lower).is_some();
            if relative && !named && words <= 16 && a > s.range.start {
                if let Some(prev) = toks[a - 1].quote().filter(|&p| known.is_quote(p)) {
                    ev.after_quote = Some(prev);
                }
            }
            break;
        }
        // "a admis mercredi des «…»": a day between the verb and its object does not set the
        // span apart.
        if matches!(
            w,
            "lundi" | "mardi" | "mercredi" | "jeudi" | "vendredi" | "samedi" | "dimanche"
        ) {
            continue;
        }
        // "a fait état d'une volonté commune de «…»": the noun of "faire état de" or "faire
        // part de" is the verb's own, not words between it and the span.
        let verb_noun = matches!(w, "état" | "part")
            && k > s.range.start
            && verbs.iter().any(|v| v.at == k - 1);
        if !verb_noun {
            words += 1;
        }
    }
}

/// "a accusé le gouvernement de se ranger du côté des «…»", "reproche au ministre d'avoir
/// une «…»", "appelle le Conseil à faire preuve de «…»": after a verb that accuses, reproaches,
/// urges or promises, the infinitive its object's "de" or "à" brings in is what the speaker
/// says of it; the words between that infinitive and the span at `q`, as if the verb stood
/// there.
fn urged_infinitive(s: Sentence, v: usize, q: usize) -> Option<usize> {
    let toks = s.toks;
    let base = split_clitic(&toks[v].lower).0;
    if !lexicon::urges_infinitive(base) {
        return None;
    }
    // The object, a few words with no clause of their own, then "de" or "à".
    for p in v + 1..q.min(v + 9) {
        let t = &toks[p];
        if !t.is_word() || matches!(t.lower.as_str(), "que" | "qu'" | "qui") {
            return None;
        }
        if !matches!(t.lower.as_str(), "de" | "d'" | "à") {
            continue;
        }
        let mut i = p + 1;
        while i < q && {
            let w = toks[i].lower.as_str();
            matches!(w, "ne" | "n'" | "pas" | "plus") || lexicon::is_clitic(w)
        } {
            i += 1;
        }
        let inf = toks.get(i).filter(|t| i < q && t.is_word() && !t.cap)?;
        let w = inf.lower.as_str();
        let infinitive = w.chars().count() > 3
            && ["er", "ir", "re", "oir"].iter().any(|e| w.ends_with(e))
            && lexicon::determiner(w).is_none()
            && !lexicon::is_preposition(w);
        if infinitive {
            return Some(
                toks[i + 1..q]
                    .iter()
                    .filter(|t| t.is_word() || t.quote().is_some())
                    .count(),
            );
        }
    }
    None
}

/// A word in lower case that ends like a past participle: "réunis", "soutenue", "élus".
fn is_past_participle(t: &Tok) -> bool {
    let w = t.lower.as_str();
    t.is_word()
        && !t.cap
        && w.chars().count() > 3
        && lexicon::determiner(w).is_none()
        && !lexicon::is_preposition(w)
        && [
            "é", "ée", "és", "ées", "is", "ise", "ises", "us", "ue", "ues",
        ]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Whether "qui" at `k` follows ", pour": "le syndicat, pour qui «…»".
pub fn opinion_of_whom(s: Sentence, k: usize) -> bool {
    let toks = s.toks;
    k > s.range.start + 1
        && toks[k].is("qui")
        && toks[k - 1].is("pour")
        && toks[k - 2].is_punct(",")
}

/// Whether "qui" at `k` follows ", selon" or ", d'après": "le général Marnet, selon qui le
/// pays devait «…»"; whom it stands for is the source of the relative clause's words as "selon
/// X" is.
pub fn according_to_whom(s: Sentence, k: usize) -> bool {
    let toks = s.toks;
    k > s.range.start + 1
        && toks[k].is("qui")
        && (toks[k - 1].is("selon") || toks[k - 1].is("d'après"))
        && toks[k - 2].is_punct(",")
}

/// "a qualifié la rencontre de «…»", "a salué le texte comme «…»", "a jugé sur X le projet de
/// réforme «…»", "a appelé Paris et Berlin à «…»": the object stands between the verb `w` and
/// the span that characterises it or says what it is called on to do.
fn qualifies(s: Sentence, w: &str, q: usize, words: usize) -> bool {
    if q <= s.range.start || words > 9 {
        return false;
    }
    let before = &s.toks[q - 1];
    let b = before.lower.as_str();
    let base = super::verbs::split_clitic(w).0;
    // "jugé le projet «irréaliste»": the span is the object's attribute, right after its noun
    // or adjective.
    let attribute = base.starts_with("jug")
        && before.is_word()
        && !before.cap
        && !lexicon::is_preposition(b)
        && lexicon::determiner(b).is_none()
        && !lexicon::is_clitic(b);
    let as_what = b == "comme"
        && ["salu", "décri", "qualifi", "présent", "dépei"]
            .iter()
            .any(|p| base.starts_with(p));
    // "appelant les États-Unis et la France à «…»": what the object is called on to do.
    let called_to = b == "à" && ["appel", "exhort"].iter().any(|p| base.starts_with(p));
    // "a accusé les diplomates de la «calomnier»", "de s'«enrichir»": an object pronoun of
    // the infinitive between "de" and the span.
    let de_pronoun = q >= s.range.start + 2
        && matches!(
            b,
            "le" | "la"
                | "l'"
                | "les"
                | "se"
                | "s'"
                | "lui"
                | "leur"
                | "nous"
                | "vous"
                | "me"
                | "m'"
                | "te"
                | "t'"
        )
        && matches!(s.toks[q - 2].lower.as_str(), "de" | "d'");
    lexicon::is_judging_verb(w) && (matches!(b, "de" | "d'") || de_pronoun)
        || attribute
        || as_what
        || called_to
}

/// "jugeant la suspension de la réforme des retraites «…»", "estime le report du vote «…»":
/// the object of a verb of judging at `v`, however long, stands between it and the quality the
/// span gives it — a phrase opened by a determiner, with no comma, clause or verb in it.
fn attributes(s: Sentence, v: usize, q: usize, words: usize) -> bool {
    let toks = s.toks;
    let w = toks[v].lower.as_str();
    // "juge de son côté les arguments …", "estime pour sa part le texte …": a side-taking
    // adverbial before the object.
    let o = v + 1 + side_adverbial_len(s, v + 1, q);
    words <= 10 + (o - v - 1)
        && lexicon::is_attributive_verb(w)
        && lexicon::speech_verb(w).is_some()
        && o + 1 < q
        && lexicon::determiner(&toks[o].lower).is_some()
        && toks[o..q].iter().all(|t| {
            t.is_word()
                && !matches!(
                    t.lower.as_str(),
                    "que" | "qu'" | "qui" | "dont" | "et" | "mais"
                )
                && !lexicon::is_auxiliary(&t.lower)
                && lexicon::speech_verb(&t.lower).is_none()
        })
}

/// The length of where the words were said, right after the verb and before its object:
/// "a salué sur X des forces de l'ordre «…»", "a dénoncé sur son compte Telegram une
/// «…»", "a évoqué dans un communiqué un «…»"; 0 when none stands at `at`.
fn channel_len(s: Sentence, at: usize, q: usize) -> usize {
    let toks = s.toks;
    let word = |i: usize| (i < q && toks[i].is_word()).then(|| &toks[i]);
    if !word(at).is_some_and(|t| matches!(t.lower.as_str(), "sur" | "à" | "au" | "dans")) {
        return 0;
    }
    let mut j = at + 1;
    if word(j).is_some_and(|t| !t.cap && lexicon::determiner(&t.lower).is_some()) {
        j += 1;
    }
    // A channel's or a document's noun, then its name; or the name alone.
    if word(j).is_some_and(|t| {
        !t.cap && (super::clauses::is_channel(&t.lower) || lexicon::is_document(&t.lower))
    }) {
        j += 1;
    }
    let name = j;
    while j < name + 3 && word(j).is_some_and(|t| t.cap) {
        j += 1;
    }
    if j == at + 1 || j == name && name == at + 2 {
        return 0;
    }
    // The object follows.
    if word(j).is_some_and(|t| !t.cap && lexicon::determiner(&t.lower).is_some()) {
        j - at
    } else {
        0
    }
}

/// The length of what stands between a verb and its object without being either, from `at`:
/// where the words were said ("sur X", "dans les colonnes du quotidien régional") and
/// side-taking adverbials ("quant à lui"), one after the other ("parle quant à lui dans les
/// colonnes du Courrier d'un simple «…»").
fn asides_len(s: Sentence, at: usize, q: usize) -> usize {
    let toks = s.toks;
    let mut j = at;
    loop {
        let n = match super::verbs::adverbial_len(toks, j, q) {
            0 => match channel_len(s, j, q) {
                0 => columns_len(toks, j, q),
                n => n,
            },
            n => n,
        };
        if n == 0 {
            return j - at;
        }
        j += n;
    }
}

/// The length of "dans les colonnes du quotidien régional", "dans les colonnes de La Gazette"
/// at `at`: the paper's pages, up to the verb's object (a determiner or "de").
fn columns_len(toks: &[Tok], at: usize, q: usize) -> usize {
    let is = |i: usize, w: &str| i < q && toks[i].is(w);
    if !(is(at, "dans") && is(at + 1, "les") && is(at + 2, "colonnes")) {
        return 0;
    }
    let mut j = at + 3;
    if !(j < q && matches!(toks[j].lower.as_str(), "du" | "de" | "des" | "d'")) {
        return 3;
    }
    j += 1;
    if j < q && matches!(toks[j].lower.as_str(), "la" | "l'") {
        j += 1;
    }
    let start = j;
    while j < q
        && j < start + 4
        && toks[j].is_word()
        && !matches!(toks[j].lower.as_str(), "de" | "d'" | "du" | "des")
        && (j == start || lexicon::determiner(&toks[j].lower).is_none())
    {
        j += 1;
    }
    j - at
}

/// The length of "de son côté", "pour sa part", "à son tour" or an adverb at `at`, before `q`;
/// 0 when none stands there.
fn side_adverbial_len(s: Sentence, at: usize, q: usize) -> usize {
    let toks = s.toks;
    match super::verbs::adverbial_len(toks, at, q) {
        0 => usize::from(at < q && toks[at].is_word() && lexicon::is_adverb(&toks[at].lower)),
        n => n,
    }
}

/// "alors que", "parce que", "avant que": the "que" at `k` opens a subordinate clause, not
/// reported speech.
fn subordinating_que(s: Sentence, k: usize) -> bool {
    let before = k
        .checked_sub(1)
        .filter(|&b| b >= s.range.start)
        .map(|b| s.toks[b].lower.as_str());
    matches!(
        before,
        Some(
            "alors"
                | "tandis"
                | "bien"
                | "parce"
                | "afin"
                | "sans"
                | "ainsi"
                | "avant"
                | "après"
                | "pendant"
                | "dès"
        )
    )
}

/// "Pour X, …" at the start of a clause, X a person: the NP and where it ends.
pub fn according_to_pour(s: Sentence, k: usize, known: &dyn Known) -> Option<Np> {
    let toks = s.toks;
    // "Pour X, …", "…, pour X, …", "Mais pour X, …", "Or, pour X, …".
    let starts_clause = k == s.range.start
        || toks[k - 1].is_punct(",")
        || toks[k - 1].is_punct(":")
        || (toks[k - 1].is_word()
            && (lexicon::is_adverb(&toks[k - 1].lower)
                || matches!(toks[k - 1].lower.as_str(), "mais" | "et" | "or"))
            && (k - 1 == s.range.start || toks[k - 2].is_punct(",")));
    if !starts_clause {
        return None;
    }
    let end = comma_after(toks, k + 1, s.range.end);
    let np = np::parse_np(s.block, toks, k + 1, end, known)?;
    let person = np.name.is_some()
        || matches!(np.pronoun, Some(Pron::Personal(_)))
        || (np.role.is_some() && np.det.is_some())
        // "Pour la CFDT, «…»", "Pour la mairie, «…»": a body's view.
        || np.is_one_body()
        // "Pour le quotidien, «…»": the newspaper the dispatch named.
        || np.is_newspaper_noun();
    (person && end < s.range.end && toks[end].is_punct(",")).then_some(np)
}
