//! Quotations and who spoke them.
//!
//! A quoted span is a quotation when it reads as reported speech: a sentence or a long phrase,
//! or a short one that a speech verb, "selon" or an attribution incise gives to someone. A short
//! term or name in quotation marks that nobody is quoted as saying (la «coalition des
//! volontaires», le quotidien «Le Temps») is not. Speakers come from [`super::speakers`].

use super::candidates::{self, Attributed, Candidate, Cue};
use super::clauses::{self, Subject};
use super::evidence;
use super::incises;
use super::lexicon::{self, Form, Gender};
use super::marks::{self, Line, Span};
use super::names;
use super::np::{Known, Pron};
use super::speakers::{Discourse, Entity, Salience};
use super::terms::{classify, naming_context, Decision};
use super::tokens::{self, Sentence, Tok};
use super::verbs;
use crate::model::aliases::Aliases;
use crate::text::fold::fold;

pub use super::marks::broken_over;
pub use crate::model::quote::Quote;

/// Finds the quotations of each block of one dispatch (blocks in reading order, so that
/// pronouns and continued quotations can reach back), speakers named as the bundled gazetteer
/// says.
pub fn extract(blocks: &[String]) -> Vec<Vec<Quote>> {
    extract_with(blocks, &Aliases::bundled(), None)
}

/// The quoted spans of a dispatch and what has been decided about them.
struct State<'a> {
    blocks: &'a [String],
    spans: Vec<Span>,
    decisions: Vec<Decision>,
    /// Who the candidates chose: `Some(entity)` (named or not), `None` when none applies.
    who: Vec<Option<Entity>>,
    gazetteer: &'a Aliases,
    /// Folded names, and their last words, of the people the dispatch presents as persons.
    cued: names::FoldedSet,
    /// The paragraph and sentence each span stands in.
    sentence_of: Vec<(usize, usize)>,
    /// Who acts in each sentence of each paragraph, for quotations carried over to a sentence
    /// that has no frame of its own.
    actors: Vec<Vec<Actor>>,
}

/// Who a sentence shows acting, as its subject or as an unnamed speaker in it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Actor {
    /// No one: its subject is a thing ("Le texte sera examiné mardi"), or it has none.
    Nobody,
    /// A person, a body or a group, named (`Some`) or not.
    Someone(Option<String>),
}

impl State<'_> {
    fn text(&self, q: usize) -> &str {
        let s = &self.spans[q];
        &self.blocks[s.block][s.text_start..s.text_end]
    }
}

impl Known for State<'_> {
    fn naming(&self, q: usize) -> Option<String> {
        match self.decisions[q] {
            Decision::Naming => Some(self.text(q).to_owned()),
            Decision::Term | Decision::Pending => Some(String::new()),
            Decision::Quote => None,
        }
    }

    fn is_quote(&self, q: usize) -> bool {
        self.decisions[q] == Decision::Quote
    }

    fn is_person(&self, name: &str) -> bool {
        let folded = crate::text::fold::fold_small(name);
        self.cued.contains_folded(&folded) || self.gazetteer.person_folded(&folded).is_some()
    }
}

impl Attributed for State<'_> {
    fn speaker_of(&self, q: usize) -> Option<Entity> {
        self.who[q].clone()
    }
}

struct Para {
    line: Line,
    toks: Vec<Tok>,
    sentences: Vec<std::ops::Range<usize>>,
    /// "Par Léa Fontaine, à Paris": a byline names no speaker.
    byline: bool,
    /// The place of a dateline opening the line ("BOROVSK, 5 février (Reuters) -").
    dateline_place: Option<String>,
    /// The country a dateline gives its place in brackets ("VESSA (Orlénie), 2 mars").
    dateline_country: Option<String>,
}

/// The French foreign ministry's two labels: by its seat, and as other ministries are named.
const QUAI: &str = "Quai d'Orsay";
const FRENCH_FOREIGN_MINISTRY: &str = "ministère français des Affaires étrangères";

/// [`extract`] with the given gazetteer, and the dispatch's date as `YYYYMMDD` bounds (for the
/// periods roles were held).
pub fn extract_with(
    blocks: &[String],
    aliases: &Aliases,
    date: Option<(u64, u64)>,
) -> Vec<Vec<Quote>> {
    let lines = marks::join_broken(blocks, lines_of(blocks));
    let spans = marks::spans(blocks, &lines);
    let n = spans.len();
    if n == 0 {
        return blocks.iter().map(|_| Vec::new()).collect();
    }
    let mut state = State {
        blocks,
        spans,
        decisions: vec![Decision::Pending; n],
        who: vec![None; n],
        gazetteer: aliases,
        cued: names::FoldedSet::default(),
        sentence_of: vec![(usize::MAX, 0); n],
        actors: Vec::new(),
    };
    let paras = paragraphs(blocks, &lines, &state);
    let mut d = Discourse::new(aliases, date);
    // How many people the title block, and the title and the lead, name.
    let mut named_by = [0usize; 2];
    // Sentences numbered through the dispatch, bylines included, as `named_next` counts them.
    let mut first_sentence = Vec::with_capacity(paras.len());
    let mut count = 0;
    for p in &paras {
        first_sentence.push(count);
        count += p.sentences.len();
    }
    for (li, p) in paras.iter().enumerate().filter(|(_, p)| !p.byline) {
        if p.line.block <= 1 {
            let line = &blocks[p.line.block][p.line.start..p.line.end];
            if fold_prefix(line, 17).starts_with("propos recueillis") {
                continue;
            }
        }
        if let Some(place) = &p.dateline_place {
            d.add_place(place);
        }
        if let Some(country) = &p.dateline_country {
            d.add_dateline_country(country);
        }
        for (si, r) in p.sentences.iter().enumerate() {
            d.sentence_no = first_sentence[li] + si;
            d.register_names(&blocks[p.line.block], &p.toks, r);
        }
        for (b, n) in named_by.iter_mut().enumerate() {
            if p.line.block <= b {
                *n = d.registry.people.len();
            }
        }
    }
    let interview = is_interview(blocks, &lines);
    if interview {
        d.first_person = interviewee(&d, named_by);
    }
    for person in d.registry.people.iter().filter(|p| p.cued) {
        state.cued.insert_name(&person.name);
    }
    attribute_all(&mut state, &paras, &mut d);
    let left = || (0..n).any(|q| state.decisions[q] == Decision::Quote && state.who[q].is_none());
    if !interview && left() && is_press_conference(blocks, &lines) {
        if let Some(who) = interviewee(&d, named_by) {
            conference_answers(&mut state, &paras, &d, &who);
        }
    }
    if interview {
        // An interview's title quotes the interviewee: « … » : l'envoyé de l'UE défend sa méthode.
        if let Some(who) = &d.first_person {
            for q in 0..n {
                if state.spans[q].block == 0
                    && state.decisions[q] == Decision::Quote
                    && state.who[q].as_ref().is_none_or(|e| e.name.is_none())
                {
                    state.who[q] = Some(who.clone());
                }
            }
        }
    }
    named_next(&mut state, &paras, &d);
    follow_chains(&mut state);
    bare_sentences(&mut state, &paras);
    echoes(&mut state, &paras);

    // A body's speaker label is the acronym French news calls it by, when it has one; a bare
    // acronym ("l'ARS") is the one regional office of it the dispatch quotes ("ARS Normandie").
    let label = |e: &Entity| -> Option<String> {
        let name = e.name.as_deref()?;
        if e.person {
            return Some(d.canonical(name));
        }
        Some(super::bodies::usual_acronym(name, d.facts()).unwrap_or_else(|| name.to_owned()))
    };
    let mut labels: Vec<Option<String>> = state
        .who
        .iter()
        .map(|w| w.as_ref().and_then(label))
        .collect();
    // One label per body: a dispatch where "le Quai d'Orsay" speaks calls the French foreign
    // ministry so wherever else it speaks ("la diplomatie française", "le ministère").
    if labels.iter().flatten().any(|l| l == QUAI) {
        for l in labels.iter_mut().flatten() {
            if l == FRENCH_FOREIGN_MINISTRY {
                QUAI.clone_into(l);
            }
        }
    }
    let regional = |acronym: &str| -> Option<String> {
        let mut offices = labels
            .iter()
            .flatten()
            .filter(|l| l.strip_prefix(acronym).is_some_and(|r| r.starts_with(' ')));
        let Some(one) = offices.next() else {
            return super::bodies::office_of(acronym, d.facts());
        };
        offices.all(|o| o == one).then(|| one.clone())
    };
    let mut out: Vec<Vec<Quote>> = blocks.iter().map(|_| Vec::new()).collect();
    for (q, span) in state.spans.iter().enumerate() {
        if state.decisions[q] != Decision::Quote || span.text_start >= span.text_end {
            continue;
        }
        let speaker = labels[q].clone().map(|l| {
            let bare_acronym = state.who[q].as_ref().is_some_and(|e| !e.person)
                && l.len() >= 2
                && !l.contains(' ')
                && l.chars().all(|c| c.is_ascii_uppercase());
            if bare_acronym {
                regional(&l).unwrap_or(l)
            } else {
                l
            }
        });
        out[span.block].push(Quote {
            text: blocks[span.block][span.text_start..span.text_end].to_owned(),
            speaker,
            start: span.text_start,
            end: span.text_end,
        });
    }
    out
}

/// A question-and-answer interview: a kicker or title saying so ("ENTRETIEN.", "Interview :"),
/// "Propos recueillis par …", or at least three questions standing as paragraphs of their own,
/// each followed by an answer.
/// The folding of the first `chars` characters of `s`.
fn fold_prefix(s: &str, chars: usize) -> String {
    let end = s.char_indices().nth(chars).map_or(s.len(), |(i, _)| i);
    fold(&s[..end])
}

