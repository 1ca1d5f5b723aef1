//! Speech verbs in a sentence: "a déclaré", "a-t-il ajouté", "mettait en garde", "affirmant",
//! with the auxiliaries, clitics and adverbs of their verb group.

use super::lexicon::{self, Det, Form, Gender};
use super::np::Pron;
use super::tokens::{Sentence, Tok, LEX_SPEECH};

/// A speech verb in a sentence.
#[derive(Debug, Clone, Copy)]
pub struct VerbHit {
    /// The verb's word (the last word of "mettre en garde").
    pub at: usize,
    /// First token of its verb group (auxiliary, clitics).
    pub group: usize,
    pub form: Form,
    pub strong: bool,
    pub has_aux: bool,
    /// A subject pronoun attached by inversion ("a-t-il", "confie-t-elle", "pouvait-on").
    pub clitic: Option<Pron>,
}

/// Splits an inverted subject pronoun off a verb: "a-t-il" → ("a", il).
pub fn split_clitic(w: &str) -> (&str, Option<Pron>) {
    // Every suffix opens with a hyphen within the word's last seven bytes.
    // (Byte by byte: seven bytes at most, where `contains` called out to memchr for each word.)
    let tail = &w.as_bytes()[w.len().saturating_sub(7)..];
    if tail.iter().all(|&b| b != b'-') {
        return (w, None);
    }
    for (suffix, pron) in [
        ("-t-il", Pron::Personal(Gender::M)),
        ("-t-elle", Pron::Personal(Gender::F)),
        ("-t-on", Pron::Vague),
        ("-ils", Pron::Vague),
        ("-elles", Pron::Vague),
        ("-il", Pron::Personal(Gender::M)),
        ("-elle", Pron::Personal(Gender::F)),
        ("-on", Pron::Vague),
    ] {
        if let Some(base) = w.strip_suffix(suffix) {
            if !base.is_empty() {
                return (base, Some(pron));
            }
        }
    }
    // "note-ton", "ajoute-ton": "-t-on" typed without its second hyphen, on a speech verb.
    if let Some(base) = w.strip_suffix("-ton") {
        if lexicon::speech_verb(base).is_some() {
            return (base, Some(Pron::Vague));
        }
    }
    (w, None)
}

/// Multi-word adverbials stepped over like adverbs.
pub fn adverbial_len(toks: &[Tok], i: usize, end: usize) -> usize {
    const PHRASES: [&[&str]; 34] = [
        &["au", "contraire"],
        &["en", "effet"],
        &["en", "revanche"],
        &["lui", "aussi"],
        &["elle", "aussi"],
        &["d'", "ailleurs"],
        &["d'", "abord"],
        &["pour", "autant"],
        &["sans", "détour"],
        &["à", "plusieurs", "reprises"],
        &["une", "fois", "de", "plus"],
        &["pour", "sa", "part"],
        &["pour", "leur", "part"],
        &["de", "son", "côté"],
        &["de", "leur", "côté"],
        &["à", "son", "tour"],
        &["par", "ailleurs"],
        &["en", "outre"],
        &["de", "nouveau"],
        &["à", "nouveau"],
        &["quant", "à", "lui"],
        &["quant", "à", "elle"],
        &["une", "nouvelle", "fois"],
        &["tout", "de", "même"],
        &["quand", "même"],
        &["d'", "emblée"],
        &["d'", "entrée"],
        &["en", "substance"],
        &["tout", "de", "suite"],
        &["d'", "ores", "et", "déjà"],
        &["sans", "ambages"],
        &["haut", "et", "fort"],
        &["à", "demi-mot"],
        &["dans", "la", "foulée"],
    ];
    for p in PHRASES {
        if i + p.len() <= end && p.iter().enumerate().all(|(k, w)| toks[i + k].is(w)) {
            return p.len();
        }
    }
    0
}

pub fn is_number(t: &Tok) -> bool {
    t.is_word()
        && t.lower
            .chars()
            .all(|c| c.is_ascii_digit() || c == 'e' || c == 'r')
        && t.lower.starts_with(|c: char| c.is_ascii_digit())
}

