//! The French words extraction recognises: speech verbs in every form a dispatch uses, the nouns
//! that name a person's role, first names with their gender, and the small closed classes
//! (determiners, prepositions, adverbs, auxiliaries) that attribution rules step over.
//!
//! Every lookup takes a lower-cased word with `'` as its apostrophe.

use std::sync::OnceLock;

/// Maps and sets keyed by short words, with rustc's Fx hash: the lexicon is looked up for nearly
/// every word of a dispatch, where SipHash's resistance to flooding buys nothing.
pub use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet, FxHasher as Fx};

pub use crate::model::aliases::Gender;

/// The form of a speech verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Finite,
    /// "déclaré", "jugée": with an auxiliary a past tense, alone a passive or an adjective.
    PastParticiple,
    /// "affirmant", "avertissant": its subject is the clause's.
    PresentParticiple,
    Infinitive,
}

/// A speech verb form found in the lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    pub form: Form,
    /// Strong verbs attribute even a short quoted span ("a jugé la situation «préoccupante»");
    /// weak ones ("annoncer", "relever") only introduce real quotations.
    pub strong: bool,
}

/// Regular -er speech verbs (infinitives). Spelling changes (ç, ge, è, ll) are derived.
const ER_VERBS: &str = "
déclarer affirmer ajouter souligner estimer rappeler préciser indiquer assurer expliquer juger
insister marteler dénoncer lancer confier nuancer raconter résumer témoigner glisser souffler
lâcher ironiser plaisanter soupirer scander proclamer crier hurler exclamer écrier chanter
tweeter murmurer chuchoter réitérer réaffirmer répéter déplorer regretter accuser reprocher
critiquer fustiger condamner saluer féliciter remercier qualifier évoquer invoquer parler
plaider réclamer demander exiger appeler implorer supplier exhorter conseiller recommander
suggérer interroger questionner objecter répliquer rétorquer protester indigner insurger
offusquer emporter agacer énerver tonner asséner avouer concéder tempérer relativiser
abonder approuver menacer jurer relater justifier argumenter considérer souhaiter
inquiéter alarmer étonner alerter confesser nier contester pester lamenter railler vanter
trancher enchaîner compléter clamer revendiquer prôner certifier attester blâmer interpeller
riposter rectifier corriger exposer plaider tacler déclamer s'esclaffer confirmer
";

/// Regular -er verbs that introduce quotations but do not attribute short spans on their own.
const WEAK_ER_VERBS: &str = "
annoncer informer commenter noter constater remarquer relever signaler rapporter
analyser observer détailler résumer
";

/// Regular -ir verbs (second group).
const IR_VERBS: &str = "avertir réagir applaudir réjouir renchérir";

/// Irregular verbs: every form a dispatch uses, tagged f (finite), p (past participle),
/// a (present participle), i (infinitive).
const IRREGULAR: &str = "
dire:i dit:f dis:f disent:f disait:f disaient:f dira:f diront:f dirait:f diraient:f dit:f dite:p dits:p dites:p disant:a
écrire:i écrit:f écrivent:f écrivait:f écrivaient:f écrira:f écrirait:f écrite:p écrits:p écrivant:a écrivit:f
décrire:i décrit:f décrivent:f décrivait:f décrivant:a décrite:p
reconnaître:i reconnaitre:i reconnaît:f reconnait:f reconnaissent:f reconnaissait:f reconnaissaient:f reconnaîtra:f reconnaîtrait:f reconnu:p reconnue:p reconnus:p reconnues:p reconnaissant:a reconnut:f
admettre:i admet:f admettent:f admettait:f admettra:f admettrait:f admis:p admise:p admettant:a admit:f
promettre:i promet:f promettent:f promettait:f promettaient:f promettra:f promettrait:f promis:p promise:p promettant:a promit:f
répondre:i répond:f répondent:f répondait:f répondaient:f répondra:f répondrait:f répondu:p répondant:a répondit:f
défendre:i défend:f défendent:f défendait:f défendra:f défendrait:f défendu:p défendue:p défendant:a défendit:f
prévenir:i prévient:f préviennent:f prévenait:f prévenaient:f préviendra:f préviendrait:f prévenu:p prévenue:p prévenant:a prévint:f
convenir:i convient:f convenait:f convenu:p convenant:a
soutenir:i soutient:f soutiennent:f soutenait:f soutiendra:f soutiendrait:f soutenu:p soutenue:p soutenant:a
maintenir:i maintient:f maintiennent:f maintenait:f maintiendra:f maintenu:p maintenue:p
poursuivre:i poursuit:f poursuivent:f poursuivait:f poursuivra:f poursuivrait:f poursuivi:p poursuivie:p poursuivant:a
sourire:i sourit:f sourient:f souriait:f souri:p souriant:a
conclure:i conclut:f concluent:f concluait:f conclu:p conclue:p concluant:a
plaindre:i plaint:f plaignent:f plaignait:f plaint:p plaignant:a
démentir:i dément:f démentent:f démentait:f démenti:p démentie:p démentant:a
";

