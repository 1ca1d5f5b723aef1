//! Bodies that speak as such, and the one label each gets: "le Kremlin" → "Kremlin", "la
//! diplomatie russe" → "ministère russe des Affaires étrangères", "Moscou" or "la Russie"
//! speaking as a state → "gouvernement russe", the French presidency's voice ("Paris",
//! "l'entourage du chef de l'État") → "Élysée", "le ministère borovien de la Défense" → itself
//! without its article, an acronym → the name the dispatch spelt out for it, and a body French
//! news calls by its acronym → that acronym ("ARS Normandie", "Cnil").
//!
//! What a dispatch teaches about its places, adjectives and acronyms is gathered before
//! attribution ([`Facts`]).

mod facts;

pub use facts::mark_words;

use std::collections::HashMap;

use super::lexicon::{self, Det};
use super::names::{self, Name};
use super::np::Np;
use super::tokens::{Sentence, Tok, LEX_CAPITAL, LEX_PRESS};
use crate::text::fold::{fold, fold_cow};

/// What a dispatch says of its places and bodies, read before attribution.
#[derive(Debug, Default)]
pub struct Facts {
    /// Folded capitalised words the dispatch uses as places ("à Zolgrad", "en Borovie").
    places: lexicon::HashSet<String>,
    /// Adjectives of nationality the dispatch uses, folded and as written, in the singular
    /// ("boroviennes" → "borovienne").
    adjectives: Vec<(String, String)>,
    /// Acronym → the name it stands for ("UTR" → "Union des transporteurs routiers").
    acronyms: HashMap<String, String>,
    /// Acronym → the acronym with the place the dispatch gives it ("CHU" → "CHU de Rouen").
    placed_acronyms: HashMap<String, String>,
    /// Titles of newspapers and works the dispatch names ("La Gazette des Monts").
    titles: Vec<String>,
    /// Bodies named in full with a capital ("l'Agence internationale de sûreté nucléaire", "le
    /// Groupe des pays vulnérables"), for the short reference that follows ("l'agence").
    named_bodies: Vec<String>,
    /// Folded capitalised words the dispatch writes right after a lower-case word that is no
    /// preposition, determiner or conjunction ("le ministre ostalien Ostrowicz", "a déclaré
    /// Tavrin"): written as people are, never a capital speaking.
    apposed: lexicon::HashSet<String>,
    /// The dateline's city, folded ("paris"), when the dispatch has one.
    dateline: Option<String>,
    /// The country the dateline gives its city in brackets ("VESSA (Orlénie), …"), as written.
    dateline_country: Option<String>,
    /// Folded one-word names of the companies the dispatch introduces ("la société Hydrant").
    companies: lexicon::HashSet<String>,
    /// The first company the dispatch introduces, as written, and whether it introduces
    /// another.
    first_company: Option<(String, bool)>,
    /// Acronyms the dispatch writes, alone or in parentheses after a name ("OSCE", "(Cnil)").
    written_acronyms: lexicon::HashSet<String>,
    /// The French départements the dispatch names, as their complement ("du Jura"), in order.
    departments: Vec<&'static str>,
    /// Capitalised words the dispatch writes after an article or "en" and "de" ("la Zolanie",
    /// "de Borovie"): the countries among them are found by their adjective.
    countries: Vec<String>,
    /// Courts the dispatch names with their seat ("cour d'appel de Lyon", "tribunal
    /// administratif de Lyon").
    courts: Vec<String>,
    /// Bodies whose summit the dispatch names ("le sommet de l'OTAN" → "OTAN"), in order.
    summits: Vec<String>,
    /// Armies the dispatch names by their country's adjective ("les forces armées
    /// polonaises", "l'armée zolanaise"), as labels ("armée polonaise").
    armies: Vec<String>,
    /// Bodies whose management the dispatch names by a proper noun ("la direction de
    /// Ferrovia", "la direction de la SNCF"), in order.
    managed: Vec<String>,
    /// Bodies the dispatch says are of a kind ("le syndicat Rail-Unité", "Rail-Unité, premier
    /// syndicat …"), folded → that kind.
    kinds: HashMap<String, Kind>,
    /// Ministries whose minister the dispatch names by portfolio ("le ministre de l'Éducation
    /// nationale" → "ministère de l'Éducation nationale").
    ministries: Vec<String>,
    /// The newspapers each sentence read names ([`press_at`] at each of its tokens: where the
    /// name opens, where it ends, its label), by the sentence's tokens (their address) and
    /// range: attribution takes them up again rather than looking for them a second time.
    press: rustc_hash::FxHashMap<(usize, usize, usize), Vec<PressName>>,
    /// The newspapers of the sentence being read.
    press_reading: Vec<PressName>,
}

/// Newspapers, magazines, channels and agencies French news quotes as the authors of their
/// words ("écrit Libé", "estime le Figaro"), by their names folded without their article, and
/// the label each speaks as. `true` marks a name that is also a common word or a person's
/// description ("Le Point", "Le Parisien", "La Croix"): it names the title only after its
/// capitalised article.
const PRESS: [(&str, &str, bool); 66] = [
    ("monde", "Le Monde", true),
    ("figaro", "Le Figaro", false),
    ("liberation", "Libération", false),
    ("libe", "Libération", false),
    ("opinion", "L'Opinion", true),
    ("humanite", "L'Humanité", true),
    ("huma", "L'Humanité", false),
    ("echos", "Les Échos", true),
    ("parisien", "Le Parisien", true),
    ("croix", "La Croix", true),
    ("point", "Le Point", true),
    ("express", "L'Express", true),
    ("obs", "L'Obs", true),
    ("nouvel obs", "L'Obs", false),
    ("nouvel observateur", "L'Obs", false),
    ("mediapart", "Mediapart", false),
    ("journal du dimanche", "Le Journal du dimanche", false),
    ("jdd", "Le Journal du dimanche", false),
    ("canard enchaine", "Le Canard enchaîné", false),
    ("marianne", "Marianne", true),
    ("ouest-france", "Ouest-France", false),
    ("voix du nord", "La Voix du Nord", false),
    ("depeche du midi", "La Dépêche du Midi", false),
    ("sud ouest", "Sud Ouest", false),
    ("sud-ouest", "Sud Ouest", false),
    ("progres", "Le Progrès", true),
    ("dauphine libere", "Le Dauphiné libéré", false),
    ("nice-matin", "Nice-Matin", false),
    ("provence", "La Provence", true),
    ("telegramme", "Le Télégramme", true),
    ("midi libre", "Midi libre", false),
    ("est republicain", "L'Est républicain", false),
    ("republicain lorrain", "Le Républicain lorrain", false),
    (
        "dernieres nouvelles d'alsace",
        "Les Dernières Nouvelles d'Alsace",
        false,
    ),
    ("paris match", "Paris Match", false),
    ("jeune afrique", "Jeune Afrique", false),
    ("kommersant", "Kommersant", false),
    ("izvestia", "Izvestia", false),
    ("new york times", "New York Times", false),
    ("washington post", "Washington Post", false),
    ("wall street journal", "Wall Street Journal", false),
    ("financial times", "Financial Times", false),
    ("guardian", "Guardian", true),
    ("economist", "Economist", true),
    ("politico", "Politico", false),
    ("axios", "Axios", false),
    ("bild", "Bild", false),
    ("spiegel", "Spiegel", true),
    ("suddeutsche zeitung", "Süddeutsche Zeitung", false),
    (
        "frankfurter allgemeine zeitung",
        "Frankfurter Allgemeine Zeitung",
        false,
    ),
    ("pais", "El País", true),
    ("el pais", "El País", false),
    ("corriere della sera", "Corriere della Sera", false),
    ("haaretz", "Haaretz", false),
    ("soir", "Le Soir", true),
    ("libre belgique", "La Libre Belgique", true),
    ("temps", "Le Temps", true),
    ("tribune de geneve", "La Tribune de Genève", true),
    ("devoir", "Le Devoir", true),
    ("equipe", "L'Équipe", true),
    ("tribune", "La Tribune", true),
    ("journal de montreal", "Le Journal de Montréal", true),
    ("franceinfo", "franceinfo", false),
    ("bfmtv", "BFMTV", false),
    ("cnews", "CNews", false),
    ("lci", "LCI", false),
];

/// The label of the newspaper or channel `name` names ("Libé", "Le Figaro", "L'Opinion"),
/// written with its capitalised article or not (`article`).
pub fn press_label(name: &str, article: bool) -> Option<&'static str> {
    let folded = fold(name).replace('’', "'");
    let (bare, with_article) = match ["le ", "la ", "les ", "l'"]
        .iter()
        .find_map(|a| folded.strip_prefix(a))
    {
        Some(rest) => (rest.to_owned(), true),
        None => (folded, article),
    };
    PRESS
        .iter()
        .find(|(f, _, needs_article)| *f == bare && (with_article || !needs_article))
        .map(|(_, label, _)| *label)
}

/// [`may_open_press`] of a capitalised word, read from its `LEX_` bits when `mark_words` set
/// them.
fn may_open(t: &Tok) -> bool {
    if t.lex & LEX_CAPITAL != 0 {
        t.lex & LEX_PRESS != 0
    } else {
        may_open_press(&t.lower)
    }
}

/// Whether a capitalised word (lower-cased) can open a name of [`PRESS`], or its article:
/// most capitalised words cannot, and need no longer look.
pub fn may_open_press(lower: &str) -> bool {
    static FIRST: std::sync::OnceLock<lexicon::WordSet<&'static str>> = std::sync::OnceLock::new();
    let first = FIRST.get_or_init(|| {
        PRESS
            .iter()
            .map(|(f, _, _)| f.split([' ', '-']).next().unwrap_or(f))
            .chain(["le", "la", "les", "l'"])
            .collect()
    });
    // An ASCII word folds to itself lower-cased: nothing to fold or allocate.
    if lower.is_ascii() {
        let owned;
        let folded = if lower.bytes().any(|b| b.is_ascii_uppercase()) {
            owned = lower.to_ascii_lowercase();
            owned.as_str()
        } else {
            lower
        };
        let word = folded.split([' ', '-']).next().unwrap_or_default();
        return first.contains(word) || first.contains(folded);
    }
    let folded = fold(lower).replace('’', "'");
    let word = folded.split([' ', '-']).next().unwrap_or_default();
    first.contains(word) || first.contains(folded.as_str())
}

/// "selon franceinfo": a title its brand writes in lower case is a title all the same.
fn brands() -> &'static lexicon::WordSet<&'static str> {
    static BRANDS: std::sync::OnceLock<lexicon::WordSet<&'static str>> = std::sync::OnceLock::new();
    BRANDS.get_or_init(|| {
        PRESS
            .iter()
            .filter(|(_, l, _)| l.starts_with(char::is_lowercase))
            .map(|(f, _, _)| *f)
            .collect()
    })
}

/// The newspaper whose name opens at token `k` (a capitalised word, perhaps after its article),
/// within `range`: where its name ends, and its label.
pub fn press_at(
    block: &str,
    toks: &[Tok],
    k: usize,
    range: &std::ops::Range<usize>,
) -> Option<(usize, &'static str)> {
    if !toks[k].cap && toks[k].is_word() && brands().contains(toks[k].lower.as_str()) {
        return press_label(&toks[k].lower, false).map(|l| (k + 1, l));
    }
    if !toks[k].is_capitalised() || !may_open(&toks[k]) {
        return None;
    }
    // An article opens a title only before a word that may open one ("Le Monde", not "Le
    // gouvernement"): most sentences start with an article.
    if matches!(toks[k].lower.as_str(), "le" | "la" | "les" | "l'")
        && !toks
            .get(k + 1)
            .is_some_and(|n| k + 1 < range.end && n.is_capitalised() && may_open(n))
    {
        return None;
    }
    let article =
        k > range.start && matches!(toks[k - 1].lower.as_str(), "le" | "la" | "les" | "l'");
    (k + 1..=(k + 4).min(range.end))
        .rev()
        .find_map(|e| press_label(&names::surface(block, toks, k, e), article).map(|l| (e, l)))
}

