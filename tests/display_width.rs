//! What a terminal shows of names in Chinese characters (two columns each) and of accents written
//! as a letter and a combining accent (no column of their own): lines wrapped, titles and
//! quotations cut and places lined up by the columns they take, not by their characters.

mod common;

use common::{stdout, Corpus};
use unicode_width::UnicodeWidthStr;

fn corpus() -> Corpus {
    Corpus::indexed("tests/fixtures/wide")
}

/// `search ARGS` at a 60-column terminal, without colour.
fn shown(c: &Corpus, args: &[&str], color: &str) -> String {
    let out = assert_cmd::Command::cargo_bin("search")
        .expect("binary")
        .arg("--index")
        .arg(c.index())
        .args(["--color", color])
        .args(args)
        .env("COLUMNS", "60")
        .env_remove("SEARCH_INDEX")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{args:?}");
    stdout(&out)
}

#[test]
fn snippets_wrap_at_the_columns_the_terminal_shows() {
    let c = corpus();
    let got = shown(&c, &["dialogue"], "never");
    // Snippet lines hold at most 55 columns (60 less the indent of 5): "(林晓文)" takes 8
    // columns for 5 characters, the decomposed "é" of "étrangère" one column for 2 characters.
    let expected = "  \
  1  2025-05-12  Lin Xiaowen (林晓文…  2025-05-12-hailan-dialogue.txt ¶1
     Lin Xiaowen (林晓文) appelle au dialogue avec ses
     voisins du sud

  2  2025-05-12  Lin Xiaowen (林晓文…  2025-05-12-hailan-dialogue.txt ¶2
     « Le dialogue (对话) reste la seule voie entre nos deux
     rives », a déclaré lundi Lin Xiaowen (林晓文),
     porte-parole du gouvernement de Hailan (海岚), devant
     la presse e\u{301}trange\u{300}re re\u{301}unie dans la capitale.
     cité : Lin Xiaowen

  3  2025-05-14  Le ministe\u{300}re de\u{301}ment…  2025-05-14-hailan-ministere.txt ¶2
     Le ministe\u{300}re a rappele\u{301} les propos de Lin Xiaowen
     (林晓文) : « Le dialogue (对话) reste la seule voie
     entre nos deux rives », a-t-elle de\u{301}clare\u{301} lundi.

";
    assert_eq!(got, expected);
    for line in got.lines().filter(|l| l.starts_with("     ")) {
        assert!(line.width() <= 60, "{line}: {} columns", line.width());
    }
    // The titles are cut to the same columns: the places line up.
    let places: Vec<usize> = got
        .lines()
        .filter_map(|l| {
            l.rfind("  2025-05-1")
                .filter(|&i| i > 10)
                .map(|i| l[..i].width())
        })
        .collect();
    assert_eq!(places.len(), 3, "{got}");
    assert!(places.iter().all(|&p| p == places[0]), "{places:?}");
}

#[test]
fn colours_take_no_room() {
    let c = corpus();
    let plain = shown(&c, &["dialogue"], "never");
    let colored = shown(&c, &["dialogue"], "always");
    assert!(colored.contains('\u{1b}'));
    // The same lines, cut at the same places, once the escapes are taken out.
    let mut stripped = String::new();
    let mut in_escape = false;
    for ch in colored.chars() {
        match ch {
            '\u{1b}' => in_escape = true,
            'm' if in_escape => in_escape = false,
            _ if in_escape => {}
            _ => stripped.push(ch),
        }
    }
    assert_eq!(stripped, plain);
}

#[test]
fn quotations_wrap_and_cut_by_columns() {
    let c = corpus();
    assert_eq!(
        shown(&c, &["--quotations", "dialogue"], "never"),
        "  1  « Le dialogue (对话) reste la seule voie entre nos deux
     rives »
     Lin Xiaowen · d'abord 2025-05-12 2025-05-12-hailan-dialogue.txt ¶2 · 2 dépêches

"
    );
    // 20 columns for the quotation: "Le dialogue (对话)" takes 18 of them, and "…" one more.
    assert_eq!(
        shown(&c, &["--timeline", "dialogue"], "never"),
        "2025-05  ██████████████████████████████ 2
  2025-05-12  « Le dialogue (对话)… »  Lin Xiaowen · 2 dépêches
"
    );
    assert_eq!(
        shown(&c, &["--provenance", "dialogue"], "never")
            .lines()
            .skip(3)
            .collect::<Vec<_>>(),
        [
            "  premier  2025-05-12  2025-05-12-hailan-dialogue.txt ¶2   Lin Xiaowen",
            "  repris   2025-05-14  2025-05-14-hailan-ministere.txt ¶2  auteur inconnu",
        ]
    );
}