/// Forms of "mettre", "faire" and "se plaindre" that make speech verbs with a following word
/// ("mettre en garde", "faire valoir", "faire savoir").
const METTRE: &str = "mettre met mettent mettait mettaient mettra mettrait mis mise mettant mit";
const FAIRE: &str = "faire fait font faisait faisaient fera ferait faisant fit";

const ER_ENDINGS: [(&str, Form); 21] = [
    ("er", Form::Infinitive),
    ("e", Form::Finite),
    ("es", Form::Finite),
    ("ent", Form::Finite),
    ("ons", Form::Finite),
    ("ez", Form::Finite),
    ("ait", Form::Finite),
    ("aient", Form::Finite),
    ("ais", Form::Finite),
    ("a", Form::Finite),
    ("èrent", Form::Finite),
    ("ât", Form::Finite),
    ("era", Form::Finite),
    ("eront", Form::Finite),
    ("erait", Form::Finite),
    ("eraient", Form::Finite),
    ("é", Form::PastParticiple),
    ("ée", Form::PastParticiple),
    ("és", Form::PastParticiple),
    ("ées", Form::PastParticiple),
    ("ant", Form::PresentParticiple),
];

const IR_ENDINGS: [(&str, Form); 15] = [
    ("ir", Form::Infinitive),
    ("it", Form::Finite),
    ("issent", Form::Finite),
    ("issait", Form::Finite),
    ("issaient", Form::Finite),
    ("irent", Form::Finite),
    ("ira", Form::Finite),
    ("iront", Form::Finite),
    ("irait", Form::Finite),
    ("iraient", Form::Finite),
    ("i", Form::PastParticiple),
    ("ie", Form::PastParticiple),
    ("is", Form::PastParticiple),
    ("ies", Form::PastParticiple),
    ("issant", Form::PresentParticiple),
];

fn er_forms(inf: &str, out: &mut HashMap<String, Verb>, strong: bool) {
    let inf = inf.trim_start_matches("s'");
    let Some(stem) = inf.strip_suffix("er") else {
        return;
    };
    // Stems whose vowel opens before a mute ending: répéter → répète, marteler → martèle.
    const OPEN: [(&str, &str); 12] = [
        ("répét", "répèt"),
        ("réitér", "réitèr"),
        ("suggér", "suggèr"),
        ("concéd", "concèd"),
        ("tempér", "tempèr"),
        ("assén", "assèn"),
        ("considér", "considèr"),
        ("inquiét", "inquièt"),
        ("complét", "complèt"),
        ("martel", "martèl"),
        ("appel", "appell"),
        ("rappel", "rappell"),
    ];
    for (ending, form) in ER_ENDINGS {
        let mut s = stem.to_owned();
        let soft = ending.starts_with(['a', 'â', 'o']);
        if soft && stem.ends_with('c') {
            s.pop();
            s.push('ç');
        } else if soft && stem.ends_with('g') {
            s.push('e');
        }
        if matches!(ending, "e" | "es" | "ent") {
            if let Some((_, open)) = OPEN.iter().find(|(st, _)| *st == stem) {
                s = (*open).to_owned();
            }
        }
        s.push_str(ending);
        out.entry(s).or_insert(Verb { form, strong });
    }
}

