//! Who said a quotation: a choice among candidates.
//!
//! For each quotation, every phrase that could give it a speaker is collected — the incise
//! right after it («…», a déclaré X · «…», a-t-il ajouté · «…», selon X), the speech verbs
//! before it in its sentence and their subjects (X a déclaré que «…», participles taking their
//! clause's subject), "selon X" and "pour X", a colon after a person (X rejette tout : «…»), the
//! speaker of a quotation just before in the same sentence, the frame of the sentence before
//! ("Selon X, …"), a paragraph ending with a colon that announces it. Each candidate is resolved
//! to an entity ([`super::speakers`]) and scored by its evidence: how directly its phrase
//! governs the quotation (an incise after it is the strongest; the verb right after a quotation
//! decides over the last name seen), how far it stands, and whether it is a person or a body
//! the text names. The best one wins; when none has enough evidence, or the best is someone
//! the text does not name, the quotation has no speaker.

use super::bodies;
use super::clauses::{self, Subject};
use super::incises;
use super::lexicon::{self, Form, Gender};
use super::names;
use super::np::{self, Known, Np, Pron};
use super::speakers::{Discourse, Entity};
use super::tokens::{Sentence, Tok};
use super::verbs::VerbHit;

/// What links a candidate to the quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// An incise right after it: «…», a déclaré X · «…», a-t-il ajouté · «…», selon X.
    Incise,
    /// A speech verb before it in the sentence, `gap` words away.
    Verb { gap: usize },
    /// "selon X" or "d'après X" before it.
    According { gap: usize },
    /// "Pour X, …" before it.
    Opinion { gap: usize },
    /// The speaker of a quotation before it in the same clause.
    PreviousQuote { gap: usize },
    /// A colon after the sentence's subject: X rejette la responsabilité : «…».
    Colon,
    /// "Selon X, …" opening the sentence before, in the same paragraph.
    Frame,
    /// The paragraph before ends with a colon announcing it.
    Announced,
    /// A subject and its speech verb right after it: «…», Orlov a dit aux journalistes.
    SubjectAfter,
    /// It stands alone as a sentence after one whose subject is a person or a body: X a pris
    /// la parole. «…»
    Neighbour,
}

impl Cue {
    /// How strongly the cue ties a speaker to the quotation.
    fn weight(self) -> i32 {
        match self {
            Cue::Incise => 100,
            Cue::Verb { gap } => 90 - 2 * gap.min(20) as i32,
            Cue::According { gap } => 88 - 2 * gap.min(20) as i32,
            Cue::Opinion { gap } => 84 - 2 * gap.min(20) as i32,
            Cue::PreviousQuote { gap } => 80 - gap.min(20) as i32,
            Cue::Colon => 60,
            Cue::Frame => 50,
            Cue::Announced => 50,
            Cue::SubjectAfter => 92,
            Cue::Neighbour => 45,
        }
    }
}

/// A possible speaker of a quotation.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub entity: Entity,
    pub cue: Cue,
    pub score: i32,
}

/// Less than this, no candidate is trusted.
pub const MIN_SCORE: i32 = 40;

impl Candidate {
    pub fn from_cue(entity: Entity, cue: Cue) -> Candidate {
        // A named person or body is what a speech verb's subject usually is; a thing or a
        // group as subject ("cette mesure permettrait …") is weak evidence that the words are
        // theirs.
        let kind = if entity.is_named() || entity.person {
            0
        } else {
            -45
        };
        let score = cue.weight() + kind;
        Candidate { entity, cue, score }
    }
}

/// The candidate with the most evidence: its entity (named or not), `None` when none is
/// trusted.
pub fn choose(candidates: &[Candidate]) -> Option<Entity> {
    candidates
        .iter()
        .filter(|c| c.score >= MIN_SCORE)
        // On a tie, the incise after the quotation decides.
        .max_by_key(|c| (c.score, c.cue == Cue::Incise))
        .map(|c| c.entity.clone())
}

/// What attribution reads besides the sentence: the spans decided so far and who said them.
pub trait Attributed: Known {
    /// The speaker already found for quotation `q`, if any.
    fn speaker_of(&self, q: usize) -> Option<Entity>;
}

/// The candidates of the quotation at token `k` of sentence `s` found in that sentence.
pub fn in_sentence(
    d: &mut Discourse,
    s: Sentence,
    verbs: &[VerbHit],
    k: usize,
    known: &dyn Attributed,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut reporting_incise = None;
    if let Some(subject) =
        incises::inversion_after(s, k, known).or_else(|| incises::as_said(s, k, known))
    {
        d.continuing = goes_on(s, k, &subject);
        d.answering = answers(s, k, &subject);
        let mut e = resolve(d, s, &subject, known);
        d.continuing = false;
        d.answering = false;
        // "«…», a-t-on indiqué de même source": whoever spoke last.
        if let Subject::Pronoun(Pron::Vague, at) = subject {
            if same_source(s, at) {
                e = d.last_speaker().unwrap_or(e);
            } else if let Some(body) = on_at_body(d, s, at, known) {
                e = body;
            } else if let Some(body) = read_in_publication(d, s, at) {
                e = body;
            } else if let Some(writer) = read_further(d, s, k, at) {
                e = writer;
            } else if let Some(body) = d.recent_on() {
                // "À l'Élysée, on écarte toute démission. «…», tranche-t-on.": the body "on"
                // stood for just before.
                e = body;
            } else if let Some(body) = d
                .speaker_just_before()
                .filter(|b| !b.person && on_goes_on(s, k, at))
            {
                // "«…», a indiqué la direction. Le trafic est «normal», a-t-on ajouté": the
                // body that just spoke goes on.
                e = body;
            }
        }
        // "Les talibans ont affirmé …. «…», ont-ils ajouté (dans un communiqué)": the group
        // named in the plural as the subject just before.
        let at = match &subject {
            Subject::Pronoun(_, at) | Subject::Np(_, at) => Some(*at),
            _ => None,
        };
        if !e.is_named() && at.is_some_and(|at| plural_pronoun(s, at)) {
            if let Some(group) = d.recent_plural_subject() {
                e = group;
            }
        }
        // "À l'Élysée, on fait valoir que «…», rapporte La Croix": a body that reports the
        // words, as "selon l'agence Y" does.
        let reports = at.is_some_and(|at| {
            s.toks[k + 1..at.min(s.range.end)]
                .iter()
                .any(|t| t.is_word() && t.lower.starts_with("rapport"))
        });
        if reports && !e.person && e.is_named() {
            reporting_incise = Some((out.len(), e.clone()));
        }
        out.push(Candidate::from_cue(e, Cue::Incise));
    }
    let mut reporting_medium = None;
    if let Some(e) = according_after(d, s, k, known) {
        // "X a décrit une armée «…», selon un responsable": an unnamed source reports what
        // the verb's subject said, as a medium does.
        if medium_after(s, k, known) || !e.is_named() {
            reporting_medium = Some(out.len());
        }
        out.push(Candidate::from_cue(e, Cue::Incise));
    }
    if out.is_empty() {
        if let Some(e) = words_apposed_after(d, s, k, known) {
            out.push(Candidate::from_cue(e, Cue::Incise));
        }
    }
    if out.is_empty() {
        if let Some(e) = signed_after(d, s, k, known).or_else(|| signed_in_brackets(d, s, k, known))
        {
            out.push(Candidate::from_cue(e, Cue::Incise));
        }
    }
    if out.is_empty() {
        if let Some(subject) = incises::subject_after(s, k, known) {
            let e = resolve(d, s, &subject, known);
            out.push(Candidate::from_cue(e, Cue::SubjectAfter));
        }
    }
    if out.is_empty() {
        if let Some(np) = gapped_subject(s, k, known) {
            let at = np.head_start;
            let e = d.resolve_np(s, &np, at);
            out.push(Candidate::from_cue(e, Cue::SubjectAfter));
        }
    }
    if out.is_empty() {
        if let Some(e) = closing_incise(d, s, k, known) {
            let mut c = Candidate::from_cue(e, Cue::Incise);
            c.score -= CLOSING_INCISE_SHORTFALL;
            out.push(c);
        }
    }
    if out.is_empty() {
        if let Some((np, at)) = agent_after(s, verbs, k, known) {
            let e = d.resolve_np(s, &np, at);
            out.push(Candidate::from_cue(e, Cue::Incise));
        }
    }
    // "Le site cite un officier sur le front, qui a requis l'anonymat : «…»": the one cited
    // says the words; neither the subject citing him, nor the verbs of the relative clause
    // that describes him, nor the colon's subject has any claim to them.
    if out.is_empty() {
        if let Some(e) = cited_across_colon(d, s, k, known) {
            out.push(Candidate::from_cue(e, Cue::Verb { gap: 1 }));
            return out;
        }
    }
    before(d, s, verbs, k, known, &mut out);
    // "X a salué un «…», selon l'agence Y": the agency reports what the verb's named subject
    // said; it speaks only when no one in the sentence does.
    if let Some(i) = reporting_medium {
        let speaking = out.iter().any(|c| {
            matches!(c.cue, Cue::Verb { .. } | Cue::PreviousQuote { .. })
                && c.entity.person
                && c.entity.is_named()
        });
        if speaking {
            out.remove(i);
        }
    } else if let Some((i, reporter)) = reporting_incise {
        // It reports what the verb before the quotation gives someone else, person or body.
        let speaking = out.iter().any(|c| {
            matches!(c.cue, Cue::Verb { .. })
                && c.entity.is_named()
                && c.entity.name != reporter.name
        });
        if speaking {
            out.remove(i);
        }
    }
    // "Il a énuméré ses conditions : la reconnaissance des districts comme «…», …": the words
    // after a colon, a few words before the quotation, with no verb of their own to say
    // whose they are, are still those of the sentence's subject, with less evidence the
    // farther they stand.
    if out.is_empty() && k > s.range.start && !s.toks[k - 1].is_punct(":") {
        if let Some(c) = distant_colon(s, verbs, k) {
            if let Some(np) = clauses::main_subject_np(s, known) {
                if np.end <= c && (np.is_person_like() || np.body.is_some()) {
                    let e = d.resolve_np(s, &np, s.range.start);
                    let gap = s.toks[c + 1..k].iter().filter(|t| t.is_word()).count();
                    let mut c = Candidate::from_cue(e, Cue::Colon);
                    c.score -= 2 * gap as i32;
                    out.push(c);
                }
            }
        }
    }
    // "« … » : le recadrage de Paul Sibor": a title's quotation, then the act of speech
    // and whose it is.
    if out.is_empty() {
        if let Some(e) = voiced_after(d, s, k, known) {
            out.push(Candidate {
                entity: e,
                cue: Cue::Colon,
                score: VOICED,
            });
        }
    }
    // "X rejette la responsabilité : «…»": a colon gives the quotation to the sentence's
    // subject, unless what comes right before it is someone's words: "publie le témoignage
    // d'un ingénieur : «…»".
    // "CGT : «…»": an acronym alone before the colon is the body that speaks.
    let acronym = k == s.range.start + 2 && s.toks[k - 1].is_punct(":") && {
        let t = &s.toks[s.range.start];
        // A body's, not a kicker's ("DIRECT", "VIDÉO").
        t.is_word()
            && t.acronym
            && !matches!(
                t.lower.as_str(),
                "direct" | "vidéo" | "video" | "info" | "urgent" | "exclusif" | "alerte" | "audio"
            )
    };
    if acronym {
        let t = &s.toks[s.range.start];
        let label = s.block[t.start..t.end].to_owned();
        out.push(Candidate::from_cue(
            Entity::body(label, Gender::U),
            Cue::Colon,
        ));
    } else if k > s.range.start && s.toks[k - 1].is_punct(":") {
        if let Some(e) = voiced_complement(d, s, k - 1, known) {
            out.push(Candidate {
                entity: e,
                cue: Cue::Colon,
                score: VOICED,
            });
        } else if let Some((np, at)) = subject_of_last_clause(s, k - 1, known)
            .or_else(|| subject_of_relative_frame(s, k - 1, known))
        {
            // The clause that ends with the colon has its own named subject: stronger than a
            // speech verb of an earlier clause ("X a parlé, puis Y a conclu : «…»").
            let e = d.resolve_np(s, &np, at);
            let mut c = Candidate::from_cue(e, Cue::Colon);
            c.score += 30;
            out.push(c);
        } else if let Some(at) = possessed_words(s, k - 1) {
            // "Voici ses principales déclarations : «…»": whose words the possessive says, as
            // "il" would.
            let e = d.resolve_pronoun(Pron::Personal(Gender::U), at);
            if e.is_named() {
                out.push(Candidate::from_cue(e, Cue::Colon));
            }
        } else if let Some(np) = clauses::main_subject_np(s, known) {
            if np.is_person_like() || np.det.is_some() || np.body.is_some() {
                // "Quant à X, elle a publié un message : «…»": a pronoun takes up whom the
                // sentence named before it.
                let at = if matches!(np.pronoun, Some(Pron::Personal(_))) {
                    np.end - 1
                } else {
                    s.range.start
                };
                let e = d.resolve_np(s, &np, at);
                out.push(Candidate::from_cue(e, Cue::Colon));
            }
        } else if out.is_empty() && verbs.iter().all(|v| v.at > k) && only_adverbials(s, k - 1) {
            // "Puis, plus tard : «…»": no subject and no verb before the colon; the words go
            // on with whoever spoke last.
            if let Some(e) = d.last_speaker().filter(Entity::is_named) {
                out.push(Candidate::from_cue(e, Cue::Colon));
            }
        }
    }
    out
}