fn form_of(w: &str) -> Form {
    if w.ends_with("ant") {
        Form::PresentParticiple
    } else if matches!(w, "mis" | "mise" | "fait") {
        Form::PastParticiple
    } else if w.ends_with("re") {
        Form::Infinitive
    } else {
        Form::Finite
    }
}

/// "a traité les dirigeants de «…»", "le traitant de «…»", "a présenté son client comme un
/// simple «…»": "traiter" and "présenter" speak only when they name someone by a quoted word
/// after "de" or "comme", a few words on (they also handle files, treat the wounded and
/// present a budget).
fn insult(s: Sentence, k: usize, base: &str) -> Option<lexicon::Verb> {
    let toks = s.toks;
    let (stem, link): (&str, &[&str]) = if let Some(rest) = base.strip_prefix("trait") {
        (rest, &["de", "d'"])
    } else {
        (base.strip_prefix("présent")?, &["comme"])
    };
    let form = match stem {
        "e" | "es" | "ent" | "ait" | "aient" => Form::Finite,
        "é" | "ée" | "és" | "ées" => Form::PastParticiple,
        "ant" => Form::PresentParticiple,
        "er" => Form::Infinitive,
        _ => return None,
    };
    let end = s.range.end.min(k + 9);
    // Only the object's words between: the link, then perhaps an article and an adjective
    // ("comme un simple «…»"), right before the quotation.
    let q = (k + 1..end).find(|&i| !toks[i].is_word())?;
    let named = q > k + 1
        && toks[q].quote().is_some()
        && toks[k + 1..q]
            .iter()
            .rev()
            .take(3)
            .any(|t| link.contains(&t.lower.as_str()));
    named.then_some(lexicon::Verb { form, strong: true })
}

/// "s'en est pris à", "s'en prend aux", "s'en prenant au": "s'en prendre à" someone is to
/// attack them in words.
fn attacks(s: Sentence, k: usize, base: &str) -> Option<lexicon::Verb> {
    let toks = s.toks;
    let form = match base {
        "prend" | "prennent" | "prenait" | "prenaient" | "prendra" | "prendrait" => Form::Finite,
        "pris" | "prise" => Form::PastParticiple,
        "prenant" => Form::PresentParticiple,
        "prendre" => Form::Infinitive,
        _ => return None,
    };
    // "s'en prend quant à elle aux …", "s'en est pris lui aussi à …": adverbials between.
    let mut j = k + 1;
    while j < s.range.end {
        let adv = adverbial_len(toks, j, s.range.end);
        if adv > 0 {
            j += adv;
        } else if toks[j].is_word() && lexicon::is_adverb(&toks[j].lower) {
            j += 1;
        } else {
            break;
        }
    }
    let to = toks
        .get(j)
        .is_some_and(|n| j < s.range.end && matches!(n.lower.as_str(), "à" | "au" | "aux"));
    // "s'en", then perhaps an auxiliary ("s'en est pris") or an adverb ("s'en est aussi pris").
    let from = k.saturating_sub(4).max(s.range.start);
    let reflexive_en = (from..k).any(|i| {
        toks[i].is("en")
            && i > s.range.start
            && matches!(
                toks[i - 1].lower.as_str(),
                "s'" | "se" | "m'" | "t'" | "nous" | "vous"
            )
    });
    (to && reflexive_en).then_some(lexicon::Verb { form, strong: true })
}

