//! Speech verbs in every form a dispatch uses: regular -er and -ir verbs conjugated from their
//! infinitives (spelling changes derived), irregular ones listed form by form.

use std::sync::OnceLock;

use super::{set, HashMap, WordSet};

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
rejeter épingler stigmatiser brocarder moquer minimiser balayer pointer cingler grincer
persifler fulminer tancer égratigner évaluer chiffrer amuser attaquer redouter alléguer
";

/// Regular -er verbs that introduce quotations but do not attribute short spans on their own.
const WEAK_ER_VERBS: &str = "
annoncer informer commenter noter constater remarquer relever signaler rapporter
analyser observer détailler résumer poster inviter assumer
";

/// Regular -ir verbs (second group).
const IR_VERBS: &str = "avertir réagir applaudir réjouir renchérir";

/// Irregular verbs: every form a dispatch uses, tagged f (finite), p (past participle),
/// a (present participle), i (infinitive).
const IRREGULAR: &str = "
dire:i dit:f dis:f disais:f disent:f disait:f disaient:f dira:f diront:f dirait:f diraient:f dit:f dite:p dits:p dites:p disant:a
écrire:i écrit:f écris:f écrivais:f écrivent:f écrivait:f écrivaient:f écrira:f écrirait:f écrite:p écrits:p écrivant:a écrivit:f
décrire:i décrit:f décrivent:f décrivait:f décrivant:a décrite:p
dépeindre:i dépeint:f dépeignent:f dépeignait:f dépeignant:a dépeinte:p
reconnaître:i reconnaitre:i reconnais:f reconnaît:f reconnait:f reconnaissent:f reconnaissait:f reconnaissaient:f reconnaîtra:f reconnaîtrait:f reconnu:p reconnue:p reconnus:p reconnues:p reconnaissant:a reconnut:f
admettre:i admets:f admet:f admettent:f admettait:f admettra:f admettrait:f admis:p admise:p admettant:a admit:f
promettre:i promets:f promet:f promettent:f promettait:f promettaient:f promettra:f promettrait:f promis:p promise:p promettant:a promit:f
répondre:i réponds:f répond:f répondent:f répondait:f répondaient:f répondra:f répondrait:f répondu:p répondant:a répondit:f
défendre:i défends:f défend:f défendent:f défendait:f défendra:f défendrait:f défendu:p défendue:p défendant:a défendit:f
prévenir:i prévient:f préviennent:f prévenait:f prévenaient:f préviendra:f préviendrait:f prévenu:p prévenue:p prévenant:a prévint:f
convenir:i convient:f convenait:f convenu:p convenant:a
soutenir:i soutiens:f soutient:f soutiennent:f soutenait:f soutiendra:f soutiendrait:f soutenu:p soutenue:p soutenant:a
maintenir:i maintiens:f maintient:f maintiennent:f maintenait:f maintiendra:f maintenu:p maintenue:p
poursuivre:i poursuit:f poursuivent:f poursuivait:f poursuivra:f poursuivrait:f poursuivi:p poursuivie:p poursuivant:a
sourire:i sourit:f sourient:f souriait:f souri:p souriant:a
conclure:i conclut:f concluent:f concluait:f conclu:p conclue:p concluant:a
plaindre:i plaint:f plaignent:f plaignait:f plaint:p plaignant:a
démentir:i dément:f démentent:f démentait:f démenti:p démentie:p démentant:a
vouloir:i veut:f veulent:f voulait:f voulaient:f voudrait:f voudraient:f voulu:p voulant:a
interrompre:i interromps:f interrompt:f interrompent:f interrompait:f interrompra:f interrompu:p interrompue:p interrompus:p interrompant:a interrompit:f
craindre:i crains:f craint:f craignent:f craignait:f craignaient:f craindra:f craindrait:f craint:p craignant:a
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
    const OPEN: [(&str, &str); 14] = [
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
        ("relev", "relèv"),
        ("appel", "appell"),
        ("rappel", "rappell"),
        ("rejet", "rejett"),
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
        // Stems in -y take i before a mute e: balayer → balaie, balaiera (balaye stays too).
        if let Some(base) = stem.strip_suffix('y') {
            if matches!(
                ending,
                "e" | "es" | "ent" | "era" | "eront" | "erait" | "eraient"
            ) {
                out.entry(format!("{base}i{ending}"))
                    .or_insert(Verb { form, strong });
            }
        }
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

/// The speech verbs' forms, and one bit for each of their signatures (see [`signature`]): a
/// word whose bit is not set is no speech verb, as most words asked about are not.
struct Verbs {
    forms: HashMap<String, Verb>,
    signatures: Box<[u64; 1024]>,
}

/// A word's length and first two and last two bytes, mixed into 16 bits.
#[inline(always)]
fn signature(w: &[u8]) -> usize {
    let n = w.len();
    let x = n as u64
        | u64::from(w[0]) << 8
        | u64::from(w[1.min(n - 1)]) << 16
        | u64::from(w[n.saturating_sub(2)]) << 24
        | u64::from(w[n - 1]) << 32;
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize
}

fn verbs() -> &'static Verbs {
    static V: OnceLock<Verbs> = OnceLock::new();
    V.get_or_init(|| {
        let forms = verb_forms();
        let mut signatures = Box::new([0u64; 1024]);
        for w in forms.keys().filter(|w| !w.is_empty()) {
            let i = signature(w.as_bytes());
            signatures[i >> 6] |= 1 << (i & 63);
        }
        Verbs { forms, signatures }
    })
}

fn verb_forms() -> HashMap<String, Verb> {
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
}

/// A speech verb form, if `w` is one.
pub fn speech_verb(w: &str) -> Option<Verb> {
    let v = verbs();
    if !w.is_empty() {
        let i = signature(w.as_bytes());
        if v.signatures[i >> 6] >> (i & 63) & 1 == 0 {
            return None;
        }
    }
    v.forms.get(w).copied()
}

/// Forms of "mettre" (for "mettre en garde").
pub fn is_mettre(w: &str) -> bool {
    set(&METTRE_SET, METTRE).contains(w)
}

/// Forms of "faire" (for "faire valoir", "faire savoir").
pub fn is_faire(w: &str) -> bool {
    set(&FAIRE_SET, FAIRE).contains(w)
}

static METTRE_SET: OnceLock<WordSet<&'static str>> = OnceLock::new();
static FAIRE_SET: OnceLock<WordSet<&'static str>> = OnceLock::new();

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
            ("balaie", Form::Finite),
            ("balaye", Form::Finite),
        ] {
            assert_eq!(speech_verb(w).map(|v| v.form), Some(form), "{w}");
        }
        assert!(speech_verb("maintenant").is_none());
        assert!(!speech_verb("annoncé").unwrap().strong);
    }
}