/// A newspaper's name in a sentence: the token it opens at, the one after it, its label.
pub type PressName = (usize, usize, &'static str);

/// Every newspaper `range` names: [`press_at`] at each of its tokens, where it finds one.
pub fn press_in(block: &str, toks: &[Tok], range: &std::ops::Range<usize>) -> Vec<PressName> {
    range
        .clone()
        .filter_map(|k| press_at(block, toks, k, range).map(|(e, label)| (k, e, label)))
        .collect()
}

impl Facts {
    /// The newspapers a sentence names, as [`press_in`] gives them, when the sentence was read.
    pub fn press_read(&self, toks: &[Tok], range: &std::ops::Range<usize>) -> Option<&[PressName]> {
        self.press
            .get(&(toks.as_ptr() as usize, range.start, range.end))
            .map(Vec::as_slice)
    }
}

/// Whether `label` is a newspaper's or a channel's, as [`press_label`] gives them.
pub fn is_press(label: &str) -> bool {
    PRESS.iter().any(|(_, l, _)| *l == label)
}

fn fixed(folded: &str) -> Option<&'static str> {
    if folded.contains('’') {
        return fixed(&folded.replace('’', "'"));
    }
    lexicon::FIXED_BODIES
        .iter()
        .find(|(f, _)| *f == folded)
        .or_else(|| {
            // "La France insoumise": a name with its own capitalised article.
            let bare = ["la ", "le ", "les "]
                .iter()
                .find_map(|a| folded.strip_prefix(a))?;
            lexicon::FIXED_BODIES.iter().find(|(f, _)| *f == bare)
        })
        .map(|(_, l)| *l)
}

/// The fixed label of a body named by a proper noun alone ("Bercy", "Matignon"), if it has one.
pub fn fixed_label(name: &str) -> Option<&'static str> {
    fixed(&fold(name))
}

/// Where a body French news calls by its acronym sits, as its label says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seat {
    /// A national or international body: its acronym alone.
    None,
    /// A regional office: its acronym and its region ("ARS Normandie").
    Region,
    /// A departmental office: its acronym and its département's complement ("DDT de la
    /// Creuse").
    Department,
}

/// Bodies French news calls by their acronym, by the words of their full name (folded): "la
/// Commission nationale de l'informatique et des libertés" speaks as "Cnil". A regional office
/// keeps its region ("l'Agence régionale de santé de Normandie" → "ARS Normandie"), a
/// departmental one its département as French writes it ("la direction départementale des
/// territoires de la Creuse" → "DDT de la Creuse"); another body keeps nothing but "de l'ONU"
/// after its name.
const USUAL_ACRONYMS: [(&str, &str, Seat); 45] = [
    ("agence regionale de sante", "ARS", Seat::Region),
    (
        "direction departementale des territoires et de la mer",
        "DDTM",
        Seat::Department,
    ),
    (
        "direction departementale des territoires",
        "DDT",
        Seat::Department,
    ),
    (
        "direction departementale de la protection des populations",
        "DDPP",
        Seat::Department,
    ),
    (
        "caisse primaire d'assurance maladie",
        "CPAM",
        Seat::Department,
    ),
    (
        "direction regionale de l'environnement, de l'amenagement et du logement",
        "Dreal",
        Seat::Region,
    ),
    (
        "direction regionale de l'economie, de l'emploi, du travail et des solidarites",
        "Dreets",
        Seat::Region,
    ),
    (
        "organisation pour la securite et la cooperation en europe",
        "OSCE",
        Seat::None,
    ),
    (
        "commission nationale de l'informatique et des libertes",
        "Cnil",
        Seat::None,
    ),
    (
        "agence nationale de la securite des systemes d'information",
        "Anssi",
        Seat::None,
    ),
    (
        "bureau de la coordination des affaires humanitaires",
        "OCHA",
        Seat::None,
    ),
    (
        "haut-commissariat des nations unies pour les refugies",
        "HCR",
        Seat::None,
    ),
    ("haut-commissariat aux refugies", "HCR", Seat::None),
    ("organisation mondiale de la sante", "OMS", Seat::None),
    (
        "communaute economique des etats de l'afrique de l'ouest",
        "CEDEAO",
        Seat::None,
    ),
    ("fonds monetaire international", "FMI", Seat::None),
    ("banque centrale europeenne", "BCE", Seat::None),
    (
        "agence internationale de l'energie atomique",
        "AIEA",
        Seat::None,
    ),
    ("agence internationale de l'energie", "AIE", Seat::None),
    ("programme alimentaire mondial", "PAM", Seat::None),
    (
        "fonds des nations unies pour l'enfance",
        "Unicef",
        Seat::None,
    ),
    ("comite international de la croix-rouge", "CICR", Seat::None),
    ("organisation mondiale du commerce", "OMC", Seat::None),
    (
        "organisation de cooperation et de developpement economiques",
        "OCDE",
        Seat::None,
    ),
    (
        "institut national de la statistique et des etudes economiques",
        "Insee",
        Seat::None,
    ),
    ("haute autorite de sante", "HAS", Seat::None),
    ("autorite de surete nucleaire", "ASN", Seat::None),
    (
        "institut de radioprotection et de surete nucleaire",
        "IRSN",
        Seat::None,
    ),
    (
        "agence nationale de securite du medicament",
        "ANSM",
        Seat::None,
    ),
    (
        "office francais de protection des refugies et apatrides",
        "Ofpra",
        Seat::None,
    ),
    ("office francais de la biodiversite", "OFB", Seat::None),
    ("office national des forets", "ONF", Seat::None),
    (
        "agence de l'environnement et de la maitrise de l'energie",
        "Ademe",
        Seat::None,
    ),
    (
        "centre national de la recherche scientifique",
        "CNRS",
        Seat::None,
    ),
    (
        "direction generale de la securite interieure",
        "DGSI",
        Seat::None,
    ),
    (
        "direction generale de la securite exterieure",
        "DGSE",
        Seat::None,
    ),
    ("parquet national financier", "PNF", Seat::None),
    ("parquet national antiterroriste", "Pnat", Seat::None),
    ("cour europeenne des droits de l'homme", "CEDH", Seat::None),
    ("cour penale internationale", "CPI", Seat::None),
    ("cour internationale de justice", "CIJ", Seat::None),
    (
        "organisation internationale pour les migrations",
        "OIM",
        Seat::None,
    ),
    ("confederation generale du travail", "CGT", Seat::None),
    ("association des maires de france", "AMF", Seat::None),
    (
        "groupe de soutien a l'islam et aux musulmans",
        "JNIM",
        Seat::None,
    ),
];