fn is_interview(blocks: &[String], lines: &[Line]) -> bool {
    let text = |l: &Line| blocks[l.block][l.start..l.end].trim();
    // Folding is char by char: a prefix's folding is the folding's prefix, and only the
    // beginnings of lines are compared here.
    let title = blocks
        .first()
        .map(|b| fold_prefix(b.trim_start(), 64))
        .unwrap_or_default();
    let kicker = ["entretien", "interview", "grand entretien"]
        .iter()
        .any(|k| {
            title
                .strip_prefix(k)
                .is_some_and(|rest| rest.starts_with(['.', ':', ' ', '-', '–', '—', '\n']))
                && !title[k.len()..]
                    .trim_start()
                    .starts_with(|c: char| c.is_alphanumeric())
        });
    if kicker
        || lines
            .iter()
            .any(|l| fold_prefix(text(l), 21).starts_with("propos recueillis par"))
    {
        return true;
    }
    let questions = lines
        .windows(2)
        .filter(|w| {
            let (q, a) = (text(&w[0]), text(&w[1]));
            q.ends_with('?') && q.chars().count() <= 300 && !a.is_empty() && !a.ends_with('?')
        })
        .count();
    // "Il a répondu à nos questions", "Elle répond aux questions de notre journal": read only
    // when it decides (one or two questions), folding lines being most of this function's cost.
    let announced = || {
        lines.iter().take(12).any(|l| {
            let t = fold(text(l));
            t.contains("a nos questions") || t.contains("aux questions de")
        })
    };
    questions >= 3 || (questions >= 1 && announced())
}

/// "Fin de la conférence de presse de X", "X en zone mixte": copy that follows one person's
/// press conference, as its title or first lines say.
fn is_press_conference(blocks: &[String], lines: &[Line]) -> bool {
    // Searched as written (first letter aside), not folded: folding whole lines would cost
    // more than all the rest.
    const WORDINGS: [&str; 6] = [
        "onférence de presse",
        "onference de presse",
        "ONFÉRENCE DE PRESSE",
        "ONFERENCE DE PRESSE",
        "one mixte",
        "ONE MIXTE",
    ];
    lines.iter().take(6).any(|l| {
        let t = &blocks[l.block][l.start..l.end];
        WORDINGS.iter().any(|w| t.contains(w))
    })
}

/// A press conference laid out as topics and answers ("Sur le nouveau maillot ¶ «…»",
/// "Asensio : «…»"): a quotation no one was given, in a paragraph that names no one and says
/// little but it, is the answer of the one giving the conference.
fn conference_answers(state: &mut State, paras: &[Para], d: &Discourse, who: &Entity) {
    for q in 0..state.spans.len() {
        // Left to no one, or to no one named only for want of better (a bare paragraph after
        // an unnamed speaker's words is carried as theirs).
        let unnamed = state.who[q].as_ref().is_some_and(|e| e.name.is_none());
        if state.decisions[q] != Decision::Quote || state.who[q].is_some() && !unnamed {
            continue;
        }
        let Some(p) = paras.get(state.spans[q].line) else {
            continue;
        };
        let block = &state.blocks[p.line.block];
        let words = p.toks.iter().filter(|t| t.is_word()).count();
        // "«…», a fait savoir Borovsk": the paragraph says whose the words are.
        let speech = p
            .toks
            .iter()
            .any(|t| t.is_word() && t.lex & tokens::LEX_SPEECH != 0);
        let all = 0..p.toks.len();
        let people = d.people_in(block, &p.toks, &all);
        let someone_else = people
            .iter()
            .any(|e| e.name != who.name && (e.name.is_some() || unnamed));
        if words <= 12 && !someone_else && !speech {
            state.who[q] = Some(who.clone());
        }
    }
}

/// Who an interview's "je" is: the first person its title names, else the first its lead names.
fn interviewee(d: &Discourse, named_by: [usize; 2]) -> Option<Entity> {
    let cued = |i: &usize| d.registry.people[*i].cued;
    (0..named_by[0])
        .find(cued)
        .or_else(|| (named_by[0]..named_by[1]).find(cued))
        .map(|i| d.person(i))
}

/// Every line as a paragraph of tokens cut into sentences.
fn paragraphs(blocks: &[String], lines: &[Line], state: &State) -> Vec<Para> {
    lines
        .iter()
        .enumerate()
        .map(|(li, line)| {
            let qs: Vec<(usize, usize, usize)> = state
                .spans
                .iter()
                .enumerate()
                .filter(|(_, s)| s.line == li)
                .map(|(i, s)| (i, s.start, s.end))
                .collect();
            let block = &blocks[line.block];
            let mut toks = tokens::tokenize(block, line.start..line.end, &qs);
            super::bodies::mark_words(&mut toks);
            names::mark(&mut toks);
            names::mark_particles(&mut toks, block, |name| {
                state.gazetteer.person(name).is_some()
            });
            // "Cannes, le 24 mai (AFP) –" names a place, not a speaker.
            let mut dateline_place = None;
            let mut dateline_country = None;
            if li < 4 {
                if let Some(d) = crate::model::dates::dateline_at(&block[line.start..line.end]) {
                    toks.retain(|t| t.start >= line.start + d.len);
                    let head = block[line.start..line.start + d.len].trim_start();
                    let place = head.split([',', '(', '–', '—']).next().unwrap_or_default();
                    dateline_place = Some(place.trim().to_owned());
                    // "VESSA (Orlénie), 2 mars 2026 (AFP)": the country in brackets right after
                    // the city, not the agency.
                    dateline_country = head
                        .strip_prefix(place)
                        .map(str::trim_start)
                        .and_then(|r| r.strip_prefix('('))
                        .and_then(|r| r.split_once(')'))
                        .map(|(c, _)| c.trim())
                        .filter(|c| {
                            c.chars().next().is_some_and(char::is_uppercase)
                                && c.chars().skip(1).any(char::is_lowercase)
                                && !c.contains(' ')
                        })
                        .map(str::to_owned);
                }
            }
            // "10h45 - Le Kremlin juge …": a live blog's time stamp opens the line, not its
            // sentence's subject.
            let kicker = if li < 4 && dateline_place.is_none() {
                kicker_end(&toks)
            } else {
                0
            };
            let stamp = time_stamp_end(&toks)
                .max(interview_mark_end(&toks))
                .max(bullet_end(&toks))
                .max(kicker);
            if stamp > 0 {
                let cut = toks[stamp - 1].end;
                toks.retain(|t| t.start >= cut);
            }
            let sentences = tokens::sentences(&toks, |q| {
                let s = &state.spans[q];
                block[s.text_start..s.text_end].ends_with(['.', '!', '?', '…'])
            });
            let byline = is_byline(&toks);
            Para {
                line: *line,
                toks,
                sentences,
                byline,
                dateline_place,
                dateline_country,
            }
        })
        .collect()
}

/// Where a time stamp opening a line ends, with the dash or colon after it ("10h45 -", "9h05 :",
/// "14:30 –", "10h05" before a capital); 0 when the line opens with none.
fn time_stamp_end(toks: &[Tok]) -> usize {
    let digits = |t: &Tok| {
        t.is_word() && !t.lower.is_empty() && t.lower.as_str().chars().all(|c| c.is_ascii_digit())
    };
    let hour = |t: &Tok| {
        t.is_word()
            && t.lower.as_str().split_once('h').is_some_and(|(h, m)| {
                (1..=2).contains(&h.len())
                    && h.chars().all(|c| c.is_ascii_digit())
                    && (m.is_empty() || m.len() == 2 && m.chars().all(|c| c.is_ascii_digit()))
            })
    };
    let i = match toks {
        [t, ..] if hour(t) => 1,
        [h, c, m, ..] if digits(h) && c.is_punct(":") && digits(m) && m.lower.len() == 2 => 3,
        _ => return 0,
    };
    match toks.get(i) {
        Some(t) if t.is_punct("-–—:|") => i + 1,
        Some(t) if t.is_capitalised() || t.quote().is_some() => i,
        _ => 0,
    }
}

/// Where a regional paper's kicker opening the lead ends ("Grand Sud - Le tribunal a
/// annulé …"): a place of up to three capitalised words and a dash, before the article that
/// opens the sentence; 0 when the line opens with none.
fn kicker_end(toks: &[Tok]) -> usize {
    let n = toks
        .iter()
        .take(4)
        .take_while(|t| t.is_word() && t.cap && lexicon::determiner(&t.lower).is_none())
        .count();
    let opens = |t: &Tok| {
        t.is_word()
            && t.cap
            && matches!(t.lower.as_str(), "le" | "la" | "les" | "l'" | "un" | "une")
    };
    match toks.get(n..n + 2) {
        Some([dash, next]) if (1..=3).contains(&n) && dash.is_punct("-–—") && opens(next) => {
            n + 1
        }
        _ => 0,
    }
}

/// Where a bullet opening a line ends ("- ", "• ", "► ", "[VIDÉO] " before a word or a
/// quotation): 0 when the line opens with none.
fn bullet_end(toks: &[Tok]) -> usize {
    // "[VIDÉO] Le sénateur …": a tag in brackets.
    if toks.first().is_some_and(|t| t.is_punct("[")) {
        if let Some(close) = toks.iter().take(6).position(|t| t.is_punct("]")) {
            return close + 1;
        }
    }
    match toks {
        // Any mark but an opening or a closing one: "-", "•", "►", "→", "*".
        [b, next, ..]
            if b.kind == tokens::Kind::Punct
                && !b.is_punct("([{\"'«“‘.,;:!?)]}»”")
                && (next.is_word() || next.quote().is_some()) =>
        {
            1
        }
        _ => 0,
    }
}

/// Where an interview's question or answer mark opening a line ends ("Q.", "R.", "Q :",
/// "R -"); 0 when the line opens with none.
fn interview_mark_end(toks: &[Tok]) -> usize {
    match toks {
        [m, p, next, ..]
            if m.is_word()
                && m.cap
                && matches!(m.lower.as_str(), "q" | "r")
                && p.is_punct(".:-–—")
                && (next.is_capitalised() || next.quote().is_some() || next.is_word()) =>
        {
            2
        }
        _ => 0,
    }
}

