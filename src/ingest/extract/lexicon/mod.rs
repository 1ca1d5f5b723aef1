//! The French words extraction recognises: speech verbs in every form a dispatch uses
//! (`speech`), the nouns that name a person's role and first names with their gender
//! (`people`), and here the small closed classes (determiners, prepositions, adverbs,
//! auxiliaries) that attribution rules step over, places and honorifics.
//!
//! Every lookup takes a lower-cased word with `'` as its apostrophe.

use std::sync::OnceLock;

/// Maps and sets keyed by short words, with rustc's Fx hash: the lexicon is looked up for nearly
/// every word of a dispatch, where SipHash's resistance to flooding buys nothing.
pub use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet, FxHasher as Fx};

pub use crate::model::aliases::Gender;

#[inline]
fn set(
    cell: &'static OnceLock<WordSet<&'static str>>,
    words: &'static str,
) -> &'static WordSet<&'static str> {
    cell.get_or_init(|| words.split_whitespace().collect())
}

/// A set of words that tells most words it does not hold by their length and first, second
/// and last bytes, before hashing them: lexicon sets are asked about nearly every word of a
/// dispatch, and hold few of them.
pub struct WordSet<S> {
    set: HashSet<S>,
    /// One bit for each signature of the words held (see [`signature`]): a word whose bit is
    /// not set is not held.
    signatures: Box<[u64; 64]>,
}

/// A word's length and first, second and last bytes, mixed into 12 bits.
#[inline(always)]
fn signature(w: &[u8]) -> usize {
    let n = w.len();
    let x = n as u64
        | u64::from(w[0]) << 8
        | u64::from(w[1.min(n - 1)]) << 16
        | u64::from(w[n - 1]) << 24;
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize
}

impl<S: std::borrow::Borrow<str> + std::hash::Hash + Eq> WordSet<S> {
    #[inline(always)]
    pub fn contains(&self, w: &str) -> bool {
        if w.is_empty() {
            return self.set.contains(w);
        }
        let i = signature(w.as_bytes());
        self.signatures[i >> 6] >> (i & 63) & 1 == 1 && self.set.contains(w)
    }

    /// The words held, in no order.
    pub fn iter(&self) -> impl Iterator<Item = &S> {
        self.set.iter()
    }
}

impl<S: std::borrow::Borrow<str> + std::hash::Hash + Eq> FromIterator<S> for WordSet<S> {
    fn from_iter<I: IntoIterator<Item = S>>(words: I) -> WordSet<S> {
        let set: HashSet<S> = words.into_iter().collect();
        let mut signatures = Box::new([0u64; 64]);
        for w in &set {
            let w: &str = w.borrow();
            if !w.is_empty() {
                let i = signature(w.as_bytes());
                signatures[i >> 6] |= 1 << (i & 63);
            }
        }
        WordSet { set, signatures }
    }
}

macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident, $words:expr) => {
        $(#[$doc])*
        // Asked of nearly every word, from every module: inlined where it is asked, as the
        // set's own `contains` is, rather than called.
        #[inline]
        pub fn $name(w: &str) -> bool {
            static S: OnceLock<$crate::ingest::extract::lexicon::WordSet<&'static str>> = OnceLock::new();
            set(&S, $words).contains(w)
        }
    };
}

// After the macro, so that the submodules may declare word sets too.
mod people;
mod speech;

pub use people::{
    first_name, is_counterpart, is_demonym_epithet, is_name_particle, is_office, is_pre_adjective,
    is_relational, looks_like_demonym, role,
};
pub use speech::{is_faire, is_mettre, speech_verb, Form, Verb};

const PREPOSITIONS: &str = "à au aux de du des d' en dans sur sous par pour avec sans chez contre
    entre vers devant derrière après avant depuis pendant lors selon malgré parmi envers outre
    face auprès jusqu' jusque hors via dès concernant quant d'après";
const CONJUNCTIONS: &str = "et ou mais puis car donc ni or que qu' si lorsque lorsqu' quand
    comme tandis puisque puisqu' quoique bien";