/// The acronym French news calls a body by, when its label is the body's full name (see
/// [`USUAL_ACRONYMS`]): a regional office's always, another body's when the dispatch writes the
/// acronym too ("la Commission nationale de l'informatique et des libertés (Cnil)").
pub fn usual_acronym(label: &str, facts: &Facts) -> Option<String> {
    // Only a label with several words can be a full name.
    if !label.contains(' ') {
        return None;
    }
    // "le Haut-Commissariat des Nations unies aux droits de l'homme" is known by its short
    // name, as the refugee agency is by "HCR".
    if fold(label).replace('’', "'") == "haut-commissariat des nations unies aux droits de l'homme"
    {
        return Some(label.replacen(" des Nations unies", "", 1));
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    let first = fold(words[0]);
    // The longest full name first: "direction départementale des territoires et de la mer"
    // before "direction départementale des territoires".
    let (n, acronym, seat) = USUAL_ACRONYMS
        .iter()
        .filter_map(|(full, acronym, seat)| {
            let n = full.split(' ').count();
            (full.split(' ').next() == Some(first.as_str())
                && words.len() >= n
                && fold(&words[..n].join(" ")).replace('’', "'") == *full)
                .then_some((n, acronym, seat))
        })
        .max_by_key(|(n, _, _)| *n)?;
    if *seat == Seat::None && !facts.written_acronyms.contains(*acronym) {
        return None;
    }
    let rest = words[n..].join(" ");
    let rest = rest.as_str();
    // A departmental office is named in lower case; another body's full name has a capital,
    // but a regional office's may be written in lower case before its capitalised region
    // ("l'agence régionale de santé Nouvelle-Aquitaine", "l'agence régionale de santé (ARS) de
    // Bretagne").
    let region = ["de la ", "de l'", "de l’", "du ", "de ", "d'", "d’"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    let regional = *seat == Seat::Region && region.starts_with(char::is_uppercase);
    if *seat != Seat::Department && !regional && !label.starts_with(char::is_uppercase) {
        return None;
    }
    if rest.is_empty() {
        return Some((*acronym).to_owned());
    }
    if *seat == Seat::Department && rest.starts_with(['d', 'D']) {
        return Some(format!("{acronym} {rest}"));
    }
    if *seat == Seat::Region {
        let place = ["de la ", "de l'", "de l’", "du ", "des ", "de ", "d'", "d’"]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
            .unwrap_or(rest);
        return Some(format!("{acronym} {place}"));
    }
    matches!(
        fold(rest).as_str(),
        "de l'onu" | "de l’onu" | "des nations unies"
    )
    .then(|| (*acronym).to_owned())
}

/// A bare acronym of a body with regional or departmental offices ("ARS", "DDT") as the one
/// office the dispatch names ("l'Agence régionale de santé (ARS) Bretagne" → "ARS Bretagne");
/// "SNCF" and "SNCF Réseau" are two companies, so other acronyms are left as they are.
pub fn office_of(acronym: &str, facts: &Facts) -> Option<String> {
    let offices = USUAL_ACRONYMS
        .iter()
        .any(|(_, a, seat)| *a == acronym && *seat != Seat::None);
    let placed = facts.acronym_label(acronym);
    (offices && placed != acronym).then_some(placed)
}

/// French départements with their article, for a departmental body the dispatch names without
/// its territory.
const DEPARTMENTS: &str = "l'Ain l'Aisne l'Allier les Alpes-de-Haute-Provence les Hautes-Alpes \
    les Alpes-Maritimes l'Ardèche les Ardennes l'Ariège l'Aube l'Aude l'Aveyron \
    les Bouches-du-Rhône le Calvados le Cantal la Charente la Charente-Maritime le Cher \
    la Corrèze la Corse-du-Sud la Haute-Corse les Côtes-d'Armor la Creuse la Dordogne le Doubs \
    la Drôme l'Eure l'Eure-et-Loir le Finistère le Gard la Haute-Garonne le Gers la Gironde \
    l'Hérault l'Ille-et-Vilaine l'Indre l'Indre-et-Loire l'Isère le Jura les Landes \
    le Loir-et-Cher la Loire la Haute-Loire la Loire-Atlantique le Loiret le Lot \
    le Lot-et-Garonne la Lozère le Maine-et-Loire la Manche la Marne la Haute-Marne la Mayenne \
    la Meurthe-et-Moselle la Meuse le Morbihan la Moselle la Nièvre le Nord l'Oise l'Orne \
    le Pas-de-Calais le Puy-de-Dôme les Pyrénées-Atlantiques les Hautes-Pyrénées \
    les Pyrénées-Orientales le Bas-Rhin le Haut-Rhin le Rhône la Haute-Saône la Saône-et-Loire \
    la Sarthe la Savoie la Haute-Savoie la Seine-Maritime la Seine-et-Marne les Yvelines \
    les Deux-Sèvres la Somme le Tarn le Tarn-et-Garonne le Var le Vaucluse la Vendée la Vienne \
    la Haute-Vienne les Vosges l'Yonne l'Essonne les Hauts-de-Seine la Seine-Saint-Denis \
    le Val-de-Marne le Val-d'Oise la Guadeloupe la Martinique la Guyane";

/// A département's complement ("du Jura", "de la Loire-Atlantique") by its folded name.
fn department(folded: &str) -> Option<&'static str> {
    // Asked of every capitalised word: Fx hashing, as the lexicon's sets.
    static D: std::sync::OnceLock<lexicon::HashMap<String, String>> = std::sync::OnceLock::new();
    D.get_or_init(|| {
        let mut out = lexicon::HashMap::default();
        let mut article = None;
        for w in DEPARTMENTS.split_whitespace() {
            if matches!(w, "le" | "la" | "les") {
                article = Some(w);
                continue;
            }
            let complement = match (article.take(), w.strip_prefix("l'")) {
                (_, Some(name)) => (name, format!("de l'{name}")),
                (Some("le"), None) => (w, format!("du {w}")),
                (Some("la"), None) => (w, format!("de la {w}")),
                (_, None) => (w, format!("des {w}")),
            };
            out.insert(fold(complement.0), complement.1);
        }
        out
    })
    .get(folded)
    .map(String::as_str)
}

/// "le conseil départemental", "l'assemblée départementale", "le conseil départemental de
/// l'ordre des médecins": a departmental body named without its territory is the one of the
/// département the dispatch names (the only one it names).
fn with_territory(label: String, d: &impl Known) -> String {
    let folded = fold(&label);
    let body = if folded == "assemblee departementale" {
        "conseil départemental".to_owned()
    } else if folded.starts_with("conseil departemental") {
        label.clone()
    } else {
        return label;
    };
    if label.chars().any(char::is_uppercase) {
        return label;
    }
    match d.facts().departments.as_slice() {
        [one, rest @ ..] if rest.iter().all(|r| r == one) => format!("{body} {one}"),
        _ => label,
    }
}

/// Endings of adjectives of nationality, folded.
const ADJECTIVE_ENDINGS: [&str; 12] = [
    "ien", "ienne", "ais", "aise", "ois", "oise", "ain", "aine", "ene", "an", "ane", "ique",
];

/// Whether a lower-cased word, folded, ends with one of [`ADJECTIVE_ENDINGS`].
fn has_adjective_ending(w: &str) -> bool {
    // Every ending ends in "en", "ne", "is", "se", "in", "an" or "ue": a word whose last two
    // letters are ASCII (each folding to itself, lower-cased) and none of these has none,
    // which most words show at once.
    match w.as_bytes() {
        [] => return false,
        [.., a, b] if a.is_ascii() && b.is_ascii() => {
            let pair = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
            if !matches!(&pair, b"en" | b"ne" | b"is" | b"se" | b"in" | b"an" | b"ue") {
                return false;
            }
        }
        [b] if b.is_ascii() => return false,
        _ => {}
    }
    // The longest ending has five letters: the last six characters decide.
    let start = w.char_indices().rev().nth(5).map_or(0, |(i, _)| i);
    let tail = &w[start..];
    let ends = |f: &str| ADJECTIVE_ENDINGS.iter().any(|e| f.ends_with(e));
    if tail.is_ascii() {
        ends(tail)
    } else {
        ends(&crate::text::fold::fold_small(tail))
    }
}

/// "borovien" → "borovienne", "zolanais" → "zolanaise", "ruthène" → itself.
fn feminine(a: &str) -> String {
    let m = masculine(a);
    if m.ends_with('e') {
        return m;
    }
    if m.ends_with("ien") || m.ends_with("en") {
        return format!("{m}ne");
    }
    format!("{m}e")
}

fn masculine(a: &str) -> String {
    for (f, m) in [
        ("ienne", "ien"),
        ("aise", "ais"),
        ("oise", "ois"),
        ("aine", "ain"),
        ("ane", "an"),
    ] {
        if let Some(stem) = a.strip_suffix(f) {
            return format!("{stem}{m}");
        }
    }
    a.to_owned()
}

/// What labelling a body needs from the dispatch read so far (the discourse of
/// `speakers`): its facts, the people it names, the last title and body it mentioned.
pub trait Known {
    fn facts(&self) -> &Facts;
    /// A name the dispatch or the people list knows as a person's.
    fn is_person(&self, name: &str) -> bool;
    /// The newspaper or title mentioned last.
    fn recent_title(&self) -> Option<String>;
    /// The body mentioned last, of this kind when `head` is given.
    fn recent_body(&self, head: Option<&str>) -> Option<String>;
    /// The organisation that acted last: a body, or a name nothing presents as a person's
    /// ("Enedis fait état de …"), as the subject of this sentence or the one before.
    fn recent_organisation(&self) -> Option<String>;
    /// The body of the kind `noun` names ("syndicat", "mouvement") that acted last, in this
    /// sentence or the few before (see [`of_kind`]).
    fn recent_of_kind(&self, noun: &str) -> Option<String>;
    /// The body that is the last subject or speaker of this sentence, or else of the one
    /// before; `None` when that is a person.
    fn last_subject_body(&self) -> Option<String>;
    /// The presidency of the head of state who is the last subject or speaker of this
    /// sentence, or else of the one before ("Le président de Ruthénie … son bureau" →
    /// "présidence ruthène").
    fn last_subject_presidency(&self) -> Option<String>;
    /// The seat of the office the gazetteer's person `name` holds at the dispatch's date, for
    /// the two French offices known by theirs: "Matignon", "Élysée".
    fn seat_of(&self, name: &str) -> Option<&'static str>;
    /// The union the person `name` heads or belongs to, as their known roles name it ("la
    /// numéro un de la CFDT" → "CFDT").
    fn union_of_person(&self, _name: &str) -> Option<String> {
        None
    }
}

/// The presidency a head of state's role qualifiers (folded) give: "ruthenie" or "ruthene" →
/// "présidence ruthène", France's → "Élysée"; none for a president of anything else ("du
/// Parlement", "de la région").
pub fn presidency_of(qualifiers: &[String], d: &impl Known) -> Option<String> {
    let [q] = qualifiers else {
        return None;
    };
    if matches!(q.as_str(), "francais" | "france" | "republique") {
        return Some("Élysée".to_owned());
    }
    let adjective = lexicon::place_adjective(q)
        .map(str::to_owned)
        .or_else(|| d.facts().adjective_for(q))?;
    Some(format!("présidence {}", feminine(&adjective)))
}

/// Whether a name is a place speaking as a state: a country or capital of the lexicon, or a
/// word the dispatch uses as a place, that no one presents as a person.
pub fn is_place(name: &Name, d: &impl Known) -> bool {
    if name.cued {
        return false;
    }
    let folded = fold(&name.text).replace(' ', "-");
    if fixed(&folded).is_some() {
        return false;
    }
    lexicon::place_adjective(&folded).is_some()
        || matches!(folded.as_str(), "paris" | "france")
        || (!name.text.contains(' ') && d.facts().is_place(&folded) && !d.is_person(&name.text))
}

/// The label of a place speaking as a state: "Élysée" for Paris and France, else "gouvernement"
/// and the place's adjective.
pub fn place_label(d: &impl Known, place: &str) -> Option<String> {
    let folded = fold(place).replace(' ', "-");
    if matches!(folded.as_str(), "paris" | "france") {
        return Some("Élysée".to_owned());
    }
    // "Bruxelles a présenté un paquet de sanctions": the European Commission, not Belgium.
    if folded == "bruxelles" {
        return Some("Commission européenne".to_owned());
    }
    let adjective = lexicon::place_adjective(&folded)
        .map(str::to_owned)
        .or_else(|| d.facts().adjective_for(&folded))?;
    Some(format!("gouvernement {adjective}"))
}

/// The body a document's complement names: "gouvernement ruthène", "l'OTAN", "Borovie"
/// speaking as a state.
pub fn complement_label(d: &impl Known, text: &str) -> Option<String> {
    let folded = fold(text);
    // "sur le site de la mairie", "la page officielle de la ville": the city hall's.
    if matches!(folded.as_str(), "mairie" | "ville" | "municipalite") {
        return city_hall(None, d);
    }
    // "le bulletin de l'établissement", "un communiqué de l'entreprise": the organisation
    // just named.
    if !folded.contains(' ') && is_stand_in(&text.to_lowercase(), std::slice::from_ref(&folded)) {
        return d.recent_organisation();
    }
    if let Some(l) = fixed(&folded) {
        return Some(l.to_owned());
    }
    // "selon le bulletin de la préfecture": the prefecture the dispatch named.
    if !folded.contains(' ') && lexicon::is_body_noun(&text.to_lowercase()) {
        let head = text.to_lowercase();
        return named_or_recent(d, &head);
    }
    let first = folded.split_whitespace().next()?;
    let written = text.split_whitespace().next()?.to_lowercase();
    // "un communiqué de la diplomatie russe": its ministry, as when it speaks itself.
    if let [_, adjective] = text.split_whitespace().collect::<Vec<_>>()[..] {
        if first == "diplomatie" {
            if let Some(label) = ministry_of_diplomacy(adjective) {
                return Some(label);
            }
        }
    }
    if (lexicon::is_body_noun(first) || lexicon::is_body_noun(&written)) && folded.contains(' ') {
        return Some(with_nationality(text.to_owned(), None, d));
    }
    if let Some(expansion) = d.facts().acronyms.get(text) {
        return Some(expansion.clone());
    }
    // "l'ARS Bretagne", "la CGT Construction": an acronym and the capitalised words it heads.
    let mut words = text.split(' ');
    let acronym = words.next().is_some_and(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().all(|c| c.is_uppercase() || c == '-')
    });
    if acronym && text.contains(' ') && words.all(|w| w.starts_with(char::is_uppercase)) {
        return Some(text.to_owned());
    }
    if !text.contains(' ') && text.starts_with(char::is_uppercase) {
        if text.chars().all(|c| c.is_uppercase()) {
            return Some(text.to_owned());
        }
        return place_label(d, text);
    }
    None
}

/// Nouns of what a newspaper publishes: "un article du Courrier", "l'éditorial de La Croix".
fn is_piece(w: &str) -> bool {
    // Asked of every word a body's facts are read at: a set, not a walk through the list.
    static SET: std::sync::OnceLock<lexicon::WordSet<&'static str>> = std::sync::OnceLock::new();
    lexicon::is_document(w)
        || SET
            .get_or_init(|| PIECES.split_whitespace().collect())
            .contains(w)
}

/// Pieces of a newspaper besides [`lexicon::DOCUMENTS`].
const PIECES: &str = "article éditorial enquête reportage chronique tribune colonnes";

/// The title a piece's complement names, from "du"/"de" at `de`: "du Courrier" → "Le
/// Courrier", "de La Gazette des Monts" → itself.
fn title_after(block: &str, toks: &[Tok], de: usize, end: usize) -> Option<String> {
    let t = toks.get(de).filter(|_| de + 1 < end)?;
    if t.is("du") && toks[de + 1].is_capitalised() && !toks[de + 1].acronym {
        let mut e = de + 1;
        while e < end && e < de + 4 && toks[e].is_capitalised() && !toks[e].acronym {
            e += 1;
        }
        let name = names::surface(block, toks, de + 1, e);
        if fixed(&fold(&name)).is_some() || lexicon::place_adjective(&fold(&name)).is_some() {
            return None;
        }
        return Some(format!("Le {name}"));
    }
    if t.is("de") {
        let e = names::title_at(toks, de + 1, end)?;
        return Some(names::surface(block, toks, de + 1, e));
    }
    None
}

/// The newspaper whose piece stands right before token `at` ("un article du Courrier selon
/// lequel"), if any.
pub fn writer_before(d: &impl Known, s: Sentence, at: usize) -> Option<String> {
    let toks = s.toks;
    let from = at.saturating_sub(8).max(s.range.start);
    let piece = (from..at)
        .rev()
        .find(|&k| toks[k].is_word() && !toks[k].cap && is_piece(&toks[k].lower))?;
    let _ = d;
    title_after(s.block, toks, piece + 1, at)
}