/// "qui y voit au contraire «…»", "voit dans cette décision «…»", "voit en lui un «…»": what
/// someone sees in a thing, in quotation marks a few words on, is their reading of it.
fn sees_in(s: Sentence, k: usize, base: &str) -> Option<lexicon::Verb> {
    let toks = s.toks;
    let form = match base {
        "voit" | "voient" | "voyait" | "voyaient" | "verra" | "verront" => Form::Finite,
        "vu" => Form::PastParticiple,
        "voyant" => Form::PresentParticiple,
        _ => return None,
    };
    let y = k > s.range.start && toks[k - 1].is("y");
    let inside = toks
        .get(k + 1)
        .is_some_and(|n| k + 1 < s.range.end && (n.is("dans") || n.is("en")));
    // "On y voit le «…»": what anyone can see there is a description, not a view.
    let anyone = (k.saturating_sub(3).max(s.range.start)..k).any(|i| toks[i].is("on"));
    if !(y || inside) || anyone {
        return None;
    }
    // The quotation follows within the clause.
    let end = s.range.end.min(k + 10);
    let q = (k + 1..end).find(|&i| !toks[i].is_word())?;
    toks[q]
        .quote()
        .is_some()
        .then_some(lexicon::Verb { form, strong: true })
}

/// Speech verbs that speak no more when reflexive: "s'exposer à", "se qualifier pour",
/// "s'assurer que", "se lancer dans", "se confirmer", "s'annoncer difficile", "se signaler",
/// "s'appeler", "se rapporter à", "se relever", "se réclamer de".
fn not_speech_reflexive(base: &str) -> bool {
    [
        "expos", "qualifi", "assur", "lanc", "lanç", "confirm", "annonc", "annonç", "signal",
        "appel", "rapport", "relev", "relèv", "réclam", "observ", "pointe",
    ]
    .iter()
    .any(|p| base.starts_with(p))
}

/// Forms of "soutenir" and "défendre", which say or support.
fn supports_rather_than_says(base: &str) -> bool {
    ["soutien", "souten", "défend"]
        .iter()
        .any(|p| base.starts_with(p))
}

