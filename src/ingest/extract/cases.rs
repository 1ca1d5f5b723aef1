//! Attribution on the shapes of real wire copy, one class of error at a time. Every person,
//! place and body here is invented; the words are ours.

use super::tests::quotes;

fn speaker_of<'a>(found: &'a [(String, Option<String>)], text: &str) -> Option<&'a str> {
    found
        .iter()
        .find(|(t, _)| t == text)
        .unwrap_or_else(|| panic!("«{text}» not found among {found:?}"))
        .1
        .as_deref()
}

#[test]
fn a_country_speaking_is_its_government() {
    let found = quotes(
        "Les troupes ostaliennes sont entrées dans la ville mardi. La Ostalie a dénoncé une \
         « provocation délibérée » de ses voisins.",
    );
    assert_eq!(
        speaker_of(&found, "provocation délibérée"),
        Some("gouvernement ostalien")
    );
}

#[test]
fn a_medium_between_the_incise_s_verb_and_its_subject_is_passed_over() {
    let found = quotes(
        "KIEV, 20 mars 2026 - Le président ostalien Bohdan Koval a reçu ses alliés. « Nous \
         tiendrons », a écrit sur X le président ostalien. « La nuit a été longue », a déclaré \
         à l'AFP le ministre ostalien de la Santé, Petro Hnatiuk. « Les réseaux sont rétablis », \
         a indiqué dans un communiqué le ministère ostalien de l'Énergie.",
    );
    assert_eq!(speaker_of(&found, "Nous tiendrons"), Some("Bohdan Koval"));
    assert_eq!(
        speaker_of(&found, "La nuit a été longue"),
        Some("Petro Hnatiuk")
    );
    assert_eq!(
        speaker_of(&found, "Les réseaux sont rétablis"),
        Some("ministère ostalien de l'Énergie")
    );
}

#[test]
fn a_ministry_keeps_its_nationality_before_its_portfolio() {
    let found = quotes(
        "Le ministère de l'Intérieur ostalien a affirmé dans un communiqué que la frontière \
         restait « fermée jusqu'à nouvel ordre ».",
    );
    assert_eq!(
        speaker_of(&found, "fermée jusqu'à nouvel ordre"),
        Some("ministère ostalien de l'Intérieur")
    );
}

#[test]
fn a_document_read_with_on_belongs_to_its_author() {
    let found = quotes(
        "Dans un communiqué publié jeudi, l'Office européen des semences dit avoir reçu plus de \
         trois cents plaintes. « Aucune variété ne sera retirée avant l'été », peut-on lire dans \
         le texte.",
    );
    assert_eq!(
        speaker_of(&found, "Aucune variété ne sera retirée avant l'été"),
        Some("Office européen des semences")
    );
}

#[test]
fn according_to_an_agency_alone_the_agency_is_the_author() {
    let found = quotes("Selon l'agence Nordpress, la zone interdite « sera élargie dès lundi ».");
    assert_eq!(
        speaker_of(&found, "sera élargie dès lundi"),
        Some("Nordpress")
    );
}

#[test]
fn selon_right_after_a_quotation_without_a_comma() {
    let found = quotes(
        "L'Ostalie réclame trois navires de plus, « le seuil vital » selon Irma Kestelyn. Rien \
         n'a été promis.",
    );
    assert_eq!(speaker_of(&found, "le seuil vital"), Some("Irma Kestelyn"));
}

#[test]
fn subject_first_after_a_quotation_in_translated_copy() {
    let found = quotes(
        "Le ministre de l'Énergie ostalien Ostrowicz a salué l'accord comme « une bouffée \
         d'air ». « Les centrales tiendront l'hiver. Les familles n'ont rien à craindre », \
         Ostrowicz a déclaré dans un entretien à la radio Kanal 5.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Les centrales tiendront l'hiver. Les familles n'ont rien à craindre"
        ),
        Some("Ostrowicz")
    );
}

#[test]
fn a_counterpart_named_in_apposition_after_a_possessive() {
    let found = quotes(
        "Le président ostalien Piet Hallmann a jugé la rencontre « utile ». \
         Une heure plus tard, son homologue morvan Ilja Brandauer a donné une autre version. \
         « Rien n'a bougé, absolument rien », a-t-il lancé devant la presse.",
    );
    assert_eq!(
        speaker_of(&found, "Rien n'a bougé, absolument rien"),
        Some("Ilja Brandauer")
    );
    let found = quotes(
        "La ministre ostalienne Greta Olsson a parlé d'une journée utile. \
         Son voisin de tribune, le ministre morvan Ilja Brandauer, s'est montré plus réservé. \
         « Utile ne veut pas dire décisive », a-t-il glissé.",
    );
    assert_eq!(
        speaker_of(&found, "Utile ne veut pas dire décisive"),
        Some("Ilja Brandauer")
    );
}

#[test]
fn an_epithet_after_the_quotation_points_back_to_the_person_it_describes() {
    let found = quotes(
        "La maire, Odile Casteran-Brunet, a défendu le budget devant le conseil. \
         Le chef de l'opposition, Marc Verlaine, a dénoncé une hausse « injuste ». \
         « Cette hausse, monsieur Verlaine, vous l'aviez votée », a répliqué l'édile.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Cette hausse, monsieur Verlaine, vous l'aviez votée"
        ),
        Some("Odile Casteran-Brunet")
    );
    let found = quotes(
        "La députée Nadia Ferrand-Lys a pris la parole après minuit. Le ministre, Paul Ancel, \
         lui a répondu sèchement. Mme Ferrand-Lys a parlé d'un « simulacre ». \
         « On vote la nuit, sans chiffres, sans étude », a encore lancé la députée.",
    );
    assert_eq!(
        speaker_of(&found, "On vote la nuit, sans chiffres, sans étude"),
        Some("Nadia Ferrand-Lys")
    );
}

#[test]
fn a_pronoun_goes_back_to_the_speaker_not_to_the_person_addressed_after_it() {
    let found = quotes(
        "La procureure Hélène Varga a requis cinq ans de prison. « Vous avez menti à tout le \
         monde, et d'abord à vous-même », a-t-elle lancé à l'adresse de l'accusée, Sonia \
         Marchetti, 41 ans.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Vous avez menti à tout le monde, et d'abord à vous-même"
        ),
        Some("Hélène Varga")
    );
}

#[test]
fn anonymous_sources_stay_unnamed() {
    let found = quotes(
        "La ministre de la Santé, Agathe Rivoire, a présenté son plan mardi. Un conseiller du \
         ministère, qui a requis l'anonymat, a jugé le calendrier « très serré ». « Personne \
         n'a été consulté », a-t-il ajouté.",
    );
    assert_eq!(speaker_of(&found, "très serré"), None);
    assert_eq!(speaker_of(&found, "Personne n'a été consulté"), None);
}

#[test]
fn a_passer_by_after_a_named_official_stays_unnamed() {
    let found = quotes(
        "Le maire, Gilles Aubertin, a promis une réfection de la chaussée « avant l'hiver ». \
         « On nous la promet depuis dix ans », soupire un riverain. « Cette fois, j'y crois à \
         moitié. »",
    );
    assert_eq!(speaker_of(&found, "On nous la promet depuis dix ans"), None);
    assert_eq!(speaker_of(&found, "Cette fois, j'y crois à moitié."), None);
}

#[test]
fn a_role_the_dispatch_gives_no_one_stays_unnamed() {
    let found = quotes(
        "L'avocate de la défense, Me Claire Obadia, a plaidé la relaxe. « Mon client n'a rien \
         volé », a-t-elle martelé. « Les faits sont établis », a répliqué le procureur.",
    );
    assert_eq!(
        speaker_of(&found, "Mon client n'a rien volé"),
        Some("Claire Obadia")
    );
    assert_eq!(speaker_of(&found, "Les faits sont établis"), None);
    let found = quotes(
        "Le ministre de l'Agriculture, Hervé Lacombe, a reçu les éleveurs lundi. « Nous \
         n'avons obtenu que des promesses », a regretté le président de la fédération \
         départementale.",
    );
    assert_eq!(
        speaker_of(&found, "Nous n'avons obtenu que des promesses"),
        None
    );
}

#[test]
fn a_source_and_unnamed_services_stay_unnamed() {
    let found = quotes(
        "Le ministre de l'Intérieur, Pascal Rembert, s'est rendu sur place. « Le bilan pourrait \
         s'alourdir », a indiqué une source proche de l'enquête. Selon un diplomate européen, \
         l'accord « tient à un fil ».",
    );
    assert_eq!(speaker_of(&found, "Le bilan pourrait s'alourdir"), None);
    assert_eq!(speaker_of(&found, "tient à un fil"), None);
}
#[test]
fn a_body_named_by_its_acronym_keeps_the_full_name_the_dispatch_gives() {
    let found = quotes(
        "Les internes du CHU de Valrose ont cessé le travail lundi. La direction du CHU a \
         promis dans un communiqué « une réponse sous huit jours ».",
    );
    assert_eq!(
        speaker_of(&found, "une réponse sous huit jours"),
        Some("CHU de Valrose")
    );
}

#[test]
fn a_short_reference_to_a_body_named_with_its_place() {
    let found = quotes(
        "La préfecture de la Creuse a interdit la baignade dans trois étangs. Dans un \
         communiqué, la préfecture évoque « une présence inhabituelle de cyanobactéries ».",
    );
    assert_eq!(
        speaker_of(&found, "une présence inhabituelle de cyanobactéries"),
        Some("préfecture de la Creuse")
    );
}

#[test]
fn the_executive_of_a_state_is_its_government() {
    let found = quotes(
        "Les garde-côtes ostaliens ont arraisonné deux chalutiers. L'exécutif ostalien a \
         dénoncé une « incursion délibérée » dans ses eaux.",
    );
    assert_eq!(
        speaker_of(&found, "incursion délibérée"),
        Some("gouvernement ostalien")
    );
}

#[test]
fn a_state_label_keeps_the_accents_of_its_adjective() {
    let found = quotes(
        "La diplomatie sélénienne a qualifié la manœuvre de « provocation ». L'exécutif \
         sélénien a ensuite parlé d'un « incident clos ». La Sélénie a promis une « enquête \
         rapide ».",
    );
    assert_eq!(
        speaker_of(&found, "provocation"),
        Some("ministère sélénien des Affaires étrangères")
    );
    assert_eq!(
        speaker_of(&found, "incident clos"),
        Some("gouvernement sélénien")
    );
    assert_eq!(
        speaker_of(&found, "enquête rapide"),
        Some("gouvernement sélénien")
    );
}

#[test]
fn newspapers_as_authors_in_a_press_review() {
    let found = quotes(
        "Pour Le Courrier du Val, « la réforme arrive dix ans trop tard ». « On ne répare pas \
         une digue pendant la crue », écrit La Vigie normande. Le quotidien La Gazette des \
         Monts juge l'annonce « tardive mais nécessaire ». Dans son éditorial, le journal \
         ajoute que « personne ne pourra dire qu'il ne savait pas ».",
    );
    assert_eq!(
        speaker_of(&found, "la réforme arrive dix ans trop tard"),
        Some("Le Courrier du Val")
    );
    assert_eq!(
        speaker_of(&found, "On ne répare pas une digue pendant la crue"),
        Some("La Vigie normande")
    );
    assert_eq!(
        speaker_of(&found, "tardive mais nécessaire"),
        Some("La Gazette des Monts")
    );
    assert_eq!(
        speaker_of(&found, "personne ne pourra dire qu'il ne savait pas"),
        Some("La Gazette des Monts")
    );
}

#[test]
fn an_article_of_a_newspaper_selon_lequel_is_the_newspaper() {
    let found = quotes(
        "Le porte-parole du gouvernement, Yann Guivarch, a commenté un article du Courrier \
         selon lequel les négociations auraient « repris en secret ». Le projet serait même \
         « bien avancé », a ajouté le quotidien régional.",
    );
    assert_eq!(speaker_of(&found, "repris en secret"), Some("Le Courrier"));
    assert_eq!(speaker_of(&found, "bien avancé"), Some("Le Courrier"));
}

#[test]
fn a_demonym_epithet_is_no_name() {
    let found = quotes(
        "La Française Léa Montreuil a battu la tête de série numéro 3. « J'ai joué sans \
         réfléchir », a expliqué la Niçoise de 21 ans en conférence de presse.",
    );
    assert_eq!(
        speaker_of(&found, "J'ai joué sans réfléchir"),
        Some("Léa Montreuil")
    );
}

#[test]
fn a_nationality_as_a_noun_is_the_one_person_of_that_nationality() {
    let found = quotes(
        "ROME, 7 novembre 2025 (AFP) - Le ministre russe des Affaires étrangères Sergueï Lavrov \
         a rencontré le secrétaire d'État américain Marco Rubio. « Nous avons progressé », a \
         déclaré le Russe à l'issue de la rencontre.",
    );
    assert_eq!(
        speaker_of(&found, "Nous avons progressé"),
        Some("Sergueï Lavrov")
    );
}

#[test]
fn a_colon_ending_a_later_clause_gives_the_words_to_that_clause_s_subject() {
    let found = quotes(
        "Hélène Vasseur a parlé la première, puis Marc Aubertin a pris la parole : « Il faut \
         agir vite. » Après la maire, c'est Yves Corbin qui a conclu : « Rien n'est joué. »",
    );
    assert_eq!(
        speaker_of(&found, "Il faut agir vite."),
        Some("Marc Aubertin")
    );
    assert_eq!(speaker_of(&found, "Rien n'est joué."), Some("Yves Corbin"));
}

#[test]
fn a_reported_clause_s_support_verb_gives_no_new_speaker() {
    let found = quotes(
        "VARSOVIE, 7 novembre 2025 (AFP) - Le ministre ostalien des Affaires étrangères Piotr \
         Varga a déclaré que l'Ostalie soutiendrait « toute mesure qui affaiblit l'agresseur ». \
         Sa collègue Anna Lis soutient que « rien n'est acquis ».",
    );
    assert_eq!(
        speaker_of(&found, "toute mesure qui affaiblit l'agresseur"),
        Some("Piotr Varga")
    );
    assert_eq!(speaker_of(&found, "rien n'est acquis"), Some("Anna Lis"));
}

#[test]
fn a_span_opening_with_an_auxiliary_after_a_naming_noun_is_no_title() {
    let found = quotes(
        "Selon des sources concordantes, le plan « sera présenté en conseil des ministres ». \
         Le projet « devrait aboutir avant l'été », selon le ministère. La mairie a lancé le \
         projet « Cœur de ville ».",
    );
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert!(
        texts.contains(&"sera présenté en conseil des ministres"),
        "{found:?}"
    );
    assert!(texts.contains(&"devrait aboutir avant l'été"), "{found:?}");
    assert!(!texts.contains(&"Cœur de ville"), "{found:?}");
}

#[test]
fn a_title_s_colon_links_a_quotation_and_its_speaker() {
    let found = quotes(
        "« Une faute historique » : Gaspard Lenoir dénonce l'accord. Budget : pour Hélène \
         Vasseur, « il n'y aura pas de passage en force ».",
    );
    assert_eq!(
        speaker_of(&found, "Une faute historique"),
        Some("Gaspard Lenoir")
    );
    assert_eq!(
        speaker_of(&found, "il n'y aura pas de passage en force"),
        Some("Hélène Vasseur")
    );
}

#[test]
fn someone_s_answer_or_warning_is_theirs() {
    let found = quotes(
        "Le porte-parole Yves Corbin a été interrogé sur le calendrier. Sa réponse : « Aucun \
         commentaire. »",
    );
    assert_eq!(
        speaker_of(&found, "Aucun commentaire."),
        Some("Yves Corbin")
    );
}

#[test]
fn an_infinitive_of_narration_goes_on_with_the_last_speaker() {
    let found = quotes(
        "Hélène Vasseur a jugé la proposition « inacceptable ». Et d'ajouter : « Nous ne \
         bougerons pas. » Marc Aubertin a salué un « pas en avant ». Avant de conclure : \
         « Tout reste à faire. »",
    );
    assert_eq!(
        speaker_of(&found, "Nous ne bougerons pas."),
        Some("Hélène Vasseur")
    );
    assert_eq!(
        speaker_of(&found, "Tout reste à faire."),
        Some("Marc Aubertin")
    );
}

#[test]
fn a_name_and_its_verb_right_after_the_marks_without_a_comma() {
    let found = quotes(
        "« Les Européens paieront » Anna Lis a écrit sur son compte. Le journal « Le Temps » \
         a titré sur la crise.",
    );
    assert_eq!(
        speaker_of(&found, "Les Européens paieront"),
        Some("Anna Lis")
    );
    assert!(!found.iter().any(|(t, _)| t == "Le Temps"), "{found:?}");
}

#[test]
fn an_occupation_the_last_person_named_does_not_hold_is_someone_else() {
    let found = quotes(
        "Le maire de Vitré, Isabelle Le Callennec, s'est rendue sur les lieux. « Ce carrefour \
         est dangereux », a-t-elle déclaré. Une cellule d'écoute a été ouverte au lycée. « Les \
         élèves sont très choqués », confie la proviseure.",
    );
    assert_eq!(
        speaker_of(&found, "Ce carrefour est dangereux"),
        Some("Isabelle Le Callennec")
    );
    assert_eq!(speaker_of(&found, "Les élèves sont très choqués"), None);
}

#[test]
fn a_weak_verb_reports_what_its_que_brings_in() {
    let found = quotes(
        "Sur sa page Facebook, la mairie de Vitré a annoncé que « les écoles resteront \
         fermées ». Le maire a noté une « embellie ».",
    );
    assert_eq!(
        speaker_of(&found, "les écoles resteront fermées"),
        Some("mairie de Vitré")
    );
    // Without "que", a weak verb still gives no short span to anyone.
    assert!(!found.iter().any(|(t, _)| t == "embellie"), "{found:?}");
}

#[test]
fn an_organisation_named_by_one_word_after_its_noun_speaks() {
    let found = quotes(
        "Le syndicat Solidaires a dénoncé une « situation intenable ». L'ONG Vigimer, qui suit \
         le dossier, parle d'un « naufrage annoncé ». L'association Halles vivantes a salué un \
         « premier pas ».",
    );
    assert_eq!(
        speaker_of(&found, "situation intenable"),
        Some("Solidaires")
    );
    assert_eq!(speaker_of(&found, "naufrage annoncé"), Some("Vigimer"));
    // A name that goes on after its first word is not cut to it.
    assert_ne!(speaker_of(&found, "premier pas"), Some("Halles"));
}

#[test]
fn tsahal_is_the_israeli_army() {
    let found = quotes(
        "JÉRUSALEM, 7 novembre 2025 (AFP) - Tsahal a affirmé avoir visé « des infrastructures \
         militaires ». « Nous poursuivrons », a ajouté l'armée israélienne.",
    );
    assert_eq!(
        speaker_of(&found, "des infrastructures militaires"),
        Some("armée israélienne")
    );
    assert_eq!(
        speaker_of(&found, "Nous poursuivrons"),
        Some("armée israélienne")
    );
}

const A_PRESIDENT_AND_HIS_AIDES: &str = "Anton Ilvesk\tm\tIlvesk\tprésident ardanien | chef \
                                         du Palais-Vert\nMarek Solvin\tm\tSolvin\tporte-parole \
                                         du Palais-Vert\nLina Korvo\tf\tKorvo\témissaire \
                                         d'Anton Ilvesk\n";

#[test]
fn a_role_of_someone_is_the_role_of_his_office() {
    let found = quotes_knowing(
        A_PRESIDENT_AND_HIS_AIDES,
        "Les pourparlers ont repris lundi à Vienne. « Rien n'est décidé », a déclaré le \
         porte-parole d'Anton Ilvesk devant la presse. « Nous restons à la table », a ajouté \
         l'émissaire du président ardanien, le ton grave.",
    );
    // Whose spokesman he is names the seat he speaks for...
    assert_eq!(
        speaker_of(&found, "Rien n'est décidé"),
        Some("Marek Solvin")
    );
    // ...and the office someone serves names the person holding it.
    assert_eq!(
        speaker_of(&found, "Nous restons à la table"),
        Some("Lina Korvo")
    );
}

#[test]
fn who_stands_for_a_name_after_its_title_or_before_its_party() {
    let found = quotes(
        "L'accord a été signé en présence du secrétaire d'État Anselme Boury, qui a salué « un \
         tournant ». Même tonalité chez la députée Irène Valcourt (Horizons), qui a salué sur \
         Facebook « une bonne nouvelle pour la vallée ».",
    );
    assert_eq!(speaker_of(&found, "un tournant"), Some("Anselme Boury"));
    assert_eq!(
        speaker_of(&found, "une bonne nouvelle pour la vallée"),
        Some("Irène Valcourt")
    );
}

#[test]
fn an_adverbial_phrase_between_auxiliary_and_participle() {
    let found = quotes(
        "Lucie Varenne a au contraire dénoncé un « marchandage ». Paul Hesdin a une fois de \
         plus fustigé un « renoncement », et Hugo Ternay a en revanche salué « un premier pas ».",
    );
    assert_eq!(speaker_of(&found, "marchandage"), Some("Lucie Varenne"));
    assert_eq!(speaker_of(&found, "renoncement"), Some("Paul Hesdin"));
    assert_eq!(speaker_of(&found, "un premier pas"), Some("Hugo Ternay"));
}

#[test]
fn a_role_left_unnamed_is_the_one_the_next_sentence_names_in_it() {
    let found = quotes(
        "L'avocate de la famille a dénoncé à l'audience « une enquête bâclée de bout en bout ». \
         « Personne n'a voulu entendre les voisins », a lancé Me Nadia Ferracci à la sortie. \
         Le porte-parole de la mairie a refusé de parler d'un « abandon ». « La commune a fait \
         ce qu'elle devait », a assuré Loïc Perrault, porte-parole de la mairie de Vézelin.",
    );
    assert_eq!(
        speaker_of(&found, "une enquête bâclée de bout en bout"),
        Some("Nadia Ferracci")
    );
    assert_eq!(
        speaker_of(&found, "La commune a fait ce qu'elle devait"),
        Some("Loïc Perrault")
    );
    assert_eq!(speaker_of(&found, "abandon"), Some("Loïc Perrault"));
}

#[test]
fn a_surname_the_gazetteer_lists_with_its_article_is_no_article() {
    let found = quotes_knowing(
        "Gwenola Le Bihan\tf\t\tmaire de Plouzanic\nYves La Tourelle\tm\t\tsénateur\n",
        "Le conseil municipal a voté le budget mardi. Le Bihan a estimé que la commune restait \
         « solide malgré la crise ». « Nous tiendrons nos engagements », a assuré Le Bihan devant \
         la presse. La Tourelle a jugé le texte « trop timide ».",
    );
    assert_eq!(
        speaker_of(&found, "solide malgré la crise"),
        Some("Gwenola Le Bihan")
    );
    assert_eq!(
        speaker_of(&found, "Nous tiendrons nos engagements"),
        Some("Gwenola Le Bihan")
    );
    assert_eq!(speaker_of(&found, "trop timide"), Some("Yves La Tourelle"));
}

#[test]
fn a_group_named_in_the_plural_speaks_as_one_and_a_nation_as_no_one() {
    let found = quotes(
        "Les talibans ont assuré lundi que la fermeture des écoles était « une affaire \
         intérieure ». Les rebelles houthis ont promis « d'autres frappes en mer Rouge ». Les \
         Vingt-Sept ont jugé la réponse « très insuffisante ». Les Gardiens de la révolution ont \
         prévenu qu'ils riposteraient « sans délai ». Les Boroviens ont dénoncé « un crime de \
         guerre ».",
    );
    assert_eq!(
        speaker_of(&found, "une affaire intérieure"),
        Some("talibans")
    );
    assert_eq!(
        speaker_of(&found, "d'autres frappes en mer Rouge"),
        Some("Houthis")
    );
    assert_eq!(speaker_of(&found, "très insuffisante"), Some("UE"));
    assert_eq!(
        speaker_of(&found, "sans délai"),
        Some("Gardiens de la révolution")
    );
    assert_eq!(speaker_of(&found, "un crime de guerre"), None);
}

#[test]
fn a_name_after_a_role_of_the_complement_or_beside_the_speaker_is_not_theirs() {
    let found = quotes(
        "Le président ostalien Bohdan Koval a reçu mardi son homologue morvan Ilja Brandauer. \
         « Nos deux pays sont liés », a déclaré le chef de l'État ostalien aux côtés de son \
         homologue Ilja Brandauer. « Nous avançons », a affirmé le président ostalien en \
         présence du chancelier Karl Weiss. « Rien n'est signé », a précisé le conseiller \
         diplomatique du président Bohdan Koval. Le négociateur en chef Piotr Lasko a salué « une \
         étape ». La présidente des écologistes Maëlle Kervran a jugé l'accord « fragile ».",
    );
    assert_eq!(speaker_of(&found, "Rien n'est signé"), None);
    // A group's plural names no one: the name is the phrase's own.
    assert_eq!(speaker_of(&found, "fragile"), Some("Maëlle Kervran"));
    assert_eq!(
        speaker_of(&found, "Nos deux pays sont liés"),
        Some("Bohdan Koval")
    );
    assert_eq!(speaker_of(&found, "Nous avançons"), Some("Bohdan Koval"));
    assert_eq!(speaker_of(&found, "une étape"), Some("Piotr Lasko"));
}

#[test]
fn a_movement_or_a_party_described_by_adjectives_is_the_one_named_before() {
    let found = quotes(
        "Le FLM a revendiqué l'incendie de la préfecture. Le mouvement indépendantiste a \
         promis « d'autres actions cet hiver ». L'Union ostalienne a voté contre le texte. Le \
         parti a jugé la réforme « bâclée ».",
    );
    assert_eq!(
        speaker_of(&found, "d'autres actions cet hiver"),
        Some("FLM")
    );
    assert_eq!(speaker_of(&found, "bâclée"), Some("Union ostalienne"));
    let alone = quotes("Le mouvement islamiste a dénoncé « une provocation délibérée ».");
    assert_eq!(speaker_of(&alone, "une provocation délibérée"), None);
}

#[test]
fn when_it_was_said_is_no_part_of_the_speaker_s_phrase() {
    let found = quotes(
        "La ministre ostalienne des Affaires étrangères, Irina Volkova, est arrivée lundi à \
         Vézelin. « Nous restons aux côtés de nos voisins », a affirmé la cheffe de la diplomatie \
         ostalienne à l'issue d'un entretien avec le Premier ministre Karl Weiss. « Rien n'est \
         réglé », a ajouté la ministre au terme de la rencontre.",
    );
    assert_eq!(
        speaker_of(&found, "Nous restons aux côtés de nos voisins"),
        Some("Irina Volkova")
    );
    assert_eq!(
        speaker_of(&found, "Rien n'est réglé"),
        Some("Irina Volkova")
    );
}

#[test]
fn the_latter_is_the_last_person_named() {
    let found = quotes(
        "Le ministre Paul Verdier a reçu mardi le maire de Vézelin, Hervé Salomon. Ce dernier a \
         salué un « soutien constant ». Mme Volkova a rencontré Anne Morel, puis cette dernière \
         a jugé l'échange « utile ». M. Verdier a reçu Léa Bonnet. Celle-ci a promis de « tout \
         faire ». M. Salomon a présenté le rapport de la commission. Ce dernier juge la situation \
         « préoccupante ».",
    );
    assert_eq!(
        speaker_of(&found, "soutien constant"),
        Some("Hervé Salomon")
    );
    assert_eq!(speaker_of(&found, "utile"), Some("Anne Morel"));
    assert_eq!(speaker_of(&found, "tout faire"), Some("Léa Bonnet"));
    // What was named after the person is what "ce dernier" takes up.
    assert_eq!(speaker_of(&found, "préoccupante"), None);
}

#[test]
fn one_named_for_the_first_time_who_goes_on_held_the_role_left_unnamed() {
    let found = quotes(
        "La coopérative a obtenu gain de cause. La directrice de la coopérative a salué une \
         décision « de bon sens ». « Nous n'avons jamais cessé de tendre la main », poursuit \
         Élodie Marchand. Le maire Hervé Salomon a dit son « dépit ». Le porte-parole de la \
         mairie a parlé d'un « revers ». « Nous ferons appel », ajoute Hervé Salomon.",
    );
    assert_eq!(speaker_of(&found, "de bon sens"), Some("Élodie Marchand"));
    // Named before, he goes on with his own words; and a mayor is no spokesperson.
    assert_eq!(speaker_of(&found, "revers"), None);
}

#[test]
fn on_an_undated_page_the_role_s_gender_tells_which_holder() {
    let found = quotes_knowing(
        "Irina Volkova\tf\t\tcheffe de la diplomatie ostalienne@2019..2023\n\
         Piotr Varga\tm\t\tchef de la diplomatie ostalienne@2023..\n",
        "- La cheffe de la diplomatie ostalienne estime que la trêve reste « fragile ». Lire \
         l'article",
    );
    assert_eq!(speaker_of(&found, "fragile"), Some("Irina Volkova"));
}

#[test]
fn a_participle_s_agent_before_its_complement_says_whose_the_words_are() {
    let found = quotes(
        "La mairie de Vézelin a confirmé mardi la fermeture du stade, une décision aussitôt \
         dénoncée par l'opposition comme un « coup de force ». Le budget a été adopté, un texte \
         qualifié par Hervé Salomon de « budget de combat ».",
    );
    assert_eq!(speaker_of(&found, "coup de force"), None);
    assert_eq!(
        speaker_of(&found, "budget de combat"),
        Some("Hervé Salomon")
    );
}

#[test]
fn they_who_go_on_are_the_group_named_just_before() {
    let found = quotes(
        "Les talibans ont assuré lundi que la fermeture des écoles était « une affaire \
         intérieure ». « Nous ne recevrons pas de leçons », ont-ils ajouté dans un communiqué. \
         Des manifestants ont défilé devant l'ambassade. « Nous reviendrons », ont-ils lancé.",
    );
    assert_eq!(
        speaker_of(&found, "Nous ne recevrons pas de leçons"),
        Some("talibans")
    );
    assert_eq!(speaker_of(&found, "Nous reviendrons"), None);
}

#[test]
fn a_clause_opened_by_where_has_its_own_subject() {
    let found = quotes(
        "Le ministre Paul Verdier s'est rendu jeudi à Vézelin, où il a promis « des aides \
         rapides » aux sinistrés.",
    );
    assert_eq!(
        speaker_of(&found, "des aides rapides"),
        Some("Paul Verdier")
    );
}

#[test]
fn a_role_given_to_someone_named_only_later_does_not_bar_the_one_named_next() {
    let found = quotes(
        "L'avocat du principal prévenu a plaidé la relaxe, jugeant le dossier « vide ». « Mon \
         client n'a rien fait », a lancé Me Julien Bastide. La procureure a requis trois ans de \
         prison. « C'est un procès pour l'exemple », a réagi Me Nadia Ferracci, qui défend deux \
         autres prévenus.",
    );
    assert_eq!(speaker_of(&found, "vide"), Some("Julien Bastide"));
}

#[test]
fn a_nationality_ending_in_e_contradicts_another() {
    let found = quotes(
        "Le ministre russe des Affaires étrangères Oleg Sarine a jugé la proposition « absurde ». \
         « Nous n'avons aucune leçon à recevoir », a répliqué le chef de la diplomatie britannique.",
    );
    assert_eq!(speaker_of(&found, "absurde"), Some("Oleg Sarine"));
    assert_eq!(
        speaker_of(&found, "Nous n'avons aucune leçon à recevoir"),
        None
    );
}

#[test]
fn a_role_left_unnamed_is_the_one_the_next_sentence_has_speak_without_quotation_marks() {
    let found = quotes(
        "L'avocat de la commune a dénoncé un dossier « vide ». Me Julien Bastide a ensuite \
         demandé la relaxe. La porte-parole de la mairie a parlé d'un « malentendu ». Anne \
         Morel, porte-parole de la préfecture, a ensuite rencontré les familles.",
    );
    assert_eq!(speaker_of(&found, "vide"), Some("Julien Bastide"));
    assert_eq!(speaker_of(&found, "malentendu"), None);
}

#[test]
fn a_role_the_dispatch_gave_someone_else_or_an_answer_names_no_one() {
    let found = quotes(
        "Me Julien Bastide, avocat du prévenu, a plaidé la relaxe. L'avocate de la famille a \
         dénoncé « une enquête bâclée de bout en bout ». « Personne n'a voulu entendre les \
         voisins », a lancé Me Nadia Ferracci. Le maire a parlé d'un « gâchis ». « Ce n'est pas \
         un gâchis », a rétorqué Hervé Salomon, maire de la commune voisine.",
    );
    assert_eq!(
        speaker_of(&found, "une enquête bâclée de bout en bout"),
        None
    );
    assert_eq!(speaker_of(&found, "gâchis"), None);
}

#[test]
fn an_object_pronoun_is_no_part_of_a_body_label() {
    let found = quotes(
        "Le gouvernement français l'a qualifiée d'« épouvantail fiscal ». La mairie de Lunel \
         l'a annoncé : « Le marché rouvrira jeudi ».",
    );
    for q in &found {
        let label = q.1.as_deref().unwrap_or_default();
        assert!(
            !label.ends_with(" l'") && !label.ends_with(" les"),
            "{label:?}"
        );
    }
    assert_eq!(
        speaker_of(&found, "épouvantail fiscal"),
        Some("gouvernement français")
    );
    assert_eq!(
        speaker_of(&found, "Le marché rouvrira jeudi"),
        Some("mairie de Lunel")
    );
}

#[test]
fn a_forum_a_fund_a_programme_are_bodies_named_in_full() {
    let found = quotes(
        "Le Forum des riverains du port a réagi dans un communiqué : « Nous serons vigilants ». \
         Le Fonds européen des ports a jugé la reprise « fragile ».",
    );
    assert_eq!(
        speaker_of(&found, "Nous serons vigilants"),
        Some("Forum des riverains du port")
    );
    assert_eq!(
        speaker_of(&found, "fragile"),
        Some("Fonds européen des ports")
    );
}

#[test]
fn a_regional_office_keeps_the_region_written_after_its_acronym() {
    let found = quotes(
        "L'Agence régionale de santé (ARS) de Normandie a répondu aux élus de Vire. Dans une \
         note, l'agence assure que « les gardes seront assurées ». « Rien n'est fermé », insiste \
         l'ARS.",
    );
    assert_eq!(
        speaker_of(&found, "les gardes seront assurées"),
        Some("ARS Normandie")
    );
    assert_eq!(
        speaker_of(&found, "Rien n'est fermé"),
        Some("ARS Normandie")
    );
}

#[test]
fn a_line_of_capitalised_words_above_the_text_names_no_speaker() {
    let found = quotes(
        "Le débat enfle après le discours du préfet.\n\nVallons Infos Hebdo\n\nLe préfet \
         Alain Sorbier a parlé mardi. « Il faudra des sacrifices », a déclaré le ministre.",
    );
    assert_eq!(speaker_of(&found, "Il faudra des sacrifices"), None);
}

#[test]
fn a_rank_is_worn_with_the_office_apposed_to_the_name() {
    let found = quotes_knowing(
        "Paul Verdier\tm\tVerdier\tchef d'état-major de l'armée de terre\n",
        "Les mots du général Paul Verdier, chef d'état-major de l'armée de terre, font débat. « La \
         menace est réelle », a ajouté le général.",
    );
    assert_eq!(
        speaker_of(&found, "La menace est réelle"),
        Some("Paul Verdier")
    );
}

#[test]
fn a_place_opening_the_sentence_gives_a_ministry_its_country() {
    let found = quotes(
        "VELSK, 3 mars 2026 - Les frappes zolanaises ont visé le réseau électrique ostalien \
         dans la nuit. À Zolgrad, le ministère de la Défense a affirmé avoir frappé des « cibles \
         militaires légitimes ». Le ministère de l'Énergie a parlé d'une « nuit très dure ».",
    );
    assert_eq!(
        speaker_of(&found, "cibles militaires légitimes"),
        Some("ministère zolanais de la Défense")
    );
}

#[test]
fn a_name_before_an_auxiliary_is_the_subject_that_acted() {
    let found = quotes(
        "Ferrovia a confirmé mardi la suppression de quarante postes à Vierzon. « Le site \
         restera ouvert », a assuré l'entreprise.",
    );
    assert_eq!(
        speaker_of(&found, "Le site restera ouvert"),
        Some("Ferrovia")
    );
}

#[test]
fn a_noun_of_a_kind_of_body_takes_up_the_last_body_of_that_kind() {
    let found = quotes(
        "Le préavis de grève a été déposé lundi par Rail-Unité, premier syndicat des \
         contrôleurs. Rail-Unité a aussi réclamé une hausse des salaires. La direction de \
         Ferrovia assure que les trains « rouleront ». « Les salaires sont gelés depuis trois \
         ans », écrit le syndicat dans un communiqué. La fédération dénonce aussi un « mépris » \
         des agents.",
    );
    assert_eq!(
        speaker_of(&found, "Les salaires sont gelés depuis trois ans"),
        Some("Rail-Unité")
    );
    assert_eq!(speaker_of(&found, "mépris"), Some("Rail-Unité"));
    // "le groupe armé" is the movement named before, not the company that acted since.
    let found = quotes(
        "Le Mouvement pour la libération du Tamboura (MLT) a revendiqué l'embuscade. La société Minexa \
         a suspendu ses convois. Dans une vidéo, le groupe armé a promis de « frapper encore ».",
    );
    assert_eq!(
        speaker_of(&found, "frapper encore"),
        Some("Mouvement pour la libération du Tamboura")
    );
}

#[test]
fn a_bare_management_is_that_of_the_body_whose_management_was_named() {
    let found = quotes(
        "La direction de Ferrovia assure que la plupart des trains rouleront. Le syndicat \
         Rail-Unité maintient son appel à la grève. La direction, de son côté, affirme que le \
         taux de grévistes « devrait rester faible ».",
    );
    assert_eq!(
        speaker_of(&found, "devrait rester faible"),
        Some("Ferrovia")
    );
    let found = quotes(
        "La direction de la RTU a reçu les syndicats. « Le dialogue reste ouvert », a assuré la \
         direction.",
    );
    assert_eq!(speaker_of(&found, "Le dialogue reste ouvert"), Some("RTU"));
}

#[test]
fn a_bare_command_is_that_of_the_army_the_dispatch_names() {
    let found = quotes(
        "Les forces armées zolanaises ont abattu trois drones dans la nuit. « Aucune victime \
         n'est à déplorer », a précisé l'état-major dans un message. « La situation est sous \
         contrôle », a ajouté le commandement.",
    );
    assert_eq!(
        speaker_of(&found, "Aucune victime n'est à déplorer"),
        Some("armée zolanaise")
    );
    assert_eq!(
        speaker_of(&found, "La situation est sous contrôle"),
        Some("armée zolanaise")
    );
}

#[test]
fn a_body_s_board_speaks_for_the_body() {
    let found = quotes(
        "L'Union des éleveurs du Causse (UEC) tient son congrès à Rodez. Selon le bureau de \
         l'UEC, les aides baisseraient « de moitié ».",
    );
    assert_eq!(
        speaker_of(&found, "de moitié"),
        Some("Union des éleveurs du Causse")
    );
}

#[test]
fn a_summit_s_closing_text_is_the_body_s_whose_summit_it_is() {
    let found = quotes(
        "L'Union des États du fleuve (UEF) réunit douze pays riverains. Le sommet de l'UEF \
         s'est achevé mardi à Velsk. Son président, \
         Anton Merel, a salué un « tournant ». Dans la déclaration finale, les dirigeants \
         réaffirment leur « attachement à la libre navigation ». « Le fleuve est un bien \
         commun », peut-on lire dans le texte.",
    );
    assert_eq!(
        speaker_of(&found, "attachement à la libre navigation"),
        Some("Union des États du fleuve")
    );
    assert_eq!(
        speaker_of(&found, "Le fleuve est un bien commun"),
        Some("Union des États du fleuve")
    );
}

#[test]
fn a_regional_office_written_in_lower_case_keeps_its_usual_label() {
    let found = quotes(
        "L'agence régionale de santé Occitanie assure que les urgences de Lodève seront \
         « renforcées dès lundi ».",
    );
    assert_eq!(
        speaker_of(&found, "renforcées dès lundi"),
        Some("ARS Occitanie")
    );
}

#[test]
fn an_establishment_named_after_a_contracted_article_is_taken_up() {
    let found = quotes(
        "Trois tableaux ont été volés dimanche au musée de Valdrôme. « Les salles rouvriront \
         mardi », a indiqué le musée dans un communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "Les salles rouvriront mardi"),
        Some("musée de Valdrôme")
    );
}

#[test]
fn a_one_word_subject_before_a_quoted_verb_phrase_says_it() {
    let found = quotes(
        "Les frappes ont visé la centrale de Velsk dans la nuit.\n\n  • Paris « condamne avec la \
         plus grande fermeté » ces frappes, selon un communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "condamne avec la plus grande fermeté"),
        Some("Élysée")
    );
}

#[test]
fn a_fixed_name_written_in_lower_case_or_unaccented_keeps_its_label() {
    let found = quotes(
        "Le département d'Etat a dénoncé une « mascarade ». « Rien n'est réglé », a ajouté le \
         département d'Etat.",
    );
    assert_eq!(speaker_of(&found, "mascarade"), Some("département d'État"));
    assert_eq!(
        speaker_of(&found, "Rien n'est réglé"),
        Some("département d'État")
    );
}

#[test]
fn an_ngo_speaks_by_its_name_without_its_kind() {
    let found = quotes(
        "L'ONG Vigimer Océans a dénoncé des « rejets massifs ». « Ce sont des rejets », a \
         ajouté l'ONG Vigimer Océans.",
    );
    assert_eq!(speaker_of(&found, "rejets massifs"), Some("Vigimer Océans"));
    assert_eq!(
        speaker_of(&found, "Ce sont des rejets"),
        Some("Vigimer Océans")
    );
}

#[test]
fn la_france_insoumise_is_a_party_not_the_state() {
    let found = quotes(
        "La France insoumise a déposé une motion de censure. « Il faut censurer ce \
         gouvernement », a affirmé le mouvement. La France a salué un « accord utile ».",
    );
    assert_eq!(
        speaker_of(&found, "Il faut censurer ce gouvernement"),
        Some("La France insoumise")
    );
    assert_eq!(speaker_of(&found, "accord utile"), Some("Élysée"));
}

#[test]
fn la_centrale_is_the_last_union_named_if_any() {
    let found = quotes(
        "Le Syndicat unitaire des dockers appelle à la grève. « Nous ne lâcherons rien », \
         prévient la centrale.",
    );
    assert_eq!(
        speaker_of(&found, "Nous ne lâcherons rien"),
        Some("Syndicat unitaire des dockers")
    );
    // With no union named, "la centrale" is no one the dispatch names (a power plant).
    let found = quotes(
        "Hydrant a arrêté un réacteur. « La sûreté n'est pas en cause », indique la centrale.",
    );
    assert_eq!(speaker_of(&found, "La sûreté n'est pas en cause"), None);
}

#[test]
fn the_sages_speak_for_the_court_that_ruled() {
    let found = quotes(
        "Le Conseil constitutionnel a censuré jeudi l'article sur les loyers. « La mesure est \
         disproportionnée », ont estimé les Sages.",
    );
    assert_eq!(
        speaker_of(&found, "La mesure est disproportionnée"),
        Some("Conseil constitutionnel")
    );
}

#[test]
fn a_group_named_in_the_plural_is_what_its_noun_takes_up() {
    let found = quotes(
        "Les talibans ont pris le contrôle de la vallée dimanche. « Nous voulons la paix », a \
         affirmé le mouvement dans un communiqué.",
    );
    assert_eq!(speaker_of(&found, "Nous voulons la paix"), Some("talibans"));
}

#[test]
fn a_university_hospital_goes_by_either_acronym() {
    let found = quotes(
        "La direction du CHU de Morlaix a suspendu les gardes de nuit. Le CHRU précise avoir \
         « sollicité tous les établissements » de la région.",
    );
    assert_eq!(
        speaker_of(&found, "sollicité tous les établissements"),
        Some("CHU de Morlaix")
    );
}

#[test]
fn a_live_blog_heading_quoting_the_start_of_a_quotation_has_its_speaker() {
    let found = quotes(
        "10h05 - « Nos enfants reviennent enfin »\n\n« Nos enfants reviennent enfin. Nous \
         n'oublierons pas les autres », a réagi le Collectif des familles de Velsk dans un \
         communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "Nos enfants reviennent enfin"),
        Some("Collectif des familles de Velsk")
    );
}

#[test]
fn a_quantity_opening_a_sentence_is_no_one() {
    let found = quotes(
        "Quelque 300 pompiers luttaient encore contre les flammes jeudi. Le commandant des \
         opérations, Régis Lapeyre, s'est dit confiant. Il a salué un travail « exemplaire ».",
    );
    assert_eq!(speaker_of(&found, "exemplaire"), Some("Régis Lapeyre"));
}

#[test]
fn according_to_a_statement_of_a_body_the_body_is_the_author() {
    let found = quotes(
        "Les écoles resteront fermées jeudi. Selon un communiqué de la préfecture du Morvan, \
         « aucun blessé n'est à déplorer ». D'après un rapport de l'ARS Morvan, « la crue a été \
         d'une ampleur inédite ».",
    );
    assert_eq!(
        speaker_of(&found, "aucun blessé n'est à déplorer"),
        Some("préfecture du Morvan")
    );
    assert_eq!(
        speaker_of(&found, "la crue a été d'une ampleur inédite"),
        Some("ARS Morvan")
    );
}

#[test]
fn a_body_named_in_a_sentence_ends_before_its_verb() {
    let found = quotes(
        "La Cour des audits publie mardi un rapport sévère sur la réforme. Selon le rapport, les \
         délais ont « doublé en deux ans ».",
    );
    assert_eq!(
        speaker_of(&found, "doublé en deux ans"),
        Some("Cour des audits")
    );
}

#[test]
fn d_apres_is_selon() {
    let found = quotes(
        "La digue a cédé dans la nuit. D'après Josiane Ferral, la maire, « personne n'a été \
         surpris ».",
    );
    assert_eq!(
        speaker_of(&found, "personne n'a été surpris"),
        Some("Josiane Ferral")
    );
}

#[test]
fn a_dateline_city_speaking_is_its_government() {
    let found = quotes(
        "OSTALBERG, 3 mars (AFP) - Les troupes ostaliennes ont repris leurs exercices. \
         Ostalberg a averti que toute incursion serait une « agression caractérisée ».",
    );
    assert_eq!(
        speaker_of(&found, "agression caractérisée"),
        Some("gouvernement ostalien")
    );
}

#[test]
fn a_bare_organisation_noun_is_the_body_that_acted_last() {
    let found = quotes(
        "La CNTE Armor a appelé à un rassemblement devant le rectorat. « Nous ne lâcherons \
         rien tant que les postes ne seront pas rendus », prévient le syndicat dans un tract.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Nous ne lâcherons rien tant que les postes ne seront pas rendus"
        ),
        Some("CNTE Armor")
    );
}

#[test]
fn a_bare_acronym_is_the_body_the_dispatch_named_in_full() {
    let found = quotes(
        "L'ARS Armor a fermé deux plages. « Les prélèvements de lundi sont encore mauvais », \
         indique l'ARS dans un communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "Les prélèvements de lundi sont encore mauvais"),
        Some("ARS Armor")
    );
}

#[test]
fn a_bare_ministry_is_the_ministry_named_before() {
    let found = quotes(
        "Le ministère ostalien des Transports a suspendu les vols vers la capitale. « Aucune \
         reprise n'est envisagée avant lundi », indique le ministère dans un communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "Aucune reprise n'est envisagée avant lundi"),
        Some("ministère ostalien des Transports")
    );
}

#[test]
fn the_authorities_of_a_country_are_its_government() {
    let found = quotes(
        "Les autorités ostaliennes ont appelé les habitants à « ne pas sortir après vingt \
         heures ».",
    );
    assert_eq!(
        speaker_of(&found, "ne pas sortir après vingt heures"),
        Some("gouvernement ostalien")
    );
}

#[test]
fn a_fixed_label_needs_no_adjective() {
    let found = quotes(
        "« Aucune décision n'a été prise », a affirmé le Kremlin russe, selon l'agence \
         Nordpress.",
    );
    assert_eq!(
        speaker_of(&found, "Aucune décision n'a été prise"),
        Some("Kremlin")
    );
}

#[test]
fn a_document_published_by_a_body_is_the_body_s() {
    let found = quotes(
        "Les ministres se sont quittés sans accord chiffré. « Le soutien restera entier », \
         indique la déclaration finale publiée par l'OTAN à l'issue de la réunion.",
    );
    assert_eq!(
        speaker_of(&found, "Le soutien restera entier"),
        Some("OTAN")
    );
}

#[test]
fn from_the_same_source_is_whoever_spoke_last() {
    let found = quotes(
        "L'entourage du chef de l'État a évoqué une rencontre « franche et utile ». « Rien ne \
         sera annoncé avant la fin du mois », a-t-on indiqué de même source.",
    );
    assert_eq!(
        speaker_of(&found, "Rien ne sera annoncé avant la fin du mois"),
        Some("Élysée")
    );
}

#[test]
fn the_pronoun_of_a_reported_clause_is_the_reporting_subject() {
    let found = quotes(
        "Le ministre ostalien Piotr Varga a convoqué l'ambassadeur. Paris a fait savoir qu'il \
         ne commenterait pas une « convocation de pure forme ».",
    );
    assert_eq!(
        speaker_of(&found, "convocation de pure forme"),
        Some("Élysée")
    );
}

#[test]
fn a_role_apposed_in_a_complement_names_its_holder() {
    let found = quotes(
        "La procureure Maud Lestienne a requis trois ans de prison. « Vous avez trompé des \
         retraités », a-t-elle lancé à l'adresse du prévenu, Arnaud Vigier, 47 ans. Le \
         prévenu a reconnu « des maladresses ».",
    );
    assert_eq!(speaker_of(&found, "des maladresses"), Some("Arnaud Vigier"));
}

#[test]
fn a_role_in_the_complement_of_another_role_is_not_the_name_s() {
    let found = quotes(
        "Le juge Hervé Caradec a rendu sa décision. L'avocat de la victime, Julien Ferrand, a \
         salué « un soulagement ». La victime a dit « tourner la page ».",
    );
    assert_ne!(
        speaker_of(&found, "tourner la page"),
        Some("Julien Ferrand")
    );
}

#[test]
fn a_curator_is_a_role() {
    let found = quotes(
        "Lise Marchal a ouvert l'exposition samedi à Lyon. La conservatrice qualifie ces \
         dessins de « petits miracles ».",
    );
    assert_eq!(speaker_of(&found, "petits miracles"), Some("Lise Marchal"));
}

#[test]
fn a_pronoun_after_a_body_subject_is_the_body() {
    let found = quotes(
        "Le conseil de l'ordre des pharmaciens du Morvan a alerté mardi sur les pénuries. Dans \
         un communiqué, il précise que « douze officines n'ont plus d'antibiotiques pour \
         enfants ».",
    );
    assert_eq!(
        speaker_of(
            &found,
            "douze officines n'ont plus d'antibiotiques pour enfants"
        ),
        Some("conseil de l'ordre des pharmaciens du Morvan")
    );
}

#[test]
fn a_role_in_capitals_is_a_role() {
    let found = quotes(
        "Le groupe Véloria supprime 400 postes. « Aucun site ne fermera », a assuré son PDG, \
         Marc Esnault.",
    );
    assert_eq!(
        speaker_of(&found, "Aucun site ne fermera"),
        Some("Marc Esnault")
    );
}

#[test]
fn a_surname_alone_after_a_name_apposed_to_a_role() {
    let found = quotes(
        "Le ministre ostalien des Affaires étrangères, Piotr Varga, était à Genève. « Nous ne \
         reculerons pas », a insisté Varga lors d'une conférence de presse, visiblement agacé.",
    );
    assert_eq!(
        speaker_of(&found, "Nous ne reculerons pas"),
        Some("Piotr Varga")
    );
}

#[test]
fn a_named_medium_between_verb_and_subject_is_not_the_speaker() {
    let found = quotes(
        "Le ministre ostalien de la Défense, Igor Malek, a visité le front. « Nous tiendrons », \
         a répliqué mardi soir sur la chaîne ORT le ministre ostalien.",
    );
    assert_eq!(speaker_of(&found, "Nous tiendrons"), Some("Igor Malek"));
}

#[test]
fn an_unknown_word_before_a_noun_is_no_subject() {
    let found = quotes(
        "Le maire Paul Vernet a parlé lundi. Brumaille plus pers conseil la vote du budget, \
         le qui Bakou grand. « Rien ne change », a-t-il estimé.",
    );
    assert_eq!(speaker_of(&found, "Rien ne change"), Some("Paul Vernet"));
}

#[test]
fn on_at_a_body_is_the_body() {
    let found = quotes(
        "Les Vingt-Sept se retrouvent jeudi. « Aucune rallonge n'est prévue », indique-t-on à \
         la Commission européenne. « Le calendrier sera tenu », fait-on valoir à l'Élysée.",
    );
    assert_eq!(
        speaker_of(&found, "Aucune rallonge n'est prévue"),
        Some("Commission européenne")
    );
    assert_eq!(
        speaker_of(&found, "Le calendrier sera tenu"),
        Some("Élysée")
    );
}

/// The interview of a historian, in our words: three questions, answers in the first person.
/// He is a man, as are the people the answers speak of: "il" is never the "je".
fn interview(answers: [&str; 3]) -> Vec<(String, Option<String>)> {
    let d = crate::model::dispatch::Dispatch::parse(
        "t.txt",
        &format!(
            "ENTRETIEN. Odilon Varanne : « Les archives ne mentent pas »\n\n\
             L'historien Odilon Varanne publie un livre sur le port de Kerlune. Il a répondu à \
             nos questions.\n\n\
             Pourquoi ce livre maintenant ?\n\n{}\n\n\
             Vous avez rencontré le recteur Paul Ternier…\n\n{}\n\n\
             Le maire, Gaspard Valeck, parle d'un « livre à charge ». Que lui répondez-vous ?\n\n{}\n",
            answers[0], answers[1], answers[2]
        ),
        &crate::ingest::parse::Context::default(),
    );
    d.passages
        .iter()
        .flat_map(|p| p.quotes.iter().map(|q| (q.text.clone(), q.speaker.clone())))
        .collect()
}

/// In an interview's answer, "comme je l'ai écrit, « … »" quotes the interviewee; "il" is the
/// person the question just named, or the one the answer just named, never the interviewee.
#[test]
fn pronouns_in_interview_answers() {
    let found = interview([
        "Parce que les témoins disparaissent. Comme je l'ai écrit dans ma préface, « la mémoire \
         n'est pas un musée ».",
        "Oui, en février. Il m'a dit : « Je lirai le manuscrit ». J'attends toujours.",
        "Je connais bien M. Valeck. Quand il m'a dit en privé : « tout se discute », je lui ai \
         répondu que les archives, elles, ne se discutent pas.",
    ]);
    assert_eq!(
        speaker_of(&found, "la mémoire n'est pas un musée"),
        Some("Odilon Varanne")
    );
    assert_eq!(
        speaker_of(&found, "Je lirai le manuscrit"),
        Some("Paul Ternier")
    );
    assert_eq!(
        speaker_of(&found, "tout se discute"),
        Some("Gaspard Valeck")
    );
}

/// "Nous avons écrit au ministère : « … »" in an answer: the interviewee speaking for their
/// side, as "je" would.
#[test]
fn an_interview_s_nous_is_the_interviewee() {
    let found = interview([
        "Parce que les témoins disparaissent. Nous avons écrit au ministère : « Ouvrez les \
         fonds du port ».",
        "Oui, en février. Il était aimable.",
        "Je n'ai rien à ajouter.",
    ]);
    assert_eq!(
        speaker_of(&found, "Ouvrez les fonds du port"),
        Some("Odilon Varanne")
    );
}

/// A clause opened by "comme", "quand", "lorsque": its subject is who speaks, and after
/// "comme" the subject may follow the verb.
#[test]
fn a_clause_opened_by_a_subordinator() {
    let found = quotes(
        "Le rapport de la commission d'enquête a été remis jeudi. Comme l'a rappelé la \
         rapporteuse, Hélène Quintard, « aucun service n'a été épargné ». Lorsque le \
         président du conseil régional, Marc Aubertin, a pris la parole : « Nous paierons », \
         a-t-il lancé.",
    );
    assert_eq!(
        speaker_of(&found, "aucun service n'a été épargné"),
        Some("Hélène Quintard")
    );
    assert_eq!(speaker_of(&found, "Nous paierons"), Some("Marc Aubertin"));
}

/// A member of an assembly introduced by the office she holds in it ("la présidente du
/// groupe") is "la députée" further down; a minister is not.
#[test]
fn a_seat_in_an_assembly_goes_with_the_offices_held_in_it() {
    let found = quotes(
        "La présidente du groupe centriste, Armelle Joubin, a dénoncé un texte « bâclé ».\n\n\
         « Nous irons jusqu'au bout », a répondu la ministre du Logement, Clarisse Vautrin. \
         Mme Joubin a jugé la réponse « hors sujet ».\n\n\
         « On nous fait voter à l'aveugle », a encore lancé la députée.",
    );
    assert_eq!(
        speaker_of(&found, "On nous fait voter à l'aveugle"),
        Some("Armelle Joubin")
    );
}

/// A role whose complement is an acronym ("le porte-parole de la FRP") is the person
/// introduced in the role worded with the name the acronym stands for.
#[test]
fn a_role_with_an_acronym_is_the_role_spelt_out() {
    let found = quotes(
        "Les pêcheurs ont bloqué le port mardi, à l'appel de la Fédération régionale des \
         pêcheurs (FRP).\n\n\
         « Le gazole a doublé », a déclaré la porte-parole de la Fédération des pêcheurs, Anouk \
         Le Dantec.\n\n\
         « Nous reviendrons lundi », a prévenu la porte-parole de la FRP en fin de journée.",
    );
    assert_eq!(
        speaker_of(&found, "Nous reviendrons lundi"),
        Some("Anouk Le Dantec")
    );
}

/// A sentence with no person acting that brings in one person for the first time ("la remise
/// de la médaille à Joseph Ferrand, 94 ans") makes them what the next "il" looks back to, rather
/// than the speaker before.
#[test]
fn a_person_brought_in_by_a_sentence_is_the_next_pronoun() {
    let found = quotes(
        "Le maire, Alain Corbière, a présenté ses vœux. « Nous tiendrons », a-t-il dit.\n\n\
         La cérémonie s'est achevée par la remise de la médaille de la ville à Joseph Ferrand, \
         94 ans. « Je n'ai rien fait », a-t-il simplement dit, très ému.",
    );
    assert_eq!(
        speaker_of(&found, "Je n'ai rien fait"),
        Some("Joseph Ferrand")
    );
}

#[test]
fn a_bare_quotation_is_not_carried_over_someone_else_acting() {
    // Someone unnamed, a group, a body between the quotation and the bare one: not the
    // earlier speaker's words.
    for between in [
        "Un manifestant, plus loin, ne décolère pas.",
        "Une source diplomatique a confirmé l'information.",
        "Les syndicats ont appelé à la grève.",
        "Un témoin raconte la scène.",
    ] {
        let found = quotes(&format!(
            "Le ministre Arno Velden a défendu la réforme : « Elle est juste et nécessaire ». \
             {between} « Ils nous prennent pour des idiots depuis le début. »"
        ));
        assert_eq!(
            speaker_of(&found, "Elle est juste et nécessaire"),
            Some("Arno Velden")
        );
        assert_eq!(
            speaker_of(&found, "Ils nous prennent pour des idiots depuis le début."),
            None,
            "after «{between}»"
        );
    }
    // The same speaker acting in between still carries it.
    let found = quotes(
        "« Elle est juste et nécessaire », a déclaré Arno Velden. Il a ensuite quitté la salle \
         sous les huées. « Ils nous prennent pour des idiots depuis le début. »",
    );
    assert_eq!(
        speaker_of(&found, "Ils nous prennent pour des idiots depuis le début."),
        Some("Arno Velden")
    );
}

#[test]
fn the_subject_of_a_passive_does_not_speak_the_next_quotation() {
    let found = quotes(
        "Le ministre Arno Velden a été interpellé par une habitante à son arrivée. « Vous nous \
         avez abandonnés, monsieur le ministre ! »",
    );
    assert_eq!(
        speaker_of(&found, "Vous nous avez abandonnés, monsieur le ministre !"),
        None
    );
    let found = quotes(
        "Le ministre Arno Velden a visité l'usine mardi. « On attend depuis des années, et rien \
         ne vient. »",
    );
    assert_eq!(
        speaker_of(&found, "On attend depuis des années, et rien ne vient."),
        Some("Arno Velden")
    );
}

#[test]
fn kinship_without_whose_is_someone_new() {
    let found = quotes(
        "« Elle est juste et nécessaire », a déclaré le maire, Arno Velden.\n\nAu port, une \
         famille lyonnaise attendait sur un banc. « On ne sera pas remboursés, c'est sûr », \
         raconte le père.",
    );
    assert_eq!(
        speaker_of(&found, "On ne sera pas remboursés, c'est sûr"),
        None
    );
}

#[test]
fn a_person_described_as_such_is_someone_unnamed() {
    for who in [
        "Une personne présente",
        "Un jeune du quartier",
        "Un individu",
    ] {
        let found = quotes(&format!(
            "La ministre Irma Kestelyn a défendu la réforme mardi. « Elle est juste », \
             a-t-elle dit. {who} a toutefois affirmé que le texte serait amendé. « Personne n'en \
             veut vraiment, même au gouvernement », a-t-{} ajouté.",
            if who.starts_with("Une") { "elle" } else { "il" }
        ));
        assert_eq!(
            speaker_of(&found, "Personne n'en veut vraiment, même au gouvernement"),
            None,
            "{who}"
        );
    }
}

#[test]
fn a_first_name_alone_is_the_one_person_named_with_it() {
    let found = interview([
        "Parce que le port changeait. Je voulais le raconter avant qu'il disparaisse.",
        "Oui. Il m'a ouvert ses archives sans condition.",
        "Qu'il n'a pas lu le livre. Je le connais depuis trente ans. Gaspard m'a écrit hier \
         soir : « Je lirai le chapitre sept, promis. » Cela m'a fait sourire.",
    ]);
    assert_eq!(
        speaker_of(&found, "Je lirai le chapitre sept, promis."),
        Some("Gaspard Valeck")
    );
}

#[test]
fn an_interview_s_description_of_its_interviewee_is_the_interviewee() {
    let d = crate::model::dispatch::Dispatch::parse(
        "t.txt",
        "ENTRETIEN. Odilon Varanne : « Les archives ne mentent pas »\n\n\
         L'historien Odilon Varanne publie un livre sur le port de Kerlune.\n\n\
         Pourquoi ce livre ?\n\nParce que le port changeait.\n\n\
         Le maire, Gaspard Valeck, parle d'un « livre à charge ». Que lui répondez-vous ?\n\n\
         Qu'il ne l'a pas lu.\n\n\
         Sur la fermeture des chantiers, le septuagénaire se montre plus sévère. « On a laissé \
         mourir un savoir-faire », dit-il. « Les archives, elles, s'en souviennent », conclut \
         l'historien.\n",
        &crate::ingest::parse::Context::default(),
    );
    let found: Vec<(String, Option<String>)> = d
        .passages
        .iter()
        .flat_map(|p| p.quotes.iter().map(|q| (q.text.clone(), q.speaker.clone())))
        .collect();
    assert_eq!(
        speaker_of(&found, "On a laissé mourir un savoir-faire"),
        Some("Odilon Varanne")
    );
    assert_eq!(
        speaker_of(&found, "Les archives, elles, s'en souviennent"),
        Some("Odilon Varanne")
    );
}

#[test]
fn a_paragraph_that_is_only_a_quotation_after_a_person_acting() {
    let found = quotes(
        "Le maire, Gaspard Valeck, s'est rendu sur place dès l'aube.\n\n\
         « Une chance que personne n'ait été blessé. »",
    );
    assert_eq!(
        speaker_of(&found, "Une chance que personne n'ait été blessé."),
        Some("Gaspard Valeck")
    );
    // Not after a paragraph whose last sentence quotes someone, nor after an unnamed subject.
    for before in [
        "Le maire, Gaspard Valeck, s'est rendu sur place. « Tout le monde est sain et sauf », \
         a-t-il dit. Un voisin a filmé la scène.",
        "Gaspard Valeck s'est rendu sur place. Une habitante s'est effondrée en larmes.",
    ] {
        let found = quotes(&format!(
            "{before}\n\n« Une chance que personne n'ait été blessé. »"
        ));
        assert_eq!(
            speaker_of(&found, "Une chance que personne n'ait été blessé."),
            None,
            "after «{before}»"
        );
    }
}

#[test]
fn words_named_before_a_colon_belong_to_whom_they_are() {
    let found = quotes(
        "Le quotidien Dzerkalo publie le témoignage d'un ingénieur de la centrale : « Le \
         réacteur a été arrêté trois fois. »",
    );
    assert_eq!(
        speaker_of(&found, "Le réacteur a été arrêté trois fois."),
        None
    );
    let found = quotes(
        "Le quotidien Dzerkalo publie une lettre de la ministre Irma Kestelyn : « Nous ne \
         céderons rien. »",
    );
    assert_eq!(
        speaker_of(&found, "Nous ne céderons rien."),
        Some("Irma Kestelyn")
    );
}

#[test]
fn from_the_same_source_after_an_unnamed_source_is_unnamed() {
    let found = quotes(
        "« Elle est juste et nécessaire », a déclaré Arno Velden. « Aucun obus n'est parti de \
         nos positions », a confié une source diplomatique. « Les discussions reprendront \
         lundi », a-t-on ajouté de même source.",
    );
    assert_eq!(
        speaker_of(&found, "Les discussions reprendront lundi"),
        None
    );
}

#[test]
fn who_a_role_with_a_named_complement_is_before_qui() {
    let found = quotes(
        "Un conseiller du ministère borovien de la Défense, qui a requis l'anonymat, assure \
         que « pas un obus n'est parti de nos positions ».",
    );
    assert_eq!(
        speaker_of(&found, "pas un obus n'est parti de nos positions"),
        None
    );
}

#[test]
fn the_first_and_the_second_of_two_people_named_together() {
    let found = quotes(
        "Le budget ne sera pas présenté « avant l'été », a dit Irma Kestelyn. À l'Assemblée, la \
         présidente de la commission, Solène Daguerre, et le rapporteur du budget, Maxime \
         Vallauri, se sont opposés. « On ne peut pas attendre l'été avec un trou pareil », a \
         lancé la première, tandis que le second plaidait pour « un peu de sang-froid ».",
    );
    assert_eq!(
        speaker_of(&found, "On ne peut pas attendre l'été avec un trou pareil"),
        Some("Solène Daguerre")
    );
    assert_eq!(
        speaker_of(&found, "un peu de sang-froid"),
        Some("Maxime Vallauri")
    );
}

#[test]
fn a_ministry_known_by_its_seat_and_the_prime_minister_s_services() {
    let found = quotes(
        "Le gouvernement ne présentera pas de budget rectificatif « avant l'été », ont fait \
         savoir les services du Premier ministre. Bercy a confirmé la prévision, jugeant le \
         déficit « maîtrisé à ce stade ».",
    );
    assert_eq!(speaker_of(&found, "avant l'été"), Some("Matignon"));
    assert_eq!(
        speaker_of(&found, "maîtrisé à ce stade"),
        Some("ministère de l'Économie")
    );
}

#[test]
fn a_name_after_a_plural_role_is_not_a_person() {
    let found = quotes(
        "Le président du syndicat des conducteurs SFK-Nord, Tobias Hirschfeld, qui réclame une \
         hausse de 9 %, a rejeté les critiques. « La table, nous y étions en février », a-t-il \
         répliqué.",
    );
    assert_eq!(
        speaker_of(&found, "La table, nous y étions en février"),
        Some("Tobias Hirschfeld")
    );
}

#[test]
fn an_inverted_subject_after_an_adverbial_and_two_appositions() {
    for incise in [
        "a résumé en clôture la ministre, Sabine Leclerc-Auzanne",
        "a résumé la présidente de la conférence, la ministre Sabine Leclerc-Auzanne",
        "a résumé la présidente de la conférence, la ministre déléguée chargée de l'Europe, \
         Sabine Leclerc-Auzanne",
    ] {
        let found = quotes(&format!("« Nous avons franchi un cap », {incise}."));
        assert_eq!(
            speaker_of(&found, "Nous avons franchi un cap"),
            Some("Sabine Leclerc-Auzanne"),
            "{incise}"
        );
    }
}

#[test]
fn verbs_of_rejecting_and_reporting_frame_short_quotations() {
    for (sentence, quoted) in [
        (
            "La porte-parole Ielena Kravtsova a rejeté les accusations comme « hystérie », selon \
             les médias d'État.",
            "hystérie",
        ),
        (
            "Le député Paul Orsat rejette des accusations « sans fondement ».",
            "sans fondement",
        ),
        (
            "Le député Paul Orsat a balayé ces critiques « infondées ».",
            "infondées",
        ),
        (
            "Le chef de la mission, Hans Grüninger, a fait état d'un scrutin « globalement bien \
             organisé ».",
            "globalement bien organisé",
        ),
        (
            "La présidente de la Commission, Mariam Diallo-Sissoko, a fait part de sa « profonde \
             déception ».",
            "profonde déception",
        ),
    ] {
        let found = quotes(sentence);
        assert!(
            speaker_of(&found, quoted).is_some(),
            "«{quoted}» in {sentence}"
        );
    }
}

#[test]
fn a_capital_speaks_for_the_government_of_its_country() {
    let found = quotes(
        "L'artillerie tavranienne a visé le port, selon les garde-côtes. Tavgrad a démenti \
         toute frappe, parlant d'une « invention grossière ».",
    );
    assert_eq!(
        speaker_of(&found, "invention grossière"),
        Some("gouvernement tavranien")
    );
    // A surname the dispatch gave a person keeps its person.
    let found = quotes(
        "Le député Piotr Tavrin a visité le port tavranien. Tavrin a dénoncé une « invention \
         grossière ».",
    );
    assert_eq!(
        speaker_of(&found, "invention grossière"),
        Some("Piotr Tavrin")
    );
    // So does a word the dispatch writes as a person's, after a role or a verb.
    for text in [
        "Le ministre tavranien Tavrin a visité le port. Tavrin a dénoncé une « invention \
         grossière ».",
        "Le port tavranien reste ouvert, a assuré Tavrin. Tavrin a dénoncé une « invention \
         grossière ».",
    ] {
        let found = quotes(text);
        assert_eq!(
            speaker_of(&found, "invention grossière"),
            Some("Tavrin"),
            "{text}"
        );
    }
}

#[test]
fn a_ministry_named_without_its_country_gets_the_one_the_dispatch_implies() {
    // A sentence opening on a country.
    let found = quotes(
        "Côté tavranais, le ministère de la Défense s'est félicité sur son site d'une « coopération \
         exemplaire ».",
    );
    assert_eq!(
        speaker_of(&found, "coopération exemplaire"),
        Some("ministère tavranais de la Défense")
    );
    let found = quotes(
        "La Tavranie dénonce une provocation. Côté ostalien, le ministère de la Défense a affirmé \
         que « les objectifs ont été atteints ».",
    );
    assert_eq!(
        speaker_of(&found, "les objectifs ont été atteints"),
        Some("ministère ostalien de la Défense")
    );
    // A foreign ministry in a dispatch written from Paris.
    let found = quotes(
        "PARIS, 3 mai (AFP) - La France a rappelé son ambassadeur. « Cette décision est \
         temporaire », indique le communiqué du ministère des Affaires étrangères.",
    );
    assert_eq!(
        speaker_of(&found, "Cette décision est temporaire"),
        Some("ministère français des Affaires étrangères")
    );
    // A home ministry keeps its short label.
    let found = quotes(
        "PARIS, 3 mai (AFP) - « Les stocks sont suffisants », assure le ministère de la Santé.",
    );
    assert_eq!(
        speaker_of(&found, "Les stocks sont suffisants"),
        Some("ministère de la Santé")
    );
}

#[test]
fn words_read_in_what_a_body_just_published_are_its_own() {
    let found = quotes(
        "Le consulat d'Ostalie à Lyon a publié sur son compte des photos de la façade taguée. \
         « Voilà le vrai visage de la tolérance », peut-on lire sous les images.",
    );
    assert_eq!(
        speaker_of(&found, "Voilà le vrai visage de la tolérance"),
        Some("consulat d'Ostalie à Lyon")
    );
    // Without a publication, "on" stays unnamed.
    let found = quotes(
        "Le consulat d'Ostalie à Lyon a fermé ses portes. « Fermé jusqu'à nouvel ordre », \
         peut-on lire sur la grille.",
    );
    assert_eq!(speaker_of(&found, "Fermé jusqu'à nouvel ordre"), None);
}

#[test]
fn the_authors_of_a_body_report_speak_for_the_body() {
    let found = quotes(
        "La Cour régionale des comptes d'Armor publie mardi un avis sur le port de pêche. « La \
         dette n'est plus soutenable », écrivent les magistrats, qui réclament un plan.",
    );
    assert_eq!(
        speaker_of(&found, "La dette n'est plus soutenable"),
        Some("Cour régionale des comptes d'Armor")
    );
    // The authors of an attack are no one's spokesmen.
    let found = quotes(
        "La gendarmerie d'Armor a ouvert une enquête. « On reviendra », ont écrit les auteurs \
         des tags sur la façade.",
    );
    assert_eq!(speaker_of(&found, "On reviendra"), None);
}

#[test]
fn the_prefecture_of_the_prefect_the_dispatch_names() {
    let found = quotes(
        "Le préfet de la Vienne a interdit les feux d'artifice. « La sécheresse ne laisse pas le \
         choix », justifie la préfecture. Selon les services de l'État, les nappes sont « au plus \
         bas ».",
    );
    assert_eq!(
        speaker_of(&found, "La sécheresse ne laisse pas le choix"),
        Some("préfecture de la Vienne")
    );
    assert_eq!(
        speaker_of(&found, "au plus bas"),
        Some("préfecture de la Vienne")
    );
}

#[test]
fn the_services_of_a_minister_are_the_ministry() {
    let found = quotes(
        "La ministre de la Culture, Odile Ferrandi, a visité le musée. « Les travaux finiront en \
         mai », a-t-elle assuré. Selon ses services, le chantier a coûté « deux fois le devis ».",
    );
    assert_eq!(
        speaker_of(&found, "deux fois le devis"),
        Some("ministère de la Culture")
    );
    // A mayor's services are not a ministry.
    let found = quotes(
        "Le ministre de la Culture a écrit aux maires. Le maire de Dinan, Paul Ressac, a visité le \
         musée. « Les travaux finiront en mai », a-t-il assuré. Selon ses services, le chantier a \
         coûté « deux fois le devis ».",
    );
    assert_ne!(
        speaker_of(&found, "deux fois le devis"),
        Some("ministère de la Culture")
    );
}

#[test]
fn an_infinitive_after_a_present_participle_reports_speech() {
    let found = quotes(
        "Le ministère ostalien de la Défense s'est refusé à tout commentaire, se contentant de \
         rappeler que l'armée « respecte le droit ».",
    );
    assert_eq!(
        speaker_of(&found, "respecte le droit"),
        Some("ministère ostalien de la Défense")
    );
}

#[test]
fn a_capital_written_with_accents_speaks_for_its_government() {
    let found = quotes(
        "Pékin a dénoncé une « ingérence grossière » dans ses affaires. Téhéran a averti que le \
         détroit resterait « ouvert à tous ».",
    );
    assert_eq!(
        speaker_of(&found, "ingérence grossière"),
        Some("gouvernement chinois")
    );
    assert_eq!(
        speaker_of(&found, "ouvert à tous"),
        Some("gouvernement iranien")
    );
}

#[test]
fn a_hospital_centre_a_clinic_and_customs_speak_as_bodies() {
    let found = quotes(
        "Neuf ouvriers ont été intoxiqués. Le centre hospitalier de Marvejols a indiqué que « \
         deux d'entre eux restent en observation ». « Nous avons reçu trois blessés légers », a \
         précisé la clinique Saint-Rémi. Les douanes ostaliennes ont affirmé que les camions « \
         pourront passer dès demain ».",
    );
    assert_eq!(
        speaker_of(&found, "deux d'entre eux restent en observation"),
        Some("centre hospitalier de Marvejols")
    );
    assert_eq!(
        speaker_of(&found, "Nous avons reçu trois blessés légers"),
        Some("clinique Saint-Rémi")
    );
    assert_eq!(
        speaker_of(&found, "pourront passer dès demain"),
        Some("douanes ostaliennes")
    );
    let found = quotes(
        "« Un patient reste hospitalisé », a indiqué l'hôpital Saint-Louis. « Les cours \
         reprendront lundi », a fait savoir le lycée Jean-Moulin.",
    );
    assert_eq!(
        speaker_of(&found, "Un patient reste hospitalisé"),
        Some("hôpital Saint-Louis")
    );
    assert_eq!(
        speaker_of(&found, "Les cours reprendront lundi"),
        Some("lycée Jean-Moulin")
    );
}

#[test]
fn qui_after_a_body_named_with_its_place_is_the_body() {
    let found = quotes(
        "Le conseil départemental de la Lozère, qui gère les routes, juge le calendrier « \
         intenable ». La préfecture de la Creuse, qui a réuni les maires, assure que « tout \
         sera prêt ».",
    );
    assert_eq!(
        speaker_of(&found, "intenable"),
        Some("conseil départemental de la Lozère")
    );
    assert_eq!(
        speaker_of(&found, "tout sera prêt"),
        Some("préfecture de la Creuse")
    );
}

#[test]
fn pour_a_body_opens_the_body_s_view() {
    let found = quotes(
        "Les négociations ont échoué mardi. Pour la CFDT, « le dialogue doit reprendre ». Pour \
         le syndicat Force ouvrière, « la coupe est pleine ».",
    );
    assert_eq!(
        speaker_of(&found, "le dialogue doit reprendre"),
        Some("CFDT")
    );
    assert_eq!(
        speaker_of(&found, "la coupe est pleine"),
        Some("syndicat Force ouvrière")
    );
}

#[test]
fn a_city_speaks_through_its_city_hall() {
    let found = quotes(
        "La Ville de Lodève demande aux habitants de « rester chez eux ». La crue a atteint \
         la digue. « Les écoles resteront fermées », a précisé la municipalité.",
    );
    assert_eq!(
        speaker_of(&found, "rester chez eux"),
        Some("mairie de Lodève")
    );
    assert_eq!(
        speaker_of(&found, "Les écoles resteront fermées"),
        Some("mairie de Lodève")
    );
    // Named nowhere but in the dateline.
    let found = quotes(
        "ARLES, 4 mars 2026 (AFP) - La crue a atteint les quais. « Aucun blessé n'est à \
         déplorer », a indiqué la Ville dans un communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "Aucun blessé n'est à déplorer"),
        Some("mairie d'Arles")
    );
}

#[test]
fn the_management_of_the_group_is_the_group() {
    let found = quotes(
        "Le groupe Ferlanne a confirmé la fermeture de son usine de Tulle. Dans un communiqué, \
         la direction du groupe invoque « des pertes trop lourdes ».",
    );
    assert_eq!(
        speaker_of(&found, "des pertes trop lourdes"),
        Some("Ferlanne")
    );
}

#[test]
fn a_hospital_named_in_full_is_the_bare_hospital_and_keeps_its_name_before_its_verb() {
    let found = quotes(
        "Le centre hospitalier d'Aurillac fermera ses urgences la nuit du 1er au 31 août. « Nous \
         n'avons plus assez de médecins », justifie l'hôpital.",
    );
    assert_eq!(
        speaker_of(&found, "Nous n'avons plus assez de médecins"),
        Some("centre hospitalier d'Aurillac")
    );
}

#[test]
fn a_departmental_office_is_its_acronym_and_its_departement() {
    let found = quotes(
        "La direction départementale des territoires et de la mer (DDTM) de la Manche, qui a \
         inspecté le site, indique que la digue est « conforme aux normes ».",
    );
    assert_eq!(
        speaker_of(&found, "conforme aux normes"),
        Some("DDTM de la Manche")
    );
}

#[test]
fn an_institution_a_court_and_a_company_taken_up_by_their_noun() {
    let found = quotes(
        "La Banque de Ruthénie juge la reprise « fragile ». « La croissance restera modeste », \
         prévient l'institution.",
    );
    assert_eq!(
        speaker_of(&found, "La croissance restera modeste"),
        Some("Banque de Ruthénie")
    );
    let found = quotes(
        "L'Insee a publié ses chiffres mardi. « Le chômage recule légèrement », note l'institut.",
    );
    assert_eq!(
        speaker_of(&found, "Le chômage recule légèrement"),
        Some("Insee")
    );
    let found = quotes(
        "Le Conseil d'État a rejeté mercredi le recours des associations. « Le décret ne porte \
         pas une atteinte grave à la liberté d'aller et venir », estime la haute juridiction.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Le décret ne porte pas une atteinte grave à la liberté d'aller et venir"
        ),
        Some("Conseil d'État")
    );
    let found = quotes(
        "La compagnie Aérolis a annulé quarante vols. « Les clients seront prévenus par SMS », a \
         indiqué la compagnie aérienne.",
    );
    assert_eq!(
        speaker_of(&found, "Les clients seront prévenus par SMS"),
        Some("Aérolis")
    );
}

#[test]
fn a_state_speaking_through_its_ministry_s_document_is_the_ministry() {
    let found = quotes(
        "Les frappes ostaliennes ont repris mardi. À Ostalsk, le ton monte. Ostalsk a fait savoir \
         par un communiqué de son ministère des Affaires étrangères que l'Ostalie « ne cédera à \
         aucun chantage ».",
    );
    assert_eq!(
        speaker_of(&found, "ne cédera à aucun chantage"),
        Some("ministère ostalien des Affaires étrangères")
    );
    let found = quotes(
        "Kiev a salué un rapport « accablant », selon un message publié sur le compte X du \
         ministère ukrainien des Affaires étrangères.",
    );
    assert_eq!(
        speaker_of(&found, "accablant"),
        Some("ministère ukrainien des Affaires étrangères")
    );
}

#[test]
fn an_acronym_and_a_capitalised_word_name_one_company() {
    let found = quotes(
        "RFT Réseau a annoncé mardi la fermeture de la ligne. « La voie sera rénovée sur \
         quarante kilomètres », a précisé RFT Réseau. Selon RFT Voyageurs, « les horaires \
         seront adaptés dès lundi ».",
    );
    assert_eq!(
        speaker_of(&found, "La voie sera rénovée sur quarante kilomètres"),
        Some("RFT Réseau")
    );
    assert_eq!(
        speaker_of(&found, "les horaires seront adaptés dès lundi"),
        Some("RFT Voyageurs")
    );
}

#[test]
fn on_after_a_body_set_off_at_the_start_is_the_body() {
    let found = quotes(
        "Le budget sera présenté mardi. Du côté de Bercy, on assure que « la trajectoire sera \
         tenue ». À l'Élysée, on fait valoir que « rien n'est arbitré ». À Vienne-la-Haute, on \
         juge le projet « précipité ».",
    );
    assert_eq!(
        speaker_of(&found, "la trajectoire sera tenue"),
        Some("ministère de l'Économie")
    );
    assert_eq!(speaker_of(&found, "rien n'est arbitré"), Some("Élysée"));
    // A town is no body.
    assert_eq!(speaker_of(&found, "précipité"), None);
}

#[test]
fn the_city_s_website_is_the_city_hall_s() {
    let found = quotes(
        "CAHORS, 2 mai 2026 (AFP) - La piscine a fermé. « Nous ferons toute la lumière sur cet \
         incident », peut-on lire sur le site de la mairie.",
    );
    assert_eq!(
        speaker_of(&found, "Nous ferons toute la lumière sur cet incident"),
        Some("mairie de Cahors")
    );
}

#[test]
fn firefighters_brussels_and_the_un_rights_office_by_their_usual_names() {
    let found = quotes(
        "Le service départemental d'incendie et de secours de l'Aude (Sdis 11) engage deux cents \
         hommes. Sur X, les pompiers audois font état de conditions « très difficiles ».",
    );
    assert_eq!(speaker_of(&found, "très difficiles"), Some("Sdis 11"));
    let found = quotes(
        "Les Vingt-Sept se réunissent lundi. Bruxelles a jugé « indispensable » un nouveau \
         paquet de sanctions.",
    );
    assert_eq!(
        speaker_of(&found, "indispensable"),
        Some("Commission européenne")
    );
    let found = quotes(
        "Le Haut-Commissariat des Nations unies aux droits de l'homme s'est dit « profondément \
         préoccupé » par les arrestations.",
    );
    assert_eq!(
        speaker_of(&found, "profondément préoccupé"),
        Some("Haut-Commissariat aux droits de l'homme")
    );
}

#[test]
fn a_bare_body_noun_in_a_document_s_complement_is_the_body_named() {
    let found = quotes(
        "La préfecture du Gers a déclenché l'alerte. Les écoles restent ouvertes. Selon le \
         dernier bulletin de la préfecture, la qualité de l'air est « médiocre ».",
    );
    assert_eq!(speaker_of(&found, "médiocre"), Some("préfecture du Gers"));
}

#[test]
fn a_regional_office_named_with_its_acronym_in_parentheses_keeps_its_region() {
    let found = quotes(
        "L'Agence régionale de santé (ARS) Occitanie a publié des recommandations. L'agence \
         conseille aux riverains de « fermer les fenêtres ».",
    );
    assert_eq!(
        speaker_of(&found, "fermer les fenêtres"),
        Some("ARS Occitanie")
    );
}

#[test]
fn the_medium_a_body_spoke_to_is_no_part_of_its_name() {
    let found = quotes(
        "« La situation est stable », a déclaré le ministère de la Santé à l'AFP. « Rien n'est \
         décidé », a indiqué la préfecture de la Sarthe à l'agence Nordpress. « Pas de \
         commentaire », a fait savoir l'Élysée au quotidien Le Phare.",
    );
    assert_eq!(
        speaker_of(&found, "La situation est stable"),
        Some("ministère de la Santé")
    );
    assert_eq!(
        speaker_of(&found, "Rien n'est décidé"),
        Some("préfecture de la Sarthe")
    );
    assert_eq!(speaker_of(&found, "Pas de commentaire"), Some("Élysée"));
}

#[test]
fn the_government_of_a_capital_and_the_region_named() {
    let found = quotes(
        "Le gouvernement de Kiev a salué un « geste fort ». Les autorités de Moscou ont dénoncé \
         une « provocation ».",
    );
    assert_eq!(
        speaker_of(&found, "geste fort"),
        Some("gouvernement ukrainien")
    );
    assert_eq!(
        speaker_of(&found, "provocation"),
        Some("gouvernement russe")
    );
    let found = quotes(
        "La région Occitanie a débloqué une aide d'urgence. « Nous serons aux côtés des \
         familles », a déclaré la Région.",
    );
    assert_eq!(
        speaker_of(&found, "Nous serons aux côtés des familles"),
        Some("région Occitanie")
    );
}

#[test]
fn a_bare_ministry_is_the_one_whose_delegate_minister_the_dispatch_names() {
    let found = quotes(
        "La ministre déléguée à la Mer, Claire Joubin, a reçu les pêcheurs mardi. Le ministère \
         précise que les aides seront versées « avant l'été ».",
    );
    assert_eq!(
        speaker_of(&found, "avant l'été"),
        Some("ministère de la Mer")
    );
}

#[test]
fn the_ngo_is_the_organisation_that_acted_last() {
    let found = quotes(
        "L'Agence de l'énergie a publié ses chiffres. Terre Vigilante a dénoncé des « crimes \
         contre le climat ». « Les forêts sont délibérément sacrifiées », affirme l'ONG dans un \
         rapport.",
    );
    assert_eq!(
        speaker_of(&found, "Les forêts sont délibérément sacrifiées"),
        Some("Terre Vigilante")
    );
}

#[test]
fn two_states_speaking_together_are_the_first_one() {
    let found = quotes("Moscou et Pékin ont dénoncé une « ingérence » occidentale.");
    assert_eq!(speaker_of(&found, "ingérence"), Some("gouvernement russe"));
}

#[test]
fn a_country_s_armed_forces_are_its_army() {
    let found = quotes(
        "Les forces armées ostaliennes ont assuré que « l'assaut a été repoussé ». Les forces \
         boroviennes affirment avoir pris « deux villages ».",
    );
    assert_eq!(
        speaker_of(&found, "l'assaut a été repoussé"),
        Some("armée ostalienne")
    );
    assert_eq!(
        speaker_of(&found, "deux villages"),
        Some("armée borovienne")
    );
}

#[test]
fn a_club_and_a_regulator_taken_up_by_their_noun() {
    let found = quotes(
        "Le FC Valmont a limogé son entraîneur lundi. « Une page se tourne », a commenté le club \
         dans un communiqué.",
    );
    assert_eq!(speaker_of(&found, "Une page se tourne"), Some("FC Valmont"));
    let found = quotes(
        "L'Autorité des marchés a ouvert une enquête. « Les faits sont graves », a souligné le \
         régulateur.",
    );
    assert_eq!(
        speaker_of(&found, "Les faits sont graves"),
        Some("Autorité des marchés")
    );
}

#[test]
fn a_body_named_in_several_words_is_one_body() {
    let found = quotes(
        "La Maison Blanche a jugé l'entretien « utile ». Le Quai d'Orsay a condamné une « \
         escalade dangereuse ». Les Nations unies ont appelé à « la retenue ».",
    );
    assert_eq!(speaker_of(&found, "utile"), Some("Maison Blanche"));
    assert_eq!(
        speaker_of(&found, "escalade dangereuse"),
        Some("Quai d'Orsay")
    );
    assert_eq!(speaker_of(&found, "la retenue"), Some("ONU"));
    // The body's name is no person's: an unnamed spokesman stays unnamed.
    let found =
        quotes("Le porte-parole de la Maison Blanche a qualifié la visite de « cordiale ».");
    assert_eq!(speaker_of(&found, "cordiale"), None);
}

#[test]
fn a_body_subject_set_off_by_an_apposition_keeps_its_verb() {
    let found = quotes(
        "La mairie de Saint-Brieuc, sollicitée, a condamné des « tags intolérables ». Le \
         ministère ostalien des Transports, dans une note publiée jeudi, a jugé la ligne « sûre ».",
    );
    assert_eq!(
        speaker_of(&found, "tags intolérables"),
        Some("mairie de Saint-Brieuc")
    );
    assert_eq!(
        speaker_of(&found, "sûre"),
        Some("ministère ostalien des Transports")
    );
}

#[test]
fn a_body_whose_acronym_follows_in_parentheses_is_the_subject() {
    let found = quotes(
        "L'Association des meuniers de l'Ouest (AMO) a dénoncé mercredi une taxe « absurde ».",
    );
    assert_eq!(
        speaker_of(&found, "absurde"),
        Some("Association des meuniers de l'Ouest")
    );
}

#[test]
fn a_body_noun_written_with_a_capital_and_an_accent_keeps_its_complement() {
    let found = quotes(
        "La Fédération des boulangers du Jura réclame une aide. « Nos fours tournent à perte », \
         écrit-elle dans un communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "Nos fours tournent à perte"),
        Some("Fédération des boulangers du Jura")
    );
}

#[test]
fn a_pronoun_takes_up_a_body_whose_article_is_elided() {
    let found = quotes(
        "L'Agence régionale de santé d'Armor a ouvert une inspection. Dans une lettre au maire, \
         elle exige des mesures « avant l'été ».",
    );
    assert_eq!(speaker_of(&found, "avant l'été"), Some("ARS Armor"));
}

#[test]
fn a_company_named_in_one_word_and_its_management() {
    let found = quotes(
        "La société Hydrant, chargée de l'entretien, conteste les faits. L'entreprise dit avoir \
         « tout transmis aux gendarmes ». Le groupe Varnex a dénoncé une « décision abusive ». \
         La direction d'Ostrail a écrit aux salariés. « Rien n'est décidé », indique la lettre.",
    );
    assert_eq!(
        speaker_of(&found, "tout transmis aux gendarmes"),
        Some("Hydrant")
    );
    assert_eq!(speaker_of(&found, "décision abusive"), Some("Varnex"));
    assert_eq!(speaker_of(&found, "Rien n'est décidé"), Some("Ostrail"));
}

#[test]
fn a_body_s_label_stops_before_a_quotation() {
    let found = quotes(
        "Saisie jeudi, l'Autorité de régulation des ports d'Ostalie (Arpo) « examine la plainte » \
         et rappelle que les armateurs doivent répondre « sous huit jours ».",
    );
    assert_eq!(
        speaker_of(&found, "sous huit jours"),
        Some("Autorité de régulation des ports d'Ostalie")
    );
}

#[test]
fn a_capital_after_que_speaks_for_its_government() {
    let found = quotes(
        "L'armée karvénienne a frappé un dépôt dans l'est de la Zolanie, une frappe que Zolgrad \
         qualifie de « mise en scène ». Les pertes zolanaises restent inconnues.",
    );
    assert_eq!(
        speaker_of(&found, "mise en scène"),
        Some("gouvernement zolanais")
    );
}

#[test]
fn the_presidential_palace_is_the_presidency() {
    let found = quotes(
        "La présidence zolanaise a durci le ton jeudi. Le chef de l'État « ne cédera pas », a fait \
         savoir le palais présidentiel. « Rien ne presse », a ironisé le palais présidentiel \
         karvénien.",
    );
    assert_eq!(
        speaker_of(&found, "ne cédera pas"),
        Some("présidence zolanaise")
    );
    assert_eq!(
        speaker_of(&found, "Rien ne presse"),
        Some("présidence karvénienne")
    );
}

#[test]
fn a_bare_management_is_no_regional_directorate() {
    let found = quotes(
        "Le tribunal a annulé les licenciements chez Verlane, une décision que la direction juge \
         « incompréhensible ». La Direction régionale du travail n'a pas commenté.",
    );
    assert_ne!(
        speaker_of(&found, "incompréhensible"),
        Some("Direction régionale du travail")
    );
}

#[test]
fn fait_valoir_and_fait_savoir_open_an_incise() {
    let found = quotes(
        "« Nous respectons la décision », fait valoir Paul Verdier dans un communiqué. « Rien ne \
         change », fait savoir la mairie de Vannes.",
    );
    assert_eq!(
        speaker_of(&found, "Nous respectons la décision"),
        Some("Paul Verdier")
    );
    assert_eq!(
        speaker_of(&found, "Rien ne change"),
        Some("mairie de Vannes")
    );
}

#[test]
fn a_company_speaks_by_its_one_word_name_and_as_the_manufacturer() {
    let found = quotes(
        "Le fabricant de vannes Hydrant a perdu en appel. « Nous ferons appel », fait savoir \
         Hydrant. Dans un communiqué, le groupe Chemrex « regrette la gêne ». « Aucun produit \
         n'était toxique », assure l'industriel.",
    );
    assert_eq!(speaker_of(&found, "Nous ferons appel"), Some("Hydrant"));
    assert_eq!(
        speaker_of(&found, "Aucun produit n'était toxique"),
        Some("Chemrex")
    );
}

#[test]
fn the_place_beauvau_is_the_interior_ministry() {
    let found = quotes(
        "Une enquête administrative est ouverte. « Toute la lumière sera faite », promet la place \
         Beauvau dans un message.",
    );
    assert_eq!(
        speaker_of(&found, "Toute la lumière sera faite"),
        Some("ministère de l'Intérieur")
    );
}

#[test]
fn a_body_reported_from_with_selon_is_the_organisation_taken_up_next() {
    let found = quotes(
        "Selon l'Union ostalienne des meuniers, neuf moulins sur dix sont à l'arrêt. « Nos \
         adhérents n'ont plus de blé », affirme l'organisation dans un message.",
    );
    assert_eq!(
        speaker_of(&found, "Nos adhérents n'ont plus de blé"),
        Some("Union ostalienne des meuniers")
    );
}

#[test]
fn a_regional_audit_chamber_is_a_body_and_a_court_s_chamber_is_the_court() {
    let found = quotes(
        "La chambre régionale des comptes d'Armor avait relevé en mars que « la dette de la \
         commune a doublé en cinq ans ».",
    );
    assert_eq!(
        speaker_of(&found, "la dette de la commune a doublé en cinq ans"),
        Some("chambre régionale des comptes d'Armor")
    );
    let found = quotes(
        "La cour d'appel de Rennes a donné raison aux pêcheurs. La chambre sociale estime que la \
         société a « organisé sa propre perte ».",
    );
    assert_eq!(
        speaker_of(&found, "organisé sa propre perte"),
        Some("cour d'appel de Rennes")
    );
}

// Written sources (class 9) and short quotations framed by a verb of judging (class 7).

#[test]
fn a_ruling_or_a_tract_speaks_for_the_body_that_wrote_it() {
    let found = quotes(
        "La cour d'appel de Rennes a donné raison aux salariés de Verlane. « Le motif invoqué \
         ne repose sur aucun élément sérieux », poursuit l'arrêt.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Le motif invoqué ne repose sur aucun élément sérieux"
        ),
        Some("cour d'appel de Rennes")
    );
    let found = quotes(
        "La CGT de l'usine Verlane appelle à la grève jeudi. « La direction ment depuis six \
         mois », affirme le tract.",
    );
    assert_eq!(
        speaker_of(&found, "La direction ment depuis six mois"),
        Some("CGT")
    );
}

#[test]
fn a_decree_s_author_ends_before_how_it_was_published() {
    let found = quotes(
        "« Les commerces resteront fermés jusqu'à lundi », annonce un décret du gouvernement \
         ostalien publié dans la nuit.",
    );
    assert_eq!(
        speaker_of(&found, "Les commerces resteront fermés jusqu'à lundi"),
        Some("gouvernement ostalien")
    );
}

#[test]
fn a_text_after_an_unnamed_body_acting_is_not_the_last_named_one_s() {
    let found = quotes(
        "La société Verlane a annoncé mardi la fermeture du site. Côté salariés, \
         l'intersyndicale parle d'un « gâchis ». « Nous irons jusqu'au bout », affirme le \
         tract.",
    );
    // The tract is the intersyndicale's, the company's own union body, not the company's.
    assert_eq!(
        speaker_of(&found, "Nous irons jusqu'au bout"),
        Some("intersyndicale de Verlane")
    );
}

#[test]
fn the_channel_posted_on_is_not_the_inverted_subject() {
    let found = quotes(
        "Le ministère ostalien des Affaires étrangères a dénoncé une « piraterie ». « L'Europe \
         se ruine », a écrit sur son canal Telegram le ministère.",
    );
    assert_eq!(
        speaker_of(&found, "L'Europe se ruine"),
        Some("ministère ostalien des Affaires étrangères")
    );
}

#[test]
fn read_on_someone_s_page_is_the_page_holder_s() {
    let found = quotes(
        "Le collectif Rivière propre, créé après la crue, s'inquiète. « Qui paiera le \
         nettoyage ? », lit-on sur sa page Facebook.",
    );
    assert_eq!(
        speaker_of(&found, "Qui paiera le nettoyage ?"),
        Some("collectif Rivière propre")
    );
}

#[test]
fn read_on_a_body_s_page_is_the_body_s() {
    let found = quotes(
        "Les plages restent interdites. « La baignade est dangereuse », peut-on lire sur la \
         page officielle de la préfecture du Morvan.",
    );
    assert_eq!(
        speaker_of(&found, "La baignade est dangereuse"),
        Some("préfecture du Morvan")
    );
}

#[test]
fn qualified_as_by_an_agent_is_the_agent_s() {
    let found = quotes(
        "Le tribunal a annulé le permis, une décision qualifiée de « revers » par Hervé Laborde.",
    );
    assert_eq!(speaker_of(&found, "revers"), Some("Hervé Laborde"));
    // With no agent, the participle is no frame of its own: the opinion around it decides.
    let found = quotes(
        "Le ministre Hervé Laborde a détaillé le bilan. Selon lui, l'État n'a touché que 9 % \
         des recettes, un chiffre qualifié de « honte nationale ».",
    );
    assert_eq!(speaker_of(&found, "honte nationale"), Some("Hervé Laborde"));
}

#[test]
fn a_participle_coordinated_with_a_passive_is_passive() {
    let found = quotes(
        "Le Conseil d'État a annulé mardi le décret sur les éoliennes, une décision saluée à \
         droite et qualifiée de « revers » par le gouvernement ostalien.",
    );
    assert_eq!(speaker_of(&found, "revers"), Some("gouvernement ostalien"));
}

#[test]
fn a_ruling_is_the_body_that_ruled_not_its_critic_s() {
    let found = quotes(
        "Le Conseil d'État a annulé le décret, une décision qualifiée de « revers » par le \
         gouvernement ostalien. « Le texte méconnaît le droit de propriété », indique la \
         décision.",
    );
    assert_eq!(
        speaker_of(&found, "Le texte méconnaît le droit de propriété"),
        Some("Conseil d'État")
    );
}

#[test]
fn a_second_subject_whose_verb_is_left_out_speaks_its_quotation() {
    let found =
        quotes("Mme Dumas a parlé d'un « premier pas », M. Laborde d'une « avancée historique ».");
    assert_eq!(speaker_of(&found, "premier pas"), Some("Dumas"));
    assert_eq!(speaker_of(&found, "avancée historique"), Some("Laborde"));
    let found = quotes(
        "Le maire Jérôme Castagnet a évoqué un « malentendu », le préfet Hervé Laborde une \
         « faute ».",
    );
    assert_eq!(speaker_of(&found, "faute"), Some("Hervé Laborde"));
    // A second quotation of the same speaker stays his.
    let found = quotes("Claire Dumas a évoqué un « malentendu », une « erreur » de calcul.");
    assert_eq!(speaker_of(&found, "erreur"), Some("Claire Dumas"));
}

#[test]
fn a_document_brought_in_with_no_author_stays_unsigned() {
    let found = quotes(
        "La Commission a présenté son plan mardi. Selon une note interne consultée par le \
         journal Le Matin, plusieurs pays hésitent. « Rien n'est acquis », précise la note.",
    );
    assert_eq!(speaker_of(&found, "Rien n'est acquis"), None);
    // A note the body itself published is the body's.
    let found =
        quotes("La Commission a publié une note mardi. « Rien n'est acquis », précise la note.");
    assert_eq!(
        speaker_of(&found, "Rien n'est acquis"),
        Some("Commission européenne")
    );
}

#[test]
fn the_alliance_is_nato() {
    let found = quotes(
        "L'OTAN n'a pas commenté la frappe. « Nous restons vigilants », a seulement indiqué \
         l'Alliance dans un courriel.",
    );
    assert_eq!(speaker_of(&found, "Nous restons vigilants"), Some("OTAN"));
}

#[test]
fn a_short_name_in_parentheses_written_as_a_word_goes_with_the_body() {
    let found = quotes(
        "L'Autorité de régulation des ports d'Ostalie (Arpo) dit suivre le dossier « de très \
         près ».",
    );
    assert_eq!(
        speaker_of(&found, "de très près"),
        Some("Autorité de régulation des ports d'Ostalie")
    );
}

#[test]
fn a_mutual_insurer_is_a_body() {
    let found = quotes(
        "La mutuelle normande Solidaria a reconnu une fuite de données. « Des fichiers ont pu \
         être copiés », écrit la mutuelle à ses adhérents.",
    );
    assert_eq!(
        speaker_of(&found, "Des fichiers ont pu être copiés"),
        Some("Solidaria")
    );
}

#[test]
fn the_government_of_a_dispatch_from_a_capital() {
    let found = quotes(
        "BERLIN, 3 mars 2026 (AFP) - Le gouvernement a fait savoir qu'il ne céderait « sur rien ».",
    );
    assert_eq!(
        speaker_of(&found, "sur rien"),
        Some("gouvernement allemand")
    );
    // Without a dateline, a bare "le gouvernement" is no one's in particular.
    let found = quotes("Le gouvernement a fait savoir qu'il ne céderait « sur rien ».");
    assert_eq!(speaker_of(&found, "sur rien"), None);
}

#[test]
fn the_entourage_of_the_prime_minister_is_matignon() {
    let found = quotes(
        "« Le texte sera réécrit », a fait savoir l'entourage du Premier ministre dans la soirée.",
    );
    assert_eq!(
        speaker_of(&found, "Le texte sera réécrit"),
        Some("Matignon")
    );
}

#[test]
fn a_court_s_decision_speaks_for_the_court() {
    let found = quotes(
        "La cour d'appel de Rennes a annulé le permis. « Le projet méconnaît la loi littoral », \
         indique l'arrêt. Selon la cour d'appel, l'étude d'impact était « lacunaire ».",
    );
    assert_eq!(
        speaker_of(&found, "Le projet méconnaît la loi littoral"),
        Some("cour d'appel de Rennes")
    );
    assert_eq!(
        speaker_of(&found, "lacunaire"),
        Some("cour d'appel de Rennes")
    );
}

#[test]
fn a_pronoun_prefers_the_person_named_beside_a_body() {
    let found = quotes(
        "La Fondation Abri Solidaire a publié une tribune signée par sa présidente, Lise Karadec. \
         « Des enfants dorment dehors », écrit-elle.",
    );
    assert_eq!(
        speaker_of(&found, "Des enfants dorment dehors"),
        Some("Lise Karadec")
    );
    // With no one else, the body's name opened by its noun is the body's.
    let found = quotes("La Fondation Abri Solidaire a dénoncé une « honte ».");
    assert_eq!(
        speaker_of(&found, "honte"),
        Some("Fondation Abri Solidaire")
    );
}

#[test]
fn a_named_body_keeps_its_pour() {
    let found = quotes(
        "L'Organisation pour la protection des fleuves a rappelé que les barrages sont « soumis \
         à autorisation ».",
    );
    assert_eq!(
        speaker_of(&found, "soumis à autorisation"),
        Some("Organisation pour la protection des fleuves")
    );
}

#[test]
fn a_name_after_a_role_and_a_nationality_is_a_person() {
    let found = quotes(
        "Le président ardanien Miklós Varga a reçu son homologue sorgalais Emeka Okonkwo pendant \
         deux heures mardi.\n\n\
         « Nous avons trouvé un terrain d'entente », a déclaré Varga à l'issue de l'entretien.\n\n\
         Okonkwo s'est montré plus prudent. « Rien n'est signé », a-t-il rappelé.",
    );
    assert_eq!(
        speaker_of(&found, "Nous avons trouvé un terrain d'entente"),
        Some("Miklós Varga")
    );
    assert_eq!(
        speaker_of(&found, "Rien n'est signé"),
        Some("Emeka Okonkwo")
    );
}

#[test]
fn a_surname_never_given_in_full_speaks_after_its_verb() {
    let found = quotes(
        "Les pourparlers sur le corridor céréalier ont repris mardi.\n\n\
         « Nous avons trouvé un terrain d'entente », a déclaré Kowalczyk devant la presse.\n\n\
         « Le texte sera prêt jeudi », a ajouté Moscou dans un communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "Nous avons trouvé un terrain d'entente"),
        Some("Kowalczyk")
    );
    assert_eq!(
        speaker_of(&found, "Le texte sera prêt jeudi"),
        Some("gouvernement russe")
    );
}

#[test]
fn a_capital_after_an_unaccented_a_is_a_place_not_a_speaker() {
    let found = quotes(
        "A Zelgorod, le ministère a démenti toute frappe.\n\n\
         « Aucune de nos unités n'a tiré », a fait savoir Zelgorod dans une note.",
    );
    assert_eq!(speaker_of(&found, "Aucune de nos unités n'a tiré"), None);
}

#[test]
fn a_body_french_news_calls_by_its_acronym_speaks_under_it() {
    let found = quotes(
        "L'Agence régionale de santé de Normandie a demandé aux écoles de « garder les enfants à \
         l'intérieur ». « Les mesures de l'air restent mauvaises », a précisé l'ARS en fin de \
         journée.\n\n\
         La Commission nationale de l'informatique et des libertés (Cnil) a jugé la fuite \
         « particulièrement grave ».\n\n\
         Le Comité international de la Croix-Rouge a qualifié la situation d'« intenable ».",
    );
    assert_eq!(
        speaker_of(&found, "garder les enfants à l'intérieur"),
        Some("ARS Normandie")
    );
    assert_eq!(
        speaker_of(&found, "Les mesures de l'air restent mauvaises"),
        Some("ARS Normandie")
    );
    assert_eq!(speaker_of(&found, "particulièrement grave"), Some("Cnil"));
    // The dispatch never writes its acronym: its name stays in full.
    assert_eq!(
        speaker_of(&found, "intenable"),
        Some("Comité international de la Croix-Rouge")
    );
}

#[test]
fn a_ministry_with_its_country_as_a_second_complement() {
    let found = quotes(
        "Le barrage ostalien inquiète ses voisins. Le ministère des Affaires étrangères de \
         l'Ostalie a répondu que l'ouvrage était « conçu pour l'électricité ». Le ministère de \
         la Défense du Valmoral a jugé la réponse « insuffisante ».",
    );
    assert_eq!(
        speaker_of(&found, "conçu pour l'électricité"),
        Some("ministère ostalien des Affaires étrangères")
    );
    // No adjective for the Valmoral in the dispatch: the label stays as written.
    assert_eq!(
        speaker_of(&found, "insuffisante"),
        Some("ministère de la Défense du Valmoral")
    );
}

#[test]
fn a_pronoun_after_someone_brought_in_unnamed_stays_unnamed() {
    let found = quotes(
        "Le directeur du site, Marc Olivier, a défendu le plan social. « Nous n'avions pas le \
         choix », a-t-il dit.\n\n\
         Le Progrès donne la parole à un ouvrier entré à l'usine à dix-huit ans. « On a tout \
         donné à cette boîte », confie-t-il.\n\n\
         Sur le piquet de grève, nous avons croisé un délégué syndical. « La direction ment », \
         assure-t-il.\n\n\
         Le maire, Jean Castel, a ouvert le gymnase. Un sinistré y a passé la nuit. « Heureusement \
         qu'il était là », dit-il.",
    );
    assert_eq!(
        speaker_of(&found, "Nous n'avions pas le choix"),
        Some("Marc Olivier")
    );
    assert_eq!(speaker_of(&found, "On a tout donné à cette boîte"), None);
    assert_eq!(speaker_of(&found, "La direction ment"), None);
    assert_eq!(speaker_of(&found, "Heureusement qu'il était là"), None);
}

/// The quotations of `body` with a gazetteer extended by `people` (lines as in `aliases.txt`).
fn quotes_knowing(people: &str, body: &str) -> Vec<(String, Option<String>)> {
    let mut aliases = (*crate::model::aliases::Aliases::bundled()).clone();
    aliases.add_lines(people);
    let blocks = vec!["Titre de la dépêche".to_owned(), body.to_owned()];
    super::quotes::extract_with(&blocks, &aliases, None)
        .into_iter()
        .flatten()
        .map(|q| (q.text, q.speaker))
        .collect()
}

#[test]
fn a_party_after_a_role_is_an_affiliation_not_a_name() {
    let found = quotes(
        "Le candidat Horizons, Paul Mercadier, tente d'exister. « Les habitants en ont assez », \
         a-t-il déclaré dimanche. Un député Renaissance, qui n'a pas souhaité être nommé, a parlé \
         d'un « suicide politique ». La députée Renaissance Claire Dumas a dénoncé un \
         « renoncement ».",
    );
    assert_eq!(
        speaker_of(&found, "Les habitants en ont assez"),
        Some("Paul Mercadier")
    );
    assert_eq!(speaker_of(&found, "suicide politique"), None);
    assert_eq!(speaker_of(&found, "renoncement"), Some("Claire Dumas"));
}

#[test]
fn who_after_a_role_and_a_name_is_that_person() {
    let found = quotes(
        "Le préfet Marc Olivier a reçu mardi la maire Anne Vidal, qui a jugé la réunion « utile ».",
    );
    assert_eq!(speaker_of(&found, "utile"), Some("Anne Vidal"));
}

#[test]
fn a_name_after_an_arabic_article_is_one_name() {
    let found = quotes(
        "Le président Karim al-Masri a promis « une ville pour tous ». « Rien ne se fera contre \
         quiconque », a déclaré al-Masri. « Nous tiendrons », a lancé le général Saïd el-Hadi.",
    );
    assert_eq!(
        speaker_of(&found, "une ville pour tous"),
        Some("Karim al-Masri")
    );
    assert_eq!(
        speaker_of(&found, "Rien ne se fera contre quiconque"),
        Some("Karim al-Masri")
    );
    assert_eq!(speaker_of(&found, "Nous tiendrons"), Some("Saïd el-Hadi"));
}

#[test]
fn a_name_after_a_party_in_the_complement_is_the_phrase_s_own() {
    let found = quotes(
        "Le président des Républicains Pierre Castagnet a salué « une décision de bon sens ». « Il \
         n'aurait jamais dû passer une nuit en prison », a-t-il affirmé.",
    );
    assert_eq!(
        speaker_of(&found, "une décision de bon sens"),
        Some("Pierre Castagnet")
    );
}

#[test]
fn a_name_apposed_after_an_epithet_names_the_role() {
    let found = quotes(
        "Le président du gouvernement calédonien, l'indépendantiste Louis Ferrand, a lancé un \
         appel. « Il faut que chacun revienne à la raison », a-t-il déclaré dans une allocution \
         télévisée.",
    );
    assert_eq!(
        speaker_of(&found, "Il faut que chacun revienne à la raison"),
        Some("Louis Ferrand")
    );
}

#[test]
fn where_a_person_spoke_is_no_part_of_the_role() {
    let found = quotes(
        "La ministre déléguée au Numérique, Agnès Morvan, s'est dite « très en colère ». « Nous \
         attendons des excuses », a déclaré la ministre au Sénat. « Ce n'est pas fini », a lancé \
         la ministre à la tribune.",
    );
    assert_eq!(
        speaker_of(&found, "Nous attendons des excuses"),
        Some("Agnès Morvan")
    );
    assert_eq!(
        speaker_of(&found, "Ce n'est pas fini"),
        Some("Agnès Morvan")
    );
}

#[test]
fn a_short_quotation_at_the_end_of_a_long_reported_clause() {
    let found = quotes(
        "La veille au soir, la préfecture de l'Aude avait indiqué dans un communiqué que les \
         forces de l'ordre n'interviendraient pas tant que le blocage resterait « pacifique et \
         ordonné ».",
    );
    assert_eq!(
        speaker_of(&found, "pacifique et ordonné"),
        Some("préfecture de l'Aude")
    );
}

#[test]
fn a_lower_case_particle_after_a_first_name_or_an_honorific() {
    let found = quotes(
        "Entendue par le Sénat, la directrice du musée, Hélène des Roches, avait reconnu « un \
         terrible échec ». « Nous n'avons pas su protéger ces œuvres », avait déclaré Mme des \
         Roches.",
    );
    assert_eq!(
        speaker_of(&found, "un terrible échec"),
        Some("Hélène des Roches")
    );
    assert_eq!(
        speaker_of(&found, "Nous n'avons pas su protéger ces œuvres"),
        Some("Hélène des Roches")
    );
}

#[test]
fn posted_on_a_network_that_reports_words() {
    let found = quotes(
        "Karl Vettin a publié une photo de la réunion. Plus tard, il a posté sur X que « le \
         dialogue est la seule voie ».",
    );
    assert_eq!(
        speaker_of(&found, "le dialogue est la seule voie"),
        Some("Karl Vettin")
    );
}

const A_PARTY_LEADER: &str = "Octave Ferrand\tm\tFerrand\tpremier secrétaire du Parti \
                              radical\n";

#[test]
fn a_party_leader_is_the_deputy_of_a_constituency_named_next() {
    let found = quotes_knowing(
        A_PARTY_LEADER,
        "Le premier secrétaire du Parti radical, Octave Ferrand, a salué « une victoire ». « Nous \
         jugerons sur pièces », a prévenu le député de Seine-et-Marne. Paul Morel, député du \
         Nord, a dénoncé un « scandale ». « C'est inacceptable », a répliqué le député de Lille.",
    );
    assert_eq!(
        speaker_of(&found, "Nous jugerons sur pièces"),
        Some("Octave Ferrand")
    );
    // Someone the gazetteer does not know is not taken for another constituency's deputy.
    assert_eq!(speaker_of(&found, "C'est inacceptable"), None);
}

#[test]
fn a_title_quoting_words_of_the_text_quotes_their_speaker() {
    let found = quotes(
        "Quimperlé. L'école fermée en juin : « On nous traite comme des citoyens de seconde zone \
         »\n\nLe maire, Yann Kerhervé, ne décolère pas. « On nous traite comme des citoyens de \
         seconde zone », a-t-il lancé devant la mairie.",
    );
    let speakers: Vec<Option<&str>> = found
        .iter()
        .filter(|(t, _)| t.starts_with("On nous traite"))
        .map(|(_, s)| s.as_deref())
        .collect();
    assert_eq!(speakers, [Some("Yann Kerhervé"), Some("Yann Kerhervé")]);
}

#[test]
fn a_role_s_gender_does_not_pass_over_the_woman_the_dispatch_names() {
    // The bundled gazetteer lists several women as "Première ministre" over the years.
    let found = quotes(
        "NUUK, 28 mars. - La visite a tendu les relations.\n\nLa réponse danoise n'a pas tardé. \
         Frederiksen, qui s'exprimait depuis Copenhague, a dénoncé une « pression inacceptable ». \
         La Première ministre a répété que le Danemark restait un allié « fiable et solide ».\n\n\
         A Nuuk, le futur chef du gouvernement groenlandais, Jens-Frederik Nielsen, venait de \
         conclure un accord de coalition.",
    );
    assert_eq!(
        speaker_of(&found, "fiable et solide"),
        Some("Mette Frederiksen")
    );
}

#[test]
fn an_article_glued_to_the_word_before_opens_the_phrase() {
    let found = quotes(
        "Le coup de force se confirme.\n\nPlusLe président ardanien Miklós Varga a condamné le \
         coup d'État « avec la plus grande fermeté ».",
    );
    assert_eq!(
        speaker_of(&found, "avec la plus grande fermeté"),
        Some("Miklós Varga")
    );
}

#[test]
fn a_community_of_states_is_a_body_named_in_full() {
    let found = quotes(
        "La Communauté économique des États du Sahel a averti qu'elle « ne tolérera aucun \
         coup » dans la région.",
    );
    assert_eq!(
        speaker_of(&found, "ne tolérera aucun coup"),
        Some("Communauté économique des États du Sahel")
    );
}

#[test]
fn a_quoted_adjective_after_a_speech_verb_s_object_is_a_quotation() {
    let found = quotes(
        "La direction de la SNCF a regretté dans un communiqué un mouvement « incompréhensible ». \
         Le collectif « Rails vivants » appelle à manifester.",
    );
    assert_eq!(speaker_of(&found, "incompréhensible"), Some("SNCF"));
    // A name in quotation marks stays a name.
    assert!(found.iter().all(|(t, _)| t != "Rails vivants"));
}

#[test]
fn an_answer_of_someone_before_a_colon_is_theirs() {
    let found = quotes(
        "Le maire, Gilles Quéré, a défendu l'hôpital. Un élu d'opposition lui a reproché d'en \
         faire un argument. Réponse cinglante du maire : « Personne ne me fera taire ».",
    );
    assert_eq!(
        speaker_of(&found, "Personne ne me fera taire"),
        Some("Gilles Quéré")
    );
}

#[test]
fn rapporteurs_speak_for_a_body_that_reports_not_for_any_body() {
    let found = quotes(
        "La police municipale a renforcé ses patrouilles. Au Sénat, où le texte avait été \
         initié, les rapporteurs ont salué un « sursaut ». La Cour des comptes a publié son \
         rapport. Les rapporteurs jugent la dépense « mal pilotée ».",
    );
    assert_eq!(speaker_of(&found, "sursaut"), None);
    assert_eq!(speaker_of(&found, "mal pilotée"), Some("Cour des comptes"));
}

#[test]
fn the_pope_needs_no_qualifier() {
    // The bundled gazetteer knows the popes and from when.
    let found = quotes(
        "CITÉ DU VATICAN, 9 mai 2025 (AFP) - La fumée blanche s'est élevée. « Dieu nous aime », a \
         déclaré le pape. « Nous verrons », a lancé le souverain pontife.",
    );
    assert_eq!(speaker_of(&found, "Dieu nous aime"), Some("Léon XIV"));
    assert_eq!(speaker_of(&found, "Nous verrons"), Some("Léon XIV"));
}

#[test]
fn the_main_person_concerned_is_the_one_the_dispatch_is_about() {
    let found = quotes(
        "Claire Vernet condamnée à deux ans d'inéligibilité\n\nLe tribunal a reconnu lundi Claire \
         Vernet coupable de détournement de fonds publics.\n\nEn lisant le jugement, la présidente \
         de la chambre, Anne Morvan, a décrit les faits.\n\nLa principale intéressée a quitté la \
         salle avant la fin. Le soir, elle a dénoncé une « décision politique ».",
    );
    assert_eq!(
        speaker_of(&found, "décision politique"),
        Some("Claire Vernet")
    );
}

#[test]
fn a_regional_office_named_in_lower_case_before_of_and_its_region_goes_by_its_acronym() {
    let found = quotes(
        "De son côté, l'agence régionale de santé (ARS) de Normandie justifie dans un \
         communiqué la fermeture de nuit et assure qu'elle sera « provisoire ». « Nous \
         manquons de médecins », ajoute l'agence.",
    );
    assert_eq!(
        speaker_of(&found, "Nous manquons de médecins"),
        Some("ARS Normandie")
    );
    assert_eq!(speaker_of(&found, "provisoire"), Some("ARS Normandie"));
}

#[test]
fn a_west_african_community_written_with_its_acronym_goes_by_it() {
    let found = quotes(
        "Les putschistes ont suspendu la Constitution. La Communauté économique des États de \
         l'Afrique de l'Ouest (CEDEAO) a averti dans un communiqué qu'elle « ne laissera pas \
         faire ».",
    );
    assert_eq!(speaker_of(&found, "ne laissera pas faire"), Some("CEDEAO"));
}

#[test]
fn a_collective_is_taken_up_by_its_noun_and_an_adjective() {
    let found = quotes(
        "Le ministre a accusé le Comité de liaison des luttes paysannes (CLLP) d'avoir organisé \
         les blocages. Le CLLP, né l'an dernier, a rejeté ces « mensonges ». Dans un message \
         publié en ligne, le collectif agricole a appelé « au calme » tout en jugeant la loi \
         « toujours inacceptable ».",
    );
    let cllp = Some("Comité de liaison des luttes paysannes");
    assert_eq!(speaker_of(&found, "mensonges"), cllp);
    assert_eq!(speaker_of(&found, "au calme"), cllp);
    assert_eq!(speaker_of(&found, "toujours inacceptable"), cllp);
}

#[test]
fn the_management_of_a_body_named_before_in_full_is_that_body() {
    let found = quotes(
        "Faute de médecins, les urgences du centre hospitalier de Lormes fermeront la nuit \
         jusqu'en septembre.\n\n\
         La direction du centre hospitalier évoque de son côté une « solution d'attente ».",
    );
    assert_eq!(
        speaker_of(&found, "solution d'attente"),
        Some("centre hospitalier de Lormes")
    );
}

#[test]
fn a_period_grouping_thousands_ends_no_sentence() {
    let found = quotes(
        "MORLANGE (Moselle), 4 mars (AFP) - Vordane a annoncé mardi la fermeture d'ici à 2027 \
         de ses usines de Morlange et de Sarvel, qui emploient au total 1.180 salariés, \
         invoquant la chute de ses ventes.\n\n\
         Le groupe lyonnais a présenté la décision aux représentants du personnel lors d'un \
         comité social et économique extraordinaire, en début de matinée. « Le site n'est plus \
         rentable », a justifié l'entreprise dans un communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "Le site n'est plus rentable"),
        Some("Vordane")
    );
}

#[test]
fn a_ministry_named_with_its_country_keeps_it_when_taken_up() {
    let found = quotes(
        "Le président borovien avait mis en garde ses voisins. Le ministère de la Défense de \
         Borovie a dit avoir détecté vingt navires de guerre. Le ministère a condamné une \
         « provocation grave ».",
    );
    assert_eq!(
        speaker_of(&found, "provocation grave"),
        Some("ministère borovien de la Défense")
    );
}

#[test]
fn a_line_opening_with_who_reads_without_fault() {
    // "qui" as the very first word: nothing before it to stand for.
    let found = quotes("qui a dit « rien ne bouge » ?\n\nqui, « encore » ?");
    assert_eq!(speaker_of(&found, "rien ne bouge"), None);
}

#[test]
fn a_surname_with_a_lower_case_de_the_gazetteer_knows_is_one_name() {
    let found = quotes_knowing(
        "Armand Castelnau de Vézac\tm\tCastelnau de Vézac\tgouverneur de la banque centrale \
         ostalienne\n",
        "Le gouverneur de la banque centrale, Armand Castelnau de Vézac, a salué une décision \
         « sage et mesurée ».",
    );
    assert_eq!(
        speaker_of(&found, "sage et mesurée"),
        Some("Armand Castelnau de Vézac")
    );
}

#[test]
fn a_newspaper_speaks_under_its_title_and_as_the_paper() {
    let found = quotes(
        "Les éditorialistes de la presse nationale s'interrogent ce matin sur le prix du \
         compromis.\n\nLe Figaro ne cache pas son agacement. « Le gouvernement a cédé sur tout », \
         cingle le quotidien dans son éditorial.\n\nL'Opinion parle d'une « victoire amère ». \
         « Le ministre a gagné du temps », estime le journal libéral. « Un texte sans boussole », \
         écrit Libé.",
    );
    assert_eq!(
        speaker_of(&found, "Le gouvernement a cédé sur tout"),
        Some("Le Figaro")
    );
    assert_eq!(speaker_of(&found, "victoire amère"), Some("L'Opinion"));
    assert_eq!(
        speaker_of(&found, "Le ministre a gagné du temps"),
        Some("L'Opinion")
    );
    assert_eq!(
        speaker_of(&found, "Un texte sans boussole"),
        Some("Libération")
    );
}

#[test]
fn a_role_of_a_named_body_points_back_to_the_person_just_named() {
    let found = quotes(
        "Dans le cortège de Lyon, Maëlle Trividic tient à marquer sa différence avec les \
         partis. « Nous ne sommes pas là pour renverser qui que ce soit », explique la \
         numéro un de la FSPO à nos journalistes.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Nous ne sommes pas là pour renverser qui que ce soit"
        ),
        Some("Maëlle Trividic")
    );
}

#[test]
fn celui_qui_is_no_name_but_the_person_just_named() {
    let found = quotes(
        "Son président, Jean Morvan, qui a pris la tête du groupe l'automne dernier, s'est voulu \
         plus conciliant. Celui qui fut ministre des Transports a assuré vouloir « tout faire \
         pour éviter la grève ». « Je crois au dialogue », a-t-il ajouté lors d'un déplacement à \
         Lyon.",
    );
    assert_eq!(
        speaker_of(&found, "tout faire pour éviter la grève"),
        Some("Jean Morvan")
    );
    assert_eq!(
        speaker_of(&found, "Je crois au dialogue"),
        Some("Jean Morvan")
    );
}

#[test]
fn the_entourage_of_the_prime_minister_by_name_is_matignon() {
    let found = quotes_knowing(
        "Aurélien Kerbrat\tm\tKerbrat\tPremier ministre@2025-01-01.. | locataire de \
         Matignon@2025-01-01..\n",
        "PARIS, 18 septembre 2025 (AFP) - La mobilisation a réuni des centaines de milliers de \
         personnes. « Le Premier ministre regarde cette journée avec gravité », indique \
         l'entourage d'Aurélien Kerbrat, qui refuse de commenter les chiffres.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Le Premier ministre regarde cette journée avec gravité"
        ),
        Some("Matignon")
    );
}

#[test]
fn an_agency_s_acronym_before_an_inverted_name_is_passed_over() {
    let found = quotes(
        "Dans les collèges, le Sneo annonce plus d'un tiers de grévistes. « Les collègues sont \
         épuisés », a déclaré à l'AFP Sophie Kervadec, secrétaire générale du premier syndicat \
         du second degré.",
    );
    assert_eq!(
        speaker_of(&found, "Les collègues sont épuisés"),
        Some("Sophie Kervadec")
    );
}

#[test]
fn his_entourage_speaks_as_the_seat_of_his_office() {
    let found = quotes_knowing(
        "Aurélien Kerbrat\tm\tKerbrat\tprésident de la République@2025-01-01..\n",
        "PARIS, 1er septembre 2026 (AFP) - Les partis font leur rentrée. Aurélien Kerbrat, qui ne \
         peut pas se représenter, « n'entend pas être le commentateur de la campagne », fait \
         savoir son entourage. Le ministre Paul Drevet a reçu les syndicats. « Il écoutera \
         tout le monde », a précisé son entourage.",
    );
    assert_eq!(
        speaker_of(&found, "n'entend pas être le commentateur de la campagne"),
        Some("Élysée")
    );
    assert_eq!(speaker_of(&found, "Il écoutera tout le monde"), None);
}

#[test]
fn what_someone_wants_in_quotation_marks_are_their_words() {
    let found = quotes(
        "Nadia Corbel, candidate de l'Union, veut « rendre la ville aux familles ». « Le plus dur \
         est derrière nous », veut croire le maire sortant, Gilles Amadou.",
    );
    assert_eq!(
        speaker_of(&found, "rendre la ville aux familles"),
        Some("Nadia Corbel")
    );
    assert_eq!(
        speaker_of(&found, "Le plus dur est derrière nous"),
        Some("Gilles Amadou")
    );
}

#[test]
fn a_party_s_adjective_in_a_role_is_its_acronym() {
    let found = quotes_knowing(
        "Hugo Lestrade\tm\tLestrade\tdéputé LFI de la Haute-Garonne\n",
        "Le ton est monté dès les premières minutes.\n\nHugo Lestrade n'a pas laissé passer. « La \
         troisième ligne, ce sont des années de retard », a rétorqué le député insoumis de la \
         Haute-Garonne.",
    );
    assert_eq!(
        speaker_of(&found, "La troisième ligne, ce sont des années de retard"),
        Some("Hugo Lestrade")
    );
}

#[test]
fn the_chief_of_an_organisation_is_its_head_not_a_narrower_chief() {
    let people = "Oskar Lindqvist\tm\tLindqvist\tsecrétaire général de l'OMCE@2020-01-01..\n\
                  Tomas Berglund\tm\tBerglund\tchef des affaires humanitaires de \
                  l'OMCE@2020-01-01..\n";
    let found = quotes_knowing(
        people,
        "GENÈVE, 12 mars 2025 (AFP) - Le conseil s'est réuni mardi. « Il faut un cessez-le-feu \
         immédiat », a déclaré le chef de l'OMCE.",
    );
    assert_eq!(
        speaker_of(&found, "Il faut un cessez-le-feu immédiat"),
        Some("Oskar Lindqvist")
    );
    let found = quotes_knowing(
        people,
        "GENÈVE, 12 mars 2025 (AFP) - Le conseil s'est réuni mardi. Le chef des affaires \
         humanitaires de l'OMCE, Tomas Berglund, a alerté sur la famine. « Il faut un \
         cessez-le-feu immédiat », a déclaré le chef de l'OMCE.",
    );
    assert_eq!(
        speaker_of(&found, "Il faut un cessez-le-feu immédiat"),
        Some("Oskar Lindqvist")
    );
}

#[test]
fn a_statement_read_with_on_is_the_body_s_that_acted_before() {
    let found = quotes(
        "VALMONT, 12 mars 2025 - Le ministère ostalien de la Défense a démenti toute implication. \
         « Ces allégations sont infondées », peut-on lire dans un communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "Ces allégations sont infondées"),
        Some("ministère ostalien de la Défense")
    );
}

#[test]
fn an_unnamed_resident_s_words_are_not_the_mayor_s() {
    let found = quotes(
        "Le maire Paul Drevet a signé un décret lundi. Un résident du quartier a vu des camions \
         arriver. « Mes voisins ont peur de sortir », a-t-il dit.",
    );
    assert_eq!(speaker_of(&found, "Mes voisins ont peur de sortir"), None);
}

#[test]
fn someone_who_asks_not_to_be_named_is_no_one_named_before() {
    let found = quotes_knowing(
        "Bastien Morel\tm\tMorel\tporte-parole du syndicat paysan | éleveur\n",
        "« On ne laissera pas faire », martèle Bastien Morel, porte-parole du syndicat paysan. \
         L'éleveur, un quinquagénaire qui a repris l'exploitation de son père, préfère ne pas \
         donner son nom. « Ces vaches, je les connais une par une », souffle-t-il.",
    );
    assert_eq!(
        speaker_of(&found, "On ne laissera pas faire"),
        Some("Bastien Morel")
    );
    assert_eq!(
        speaker_of(&found, "Ces vaches, je les connais une par une"),
        None
    );
}

#[test]
fn a_social_network_is_where_words_are_written_not_who_wrote_them() {
    let found = quotes_knowing(
        "Bohdan Koval\tm\tKoval\tprésident ostalien\n",
        "VALMONT, 4 novembre 2026 - Le président ostalien a réagi sur son réseau Truth Social peu \
         après minuit. « Nous avons gagné là où ça compte », a-t-il écrit.",
    );
    assert_eq!(
        speaker_of(&found, "Nous avons gagné là où ça compte"),
        Some("Bohdan Koval")
    );
}

#[test]
fn a_union_named_alliance_is_not_nato() {
    let found = quotes(
        "MARSEILLE, 12 mars 2026 - Le syndicat Alliance dénonce « un sous-effectif chronique » \
         dans les commissariats. À Bruxelles, l'Alliance a jugé la menace « sérieuse ».",
    );
    assert_eq!(
        speaker_of(&found, "un sous-effectif chronique"),
        Some("syndicat Alliance")
    );
    assert_eq!(speaker_of(&found, "sérieuse"), Some("OTAN"));
}

#[test]
fn a_body_speaking_through_someone_s_voice_is_that_person() {
    let found = quotes(
        "FOIX, 12 mars 2026 - La Coordination paysanne, par la voix de sa présidente Véronique \
         Le Guen, dénonçait une « politique de la terre brûlée ». Le syndicat agricole, par la \
         voix de son porte-parole, Marc Aubry, juge la décision « scandaleuse ».",
    );
    assert_eq!(
        speaker_of(&found, "politique de la terre brûlée"),
        Some("Véronique Le Guen")
    );
    assert_eq!(speaker_of(&found, "scandaleuse"), Some("Marc Aubry"));
}

#[test]
fn the_american_defence_department_under_either_name_is_the_pentagon() {
    let found = quotes(
        "WASHINGTON, 12 octobre 2025 - Les soldats resteront « pour une période initiale de \
         soixante jours », a indiqué le Département de la Guerre. Le Département de la Défense \
         avait jugé la menace « sérieuse ».",
    );
    assert_eq!(
        speaker_of(&found, "pour une période initiale de soixante jours"),
        Some("Pentagone")
    );
    assert_eq!(speaker_of(&found, "sérieuse"), Some("Pentagone"));
}

#[test]
fn a_name_after_the_chamber_a_role_sits_in_is_the_role_s_own() {
    let found = quotes(
        "VALMONT, 12 octobre 2025 - Les élus ont critiqué le déploiement. Le chef de la minorité \
         au Sénat Julien Marchetti a appelé cela « un abus de pouvoir ». « Rien n'est joué », a \
         lancé la ministre au Sénat.",
    );
    assert_eq!(
        speaker_of(&found, "un abus de pouvoir"),
        Some("Julien Marchetti")
    );
}

#[test]
fn who_the_incise_calls_the_one_who_is_the_person_just_named() {
    let found = quotes(
        "Au deuxième jour d'audience, l'ancien directeur financier Paul Ferrandon a défendu \
         ses choix. « Nous n'avions pas d'autre option », a affirmé celui qui dirigeait alors \
         les comptes du groupe. Sa collègue Claire Mauvoisin a nuancé. « Tout le monde savait », \
         a lâché celle qui fut son adjointe pendant dix ans.",
    );
    assert_eq!(
        speaker_of(&found, "Nous n'avions pas d'autre option"),
        Some("Paul Ferrandon")
    );
    assert_eq!(
        speaker_of(&found, "Tout le monde savait"),
        Some("Claire Mauvoisin")
    );
}

#[test]
fn a_nationality_as_a_noun_opening_a_sentence_is_the_person_just_named() {
    let found = quotes(
        "« Nous attendons des garanties écrites », a déclaré le commissaire européen au Commerce, \
         Tomas Berecki, à son arrivée.\n\n\
         Le Tchèque, qui connaît bien le dossier, a reconnu que la réponse avait « déçu » ses \
         partenaires.",
    );
    assert_eq!(speaker_of(&found, "déçu"), Some("Tomas Berecki"));
}

#[test]
fn a_portuguese_do_inside_a_name_joins_it() {
    let found = quotes(
        "BRASILIA, 3 mars 2026 (AFP) - « Nous ne reculerons pas sur le calendrier », a assuré \
         le ministre des Mines, Rogério Ferreira do Vale, en sortant du Conseil.",
    );
    assert_eq!(
        speaker_of(&found, "Nous ne reculerons pas sur le calendrier"),
        Some("Rogério Ferreira do Vale")
    );
}

#[test]
fn as_someone_says_before_a_quotation_gives_it_to_them() {
    let found = quotes(
        "Les agriculteurs bloquent toujours la rocade de Vernon. Comme le dit Lucien Garrigue, \
         président de la chambre d'agriculture, « personne ne lâchera avant d'avoir été \
         entendu ». Comme l'a rappelé la préfète Agnès Malval, « le dialogue reste ouvert ».",
    );
    assert_eq!(
        speaker_of(&found, "personne ne lâchera avant d'avoir été entendu"),
        Some("Lucien Garrigue")
    );
    assert_eq!(
        speaker_of(&found, "le dialogue reste ouvert"),
        Some("Agnès Malval")
    );
}

#[test]
fn a_portfolio_whose_capital_lost_its_accent_is_no_name() {
    let found = quotes_knowing(
        "Edwige Marchal\tf\tMarchal\tprésidente de la Banque centrale ostalienne\n",
        "La présidente de la Banque centrale ostalienne, Edwige Marchal, a annoncé jeudi une \
         nouvelle baisse des taux.\n\n\
         Interrogée sur la dette, l'ancienne ministre de l'Economie a admis que le déficit \
         inquiétait les marchés. « Nous resterons vigilants », a-t-elle ajouté.",
    );
    assert_eq!(
        speaker_of(&found, "Nous resterons vigilants"),
        Some("Edwige Marchal")
    );
}

#[test]
fn a_bracketed_gloss_inside_a_relative_clause_keeps_the_subject_before_it() {
    let found = quotes(
        "Le ministre ostalien des Finances Karel Vodnik, qui avait obtenu un prêt relais \
         (bridge) de 2 milliards d'euros auprès des banques, a salué sur X un « choix de \
         raison ».",
    );
    assert_eq!(speaker_of(&found, "choix de raison"), Some("Karel Vodnik"));
}

#[test]
fn an_agency_reporting_what_someone_said_is_not_its_speaker() {
    let found = quotes(
        "Le vice-Premier ministre ostalien Milan Oresko a salué des échanges « constructifs » et \
         une « avancée réelle », selon l'agence officielle Ostapress. Le projet « devrait \
         aboutir avant l'été », selon le quotidien Kurier. La ministre Vera Kolar a dénoncé une \
         « provocation inutile », selon la télévision publique.",
    );
    assert_eq!(
        speaker_of(&found, "provocation inutile"),
        Some("Vera Kolar")
    );
    assert_eq!(speaker_of(&found, "avancée réelle"), Some("Milan Oresko"));
    assert_eq!(
        speaker_of(&found, "devrait aboutir avant l'été"),
        Some("Kurier")
    );
}

#[test]
fn the_president_of_the_republic_is_not_the_president_of_a_republican_party() {
    // The head of state, unnamed in the dispatch, is found by his office; the leader of the
    // party named after the Republic does not hold it.
    let found = quotes_knowing(
        "Anton Ilvesk\tm\tIlvesk\tprésident de la République ardanienne\nPaul Verdier\tm\t\
         Verdier\tprésident des Républicains ardaniens\n",
        "La ministre a défendu le budget devant les députés. Comme l'a rappelé le président de \
         la République ardanienne, « rien ne se fera sans les régions ».",
    );
    assert_eq!(
        speaker_of(&found, "rien ne se fera sans les régions"),
        Some("Anton Ilvesk")
    );
}

#[test]
fn one_of_a_group_set_off_after_the_subject_is_its_apposition() {
    let found = quotes(
        "Le ministre ardanien des Finances, Anton Ilvesk, l'un des artisans de l'accord, a \
         reconnu qu'il faudrait « encore quelques semaines ». Paul Verdier, une des voix de \
         l'opposition, a dénoncé un « marché de dupes ». L'un des négociateurs a parlé d'un \
         texte « fragile ».",
    );
    assert_eq!(
        speaker_of(&found, "encore quelques semaines"),
        Some("Anton Ilvesk")
    );
    assert_eq!(speaker_of(&found, "marché de dupes"), Some("Paul Verdier"));
    // At the head of its sentence, one of a group is the subject, unnamed.
    assert_eq!(speaker_of(&found, "fragile"), None);
}

#[test]
fn a_stressed_pronoun_after_the_auxiliary_is_inside_the_verb_group() {
    let found = quotes(
        "Le ministre ardanien des Finances, Anton Ilvesk, a lui-même parlé d'un budget \
         « de combat ». La présidente de la commission, Lina Korvo, avait elle-même jugé le \
         texte « incomplet ».",
    );
    assert_eq!(speaker_of(&found, "de combat"), Some("Anton Ilvesk"));
    assert_eq!(speaker_of(&found, "incomplet"), Some("Lina Korvo"));
}

#[test]
fn a_participle_with_its_own_subject_after_the_main_clause_is_that_subject_s() {
    let found = quotes(
        "Le gouvernement ardanien a démenti toute implication, son porte-parole, Marek Solvin, \
         estimant que ses voisins « mentent chaque jour ». L'opposition a quitté la salle, la \
         députée Lina Korvo dénonçant une « mascarade ». Le ministère ardanien de la Défense a réagi dans la soirée, \
         jugeant ces accusations « sans fondement ».",
    );
    assert_eq!(
        speaker_of(&found, "mentent chaque jour"),
        Some("Marek Solvin")
    );
    assert_eq!(speaker_of(&found, "mascarade"), Some("Lina Korvo"));
    // With no subject of its own, the participle keeps the main clause's.
    assert_eq!(
        speaker_of(&found, "sans fondement"),
        Some("ministère ardanien de la Défense")
    );
}

#[test]
fn who_after_an_inverted_incise_stands_for_its_subject() {
    let found = quotes(
        "L'Ardanie a lancé dans la nuit cent vingt drones contre la Borovie, a indiqué l'armée \
         de l'air borovienne, qui affirme en avoir abattu « la grande majorité ». Les frappes \
         ont visé le port, a précisé un responsable local, qui parle de dégâts « considérables ».",
    );
    assert_eq!(
        speaker_of(&found, "la grande majorité"),
        Some("armée de l'air borovienne")
    );
    // Someone unnamed is no one the sentence named before.
    assert_eq!(speaker_of(&found, "considérables"), None);
}

#[test]
fn a_participle_after_a_clause_joined_by_and_takes_that_clause_s_subject() {
    let found = quotes(
        "L'Ardanie a soumis à la Borovie un plan en vingt points, et Anton Ilvesk a donné une \
         semaine à son voisin pour l'accepter, en estimant qu'il finirait par « s'y faire ». \
         Le gouvernement ardanien a publié le texte, qualifiant ses propres concessions de \
         « généreuses ».",
    );
    assert_eq!(speaker_of(&found, "s'y faire"), Some("Anton Ilvesk"));
    assert_eq!(
        speaker_of(&found, "généreuses"),
        Some("gouvernement ardanien")
    );
}

#[test]
fn a_gerund_between_an_incise_s_verb_and_its_subject_is_passed_over() {
    let found = quotes(
        "VALMONT, 26 juin 2025 - Les dirigeants ont échoué jeudi. « Nous ne lâcherons pas », \
         avait pourtant assuré en arrivant au Conseil la présidente de l'Union ostalienne, Irina \
         Volkova.",
    );
    assert_eq!(
        speaker_of(&found, "Nous ne lâcherons pas"),
        Some("Irina Volkova")
    );
}

#[test]
fn a_clitic_on_the_participle_as_translated_copy_writes_it_is_the_incise_s() {
    let found = quotes(
        "VALMONT, 9 octobre 2025 - La porte-parole de la présidence, Irina Volkova, a dit aux \
         journalistes que le président était « très fier ». « Il a travaillé jour et nuit », a \
         dit-elle.",
    );
    assert_eq!(
        speaker_of(&found, "Il a travaillé jour et nuit"),
        Some("Irina Volkova")
    );
}

#[test]
fn the_paper_the_last_sentence_named_is_the_journal_that_speaks() {
    let found = quotes(
        "Les éditorialistes commentent l'audience d'hier.\n\nPour Le Figaro, la scène a quelque \
         chose de « profondément dérangeant ».\n\nTout autre ton dans L'Humanité, qui y voit une \
         victoire. « La loi est la même pour tous », affirme le journal.",
    );
    assert_eq!(
        speaker_of(&found, "La loi est la même pour tous"),
        Some("L'Humanité")
    );
    // A paper someone spoke to is not the one that speaks next.
    let found = quotes(
        "DAKAR, 16 septembre 2025 - L'ancien président Abdou Ndiaye rejette ces accusations. Dans \
         un entretien à Jeune Afrique, il a dénoncé des attaques « fantaisistes » et assuré \
         qu'« aucune dette n'a été cachée ».",
    );
    assert_eq!(
        speaker_of(&found, "aucune dette n'a été cachée"),
        Some("Abdou Ndiaye")
    );
}

#[test]
fn the_keeper_of_the_seals_is_the_minister_of_justice() {
    let found = quotes(
        "PARIS, 22 octobre 2025 (AFP) - Le ministre de la Justice, Armand Lestrade, a rendu visite \
         au détenu. La polémique enfle. « Il est de mon devoir de veiller sur tout prisonnier », a \
         défendu le garde des Sceaux.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Il est de mon devoir de veiller sur tout prisonnier"
        ),
        Some("Armand Lestrade")
    );
}

#[test]
fn who_after_an_incise_s_role_with_a_capitalised_complement_is_the_role_s_holder() {
    let found = quotes(
        "VALMONT, 12 juin 2025 - Le ministre de la Justice, Armand Lestrade, a détaillé les \
         mesures. « Ils seront coupés du monde », a assuré le garde des Sceaux, qui évoque « un \
         changement d'époque ».",
    );
    assert_eq!(
        speaker_of(&found, "un changement d'époque"),
        Some("Armand Lestrade")
    );
}

#[test]
fn words_two_people_said_together_are_the_first_one_s() {
    let found = quotes(
        "VALMONT, 12 juin 2025 - Venus après une série de règlements de comptes, Armand Lestrade \
         et Paul Verdier ont promis de « frapper les trafiquants au portefeuille ».",
    );
    assert_eq!(
        speaker_of(&found, "frapper les trafiquants au portefeuille"),
        Some("Armand Lestrade")
    );
}

#[test]
fn a_subject_between_and_and_the_infinitive_of_narration_speaks() {
    let found = quotes(
        "Paul Verdier a dénoncé une « reculade ». Et le ministre Anton Ilvesk de conclure, un \
         brin amer : « Tout cela finira mal. » La mairie a salué un texte « courageux ». Et \
         la préfecture de Brenne d'ajouter : « Nous restons vigilants. »",
    );
    assert_eq!(
        speaker_of(&found, "Tout cela finira mal."),
        Some("Anton Ilvesk")
    );
    assert_eq!(
        speaker_of(&found, "Nous restons vigilants."),
        Some("préfecture de Brenne")
    );
}

#[test]
fn an_unnamed_editorialist_of_a_newspaper_speaks_for_it() {
    let found = quotes(
        "Le Courrier du Val salue un texte « courageux ». Selon l'éditorialiste de La Gazette \
         de Brenne, le gouvernement a « tout cédé ». Et l'éditorialiste du Figaro de conclure, \
         un brin amer : « Tout cela finira mal. »",
    );
    assert_eq!(
        speaker_of(&found, "tout cédé"),
        Some("La Gazette de Brenne")
    );
    assert_eq!(
        speaker_of(&found, "Tout cela finira mal."),
        Some("Le Figaro")
    );
}

#[test]
fn who_after_an_incise_with_an_adverbial_stands_for_its_subject() {
    let found = quotes(
        "Le délégué syndical Marc Aubertin a appelé à « tenir jusqu'au bout ». Les stocks \
         suffiront pour dix jours, assure la préfecture de Brenne dans un communiqué, qui appelle \
         les habitants à « ne pas céder à la rumeur ». La grève se poursuit, a indiqué la \
         direction du site à la presse, qui dénonce « une prise en otage des usagers ».",
    );
    assert_eq!(
        speaker_of(&found, "ne pas céder à la rumeur"),
        Some("préfecture de Brenne")
    );
    assert_eq!(
        speaker_of(&found, "une prise en otage des usagers"),
        Some("direction du site")
    );
}

#[test]
fn inviting_someone_to_do_something_reports_speech() {
    let found = quotes(
        "Le délégué syndical Marc Aubertin a appelé à « tenir jusqu'au bout ». La préfecture de \
         Brenne invite les automobilistes à « ne pas céder à la rumeur ». La ministre Lina \
         Korvo a invité les élus à « travailler main dans la main ».",
    );
    assert_eq!(
        speaker_of(&found, "ne pas céder à la rumeur"),
        Some("préfecture de Brenne")
    );
    assert_eq!(
        speaker_of(&found, "travailler main dans la main"),
        Some("Lina Korvo")
    );
}

#[test]
fn for_the_newspaper_gives_the_newspaper_s_view() {
    let found = quotes(
        "La Gazette de Brenne ne cache pas son agacement. « Le gouvernement a tout cédé », \
         tranche le quotidien. Pour le journal, la réforme restera « l'erreur originelle » de \
         cette législature.",
    );
    assert_eq!(
        speaker_of(&found, "l'erreur originelle"),
        Some("La Gazette de Brenne")
    );
}

#[test]
fn a_relative_clause_between_the_subject_and_its_verb_is_passed_over() {
    let found = quotes(
        "La présidente du groupe Horizon, Anne Vidal, a déposé une motion. Paul Verdier l'a \
         soutenue. La présidente du groupe Horizon, dont la motion n'a recueilli que 144 voix, \
         a qualifié l'accord de « marché de dupes ». La présidente du groupe Horizon, qui \
         avait défendu la motion, a qualifié le vote de « trahison ».",
    );
    assert_eq!(speaker_of(&found, "marché de dupes"), Some("Anne Vidal"));
    assert_eq!(speaker_of(&found, "trahison"), Some("Anne Vidal"));
}

#[test]
fn a_long_object_between_a_verb_of_judging_and_its_attribute() {
    let found = quotes(
        "Le président du groupe Centre, Paul Verdier, a confirmé son vote. « Nous ne voterons \
         pas », a-t-il expliqué, tout en jugeant la suspension de la réforme des retraites \
         « une faute lourde ». La ministre Lina Korvo estime le report du vote sur le budget \
         « très regrettable ».",
    );
    assert_eq!(speaker_of(&found, "une faute lourde"), Some("Paul Verdier"));
    assert_eq!(speaker_of(&found, "très regrettable"), Some("Lina Korvo"));
}

#[test]
fn a_verb_in_yer_writes_its_stem_with_i_before_a_mute_e() {
    let found = quotes(
        "Le maire de Valbourg, Yves Garnaud, a dénoncé la fermeture de la maternité. « Des \
         promesses, encore des promesses », balaie l'élu. La sénatrice Lina Korvo balaie à son \
         tour un projet « sans avenir ».",
    );
    assert_eq!(
        speaker_of(&found, "Des promesses, encore des promesses"),
        Some("Yves Garnaud")
    );
    assert_eq!(speaker_of(&found, "sans avenir"), Some("Lina Korvo"));
}

#[test]
fn an_office_refers_back_to_its_holder_past_someone_unnamed() {
    // The dispatch never words the mayor's office: the gazetteer knows it. An unnamed doctor
    // speaks in between, and the mayor was named more sentences back than a pronoun reaches.
    let found = quotes_knowing(
        "Yves Garnaud\tm\tM. Garnaud | Garnaud\tmaire de Valbourg\nMarc Tessier\tm\tM. \
         Tessier | Tessier\tmaire de Saint-Aubin\n",
        "« C'est la troisième fois », s'agace Yves Garnaud. Il a réuni son conseil jeudi.\n\n\
         La maternité fermera en août. Les patientes iront à Pontbrune. Le trajet dure une \
         heure.\n\n\
         Un médecin a accepté de témoigner. « Un jour, ça finira mal », prévient-il.\n\n\
         La ministre Vera Kolar a reconnu une situation « pas acceptable ». « Des mots, \
         toujours des mots », répond le maire.",
    );
    assert_eq!(speaker_of(&found, "Un jour, ça finira mal"), None);
    assert_eq!(
        speaker_of(&found, "Des mots, toujours des mots"),
        Some("Yves Garnaud")
    );
}

#[test]
fn an_incise_closing_the_sentence_reports_the_quotation_inside_it() {
    let found = quotes(
        "La procureure de Valbourg, Lina Korvo, a ouvert une enquête. Interpellé dans la nuit, \
         le suspect a « refusé de répondre aux questions » des enquêteurs, a-t-elle précisé. \
         Le convoi « a essuyé des tirs nourris venus des collines » près du col, a indiqué le \
         ministre ostalien de l'Intérieur, Petro Hnatiuk. Le député Paul Verdier a dénoncé une « farce » devant la \
         presse, a rapporté la radio publique.",
    );
    assert_eq!(
        speaker_of(&found, "refusé de répondre aux questions"),
        Some("Lina Korvo")
    );
    assert_eq!(
        speaker_of(&found, "a essuyé des tirs nourris venus des collines"),
        Some("Petro Hnatiuk")
    );
    // A speech verb before the quotation in its clause still says whose words they are.
    assert_eq!(speaker_of(&found, "farce"), Some("Paul Verdier"));
}

#[test]
fn a_role_s_remit_before_the_name_is_part_of_the_role() {
    let found = quotes_knowing(
        "Tarek Ouazzani\tm\tM. Ouazzani | Ouazzani\témissaire ostalien pour le Sahel\n",
        "Le conseiller pour l'Afrique Paul Verdier a dit mardi que Valbourg « travaille jour \
         et nuit » à une trêve. L'émissaire ostalien pour le Sahel Tarek Ouazzani a jugé la \
         situation « intenable ».",
    );
    assert_eq!(
        speaker_of(&found, "travaille jour et nuit"),
        Some("Paul Verdier")
    );
    assert_eq!(speaker_of(&found, "intenable"), Some("Tarek Ouazzani"));
}

#[test]
fn a_hyphenated_acronym_opens_a_body_s_name() {
    let found = quotes(
        "L'UNAG-SNa Santé appelle à la grève lundi dans trois hôpitaux de l'Ouest. « Nous ne \
         lâcherons rien tant que les postes ne seront pas pourvus », peut-on lire dans un \
         communiqué du syndicat.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Nous ne lâcherons rien tant que les postes ne seront pas pourvus"
        ),
        Some("UNAG-SNa Santé")
    );
}

#[test]
fn capitals_beyond_europe_speak_for_their_governments() {
    let found = quotes(
        "NAIROBI, 4 mai 2026 (AFP) - Nairobi a accusé mardi les rebelles de « saboter » la \
         trêve. Bagdad a de son côté dénoncé une « ingérence » dans ses affaires.",
    );
    assert_eq!(speaker_of(&found, "saboter"), Some("gouvernement kényan"));
    assert_eq!(
        speaker_of(&found, "ingérence"),
        Some("gouvernement irakien")
    );
}

#[test]
fn the_chief_of_an_armed_force_is_its_commander() {
    let found = quotes_knowing(
        "Karim Zaher\tm\tZaher\tcommandant des FRN\n",
        "Le chef de la mission de l'ONU Paul Verdier a décrit une situation « intenable ». Le \
         chef des FRN a promis une enquête sur les « exactions » de ses hommes.",
    );
    assert_eq!(speaker_of(&found, "intenable"), Some("Paul Verdier"));
    assert_eq!(speaker_of(&found, "exactions"), Some("Karim Zaher"));
}

#[test]
fn to_go_after_someone_is_to_attack_them_in_words() {
    let found = quotes(
        "Le chef de l'opposition ardanienne, Marek Solvin, a tenu meeting à Valbourg. Il s'en \
         est pris au gouvernement, accusé de céder aux « exigences des banques ». La députée \
         Lina Korvo s'en prend quant à elle aux « rentiers du système ».",
    );
    assert_eq!(
        speaker_of(&found, "exigences des banques"),
        Some("Marek Solvin")
    );
    assert_eq!(
        speaker_of(&found, "rentiers du système"),
        Some("Lina Korvo")
    );
}

#[test]
fn a_channel_s_name_stops_before_the_speaker_s_name() {
    // Neither first name is one the lexicon knows.
    let found = quotes(
        "« Nous sommes prêts à rendre le port dès demain », a déclaré à la chaîne Al-Minbar \
         Tahar Oussedik, porte-parole du mouvement. « Nous attendrons », a indiqué sur la \
         chaîne Ostalia Info la porte-parole du gouvernement ostalien, Vera Kolar.",
    );
    assert_eq!(
        speaker_of(&found, "Nous sommes prêts à rendre le port dès demain"),
        Some("Tahar Oussedik")
    );
    // A channel named in two words, then a role: no name to leave out.
    assert_eq!(speaker_of(&found, "Nous attendrons"), Some("Vera Kolar"));
}

#[test]
fn a_characterisation_after_a_long_object_is_still_a_quotation() {
    let found = quotes(
        "La ministre ostalienne des Finances, Vera Kolar, a jugé sur X le projet de fonds \
         souverain régional « irréaliste ». Le parlement a voté la réforme, une décision saluée \
         par l'émissaire borovien Paul Verdier comme « un tournant ».",
    );
    assert_eq!(speaker_of(&found, "irréaliste"), Some("Vera Kolar"));
    assert_eq!(speaker_of(&found, "un tournant"), Some("Paul Verdier"));
}

#[test]
fn what_someone_is_called_on_to_do_is_a_quotation() {
    let found = quotes(
        "Le président borovien Paul Verdier a dénoncé une « violation flagrante » de la trêve, \
         appelant l'Ostalie et la Sorgalie à « tenir leurs engagements ».",
    );
    assert_eq!(
        speaker_of(&found, "tenir leurs engagements"),
        Some("Paul Verdier")
    );
}

#[test]
fn a_relative_clause_set_off_between_object_and_span_is_an_aside() {
    let found = quotes(
        "Le président borovien Paul Verdier a appelé l'Ostalie et la Sorgalie, qui parrainent \
         la trêve, à « tenir leurs engagements ». Selon un négociateur, qui s'exprimait sous \
         couvert d'anonymat, la partie ostalienne a proposé une « gestion commune » du port.",
    );
    assert_eq!(
        speaker_of(&found, "tenir leurs engagements"),
        Some("Paul Verdier")
    );
    // An aside followed by a clause of its own is no part of the walk back to the verb.
    assert!(!found.iter().any(|(t, _)| t == "gestion commune"));
}

#[test]
fn a_so_called_name_is_no_quotation() {
    let found = quotes(
        "La préfète Lina Korvo a étendu la zone dite « orange » à tout le canton. La méthode \
         dite de « dépistage en cercle » sera appliquée dès lundi, a-t-elle annoncé. « Nous \
         n'avons pas le choix », a-t-elle dit.",
    );
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["Nous n'avons pas le choix"]);
}

#[test]
fn what_people_at_large_call_something_is_its_name() {
    let found = quotes(
        "Des miliciens que la population appelle « gardiens du lac » tiennent la route. Les \
         détenus seront transférés vers les nouveaux quartiers, que les surveillants \
         surnomment entre eux les « cages ». Le député Paul Verdier a dénoncé ce qu'il appelle \
         « une trahison ».",
    );
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["une trahison"]);
    // One speaker's word for it stays a quotation.
    assert_eq!(speaker_of(&found, "une trahison"), Some("Paul Verdier"));
}

#[test]
fn a_translation_in_parentheses_is_a_gloss() {
    let found = quotes(
        "Le député Paul Verdier a promis un « mabadiliko » (« changement » en swahili) dès la \
         rentrée.",
    );
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["mabadiliko"]);
}

#[test]
fn an_intertitle_between_dashes_is_text_not_a_link() {
    let found = quotes(
        "La ville de Valbourg est encerclée depuis lundi.\n\n\
         - « Plus un lit de libre » -\n\n\
         Joint par téléphone, le directeur de l'hôpital, Paul Verdier, décrit un afflux de \
         blessés. « Ils arrivent à pied, de nuit. Il n'y a plus un lit de libre », a-t-il \
         expliqué.",
    );
    assert_eq!(
        speaker_of(&found, "Plus un lit de libre"),
        Some("Paul Verdier")
    );
}

#[test]
fn a_live_blog_heading_abridging_a_quotation_has_its_speaker() {
    let found = quotes(
        "Le dépouillement se poursuit.\n\n\
         05h47 – « La partie n'est pas terminée »\n\n\
         Paul Verdier, le chef de l'opposition au Sénat, refuse de tirer un trait. « La partie \
         pour le Sénat n'est pas terminée tant que chaque voix n'a pas été comptée », a-t-il \
         déclaré dans un communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "La partie n'est pas terminée"),
        Some("Paul Verdier")
    );
}

#[test]
fn a_day_between_a_verb_and_its_object_does_not_set_the_span_apart() {
    let found = quotes(
        "Le commandant des FRN, Karim Zaher, a admis dans une allocution télévisée mercredi des \
         « exactions » commises par ses hommes.",
    );
    assert_eq!(speaker_of(&found, "exactions"), Some("Karim Zaher"));
}

#[test]
fn a_concession_holder_s_one_word_name_is_a_company() {
    let found = quotes(
        "Le tribunal a annulé le permis de l'autoroute. De son côté, le concessionnaire Valrix, \
         qui emploie trois cents personnes sur le chantier, a annoncé l'arrêt des travaux « dans \
         le strict respect de la décision ».",
    );
    assert_eq!(
        speaker_of(&found, "dans le strict respect de la décision"),
        Some("Valrix")
    );
}

#[test]
fn an_elided_object_before_the_incise_s_verb_is_the_one_asked() {
    let found = quotes(
        "La directrice du port, Lina Korvo, était entendue par les sénateurs. « Avez-vous prévenu \
         le ministère ? », l'a interrogée le président de la commission, Paul Verdier. « Oui, par \
         écrit », a-t-elle répondu. « Pourquoi si tard ? », l'interpelle le sénateur Marc \
         Aubertin.",
    );
    assert_eq!(
        speaker_of(&found, "Avez-vous prévenu le ministère ?"),
        Some("Paul Verdier")
    );
    assert_eq!(speaker_of(&found, "Oui, par écrit"), Some("Lina Korvo"));
    assert_eq!(
        speaker_of(&found, "Pourquoi si tard ?"),
        Some("Marc Aubertin")
    );
}

#[test]
fn the_one_concerned_alone_is_the_person_the_dispatch_is_about() {
    let found = quotes(
        "Condamné à cinq ans de prison, l'ancien président Anton Ilvesk a été écroué mardi à \
         Brenne.\n\nPour Le Figaro, la scène est « dérangeante ». « Qu'on approuve ou non, c'est \
         grave », écrit le quotidien.\n\nTout autre ton dans L'Humanité. « La loi est la même \
         pour tous », affirme le journal.\n\nLibération préfère l'ironie. « Il aura fait \
         campagne jusqu'au bout », relève le quotidien.\n\nL'intéressé, lui, s'était exprimé \
         avant de partir. « Je n'ai pas peur », a-t-il écrit sur X.",
    );
    assert_eq!(speaker_of(&found, "Je n'ai pas peur"), Some("Anton Ilvesk"));
}

#[test]
fn one_says_in_a_newspaper_is_the_newspaper_s_view() {
    let found = quotes(
        "Les quotidiens commentent l'audience.\n\nDans La Gazette de Brenne, on s'inquiète \
         surtout d'un pays « qui se divise sur tout ». Dans Le Courrier, Paul Verdier dénonce \
         un « scandale ».",
    );
    assert_eq!(
        speaker_of(&found, "qui se divise sur tout"),
        Some("La Gazette de Brenne")
    );
    assert_eq!(speaker_of(&found, "scandale"), Some("Paul Verdier"));
}

#[test]
fn the_editorial_speaks_for_the_paper_just_named() {
    let found = quotes(
        "Les quotidiens commentent l'audience. La Gazette de Brenne s'alarme d'un pays « qui \
         se divise sur tout ». « Il n'y a pas de quoi se réjouir », conclut l'éditorial.",
    );
    assert_eq!(
        speaker_of(&found, "Il n'y a pas de quoi se réjouir"),
        Some("La Gazette de Brenne")
    );
}

#[test]
fn for_whom_after_a_name_gives_that_one_s_opinion() {
    let found = quotes(
        "Le plan divise. Même constat du côté du syndicat Unité Police, pour qui « les effectifs \
         sont à l'os » dans les commissariats. La ministre a reçu Paul Verdier, pour qui « rien \
         n'est joué ».",
    );
    assert_eq!(
        speaker_of(&found, "les effectifs sont à l'os"),
        Some("Unité Police")
    );
    assert_eq!(speaker_of(&found, "rien n'est joué"), Some("Paul Verdier"));
}

#[test]
fn who_after_a_role_object_stands_for_the_object_not_the_subject() {
    let found = quotes(
        "La secrétaire générale de la FOT, Lina Korvo, a appelé à la grève. Le patron des \
         patrons, Paul Verdier, a répliqué mardi. Sans la nommer, il a visé la secrétaire \
         générale de la FOT, qui avait appelé la veille à « faire payer les riches ».",
    );
    assert_eq!(
        speaker_of(&found, "faire payer les riches"),
        Some("Lina Korvo")
    );
}

#[test]
fn a_time_adverbial_after_the_incise_s_subject_is_no_part_of_it() {
    let found = quotes_knowing(
        "Anton Ilvesk\tm\tIlvesk\tministre de l'Intérieur\nMarek Solvin\tm\tSolvin\tministre de \
         la Justice\n",
        "Anton Ilvesk et Marek Solvin sont venus à Brenne. « Nous frapperons », a martelé Anton \
         Ilvesk. « Ils seront coupés du monde », a assuré le garde des Sceaux. « Le maire a \
         raison », a rétorqué le locataire de la place Beauvau un peu plus tard, devant les \
         journalistes.",
    );
    assert_eq!(
        speaker_of(&found, "Le maire a raison"),
        Some("Anton Ilvesk")
    );
}

#[test]
fn a_regional_kicker_before_the_lead_is_no_part_of_its_subject() {
    let found = quotes(
        "Haut Val - Le tribunal administratif de Brenne a annulé jeudi le permis de la rocade. \
         L'État va faire appel.\n\nDans son jugement, le tribunal estime que le projet ne remplit \
         pas les conditions. « Les gains attendus ne suffisent pas », peut-on lire dans la \
         décision.",
    );
    assert_eq!(
        speaker_of(&found, "Les gains attendus ne suffisent pas"),
        Some("tribunal administratif de Brenne")
    );
}

#[test]
fn what_one_says_after_dit_and_a_comma_is_no_nickname() {
    let found = quotes(
        "Le maire de Brenne, Paul Verdier, dit « respecter la justice » mais espère « une issue \
         rapide ». La ministre, Lina Korvo, dit « qu'elle ne cédera pas ». Le chef du réseau, \
         Marc Aubertin, dit « le Boucher », a été arrêté.",
    );
    assert_eq!(
        speaker_of(&found, "respecter la justice"),
        Some("Paul Verdier")
    );
    assert_eq!(
        speaker_of(&found, "qu'elle ne cédera pas"),
        Some("Lina Korvo")
    );
    assert!(found.iter().all(|(t, _)| t != "le Boucher"));
}

#[test]
fn a_side_taking_adverbial_before_a_judged_object() {
    let found = quotes(
        "Interrogé par Le Courrier, l'économiste Paul Verdier juge de son côté les arguments \
         du patronat « factuellement faux ».",
    );
    assert_eq!(
        speaker_of(&found, "factuellement faux"),
        Some("Paul Verdier")
    );
}

#[test]
fn where_the_words_were_said_does_not_part_a_verb_from_its_quoted_object() {
    let found = quotes(
        "Des heurts ont éclaté dans le cortège. Le ministre de l'Intérieur, Paul Verdier, a salué \
         sur X des forces de l'ordre « exemplaires ». La députée Lina Korvo a dénoncé sur son \
         compte Telegram des interpellations « arbitraires ».",
    );
    assert_eq!(speaker_of(&found, "exemplaires"), Some("Paul Verdier"));
    assert_eq!(speaker_of(&found, "arbitraires"), Some("Lina Korvo"));
}

#[test]
fn a_name_set_off_after_selon_is_not_the_apposition_of_the_next_subject() {
    let found = quotes(
        "Le Premier ministre, Anton Ilvesk, joue son avenir mardi.\n\nSelon la porte-parole du \
         gouvernement, Lina Korvo, le Premier ministre a demandé à ses ministres de « rester \
         dignes, quoi qu'il arrive ».",
    );
    assert_eq!(
        speaker_of(&found, "rester dignes, quoi qu'il arrive"),
        Some("Anton Ilvesk")
    );
}

#[test]
fn putting_a_figure_on_something_reports_speech() {
    let found = quotes(
        "Le permis de la rocade est annulé. Le groupe Valrix a suspendu les travaux. La société \
         évalue à « plusieurs centaines de millions d'euros » le coût d'un arrêt définitif. La \
         préfecture de Brenne chiffre à « près de deux mille » les emplois menacés.",
    );
    assert_eq!(
        speaker_of(&found, "plusieurs centaines de millions d'euros"),
        Some("Valrix")
    );
    assert_eq!(
        speaker_of(&found, "près de deux mille"),
        Some("préfecture de Brenne")
    );
}

#[test]
fn a_newspaper_placed_with_an_elided_de_opens_its_sentence() {
    let found = quotes(
        "En région, Le Courrier rappelle que « la loi est la même pour tous ». Les Dernières \
         Nouvelles d'Ostalie pointent, elles, le « coup de canif » porté à la fonction. Le Quai \
         d'Orsay a dénoncé une « provocation ».",
    );
    assert_eq!(
        speaker_of(&found, "coup de canif"),
        Some("Les Dernières Nouvelles d'Ostalie")
    );
    assert_eq!(speaker_of(&found, "provocation"), Some("Quai d'Orsay"));
}

#[test]
fn who_after_a_newspaper_s_title_stands_for_the_paper() {
    let found = quotes(
        "Les quotidiens commentent l'audience. Tout autre ton dans La Gazette de Brenne, qui \
         salue au contraire « une leçon d'égalité ».",
    );
    assert_eq!(
        speaker_of(&found, "une leçon d'égalité"),
        Some("La Gazette de Brenne")
    );
}

#[test]
fn what_one_sees_in_a_thing_is_one_s_reading_of_it() {
    let found = quotes(
        "La Gazette de Brenne y voit « une leçon d'égalité ». Le ministre Paul Verdier voit dans \
         cette décision « un signal fort ». On y voit le « mur des lamentations » de la ville.",
    );
    assert_eq!(
        speaker_of(&found, "une leçon d'égalité"),
        Some("La Gazette de Brenne")
    );
    assert_eq!(speaker_of(&found, "un signal fort"), Some("Paul Verdier"));
    assert!(found.iter().all(|(t, _)| t != "mur des lamentations"));
}

#[test]
fn a_quality_given_right_after_a_weak_verb_s_object_is_quoted() {
    let found = quotes(
        "La STV annonce un trafic « très perturbé » sur plusieurs lignes. Le gouvernement a \
         annoncé un « plan de relance ».",
    );
    assert_eq!(speaker_of(&found, "très perturbé"), Some("STV"));
    assert!(found.iter().all(|(t, _)| t != "plan de relance"));
}

#[test]
fn a_title_echoing_a_quotation_without_its_article_quotes_it() {
    let found = quotes(
        "La presse entre malaise et « leçon d'égalité »\n\nLes quotidiens commentent \
         l'audience. La Gazette de Brenne y voit au contraire « une leçon d'égalité ».",
    );
    assert_eq!(
        speaker_of(&found, "leçon d'égalité"),
        Some("La Gazette de Brenne")
    );
}

#[test]
fn an_acronym_keeps_its_departement_after_du_des_or_de_la() {
    let found = quotes(
        "Dans un communiqué, la FDSEA du Valrix dénonce « une décision prise loin des champs ». La \
         CGT des Landes a dénoncé une « provocation ». La CFTA de la Brenne réclame « des \
         solutions culture par culture ».",
    );
    assert_eq!(
        speaker_of(&found, "une décision prise loin des champs"),
        Some("FDSEA du Valrix")
    );
    assert_eq!(speaker_of(&found, "provocation"), Some("CGT des Landes"));
    assert_eq!(
        speaker_of(&found, "des solutions culture par culture"),
        Some("CFTA de la Brenne")
    );
}

#[test]
fn a_span_in_a_temporal_complement_after_a_quotation_is_no_second_quotation() {
    let found = quotes(
        "« Le pays doit avoir un budget », a insisté Paul Verdier, appelant chacun à « la \
         responsabilité » après l'échec du « conclave » au printemps. Lina Korvo a parlé d'une \
         « crise » et d'un « chaos ».",
    );
    assert_eq!(
        speaker_of(&found, "la responsabilité"),
        Some("Paul Verdier")
    );
    assert!(found.iter().all(|(t, _)| t != "conclave"));
    assert_eq!(speaker_of(&found, "chaos"), Some("Lina Korvo"));
}

#[test]
fn a_named_medium_after_its_adjective_is_not_the_incise_s_subject() {
    let found = quotes(
        "Le ministre ostalien Bohdan Koval a reçu ses alliés. « Nous ne reculerons pas », a \
         déclaré à l'agence officielle Tavra un haut responsable ostalien sous couvert \
         d'anonymat. « Le pont sera rouvert », a indiqué au quotidien régional Le Veilleur \
         la préfète Lina Korvo.",
    );
    assert_eq!(speaker_of(&found, "Nous ne reculerons pas"), None);
    assert_eq!(
        speaker_of(&found, "Le pont sera rouvert"),
        Some("Lina Korvo")
    );
}

#[test]
fn a_verb_with_its_own_infinitive_after_a_quotation_does_not_claim_it() {
    let found = quotes(
        "Le président ostalien Bohdan Koval et le général ardanien Ivan Orlov se sont exprimés \
         mardi. Koval promet des « représailles sévères », Orlov menace de riposter.",
    );
    assert_eq!(
        speaker_of(&found, "représailles sévères"),
        Some("Bohdan Koval")
    );
}

#[test]
fn one_of_these_set_off_after_the_subject_is_its_apposition() {
    let found = quotes(
        "Les pêcheurs ardaniens ont bloqué le port lundi. L'Ardanie, l'un de ces pays riverains \
         du lac Orvan, se dit « profondément inquiète ».",
    );
    assert_eq!(
        speaker_of(&found, "profondément inquiète"),
        Some("gouvernement ardanien")
    );
}

#[test]
fn a_participle_and_its_complement_after_a_noun_is_quoted() {
    let found = quotes(
        "La ministre ostalienne Lina Korvo a rencontré les syndicats. Elle a ajouté que le \
         gouvernement ne défendrait pas un projet « vidé de son contenu » par les amendements.",
    );
    assert_eq!(
        speaker_of(&found, "vidé de son contenu"),
        Some("Lina Korvo")
    );
}

#[test]
fn a_demonstrative_subject_lends_its_referent_to_a_participle() {
    let found = quotes(
        "La ministre ostalienne de la Culture a réagi. « Ce festival restera gratuit », a \
         assuré sa porte-parole, Irina Volkova. Celle-ci s'en est également prise aux \
         promoteurs, qualifiant de « calculs cyniques » leurs projets de billetterie.",
    );
    assert_eq!(
        speaker_of(&found, "calculs cyniques"),
        Some("Irina Volkova")
    );
}

#[test]
fn where_and_when_someone_spoke_leave_them_the_last_named() {
    let found = quotes(
        "Le ministre ostalien de la Culture a réagi. « Ce festival restera gratuit », a \
         assuré son porte-parole, Marek Solvin, dans un communiqué diffusé dans la soirée. \
         Ce dernier a qualifié de « calculs cyniques » les projets des promoteurs.",
    );
    assert_eq!(speaker_of(&found, "calculs cyniques"), Some("Marek Solvin"));
}

#[test]
fn a_negated_verb_after_a_naming_noun_is_quoted() {
    let found = quotes(
        "Le ministre ostalien de l'Intérieur, Marek Solvin, a assuré que les chefs du réseau \
         « n'ont aucun refuge en ville ».",
    );
    assert_eq!(
        speaker_of(&found, "n'ont aucun refuge en ville"),
        Some("Marek Solvin")
    );
}

#[test]
fn the_noun_of_faire_etat_de_is_part_of_the_verb() {
    let found = quotes(
        "La préfecture de Brenne a fait état d'une volonté commune de « garder une vigilance \
         maximale » sur les digues.",
    );
    assert_eq!(
        speaker_of(&found, "garder une vigilance maximale"),
        Some("préfecture de Brenne")
    );
}

#[test]
fn a_document_after_the_quotation_reports_a_speaker_the_sentence_names() {
    let found = quotes(
        "Le président ostalien Bohdan Koval a reçu le général Ivan Orlov mardi. « Nous \
         avancerons ensemble », a dit Koval à Orlov, en appelant celui-ci « cher voisin », \
         selon une transcription publiée par la présidence ostalienne.",
    );
    assert_eq!(speaker_of(&found, "cher voisin"), Some("Bohdan Koval"));
}

#[test]
fn a_relative_clause_after_a_quotation_goes_on_with_its_words() {
    let found = quotes(
        "Le ministre ostalien Marek Solvin a estimé que ces crues relevaient d'un « cycle \
         ordinaire » auquel les digues étaient « largement adaptées ». Il a dénoncé un « convoi \
         suspect » qui approchait de la « ligne bleue ».",
    );
    assert_eq!(
        speaker_of(&found, "largement adaptées"),
        Some("Marek Solvin")
    );
    assert!(found.iter().all(|(t, _)| t != "ligne bleue"));
}

#[test]
fn an_infinitive_of_the_past_after_a_weak_verb_reports_speech() {
    let found = quotes(
        "L'état-major ostalien a annoncé avoir neutralisé dans la nuit « une unité hostile » \
         près de la frontière.",
    );
    assert_eq!(
        speaker_of(&found, "une unité hostile"),
        Some("état-major ostalien")
    );
}

#[test]
fn two_qualities_of_a_noun_deep_in_the_object_are_quoted() {
    let found = quotes(
        "La préfecture de Brenne insiste sur la nécessité de protections contre les crues \
         « solides et durables ».",
    );
    assert_eq!(
        speaker_of(&found, "solides et durables"),
        Some("préfecture de Brenne")
    );
}

#[test]
fn selon_lequel_after_a_person_is_that_person_s_view() {
    let found = quotes(
        "Le journal cite aussi le directeur du port, Ivan Kovalenko, selon lequel le trafic est \
         « au point mort ». Un article du Courrier selon lequel la grève serait « illimitée » \
         circule aussi.",
    );
    assert_eq!(speaker_of(&found, "au point mort"), Some("Ivan Kovalenko"));
    assert_eq!(speaker_of(&found, "illimitée"), Some("Le Courrier"));
}

#[test]
fn a_paper_that_is_amused_reports_its_own_words() {
    let found = quotes(
        "Un message qui fait sourire Le Temps. « Le ministre gouverne par slogans », s'amuse le \
         quotidien genevois, qui s'interroge : « Qui paiera la facture ? »",
    );
    assert_eq!(
        speaker_of(&found, "Le ministre gouverne par slogans"),
        Some("Le Temps")
    );
    assert_eq!(
        speaker_of(&found, "Qui paiera la facture ?"),
        Some("Le Temps")
    );
}

#[test]
fn a_ministry_in_title_case_has_its_usual_label() {
    let found = quotes(
        "Le Ministère Ostalien des Affaires Étrangères a dit que le pays \"salue l'adoption\" \
         de la résolution. Le Ministère de l'Éducation Nationale a jugé la grève « injustifiée ».",
    );
    assert_eq!(
        speaker_of(&found, "salue l'adoption"),
        Some("ministère ostalien des Affaires étrangères")
    );
    assert_eq!(
        speaker_of(&found, "injustifiée"),
        Some("ministère de l'Éducation nationale")
    );
}

#[test]
fn an_inverted_subject_before_a_colon_introduces_the_quotation() {
    let found = quotes(
        "17h30 - Pas de trêve avant un accord global, répète Koval : « Une trêve ne servirait \
         qu'à réarmer l'adversaire ».",
    );
    assert_eq!(
        speaker_of(&found, "Une trêve ne servirait qu'à réarmer l'adversaire"),
        Some("Koval")
    );
}

#[test]
fn a_title_s_quotation_belongs_to_the_person_its_clause_names() {
    let found = quotes(
        "Lire l'article « Il n'y aura pas de paix sans nous » : Ivana Petrova hausse le ton\n\n\
         « Le pays est prêt » : Anton Weiss en visite à Tirna",
    );
    assert_eq!(
        speaker_of(&found, "Il n'y aura pas de paix sans nous"),
        Some("Ivana Petrova")
    );
    assert_eq!(speaker_of(&found, "Le pays est prêt"), Some("Anton Weiss"));
}

#[test]
fn an_unnamed_source_after_the_quotation_reports_the_verb_s_subject() {
    let found = quotes(
        "Le général Anton Weiss a décrit aux ministres une armée « capable de se reconstituer \
         vite », selon un responsable de l'Alliance. Les troupes seraient « épuisées », selon un \
         responsable de l'Alliance.",
    );
    assert_eq!(
        speaker_of(&found, "capable de se reconstituer vite"),
        Some("Anton Weiss")
    );
    assert_eq!(speaker_of(&found, "épuisées"), None);
}

#[test]
fn an_answer_named_by_its_noun_belongs_to_its_author() {
    let found = quotes(
        "La ministre a renvoyé la balle à l'industriel. Réponse d'Anton Weiss, quelques minutes \
         plus tard, devant les journalistes : « Les commandes doivent être signées ».",
    );
    assert_eq!(
        speaker_of(&found, "Les commandes doivent être signées"),
        Some("Anton Weiss")
    );
}

#[test]
fn people_not_named_who_judge_keep_their_words_from_the_reporter() {
    let found = quotes(
        "Le Soir rapporte que plusieurs diplomates ostaliens interrogés par le journal \
         estiment que ce plan est « mort-né ». Le ministre Paul Dorin a indiqué que des habitants \
         qualifient la situation d'« intenable ». Le Soir juge l'accord « fragile ».",
    );
    assert_eq!(speaker_of(&found, "mort-né"), None);
    assert_eq!(speaker_of(&found, "intenable"), None);
    assert_eq!(speaker_of(&found, "fragile"), Some("Le Soir"));
}

#[test]
fn belgian_swiss_and_sports_papers_speak_under_their_titles() {
    let found = quotes(
        "« Le club a touché le fond », écrit L'Équipe. Le Temps parle d'un « fiasco ». La Libre \
         Belgique juge la réforme « bâclée ». Le temps presse, a jugé le maire, pour qui la ville \
         est « à l'arrêt ».",
    );
    assert_eq!(
        speaker_of(&found, "Le club a touché le fond"),
        Some("L'Équipe")
    );
    assert_eq!(speaker_of(&found, "fiasco"), Some("Le Temps"));
    assert_eq!(speaker_of(&found, "bâclée"), Some("La Libre Belgique"));
    assert_eq!(speaker_of(&found, "à l'arrêt"), None);
}

#[test]
fn a_message_posted_by_someone_before_a_colon_is_theirs() {
    let found = quotes(
        "Tous les journaux reprennent le message posté mercredi soir par Bohdan Koval sur son \
         réseau Truth Social : « LA VICTOIRE EST PROCHE ! ». Le quotidien publie la lettre signée \
         par la ministre Ivana Petrova : « Nous ne céderons pas ».",
    );
    assert_eq!(
        speaker_of(&found, "LA VICTOIRE EST PROCHE !"),
        Some("Bohdan Koval")
    );
    assert_eq!(
        speaker_of(&found, "Nous ne céderons pas"),
        Some("Ivana Petrova")
    );
}

#[test]
fn a_declaration_adopted_by_a_body_s_members_is_the_body_s() {
    let found = quotes(
        "Le secrétaire général Anton Weiss a parlé longuement. « Les Alliés réaffirment leur \
         engagement », indique la déclaration adoptée en fin de journée par les ministres de \
         l'OTAN. « Le calendrier est tenu », précise le communiqué du parquet de Tirna publié par la \
         préfecture.",
    );
    assert_eq!(
        speaker_of(&found, "Les Alliés réaffirment leur engagement"),
        Some("OTAN")
    );
    assert_eq!(
        speaker_of(&found, "Le calendrier est tenu"),
        Some("parquet de Tirna")
    );
}

#[test]
fn a_body_named_by_a_noun_and_its_adjectives_keeps_them_all() {
    let found = quotes(
        "« Les paysans n'oublieront pas », prévient de son côté la Coordination rurale dans un \
         communiqué. La Confédération paysanne a dénoncé un « accord de dupes ». Le Kremlin \
         ostalien a jugé l'offre « inacceptable ».",
    );
    assert_eq!(
        speaker_of(&found, "Les paysans n'oublieront pas"),
        Some("Coordination rurale")
    );
    assert_eq!(
        speaker_of(&found, "accord de dupes"),
        Some("Confédération paysanne")
    );
    assert_eq!(speaker_of(&found, "inacceptable"), Some("Kremlin"));
}

#[test]
fn the_words_an_acronym_spells_out_are_one_body_s_name() {
    let found = quotes(
        "Les Forces de soutien rapide (FSR) du général Omar Dalil ont affirmé dans un communiqué \
         « réaffirmer leur engagement ».",
    );
    assert_eq!(
        speaker_of(&found, "réaffirmer leur engagement"),
        Some("Forces de soutien rapide")
    );
}

#[test]
fn a_network_or_a_place_between_the_verb_and_the_name_is_passed_over() {
    let found = quotes(
        "16h45 - « La guerre continue », a posté sur X Ivana Petrova, la cheffe de la diplomatie \
         ostalienne.\n\n12h40 - « Quatre ans de promesses », a ironisé sur Telegram Koval, le chef \
         de la diplomatie ostalienne.\n\n15h02 - « Nous ne céderons jamais », a martelé à Tirna \
         Marc Weiss, interrogé par l'AFP.",
    );
    assert_eq!(
        speaker_of(&found, "La guerre continue"),
        Some("Ivana Petrova")
    );
    assert_eq!(speaker_of(&found, "Quatre ans de promesses"), Some("Koval"));
    assert_eq!(
        speaker_of(&found, "Nous ne céderons jamais"),
        Some("Marc Weiss")
    );
}

#[test]
fn attacking_in_an_incise_reports() {
    let found = quotes(
        "Le maire sortant, Paul Dorin, ouvre le débat. « Tirna n'est pas une entreprise », \
         attaque le maire sortant.",
    );
    assert_eq!(
        speaker_of(&found, "Tirna n'est pas une entreprise"),
        Some("Paul Dorin")
    );
}

#[test]
fn the_interviewer_is_no_one_the_dispatch_named() {
    let found = quotes(
        "Ivana Petrova était l'invitée de la matinale. « Êtes-vous prête à gouverner ? », lui a \
         demandé la journaliste. « Oui », a répondu l'eurodéputée.",
    );
    assert_eq!(speaker_of(&found, "Êtes-vous prête à gouverner ?"), None);
    assert_eq!(speaker_of(&found, "Oui"), Some("Ivana Petrova"));
}

const TWO_OSTALIAN_MINISTERS: &str = "Paul Verdier\tm\tVerdier\tministre ostalien de la Culture\n\
                                      Hugo Lantier\tm\tLantier\tministre ostalien de la Mer\n";

#[test]
fn a_bare_role_is_the_holder_already_read_not_one_named_further_down() {
    let found = quotes(
        "Le ministre ostalien de la Culture, Paul Verdier, était l'invité de la radio lundi. \
         « Vous avez peur ? », lui a demandé la journaliste. « Aucune », a répondu le ministre.\n\n\
         Au même moment, le ministre ostalien de la Mer, Hugo Lantier, dressait un constat sombre.",
    );
    assert_eq!(speaker_of(&found, "Aucune"), Some("Paul Verdier"));
    // Met under his name only, the minister the gazetteer knows in the office.
    let found = quotes_knowing(
        TWO_OSTALIAN_MINISTERS,
        "« Tout ira vite », a promis Paul Verdier lundi. Interrogé sur le coût, le ministre de la \
         Culture a balayé l'objection. « Rien », a répondu le ministre.\n\n\
         Au même moment, le ministre de la Mer, Hugo Lantier, dressait un constat sombre.",
    );
    assert_eq!(speaker_of(&found, "Rien"), Some("Paul Verdier"));
}

#[test]
fn a_relative_clause_before_a_colon_gives_the_words_to_its_own_subject() {
    let found = quotes(
        "La procureure de Brenne, Odile Marchand, a mis en garde : « Rien n'est fini. » Des \
         propos auxquels Paul Verdier a répondu dans l'après-midi sur X : « Je partage cette \
         analyse. » Une mise au point à laquelle Hugo Lantier répond dans l'entretien : \
         « Personne ne le demande. »",
    );
    assert_eq!(
        speaker_of(&found, "Je partage cette analyse."),
        Some("Paul Verdier")
    );
    assert_eq!(
        speaker_of(&found, "Personne ne le demande."),
        Some("Hugo Lantier")
    );
}

#[test]
fn on_in_the_entourage_opening_the_sentence_is_the_seat_of_the_office() {
    let found = quotes(
        "Le Premier ministre Marek Solvin a parlé devant les députés. Dans l'entourage \
         du Premier ministre, on insiste sur le fait qu'« aucune décision n'est prise » et que \
         l'outil reste « la dernière des options ».",
    );
    assert_eq!(
        speaker_of(&found, "aucune décision n'est prise"),
        Some("Matignon")
    );
    assert_eq!(
        speaker_of(&found, "la dernière des options"),
        Some("Matignon")
    );
}

#[test]
fn the_bare_parquet_is_the_office_of_the_prosecutor_named() {
    let found = quotes(
        "« Les plaintes sont prises au sérieux », a indiqué à l'AFP le procureur de la \
         République de Brenne, Hugo Lantier. « Personne n'a été entendu à ce stade », précise \
         le parquet.",
    );
    assert_eq!(
        speaker_of(&found, "Personne n'a été entendu à ce stade"),
        Some("parquet de Brenne")
    );
}

#[test]
fn a_described_figure_set_off_after_a_name_leaves_the_name_the_subject() {
    let found = quotes(
        "Jean-Paul Marchal, la figure de la gauche radicale Union populaire, a dit de son côté \
         que \"personne n'est au-dessus des lois\", mais que \"la politique se règle aussi dans \
         les urnes\".",
    );
    assert_eq!(
        speaker_of(&found, "personne n'est au-dessus des lois"),
        Some("Jean-Paul Marchal")
    );
    assert_eq!(
        speaker_of(&found, "la politique se règle aussi dans les urnes"),
        Some("Jean-Paul Marchal")
    );
}

const A_LEADER_AND_A_FORMER_PRESIDENT: &str =
    "Odile Marchand\tf\tMarchand\tprésidente du groupe UP à l'Assemblée\n\
     Paul Verdier\tm\tVerdier\tprésident de la République@2007..2012\n";

#[test]
fn the_president_of_the_court_is_not_a_president_of_anything_else() {
    let found = quotes_knowing(
        A_LEADER_AND_A_FORMER_PRESIDENT,
        "Odile Marchand est arrivée à la cour mardi. La présidente de la cour a répondu \
         qu'elle \"veillera à la sérénité des débats\", selon des journalistes présents.\n\n\
         Paul Verdier a fait face lundi à la cour d'appel de Brenne.\n\n« Je n'ai jamais rien \
         touché », a répété l'ancien chef de l'État, debout à la barre. « Je suis venu pour être \
         innocenté », a-t-il ajouté.\n\n« Monsieur Verdier, nous aurons le temps d'y revenir », \
         l'a interrompu le président de la chambre, rappelant que la journée était consacrée à \
         la procédure.",
    );
    assert_eq!(
        speaker_of(&found, "veillera à la sérénité des débats"),
        None
    );
    assert_eq!(
        speaker_of(&found, "Monsieur Verdier, nous aurons le temps d'y revenir"),
        None
    );
}

#[test]
fn a_quotation_followed_by_its_own_predicate_has_no_incise_after_it() {
    let found = quotes(
        "Selon la FSTB, « plus de 9 000 manifestants » ont défilé dans toute la Brenne. La \
         préfecture en a compté 4 000.",
    );
    assert_eq!(
        speaker_of(&found, "plus de 9 000 manifestants"),
        Some("FSTB")
    );
}

#[test]
fn a_pronoun_with_aussi_set_off_after_a_name_takes_the_name_up() {
    let found = quotes(
        "La présidente de la Métropole Brenne-Océan, Odile Marchand, elle aussi candidate, a \
         réagi dans un communiqué : « La sécurité ne se négocie pas. »",
    );
    assert_eq!(
        speaker_of(&found, "La sécurité ne se négocie pas."),
        Some("Odile Marchand")
    );
}

#[test]
fn selon_and_a_pronoun_after_a_body_as_subject_stand_for_that_body() {
    let found = quotes(
        "Le ministre Paul Verdier a parlé. Enfin, Le Courrier de Brenne retient l'image d'un \
         hémicycle vide au moment du vote, signe selon lui d'une « lassitude démocratique ».",
    );
    assert_eq!(
        speaker_of(&found, "lassitude démocratique"),
        Some("Le Courrier de Brenne")
    );
}

#[test]
fn a_topic_before_a_colon_leaves_the_subject_after_it() {
    let found = quotes(
        "Retraites : Odile Marchand hausse le ton et réclame « un vrai rendez-vous » sur la \
         pénibilité.",
    );
    assert_eq!(
        speaker_of(&found, "un vrai rendez-vous"),
        Some("Odile Marchand")
    );
}

#[test]
fn two_quotations_sharing_a_participle_each_take_the_agent_after_them() {
    let found = quotes(
        "Le ministre a évoqué une hausse de la taxe, une perspective aussitôt qualifiée de \
         « reniement » par la FSTB et de « fuite en avant » par l'Union des droites.",
    );
    assert_eq!(speaker_of(&found, "reniement"), Some("FSTB"));
    assert_eq!(
        speaker_of(&found, "fuite en avant"),
        Some("Union des droites")
    );
}

#[test]
fn an_adverbial_set_off_by_commas_after_another_before_the_inverted_subject() {
    let found = quotes(
        "La ministre de la Pêche, Odile Varenne, était à Brest. « Nous tiendrons bon face à la \
         crise », a rétorqué dans la soirée, sur X, la ministre, qui accuse les armateurs.",
    );
    assert_eq!(
        speaker_of(&found, "Nous tiendrons bon face à la crise"),
        Some("Odile Varenne")
    );
}

#[test]
fn a_body_speaking_through_its_head_after_its_verb() {
    let found = quotes(
        "Plus mesurée, la Fédération des pêcheurs réclame par la voix de son président, Jules \
         Arnal, « un moratoire immédiat sur les quotas ».",
    );
    assert_eq!(
        speaker_of(&found, "un moratoire immédiat sur les quotas"),
        Some("Jules Arnal")
    );
}

#[test]
fn an_answer_of_someone_described_by_a_participle_before_a_colon() {
    let found = quotes(
        "« Le vestiaire est cassé », glisse un proche du club. Réponse de Morvan, interrogé sur \
         ces rumeurs : « Il n'y a pas de crise au club, seulement une défaite. »",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Il n'y a pas de crise au club, seulement une défaite."
        ),
        Some("Morvan")
    );
}

#[test]
fn a_paper_that_reports_what_a_body_says_is_not_its_speaker() {
    let found = quotes(
        "Au ministère ostalien de la Défense, on fait valoir que « la flotte est prête à \
         appareiller », rapporte La Gazette des Monts. Le journal s'inquiète du coût.",
    );
    assert_eq!(
        speaker_of(&found, "la flotte est prête à appareiller"),
        Some("ministère ostalien de la Défense")
    );
}

#[test]
fn a_capitalised_day_after_a_surname_is_no_part_of_the_name() {
    let found = quotes(
        "Le porte-parole du gouvernement ostalien, Kelemba Tuvo, a démenti. \"Nous n'avons rien à \
         cacher\", a dit Lundi le porte-parole. \"Le monde entier sait ce qui se passe\", a \
         répondu Tuvo Mardi soir sur la télévision nationale.",
    );
    assert_eq!(
        speaker_of(&found, "Nous n'avons rien à cacher"),
        Some("Kelemba Tuvo")
    );
    assert_eq!(
        speaker_of(&found, "Le monde entier sait ce qui se passe"),
        Some("Kelemba Tuvo")
    );
}

#[test]
fn a_former_office_written_with_ex_is_the_former_holder() {
    let found = quotes(
        "L'entretien a suivi une sortie de l'ancien président ostalien Jean Malo. « Je n'ai \
         jamais rien caché à personne », a écrit l'ex-chef de l'État.",
    );
    assert_eq!(
        speaker_of(&found, "Je n'ai jamais rien caché à personne"),
        Some("Jean Malo")
    );
}

#[test]
fn a_noun_and_its_relative_clause_before_a_colon_give_the_words_to_its_subject() {
    let found = quotes(
        "Le Premier ministre ostalien, Jean Tadi, a reçu la presse. La directrice du Fonds, Ana \
         Morel, avait salué en janvier « un partenaire courageux ». Un compliment que M. Tadi \
         accueille avec un sourire : « Le courage, ce sont les habitants qui le montrent. » Une \
         critique que la directrice balaie d'un geste : « Nous jugeons sur pièces, pas sur des \
         promesses. »",
    );
    assert_eq!(
        speaker_of(&found, "Le courage, ce sont les habitants qui le montrent."),
        Some("Jean Tadi")
    );
    assert_eq!(
        speaker_of(&found, "Nous jugeons sur pièces, pas sur des promesses."),
        Some("Ana Morel")
    );
}

#[test]
fn en_effet_between_the_auxiliary_and_the_participle() {
    let found = quotes(
        "Invité de Radio Brenne mardi, Jean Tadi avait en effet défendu la « maîtrise \
         raisonnée des dépenses ».",
    );
    assert_eq!(
        speaker_of(&found, "maîtrise raisonnée des dépenses"),
        Some("Jean Tadi")
    );
}

#[test]
fn a_relative_clause_on_a_list_of_countries_between_subject_and_verb() {
    let found = quotes(
        "La Cédao, dont l'Ostalie, la Brenie et le Valmont ont claqué la porte en janvier, \
         s'est dite « prête à aider » ses voisins.",
    );
    assert_eq!(speaker_of(&found, "prête à aider"), Some("Cédao"));
}

#[test]
fn a_verb_after_et_goes_on_with_the_subject_not_the_paper_named_in_passing() {
    let found = quotes(
        "Dans L'Humanité, son directeur, Paul Ternier, dénonce une « trahison » et appelle à \
         « une grande marche des campagnes et des villes ».",
    );
    assert_eq!(
        speaker_of(&found, "une grande marche des campagnes et des villes"),
        Some("Paul Ternier")
    );
}

#[test]
fn a_capitalised_word_a_verb_of_judging_calls_something_is_quoted() {
    let found = quotes(
        "La ministre a salué « un accord équilibré ». Une formule que Jean Tadi, dans La Gazette \
         des Monts, qualifie de « Grand Naufrage agricole ».",
    );
    assert_eq!(
        speaker_of(&found, "Grand Naufrage agricole"),
        Some("Jean Tadi")
    );
}

#[test]
fn an_infinitive_after_a_long_object_is_what_the_speaker_urges() {
    let found = quotes(
        "Le ministère ostalien des Affaires étrangères a réitéré son appel aux ressortissants \
         ostaliens de Brenie à « quitter temporairement le pays » par les derniers vols.",
    );
    assert_eq!(
        speaker_of(&found, "quitter temporairement le pays"),
        Some("ministère ostalien des Affaires étrangères")
    );
}

#[test]
fn a_phrase_quoted_with_its_indefinite_article_after_a_weak_verb() {
    let found = quotes(
        "Le groupe des Vents du Sud a annoncé dans un communiqué « une grève des encouragements » \
         lors de la prochaine rencontre.",
    );
    assert_eq!(
        speaker_of(&found, "une grève des encouragements"),
        Some("groupe des Vents du Sud")
    );
}

#[test]
fn a_loose_role_goes_back_to_the_head_named_before_not_one_named_later() {
    let found = quotes(
        "Le président de Varnel, Hugo Tessier, a défendu un plan « douloureux ». « Le marché \
         s'est effondré », a-t-il fait valoir. « Nous ne fermons aucune usine », a insisté le \
         dirigeant. Invité de Radio Sud, le président de la Fédération des forges, Marc Olivon, \
         a estimé que « l'industrie paie le prix de ses charges ».",
    );
    assert_eq!(
        speaker_of(&found, "Nous ne fermons aucune usine"),
        Some("Hugo Tessier")
    );
}

#[test]
fn a_second_object_and_its_quality_after_mais_with_a_time_inside() {
    let found = quotes(
        "Le ministre Jean Tadi juge le mouvement « compréhensible » mais la fermeture des \
         criées pendant dix jours « pas responsable ».",
    );
    assert_eq!(speaker_of(&found, "pas responsable"), Some("Jean Tadi"));
}

#[test]
fn an_incise_closing_the_sentence_after_a_complement_reports_a_short_span() {
    let found = quotes(
        "Le trafic est « quasi normal » sur le réseau de tramway, indique la Société des \
         transports de Brenne dans un point de situation.",
    );
    assert_eq!(
        speaker_of(&found, "quasi normal"),
        Some("Société des transports de Brenne")
    );
}

#[test]
fn a_span_right_after_qui_is_the_predicate_the_clause_reports() {
    let found = quotes(
        "Paul Verdier a dénoncé un budget qui « épargne les plus riches ». Le ministre, qui \
         « n'a rien vu venir », a démissionné.",
    );
    assert_eq!(
        speaker_of(&found, "épargne les plus riches"),
        Some("Paul Verdier")
    );
    assert!(found.iter().all(|(t, _)| t != "n'a rien vu venir"));
}

#[test]
fn a_span_after_qui_and_its_verb_is_still_the_clause_s_words() {
    let found = quotes(
        "Paul Verdier dénonce un budget qui fait « payer deux fois » les ménages, « à la pompe \
         et au guichet ».",
    );
    assert_eq!(speaker_of(&found, "payer deux fois"), Some("Paul Verdier"));
}

#[test]
fn the_front_page_between_an_incise_s_verb_and_the_paper_is_passed_over() {
    let found = quotes("« Le pari perdu », titre à la une La Gazette de Brenne.");
    assert_eq!(
        speaker_of(&found, "Le pari perdu"),
        Some("La Gazette de Brenne")
    );
}

#[test]
fn depicting_someone_as_a_quality_reports_it() {
    let found = quotes(
        "« Le pari perdu », titre La Gazette de Brenne, qui dépeint un ministre « prisonnier de \
         ses promesses ».",
    );
    assert_eq!(
        speaker_of(&found, "prisonnier de ses promesses"),
        Some("La Gazette de Brenne")
    );
}

#[test]
fn so_called_dite_before_a_span_names_it_rather_than_says_it() {
    let found = quotes(
        "L'ancien maire Paul Verdier, 57 ans, est poursuivi depuis mars dans l'affaire dite \
         des \"emplois fictifs\", et risque une peine avec \"exécution provisoire\".",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn selon_a_title_written_in_lower_case_is_that_title() {
    let found = quotes(
        "Le ministre Paul Verdier a visité le chantier. Selon franceinfo, le ministère prépare \
         « une rallonge de dix millions » pour la digue de Brenne.",
    );
    assert_eq!(
        speaker_of(&found, "une rallonge de dix millions"),
        Some("franceinfo")
    );
}

#[test]
fn a_party_in_brackets_after_an_apposed_name_ends_the_name() {
    let found = quotes(
        "« Nous censurerons », a prévenu Paul Verdier, le patron des députés du PUB. « Ce serait \
         censurer vos acquis », lui a répondu le rapporteur général du budget, Hugo Lantier \
         (UDB), depuis le banc de la commission.",
    );
    assert_eq!(
        speaker_of(&found, "Ce serait censurer vos acquis"),
        Some("Hugo Lantier")
    );
}

#[test]
fn a_party_epithet_is_not_someone_seated_for_another_party_in_brackets() {
    let found = quotes(
        "Les socialistes ont posé leurs conditions. « Nous censurerons », a prévenu Paul \
         Verdier, le patron des députés PS.\n\n« Ce serait censurer vos propres acquis », lui a \
         répondu le rapporteur général du budget, Hugo Lantier (LR), depuis le banc de la \
         commission.\n\n« Ne nous faites pas la leçon », a rétorqué le socialiste.",
    );
    assert_eq!(
        speaker_of(&found, "Ne nous faites pas la leçon"),
        Some("Paul Verdier")
    );
}

#[test]
fn the_one_cited_before_a_colon_says_it() {
    let found = quotes(
        "Terre Vigilante décrit une situation « dramatique ». « Nos équipes sont débordées », \
         indique l'ONG dans un communiqué, qui cite un rescapé : « Ils tiraient sur tous. » La \
         Gazette de Velka cite le maire, Paul Vartin : « Le quartier est vide. »",
    );
    assert_eq!(
        speaker_of(&found, "Nos équipes sont débordées"),
        Some("Terre Vigilante")
    );
    assert_eq!(speaker_of(&found, "Ils tiraient sur tous."), None);
    assert_eq!(
        speaker_of(&found, "Le quartier est vide."),
        Some("Paul Vartin")
    );
}

#[test]
fn an_ngo_named_without_borders_keeps_its_lower_case_words() {
    let found = quotes(
        "Sur le terrain, Pharmaciens sans frontières décrit une situation « dramatique ». « Nos \
         équipes à Velka reçoivent chaque jour des dizaines de blessés », indique l'ONG dans un \
         communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "dramatique"),
        Some("Pharmaciens sans frontières")
    );
    assert_eq!(
        speaker_of(
            &found,
            "Nos équipes à Velka reçoivent chaque jour des dizaines de blessés"
        ),
        Some("Pharmaciens sans frontières")
    );
}

#[test]
fn a_pronoun_takes_up_the_topic_set_by_quant_a() {
    let found = quotes(
        "La porte-parole Lucie Marvan a répondu « non ». Quant à Hélène Dorsay, elle s'est \
         contentée d'un message laconique, publié en fin de matinée : « Le peuple tranchera. »",
    );
    assert_eq!(
        speaker_of(&found, "Le peuple tranchera."),
        Some("Hélène Dorsay")
    );
}

#[test]
fn a_time_set_before_the_subject_is_no_subject() {
    let found = quotes(
        "La procureure, Lucie Marvan, a indiqué que « l'enquête avance ». Le même jour, la Cour \
         des comptes a rendu public un rapport. « Le retard est considérable », relève le \
         document.",
    );
    assert_eq!(
        speaker_of(&found, "Le retard est considérable"),
        Some("Cour des comptes")
    );
}

#[test]
fn a_body_s_kind_set_off_after_its_name_describes_it() {
    let found = quotes(
        "La ministre Lucie Marvan a parlé. Le COFAR, l'organisme du ministère de la Défense \
         borovien, a dit que « environ 50 personnes » pourraient traverser.",
    );
    assert_eq!(speaker_of(&found, "environ 50 personnes"), Some("COFAR"));
}

#[test]
fn an_infinitive_after_a_reflexive_verb_has_its_subject() {
    let found = quotes(
        "La ministre Lucie Marvan a parlé. Paul Vartin, qui hésite encore, se borne à indiquer \
         qu'il « prendra ses responsabilités ».",
    );
    assert_eq!(
        speaker_of(&found, "prendra ses responsabilités"),
        Some("Paul Vartin")
    );
}

#[test]
fn a_body_s_name_without_article_keeps_its_adjective() {
    let found = quotes(
        "La ministre Lucie Marvan a parlé. Lutte paysanne, qui n'a pas arrêté sa position, \
         indique dans un communiqué qu'elle « prendra ses responsabilités ».",
    );
    assert_eq!(
        speaker_of(&found, "prendra ses responsabilités"),
        Some("Lutte paysanne")
    );
}

#[test]
fn an_association_s_name_may_end_with_a_lower_case_complement() {
    let found = quotes(
        "Paul Vartin veut rouvrir les voies. « Revenir en arrière serait une faute », estime \
         l'association La Ville à pied, qui juge l'idée « irresponsable ».",
    );
    assert_eq!(speaker_of(&found, "irresponsable"), Some("La Ville à pied"));
    assert_eq!(
        speaker_of(&found, "Revenir en arrière serait une faute"),
        Some("La Ville à pied")
    );
}

#[test]
fn an_account_s_name_is_no_one_s_its_holder_speaks() {
    let found = quotes(
        "Le compte \"Affaires publiques\" du ministère ostalien de la Défense a dit dans un \
         message que l'armée \"étudie toutes les options\".",
    );
    assert_eq!(
        speaker_of(&found, "étudie toutes les options"),
        Some("ministère ostalien de la Défense")
    );
}

#[test]
fn what_a_named_subject_refuses_or_promises_to_do_is_its_own_words() {
    let found = quotes(
        "Le Soir relève que l'Élysée se contente de « prendre acte » des annonces. Le Temps écrit \
         que le ministre Paul Dorin refuse de « céder au chantage ». Le président Bohdan Koval a \
         déclaré que l'Ostalie cherchait à « plonger le pays dans le noir ».",
    );
    assert_eq!(speaker_of(&found, "prendre acte"), Some("Élysée"));
    assert_eq!(speaker_of(&found, "céder au chantage"), Some("Paul Dorin"));
    assert_eq!(
        speaker_of(&found, "plonger le pays dans le noir"),
        Some("Bohdan Koval")
    );
}

#[test]
fn a_role_in_title_case_from_translated_copy_is_no_name() {
    let found = quotes(
        "Le Ministre Délégué Ostalien pour l'Europe Karel Dvorin a écrit sur X: “Nous ne \
         céderons pas.” La Secrétaire d'État Américaine Joan Pelley a dit: “C'est clair.”",
    );
    assert_eq!(
        speaker_of(&found, "Nous ne céderons pas."),
        Some("Karel Dvorin")
    );
    assert_eq!(speaker_of(&found, "C'est clair."), Some("Joan Pelley"));
}

#[test]
fn a_future_in_a_reported_clause_is_the_reporter_s_words() {
    let found = quotes(
        "Anna Veltri, présidente de la Commission, a averti que l'Union répondrait de manière \
         « ferme et mesurée ». Le ministre Paul Dorin a assuré que Paris ferait preuve d'une \
         « patience infinie ».",
    );
    assert_eq!(speaker_of(&found, "ferme et mesurée"), Some("Anna Veltri"));
    assert_eq!(speaker_of(&found, "patience infinie"), Some("Paul Dorin"));
}

#[test]
fn a_fixed_name_with_its_capitalised_article_mid_sentence_is_no_title() {
    let found = quotes(
        "Le Sénat ostalien a voté la taxe, tandis que La Maison Blanche a jugé le texte \
         « inacceptable ». Le Kremlin a salué un vote « courageux », tandis que Les Nations \
         unies ont parlé d'un texte « excessif ».",
    );
    assert_eq!(speaker_of(&found, "inacceptable"), Some("Maison Blanche"));
    assert_eq!(speaker_of(&found, "excessif"), Some("ONU"));
}

#[test]
fn a_duration_before_later_ends_the_inverted_subject() {
    let found = quotes(
        "L'armée ostalienne affirme avoir repris la colline. « C'est faux, nos lignes tiennent », \
         a répondu l'état-major valmorien une heure plus tard. « Nous verrons », a commenté la \
         préfecture de Morlane quelques jours après.",
    );
    assert_eq!(
        speaker_of(&found, "C'est faux, nos lignes tiennent"),
        Some("état-major valmorien")
    );
    assert_eq!(
        speaker_of(&found, "Nous verrons"),
        Some("préfecture de Morlane")
    );
}

#[test]
fn the_paper_s_own_newsroom_after_an_inverted_subject_is_whom_it_was_said_to() {
    let found = quotes(
        "La scierie de Valmont fermera en juin. « Nous n'accepterons aucun licenciement sec », a \
         fait savoir le ministère de l'Industrie à notre rédaction. « Le dossier avance », a \
         confié la mairie de Valmont à nos confrères du Courrier morlanais.",
    );
    assert_eq!(
        speaker_of(&found, "Nous n'accepterons aucun licenciement sec"),
        Some("ministère de l'Industrie")
    );
    assert_eq!(
        speaker_of(&found, "Le dossier avance"),
        Some("mairie de Valmont")
    );
}

#[test]
fn a_union_member_s_epithet_is_the_one_person_named_in_that_union() {
    let found = quotes(
        "La CGT et la CFDT étaient reçues lundi. La secrétaire générale de la CGT, Lina Morvan, \
         est arrivée la première. « Nous ne signerons rien », a-t-elle prévenu. Le ministre a \
         répondu dans la soirée. Le préfet a réuni les élus. « C'est un premier pas », a résumé \
         Anne Vidal, qui dirige la CFDT depuis l'été. « Le patronat ment », a lancé la \
         cégétiste.",
    );
    assert_eq!(speaker_of(&found, "Le patronat ment"), Some("Lina Morvan"));
}

#[test]
fn a_place_of_two_words_between_the_verb_and_the_speaker_ends_before_the_first_name() {
    let found = quotes(
        "Les frappes ont visé le port de Varnik dans la nuit. « Les attaques contre les civils \
         doivent cesser », a déclaré à Castel Morlane Marc Ebner, porte-parole de l'Office ostalien \
         des réfugiés.",
    );
    assert_eq!(
        speaker_of(&found, "Les attaques contre les civils doivent cesser"),
        Some("Marc Ebner")
    );
}

#[test]
fn a_body_after_the_colon_of_a_quotation_opening_its_sentence_said_it() {
    let found = quotes(
        "La fonderie de Valmont fermera en juin.\n\n« Un coup de massue » : dans un communiqué \
         diffusé lundi, la mairie de Valmont n'a pas mâché ses mots.\n\n« Une erreur \
         historique » : le syndicat Métal-Avenir a réagi dans la soirée.",
    );
    assert_eq!(
        speaker_of(&found, "Un coup de massue"),
        Some("mairie de Valmont")
    );
    assert_eq!(
        speaker_of(&found, "Une erreur historique"),
        Some("Métal-Avenir")
    );
}

#[test]
fn a_capitalised_nationality_after_a_role_noun_is_no_name() {
    let found = quotes(
        "Le Premier Ministre Suédois Nils Arvander a reçu ses homologues. « Nous avançons », a \
         assuré le dirigeant Suédois, avant de rejoindre la salle. « Rien n'est fait », a répondu \
         le maire Dubois.",
    );
    assert_eq!(speaker_of(&found, "Nous avançons"), Some("Nils Arvander"));
    assert_eq!(speaker_of(&found, "Rien n'est fait"), Some("Dubois"));
}

#[test]
fn initials_are_part_of_the_name_they_open() {
    let found = quotes(
        "Le vice-président J.T. Marlow a ajouté que l'alliance devait « payer sa part ». Le \
         sénateur Paul R. Kessling a dénoncé un « chantage ». « Nous verrons », a répondu M. \
         Marlow.",
    );
    assert_eq!(speaker_of(&found, "payer sa part"), Some("J.T. Marlow"));
    assert_eq!(speaker_of(&found, "chantage"), Some("Paul R. Kessling"));
    assert_eq!(speaker_of(&found, "Nous verrons"), Some("J.T. Marlow"));
}

#[test]
fn a_counterpart_of_a_nationality_holds_the_possessor_s_office() {
    let people = "Ivan Morel\tm\tIvan Morel | Morel\tprésident ostalien\n\
                  Paul Tardieu\tm\tPaul Tardieu | Tardieu\tprésident valmorien\n\
                  Oleg Brun\tm\tOleg Brun | Brun\tministre ostalien des Affaires étrangères\n";
    let found = quotes_knowing(
        people,
        "Ivan Morel est à Valmont ce mardi, reçu par Paul Tardieu.\n\n\
         16h30 - « Nous tiendrons », affirme le président valmorien. « Rien ne tiendra sans \
         garanties », répond son homologue ostalien.\n\n\
         11h30 - Le ministre ostalien des Affaires étrangères, Oleg Brun, juge « utile » la \
         réunion.",
    );
    assert_eq!(
        speaker_of(&found, "Rien ne tiendra sans garanties"),
        Some("Ivan Morel")
    );
}

#[test]
fn a_document_of_a_country_s_diplomacy_is_its_ministry_s() {
    let found = quotes(
        "La réaction a été immédiate. « Toute saisie sera un acte hostile », indique un \
         communiqué de la diplomatie ostalienne publié dans la soirée.",
    );
    assert_eq!(
        speaker_of(&found, "Toute saisie sera un acte hostile"),
        Some("ministère ostalien des Affaires étrangères")
    );
}

#[test]
fn a_phrase_said_by_someone_before_a_colon_is_theirs() {
    let found = quotes(
        "Le Courrier des Monts retient surtout la formule lancée par Ivan Morel en fin de \
         débat : « Vous êtes le passé, je suis la suite ». La Gazette du Val préfère la phrase \
         d'Anne Sorel : « Le bilan parle pour nous ».",
    );
    assert_eq!(
        speaker_of(&found, "Vous êtes le passé, je suis la suite"),
        Some("Ivan Morel")
    );
    assert_eq!(
        speaker_of(&found, "Le bilan parle pour nous"),
        Some("Anne Sorel")
    );
}

#[test]
fn a_name_and_its_union_in_brackets_before_a_colon_are_no_dateline() {
    let found = quotes(
        "Odile Varenne (FTU) : « Le gouvernement joue avec nos salaires »\n\n\
         Dans un entretien publié mercredi, la secrétaire générale de la FTU menace d'une grève.",
    );
    assert_eq!(
        speaker_of(&found, "Le gouvernement joue avec nos salaires"),
        Some("Odile Varenne")
    );
}

#[test]
fn the_entourage_of_the_head_of_government_is_matignon() {
    let found = quotes(
        "Le Premier ministre Paul Tardieu a été interpellé mardi. « Il ne laissera pas travestir \
         les faits », faisait-on valoir dans l'entourage du chef du gouvernement. « Rien n'est \
         décidé », ont indiqué les services du chef du gouvernement.",
    );
    assert_eq!(
        speaker_of(&found, "Il ne laissera pas travestir les faits"),
        Some("Matignon")
    );
    assert_eq!(speaker_of(&found, "Rien n'est décidé"), Some("Matignon"));
}

#[test]
fn a_player_s_position_and_a_union_member_s_noun_are_roles() {
    let people = "Luc Ferrand\tm\tFerrand\tcapitaine des Verts | demi d'ouverture biterrois\n\
                  Anne Sorel\tf\tAnne Sorel | Sorel\tsecrétaire générale de la FTU | cédétiste\n";
    let found = quotes_knowing(
        people,
        "Le capitaine des Verts a été interrogé. « On a un compte à régler », a reconnu Ferrand. \
         « Ce n'est pas une revanche », a nuancé le demi d'ouverture biterrois. La secrétaire \
         générale de la FTU a répondu au patronat. « Qu'il vienne l'expliquer aux caissières », \
         a rétorqué la cédétiste sur son compte.",
    );
    assert_eq!(
        speaker_of(&found, "Ce n'est pas une revanche"),
        Some("Luc Ferrand")
    );
    assert_eq!(
        speaker_of(&found, "Qu'il vienne l'expliquer aux caissières"),
        Some("Anne Sorel")
    );
}

#[test]
fn a_description_the_gazetteer_gives_one_person_named_is_theirs() {
    let people =
        "Anne Sorel\tf\tAnne Sorel | Sorel\tsecrétaire générale de la FTU | syndicaliste\n\
                  Claire Vidal\tf\tClaire Vidal | Vidal\tporte-parole du gouvernement\n";
    let found = quotes_knowing(
        people,
        "Réponse d'Anne Sorel au ministre : « Recevoir les syndicats ne suffit pas », ironise la \
         syndicaliste.\n\n\
         La porte-parole du gouvernement, Claire Vidal, salue « le droit de manifester ».",
    );
    assert_eq!(
        speaker_of(&found, "Recevoir les syndicats ne suffit pas"),
        Some("Anne Sorel")
    );
}

#[test]
fn a_participle_after_an_incise_is_its_inverted_subject_s() {
    let found = quotes(
        "Le Parti vellacien ne soutiendra pas la réforme, a annoncé son président, Gaspard \
         Lormeau, jugeant le projet « bâclé » et la méthode « brutale ». L'Union des cantons \
         rejette le texte, a indiqué la présidente de l'Union, Odile Brevanne, qualifiant la \
         réforme de « recul historique ».",
    );
    assert_eq!(speaker_of(&found, "bâclé"), Some("Gaspard Lormeau"));
    assert_eq!(speaker_of(&found, "brutale"), Some("Gaspard Lormeau"));
    assert_eq!(
        speaker_of(&found, "recul historique"),
        Some("Odile Brevanne")
    );
    // With no incise before it, the participle is still the sentence's subject's.
    let found = quotes(
        "Le Parti vellacien a rejeté la réforme, jugeant le projet « bâclé ». Gaspard Lormeau \
         a quitté la salle, qualifiant la séance de « farce ».",
    );
    assert_eq!(speaker_of(&found, "bâclé"), Some("Parti vellacien"));
    assert_eq!(speaker_of(&found, "farce"), Some("Gaspard Lormeau"));
}

#[test]
fn a_complement_set_off_between_the_auxiliary_and_the_participle_keeps_the_verb() {
    let found = quotes(
        "La Fédération paysanne a, dans un communiqué, qualifié le traité de « coup de grâce \
         ». Gaspard Lormeau a, lors d'une réunion publique à Brevanne, dénoncé une « \
         mascarade ».",
    );
    assert_eq!(
        speaker_of(&found, "coup de grâce"),
        Some("Fédération paysanne")
    );
    assert_eq!(speaker_of(&found, "mascarade"), Some("Gaspard Lormeau"));
}

#[test]
fn on_after_a_body_with_no_preposition_or_with_a_relative_speaks_for_it() {
    let found = quotes(
        "Le plan de relance sera présenté jeudi. Bercy, on fait valoir que « les comptes sont \
         tenus ». Dans l'entourage du Premier ministre, qui suit le dossier depuis l'été, on \
         glisse que « rien n'est tranché ». Le village, on le dit « maudit » depuis la crue.",
    );
    assert_eq!(
        speaker_of(&found, "les comptes sont tenus"),
        Some("ministère de l'Économie")
    );
    assert_eq!(speaker_of(&found, "rien n'est tranché"), Some("Matignon"));
    assert_eq!(speaker_of(&found, "maudit"), None);
}

#[test]
fn a_text_after_unnamed_signatories_acting_is_theirs() {
    let found = quotes(
        "Le maire de Brevanne, Gaspard Lormeau, a présenté son projet de parking en janvier. \
         Les signataires de la pétition jugent le chantier « démesuré ». « Nous avons écrit \
         trois fois, sans réponse », peut-on lire dans le texte.",
    );
    assert_eq!(
        speaker_of(&found, "Nous avons écrit trois fois, sans réponse"),
        None
    );
}

#[test]
fn a_verb_of_will_inside_reported_speech_is_the_reporter_s_words() {
    let found = quotes(
        "Le ministre ostalien Karel Dvorin a dit que la Borovie voulait « une zone tampon, pas \
         une guerre ». Anna Veltri a assuré que Zolgrad veut « la paix des braves ».",
    );
    assert_eq!(
        speaker_of(&found, "une zone tampon, pas une guerre"),
        Some("Karel Dvorin")
    );
    assert_eq!(
        speaker_of(&found, "la paix des braves"),
        Some("Anna Veltri")
    );
}

#[test]
fn a_cleft_sentence_after_a_quotation_says_whose_it_is() {
    let found = quotes(
        "« Nous ne lâcherons rien. » C'est par ces mots que la maire de Brevanne, Odile \
         Lormeau, ouvre la lettre qu'elle a adressée au préfet.\n\n« Le pont tiendra. »\n\nC'est \
         en ces termes que s'est exprimé le ministre ostalien Karel Dvorin devant les élus.\n\n\
         « Rendez-nous la gare. » C'est par ces mots qu'un manifestant a interpellé le préfet.",
    );
    assert_eq!(
        speaker_of(&found, "Nous ne lâcherons rien."),
        Some("Odile Lormeau")
    );
    assert_eq!(speaker_of(&found, "Le pont tiendra."), Some("Karel Dvorin"));
    assert_eq!(speaker_of(&found, "Rendez-nous la gare."), None);
}

#[test]
fn words_read_further_go_on_with_the_text_quoted_just_before() {
    let found = quotes(
        "La maire de Brevanne, Odile Lormeau, a écrit au préfet. Dans cette lettre, l'élue \
         réclame « des moyens » et dénonce un État qui « promet sans tenir ». « Nos écoles \
         tombent en ruine », peut-on lire encore.\n\nLe collectif des parents est en colère. « \
         Rien ne bouge », peut-on lire.",
    );
    assert_eq!(
        speaker_of(&found, "Nos écoles tombent en ruine"),
        Some("Odile Lormeau")
    );
    assert_eq!(speaker_of(&found, "Rien ne bouge"), None);
}

#[test]
fn a_duration_before_plus_tard_ends_the_incise_s_subject() {
    let found = quotes(
        "La présidente du Parti vellacien, Odile Lormeau, a rejeté la motion. Karel Dvorin lui \
         a répondu : « Vous avez tort. » « Personne ne nous dicte notre vote », a rétorqué la \
         présidente du Parti vellacien quelques minutes plus tard. « Je reste », a assuré \
         Karel Dvorin. « Nous verrons », a écrit la présidente du Parti vellacien deux jours \
         après.",
    );
    assert_eq!(
        speaker_of(&found, "Personne ne nous dicte notre vote"),
        Some("Odile Lormeau")
    );
    assert_eq!(speaker_of(&found, "Nous verrons"), Some("Odile Lormeau"));
}

#[test]
fn a_party_s_epithet_is_the_one_whose_office_is_in_that_party() {
    let found = quotes(
        "La secrétaire nationale des Écologistes, Claire Duval, et la présidente du Mouvement \
         modéré, Anne Morel, ont débattu. « Vous courez derrière eux », a lancé Claire Duval. \
         « Je ne cours derrière personne », a rétorqué Anne Morel. « Sauf quand cela vous \
         arrange », a répliqué l'écologiste.\n\n\
         Le premier secrétaire du PS, Henri Vasse, et le président du Mouvement modéré, Paul \
         Morin, ont débattu. « Nous tiendrons », a dit Henri Vasse. « Rien n'est fait », a \
         répondu Paul Morin. « Nous verrons », a conclu le socialiste.",
    );
    assert_eq!(
        speaker_of(&found, "Sauf quand cela vous arrange"),
        Some("Claire Duval")
    );
    assert_eq!(speaker_of(&found, "Nous verrons"), Some("Henri Vasse"));
}

#[test]
fn a_player_named_by_his_position_is_the_one_just_named() {
    let found = quotes(
        "Interrogé lundi à Valmont, Louis Arnal a souri : « Demandez aux arbitres ». « Il me \
         connaît trop bien », a ajouté le demi de mêlée valmontais.",
    );
    assert_eq!(
        speaker_of(&found, "Il me connaît trop bien"),
        Some("Louis Arnal")
    );
}

#[test]
fn a_body_s_members_meeting_speak_as_the_body() {
    let found = quotes(
        "QUIMPER, 3 mars 2026 - Les ministres de la Défense de l'OTAN ont promis mardi de \
         soutenir l'Ostalie « aussi longtemps qu'il le faudra ». « Nous tiendrons », a déclaré \
         le ministre valmorien Paul Morin.\n\n\
         Le communiqué final qualifie la Sorgalie de « menace la plus directe ».",
    );
    assert_eq!(
        speaker_of(&found, "aussi longtemps qu'il le faudra"),
        Some("OTAN")
    );
    assert_eq!(speaker_of(&found, "menace la plus directe"), Some("OTAN"));
}

#[test]
fn a_text_set_off_by_an_apposition_is_the_verb_s_subject() {
    let found = quotes(
        "Le Haut conseil des finances ostalien a rendu public mardi son avis sur le budget. \
         L'avis, adopté à l'unanimité, qualifie la trajectoire de « peu crédible ».",
    );
    assert_eq!(
        speaker_of(&found, "peu crédible"),
        Some("Haut conseil des finances ostalien")
    );
}

#[test]
fn an_office_in_title_case_opening_a_sentence_is_no_newspaper_s_name() {
    let found = quotes(
        "La Présidente de la Commission Anna von der Berg a écrit sur X: “Nous tiendrons.” Le \
         Ministre de l'Économie Paul de la Tour a dit: “Rien ne presse.”",
    );
    assert_eq!(
        speaker_of(&found, "Nous tiendrons."),
        Some("Anna von der Berg")
    );
    assert_eq!(
        speaker_of(&found, "Rien ne presse."),
        Some("Paul de la Tour")
    );
}

#[test]
fn an_unknown_verb_s_incise_may_put_a_day_and_an_article_before_the_paper() {
    let found = quotes(
        "Côté valmorien, on soigne la psychologie. « Ils ont peur de nous », titrait lundi le \
         Valmont Herald. « La fête est finie », s'amusait l'Ostalia Post.",
    );
    assert_eq!(
        speaker_of(&found, "Ils ont peur de nous"),
        Some("Valmont Herald")
    );
    assert_eq!(
        speaker_of(&found, "La fête est finie"),
        Some("Ostalia Post")
    );
}

#[test]
fn a_clause_after_a_quotation_that_goes_on_to_its_own_is_no_incise() {
    let found = quotes(
        "Le ministre Paul Morin promet un soutien « sans faille », Anne Vidal dénonce une \
         « fuite en avant ».",
    );
    assert_eq!(speaker_of(&found, "sans faille"), Some("Paul Morin"));
    assert_eq!(speaker_of(&found, "fuite en avant"), Some("Anne Vidal"));
}

#[test]
fn one_who_assumes_a_choice_before_a_colon_says_it() {
    let found = quotes_knowing(
        "Henri Vasse\tm\tVasse\tpremier secrétaire du Mouvement modéré\n",
        "« Henri Vasse a choisi la stabilité », analyse le quotidien. Dans ses colonnes, le \
         premier secrétaire du Mouvement modéré assume : « Nous ne sommes pas là pour ajouter \
         une crise à la crise ».",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Nous ne sommes pas là pour ajouter une crise à la crise"
        ),
        Some("Henri Vasse")
    );
}

#[test]
fn a_short_relative_clause_on_the_object_leaves_the_span_the_verb_s() {
    let found = quotes(
        "Le maire de Valmont, Paul Morin, a appelé les habitants qui le peuvent à « quitter \
         temporairement la ville » pour soulager le réseau.",
    );
    assert_eq!(
        speaker_of(&found, "quitter temporairement la ville"),
        Some("Paul Morin")
    );
}

#[test]
fn an_entourage_with_no_one_named_to_possess_it_is_the_body_that_acted() {
    let found = quotes(
        "Un autre membre du gouvernement parle d'« apnée ». Au ministère ostalien de \
         l'Intérieur, on affiche la sérénité. « Le ministre n'a jamais pensé que ce serait \
         facile », fait savoir son entourage au Courrier de Valmont.",
    );
    assert_eq!(
        speaker_of(&found, "Le ministre n'a jamais pensé que ce serait facile"),
        Some("ministère ostalien de l'Intérieur")
    );
}

#[test]
fn what_a_subject_has_refused_to_do_is_its_own_words_in_a_compound_tense_too() {
    let found = quotes(
        "Gaspard Lormeau était l'invité de Radio Brevanne mardi. Interrogé sur les sondages qui \
         le donnent battu, l'intéressé a refusé de « commenter des chiffres à un an du scrutin \
         ». Le maire de Vellac, Karel Dvorin, a parlé ensuite. Karel Dvorin s'est engagé à « \
         rouvrir la gare avant l'été prochain ».",
    );
    assert_eq!(
        speaker_of(&found, "commenter des chiffres à un an du scrutin"),
        Some("Gaspard Lormeau")
    );
    assert_eq!(
        speaker_of(&found, "rouvrir la gare avant l'été prochain"),
        Some("Karel Dvorin")
    );
}

#[test]
fn what_a_subject_fears_in_quotation_marks_are_its_words() {
    let found = quotes(
        "La Gazette de Vellac détaille les mesures. Selon le quotidien, la préfecture du Vellac \
         redoute un « été de pénurie ». Le maire de Brevanne, Gaspard Lormeau, craint une « \
         saison blanche ».",
    );
    assert_eq!(
        speaker_of(&found, "été de pénurie"),
        Some("préfecture du Vellac")
    );
    assert_eq!(
        speaker_of(&found, "saison blanche"),
        Some("Gaspard Lormeau")
    );
}

#[test]
fn an_entourage_named_by_its_noun_alone_is_read_without_fault() {
    let found = quotes(
        "Le président Bohdan Koval est resté silencieux. « Rien n'est décidé », a glissé \
         l'entourage.",
    );
    // An entourage that is no known seat's (Koval's office has none) names no one.
    assert_eq!(found.len(), 1);
    assert_eq!(speaker_of(&found, "Rien n'est décidé"), None);
}

#[test]
fn a_parliamentary_group_named_by_its_members_adjective_is_their_party() {
    let found = quotes(
        "Le Premier ministre Paul Tardieu a défendu son texte. Dans un communiqué publié dans \
         la soirée, le groupe insoumis a annoncé une motion de censure. « Ce gouvernement a \
         perdu toute légitimité », peut-on lire dans le texte. Le groupe socialiste a jugé la \
         motion « prématurée ».",
    );
    assert_eq!(
        speaker_of(&found, "Ce gouvernement a perdu toute légitimité"),
        Some("La France insoumise")
    );
    assert_eq!(speaker_of(&found, "prématurée"), Some("Parti socialiste"));
}

#[test]
fn the_ministere_public_is_the_parquet_the_dispatch_names() {
    let found = quotes(
        "Le parquet de Valmont a requis mardi deux ans de prison contre l'ancien maire. « Rien \
         n'excuse ces détournements », a plaidé le ministère public.",
    );
    assert_eq!(
        speaker_of(&found, "Rien n'excuse ces détournements"),
        Some("parquet de Valmont")
    );
    let found = quotes("« Rien n'excuse ces faits », a plaidé le ministère public.");
    assert_eq!(
        speaker_of(&found, "Rien n'excuse ces faits"),
        Some("ministère public")
    );
}

#[test]
fn taking_note_inside_the_marks_is_the_subject_s_words() {
    let found = quotes(
        "La lettre est arrivée mardi. Le ministre Paul Tardieu « prend note » des critiques \
         mais rejette tout « ultimatum », selon l'agence Nordpress.",
    );
    assert_eq!(speaker_of(&found, "prend note"), Some("Paul Tardieu"));
}

#[test]
fn his_rival_of_a_party_is_the_one_person_of_it() {
    let people = "Marc Orsini\tm\tMarc Orsini | Orsini\tdéputé RN\n\
                  Claire Vidal\tf\tClaire Vidal | Vidal\tcandidate LR\n";
    let found = quotes_knowing(
        people,
        "Le maire sortant Paul Tardieu, le député RN Marc Orsini et la candidate LR Claire \
         Vidal ont débattu mardi. « Je ne laisserai personne salir cette ville », a conclu le \
         maire. Son rival du RN a promis de « rendre la ville aux habitants », quand Claire \
         Vidal a appelé à « voter utile ».",
    );
    assert_eq!(
        speaker_of(&found, "rendre la ville aux habitants"),
        Some("Marc Orsini")
    );
}

#[test]
fn the_french_foreign_ministry_has_one_label_in_a_dispatch() {
    // Named by its seat: that label, wherever else the ministry speaks in the dispatch.
    let found = quotes(
        "PARIS, 3 mars 2026 (AFP) - Le Quai d'Orsay a appelé à « la retenue ». Dans un \
         communiqué, la diplomatie française juge la situation « préoccupante ».",
    );
    assert_eq!(speaker_of(&found, "la retenue"), Some("Quai d'Orsay"));
    assert_eq!(speaker_of(&found, "préoccupante"), Some("Quai d'Orsay"));
    // Never named so: the ministry's usual label, as for any other country.
    let found = quotes(
        "PARIS, 3 mars 2026 (AFP) - Dans un communiqué, la diplomatie française juge la \
         situation « préoccupante ».",
    );
    assert_eq!(
        speaker_of(&found, "préoccupante"),
        Some("ministère français des Affaires étrangères")
    );
}

#[test]
fn a_cleft_sentence_after_the_colon_names_who_said_the_quotation() {
    let found = quotes(
        "Le Conseil a adopté lundi un nouveau train de sanctions.\n\n« Une provocation de plus » \
         : c'est ainsi que la diplomatie ostalienne a qualifié la décision.\n\n« Un geste \
         courageux » : c'est en ces termes que Marc Ebner a salué le vote.",
    );
    assert_eq!(
        speaker_of(&found, "Une provocation de plus"),
        Some("ministère ostalien des Affaires étrangères")
    );
    assert_eq!(speaker_of(&found, "Un geste courageux"), Some("Marc Ebner"));
}

#[test]
fn a_demonym_the_gazetteer_gives_as_an_epithet_is_that_person() {
    let found = quotes_knowing(
        "Teo Brandt\tm\tTeo Brandt | Brandt\tentraîneur du FC Valmont | l'Ostalien\nPaul \
         Rigaud\tm\tPaul Rigaud | Rigaud\tentraîneur de l'AS Morlane\n",
        "« L'arbitre a tout gâché », a estimé Teo Brandt. « Chacun balaie devant sa porte », a \
         rétorqué Paul Rigaud. « Une polémique inutile », a balayé l'Ostalien.",
    );
    assert_eq!(
        speaker_of(&found, "Une polémique inutile"),
        Some("Teo Brandt")
    );
}

#[test]
fn en_retour_after_an_inverted_subject_is_no_part_of_it() {
    let found = quotes(
        "La préfecture a défendu l'arrêté. « Vous mentez », a lancé la mairie de Valmont. « C'est \
         vous qui mentez », a répliqué la préfecture de Morlane en retour. « Nous verrons », a \
         répondu la mairie de Valmont en conclusion.",
    );
    assert_eq!(
        speaker_of(&found, "C'est vous qui mentez"),
        Some("préfecture de Morlane")
    );
    assert_eq!(
        speaker_of(&found, "Nous verrons"),
        Some("mairie de Valmont")
    );
}

#[test]
fn a_text_s_kind_after_de_leaves_its_author_to_the_agent() {
    let found = quotes(
        "Les crues ont touché trois communes. « L'eau du réseau reste potable », indique une note \
         d'information publiée par la préfecture de Morlane.",
    );
    assert_eq!(
        speaker_of(&found, "L'eau du réseau reste potable"),
        Some("préfecture de Morlane")
    );
}

#[test]
fn an_information_sheet_is_a_document_its_publisher_speaks_through() {
    let found = quotes(
        "Les digues de Valmont ont cédé dans la nuit. « L'évacuation reste recommandée », indique \
         une fiche d'information publiée par la préfecture de Morlane.",
    );
    assert_eq!(
        speaker_of(&found, "L'évacuation reste recommandée"),
        Some("préfecture de Morlane")
    );
}

#[test]
fn a_publishing_body_s_own_complement_is_part_of_the_agent() {
    let found = quotes(
        "Le sommet s'ouvre lundi à Valmont. « Les quotas protègent l'emploi », indique une note \
         publiée par le ministère ostalien de l'Industrie.",
    );
    assert_eq!(
        speaker_of(&found, "Les quotas protègent l'emploi"),
        Some("ministère ostalien de l'Industrie")
    );
}

#[test]
fn a_text_said_to_be_unsigned_speaks_for_no_one() {
    let found = quotes(
        "Le centre hospitalier de Valmont a déclenché son plan blanc. Sur les écrans, un message \
         est apparu lundi à l'aube. « Vous avez trois jours », indique le texte, rédigé en \
         anglais et sans aucune signature.",
    );
    assert_eq!(speaker_of(&found, "Vous avez trois jours"), None);
}

#[test]
fn a_newspaper_after_a_without_words_of_speech_is_where_the_words_are_written() {
    let found = quotes(
        "Les éditorialistes commentent le vote de Valmont.\n\nPour Le Figaro, le scrutin est « un \
         désaveu ».\n\nTon radicalement différent à Libération. « Les électeurs ont sauvé les \
         meubles », estime le journal.",
    );
    assert_eq!(
        speaker_of(&found, "Les électeurs ont sauvé les meubles"),
        Some("Libération")
    );
}

#[test]
fn whose_answer_a_sentence_s_subject_is_acts_for_the_pronoun_after_it() {
    let found = quotes(
        "« Nous bloquerons tout », a lancé le secrétaire général de la CGT, Marc Ebner.\n\nLa \
         CFDT hésite. Le patronat aussi. Le préfet a réuni les élus. Le maire a parlé. Le juge \
         a tranché.\n\nLa réaction de Marc Ebner ne s'est pas fait attendre. « La porte est \
         ouverte, mais la pièce est vide », a-t-il écrit.",
    );
    assert_eq!(
        speaker_of(&found, "La porte est ouverte, mais la pièce est vide"),
        Some("Marc Ebner")
    );
}

#[test]
fn a_quoted_predicate_after_an_apposition_is_the_subject_s() {
    let found = quotes(
        "Le Conseil d'État a tranché jeudi. Le ministère de la Culture, cité par Le Courrier du \
         Léon, « prend acte » de la décision. Marc Ebner, interrogé par la radio locale, « prend \
         acte » lui aussi.",
    );
    assert_eq!(
        found.first().and_then(|(_, s)| s.as_deref()),
        Some("ministère de la Culture")
    );
    assert_eq!(
        found.get(1).and_then(|(_, s)| s.as_deref()),
        Some("Marc Ebner")
    );
}

#[test]
fn laisser_entendre_reports_speech() {
    let found = quotes(
        "Le ministre Marc Ebner, qui recevait les syndicats, avait laissé entendre la veille \
         qu'il était prêt à « revoir sa copie » présentée à l'automne.",
    );
    assert_eq!(speaker_of(&found, "revoir sa copie"), Some("Marc Ebner"));
}

#[test]
fn a_paper_s_columns_and_a_side_adverbial_between_the_verb_and_its_object() {
    let found = quotes(
        "La cour a rendu sa décision jeudi. Le syndicat Métal-Avenir parle quant à lui dans les \
         colonnes du quotidien régional d'un simple « sursis ».",
    );
    assert_eq!(speaker_of(&found, "sursis"), Some("Métal-Avenir"));
}

#[test]
fn prendre_note_in_quotation_marks_is_the_subject_s_words() {
    let found = quotes(
        "Les Vingt-Sept ont présenté leur plan de gestion des crues mardi. Hydrovigie « prend \
         note » des propositions.",
    );
    assert_eq!(speaker_of(&found, "prend note"), Some("Hydrovigie"));
}

#[test]
fn a_union_named_only_in_someone_s_role_is_taken_up_by_le_syndicat() {
    let found = quotes(
        "« Le 12 mars, on bloque le pays », a lancé la secrétaire générale de la CGT, Lina \
         Morvan.\n\nLa confédération avait fixé le cadre dès lundi soir. « Tous les secteurs sont \
         appelés à la grève », précise le communiqué confédéral.\n\n« Nous irons jusqu'au \
         bout », insiste le syndicat.",
    );
    assert_eq!(
        speaker_of(&found, "Tous les secteurs sont appelés à la grève"),
        Some("CGT")
    );
    assert_eq!(speaker_of(&found, "Nous irons jusqu'au bout"), Some("CGT"));
}

#[test]
fn a_union_named_by_its_leader_is_the_union_she_is_known_to_head() {
    let found = quotes(
        "La secrétaire générale de la CFDT, Anne Vidal, a reçu les délégués lundi.\n\nLe \
         gouvernement a répondu dans la soirée. « Nous privilégions la négociation », a indiqué \
         à l'AFP la centrale d'Anne Vidal.",
    );
    assert_eq!(
        speaker_of(&found, "Nous privilégions la négociation"),
        Some("CFDT")
    );
}

#[test]
fn who_saw_or_carried_a_text_is_not_its_author() {
    let found = quotes(
        "Les combats ont repris à Valmont. « La situation est sous contrôle », indique un \
         communiqué de presse diffusé par l'agence officielle Kana. Selon un document de \
         travail consulté par l'ATP, le plan prévoit un « gel des positions ».",
    );
    assert_eq!(speaker_of(&found, "La situation est sous contrôle"), None);
    assert_eq!(speaker_of(&found, "gel des positions"), None);
}

#[test]
fn a_newspaper_s_title_keeps_the_adjective_it_ends_with() {
    let found = quotes(
        "« La pêche n'aura pas de gagnant », prévient L'Éclaireur libre dans son éditorial. Le \
         quotidien juge la mesure « utile mais lente ».",
    );
    assert_eq!(
        speaker_of(&found, "La pêche n'aura pas de gagnant"),
        Some("L'Éclaireur libre")
    );
    assert_eq!(
        speaker_of(&found, "utile mais lente"),
        Some("L'Éclaireur libre")
    );
}

#[test]
fn a_participle_after_a_judged_object_is_its_adjective() {
    let found = quotes(
        "La députée Lucie Parmentel juge la réplique annoncée « insuffisante » et redoute que « les \
         marins paient encore ».",
    );
    assert_eq!(speaker_of(&found, "insuffisante"), Some("Lucie Parmentel"));
    assert_eq!(
        speaker_of(&found, "les marins paient encore"),
        Some("Lucie Parmentel")
    );
}

#[test]
fn a_title_named_in_passing_is_what_le_journal_takes_up() {
    let found = quotes(
        "Plus vive, Lucie Parmentel, dans La Gazette des Monts, salue « un réveil ». Un avis que ne \
         partage pas Le Courrier du Val. « Ceux qui parlent ne paieront pas », lui répond le \
         journal.",
    );
    assert_eq!(
        speaker_of(&found, "Ceux qui parlent ne paieront pas"),
        Some("Le Courrier du Val")
    );
}

#[test]
fn a_report_of_an_inquiry_is_not_the_last_speaker_s() {
    let found = quotes(
        "« Une analyse fragile », a aussitôt objecté Me Paul Verdier.\n\nLe rapport d'expertise, \
         versé au dossier, indique que « les pièces livrées sont compatibles avec un usage \
         militaire ».",
    );
    assert_eq!(
        speaker_of(&found, "Une analyse fragile"),
        Some("Paul Verdier")
    );
    assert_eq!(
        speaker_of(
            &found,
            "les pièces livrées sont compatibles avec un usage militaire"
        ),
        None
    );
}

#[test]
fn a_capitalised_ministry_taken_up_by_le_ministere_keeps_its_usual_label() {
    let found = quotes(
        "Le Ministère des Affaires Étrangères ostalien a convoqué l'ambassadeur de Valmorie. « Nous \
         sommes préoccupés », a déclaré le ministère dans un communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "Nous sommes préoccupés"),
        Some("ministère ostalien des Affaires étrangères")
    );
}

#[test]
fn who_interrupts_with_a_quotation_says_it() {
    let found = quotes(
        "La maire, Janine Vasseur, a voulu rassurer : « Personne ne sera oublié. » « Avec quels \
         moyens ? », l'a interrompue le président du Syndicat des pêcheurs, Gilles Marnier, sous \
         les applaudissements.",
    );
    assert_eq!(
        speaker_of(&found, "Avec quels moyens ?"),
        Some("Gilles Marnier")
    );
}

#[test]
fn a_bare_presidency_is_the_one_that_acted_last() {
    let found = quotes(
        "9h12 - L'Élysée convoque un conseil restreint jeudi. « Aucune piste n'est écartée », \
         indique la présidence dans un communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "Aucune piste n'est écartée"),
        Some("Élysée")
    );
}

#[test]
fn a_movement_s_name_keeps_its_participle() {
    let found = quotes(
        "La Droite unie a répliqué dans un message publié sur ses réseaux : « Nous continuerons. » \
         Le parti a également dénoncé une « alliance de façade ».",
    );
    assert_eq!(
        speaker_of(&found, "Nous continuerons."),
        Some("Droite unie")
    );
    assert_eq!(
        speaker_of(&found, "alliance de façade"),
        Some("Droite unie")
    );
}

#[test]
fn il_in_a_relative_after_a_body_subject_is_the_body() {
    let found = quotes(
        "L'état-major ostalien a annoncé des exercices navals près des côtes, ce qu'il a qualifié \
         de « routine ».",
    );
    assert_eq!(speaker_of(&found, "routine"), Some("état-major ostalien"));
}

#[test]
fn a_state_body_capitalised_by_translated_copy_keeps_its_usual_label() {
    let found = quotes(
        "L'État-Major Ostalien a annoncé des exercices navals, ce qu'il a qualifié de « routine ».",
    );
    assert_eq!(speaker_of(&found, "routine"), Some("état-major ostalien"));
}

#[test]
fn the_words_on_a_banner_after_a_colon_are_nobody_s() {
    let found = quotes(
        "Le comité de quartier de Brévanne a installé une pancarte : « Des ponts, pas des \
         discours ». Devant la mairie, une banderole a été tendue dès midi : « Tavel restera ». \
         Sur une autre banderole : « Le marais est à nous ».",
    );
    assert_eq!(speaker_of(&found, "Des ponts, pas des discours"), None);
    assert_eq!(speaker_of(&found, "Tavel restera"), None);
    assert_eq!(speaker_of(&found, "Le marais est à nous"), None);
}

#[test]
fn a_one_word_reply_before_an_inverted_incise_is_not_its_subject() {
    let found = quotes(
        "Le ministre Paul Verdier a parlé de « trahison ». Faux, a rétorqué la présidence \
         tavelienne dans un communiqué publié à Brévanne : « Nous tiendrons parole. » Inexact, répond Jeanne Morel, « rien n'a été \
         signé ».",
    );
    assert_eq!(
        speaker_of(&found, "Nous tiendrons parole."),
        Some("présidence tavelienne")
    );
    assert_eq!(
        speaker_of(&found, "rien n'a été signé"),
        Some("Jeanne Morel")
    );
}

#[test]
fn a_name_apposed_to_a_newspaper_noun_is_the_paper_le_journal_takes_up() {
    let found = quotes(
        "À Tavel, le Brevno Glasnik, quotidien proche du gouvernement, dénonce une « trahison ». \
         Le journal, qui consacre quatre pages à l'affaire, réclame « des excuses publiques ». \
         « Rien ne sera oublié », ajoute le quotidien.",
    );
    assert_eq!(speaker_of(&found, "trahison"), Some("Brevno Glasnik"));
    assert_eq!(
        speaker_of(&found, "des excuses publiques"),
        Some("Brevno Glasnik")
    );
    assert_eq!(
        speaker_of(&found, "Rien ne sera oublié"),
        Some("Brevno Glasnik")
    );
}

#[test]
fn le_syndicat_takes_up_a_union_spelt_out_in_a_delegate_s_role() {
    let found = quotes(
        "Le groupe Fermat a annoncé la fermeture du site. « On n'a rien vu venir », s'insurge le \
         délégué de l'Union syndicale des verriers (USV), Marc Tanguy. Le syndicat, majoritaire \
         sur le site, dénonce un « gâchis ».",
    );
    assert_eq!(speaker_of(&found, "gâchis"), Some("USV"));
}

#[test]
fn an_organisation_s_secretariat_speaks_for_it() {
    let found = quotes(
        "Les combats ont repris près de Tavel. Le secrétariat général de l'UPA se dit « très \
         inquiet » et appelle à « une trêve immédiate ». Le secrétariat général du gouvernement \
         se dit « attentif ».",
    );
    assert_eq!(speaker_of(&found, "très inquiet"), Some("UPA"));
    assert_eq!(speaker_of(&found, "une trêve immédiate"), Some("UPA"));
    assert_eq!(
        speaker_of(&found, "attentif"),
        Some("secrétariat général du gouvernement")
    );
}

#[test]
fn a_foreign_article_opens_a_newspaper_s_title() {
    let found = quotes(
        "De l'autre côté de la frontière, El Correo de Tavel fustige une « provocation \
         grossière ».\n\nLa Gaceta Tavelana publie un entretien avec le ministre tavelien de la \
         Défense, Tomás Irigo. « Nos troupes ne bougeront pas », y affirme-t-il.",
    );
    assert_eq!(
        speaker_of(&found, "provocation grossière"),
        Some("El Correo de Tavel")
    );
    assert_eq!(
        speaker_of(&found, "Nos troupes ne bougeront pas"),
        Some("Tomás Irigo")
    );
}

#[test]
fn a_ranked_newspaper_noun_takes_up_the_title() {
    let found = quotes(
        "À Tavel, Le Courrier du Val fustige une « provocation grossière ». « Brévanne joue \
         avec le feu », écrit le premier quotidien tavelien.",
    );
    assert_eq!(
        speaker_of(&found, "Brévanne joue avec le feu"),
        Some("Le Courrier du Val")
    );
}

#[test]
fn a_title_keeps_its_continental_adjective() {
    let found = quotes(
        "En France, L'Éclaireur européen s'inquiète d'une crise méconnue. « Personne ne sait \
         placer Tavel sur une carte », estime l'hebdomadaire.",
    );
    assert_eq!(
        speaker_of(&found, "Personne ne sait placer Tavel sur une carte"),
        Some("L'Éclaireur européen")
    );
}

#[test]
fn a_dative_pronoun_before_an_incise_is_not_the_next_quotation_s_speaker() {
    let found = quotes(
        "« On nous promet des travaux », lance son porte-parole, Paul Verdier.\n\n« Ce n'est \
         pas vrai », lui répond l'adjoint au maire, Marc Tanguy, venu constater les dégâts. « Les \
         travaux commencent en mai. »",
    );
    assert_eq!(
        speaker_of(&found, "Les travaux commencent en mai."),
        Some("Marc Tanguy")
    );
}

#[test]
fn dit_before_de_and_a_name_names_a_thing() {
    let found = quotes(
        "La vallée est régie par un accord dit « de Brévanne » qui prévoit une zone tampon. Le \
         maire dit « regretter » la décision.",
    );
    assert!(found.iter().all(|(t, _)| t != "de Brévanne"), "{found:?}");
    assert!(found.iter().any(|(t, _)| t == "regretter"), "{found:?}");
}

#[test]
fn fait_etat_with_where_it_said_so_before_de_reports_speech() {
    let found = quotes(
        "Les combats ont repris près de Tavel. L'association Vigie Marais fait état dans un \
         rapport de « plusieurs centaines de déplacés », dont de nombreux enfants.",
    );
    assert_eq!(
        speaker_of(&found, "plusieurs centaines de déplacés"),
        Some("Vigie Marais")
    );
}

#[test]
fn a_relative_aside_on_the_subject_does_not_hide_selon() {
    let found = quotes(
        "« Nous avançons », confie Jeanne Morel. Selon elle, le médiateur Paul Verdier, qui \
         conduit les débats, fait preuve d'une « patience admirable ».",
    );
    assert_eq!(
        speaker_of(&found, "patience admirable"),
        Some("Jeanne Morel")
    );
}

#[test]
fn one_cited_with_a_place_and_a_relative_before_the_colon_is_unnamed() {
    let found = quotes(
        "Le journal en ligne Rivage Ouest, lui, cite un pompier sur le barrage, qui n'a pas \
         voulu être nommé : « L'eau monte encore, nous ne tiendrons pas la nuit ».",
    );
    assert_eq!(
        speaker_of(&found, "L'eau monte encore, nous ne tiendrons pas la nuit"),
        None
    );
}

#[test]
fn an_invented_nationality_in_title_case_before_a_surname_is_part_of_the_title() {
    let found = quotes(
        "La Ministre Varnienne Brenk a dit que les accords étaient “caducs”. Le Premier \
         Ministre Dalmorien Vesk a tweeté: “Nous ne reculerons pas”.",
    );
    assert_eq!(speaker_of(&found, "caducs"), Some("Brenk"));
    assert_eq!(speaker_of(&found, "Nous ne reculerons pas"), Some("Vesk"));
}

#[test]
fn a_subject_pronoun_after_the_verb_without_its_hyphen_is_the_incise_s() {
    let found = quotes(
        "Le maire, Paul Vanier, a refusé la fusion. La préfète, Anne Rossel, a défendu le \
         projet. \"Le dossier est bloqué\", a dit il Lundi. \"Il se trompe\", a répondu elle \
         plus tard sur Facebook.",
    );
    assert_eq!(
        speaker_of(&found, "Le dossier est bloqué"),
        Some("Paul Vanier")
    );
    assert_eq!(speaker_of(&found, "Il se trompe"), Some("Anne Rossel"));
}

#[test]
fn a_portfolio_in_title_case_after_a_title_is_no_name() {
    let found = quotes(
        "Le Ministre Varnien Des Affaires Étrangères Aleksi Brenk a dit que les accords étaient \
         “caducs”. La Ministre De La Défense Mette Olsen a dit que l'armée restait “en alerte”.",
    );
    assert_eq!(speaker_of(&found, "caducs"), Some("Aleksi Brenk"));
    assert_eq!(speaker_of(&found, "en alerte"), Some("Mette Olsen"));
}

#[test]
fn a_bare_compagnie_is_the_company_named_before() {
    let found = quotes(
        "Principal armateur du détroit, la compagnie varnienne Marlines a suspendu ses \
         traversées. « Nous assurons quatre rotations par jour, toutes annulées », a indiqué la \
         compagnie, basée à Bravik.\n\nLe soir, Marlines sort du silence. « Nos pensées vont aux \
         familles des marins », écrit la compagnie dans un communiqué.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Nous assurons quatre rotations par jour, toutes annulées"
        ),
        Some("Marlines")
    );
    assert_eq!(
        speaker_of(&found, "Nos pensées vont aux familles des marins"),
        Some("Marlines")
    );
}

#[test]
fn minutes_or_days_later_before_the_inverted_subject_are_stepped_over() {
    let found = quotes(
        "« Nous ne céderons rien », a déclaré la ministre varnienne Ilse Voren.\n\n« Personne ne \
         vous demande de céder, reconnaissez seulement les faits », a rétorqué quelques minutes \
         plus tard le chef de la diplomatie dalmorienne, Piotr Vesk, arrivé en voiture depuis \
         Genève. « Nous verrons bien », a répondu quelques jours plus tard la préfecture de \
         Morlane.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Personne ne vous demande de céder, reconnaissez seulement les faits"
        ),
        Some("Piotr Vesk")
    );
    assert_eq!(
        speaker_of(&found, "Nous verrons bien"),
        Some("préfecture de Morlane")
    );
}

#[test]
fn a_place_after_a_nationality_epithet_is_where_it_was_said() {
    let found = quotes_knowing(
        "Oskar Vesk\tm\tOskar Vesk | Vesk\tchef de la diplomatie dalmorienne | le Dalmorien\nIlse \
         Voren\tf\tIlse Voren | Voren\tministre varnienne des Affaires étrangères\n",
        "Les chefs de la diplomatie des deux voisins, Vesk et Voren, doivent se rencontrer \
         vendredi à Lausanne. « Nous y allons sans illusions », a prévenu le Dalmorien à Bravik.",
    );
    assert_eq!(
        speaker_of(&found, "Nous y allons sans illusions"),
        Some("Oskar Vesk")
    );
}

#[test]
fn qui_after_an_apposed_role_of_an_organisation_is_the_person() {
    let found = quotes(
        "« Ce drame était annoncé », estime Paule Vernier, présidente de l'ONG Mer Ouverte, qui \
         dénonce depuis des mois « une politique de fermeture aveugle ».",
    );
    assert_eq!(
        speaker_of(&found, "une politique de fermeture aveugle"),
        Some("Paule Vernier")
    );
}

#[test]
fn an_unknown_verb_after_a_quotation_then_a_role_is_an_incise() {
    let found = quotes(
        "La ministre varnienne de la Santé, Ilse Voren, nous reçoit dans son bureau. « Je \
         comprends la peine des familles, je la partage », commence la ministre, avant de fermer \
         la porte à toute réouverture.",
    );
    assert_eq!(
        speaker_of(&found, "Je comprends la peine des familles, je la partage"),
        Some("Ilse Voren")
    );
}

#[test]
fn selon_a_thing_then_the_body_apposed_to_it_is_that_body() {
    let found = quotes(
        "La filiale fermera son usine de Marnay. Selon sa maison mère, la holding Vardex \
         Industrie, « aucun repreneur ne s'est manifesté depuis un an ».",
    );
    assert_eq!(
        speaker_of(&found, "aucun repreneur ne s'est manifesté depuis un an"),
        Some("Vardex Industrie")
    );
}

#[test]
fn an_unknown_verb_after_a_quotation_then_a_document_is_an_incise() {
    let found = quotes(
        "La mesure entre en vigueur lundi. Les chalutiers « ne pourront pêcher qu'avec une licence \
         délivrée par la préfecture », stipule l'arrêté du gouvernement varnien.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "ne pourront pêcher qu'avec une licence délivrée par la préfecture"
        ),
        Some("gouvernement varnien")
    );
}

#[test]
fn a_gerund_after_the_inverted_subject_is_no_complement_of_its_role() {
    let found = quotes_knowing(
        "Anton Rieder\tm\tAnton Rieder | Rieder\tmédiateur | médiateur norvégien\nPiotr \
         Vesk\tm\tPiotr Vesk | Vesk\tprésident dalmorien\n",
        "Ce qu'il faut retenir\n- Le président dalmorien Piotr Vesk est attendu jeudi.\n\n23h05 - \
         Fin de la soirée. « Personne ne dort, tout le monde négocie », résume le médiateur en \
         quittant le palais.\n\n15h10 - « Nous tenons un projet », lance le médiateur norvégien \
         Anton Rieder, chargé par l'ONU des discussions.",
    );
    assert_eq!(
        speaker_of(&found, "Personne ne dort, tout le monde négocie"),
        Some("Anton Rieder")
    );
}

#[test]
fn comment_opens_the_clause_whose_subject_speaks() {
    let found = quotes(
        "La presse s'intéresse aux coulisses. La Gazette de Bravik raconte comment la ministre \
         Anne Rossel, à bout de forces, a lancé aux deux délégations vers minuit : « Personne ne \
         quitte cette salle sans signature ».",
    );
    assert_eq!(
        speaker_of(&found, "Personne ne quitte cette salle sans signature"),
        Some("Anne Rossel")
    );
}

#[test]
fn a_capitalised_document_noun_is_a_title_not_someone_s_letter() {
    let found = quotes(
        "Le Courrier de Marnay raconte comment le maire Paul Dorin a lancé aux élus : « Personne \
         ne votera ce budget en l'état ».",
    );
    assert_eq!(
        speaker_of(&found, "Personne ne votera ce budget en l'état"),
        Some("Paul Dorin")
    );
}

#[test]
fn a_dateline_s_city_speaks_for_the_country_in_brackets() {
    let found = quotes(
        "TARVEK (Dravie), 4 mars 2026 (AFP) - Les négociations sur le port dravien ont repris. \
         Tarvek a toutefois exigé « la levée immédiate des sanctions » avant tout accord.",
    );
    assert_eq!(
        speaker_of(&found, "la levée immédiate des sanctions"),
        Some("gouvernement dravien")
    );
}

#[test]
fn a_two_word_name_closing_the_incise_after_a_medium_is_the_speaker() {
    let found = quotes(
        "Le quotidien Les Cours s'intéresse aux pertes de l'armateur. « Nous perdons des millions \
         chaque semaine », confie au journal Henrik Valstad, patron de la compagnie.",
    );
    assert_eq!(
        speaker_of(&found, "Nous perdons des millions chaque semaine"),
        Some("Henrik Valstad")
    );
}

#[test]
fn a_harbour_master_s_office_is_a_body() {
    let found = quotes(
        "Le cargo a chaviré devant la jetée. La capitainerie du port de Marnay affirme avoir \
         « interdit l'entrée conformément au règlement », puis proposé un mouillage.",
    );
    assert_eq!(
        speaker_of(&found, "interdit l'entrée conformément au règlement"),
        Some("capitainerie du port de Marnay")
    );
}

#[test]
fn an_association_described_by_adjectives_is_the_one_that_just_acted() {
    let found = quotes(
        "Rives Claires mobilise. L'association écologiste appelle ses adhérents à venir « en \
         nombre et dans le calme » devant la préfecture.",
    );
    assert_eq!(
        speaker_of(&found, "en nombre et dans le calme"),
        Some("Rives Claires")
    );
}

#[test]
fn an_adverbial_phrase_after_the_incise_s_auxiliary_is_passed_over() {
    let found = quotes(
        "Le ministre ostalien de l'Intérieur, Pavel Dorn, s'est rendu à Tavel. « Les suspects \
         sont identifiés », avait en effet déclaré le ministre devant la presse. « Nous \
         resterons vigilants », a en outre ajouté Pavel Dorn.",
    );
    assert_eq!(
        speaker_of(&found, "Les suspects sont identifiés"),
        Some("Pavel Dorn")
    );
    assert_eq!(
        speaker_of(&found, "Nous resterons vigilants"),
        Some("Pavel Dorn")
    );
}

#[test]
fn the_billionaire_is_an_epithet_for_the_man_named_before() {
    let found = quotes(
        "L'homme d'affaires Oscar Brill a défendu son équipe. « Tout fonctionne à merveille », a \
         écrit le milliardaire mardi sur son réseau social.",
    );
    assert_eq!(
        speaker_of(&found, "Tout fonctionne à merveille"),
        Some("Oscar Brill")
    );
}

#[test]
fn tout_de_meme_between_auxiliary_and_participle_keeps_the_subject() {
    let found = quotes(
        "L'entraîneur Paul Verdier a commenté la défaite dimanche. Verdier a tout de même \
         reconnu que « les supporters ne seront pas contents ». « Nous réagirons », a-t-il \
         quand même promis.",
    );
    assert_eq!(
        speaker_of(&found, "les supporters ne seront pas contents"),
        Some("Paul Verdier")
    );
}

#[test]
fn topics_under_a_line_that_names_the_speaker_are_his_answers() {
    let found = quotes(
        "Paul Verdier en conférence de presse avant le match contre Tavel :\n\nLe calendrier : \
         « Il est chargé, mais nous sommes prêts. »\n\nLa défense : « Cela dépendra de la forme \
         de chacun. »",
    );
    assert_eq!(
        speaker_of(&found, "Il est chargé, mais nous sommes prêts."),
        Some("Paul Verdier")
    );
    assert_eq!(
        speaker_of(&found, "Cela dépendra de la forme de chacun."),
        Some("Paul Verdier")
    );
}

#[test]
fn an_object_pronoun_between_de_and_the_span_keeps_the_judging_verb_s_hold() {
    let found = quotes(
        "Le ministre ostalien Ivo Marek a accusé mardi ses homologues du G5, réunis à Tavel, de \
         le « dénigrer » et de le « menacer » après leur communiqué.",
    );
    assert_eq!(speaker_of(&found, "dénigrer"), Some("Ivo Marek"));
    assert_eq!(speaker_of(&found, "menacer"), Some("Ivo Marek"));
}

#[test]
fn a_participle_set_off_by_commas_on_the_object_is_an_aside() {
    let found = quotes(
        "Le ministre ostalien Ivo Marek a accusé mardi les diplomates des pays du G5, réunis à \
         Tavel depuis lundi, de le « dénigrer » dans leur déclaration finale.",
    );
    assert_eq!(speaker_of(&found, "dénigrer"), Some("Ivo Marek"));
}

#[test]
fn pour_after_a_conjunction_that_opens_the_clause_gives_an_opinion() {
    let found = quotes(
        "Le syndicat Sud Marine a rencontré le préfet mardi. Mais pour Sud Marine désormais, « la \
         grève continue jusqu'au retrait du plan ».",
    );
    assert_eq!(
        speaker_of(&found, "la grève continue jusqu'au retrait du plan"),
        Some("Sud Marine")
    );
}

#[test]
fn voila_ce_qu_a_dit_x_after_a_quotation_standing_alone_names_its_speaker() {
    let found = quotes(
        "La présidente Ana Reyes a emménagé au palais en mai. Les rideaux ont été changés. « C'est \
         une ruine. » Voilà ce qu'elle aurait pourtant confié à ses amis. « Tout est à refaire. » \
         C'est ce qu'a fait valoir Ana Reyes devant les députés.",
    );
    assert_eq!(speaker_of(&found, "C'est une ruine."), Some("Ana Reyes"));
    assert_eq!(speaker_of(&found, "Tout est à refaire."), Some("Ana Reyes"));
}

#[test]
fn d_abord_between_the_incise_s_auxiliary_and_participle_is_passed_over() {
    let found = quotes(
        "Un incendie a brûlé mardi près de Lormes, a indiqué le préfet de la Nièvre.\n\n« Le feu \
         est fixé », a d'abord indiqué à l'AFP la préfecture.",
    );
    assert_eq!(
        speaker_of(&found, "Le feu est fixé"),
        Some("préfecture de la Nièvre")
    );
}

#[test]
fn a_departement_s_sous_prefet_names_the_prefecture_that_speaks_next() {
    let found = quotes(
        "Un incendie a brûlé mardi près de Lormes, a indiqué le sous-préfet de la Nièvre.\n\n« Le \
         feu est fixé », a indiqué à l'AFP la préfecture.",
    );
    assert_eq!(
        speaker_of(&found, "Le feu est fixé"),
        Some("préfecture de la Nièvre")
    );
}

#[test]
fn the_incise_closing_a_sentence_gives_its_earlier_quotations_too() {
    let found = quotes(
        "Un incendie a brûlé mardi près de Lormes, a indiqué le préfet de la Nièvre.\n\nLe feu \
         s'est déclaré vers 15h30 et, \"poussé par le vent\", a brûlé \"près de 40 hectares\" \
         avant de menacer un \"quartier résidentiel\", a indiqué à l'AFP la préfecture.",
    );
    for q in [
        "poussé par le vent",
        "près de 40 hectares",
        "quartier résidentiel",
    ] {
        assert_eq!(speaker_of(&found, q), Some("préfecture de la Nièvre"));
    }
}

#[test]
fn a_paragraph_opening_with_a_quotation_then_a_named_speaker_gives_it_to_them() {
    let found = quotes(
        "Lors d'un dîner mercredi, le palais a accueilli cent invités.\n« Il faut du temps pour \
         s'y habituer. » Karl Umbert a raconté mercredi soir sa première nuit au palais, devant \
         les donateurs.",
    );
    assert_eq!(
        speaker_of(&found, "Il faut du temps pour s'y habituer."),
        Some("Karl Umbert")
    );
    // Not the subject whose relative clause speaks, when an incise names another.
    let found = quotes(
        "La grève est maintenue.\n« Ça n'aidera pas. » Le ministre Paul Orsat, qui a jugé la \
         grève illégitime, attise la colère, estime le syndicaliste Marc Tanguy.",
    );
    assert_ne!(speaker_of(&found, "Ça n'aidera pas."), Some("Paul Orsat"));
}

#[test]
fn selon_laquelle_after_a_person_s_statement_gives_the_words_to_that_person() {
    let found = quotes(
        "Ivo Marek a évoqué la déclaration du président ostalien Karl Umbert selon laquelle « les \
         frappes devraient cesser ». Il a aussi commenté les propos de Petra Sova selon lesquels \
         « rien n'est joué ».",
    );
    assert_eq!(
        speaker_of(&found, "les frappes devraient cesser"),
        Some("Karl Umbert")
    );
    assert_eq!(speaker_of(&found, "rien n'est joué"), Some("Petra Sova"));
}

#[test]
fn an_acronym_alone_before_a_colon_is_the_body_that_speaks() {
    let found = quotes(
        "FNTP : « Il faut savoir arrêter une grève »\n\nLa FNTP a réagi mardi aux propos du \
         ministre.",
    );
    assert_eq!(
        speaker_of(&found, "Il faut savoir arrêter une grève"),
        Some("FNTP")
    );
}

#[test]
fn an_intertitle_s_exclamation_mark_does_not_hide_its_echo() {
    let found = quotes(
        "La réunion des maires a eu lieu lundi.\n\"Ils ne vont pas se barricader !\"\nPaul \
         Verdier, maire de Tavel, a pointé les difficultés. \"Les maires ne pensent pas être \
         confrontés à cela, ils ne vont pas se barricader à chaque fois qu'ils interviennent.\"",
    );
    assert_eq!(
        speaker_of(&found, "Ils ne vont pas se barricader !"),
        Some("Paul Verdier")
    );
}

#[test]
fn an_intertitle_alone_on_its_line_quoting_part_of_a_quotation_is_one() {
    let found = quotes(
        "Le président a raconté sa première nuit au palais.\n«Un lieu magique»\nKarl Umbert a \
         avoué son émotion. «C'est un lieu magique, que dire ? Il faut en prendre soin», a-t-il \
         confié.",
    );
    assert_eq!(speaker_of(&found, "Un lieu magique"), Some("Karl Umbert"));
}

#[test]
fn an_opening_curly_mark_that_ends_a_word_closes_the_quotation() {
    let found = quotes(
        "La Vornie a condamné les propos “absurdes“ d’un diplomate ostalien.\nLe porte-parole \
         Ivo Marek a ajouté que “la Vornie a convoqué l’ambassadeur“.",
    );
    assert!(found.iter().any(|(t, _)| t == "absurdes"), "{found:?}");
    assert_eq!(
        speaker_of(&found, "la Vornie a convoqué l’ambassadeur"),
        Some("Ivo Marek")
    );
}

#[test]
fn a_bare_quotation_goes_on_with_the_unnamed_voice_before_it() {
    let found = quotes_knowing(
        "Marc Dumontel\tm\tDumontel\tsecrétaire général du SNTF\n",
        "Accusé par le Premier ministre de « chantage », le secrétaire général du SNTF réplique : « Il \
         y a un gouvernement qui refuse tout débat et nous avions prévenu », lance-t-il ce \
         matin sur une radio. « Personne ne pourra dire que nous n'avions pas alerté. »",
    );
    let first = speaker_of(
        &found,
        "Il y a un gouvernement qui refuse tout débat et nous avions prévenu",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Personne ne pourra dire que nous n'avions pas alerté."
        ),
        first,
        "{found:?}"
    );
}

#[test]
fn an_inversion_missing_its_first_hyphen_is_an_incise() {
    let found = quotes(
        "Le préfet Luc Armand a reçu mardi la maire de Valbrune, Claire Morin. « Vous nous \
         avez abandonnés » lance t-elle. « Nous ferons tout pour rouvrir l'école » assure \
         t-il.",
    );
    assert_eq!(
        speaker_of(&found, "Vous nous avez abandonnés"),
        Some("Claire Morin"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "Nous ferons tout pour rouvrir l'école"),
        Some("Luc Armand"),
        "{found:?}"
    );
}

#[test]
fn a_headline_quotation_before_a_colon_is_the_following_speakers() {
    let found = quotes(
        "« Quand vous voudrez, où vous voudrez » : Morin annonce que Valbrune est prête à \
         négocier avec Tarsie\n\nLa ministre des Affaires étrangères de Valbrune, Claire Morin, \
         a répondu aux questions des journalistes mardi.",
    );
    assert_eq!(
        speaker_of(&found, "Quand vous voudrez, où vous voudrez"),
        Some("Claire Morin"),
        "{found:?}"
    );
}

#[test]
fn a_sign_before_a_colon_gives_way_to_an_incise_after_the_quotation() {
    let found = quotes(
        "Tags à Valbrune : « Les auteurs seront identifiés et jugés », annonce le parquet de \
         Valbrune. Une banderole a été tendue devant la mairie : « Non au silence ».",
    );
    assert_eq!(
        speaker_of(&found, "Les auteurs seront identifiés et jugés"),
        Some("parquet de Valbrune"),
        "{found:?}"
    );
    assert_eq!(speaker_of(&found, "Non au silence"), None, "{found:?}");
}

#[test]
fn on_in_the_camp_of_the_prime_minister_is_matignon() {
    let found = quotes(
        "Le Premier ministre Marek Solvin veut rouvrir les écoles. « On ne peut pas rester \
         fermés des semaines encore », justifie-t-on dans le camp du Premier ministre.",
    );
    assert_eq!(
        speaker_of(&found, "On ne peut pas rester fermés des semaines encore"),
        Some("Matignon"),
        "{found:?}"
    );
}

#[test]
fn an_inversion_with_a_hyphen_standing_apart_is_an_incise() {
    let found = quotes(
        "Le préfet Luc Armand a reçu mardi la maire de Valbrune, Claire Morin. « Vous nous \
         avez abandonnés », a - t-elle déclaré.",
    );
    assert_eq!(
        speaker_of(&found, "Vous nous avez abandonnés"),
        Some("Claire Morin"),
        "{found:?}"
    );
}

#[test]
fn a_clause_quoted_at_the_head_of_a_sentence_is_the_incise_speakers() {
    let found = quotes(
        "Le sous-préfet Marc Oudin est arrivé sur place en fin d'après-midi.\n\"Le feu est \
         maîtrisé\" et ne progresse donc plus, a annoncé M. Oudin peu avant 20h00, ajoutant: \
         \"on va passer au dispositif de nuit\".\n« La digue tient » et les eaux baissent, a \
         indiqué le maire Paul Gaudin.",
    );
    assert_eq!(
        speaker_of(&found, "Le feu est maîtrisé"),
        Some("Marc Oudin")
    );
    assert_eq!(
        speaker_of(&found, "on va passer au dispositif de nuit"),
        Some("Marc Oudin")
    );
    assert_eq!(speaker_of(&found, "La digue tient"), Some("Paul Gaudin"));
}

#[test]
fn a_lone_quotation_after_a_sentence_closing_on_an_incise_is_its_speakers() {
    let found = quotes(
        "Le procureur de Valbrune, Jean-Marc Dufresnoy, a tenu une conférence de presse mardi.\n\
         Attention aux rumeurs, a insisté Jean-Marc Dufresnoy. « Les rumeurs ne sont pas des \
         informations. » La maire Claire Morin a visité le quartier.\n\
         Rien n'est encore décidé, a-t-elle assuré. « Nous attendons les experts. »",
    );
    assert_eq!(
        speaker_of(&found, "Les rumeurs ne sont pas des informations."),
        Some("Jean-Marc Dufresnoy"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "Nous attendons les experts."),
        Some("Claire Morin"),
        "{found:?}"
    );
}

#[test]
fn a_prosecution_or_prefecture_named_by_its_noun_alone_still_speaks() {
    let found = quotes(
        "Un enfant de trois ans a été retrouvé blessé vendredi soir dans un parc.\n\"Le mis en \
         cause a maintenu ses déclarations\", a ajouté le parquet. Selon la préfecture, \"la \
         situation est sous contrôle\".",
    );
    assert_eq!(
        speaker_of(&found, "Le mis en cause a maintenu ses déclarations"),
        Some("parquet"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "la situation est sous contrôle"),
        Some("préfecture"),
        "{found:?}"
    );
}

#[test]
fn an_incise_inside_a_quotation_says_whose_it_is() {
    let found = quotes(
        "Le maire de Valbrune, Paul Verdier, s'est rendu sur place dimanche.\n« Deux maisons \
         sont détruites, déclare le maire. Heureusement elles étaient vides. » Les pompiers sont \
         restés toute la nuit.\n« Nous avons tout perdu, a-t-il confié. Il ne reste rien. »",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Deux maisons sont détruites, déclare le maire. Heureusement elles étaient vides."
        ),
        Some("Paul Verdier"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(
            &found,
            "Nous avons tout perdu, a-t-il confié. Il ne reste rien."
        ),
        Some("Paul Verdier"),
        "{found:?}"
    );
}

#[test]
fn a_participle_opening_its_sentence_goes_on_with_the_last_quoted() {
    let found = quotes(
        "Le ministre Paul Verdier a ouvert la réunion du conseil :\n« Nous devons rester \
         vigilants face à ces attaques. »\nAjoutant : « On veut nous pousser vers des frontières \
         indéfendables. »",
    );
    assert_eq!(
        speaker_of(
            &found,
            "On veut nous pousser vers des frontières indéfendables."
        ),
        Some("Paul Verdier"),
        "{found:?}"
    );
}

#[test]
fn a_conjunction_opening_the_sentence_comes_before_the_colons_subject() {
    let found = quotes(
        "Le procès s'est ouvert mardi.\nMais Jean-Louis Périer reprend, dans la foulée : \
         \"Nous devons maintenir la justice.\"",
    );
    assert_eq!(
        speaker_of(&found, "Nous devons maintenir la justice."),
        Some("Jean-Louis Périer"),
        "{found:?}"
    );
}

#[test]
fn a_title_signs_its_quotation_with_a_name_in_brackets() {
    let found = quotes(
        "Budget : « Il n'y a pas de doute sur la censure » (Morin)\n« Il est hors de question \
         que je vote ce texte », réagit la députée Claire Morin.\nRetraites : « Nous ne céderons \
         pas » (AFP)",
    );
    assert_eq!(
        speaker_of(&found, "Il n'y a pas de doute sur la censure"),
        Some("Claire Morin"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "Nous ne céderons pas"),
        None,
        "{found:?}"
    );
}

#[test]
fn comme_and_an_incise_after_a_short_quotation_give_it_a_speaker() {
    let found = quotes(
        "Les victimes ont vécu une « journée d'émotion intense », comme la qualifiait \
         Marie-Claude Dubreuil, la présidente de l'association.\nLe texte est une \
         « provocation », comme l'a dit Anne Lefort mardi.",
    );
    assert_eq!(
        speaker_of(&found, "journée d'émotion intense"),
        Some("Marie-Claude Dubreuil"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "provocation"),
        Some("Anne Lefort"),
        "{found:?}"
    );
}

#[test]
fn a_quotation_in_a_clause_selon_laquelle_is_not_the_participles_subjects() {
    let found = quotes(
        "Le Premier ministre Paul Verdier a promis mardi qu'il ne céderait pas, rejetant les \
         informations selon lesquelles le pays aurait accepté une \"voie vers un accord\" avec \
         ses voisins.",
    );
    assert_eq!(speaker_of(&found, "voie vers un accord"), None, "{found:?}");
}

#[test]
fn qui_after_a_role_that_a_verb_governs_through_a_stands_for_that_role() {
    let found = quotes(
        "Le préfet de l'Ain, Luc Armand, a reçu les élus.\nLa ministre Anne Marceau a répondu \
         au téléphone. Elle a écrit à la maire, Claire Morin. Puis elle a répondu à la maire, \
         qui affirmait que la digue était \"en très mauvais état\".",
    );
    assert_eq!(
        speaker_of(&found, "en très mauvais état"),
        Some("Claire Morin"),
        "{found:?}"
    );
}

#[test]
fn a_surname_in_capitals_after_a_first_name_is_part_of_the_name() {
    let found = quotes(
        "« Nous serons là », a déclaré Marie-Claude DESJEUX, la présidente de l'association.\n\
         Jean DUPONT a affirmé : « Rien ne change. »\nLe sommet de l'OTAN s'ouvre lundi.",
    );
    assert_eq!(
        speaker_of(&found, "Nous serons là"),
        Some("Marie-Claude Desjeux"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "Rien ne change."),
        Some("Jean Dupont"),
        "{found:?}"
    );
}

#[test]
fn on_in_an_incise_is_the_body_on_stood_for_just_before() {
    let found = quotes(
        "Le président a refusé tout commentaire mardi.\nA l'Elysée, on écarte catégoriquement \
         toute démission du secrétaire général. Le chef de l'Etat et son secrétaire général \
         « ont travaillé de la façon la plus habituelle. Rien n'a changé », tranche-t-on.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "ont travaillé de la façon la plus habituelle. Rien n'a changé"
        ),
        Some("Élysée"),
        "{found:?}"
    );
}

#[test]
fn a_body_phrase_that_runs_on_into_its_verb_is_its_noun_alone() {
    let found = quotes(
        "Le syndicat Sud Fer vient de déposer un préavis de grève.\nLe syndicat continue aussi \
         de réclamer une prime.\n\"On décidera plus tard d'un appel à la grève\"",
    );
    assert_eq!(
        speaker_of(&found, "On décidera plus tard d'un appel à la grève"),
        Some("Sud Fer"),
        "{found:?}"
    );
}

#[test]
fn an_object_pronoun_before_a_span_holding_the_verb_keeps_it_the_subjects() {
    let found = quotes(
        "Le procureur de Lyon, Jean-Marc Dufresnoy, a parlé mardi.\nLe procureur en \"appelle \
         au calme\". Il en \"appelle à la raison\".",
    );
    assert_eq!(
        speaker_of(&found, "appelle au calme"),
        Some("Jean-Marc Dufresnoy"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "appelle à la raison"),
        Some("Jean-Marc Dufresnoy"),
        "{found:?}"
    );
}

#[test]
fn ce_dernier_after_a_body_quoted_alone_is_that_body() {
    let found = quotes(
        "Un enfant a été retrouvé blessé vendredi dans un parc.\n\"Le mis en cause a maintenu \
         ses déclarations\", a ajouté le parquet. Ce dernier a précisé que l'enfant avait été \
         retrouvé \"la tête enserrée dans un sac\".",
    );
    assert_eq!(
        speaker_of(&found, "la tête enserrée dans un sac"),
        Some("parquet"),
        "{found:?}"
    );
}

#[test]
fn a_woman_called_by_an_office_written_in_the_masculine_is_its_holder() {
    let found = quotes(
        "La Première ministre vornienne Anna Verdi recevait le journaliste Bruno Vasti. « Nous \
         tiendrons », a déclaré Mme Verdi. « Ce serait un bon signe », a ajouté le Premier \
         ministre.\n\nLe ministère a répondu par une porte-parole, Lin Mei. Le porte-parole a \
         toutefois affirmé que sa diplomatie « continue d'avancer ».",
    );
    assert_eq!(
        speaker_of(&found, "Ce serait un bon signe"),
        Some("Anna Verdi"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "continue d'avancer"),
        Some("Lin Mei"),
        "{found:?}"
    );
}

#[test]
fn a_speech_verb_in_a_free_relative_does_not_give_the_words_to_its_subject() {
    let found = quotes(
        "Le conseiller Paul Rivaud a accusé la Vornie d'ingérence. Le ministère tarsien des \
         Affaires étrangères a déclaré que ce que Rivaud a dit représente « des opinions \
         personnelles » et ne reflète pas la position du pays.",
    );
    assert_eq!(
        speaker_of(&found, "des opinions personnelles"),
        Some("ministère tarsien des Affaires étrangères"),
        "{found:?}"
    );
}

#[test]
fn a_relative_clause_opened_by_selon_qui_holds_its_quotation() {
    let found = quotes(
        "« Il n'y a pas de place pour la polémique » quant aux propos du général Luc Marnet, \
         selon qui le pays devait « accepter de souffrir », réagit la ministre Claire Bonnet. \
         Le maire Paul Garnier a été entendu par le juge Marc Tessier, selon qui la procédure \
         était « irrégulière ».",
    );
    // The main clause's words are not the relative clause's speaker's.
    assert_ne!(
        speaker_of(&found, "Il n'y a pas de place pour la polémique"),
        Some("Luc Marnet"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "accepter de souffrir"),
        Some("Luc Marnet"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "irrégulière"),
        Some("Marc Tessier"),
        "{found:?}"
    );
}

#[test]
fn qui_right_after_a_name_without_a_comma_stands_for_that_name() {
    let found = quotes(
        "Le syndicat SNTF a réagi mardi aux propos de Jean Morvan qui estimait lundi qu'il \
         fallait « savoir tourner la page ». Le quotidien cite un éditorial de Luc Arnaud qui \
         parle d'un « jeu de dupes ».",
    );
    assert_eq!(
        speaker_of(&found, "savoir tourner la page"),
        Some("Jean Morvan"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "jeu de dupes"),
        Some("Luc Arnaud"),
        "{found:?}"
    );
}

#[test]
fn a_participle_after_the_words_of_someone_named_is_theirs() {
    let found = quotes(
        "La Vornie a jugé « sans fondement » les propos du président tarsien Karl Brenner \
         qualifiant le pays de « principal défi » de la région. Elle a aussi condamné les \
         propos d'un haut diplomate tarsien qualifiant son président de « tyran ».",
    );
    assert_eq!(
        speaker_of(&found, "principal défi"),
        Some("Karl Brenner"),
        "{found:?}"
    );
    assert_eq!(speaker_of(&found, "tyran"), None, "{found:?}");
}

#[test]
fn et_de_continuer_goes_on_with_the_last_speaker() {
    let found = quotes(
        "Le député Marc Falin s'est exprimé lundi sur une radio. « Je n'ai rien compris à \
         cette affaire », a débuté l'élu. Et de continuer : « Je vais porter plainte contre \
         lui ». La grève continue « jusqu'à nouvel ordre », selon le syndicat SNTF.",
    );
    assert_eq!(
        speaker_of(&found, "Je vais porter plainte contre lui"),
        Some("Marc Falin"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "jusqu'à nouvel ordre"),
        Some("SNTF"),
        "{found:?}"
    );
}

#[test]
fn an_incise_after_a_comma_typed_twice_is_read() {
    let found = quotes(
        "Les images ont été relayées par des élus de l'opposition. « Quand il lit, c'est \
         laborieux. Quelle honte !!! (sic) », , s'amuse sur X Paul Gorin, député de l'Yonne.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Quand il lit, c'est laborieux. Quelle honte !!! (sic)"
        ),
        Some("Paul Gorin"),
        "{found:?}"
    );
}

#[test]
fn a_closing_incise_before_a_subordinate_clause_is_the_quotations() {
    let found = quotes(
        "La ministre Claire Bonnet a parlé aux députés mardi. « La Vornie va respecter les \
         règles » européennes, a également assuré Mme Bonnet, même si Valbrune veut aussi \
         « changer celles qui ne fonctionnent pas ».",
    );
    assert_eq!(
        speaker_of(&found, "La Vornie va respecter les règles"),
        Some("Claire Bonnet"),
        "{found:?}"
    );
}

#[test]
fn a_sentence_naming_the_words_just_quoted_gives_them_their_author() {
    let found = quotes(
        "Valbrune n'a jamais fui la négociation ; la ville est prête à rencontrer Tarsie « à \
         tout moment et en tout lieu ». Cette déclaration a été faite par le maire de \
         Valbrune, Paul Sibor.\n\nLa préfète a quitté la mairie à midi. Message de la \
         préfecture : « Il ne peut y avoir de confrontation entre nous ». C'est ce qu'a fait \
         valoir Claire Bonnet devant les élus.",
    );
    assert_eq!(
        speaker_of(&found, "à tout moment et en tout lieu"),
        Some("Paul Sibor"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "Il ne peut y avoir de confrontation entre nous"),
        Some("Claire Bonnet"),
        "{found:?}"
    );
}

#[test]
fn a_phrase_naming_the_quotation_as_someones_words_after_it_gives_it_to_them() {
    let found = quotes(
        "Le ministre Paul Sibor a été applaudi mardi.\n\n« Accepter de souffrir pour tenir », \
         ces propos du général Luc Marnet ont fait couler beaucoup d'encre.",
    );
    assert_eq!(
        speaker_of(&found, "Accepter de souffrir pour tenir"),
        Some("Luc Marnet"),
        "{found:?}"
    );
}

#[test]
fn a_bare_il_a_dit_after_a_quotation_is_its_incise() {
    let found = quotes(
        "Le porte-parole Marc Tessier a répondu aux journalistes. Tessier, qui a réagi aux \
         accusations, a fait valoir que l'armée vornienne attaquait seulement des cibles \
         militaires, « nous n'attaquons pas les écoles. » Il a dit.",
    );
    assert_eq!(
        speaker_of(&found, "nous n'attaquons pas les écoles."),
        Some("Marc Tessier"),
        "{found:?}"
    );
}

#[test]
fn lancer_before_a_quoted_noun_phrase_in_a_reported_clause_launches() {
    let found = quotes(
        "Le président Luc Varin a déclaré que la Vornie avait lancé « une vague massive de \
         frappes » sur le pays. Il a raconté que le ministre Paul Sibor avait lancé « Nous \
         tiendrons » aux soldats.",
    );
    assert_eq!(
        speaker_of(&found, "une vague massive de frappes"),
        Some("Luc Varin"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "Nous tiendrons"),
        Some("Paul Sibor"),
        "{found:?}"
    );
}

#[test]
fn a_closing_incise_may_set_its_complement_off_by_a_comma() {
    let found = quotes(
        "Le trafic est « quasi normal » sur le réseau, a indiqué le directeur de la régie, \
         Paul Sibor, à l'issue de la réunion.",
    );
    assert_eq!(
        speaker_of(&found, "quasi normal"),
        Some("Paul Sibor"),
        "{found:?}"
    );
}

#[test]
fn alleguer_reports_what_its_subject_claims() {
    let found = quotes(
        "Le maire de Valbrune, Paul Sibor, a allégué une « erreur matérielle » dans le dossier.",
    );
    assert_eq!(
        speaker_of(&found, "erreur matérielle"),
        Some("Paul Sibor"),
        "{found:?}"
    );
}

#[test]
fn a_past_infinitive_after_apres_has_the_main_clauses_subject() {
    let found = quotes(
        "Le conseiller Paul Sibor a suscité, lors du débat télévisé, une crise politique après \
         avoir accusé la Vornie de « fournir des informations à Tarsie ».",
    );
    assert_eq!(
        speaker_of(&found, "fournir des informations à Tarsie"),
        Some("Paul Sibor"),
        "{found:?}"
    );
}

#[test]
fn t_on_typed_without_its_second_hyphen_is_an_incise() {
    let found = quotes(
        "La ministre Claire Bonnet a quitté la réunion à midi. « Rien n'est réglé », \
         ajoute-ton à la préfecture de Valbrune.",
    );
    assert_eq!(
        speaker_of(&found, "Rien n'est réglé"),
        Some("préfecture de Valbrune"),
        "{found:?}"
    );
}

#[test]
fn a_closing_incise_with_on_in_a_body_gives_the_sentence_s_quotations_to_that_body() {
    let found = quotes(
        "Le Premier ministre Marc Solvin a quitté l'Élysée à midi. « Le président et moi nous \
         sommes vus deux heures », en faisant « un point sur la menace » avant « d'évoquer la \
         situation politique », note-t-on dans l'entourage du Premier ministre.",
    );
    assert_eq!(
        speaker_of(&found, "Le président et moi nous sommes vus deux heures"),
        Some("Matignon"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "un point sur la menace"),
        Some("Matignon"),
        "{found:?}"
    );
}

#[test]
fn a_relative_clause_opened_by_au_cours_duquel_has_its_own_subject() {
    let found = quotes(
        "La guerre a dominé cet entretien au cours duquel la ministre Claire Bonnet a confirmé \
         le soutien « politique, militaire et humanitaire » de son pays à Valbrune.",
    );
    assert_eq!(
        speaker_of(&found, "politique, militaire et humanitaire"),
        Some("Claire Bonnet"),
        "{found:?}"
    );
}

#[test]
fn a_participle_after_an_incise_whose_subject_has_a_relative_clause_is_that_subjects() {
    let found = quotes(
        "Le président Luc Varin a présenté ses vœux mardi. J'aurai besoin de vous, a insisté \
         le chef de l'État qui mise sur la relance, ajoutant qu'il n'arrêtera « pas d'agir » \
         malgré les voix « discordantes ».",
    );
    assert_eq!(
        speaker_of(&found, "pas d'agir"),
        Some("Luc Varin"),
        "{found:?}"
    );
}

#[test]
fn an_intertitle_sharing_a_run_of_words_with_one_persons_quotation_is_theirs() {
    let found = quotes_knowing(
        "",
        "L'assemblée du parti s'est tenue samedi à Valbrune, sous une pluie battante.\n\n« Ils nous critiquent parce que nous sommes ennuyeux \
         »\n\nClaire Bonnet a ensuite rappelé les attaques reçues parce que « nous sommes \
         ennuyeux ».\n\n« Personne ne nous arrêtera »",
    );
    assert_eq!(
        speaker_of(&found, "Ils nous critiquent parce que nous sommes ennuyeux"),
        Some("Claire Bonnet"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "Personne ne nous arrêtera"),
        None,
        "{found:?}"
    );
}

#[test]
fn a_closing_incise_without_its_comma_still_gives_every_quotation_its_speaker() {
    let found = quotes(
        "\"Je précise qu'une magistrate est présente sur place\" mais le parquet \"n'a pas été \
         saisi\" déclare le ministre de l'Intérieur Laurent Nadal durant un point-presse.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Je précise qu'une magistrate est présente sur place"
        ),
        Some("Laurent Nadal"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "n'a pas été saisi"),
        Some("Laurent Nadal"),
        "{found:?}"
    );
}

#[test]
fn a_mark_that_can_only_close_closes_a_span_opened_with_another_mark() {
    let found = quotes(
        "« Que faut-il en penser ? Rien de neuf ? “, demande Paul Verdier. “Nous irons \
         jusqu'au bout, je vous le promets\", a-t-il ajouté. “Rien n'a changé depuis mars », \
         a-t-il insisté. Il a qualifié d' »inacceptables » les tirs de mardi.\n\nMarie Lenoir : \
         \" il est évident que la partie est perdue \"\n\nElle s'était vantée de \"traverser le \
         fleuve à la nage \", sans plus de détails.",
    );
    for (text, who) in [
        ("Que faut-il en penser ? Rien de neuf ?", "Paul Verdier"),
        (
            "Nous irons jusqu'au bout, je vous le promets",
            "Paul Verdier",
        ),
        ("Rien n'a changé depuis mars", "Paul Verdier"),
        ("inacceptables", "Paul Verdier"),
        ("il est évident que la partie est perdue", "Marie Lenoir"),
        ("traverser le fleuve à la nage", "Marie Lenoir"),
    ] {
        assert_eq!(speaker_of(&found, text), Some(who), "{found:?}");
    }
}

#[test]
fn a_closing_incise_reports_every_quotation_of_its_clause_not_only_the_last() {
    let found = quotes(
        "Les tirs de la nuit, qui ont fait trois morts, sont « brutaux » et « injustifiés », a \
         dénoncé la présidente Marie Lenoir. La ville se prépare à une nouvelle « offensive », \
         « pour venger les défaites de l'hiver », a prévenu la veille le général Paul Verdier. \
         Le pays avance « les yeux fermés » vers « une crise plus large », craint le ministre \
         Luc Varin.",
    );
    for (text, who) in [
        ("brutaux", "Marie Lenoir"),
        ("injustifiés", "Marie Lenoir"),
        ("offensive", "Paul Verdier"),
        ("les yeux fermés", "Luc Varin"),
        ("une crise plus large", "Luc Varin"),
    ] {
        assert_eq!(speaker_of(&found, text), Some(who), "{found:?}");
    }
}

#[test]
fn a_relative_clause_s_quotation_gives_no_speaker_to_the_main_clause_s() {
    let found = quotes(
        "\"Cela ne va pas aider.\" Le ministre des Transports, Luc Varin, qui a estimé que les \
         demandes des agents n'étaient \"pas fondées\", jette \"de l'huile sur le feu\" avec ses \
         propos, considère lundi le secrétaire du syndicat, Paul Verdier.",
    );
    assert_eq!(
        speaker_of(&found, "pas fondées"),
        Some("Luc Varin"),
        "{found:?}"
    );
    for text in ["Cela ne va pas aider.", "de l'huile sur le feu"] {
        assert_eq!(speaker_of(&found, text), Some("Paul Verdier"), "{found:?}");
    }
}

#[test]
fn an_infinitive_after_a_verb_that_accuses_or_urges_reports_its_quotations() {
    let found = quotes(
        "Dans un communiqué, le syndicat Force Unie a accusé le gouvernement de se ranger du \
         côté des « rentiers », et de « mépriser les salariés ». La porte-parole Marie Lenoir \
         appelle le Conseil à faire preuve de « prudence » et de « clarté ». Paul Verdier a \
         notamment appelé les habitants à lutter contre la stigmatisation de « certains \
         quartiers » et contre les « rumeurs ». Anne Moreau reproche au maire d'avoir une « \
         vision comptable » de la ville.",
    );
    for (text, who) in [
        ("rentiers", "Force Unie"),
        ("mépriser les salariés", "Force Unie"),
        ("prudence", "Marie Lenoir"),
        ("clarté", "Marie Lenoir"),
        ("certains quartiers", "Paul Verdier"),
        ("rumeurs", "Paul Verdier"),
        ("vision comptable", "Anne Moreau"),
    ] {
        assert_eq!(speaker_of(&found, text), Some(who), "{found:?}");
    }
}

#[test]
fn according_to_opening_the_sentence_reports_a_span_however_far() {
    let found = quotes(
        "Selon M. Varin, les délégués ont aussi évoqué la crise du lait et ont eu « des \
         positions très proches ». Selon Anne Moreau, qui dirige le parti depuis mars, le pays \
         tout entier se trouve désormais « en première ligne » face à la crise.",
    );
    assert_eq!(
        speaker_of(&found, "des positions très proches"),
        Some("Varin"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "en première ligne"),
        Some("Anne Moreau"),
        "{found:?}"
    );
}

#[test]
fn according_to_closing_the_sentence_a_few_words_on_reports_the_span() {
    let found = quotes(
        "Valbrune : « Aucune issue » à la crise du lait, selon Luc Varin\n\nTrois gardes « ont \
         été légèrement blessés » dans ces incidents, selon le porte-parole de la police Paul \
         Verdier.",
    );
    assert_eq!(
        speaker_of(&found, "Aucune issue"),
        Some("Luc Varin"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "ont été légèrement blessés"),
        Some("Paul Verdier"),
        "{found:?}"
    );
}

#[test]
fn a_title_of_a_name_and_a_span_right_after_it_gives_the_span_to_that_person() {
    let found = quotes(
        "François Valmont « serein » quant à la plainte de l'avocat\n\nRetraites : Anne Moreau \
         \"pas opposée par principe\" à \"suspendre\" la réforme pour \"en rediscuter\".",
    );
    assert_eq!(
        speaker_of(&found, "serein"),
        Some("François Valmont"),
        "{found:?}"
    );
    for text in ["pas opposée par principe", "suspendre", "en rediscuter"] {
        assert_eq!(speaker_of(&found, text), Some("Anne Moreau"), "{found:?}");
    }
}

const TWO_MINISTERS: &str = "Irina Volkova\tf\tVolkova\tministre ardanienne des Affaires \
                             étrangères\nPiotr Lasko\tm\tLasko\tministre sorgalais des Affaires \
                             étrangères\n";

#[test]
fn a_role_worded_as_its_synonym_finds_its_holder() {
    let found = quotes_knowing(
        TWO_MINISTERS,
        "Les ministres se sont retrouvés lundi à Vienne. « Nous attendons », a répliqué le chef \
         de la diplomatie sorgalaise.",
    );
    assert_eq!(speaker_of(&found, "Nous attendons"), Some("Piotr Lasko"));
}

#[test]
fn his_counterpart_of_a_nationality_is_the_one_person_of_it() {
    let found = quotes_knowing(
        TWO_MINISTERS,
        "Irina Volkova et Piotr Lasko se sont présentés ensemble devant la presse. « Nous \
         attendons une réponse », a lancé la ministre ardanienne. « Cette liste est fausse », a \
         rétorqué son homologue sorgalais, le regard fixé sur ses notes. « Rien n'avance », a \
         soupiré son homologue valmorien.",
    );
    assert_eq!(
        speaker_of(&found, "Cette liste est fausse"),
        Some("Piotr Lasko")
    );
    // No one of that nationality is named: someone the text does not name.
    assert_eq!(speaker_of(&found, "Rien n'avance"), None);
}

#[test]
fn his_guest_or_his_host_is_the_other_person_of_the_scene() {
    let found = quotes(
        "La ministre ostalienne Ilona Berzina a reçu mardi à Riga le chef de la diplomatie \
         valmorienne, Thomas Ekdahl. « Nos portes restent ouvertes », a assuré Mme Berzina. \
         « Nous attendons des actes », a répondu son invité. Son hôte a pour sa part jugé la \
         rencontre « constructive ».",
    );
    assert_eq!(
        speaker_of(&found, "Nous attendons des actes"),
        Some("Thomas Ekdahl")
    );
    assert_eq!(speaker_of(&found, "constructive"), Some("Ilona Berzina"));
    // Two others in the scene: no telling which one "son invité" is.
    let found = quotes(
        "Le maire Paul Orsini a reçu lundi Anne Vidal et Marc Leroy. « Nous attendons », a \
         déclaré M. Orsini. « Rien ne bouge », a regretté son invité.",
    );
    assert_eq!(speaker_of(&found, "Rien ne bouge"), None);
}

#[test]
fn a_description_by_nationality_is_the_one_the_dispatch_gave_it() {
    let found = quotes(
        "La Valmorienne Inès Carvalho a battu jeudi l'Ostalienne Mila Petrova en trois sets. \
         « J'ai joué libérée », a expliqué la joueuse de 19 ans. « Elle a été meilleure », \
         a reconnu son adversaire, qui a refusé de parler de sa blessure.\n\n\
         La joueuse valmorienne s'est dite « heureuse ».",
    );
    assert_eq!(
        speaker_of(&found, "Elle a été meilleure"),
        Some("Mila Petrova")
    );
    assert_eq!(speaker_of(&found, "heureuse"), Some("Inès Carvalho"));
}

#[test]
fn one_goes_on_with_one_s_own_words() {
    let found = quotes(
        "Le président du Sénat ostalien, Anton Brel, a qualifié la loi de « honte \
         nationale ». Le Premier ministre, Karl Weiss, assis au premier rang, a écouté sans \
         réagir. « Ce texte ne passera pas », a-t-il poursuivi.\n\n\
         Karl Weiss a quitté la salle avant la fin. « Nous verrons », a-t-il lâché.",
    );
    assert_eq!(
        speaker_of(&found, "Ce texte ne passera pas"),
        Some("Anton Brel")
    );
    // A verb that does not go on: the subject just read.
    assert_eq!(speaker_of(&found, "Nous verrons"), Some("Karl Weiss"));
}

#[test]
fn a_listed_holder_the_dispatch_does_not_name_needs_the_role_in_full() {
    let listed = "Oskar Lindqvist\tm\tLindqvist\tchef de l'Union des rivières du Nord@2015-01..\n\
                  Vera Holmström\tf\tHolmström\tprésidente de l'Agence ostalienne du cadastre@2015-01..\n";
    let found = quotes_knowing(
        listed,
        "Les ministres se sont réunis lundi. Le chef de l'Union a évoqué des « progrès \
         réels ». « Le texte est prêt », a assuré la présidente de l'Agence du \
         cadastre.",
    );
    // What the text leaves out is part of a name: it may be another union.
    assert_eq!(speaker_of(&found, "progrès réels"), None);
    // What it leaves out is an adjective of nationality, which the setting supplies.
    assert_eq!(
        speaker_of(&found, "Le texte est prêt"),
        Some("Vera Holmström")
    );
}

#[test]
fn words_after_a_colon_are_the_subject_s_a_few_words_on() {
    let found = quotes(
        "Le président ostalien Bohdan Koval a posé ses conditions : le retrait des troupes, \
         « sans lequel rien ne sera signé », puis des élections. La délégation a quitté la salle : \
         selon un témoin, les échanges étaient « glaciaux ».",
    );
    assert_eq!(
        speaker_of(&found, "sans lequel rien ne sera signé"),
        Some("Bohdan Koval")
    );
    // "selon" after the colon says whose they are.
    assert_eq!(speaker_of(&found, "glaciaux"), None);
}

#[test]
fn calling_someone_names_is_speaking() {
    let found = quotes(
        "Le ministre ostalien Bohdan Koval a traité les dirigeants voisins de « va-t-en-guerre ». \
         Les médecins ont traité les blessés « dans l'urgence », selon la docteure Anne Morel.",
    );
    assert_eq!(speaker_of(&found, "va-t-en-guerre"), Some("Bohdan Koval"));
    // "traiter" a patient: the words are those "selon" gives them to.
    assert_eq!(speaker_of(&found, "dans l'urgence"), Some("Anne Morel"));
    let found = quotes(
        "Me Léa Garnier, l'avocate du prévenu, qui a présenté son client comme un simple \
         « figurant », a plaidé la relaxe.",
    );
    assert_eq!(speaker_of(&found, "figurant"), Some("Léa Garnier"));
}

#[test]
fn a_reflexive_verb_that_says_nothing_is_no_speech_verb() {
    let found = quotes(
        "Le président ostalien Bohdan Koval a parlé mardi. Le chef de l'État a averti que la \
         Valmorie s'exposerait à des sanctions « très lourdes » en cas d'attaque.",
    );
    assert_eq!(speaker_of(&found, "très lourdes"), Some("Bohdan Koval"));
}

#[test]
fn a_role_named_further_down_is_known_from_the_start() {
    let found = quotes(
        "21h05 - Le député Marc Aubry réclame des renforts, tandis que la préfète juge la \
         demande « prématurée ».\n\n\
         19h40 - La préfète de l'Ain, Odile Brunet, a fait le point à la mairie. « Aucune \
         victime n'est à déplorer », a-t-elle déclaré.",
    );
    assert_eq!(speaker_of(&found, "prématurée"), Some("Odile Brunet"));
}

#[test]
fn a_name_apposed_at_the_end_of_a_question_is_the_phrase_s() {
    let found = quotes(
        "Et la présidente de la commission, Ilona Berzina ?\n\n\
         – Elle voyait loin. Elle répétait : « Un texte flou est une bombe à retardement. »",
    );
    assert_eq!(
        speaker_of(&found, "Un texte flou est une bombe à retardement."),
        Some("Ilona Berzina")
    );
}

#[test]
fn a_colon_after_adverbials_alone_goes_on_with_the_last_speaker() {
    let found = quotes(
        "« Nous ne partirons pas », a déclaré la maire Odile Brunet devant la préfecture. \
         Puis, plus tard : « Nous reviendrons demain ».\n\n\
         Le bilan reste lourd : « Douze blessés » selon un secouriste.",
    );
    assert_eq!(
        speaker_of(&found, "Nous reviendrons demain"),
        Some("Odile Brunet")
    );
    // A subject before the colon, or words of their own, say otherwise.
    assert_eq!(speaker_of(&found, "Douze blessés"), None);
}

#[test]
fn who_asked_does_not_answer() {
    let found = quotes(
        "« Nous avançons », a déclaré le ministre ostalien Bohdan Koval. Un journaliste lui a \
         demandé s'il croyait à un accord. « Je ne crois que ce que je vois », a-t-il répondu.\n\n\
         Interrogé sur les sanctions, Piotr Lasko a souri. « Rien n'est exclu », a-t-il répondu.",
    );
    assert_eq!(
        speaker_of(&found, "Je ne crois que ce que je vois"),
        Some("Bohdan Koval")
    );
    // Asked, not asking: he answers.
    assert_eq!(speaker_of(&found, "Rien n'est exclu"), Some("Piotr Lasko"));
}

#[test]
fn a_text_published_by_someone_is_theirs() {
    let found = quotes(
        "La ministre ostalienne Ilona Berzina a réagi dans la soirée. « Nous ne céderons \
         pas », peut-on lire dans un message publié par Ilona Berzina sur le réseau social X.",
    );
    assert_eq!(
        speaker_of(&found, "Nous ne céderons pas"),
        Some("Ilona Berzina")
    );
}

#[test]
fn roles_of_two_people_named_together_are_theirs() {
    let found = quotes(
        "Le chancelier ostalien Karl Weiss et la présidente valmorienne Ana Ribeiro se sont \
         affrontés mercredi.\n\n\
         « Je respecte ma collègue », a répondu le chancelier. La présidente a souri.\n\n\
         Le ministre ostalien des Finances, Jonas Berg, a soutenu son chef. « Les chiffres sont \
         de notre côté », a-t-il assuré. Son homologue valmorien, Rui Costa, n'a pas réagi.\n\n\
         Interrogée sur les tensions, la présidente a reconnu des « divergences profondes ». Le \
         chancelier a, lui, parlé de « désaccords normaux ».",
    );
    assert_eq!(speaker_of(&found, "désaccords normaux"), Some("Karl Weiss"));
}

#[test]
fn an_object_pronoun_after_a_stressed_pronoun_aside_is_in_the_verb_group() {
    let found = quotes("M. Weiss a défendu son plan. Mme Ribeiro, elle, l'a jugé « dangereux ».");
    assert_eq!(speaker_of(&found, "dangereux"), Some("Ribeiro"));
}

#[test]
fn an_object_pronoun_before_a_present_participle_is_no_article() {
    let found =
        quotes("Le ministre Karl Weiss a défendu son plan de relance, le qualifiant de « vital ».");
    assert_eq!(speaker_of(&found, "vital"), Some("Karl Weiss"));
}

#[test]
fn who_takes_the_floor_speaks_next() {
    let found = quotes(
        "« Le maire a raison », a affirmé la conseillère Léa Garnier, avant que la \
         directrice de l'école, Anne Morel, ne prenne la parole. « On nous retire tout », a \
         regretté l'enseignante.",
    );
    assert_eq!(
        speaker_of(&found, "On nous retire tout"),
        Some("Anne Morel")
    );
}

#[test]
fn a_live_blog_s_time_stamp_is_no_part_of_the_sentence() {
    let found = quotes(
        "10h45 - Le ministre ardanien Miklós Varga estime que l'Europe doit « cesser de \
         tergiverser ».\n\n\
         10h12 – Le Kremlin juge « inacceptables » les propos du chancelier.\n\n\
         9h05 Le Kremlin dénonce une « provocation ».\n\n\
         09h50 - Un drone s'est écrasé près de la centrale. « Aucune fuite n'a été détectée », \
         assure l'opérateur Zolatom.",
    );
    assert_eq!(
        speaker_of(&found, "cesser de tergiverser"),
        Some("Miklós Varga")
    );
    assert_eq!(speaker_of(&found, "inacceptables"), Some("Kremlin"));
    assert_eq!(speaker_of(&found, "provocation"), Some("Kremlin"));
    assert_eq!(
        speaker_of(&found, "Aucune fuite n'a été détectée"),
        Some("Zolatom")
    );
}

#[test]
fn a_ministry_in_a_dispatch_from_a_foreign_capital_is_that_country_s() {
    let found = quotes(
        "MOSCOU, 5 mars (AFP) - Les manœuvres ont pris fin mercredi. « Les exercices sont \
         terminés », peut-on lire dans un communiqué du ministère de la Défense.",
    );
    assert_eq!(
        speaker_of(&found, "Les exercices sont terminés"),
        Some("ministère russe de la Défense")
    );
}

#[test]
fn a_quotation_opening_with_a_verb_is_no_participle_s_complement() {
    let found = quotes(
        "La cour d'appel de Lyon a rendu son arrêt lundi. La cour d'appel estime que les \
         difficultés invoquées « ne sont pas établies au niveau du groupe ». Le plan jugé \
         « irréaliste » a été retiré.",
    );
    assert_eq!(
        speaker_of(&found, "ne sont pas établies au niveau du groupe"),
        Some("cour d'appel de Lyon")
    );
    assert_eq!(speaker_of(&found, "irréaliste"), None);
}

#[test]
fn an_object_pronoun_before_the_incise_s_verb() {
    let found = quotes(
        "Le ministre des Finances, Christian Lindner, s'est montré réservé. « Il faudra trouver \
         l'argent », a-t-il glissé. « Nous le trouverons », lui a rétorqué Emmanuel Macron. « Tant \
         mieux », nous a confié la présidente de la commission, Anne Genetet.",
    );
    assert_eq!(
        speaker_of(&found, "Nous le trouverons"),
        Some("Emmanuel Macron")
    );
    assert_eq!(speaker_of(&found, "Tant mieux"), Some("Anne Genetet"));
}

#[test]
fn a_party_s_acronym_after_a_role_is_no_speaker() {
    let found = quotes(
        "Face à la ministre, la députée LFI Clémence Guetté a dénoncé « une réforme brutale ». Le \
         délégué CGT du site a parlé d'un « mépris total ».",
    );
    assert_eq!(
        speaker_of(&found, "une réforme brutale"),
        Some("Clémence Guetté")
    );
    assert_eq!(speaker_of(&found, "mépris total"), None);
}

#[test]
fn a_pronoun_set_off_by_commas_takes_up_the_subject_before_it() {
    let found = quotes(
        "L'association Piétons du Rhône se dit « consternée ». Sa présidente, Odile Brachet, \
         rappelle les accidents de l'an dernier. L'Union des opérateurs de mobilité légère, \
         elle, se félicite d'une jurisprudence « qui fera date ».",
    );
    assert_eq!(
        speaker_of(&found, "qui fera date"),
        Some("Union des opérateurs de mobilité légère")
    );
}

#[test]
fn a_country_after_a_role_is_no_one_s_name() {
    let found = quotes(
        "La cour a donné raison à l'opérateur. Le directeur France de l'entreprise a salué une \
         décision « de bon sens ».",
    );
    assert_eq!(speaker_of(&found, "de bon sens"), None);
}

#[test]
fn a_departmental_body_without_its_territory_takes_the_dispatch_s() {
    let found = quotes(
        "Dans le Cantal, le dernier médecin de Riom-ès-Montagnes a pris sa retraite. Le conseil \
         départemental de l'ordre des médecins a qualifié la situation d'« alarmante ». Dans une \
         motion, l'assemblée départementale réclame « un plan d'urgence ».",
    );
    assert_eq!(
        speaker_of(&found, "alarmante"),
        Some("conseil départemental de l'ordre des médecins du Cantal")
    );
    assert_eq!(
        speaker_of(&found, "un plan d'urgence"),
        Some("conseil départemental du Cantal")
    );
}

#[test]
fn a_role_names_the_one_whose_office_is_worded_with_nothing_more() {
    let found = quotes_knowing(
        "Taras Melnyk\tm\tMelnyk\tprésident zolanais\nIaroslav Dzyuba\tm\tDzyuba\tprésident du \
         Parlement zolanais\n",
        "13:55\nLe président zolanais a décrété une journée de deuil national. « Le port ne \
         pliera pas », a-t-il écrit sur X.",
    );
    assert_eq!(
        speaker_of(&found, "Le port ne pliera pas"),
        Some("Taras Melnyk")
    );
}

#[test]
fn who_declined_to_speak_does_not_speak_what_follows() {
    let found = quotes(
        "Un document interne évoque une fermeture totale. Marc Olivier n'a pas souhaité \
         commenter ce document.\n\n\
         « Personne ne nous a prévenus. »\n\n\
         Franck Delpierre n'a pas cherché d'excuses.\n\n\
         « On a été mauvais du début à la fin. »",
    );
    assert_eq!(speaker_of(&found, "Personne ne nous a prévenus."), None);
    assert_eq!(
        speaker_of(&found, "On a été mauvais du début à la fin."),
        Some("Franck Delpierre")
    );
}

#[test]
fn a_document_does_not_reach_far_back_for_its_author() {
    let found = quotes(
        "Le directeur du site, Marc Olivier, a présenté le plan social. « Nous n'avions pas le \
         choix », a-t-il déclaré.\n\n\
         Dans la cour, les grévistes se sont rassemblés en fin de matinée.\n\n\
         Sur les réseaux sociaux, la vidéo de la réunion a beaucoup circulé.\n\n\
         Le rapport d'expertise, publié mardi, pointe « des failles graves » dans la gestion du \
         site.",
    );
    assert_eq!(speaker_of(&found, "des failles graves"), None);
}

#[test]
fn a_generic_noun_stands_in_for_the_organisation_just_named() {
    let found = quotes(
        "La crue a noyé le poste de Vernas, selon son exploitant, la compagnie régionale \
         Aquarel. « Le courant reviendra lundi au plus tôt », précise l'entreprise. Une \
         panne que la direction juge « exceptionnelle ».\n\n\
         Lumivolt fait état de 3 000 foyers privés de courant. « Le retour à la normale \
         prendra deux jours », prévient le gestionnaire du réseau sur son site.\n\n\
         Le conseil départemental de la Meuse a fermé six routes. Sur Facebook, la collectivité \
         demande de « rester chez soi ».",
    );
    assert_eq!(
        speaker_of(&found, "Le courant reviendra lundi au plus tôt"),
        Some("Aquarel")
    );
    assert_eq!(speaker_of(&found, "exceptionnelle"), Some("Aquarel"));
    assert_eq!(
        speaker_of(&found, "Le retour à la normale prendra deux jours"),
        Some("Lumivolt")
    );
    assert_eq!(
        speaker_of(&found, "rester chez soi"),
        Some("conseil départemental de la Meuse")
    );
}

#[test]
fn a_body_named_for_what_it_serves_keeps_its_pour() {
    let found = quotes(
        "10h12 - Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) se dit « très \
         inquiet » pour les civils de Vernas.\n\n\
         10h40 - Le Bureau international pour les migrations côtières a jugé la situation \
         « intenable ».",
    );
    assert_eq!(speaker_of(&found, "très inquiet"), Some("HCR"));
    assert_eq!(
        speaker_of(&found, "intenable"),
        Some("Bureau international pour les migrations côtières")
    );
}

#[test]
fn a_diplomatic_body_is_labelled_by_the_state_it_is_accredited_to() {
    let found = quotes(
        "La Karvénie a rappelé son ambassadeur. L'ambassade de Karvénie à Paris a dénoncé une \
         « mesure inamicale ». Les relations avec la Ostalie se tendent aussi : la délégation \
         de l'Union européenne à Ostgrad, capitale ostalienne, appelle au « calme ». La mission \
         permanente de la Karvénie auprès de l'ONU à Genève évoque un « malentendu ».",
    );
    assert_eq!(
        speaker_of(&found, "mesure inamicale"),
        Some("ambassade de Karvénie en France")
    );
    assert_eq!(
        speaker_of(&found, "calme"),
        Some("délégation de l'Union européenne en Ostalie")
    );
    assert_eq!(
        speaker_of(&found, "malentendu"),
        Some("mission permanente de la Karvénie auprès de l'ONU")
    );
}

#[test]
fn an_interview_s_vous_and_first_person_present_tenses() {
    let found = quotes(
        "ENTRETIEN. Jean-Paul Lacaze : « L'hôpital public est à bout de souffle »\n\n\
         Ancien directeur d'hôpital, Jean-Paul Lacaze publie un essai. Il a répondu à nos \
         questions.\n\n\
         Vous parlez d'un « système à bout de souffle ». N'exagérez-vous pas ?\n\n\
         Non. Comme je l'écris dans mon livre, « sans visibilité, aucun hôpital ne tient ».\n\n\
         Votre successeur, Franck Delpech, vous reproche une gestion « trop prudente ». Que lui \
         répondez-vous ?\n\n\
         Qu'il vienne voir.",
    );
    assert_eq!(
        speaker_of(&found, "système à bout de souffle"),
        Some("Jean-Paul Lacaze")
    );
    assert_eq!(
        speaker_of(&found, "sans visibilité, aucun hôpital ne tient"),
        Some("Jean-Paul Lacaze")
    );
    assert_eq!(speaker_of(&found, "trop prudente"), Some("Franck Delpech"));
}

#[test]
fn a_description_finds_the_office_it_describes() {
    let found = quotes(
        "L'ancien maire de Villefort, Bernard Castel, a nié toute malversation. Son avocate, Me \
         Sophie Rian, a dénoncé un dossier « vide ».\n\n\
         Le procureur, Thomas Giraud, a requis deux ans de prison. « Les faits sont établis », \
         a-t-il martelé.\n\n\
         L'ancien édile a pris la parole en dernier. « J'ai servi ma commune », a-t-il déclaré.\n\n\
         Son avocate a plaidé la relaxe. « Il n'y a rien dans ce dossier », a-t-elle insisté.\n\n\
         Le magistrat a rappelé la durée de l'enquête. « Quatre ans d'enquête, ce n'est pas \
         rien », a-t-il souligné.\n\n\
         Le prévenu a secoué la tête. « C'est faux », a-t-il murmuré.",
    );
    assert_eq!(
        speaker_of(&found, "Quatre ans d'enquête, ce n'est pas rien"),
        Some("Thomas Giraud")
    );
    assert_eq!(speaker_of(&found, "C'est faux"), Some("Bernard Castel"));
}

#[test]
fn an_interview_s_byline_and_question_marks_name_no_one() {
    let found = quotes(
        "Nadège Quilfen conduit depuis dix jours la grève des dockers. Elle répond à nos \
         questions.\n\n\
         Propos recueillis par Thomas Riveline\n\n\
         Q. Le directeur du port a qualifié votre mouvement d'« irresponsable ». Que lui \
         répondez-vous ?\n\n\
         R. Qu'il vienne sur les quais. Lundi, il m'a dit : « Je ne peux rien faire. »\n\n\
         Q. Hervé Garrouste affirme que chaque jour de grève coûte « deux millions d'euros ».\n\n\
         R. C'est faux.",
    );
    assert_ne!(
        speaker_of(&found, "Je ne peux rien faire."),
        Some("Thomas Riveline")
    );
    assert_eq!(
        speaker_of(&found, "deux millions d'euros"),
        Some("Hervé Garrouste")
    );
}

#[test]
fn a_body_s_organ_or_report_speaks_for_it() {
    let found = quotes(
        "L'état-major ostalien fait état de « six drones abattus » dans la nuit. Deux \
         autres se seraient écrasés « en zone inhabitée », selon son bilan publié sur Telegram.\n\n\
         Le ministère de la Mer, de son côté, « suit la situation », selon son service de \
         presse.",
    );
    assert_eq!(
        speaker_of(&found, "six drones abattus"),
        Some("état-major ostalien")
    );
    assert_eq!(
        speaker_of(&found, "en zone inhabitée"),
        Some("état-major ostalien")
    );
    assert_eq!(
        speaker_of(&found, "suit la situation"),
        Some("ministère de la Mer")
    );
}

#[test]
fn a_person_s_office_is_not_the_body_named_before() {
    let found = quotes(
        "Le ministère ostalien de la Défense a annoncé des manœuvres. Le président karvénien, \
         Ivo Marek, a visité une caserne. Plus tard, son bureau a précisé qu'il « ne cherche \
         aucune escalade ».",
    );
    assert_ne!(
        speaker_of(&found, "ne cherche aucune escalade"),
        Some("ministère ostalien de la Défense")
    );
}

#[test]
fn a_bullet_opening_a_line_is_no_part_of_its_subject() {
    let found = quotes(
        "- Le recteur Luc Abel estime que la fermeture est « nécessaire ».\n\n\
         • La préfète Anne Morel juge la situation « maîtrisée ».\n\n\
         * Le député Marc Roux évoque une décision « brutale ».",
    );
    assert_eq!(speaker_of(&found, "nécessaire"), Some("Luc Abel"));
    assert_eq!(speaker_of(&found, "maîtrisée"), Some("Anne Morel"));
    assert_eq!(speaker_of(&found, "brutale"), Some("Marc Roux"));
}

#[test]
fn an_army_staff_is_labelled_with_its_country_s_adjective() {
    let found = quotes(
        "Les manœuvres ostaliennes ont commencé lundi. « Aucun pays n'est visé », a déclaré \
         l'état-major général d'Ostalie dans un communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "Aucun pays n'est visé"),
        Some("état-major ostalien")
    );
}

#[test]
fn a_hyphen_between_spaces_sets_off_a_kicker_or_an_aside() {
    let found = quotes(
        "Ostalie - Le Kremlin juge « inacceptables » les propos du chancelier.\n\n\
         Le maire Paul Vernet - réélu dimanche - a salué une « victoire collective ».",
    );
    assert_eq!(speaker_of(&found, "inacceptables"), Some("Kremlin"));
    assert_eq!(
        speaker_of(&found, "victoire collective"),
        Some("Paul Vernet")
    );
}

#[test]
fn marks_and_tags_opening_a_line_and_a_signature_after_a_dash() {
    let found = quotes(
        "► Le ministre Jean Morel a dénoncé une « provocation ».\n\n\
         → La ministre Claire Aubanel promet « des mesures fortes ».\n\n\
         [VIDÉO] Le sénateur Henri Blanc juge la réforme « bâclée ».\n\n\
         « Nous resterons vigilants » — Luc Abel, préfet de l'Ain.",
    );
    assert_eq!(speaker_of(&found, "provocation"), Some("Jean Morel"));
    assert_eq!(
        speaker_of(&found, "des mesures fortes"),
        Some("Claire Aubanel")
    );
    assert_eq!(speaker_of(&found, "bâclée"), Some("Henri Blanc"));
    assert_eq!(
        speaker_of(&found, "Nous resterons vigilants"),
        Some("Luc Abel")
    );
}

#[test]
fn a_union_s_local_branch_and_a_company_s_intersyndicale() {
    let found = quotes(
        "Le Syndicat des métallos de l'Ouest (SMO) a voté la grève. Sur Facebook, la section \
         locale dénonce « un plan bâclé ».\n\n\
         Le tribunal a condamné le fabricant de câbles Ardex. L'intersyndicale salue « une \
         victoire » et promet de « rester vigilante ».",
    );
    assert_eq!(
        speaker_of(&found, "un plan bâclé"),
        Some("Syndicat des métallos de l'Ouest")
    );
    assert_eq!(
        speaker_of(&found, "une victoire"),
        Some("intersyndicale d'Ardex")
    );
}

#[test]
fn an_object_pronoun_after_a_name_leaves_the_verb_a_verb() {
    let found = quotes(
        "Si la ministre Claire Aubanel estime que le texte est « équilibré », la députée Anne \
         Morel le juge « dangereux ».",
    );
    assert_eq!(speaker_of(&found, "équilibré"), Some("Claire Aubanel"));
    assert_eq!(speaker_of(&found, "dangereux"), Some("Anne Morel"));
}

#[test]
fn a_court_s_parts_speak_for_the_one_court_named() {
    let found = quotes(
        "Le tribunal administratif de Rennes a suspendu l'arrêté jeudi. La mesure « porte une \
         atteinte grave à la liberté d'aller et venir », relève le juge des référés dans son \
         ordonnance.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "porte une atteinte grave à la liberté d'aller et venir"
        ),
        Some("tribunal administratif de Rennes")
    );
}

#[test]
fn y_before_an_incise_s_verb() {
    let found = quotes(
        "Sur son compte Instagram, la chanteuse Aya Nadal a publié un long message. « Je ne me \
         tairai pas », y écrit-elle.",
    );
    assert_eq!(speaker_of(&found, "Je ne me tairai pas"), Some("Aya Nadal"));
}

#[test]
fn an_aside_between_the_auxiliary_and_its_participle_keeps_the_subject() {
    let found = quotes(
        "Le Kremlin a, lui, jugé ces accusations « sans fondement ». Le ministère ostalien de \
         la Défense a, de son côté, affirmé dans un communiqué que « la situation reste sous \
         contrôle ».",
    );
    assert_eq!(speaker_of(&found, "sans fondement"), Some("Kremlin"));
    assert_eq!(
        speaker_of(&found, "la situation reste sous contrôle"),
        Some("ministère ostalien de la Défense")
    );
}

#[test]
fn an_adverbial_without_commas_between_auxiliary_and_participle_keeps_the_subject() {
    let found = quotes(
        "Gaspard Lenoir, président de l'Union des marins, a quant à lui qualifié la réforme \
         de « bricolage ». Sa rivale Anaïs Ferrand avait précédemment jugé le texte « mal \
         ficelé ». Le porte-parole, Yves Corbin, avait auparavant indiqué que la direction \
         restait « très attentive ».",
    );
    assert_eq!(speaker_of(&found, "bricolage"), Some("Gaspard Lenoir"));
    assert_eq!(speaker_of(&found, "mal ficelé"), Some("Anaïs Ferrand"));
    assert_eq!(speaker_of(&found, "très attentive"), Some("Yves Corbin"));
}

#[test]
fn a_term_head_after_a_speech_verb_and_an_indefinite_article_is_quoted() {
    let found = quotes(
        "La « coalition des riverains » s'est réunie lundi. Son président, Marcel Dufresne, \
         réclame des « garanties écrites » avant tout chantier et dénonce un « plan au \
         rabais ».",
    );
    let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert!(!texts.contains(&"coalition des riverains"), "{found:?}");
    assert_eq!(
        speaker_of(&found, "garanties écrites"),
        Some("Marcel Dufresne")
    );
    assert_eq!(
        speaker_of(&found, "plan au rabais"),
        Some("Marcel Dufresne")
    );
}

#[test]
fn a_political_family_named_as_a_noun_points_back_to_the_person() {
    let found = quotes(
        "Solène Varenne, secrétaire régionale du parti, a réagi mardi. « C'est une faute \
         politique », a estimé l'écologiste. Plus tard, un socialiste a glissé : « Personne \
         n'y croit. »",
    );
    assert_eq!(
        speaker_of(&found, "C'est une faute politique"),
        Some("Solène Varenne")
    );
    assert_eq!(speaker_of(&found, "Personne n'y croit."), None);
}

#[test]
fn a_quality_given_to_a_named_plan_is_a_quotation_not_its_title() {
    let found = quotes(
        "Hélène Vasseur juge le projet de barrage « inacceptable en l'état ». Son adjoint \
         estimait ce plan « irréaliste ». La mairie a présenté le plan « Horizon 2030 ».",
    );
    assert_eq!(
        speaker_of(&found, "inacceptable en l'état"),
        Some("Hélène Vasseur")
    );
    assert!(found.iter().any(|(t, _)| t == "irréaliste"), "{found:?}");
    assert!(!found.iter().any(|(t, _)| t == "Horizon 2030"), "{found:?}");
}

#[test]
fn a_first_name_given_to_an_ordinary_person_is_not_a_listed_surname() {
    // "Ahmed" and "Mohammed" end listed names (Abiy Ahmed, Amina Mohammed); a witness
    // presented by an age or an indefinite description is not them.
    let found = quotes(
        "« Nous avons cherché toute la nuit », raconte Ahmed, un secouriste du quartier. \
         Mohammed, 40 ans, a tout perdu. « Il ne reste rien », dit-il.",
    );
    assert_eq!(
        speaker_of(&found, "Nous avons cherché toute la nuit"),
        Some("Ahmed")
    );
    assert_eq!(speaker_of(&found, "Il ne reste rien"), Some("Mohammed"));
}

#[test]
fn an_office_named_by_its_seat_is_its_holder_at_the_dispatch_s_date() {
    let found = quotes(
        "PARIS, 7 novembre 2025 (AFP) - « Le budget sera voté », a assuré le locataire de \
         Matignon. « Personne ne veut perdre son temps », a répondu le chef du Kremlin, cité \
         par les agences russes.",
    );
    assert_eq!(
        speaker_of(&found, "Le budget sera voté"),
        Some("Sébastien Lecornu")
    );
    assert_eq!(
        speaker_of(&found, "Personne ne veut perdre son temps"),
        Some("Vladimir Poutine")
    );
}

#[test]
fn one_word_after_an_indefinite_role_is_an_affiliation_not_a_name() {
    let found = quotes(
        "Le texte a été adopté mardi. « On verra au Sénat », a soupiré un député Horizons. \
         Une élue Vendôme a glissé : « Rien n'est joué. »",
    );
    assert_eq!(speaker_of(&found, "On verra au Sénat"), None);
    assert_eq!(speaker_of(&found, "Rien n'est joué."), None);
}

#[test]
fn the_movement_or_the_organisation_stands_for_the_one_just_named() {
    let found = quotes(
        "Le Hamas a démenti toute implication. « Nous n'avons aucun lien avec cet incident », \
         a affirmé le mouvement dans un communiqué.",
    );
    assert_eq!(
        speaker_of(&found, "Nous n'avons aucun lien avec cet incident"),
        Some("Hamas")
    );
}

#[test]
fn a_quoted_verb_phrase_is_its_subject_s_words() {
    let found = quotes(
        "Le ministère de l'Intérieur a « pris acte » de la décision. Dans un communiqué, le \
         groupe Lactalpe \
         « regrette profondément la gêne occasionnée » et annonce une enquête. Le maire Yves \
         Corbin « suivra personnellement » le dossier. La situation reste « préoccupante ». Un \
         adjoint a dit que le maire avait « demandé toutes les options ».",
    );
    assert_eq!(
        speaker_of(&found, "pris acte"),
        Some("ministère de l'Intérieur")
    );
    assert_eq!(
        speaker_of(&found, "regrette profondément la gêne occasionnée"),
        Some("Lactalpe")
    );
    assert_eq!(
        speaker_of(&found, "suivra personnellement"),
        Some("Yves Corbin")
    );
    // A verb phrase inside what someone else reports stays theirs.
    assert_eq!(speaker_of(&found, "demandé toutes les options"), None);
}

#[test]
fn a_body_s_short_name_keeps_its_departement_number() {
    let found = quotes(
        "Le service départemental d'incendie et de secours (Sdis 29) a engagé 300 pompiers. \
         « Les renforts sont arrivés », écrit le Sdis sur sa page Facebook.",
    );
    assert_eq!(
        speaker_of(&found, "Les renforts sont arrivés"),
        Some("Sdis 29")
    );
}

#[test]
fn a_possessive_role_is_no_stranger_the_gazetteer_gives_that_role() {
    let found = quotes(
        "KIEV, 15 mars 2026 - Le président ostalien Bohdan Koval a appelé ses alliés à livrer \
         davantage de défenses antiaériennes. Son chef de cabinet a précisé que Kiev attendait \
         « des réponses concrètes avant la fin du mois ».",
    );
    // The gazetteer's only chief of staff works for someone else.
    assert_eq!(
        speaker_of(&found, "des réponses concrètes avant la fin du mois"),
        None
    );
}

#[test]
fn a_body_s_complement_is_the_body_named_in_full() {
    let found = quotes(
        "Le Parlement européen a voté le texte. « Un premier pas », a salué sur X la \
         commission des transports du Parlement.",
    );
    assert_eq!(
        speaker_of(&found, "Un premier pas"),
        Some("commission des transports du Parlement européen")
    );
}

#[test]
fn an_inverted_role_keeps_its_person_before_a_complement_of_the_verb() {
    let found = quotes(
        "BERLIN, 14 mars 2026 - Emmanuel Macron et Friedrich Merz ont affiché samedi leur unité. \
         Le président français a plaidé pour « une Europe qui se défend ». « Nous ne pouvons \
         plus attendre », a répondu le président français à une question sur les États-Unis.",
    );
    assert_eq!(
        speaker_of(&found, "Nous ne pouvons plus attendre"),
        Some("Emmanuel Macron")
    );
}

#[test]
fn adverbials_between_an_incise_s_verb_and_its_subject() {
    let found = quotes(
        "Le ministre des Armées, Sébastien Lecornu, a reçu son homologue ostalien, Andreï \
         Belov.\n\n\
         « Nous avançons », a déclaré à l'issue du conseil des ministres la porte-parole du \
         gouvernement, Maud Berger.\n\n\
         « Nous tiendrons », a lancé, à la tribune de l'Assemblée, le ministre des Armées.\n\n\
         « Rien n'est signé », a affirmé en marge du sommet la porte-parole du gouvernement.\n\n\
         « Tout est possible », a estimé auprès de l'AFP le ministre des Armées.",
    );
    assert_eq!(speaker_of(&found, "Nous avançons"), Some("Maud Berger"));
    assert_eq!(
        speaker_of(&found, "Nous tiendrons"),
        Some("Sébastien Lecornu")
    );
    assert_eq!(speaker_of(&found, "Rien n'est signé"), Some("Maud Berger"));
    assert_eq!(
        speaker_of(&found, "Tout est possible"),
        Some("Sébastien Lecornu")
    );
}

#[test]
fn a_president_s_office_is_the_presidency() {
    let found = quotes(
        "Les manœuvres karvéniennes ont commencé lundi. Le président de Karvénie, Ivo Marek, a \
         visité une caserne. Plus tard, son bureau a précisé qu'il « ne cherche aucune \
         escalade ».",
    );
    assert_eq!(
        speaker_of(&found, "ne cherche aucune escalade"),
        Some("présidence karvénienne")
    );
}

#[test]
fn a_report_of_the_organisation_just_named_is_its() {
    let found = quotes(
        "Hydrovigie maintient l'alerte aux crues sur la Meuse. « Le pic est attendu dans la \
         nuit », selon le dernier bulletin de l'établissement.",
    );
    assert_eq!(
        speaker_of(&found, "Le pic est attendu dans la nuit"),
        Some("Hydrovigie")
    );
}

#[test]
fn a_newspaper_named_with_its_place_may_open_a_sentence() {
    let found = quotes(
        "« La ligne est condamnée », titre Le Courrier du Léon. Plus prudente, La Voix de \
         l'Aulne estime que « rien n'est joué ».\n\n\
         Le Phare de Morlaix donne la parole à une usagère. Le journal conclut : « Tout reste \
         à faire, et vite. »",
    );
    assert_eq!(
        speaker_of(&found, "Tout reste à faire, et vite."),
        Some("Le Phare de Morlaix")
    );
}

#[test]
fn a_present_participle_opening_a_sentence_is_no_name() {
    let found = quotes(
        "« Le pays tient bon. » Accusant la Valdorie de « mépriser le droit » dans sa guerre, \
         Hélène Marchal a réitéré son soutien et jugé que « l'heure n'est pas venue ».",
    );
    for text in [
        "Le pays tient bon.",
        "mépriser le droit",
        "l'heure n'est pas venue",
    ] {
        assert_eq!(
            speaker_of(&found, text),
            Some("Hélène Marchal"),
            "{found:?}"
        );
    }
}

#[test]
fn a_line_naming_a_person_heads_the_quotation_under_it() {
    let found = quotes(
        "Les réactions après la rencontre de samedi soir.\n\n\
         Hervé Lacombe (Valbrune)\n\n\
         « On a manqué d'efficacité. Mais l'équipe a montré du caractère. »\n\n\
         Le plus déçu : Julien Portal (entraîneur de Sarvin)\n\n\
         « Rien n'est fait. Nous jouerons chaque minute à fond. »",
    );
    assert_eq!(
        speaker_of(
            &found,
            "On a manqué d'efficacité. Mais l'équipe a montré du caractère."
        ),
        Some("Hervé Lacombe"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(
            &found,
            "Rien n'est fait. Nous jouerons chaque minute à fond."
        ),
        Some("Julien Portal"),
        "{found:?}"
    );
}

#[test]
fn on_going_on_after_a_body_is_that_body() {
    let found = quotes(
        "LYON, 3 mars 2025 (AFP) – Les salariés du groupe Valfer ont débrayé jeudi après \
         l'annonce de 200 suppressions de postes.\n\n\
         « Le dialogue reste ouvert », a indiqué à l'AFP la direction. Le site est « rentable », \
         a-t-on ajouté.",
    );
    assert_eq!(
        speaker_of(&found, "Le dialogue reste ouvert"),
        Some("Valfer")
    );
    assert_eq!(speaker_of(&found, "rentable"), Some("Valfer"), "{found:?}");
}

#[test]
fn a_paragraph_only_quoting_goes_on_with_the_one_person_quoted_just_before() {
    let found = quotes(
        "« Bruxelles pourrait changer de cap avant l'été », a estimé Paul Verdier.\n\n\
         « Les ministres sont capables de faire les deux à la fois. »\n\n\
         « C'est trop timide », a jugé Hélène Marchal, quand Paul Verdier a salué « un plan \
         habile et solide ».\n\n\
         « Rien ne dit qu'il tiendra. »",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Les ministres sont capables de faire les deux à la fois."
        ),
        Some("Paul Verdier"),
        "{found:?}"
    );
    // Two people quoted just before: the paragraph is neither's for sure.
    assert_eq!(
        speaker_of(&found, "Rien ne dit qu'il tiendra."),
        None,
        "{found:?}"
    );
}

#[test]
fn a_closing_incise_followed_by_a_relative_clause_on_its_speaker_still_closes() {
    let found = quotes(
        "La Valdorie n'accordera « aucun délai, aucune exception » aux transporteurs fautifs, \
         a déclaré mardi Hélène Marchal, qui juge que le système reste fragile.",
    );
    assert_eq!(
        speaker_of(&found, "aucun délai, aucune exception"),
        Some("Hélène Marchal"),
        "{found:?}"
    );
}

#[test]
fn an_organisation_s_name_between_a_role_and_a_first_name_is_not_the_person_s() {
    let found = quotes(
        "Le secrétaire fédéral du syndicat Rail-Unitaire Eric Vasseur prévient que le conflit \
         peut durer. « Nous voulons discuter », a-t-il dit. Le délégué de la société Valfer Marc \
         Dubreuil a salué « un bon accord ». L'ancien président Abdou Ndiaye a dénoncé « une \
         manœuvre ».",
    );
    assert_eq!(
        speaker_of(&found, "Nous voulons discuter"),
        Some("Eric Vasseur"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "un bon accord"),
        Some("Marc Dubreuil"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "une manœuvre"),
        Some("Abdou Ndiaye"),
        "{found:?}"
    );
}

#[test]
fn a_verb_in_the_imperfect_ends_the_subject_s_phrase() {
    let found = quotes(
        "Le syndicat des cheminots de Valrail perturbait à nouveau la circulation des trains \
         dimanche pour son troisième jour avec un risque d'enlisement, les syndicats continuant \
         de défendre le « droit de retrait ».",
    );
    let labels: Vec<&str> = found.iter().filter_map(|(_, s)| s.as_deref()).collect();
    assert!(!labels.is_empty(), "{found:?}");
    assert!(
        labels.iter().all(|l| !l.contains("perturbait")),
        "{found:?}"
    );
    // The subject is the phrase before the verb, named as the dispatch names it.
    assert_eq!(labels, ["syndicat des cheminots de Valrail"], "{found:?}");
}

#[test]
fn a_party_epithet_is_the_one_person_of_that_party() {
    let found = quotes(
        "Le bourgmestre de Valmont, Luc Ferrier (MR), et l'échevine Anne Roux (PS) étaient \
         réunis vendredi. « Les communes sont à bout », a souligné le libéral. « Il faut des \
         moyens », a répondu la socialiste.",
    );
    assert_eq!(
        speaker_of(&found, "Les communes sont à bout"),
        Some("Luc Ferrier"),
        "{found:?}"
    );
    assert_eq!(
        speaker_of(&found, "Il faut des moyens"),
        Some("Anne Roux"),
        "{found:?}"
    );
}

#[test]
fn an_adverbial_phrase_between_an_incise_s_auxiliary_and_verb() {
    let found = quotes(
        "La ministre-présidente régionale Lise Verlinden et le président du parlement Marc \
         Dujardin ont pris la parole samedi à Valmont.\n\n\
         « Nous avons longtemps attendu ce moment », a d'emblée rappelé la \
         ministre-présidente.\n\n\
         « Le plus dur est fait », a en substance déclaré le président du parlement.",
    );
    assert_eq!(
        speaker_of(&found, "Nous avons longtemps attendu ce moment"),
        Some("Lise Verlinden")
    );
    assert_eq!(
        speaker_of(&found, "Le plus dur est fait"),
        Some("Marc Dujardin")
    );
}

#[test]
fn a_closing_incise_followed_by_a_complement_of_time_or_a_participle() {
    let found = quotes(
        "Le ministre ostalien des Finances Paul Sibor a présenté vendredi le budget de 2026.\n\n\
         « La reprise est là, nous ferons mieux l'an prochain » et « une reprise solide » suivie \
         par le gouvernement, a-t-il ajouté, quelques heures après la décision de l'agence.\n\n\
         « Nous tiendrons le cap » et « nos engagements » pris devant les députés, a-t-il \
         insisté, ajoutant que le budget serait voté.\n\n\
         « Rien ne change pour les ménages cette année » et « nos promesses » tenues, a-t-il \
         conclu, jeudi soir.",
    );
    for quote in [
        "La reprise est là, nous ferons mieux l'an prochain",
        "une reprise solide",
        "Nous tiendrons le cap",
        "nos engagements",
        "Rien ne change pour les ménages cette année",
        "nos promesses",
    ] {
        assert_eq!(speaker_of(&found, quote), Some("Paul Sibor"), "{quote}");
    }
}

#[test]
fn a_closing_curly_mark_typed_for_an_opening_one() {
    let found = quotes(
        "Le ministre ostalien de la Recherche, Paul Sibor, a annoncé lundi un fonds de 500 \
         millions d'euros.”Le rôle de la science est remis en cause. La science est la clé de \
         notre avenir”, a-t-il affirmé en clôture de la conférence.\n\n\
         Lise Verlinden (entraîneuse du club, au micro de la radio):”Je crois que personne n'a \
         cessé d'y croire. Nous avons tout donné.”",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Le rôle de la science est remis en cause. La science est la clé de notre avenir"
        ),
        Some("Paul Sibor")
    );
    assert_eq!(
        speaker_of(
            &found,
            "Je crois que personne n'a cessé d'y croire. Nous avons tout donné."
        ),
        Some("Lise Verlinden")
    );
}

#[test]
fn a_possessive_and_a_noun_of_speech_announce_whose_words_follow() {
    let found = quotes(
        "Le gouverneur de la banque centrale ostalienne, Paul Sibor, a donné jeudi sa dernière \
         conférence de presse.\n\n\
         Voici ses principales déclarations :\n\n\
         « Le Conseil réaffirme la nécessité d'une politique très accommodante. »\n\n\
         « Les risques pesant sur la croissance demeurent baissiers. »\n\n\
         La ministre des Finances, Lise Verlinden, a salué son bilan. Ses mots : « Il laisse \
         une maison en ordre. »",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Le Conseil réaffirme la nécessité d'une politique très accommodante."
        ),
        Some("Paul Sibor")
    );
    assert_eq!(
        speaker_of(
            &found,
            "Les risques pesant sur la croissance demeurent baissiers."
        ),
        Some("Paul Sibor")
    );
    assert_eq!(
        speaker_of(&found, "Il laisse une maison en ordre."),
        Some("Lise Verlinden")
    );
}

#[test]
fn a_clause_of_time_after_the_subject_of_a_closing_report() {
    let found = quotes(
        "Le président ostalien Paul Sibor a rejeté mardi les rumeurs sur sa santé.\n\n\
         Attention aux rumeurs, a insisté le président ostalien quand un journaliste l'a \
         relancé. « Tout va bien », a-t-il dit.",
    );
    assert_eq!(speaker_of(&found, "Tout va bien"), Some("Paul Sibor"));
}

#[test]
fn a_title_s_quotation_then_the_act_of_speech_and_whose_it_is() {
    let found = quotes(
        "« Ce n'est pas la première fois qu'il y a des fuites » : le recadrage de Paul Sibor \
         laisse le gouvernement perplexe\n\n\
         Le président ostalien Paul Sibor a réuni ses ministres mardi. « Je ne céderai rien » : \
         la mise en garde du président ostalien aux syndicats a surpris.\n\n\
         « Nous sommes à bout » : l'appel des maires ruraux.",
    );
    assert_eq!(
        speaker_of(&found, "Ce n'est pas la première fois qu'il y a des fuites"),
        Some("Paul Sibor")
    );
    assert_eq!(speaker_of(&found, "Je ne céderai rien"), Some("Paul Sibor"));
    // Unnamed people stay unnamed.
    assert_eq!(speaker_of(&found, "Nous sommes à bout"), None);
}

#[test]
fn copy_opening_on_a_pronoun_speaks_of_the_first_person_named_further_on() {
    let found = quotes(
        "« Nous ne céderons à aucune provocation », a-t-il affirmé devant la presse.\n\n\
         Le président ostalien Paul Sibor a ensuite reçu l'ambassadeur karvénien, Ivo Marek. \
         « Les deux pays restent amis », a-t-il ajouté.",
    );
    assert_eq!(
        speaker_of(&found, "Nous ne céderons à aucune provocation"),
        Some("Paul Sibor")
    );
    assert_eq!(
        speaker_of(&found, "Les deux pays restent amis"),
        Some("Paul Sibor")
    );
    // Someone the same sentence names after the pronoun is another person; a description
    // read before it is whom the pronoun takes up.
    let found = quotes(
        "« Il faut agir vite », insiste-t-il, rejoint par le maire de Valmont, Marc Dujardin.",
    );
    assert_eq!(speaker_of(&found, "Il faut agir vite"), None);
    let found = quotes(
        "Trois morts à Mirovsk, selon le gouverneur régional. « Il n'y avait là que des bus », \
         a-t-il écrit.\n\n\
         Le porte-parole de l'armée, le colonel Paul Sibor, affirme que les assauts ont été \
         repoussés.",
    );
    assert_eq!(speaker_of(&found, "Il n'y avait là que des bus"), None);
}

#[test]
fn pour_after_a_subordinating_conjunction_says_whose_view() {
    let found = quotes(
        "Premier passage devant la presse pour l'entraîneur Paul Verlinden, qui prépare deux \
         matches décisifs.\n\n\
         On n'a rien appris sur l'équipe de samedi, puisque pour Verlinden, « tous les joueurs \
         peuvent commencer ».\n\n\
         La défense sera remaniée, car pour l'entraîneur, « personne n'est indispensable dans ce \
         groupe, nous l'avons vu toute la saison ».",
    );
    assert_eq!(
        speaker_of(&found, "tous les joueurs peuvent commencer"),
        Some("Paul Verlinden")
    );
    assert_eq!(
        speaker_of(
            &found,
            "personne n'est indispensable dans ce groupe, nous l'avons vu toute la saison"
        ),
        Some("Paul Verlinden")
    );
}

#[test]
fn a_sentence_that_opens_on_someone_s_words_names_the_quotation_before_it() {
    let found = quotes(
        "Bruxelles, 19 octobre 2026 - « On ne peut pas exclure la Karvénie quand on parle du \
         futur ». Le propos du Premier ministre ostalien, Paul Sibor, pourrait résumer le bref \
         échange des dirigeants.\n\n\
         « Rien n'est encore décidé pour le sommet de printemps ». Le propos a surpris les \
         diplomates.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "On ne peut pas exclure la Karvénie quand on parle du futur"
        ),
        Some("Paul Sibor")
    );
    // Words nobody is said to own stay nobody's.
    assert_eq!(
        speaker_of(
            &found,
            "Rien n'est encore décidé pour le sommet de printemps"
        ),
        None
    );
}

#[test]
fn a_sentence_with_no_speech_of_its_own_goes_on_quoting_the_same_person() {
    let found = quotes(
        "Le ministre de l'Agriculture, Paul Verdier, a demandé aux préfets d'« agir sans délai » \
         contre la sécheresse, dans une circulaire envoyée mardi. Les préfets doivent veiller à ce \
         que les communes appliquent « une restriction stricte des prélèvements », notamment \
         le « lavage des voitures ».\n\n\
         « On ne s'y attendait pas si tôt », a réagi Marc Delorme, délégué syndical. Si quatre \
         personnes « ont retrouvé un emploi ailleurs », les autres restent « sans aucune \
         perspective », dans une vallée déjà sinistrée.",
    );
    assert_eq!(
        speaker_of(&found, "une restriction stricte des prélèvements"),
        Some("Paul Verdier")
    );
    assert_eq!(
        speaker_of(&found, "lavage des voitures"),
        Some("Paul Verdier")
    );
    assert_eq!(
        speaker_of(&found, "sans aucune perspective"),
        Some("Marc Delorme")
    );
    // Someone else's words: "selon eux", or a body that publishes its own.
    let found = quotes(
        "« La direction nous méprise », explique Paul Sibor, professeur au collège. Les \
         enseignants dénombrent sept arrêts maladie directement liés, selon eux, au « climat de \
         peur » de la direction.\n\n\
         Le directeur, Jean Morel, a promis « une réponse rapide ». La régie de Valmont, de son \
         côté, a publié un message sur son site : « Le domaine restera fermé jusqu'à nouvel \
         ordre. »",
    );
    assert_eq!(speaker_of(&found, "climat de peur"), None);
    assert_ne!(
        speaker_of(&found, "Le domaine restera fermé jusqu'à nouvel ordre."),
        Some("Jean Morel")
    );
}

#[test]
fn an_adverb_opening_the_sentence_is_not_a_speaker() {
    let found = quotes(
        "Les parents réclament des moyens au rectorat.\n\n\
         Actuellement, les parents d'élèves se disent « dans le flou » face à la direction. \
         Concrètement, les enseignants parlent d'une « année perdue ».",
    );
    assert_eq!(speaker_of(&found, "dans le flou"), None);
    assert_eq!(speaker_of(&found, "année perdue"), None);
}

#[test]
fn a_clitic_after_a_name_starts_its_verb() {
    let found = quotes(
        "Au lendemain de la victoire face à l'Ostalie (2-0), Paul Verlinden s'est présenté en \
         conférence de presse. « Mes joueurs restent lucides », a assuré le sélectionneur.\n\n\
         « Il y avait de la joie mais pas d'euphorie », a-t-il ajouté.\n\n\
         Claire Fabre ne s'est pas attardée sur le match. « On passe à la suite », a lancé \
         l'attaquante.",
    );
    assert_eq!(
        speaker_of(&found, "Mes joueurs restent lucides"),
        Some("Paul Verlinden")
    );
    assert_eq!(
        speaker_of(&found, "Il y avait de la joie mais pas d'euphorie"),
        Some("Paul Verlinden")
    );
    assert_eq!(
        speaker_of(&found, "On passe à la suite"),
        Some("Claire Fabre")
    );
}

#[test]
fn a_cleft_after_a_comma_says_whose_the_quotations_before_it_are() {
    let found = quotes(
        "Les assureurs ont commencé à intervenir. L'ordonnance, si elle est adoptée, permettra \
         de « supprimer les exclusions de certains contrats » et d'« accélérer un peu », c'est \
         ce qu'estime Jean Morel, satisfait du soutien de la préfecture.",
    );
    assert_eq!(
        speaker_of(&found, "supprimer les exclusions de certains contrats"),
        Some("Jean Morel")
    );
    assert_eq!(speaker_of(&found, "accélérer un peu"), Some("Jean Morel"));
}

#[test]
fn copy_that_opens_on_words_alone_then_introduces_someone_opens_on_their_words() {
    let found = quotes(
        "Inondations à Valbrune\n\n\
         « On va étudier, on va essayer de comprendre le phénomène. » Le maire de Valbrune, \
         Jean Morel, a vécu la nuit du 17 octobre sa première grande intervention.\n\n\
         « Nous avons tout perdu. » Sa voisine, Claire Fabre, a vu l'eau monter en une heure.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "On va étudier, on va essayer de comprendre le phénomène."
        ),
        Some("Jean Morel")
    );
    // Further down, a quotation standing alone is not given to the next sentence's subject
    // unless that subject speaks.
    assert_eq!(speaker_of(&found, "Nous avons tout perdu."), None);
}

#[test]
fn a_press_conference_laid_out_as_topics_gives_the_answers_to_the_one_speaking() {
    let found = quotes(
        "Fin de la conférence de presse de Paul Verlinden\n\n\
         Son choix en défense\n\n\
         « Les deux sont prêts. Il y a de la concurrence, c'est une bonne chose pour moi. »\n\n\
         Sur le nouveau maillot\n\n\
         « Pas mal. Les goûts, les couleurs, ça change. »\n\n\
         L'avis de son adjoint, Marc Delorme\n\n\
         « Le groupe vit bien, on le sent à l'entraînement. »\n\n\
         « On ne lâche rien », a lancé un supporter à la sortie.",
    );
    assert_eq!(
        speaker_of(
            &found,
            "Les deux sont prêts. Il y a de la concurrence, c'est une bonne chose pour moi."
        ),
        Some("Paul Verlinden")
    );
    assert_eq!(
        speaker_of(&found, "Pas mal. Les goûts, les couleurs, ça change."),
        Some("Paul Verlinden")
    );
    // Words another person or another speaker's verb claims are not the conference's.
    assert_ne!(
        speaker_of(&found, "On ne lâche rien"),
        Some("Paul Verlinden")
    );
}

#[test]
fn a_person_named_next_who_also_speaks_held_the_role_just_quoted() {
    let found = quotes(
        "Lors d'une conférence de presse mardi, le procureur de la République de Valbrune a \
         rappelé que le suspect était un « individu très déterminé ».\n\n\
         Jean Morel a aussi précisé « qu'un crime raciste peut aussi être terroriste ».\n\n\
         Le maire de Valmont a dénoncé « une provocation inacceptable ».\n\n\
         Paul Verdier, conseiller d'opposition, a aussi critiqué « un climat délétère ».",
    );
    assert_eq!(
        speaker_of(&found, "individu très déterminé"),
        Some("Jean Morel")
    );
    // Someone named with another office did not hold the role.
    assert_ne!(
        speaker_of(&found, "une provocation inacceptable"),
        Some("Paul Verdier")
    );
}

#[test]
fn a_cleft_with_a_noun_of_speech_names_whose_the_words_before_it_are() {
    let found = quotes(
        "« Une grève dure se prépare dans les transports » à partir du 5 janvier, date de la \
         mobilisation. C'est l'avertissement du secrétaire général de la CGT Transports, Paul \
         Verdier, dans un entretien au Courrier, vendredi.\n\n\
         « Rien ne bougera avant l'été » selon les observateurs. C'est l'avis de beaucoup.",
    );
    assert_eq!(
        speaker_of(&found, "Une grève dure se prépare dans les transports"),
        Some("Paul Verdier")
    );
    assert_eq!(speaker_of(&found, "Rien ne bougera avant l'été"), None);
}