/// What one sentence leaves for the quotations of the sentences that follow.
#[derive(Default)]
struct Carry {
    /// The attribution frame of the previous sentence ("Selon M. X, …"), for an unattributed
    /// quotation that continues the same reported speech.
    frame: Option<(usize, Entity)>,
    /// Who a paragraph ending with a colon announces ("Il a conclu ainsi :"), for the
    /// quotation that opens the next paragraph.
    announced: Option<(usize, Entity)>,
    /// The named subject of the sentence just read (paragraph, sentence), for a quotation that
    /// stands alone right after it.
    previous_subject: Option<(usize, usize, Entity)>,
    /// The named subject of a paragraph's last sentence, when that sentence quotes no one, for
    /// a paragraph that is only a quotation right after it: "X s'est montré plus direct. ¶ «…»"
    paragraph_subject: Option<(usize, Entity)>,
    /// The one named person a paragraph's last sentence quotes, for a paragraph that is only
    /// a quoted sentence right after it: "«…», a estimé X. ¶ «…»".
    paragraph_speaker: Option<(usize, Entity)>,
    /// The last paragraph read that holds a sentence.
    last_paragraph: Option<usize>,
}

/// Where a sentence stands and what it holds, for its quotations.
struct At<'v> {
    /// Paragraph and sentence numbers.
    li: usize,
    si: usize,
    verbs: &'v [verbs::VerbHit],
    subject_is_person: bool,
    /// The sentence is only a quotation.
    bare: bool,
    /// The paragraph is that one sentence.
    whole_paragraph: bool,
}

/// Reads the dispatch in order: each sentence's quotations are classified and given the best
/// candidate's entity; the sentence's people are recorded for the pronouns that follow.
fn attribute_all(state: &mut State, paras: &[Para], d: &mut Discourse) {
    let mut carry = Carry::default();
    // Past the paragraph after the last quotation (which may say whose it is: "C'est en ces
    // termes que …"), nothing is left to attribute.
    let last_line = state.spans.iter().map(|s| s.line).max().unwrap_or(0);
    state.actors = vec![Vec::new(); paras.len()];
    let mut first_sentence = 0;
    let mut below_title = false;
    for (li, p) in paras.iter().enumerate().take(last_line + 2) {
        let first = first_sentence;
        first_sentence += p.sentences.len();
        if p.byline {
            continue;
        }
        let block = &state.blocks[p.line.block];
        // The title, or the first paragraph under it.
        let lede = !below_title;
        for (si, r) in p.sentences.iter().enumerate() {
            // Numbered as when the names were registered.
            d.sentence_no = first + si;
            d.opening = !below_title;
            below_title |= p.line.block > 0;
            let s = Sentence {
                block,
                toks: &p.toks,
                range: r,
            };
            // Speech verbs matter where there is a quotation or an announcing colon.
            let needs_verbs = p.toks[r.clone()]
                .iter()
                .any(|t| t.quote().is_some() || t.is_punct(":"));
            let verbs = if needs_verbs {
                verbs::verbs(s)
            } else {
                Vec::new()
            };
            let sentence_frame = candidates::opening_frame(d, s, state);
            let (subject_is_person, subject_entity, mut actor) = sentence_subject(state, d, s);
            // "Attention aux rumeurs, a insisté X.": who the sentence reports, for a quotation
            // standing alone right after it.
            let reported = super::incises::closing_report(s, state)
                .map(|subject| candidates::resolve(d, s, &subject, state))
                .filter(Entity::is_named);
            if let Some(e) = &reported {
                actor = Actor::Someone(e.name.clone());
                d.mention(r.end.saturating_sub(1), e.clone(), Salience::Speaker);
            }
            if si == 1 {
                if let Some(e) = subject_entity.as_ref() {
                    let opening = &p.toks[p.sentences[0].clone()];
                    speaker_after_opening_quote(state, opening, s, e, lede);
                }
                // "«…». Le propos du Premier ministre, Paul Sibor, résume …": the words the
                // sentence after speaks of are the person's it names as their author.
                if let Some(q) = unattributed_opening(state, &p.toks[p.sentences[0].clone()]) {
                    state.who[q] = candidates::words_owner(d, s, state);
                }
            }
            let at = At {
                li,
                si,
                verbs: &verbs,
                subject_is_person,
                bare: is_bare(&p.toks[r.clone()]),
                whole_paragraph: p.sentences.len() == 1,
            };
            mention_titles(d, s);
            for k in r.clone() {
                if let Some(q) = p.toks[k].quote() {
                    state.sentence_of[q] = (li, si);
                    attribute_quote(state, d, s, &at, &carry, k, q);
                }
            }
            share_closing_incise(state, s);
            cleft_within(state, d, s);
            if si > 0 && verbs.is_empty() {
                let before = &p.toks[p.sentences[si - 1].clone()];
                goes_on_quoting(state, d, s, before, subject_entity.as_ref());
            }
            mention_incises(state, d, s, &verbs);
            // "«…» Il a dit.": translated copy's incise, a sentence of its own after the
            // sentence that ends on the quotation; it says whose the quotation is.
            if let Some((e, at)) = attribution_alone(state, d, s) {
                // "…, «…» Il a dit.": right after the quotation, in the same sentence.
                if let Some(q) = (at > s.range.start)
                    .then(|| p.toks[at - 1].quote())
                    .flatten()
                    .filter(|&q| state.decisions[q] == Decision::Quote)
                {
                    state.who[q] = Some(e.clone());
                }
                let before = match si {
                    0 => li
                        .checked_sub(1)
                        .and_then(|l| Some((l, paras[l].sentences.last()?))),
                    _ => Some((li, &p.sentences[si - 1])),
                };
                let quoted = before.filter(|_| at == s.range.start).and_then(|(l, r)| {
                    let toks = &paras[l].toks[r.clone()];
                    toks.iter().rev().find(|t| !t.is_punct(".!?…"))?.quote()
                });
                if let Some(q) = quoted.filter(|&q| state.decisions[q] == Decision::Quote) {
                    state.who[q] = Some(e);
                }
            }
            if let Some(e) = cleft_after_quote(state, d, s) {
                let before = match si {
                    0 => li
                        .checked_sub(1)
                        .and_then(|l| Some((l, paras[l].sentences.last()?))),
                    _ => Some((li, &p.sentences[si - 1])),
                };
                let quoted = before.and_then(|(l, r)| {
                    let toks = &paras[l].toks[r.clone()];
                    if is_bare(toks) {
                        return toks.iter().find_map(Tok::quote);
                    }
                    // "Kiev est prête à négocier «…». C'est ce qu'a déclaré X": a sentence
                    // that ends on a quotation nothing gave a speaker, not even an unnamed one.
                    let last = toks.iter().rev().find(|t| !t.is_punct(".!?…"))?;
                    last.quote().filter(|&q| state.who[q].is_none())
                });
                // A quotation standing alone had only its neighbours to go by: the cleft says.
                if let Some(q) = quoted.filter(|&q| state.decisions[q] == Decision::Quote) {
                    state.who[q] = Some(e);
                }
            }
            // "«…» à partir du 5 décembre. C'est l'avertissement du secrétaire général, X":
            // the quotations of the sentence before, when no one has them.
            if si > 0 {
                if let Some(e) = candidates::cleft_owner(d, s, state) {
                    let before = &p.toks[p.sentences[si - 1].clone()];
                    for q in all_unattributed(state, before).unwrap_or_default() {
                        state.who[q] = Some(e.clone());
                    }
                }
            }
            if actor == Actor::Nobody && d.unnamed_actor() {
                // "L'information a été confirmée par une source diplomatique."
                actor = Actor::Someone(None);
            }
            state.actors[li].push(actor);
            carry.frame = sentence_frame.map(|e| (li, e));
            // "X a été interpellé par une habitante. «…»": the subject of a passive does not
            // speak what follows.
            // Nor does one who declined to speak: "X n'a pas souhaité commenter. «…»".
            // Nor does the subject of a sentence whose own quotation went to no one named
            // ("X écoute, un délégué lance : «…». «…»"): what follows goes on that quotation.
            let unnamed_quote = p.toks[r.clone()].iter().filter_map(Tok::quote).any(|q| {
                state.decisions[q] == Decision::Quote
                    && state.who[q].as_ref().is_none_or(|e| e.name.is_none())
            });
            carry.previous_subject = reported
                .or(subject_entity)
                .filter(|e| {
                    e.is_named()
                        && !unnamed_quote
                        && !is_passive(&p.toks[r.clone()])
                        && !declines_to_speak(&p.toks[r.clone()])
                })
                .map(|e| (li, si, e));
            if si + 1 == p.sentences.len() {
                let quotes = p.toks[r.clone()].iter().any(|t| t.quote().is_some());
                carry.paragraph_subject = carry
                    .previous_subject
                    .as_ref()
                    .filter(|_| !quotes)
                    .map(|(_, _, e)| (li, e.clone()));
                // "«…», a estimé Paul Verdier. ¶ «…»": a paragraph that is only a quotation
                // goes on with the words of the one person the sentence before it quotes.
                carry.paragraph_speaker = sole_named_speaker(state, &p.toks[r.clone()])
                    .filter(|_| quotes && carry.paragraph_subject.is_none())
                    .map(|e| (li, e));
                // "Le plus remonté : Paul Verdier (entraîneur de Caen)" ¶ «…»: a line that
                // only names a person heads the quotation of the paragraph under it.
                if carry.paragraph_subject.is_none() && p.sentences.len() == 1 && !quotes {
                    if let Some(name) = name_heading(&p.toks[r.clone()]) {
                        let (a, b) = (r.start + name.start, r.start + name.end);
                        let known = d
                            .people_in(block, &p.toks, &(a..b))
                            .into_iter()
                            .find(|e| e.person && e.is_named());
                        // A first name the lexicon knows makes the line a person's name.
                        let first = lexicon::first_name(&p.toks[a].lower);
                        carry.paragraph_subject = known
                            .or_else(|| {
                                let name = names::surface(block, &p.toks, a, b);
                                first.map(|g| d.person_named(&name, g))
                            })
                            .map(|e| (li, e));
                    }
                }
                carry.last_paragraph = Some(li);
            }
            if p.sentences.len() == 1 && topic_then_quote(&p.toks).is_some() {
                // The next topic's answer is announced by the same line.
                if let Some(a) = carry.announced.as_mut().filter(|(al, _)| *al + 1 == li) {
                    a.0 = li;
                }
            }
            if r.end == p.toks.len() && p.toks.last().is_some_and(|t| t.is_punct(":")) {
                // With k past the colon, the quotation's own rules find who announces it.
                let found = candidates::in_sentence(d, s, &verbs, r.end, state);
                carry.announced = candidates::choose(&found).map(|e| (li, e));
            }
            // "X a affirmé que …": someone spoke in it, quotation marks or not.
            d.sentence_spoke = !verbs.is_empty()
                || !needs_verbs
                    && p.toks[r.clone()]
                        .iter()
                        .any(|t| t.is_word() && t.lex & tokens::LEX_SPEECH != 0)
                    && verbs::verbs(s)
                        .iter()
                        .any(|v| v.form != lexicon::Form::Infinitive);
            d.sentence_asked = asks(&p.toks[r.clone()]);
            if let Some(at) = floor_taken(&p.toks[r.clone()]) {
                let at = r.start + at;
                let named = d.people_in(block, &p.toks, &(r.start..at));
                if let Some(e) = named.into_iter().rev().find(|e| e.name.is_some()) {
                    d.takes_the_floor(at, e);
                }
            }
            let mut others = d.people_in(block, &p.toks, r);
            others.extend(Discourse::titles_in(block, &p.toks, r));
            d.note_last_named(block, &p.toks, r);
            d.end_sentence(others);
        }
    }
}

