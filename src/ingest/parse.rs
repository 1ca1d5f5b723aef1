//! Parsing a dispatch: header, title, boilerplate, paragraphs into passages, language.
//!
//! A *dispatch* is one file or one NDJSON record; a *passage* is one paragraph of it (a very long
//! paragraph is cut into windows at sentence boundaries) and is the unit of search results.
//! Passage 1 is the title, with the short lines that follow it (subtitle, byline). Boilerplate
//! (a lone "Plus", bullet markers, related-link lists) is never a passage.

use std::sync::Arc;

use crate::ingest::extract::quotes;
use crate::model::aliases::Aliases;
use crate::model::dates::{self, DispatchDate, Header};
use crate::model::dispatch::{Dispatch, Passage};
use crate::model::quote::Quote;

mod lang;
mod windows;

use lang::detect_lang;
pub use windows::windows;

/// Longest passage, in characters, before a paragraph is cut at sentence boundaries.
pub const MAX_PASSAGE_CHARS: usize = 1000;

/// What is known of a dispatch besides its text.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// An NDJSON record's `date` field (`YYYY-MM-DD` or `YYYY-MM`).
    pub date_field: Option<String>,
    /// An NDJSON record's `title` field.
    pub title: Option<String>,
    /// The date a dateline without a year is resolved against (`YYYY-MM-DD`): the NDJSON date,
    /// else the file's modification time.
    pub reference: Option<(i32, u32, u32)>,
    /// Speakers' name variants; the bundled list when `None`.
    pub aliases: Option<Arc<Aliases>>,
}