/// Who a definite plural phrase designates when it speaks: a group French news names as one
/// (its label), or a people ("les Ukrainiens", "les Européens"), whom no label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Labelled(&'static str),
    People,
}

/// Groups named in the plural that speak as one body, by their folded words: "les talibans",
/// "les rebelles houthis", "les Gardiens de la révolution", and "les Vingt-Sept", the member
/// states of the Union deciding together.
const GROUPS: [(&str, &str); 8] = [
    ("talibans", "talibans"),
    ("houthis", "Houthis"),
    ("houthistes", "Houthis"),
    ("chebab", "chebab"),
    ("shebab", "chebab"),
    ("gardiens de la revolution", "Gardiens de la révolution"),
    ("pasdaran", "Gardiens de la révolution"),
    ("vingt-sept", "UE"),
];

/// The group a definite plural phrase names ("les talibans", "les rebelles houthis", "les
/// Vingt-Sept"), or a people it names by their nationality alone ("les Ukrainiens").
pub fn group(s: Sentence, np: &Np) -> Option<Group> {
    if np.det != Some(Det::Definite) || !np.plural || np.coordinated || np.pronoun.is_some() {
        return None;
    }
    let toks = s.toks;
    let (start, end) = (np.head_start, np.end.min(s.range.end));
    let words: Vec<String> = toks[start..end]
        .iter()
        .take_while(|t| t.is_word())
        .map(|t| fold(&t.lower))
        .collect();
    // The head, or the adjective right after a head that says what the group is ("les
    // rebelles houthis", "les miliciens talibans").
    let at = |i: usize| {
        let rest = words.get(i..)?;
        GROUPS.iter().find_map(|(key, label)| {
            let n = key.split(' ').count();
            (rest.len() >= n && key.split(' ').zip(rest).all(|(k, w)| k == w)).then_some(*label)
        })
    };
    let fighters = words.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "rebelles" | "insurges" | "miliciens" | "combattants" | "militants"
        )
    });
    if let Some(label) = at(0).or_else(|| at(1).filter(|_| fighters)) {
        return Some(Group::Labelled(label));
    }
    // "Les Ukrainiens ont dénoncé …": a nation is no body.
    let demonym = |t: &Tok| {
        t.is_capitalised()
            && t.lower
                .strip_suffix('s')
                .map(fold)
                .is_some_and(|w| lexicon::is_adjective_of_nationality(&w) || w.ends_with("een"))
    };
    (end == start + 1 && demonym(&toks[start])).then_some(Group::People)
}