/// "qualifiée de «…» par la FSTB et de «…» par l'Union des droites": the agent right after a
/// quotation that a participle without auxiliary, earlier in the sentence, governs through
/// "de" or "comme" — each quotation its own when two share the participle. The agent and
/// where it starts.
fn agent_after(s: Sentence, verbs: &[VerbHit], k: usize, known: &dyn Known) -> Option<(Np, usize)> {
    let toks = s.toks;
    let at = k + 2;
    if at >= s.range.end || !toks[k + 1].is("par") {
        return None;
    }
    let mut j = k;
    while j > s.range.start
        && matches!(
            toks[j - 1].lower.as_str(),
            "un" | "une" | "le" | "la" | "l'" | "les" | "des"
        )
    {
        j -= 1;
    }
    if j <= s.range.start || !matches!(toks[j - 1].lower.as_str(), "de" | "d'" | "comme") {
        return None;
    }
    let governed = verbs
        .iter()
        .any(|v| v.at + 1 < j && v.form == Form::PastParticiple && !v.has_aux);
    if !governed {
        return None;
    }
    let np = np::parse_np(s.block, toks, at, s.range.end, known)?;
    (np.names_someone() && np.pronoun.is_none()).then_some((np, at))
}

/// Whether the participle at `p` stands after the noun of the object of a verb of judging:
/// "juge la riposte annoncée", "estime le plan présenté" (verb, determiner, noun, participle).
fn judged_object_participle(s: Sentence, p: usize) -> bool {
    let toks = s.toks;
    if p < s.range.start + 3 {
        return false;
    }
    let (verb, det, noun) = (&toks[p - 3], &toks[p - 2], &toks[p - 1]);
    verb.is_word()
        && lexicon::is_attributive_verb(&verb.lower)
        && lexicon::speech_verb(&verb.lower).is_some_and(|v| v.form != Form::PastParticiple)
        && det.is_word()
        && lexicon::determiner(&det.lower).is_some()
        && noun.is_word()
        && !noun.cap
        && lexicon::determiner(&noun.lower).is_none()
}

/// How much less an incise closing the sentence a few words after the quotation weighs than
/// one right after it: a speech verb before the quotation in its clause still decides.
const CLOSING_INCISE_SHORTFALL: i32 = 25;

/// "Le suspect a «refusé de parler» devant les enquêteurs, a-t-elle précisé": the incise that
/// closes the sentence, a few words after the quotation, reports the whole clause; its subject
/// is the quotation's speaker when nothing in the clause says otherwise.
fn closing_incise(d: &mut Discourse, s: Sentence, k: usize, known: &dyn Known) -> Option<Entity> {
    let subject =
        incises::closing_incise(s, k, known).or_else(|| incises::head_clause(s, k, known))?;
    Some(resolve(d, s, &subject, known))
}

/// "Matignon a «pris acte» de la censure": the span holds the verb, so its words are the
/// clause's subject's, as a speech verb right before would make them.
pub fn predicate_subject(
    d: &mut Discourse,
    s: Sentence,
    k: usize,
    known: &dyn Known,
) -> Option<Candidate> {
    // The subject ends right before the span, or before the auxiliary right before it.
    // "Paris « condamne … »": one word before the span may be the whole subject.
    // "Le ministère, cité par Le Courrier, « prend acte »": the subject before the apposition.
    let mut k = super::terms::apposition_before(s.toks, k)
        .filter(|&open| open > s.range.start)
        .unwrap_or(k);
    // "Le procureur en « appelle au calme »": past the object pronoun.
    if k > s.range.start + 1 && super::terms::is_object_clitic(&s.toks[k - 1]) {
        k -= 1;
    }
    let before = k.checked_sub(1).filter(|&b| b >= s.range.start)?;
    let aux = lexicon::is_auxiliary(super::verbs::split_clitic(&s.toks[before].lower).0);
    if aux && before == s.range.start {
        return None;
    }
    let end = if aux { before } else { k };
    let start = clauses::chunk_start(s.toks, s.range.start, end, known);
    let np = np::parse_np(s.block, s.toks, start, end, known)?;
    if np.end != end || !(np.is_person_like() || np.det.is_some() || np.body.is_some()) {
        return None;
    }
    let e = d.resolve_np(s, &np, start);
    Some(Candidate::from_cue(e, Cue::Verb { gap: 0 }))
}

/// "Ouest-France relève que l'Élysée se contente de «prendre acte»": a span opening with an
/// infinitive after "de" or "à" and a verb that is not one of speech, right after a named
/// subject, is that subject's words — not those of whoever reports the clause.
pub fn infinitive_subject(
    d: &mut Discourse,
    s: Sentence,
    k: usize,
    known: &dyn Known,
) -> Option<Candidate> {
    let toks = s.toks;
    if k < s.range.start + 3 || !matches!(toks[k - 1].lower.as_str(), "de" | "d'" | "à") {
        return None;
    }
    let verb = &toks[k - 2];
    let base = super::verbs::split_clitic(&verb.lower).0;
    if !verb.is_word() || verb.cap || lexicon::speech_verb(base).is_some() {
        return None;
    }
    // Verbs whose complement is what the subject itself says it will or will not do ("se
    // contente de", "se borne à", "refuse de", "promet de", "s'engage à"), not a design the
    // reporter lends it ("la Borovie cherche à «…»").
    let own = [
        "content", "born", "refus", "promet", "promis", "engag", "propos",
    ]
    .iter()
    .any(|p| base.starts_with(p));
    if !own {
        return None;
    }
    let mut end = k - 2;
    // "a refusé de", "s'est engagé à": the auxiliary before the participle.
    if end > s.range.start && lexicon::is_auxiliary(&toks[end - 1].lower) {
        end -= 1;
    }
    if end > s.range.start && matches!(toks[end - 1].lower.as_str(), "se" | "s'") {
        end -= 1;
    }
    if end <= s.range.start {
        return None;
    }
    let start = clauses::chunk_start(toks, s.range.start, end, known);
    let np = np::parse_np(s.block, toks, start, end, known)?;
    // "l'intéressé a refusé de «…»": a definite description taking up someone named.
    let described = np.role.is_some() && np.det == Some(lexicon::Det::Definite) && !np.plural;
    if np.end != end
        || np.pronoun.is_some()
        || !(np.name.is_some() || np.body.is_some() || described)
    {
        return None;
    }
    let e = d.resolve_np(s, &np, start);
    e.is_named()
        .then(|| Candidate::from_cue(e, Cue::Verb { gap: 0 }))
}

/// "X a parlé le premier, puis Y a pris la parole : «…»", "c'est Y qui a conclu : «…»": the
/// colon ends a clause of its own, after a comma, "puis", "mais", "et" or "c'est", whose
/// subject is a name followed by its verb; that subject, and where it starts.
fn subject_of_last_clause(s: Sentence, colon: usize, known: &dyn Known) -> Option<(Np, usize)> {
    let toks = s.toks;
    let mut b = colon;
    while b > s.range.start {
        let t = &toks[b - 1];
        // "Des propos auxquels Y a répondu : «…»", "une mise au point à laquelle Y répond :
        // «…»": a relative pronoun opens a clause whose own subject follows it.
        let opens = t.is_word()
            && matches!(
                t.lower.as_str(),
                "puis"
                    | "mais"
                    | "et"
                    | "ensuite"
                    | "est"
                    | "c'est"
                    | "c'était"
                    | "auquel"
                    | "auxquels"
                    | "auxquelles"
                    | "laquelle"
                    | "lesquels"
                    | "lesquelles"
                    | "dont"
            );
        if t.is_punct(",;") || t.quote().is_some() || opens {
            break;
        }
        b -= 1;
    }
    if b == s.range.start {
        return None;
    }
    // The subject ends at its verb.
    let verb = (b + 1..colon).find(|&j| {
        let t = &toks[j];
        t.is_word()
            && !t.cap
            && (t.is("qui")
                || lexicon::is_auxiliary(super::verbs::split_clitic(&t.lower).0)
                || lexicon::speech_verb(&t.lower).is_some()
                || clauses::ends_like_finite_verb(&t.lower))
    })?;
    let np = np::parse_np(s.block, toks, b, verb, known)?;
    (np.name.is_some() && np.pronoun.is_none() && np.end == verb).then_some((np, b))
}

/// "Un compliment que M. Tadi accueille avec un sourire : «…»", "Une critique que la ministre
/// balaie d'un revers de main : «…»": a sentence that is a noun and its relative clause before
/// the colon gives the words to the relative clause's subject, a name or a role.
fn subject_of_relative_frame(s: Sentence, colon: usize, known: &dyn Known) -> Option<(Np, usize)> {
    let toks = s.toks;
    let start = s.range.start;
    if !toks[start].is_word() || lexicon::determiner(&toks[start].lower).is_none() {
        return None;
    }
    let r = (start + 1..colon.min(start + 5)).find(|&i| toks[i].is("que") || toks[i].is("qu'"))?;
    if toks[start + 1..r].iter().any(|t| !t.is_word() || t.cap) {
        return None;
    }
    if (r + 1..colon).any(|i| !toks[i].is_word() && !toks[i].is_punct(".")) {
        return None;
    }
    // The subject ends at its verb: the first lower-case word after it that opens no phrase.
    (r + 2..colon).find_map(|e| {
        let verb = &toks[e];
        if !verb.is_word()
            || verb.cap
            || lexicon::determiner(&verb.lower).is_some()
            || lexicon::is_preposition(&verb.lower)
            || matches!(verb.lower.as_str(), "de" | "d'" | "du" | "des")
        {
            return None;
        }
        let np = np::parse_np(s.block, toks, r + 1, e, known)?;
        let named = np.name.is_some() || np.role.is_some() && np.det.is_some();
        (named && np.pronoun.is_none() && np.end == e).then_some((np, r + 1))
    })
}

/// "Mme Hamdouni a parlé d'un «…», M. Karroubi d'une «…»": the verb of the first clause is
/// left out of the second, whose subject stands alone between the comma that follows the
/// first quotation and the article of the second.
fn gapped_subject(s: Sentence, k: usize, known: &dyn Known) -> Option<Np> {
    let toks = s.toks;
    let start = s.range.start;
    let mut i = k;
    // The article and the preposition the verb left out governed: "d'une", "de", "un", "des".
    let mut skipped = 0;
    while i > start
        && skipped < 2
        && matches!(
            toks[i - 1].lower.as_str(),
            "d'" | "de" | "du" | "des" | "un" | "une" | "la" | "le" | "l'" | "les"
        )
    {
        i -= 1;
        skipped += 1;
    }
    if skipped == 0 {
        return None;
    }
    let comma = (start..i).rev().find(|&c| toks[c].is_punct(","))?;
    let after_quote = comma > start && toks[comma - 1].quote().is_some_and(|q| known.is_quote(q));
    // Only the subject between them: words, and the point of "M." or "Mme.".
    let only_words = toks[comma + 1..i]
        .iter()
        .all(|t| t.is_word() || t.is_punct("."));
    if !after_quote || !only_words || i - comma > 7 {
        return None;
    }
    let np = np::parse_np(s.block, toks, comma + 1, i, known)?;
    (np.end == i && np.name.is_some() && np.pronoun.is_none() && !np.coordinated).then_some(np)
}

