//! Roles as the text and the gazetteer word them: "le chef de la diplomatie russe", "ministre
//! russe des Affaires étrangères", "la porte-parole du Kremlin".
//!
//! A role phrase becomes a [`Role`]: its head noun (its first content word, in the masculine:
//! "cheffe" → "chef", "présidente" → "president") and its qualifiers — the other content words,
//! folded, feminine forms made masculine ("ukrainienne" → "ukrainien"), in no order. Two phrases for one office meet
//! through a few rewritings ("chef de la diplomatie" is "ministre des Affaires étrangères", "chef
//! de l'État" is "président").

use std::sync::OnceLock;

use crate::text::fold::fold;

/// A role, normalised for comparison.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Role {
    /// The key of its head noun ("président"), or its first word when no person noun heads it.
    pub head: String,
    /// The other content words, folded and made masculine, sorted.
    pub qualifiers: Vec<String>,
}

// One bit of a `u64` per pattern (see `Synonyms`).
const _: () = assert!(SYNONYMS.len() <= 64);

/// Phrases worded two ways for one office: (what the text may say, the wording compared).
const SYNONYMS: [(&str, &str); 32] = [
    ("chef de la diplomatie", "ministre des affaires etrangeres"),
    (
        "cheffe de la diplomatie",
        "ministre des affaires etrangeres",
    ),
    ("chef de l'etat", "president"),
    ("cheffe de l'etat", "president"),
    ("chef du gouvernement", "premier ministre"),
    ("garde des sceaux", "ministre de la justice"),
    ("cheffe du gouvernement", "premier ministre"),
    ("numero un", "chef"),
    (
        "secretaire d'etat americain",
        "ministre americain des affaires etrangeres",
    ),
    ("chef du pentagone", "ministre americain de la defense"),
    ("locataire de l'elysee", "president francais"),
    // "le patron du RN", "la patronne de la CGT", "le patron de l'Otan": who heads it (see
    // `Role::within` for what "chef" meets).
    ("patron", "chef"),
    ("patronne", "chef"),
    // NATO, in the press's words: "le patron de l'Alliance", "le chef de l'Alliance atlantique".
    ("alliance atlantique", "otan"),
    ("alliance", "otan"),
    // French ministries by their seats: "le locataire de la place Beauvau", "de Bercy".
    ("locataire de la place beauvau", "ministre de interieur"),
    ("locataire de beauvau", "ministre de interieur"),
    ("locataire de bercy", "ministre de economie"),
    ("locataire de la place vendome", "ministre de la justice"),
    // Parties written out or by their acronyms: "la présidente du groupe Rassemblement
    // national" is the gazetteer's "présidente du groupe RN".
    ("rassemblement national", "rn"),
    ("france insoumise", "lfi"),
    ("parti socialiste", "ps"),
    // A party by its members' adjective: "le député insoumis" is the gazetteer's "député LFI".
    ("insoumis", "lfi"),
    ("insoumise", "lfi"),
    ("socialiste", "ps"),
    ("communiste", "pcf"),
    // The pope, in the press's words.
    ("souverain pontife", "pape"),
    ("pontife", "pape"),
    ("saint-pere", "pape"),
    // The mayor, in the press's words.
    ("edile", "maire"),
    ("premier magistrat", "maire"),
    // "la porte-parole de la diplomatie russe": its ministry (after "chef de la diplomatie").
    ("diplomatie", "ministere des affaires etrangeres"),
];

/// Articles, which the wordings of [`SYNONYMS`] are compared without.
fn is_article(w: &str) -> bool {
    matches!(w, "le" | "la" | "les" | "l")
}

/// Words of a role phrase that say nothing about which office it is.
fn is_filler(w: &str) -> bool {
    matches!(
        w,
        "le" | "la"
            | "les"
            | "l"
            | "de"
            | "du"
            | "des"
            | "d"
            | "a"
            | "au"
            | "aux"
            | "en"
            | "et"
            | "pour"
            | "sur"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "un"
            | "une"
            | "actuel"
            | "nouveau"
            | "nouvel"
            | "puissant"
            | "influent"
            | "charge"
            | "chargee"
            | "tres"
            | "ex"
    )
}

/// The masculine form of a folded noun or adjective, by its ending: "ukrainienne" →
/// "ukrainien", "zolanaise" → "zolanais", "presidente" → "president", "directrice" →
/// "directeur", "cheffe" → "chef". Both sides of a comparison go through it, so an ending taken
/// off a word that was never feminine does no harm.
fn masculine(w: &str) -> String {
    // Every feminine ending below ends with "e": most words are told at once.
    if !w.ends_with('e') {
        return w.to_owned();
    }
    for (f, m) in [
        ("ienne", "ien"),
        ("eenne", "een"),
        ("enne", "en"),
        ("onne", "on"),
        ("aise", "ais"),
        ("oise", "ois"),
        ("ande", "and"),
        ("aine", "ain"),
        ("drice", "deur"),
        ("trice", "teur"),
        ("euse", "eur"),
        ("eure", "eur"),
        ("iere", "ier"),
        ("effe", "ef"),
        ("ente", "ent"),
        ("ine", "in"),
        ("one", "on"),
        ("ane", "an"),
        ("ale", "al"),
        ("ate", "at"),
        ("ee", "e"),
        ("ue", "u"),
    ] {
        if let Some(stem) = w.strip_suffix(f) {
            if stem.len() >= 3 {
                return format!("{stem}{m}");
            }
        }
    }
    w.to_owned()
}