/// The label of a body a noun phrase names, if it names one.
pub fn label(s: Sentence, np: &Np, d: &impl Known) -> Option<String> {
    if np.pronoun.is_some() {
        return None;
    }
    if let Some(body) = np.body.as_deref().filter(|b| !b.is_empty()) {
        // "l'ONG Human Rights Watch": the organisation's name without the noun of its kind,
        // as "l'ONG Vigimer, qui …" already gives it.
        return body_label(s, np, body, d).map(|l| match l.strip_prefix("ONG ") {
            Some(name) if name.starts_with(char::is_uppercase) => name.to_owned(),
            _ => l,
        });
    }
    if np.det == Some(Det::Indefinite) {
        return None;
    }
    let words: Vec<String> = np.words.iter().map(|w| fold(w)).collect();
    // "écrivent les magistrats financiers", "selon les auteurs du rapport": the members who
    // write a body's report speak for the body that was just the subject.
    if np.plural && np.det == Some(Det::Definite) {
        let report = |w: &String| matches!(w.as_str(), "rapport" | "etude" | "avis" | "note");
        match words.first().map(String::as_str) {
            // Only a body that rules, audits or reports has them: "les rapporteurs" of the
            // Senate after a police force named above are no one's.
            Some("magistrats" | "rapporteurs" | "sages") => {
                return d.recent_body(None).filter(|b| {
                    let first = fold(b.split(' ').next().unwrap_or_default());
                    matches!(
                        first.as_str(),
                        "cour"
                            | "conseil"
                            | "chambre"
                            | "tribunal"
                            | "commission"
                            | "haut"
                            | "autorite"
                            | "inspection"
                            | "defenseur"
                            | "comite"
                            | "parquet"
                    )
                })
            }
            Some("auteurs") if words[1..].iter().any(report) => return d.recent_body(None),
            // "les forces armées ukrainiennes", "les forces ostaliennes": the country's army.
            Some("forces") => {
                let adjective = match &words[1..] {
                    [a] | [_, a] if words.len() == 2 || words[1] == "armees" => Some(a),
                    _ => None,
                };
                if let Some(a) = adjective
                    .map(|a| a.trim_end_matches('s'))
                    .filter(|a| lexicon::is_adjective_of_nationality(a))
                {
                    let whole = surface_label(s, np);
                    let written = whole
                        .split(' ')
                        .find(|w| fold(w).trim_end_matches('s') == a)?;
                    return Some(format!("armée {}", feminine(written.trim_end_matches('s'))));
                }
            }
            // "les pompiers landais", "les sapeurs-pompiers du Var": the fire service the
            // dispatch names by its acronym ("(Sdis 40)").
            Some("pompiers" | "sapeurs-pompiers") => {
                let fire = ["Sdis", "SDIS"]
                    .iter()
                    .find_map(|a| d.facts().placed_acronyms.get(*a).cloned());
                if fire.is_some() {
                    return fire;
                }
            }
            _ => {}
        }
    }
    // "Les ministres de la Défense de l'OTAN ont promis …": the members of a body named by
    // its fixed name, meeting, speak as it.
    if np.plural && np.det == Some(Det::Definite) && np.name.is_none() {
        if let Some(body) = members_body(s.toks, np.head_start, s.range.end) {
            return Some(body.to_owned());
        }
    }
    // "Dans la déclaration finale, les alliés réaffirment …": those who sign a summit's
    // closing text speak as the body whose summit the dispatch names.
    if np.plural
        && np.det == Some(Det::Definite)
        && matches!(
            words.as_slice(),
            [w] if matches!(w.as_str(), "allies" | "membres" | "dirigeants" | "participants" | "signataires")
        )
        && final_text_before(s, np.head_start)
    {
        if let Some(body) = d.facts().only_summit() {
            return Some(body);
        }
    }
    // "le juge des référés", who rules for his court: the one court the dispatch names.
    if np.det == Some(Det::Definite)
        && words.first().is_some_and(|w| w == "juge")
        && words[1..] == ["des", "referes"]
    {
        return d.facts().only_court().map(str::to_owned);
    }
    // "écrit le premier quotidien tavelien", "le grand hebdomadaire": a newspaper's noun after
    // an adjective that ranks it (which the phrase may read as the role "premier") takes up
    // the title named, as the bare noun does.
    let ranked_medium = matches!(
        words.first().map(String::as_str),
        Some("premier" | "premiere" | "grand" | "principal" | "seul" | "vieux" | "doyen")
    ) && words
        .get(1)
        .is_some_and(|w| lexicon::is_medium(w) && w != "agence");
    if ranked_medium
        && words.len() <= 4
        && np.name.is_none()
        && np.det == Some(Det::Definite)
        && !np.plural
    {
        return match d.facts().titles.as_slice() {
            [one] => Some(one.clone()),
            _ => d.recent_title(),
        };
    }
    let thing = np.thing.as_deref()?;
    // "le groupe insoumis", "le groupe socialiste": a parliamentary group named by its
    // members' adjective speaks as their party.
    if let ("groupe", false, [_, adjective]) = (thing, np.plural, words.as_slice()) {
        if let Some(party) = party_of_members(adjective) {
            return Some(party.to_owned());
        }
    }
    // "le ministère public": the prosecution, the parquet the dispatch names ("Le parquet
    // général a requis … le ministère public a décrit un «système»").
    if let ("ministère", false, [_, public]) = (thing, np.plural, words.as_slice()) {
        if public == "public" {
            if let Some(parquet) = named_or_recent(d, "parquet") {
                return Some(parquet);
            }
        }
    }
    match thing {
        // "la diplomatie russe" → its ministry.
        "diplomatie" => diplomacy_label(s, np, &words),
        // The French presidency's voice.
        "entourage" | "conseillers" | "camp" | "présidence" | "presidence" => {
            presidency_label(s, np, thing, &words, d)
        }
        // "la chambre sociale", "la chambre de l'instruction": a division of the court named
        // before speaks for it.
        "chambre"
            if words.get(1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "sociale"
                        | "criminelle"
                        | "civile"
                        | "commerciale"
                        | "correctionnelle"
                        | "administrative"
                )
            }) || words.iter().any(|w| w == "instruction") =>
        {
            d.recent_body(Some("cour"))
                .or_else(|| d.recent_body(Some("tribunal")))
                .or_else(|| d.facts().only_court().map(str::to_owned))
        }
        // "le palais présidentiel (borovien)": the presidency.
        "palais" if words.get(1).is_some_and(|w| w.starts_with("presidentiel")) => {
            match words
                .get(2)
                .filter(|w| lexicon::is_adjective_of_nationality(w))
            {
                Some(a) if a == "francais" => Some("Élysée".to_owned()),
                Some(_) => {
                    let whole = surface_label(s, np);
                    let written = whole.split(' ').nth(2)?;
                    Some(format!("présidence {}", feminine(written)))
                }
                None => d.recent_body(Some("présidence")).or_else(|| {
                    (d.facts().dateline_adjective().as_deref() == Some("français"))
                        .then(|| "Élysée".to_owned())
                }),
            }
        }
        // A bare "le quotidien", "le journal": the one title the dispatch names, else the
        // last one named.
        // "le quotidien libéral", "le journal de gauche", "le quotidien du soir"; "conclut
        // l'éditorial": the paper's own voice.
        _ if (lexicon::is_medium(thing) || thing == "éditorial")
            && thing != "agence"
            && words.len() <= 4
            && np.name.is_none()
            && np.det == Some(Det::Definite)
            && !np.plural =>
        {
            match d.facts().titles.as_slice() {
                [one] => Some(one.clone()),
                _ => d.recent_title(),
            }
        }
        // "l'exécutif ostalien": the government.
        "exécutif" | "executif" if words.len() == 2 => {
            let whole = surface_label(s, np);
            let adjective = whole.split(' ').nth(1)?;
            lexicon::is_adjective_of_nationality(&words[1])
                .then(|| format!("gouvernement {}", masculine(adjective)))
        }
        // "la direction du CHU", "les services de la préfecture": the body itself.
        "direction" | "services" if words.len() > 2 => direction_label(s, np, d),
        // "le bureau de l'AMF", "le bureau exécutif de la CGT": a body's board speaks for it,
        // when its complement is the body's acronym.
        "bureau"
            if np.det == Some(Det::Definite)
                && !np.plural
                && matches!(
                    words.get(1).map(String::as_str),
                    Some("de" | "du" | "d'" | "des")
                ) =>
        {
            let label = direction_label(s, np, d).filter(|l| {
                l.split([' ', '-'])
                    .next()
                    .is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_uppercase()))
            })?;
            // As the body speaks by its acronym: the name the dispatch spelt out for it.
            Some(d.facts().acronyms.get(&label).cloned().unwrap_or(label))
        }
        // "le secrétariat général de l'UPA", "le secrétariat de la CEDAO": an organisation's
        // secretariat speaks for it, when its complement is the organisation's acronym.
        "secrétariat" | "secretariat"
            if np.det == Some(Det::Definite)
                && !np.plural
                && (3..=5).contains(&words.len())
                && secretariat_of(s, np).is_some() =>
        {
            secretariat_of(s, np).map(|a| d.facts().acronym_label(&a))
        }
        // "le gouvernement de Kiev", "les autorités de Moscou": the state's government.
        "gouvernement" | "autorités" | "autorites"
            if words.len() == 3 && matches!(words[1].as_str(), "de" | "d'") =>
        {
            let whole = surface_label(s, np);
            let place = whole.rsplit([' ', '\'', '’']).next()?;
            place_label(d, place)
        }
        // "les autorités zolanaises": the state, as "Zolgrad" or "la Zolanie" speaking.
        "autorités" | "autorites" if words.len() == 2 => {
            let whole = surface_label(s, np);
            let adjective = whole.split(' ').nth(1)?;
            lexicon::is_adjective_of_nationality(words[1].trim_end_matches('s')).then(|| {
                format!(
                    "gouvernement {}",
                    masculine(adjective.trim_end_matches('s'))
                )
            })
        }
        // "selon son service de presse", "ses services", "son cabinet": a body's own staff
        // speak for it, when the body is who acted last (a person's "son bureau" is not
        // that of a body named further back).
        "service" | "services" | "bureau" | "cabinet"
            if np.det == Some(Det::Possessive)
                && (words.len() == 1 || words[1..] == ["de", "presse"]) =>
        {
            d.last_subject_body()
                .or_else(|| d.last_subject_presidency())
        }
        // "l'entreprise", "le gestionnaire du réseau", "la collectivité": a noun that stands
        // in for the organisation just named.
        // "le collectif Rivière propre" is a collective's name, not a stand-in for one.
        _ if is_stand_in(thing, &words)
            && np.det == Some(Det::Definite)
            && !np.plural
            && (thing != "collectif"
                || !surface_label(s, np)
                    .split(' ')
                    .skip(1)
                    .any(|w| w.starts_with(char::is_uppercase))) =>
        {
            // "le groupe armé", "le mouvement islamiste": the last movement named, before
            // whatever organisation acted since.
            let of_kind = words.len() > 1 && words[1..].iter().all(|w| kind_adjective(thing, w));
            of_kind
                .then(|| d.recent_of_kind(thing))
                .flatten()
                .or_else(|| taken_up(thing, d))
        }
        // "la centrale de Marylise Vidal", "le syndicat de Lina Morvan": the union its leader
        // is known to head.
        "centrale" | "syndicat" | "confédération"
            if np.det == Some(Det::Definite)
                && !np.plural
                && words.len() >= 3
                && matches!(words[1].as_str(), "de" | "d'")
                && led_by(s, np).is_some_and(|n| d.union_of_person(&n).is_some()) =>
        {
            d.union_of_person(&led_by(s, np)?)
        }
        // "la centrale", "la centrale syndicale" after "la CGT": the last union named (a bare
        // "la centrale" with no union named may be a power plant).
        "centrale"
            if (words.len() == 1 || words.len() == 2 && words[1] == "syndicale")
                && np.det == Some(Det::Definite)
                && !np.plural =>
        {
            d.recent_of_kind("syndicat")
        }
        // "le commandement" after "l'armée zolanaise": that army's command.
        "commandement" if words.len() == 1 && np.det == Some(Det::Definite) && !np.plural => {
            d.facts().only_army().map(str::to_owned)
        }
        // "la ville", "la municipalité": the city hall.
        "ville" | "municipalité" if words.len() == 1 && np.det == Some(Det::Definite) => {
            city_hall(None, d)
        }
        // "les douanes ostaliennes": a body named in the plural.
        _ if lexicon::is_body_noun(thing) && (!np.plural || thing == "douanes") => {
            // "écrit la mutuelle à ses adhérents": whom it writes to is no part of its name.
            let own = words
                .iter()
                .take_while(|w| !matches!(w.as_str(), "a" | "au" | "aux"))
                .count();
            // "la haute juridiction", "la juridiction": the court the dispatch named.
            if thing == "juridiction"
                && np.det == Some(Det::Definite)
                && !np.proper_complement
                && own == words.len()
            {
                return d
                    .recent_body(None)
                    .filter(|b| {
                        matches!(
                            b.split(' ').next().map(fold).as_deref(),
                            Some("cour" | "tribunal" | "conseil")
                        )
                    })
                    .or_else(|| d.facts().only_court().map(str::to_owned));
            }
            // "la compagnie aérienne", "le constructeur automobile", "le groupe français": a
            // company's noun with adjectives takes up the company the dispatch named.
            let trade = own > 1
                && lexicon::is_company_noun(thing)
                && np.det == Some(Det::Definite)
                && !np.proper_complement
                && words[1..own].iter().all(|w| {
                    !lexicon::is_preposition(w)
                        && lexicon::determiner(w).is_none()
                        && !w.ends_with("iste")
                        && w != "parlementaire"
                });
            if trade {
                if let Some(company) = taken_up(thing, d) {
                    return Some(company);
                }
            }
            // "le mouvement islamiste", "le groupe jihadiste", "la confédération syndicale": a
            // noun of a kind of body with its adjectives takes up the last body of that kind
            // the dispatch named ("le Hamas", "la CFDT").
            let of_kind = own > 1
                && np.det == Some(Det::Definite)
                && !np.proper_complement
                && words[1..own].iter().all(|w| kind_adjective(thing, w));
            if of_kind {
                if let Some(body) = d.recent_of_kind(thing) {
                    return Some(body);
                }
            }
            // "Mer Ouverte mobilise. L'association humanitaire appelle …": an association's
            // noun and its adjectives in lower case say what it is, not which one ("l'association
            // SOS homophobie" names it); the organisation that just acted.
            let described = own > 1
                && matches!(thing, "association" | "ong" | "collectif")
                && np.det == Some(Det::Definite)
                && !np.proper_complement
                && s.toks[np.head_start..np.end.min(s.range.end)]
                    .iter()
                    .all(|t| !t.cap && !t.acronym)
                && words[1..own].iter().all(|w| {
                    !lexicon::is_preposition(w)
                        && lexicon::determiner(w).is_none()
                        && !matches!(w.as_str(), "et" | "ou" | "qui" | "que")
                });
            if described {
                if let Some(o) = d.recent_organisation() {
                    return Some(o);
                }
            }
            // "Le syndicat continue aussi de réclamer …": an adverb says the phrase ran on into
            // the verb; the noun is the body, alone.
            let runs_on = words[1..own].iter().any(|w| {
                matches!(
                    w.as_str(),
                    "aussi"
                        | "encore"
                        | "toujours"
                        | "deja"
                        | "egalement"
                        | "pourtant"
                        | "ne"
                        | "n'"
                        | "pas"
                        | "donc"
                        | "alors"
                        | "desormais"
                        | "meme"
                )
            });
            if own > 1 && !runs_on {
                // "le département d'Etat": a body's fixed name in lower case, or without its
                // accent, keeps its one label.
                let whole = surface_label(s, np);
                if let Some(l) = fixed(&fold(&whole)) {
                    return Some(l.to_owned());
                }
                let label = with_nationality(whole, side_adjective(s, d), d);
                return Some(staff_of_country(
                    diplomatic_seat(with_territory(label, d), d),
                    d,
                ));
            }
            // A bare "l'agence", "le groupe": the one body of that kind the dispatch named;
            // else, for an organisation's generic noun, the body that spoke or acted last
            // ("La CGT Construction a appelé … «…», interroge le syndicat").
            if np.det != Some(Det::Definite) {
                return None;
            }
            // "le gouvernement" in a dispatch from a capital: that country's government.
            if thing == "gouvernement" {
                return d
                    .facts()
                    .dateline_adjective()
                    .map(|a| format!("gouvernement {a}"));
            }
            // "l'intersyndicale" of a dispatch about one company: that company's.
            if thing == "intersyndicale" {
                return named_or_recent(d, thing).or_else(|| {
                    let company = d.facts().only_company()?;
                    let elided = fold(company).starts_with(['a', 'e', 'i', 'o', 'u', 'h', 'y']);
                    Some(if elided {
                        format!("intersyndicale d'{company}")
                    } else {
                        format!("intersyndicale de {company}")
                    })
                });
            }
            // A bare "la direction" is a company's management, not a "Direction régionale …"
            // the dispatch names elsewhere: the company's, when the dispatch introduces one.
            if thing == "direction" {
                return d
                    .recent_body(Some(thing))
                    // "La direction de Ferrovia assure … La direction, de son côté, affirme":
                    // the one body whose management the dispatch names.
                    .or_else(|| d.facts().only_managed())
                    .or_else(|| d.facts().only_company().map(str::to_owned));
            }
            if thing == "mairie" || thing == "municipalité" {
                return city_hall(None, d);
            }
            // "l'état-major" after "les forces armées polonaises": that army's command.
            if thing == "état-major" {
                return named_or_recent(d, thing)
                    .or_else(|| d.facts().only_army().map(str::to_owned));
            }
            // "l'hôpital" after "le centre hospitalier de Guéret" or "le CHU de Rouen".
            if thing == "hôpital" {
                if let Some(h) = d.facts().named_body(thing).map(str::to_owned).or_else(|| {
                    d.recent_body(None).filter(|b| {
                        let f = fold(b);
                        f.starts_with("centre hospitalier")
                            || f.starts_with("chu")
                            || f.starts_with("chru")
                            || f.starts_with("hopital")
                    })
                }) {
                    return Some(h);
                }
            }
            // "le ministère" after "le ministère de la Défense de Borovie": that ministry as
            // labelled with its country's adjective.
            if thing == "ministère" {
                let named = d.facts().named_body(thing).map(str::to_owned);
                if let Some(portfolio) = named.as_deref().and_then(|n| n.strip_prefix("ministère "))
                {
                    if let Some(r) = d.recent_body(Some(thing)).filter(|r| {
                        r.strip_prefix("ministère ")
                            .and_then(|r| r.strip_suffix(portfolio))
                            .and_then(|a| a.strip_suffix(' '))
                            .is_some_and(|a| {
                                !a.contains(' ') && lexicon::is_adjective_of_nationality(&fold(a))
                            })
                    }) {
                        return Some(r);
                    }
                }
            }
            named_or_recent(d, thing)
                // "écrit le syndicat", "la confédération dénonce": the last union named.
                .or_else(|| d.recent_of_kind(thing))
                .or_else(|| {
                    is_generic_organisation(thing)
                        .then(|| d.recent_body(None))
                        .flatten()
                })
                // "Le ministère précise …" after "le ministre délégué à l'Industrie": the one
                // ministry the dispatch names a minister of.
                .or_else(|| {
                    (thing == "ministère")
                        .then(|| d.facts().ministry().map(str::to_owned))
                        .flatten()
                })
                // "a ajouté le parquet", "selon la préfecture" when the dispatch names neither
                // its city nor its department: the body still speaks, under its noun.
                .or_else(|| {
                    (words.len() == 1 && matches!(thing, "parquet" | "préfecture" | "gendarmerie"))
                        .then(|| thing.to_owned())
                })
        }
        _ => None,
    }
}

/// The members of a body, folded: "les ministres de la Défense de l'OTAN".
fn is_members_noun(folded: &str) -> bool {
    matches!(
        folded,
        "ministres" | "dirigeants" | "chefs" | "membres" | "pays" | "representants"
    )
}

/// "les ministres de la Défense de l'OTAN", "les dirigeants du G7", at the plural role noun
/// `k`: the body a complement within a few words names by its fixed name, whose members these
/// are; they meet and speak as it.
pub fn members_body(toks: &[Tok], k: usize, end: usize) -> Option<&'static str> {
    if !toks[k].is_word() || toks[k].cap || !is_members_noun(&fold_cow(&toks[k].lower)) {
        return None;
    }
    let of = |t: &Tok| matches!(t.lower.as_str(), "de" | "du" | "des" | "d'" | "d’");
    let article = |t: &Tok| matches!(t.lower.as_str(), "la" | "le" | "l'" | "l’");
    // The role's complements: words up to a verb, a punctuation mark or a quotation.
    let stop = (k + 1..end.min(k + 10))
        .find(|&i| {
            let t = &toks[i];
            !t.is_word()
                || t.quote().is_some()
                || lexicon::is_auxiliary(super::verbs::split_clitic(&t.lower).0)
                || lexicon::speech_verb(&t.lower).is_some()
        })
        .unwrap_or(end.min(k + 10));
    (k + 1..stop).filter(|&i| of(&toks[i])).find_map(|i| {
        let mut from = i + 1;
        if from < stop && article(&toks[from]) {
            from += 1;
        }
        let cap = (from..stop)
            .take_while(|&j| toks[j].is_capitalised() || toks[j].acronym)
            .last()?;
        let name: Vec<&str> = toks[from..=cap].iter().map(|t| t.lower.as_str()).collect();
        fixed(&fold(&name.join(" ")))
    })
}

