//! Ranking as a reader sees it: the page filled in tiers, names spelt otherwise, typos.

mod common;

use common::{highlighted, place, stderr, stdout, Corpus};

fn corpus() -> Corpus {
    Corpus::indexed("tests/fixtures/ranking")
}

#[test]
fn passages_holding_most_words_fill_the_page_after_those_holding_all() {
    let c = corpus();
    let hits = c.hits(&["garanties", "présence", "militaire"]);
    let places: Vec<String> = hits.iter().map(place).collect();
    assert_eq!(places[0], "2025-03-02-garanties.txt ¶3", "{places:?}");
    assert_eq!(hits[0]["matched"], 3);
    assert_eq!(hits[0]["of"], 3);
    // Then the passage holding two of the three words, then those holding one.
    assert_eq!(places[1], "2025-03-02-garanties.txt ¶4", "{places:?}");
    assert_eq!(hits[1]["matched"], 2);
    assert!(hits[2..].iter().all(|h| h["matched"] == 1));
    // The terminal says where the passages holding every word end.
    let out = c.search(&["garanties", "présence", "militaire"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let marker = text.find("contient tous les mots").expect("a marker");
    assert!(
        text[..marker].contains("¶3") && text[marker..].contains("¶4"),
        "{text}"
    );
    // Strictly: only the passage holding every word.
    assert_eq!(
        c.places(&["--all-words", "garanties", "présence", "militaire"]),
        vec!["2025-03-02-garanties.txt ¶3"]
    );
}

#[test]
fn exclusions_phrases_and_filters_hold_in_every_tier() {
    let c = corpus();
    let places = c.places(&["garanties", "militaire", "-kremlin"]);
    assert!(!places.contains(&"2025-03-02-garanties.txt ¶4".to_owned()));
    assert!(!places.is_empty());
    // A phrase is one unit: kept whole or not at all.
    for h in c.hits(&["\"présence militaire limitée\"", "Kiev"]) {
        let text = h["text"].as_str().unwrap();
        if h["matched"] == 0 {
            // A passage of a story whose title holds the query, holding none of it itself:
            // "présence militaire" without "limitée" does not count as the phrase.
            assert!(h["title"].as_str().unwrap().contains("Kiev"), "{h}");
        } else {
            assert!(text.contains("présence militaire limitée") || text.contains("Kiev"));
        }
    }
    // Dates filter every tier.
    assert!(c
        .places(&["--until", "2025-03-01", "garanties", "émissaire"])
        .iter()
        .all(|p| p.starts_with("2025-03-01")));
}

#[test]
fn a_story_whose_title_holds_the_query_lends_its_other_passages() {
    let c = corpus();
    // The dispatch titled "Kiev réclame des garanties" tells the story on in passages that no
    // longer say "Kiev": they fill the page after the passages holding the words.
    let hits = c.hits(&["Kiev", "garanties"]);
    let places: Vec<String> = hits.iter().map(place).collect();
    let lent: Vec<&serde_json::Value> = hits.iter().filter(|h| h["matched"] == 0).collect();
    assert!(!lent.is_empty(), "{places:?}");
    for h in &lent {
        assert_eq!(h["dispatch"], "2025-03-02-garanties.txt", "{places:?}");
    }
    let first_lent = hits.iter().position(|h| h["matched"] == 0).unwrap();
    assert!(hits[..first_lent].iter().all(|h| h["matched"] != 0));
    // Strictly, only passages holding every word.
    assert!(c
        .hits(&["--all-words", "Kiev", "garanties"])
        .iter()
        .all(|h| h["matched"] == 2));
    // The other dispatches' titles hold neither word: none of their passages is lent.
    assert_eq!(lent.len(), 1, "{places:?}");
    assert_eq!(place(lent[0]), "2025-03-02-garanties.txt ¶4");
}

#[test]
fn a_name_finds_its_other_spellings_in_the_text() {
    let c = corpus();
    // The text says "Zelensky"; the alias list knows "Zelenskyy" is the same man.
    let hits = c.hits(&["Zelenskyy", "garanties"]);
    assert_eq!(place(&hits[0]), "2025-03-02-garanties.txt ¶2");
    assert_eq!(hits[0]["matched"], 2);
    // An English transliteration finds the French one.
    let out = c.search(&["--json", "Umerov"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("2025-03-03-delegation.txt"));
    // So does a name no list knows, and search says so.
    let out = c.search(&["--json", "Kushnarenko"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("2025-03-03-delegation.txt"));
    assert!(
        stderr(&out).contains("Kushnarenko → Kouchnarenko"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_misspelt_name_is_corrected_and_said_so() {
    let c = corpus();
    let out = c.search(&["Witkof"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("search: Witkof → Witkoff"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).contains("2025-03-01-emissaire.txt ¶2"));
    let hits = c.hits(&["Witkof"]);
    assert_eq!(hits[0]["corrections"][0]["typed"], "Witkof");
    assert_eq!(hits[0]["corrections"][0]["kind"], "typo");
    // Exact spellings first: "reçu" is held as typed, "Witkof" only through its correction.
    let hits = c.hits(&["Witkof", "reçu"]);
    assert_eq!(place(&hits[0]), "2025-03-01-emissaire.txt ¶2");
    // --exact turns corrections off; a phrase is never corrected.
    let out = c.search(&["--exact", "Witkof"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!stderr(&out).contains("→"));
    let out = c.search(&["\"Witkof\""]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn copies_of_one_passage_are_one_hit_listing_the_others() {
    // Three agencies' copies of one paragraph, a few words apart, and a story of its own.
    let c = Corpus::indexed("tests/fixtures/wire-copies");
    let copy = |h: &serde_json::Value| {
        h["text"]
            .as_str()
            .unwrap()
            .contains("quatre cents kilomètres de voies")
    };
    let hits = c.hits(&["Kravtsova", "gares", "rouvrir"]);
    let copies: Vec<&serde_json::Value> = hits.iter().filter(|h| copy(h)).collect();
    assert_eq!(copies.len(), 1, "{hits:#?}");
    // Shown by the earliest dispatch, the others listed earliest first.
    assert_eq!(place(copies[0]), "2025-04-09-rail-regional.txt ¶2");
    assert_eq!(
        copies[0]["duplicates"],
        serde_json::json!([
            {"dispatch": "2025-04-10-rail-agence-a.txt", "passage": 2, "date": "2025-04-10"},
            {"dispatch": "2025-04-11-rail-agence-b.txt", "passage": 2, "date": "2025-04-11"},
        ])
    );
    // The strike is another passage: not collapsed into them.
    let strike = hits
        .iter()
        .find(|h| place(h) == "2025-04-12-greve.txt ¶2")
        .expect("the strike");
    assert_eq!(strike["duplicates"], serde_json::json!([]));
    // The terminal says where else the passage stands.
    let text = stdout(&c.search(&["Kravtsova", "gares", "rouvrir"]));
    assert!(
        text.contains(
            "aussi dans 2 dépêches : 2025-04-10-rail-agence-a.txt ¶2, 2025-04-11-rail-agence-b.txt ¶2"
        ),
        "{text}"
    );
    // --no-collapse shows every copy.
    let all = c.hits(&["--no-collapse", "Kravtsova", "gares", "rouvrir"]);
    assert_eq!(all.iter().filter(|h| copy(h)).count(), 3, "{all:#?}");
}

#[test]
fn sorted_by_date_every_tier_is_newest_first() {
    let c = corpus();
    let hits = c.hits(&["--sort", "date", "garanties", "présence", "militaire"]);
    assert!(hits.len() > 3, "{hits:#?}");
    // Tiers still come in order of the units held; within each, newest first, undated last.
    for pair in hits.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(a["matched"].as_u64() >= b["matched"].as_u64(), "{hits:#?}");
        if a["matched"] == b["matched"] {
            let date = |h: &serde_json::Value| h["date"].as_str().unwrap_or("").to_owned();
            assert!(
                date(a) >= date(b) || date(b).is_empty(),
                "{} before {}",
                place(a),
                place(b)
            );
        }
    }
}

#[test]
fn explain_says_why_each_hit_ranks_where_it_does() {
    let c = corpus();
    let hits = c.hits(&["--explain", "garanties", "présence", "militaire"]);
    let first = &hits[0]["explain"];
    assert_eq!(first["tier"], "3/3", "{first:#}");
    let units = first["units"].as_array().unwrap();
    assert_eq!(units.len(), 3);
    let sum: f64 = units.iter().map(|u| u["bm25"].as_f64().unwrap()).sum();
    assert!(
        (sum - first["bm25"].as_f64().unwrap()).abs() < 1e-3,
        "{first:#}"
    );
    assert!(first["proximity"].as_f64().is_some());
    // A passage of a lower tier says which word it lacks.
    let partial = hits
        .iter()
        .find(|h| h["matched"] == 1)
        .expect("a partial hit");
    let absent = partial["explain"]["units"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["bm25"].is_null())
        .count();
    assert_eq!(absent, 2, "{partial:#}");
    // Tiers are ordered by coverage: the weights of the units held (the most informative unit
    // weighs 1), and half the weight of those the dispatch's title holds for a passage lacking
    // them.
    let coverage = |h: &serde_json::Value| h["explain"]["coverage"].as_f64().unwrap();
    let held: f64 = units.iter().map(|u| u["weight"].as_f64().unwrap()).sum();
    assert!((coverage(&hits[0]) - held).abs() < 1e-3, "{first:#}");
    assert!(units.iter().any(|u| u["weight"] == 1.0), "{first:#}");
    for pair in hits.windows(2) {
        assert!(coverage(&pair[0]) >= coverage(&pair[1]), "{hits:#?}");
    }
    // Without --explain, nothing is explained; on a terminal, lines under each hit.
    assert!(c.hits(&["garanties", "présence"])[0]["explain"].is_null());
    let text = stdout(&c.search(&["--explain", "garanties", "présence", "militaire"]));
    assert!(text.contains("palier 3/3 (couverture "), "{text}");
    assert!(text.contains("garanties → "), "{text}");
}

#[test]
fn a_word_finds_the_words_news_uses_for_it_ranked_below_itself() {
    let c = corpus();
    // "négociations" also finds the passages saying "pourparlers", after those saying it.
    let hits = c.hits(&["négociations"]);
    let places: Vec<String> = hits.iter().map(place).collect();
    let said = |p: &str| places.iter().position(|x| x == p).expect(p);
    let other = said("2025-03-03-delegation.txt ¶2");
    assert!(said("2025-03-05-negociations.txt ¶2") < other, "{places:?}");
    assert!(said("2025-03-05-negociations.txt ¶1") < other, "{places:?}");
    assert_eq!(hits[other]["matched"], 1);
    // --exact: the word as typed, not the words standing for it.
    let exact = c.places(&["--exact", "négociations"]);
    assert!(!exact.is_empty(), "{exact:?}");
    assert!(
        !exact.contains(&"2025-03-03-delegation.txt ¶2".to_owned()),
        "{exact:?}"
    );
    // Both words of the query: the title and passage holding them as typed first.
    let places = c.places(&["négociations", "prisonniers"]);
    assert!(
        places[..2]
            .iter()
            .all(|p| p.starts_with("2025-03-05-negociations.txt")),
        "{places:?}"
    );
    // An index's synonyms.txt extends the bundled list.
    assert_eq!(c.search(&["ouragan"]).status.code(), Some(1));
    std::fs::write(
        c.index().join("synonyms.txt"),
        "# ours\ntempête | ouragan\n",
    )
    .unwrap();
    let places = c.places(&["ouragan"]);
    assert!(
        places.contains(&"2025-03-04-meteo.txt ¶2".to_owned()),
        "{places:?}"
    );
}

#[test]
fn a_synonym_of_several_words_is_found_as_a_phrase_ranked_below_the_word() {
    let c = corpus();
    // "trêve" is in a group with "cessez-le-feu": the passage saying "cessez-le-feu" is found,
    // holding the query's one unit through another wording.
    let hits = c.hits(&["--explain", "trêve"]);
    let places: Vec<String> = hits.iter().map(place).collect();
    assert_eq!(places[0], "2025-03-02-garanties.txt ¶2", "{places:?}");
    assert_eq!(hits[0]["matched"], 1);
    let unit = &hits[0]["explain"]["units"][0];
    assert_eq!(unit["typo"], true, "{unit:#}");
    assert!(unit["term"].as_str().unwrap().contains("feu"), "{unit:#}");
    assert!(highlighted(&hits[0])
        .iter()
        .any(|h| h.contains("cessez-le-feu")));
    // --exact: the word as typed only.
    assert_eq!(c.search(&["--exact", "trêve"]).status.code(), Some(1));
    // A word typed in several pieces finds the one-word members of its groups, after the
    // passages holding it as typed; quoted, it is kept as typed.
    std::fs::write(c.index().join("synonyms.txt"), "porte-parole | diplomate\n").unwrap();
    let places = c.places(&["porte-parole"]);
    assert_eq!(
        places,
        ["2025-03-02-garanties.txt ¶4", "2025-03-01-emissaire.txt ¶3"]
    );
    assert_eq!(
        c.places(&["\"porte-parole\""]),
        ["2025-03-02-garanties.txt ¶4"]
    );
}

#[test]
fn words_typed_together_find_another_wording_of_them() {
    let c = corpus();
    assert_eq!(c.search(&["mauvais", "temps"]).status.code(), Some(1));
    std::fs::write(c.index().join("synonyms.txt"), "tempête | mauvais temps\n").unwrap();
    // The two words together are a member of the group: the passages saying "tempête" hold
    // both, through the other wording.
    let hits = c.hits(&["mauvais", "temps"]);
    let places: Vec<String> = hits.iter().map(place).collect();
    assert!(
        places.contains(&"2025-03-04-meteo.txt ¶2".to_owned()),
        "{places:?}"
    );
    assert!(hits.iter().all(|h| h["matched"] == 2), "{hits:#?}");
    // One of them alone, or the two quoted, is not the member.
    assert_eq!(c.search(&["mauvais"]).status.code(), Some(1));
    assert_eq!(c.search(&["\"mauvais temps\""]).status.code(), Some(1));
}

/// Passages that tie come out in the same order however the index was built: here the same two
/// dispatches indexed in one order or the other, over two nightly runs.
#[test]
fn ties_keep_their_order_whatever_order_the_dispatches_were_indexed_in() {
    let texts = [
        (
            "2025-05-02-ble.txt",
            " date 2025-05-02 La récolte de blé s'annonce abondante dans les plaines du nord, selon les coopératives agricoles de la région.\n",
        ),
        (
            "2025-05-02-riz.txt",
            " date 2025-05-02 La récolte de riz s'annonce abondante dans les plaines du nord, selon les coopératives agricoles de la région.\n",
        ),
    ];
    let order = |first: usize| {
        let c = Corpus::copy("tests/fixtures/ranking");
        let corpus = c.corpus();
        std::fs::remove_dir_all(&corpus).unwrap();
        std::fs::create_dir_all(&corpus).unwrap();
        for i in [first, 1 - first] {
            std::fs::write(corpus.join(texts[i].0), texts[i].1).unwrap();
            let out = c.index_cmd(&[]);
            assert!(out.status.success(), "{}", stderr(&out));
        }
        let hits = c.hits(&["récolte", "abondante"]);
        assert_eq!(hits.len(), 2, "{hits:?}");
        assert_eq!(hits[0]["score"], hits[1]["score"], "a tie: {hits:?}");
        hits.iter().map(place).collect::<Vec<_>>()
    };
    // Document numbers (and which segment comes first) change from one build to the next:
    // built three times in each order, the page is the same every time.
    let first = order(0);
    for i in 1..6 {
        assert_eq!(order(i % 2), first, "build {i}");
    }
}

#[test]
fn a_passage_whose_dispatch_holds_the_missing_words_elsewhere_ranks_first_in_its_tier() {
    let c = Corpus::indexed("tests/fixtures/ranking-dispatch");
    // Both passages holding only "transit": the one whose dispatch says "gaz" in another
    // passage found is part of the story asked for; the port's, shorter, is not.
    let places = c.places(&["transit", "gaz"]);
    assert_eq!(
        places,
        vec![
            "2025-01-01-robinet-ferme.txt ¶2",
            "2025-01-01-robinet-ferme.txt ¶3",
            "2025-01-03-port-marchandises.txt ¶2",
        ]
    );
    let hits = c.hits(&["transit", "gaz"]);
    assert_eq!(hits[1]["matched"], 1);
    // Alone, the port's passage is the better match for "transit".
    assert_eq!(
        c.places(&["transit"])[0],
        "2025-01-03-port-marchandises.txt ¶2"
    );
}

#[test]
fn a_capitalised_word_near_a_known_name_is_corrected_to_the_name_only() {
    let c = Corpus::indexed("tests/fixtures/ranking-dispatch");
    let out = c.search(&["Stramer"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("search: Stramer → Starmer\n"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        c.places(&["Stramer"]),
        vec!["2025-01-01-robinet-ferme.txt ¶4"]
    );
    // In lower case it may be any word within reach.
    let out = c.search(&["stramer"]);
    assert!(stderr(&out).contains("stream"), "{}", stderr(&out));
}

#[test]
fn a_who_said_question_looks_for_what_was_said_not_for_the_verb() {
    let c = corpus();
    // No passage says "dit": the question's verb asks for the speaker, not for a word.
    let hits = c.hits(&["qui a dit présence militaire"]);
    assert!(!hits.is_empty());
    assert_eq!(hits[0]["of"], 2, "{}", hits[0]);
    assert_eq!(hits[0]["matched"], 2, "{}", hits[0]);
    let out = c.search(&["qui", "avait", "déclaré", "présence", "militaire"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        !stdout(&out).contains("contient tous les mots")
            && !stderr(&out).contains("no passage holds all"),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    // Asked alone, the verb is what there is to look for: "dit" is in no passage.
    assert_eq!(c.search(&["qui l'a dit"]).status.code(), Some(1));
}