/// The speech verbs of a sentence, in order.
pub fn verbs(s: Sentence) -> Vec<VerbHit> {
    let toks = s.toks;
    let mut out = Vec::new();
    for k in s.range.clone() {
        let t = &toks[k];
        if !t.is_word() || (t.cap && k > s.range.start) {
            continue;
        }
        let (base, clitic) = split_clitic(&t.lower);
        // `LEX_SPEECH` says whether the lexicon knows `base` (`bodies::mark_words`, run on
        // every sentence's words): most words are no speech verb, told without a lookup.
        let known = t.lex & LEX_SPEECH != 0;
        let verb = known.then(|| lexicon::speech_verb(base)).flatten().or_else(|| {
            if base.starts_with("trait") || base.starts_with("présent") {
                return insult(s, k, base);
            }
            if base.starts_with("pr") {
                return attacks(s, k, base);
            }
            if base.starts_with('v') {
                return sees_in(s, k, base);
            }
            let next =
                |n: usize, w: &str| toks.get(k + n).is_some_and(|x| x.is(w)) && k + n < s.range.end;
            // "continue-t-elle", "Et de continuer : «…»": going on with one's words, only
            // inverted after them or as narration's infinitive ("la grève continue" says
            // nothing).
            if base.starts_with("continu") {
                let narration = base == "continuer"
                    && k >= s.range.start + 2
                    && matches!(toks[k - 1].lower.as_str(), "de" | "d'")
                    && matches!(toks[k - 2].lower.as_str(), "et" | "puis");
                return (clitic.is_some() || narration).then_some(lexicon::Verb {
                    form: if narration {
                        Form::Infinitive
                    } else {
                        Form::Finite
                    },
                    strong: false,
                });
            }
            // "a laissé entendre qu'il était prêt à «…»", "laisse comprendre que": said without
            // saying it outright, said all the same.
            if base.starts_with("laiss") && (next(1, "entendre") || next(1, "comprendre")) {
                let form = match base {
                    "laisser" => Form::Infinitive,
                    "laissant" => Form::PresentParticiple,
                    b if b.ends_with('é') => Form::PastParticiple,
                    _ => Form::Finite,
                };
                return Some(lexicon::Verb {
                    form,
                    strong: false,
                });
            }
            if !base.starts_with(['m', 'f']) {
                return None;
            }
            if lexicon::is_mettre(base)
                && (next(1, "en") && next(2, "garde") || next(2, "en") && next(3, "garde"))
            {
                return Some(lexicon::Verb {
                    form: form_of(base),
                    strong: true,
                });
            }
            // "a fait savoir", "fait valoir", "a fait part de sa «…»", "a fait état d'un «…»".
            if lexicon::is_faire(base)
                && (next(1, "valoir")
                    || next(1, "savoir")
                    || next(2, "valoir")
                    || next(2, "savoir")
                    || next(1, "part") && (next(2, "de") || next(2, "d'"))
                    || next(1, "état") && (next(2, "de") || next(2, "d'"))
                    // "fait état dans un rapport de «…»", "a fait part dans un communiqué de
                    // sa «…»": where it said so, between the noun and its "de".
                    || (next(1, "état") || next(1, "part"))
                        && matches!(
                            toks.get(k + 2).filter(|_| k + 2 < s.range.end).map(|t| t.lower.as_str()),
                            Some("dans" | "sur" | "lors")
                        )
                        && (4..=6).any(|n| next(n, "de") || next(n, "d'")))
            {
                // "L'état-major fait état de …": with no auxiliary before it, "fait" is the
                // present, not a participle.
                let present = base == "fait"
                    && !(k > s.range.start && lexicon::is_auxiliary(&toks[k - 1].lower));
                return Some(lexicon::Verb {
                    form: if present { Form::Finite } else { form_of(base) },
                    strong: true,
                });
            }
            None
        });
        let Some(verb) = verb else { continue };
        // "la Pologne soutiendrait «toute mesure…»", "défend un «plan…»": with an object these
        // verbs mean to support, not to say; they report speech before "que" or a colon only.
        // Inside what another speech verb reports ("a déclaré que la Pologne soutiendrait
        // «…»"), such a verb with an object is the reported clause's, not a new speaker's.
        // So is a verb in the conditional, a future seen from the past ("a averti que l'Union
        // répondrait de manière «…»"): what the reporter foresees, not words of its subject.
        let conditional = base.ends_with("rait") || base.ends_with("raient");
        // So is a verb of will ("a dit que les États-Unis voulaient «…»"): what the subject
        // wants, as the reporter puts it.
        let wants = ["veu", "voul"].iter().any(|p| base.starts_with(p));
        // So is "lancer" before a quoted noun phrase ("a déclaré que la Vornie avait lancé
        // «une vague de frappes»"): launched, not said.
        let launches = (base.starts_with("lanc") || base.starts_with("lanç"))
            && toks.get(k + 1).is_some_and(|t| {
                k + 1 < s.range.end
                    && t.quote().is_some()
                    && s.block[t.start..t.end]
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .split(|c: char| !c.is_alphanumeric())
                        .next()
                        .is_some_and(|w| {
                            matches!(w, "un" | "une" | "des" | "le" | "la" | "les" | "l")
                        })
            });
        if supports_rather_than_says(base) || conditional || wants || launches {
            let next = toks.get(k + 1).filter(|_| k + 1 < s.range.end);
            let says = next.is_some_and(|n| n.is("que") || n.is("qu'") || n.is_punct(":"));
            let reported = out.last().is_some_and(|v: &VerbHit| {
                toks[v.at + 1..k].iter().any(|t| t.is("que") || t.is("qu'"))
            });
            if reported && !says {
                continue;
            }
        }
        // An infinitive reports speech after "avant d'ajouter", "tenu à rappeler", not
        // after a modal ("devrait maintenir son refus").
        if verb.form == Form::Infinitive
            && !(k > s.range.start
                && matches!(toks[k - 1].lower.as_str(), "de" | "d'" | "à" | "pour"))
        {
            continue;
        }
        // A determiner before it makes it a noun ("la demande", "une menace"), unless the
        // determiner is an object pronoun after a subject ("il la juge").
        if k > s.range.start {
            let p = &toks[k - 1];
            if let Some((det, _, _)) = lexicon::determiner(&p.lower).filter(|_| p.is_word()) {
                // "la députée Anne Morel le juge «…»": after a name too.
                // "…, le qualifiant de «…»": before a present participle, an object pronoun.
                let object_pronoun = matches!(p.lower.as_str(), "le" | "la" | "les" | "l'")
                    && k >= 2
                    && (lexicon::is_subject_pronoun(&toks[k - 2].lower)
                        || k - 2 > s.range.start && toks[k - 2].is_capitalised()
                        || verb.form == Form::PresentParticiple
                        || as_says(s, k));
                if !object_pronoun || det != Det::Definite {
                    continue;
                }
            }
        }
        // "se contentant de rappeler", "tenant à préciser": an infinitive governed by a present
        // participle reports speech as the participle would.
        let mut form = verb.form;
        if form == Form::Infinitive
            && k >= s.range.start + 2
            && toks[k - 2].is_word()
            && !toks[k - 2].cap
            && toks[k - 2].lower.ends_with("ant")
            && toks[k - 2].lower.chars().count() > 5
            && !matches!(
                toks[k - 2].lower.as_str(),
                "maintenant" | "cependant" | "pendant" | "durant" | "auparavant" | "autant"
            )
        {
            form = Form::PresentParticiple;
        }
        let (group, mut has_aux, aux_clitic) = group_start(s, k);
        if in_free_relative(s, group, k) {
            continue;
        }
        // "l'affaire dite des «…»", "les accords dits «…»": so called, a name, not speech.
        if matches!(base, "dite" | "dits")
            && group == k
            && k > s.range.start
            && toks[k - 1].is_word()
            && !toks[k - 1].cap
        {
            continue;
        }
        // "la Russie s'exposerait à des sanctions «…»", "s'est qualifiée pour la finale":
        // reflexive, these verbs say nothing.
        if toks[group..k].iter().any(|t| t.is("se") || t.is("s'")) && not_speech_reflexive(base) {
            continue;
        }
        // "a jugé … et assuré :": a participle sharing an earlier auxiliary.
        if verb.form == Form::PastParticiple
            && !has_aux
            && group > s.range.start
            && matches!(toks[group - 1].lower.as_str(), "et" | "mais" | "puis")
            && toks[s.range.start..group]
                .iter()
                .any(|t| t.is_word() && lexicon::is_auxiliary(&t.lower))
            // "une décision saluée par les riverains et qualifiée de «…»": coordinated with a
            // passive, it is a passive too.
            && !toks[s.range.start..group].iter().rev().take(8).any(|t| t.is("par"))
            && !out.last().is_some_and(|v: &VerbHit| {
                v.form == Form::PastParticiple && !v.has_aux && v.at + 8 > group
            })
        {
            has_aux = true;
        }
        // "a laissé entendre": the locution's last word is the verb's, as "garde" is.
        let hinted = base.starts_with("laiss")
            && toks
                .get(k + 1)
                .is_some_and(|n| k + 1 < s.range.end && (n.is("entendre") || n.is("comprendre")));
        out.push(VerbHit {
            at: if hinted { k + 1 } else { k },
            group,
            form,
            strong: verb.strong,
            has_aux,
            clitic: clitic.or(aux_clitic),
        });
    }
    out
}