/// Whether a document's words (folded or not) are a meeting's closing text: "déclaration
/// finale", "communiqué final", "résolution finale", "texte final".
pub fn is_final_text(words: &[String]) -> bool {
    matches!(words, [t, f] if is_final_pair(t, f))
}

/// The capitalised name after "de" in "la centrale de Marylise Vidal".
fn led_by(s: Sentence, np: &Np) -> Option<String> {
    let whole = surface_label(s, np);
    let (_, name) = whole
        .split_once(" de ")
        .or_else(|| whole.split_once(" d'"))?;
    name.starts_with(char::is_uppercase)
        .then(|| name.to_owned())
}

fn is_final_pair(text: &str, final_: &str) -> bool {
    matches!(final_, "final" | "finale")
        && matches!(
            fold(text).as_str(),
            "declaration" | "communique" | "resolution" | "texte"
        )
}

/// Whether the sentence names a meeting's closing text before token `at` ("Dans la
/// déclaration finale, …").
fn final_text_before(s: Sentence, at: usize) -> bool {
    let toks = &s.toks[s.range.start..at.min(s.range.end)];
    toks.windows(2)
        .any(|w| w[0].is_word() && w[1].is_word() && is_final_pair(&w[0].lower, &w[1].lower))
}

/// Kinds of bodies a noun of their kind takes up once they are named: "le syndicat" a union,
/// "le mouvement islamiste" an armed or political movement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Union,
    Movement,
}

/// The kind of body a lower-case noun names: "syndicat", "fédération", "confédération" a
/// union; "mouvement", "groupe" (when the dispatch names a movement) a movement.
pub fn noun_kind(noun: &str) -> Option<Kind> {
    KIND_NOUNS.iter().find(|(n, _)| *n == noun).map(|(_, k)| *k)
}

/// The nouns of a kind of body.
const KIND_NOUNS: [(&str, Kind); 7] = [
    ("syndicat", Kind::Union),
    ("fédération", Kind::Union),
    ("federation", Kind::Union),
    ("confédération", Kind::Union),
    ("confederation", Kind::Union),
    ("mouvement", Kind::Movement),
    ("groupe", Kind::Movement),
];

/// Adjectives a noun of a kind of body takes without naming another body ("le mouvement
/// islamiste", "le groupe armé", "la confédération syndicale", "le syndicat majoritaire").
fn kind_adjective(noun: &str, w: &str) -> bool {
    match noun_kind(noun) {
        // "le mouvement palestinien"; "le groupe américain" is a company.
        Some(Kind::Movement) => {
            noun == "mouvement" && lexicon::is_adjective_of_nationality(w)
                || matches!(
                    w,
                    "islamiste"
                        | "jihadiste"
                        | "djihadiste"
                        | "arme"
                        | "rebelle"
                        | "terroriste"
                        | "radical"
                        | "chiite"
                        | "sunnite"
                        | "paramilitaire"
                        | "insurge"
                        | "separatiste"
                        | "independantiste"
                )
        }
        Some(Kind::Union) => matches!(
            w,
            "syndicale"
                | "syndical"
                | "majoritaire"
                | "reformiste"
                | "contestataire"
                | "enseignant"
                | "enseignante"
                | "cheminot"
                | "cheminote"
                | "agricole"
                | "policier"
                | "etudiant"
                | "etudiante"
        ),
        None => false,
    }
}

/// Unions French news names by their short name, folded: the first part of the name decides
/// ("CGT-Cheminots", "SUD-Rail", "FO Transports").
const UNIONS: [&str; 16] = [
    "cgt",
    "cfdt",
    "fo",
    "cftc",
    "cfe-cgc",
    "unsa",
    "sud",
    "solidaires",
    "fsu",
    "snes",
    "snuipp",
    "fnsea",
    "unef",
    "force ouvriere",
    "confederation paysanne",
    "coordination rurale",
];

/// The union a person's role names ("secrétaire générale de la CGT" → "CGT"), as the dispatch
/// writes its acronym.
pub fn union_in_role(role: &crate::model::roles::Role, facts: &Facts) -> Option<String> {
    role.qualifiers
        .iter()
        .find_map(|q| {
            facts
                .written_acronyms
                .iter()
                .find(|a| fold(a) == *q)
                .filter(|a| UNIONS.contains(&q.as_str()) || spelt_out_union(a, facts))
                .cloned()
        })
        // "délégué de l'Union syndicale des verriers (USV)": the role spells out the union whose
        // acronym the dispatch gives; it speaks by that acronym.
        .or_else(|| {
            if role.qualifiers.is_empty() {
                return None;
            }
            facts
                .written_acronyms
                .iter()
                .filter(|a| spelt_out_union(a, facts))
                .find(|a| {
                    let full = fold(facts.acronym_expansion(a).unwrap_or_default());
                    let words: Vec<&str> = full.split([' ', '-', '\'']).collect();
                    role.qualifiers
                        .iter()
                        .all(|q| words.iter().any(|w| w.starts_with(q.as_str())))
                })
                .cloned()
        })
}

/// "l'Union syndicale des verriers (USV)", "la Fédération des cheminots (FDC)": an acronym the
/// dispatch spelt out as a union's name, by its head noun or the word "syndical(e)".
fn spelt_out_union(acronym: &str, facts: &Facts) -> bool {
    facts.acronym_expansion(acronym).is_some_and(|full| {
        let folded = fold(full);
        let mut words = folded.split([' ', '-', '\'']);
        words
            .next()
            .is_some_and(|h| matches!(h, "syndicat" | "confederation" | "federation"))
            || words.any(|w| matches!(w, "syndical" | "syndicale" | "syndicaliste"))
    })
}

/// Armed and political movements French news names by their name alone, folded.
const MOVEMENTS: [&str; 22] = [
    "hamas",
    "hezbollah",
    "houthis",
    "houthistes",
    "jnim",
    "daech",
    "ei",
    "etat islamique",
    "al-qaida",
    "aqmi",
    "shebab",
    "chebab",
    "boko haram",
    "m23",
    "pkk",
    "hts",
    "talibans",
    "farc",
    "eln",
    "polisario",
    "fatah",
    "jihad islamique",
];

/// Whether the body labelled `name` is of the kind the noun `noun` names: the dispatch says
/// so ("le syndicat Rail-Unité", "Rail-Unité, premier syndicat …"), its name's head noun does
/// ("Syndicat unitaire …", "Groupe de soutien …" for "le groupe"), or it is a union or a
/// movement French news knows by its name alone.
pub fn of_kind(noun: &str, name: &str, facts: &Facts) -> bool {
    let Some(kind) = noun_kind(noun) else {
        return false;
    };
    let folded = fold(name).replace('’', "'");
    let folded = ["le ", "la ", "les ", "l'"]
        .iter()
        .find_map(|a| folded.strip_prefix(a))
        .unwrap_or(&folded);
    if facts.kinds.get(folded) == Some(&kind) {
        return true;
    }
    let head = folded.split(' ').next().unwrap_or_default();
    match kind {
        Kind::Union => {
            let first = folded.split([' ', '-']).next().unwrap_or_default();
            matches!(head, "syndicat" | "confederation" | "federation")
                || spelt_out_union(name, facts)
                || UNIONS.contains(&first)
                || UNIONS.contains(&head)
                || UNIONS.contains(&folded)
        }
        Kind::Movement => {
            head == fold(noun)
                || matches!(head, "mouvement" | "front" | "milice" | "brigades")
                || MOVEMENTS.contains(&folded)
        }
    }
}

/// A phrase that only stands in for an organisation the dispatch has just named: a generic
/// noun alone ("l'entreprise", "le groupe", "l'établissement", "la collectivité"), or one of
/// what it runs ("le gestionnaire du réseau", "l'exploitant de la centrale").
fn is_stand_in(thing: &str, words: &[String]) -> bool {
    let generic = matches!(
        thing,
        "entreprise"
            | "société"
            | "compagnie"
            | "groupe"
            | "établissement"
            | "collectivité"
            | "industriel"
            | "mouvement"
            | "organisation"
            | "organisme"
            | "formation"
            | "parti"
            // "le collectif", "le collectif indépendantiste": a collective once named.
            | "collectif"
            // "l'enseigne", "la plateforme", "le club", "l'armateur": what a company or a club
            // is called once named.
            | "enseigne"
            | "plateforme"
            | "club"
            | "armateur"
            | "transporteur"
            | "régulateur"
    );
    let runs = matches!(
        thing,
        "gestionnaire" | "exploitant" | "opérateur" | "fournisseur" | "distributeur"
    );
    // Nothing but its noun, or for what it runs, a complement with no proper noun.
    let alone = words.len() == 1;
    // "le mouvement islamiste", "le groupe pétrolier", "l'organisation humanitaire": adjectives
    // say what it is, not which one; the dispatch named it before.
    let described = (2..=3).contains(&words.len())
        && words[1..].iter().all(|w| {
            !lexicon::is_preposition(w)
                && lexicon::determiner(w).is_none()
                && !matches!(w.as_str(), "et" | "ou" | "qui" | "que")
        });
    let complement = words.len() <= 4
        && matches!(
            words.get(1).map(String::as_str),
            Some("du" | "de" | "des" | "d'")
        );
    // "la section locale", "la section syndicale": a union's local branch speaks for it.
    let branch = thing == "section"
        && words[1..]
            .iter()
            .all(|w| matches!(w.as_str(), "locale" | "syndicale" | "departementale"));
    (generic && (alone || described)) || (runs && (alone || complement)) || branch
}

/// A diplomatic body is labelled by the state it is accredited to: "l'ambassade de Borovie à
/// Paris" → "ambassade de Borovie en France", "la délégation de l'Union européenne à Zolgrad" →
/// "… en Zolanie" (the country whose adjective the dispatch gives its capital); "la mission
/// permanente … auprès de l'ONU à Genève" keeps what it is accredited to, not its city.
fn diplomatic_seat(label: String, d: &impl Known) -> String {
    let head = label.split(' ').next().unwrap_or_default();
    if !matches!(
        fold(head).as_str(),
        "ambassade" | "delegation" | "mission" | "consulat" | "representation"
    ) {
        return label;
    }
    let Some((before, city)) = label.rsplit_once(" à ") else {
        return label;
    };
    if !city.starts_with(char::is_uppercase) || city.contains(' ') {
        return label;
    }
    if before.contains(" auprès ") {
        return before.to_owned();
    }
    let folded = fold(city).replace(' ', "-");
    let country = if folded == "paris" {
        Some("France".to_owned())
    } else {
        lexicon::country_of_capital(&folded).or_else(|| d.facts().country_of_capital(city))
    };
    match country {
        Some(country) => format!("{before} {} {country}", country_preposition(&country)),
        None => label,
    }
}

/// An army's staff is labelled with its country's adjective, as French news names it: "l'état-
/// major général de Ruthénie", "l'état-major des armées de la Borovie" → "état-major ruthène",
/// "état-major borovien".
fn staff_of_country(label: String, d: &impl Known) -> String {
    let Some(rest) = label
        .strip_prefix("état-major ")
        .or_else(|| label.strip_prefix("etat-major "))
    else {
        return label;
    };
    let rest = rest.strip_prefix("général ").unwrap_or(rest);
    let rest = rest.strip_prefix("des armées ").unwrap_or(rest);
    let country = ["de la ", "de l'", "de l’", "du ", "des ", "de ", "d'", "d’"]
        .iter()
        .find_map(|p| rest.strip_prefix(p));
    let Some(country) = country.filter(|c| c.starts_with(char::is_uppercase) && !c.contains(' '))
    else {
        return label;
    };
    let folded = fold(country).replace(' ', "-");
    let adjective = lexicon::place_adjective(&folded)
        .map(str::to_owned)
        .or_else(|| d.facts().adjective_for(&folded));
    match adjective {
        Some(a) => format!("état-major {}", masculine(&a)),
        None => label,
    }
}