/// The colon a few words before the quotation at `k` in its sentence, with nothing between
/// them that could say whose the quotation is: no quotation, no speech verb, no "selon",
/// no other colon or semicolon, no relative clause.
fn distant_colon(s: Sentence, verbs: &[VerbHit], k: usize) -> Option<usize> {
    let toks = s.toks;
    let from = k.saturating_sub(10).max(s.range.start + 1);
    let c = (from..k).rev().find(|&i| toks[i].is_punct(":;"))?;
    if !toks[c].is_punct(":") || verbs.iter().any(|v| v.at > c && v.at < k) {
        return None;
    }
    let clear = toks[c + 1..k].iter().all(|t| {
        t.quote().is_none()
            && !(t.is_word()
                && matches!(
                    t.lower.as_str(),
                    "selon" | "d'après" | "pour" | "qui" | "que" | "qu'" | "dont"
                ))
    });
    clear.then_some(c)
}

/// "Voici ses principales déclarations :", "Ses mots :", "Extraits de son discours :": the
/// words before the colon at `colon` are only someone's words, named by a possessive and a
/// noun of speech, with no verb; where the possessive stands.
fn possessed_words(s: Sentence, colon: usize) -> Option<usize> {
    let toks = &s.toks[s.range.start..colon];
    if toks.is_empty() || toks.len() > 7 || !toks.iter().all(Tok::is_word) {
        return None;
    }
    let mut i = 0;
    if matches!(
        toks[0].lower.as_str(),
        "voici" | "voilà" | "extraits" | "extrait"
    ) {
        i = 1;
        if toks.get(1).is_some_and(|t| t.is("de") || t.is("d'")) {
            i = 2;
        }
    }
    let p = toks.get(i)?;
    if !matches!(p.lower.as_str(), "son" | "sa" | "ses") {
        return None;
    }
    let noun = toks[i + 1..].iter().take(3).position(|t| {
        matches!(
            t.lower.as_str(),
            "déclaration"
                | "déclarations"
                | "propos"
                | "mots"
                | "paroles"
                | "réponse"
                | "réponses"
                | "explications"
                | "annonces"
                | "arguments"
                | "confidences"
                | "phrase"
                | "phrases"
                | "message"
                | "réaction"
                | "conclusion"
                | "discours"
                | "citations"
                | "avertissement"
        )
    })?;
    // The noun's adjectives only, before and after it: "ses principales déclarations",
    // "ses mots exacts".
    let rest = &toks[i + 2 + noun..];
    (rest.len() <= 2
        && rest
            .iter()
            .all(|t| !t.cap && t.lex & super::tokens::LEX_SPEECH == 0))
    .then_some(s.range.start + i)
}

/// Whether the words of the sentence before token `end` are only adverbs and adverbials
/// ("Puis, plus tard", "Et encore", "Un peu plus tard, devant la presse"): a few lower-case
/// words, no name, no noun a determiner brings in but that of a time or place adverbial.
fn only_adverbials(s: Sentence, end: usize) -> bool {
    let toks = &s.toks[s.range.start..end];
    let words = toks.iter().filter(|t| t.is_word()).count();
    words > 0
        && words <= 6
        && toks.iter().enumerate().all(|(i, t)| {
            t.is_punct(",")
                || t.is_word()
                    && (i == 0 || !t.cap)
                    && (lexicon::is_adverb(&t.lower)
                        || matches!(
                            t.lower.as_str(),
                            "puis"
                                | "et"
                                | "plus"
                                | "tard"
                                | "ensuite"
                                | "enfin"
                                | "encore"
                                | "avant"
                                | "après"
                                | "peu"
                                | "un"
                                | "une"
                                | "la"
                                | "le"
                                | "les"
                                | "devant"
                                | "presse"
                                | "tribune"
                                | "soir"
                                | "matin"
                                | "lendemain"
                                | "fois"
                                | "autre"
                                | "dernière"
                                | "même"
                                | "à"
                                | "au"
                                | "sur"
                                | "dans"
                                | "de"
                                | "du"
                        ))
        })
}

/// What a speech or a document named right before a colon gives its words: more than the
/// sentence's subject, as much as an incise.
const VOICED: i32 = 95;

/// "le témoignage d'un ingénieur : «…»", "une lettre d'une habitante : «…»": the person (named
/// or not) whose words, letter or account the phrase before the colon at `colon` names.
fn voiced_complement(
    d: &mut Discourse,
    s: Sentence,
    colon: usize,
    known: &dyn Known,
) -> Option<Entity> {
    let toks = s.toks;
    let from = colon.saturating_sub(16).max(s.range.start + 1);
    let voice = |w: &str| lexicon::is_document(w) || is_words_noun(w);
    // "le message posté mercredi par Bohdan Koval sur son réseau : «…»": a document's author
    // after "par".
    if let Some(by) = written_by(s, from, colon) {
        let np = np::parse_np(s.block, toks, by + 1, colon, known)?;
        if np.pronoun.is_some() || !(np.name.is_some() || np.role.is_some() || np.body.is_some()) {
            return None;
        }
        return Some(d.resolve_np(s, &np, by + 1));
    }
    // "Réponse cinglante du maire : «…»": an adjective may stand between the noun and whose.
    // ("Le Courrier de Marnay raconte …": a capitalised document noun after a capitalised
    // word is a newspaper's title, no one's letter.)
    let c = (from..colon).rev().find(|&c| {
        matches!(toks[c].lower.as_str(), "de" | "d'" | "du")
            && toks[c - 1].is_word()
            && (c - 1 == s.range.start || !toks[c - 1].cap || !toks[c - 2].cap)
            && (voice(&toks[c - 1].lower)
                || c >= s.range.start + 2
                    && toks[c - 2].is_word()
                    && voice(&toks[c - 2].lower)
                    && !toks[c - 1].cap
                    && lexicon::determiner(&toks[c - 1].lower).is_none())
    })?;
    // "Réponse d'Anton Weiss, quelques minutes plus tard, devant la presse : «…»": when the
    // noun opens the sentence, circumstances may follow whose words they are; "Réponse de
    // Morvan, interrogé sur ces rumeurs : «…»": so may a participle set off by a comma.
    let opening = c <= s.range.start + 2;
    if !opening && c + 10 < colon {
        return None;
    }
    let comma = (c..colon).find(|&i| toks[i].is_punct(","));
    let participle = |i: usize| {
        toks.get(i + 1).is_some_and(|t| {
            i + 1 < colon
                && t.is_word()
                && !t.cap
                && lexicon::determiner(&t.lower).is_none()
                && clauses::ends_like_participle(&t.lower)
        })
    };
    let stop = comma.filter(|&i| opening || participle(i)).unwrap_or(colon);
    if (c..stop).any(|i| toks[i].is_punct(",;") || toks[i].quote().is_some())
        || toks[stop..colon]
            .iter()
            .any(|t| t.quote().is_some() || t.is_punct(";") || t.is("que") || t.is("qu'"))
    {
        return None;
    }
    let np = np::parse_np(s.block, toks, c + 1, stop, known)?;
    if !(np.is_person_like() || np.role.is_some()) || np.pronoun.is_some() {
        return None;
    }
    Some(d.resolve_np(s, &np, c + 1))
}

/// "« … » : le recadrage de Paul Sibor", "« … » : l'avertissement du ministre aux
/// syndicats", "« … » : le cri d'alarme des maires": a quotation opening its sentence, then a
/// colon and a noun of an act of speech with whose it is; that person or body.
fn voiced_after(d: &mut Discourse, s: Sentence, k: usize, known: &dyn Known) -> Option<Entity> {
    let toks = s.toks;
    let end = s.range.end;
    let word = |i: usize| toks.get(i).filter(|t| i < end && t.is_word());
    if k != s.range.start
        || !toks
            .get(k + 1)
            .is_some_and(|t| k + 1 < end && t.is_punct(":"))
        || !word(k + 2)
            .is_some_and(|t| matches!(t.lower.as_str(), "le" | "la" | "l'" | "un" | "une"))
    {
        return None;
    }
    let noun = word(k + 3).filter(|t| is_words_noun(&t.lower) || is_speech_act_noun(&t.lower))?;
    let mut c = k + 4;
    let is = |i: usize, w: &str| word(i).is_some_and(|t| t.is(w));
    if noun.is("mise") {
        // "la mise en garde de".
        if !(is(c, "en") && is(c + 1, "garde")) {
            return None;
        }
        c += 2;
    } else if (is(c, "d'") || is(c, "de"))
        && word(c + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "alarme" | "gueule" | "colère" | "cœur" | "coeur"
            )
        })
    {
        // "le cri d'alarme de", "le coup de gueule du": the noun's own complement.
        c += 2;
    } else if word(c).is_some_and(|t| {
        !t.cap
            && lexicon::determiner(&t.lower).is_none()
            && !matches!(t.lower.as_str(), "de" | "d'" | "du" | "des")
    }) {
        // "la réponse cinglante de": one adjective.
        c += 1;
    }
    if !word(c).is_some_and(|t| matches!(t.lower.as_str(), "de" | "d'" | "du" | "des")) {
        return None;
    }
    // Whom the words are addressed to is not whose they are: "… du ministre aux syndicats".
    let stop = (c + 2..end)
        .find(|&i| {
            !toks[i].is_word()
                || matches!(
                    toks[i].lower.as_str(),
                    "à" | "au" | "aux" | "sur" | "pour" | "contre" | "envers" | "face" | "après"
                )
        })
        .unwrap_or(end);
    let np = np::parse_np(s.block, toks, c + 1, stop, known)?;
    if np.pronoun.is_some() || !(np.name.is_some() || np.role.is_some() || np.body.is_some()) {
        return None;
    }
    Some(d.resolve_np(s, &np, c + 1))
}

/// "Le propos du Premier ministre grec, Antonis Samaras, pourrait résumer …", "Ces mots de la
/// ministre ont …": a sentence that opens on someone's words (a determiner, a noun of spoken
/// words, "de" and a named person); that person.
pub fn words_owner(d: &mut Discourse, s: Sentence, known: &dyn Known) -> Option<Entity> {
    let toks = s.toks;
    let at = s.range.start;
    let word = |i: usize| toks.get(i).filter(|t| i < s.range.end && t.is_word());
    if !word(at).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "le" | "la" | "les" | "ce" | "ces" | "cette"
        )
    }) || !word(at + 1).is_some_and(|t| is_words_noun(&t.lower))
        || !word(at + 2).is_some_and(|t| matches!(t.lower.as_str(), "de" | "d'" | "du"))
    {
        return None;
    }
    owner_from(d, s, known, at + 3)
}

/// The named person the noun phrase from `from` (to its comma, with its apposition) designates.
fn owner_from(d: &mut Discourse, s: Sentence, known: &dyn Known, from: usize) -> Option<Entity> {
    let end = clauses::comma_after(s.toks, from, s.range.end);
    let np = np::parse_np(s.block, s.toks, from, end, known)?;
    let np = clauses::with_apposition(s, np, known);
    if np.pronoun.is_some() || !(np.name.is_some() || np.role.is_some()) {
        return None;
    }
    Some(d.resolve_np(s, &np, from)).filter(|e| e.person && e.is_named())
}

/// "C'est l'avertissement du secrétaire général de la CGT, Paul Verdier, …", "C'est le constat
/// de X": a sentence that says whose the words before it are, by a noun of speech. The person
/// it names.
pub fn cleft_owner(d: &mut Discourse, s: Sentence, known: &dyn Known) -> Option<Entity> {
    let toks = s.toks;
    let at = s.range.start;
    let word = |i: usize| toks.get(i).filter(|t| i < s.range.end && t.is_word());
    let is = |i: usize, f: &dyn Fn(&str) -> bool| word(i).is_some_and(|t| f(&t.lower));
    let opens = is(at, &|w| matches!(w, "c'" | "c’"))
        && is(at + 1, &|w| w == "est")
        && is(at + 2, &|w| {
            matches!(w, "l'" | "l’" | "le" | "la" | "un" | "une")
        })
        && is(at + 3, &|w| is_words_noun(w) || is_speech_act_noun(w))
        && is(at + 4, &|w| matches!(w, "de" | "d'" | "d’" | "du"));
    if !opens {
        return None;
    }
    owner_from(d, s, known, at + 5)
}