/// The sentence's subject, for "selon lui" and participles inside it, and for pronouns in the
/// sentences that follow: whether it is a person, the entity recorded for it, and who it shows
/// acting.
fn sentence_subject(
    state: &State,
    d: &mut Discourse,
    s: Sentence,
) -> (bool, Option<Entity>, Actor) {
    // "Selon l'Union des transporteurs, neuf cents camions attendent": the body reported
    // from is one that acted, for a bare "l'organisation" that follows.
    let toks = s.toks;
    let according = toks.get(s.range.start).is_some_and(|t| t.is("selon"));
    if according && s.range.start + 1 < s.range.end {
        let comma = clauses::comma_after(toks, s.range.start + 1, s.range.end);
        let np = super::np::parse_np(s.block, toks, s.range.start + 1, comma, state)
            .filter(|np| np.det.is_some() && np.pronoun.is_none() && np.name.is_none());
        if let Some(np) = np.filter(|np| np.body.is_some() || np.thing.is_some()) {
            let e = d.resolve_np(s, &np, s.range.start + 1);
            if e.is_named() && !e.person {
                d.mention(s.range.start + 1, e, Salience::Subject);
            }
        }
    }
    // "Quant à Hélène Dorsay, elle a écrit : «…»": the topic set before the comma is whom
    // the clause's pronoun takes up.
    let topic = toks.get(s.range.start).is_some_and(|t| t.is("quant"))
        && s.range.start + 2 < s.range.end
        && matches!(toks[s.range.start + 1].lower.as_str(), "à" | "au" | "aux");
    if topic {
        let from = s.range.start + 2;
        let comma = clauses::comma_after(toks, from, s.range.end);
        let np = super::np::parse_np(s.block, toks, from, comma, state)
            .filter(|np| np.end == comma && np.pronoun.is_none());
        if let Some(np) = np.filter(|np| np.is_person_like() || np.is_one_body()) {
            let e = d.resolve_np(s, &np, from);
            if e.is_named() {
                d.mention(from, e, Salience::Subject);
            }
        }
    }
    let Some(np) = clauses::main_subject_np(s, state) else {
        return (false, None, Actor::Nobody);
    };
    // "A Matignon, on affiche la sérénité": "on" in a body named before the comma is the body
    // acting, for "son entourage" that follows.
    if np.pronoun == Some(super::np::Pron::Vague) && np.end > s.range.start {
        let at = np.end - 1;
        if toks[at].is("on") {
            if let Some(body) = candidates::fronted_body(d, s, at, state) {
                d.on_is(body.clone());
                d.mention(at, body.clone(), Salience::Subject);
                return (false, Some(body.clone()), Actor::Someone(body.name));
            }
        }
    }
    // "La réponse de la syndicaliste est arrivée sur X", "La réaction du ministre n'a pas
    // tardé": whose answer the subject is acts in the sentence, for "a-t-elle écrit" next.
    let answer = np.det == Some(super::lexicon::Det::Definite)
        && matches!(
            np.thing.as_deref(),
            Some("réponse" | "réaction" | "riposte" | "réplique")
        );
    let of = np.head_start + 1;
    if answer && of + 1 < np.end && matches!(toks[of].lower.as_str(), "de" | "d'" | "du") {
        let from = of + 1;
        if let Some(mut whose) = super::np::parse_np(s.block, toks, from, np.end, state) {
            if toks[of].is("du") && whose.det.is_none() {
                whose.det = Some(super::lexicon::Det::Definite);
                whose.gender = Some(super::lexicon::Gender::M);
            }
            if whose.pronoun.is_none() && (whose.is_person_like() || whose.is_one_body()) {
                let e = d.resolve_np(s, &whose, from);
                if e.is_named() {
                    d.mention(from, e, Salience::Subject);
                }
            }
        }
    }
    let mut subject_entity = None;
    let body_noun = np
        .thing
        .as_deref()
        .is_some_and(super::lexicon::is_body_noun);
    let mut actor = Actor::Nobody;
    // "Les syndicats ont appelé à la grève": a group acts too.
    let bodies = np.plural
        && np.thing.as_deref().is_some_and(|t| {
            t.strip_suffix(['s', 'x'])
                .is_some_and(super::lexicon::is_body_noun)
        });
    if bodies {
        actor = Actor::Someone(None);
    }
    // "Les talibans ont pris Kaboul", "les forces armées ukrainiennes ont repoussé …": a group
    // named in the plural that speaks under one label acted, for "le mouvement" or "l'armée"
    // that takes it up.
    let group = np.plural
        && np.det == Some(super::lexicon::Det::Definite)
        && np.name.is_none()
        && np.body.is_none()
        && np.role.is_none()
        && !body_noun;
    if group {
        let e = d.resolve_np(s, &np, s.range.start);
        if e.is_named() && !e.person {
            d.mention(s.range.start, e, Salience::Subject);
        }
    }
    // "Les talibans ont affirmé …", then "«…», ont-ils ajouté".
    if np.plural && np.det.is_some() && !np.coordinated {
        let e = d.resolve_np(s, &np, s.range.start);
        if e.is_named() && !e.person {
            d.plural_subject_is(e);
        }
    }
    if np.is_person_like() || np.role.is_some() || np.body.is_some() || body_noun {
        let e = d.resolve_np(s, &np, s.range.start);
        actor = Actor::Someone(e.name.clone());
        // A body noun counts only when it names a body ("le ministère borovien de la Défense"),
        // not as anonymous as "le collectif".
        let counts = !body_noun
            || np.is_person_like()
            || np.role.is_some()
            || np.body.is_some()
            || e.is_named();
        if counts {
            // "Les signataires jugent …": people the text does not name acted; a text taken
            // up next ("peut-on lire dans le texte") is theirs, not someone's named before.
            if np.plural && np.role.is_some() && np.name.is_none() && !e.is_named() {
                d.body_left_unnamed();
            }
            d.mention(s.range.start, e.clone(), Salience::Subject);
            subject_entity = Some(e);
        } else {
            d.body_left_unnamed();
        }
    }
    (np.is_person_like(), subject_entity, actor)
}

/// A sentence whose subject asks someone a question: "lui a demandé si", "a interrogé le
/// ministre", "leur demande" — an active verb of asking after an auxiliary or an object
/// pronoun, not "Interrogé sur …" (the subject was asked).
fn asks(toks: &[Tok]) -> bool {
    toks.windows(2).any(|w| {
        let asking = ["demand", "interrog", "questionn"]
            .iter()
            .any(|p| w[1].lower.starts_with(p))
            && w[1].is_word()
            && !w[1].cap;
        asking
            && matches!(
                w[0].lower.as_str(),
                "a" | "ont" | "avait" | "avaient" | "lui" | "leur" | "l'" | "les"
            )
    })
}

/// Where a sentence says someone takes the floor: "prend la parole", "a pris la parole", "ne
/// prenne la parole" (the token of "parole").
fn floor_taken(toks: &[Tok]) -> Option<usize> {
    toks.windows(3)
        .position(|w| {
            matches!(
                w[0].lower.as_str(),
                "prend"
                    | "prennent"
                    | "prenne"
                    | "prenait"
                    | "pris"
                    | "prise"
                    | "prendre"
                    | "prenant"
                    | "reprend"
                    | "reprenne"
                    | "repris"
            ) && w[1].is("la")
                && w[2].is("parole")
        })
        .map(|i| i + 2)
}

/// A sentence in the passive: "a été interpellé", "ont été accueillis".
fn is_passive(toks: &[Tok]) -> bool {
    toks.windows(3).any(|w| {
        matches!(
            w[0].lower.as_str(),
            "a" | "ont" | "avait" | "avaient" | "aurait" | "auraient" | "ayant"
        ) && w[1].is("été")
            && w[2].is_word()
    })
}

/// A sentence that says its subject declined to speak: "n'a pas souhaité commenter", "ne s'est
/// pas exprimé", "n'a pas répondu aux sollicitations", "n'a pas donné suite".
fn declines_to_speak(toks: &[Tok]) -> bool {
    let negated = toks.iter().any(|t| t.is("ne") || t.is("n'"))
        && toks
            .iter()
            .any(|t| matches!(t.lower.as_str(), "pas" | "jamais" | "plus" | "guère"));
    negated
        && toks.iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "commenter"
                    | "commentaire"
                    | "répondre"
                    | "répondu"
                    | "réagir"
                    | "réagi"
                    | "exprimer"
                    | "exprimé"
                    | "exprimée"
                    | "suite"
                    | "sollicitations"
            )
        })
}