fn ir_forms(inf: &str, out: &mut HashMap<String, Verb>) {
    let Some(stem) = inf.strip_suffix("ir") else {
        return;
    };
    for (ending, form) in IR_ENDINGS {
        out.entry(format!("{stem}{ending}"))
            .or_insert(Verb { form, strong: true });
    }
}

fn verbs() -> &'static HashMap<String, Verb> {
    static V: OnceLock<HashMap<String, Verb>> = OnceLock::new();
    V.get_or_init(|| {
        let mut out = HashMap::default();
        for inf in ER_VERBS.split_whitespace() {
            er_forms(inf, &mut out, true);
        }
        for inf in WEAK_ER_VERBS.split_whitespace() {
            er_forms(inf, &mut out, false);
        }
        for inf in IR_VERBS.split_whitespace() {
            ir_forms(inf, &mut out);
        }
        for item in IRREGULAR.split_whitespace() {
            let (w, tag) = item.split_once(':').expect("form:tag");
            let form = match tag {
                "p" => Form::PastParticiple,
                "a" => Form::PresentParticiple,
                "i" => Form::Infinitive,
                _ => Form::Finite,
            };
            out.entry(w.to_owned())
                .or_insert(Verb { form, strong: true });
        }
        out
    })
}

/// A speech verb form, if `w` is one.
pub fn speech_verb(w: &str) -> Option<Verb> {
    verbs().get(w).copied()
}

/// Forms of "mettre" (for "mettre en garde").
pub fn is_mettre(w: &str) -> bool {
    set(&METTRE_SET, METTRE).contains(w)
}

/// Forms of "faire" (for "faire valoir", "faire savoir").
pub fn is_faire(w: &str) -> bool {
    set(&FAIRE_SET, FAIRE).contains(w)
}

static METTRE_SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
static FAIRE_SET: OnceLock<HashSet<&'static str>> = OnceLock::new();

fn set(
    cell: &'static OnceLock<HashSet<&'static str>>,
    words: &'static str,
) -> &'static HashSet<&'static str> {
    cell.get_or_init(|| words.split_whitespace().collect())
}

macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident, $words:expr) => {
        $(#[$doc])*
        pub fn $name(w: &str) -> bool {
            static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
            set(&S, $words).contains(w)
        }
    };
}

const PREPOSITIONS: &str = "à au aux de du des d' en dans sur sous par pour avec sans chez contre
    entre vers devant derrière après avant depuis pendant lors selon malgré parmi envers outre
    face auprès jusqu' jusque hors via dès concernant quant";
const CONJUNCTIONS: &str = "et ou mais puis car donc ni or que qu' si lorsque lorsqu' quand
    comme tandis puisque puisqu' quoique bien";
const SUBJECT_PRONOUNS: &str = "il elle ils elles on je j'";
const ADVERBS: &str = "également aussi encore pourtant toutefois notamment alors déjà ensuite enfin
    ainsi aussitôt désormais cependant néanmoins surtout même bien plus pas jamais seulement
    simplement volontiers toujours souvent parfois d'abord aujourd'hui hier demain récemment
    immédiatement clairement longuement sèchement fermement ouvertement publiquement justement
    certes donc puis là ici très tout soudain plutôt davantage tard tôt vite mieux";
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
    nuit après-midi veille lendemain semaine mois année an heure heures janvier février mars
    avril mai juin juillet août septembre octobre novembre décembre");

word_set!(is_preposition, PREPOSITIONS);

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
    dénommé dénommée appelé appelée appelés appelées dit dite alias baptise");

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
    /// "le ministre des Affaires étrangères", "le chef de l'État".
    is_portfolio, "état etat affaires défense intérieur justice économie finances travail santé
    éducation culture armées transports logement agriculture environnement comptes
    solidarités sports outre-mer relations commerce industrie énergie numérique recherche
    enseignement famille jeunesse territoires gouvernement république cohésion écologie
    budget fonction mer");