/// [`SYNONYMS`] as the padded patterns `Role::from_words` replaces in a folded phrase, built
/// once: every role of the bundled people list is parsed when an index is opened, and building
/// them per call was most of what opening cost.
fn synonym_patterns() -> &'static Synonyms {
    static PATTERNS: OnceLock<Synonyms> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let mut first_words: rustc_hash::FxHashMap<String, u64> = Default::default();
        let patterns = SYNONYMS
            .iter()
            .enumerate()
            .map(|(n, (from, to))| {
                let from: Vec<&str> = from.split([' ', '\'']).filter(|w| !is_article(w)).collect();
                *first_words.entry(from[0].to_owned()).or_default() |= 1 << n;
                (format!(" {} ", from.join(" ")), format!(" {to} "))
            })
            .collect();
        Synonyms {
            patterns,
            first_words,
        }
    })
}

/// The patterns of [`SYNONYMS`], and by each word one opens with, which ones (bit `n` for the
/// `n`th): a pattern " a b " is in a phrase only if "a" is one of the phrase's words, so one
/// lookup per word of the phrase rules most patterns out.
struct Synonyms {
    patterns: Vec<(String, String)>,
    first_words: rustc_hash::FxHashMap<String, u64>,
}

impl Synonyms {
    /// The patterns whose first word is one of the words (between spaces) of `folded`.
    fn possible_in(&self, folded: &str) -> u64 {
        folded
            .split(' ')
            .filter_map(|w| self.first_words.get(w))
            .fold(0, |m, bits| m | bits)
    }
}

impl Role {
    /// The role a phrase names, from its words as written (any case, accents, elisions).
    pub fn parse(phrase: &str) -> Option<Role> {
        let lower = phrase.to_lowercase().replace('’', "'");
        let words: Vec<&str> = lower
            .split(|c: char| c.is_whitespace() || c == '\'')
            .filter(|w| !w.is_empty())
            .collect();
        Role::from_words(&words)
    }

    /// The role of lower-cased words, in order.
    pub fn from_words<S: AsRef<str>>(words: &[S]) -> Option<Role> {
        // Synonymous wordings are rewritten on the folded phrase, without its articles: a noun
        // phrase's words may have kept them ("chef de la diplomatie") or not ("chef de
        // diplomatie").
        let mut folded = String::from(" ");
        for w in words {
            let f = crate::text::fold::fold_small(w.as_ref());
            if !is_article(f.trim_end_matches('\'')) {
                folded.push_str(&f);
                folded.push(' ');
            }
        }
        let mut rewritten = false;
        let synonyms = synonym_patterns();
        let mut possible = synonyms.possible_in(&folded);
        for (n, (from, to)) in synonyms.patterns.iter().enumerate() {
            if possible & (1 << n) == 0 {
                continue;
            }
            if folded.contains(from.as_str()) {
                folded = folded.replace(from.as_str(), to);
                possible = synonyms.possible_in(&folded);
                rewritten = true;
            }
        }
        let owned: Vec<String>;
        let words: Vec<&str> = if rewritten {
            owned = folded.split_whitespace().map(str::to_owned).collect();
            owned.iter().map(String::as_str).collect()
        } else {
            words.iter().map(AsRef::as_ref).collect()
        };
        let mut qualifiers = Vec::new();
        for w in words {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            let f = fold(w);
            if w.is_empty() || is_filler(&f) {
                continue;
            }
            qualifiers.push(masculine(&f));
        }
        if qualifiers.is_empty() {
            return None;
        }
        let head = qualifiers.remove(0);
        qualifiers.sort();
        qualifiers.dedup();
        Some(Role { head, qualifiers })
    }

    /// Whether a role worded in a text (`self`) can be the role `known` (from the gazetteer or
    /// given to someone earlier): same head, and every qualifier the text gives is known's.
    /// A head alone ("le président") says too little.
    pub fn fits(&self, known: &Role) -> bool {
        // One office in the world needs no qualifier to say which: "le pape".
        (!self.qualifiers.is_empty() || self.head == "pape") && self.within(known)
    }

    /// Same head, and every qualifier of `self` is one of `known`'s ("le porte-parole" is
    /// within "porte-parole du Kremlin").
    pub fn within(&self, known: &Role) -> bool {
        (self.head == known.head || heads(&self.head, known))
            && self
                .qualifiers
                .iter()
                .all(|q| known.qualifiers.iter().any(|k| same_word(q, k)))
    }
}