/// "Il a dit.", "Elle a ajouté.", "Paul Sibor a déclaré.": a sentence that is only a subject
/// and a speech verb in the past, with no object — an incise translated word for word — or
/// that ends so right after a quotation; its subject, when the text names them, and where it
/// starts.
fn attribution_alone(state: &State, d: &mut Discourse, s: Sentence) -> Option<(Entity, usize)> {
    let toks = s.toks;
    let mut end = s.range.end;
    while end > s.range.start && toks[end - 1].is_punct(".!?…") {
        end -= 1;
    }
    if end < s.range.start + 3 || end == s.range.end {
        return None;
    }
    let (aux, verb) = (&toks[end - 2], &toks[end - 1]);
    let speech = verb.is_word()
        && !verb.cap
        // ("dit" is listed as the present; after "a" it is the participle.)
        && lexicon::speech_verb(&verb.lower)
            .is_some_and(|v| matches!(v.form, Form::PastParticiple | Form::Finite));
    if !speech || !matches!(aux.lower.as_str(), "a" | "avait") {
        return None;
    }
    let subject_end = end - 2;
    // Where the subject starts: the sentence's start, or right after a quotation in it.
    let start = (s.range.start..subject_end)
        .rev()
        .find(|&i| i == s.range.start || toks[i - 1].quote().is_some())?;
    if !toks[start..subject_end].iter().all(|t| t.is_word()) {
        return None;
    }
    let e = if subject_end == start + 1 {
        let g = match toks[start].lower.as_str() {
            "il" => Gender::M,
            "elle" => Gender::F,
            _ => return None,
        };
        d.resolve_pronoun(Pron::Personal(g), start)
    } else {
        let np = super::np::parse_np(s.block, toks, start, subject_end, state)?;
        if np.end != subject_end || np.pronoun.is_some() || np.name.is_none() {
            return None;
        }
        d.resolve_np(s, &np, start)
    };
    e.is_named().then_some((e, start))
}

/// "C'est par ces mots que le maire, Paul Vartin, ouvre sa lettre", "C'est en ces termes que
/// s'est exprimé le ministre": a cleft sentence that says whose the quotation standing alone
/// just before it is; that person or body, when the text names them. "Voilà ce qu'il a confié
/// à ses proches", "C'est ce qu'a fait valoir le ministre": so does a sentence that names
/// what was just quoted as what someone said.
fn cleft_after_quote(state: &State, d: &mut Discourse, s: Sentence) -> Option<Entity> {
    cleft_at(state, d, s, s.range.start)
}

/// "… permettra «…» et «…», c'est ce qu'estime X": a cleft after a comma that closes on
/// quotations says whose they are, as one opening the next sentence does. Gives them the
/// entity when none has one.
fn cleft_within(state: &mut State, d: &mut Discourse, s: Sentence) {
    let toks = s.toks;
    let Some(at) = (s.range.start + 2..s.range.end).find(|&k| {
        toks[k - 1].is_punct(",")
            && toks[k - 2].quote().is_some()
            && toks[k].is_word()
            && matches!(toks[k].lower.as_str(), "c'" | "c’" | "voilà" | "voici")
    }) else {
        return;
    };
    let Some(open) = all_unattributed(state, &toks[s.range.start..at]) else {
        return;
    };
    if let Some(e) = cleft_at(state, d, s, at) {
        for q in open {
            state.who[q] = Some(e.clone());
        }
    }
}

fn cleft_at(state: &State, d: &mut Discourse, s: Sentence, i: usize) -> Option<Entity> {
    let toks = s.toks;
    let w = |k: usize| {
        toks.get(k)
            .filter(|_| k < s.range.end)
            .map_or("", |t| t.lower.as_str())
    };
    let opens = matches!((w(i), w(i + 1)), ("c'" | "c’", "est") | ("ce", "sont"))
        && matches!(w(i + 2), "par" | "en" | "avec" | "sur")
        && matches!(w(i + 3), "ces" | "ce")
        && matches!(w(i + 4), "mots" | "termes" | "paroles" | "propos")
        && matches!(w(i + 5), "que" | "qu'" | "qu’");
    // "Cette déclaration a été faite par le ministre", "Ces propos ont été tenus par X": the
    // words just quoted, in the passive, with their author as its agent.
    let demonstrative = matches!(w(i), "cette" | "ces" | "ce" | "cet")
        && matches!(
            w(i + 1),
            "déclaration" | "déclarations" | "propos" | "mots" | "paroles" | "phrase" | "annonce"
        );
    if demonstrative {
        let par = (i + 2..s.range.end.min(i + 7)).find(|&k| toks[k].is("par"))?;
        let passive = toks[i + 2..par].iter().all(|t| t.is_word() && !t.cap)
            && toks[i + 2..par].iter().any(|t| t.is("été"));
        if !passive {
            return None;
        }
        let np = super::np::parse_np(s.block, toks, par + 1, s.range.end, state)?;
        let np = clauses::with_apposition(s, np, state);
        if np.pronoun.is_some() || !np.names_someone() {
            return None;
        }
        let e = d.resolve_np(s, &np, par + 1);
        return e.is_named().then_some(e);
    }
    let what = match (w(i), w(i + 1), w(i + 2)) {
        ("c'" | "c’", "est", "ce") => Some(i + 3),
        ("voilà" | "voici", "ce", _) => Some(i + 2),
        _ => None,
    }
    .filter(|&k| matches!(w(k), "que" | "qu'" | "qu’"));
    if let Some(k) = what.filter(|_| !opens) {
        return said_what(d, s, k + 1, state);
    }
    if !opens {
        return None;
    }
    let mut start = i + 6;
    // "… que s'est exprimé le ministre": the subject after the verb.
    let mut skipped = 0;
    while start < s.range.end
        && skipped < 4
        && toks[start].is_word()
        && !toks[start].cap
        && lexicon::determiner(&toks[start].lower).is_none()
    {
        start += 1;
        skipped += 1;
    }
    let np = super::np::parse_np(s.block, toks, start, s.range.end, state)?;
    let np = clauses::with_apposition(s, np, state);
    if np.pronoun.is_some() || !np.names_someone() {
        return None;
    }
    let e = d.resolve_np(s, &np, start);
    e.is_named().then_some(e)
}

/// "[Voilà ce qu']il a confié", "[C'est ce qu']a fait valoir le ministre": from `at`, after
/// "ce que", the one whose speech verb follows, pronoun or name.
fn said_what(d: &mut Discourse, s: Sentence, at: usize, state: &State) -> Option<Entity> {
    let toks = s.toks;
    let end = s.range.end;
    let speech = |t: &Tok| {
        t.is_word()
            && (lexicon::speech_verb(verbs::split_clitic(&t.lower).0).is_some()
                || matches!(t.lower.as_str(), "valoir" | "savoir"))
    };
    let pronoun = match toks.get(at).filter(|_| at < end).map(|t| t.lower.as_str()) {
        Some("il") => Some(Gender::M),
        Some("elle") => Some(Gender::F),
        _ => None,
    };
    if let Some(g) = pronoun {
        // The verb group after the pronoun, a few words at most, must report speech.
        let group = toks[at + 1..end.min(at + 5)]
            .iter()
            .take_while(|t| t.is_word() && !t.cap);
        if !group.clone().any(speech) {
            return None;
        }
        let e = d.resolve_pronoun(Pron::Personal(g), at);
        return e.is_named().then_some(e);
    }
    // The verb, then its subject: "qu'a fait valoir le ministre".
    let mut start = at;
    while start < end
        && start < at + 4
        && toks[start].is_word()
        && !toks[start].cap
        && lexicon::determiner(&toks[start].lower).is_none()
    {
        start += 1;
    }
    if !toks[at..start].iter().any(speech) {
        return None;
    }
    let np = super::np::parse_np(s.block, toks, start, end, state)?;
    let np = clauses::with_apposition(s, np, state);
    if np.pronoun.is_some() || !np.names_someone() {
        return None;
    }
    let e = d.resolve_np(s, &np, start);
    e.is_named().then_some(e)
}

/// "Le feu, «alimenté par le vent», a brûlé «quarante hectares» avant de menacer un «quartier
/// résidentiel», a indiqué la préfecture.": the incise that closes the sentence after its last
/// quotation says whose all its quotations are; those left without a speaker take it.
fn share_closing_incise(state: &mut State, s: Sentence) {
    let toks = s.toks;
    let quoted: Vec<(usize, usize)> = s
        .range
        .clone()
        .filter_map(|k| toks[k].quote().map(|q| (k, q)))
        .filter(|&(_, q)| state.decisions[q] == Decision::Quote)
        .collect();
    let Some(&(kl, ql)) = quoted.last() else {
        return;
    };
    let Some(who) = state.who[ql].clone() else {
        return;
    };
    // "«…» mais le parquet «…» déclare le ministre": briefs leave out the comma before a
    // speech verb.
    let incise_opens = toks.get(kl + 1).is_some_and(|t| {
        kl + 1 < s.range.end
            && (t.is_punct(",")
                || t.is_word()
                    && !t.cap
                    && lexicon::speech_verb(verbs::split_clitic(&t.lower).0)
                        .is_some_and(|v| v.form == lexicon::Form::Finite))
    });
    if quoted.len() < 2 || !incise_opens {
        return;
    }
    // "«…» quant aux propos du général X, selon qui le pays devait «…», a réagi Y": the last
    // quotation is the relative clause's, whose speaker is not the incise's.
    if (quoted[0].0..kl).any(|i| super::evidence::according_to_whom(s, i)) {
        return;
    }
    let last = match incises::inversion_after(s, kl, state) {
        Some(Subject::Np(np, _)) => np.end,
        Some(Subject::Pronoun(Pron::Personal(_), at)) => at + 1,
        // "«…», en faisant «…» avant «…», note-t-on dans son entourage": "on" with the body
        // it stands in, when that gave the last quotation a name.
        Some(Subject::Pronoun(Pron::Vague, at)) if who.is_named() && !who.person => at,
        _ => return,
    };
    // Nothing after the incise's subject but a complement: no clause of its own.
    if toks[last.min(s.range.end)..s.range.end]
        .iter()
        .any(|t| t.quote().is_some() || t.is_punct(",;:"))
    {
        return;
    }
    for &(_, q) in &quoted[..quoted.len() - 1] {
        if state.who[q].is_none() {
            state.who[q] = Some(who.clone());
        }
    }
}

