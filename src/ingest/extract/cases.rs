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
        "Les troupes valdoriennes sont entrées dans la ville mardi. La Valdorie a dénoncé une \
         « provocation délibérée » de ses voisins.",
    );
    assert_eq!(
        speaker_of(&found, "provocation délibérée"),
        Some("gouvernement valdorien")
    );
}

#[test]
fn a_ministry_keeps_its_nationality_before_its_portfolio() {
    let found = quotes(
        "Le ministère de l'Intérieur valdorien a affirmé dans un communiqué que la frontière \
         restait « fermée jusqu'à nouvel ordre ».",
    );
    assert_eq!(
        speaker_of(&found, "fermée jusqu'à nouvel ordre"),
        Some("ministère valdorien de l'Intérieur")
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
        "Le Valdor réclame trois navires de plus, « le seuil vital » selon Irma Kestelyn. Rien \
         n'a été promis.",
    );
    assert_eq!(speaker_of(&found, "le seuil vital"), Some("Irma Kestelyn"));
}

#[test]
fn subject_first_after_a_quotation_in_translated_copy() {
    let found = quotes(
        "Le ministre de l'Énergie valdorien Ostrowicz a salué l'accord comme « une bouffée \
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
        "Le président valdorien Piet Hallmann a jugé la rencontre « utile ». \
         Une heure plus tard, son homologue morvan Ilja Brandauer a donné une autre version. \
         « Rien n'a bougé, absolument rien », a-t-il lancé devant la presse.",
    );
    assert_eq!(
        speaker_of(&found, "Rien n'a bougé, absolument rien"),
        Some("Ilja Brandauer")
    );
    let found = quotes(
        "La ministre valdorienne Greta Olsson a parlé d'une journée utile. \
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