impl Dispatch {
    /// Parses a dispatch's clean text (UTF-8, `\n` line endings).
    pub fn parse(id: &str, text: &str, ctx: &Context) -> Dispatch {
        let mut warnings = Vec::new();
        let (header, body) = dates::split_header(text);
        // A title line may stand before the header: "RDC : … \n date 2026-02-03 Le président
        // …". The header is then read from the second line, and the title kept.
        let rebuilt;
        let (header, body) = match (&header, text.split_once('\n')) {
            (Header::None, Some((first, rest))) if !first.trim().is_empty() => {
                match dates::split_header(rest) {
                    (Header::None, _) => (header, body),
                    (second, after) => {
                        rebuilt = format!("{first}\n{after}");
                        (second, rebuilt.as_str())
                    }
                }
            }
            _ => (header, body),
        };
        let paras = paragraphs(body);
        let (title, blocks) = blocks(paras, ctx.title.as_deref());
        let lang = detect_lang(&blocks);

        let mut date = match header {
            Header::Date(d) => Some(d),
            Header::Malformed(token) => {
                warnings.push(format!(
                    "header date {token:?} does not exist; dispatch left undated"
                ));
                None
            }
            Header::None => None,
        };
        if date.is_none() {
            if let Some(field) = ctx.date_field.as_deref() {
                date = DispatchDate::parse_iso(field, dates::Origin::Field);
                if date.is_none() {
                    warnings.push(format!("date field {field:?} is not YYYY-MM-DD or YYYY-MM"));
                }
            }
        }
        if date.is_none() {
            date = dates::find_dateline(body).and_then(|d| dates::dateline_date(&d, ctx.reference));
        }
        if date.is_none() {
            date = dates::find_publication_date(body, ctx.reference);
        }

        let aliases = ctx.aliases.clone().unwrap_or_else(Aliases::bundled);
        let quotes = quotes::extract_with(&blocks, &aliases, date.map(|d| d.span()));
        let mut passages = Vec::new();
        for (block, block_quotes) in blocks.iter().zip(quotes) {
            let spans: Vec<(usize, usize)> =
                block_quotes.iter().map(|q| (q.start, q.end)).collect();
            for (start, end) in windows(block, MAX_PASSAGE_CHARS, &spans) {
                let text = &block[start..end];
                let quotes = block_quotes
                    .iter()
                    .filter(|q| q.start < end && q.end > start)
                    .map(|q| {
                        let (s, e) = (q.start.max(start) - start, q.end.min(end) - start);
                        Quote {
                            text: text[s..e].to_owned(),
                            speaker: q.speaker.clone(),
                            start: s,
                            end: e,
                        }
                    })
                    .collect();
                passages.push(Passage {
                    number: passages.len() + 1,
                    text: text.to_owned(),
                    quotes,
                });
            }
        }
        Dispatch {
            id: id.to_owned(),
            title,
            date,
            lang,
            passages,
            warnings,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    /// A list item, its marker removed.
    Bullet,
    /// A short line with no final period: a title, subtitle, byline or intertitle.
    Short,
}

#[derive(Debug, Clone)]
struct Para {
    text: String,
    kind: Kind,
}

/// Splits the body into paragraphs. Blank lines separate paragraphs; inside a block, a line that
/// ends a sentence (or is title-like) ends its paragraph, while a line broken mid-sentence is
/// joined to the next (hard-wrapped text).
fn paragraphs(body: &str) -> Vec<Para> {
    let mut out: Vec<Para> = Vec::new();
    let mut open = false; // whether the last paragraph may still take the next line
    for raw in body.split('\n') {
        let line = raw.trim();
        if line.is_empty() {
            open = false;
            continue;
        }
        if let Some(item) = teaser_item(line) {
            // A live blog's teaser is its own little story, not a link list.
            out.push(Para {
                text: item.to_owned(),
                kind: Kind::Text,
            });
            open = false;
            continue;
        }
        if is_boilerplate(line) {
            open = false;
            continue;
        }
        if let Some(item) = bullet_item(line) {
            out.push(Para {
                text: item.to_owned(),
                kind: Kind::Bullet,
            });
            open = false;
            continue;
        }
        let continues = open
            && line.chars().next().is_some_and(char::is_lowercase)
            && out.last().is_some_and(|p| !ends_sentence(&p.text));
        if continues {
            let last = out.last_mut().expect("open implies a paragraph");
            last.text.push(' ');
            last.text.push_str(line);
            last.kind = classify(&last.text);
        } else {
            out.push(Para {
                text: line.to_owned(),
                kind: classify(line),
            });
        }
        open = true;
    }
    out
}

fn classify(line: &str) -> Kind {
    let short = line.chars().count() <= 120;
    if short && !line.ends_with(['.', '…', ':', ';', ',', '?', '!']) {
        Kind::Short
    } else {
        Kind::Text
    }
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', '!', '?', '…', '»', '"', '”', ':', ';'])
}

/// Lines that are page furniture, not text: "Plus", "Lire aussi", related links ("- Titre").
fn is_boilerplate(line: &str) -> bool {
    const FURNITURE: [&str; 10] = [
        "plus",
        "lire aussi",
        "à lire aussi",
        "a lire aussi",
        "voir aussi",
        "lire la suite",
        "en savoir plus",
        "sur le même sujet",
        "articles liés",
        "publicité",
    ];
    // The longest is 18 bytes: a line of more than 72 has more than 18 characters, and its
    // lower-casing (a byte or more each) is none of them, without lower-casing a paragraph.
    let bare = line.trim_end_matches([':', '.']).trim();
    if bare.len() <= 4 * 18 && FURNITURE.contains(&bare.to_lowercase().as_str()) {
        return true;
    }
    // A related link: "- Les attaques russes … depuis …" with no sentence end; but not an
    // intertitle set between dashes, as agency copy writes them ("- Colère syndicale -").
    line.starts_with("- ")
        && !line.ends_with(['.', '!', '?', '…', '»', '"', '”'])
        && !line.trim_end().ends_with(" -")
}

/// A live blog's or a front page's teaser: "- Budget : la ministre promet « … ». Lire
/// l'article". The link's call ends it, but what comes before is a sentence of its own, often
/// with a quotation: its text, without the dash and the call. A dashed line with no sentence
/// before the call is a link and stays out.
fn teaser_item(line: &str) -> Option<&str> {
    const CALLS: [&str; 8] = [
        "lire l'article",
        "lire la suite",
        "voir la vidéo",
        "voir l'article",
        "lire notre article",
        "en savoir plus",
        "voir",
        "lire",
    ];
    let rest = line.strip_prefix(['-', '–', '—'])?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim_start();
    let trimmed = rest.trim_end_matches(['.', ' ', '>', '»', '→']);
    let lower = trimmed.to_lowercase().replace('’', "'");
    let call = CALLS.iter().find(|c| {
        lower.ends_with(*c)
            && lower[..lower.len() - c.len()].ends_with(|ch: char| !ch.is_alphanumeric())
    })?;
    // Lower-casing keeps these calls' byte lengths; the curly apostrophe is one more byte.
    let call_chars = call.chars().count();
    let cut = trimmed.char_indices().rev().nth(call_chars - 1)?.0;
    let item = trimmed[..cut].trim_end();
    item.ends_with(['.', '!', '?', '…', '»', '"', '”'])
        .then_some(item)
        .filter(|i| i.split_whitespace().count() >= 3)
}

/// The text of a list item, without its marker.
fn bullet_item(line: &str) -> Option<&str> {
    const MARKERS: [char; 6] = ['•', '·', '◦', '▪', '‣', '●'];
    let rest = line.strip_prefix(MARKERS)?;
    let item = rest.trim_start();
    (!item.is_empty()).then_some(item)
}

/// Longest title, in characters. A title line is a headline; a first line longer than this is
/// the text itself (a dispatch on one line, a feed's whole story in its `title`), shown as a
/// title by its first words.
pub const MAX_TITLE_CHARS: usize = 300;

/// `title` as shown with every hit: whole when it is a headline's length, else cut at the last
/// space before `MAX_TITLE_CHARS` and ended with "…". Its words are all in passage 1 anyway.
fn bounded_title(title: &str) -> String {
    let title = title.trim();
    let Some((cut, _)) = title.char_indices().nth(MAX_TITLE_CHARS) else {
        return title.to_owned();
    };
    // Room for the ellipsis; a first "word" longer than the bound is cut where it must be.
    let room = title[..cut].char_indices().last().map_or(0, |(i, _)| i);
    let end = title[..room]
        .rfind(char::is_whitespace)
        .filter(|&i| i > room / 2)
        .unwrap_or(room);
    format!("{}…", title[..end].trim_end())
}

/// Groups paragraphs into blocks (the title block first) and picks the title.
fn blocks(mut paras: Vec<Para>, given_title: Option<&str>) -> (String, Vec<String>) {
    let mut blocks = Vec::new();
    if paras.is_empty() {
        return (bounded_title(given_title.unwrap_or_default()), blocks);
    }
    // The title block: a one-word kicker ("Russie") is not the title when a title-like line
    // follows; short lines after the title (subtitle, byline) stay with it.
    // A long lead sentence may come before the title (often on the header's line): the title is
    // then the title-like line that follows it.
    let mut head = vec![paras.remove(0)];
    let is_kicker = |p: &Para| {
        p.kind == Kind::Short && p.text.split_whitespace().count() <= 3 && p.text.len() <= 30
    };
    let is_lead = |p: &Para| p.kind == Kind::Text;
    if (is_kicker(&head[0]) || is_lead(&head[0]))
        && paras.len() > 1
        && paras[0].kind == Kind::Short
        && !paras[0].text.contains('\n')
    {
        head.push(paras.remove(0));
    }
    let title =
        bounded_title(given_title.unwrap_or_else(|| head.last().map_or("", |p| p.text.as_str())));
    while head.len() < 4
        && paras.len() > 1
        && paras[0].kind == Kind::Short
        && paras[0].text.chars().count() <= 80
    {
        head.push(paras.remove(0));
    }
    blocks.push(join(head.iter().map(|p| p.text.as_str())));

    // Intertitles join the paragraph they announce; consecutive list items form one block.
    let mut pending: Vec<String> = Vec::new();
    let mut i = 0;
    while i < paras.len() {
        let p = &paras[i];
        match p.kind {
            Kind::Short => pending.push(p.text.clone()),
            Kind::Bullet => {
                while i < paras.len() && paras[i].kind == Kind::Bullet {
                    pending.push(paras[i].text.clone());
                    i += 1;
                }
                blocks.push(join(pending.drain(..)));
                continue;
            }
            Kind::Text => {
                pending.push(p.text.clone());
                // A quotation left open at the end of a line that a later line closes (web
                // copy breaks its lines inside sentences): its lines make one block, so that
                // extraction sees the whole quotation.
                let ahead: Vec<&str> = paras[i..(i + 5).min(paras.len())]
                    .iter()
                    .take_while(|q| q.kind != Kind::Bullet)
                    .map(|q| q.text.as_str())
                    .collect();
                let over = quotes::broken_over(&ahead);
                for q in &paras[i + 1..=i + over] {
                    pending.push(q.text.clone());
                }
                i += over;
                blocks.push(join(pending.drain(..)));
            }
        }
        i += 1;
    }
    if !pending.is_empty() {
        blocks.push(join(pending.drain(..)));
    }
    (title, blocks)
}

fn join<S: AsRef<str>>(lines: impl IntoIterator<Item = S>) -> String {
    let mut out = String::new();
    for l in lines {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(l.as_ref());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Dispatch {
        Dispatch::parse("t.txt", text, &Context::default())
    }

    fn texts(d: &Dispatch) -> Vec<&str> {
        d.passages.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn which_date_a_dispatch_takes() {
        let date = |text: &str, reference| {
            let ctx = Context {
                reference,
                ..Context::default()
            };
            Dispatch::parse("t.txt", text, &ctx)
                .date
                .map(|d| (d.value(), d.origin.as_str()))
        };
        let got = |v: &str, o| Some((v.to_owned(), o));
        // A date line under the title of a regional article, after its kicker.
        assert_eq!(
            date(
                "LOIRET\nLe marché rouvre\n\nMardi 12 mai 2026\n\nLes commerçants sont revenus.",
                None
            ),
            got("2026-05-12", "header")
        );
        // The header wins over a date line, and a dateline does too.
        assert_eq!(
            date(
                " date 2026-05-13\nLe marché rouvre\n\n12/05/2026\n\nTexte.",
                None
            ),
            got("2026-05-13", "header")
        );
        assert_eq!(
            date(
                "Le marché rouvre\n\nORLÉANS, 13 mai (AFP) - Les commerçants.\n\n12/05/2026",
                Some((2026, 5, 20))
            ),
            got("2026-05-13", "dateline")
        );
        // Without its year, the line takes the reference's (a file name's date, its
        // modification time, an NDJSON date).
        assert_eq!(
            date(
                "Le marché rouvre\nMardi 12 mai\n\nTexte.",
                Some((2026, 5, 20))
            ),
            got("2026-05-12", "header")
        );
        // A body sentence opening on a date leaves the dispatch undated.
        assert_eq!(
            date(
                "Le marché rouvre\n\nLe 12 mai 2025, le marché avait fermé pour travaux.",
                None
            ),
            None
        );
    }

    #[test]
    fn header_lead_title_byline_and_plus() {
        let d = parse(
            " date 2025-03-02 Un chapeau qui résume la dépêche entière.\n\nUn titre sans point\n\nAgence de presse fictive\n\nLe premier paragraphe, avec un point.\n\nLe second paragraphe.\n\nPlus\n",
        );
        assert_eq!(d.date.unwrap().value(), "2025-03-02");
        assert_eq!(d.title, "Un titre sans point");
        assert_eq!(
            texts(&d),
            vec![
                "Un chapeau qui résume la dépêche entière.\nUn titre sans point\nAgence de presse fictive",
                "Le premier paragraphe, avec un point.",
                "Le second paragraphe.",
            ]
        );
        assert_eq!(d.passages[2].number, 3);
    }

    #[test]
    fn a_header_after_a_title_line_dates_the_dispatch() {
        let d = parse(
            "Valdor : le maire dit non\n date 2026-02-03 Le maire a rejeté lundi le projet.\n\nLe conseil votera jeudi.\n",
        );
        assert_eq!(d.date.unwrap().value(), "2026-02-03");
        assert_eq!(d.title, "Valdor : le maire dit non");
        assert!(
            texts(&d).iter().all(|t| !t.contains("date 2026")),
            "{:?}",
            texts(&d)
        );
        assert!(texts(&d)
            .iter()
            .any(|t| t.contains("Le maire a rejeté lundi")));
        // Prose on the second line is no header.
        let d = parse("Un titre\nLa date limite est fixée à lundi.\n");
        assert!(d.date.is_none());
    }

    #[test]
    fn a_line_too_long_for_a_title_is_shown_by_its_first_words() {
        let sentence = "Le conseil municipal a voté le budget après un long débat. ";
        let line = sentence.repeat(20_000);
        let d = parse(&format!("{line}\n"));
        assert!(d.title.chars().count() <= MAX_TITLE_CHARS, "{}", d.title);
        assert!(
            d.title.chars().count() > MAX_TITLE_CHARS - 20,
            "{}",
            d.title
        );
        let shown = d
            .title
            .strip_suffix('…')
            .expect("an ellipsis says it is cut");
        assert!(line.starts_with(shown) && line[shown.len()..].starts_with(' '));
        // Nothing of the text is lost: the passages hold it all.
        let passages: usize = d
            .passages
            .iter()
            .map(|p| p.text.split_whitespace().count())
            .sum();
        assert_eq!(passages, line.split_whitespace().count());

        let given = Context {
            title: Some(sentence.repeat(10)),
            ..Context::default()
        };
        let d = Dispatch::parse("fil-1", "Titre\n\nUn texte.\n", &given);
        assert!(d.title.ends_with('…') && d.title.chars().count() <= MAX_TITLE_CHARS);

        let headline = "x".repeat(MAX_TITLE_CHARS);
        assert_eq!(bounded_title(&headline), headline);
        let one_word = "x".repeat(MAX_TITLE_CHARS + 1);
        assert_eq!(bounded_title(&one_word).chars().count(), MAX_TITLE_CHARS);
        assert_eq!(bounded_title("  Un titre  "), "Un titre");
    }

    #[test]
    fn lead_without_title_is_the_title() {
        let d = parse(" date 2025-02 Un long chapeau qui tient lieu de titre.\n\nLe corps de la dépêche, avec un point.\n\nSuite.\n");
        assert_eq!(d.title, "Un long chapeau qui tient lieu de titre.");
        assert_eq!(d.passages.len(), 3);
    }

    #[test]
    fn kicker_is_not_the_title() {
        let d = parse(
            "Diplomatie\n\nLe Kremlin répond aux Européens\n\nTexte du corps de la dépêche.\n",
        );
        assert_eq!(d.title, "Le Kremlin répond aux Européens");
        assert_eq!(d.passages.len(), 2);
    }

    #[test]
    fn bullets_lose_their_markers_and_stay_together() {
        let d = parse(
            "Titre\n\n\nL'essentiel\n\n  • Premier point.\n  • Second point.\n\nUn paragraphe.\n",
        );
        assert_eq!(
            texts(&d),
            vec![
                "Titre\nL'essentiel",
                "Premier point.\nSecond point.",
                "Un paragraphe."
            ]
        );
    }

    #[test]
    fn one_paragraph_per_line_and_related_links() {
        let d = parse("Première phrase du chapeau.\nDeuxième paragraphe.\n- Un lien vers un autre article\n- Un second lien\nTroisième paragraphe.\n");
        assert_eq!(
            texts(&d),
            vec![
                "Première phrase du chapeau.",
                "Deuxième paragraphe.",
                "Troisième paragraphe."
            ]
        );
    }

    #[test]
    fn a_quotation_over_a_broken_line_stays_in_one_passage() {
        let d = parse("Le maire de Valbrune répond\nLa maire Odile Carrec a réagi mardi soir.\nElle a déclaré : « Nous rouvrirons l'école.\nLes familles seront prévenues. »\nLa séance a été levée.\n");
        let quoted: Vec<(&str, Option<&str>, usize)> = d
            .passages
            .iter()
            .flat_map(|p| {
                p.quotes
                    .iter()
                    .map(move |q| (&p.text[q.start..q.end], q.speaker.as_deref(), p.number))
            })
            .collect();
        assert_eq!(
            quoted,
            vec![(
                "Nous rouvrirons l'école.\nLes familles seront prévenues.",
                Some("Odile Carrec"),
                3
            )]
        );
        assert_eq!(d.passages.last().unwrap().text, "La séance a été levée.");
    }

    #[test]
    fn teasers_that_carry_a_sentence_are_kept_without_their_link() {
        let d = parse("Le direct\n\nPremier paragraphe.\n- Budget : la ministre promet « une hausse nulle ». Lire l’article\n- Pourquoi le tramway a pris du retard Lire l'article\n- Météo : un froid durable s'installe. Voir la vidéo\n");
        assert_eq!(
            texts(&d),
            vec![
                "Le direct",
                "Premier paragraphe.",
                "Budget : la ministre promet « une hausse nulle ».",
                "Météo : un froid durable s'installe."
            ]
        );
    }

    #[test]
    fn intertitle_joins_the_next_paragraph() {
        let d = parse("Titre\n\nCorps.\n\nUn intertitre\n\nSuite du texte.\n");
        assert_eq!(
            texts(&d),
            vec!["Titre", "Corps.", "Un intertitre\nSuite du texte."]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined() {
        let d = parse("Titre\n\nUne phrase coupée\nau milieu par un retour à la ligne.\n");
        assert_eq!(
            texts(&d)[1],
            "Une phrase coupée au milieu par un retour à la ligne."
        );
    }

    #[test]
    fn long_paragraphs_are_cut_at_sentences() {
        let sentence = "M. Dupont a parlé longuement de la situation au sommet. ";
        let long = sentence.repeat(40);
        let d = parse(&format!("Titre\n\n{long}\n"));
        assert!(d.passages.len() > 2);
        for p in &d.passages[1..] {
            assert!(
                p.text.chars().count() <= MAX_PASSAGE_CHARS,
                "{}",
                p.text.len()
            );
            assert!(p.text.starts_with("M. Dupont"), "{:?}", &p.text[..20]);
            assert!(p.text.ends_with("sommet."));
        }
    }

    #[test]
    fn a_long_paragraph_is_not_cut_inside_a_quotation() {
        // Sixteen sentences of 56 characters (896), then a quotation of two sentences whose
        // first ends about 950 and whose second runs past a passage's 1,000: the last sentence
        // boundary under the limit lies inside the quotation.
        let sentence = "M. Dupont a parlé longuement de la situation au sommet. ";
        let long = format!(
            "{}\"Le feu serait parti de la cuisine du rez-de-chaussée. Cela a vraiment été très \
             violent\", souligne Paul Verdier, le maire. {}",
            sentence.repeat(16),
            sentence.repeat(10)
        );
        let d = parse(&format!("Titre\n\n{long}\n"));
        let quotes: Vec<(&str, Option<&str>)> = d
            .passages
            .iter()
            .flat_map(|p| &p.quotes)
            .map(|q| (q.text.as_str(), q.speaker.as_deref()))
            .collect();
        assert_eq!(
            quotes,
            [(
                "Le feu serait parti de la cuisine du rez-de-chaussée. Cela a vraiment été très \
                 violent",
                Some("Paul Verdier")
            )]
        );
        for p in &d.passages {
            assert!(p.text.chars().count() <= MAX_PASSAGE_CHARS);
        }
    }

    #[test]
    fn language_is_detected() {
        assert_eq!(parse("Titre\n\nLa Russie rejette les troupes étrangères comme garantie de sécurité pour l'Ukraine et insiste sur le cadre des négociations.\n").lang, "fr");
        assert_eq!(parse("Title\n\nRussia rejects foreign troops as a security guarantee for Ukraine and insists on the framework of the negotiations.\n").lang, "en");
    }
}