/// "«Il faut du temps pour s'y habituer.» Karl Umbert a raconté mercredi sa première nuit
/// au palais": a paragraph that opens with a quotation standing alone, then a sentence whose
/// named subject speaks; the quotation is theirs when nothing gave it a speaker.
fn speaker_after_opening_quote(
    state: &mut State,
    opening: &[Tok],
    s: Sentence,
    e: &Entity,
    lede: bool,
) {
    if !e.is_named() {
        return;
    }
    let Some(q) = unattributed_opening(state, opening) else {
        return;
    };
    // Its own verb speaks, not a relative clause's ("Le ministre, qui a estimé …, met …") nor
    // an incise that names someone else ("…, considère le syndicaliste").
    let hits = verbs::verbs(s);
    let aside = |v: &verbs::VerbHit| {
        let before = &s.toks[v.group - 1];
        before.is_punct(",") || matches!(before.lower.as_str(), "qui" | "que" | "qu'")
    };
    let speaks = hits.iter().any(|v| {
        matches!(
            v.form,
            lexicon::Form::Finite | lexicon::Form::PastParticiple
        )
    }) && hits.iter().all(|v| v.group > s.range.start && !aside(v));
    // "« On va étudier le phénomène. » Le maire, Jean Morel, a vécu …": copy that opens on
    // words alone, then introduces a person as the subject of the next sentence, opens on
    // that person's words.
    let introduced = lede && e.person && hits.iter().all(|v| !aside(v));
    if speaks || introduced {
        state.who[q] = Some(e.clone());
    }
}

/// The quotation that makes up the whole sentence `opening`, when no one has it yet.
fn unattributed_opening(state: &State, opening: &[Tok]) -> Option<usize> {
    if !is_bare(opening) {
        return None;
    }
    let q = opening.iter().find_map(Tok::quote)?;
    (state.decisions[q] == Decision::Quote && state.who[q].is_none()).then_some(q)
}

/// "Adversaires : «…»", "Sur le calendrier : «…»": a paragraph that is only a short topic,
/// a colon and one quotation, as a press conference's answers are laid out under the line
/// that names who gives them. The quotation's token.
fn topic_then_quote(toks: &[Tok]) -> Option<usize> {
    let k = toks.iter().position(|t| t.quote().is_some())?;
    let label = toks.get(..k.checked_sub(1)?)?;
    let rest = &toks[k + 1..];
    let words = !label.is_empty()
        && label.len() <= 4
        && label[0].cap
        && label.iter().all(|t| {
            t.is_word() && lexicon::speech_verb(verbs::split_clitic(&t.lower).0).is_none()
        });
    (words && toks[k - 1].is_punct(":") && rest.iter().all(|t| t.is_punct(".!?…"))).then_some(k)
}

/// "Le plus remonté : Paul Verdier (entraîneur de Caen)", "Mathieu Chabert (ACA)": a line that
/// names one person and nothing else, but for a short label before a colon and a bracket
/// after. The range of the name.
fn name_heading(toks: &[Tok]) -> Option<std::ops::Range<usize>> {
    if toks.len() > 16 || toks.iter().any(|t| t.quote().is_some()) {
        return None;
    }
    let start = match toks.iter().position(|t| t.is_punct(":")) {
        Some(c) if c <= 5 => c + 1,
        Some(_) => return None,
        None => 0,
    };
    let end = names::run_at(toks, start, toks.len())?;
    let rest = &toks[end..];
    let bracket = rest.first().is_some_and(|t| t.is_punct("("))
        && rest.last().is_some_and(|t| t.is_punct(")"));
    (end - start >= 2 && (rest.is_empty() || bracket)).then_some(start..end)
}

/// A sentence that is only a quotation.
fn is_bare(toks: &[Tok]) -> bool {
    toks.iter()
        .all(|t| t.quote().is_some() || t.is_punct(".!?…"))
        && toks.iter().filter(|t| t.quote().is_some()).count() == 1
}

/// Classifies quoted span `q` (token `k`) and, when it is a quotation, chooses its speaker
/// among the sentence's candidates and those the sentences before carry.
fn attribute_quote(
    state: &mut State,
    d: &mut Discourse,
    s: Sentence,
    at: &At,
    carry: &Carry,
    k: usize,
    q: usize,
) {
    let mut ev = evidence::evidence(s, at.verbs, k, state);
    ev.predicate = super::terms::predicate_span(s.toks, k, state.text(q));
    // The words on a sign are a quotation no one in the sentence said; unless an incise after
    // them names who said them ("Tags à Valbrune : «…», annonce le parquet"): the sign's
    // clause was then a title's topic.
    if super::terms::inscription_before(s.toks, s.range.start, k)
        && super::incises::inversion_after(s, k, state).is_none()
    {
        state.decisions[q] = Decision::Quote;
        return;
    }
    let decision = classify(&state.spans[q], state.text(q), s.toks, k, &ev);
    state.decisions[q] = decision;
    if state.decisions[q] != Decision::Quote {
        return;
    }
    let mut found = candidates::in_sentence(d, s, at.verbs, k, state);
    if ev.predicate && found.is_empty() {
        found.extend(candidates::predicate_subject(d, s, k, state));
    }
    // When nothing in the sentence gives the words, "selon X" closing it a few words on does.
    if found.iter().all(|c| c.score < candidates::MIN_SCORE) {
        found.extend(candidates::closing_according_to(d, s, k, state));
    }
    // "François Valmont «serein» quant à la plainte": the name the span follows in a title.
    if found.is_empty() {
        if let Some((np, at)) = evidence::named_then_quoted(s, k, state) {
            let e = d.resolve_np(s, &np, at);
            found.push(candidate(e, Cue::Verb { gap: 0 }));
        }
    }
    if super::terms::opens_with_infinitive(state.text(q))
        && !found.iter().any(|c| c.cue == Cue::Incise)
    {
        found.extend(candidates::infinitive_subject(d, s, k, state));
    }
    if at.verbs.is_empty() && at.si > 0 && !at.subject_is_person {
        if let Some((_, e)) = carry.frame.as_ref().filter(|(fl, _)| *fl == at.li) {
            found.push(candidate(e.clone(), Cue::Frame));
        }
    }
    // "X en conférence de presse : ¶ Adversaires : «…» ¶ Défense : «…»": the line that
    // announces the answers gives them all, each under its topic.
    if k == 0 || at.si == 0 && topic_then_quote(s.toks) == Some(k) {
        if let Some((_, e)) = carry.announced.as_ref().filter(|(al, _)| *al + 1 == at.li) {
            found.push(candidate(e.clone(), Cue::Announced));
        }
    }
    if at.bare && at.si > 0 {
        if let Some((_, _, e)) = carry
            .previous_subject
            .as_ref()
            .filter(|(pl, ps, _)| *pl == at.li && *ps + 1 == at.si)
        {
            found.push(candidate(e.clone(), Cue::Neighbour));
        }
    }
    if at.bare && at.si == 0 && at.whole_paragraph {
        // A quotation standing as an intertitle ("« Personne ne nous arrêtera »", no stop)
        // heads what follows rather than going on with the words before it.
        let sentence = || {
            s.toks[s.range.clone()]
                .last()
                .is_some_and(|t| t.is_punct(".!?…"))
                || state.text(q).trim_end().ends_with(['.', '!', '?', '…'])
        };
        let speaker = carry.paragraph_speaker.as_ref().filter(|_| sentence());
        if let Some((_, e)) = carry
            .paragraph_subject
            .as_ref()
            .or(speaker)
            .filter(|(pl, _)| carry.last_paragraph == Some(*pl) && *pl < at.li)
        {
            found.push(candidate(e.clone(), Cue::Neighbour));
        }
    }
    let mut who = candidates::choose(&found);
    if who.is_none() {
        // "« …, déclare le maire. … »": an incise inside the quotation says whose it is.
        let span = &state.spans[q];
        if let Some((toks, range, subject)) =
            incises::inside_quotation(s.block, span.text_start..span.text_end, state)
        {
            let inner = Sentence {
                block: s.block,
                toks: &toks,
                range: &range,
            };
            let subject = match subject {
                Subject::Pronoun(p, _) => Subject::Pronoun(p, k),
                other => other,
            };
            who = candidates::choose(&[candidate(
                candidates::resolve(d, inner, &subject, state),
                Cue::Incise,
            )]);
        }
    }
    if let Some(e) = &who {
        d.mention(k, e.clone(), Salience::Speaker);
    }
    state.who[q] = who;
}

/// "X a demandé aux préfets d'«agir», dans une circulaire. Les préfets doivent veiller à «…»":
/// a sentence with no speech of its own that quotes again, right after one whose quotations are
/// all one person's, and that names no one else, goes on with that person's words.
fn goes_on_quoting(
    state: &mut State,
    d: &mut Discourse,
    s: Sentence,
    before: &[Tok],
    subject: Option<&Entity>,
) {
    let toks = &s.toks[s.range.clone()];
    let Some(open) = all_unattributed(state, toks) else {
        return;
    };
    // "…, selon eux, au «…»" gives the words to someone else; "X a publié un message : «…»"
    // announces another's.
    let announced = toks
        .windows(2)
        .any(|w| w[0].is_punct(":") && w[1].quote().is_some());
    if announced || toks.iter().any(|t| t.is("selon")) {
        return;
    }
    let Some(e) = sole_named_speaker(state, before) else {
        return;
    };
    if subject.is_some_and(|x| x.is_named() && x.name != e.name) {
        return;
    }
    let others = d.people_in(s.block, s.toks, s.range);
    if others.iter().any(|o| o.name != e.name) {
        return;
    }
    for q in open {
        state.who[q] = Some(e.clone());
    }
}

/// The quotations among `toks`, when there is one at least and no one has any of them yet.
fn all_unattributed(state: &State, toks: &[Tok]) -> Option<Vec<usize>> {
    let open: Vec<usize> = toks
        .iter()
        .filter_map(Tok::quote)
        .filter(|&q| state.decisions[q] == Decision::Quote)
        .collect();
    (!open.is_empty() && open.iter().all(|&q| state.who[q].is_none())).then_some(open)
}

/// The one named person every quotation of a sentence was given to, if any.
fn sole_named_speaker(state: &State, toks: &[Tok]) -> Option<Entity> {
    let mut quoted = toks
        .iter()
        .filter_map(Tok::quote)
        .filter(|&q| state.decisions[q] == Decision::Quote);
    let first = state.who[quoted.next()?].clone()?;
    let all_theirs = quoted.all(|q| state.who[q].as_ref().is_some_and(|e| e.name == first.name));
    (first.person && first.name.is_some() && all_theirs).then_some(first)
}