/// Nouns of an act of speech, as titles name it: "le recadrage de X", "l'appel de X".
fn is_speech_act_noun(w: &str) -> bool {
    matches!(
        w,
        "recadrage"
            | "avertissement"
            | "appel"
            | "alerte"
            | "cri"
            | "coup"
            | "charge"
            | "plaidoyer"
            | "ultimatum"
            | "promesse"
            | "aveu"
            | "réquisitoire"
            | "attaque"
            | "tacle"
            | "pique"
            | "sortie"
            | "message"
            | "colère"
            | "inquiétude"
            | "mise"
            | "menace"
            | "démenti"
            | "constat"
            | "hommage"
            | "confession"
            | "mea-culpa"
            | "regret"
            | "regrets"
            | "excuses"
    )
}

/// Nouns of someone's spoken words: "le témoignage d'un ingénieur", "la formule de X".
fn is_words_noun(w: &str) -> bool {
    matches!(
        w,
        "témoignage"
            | "propos"
            | "récit"
            | "mot"
            | "mots"
            | "confidences"
            | "paroles"
            | "réplique"
            | "réponse"
            | "riposte"
            | "verdict"
            | "commentaire"
            | "formule"
            | "phrase"
    )
}

/// "le message posté mercredi soir par X sur son réseau : «…»", "la lettre signée par X :
/// «…»", "la formule lancée par X en début de débat : «…»": the "par" between a document's
/// (or spoken words') participle and the colon, with nothing but the author's phrase and
/// circumstances after it.
fn written_by(s: Sentence, from: usize, colon: usize) -> Option<usize> {
    let toks = s.toks;
    let by = (from..colon).rev().find(|&i| toks[i].is("par"))?;
    if toks[by..colon]
        .iter()
        .any(|t| t.is_punct(",;") || t.quote().is_some() || t.is("que") || t.is("qu'"))
    {
        return None;
    }
    // The participle a word or three before "par", right after the document's noun.
    let participle = (by.saturating_sub(4).max(from)..by).find(|&i| {
        let w = toks[i].lower.as_str();
        let document = lexicon::is_document(&toks[i - 1].lower);
        // "la formule lancée par X", "les propos tenus par X": words said, by their sayer.
        let said = is_words_noun(&toks[i - 1].lower)
            && (lexicon::speech_verb(w).is_some_and(|v| v.form == Form::PastParticiple)
                || matches!(
                    w,
                    "prononcé" | "prononcée" | "prononcés" | "prononcées" | "tenu" | "tenus"
                ));
        i > s.range.start
            && (document
                && (lexicon::is_publishing_participle(w) || matches!(w, "écrit" | "écrite"))
                || said)
    })?;
    toks[participle + 1..by]
        .iter()
        .all(|t| t.is_word() && !t.cap)
        .then_some(by)
}

/// "«…», indique-t-on à la Commission", "fait-on valoir à l'Élysée", "dans l'entourage du
/// président": the body where "on" speaks, when the phrase names one.
fn on_at_body(d: &mut Discourse, s: Sentence, at: usize, known: &dyn Known) -> Option<Entity> {
    let toks = s.toks;
    if at + 1 >= s.range.end || !matches!(toks[at].lower.as_str(), "à" | "au" | "dans") {
        return None;
    }
    let end = comma_or_quote(toks, at + 1, s.range.end);
    let np = np::parse_np(s.block, toks, at + 1, end, known)?;
    let e = d.resolve_np(s, &np, at + 1);
    (!e.person && e.name.is_some()).then_some(e)
}

/// "L'ambassade a publié sur son compte des images. «…», peut-on lire sous les photos": words
/// read in what a body has just published (the sentence before, in the same paragraph, says it
/// published, posted or shared something) are that body's. `at` is the token after the verb.
fn read_in_publication(d: &Discourse, s: Sentence, at: usize) -> Option<Entity> {
    let toks = s.toks;
    let verb = (at.saturating_sub(2)..at)
        .rev()
        .find(|&i| toks[i].is_word())?;
    if !toks[verb].is("lire") {
        return None;
    }
    let from = s.range.start.saturating_sub(40);
    let published = toks[from..s.range.start].iter().any(|t| {
        t.is_word()
            && matches!(
                t.lower.trim_end_matches(['e', 's']),
                "publié" | "diffusé" | "posté" | "partagé" | "affiché"
            )
    });
    if !published {
        return None;
    }
    d.recent_body(None)
        .map(|label| Entity::body(label, Gender::U))
}

/// "X réclame dans sa lettre «…» et déplore «…». «…», peut-on lire encore": words read with
/// no place to read them in ("peut-on lire encore", "lit-on plus loin") go on with the text
/// the sentence before quoted, and are its writer's, when the quotation opens its sentence
/// (at token `k`). `at` is the token after the verb.
fn read_further(d: &Discourse, s: Sentence, k: usize, at: usize) -> Option<Entity> {
    let toks = s.toks;
    if toks[s.range.start..k]
        .iter()
        .any(|t| t.is_word() || t.quote().is_some())
    {
        return None;
    }
    let reading = (at.saturating_sub(4).max(s.range.start)..at)
        .any(|i| toks[i].is("lire") || matches!(toks[i].lower.as_str(), "lit-on" | "lisait-on"));
    if !reading {
        return None;
    }
    let nothing_else = toks[at.min(s.range.end)..s.range.end].iter().all(|t| {
        !t.is_word() && t.quote().is_none() && t.is_punct(".!?…")
            || t.is_word()
                && matches!(
                    t.lower.as_str(),
                    "encore" | "aussi" | "également" | "ensuite" | "plus" | "loin" | "enfin"
                )
    });
    if !nothing_else {
        return None;
    }
    d.speaker_just_before()
}

/// Whether the incise after the quotation at token `k` goes on with what its subject was
/// saying: "a-t-il poursuivi", "a ajouté le président", "conclut-elle". Only a pronoun or a
/// description is resolved by it; a name says who.
fn goes_on(s: Sentence, k: usize, subject: &Subject) -> bool {
    incise_verb_is(
        s,
        k,
        subject,
        &[
            "ajout", "poursui", "continu", "conclu", "enchaîn", "enchain",
        ],
    )
}

/// Whether the incise after the quotation at token `k`, its subject "on" at `at`, goes on:
/// "a-t-on ajouté", "poursuit-on".
fn on_goes_on(s: Sentence, k: usize, at: usize) -> bool {
    verb_before_subject(s, k, at, &["ajout", "poursui", "continu", "précis"])
}

/// Whether the incise after the quotation at token `k` answers: "a-t-il répondu", "a
/// rétorqué le ministre", its subject a pronoun or a description.
fn answers(s: Sentence, k: usize, subject: &Subject) -> bool {
    incise_verb_is(s, k, subject, &["répond", "rétorqu", "répliqu"])
}

/// Whether the verb of the incise after the quotation at token `k`, before its subject (a
/// pronoun or a description, not a name), starts with one of `stems`.
fn incise_verb_is(s: Sentence, k: usize, subject: &Subject, stems: &[&str]) -> bool {
    let at = match subject {
        Subject::Pronoun(Pron::Personal(_), at) => *at,
        Subject::Np(np, at) if np.name.is_none() => *at,
        _ => return false,
    };
    verb_before_subject(s, k, at, stems)
}

/// Whether a word between the quotation at token `k` and the incise's subject at `at` starts
/// with one of `stems` (its clitic set aside).
fn verb_before_subject(s: Sentence, k: usize, at: usize, stems: &[&str]) -> bool {
    s.toks[k + 1..at.min(s.range.end)].iter().any(|t| {
        t.is_word() && {
            let (base, _) = super::verbs::split_clitic(&t.lower);
            stems.iter().any(|p| base.starts_with(p))
        }
    })
}

/// Whether the verb group of an incise, ending at token `at`, has "ils" or "elles" for its
/// subject: "ont-ils ajouté", "ajoutent-elles".
fn plural_pronoun(s: Sentence, at: usize) -> bool {
    let from = at.saturating_sub(3).max(s.range.start);
    s.toks[from..at.min(s.range.end)].iter().any(|t| {
        let w = t.lower.as_str();
        t.is_word() && (w.ends_with("-ils") || w.ends_with("-elles"))
    })
}

/// "de même source" right at token `at`.
fn same_source(s: Sentence, at: usize) -> bool {
    let toks = s.toks;
    at + 2 < s.range.end
        && toks[at].is("de")
        && toks[at + 1].is("même")
        && toks[at + 2].is("source")
}

/// Walks back from the quotation through its sentence: quotations, speech verbs, "selon",
/// "pour", each a candidate `gap` words away; a ";" ends the walk.
fn before(
    d: &mut Discourse,
    s: Sentence,
    verbs: &[VerbHit],
    k: usize,
    known: &dyn Attributed,
    out: &mut Vec<Candidate>,
) {
    let toks = s.toks;
    let mut gap = 0;
    let mut i = k;
    while i > s.range.start {
        i -= 1;
        let t = &toks[i];
        if let Some(prev) = t.quote() {
            if known.is_quote(prev) {
                // "X, qui a estimé que les demandes n'étaient «…», jette «…», considère Y": the
                // quotation before is a relative clause's, whose "qui" is the main clause's
                // subject; an incise that names someone else for the main clause's words
                // decides over it.
                let aside = clauses::in_relative_aside(toks, s.range.start, k, i)
                    && out.iter().any(|c| c.cue == Cue::Incise);
                if let Some(e) = known.speaker_of(prev).filter(|_| !aside) {
                    out.push(Candidate::from_cue(e, Cue::PreviousQuote { gap }));
                }
                // The quotation before has its own speaker: what lies further back is its.
                return;
            }
            gap += 1;
            continue;
        }
        if t.is_punct(";") {
            return;
        }
        if !t.is_word() {
            continue;
        }
        gap += 1;
        // "…, qui cite un rescapé : «…»", "citant un témoin : «…»": the one cited says it, not
        // the subject citing; what lies further back is the subject's.
        if let Some(e) = cited_before_colon(d, s, i, k, known) {
            out.push(Candidate::from_cue(e, Cue::Verb { gap }));
            return;
        }
        if let Some(v) = verbs.iter().find(|v| v.at == i) {
            verb_candidate(d, s, v, (verbs, k), known, gap, out);
            continue;
        }
        // "le syndicat Unité Police, pour qui «…»": whom "qui" stands for gives the opinion.
        if super::evidence::opinion_of_whom(s, i + 1) {
            let e = antecedent(d, s, i, known);
            if e.is_named() || e.person {
                out.push(Candidate::from_cue(e, Cue::According { gap }));
            }
            continue;
        }
        // "«…» quant aux propos du général X, selon qui le pays devait «…», a réagi Y": the
        // relative clause, with no comma closing it before the quotation, holds it; the
        // incise after it is the main clause's. Only a name right before the comma.
        if super::evidence::according_to_whom(s, i + 1)
            && i >= s.range.start + 2
            && toks[i - 2].is_capitalised()
            && !toks[i + 1..k].iter().any(|t| t.is_punct(",;:"))
        {
            let e = antecedent(d, s, i, known);
            if e.is_named() {
                let mut c = Candidate::from_cue(e, Cue::According { gap });
                c.score = c.score.max(Cue::Incise.weight() + 1);
                out.push(c);
            }
            continue;
        }
        if t.is("selon") || t.is("d'après") {
            if let Some(e) = according(d, s, i, known) {
                out.push(Candidate::from_cue(e, Cue::According { gap }));
            }
            // "rejetant les informations selon lesquelles X aurait accepté une «…»": the
            // relative clause reports what the noun before it says; a verb further back
            // governs the noun, not the quotation.
            let relative = toks.get(i + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "lequel" | "laquelle" | "lesquels" | "lesquelles"
                )
            });
            if relative {
                return;
            }
            continue;
        }
        if t.is("pour") {
            if let Some(e) = pour_clause(d, s, i, known) {
                out.push(Candidate::from_cue(e, Cue::Opinion { gap }));
            }
        }
        if t.is("dans") && i == s.range.start {
            if let Some(e) = in_paper_one_says(d, s, i, known) {
                out.push(Candidate::from_cue(e, Cue::Opinion { gap }));
            }
        }
    }
}

