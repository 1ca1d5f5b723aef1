//! Quotation and speaker extraction, one rule at a time. Every speaker here is invented.

use crate::ingest::parse::Context;
use crate::model::dispatch::Dispatch;

/// The quotations of a dispatch made of a title and `body`, with their speakers.
pub(super) fn quotes(body: &str) -> Vec<(String, Option<String>)> {
    let d = Dispatch::parse(
        "t.txt",
        &format!("Titre de la dépêche\n\n{body}\n"),
        &Context::default(),
    );
    d.passages
        .iter()
        .flat_map(|p| p.quotes.iter().map(|q| (q.text.clone(), q.speaker.clone())))
        .collect()
}

fn q(text: &str, speaker: Option<&str>) -> (String, Option<String>) {
    (text.to_owned(), speaker.map(str::to_owned))
}

#[test]
fn guillemets_with_every_space_curly_and_straight_quotes() {
    let found = quotes(
        "« Nous tiendrons », a déclaré Paul Verdier. «\u{a0}Sans faute\u{a0}», a-t-il ajouté. \
         «\u{202f}Jamais seuls\u{202f}», a-t-il poursuivi. «Tout de suite», a-t-il conclu. \
         “Pas avant l’été”, a-t-il précisé. \"Rien n'est joué\", a-t-il insisté.",
    );
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Nous tiendrons",
            "Sans faute",
            "Jamais seuls",
            "Tout de suite",
            "Pas avant l’été",
            "Rien n'est joué"
        ]
    );
    assert!(found
        .iter()
        .all(|(_, s)| s.as_deref() == Some("Paul Verdier")));
}

#[test]
fn offsets_are_the_quoted_words_inside_the_marks() {
    let d = Dispatch::parse(
        "t.txt",
        "Titre\n\nElle a dit : «\u{a0}On avance\u{a0}», selon Claire Monteil.\n",
        &Context::default(),
    );
    let p = &d.passages[1];
    let quote = &p.quotes[0];
    assert_eq!(&p.text[quote.start..quote.end], "On avance");
}

#[test]
fn nested_marks_are_part_of_the_quotation() {
    let found = quotes(
        "« On nous répète \"plus tard\", puis “après l'hiver” », a dénoncé la syndicaliste Sonia Ferrand.",
    );
    assert_eq!(
        found,
        [q(
            "On nous répète \"plus tard\", puis “après l'hiver”",
            Some("Sonia Ferrand")
        )]
    );
}

#[test]
fn a_quotation_continued_over_paragraphs() {
    let found = quotes(
        "Le maire de Saint-Aubin, Yves Garnaud, a pris la parole. « Nous avons tout tenté.\n\n\
         « Les crédits manquent, les bras aussi.\n\n\
         « Nous ne fermerons pas l'école », a-t-il conclu.",
    );
    assert_eq!(
        found,
        [
            q("Nous avons tout tenté.", Some("Yves Garnaud")),
            q(
                "Les crédits manquent, les bras aussi.",
                Some("Yves Garnaud")
            ),
            q("Nous ne fermerons pas l'école", Some("Yves Garnaud")),
        ]
    );
}

#[test]
fn scare_quotes_titles_and_names_are_not_quotations() {
    let found = quotes(
        "La « brigade des volontaires » s'est réunie mardi. Le quotidien « La Gazette du Val » \
         consacre sa une au projet, baptisé « Horizon vert ». Les élus ont adopté le plan \
         « Ville claire » et une « zone apaisée ». « Le Courrier » paraît le jeudi.",
    );
    assert_eq!(found, []);
}

#[test]
fn a_short_span_is_a_quotation_when_someone_says_it() {
    let found = quotes(
        "La ministre de la Culture, Claire Monteil, a jugé la réforme « bancale » mais « nécessaire ». \
         Le préfet Bastien Roulier a averti que tout retard serait une « faute lourde ». \
         Selon Sonia Ferrand, le chantier a « pris du retard ».",
    );
    assert_eq!(
        found,
        [
            q("bancale", Some("Claire Monteil")),
            q("nécessaire", Some("Claire Monteil")),
            q("faute lourde", Some("Bastien Roulier")),
            q("pris du retard", Some("Sonia Ferrand")),
        ]
    );
}

#[test]
fn attribution_after_the_quotation_with_inversion() {
    let found = quotes(
        "La mairie a présenté son budget mardi.\n\n\
         « Le budget est tenu », a rappelé le porte-parole de la mairie, Paul Verdier.\n\n\
         « Aucun impôt n'augmentera », a déclaré mardi la cheffe de l'opposition municipale, Claire Monteil.\n\n\
         « Nous verrons », a-t-elle ajouté.\n\n\
         « C'est un budget de campagne », ironise Yves Garnaud, conseiller municipal.",
    );
    assert_eq!(
        found,
        [
            q("Le budget est tenu", Some("Paul Verdier")),
            q("Aucun impôt n'augmentera", Some("Claire Monteil")),
            q("Nous verrons", Some("Claire Monteil")),
            q("C'est un budget de campagne", Some("Yves Garnaud")),
        ]
    );
}