/// Newspapers the sentence names, wherever they stand ("Tout autre ton dans L'Humanité, …"),
/// for "le journal", "le quotidien" that takes one up.
fn mention_titles(d: &mut Discourse, s: Sentence) {
    let toks = s.toks;
    // As registration found them, when it read the sentence.
    let found = d
        .facts()
        .press_read(toks, s.range)
        .map(<[_]>::to_vec)
        .unwrap_or_else(|| super::bodies::press_in(s.block, toks, s.range));
    let mut k = s.range.start;
    for (at, e, label) in found {
        // A name within the one before it opens nothing.
        if at < k {
            continue;
        }
        k = at;
        // "dans un entretien à Jeune Afrique", "interrogé par Le Parisien": a medium someone
        // spoke to, not one that speaks.
        let article =
            k > s.range.start && matches!(toks[k - 1].lower.as_str(), "le" | "la" | "les" | "l'");
        // "Ton radicalement différent à Libération", "À L'Humanité, on salue …": with no word
        // of speech before it, "à" places the words at the paper, which speaks.
        let spoken_to = |b: usize| {
            toks[s.range.start..b].iter().any(|t| {
                t.is_word()
                    && (matches!(
                        t.lower.as_str(),
                        "entretien" | "interview" | "confidences" | "déclarations" | "tribune"
                    ) || super::lexicon::speech_verb(&t.lower).is_some())
            })
        };
        let medium = k
            .checked_sub(1 + usize::from(article))
            .filter(|&b| b >= s.range.start)
            .is_some_and(|b| match toks[b].lower.as_str() {
                "à" => spoken_to(b),
                w => matches!(w, "au" | "aux" | "par" | "sur"),
            });
        if !medium {
            d.mention(
                k,
                Entity::body(label.to_owned(), Gender::U),
                Salience::Mentioned,
            );
        }
        k = e;
    }
}

/// Incises with no quotation still name someone: ", a précisé l'entourage du ministre".
fn mention_incises(state: &State, d: &mut Discourse, s: Sentence, verbs: &[verbs::VerbHit]) {
    for v in verbs {
        if v.group > s.range.start
            && s.toks[v.group - 1].is_punct(",")
            && d.current_before(v.at).is_none()
        {
            if let Some(Subject::Np(np, at)) = clauses::subject_of(s, v, state) {
                let e = d.resolve_np(s, &np, at);
                d.mention(v.at, e, Salience::Speaker);
            }
        }
    }
}

fn candidate(entity: Entity, cue: Cue) -> Candidate {
    Candidate::from_cue(entity, cue)
}

fn lines_of(blocks: &[String]) -> Vec<Line> {
    let mut out = Vec::new();
    for (b, text) in blocks.iter().enumerate() {
        let mut start = 0;
        for l in text.split('\n') {
            out.push(Line {
                block: b,
                start,
                end: start + l.len(),
            });
            start += l.len() + 1;
        }
    }
    out
}

fn is_byline(toks: &[Tok]) -> bool {
    // "Propos recueillis par Thomas Riveline": an interview's byline.
    let collected = toks.len() >= 3
        && toks[0].is("propos")
        && toks[1].is("recueillis")
        && toks[2].is("par")
        && toks.iter().all(|t| t.quote().is_none());
    // "Europe Infos Hebdo", "Claire Dumas": a line of a few capitalised words and nothing
    // else is a site's or an author's name above the text, not someone it quotes.
    let signature = (2..=5).contains(&toks.len()) && toks.iter().all(|t| t.is_word() && t.cap);
    collected
        || signature
        || toks.first().is_some_and(|t| t.is("par") && t.cap)
            && toks.get(1).is_some_and(Tok::is_capitalised)
            && toks.len() <= 12
            && toks.iter().all(|t| t.quote().is_none())
}

/// "L'avocat de l'accusée a dénoncé «…». «…», a lancé Me Dupuis": a role phrase that nothing
/// before it attached to a name designates the person the next sentence quotes in that role —
/// by the title of the bar, a role said with the name or apposed to it, an office the gazetteer
/// knows them in —, when exactly one such speaker stands there and the dispatch gives that
/// role to no one else. The sentence after is read only when the next one quotes no one by
/// name.
fn named_next(state: &mut State, paras: &[Para], d: &Discourse) {
    let described = |who: &Option<Entity>| {
        who.as_ref()
            .filter(|e| e.name.is_none())
            .and_then(|e| e.described.as_deref())
            .cloned()
    };
    if !state.who.iter().any(|w| described(w).is_some()) {
        return;
    }
    // Sentences numbered through the dispatch.
    let mut first = Vec::with_capacity(paras.len());
    let mut count = 0;
    for p in paras {
        first.push(count);
        count += p.sentences.len();
    }
    let global = |q: usize| {
        let (li, si) = state.sentence_of[q];
        (li != usize::MAX).then(|| first[li] + si)
    };
    for q in 0..state.spans.len() {
        let Some(role) = described(&state.who[q]).filter(|_| state.decisions[q] == Decision::Quote)
        else {
            continue;
        };
        let Some(g) = global(q) else { continue };
        let mut x = q + 1;
        for next in g + 1..=g + 2 {
            let mut speakers: Vec<(Entity, (usize, usize))> = Vec::new();
            let mut quoted = false;
            while x < state.spans.len() && global(x).is_none_or(|gx| gx <= next) {
                quoted |= global(x) == Some(next) && state.decisions[x] == Decision::Quote;
                let named = state.who[x]
                    .as_ref()
                    .filter(|e| e.person && e.name.is_some());
                if let (Some(e), Some(gx)) = (named, global(x)) {
                    if gx == next
                        && state.decisions[x] == Decision::Quote
                        && !speakers.iter().any(|(s, _)| s.name == e.name)
                    {
                        speakers.push((e.clone(), state.sentence_of[x]));
                    }
                }
                x += 1;
            }
            // "L'avocat a dénoncé «…». Me Dupuis a ensuite demandé la relaxe.": with no
            // quotation, the sentence's named subject speaking.
            if !quoted {
                if let Some(e) = speaking_subject(state, paras, d, &first, next) {
                    speakers.push(e);
                }
            }
            if speakers.is_empty() {
                // Past a sentence that quotes someone unnamed, the role may be theirs.
                if quoted {
                    break;
                }
                continue;
            }
            // "«…», a rétorqué Me Dupuis": who answers is someone else.
            if speakers
                .iter()
                .any(|(_, (li, si))| answers_in(&paras[*li], *si))
            {
                break;
            }
            let agreeing: Vec<&Entity> = speakers
                .iter()
                .filter(|(e, (li, si))| {
                    let name = e.name.as_deref().unwrap_or_default();
                    let apposed = apposed_to(&paras[*li], state.blocks, *si, name, d);
                    // "Le directeur de l'entreprise a salué une décision «…». «…», ajoute
                    // Mathis Ohayon": one named there for the first time, who goes on
                    // speaking, was speaking before.
                    let goes_on = d.first_named_in(name) == Some(next)
                        && goes_on_in(&paras[*li], *si)
                        && !d.contradicted(e, &role);
                    d.holds(name, &role, apposed.as_ref()) || goes_on
                })
                .map(|(e, _)| e)
                .collect();
            if let [one] = agreeing[..] {
                if !d.role_given_to_another(one.name.as_deref().unwrap_or_default(), &role, next) {
                    state.who[q] = Some(one.clone());
                }
            }
            break;
        }
    }
}

/// The person sentence number `g` has as its subject, when it names them and has a speech
/// verb: who speaks there without quotation marks.
fn speaking_subject(
    state: &State,
    paras: &[Para],
    d: &Discourse,
    first: &[usize],
    g: usize,
) -> Option<(Entity, (usize, usize))> {
    let li = first.partition_point(|&f| f <= g).checked_sub(1)?;
    let si = g - first[li];
    let Some(Actor::Someone(Some(name))) = state.actors.get(li)?.get(si) else {
        return None;
    };
    let i = d
        .registry
        .people
        .iter()
        .position(|p| p.cued && &p.name == name)?;
    let p = &paras[li];
    let r = p.sentences.get(si)?;
    let speaks = p.toks[r.clone()].iter().any(|t| {
        t.is_word()
            && !t.cap
            && lexicon::speech_verb(verbs::split_clitic(&t.lower).0)
                .is_some_and(|v| v.form != lexicon::Form::Infinitive)
    });
    speaks.then(|| (d.person(i), (li, si)))
}

/// Whether sentence `si` of a paragraph has a verb of answering: "a répondu", "rétorque",
/// "a-t-il répliqué".
fn answers_in(p: &Para, si: usize) -> bool {
    p.sentences.get(si).is_some_and(|r| {
        p.toks[r.clone()].iter().any(|t| {
            t.is_word()
                && !t.cap
                && ["répond", "rétorqu", "répliqu"]
                    .iter()
                    .any(|stem| verbs::split_clitic(&t.lower).0.starts_with(stem))
        })
    })
}

/// Whether sentence `si` of a paragraph has a verb of going on: "ajoute", "a poursuivi",
/// "conclut".
fn goes_on_in(p: &Para, si: usize) -> bool {
    p.sentences.get(si).is_some_and(|r| {
        p.toks[r.clone()].iter().any(|t| {
            t.is_word()
                && !t.cap
                && (["ajout", "poursui", "continu", "conclu"]
                    .iter()
                    .any(|stem| verbs::split_clitic(&t.lower).0.starts_with(stem))
                    // "X a aussi précisé", "X a également indiqué".
                    || matches!(t.lower.as_str(), "aussi" | "également"))
        })
    })
}

/// The role a sentence apposes to a person's name: "Paul Morin, porte-parole de la mairie".
fn apposed_to(
    p: &Para,
    blocks: &[String],
    si: usize,
    name: &str,
    d: &Discourse,
) -> Option<crate::model::roles::Role> {
    let r = p.sentences.get(si)?;
    let block = &blocks[p.line.block];
    let toks = &p.toks;
    let mut k = r.start;
    while k < r.end {
        let Some(e) = names::run_at(toks, k, r.end) else {
            k += 1;
            continue;
        };
        let theirs = d
            .registry
            .full_name(&names::surface(block, toks, k, e))
            .is_some_and(|p| p.name == name);
        let role_noun = |t: &Tok| t.is_word() && !t.cap && lexicon::role(&t.lower).is_some();
        if theirs && e + 1 < r.end && toks[e].is_punct(",") && role_noun(&toks[e + 1]) {
            let end = (e + 1..r.end)
                .find(|&i| !toks[i].is_word())
                .unwrap_or(r.end);
            let words: Vec<&str> = toks[e + 1..end].iter().map(|t| t.lower.as_str()).collect();
            return crate::model::roles::Role::from_words(&words);
        }
        k = e;
    }
    None
}