const SUBJECT_PRONOUNS: &str = "il elle ils elles on je j'";
const ADVERBS: &str = "également aussi encore pourtant toutefois notamment alors déjà ensuite enfin
    ainsi aussitôt désormais cependant néanmoins surtout même bien plus pas jamais seulement
    simplement volontiers toujours souvent parfois d'abord aujourd'hui hier demain récemment
    immédiatement clairement longuement sèchement fermement ouvertement publiquement justement
    certes donc puis là ici très tout soudain plutôt davantage tard tôt vite mieux auparavant";
const CLITICS: &str = "se s' ne n' y en lui leur l' le la les me m' te t' nous vous";

/// Every word of the closed classes above: what never starts a name.
pub fn function_words() -> impl Iterator<Item = &'static str> {
    [
        PREPOSITIONS,
        CONJUNCTIONS,
        SUBJECT_PRONOUNS,
        ADVERBS,
        CLITICS,
    ]
    .into_iter()
    .flat_map(str::split_whitespace)
}

word_set!(
    /// The auxiliaries "avoir" and "être" (and "aller" for a near future).
    is_auxiliary, "a ai as avons avez ont avait avaient avais aurait auraient aura auront eu
    ayant avoir est sont était étaient sera seront serait seraient été être étant fut furent
    va vont allait allaient vient venait");

word_set!(
    /// Object and reflexive clitics that stand between a subject and its verb.
    is_clitic, CLITICS);

word_set!(
    /// Adverbs stepped over between a subject, its verb and what follows.
    is_adverb, ADVERBS);

word_set!(
    /// Time words that stand where an adverb would.
    is_time_word, "lundi mardi mercredi jeudi vendredi samedi dimanche matin soir midi
    nuit après-midi veille lendemain semaine semaines mois année années an heure heures minute
    minutes jour jours instant instants janvier février mars
    avril mai juin juillet août septembre octobre novembre décembre");

word_set!(
    /// The days of the week, which translated copy capitalises ("a dit Lundi").
    is_weekday, "lundi mardi mercredi jeudi vendredi samedi dimanche");

word_set!(is_preposition, PREPOSITIONS);

/// "Actuellement", "Concrètement", "Récemment": an adverb of manner, by the endings only
/// adverbs have ("-alement", "-ellement", "-iquement", "-ivement", "-amment"…), not those
/// nouns share ("parlement", "mouvement", "gouvernement", "document").
pub fn is_manner_adverb(w: &str) -> bool {
    const ENDINGS: [&str; 12] = [
        "alement",
        "ellement",
        "iquement",
        "ivement",
        "ablement",
        "iblement",
        "ièrement",
        "eusement",
        "ètement",
        "èlement",
        "amment",
        "emment",
    ];
    w.chars().count() >= 8 && ENDINGS.iter().any(|e| w.ends_with(e))
}

word_set!(
    /// Subordinators that open a clause no reporting verb before them reaches into.
    is_clause_break, "lorsque lorsqu' quand tandis puisque puisqu' quoique car parce
    afin bien si dont où lequel laquelle lesquels lesquelles auquel");

word_set!(
    /// Subject pronouns.
    is_subject_pronoun, SUBJECT_PRONOUNS);

word_set!(
    /// First words of a title a quoted name follows: «Le Temps», le plan «Urgences 2027».
    is_naming_noun, "plan plans programme programmes opération opérations projet
    initiative stratégie doctrine dispositif loi mouvement collectif association campagne label
    slogan marque logiciel application site quotidien journal hebdomadaire mensuel magazine
    revue chaîne émission film films documentaire série livre roman ouvrage essai album chanson
    pièce spectacle exposition festival thriller comédie drame long-métrage court-métrage
    bateau navire rubrique éditorial manifeste pétition parti liste mission réseau groupe
    fondation institut agence compte hashtag mot-dièse opus tube tableau statue pirogue
    fusée satellite missile char avion frégate porte-avions");

word_set!(
    /// Media whose one-word name follows them: l'agence Nordpress, le quotidien Kurier.
    is_medium, "agence quotidien journal hebdomadaire mensuel magazine revue chaîne radio
    télévision site");

word_set!(
    /// Participles that name what follows: baptisé «Venezia Viva», surnommé «le Chat».
    is_naming_participle, "baptisé baptisée baptisés baptisées surnommé surnommée
    surnommés surnommées intitulé intitulée intitulés intitulées nommé nommée nommés nommées
    dénommé dénommée appelé appelée appelés appelées dit dite dites dits alias baptise");

word_set!(
    /// Head words of a quoted span that is itself a name or a term: «force de réassurance».
    is_term_head, "coalition force forces plan opération initiative mission programme
    dispositif alliance pacte traité format brigade contingent stratégie doctrine garanties
    garantie bouclier zone fonds sommet conseil comité commission loi réforme projet
    mécanisme cellule groupe");

word_set!(
    /// Number words: "Vingt-six pays" is no one's name.
    is_number_word, "un une deux trois quatre cinq six sept huit neuf dix onze douze treize
    quatorze quinze seize vingt trente quarante cinquante soixante cent cents mille million
    millions milliard milliards vingt-six vingt-sept vingt-huit vingt-deux vingt-trois
    vingt-quatre vingt-cinq dix-sept dix-huit dix-neuf soixante-dix quatre-vingts
    quatre-vingt-dix");

word_set!(
    /// Capitalised words of a minister's portfolio or an office, not someone's name:
    /// "le ministre des Affaires étrangères", "le chef de l'État"; with the capital's accent
    /// dropped, as wire copy often writes it ("l'Economie", "l'Education").
    is_portfolio, "état etat affaires défense intérieur justice économie economie finances
    travail santé éducation education culture armées transports logement agriculture
    environnement comptes solidarités sports outre-mer relations commerce industrie énergie
    energie numérique recherche enseignement famille jeunesse territoires gouvernement
    république cohésion écologie ecologie budget fonction mer");

/// Documents whose words a body or person wrote: "indique le communiqué", "selon le texte";
/// and what someone answers or warns, which is theirs the same way ("Sa réponse : «…»").
pub const DOCUMENTS: &str = "communiqué texte message déclaration note lettre document rapport
    courrier publication courriel tweet mail bulletin décision arrêt arrêté décret jugement
    ordonnance tract avis motion pétition délibération circulaire post bilan réponse réaction
    commentaire verdict avertissement promesse constat fiche";

word_set!(
    /// One of the [`DOCUMENTS`].
    is_document, DOCUMENTS);

word_set!(
    /// Folded adjectives a newspaper's title ends with, besides places' ("Le Phare libre", "Le
    /// Guetteur enchaîné", "La Vigie indépendante").
    is_title_adjective, "libre libres libere liberee enchaine enchainee dechaine dechainee
    diplomatique independant independante");

/// Head nouns of a body that can speak as such: "le ministère borovien de la Défense",
/// "la Commission européenne", "l'ambassade de Borovie".
pub const BODY_NOUNS: &str =
    "ministère gouvernement présidence commission conseil agence union alliance
    groupe ambassade parlement armée état-major direction préfecture mairie parquet syndicat
    association organisation fédération ong comité junte police gendarmerie tribunal cour
    chancellerie diplomatie cabinet municipalité région département rectorat chu hôpital
    entreprise société compagnie constructeur club ligue collectif coalition mouvement parti
    assemblée sénat autorité autorités administration office institut observatoire fondation
    banque opérateur exécutif kremlin élysée gouvernement-général secrétariat délégation
    mission bureau service services consulat intersyndicale confédération ministère-public
    procureur-général inspection haut-commissariat agence-régionale conférence mutuelle
    industriel fabricant exploitant laboratoire assureur équipementier énergéticien chambre
    centre clinique douane douanes université lycée école musée institution juridiction forum fonds programme communauté
    organisme capitainerie";

/// French parties known by one word, which after a person's role say their affiliation ("le
/// candidat Horizons", "une députée Renaissance"), as an acronym does ("le député LFI").
pub fn is_party(folded: &str) -> bool {
    matches!(
        folded,
        "renaissance" | "horizons" | "modem" | "reconquete" | "udi" | "ensemble" | "patriotes"
    )
}

/// Establishments named after a saint, a person or a place, whose label keeps their noun ("la
/// clinique Saint-Rémi", "l'hôpital Necker", "le lycée Jean-Moulin", "la région Bretagne").
pub fn is_establishment(w: &str) -> bool {
    matches!(
        w,
        "clinique"
            | "hôpital"
            | "centre"
            | "lycée"
            | "collège"
            | "école"
            | "université"
            | "musée"
            | "théâtre"
            | "institut"
            // "la région Bretagne".
            | "région"
    )
}

/// The gender of a body's head noun, lower-cased or folded, for the pronoun that takes it up
/// when its article does not say ("L'Agence … a alerté. Elle demande …").
pub fn body_noun_gender(w: &str) -> Gender {
    const FEMININE: &str = "présidence commission agence union alliance ambassade armée direction
        préfecture mairie association organisation fédération ong junte police gendarmerie cour
        chancellerie diplomatie municipalité région entreprise société compagnie ligue
        coalition assemblée autorité administration fondation banque délégation mission
        intersyndicale confédération inspection agence-régionale conférence chambre mutuelle
        clinique douane douanes université école institution juridiction";
    static F: OnceLock<WordSet<String>> = OnceLock::new();
    let feminine = F.get_or_init(|| {
        FEMININE
            .split_whitespace()
            .flat_map(|w| [w.to_owned(), crate::text::fold::fold(w)])
            .collect()
    });
    if feminine.contains(w) {
        Gender::F
    } else if is_body_noun(w) {
        Gender::M
    } else {
        Gender::U
    }
}

/// Short finite verbs a subject often comes before ("Enedis fait état de …", "Varnex doit
/// fermer …"), too short to be told by their endings.
pub fn is_short_finite_verb(w: &str) -> bool {
    matches!(
        w,
        "fait" | "font" | "dit" | "doit" | "peut" | "veut" | "va" | "vont" | "met"
    )
}

/// Nouns a company's one-word name follows: "la société Hydrant", "le groupe Varnex".
pub const COMPANY_NOUNS: &str = "société groupe entreprise compagnie constructeur firme mutuelle
    industriel fabricant laboratoire assureur équipementier énergéticien exploitant opérateur
    gestionnaire distributeur fournisseur transporteur armateur concessionnaire pétrolier géant";

word_set!(
    /// One of the [`COMPANY_NOUNS`].
    is_company_noun, COMPANY_NOUNS);

/// Whether a lower-cased word, as written or folded ("fédération", "federation"), is the head
/// noun of a body that can speak as such ([`BODY_NOUNS`]).
pub fn is_body_noun(w: &str) -> bool {
    static S: OnceLock<WordSet<String>> = OnceLock::new();
    S.get_or_init(|| {
        BODY_NOUNS
            .split_whitespace()
            .flat_map(|w| [w.to_owned(), crate::text::fold::fold(w)])
            .collect()
    })
    .contains(w)
}

/// Countries and capitals that speak as a state ("Moscou a averti", "la Russie estime"), with
/// the adjective of the government's label ("gouvernement russe").
const PLACES: &str = "
russie:russe moscou:russe ukraine:ukrainien kiev:ukrainien kyiv:ukrainien
états-unis:américain washington:américain chine:chinois pékin:chinois beijing:chinois
allemagne:allemand berlin:allemand royaume-uni:britannique londres:britannique
italie:italien rome:italien espagne:espagnol madrid:espagnol pologne:polonais
varsovie:polonais hongrie:hongrois budapest:hongrois turquie:turc ankara:turc iran:iranien
téhéran:iranien israël:israélien jérusalem:israélien japon:japonais tokyo:japonais
inde:indien new-delhi:indien canada:canadien ottawa:canadien belgique:belge bruxelles:belge
suisse:suisse berne:suisse autriche:autrichien vienne:autrichien suède:suédois
stockholm:suédois finlande:finlandais helsinki:finlandais norvège:norvégien oslo:norvégien
danemark:danois copenhague:danois roumanie:roumain bucarest:roumain moldavie:moldave
biélorussie:bélarusse bélarus:bélarusse minsk:bélarusse géorgie:géorgien tbilissi:géorgien
arménie:arménien erevan:arménien azerbaïdjan:azerbaïdjanais bakou:azerbaïdjanais
syrie:syrien damas:syrien liban:libanais beyrouth:libanais égypte:égyptien le-caire:égyptien
qatar:qatari doha:qatari algérie:algérien alger:algérien maroc:marocain rabat:marocain
tunisie:tunisien tunis:tunisien mali:malien bamako:malien niger:nigérien niamey:nigérien
sénégal:sénégalais dakar:sénégalais brésil:brésilien brasilia:brésilien mexique:mexicain
venezuela:vénézuélien caracas:vénézuélien corée-du-nord:nord-coréen pyongyang:nord-coréen
corée-du-sud:sud-coréen séoul:sud-coréen taïwan:taïwanais taipei:taïwanais
pays-bas:néerlandais la-haye:néerlandais grèce:grec athènes:grec portugal:portugais
lisbonne:portugais estonie:estonien tallinn:estonien lettonie:letton riga:letton
lituanie:lituanien vilnius:lituanien slovaquie:slovaque bratislava:slovaque
tchéquie:tchèque prague:tchèque serbie:serbe belgrade:serbe kosovo:kosovar
congo:congolais kinshasa:congolais rdc:congolais rwanda:rwandais kigali:rwandais
soudan:soudanais khartoum:soudanais éthiopie:éthiopien addis-abeba:éthiopien kenya:kényan
nairobi:kényan nigeria:nigérian abuja:nigérian cameroun:camerounais yaoundé:camerounais
afrique-du-sud:sud-africain pretoria:sud-africain afghanistan:afghan kaboul:afghan
pakistan:pakistanais islamabad:pakistanais irak:irakien bagdad:irakien jordanie:jordanien
amman:jordanien arabie-saoudite:saoudien riyad:saoudien yémen:yéménite sanaa:yéménite
thaïlande:thaïlandais bangkok:thaïlandais vietnam:vietnamien hanoï:vietnamien
indonésie:indonésien jakarta:indonésien philippines:philippin manille:philippin
australie:australien canberra:australien argentine:argentin buenos-aires:argentin
colombie:colombien bogota:colombien cuba:cubain la-havane:cubain irlande:irlandais
dublin:irlandais croatie:croate zagreb:croate
";

/// Whether a folded word is a country or a capital of the lexicon's, or France or Paris.
pub fn is_country(w: &str) -> bool {
    matches!(w, "france" | "paris") || place_adjective(w).is_some()
}

/// The adjective of a government's label for a country or capital ("moscou" → "russe"), for a
/// folded word (compound names hyphenated: "etats-unis", "royaume-uni"): the lexicon's accented
/// names are looked up folded, as the callers fold what the text says ("Pékin" → "pekin").
pub fn place_adjective(w: &str) -> Option<&'static str> {
    static P: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    P.get_or_init(|| {
        PLACES
            .split_whitespace()
            .filter_map(|pair| pair.split_once(':'))
            .map(|(place, adjective)| (crate::text::fold::fold(place), adjective))
            .collect()
    })
    .get(w)
    .copied()
}

/// The country whose capital a folded word is ("moscou" → "Russie", "washington" →
/// "États-Unis"): the first place of the lexicon with the same adjective, when that is another
/// place.
pub fn country_of_capital(w: &str) -> Option<String> {
    let adjective = place_adjective(w)?;
    let country = PLACES
        .split_whitespace()
        .filter_map(|pair| pair.split_once(':'))
        .find(|(_, a)| *a == adjective)
        .map(|(place, _)| place)?;
    if crate::text::fold::fold(country) == w {
        return None;
    }
    // "corée-du-nord" → "Corée-du-Nord", "états-unis" → "États-Unis".
    let written: Vec<String> = country
        .split('-')
        .map(|part| {
            if matches!(part, "du" | "de" | "la") {
                return part.to_owned();
            }
            let mut c = part.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect();
    Some(written.join("-"))
}

/// Whether a folded word reads as an adjective of nationality ("russe", "borovienne",
/// "britannique"), the kind that qualifies a ministry or a government.
pub fn is_adjective_of_nationality(w: &str) -> bool {
    is_known_nationality(w)
        || [
            "ien", "ienne", "ais", "aise", "ois", "oise", "ain", "aine", "ene", "ese",
        ]
        .iter()
        .any(|e| w.ends_with(e) && w.len() > e.len() + 2)
}

/// Whether a folded word is an adjective of nationality the lexicon knows ("russe",
/// "americain"), its ending not enough.
pub fn is_known_nationality(w: &str) -> bool {
    static A: OnceLock<WordSet<String>> = OnceLock::new();
    A.get_or_init(|| {
        PLACES
            .split_whitespace()
            .filter_map(|pair| pair.split_once(':'))
            .map(|(_, a)| crate::text::fold::fold(a))
            .collect()
    })
    .contains(w)
}

/// Function words never taken for a name even when capitalised ("Le", "Selon", "Mais").
pub fn is_function_word(w: &str) -> bool {
    static SET: OnceLock<WordSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        function_words()
            .chain(
                "ce c' ceci cela celui celle ceux celles celui-ci celle-ci qui quoi tout tous toute toutes aucun aucune \
                 chaque chacun chacune autre autres voici voilà oui non quelque quelques \
                 plusieurs certains certaines"
                    .split_whitespace(),
            )
            .map(str::to_owned)
            .collect()
    })
    .contains(w)
        || determiner(w).is_some()
}

/// Fixed labels of bodies named by a proper noun (folded → label).
pub const FIXED_BODIES: [(&str, &str); 25] = [
    ("kremlin", "Kremlin"),
    ("bercy", "ministère de l'Économie"),
    ("beauvau", "ministère de l'Intérieur"),
    ("place beauvau", "ministère de l'Intérieur"),
    ("elysee", "Élysée"),
    ("l'elysee", "Élysée"),
    ("maison blanche", "Maison Blanche"),
    ("maison-blanche", "Maison Blanche"),
    ("downing street", "Downing Street"),
    ("matignon", "Matignon"),
    // The French foreign ministry by the name of its seat, as "Kremlin" or "Élysée" are; a
    // dispatch that names it so gives it that label throughout (see `extract_with`).
    ("quai d'orsay", "Quai d'Orsay"),
    ("pentagone", "Pentagone"),
    // The American defence department, under either of its names.
    ("departement de la defense", "Pentagone"),
    ("departement de la guerre", "Pentagone"),
    // The Israeli army by its Hebrew acronym, one label with "l'armée israélienne".
    ("tsahal", "armée israélienne"),
    ("otan", "OTAN"),
    // "l'Alliance", "l'Alliance atlantique": NATO.
    ("alliance", "OTAN"),
    ("alliance atlantique", "OTAN"),
    ("onu", "ONU"),
    ("nations unies", "ONU"),
    ("departement d'etat", "département d'État"),
    ("bundestag", "Bundestag"),
    ("commission", "Commission européenne"),
    ("commission europeenne", "Commission européenne"),
    // A party, not France speaking as a state.
    ("france insoumise", "La France insoumise"),
];

/// Honorifics before a name, with the gender they give.
pub fn honorific(w: &str) -> Option<Gender> {
    match w {
        "m" | "mm" | "sir" | "lord" | "mgr" => Some(Gender::M),
        "mme" | "mmes" | "mlle" | "dame" | "lady" => Some(Gender::F),
        "me" | "dr" | "pr" => Some(Gender::U),
        _ => None,
    }
}

/// Determiners: what kind of noun phrase they open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Det {
    /// le, la, l', les: someone already known.
    Definite,
    /// un, une, des, plusieurs, quelques: someone new and unnamed.
    Indefinite,
    /// son, sa, ses, leur: someone related to someone else.
    Possessive,
    /// ce, cette, ces.
    Demonstrative,
}

/// A determiner's kind, gender and number.
pub fn determiner(w: &str) -> Option<(Det, Gender, bool)> {
    use Det::*;
    use Gender::*;
    Some(match w {
        "le" => (Definite, M, false),
        "la" => (Definite, F, false),
        "l'" => (Definite, U, false),
        "les" => (Definite, U, true),
        "un" => (Indefinite, M, false),
        "une" => (Indefinite, F, false),
        "des" | "plusieurs" | "quelques" | "certains" | "certaines" | "nombreux" | "nombreuses"
        | "deux" | "trois" | "quatre" | "cinq" | "dix" | "divers" | "différents" => {
            (Indefinite, U, true)
        }
        "son" | "mon" | "ton" | "notre" | "votre" => (Possessive, U, false),
        "sa" | "ma" | "ta" => (Possessive, F, false),
        "ses" | "leur" | "leurs" | "nos" | "vos" | "mes" => (Possessive, U, w != "leur"),
        "ce" | "cet" => (Demonstrative, M, false),
        "cette" => (Demonstrative, F, false),
        "ces" => (Demonstrative, U, true),
        _ => return None,
    })
}

/// A form of a verb that characterises its object by a span after "de" ("a qualifié la
/// rencontre de «…»", "traitant ce projet de «…»", "l'accuse de «…»").
pub fn is_judging_verb(w: &str) -> bool {
    ["qualifi", "trait", "accus"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// Forms of verbs whose object's "de" or "à" brings in an infinitive that says what the
/// speaker accuses, reproaches, urges or promises: "accuse X de …", "reproche à X d'avoir …",
/// "appelle X à …", "exhorte", "invite", "demande", "supplie", "menace de", "promet de".
pub fn urges_infinitive(w: &str) -> bool {
    [
        "accus",
        "reproch",
        "appel",
        "exhort",
        "demand",
        "suppli",
        "implor",
        "conseill",
        "recommand",
        "menac",
        "promet",
        "promi",
        "jur",
        "félicit",
        "remerci",
        "vant",
        "exig",
        "enjoi",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// Forms of verbs that give their object a quality right after it ("juge le projet
/// «inacceptable»", "estimait ce plan «irréaliste»", "trouve le texte «flou»").
pub fn is_attributive_verb(w: &str) -> bool {
    ["jug", "estim", "trouv", "consid", "décri", "dépeign"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// Where a person or a body posts its words: "sur son canal Telegram", "sur sa page Facebook".
pub fn is_channel(w: &str) -> bool {
    matches!(
        w,
        "canal"
            | "compte"
            | "page"
            | "fil"
            | "profil"
            | "blog"
            | "chaîne"
            | "site"
            | "réseau"
            | "plateforme"
            | "messagerie"
    )
}

/// "publié", "diffusée", "signés": how a text came out, in any agreement.
pub fn is_publishing_participle(w: &str) -> bool {
    let base = w
        .strip_suffix("es")
        .or_else(|| w.strip_suffix('e'))
        .or_else(|| w.strip_suffix('s'))
        .unwrap_or(w);
    matches!(
        base,
        "publié"
            | "diffusé"
            | "adopté"
            | "signé"
            | "transmis"
            | "envoyé"
            | "rendu"
            | "daté"
            | "distribué"
            | "adressé"
            | "posté"
            | "consulté"
            | "mis"
            | "paru"
    )
}