/// "a déclaré que ce que Rivaud a dit représente «…»", "ce qu'a affirmé le ministre est
/// «…»": a speech verb in a free relative ("ce que" + its subject + the verb) makes a noun
/// phrase, what was said, and its subject says nothing of the words that follow — unless a
/// colon or a cleft opens them ("Voici ce qu'a déclaré X : «…»", "Ce qu'il a dit, c'est
/// «…»").
fn in_free_relative(s: Sentence, group: usize, k: usize) -> bool {
    let toks = s.toks;
    // Not after a comma: ", ce qu'il a qualifié de «…»" takes up the clause before it, and
    // its verb governs the words.
    let que = |i: usize| {
        i > s.range.start
            && matches!(toks[i].lower.as_str(), "que" | "qu'" | "qu’")
            && toks[i - 1].is("ce")
            && !(i > s.range.start + 1 && toks[i - 2].is_punct(","))
    };
    // "ce qu'a dit X": the verb group right after "ce que"; "ce que X a dit", "ce qu'il a
    // dit": a short subject without punctuation between.
    let opened = (group.saturating_sub(5).max(s.range.start + 1)..group)
        .rev()
        .find(|&i| que(i))
        .filter(|&i| {
            toks[i + 1..group]
                .iter()
                .all(|t| t.is_word() && !t.is("que"))
        });
    if opened.is_none() {
        return false;
    }
    // "Ce qu'il a dit, c'est : «…»": a cleft gives the words back to the relative's subject.
    let end = s.range.end.min(k + 8);
    let between: Vec<&Tok> = toks[k + 1..end]
        .iter()
        .take_while(|t| t.quote().is_none())
        .collect();
    !between
        .iter()
        .any(|t| t.is_punct(":") || matches!(t.lower.as_str(), "c'" | "c’"))
}