/// "le chef de l'ONU", "le dirigeant du RN", "le chef des FRN": a loose word for whoever heads
/// an organisation meets the formal title it is known by (its president, its secretary- or
/// director-general, an armed force's commander).
fn heads(head: &str, known: &Role) -> bool {
    let general = || known.qualifiers.iter().any(|q| q == "general");
    matches!(head, "chef" | "dirigeant" | "leader")
        && (known.head == "president"
            || known.head == "commandant"
            || matches!(known.head.as_str(), "secretaire" | "directeur") && general())
}

/// One qualifier worded as a country or as its adjective ("ukraine", "ukrainien"): equal, or
/// sharing a prefix of five letters or more that is most of the shorter word.
pub fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // Five characters in common take five bytes in common at least: most pairs of words differ
    // within their first bytes, and need no counting of characters.
    let bytes_in_common = a
        .bytes()
        .zip(b.bytes())
        .take(5)
        .take_while(|(x, y)| x == y)
        .count();
    if bytes_in_common < 5 {
        return false;
    }
    // A regime is no country: "le président de la République" is not "le président des
    // Républicains", a party, nor is "la démocratie" "les démocrates" (qualifiers come
    // through [`masculine`], which takes "-ue" to "-u").
    let regime = |w: &str| matches!(w, "republique" | "republiqu" | "democratie");
    if regime(a) || regime(b) {
        return false;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    common >= 5 && common * 10 >= shorter * 7
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(s: &str) -> Role {
        Role::parse(s).expect(s)
    }

    #[test]
    fn wordings_of_one_office_meet() {
        let known = role("ministre russe des Affaires étrangères");
        assert!(role("le chef de la diplomatie russe").fits(&known));
        assert!(role("la cheffe de la diplomatie russe").fits(&known));
        assert!(role("le ministre russe des Affaires étrangères").fits(&known));
        assert!(!role("le ministre russe de la Défense").fits(&known));
        assert!(!role("le ministre").fits(&known));

        let known = role("présidente de la Commission européenne");
        assert!(role("le président de la Commission européenne").fits(&known));
        let known = role("président ukrainien");
        assert!(role("le président ukrainien").fits(&known));
        assert!(role("le chef de l'État ukrainien").fits(&known));
        assert!(role("le président de l'Ukraine").fits(&known));
        assert!(!role("le président français").fits(&known));
        let known = role("président du Rassemblement national");
        assert!(role("le patron du Rassemblement national").fits(&known));
        assert!(role("la patronne du Rassemblement national").fits(&known));
        assert!(role("le dirigeant du Rassemblement national").fits(&known));
        let known = role("secrétaire général de l'ONU");
        assert!(role("le chef de l'ONU").fits(&known));
        assert!(role("le patron de l'ONU").fits(&known));
        assert!(!role("le chef de l'OTAN").fits(&known));
        assert!(!role("le chef de l'ONU").fits(&role("secrétaire d'État de l'ONU")));
        assert!(role("la patronne du FMI").fits(&role("directrice générale du FMI")));
        let known = role("secrétaire général de l'OTAN");
        assert!(role("le patron de l'Alliance").fits(&known));
        assert!(role("le secrétaire général de l'Alliance atlantique").fits(&known));
        assert_eq!(role("porte-parole du Kremlin").head, "porte-parole");
        // The pope, however worded, with no qualifier needed.
        assert!(role("le souverain pontife").fits(&role("pape")));
        assert!(role("le pape").fits(&role("souverain pontife")));
        assert!(!role("le président").fits(&role("président")));
        // A French ministry by its seat, a party written out or by its acronym.
        let known = role("ministre de l'Intérieur");
        assert!(role("le locataire de la place Beauvau").fits(&known));
        assert!(role("le locataire de Beauvau").fits(&known));
        assert!(!role("le locataire de Bercy").fits(&known));
        let known = role("présidente du groupe RN à l'Assemblée nationale");
        assert!(role("la présidente du groupe Rassemblement national").fits(&known));
        assert!(role("le premier secrétaire du Parti socialiste")
            .fits(&role("premier secrétaire du PS")));
        // A noun phrase's words without their articles.
        let words = |s: &str| Role::from_words(&s.split(' ').collect::<Vec<_>>()).expect(s);
        assert!(words("chef de diplomatie sorgalaise")
            .fits(&role("ministre sorgalais des Affaires étrangères")));
        assert!(words("chef de état ukrainien").fits(&role("président ukrainien")));
        let spokeswoman = role("porte-parole du ministère russe des Affaires étrangères");
        assert!(role("la porte-parole de la diplomatie russe").fits(&spokeswoman));
        assert!(!role("le chef de la diplomatie russe").fits(&spokeswoman));
    }
}