/// "en France", "en Iran", "au Sorgal", "aux États-Unis".
fn country_preposition(country: &str) -> &'static str {
    let folded = fold(country);
    if folded.ends_with('s') {
        return "aux";
    }
    let vowel = folded.starts_with(['a', 'e', 'i', 'o', 'u']);
    let masculine_in_e = matches!(
        folded.as_str(),
        "mexique" | "cambodge" | "mozambique" | "zimbabwe" | "belize"
    );
    if vowel || (folded.ends_with('e') && !masculine_in_e) {
        "en"
    } else {
        "au"
    }
}

/// Nouns any organisation may be called by, once named.
fn is_generic_organisation(w: &str) -> bool {
    matches!(
        w,
        "syndicat"
            | "agence"
            | "association"
            | "organisation"
            | "ong"
            | "fédération"
            | "collectif"
            | "groupe"
            | "entreprise"
            | "société"
            | "compagnie"
            | "institution"
            | "institut"
            | "autorité"
            | "instance"
            | "organisme"
            | "office"
            | "mutuelle"
            | "industriel"
            | "fabricant"
            | "exploitant"
            | "laboratoire"
    )
}

/// The label of a phrase that names its body ("le Kremlin", "l'OTAN", "la Ostalie", "le
/// Parlement européen").
fn body_label(s: Sentence, np: &Np, body: &str, d: &impl Known) -> Option<String> {
    let folded = fold(body);
    // "la Ville de Mimizan", "la Ville": the city speaks through its city hall ("La Ville de
    // Lodève" opening a sentence reads as a title).
    if folded == "ville" {
        let whole = surface_label(s, np);
        let rest = whole.strip_prefix(body).map(str::trim_start);
        return city_hall(rest.filter(|r| !r.is_empty()), d);
    }
    // ("La Ville à vélo", an association's name, is not a city hall.)
    if let Some(rest) = body
        .strip_prefix("La Ville ")
        .filter(|r| ["de ", "d'", "d’"].iter().any(|p| r.starts_with(p)))
    {
        return city_hall(Some(rest), d);
    }
    // "a déclaré la Région": the region the dispatch named ("la région Bretagne").
    if folded == "region" {
        return named_or_recent(d, "région");
    }
    // "le Kremlin russe": a fixed label needs no adjective of nationality.
    // Not the name a body noun before it gives its own ("le syndicat Alliance").
    let named_by_noun = np.thing.as_deref().is_some_and(lexicon::is_body_noun);
    if let Some(l) = fixed(&folded).filter(|_| !named_by_noun) {
        let whole = surface_label(s, np);
        let rest = whole.strip_prefix(body).unwrap_or_default();
        if rest
            .split_whitespace()
            .all(|w| lexicon::is_adjective_of_nationality(fold(w).trim_end_matches('s')))
        {
            return Some(l.to_owned());
        }
    }
    // "L'État-Major Ostalien", "le Gouvernement Ostalien": translated copy capitalises a
    // state body's noun and its nationality, which its usual label writes in lower case.
    if let Some((head, adjective)) = body.split_once(' ') {
        let (head, adjective) = (head.to_lowercase(), adjective.to_lowercase());
        if matches!(
            head.as_str(),
            "état-major" | "etat-major" | "gouvernement" | "armée" | "présidence" | "ambassade"
        ) && !adjective.contains(' ')
            && lexicon::is_adjective_of_nationality(&fold(&adjective))
        {
            return Some(format!("{head} {adjective}"));
        }
    }
    // "l'Alliance européenne de l'acier", "le Parlement européen": a body noun with its
    // adjectives and complements.
    let first = folded.split(' ').next().unwrap_or_default();
    if lexicon::is_body_noun(&folded) || lexicon::is_body_noun(first) {
        let whole = surface_label(s, np);
        if fold(&whole) != folded {
            return Some(whole);
        }
    }
    if let Some(l) = fixed(&folded).filter(|_| !named_by_noun) {
        return Some(l.to_owned());
    }
    if let Some(expansion) = d.facts().acronyms.get(body) {
        return Some(expansion.clone());
    }
    // "affirme l'ONG": a generic noun written in capitals takes up the organisation named.
    if folded == "ong" {
        return d
            .facts()
            .named_body("ong")
            .map(str::to_owned)
            .or_else(|| d.recent_organisation());
    }
    if body.chars().all(|c| c.is_uppercase() || c == '-')
        || d.facts().placed_acronyms.contains_key(body)
    {
        return Some(d.facts().acronym_label(body));
    }
    if lexicon::place_adjective(&folded.replace(' ', "-")).is_some() {
        return place_label(d, body);
    }
    // "la Ostalie a dénoncé": a country with its article, whose adjective the dispatch uses,
    // speaks as a state.
    if np.det == Some(Det::Definite) && !body.contains(' ') && !body.chars().all(char::is_uppercase)
    {
        if let Some(label) = place_label(d, body) {
            return Some(label);
        }
    }
    Some(body.to_owned())
}

/// The city hall a city speaks through: "de Mimizan" → "mairie de Mimizan"; a bare "la Ville",
/// "la mairie", "la municipalité": the city hall the dispatch names, else its dateline's.
fn city_hall(complement: Option<&str>, d: &impl Known) -> Option<String> {
    if let Some(c) = complement {
        let placed = (c.starts_with("de ") || c.starts_with("d'") || c.starts_with("d’"))
            && c.split(' ')
                .nth(1)
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            || c.starts_with("d'") && c[2..].starts_with(char::is_uppercase)
            || c.starts_with("d’") && c["d’".len()..].starts_with(char::is_uppercase);
        return placed.then(|| format!("mairie {c}"));
    }
    if let Some(named) = named_or_recent(d, "mairie") {
        return Some(named);
    }
    let city = d.facts().dateline_city()?;
    let elided = fold(&city).starts_with(['a', 'e', 'i', 'o', 'u', 'h', 'y']);
    Some(if elided {
        format!("mairie d'{city}")
    } else {
        format!("mairie de {city}")
    })
}

/// A noun that takes up an organisation the dispatch named ("l'entreprise", "le groupe",
/// "l'établissement"): the body of that kind it named, else the organisation that acted
/// last, else the one company it introduces.
fn taken_up(thing: &str, d: &impl Known) -> Option<String> {
    named_or_recent(d, thing)
        // "le mouvement" after "le Hamas": the last movement named ("le groupe" is as often a
        // company's).
        .or_else(|| {
            (thing == "mouvement")
                .then(|| d.recent_of_kind(thing))
                .flatten()
        })
        .or_else(|| {
            // A company's noun takes up no public body ("la préfecture de …").
            d.recent_organisation().filter(|o| {
                !lexicon::is_company_noun(thing)
                    || !o.starts_with(char::is_lowercase)
                    || o.split(' ').next().is_some_and(lexicon::is_company_noun)
            })
        })
        .or_else(|| {
            lexicon::is_company_noun(thing)
                .then(|| d.facts().only_company().map(str::to_owned))
                .flatten()
        })
}

/// The party whose members a folded adjective names: "insoumis" → "La France insoumise".
fn party_of_members(adjective: &str) -> Option<&'static str> {
    Some(match adjective {
        "insoumis" | "insoumise" => "La France insoumise",
        "socialiste" => "Parti socialiste",
        "communiste" => "Parti communiste français",
        _ => return None,
    })
}

/// The folded words after `w` in a phrase's words, if `w` is one of them.
fn after<'w>(words: &'w [String], w: &str) -> Option<&'w [String]> {
    words.iter().position(|x| x == w).map(|i| &words[i + 1..])
}

/// "la diplomatie russe" → "ministère russe des Affaires étrangères".
fn diplomacy_label(s: Sentence, np: &Np, words: &[String]) -> Option<String> {
    let adjective = after(words, "diplomatie")?.first()?.clone();
    // The adjective as written, accents kept ("karvénienne" → "karvénien").
    let whole = surface_label(s, np);
    let written = whole
        .split(' ')
        .find(|w| fold(w) == adjective)
        .unwrap_or(&adjective);
    ministry_of_diplomacy(written)
}

/// The ministry a country's diplomacy is, by the adjective of nationality as written:
/// "russe" → "ministère russe des Affaires étrangères".
fn ministry_of_diplomacy(written: &str) -> Option<String> {
    let adjective = fold(written);
    if !lexicon::is_adjective_of_nationality(&adjective) {
        return None;
    }
    if adjective == "francaise" || adjective == "francais" {
        return Some("ministère français des Affaires étrangères".to_owned());
    }
    Some(format!(
        "ministère {} des Affaires étrangères",
        masculine(written)
    ))
}

/// "l'entourage du président", "la présidence française", "les conseillers d'Emmanuel
/// Macron": the Élysée when the presidency is France's.
fn presidency_label(
    s: Sentence,
    np: &Np,
    thing: &str,
    words: &[String],
    d: &impl Known,
) -> Option<String> {
    let rest = after(words, &fold(thing))?;
    // "L'Élysée annonce … «…», indique la présidence": a bare "la présidence" is the one that
    // acted last, under its label.
    if rest.is_empty() && fold(thing) == "presidence" {
        if let Some(body) = d
            .recent_body(None)
            .filter(|b| b == "Élysée" || b.starts_with("présidence "))
        {
            return Some(body);
        }
    }
    // "l'entourage du Premier ministre", "les conseillers du Premier ministre": Matignon; so
    // is "l'entourage du chef du gouvernement", the same office's other name.
    if matches!(rest, [_, p, m] if p.as_str() == "premier" && m.as_str() == "ministre")
        || rest.get(1..).is_some_and(is_head_of_government)
    {
        return Some("Matignon".to_owned());
    }
    // "l'entourage de Sébastien Lecornu": the seat of the office its person holds.
    if let [de, name @ ..] = rest {
        if matches!(de.as_str(), "de" | "d'") && !name.is_empty() && name.len() <= 3 {
            let whole = surface_label(s, np);
            let written = [" de ", " d'", " d’"]
                .iter()
                .find_map(|p| whole.split_once(p).map(|(_, n)| n))
                .unwrap_or_default();
            if let Some(seat) = d.seat_of(written) {
                return Some(seat.to_owned());
            }
        }
    }
    let french = rest.iter().any(|w| {
        matches!(
            w.as_str(),
            "francaise" | "francais" | "macron" | "elysee" | "republique"
        )
    }) || (rest.iter().any(|w| w == "etat" || w == "president")
        && !rest.iter().any(|w| lexicon::is_adjective_of_nationality(w)));
    if french {
        return Some("Élysée".to_owned());
    }
    // "le camp de X" is his side, no body of its own.
    (thing != "entourage" && thing != "conseillers" && thing != "camp")
        .then(|| surface_label(s, np))
}

/// "chef du gouvernement", "cheffe du gouvernement" (folded words), with no country's
/// adjective after it: the Premier ministre's other name.
fn is_head_of_government(words: &[String]) -> bool {
    matches!(words, [c, du, g] if matches!(c.as_str(), "chef" | "cheffe")
        && du.as_str() == "du"
        && g.as_str() == "gouvernement")
}

/// The body of kind `head` the dispatch names ("le parquet de Lyon" for "parquet"), else the
/// last one of that kind that acted.
fn named_or_recent(d: &impl Known, head: &str) -> Option<String> {
    d.facts()
        .named_body(head)
        .map(str::to_owned)
        .or_else(|| d.recent_body(Some(head)))
}