/// "Comme le dit X", "comme l'explique X": after "comme", "le" or "l'" before the verb at `k`
/// is its object pronoun, the subject following the verb — not "comme l'annonce du ministre",
/// a noun and its complement.
fn as_says(s: Sentence, k: usize) -> bool {
    let toks = s.toks;
    k >= s.range.start + 2
        && toks[k - 2].is("comme")
        && matches!(toks[k - 1].lower.as_str(), "le" | "l'")
        && toks.get(k + 1).is_some_and(|n| {
            k + 1 < s.range.end
                && n.is_word()
                && !matches!(n.lower.as_str(), "de" | "du" | "des" | "d'")
        })
}

/// Walks back from a verb over auxiliaries, clitics, adverbs and parentheses
/// ("a, elle, expédié", "a pour sa part affirmé", "s'est-il").
fn group_start(s: Sentence, k: usize) -> (usize, bool, Option<Pron>) {
    let toks = s.toks;
    let mut g = k;
    let mut has_aux = false;
    let mut clitic = None;
    while g > s.range.start {
        let p = &toks[g - 1];
        if p.is_word() {
            let (base, c) = split_clitic(&p.lower);
            if lexicon::is_auxiliary(base) {
                has_aux = true;
                clitic = clitic.or(c);
                g -= 1;
                continue;
            }
            match word_before_group(s, g) {
                Some(before) => {
                    g = before;
                    continue;
                }
                None => break,
            }
        }
        // ", lui," ", de son côté," inside the verb group: only right after an auxiliary
        // ("a, lui, jugé"), which `aside_after_auxiliary` checks.
        if p.is_punct(",") {
            if let Some(aux) = aside_after_auxiliary(s, g) {
                has_aux = true;
                clitic = clitic.or(split_clitic(&toks[aux].lower).1);
                g = aux;
                continue;
            }
        }
        break;
    }
    // The auxiliary itself, when it was the word right before the adverbs.
    (g, has_aux, clitic)
}

/// Where a verb group starting at `g` starts once the word before it (not an auxiliary) is
/// taken in: an adverb, a clitic, a known adverbial ("a pour sa part affirmé"), an object
/// pronoun ("l'a annoncé"); `None` when that word is not part of the group.
fn word_before_group(s: Sentence, g: usize) -> Option<usize> {
    let toks = s.toks;
    let p = &toks[g - 1];
    // "Vous parlez d'un «…»": "nous" or "vous" opening the clause is its subject, not an
    // object pronoun.
    if matches!(p.lower.as_str(), "nous" | "vous")
        && (g - 1 == s.range.start || {
            let b = &toks[g - 2];
            b.is_word()
                && matches!(
                    b.lower.as_str(),
                    "que" | "qu'" | "et" | "mais" | "si" | "quand" | "comme" | "lorsque"
                )
        })
    {
        return None;
    }
    // "a pour sa part affirmé", "a quant à lui jugé": a known adverbial right before, read
    // whole before its last word ("lui") is taken for an object clitic.
    for len in 2..=4 {
        if g >= s.range.start + len && adverbial_len(toks, g - len, g) == len {
            return Some(g - len);
        }
    }
    if lexicon::is_adverb(&p.lower)
        || (lexicon::is_clitic(&p.lower) && lexicon::determiner(&p.lower).is_none())
        || matches!(p.lower.as_str(), "pas" | "plus" | "jamais")
        || adverb_after_auxiliary(s, g - 1)
        || emphatic_after_auxiliary(s, g - 1)
    {
        return Some(g - 1);
    }
    // "l'a annoncé", "il la juge": object pronouns right before the verb group.
    // "Mme Ribeiro, elle, l'a jugé": after a stressed pronoun set off by commas too.
    let aside = g >= s.range.start + 3
        && toks[g - 2].is_punct(",")
        && matches!(toks[g - 3].lower.as_str(), "lui" | "elle" | "eux" | "elles");
    // "Le gouvernement l'a qualifiée", "le ministère les a jugées": before an auxiliary an
    // article has no noun to go with, so it is the object pronoun whatever precedes it.
    let before_auxiliary =
        toks[g].is_word() && lexicon::is_auxiliary(split_clitic(&toks[g].lower).0);
    if matches!(p.lower.as_str(), "l'" | "le" | "la" | "les")
        && g >= s.range.start + 2
        && (lexicon::is_subject_pronoun(&toks[g - 2].lower)
            || toks[g - 2].is_capitalised()
            || aside
            || before_auxiliary)
    {
        return Some(g - 1);
    }
    None
}