/// The last form of "citer" before the colon that opens the quotation at `k`, with only its
/// object, a complement and a relative clause on that object between them ("cite un officier
/// sur le front, qui n'a pas souhaité donner son nom : «…»"): the one cited.
fn cited_across_colon(
    d: &mut Discourse,
    s: Sentence,
    k: usize,
    known: &dyn Known,
) -> Option<Entity> {
    let toks = s.toks;
    if k < s.range.start + 3 || !toks[k - 1].is_punct(":") {
        return None;
    }
    let at = (s.range.start..k - 1)
        .rev()
        .take_while(|&i| toks[i].quote().is_none() && !toks[i].is_punct(";"))
        .find(|&i| is_citing(&toks[i].lower))?;
    let end = comma_or_quote(toks, at + 1, k - 1);
    // After the object, only the colon or a relative clause on it.
    if end < k - 1 && !(toks[end].is_punct(",") && toks[end + 1].is("qui")) {
        return None;
    }
    cited_before_colon(d, s, at, k, known)
}

fn is_citing(w: &str) -> bool {
    matches!(
        w,
        "cite" | "citent" | "citait" | "citaient" | "citant" | "cité" | "citée" | "citera"
    )
}

/// A form of "citer" at `at` whose object, then a colon, comes right before the quotation at
/// `k` ("il cite un habitant : «…»", "cite un officier sur le front : «…»"): the one cited, a
/// person when the text does not name them.
fn cited_before_colon(
    d: &mut Discourse,
    s: Sentence,
    at: usize,
    k: usize,
    known: &dyn Known,
) -> Option<Entity> {
    let toks = s.toks;
    if !is_citing(&toks[at].lower) || k < at + 3 || !toks[k - 1].is_punct(":") {
        return None;
    }
    let end = comma_or_quote(toks, at + 1, k - 1);
    let np = np::parse_np(s.block, toks, at + 1, end, known)?;
    // A complement of place may follow the one cited: "un officier sur le front".
    let complement = np.end < end
        && np.is_person_like()
        && np.det == Some(lexicon::Det::Indefinite)
        && toks[np.end].is_word()
        && lexicon::is_preposition(&toks[np.end].lower)
        && toks[np.end..end].iter().all(|t| t.is_word() && !t.cap);
    if np.end != end && !complement || np.pronoun.is_some() || np.det.is_none() && np.name.is_none()
    {
        return None;
    }
    // "il cite le maire, Paul Vartin : «…»": the name in apposition.
    let np = if end < k - 1 {
        clauses::with_apposition(s, np, known)
    } else {
        np
    };
    let person_like = np.is_person_like();
    let mut e = d.resolve_np(s, &np, at + 1);
    if !e.is_named() && person_like {
        e.person = true;
    }
    Some(e)
}

/// The subject of speech verb `v`, `gap` words before the quotation at `k`.
fn verb_candidate(
    d: &mut Discourse,
    s: Sentence,
    v: &VerbHit,
    (verbs, k): (&[VerbHit], usize),
    known: &dyn Attributed,
    gap: usize,
    out: &mut Vec<Candidate>,
) {
    // "Et d'ajouter : «…»", "Avant de conclure : «…»": an infinitive opening its sentence
    // goes on with whoever spoke last.
    if v.form == Form::Infinitive && infinitive_of_narration(s, v.at) {
        if let Some(e) = d.last_speaker() {
            out.push(Candidate::from_cue(e, Cue::Verb { gap }));
        }
        return;
    }
    // "Et le ministre d'ajouter : «…»", "Et l'éditorialiste du Monde de conclure : «…»": the
    // phrase between "et" and the infinitive's "de" is its subject.
    if v.form == Form::Infinitive {
        if let Some((np, at)) = subject_of_narration(s, v.at, known) {
            let e = d.resolve_np(s, &np, at);
            out.push(Candidate::from_cue(e, Cue::Verb { gap }));
            return;
        }
    }
    let Some(subject) = clauses::subject_of(s, v, known) else {
        return;
    };
    let subject = reported_subject(d, s, verbs, subject, known);
    // "Le parti rejette la motion, a annoncé son président, Paul Verdier, jugeant le texte
    // «…»": a participle right after an incise is its inverted subject's.
    let subject = match subject {
        Subject::OfParticiple(at) => incise_before_participle(s, verbs, at, known)
            .map_or(subject, |(np, start)| Subject::Np(Box::new(np), start)),
        other => other,
    };
    // A passive names its agent or nobody; "l'enveloppe annoncée permettra de «…»": a
    // participle standing as an adjective is not the quotation's verb.
    let passive =
        matches!(subject, Subject::Nobody) || (v.form == Form::PastParticiple && !v.has_aux);
    // "qualifiée de «…» par le gouvernement", "décrit comme «…» par X": the participle's own
    // complement is the quotation, when an agent says whose it is.
    // "les difficultés invoquées « ne sont pas établies »": a quotation that opens with a verb
    // is the clause's predicate, not the participle's complement.
    // "juge la riposte annoncée «…»": the participle is the adjective of a judged object, the
    // quotation the quality the verb before gives it.
    let governs = v.at + 1 == k && !opens_with_verb(s, k) && !judged_object_participle(s, v.at)
        || (v.at + 2 == k
            && matches!(s.toks[v.at + 1].lower.as_str(), "de" | "d'" | "comme")
            && matches!(subject, Subject::Np(..)))
        || agent_then_complement(s, v.at, k) && matches!(subject, Subject::Np(..));
    let adjectival = passive && v.form == Form::PastParticiple && !v.has_aux && !governs;
    if adjectival {
        return;
    }
    let mut e = resolve(d, s, &subject, known);
    // "À l'Élysée, on fait valoir que «…»", "Du côté de Bercy, on assure que «…»".
    let vague = match &subject {
        Subject::Pronoun(Pron::Vague, at) => Some(*at),
        Subject::Np(np, at) if np.pronoun == Some(Pron::Vague) => Some(*at),
        _ => None,
    };
    if let Some(at) = vague.filter(|&at| s.toks[at].is("on")) {
        if let Some(body) = fronted_body(d, s, at, known) {
            e = body;
        }
    }
    if !e.person && e.is_named() {
        if let Some(author) = by_document(d, s, (v.at + 1, k), known, &e) {
            e = author;
        }
    }
    // "la fédération réclame par la voix de son président, Jules Arnal, «…»": the body
    // speaks through the person named after its verb.
    if !e.person && v.at + 1 < k {
        if let Some(voice) = voice_at(d, s, v.at + 1, known) {
            e = voice;
        }
    }
    // "X rapporte que des diplomates jugent l'accord «…»": people the text does not name are
    // the subject of the verb that governs the quotation; the words are theirs, not those of
    // the one who reports them.
    if !e.is_named() && v.strong {
        if let Subject::Np(np, _) = &subject {
            if np.role.is_some()
                && np.name.is_none()
                && np.body.is_none()
                && np.det == Some(lexicon::Det::Indefinite)
            {
                e.person = true;
            }
        }
    }
    let mut c = Candidate::from_cue(e, Cue::Verb { gap });
    if passive && c.entity.name.is_none() {
        // "jugée «irréaliste»" with no agent: the words are nobody's, and that is evidence.
        c.score = Cue::Verb { gap }.weight();
    }
    out.push(c);
}

/// "…, a annoncé son président, Paul Verdier, jugeant …", "…, a déclaré la ministre, qualifiant
/// …": the inverted subject of the incise that ends at the comma right before the present
/// participle at `at`, when the incise's verb follows a comma; that subject and where it starts.
fn incise_before_participle(
    s: Sentence,
    verbs: &[VerbHit],
    at: usize,
    known: &dyn Known,
) -> Option<(Np, usize)> {
    let toks = s.toks;
    if at < s.range.start + 4 || !toks[at - 1].is_punct(",") {
        return None;
    }
    let v = verbs.iter().rev().find(|v| v.at + 1 < at)?;
    let incise = v.clitic.is_none()
        && v.form != Form::PresentParticiple
        && (v.form != Form::PastParticiple || v.has_aux)
        && v.group > s.range.start
        && toks[v.group - 1].is_punct(",");
    if !incise {
        return None;
    }
    let mut k = v.at + 1;
    while k < at && toks[k].is_word() && lexicon::is_adverb(&toks[k].lower) {
        k += 1;
    }
    let start = clauses::skip_adverbials(toks, k, at - 1);
    if start >= at - 1 {
        return None;
    }
    let np = np::parse_np(s.block, toks, start, at - 1, known)?;
    let np = clauses::with_apposition(s, np, known);
    let who = np.name.is_some() || np.role.is_some() || np.body.is_some();
    // "a insisté le chef de l'État qui mise sur la relance, ajoutant …": a relative clause on
    // the subject, with no comma of its own, may stand before the participle's comma.
    let relative = np.end < at - 1
        && toks[np.end].is("qui")
        && toks[np.end..at - 1].iter().all(|t| t.is_word());
    (who && np.pronoun.is_none() && !np.coordinated && (np.end == at - 1 || relative))
        .then_some((np, start))
}

/// "dénoncée par l'opposition comme un «…»", "qualifié par le ministre de «…»": the agent
/// right after the participle at `at`, then "comme" or "de" (and an article) before the
/// quotation at `k`, a few words in all.
fn agent_then_complement(s: Sentence, at: usize, k: usize) -> bool {
    let toks = s.toks;
    if k > at + 9 || k < at + 4 || !toks[at + 1].is("par") {
        return false;
    }
    let mut j = k;
    while j > at + 3
        && matches!(
            toks[j - 1].lower.as_str(),
            "un" | "une" | "des" | "le" | "la" | "l'" | "les"
        )
    {
        j -= 1;
    }
    // "de" only after a participle that takes it ("qualifié de", "traité de"): "l'enveloppe
    // annoncée par la région permettra de «…»" has a verb of its own.
    let takes_de = ["qualifi", "trait", "tax", "accus"]
        .iter()
        .any(|p| toks[at].lower.starts_with(p));
    let link = match toks[j - 1].lower.as_str() {
        "comme" => true,
        "de" | "d'" => takes_de && j == k,
        _ => false,
    };
    link && toks[at + 2..j - 1].iter().all(|t| t.is_word())
}

/// "Et d'ajouter", "Et de conclure", "Avant de préciser", "Puis d'ajouter": an infinitive of
/// narration at `at`, right after the sentence's opening words.
fn infinitive_of_narration(s: Sentence, at: usize) -> bool {
    let toks = s.toks;
    let words: Vec<&str> = toks[s.range.start..at]
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.lower.as_str())
        .collect();
    matches!(
        words.as_slice(),
        ["et", "de" | "d'"] | ["avant", "de" | "d'"] | ["puis", "de" | "d'"]
    )
}

/// "Et le ministre d'ajouter", "Et l'éditorialiste du Monde de conclure": an infinitive of
/// narration at `at` whose subject stands between the opening "et" (or "puis") and the "de"
/// right before it; that subject, a person or a body, and where it starts.
fn subject_of_narration(s: Sentence, at: usize, known: &dyn Known) -> Option<(Np, usize)> {
    let toks = s.toks;
    let start = s.range.start;
    if at < start + 3
        || !matches!(toks[start].lower.as_str(), "et" | "puis")
        || !matches!(toks[at - 1].lower.as_str(), "de" | "d'")
    {
        return None;
    }
    let end = at - 1;
    if toks[start + 1..end]
        .iter()
        .any(|t| !(t.is_word() || t.is_punct(".-")))
    {
        return None;
    }
    let np = np::parse_np(s.block, toks, start + 1, end, known)?;
    let who = np.names_someone();
    (np.end == end && np.pronoun.is_none() && !np.coordinated && who).then_some((np, start + 1))
}

/// "À l'Élysée, on …", "Du côté de Bercy, on …", "Au ministère de la Santé, on …": the body
/// where "on" (at token `at`) speaks, set off by a comma at the start of its sentence.
pub fn fronted_body(
    d: &mut Discourse,
    s: Sentence,
    at: usize,
    known: &dyn Known,
) -> Option<Entity> {
    let toks = s.toks;
    let i = s.range.start;
    let w = |k: usize| {
        toks.get(k)
            .filter(|_| k < at)
            .map_or("", |t| t.lower.as_str())
    };
    let from = match (w(i), w(i + 1), w(i + 2)) {
        ("du", "côté", "de" | "du" | "des" | "d'") => i + 3,
        ("côté", "de" | "du" | "des" | "d'", _) => i + 2,
        ("à" | "au" | "a", _, _) => i + 1,
        // "Dans l'entourage du Premier ministre, on insiste …", "Chez Vireo, on assure …".
        ("dans" | "chez", _, _) => i + 1,
        // "Place Beauvau, on assure …": a body's seat with no preposition.
        _ => i,
    };
    let comma = comma_or_quote(toks, from, at);
    if comma >= at || !toks[comma].is_punct(",") {
        return None;
    }
    // "Dans l'entourage du chef de l'État, qui porte le projet, on glisse …": a relative
    // clause between commas after the body.
    let relative = toks[comma + 1].is("qui") && at > comma + 3 && toks[at - 1].is_punct(",");
    if comma + 1 != at && !relative {
        return None;
    }
    let np = np::parse_np(s.block, toks, from, comma, known)?;
    if np.pronoun.is_some() || np.role.is_some() || np.end != comma {
        return None;
    }
    // Without a preposition, only a name: not a thing ("Le projet, on en parle …").
    if from == i && np.name.is_none() && np.body.is_none() {
        return None;
    }
    let e = d.resolve_np(s, &np, from);
    (e.is_named() && !e.person).then_some(e)
}

