//! Quotations and who spoke them.
//!
//! A quoted span is a quotation when it reads as reported speech: a sentence or a long phrase,
//! or a short one that a speech verb, "selon" or an attribution incise gives to someone. A short
//! term or name in quotation marks that nobody is quoted as saying (la «coalition des
//! volontaires», le quotidien «Le Temps») is not. Speakers come from [`super::speakers`].

use super::clauses::{Sentence, Subject};
use super::lexicon;
use super::marks::{self, Line, Span};
use super::names;
use super::speakers::{Entity, Speakers};
use super::terms::{classify, naming_context, Decision};
use super::tokens::{self, Tok};
use super::verbs::{self, VerbHit};
use crate::model::aliases::Aliases;
pub use crate::model::quote::Quote;
use crate::text::fold::fold;

/// Finds the quotations of each block of one dispatch (blocks in reading order, so that
/// pronouns and continued quotations can reach back), speakers named as the bundled aliases say.
pub fn extract(blocks: &[String]) -> Vec<Vec<Quote>> {
    extract_with(blocks, &Aliases::bundled())
}

struct State<'a> {
    blocks: &'a [String],
    spans: Vec<Span>,
    decisions: Vec<Decision>,
    /// Attribution found by the rules: `Some(entity)` (named or not), `None` when none applies.
    who: Vec<Option<Entity>>,
}

impl State<'_> {
    fn text(&self, q: usize) -> &str {
        let s = &self.spans[q];
        &self.blocks[s.block][s.text_start..s.text_end]
    }
}

impl super::clauses::Quotes for State<'_> {
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
}

struct Para {
    line: Line,
    toks: Vec<Tok>,
    sentences: Vec<std::ops::Range<usize>>,
    /// "Par Léa Fontaine, à Paris": a byline names no speaker.
    byline: bool,
}