/// "a longuement expliqué", "avait précédemment indiqué": a word in "-ment" between an
/// auxiliary and what follows it is an adverb (nouns in "-ment" never stand there).
fn adverb_after_auxiliary(s: Sentence, i: usize) -> bool {
    let w = s.toks[i].lower.as_str();
    w.chars().count() > 6
        && w.ends_with("ment")
        && i > s.range.start
        && s.toks[i - 1].is_word()
        && lexicon::is_auxiliary(split_clitic(&s.toks[i - 1].lower).0)
}

/// "a lui-même parlé", "avait elle-même jugé": a stressed pronoun with "même" between an
/// auxiliary and what follows it stresses the subject, inside the verb group.
fn emphatic_after_auxiliary(s: Sentence, i: usize) -> bool {
    let w = s.toks[i].lower.replace('’', "'");
    matches!(
        w.as_str(),
        "lui-même" | "elle-même" | "eux-mêmes" | "elles-mêmes"
    ) && i > s.range.start
        && s.toks[i - 1].is_word()
        && lexicon::is_auxiliary(split_clitic(&s.toks[i - 1].lower).0)
}

/// ", lui,", ", de son côté,": an aside between commas ending at `g - 1`, right after an
/// auxiliary; where that auxiliary is.
fn aside_after_auxiliary(s: Sentence, g: usize) -> Option<usize> {
    let toks = s.toks;
    let mut j = g - 1;
    let mut n = 0;
    while j > s.range.start && !toks[j - 1].is_punct(",") && n < 8 {
        j -= 1;
        n += 1;
    }
    if n == 0 || j <= s.range.start || !toks[j - 1].is_punct(",") {
        return None;
    }
    let inner = &toks[j..g - 1];
    // "a, dans un communiqué, qualifié …", "ont, lors d'une conférence de presse, dénoncé …":
    // a complement a preposition opens, where or how the words were said.
    let where_said = inner.iter().all(|t| t.is_word())
        && matches!(
            inner[0].lower.as_str(),
            "dans" | "sur" | "lors" | "devant" | "par" | "à" | "au" | "aux" | "en"
        );
    let adverbial = n <= 4
        && inner.iter().all(|t| {
            t.is_word()
                && (lexicon::is_adverb(&t.lower)
                    || matches!(
                        t.lower.as_str(),
                        "lui"
                            | "elle"
                            | "eux"
                            | "elles"
                            | "de"
                            | "son"
                            | "sa"
                            | "leur"
                            | "côté"
                            | "pour"
                            | "part"
                            | "à"
                            | "tour"
                            | "quant"
                    ))
        });
    ((adverbial || where_said)
        && j >= s.range.start + 2
        && lexicon::is_auxiliary(split_clitic(&toks[j - 2].lower).0))
    .then(|| j - 2)
}