/// "la direction du CHU", "les services de la préfecture": the body itself.
/// The acronym of the organisation whose secretariat `np` is ("le secrétariat général de
/// l'UPA" → "UPA"), if its complement is one.
fn secretariat_of(s: Sentence, np: &Np) -> Option<String> {
    let whole = surface_label(s, np);
    let rest = whole.split_once(' ')?.1;
    let rest = ["général ", "générale ", "exécutif ", "permanent "]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
    let acronym = ["de l'", "de l’", "de la ", "du ", "des "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))?;
    (acronym.len() >= 2 && acronym.chars().all(|c| c.is_uppercase() || c == '-'))
        .then(|| acronym.to_owned())
}

fn direction_label(s: Sentence, np: &Np, d: &impl Known) -> Option<String> {
    let whole = surface_label(s, np);
    let rest = whole
        .split_once(' ')
        .map(|(_, r)| r)?
        .trim_start_matches("du ")
        .trim_start_matches("de la ")
        .trim_start_matches("de l'")
        .trim_start_matches("de l’")
        .trim_start_matches("de ")
        .trim_start_matches("des ")
        .trim_start_matches("d'")
        .trim_start_matches("d’");
    if rest.chars().all(|c| c.is_uppercase() || c == '-') {
        return Some(d.facts().acronym_label(rest));
    }
    // "la direction du groupe", "les services de l'entreprise": the organisation the noun
    // takes up.
    if !rest.contains(' ') && is_stand_in(rest, std::slice::from_ref(&rest.to_owned())) {
        return taken_up(rest, d);
    }
    let first = rest.split(' ').next().unwrap_or_default();
    // "les services du Premier ministre": Matignon; "du ministre de l'Intérieur": the
    // ministry; no other person's title is a body's label.
    let folded = fold(rest);
    let words: Vec<String> = folded.split_whitespace().map(str::to_owned).collect();
    if folded == "premier ministre" || is_head_of_government(&words) {
        return Some("Matignon".to_owned());
    }
    if let Some(portfolio) = rest
        .strip_prefix("ministre ")
        .filter(|p| p.starts_with("de"))
    {
        return Some(format!("ministère {portfolio}"));
    }
    // "les services de l'État" in a département: its prefecture, when the dispatch names one.
    if folded == "etat" {
        if let Some(prefecture) = d.facts().named_body("préfecture") {
            return Some(prefecture.to_owned());
        }
    }
    if folded.starts_with("premier ") || lexicon::role(&first.to_lowercase()).is_some() {
        return None;
    }
    // "la direction du centre hospitalier" after "le centre hospitalier de Lormes": the body
    // named in full.
    if lexicon::is_body_noun(&fold(first)) && !rest.contains(" de") && !rest.contains(" d'") {
        if let Some(named) = d.facts().named_body(first).filter(|n| {
            n.strip_prefix(rest)
                .and_then(|t| t.strip_prefix(' '))
                .is_some_and(|t| {
                    ["de ", "du ", "des ", "d'", "d’"]
                        .iter()
                        .any(|p| t.starts_with(p))
                })
        }) {
            return Some(named.to_owned());
        }
    }
    if first.starts_with(char::is_uppercase) || lexicon::is_body_noun(&fold(first)) {
        return Some(rest.to_owned());
    }
    Some(whole)
}

/// The phrase's words after its determiner, up to its end: "ministère borovien de la Défense".
fn surface_label(s: Sentence, np: &Np) -> String {
    let mut end = np.end.min(s.range.end);
    // Never past a quotation or a parenthesis after the name's first word.
    if let Some(cut) = (np.head_start + 1..end).find(|&k| {
        s.toks[k].quote().is_some()
            || s.toks[k].is_punct("(") && !super::np::acronym_in_parentheses(s.toks, k)
    }) {
        end = cut;
    }
    // Not the trailing adverbials or punctuation a phrase may have taken, nor the object
    // pronoun of the verb after it ("le ministère les a jugées").
    while end > np.head_start + 1
        && (!s.toks[end - 1].is_word()
            || matches!(
                s.toks[end - 1].lower.as_str(),
                "l'" | "le" | "la" | "les" | "ne" | "n'" | "se" | "s'"
            ))
    {
        end -= 1;
    }
    // "Union des transporteurs routiers (UTR)": the acronym in parentheses is no part of it.
    if end >= np.head_start + 3 && super::np::acronym_in_parentheses(s.toks, end - 2) {
        end -= 2;
    }
    // "la direction départementale des territoires (DDT) de la Creuse": nor inside it.
    if let Some(k) = (np.head_start + 1..end.saturating_sub(3))
        .find(|&k| super::np::acronym_in_parentheses(s.toks, k))
    {
        let before = names::surface(s.block, s.toks, np.head_start, k);
        let after = names::surface(s.block, s.toks, k + 3, end);
        return nationality_first(&format!("{before} {after}"));
    }
    nationality_first(&names::surface(s.block, s.toks, np.head_start, end))
}

/// A ministry named without its country gets the one the dispatch implies: "Côté zolanais, le
/// ministère de la Défense …" → "ministère zolanais de la Défense"; a foreign ministry, which
/// always carries its country, gets the dateline's ("PARIS - … le ministère des Affaires
/// étrangères" → "ministère français des Affaires étrangères") unless the dispatch has just
/// named one. Home ministries ("ministère de la Santé") keep their usual short label.
fn with_nationality(label: String, side: Option<String>, d: &impl Known) -> String {
    let Some(portfolio) = label.strip_prefix("ministère ") else {
        return label;
    };
    let first = portfolio.split(' ').next().unwrap_or_default();
    if !(matches!(first, "de" | "du" | "des") || first.starts_with("d'") || first.starts_with("d’"))
    {
        return label;
    }
    // "le ministère des Affaires étrangères du Sorgal", as translated copy words it: the
    // country's adjective stands after the head noun.
    if let Some((portfolio, adjective)) = country_complement(portfolio, d) {
        return format!("ministère {adjective} {portfolio}");
    }
    if let Some(adjective) = side {
        return format!("ministère {adjective} {portfolio}");
    }
    if fold(portfolio) != "des affaires etrangeres" {
        // "MOSCOU - … le ministère de la Défense": a dispatch from another country's capital
        // speaks of that country's ministries.
        return match d.facts().dateline_adjective() {
            Some(adjective) if adjective != "français" => {
                format!("ministère {adjective} {portfolio}")
            }
            _ => label,
        };
    }
    if let Some(named) = d
        .recent_body(Some("ministère"))
        .filter(|b| b.ends_with(" des Affaires étrangères"))
    {
        return named;
    }
    match d.facts().dateline_adjective() {
        Some(adjective) => format!("ministère {adjective} {portfolio}"),
        None => label,
    }
}

/// "des Affaires étrangères du Sorgal" → ("des Affaires étrangères", "sorgalais"): a portfolio
/// followed by a second complement naming a country whose adjective is known (the lexicon's or
/// one the dispatch uses).
fn country_complement<'l>(portfolio: &'l str, d: &impl Known) -> Option<(&'l str, String)> {
    let (before, country) = portfolio.rsplit_once(' ')?;
    // "de l'Ostalie", "d'Ostalie": the elision is glued to the country.
    let elided = country
        .strip_prefix("d'")
        .or_else(|| country.strip_prefix("d’"));
    let country = elided
        .or_else(|| country.strip_prefix("l'"))
        .or_else(|| country.strip_prefix("l’"))
        .unwrap_or(country);
    if !country.starts_with(char::is_uppercase) || lexicon::is_portfolio(&country.to_lowercase()) {
        return None;
    }
    let own = if elided.is_some() {
        Some(before).filter(|b| b.contains(' '))
    } else {
        ["du", "de", "de la"].iter().find_map(|p| {
            before
                .strip_suffix(p)
                .and_then(|b| b.strip_suffix(' '))
                .filter(|b| b.contains(' '))
        })
    }?;
    let folded = fold(country).replace(' ', "-");
    let adjective = lexicon::place_adjective(&folded)
        .map(str::to_owned)
        .or_else(|| d.facts().adjective_for(&folded))?;
    Some((own, adjective))
}

/// "Côté zolanais, …", "Du côté borovien, …": the country a sentence opens on, as the
/// masculine adjective it is written with; "À Zolgrad, …", "Depuis Moscou, …": the country
/// of the place it opens on, when its adjective is known (the lexicon's, or the one the
/// dispatch uses for that capital).
fn side_adjective(s: Sentence, d: &impl Known) -> Option<String> {
    let words: Vec<&Tok> = s.toks[s.range.clone()].iter().take(4).collect();
    let at = match words.as_slice() {
        [a, ..] if a.lower == "côté" => 1,
        [a, b, ..] if a.lower == "du" && b.lower == "côté" => 2,
        [a, place, comma, ..]
            if matches!(a.lower.as_str(), "à" | "a" | "depuis")
                && place.is_word()
                && place.cap
                && !place.acronym
                && comma.is_punct(",") =>
        {
            let folded = fold(&place.lower).replace(' ', "-");
            let written = &s.block[place.start..place.end];
            return lexicon::place_adjective(&folded)
                .map(str::to_owned)
                .or_else(|| d.facts().capital_adjective(written))
                .map(|a| masculine(&a));
        }
        _ => return None,
    };
    let adjective = words.get(at).filter(|t| t.is_word() && !t.cap)?;
    if !words.get(at + 1).is_some_and(|t| t.is_punct(",")) {
        return None;
    }
    // "zolanais" as written; "ostaliens" in the plural.
    let written = adjective.lower.as_str();
    [written, written.strip_suffix('s').unwrap_or(written)]
        .into_iter()
        .find(|w| lexicon::is_adjective_of_nationality(&fold(w)))
        .map(masculine)
}

/// "ministère de la Défense sorgalais" → "ministère sorgalais de la Défense": a ministry's
/// nationality stands right after its head noun, as in its usual label.
fn nationality_first(label: &str) -> String {
    let label = &ministry_case(label);
    let words: Vec<&str> = label.split(' ').collect();
    let [head, second, .., last] = words.as_slice() else {
        return label.to_owned();
    };
    let complement =
        matches!(fold(second).as_str(), "de" | "du" | "des") || second.starts_with("d'");
    let ministry = matches!(fold(head).as_str(), "ministere" | "secretariat");
    if !(ministry
        && complement
        && !last.starts_with(char::is_uppercase)
        && lexicon::is_adjective_of_nationality(&fold(last)))
    {
        return label.to_owned();
    }
    let middle = &words[1..words.len() - 1];
    format!("{head} {last} {}", middle.join(" "))
}

/// "Ministère Français des Affaires Étrangères", as translated copy capitalises every word:
/// "ministère français des Affaires étrangères", the one label the body has elsewhere. The head
/// noun and the country's adjective are lower-case; in the portfolio, a capitalised word right
/// after another one is an adjective ("Affaires étrangères", "Éducation nationale"). A label
/// written with a lower-case head is left as it is.
fn ministry_case(label: &str) -> String {
    let words: Vec<&str> = label.split(' ').collect();
    if !matches!(words.first(), Some(&("Ministère" | "Secrétariat"))) || words.len() < 3 {
        return label.to_owned();
    }
    let lower = |w: &str| w.to_lowercase();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut previous_capital = false;
    for (i, w) in words.iter().enumerate() {
        let bare = ["l'", "l’", "d'", "d’"]
            .iter()
            .find_map(|e| w.strip_prefix(e))
            .unwrap_or(w);
        let capital = bare.starts_with(char::is_uppercase);
        let word = if i == 0
            || (i == 1 && lexicon::is_adjective_of_nationality(&fold(w)))
            || (capital && previous_capital)
        {
            lower(w)
        } else {
            (*w).to_owned()
        };
        previous_capital = capital && i > 0;
        out.push(word);
    }
    out.join(" ")
}