/// "Borovsk a fait savoir par un communiqué de son ministère des Affaires étrangères que …",
/// "la préfecture a indiqué dans une note du cabinet du préfet …": a body or a state that
/// speaks through a document of one of its bodies speaks as that body. `from..to` lies between
/// the verb and the quotation; `speaker` is the verb's subject.
fn by_document(
    d: &mut Discourse,
    s: Sentence,
    (from, to): (usize, usize),
    known: &dyn Known,
    speaker: &Entity,
) -> Option<Entity> {
    let toks = s.toks;
    let i = (from..to.saturating_sub(4)).find(|&i| {
        matches!(toks[i].lower.as_str(), "par" | "dans")
            && matches!(toks[i + 1].lower.as_str(), "un" | "une")
            && lexicon::is_document(&toks[i + 2].lower)
            && matches!(toks[i + 3].lower.as_str(), "de" | "du" | "d'" | "des")
    })?;
    let mut end = i + 4;
    while end < to && toks[end].is_word() && !matches!(toks[end].lower.as_str(), "que" | "qu'") {
        end += 1;
    }
    // "de son ministère des Affaires étrangères": the ministry of the state that speaks.
    if matches!(toks[i + 4].lower.as_str(), "son" | "sa" | "leur") {
        let adjective = speaker.name.as_deref()?.strip_prefix("gouvernement ")?;
        let text = names::surface(s.block, toks, i + 5, end);
        let portfolio = text.strip_prefix("ministère ")?;
        if !portfolio.starts_with("de") || !portfolio.contains(char::is_uppercase) {
            return None;
        }
        return Some(Entity::body(
            format!("ministère {adjective} {portfolio}"),
            Gender::M,
        ));
    }
    let np = np::parse_np(s.block, toks, i + 1, end, known)?;
    let author = d.resolve_np(s, &np, i + 1);
    (author.is_named() && !author.person && author.name != speaker.name).then_some(author)
}

/// Whether the quotation at token `k` opens with a verb: a negation ("ne sont pas …") or a
/// form of "être" or "avoir".
fn opens_with_verb(s: Sentence, k: usize) -> bool {
    let t = &s.toks[k];
    let text = &s.block[t.start..t.end];
    let first = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    matches!(first.as_str(), "ne" | "n")
        || (lexicon::is_auxiliary(&first)
            && !matches!(first.as_str(), "été" | "eu" | "être" | "avoir"))
}

/// "Paris a fait savoir qu'il ne commenterait pas une «…»": the pronoun subject of a clause
/// that a speech verb introduces with "que" is that verb's subject, when its gender allows
/// (a body or a place has none), rather than the last person named.
fn reported_subject(
    d: &Discourse,
    s: Sentence,
    verbs: &[VerbHit],
    subject: Subject,
    known: &dyn Attributed,
) -> Subject {
    let (gender, at) = match &subject {
        Subject::Np(np, at) => match np.pronoun {
            Some(Pron::Personal(g)) => (g, *at),
            _ => return subject,
        },
        Subject::Pronoun(Pron::Personal(g), at) => (*g, *at),
        _ => return subject,
    };
    let toks = s.toks;
    if at <= s.range.start || !matches!(toks[at - 1].lower.as_str(), "que" | "qu'") {
        return subject;
    }
    let que = at - 1;
    // The speech verb right before "que", nothing but its own group between them.
    let Some(main) = verbs.iter().rev().find(|v| v.at < que) else {
        return subject;
    };
    let close = (main.at + 1..que).all(|i| toks[i].is_word() && !toks[i].cap) && que - main.at <= 3;
    if !close {
        return subject;
    }
    match clauses::subject_of(s, main, known) {
        Some(Subject::Np(np, at))
            if np.pronoun.is_none()
                && (np.name.is_some() || np.body.is_some() || np.role.is_some())
                && np.gender.unwrap_or(Gender::U).compatible(gender)
                && np.name.as_ref().is_none_or(|n| {
                    // Not a bare word nothing presents as a person or a place ("Zelva a
                    // fait savoir", where the dispatch does not say Zelva is a place).
                    n.gender.compatible(gender)
                        && (n.cued
                            || n.text.contains(' ')
                            || known.is_person(&n.text)
                            || bodies::is_place(n, d))
                }) =>
        {
            Subject::Np(np, at)
        }
        _ => subject,
    }
}

/// Resolves a subject found by the syntax.
pub fn resolve(d: &mut Discourse, s: Sentence, subject: &Subject, known: &dyn Known) -> Entity {
    match subject {
        Subject::Nobody => Entity::nobody(),
        Subject::Pronoun(Pron::Demonstrative, at) => d.resolve_demonstrative(s, *at),
        Subject::Pronoun(p, at) => d.resolve_pronoun(*p, *at),
        Subject::Np(np, at) => {
            voice_of(d, s, np, known).unwrap_or_else(|| d.resolve_np(s, np, *at))
        }
        Subject::OfParticiple(at) => {
            if let Some((np, start)) = coordinated_subject(s, *at, known) {
                return d.resolve_np(s, &np, start);
            }
            if let Some(e) = d.current_before(*at) {
                return e.clone();
            }
            // "«…» ¶ Ajoutant : «…»", "Et précisant que …": a participle opening its sentence
            // goes on with the one the sentence before quoted.
            let opens = s.toks[s.range.start..*at]
                .iter()
                .all(|t| t.is("et") || t.is("puis"));
            if opens {
                if let Some(e) = d.speaker_just_before() {
                    return e;
                }
            }
            // "Celle-ci s'en est prise aux promoteurs, qualifiant de «…» leurs projets": a
            // demonstrative subject stands for the person last named, as "cette dernière".
            match clauses::main_subject_np(s, known) {
                Some(np)
                    if np.is_person_like()
                        || np.det.is_some()
                        || np.body.is_some()
                        || np.pronoun == Some(Pron::Demonstrative) =>
                {
                    d.resolve_np(s, &np, s.range.start)
                }
                _ => Entity::nobody(),
            }
        }
        Subject::PreviousVerb(at) => {
            if let Some(e) = d.subject_before(*at) {
                return e.clone();
            }
            match clauses::main_subject_np(s, known) {
                Some(np) => d.resolve_np(s, &np, s.range.start),
                None => Entity::nobody(),
            }
        }
        Subject::Antecedent(at) => antecedent(d, s, *at, known),
    }
}

/// "L'Ardanie a soumis un plan, et Anton Ilvesk a donné une semaine …, en estimant que …": the
/// subject of the last clause joined by ", et" or ", mais" before the participle at `at`, when
/// it is a name, a role or a body followed by its verb; that subject and where it starts.
fn coordinated_subject(s: Sentence, at: usize, known: &dyn Known) -> Option<(Np, usize)> {
    let toks = s.toks;
    let i = (s.range.start + 1..at).rev().find(|&i| {
        let t = &toks[i];
        t.quote().is_some() || t.is_punct(";") || t.is("et") || t.is("mais")
    })?;
    if !(toks[i].is("et") || toks[i].is("mais")) || !toks[i - 1].is_punct(",") {
        return None;
    }
    let start = i + 1;
    let verb = (start + 1..at).find(|&j| {
        let t = &toks[j];
        t.is_word()
            && !t.cap
            && (lexicon::is_auxiliary(super::verbs::split_clitic(&t.lower).0)
                || lexicon::speech_verb(&t.lower).is_some()
                || clauses::ends_like_finite_verb(&t.lower)
                || lexicon::is_short_finite_verb(&t.lower))
    })?;
    let np = np::parse_np(s.block, toks, start, verb, known)?;
    let who = np.names_someone();
    (np.end == verb && np.pronoun.is_none() && !np.coordinated && who).then_some((np, start))
}

/// What "qui" at token `at` stands for: a name right before, the person the sentence has
/// mentioned, or the phrase before ", qui".
fn antecedent(d: &mut Discourse, s: Sentence, at: usize, known: &dyn Known) -> Entity {
    let toks = s.toks;
    // "ceux de Vladimir Poutine, qui …": a name right before.
    let mut before = if at > s.range.start + 1 && toks[at - 1].is_punct(",") {
        at - 1
    } else {
        at
    };
    // "le député Jean Terlier (Renaissance), qui …": a party or an age in brackets after the
    // name does not stand between it and "qui".
    if before + 1 == at && before > s.range.start + 2 && toks[before - 1].is_punct(")") {
        if let Some(open) = (s.range.start..before - 1)
            .rev()
            .take(6)
            .find(|&k| toks[k].is_punct("("))
        {
            before = open;
        }
    }
    // "Tout autre ton dans La Gazette de Brenne, qui y voit …": a newspaper's title right
    // before, its article included.
    if before + 1 == at {
        let title = (before.saturating_sub(8).max(s.range.start)..before)
            .find(|&k| names::title_at(toks, k, before) == Some(before));
        if let Some(np) = title.and_then(|k| np::parse_np(s.block, toks, k, before, known)) {
            if np.body.is_some() && np.end == before {
                let start = np.head_start;
                return d.resolve_np(s, &np, start);
            }
        }
    }
    // "Paule Vernier, présidente de l'ONG Mer Ouverte, qui …": a role apposed without its
    // article to the name before it, whatever names its complement; "qui" is that person.
    if before + 1 == at {
        let start = clauses::chunk_start(toks, s.range.start, before, known);
        let apposed = start < before
            && toks[start].is_word()
            && !toks[start].cap
            && lexicon::role(&toks[start].lower).is_some();
        if let Some(np) = apposed
            .then(|| name_before_apposition(s, start, known))
            .flatten()
        {
            let start = np.head_start;
            return d.resolve_np(s, &np, start);
        }
    }
    // ("Le Suédois, qui …": an article opening the sentence is no part of a name.)
    let article = |t: &Tok| !t.name_word && lexicon::determiner(&t.lower).is_some();
    let mut b = before;
    while b > s.range.start
        && (toks[b - 1].is_capitalised() || names::is_particle_tok(&toks[b - 1]))
        && !article(&toks[b - 1])
    {
        b -= 1;
    }
    while b < before && names::is_particle_tok(&toks[b]) {
        b += 1;
    }
    // "un conseiller du ministère de la Défense, qui …", "le conseil départemental de la
    // Gironde, qui …": a name ending a complement of a person's or a body's noun is not who
    // "qui" stands for; the phrase is.
    if b < before && b > s.range.start && before + 1 == at {
        let in_complement = matches!(
            toks[b - 1].lower.as_str(),
            "de" | "du" | "des" | "d'" | "la" | "l'" | "le" | "les"
        );
        let mut start = clauses::chunk_start(toks, s.range.start, before, known);
        // "«…», a assuré le garde des Sceaux, qui …": in an incise, the phrase after the verb.
        if let Some(det) = (start..b)
            .rev()
            .take(6)
            .find(|&k| {
                !toks[k].cap
                    && matches!(
                        toks[k].lower.as_str(),
                        "le" | "la" | "l'" | "les" | "un" | "une" | "son" | "sa" | "leur"
                    )
            })
            .filter(|&k| {
                (start..k).any(|v| {
                    let t = &toks[v];
                    t.is_word()
                        && lexicon::speech_verb(&t.lower)
                            .is_some_and(|sv| sv.form != lexicon::Form::Infinitive)
                        && !(v > start && lexicon::determiner(&toks[v - 1].lower).is_some())
                })
            })
        {
            start = det;
        }
        if in_complement && start < b {
            if let Some(np) = np::parse_np(s.block, toks, start, before, known) {
                let body = np.body.is_none()
                    && np.det == Some(lexicon::Det::Definite)
                    && !np.plural
                    && np.thing.as_deref().is_some_and(lexicon::is_body_noun);
                if (np.role.is_some() || body) && np.pronoun.is_none() && np.det.is_some() {
                    return d.resolve_np(s, &np, start);
                }
            }
        }
    }
    // "Un député Renaissance, qui …", "la maire Anne Vidal, qui …": a role noun right before
    // the capitalised words makes them one phrase with it, which says who "qui" is.
    let role_before = b < before
        && b > s.range.start
        && toks[b - 1].is_word()
        && !toks[b - 1].cap
        && lexicon::role(&toks[b - 1].lower).is_some();
    if role_before {
        let start = if b - 1 > s.range.start && lexicon::determiner(&toks[b - 2].lower).is_some() {
            b - 2
        } else {
            b - 1
        };
        if let Some(np) = np::parse_np(s.block, toks, start, before, known)
            .filter(|np| np.role.is_some() && np.pronoun.is_none())
        {
            return d.resolve_np(s, &np, start);
        }
    }
    // "le secrétaire d'État Marco Rubio, qui …": the capitalised words walked back over may
    // begin with a role's complement ("État"); the name is the longest run ending there.
    for k in b..before {
        if names::run_at(toks, k, before) == Some(before) {
            let np = np::parse_np(s.block, toks, k, before, known);
            if let Some(np) = np.filter(|np| np.name.is_some()) {
                return d.resolve_np(s, &np, k);
            }
        }
    }
    // "…, a indiqué l'armée de l'air borovienne, qui affirme …": the inverted subject of the
    // incise right before ", qui", not whoever the sentence named first.
    if let Some((np, start)) = incise_subject_before(s, at, known) {
        return d.resolve_np(s, &np, start);
    }
    // "il a visé la secrétaire générale de la FOT, qui avait appelé …": a role phrase right
    // before ", qui", the object of the clause, not its subject.
    if let Some((np, start)) = role_before_comma(s, at, known) {
        return d.resolve_np(s, &np, start);
    }
    if let Some(e) = d.current_before(at) {
        return e.clone();
    }
    if at > s.range.start + 1 && toks[at - 1].is_punct(",") {
        let start = clauses::chunk_start(toks, s.range.start, at - 1, known);
        if let Some(np) = np::parse_np(s.block, toks, start, at - 1, known) {
            return d.resolve_np(s, &np, start);
        }
    }
    Entity::nobody()
}

