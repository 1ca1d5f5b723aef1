//! Who said what, as a user sees it: `--speaker` with name variants, and what
//! `search-index --dry-run --json` shows of quotations, speakers and dates.

mod common;

use assert_cmd::Command;
use common::Corpus;

/// A small directory of dispatches written for these tests (invented speakers).
fn write_dispatches(dir: &std::path::Path) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(
        dir.join("port.txt"),
        "Lorient, 12 mars (AFP) – Les dockers du port de commerce ont cessé le travail mardi.\n\n\
         Le port à l’arrêt\n\n\
         « Nous ne reprendrons pas sans accord écrit », a déclaré le délégué syndical Anatoly Berezin, \
         devant les grilles du terminal.\n\n\
         La direction, elle, parle d’un mouvement « incompréhensible », selon sa porte-parole, \
         Nadine Cros.\n",
    )
    .unwrap();
}

#[test]
fn speaker_variants_meet_through_the_index_alias_file() {
    let c = Corpus::copy("tests/fixtures/depeches");
    std::fs::remove_dir_all(c.corpus()).unwrap();
    write_dispatches(&c.corpus());
    std::fs::create_dir_all(c.index()).unwrap();
    std::fs::write(
        c.index().join("aliases.txt"),
        "# our spellings\nAnatoli Berezine\tAnatoly Berezin\tBerezin\n",
    )
    .unwrap();
    let out = c.index_cmd(&[]);
    assert!(out.status.success(), "{}", common::stderr(&out));

    for typed in ["berezine", "Berezin", "anatoly berezin", "ANATOLI BEREZINE"] {
        let hits = c.hits(&["--speaker", typed, "accord"]);
        assert_eq!(hits.len(), 1, "--speaker {typed}");
        assert_eq!(hits[0]["quotes"][0]["speaker"], "Anatoli Berezine");
    }
    let hits = c.hits(&["speaker:cros", "incompréhensible"]);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["quotes"][0]["speaker"], "Nadine Cros");
    assert!(c.hits(&["--speaker", "dupont", "accord"]).is_empty());
}

#[test]
fn bundled_aliases_find_the_usual_spellings() {
    let c = Corpus::indexed("corpus");
    let canonical = c.places(&["--speaker", "zelensky", "Turquie"]);
    assert!(!canonical.is_empty());
    for variant in ["zelenski", "Zelenskyy", "volodymyr zelenskyy"] {
        assert_eq!(
            c.places(&["--speaker", variant, "Turquie"]),
            canonical,
            "{variant}"
        );
    }
}

#[test]
fn dry_run_json_shows_quotations_speakers_offsets_and_the_dateline() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("d");
    write_dispatches(&corpus);
    let out = Command::cargo_bin("search-index")
        .unwrap()
        .args(["--dry-run", "--json"])
        .arg(corpus.join("port.txt"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let d: serde_json::Value = serde_json::from_str(common::stdout(&out).trim()).unwrap();
    // "12 mars" without a year: the year that puts it last before the file's modification time.
    let date = d["date"].as_str().unwrap();
    assert!(date.ends_with("-03-12"), "{date}");
    assert_eq!(d["date_precision"], "day");
    assert_eq!(d["date_origin"], "dateline");
    // The keys of a hit: `dispatch` and `passage`, as everywhere.
    assert_eq!(d["dispatch"], "port.txt");

    let mut found = Vec::new();
    for (i, p) in d["passages"].as_array().unwrap().iter().enumerate() {
        assert_eq!(p["passage"], i + 1);
        let text: Vec<char> = p["text"].as_str().unwrap().chars().collect();
        for q in p["quotes"].as_array().unwrap() {
            let (s, e) = (
                q["start"].as_u64().unwrap() as usize,
                q["end"].as_u64().unwrap() as usize,
            );
            let at: String = text[s..e].iter().collect();
            assert_eq!(
                at,
                q["text"].as_str().unwrap(),
                "offsets are characters of the passage"
            );
            found.push((at, q["speaker"].clone()));
            assert!(p["speakers"].as_array().unwrap().contains(&q["speaker"]));
        }
    }
    assert_eq!(
        found,
        [
            (
                "Nous ne reprendrons pas sans accord écrit".to_owned(),
                serde_json::json!("Anatoly Berezin")
            ),
            (
                "incompréhensible".to_owned(),
                serde_json::json!("Nadine Cros")
            ),
        ]
    );
}

/// `search --speakers` on the bundled corpus lists people and bodies: no fragment of a name
/// (a lone first name, a word of a title), no agency or newspaper the words were said to, no
/// single letter.
#[test]
fn the_bundled_corpus_lists_only_real_speakers() {
    let c = Corpus::indexed("corpus");
    let out = c.search(&["--speakers", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let speakers: Vec<String> = common::stdout(&out)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["speaker"].as_str().unwrap().to_owned()
        })
        .collect();
    assert!(speakers.len() >= 10, "{speakers:?}");
    const MEDIA: [&str; 8] = [
        "AFP",
        "Reuters",
        "Interfax",
        "Tass",
        "BBC",
        "Le Monde",
        "Kommersant",
        "RIA",
    ];
    for s in &speakers {
        assert!(s.chars().count() > 1, "a single letter: {s:?}");
        assert!(!MEDIA.contains(&s.as_str()), "a medium: {s:?}");
        let first = s.split_whitespace().next().unwrap_or("");
        assert!(
            s.chars().next().is_some_and(char::is_uppercase),
            "not a name: {s:?}"
        );
        // A lone word that is only a first name, a title or an article is a fragment.
        assert!(
            ![
                "Le",
                "La",
                "Les",
                "Je",
                "J'",
                "Il",
                "Elle",
                "Président",
                "Ministre",
                "Premier"
            ]
            .contains(&first)
                || s.contains(' ') && first.len() > 3,
            "a fragment: {s:?}"
        );
    }
    for person in ["Emmanuel Macron", "Vladimir Poutine", "Dmitri Peskov"] {
        assert!(
            speakers.iter().any(|s| s == person),
            "{person}: {speakers:?}"
        );
    }
}