/// [`extract`] with the given aliases.
pub fn extract_with(blocks: &[String], aliases: &Aliases) -> Vec<Vec<Quote>> {
    let lines = lines_of(blocks);
    let spans = marks::spans(blocks, &lines);
    let n = spans.len();
    let mut state = State {
        blocks,
        spans,
        decisions: vec![Decision::Pending; n],
        who: vec![None; n],
    };
    if n == 0 {
        return blocks.iter().map(|_| Vec::new()).collect();
    }
    let paras: Vec<Para> = lines
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
            names::mark(&mut toks);
            // "Cannes, le 24 mai (AFP) –" names a place, not a speaker.
            if li < 4 {
                if let Some(d) = crate::model::dates::dateline_at(&block[line.start..line.end]) {
                    toks.retain(|t| t.start >= line.start + d.len);
                }
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
            }
        })
        .collect();

    let mut sp = Speakers::default();
    for p in paras.iter().filter(|p| !p.byline) {
        for r in &p.sentences {
            sp.register_names(&blocks[p.line.block], &p.toks, r);
        }
    }
    // The attribution frame of the previous sentence ("Selon M. X, …"), for an unattributed
    // quotation that continues the same reported speech.
    let mut frame: Option<(usize, Entity)> = None;
    // Who a paragraph ending with a colon announces ("Il a conclu ainsi :"), for the quotation
    // that opens the next paragraph.
    let mut announced: Option<(usize, Entity)> = None;
    // Past the last quotation, nothing is left to attribute.
    let last_line = state.spans.iter().map(|s| s.line).max().unwrap_or(0);
    for (li, p) in paras.iter().enumerate().take(last_line + 1) {
        if p.byline {
            continue;
        }
        let block = &blocks[p.line.block];
        for (si, r) in p.sentences.iter().enumerate() {
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
            let sentence_frame = opening_frame(&mut sp, s, &state);
            // The sentence's subject, for "selon lui" and participles inside it, and for
            // pronouns in the sentences that follow.
            if let Some(np) = sp.main_subject_np(s, &state) {
                if np.is_person_like() || np.role.is_some() {
                    let e = sp.resolve_np(&np, r.start);
                    sp.mention(r.start, e);
                }
            }
            for k in r.clone() {
                let Some(q) = p.toks[k].quote() else { continue };
                let ev = sp.evidence(s, &verbs, k, &state);
                let decision = classify(&state.spans[q], state.text(q), &p.toks, k, &ev);
                state.decisions[q] = decision;
                if state.decisions[q] != Decision::Quote {
                    continue;
                }
                let mut who = attribute(&mut sp, s, &verbs, k, &state);
                if who.is_none() && verbs.is_empty() {
                    if let Some((fl, e)) = &frame {
                        let subject_is_person = sp
                            .main_subject_np(s, &state)
                            .is_some_and(|np| np.is_person_like());
                        if *fl == li && si > 0 && !subject_is_person {
                            who = Some(e.clone());
                        }
                    }
                }
                if who.is_none() && k == 0 {
                    if let Some((al, e)) = &announced {
                        if *al + 1 == li {
                            who = Some(e.clone());
                        }
                    }
                }
                if let Some(e) = &who {
                    sp.mention(k, e.clone());
                }
                state.who[q] = who;
            }
            // Incises with no quotation still name someone: ", a précisé l'entourage du ministre".
            for v in &verbs {
                if v.group > r.start
                    && p.toks[v.group - 1].is_punct(",")
                    && sp.current_before(v.at).is_none()
                {
                    if let Some(Subject::Np(np, at)) = sp.subject_of(s, v, &state) {
                        let e = sp.resolve_np(&np, at);
                        sp.mention(v.at, e);
                    }
                }
            }
            frame = sentence_frame.map(|e| (li, e));
            if r.end == p.toks.len() && p.toks.last().is_some_and(|t| t.is_punct(":")) {
                // With k past the colon, the quotation's own rules find who announces it.
                announced = attribute(&mut sp, s, &verbs, r.end, &state).map(|e| (li, e));
            }
            let others = sp.people_in(block, &p.toks, r);
            sp.end_sentence(others);
        }
    }
    follow_chains(&mut state);
    bare_sentences(&mut state, &paras);
    echoes(&mut state, &paras);

    let mut out: Vec<Vec<Quote>> = blocks.iter().map(|_| Vec::new()).collect();
    for (q, span) in state.spans.iter().enumerate() {
        if state.decisions[q] != Decision::Quote || span.text_start >= span.text_end {
            continue;
        }
        let speaker = state.who[q]
            .as_ref()
            .and_then(|e| e.name.clone())
            .map(|name| {
                let full = sp
                    .registry
                    .full_name(&name)
                    .map_or(name.clone(), |p| p.name.clone());
                aliases.canonical(&full)
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
    toks.first().is_some_and(|t| t.is("par") && t.cap)
        && toks.get(1).is_some_and(Tok::is_capitalised)
        && toks.len() <= 12
        && toks.iter().all(|t| t.quote().is_none())
}

/// Who said the quotation at token `k`: the incise after it, else the nearest speech verb,
/// "selon X" or quotation before it whose subject is someone.
fn attribute(
    sp: &mut Speakers,
    s: Sentence,
    verbs: &[VerbHit],
    k: usize,
    state: &State,
) -> Option<Entity> {
    if let Some(subject) = sp.inversion_after(s, k, state) {
        return Some(sp.resolve(s, &subject, state));
    }
    if let Some(e) = according_after(sp, s, k, state) {
        return Some(e);
    }
    let toks = s.toks;
    // A speech verb whose subject is a thing or a group: the words are theirs, unnamed, unless
    // a verb further back frames them ("Elle prévient que son organisation appellera …").
    let mut unnamed = None;
    let mut i = k;
    while i > s.range.start {
        i -= 1;
        let t = &toks[i];
        if let Some(prev) = t.quote() {
            if state.decisions[prev] == Decision::Quote {
                return state.who[prev].clone();
            }
            continue;
        }
        if t.is_punct(";") {
            break;
        }
        if let Some(v) = verbs.iter().find(|v| v.at == i) {
            if std::env::var_os("DEBUG_Q").is_some() {
                eprintln!("verb {v:?} subject {:?}", sp.subject_of(s, v, state));
            }
            if let Some(subject) = sp.subject_of(s, v, state) {
                let e = sp.resolve(s, &subject, state);
                // A passive names its agent or nobody; a thing as subject ("cette mesure
                // rapporterait …") is no speaker: a verb further back may frame the words.
                let passive = matches!(subject, Subject::Nobody)
                    || (v.form == lexicon::Form::PastParticiple && !v.has_aux);
                // "l'enveloppe annoncée permettra de «…»": an adjective, not the quotation's verb.
                let adjectival = passive
                    && v.form == lexicon::Form::PastParticiple
                    && !v.has_aux
                    && v.at + 1 != k;
                if adjectival {
                    continue;
                }
                if passive || e.person || e.name.is_some() {
                    return Some(e);
                }
                unnamed = Some(e);
            }
            continue;
        }
        if t.is("selon") || t.is("d'après") {
            let end = comma_or_quote(toks, i + 1, s.range.end);
            if toks.get(i + 1).is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "lequel" | "laquelle" | "lesquels" | "lesquelles"
                )
            }) {
                return Some(Entity::nobody());
            }
            if let Some(np) = names::parse_np(s.block, toks, i + 1, end, &|q| {
                super::clauses::Quotes::naming(state, q)
            }) {
                let e = sp.resolve_np(&np, i);
                if e.person || e.name.is_some() {
                    return Some(e);
                }
                unnamed = Some(e);
            }
        }
        if t.is("pour") {
            if let Some(e) = pour_clause(sp, s, i, state) {
                return Some(e);
            }
        }
    }
    if unnamed.is_some() {
        return unnamed;
    }
    // "X rejette la responsabilité : «…»": a colon gives the quotation to the sentence's subject.
    if k > s.range.start && toks[k - 1].is_punct(":") {
        if let Some(np) = sp.main_subject_np(s, state) {
            if np.is_person_like() || np.det.is_some() {
                return Some(sp.resolve_np(&np, s.range.start));
            }
        }
    }
    None
}

fn comma_or_quote(toks: &[Tok], from: usize, end: usize) -> usize {
    let mut k = from;
    while k < end && !toks[k].is_punct(",:;") && toks[k].quote().is_none() {
        k += 1;
    }
    k
}