/// A quotation over several paragraphs has one speaker: the one its last part (or any part)
/// is attributed to.
fn follow_chains(state: &mut State) {
    let mut i = 0;
    while i < state.spans.len() {
        if !state.spans[i].continued || state.spans[i].continues {
            i += 1;
            continue;
        }
        let mut chain = vec![i];
        let mut j = i;
        while state.spans[j].continued {
            let Some(next) = (j + 1..state.spans.len()).find(|&n| {
                state.spans[n].continues && state.spans[n].line == state.spans[j].line + 1
            }) else {
                break;
            };
            chain.push(next);
            j = next;
        }
        let who = chain.iter().rev().find_map(|&c| state.who[c].clone());
        for &c in &chain {
            if state.who[c].is_none() {
                state.who[c] = who.clone();
            }
        }
        i = j + 1;
    }
}

/// A sentence made only of a quotation takes the speaker of the quotation next to it in the
/// same paragraph («…», estime X. «…»), unless a sentence between them shows someone else
/// acting (X a parlé. Un manifestant ne décolère pas. «…»): that quotation may be theirs.
fn bare_sentences(state: &mut State, paras: &[Para]) {
    for (li, p) in paras.iter().enumerate() {
        let quotes_here: Vec<usize> = p
            .toks
            .iter()
            .filter_map(Tok::quote)
            .filter(|&q| state.decisions[q] == Decision::Quote)
            .collect();
        for (si, r) in p.sentences.iter().enumerate() {
            let only_quote: Vec<usize> = p.toks[r.clone()].iter().filter_map(Tok::quote).collect();
            let bare = only_quote.len() == 1
                && p.toks[r.clone()]
                    .iter()
                    .all(|t| t.quote().is_some() || t.is_punct(".!?…"));
            if !bare {
                continue;
            }
            let q = only_quote[0];
            if state.decisions[q] != Decision::Quote
                || state.who[q].is_some()
                || state.spans[q].line != li
            {
                continue;
            }
            let pos = quotes_here.iter().position(|&x| x == q).unwrap_or(0);
            let carried = |x: usize| -> Option<Entity> {
                let e = state.who[x].clone()?;
                let (xl, xs) = state.sentence_of[x];
                // "«…» Le ministre, qui a jugé la demande «…», jette «…», considère Y.": a
                // relative clause's quotation is not the one next to it.
                let aside = p.sentences.get(xs).is_some_and(|r| {
                    p.toks[r.clone()]
                        .iter()
                        .position(|t| t.quote() == Some(x))
                        .is_some_and(|at| {
                            clauses::in_relative_aside(&p.toks, r.start, r.end, r.start + at)
                        })
                });
                if xl == li && aside {
                    return None;
                }
                let between = if xs < si { xs + 1..si } else { si + 1..xs };
                let clear = xl == li
                    && state.actors[li].get(between).is_some_and(|a| {
                        a.iter().all(|a| match a {
                            Actor::Nobody => true,
                            Actor::Someone(name) => name.is_some() && *name == e.name,
                        })
                    });
                Some(if clear { e } else { Entity::nobody() })
            };
            let before = quotes_here[..pos].iter().rev().find_map(|&x| carried(x));
            let after = quotes_here[pos + 1..].iter().find_map(|&x| carried(x));
            state.who[q] = before.or(after);
        }
    }
}

/// Whether the words of `short` (four or more) are those of `long` from its first word, in
/// order, with no more words left out than `short` keeps: a title abridging a quotation.
fn abridges(short: &str, long: &str) -> bool {
    let s: Vec<&str> = short.split_whitespace().collect();
    let l: Vec<&str> = long.split_whitespace().collect();
    if s.len() < 4 || l.first() != s.first() {
        return false;
    }
    let mut j = 0;
    for w in &s {
        match l[j..].iter().position(|x| x == w) {
            Some(p) => j += p + 1,
            None => return false,
        }
    }
    j <= 2 * s.len()
}

/// A title or intertitle echoing a quotation of the dispatch quotes it too.
fn echoes(state: &mut State, paras: &[Para]) {
    let title_like = |q: usize| {
        let line = &paras[state.spans[q].line].line;
        !state.blocks[line.block][line.start..line.end]
            .trim_end()
            .ends_with(['.', '!', '?', '…', ':', ';', ','])
    };
    // A title's quotation left without a speaker takes the one its echo in the text has.
    // ("L'école fermée en juin : « … »": nor a thing the title is about, read as a body.)
    let unattributed = |state: &State, q: usize| {
        state.decisions[q] == Decision::Quote
            && state.who[q]
                .as_ref()
                .is_none_or(|e| e.name.is_none() || !e.person)
    };
    let candidates = (0..state.spans.len()).any(|q| {
        (matches!(state.decisions[q], Decision::Term | Decision::Naming) || unattributed(state, q))
            && title_like(q)
    });
    if !candidates {
        return;
    }
    let quoted: Vec<(usize, String, Option<Entity>)> = (0..state.spans.len())
        .filter(|&q| state.decisions[q] == Decision::Quote)
        .map(|q| (q, fold(state.text(q)), state.who[q].clone()))
        .collect();
    for q in 0..state.spans.len() {
        let bare = unattributed(state, q);
        if state.decisions[q] != Decision::Term && state.decisions[q] != Decision::Naming && !bare {
            continue;
        }
        let line = &paras[state.spans[q].line];
        let title_like = !state.blocks[line.line.block][line.line.start..line.line.end]
            .trim_end()
            .ends_with(['.', '!', '?', '…', ':', ';', ',']);
        if !title_like {
            continue;
        }
        let k = line
            .toks
            .iter()
            .position(|t| t.quote() == Some(q))
            .unwrap_or(0);
        if naming_context(&line.toks, k) {
            continue;
        }
        let folded = fold(state.text(q));
        if bare {
            // Another quotation of the same words, with its speaker named.
            let body = state.who[q].as_ref().is_some_and(|e| e.name.is_some());
            // "08h25 - « Nos cœurs battent à nouveau »" above "« Nos cœurs battent à nouveau.
            // Nous … », a réagi le Forum": a title quoting three words or more of a quotation
            // the text attributes.
            // "05h47 - « La bataille n'est pas terminée »" above "« La bataille pour le Sénat
            // n'est pas terminée … »": or its words in order, a few left out, from its start.
            // "«Ils ne vont pas s'armer !»" above "«… ils ne vont pas s'armer à chaque fois …»":
            // the title's closing exclamation or stop is its own.
            let words = folded
                .trim_end_matches(|c: char| c.is_whitespace() || "!?.…".contains(c))
                .to_owned();
            let within = |t: &String| {
                words.split_whitespace().nth(2).is_some()
                    && (t.contains(&words) || abridges(&words, t))
            };
            let named = quoted.iter().find(|(o, t, who)| {
                *o != q
                    && (*t == folded || within(t))
                    && who
                        .as_ref()
                        .is_some_and(|e| e.name.is_some() && (e.person || !body))
            });
            if let Some((_, _, who)) = named {
                state.who[q] = who.clone();
                continue;
            }
            // "« Ils nous attaquent parce que nous sommes ennuyeux »" alone on its line, over
            // "… parce que « nous sommes ennuyeux »" a named person said: an intertitle alone
            // on its line that shares a run of words with quotations of one person only.
            let alone = state.blocks[line.line.block][line.line.start..line.line.end].trim()
                == state.blocks[line.line.block][state.spans[q].start..state.spans[q].end].trim();
            // (A body the neighbours gave it yields to a person, as above.)
            if alone {
                let mut speakers = quoted
                    .iter()
                    .filter(|(o, t, _)| *o != q && shares_run(&folded, t))
                    .filter_map(|(_, _, who)| who.as_ref().filter(|e| e.person && e.is_named()));
                if let Some(first) = speakers.next() {
                    let first = first.clone();
                    if speakers.all(|e| e.name == first.name) {
                        state.who[q] = Some(first);
                    }
                }
            }
            continue;
        }
        // "la presse entre malaise et « leçon d'égalité »" over "qui y voit « une leçon
        // d'égalité »": a title drops the article the text quotes.
        let bare_words = without_article(&folded);
        // "«Un lieu magique»" alone on its line above "«C'est un lieu magique, que dire ?»,
        // a-t-il confié": an intertitle of three words or more quoting part of a quotation
        // whose speaker the text names.
        let alone = state.blocks[line.line.block][line.line.start..line.line.end].trim()
            == state.blocks[line.line.block][state.spans[q].start..state.spans[q].end].trim();
        let part_of = |t: &String, who: &Option<Entity>| {
            alone
                && folded.split_whitespace().nth(2).is_some()
                && t.contains(&folded)
                && who.as_ref().is_some_and(|e| e.name.is_some())
        };
        if let Some((_, _, who)) = quoted.iter().find(|(o, t, who)| {
            *t == folded || without_article(t) == bare_words || *o != q && part_of(t, who)
        }) {
            state.decisions[q] = Decision::Quote;
            state.who[q] = who.clone();
        }
    }
}

/// Whether two folded texts share a run of three words or more in a row, two of them of four
/// letters or more ("nous sommes ennuyeux", "impensables en italie"): one echoes the other.
fn shares_run(a: &str, b: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    a.windows(3).any(|w| {
        w.iter().filter(|x| x.chars().count() >= 4).count() >= 2 && b.windows(3).any(|v| v == w)
    })
}

/// Folded words without the article that opens them: "une leçon d'égalité" → "leçon
/// d'égalité".
fn without_article(folded: &str) -> &str {
    for a in [
        "un ", "une ", "le ", "la ", "les ", "des ", "du ", "l'", "l’",
    ] {
        if let Some(rest) = folded.strip_prefix(a) {
            return rest;
        }
    }
    folded
}