word_set!(
    /// Documents whose words a body or person wrote: "indique le communiqué", "selon le texte".
    is_document, "communiqué texte message déclaration note lettre document rapport courrier
    publication courriel tweet mail bulletin");

word_set!(
    /// Head nouns of a body that can speak as such: "le ministère borovien de la Défense",
    /// "la Commission européenne", "l'ambassade de Borovie".
    is_body_noun, "ministère gouvernement présidence commission conseil agence union alliance
    groupe ambassade parlement armée état-major direction préfecture mairie parquet syndicat
    association organisation fédération ong comité junte police gendarmerie tribunal cour
    chancellerie diplomatie cabinet municipalité région département rectorat chu hôpital
    entreprise société compagnie constructeur club ligue collectif coalition mouvement parti
    assemblée sénat autorité autorités administration office institut observatoire fondation
    banque opérateur exécutif kremlin élysée gouvernement-général secrétariat délégation
    mission bureau service services consulat intersyndicale confédération ministère-public
    procureur-général inspection haut-commissariat agence-régionale conférence");

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
";

/// The adjective of a government's label for a country or capital ("moscou" → "russe"), for a
/// lower-cased word (compound names hyphenated: "états-unis", "royaume-uni").
pub fn place_adjective(w: &str) -> Option<&'static str> {
    static P: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    P.get_or_init(|| {
        PLACES
            .split_whitespace()
            .filter_map(|pair| pair.split_once(':'))
            .collect()
    })
    .get(w)
    .copied()
}

/// Whether a folded word reads as an adjective of nationality ("russe", "borovienne",
/// "britannique"), the kind that qualifies a ministry or a government.
pub fn is_adjective_of_nationality(w: &str) -> bool {
    static A: OnceLock<HashSet<String>> = OnceLock::new();
    let known = A.get_or_init(|| {
        PLACES
            .split_whitespace()
            .filter_map(|pair| pair.split_once(':'))
            .map(|(_, a)| crate::text::fold::fold(a))
            .collect()
    });
    known.contains(w)
        || [
            "ien", "ienne", "ais", "aise", "ois", "oise", "ain", "aine", "ene", "ese",
        ]
        .iter()
        .any(|e| w.ends_with(e) && w.len() > e.len() + 2)
}

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

/// Nouns that name a person by role or description, masculine and feminine forms. A
/// role key is the masculine form.
const ROLES: &str = "
ministre/ministre président/présidente vice-président/vice-présidente porte-parole/porte-parole
chef/cheffe secrétaire/secrétaire directeur/directrice député/députée maire/maire
préfet/préfète sous-préfet/sous-préfète avocat/avocate procureur/procureure juge/juge
joueur/joueuse entraîneur/entraîneuse capitaine/capitaine buteur/buteuse
réalisateur/réalisatrice acteur/actrice économiste/économiste politologue/politologue
sociologue/sociologue historien/historienne chercheur/chercheuse expert/experte
analyste/analyste négociateur/négociatrice délégué/déléguée diplomate/diplomate
ambassadeur/ambassadrice chancelier/chancelière gouverneur/gouverneure conseiller/conseillère
adjoint/adjointe colonel/colonelle général/générale commandant/commandante docteur/docteure
professeur/professeure médecin/médecin urgentiste/urgentiste infirmier/infirmière
manifestant/manifestante militant/militante syndicaliste/syndicaliste responsable/responsable
dirigeant/dirigeante patron/patronne pdg/pdg fondateur/fondatrice élu/élue
sénateur/sénatrice candidat/candidate habitant/habitante témoin/témoin retraité/retraitée
étudiant/étudiante agriculteur/agricultrice éleveur/éleveuse céréalier/céréalière
pêcheur/pêcheuse mareyeur/mareyeuse commerçant/commerçante guide/guide hôtelier/hôtelière
pénaliste/pénaliste édile/édile rapporteur/rapporteure observateur/observatrice
membre/membre cadre/cadre salarié/salariée ouvrier/ouvrière employé/employée
enseignant/enseignante policier/policière gendarme/gendarme pompier/pompière roi/reine
pape/pape leader/leader opposant/opposante coordinateur/coordinatrice coordonnateur/coordonnatrice spécialiste/spécialiste
scientifique/scientifique épidémiologiste/épidémiologiste climatologue/climatologue
journaliste/journaliste écrivain/écrivaine auteur/autrice artiste/artiste chanteur/chanteuse
athlète/athlète sélectionneur/sélectionneuse attaquant/attaquante défenseur/défenseuse
gardien/gardienne pilote/pilote cycliste/cycliste coureur/coureuse champion/championne
adversaire/adversaire rival/rivale interlocuteur/interlocutrice homologue/homologue
successeur/successeure prédécesseur/prédécesseure consultant/consultante juriste/juriste
organisateur/organisatrice participant/participante intervenant/intervenante
représentant/représentante commissaire/commissaire formateur/formatrice
ministre-président/ministre-présidente président-directeur/présidente-directrice
premier/première numéro/numéro patriarche/patriarche cardinal/cardinal évêque/évêque
imam/imam rabbin/rabbin prince/princesse souverain/souveraine dictateur/dictatrice
généralissime/généralissime amiral/amirale lieutenant/lieutenante sergent/sergente soldat/soldate
officier/officière vétéran/vétérane otage/otage victime/victime mère/mère père/père fils/fille
frère/sœur veuf/veuve survivant/survivante rescapé/rescapée réfugié/réfugiée voisin/voisine
passant/passante usager/usagère voyageur/voyageuse client/cliente riverain/riveraine
locataire/locataire propriétaire/propriétaire parent/parent élève/élève lycéen/lycéenne
homme/femme garçon/fillette ancien/ancienne
envoyé/envoyée émissaire/émissaire médiateur/médiatrice vice-ministre/vice-ministre
vice-chancelier/vice-chancelière vice-premier/vice-première haut-commissaire/haute-commissaire
haut-représentant/haute-représentante sous-secrétaire/sous-secrétaire coprésident/coprésidente
co-président/co-présidente président-fondateur/présidente-fondatrice conseiller-maire/conseillère-maire
bâtonnier/bâtonnière magistrat/magistrate procureur-adjoint/procureure-adjointe recteur/rectrice
proviseur/proviseure inspecteur/inspectrice commissaire-priseur/commissaire-priseuse
ingénieur/ingénieure architecte/architecte technicien/technicienne chirurgien/chirurgienne
pédiatre/pédiatre infectiologue/infectiologue virologue/virologue psychiatre/psychiatre
psychologue/psychologue pharmacien/pharmacienne vétérinaire/vétérinaire sage-femme/sage-femme
démographe/démographe géographe/géographe géopolitologue/géopolitologue politiste/politiste
constitutionnaliste/constitutionnaliste notaire/notaire greffier/greffière syndic/syndic
prêtre/prêtre pasteur/pasteure curé/curé archevêque/archevêque moine/moniale
vigneron/vigneronne viticulteur/viticultrice maraîcher/maraîchère apiculteur/apicultrice
berger/bergère boulanger/boulangère restaurateur/restauratrice gérant/gérante libraire/libraire
chauffeur/chauffeuse routier/routière conducteur/conductrice cheminot/cheminote contrôleur/contrôleuse
marin/marin docker/docker mineur/mineure secouriste/secouriste sauveteur/sauveteuse
alpiniste/alpiniste skieur/skieuse nageur/nageuse boxeur/boxeuse footballeur/footballeuse
rugbyman/rugbywoman handballeur/handballeuse tennisman/tenniswoman joueur-vedette/joueuse-vedette
arbitre/arbitre coach/coach skipper/skipper navigateur/navigatrice sprinteur/sprinteuse
marathonien/marathonienne perchiste/perchiste escrimeur/escrimeuse judoka/judoka
consul/consule attaché/attachée préfet-adjoint/préfète-adjointe
intéressé/intéressée concerné/concernée fonctionnaire/fonctionnaire haut-fonctionnaire/haut-fonctionnaire source/source officiel/officielle proche/proche confrère/consœur collègue/collègue auteur/autrice créateur/créatrice producteur/productrice
compositeur/compositrice musicien/musicienne danseur/danseuse comédien/comédienne
metteur/metteuse cinéaste/cinéaste photographe/photographe éditeur/éditrice
chroniqueur/chroniqueuse éditorialiste/éditorialiste commentateur/commentatrice
présentateur/présentatrice animateur/animatrice reporter/reporter correspondant/correspondante
directeur-général/directrice-générale secrétaire-général/secrétaire-générale
patriarche/patriarche militaire/militaire combattant/combattante milicien/milicienne
député-maire/députée-maire eurodéputé/eurodéputée parlementaire/parlementaire
trésorier/trésorière lauréat/lauréate vainqueur/vainqueure finaliste/finaliste
demi-centre/demi-centre ailier/ailière meneur/meneuse entraîneur-adjoint/entraîneuse-adjointe
nutritionniste/nutritionniste urbaniste/urbaniste sismologue/sismologue volcanologue/volcanologue
météorologue/météorologue prévisionniste/prévisionniste hydrologue/hydrologue glaciologue/glaciologue
biologiste/biologiste physicien/physicienne chimiste/chimiste mathématicien/mathématicienne
philosophe/philosophe théologien/théologienne linguiste/linguiste archéologue/archéologue
généticien/généticienne cancérologue/cancérologue oncologue/oncologue cardiologue/cardiologue
radiologue/radiologue anesthésiste/anesthésiste ambulancier/ambulancière aide-soignant/aide-soignante
";

fn roles() -> &'static HashMap<&'static str, (&'static str, Gender)> {
    static R: OnceLock<HashMap<&'static str, (&'static str, Gender)>> = OnceLock::new();
    R.get_or_init(|| {
        let mut out = HashMap::default();
        for pair in ROLES.split_whitespace() {
            let (m, f) = pair.split_once('/').expect("masc/fem");
            if m == f {
                out.insert(m, (m, Gender::U));
            } else {
                out.insert(m, (m, Gender::M));
                out.insert(f, (m, Gender::F));
            }
            out.entry(leak_plural(m)).or_insert((m, Gender::U));
        }
        out
    })
}