/// "Pour Claire Vannier, …, «…»": the person the opinion is given to.
fn pour_clause(sp: &mut Speakers, s: Sentence, i: usize, state: &State) -> Option<Entity> {
    let toks = s.toks;
    let clause_start = i == s.range.start
        || toks[i - 1].is_punct(",")
        || (toks[i - 1].is_word() && lexicon::is_adverb(&toks[i - 1].lower));
    if !clause_start {
        return None;
    }
    let end = comma_or_quote(toks, i + 1, s.range.end);
    let np = names::parse_np(s.block, toks, i + 1, end, &|q| {
        super::clauses::Quotes::naming(state, q)
    })?;
    let person = np.name.is_some()
        || matches!(np.pronoun, Some(names::Pron::Personal(_)))
        || (np.role.is_some() && np.det.is_some());
    if !person || end >= s.range.end || !toks[end].is_punct(",") {
        return None;
    }
    // "Pour la secrétaire générale du syndicat, Corinne Aubertin, «…»".
    let np = sp.with_apposition(s, np, state);
    Some(sp.resolve_np(&np, i))
}

/// "«…», selon l'expression employée par la présidente …, Ursula von der Leyen".
fn according_after(sp: &mut Speakers, s: Sentence, k: usize, state: &State) -> Option<Entity> {
    let toks = s.toks;
    let end = s.range.end;
    if !(k + 2 < end
        && toks[k + 1].is_punct(",")
        && (toks[k + 2].is("selon") || toks[k + 2].is("d'après")))
    {
        return None;
    }
    let naming = |q: usize| super::clauses::Quotes::naming(state, q);
    let stop = comma_or_quote(toks, k + 3, end);
    let np = names::parse_np(s.block, toks, k + 3, stop, &naming)?;
    let np = sp.with_apposition(s, np, state);
    if np.is_person_like() || np.name.is_some() {
        return Some(sp.resolve_np(&np, k + 3));
    }
    // The phrase names its speaker after "par".
    let by = (k + 3..end.min(k + 14)).find(|&i| toks[i].is("par"))?;
    let np = names::parse_np(
        s.block,
        toks,
        by + 1,
        comma_or_quote(toks, by + 1, end),
        &naming,
    )?;
    let mut np = np;
    let after = np.end;
    if np.name.is_none() && after + 1 < end && toks[after].is_punct(",") {
        if let Some(e) = names::run_at(toks, after + 1, end) {
            np.name = names::parse_np(s.block, toks, after + 1, e, &naming).and_then(|n| n.name);
        }
    }
    Some(sp.resolve_np(&np, by + 1))
}

/// "Selon X, …" or "Pour X, …" opening a sentence: who its reported content belongs to.
fn opening_frame(sp: &mut Speakers, s: Sentence, state: &State) -> Option<Entity> {
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
        let np = names::parse_np(s.block, toks, i + 1, end, &|q| {
            super::clauses::Quotes::naming(state, q)
        })?;
        np.is_person_like().then(|| sp.resolve_np(&np, i))?
    } else if toks[i].is("pour") {
        pour_clause(sp, s, i, state)?
    } else {
        return None;
    };
    if e.person || e.name.is_some() {
        sp.mention(i, e.clone());
    }
    (e.name.is_some()).then_some(e)
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
/// same paragraph: «…», estime X. «…»
fn bare_sentences(state: &mut State, paras: &[Para]) {
    for (li, p) in paras.iter().enumerate() {
        let quotes_here: Vec<usize> = p
            .toks
            .iter()
            .filter_map(Tok::quote)
            .filter(|&q| state.decisions[q] == Decision::Quote)
            .collect();
        for r in &p.sentences {
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
            let before = quotes_here[..pos]
                .iter()
                .rev()
                .find_map(|&x| state.who[x].clone());
            let after = quotes_here[pos + 1..]
                .iter()
                .find_map(|&x| state.who[x].clone());
            state.who[q] = before.or(after);
        }
    }
}

/// A title or intertitle echoing a quotation of the dispatch quotes it too.
fn echoes(state: &mut State, paras: &[Para]) {
    let title_like = |q: usize| {
        let line = &paras[state.spans[q].line].line;
        !state.blocks[line.block][line.start..line.end]
            .trim_end()
            .ends_with(['.', '!', '?', '…', ':', ';', ','])
    };
    let candidates = (0..state.spans.len())
        .any(|q| matches!(state.decisions[q], Decision::Term | Decision::Naming) && title_like(q));
    if !candidates {
        return;
    }
    let quoted: Vec<(String, Option<Entity>)> = (0..state.spans.len())
        .filter(|&q| state.decisions[q] == Decision::Quote)
        .map(|q| (fold(state.text(q)), state.who[q].clone()))
        .collect();
    for q in 0..state.spans.len() {
        if state.decisions[q] != Decision::Term && state.decisions[q] != Decision::Naming {
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
        if let Some((_, who)) = quoted.iter().find(|(t, _)| *t == folded) {
            state.decisions[q] = Decision::Quote;
            state.who[q] = who.clone();
        }
    }
}