/// The name right before the comma that opens an apposition at `start` ("Paule Vernier,
/// présidente de …").
fn name_before_apposition(s: Sentence, start: usize, known: &dyn Known) -> Option<Np> {
    let toks = s.toks;
    if start < s.range.start + 2 || !toks[start - 1].is_punct(",") {
        return None;
    }
    let end = start - 1;
    (end.saturating_sub(4).max(s.range.start)..end)
        .filter(|&k| names::run_at(toks, k, end) == Some(end))
        .find_map(|k| {
            np::parse_np(s.block, toks, k, end, known)
                .filter(|np| np.name.is_some() && np.end == end && np.pronoun.is_none())
        })
}

/// A definite role phrase ending right before ", qui" at `at`, after a word that does not
/// make it a complement ("la secrétaire générale de la FOT, qui …"); it and where it starts.
fn role_before_comma(s: Sentence, at: usize, known: &dyn Known) -> Option<(Np, usize)> {
    let toks = s.toks;
    if at <= s.range.start + 2 || !toks[at - 1].is_punct(",") {
        return None;
    }
    let end = at - 1;
    let from = end.saturating_sub(10).max(s.range.start + 1);
    (from..end)
        .filter(|&k| {
            let t = &toks[k];
            t.is_word()
                && !t.cap
                && matches!(t.lower.as_str(), "le" | "la" | "l'" | "les")
                && toks[k - 1].is_word()
                && !matches!(toks[k - 1].lower.as_str(), "de" | "du" | "des" | "d'")
        })
        .find_map(|k| {
            let np = np::parse_np(s.block, toks, k, end, known)?;
            (np.end == end
                && np.role.is_some()
                && np.det == Some(lexicon::Det::Definite)
                && np.pronoun.is_none()
                && !np.coordinated)
                .then_some((np, k))
        })
}

/// The subject of an incise that is the whole chunk before ", qui" at `at`: a speech verb
/// after a comma, with its auxiliary and adverbials, then a role, a body or a name ("…, a
/// indiqué l'armée de l'air borovienne, qui …", "…, a précisé le ministre, qui …"); that
/// subject and where it starts.
fn incise_subject_before(s: Sentence, at: usize, known: &dyn Known) -> Option<(Np, usize)> {
    let toks = s.toks;
    if at <= s.range.start + 2 || !toks[at - 1].is_punct(",") {
        return None;
    }
    let end = at - 1;
    let start = clauses::chunk_start(toks, s.range.start, end, known);
    if start <= s.range.start || !toks[start - 1].is_punct(",") {
        return None;
    }
    // The verb group: an auxiliary or a speech verb first, lower-case words up to the verb.
    let mut k = start;
    let mut spoke = false;
    while k < end && toks[k].is_word() && !toks[k].cap {
        let (base, clitic) = super::verbs::split_clitic(&toks[k].lower);
        if clitic.is_some() {
            return None;
        }
        if lexicon::speech_verb(base).is_some() {
            spoke = true;
            k += 1;
            break;
        }
        if !(lexicon::is_auxiliary(base) || lexicon::is_adverb(base)) {
            return None;
        }
        k += 1;
    }
    if !spoke {
        return None;
    }
    let from = clauses::skip_adverbials(toks, k, end);
    if from >= end {
        return None;
    }
    let np = np::parse_np(s.block, toks, from, end, known)?;
    let who = np.names_someone();
    // "…, assure la préfecture dans un communiqué, qui …", "…, a indiqué la direction à la
    // presse, qui …": an adverbial may follow the subject before ", qui".
    let adverbial = np.end < end
        && end - np.end <= 5
        && matches!(
            toks[np.end].lower.as_str(),
            "dans" | "sur" | "par" | "à" | "au" | "auprès" | "devant" | "lors"
        )
        && toks[np.end..end].iter().all(|t| t.is_word());
    ((np.end == end || adverbial) && np.pronoun.is_none() && who).then_some((np, from))
}

pub fn comma_or_quote(toks: &[Tok], from: usize, end: usize) -> usize {
    let mut k = from;
    while k < end && !toks[k].is_punct(",:;") && toks[k].quote().is_none() {
        k += 1;
    }
    k
}

/// "selon X" at token `i`: X, unless X is a medium citing someone else ("selon l'agence Tass,
/// citant un diplomate": the diplomate's words); "selon lequel" stands for a thing.
fn according(d: &mut Discourse, s: Sentence, i: usize, known: &dyn Known) -> Option<Entity> {
    let toks = s.toks;
    let end = comma_or_quote(toks, i + 1, s.range.end);
    if toks.get(i + 1).is_some_and(|n| {
        matches!(
            n.lower.as_str(),
            "lequel" | "laquelle" | "lesquels" | "lesquelles"
        )
    }) {
        // "le directeur du port, Kovalenko, selon lequel …": the one the relative stands for.
        if i > s.range.start + 1 && toks[i - 1].is_punct(",") {
            let e = antecedent(d, s, i, known);
            if e.is_named() || e.person {
                return Some(e);
            }
        }
        // "la déclaration du président Karl Umbert selon laquelle …", "les propos de X selon
        // lesquels …": the one whose words the noun names.
        if let Some(e) = words_of_before(d, s, i, known) {
            return Some(e);
        }
        // "un article du Courrier selon lequel …": the paper that wrote it.
        return Some(
            bodies::writer_before(d, s, i)
                .map_or_else(Entity::nobody, |l| Entity::body(l, lexicon::Gender::U)),
        );
    }
    // "selon franceinfo, …": a title its brand writes in lower case.
    if let Some((_, label)) = bodies::press_at(s.block, toks, i + 1, s.range)
        .filter(|(e, _)| *e == end && !toks[i + 1].cap)
    {
        return Some(Entity::body(label.to_owned(), lexicon::Gender::U));
    }
    let np = np::parse_np(s.block, toks, i + 1, end, known)?;
    if let Some(e) = citing(d, s, end, known) {
        return Some(e);
    }
    // "La Vigie retient l'image d'un hémicycle vide, signe selon elle d'une «…»": "selon" and
    // a pronoun, in a sentence whose subject before it is a body, stand for that body.
    if let Some(Pron::Personal(g)) = np.pronoun {
        let subject = clauses::main_subject_np(s, known)
            .filter(|n| n.end <= i && n.pronoun.is_none() && !n.is_person_like());
        if let Some(subject) = subject {
            let at = subject.head_start;
            let e = d.resolve_np(s, &subject, at);
            if e.is_named() && !e.person && e.gender.compatible(g) {
                return Some(e);
            }
        }
    }
    let np = clauses::with_apposition(s, np, known);
    // "Selon sa maison mère, la holding Vardex Industrie, «…»": a thing named by the body
    // apposed to it.
    if np.thing.is_some() && np.role.is_none() && np.name.is_none() && np.body.is_none() {
        if let Some(e) = apposed_body(d, s, end, known) {
            return Some(e);
        }
    }
    Some(d.resolve_np(s, &np, i))
}

/// The body named in an apposition set off by the comma at `comma` and closed by another
/// comma or a quotation: an article, its noun and its name ("la holding Vardex Industrie").
fn apposed_body(d: &mut Discourse, s: Sentence, comma: usize, known: &dyn Known) -> Option<Entity> {
    let toks = s.toks;
    if comma + 2 >= s.range.end || !toks[comma].is_punct(",") {
        return None;
    }
    let start = comma + 1;
    let close = comma_or_quote(toks, start, s.range.end);
    if close >= s.range.end || !toks[close].is_punct(",") {
        return None;
    }
    let np = np::parse_np(s.block, toks, start, close, known)?;
    let named = np.name.is_some() || np.body.as_ref().is_some_and(|b| !b.is_empty());
    if np.end != close || !named || np.det.is_none() || np.role.is_some() || np.pronoun.is_some() {
        return None;
    }
    let e = d.resolve_np(s, &np, start);
    e.is_named().then_some(e)
}

/// "la déclaration du président Karl Umbert [selon laquelle]", "les propos de Marie Dupont":
/// a noun of what someone said, "de" and a named person right before token `i`; that person.
fn words_of_before(d: &mut Discourse, s: Sentence, i: usize, known: &dyn Known) -> Option<Entity> {
    let toks = s.toks;
    let from = i.saturating_sub(8).max(s.range.start + 1);
    let of = (from..i).rev().find(|&j| {
        matches!(toks[j].lower.as_str(), "de" | "du" | "d'" | "des") && {
            let noun = toks[j - 1].lower.as_str();
            lexicon::is_document(noun)
                || matches!(
                    noun,
                    "propos"
                        | "affirmation"
                        | "affirmations"
                        | "annonce"
                        | "remarque"
                        | "remarques"
                        | "accusation"
                        | "accusations"
                        | "déclarations"
                        | "assertion"
                )
        }
    })?;
    let np = np::parse_np(s.block, toks, of + 1, i, known)?;
    if np.end != i || np.name.is_none() {
        return None;
    }
    let e = d.resolve_np(s, &np, of + 1);
    (e.is_named() && e.person).then_some(e)
}

/// "«…», ces propos du général Luc Marnet ont fait couler beaucoup d'encre", "«…» : les mots
/// de Paul Sibor": the quotation, then a phrase that names it as someone's words, their
/// author a person named; that person.
fn words_apposed_after(
    d: &mut Discourse,
    s: Sentence,
    k: usize,
    known: &dyn Known,
) -> Option<Entity> {
    let toks = s.toks;
    let w = |i: usize| {
        toks.get(i)
            .filter(|_| i < s.range.end)
            .map_or("", |t| t.lower.as_str())
    };
    if !toks.get(k + 1).is_some_and(|t| t.is_punct(",:")) || k + 1 >= s.range.end {
        return None;
    }
    let noun = w(k + 3);
    let words = matches!(w(k + 2), "ces" | "ses" | "les" | "ce")
        && (is_words_noun(noun) || matches!(noun, "déclarations" | "déclaration"));
    if !words || !matches!(w(k + 4), "de" | "du" | "d'" | "d’") {
        return None;
    }
    let np = np::parse_np(s.block, toks, k + 5, s.range.end, known)?;
    if np.name.is_none() || np.pronoun.is_some() {
        return None;
    }
    let e = d.resolve_np(s, &np, k + 5);
    (e.is_named() && e.person).then_some(e)
}