#[test]
fn attribution_before_the_quotation() {
    let found = quotes(
        "Le directeur du port, Paul Verdier, a déclaré : « Les quais rouvriront lundi. »\n\n\
         Claire Monteil a affirmé que « rien n'a été décidé ».\n\n\
         Selon Yves Garnaud, « la saison est perdue ».\n\n\
         Pour l'économiste Sonia Ferrand, « les prix vont baisser ».\n\n\
         La présidente du syndicat, Nadine Cros, a réagi : « C'est trop tard. »",
    );
    assert_eq!(
        found,
        [
            q("Les quais rouvriront lundi.", Some("Paul Verdier")),
            q("rien n'a été décidé", Some("Claire Monteil")),
            q("la saison est perdue", Some("Yves Garnaud")),
            q("les prix vont baisser", Some("Sonia Ferrand")),
            q("C'est trop tard.", Some("Nadine Cros")),
        ]
    );
}

#[test]
fn titles_and_appositions_give_the_full_name() {
    let found = quotes(
        "Le ministre de l'Agriculture Bastien Roulier s'est rendu à Lyon.\n\n\
         « Je reviendrai », a promis M. Roulier.\n\n\
         « Les éleveurs attendent », a ajouté le ministre.\n\n\
         « Il faut des actes », a répondu Roulier.",
    );
    assert!(
        found
            .iter()
            .all(|(_, s)| s.as_deref() == Some("Bastien Roulier")),
        "{found:?}"
    );
}

#[test]
fn participles_take_the_subject_of_their_clause() {
    let found = quotes(
        "Paul Verdier a quitté la réunion, affirmant que le projet était « mort-né ». \
         « Je ne signerai pas », a-t-il dit, ajoutant : « Ni aujourd'hui ni demain. »",
    );
    assert!(
        found
            .iter()
            .all(|(_, s)| s.as_deref() == Some("Paul Verdier")),
        "{found:?}"
    );
    assert_eq!(found.len(), 3);
}

#[test]
fn pronouns_follow_gender_and_recency() {
    let found = quotes(
        "La députée Claire Monteil a rencontré le maire, Yves Garnaud.\n\n\
         « Le dialogue est renoué », a-t-elle dit.\n\n\
         « Nous verrons à l'usage », a-t-il répondu.",
    );
    assert_eq!(
        found,
        [
            q("Le dialogue est renoué", Some("Claire Monteil")),
            q("Nous verrons à l'usage", Some("Yves Garnaud")),
        ]
    );
}

#[test]
fn anonymous_and_unattributed_quotations_have_no_speaker() {
    let found = quotes(
        "« On ne lâchera rien », a lancé un manifestant. « Trop, c'est trop », pouvait-on lire \
         sur une pancarte. Selon une source proche du dossier, « tout est bloqué ». \
         Le gouverneur d'une région voisine a confié que « rien ne bouge ». « Patience », \
         a-t-il ajouté.\n\n\
         « Le calme est revenu. »",
    );
    assert_eq!(found.len(), 6, "{found:?}");
    assert!(found.iter().all(|(_, s)| s.is_none()), "{found:?}");
}

#[test]
fn an_anonymous_source_is_not_the_previous_speaker() {
    let found = quotes(
        "« La décision est prise », a déclaré Paul Verdier.\n\n\
         Un conseiller, sous couvert d'anonymat, a glissé que « personne n'y croit ». \
         « Tout peut changer », a-t-il ajouté.",
    );
    assert_eq!(found[0].1.as_deref(), Some("Paul Verdier"));
    assert_eq!(found[1].1, None);
    assert_eq!(found[2].1, None);
}

#[test]
fn a_speaker_named_later_in_a_title_is_the_full_name() {
    let found = quotes(
        "« Pas de fermeture », dit Garnaud\n\n\
         Le maire, Yves Garnaud, a défendu l'hôpital : « Pas de fermeture, pas de fusion. »",
    );
    assert!(
        found
            .iter()
            .all(|(_, s)| s.as_deref() == Some("Yves Garnaud")),
        "{found:?}"
    );
}

#[test]
fn transliterations_meet_through_the_aliases() {
    let found = quotes("« Nous étudierons la proposition », a déclaré Sergei Lavrov.");
    assert_eq!(found[0].1.as_deref(), Some("Sergueï Lavrov"));
}

#[test]
fn a_paragraph_ending_with_a_colon_announces_the_next_one() {
    let found = quotes(
        "Le maire de Saint-Aubin, Yves Garnaud, a répondu aux critiques. Il a conclu ainsi :\n\n\
         « Rien n'est perdu. Nous reconstruirons la halle. »",
    );
    assert_eq!(
        found,
        [q(
            "Rien n'est perdu. Nous reconstruirons la halle.",
            Some("Yves Garnaud")
        )]
    );
}

#[test]
fn qualifying_verbs_reach_over_their_object() {
    let found =
        quotes("La présidente du club, Nadine Cros, a qualifié mardi le match de « historique ».");
    assert_eq!(found, [q("historique", Some("Nadine Cros"))]);
}

