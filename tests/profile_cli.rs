//! `search --speaker NAME --profile` with the real binaries, on dispatches written for it
//! (tests/fixtures/profile: invented people of an invented country).

mod common;

use common::{stderr, stdout, Corpus};
use serde_json::Value;

fn profile(c: &Corpus, args: &[&str]) -> Value {
    let mut full = vec!["--profile", "--json"];
    full.extend_from_slice(args);
    let out = c.search(&full);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_str(stdout(&out).trim()).expect("one JSON object")
}

fn words(p: &Value) -> Vec<String> {
    p["distinctive"]
        .as_array()
        .expect("distinctive")
        .iter()
        .map(|d| d["words"].as_str().expect("words").to_owned())
        .collect()
}

#[test]
fn a_word_only_the_speaker_uses_ranks_above_a_word_everybody_uses() {
    let c = Corpus::indexed("tests/fixtures/profile");
    let p = profile(&c, &["--speaker", "varga"]);
    assert_eq!(p["speaker"], "Ilse Varga");
    // Four of her quotations (the one a later dispatch repeats counts once), in five dispatches.
    assert_eq!(p["quotations"], 5, "{p:#}");
    assert_eq!(p["dispatches"], 4, "{p:#}");
    assert_eq!(p["first"], "2025-04-01");
    assert_eq!(p["last"], "2025-05-20");
    let w = words(&p);
    assert_eq!(
        w.first().map(String::as_str),
        Some("sanctuarisation"),
        "{w:?}"
    );
    // She says « sécurité » too, but so does everybody: it is not hers.
    assert!(!w.contains(&"sécurité".to_owned()), "{w:?}");
    let first = &p["distinctive"][0];
    assert_eq!(first["quotations"], 3, "{first:#}");
    assert_eq!(first["everyone"], 4, "only her passages hold it: {first:#}");
    assert!(first["score"].as_f64().unwrap() > 3.84, "{first:#}");
    // The example is her most repeated quotation holding the word, where it first appeared.
    let example = &first["example"];
    assert!(
        example["quote"]
            .as_str()
            .unwrap()
            .starts_with("La sanctuarisation des forêts du nord"),
        "{example:#}"
    );
    assert_eq!(example["dispatch"], "2025-04-01-varga-forets.txt");
    assert_eq!(example["date"], "2025-04-01");
    assert_eq!(example["id"].as_str().map(str::len), Some(16));
    // Scores never rise down the list.
    let scores: Vec<f64> = p["distinctive"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|s| s[0] >= s[1]), "{scores:?}");
    // -n bounds the list.
    let short = profile(&c, &["-n", "1", "--speaker", "Ilse Varga"]);
    assert_eq!(words(&short), ["sanctuarisation"]);

    // Somebody else's profile: « sécurité » everywhere, and not « sanctuarisation ».
    let ardent = profile(&c, &["--speaker", "ardent"]);
    assert_eq!(ardent["speaker"], "Paul Ardent");
    assert!(!words(&ardent).contains(&"sanctuarisation".to_owned()));
}

#[test]
fn the_terminal_shows_the_profile_and_bad_requests_say_what_to_do() {
    let c = Corpus::indexed("tests/fixtures/profile");
    let out = c.search(&["--speaker", "varga", "--profile"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Ilse Varga", "{text}");
    assert_eq!(
        lines[1], "5 citations dans 4 dépêches, du 2025-04-01 au 2025-05-20",
        "{text}"
    );
    assert!(
        lines[4].trim_start().starts_with("sanctuarisation"),
        "{text}"
    );
    assert!(
        lines[5].contains("« La sanctuarisation des forêts du nord est notre priorité absolue »"),
        "{text}"
    );
    assert!(!text.contains('\x1b'), "no colour when piped");
    // Nobody by that name: nothing found, and the name is what matched nothing.
    let out = c.search(&["--speaker", "zorglub", "--profile"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    assert!(
        stderr(&out).starts_with("search: no speaker named \"zorglub\" in the index"),
        "{}",
        stderr(&out)
    );
    for (args, says) in [
        (vec!["--profile"], "--speaker"),
        (
            vec!["--profile", "--speaker", "varga", "forêts"],
            "takes no words",
        ),
        (
            vec!["--profile", "--speaker", "varga", "--speaker", "ardent"],
            "one --speaker at a time",
        ),
        (
            vec!["--profile", "--speaker", "varga", "--explain"],
            "--explain",
        ),
        (
            vec!["--profile", "--speaker", "varga", "--quotations"],
            "--quotations",
        ),
        (vec!["--profile", "--speaker", "varga", "-n", "0"], "-n"),
    ] {
        let out = c.search(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn other_names_are_printed_as_the_alias_list_writes_them() {
    let c = Corpus::indexed("tests/fixtures/profile");
    // An alias list given after indexing: it spells her first name another way, with an accent.
    std::fs::write(
        c.index().join("aliases.txt"),
        "Ilse Varga\tf\tIlze  Várga | Varga\t\n",
    )
    .unwrap();
    let p = profile(&c, &["--speaker", "varga"]);
    assert_eq!(p["speaker"], "Ilse Varga");
    let aliases: Vec<&str> = p["aliases"]
        .as_array()
        .expect("aliases")
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    // As written (case and accent kept, spaces collapsed), not folded; her surname alone is
    // part of her name, not another one.
    assert_eq!(aliases, ["Ilze Várga"], "{p:#}");
    let out = c.search(&["--speaker", "varga", "--profile"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let first = stdout(&out).lines().next().unwrap_or_default().to_owned();
    assert_eq!(first, "Ilse Varga (aussi : Ilze Várga)");
}

#[test]
fn a_period_profiles_what_was_said_in_it() {
    let c = Corpus::indexed("tests/fixtures/profile");
    let all = profile(&c, &["--speaker", "varga"]);
    let may = profile(&c, &["--speaker", "varga", "--since", "2025-05"]);
    assert_eq!(may["speaker"], "Ilse Varga");
    assert_eq!(may["first"], "2025-05-02", "{may:#}");
    assert_eq!(may["last"], "2025-05-20", "{may:#}");
    assert!(
        may["quotations"].as_u64() < all["quotations"].as_u64(),
        "{may:#}"
    );
    let april = profile(&c, &["--speaker", "varga", "--until", "2025-04-30"]);
    assert_eq!(april["first"], "2025-04-01", "{april:#}");
    assert!(april["last"].as_str().unwrap() <= "2025-04-30", "{april:#}");
    assert!(
        april["dispatches"].as_u64() < all["dispatches"].as_u64(),
        "{april:#}"
    );
    // A period in which she is not quoted: nothing found, and said so.
    let out = c.search(&["--speaker", "varga", "--profile", "--since", "2026"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    assert!(
        stderr(&out).contains("no passage dated in that period"),
        "{}",
        stderr(&out)
    );
    // A period that ends before it starts is a usage error.
    let out = c.search(&[
        "--speaker",
        "varga",
        "--profile",
        "--since",
        "2025-06",
        "--until",
        "2025-05",
    ]);
    assert_eq!(out.status.code(), Some(2));
}