fn leak_plural(m: &'static str) -> &'static str {
    // Plurals are only needed to recognise "des manifestants": one allocation per role, once.
    Box::leak(format!("{m}s").into_boxed_str())
}

/// A person-role noun: its key (masculine singular) and the gender the form gives.
pub fn role(w: &str) -> Option<(&'static str, Gender)> {
    roles().get(w).copied()
}

word_set!(
    /// Nouns of kinship and closeness: "la sœur de la victime" is someone new, not the last
    /// person named.
    is_relational, "mère père fils fille frère sœur époux épouse mari femme veuve veuf oncle
    tante cousin cousine neveu nièce grand-mère grand-père enfant parent proche ami amie voisin
    voisine compagnon compagne avocat avocate");

word_set!(
    /// Role keys (folded) of offices one holds, as opposed to descriptions anyone may be given:
    /// "le président" is not the chancellor, "le diplomate" may be the ambassador.
    is_office, "president vice-president ministre vice-ministre premier chancelier roi reine
    pape maire prefet gouverneur secretaire commissaire ambassadeur procureur juge porte-parole
    depute senateur directeur entraineur selectionneur capitaine general amiral colonel
    commandant recteur batonnier edile rapporteur haut-commissaire
    haut-representant sous-secretaire coprésident copresident");

word_set!(
    /// Adjectives that come before a role noun ("l'ancien maire", "le Premier ministre").
    is_pre_adjective, "ancien ancienne nouveau nouvel nouvelle jeune premier première
    vieux vieille ex futur future actuel actuelle haut haute grand grande petit petite seul
    seule principal principale influent influente célèbre puissant puissante");

/// First names and the gender they usually carry.
const MALE_NAMES: &str = "
jean pierre paul jacques michel andré philippe louis alain bernard claude daniel christian
patrick nicolas françois éric eric laurent olivier thierry stéphane frédéric sébastien
christophe david julien pascal guillaume antoine thomas alexandre maxime romain vincent
mathieu matthieu marc yves gérard henri rené robert roger georges marcel hugo lucas léo
gabriel arthur jules raphaël adam noah ethan nathan théo tom enzo mathis baptiste clément
quentin benjamin florian jérôme jérémy arnaud cédric fabrice franck gilles hervé lionel
ludovic bruno didier denis emmanuel fabien francis gaël grégory joël joseph kévin loïc
martin maurice max mickaël michaël noël raymond régis rémi rémy serge simon sylvain
timothée tristan valentin victor xavier yann yannick yvon bertrand étienne etienne erwan
gaëtan samuel jordan kylian karim rachid mohamed mohammed mamadou moussa ahmed ali omar
youssef yanis ibrahim abdel abdelkader hamid mehdi nabil sofiane farid hassan hussein
ousmane amadou cheikh idrissa karel pieter jan luc massimo alberto paolo matteo marco
giuseppe giovanni luca lorenzo francesco antonio roberto carlo sergio mario fabio giorgio
silvio tobias friedrich olaf klaus wolfgang hans jürgen helmut karl frank markus stefan
boris vladimir dmitri dmitry sergueï serguei sergei sergey volodymyr mikhaïl mikhail
alexeï alexei alexander andreï andrei andriï andrii oleksandr oleksiy oleksii petro vitali
viktor igor ivan iouri youri yuri evgueni yevgeny ramzan nikolaï nikolai pavel anatoli
anatoly guennadi valeri valery kirill denys dmytro mykhaïlo mykhailo rustem arseni donald
joe barack george bill ronald jd mike steve steven john james michael william richard
charles christopher mark anthony kevin brian keir rishi tony gordon édouard edouard
gérald manuel benyamin benjamin recep tayyip narendra shinzo fumio justin luiz javier
pedro felipe gustavo nicolás tomás diego carlos juan josé jorge luis fernando alejandro
rafael miguel pablo ricardo mauricio evo ahmad bachar bashar mahmoud abdelfattah hossein
ebrahim masoud naftali yair isaac yitzhak ehud benny avi jens anders lars magnus ulf
andrej mateusz andrzej lech tadeusz jarosław jaroslaw petr miloš milos aleksandar ilham
nikol kaïs kais abdelmadjid abdelaziz emmerson cyril jacob félix macky bassirou alassane
mahamat idriss assimi abdourahamane patrice moïse hugues grégoire augustin maximilien
bastien matthias ruben tomasz jonas anatolii réjean pieter-jan jean-marc jean-luc
jean-claude jean-pierre jean-paul jean-michel jean-françois jean-louis jean-yves jean-noël
jean-marie jean-baptiste jean-jacques jean-christophe jean-philippe pierre-yves marc-antoine
paul-henri louis-philippe thibault valentin lucien gaston émile albert edgar
rené-pierre hubert armand adrien aurélien damien dorian gauthier hadrien jonathan killian
mathias morgan nathanaël raphael sacha teddy vivien william yoann yohan brice cyrille
";

const FEMALE_NAMES: &str = "
marie anne catherine isabelle sophie nathalie sylvie christine martine françoise monique
valérie sandrine véronique céline julie aurélie émilie emilie claire caroline stéphanie
laurence élisabeth elisabeth élise elise hélène corinne florence brigitte chantal nicole
jacqueline josette jeanne louise alice léa chloé emma manon inès jade lina zoé lou rose
anna sarah mathilde pauline charlotte lucie juliette margaux océane clara laura marine
mélanie audrey agnès annie béatrice bernadette cécile danielle denise élodie estelle éva
eva fanny gaëlle geneviève ghislaine irène joëlle karine katell laëtitia laetitia lydie
maëlle marianne marion maryse michèle michelle mireille muriel myriam nadia nadine noémie
odile patricia pascale rachida sabine ségolène séverine simone solène sonia suzanne
thérèse virginie yvette yvonne amina aïcha aïssatou fatou fatoumata ndèye awa aminata
mariam leïla leila nawal samia yasmina yasmine farida malika najat rama chiara giulia
giorgia francesca alessandra elena maria ursula angela annalena kaja mette sanna ebba
zofia marta agnieszka ioulia yulia iouliia olena olga natalia natalya svetlana tatiana
irina ekaterina valentina kamala hillary nancy condoleezza melania ivanka kristi karoline
tulsi pam theresa liz rachel roberta kristalina greta anne-catherine marie-ève
marie-christine marie-france marie-claire marie-hélène anne-marie anne-sophie anne-laure
clémentine agathe adèle ambre apolline bérénice capucine constance diane eugénie hortense
joséphine léonie lucile madeleine margot maud ophélie perrine salomé tiphaine victoire
yolande danièle sandra jessica vanessa cindy jennifer sabrina delphine magali gwenaëlle
aurore justine coralie amandine sophia laure ingrid astrid birgit heidi frida liv prisca
amélie yaël clémence sofia emine beata ewa dorota ivana jelena milica vesna daria
oksana anastasia ludmila lioudmila lyudmila maia salomé zuzana viktória ilona nathalie
giulia élodie maëlle
";

/// A first name's usual gender.
pub fn first_name(w: &str) -> Option<Gender> {
    static N: OnceLock<HashMap<&'static str, Gender>> = OnceLock::new();
    N.get_or_init(|| {
        let mut out = HashMap::default();
        for n in MALE_NAMES.split_whitespace() {
            out.insert(n, Gender::M);
        }
        for n in FEMALE_NAMES.split_whitespace() {
            if out.insert(n, Gender::F) == Some(Gender::M) {
                out.insert(n, Gender::U);
            }
        }
        for n in [
            "camille",
            "dominique",
            "claude",
            "andrea",
            "sacha",
            "maxime",
            "alix",
            "morgan",
        ] {
            out.insert(n, Gender::U);
        }
        out
    })
    .get(w)
    .copied()
}

word_set!(
    /// Name particles inside a person's name ("Ursula von der Leyen", "Erwan Le Floch").
    is_name_particle, "de du des d' la le van von der den da di dal del della dos ben bin
    al el ibn ter");

/// A capitalised nationality noun before a name ("la Suédoise Ebba Lindqvist"), by its ending.
/// A capitalised inhabitant's name used as an epithet ("la Niçoise", "le Lyonnais"): the
/// surest demonym endings only, and no country or body a lexicon knows.
pub fn is_demonym_epithet(w: &str) -> bool {
    const ENDINGS: [&str; 12] = [
        "ais", "aise", "ois", "oise", "ien", "ienne", "éen", "éenne", "ain", "aine", "and", "ande",
    ];
    w.chars().count() > 5
        && ENDINGS.iter().any(|e| w.ends_with(e))
        && !is_body_noun(w)
        && place_adjective(&crate::text::fold::fold(w)).is_none()
}

pub fn looks_like_demonym(w: &str) -> bool {
    const ENDINGS: [&str; 24] = [
        "ais", "aise", "ois", "oise", "ain", "aine", "ien", "ienne", "éen", "éenne", "an", "ane",
        "in", "ine", "and", "ande", "ol", "ole", "que", "ge", "sse", "c", "on", "onne",
    ];
    ENDINGS.iter().any(|e| w.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_forms_follow_spelling_rules() {
        for (w, form) in [
            ("déclaré", Form::PastParticiple),
            ("lançait", Form::Finite),
            ("dénonçant", Form::PresentParticiple),
            ("jugeant", Form::PresentParticiple),
            ("rappelle", Form::Finite),
            ("martèle", Form::Finite),
            ("répète", Form::Finite),
            ("avertissant", Form::PresentParticiple),
            ("reconnaît", Form::Finite),
            ("prévient", Form::Finite),
            ("dite", Form::PastParticiple),
            ("juge", Form::Finite),
        ] {
            assert_eq!(speech_verb(w).map(|v| v.form), Some(form), "{w}");
        }
        assert!(speech_verb("maintenant").is_none());
        assert!(!speech_verb("annoncé").unwrap().strong);
    }

    #[test]
    fn roles_and_names() {
        assert_eq!(role("présidente"), Some(("président", Gender::F)));
        assert_eq!(role("porte-parole"), Some(("porte-parole", Gender::U)));
        assert_eq!(first_name("josette"), Some(Gender::F));
        assert_eq!(first_name("camille"), Some(Gender::U));
    }
}
