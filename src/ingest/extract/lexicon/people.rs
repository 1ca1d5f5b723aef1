//! The words that name people: role nouns (masculine and feminine), first names with their
//! gender, name particles, and inhabitants' names.

use std::sync::OnceLock;

use super::{is_body_noun, place_adjective, set, Gender, HashMap};

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
cégétiste/cégétiste cédétiste/cédétiste
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
invité/invitée hôte/hôtesse signataire/signataire
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
homme/femme garçon/fillette ancien/ancienne personne/personne jeune/jeune individu/individue
trentenaire/trentenaire quadragénaire/quadragénaire quinquagénaire/quinquagénaire
sexagénaire/sexagénaire septuagénaire/septuagénaire octogénaire/octogénaire
nonagénaire/nonagénaire centenaire/centenaire
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
résident/résidente surveillant/surveillante agent/agente bénévole/bénévole patient/patiente
soignant/soignante aide-soignant/aide-soignante automobiliste/automobiliste électeur/électrice
spectateur/spectatrice fidèle/fidèle déplacé/déplacée gréviste/gréviste chômeur/chômeuse
sinistré/sinistrée blessé/blessée détenu/détenue prisonnier/prisonnière activiste/activiste
citoyen/citoyenne contribuable/contribuable supporter/supportrice garde/garde
demi-centre/demi-centre ailier/ailière meneur/meneuse entraîneur-adjoint/entraîneuse-adjointe
demi/demie arrière/arrière ouvreur/ouvreuse talonneur/talonneuse pilier/pilière
cégétiste/cégétiste cédétiste/cédétiste syndiqué/syndiquée
nutritionniste/nutritionniste urbaniste/urbaniste sismologue/sismologue volcanologue/volcanologue
météorologue/météorologue prévisionniste/prévisionniste hydrologue/hydrologue glaciologue/glaciologue
biologiste/biologiste physicien/physicienne chimiste/chimiste mathématicien/mathématicienne
philosophe/philosophe théologien/théologienne linguiste/linguiste archéologue/archéologue
généticien/généticienne cancérologue/cancérologue oncologue/oncologue cardiologue/cardiologue
radiologue/radiologue anesthésiste/anesthésiste ambulancier/ambulancière aide-soignant/aide-soignante
prévenu/prévenue conservateur/conservatrice suspect/suspecte plaignant/plaignante
bénévole/bénévole éducateur/éducatrice assistant/assistante doyen/doyenne agent/agente
sapeur-pompier/sapeur-pompière sinistré/sinistrée
écologiste/écologiste socialiste/socialiste insoumis/insoumise communiste/communiste
centriste/centriste macroniste/macroniste travailliste/travailliste démocrate/démocrate
républicain/républicaine souverainiste/souverainiste milliardaire/milliardaire libéral/libérale
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
/// "l'ex-président": the prefix of a former office keeps the noun a role.
pub fn role(w: &str) -> Option<(&'static str, Gender)> {
    roles().get(w).copied().or_else(|| {
        w.strip_prefix("ex-")
            .and_then(|rest| roles().get(rest).copied())
    })
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
    haut-representant sous-secretaire coprésident copresident proviseur gendarme policier
    pompier enseignant infirmier pharmacien notaire greffier inspecteur");

word_set!(
    /// Adjectives that come before a role noun ("l'ancien maire", "le Premier ministre").
    is_pre_adjective, "ancien ancienne nouveau nouvel nouvelle jeune premier première
    vieux vieille ex futur future actuel actuelle haut haute grand grande petit petite seul
    seule principal principale influent influente célèbre puissant puissante dernier dernière");

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
piotr pawel paweł krzysztof wojciech radosław radoslaw witold marek janusz miroslav
zoran goran dragan nikola kostas yannis giorgos nikos dimitris kyriakos alexis vladislav
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
małgorzata malgorzata joanna magdalena urszula beata aleksandra dragana jasmina ioana
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
    is_name_particle, "de du des d' la le van von der den da do di dal del della dos das ben bin
    al el ibn ter");

word_set!(
    /// Demonyms the endings of [`is_demonym_epithet`] miss: "le Russe", "la Britannique".
    is_other_demonym, "russe russes biélorusse belge suisse turc turque grec grecque
    britannique espagnol espagnole tchèque slovaque bulgare serbe croate slovène moldave
    yéménite qatari émirati argentin argentine afghan afghane kényan kényane libyen libyenne
    chypriote ouzbek kazakh mongol mongole kurde");

/// A capitalised nationality noun before a name ("la Suédoise Ebba Lindqvist"), by its ending.
/// A capitalised inhabitant's name used as an epithet ("la Niçoise", "le Lyonnais"): the
/// surest demonym endings only, and no country or body a lexicon knows.
pub fn is_demonym_epithet(w: &str) -> bool {
    const ENDINGS: [&str; 12] = [
        "ais", "aise", "ois", "oise", "ien", "ienne", "éen", "éenne", "ain", "aine", "and", "ande",
    ];
    (w.chars().count() > 5 && ENDINGS.iter().any(|e| w.ends_with(e)) || is_other_demonym(w))
        && !is_body_noun(w)
        && place_adjective(&crate::text::fold::fold(w)).is_none()
}

/// Nouns for the person facing someone: "son homologue", "son rival".
pub fn is_counterpart(w: &str) -> bool {
    matches!(
        w,
        "homologue"
            | "rival"
            | "rivale"
            | "adversaire"
            | "interlocuteur"
            | "interlocutrice"
            | "invité"
            | "invitée"
            | "hôte"
            | "hôtesse"
    )
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
    fn roles_and_names() {
        assert_eq!(role("présidente"), Some(("président", Gender::F)));
        assert_eq!(role("porte-parole"), Some(("porte-parole", Gender::U)));
        assert_eq!(first_name("josette"), Some(Gender::F));
        assert_eq!(first_name("camille"), Some(Gender::U));
    }
}