#[test]
fn a_naming_noun_a_verb_of_judging_characterises_is_no_title() {
    let found = quotes("Le ministre Paul Verdier a qualifié l'initiative de « farce ».");
    assert_eq!(found, [q("farce", Some("Paul Verdier"))]);
    // A title after the same noun stays a title.
    assert_eq!(
        quotes("L'initiative « Villes sûres » a été lancée lundi."),
        []
    );
}

#[test]
fn a_characterisation_after_a_naming_noun_is_a_quotation() {
    let found = quotes("Le syndicaliste Paul Verdier parle d'un projet « au rabais ».");
    assert_eq!(found, [q("au rabais", Some("Paul Verdier"))]);
}

#[test]
fn an_adjectival_participle_is_not_the_reporting_verb() {
    let found = quotes(
        "Selon Claire Monteil, l'enveloppe annoncée par la région permettra de « sauver la saison ».",
    );
    assert_eq!(found, [q("sauver la saison", Some("Claire Monteil"))]);
}

#[test]
fn a_participle_after_a_quotation_is_no_incise() {
    let found = quotes(
        "Les aides versées par le fonds « Cap Avenir », invoquant un afflux de demandes, sont suspendues.",
    );
    assert_eq!(found, []);
}

#[test]
fn an_organisation_speaks_under_its_name_not_as_a_person() {
    let found = quotes("L'association Rives vertes dénonce un projet « au rabais ».");
    assert_eq!(found, [q("au rabais", Some("association Rives vertes"))]);
}

#[test]
fn a_body_speaks_under_the_name_the_dispatch_spelt_out() {
    let found = quotes(
        "Les camions ont ralenti la circulation à l'appel de l'Union des routiers du Nord (URN), \
         qui réclame une aide.\n\n\
         Dans un communiqué, l'URN affirme que « deux mille entreprises sont menacées ».\n\n\
         « Nous attendons un geste », a ajouté l'Alliance européenne des chargeurs, qui regroupe \
         les expéditeurs.",
    );
    assert_eq!(
        found,
        [
            q(
                "deux mille entreprises sont menacées",
                Some("Union des routiers du Nord")
            ),
            q(
                "Nous attendons un geste",
                Some("Alliance européenne des chargeurs")
            ),
        ]
    );
}

/// A question-and-answer interview: "je" outside quotation marks is the interviewee its lead
/// names, and the title's quotation is theirs; "Je" is never a name.
#[test]
fn an_interview_s_first_person_is_the_interviewee() {
    let d = Dispatch::parse(
        "t.txt",
        "ENTRETIEN. « Le port vivra, avec ou sans l'aide de l'État » : la maire défend son projet\n\n\
         Élue depuis 2020, Maëlle Karadec dirige la commune de Port-Kerlan. Elle a répondu à nos questions.\n\n\
         Le projet est-il financé ?\n\n\
         En partie. J'ai dit au préfet que « rien ne se fera sans l'État ». Il a promis une réponse.\n\n\
         Et les pêcheurs ?\n\n\
         Ils sont inquiets, je le comprends.\n",
        &Context::default(),
    );
    let found: Vec<(String, Option<String>)> = d
        .passages
        .iter()
        .flat_map(|p| p.quotes.iter().map(|q| (q.text.clone(), q.speaker.clone())))
        .collect();
    assert_eq!(
        found,
        [
            q(
                "Le port vivra, avec ou sans l'aide de l'État",
                Some("Maëlle Karadec")
            ),
            q("rien ne se fera sans l'État", Some("Maëlle Karadec")),
        ]
    );
}

/// Outside an interview, "je" names nobody.
#[test]
fn je_outside_an_interview_is_nobody() {
    let found = quotes("Je l'ai entendu dire : « le pont sera fermé en mai ».");
    assert!(found.iter().all(|(_, s)| s.is_none()), "{found:?}");
}

/// A document's words belong to who issued it: its complement, else who last spoke.
#[test]
fn a_document_speaks_for_its_author() {
    let found = quotes(
        "Le ministère valdorien de la Santé a annoncé la fermeture de trois services. \
         « Aucun patient ne sera laissé sans soins », indique le communiqué.\n\n\
         « Nous ne signerons pas », précise le communiqué du syndicat des infirmiers valdoriens.",
    );
    assert_eq!(
        found,
        [
            q(
                "Aucun patient ne sera laissé sans soins",
                Some("ministère valdorien de la Santé")
            ),
            q(
                "Nous ne signerons pas",
                Some("syndicat des infirmiers valdoriens")
            ),
        ]
    );
}

/// "l'agence" after the Agence … it stands for; "Bertrand de Marvejols" is one name.
#[test]
fn short_references_to_a_body_and_names_with_de() {
    let found = quotes(
        "Les experts de l'Agence régionale des eaux du Valdor ont rendu leur avis. \
         L'agence juge le barrage « fragile ».\n\n\
         « Il faut agir vite », a déclaré le général Bertrand de Marvejols.",
    );
    assert_eq!(
        found,
        [
            q("fragile", Some("Agence régionale des eaux du Valdor")),
            q("Il faut agir vite", Some("Bertrand de Marvejols")),
        ]
    );
}