/// ", citant X" right after a medium: X (often someone unnamed).
fn citing(d: &mut Discourse, s: Sentence, comma: usize, known: &dyn Known) -> Option<Entity> {
    let toks = s.toks;
    if !(comma + 2 < s.range.end
        && toks[comma].is_punct(",")
        && (toks[comma + 1].is("citant")
            || toks[comma + 1].is("citée")
            || toks[comma + 1].is("cité")))
    {
        return None;
    }
    let start = comma + 2 + usize::from(toks[comma + 2].is("par"));
    let end = comma_or_quote(toks, start, s.range.end);
    let np = np::parse_np(s.block, toks, start, end, known)?;
    Some(d.resolve_np(s, &np, start))
}

/// "Pour Claire Vannier, …, «…»": the person the opinion is given to.
fn pour_clause(d: &mut Discourse, s: Sentence, i: usize, known: &dyn Known) -> Option<Entity> {
    let toks = s.toks;
    // "Budget : pour Lecornu, «…»": after a title's topic and its colon too.
    let clause_start = i == s.range.start
        || toks[i - 1].is_punct(",")
        || toks[i - 1].is_punct(":")
        || (toks[i - 1].is_word() && lexicon::is_adverb(&toks[i - 1].lower))
        // "Mais pour la CGT, «…»", "…, puisque pour Verlinden, «…»": after a conjunction
        // that opens the clause.
        || (toks[i - 1].is_word()
            && matches!(
                toks[i - 1].lower.as_str(),
                "mais" | "et" | "or" | "puisque" | "car" | "donc"
            )
            && (i - 1 == s.range.start || toks[i - 2].is_punct(",")));
    if !clause_start {
        return None;
    }
    let end = comma_or_quote(toks, i + 1, s.range.end);
    let np = np::parse_np(s.block, toks, i + 1, end, known)?;
    // "Pour Le Courrier du Val, …": a newspaper's opinion too.
    let person = np.name.is_some()
        || matches!(np.pronoun, Some(Pron::Personal(_)))
        || (np.role.is_some() && np.det.is_some())
        || np.body.as_ref().is_some_and(|b| names::is_title(b))
        // "Pour la CFDT, «…»", "Pour la mairie, «…»": a body's view.
        || np.is_one_body()
        // "Pour le quotidien, «…»": the newspaper the dispatch named.
        || np.is_newspaper_noun();
    if !person || end >= s.range.end || !toks[end].is_punct(",") {
        return None;
    }
    // "Pour la secrétaire générale du syndicat, Corinne Aubertin, «…»".
    let np = clauses::with_apposition(s, np, known);
    // "Pour sa maison mère, la holding Vardex Industrie, «…»": so is a body apposed to a thing.
    if np.thing.is_some() && np.role.is_none() && np.name.is_none() && np.body.is_none() {
        if let Some(e) = apposed_body(d, s, end, known) {
            return Some(e);
        }
    }
    Some(d.resolve_np(s, &np, i))
}

/// "Dans La Croix, on s'inquiète d'un pays «…»": what "on" says in a newspaper the press review
/// names is the newspaper's.
fn in_paper_one_says(
    d: &mut Discourse,
    s: Sentence,
    i: usize,
    known: &dyn Known,
) -> Option<Entity> {
    let toks = s.toks;
    let end = comma_or_quote(toks, i + 1, s.range.end);
    let np = np::parse_np(s.block, toks, i + 1, end, known)?;
    let title = np.body.as_ref().is_some_and(|b| names::is_title(b));
    let one = end + 1 < s.range.end && toks[end].is_punct(",") && toks[end + 1].is("on");
    if !title || np.end != end || !one {
        return None;
    }
    Some(d.resolve_np(s, &np, i + 1))
}

/// "« Nous resterons vigilants » — Luc Abel, préfet de l'Ain": a name after a dash that follows
/// the quotation signs it, when the name and its apposition are all the sentence has left.
fn signed_after(d: &mut Discourse, s: Sentence, k: usize, known: &dyn Known) -> Option<Entity> {
    let toks = s.toks;
    let end = s.range.end;
    let at = k + 2;
    if !(at < end && toks[k + 1].is_punct("—–-")) {
        return None;
    }
    let stop = comma_or_quote(toks, at, end);
    let np = np::parse_np(s.block, toks, at, stop, known)?;
    if np.name.is_none() || np.det.is_some() || np.end != stop || np.coordinated {
        return None;
    }
    // Only an apposition may follow: "…, préfet de l'Ain."
    let rest_is_apposition = stop >= end
        || toks[stop].is_punct(",")
            && toks[stop + 1..end].iter().all(|t| {
                t.is_punct(".") || t.is_word() && lexicon::speech_verb(&t.lower).is_none()
            });
    rest_is_apposition.then(|| d.resolve_np(s, &np, at))
}

/// "Retraites : « Il n'y a pas de doute sur la censure » (Morin)": a title signs its
/// quotation with the speaker's name in brackets right after it, the last thing on its line;
/// that person (or body), as the dispatch names them.
fn signed_in_brackets(
    d: &mut Discourse,
    s: Sentence,
    k: usize,
    known: &dyn Known,
) -> Option<Entity> {
    let toks = s.toks;
    let end = s.range.end;
    let at = k + 2;
    if !(at < end && toks[k + 1].is_punct("(")) {
        return None;
    }
    let close = (at..end.min(at + 5)).find(|&i| toks[i].is_punct(")"))?;
    if close == at || toks[close + 1..end].iter().any(|t| !t.is_punct(".!?…")) {
        return None;
    }
    if !toks[at..close]
        .iter()
        .all(|t| t.is_capitalised() || t.acronym)
    {
        return None;
    }
    let np = np::parse_np(s.block, toks, at, close, known)?;
    if np.end != close || np.det.is_some() || np.coordinated {
        return None;
    }
    if np.name.is_none() && np.body.is_none() {
        return None;
    }
    // "(AFP)", "(Reuters)": the agency that carried it, not a speaker.
    Some(d.resolve_np(s, &np, at)).filter(|e| {
        e.is_named()
            && e.name.as_deref().is_some_and(|n| {
                if e.person {
                    d.is_person(n)
                } else {
                    !super::bodies::is_press(n)
                }
            })
    })
}

/// "«…», selon l'expression employée par la présidente …, Ursula von der Leyen".
fn according_after(d: &mut Discourse, s: Sentence, k: usize, known: &dyn Known) -> Option<Entity> {
    let toks = s.toks;
    let end = s.range.end;
    // "«…», selon X" and, in briefs, "«…» selon X" with no comma.
    let at = k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.is_punct(",")));
    if !(at + 1 < end && (toks[at].is("selon") || toks[at].is("d'après"))) {
        return None;
    }
    according_at(d, s, at, k, known)
}

/// "Trois gardes «…» dans ces incidents, selon la même source.": "selon X" closing the
/// sentence a few words after the quotation at `k` gives the words to X, with less evidence
/// than an incise right after it.
pub fn closing_according_to(
    d: &mut Discourse,
    s: Sentence,
    k: usize,
    known: &dyn Known,
) -> Option<Candidate> {
    let at = super::evidence::closing_according_to(s, k)?;
    let e = according_at(d, s, at, k, known)?;
    let mut c = Candidate::from_cue(e, Cue::Incise);
    c.score -= CLOSING_INCISE_SHORTFALL;
    Some(c)
}

/// X of "selon X" at token `at`, for the quotation at `k` before it.
fn according_at(
    d: &mut Discourse,
    s: Sentence,
    at: usize,
    k: usize,
    known: &dyn Known,
) -> Option<Entity> {
    let toks = s.toks;
    let end = s.range.end;
    let from = at + 1;
    let stop = comma_or_quote(toks, from, end);
    let np = np::parse_np(s.block, toks, from, stop, known)?;
    if let Some(e) = citing(d, s, stop, known) {
        return Some(e);
    }
    let np = clauses::with_apposition(s, np, known);
    if np.is_person_like() || np.name.is_some() || np.body.is_some() {
        return Some(d.resolve_np(s, &np, from));
    }
    // The phrase names its speaker after "par".
    let Some(by) = (from..end.min(k + 14)).find(|&i| toks[i].is("par")) else {
        return Some(d.resolve_np(s, &np, from));
    };
    let mut np: Np = np::parse_np(
        s.block,
        toks,
        by + 1,
        comma_or_quote(toks, by + 1, end),
        known,
    )?;
    let after = np.end;
    if np.name.is_none() && after + 1 < end && toks[after].is_punct(",") {
        if let Some(e) = names::run_at(toks, after + 1, end) {
            np.name = np::parse_np(s.block, toks, after + 1, e, known).and_then(|n| n.name);
        }
    }
    Some(d.resolve_np(s, &np, by + 1))
}

/// Whether "«…», selon X" after the quotation at `k` names a medium or a document that
/// reports it: "l'agence Y", "le quotidien Z", "une transcription publiée par W".
fn medium_after(s: Sentence, k: usize, known: &dyn Known) -> bool {
    let toks = s.toks;
    let at = k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.is_punct(",")));
    if !(at + 1 < s.range.end && (toks[at].is("selon") || toks[at].is("d'après"))) {
        return false;
    }
    let stop = comma_or_quote(toks, at + 1, s.range.end);
    np::parse_np(s.block, toks, at + 1, stop, known).is_some_and(|np| {
        np.thing.as_deref().is_some_and(lexicon::is_medium)
            || np.words.first().is_some_and(|w| lexicon::is_medium(w))
            || np.det.is_some()
                && np.thing.as_deref().is_some_and(|t| {
                    lexicon::is_document(t)
                        || matches!(t, "transcription" | "enregistrement" | "vidéo")
                })
    })
}

/// "Selon X, …" or "Pour X, …" opening a sentence: who its reported content belongs to.
pub fn opening_frame(d: &mut Discourse, s: Sentence, known: &dyn Known) -> Option<Entity> {
    let toks = s.toks;
    let mut i = s.range.start;
    while i < s.range.end && toks[i].is_word() && lexicon::is_adverb(&toks[i].lower) {
        i += 1;
    }
    if i >= s.range.end {
        return None;
    }
    let e = if toks[i].is("selon") || toks[i].is("d'après") {
        let end = comma_or_quote(toks, i + 1, s.range.end);
        let np = np::parse_np(s.block, toks, i + 1, end, known)?;
        if !np.is_person_like() {
            return None;
        }
        d.resolve_np(s, &np, i)
    } else if toks[i].is("pour") {
        pour_clause(d, s, i, known)?
    } else if toks[i].is("dans") {
        in_paper_one_says(d, s, i, known)?
    } else {
        return None;
    };
    if e.person || e.name.is_some() {
        d.mention(i, e.clone(), super::speakers::Salience::Speaker);
    }
    e.name.is_some().then_some(e)
}

/// "La Coordination rurale, par la voix de sa présidente Véronique Le Floc'h, dénonce …": the
/// person a body speaks through, when the phrase names them.
fn voice_of(d: &mut Discourse, s: Sentence, np: &Np, known: &dyn Known) -> Option<Entity> {
    let at = np.end;
    if at >= s.range.end || !s.toks[at].is_punct(",") {
        return None;
    }
    voice_at(d, s, at + 1, known)
}

/// "par la voix de son président, Arnaud Moreau" at token `at`: the person named.
fn voice_at(d: &mut Discourse, s: Sentence, at: usize, known: &dyn Known) -> Option<Entity> {
    let toks = s.toks;
    let words = ["par", "la", "voix"];
    let opens = at + 4 < s.range.end
        && words.iter().enumerate().all(|(i, w)| toks[at + i].is(w))
        && matches!(toks[at + 3].lower.as_str(), "de" | "du" | "d'");
    if !opens {
        return None;
    }
    let from = at + 4;
    let stop = clauses::comma_after(toks, from, s.range.end);
    let voice = np::parse_np(s.block, toks, from, stop, known)?;
    let voice = clauses::with_apposition(s, voice, known);
    voice.name.as_ref()?;
    let e = d.resolve_np(s, &voice, from);
    e.person.then_some(e)
}
