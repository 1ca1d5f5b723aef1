//! What `search` does with the arguments a careless or hostile user types: a clear one-line
//! usage error (exit 2), never a silently different search, an abort or a panic.

mod common;

use common::{stderr, stdout, Corpus};

fn usage_error(c: &Corpus, args: &[&str], says: &str) {
    let out = c.search(args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    // One line (clap adds a hint line after its own).
    assert!(
        err.lines().next().unwrap().contains(says),
        "{args:?}: {err}"
    );
    assert!(!err.contains("panicked"), "{args:?}: {err}");
    assert!(stdout(&out).is_empty(), "{args:?}");
}

#[test]
fn hostile_arguments_are_usage_errors() {
    let c = Corpus::indexed("tests/fixtures/depeches");
    // -n: a documented range, checked before anything is allocated.
    for n in ["4294967296", "18446744073709551615", "0", "10001", "dix"] {
        usage_error(
            &c,
            &["-n", n, "otan"],
            "-n takes a number of passages from 1 to 10000",
        );
    }
    // Fields with nothing after the colon, an empty speaker.
    usage_error(&c, &["speaker:", "otan"], "speaker: needs a name");
    usage_error(&c, &["quote:", "otan"], "quote: needs words");
    usage_error(&c, &["--speaker", "", "otan"], "--speaker needs a name");
    usage_error(
        &c,
        &["--speaker", "!!", "otan"],
        "a speaker's name must have letters",
    );
    // Dates the wrong way round.
    usage_error(
        &c,
        &["--since", "2025-12", "--until", "2025-01", "otan"],
        "--since 2025-12 is after --until 2025-01",
    );
    // No word at all is not "only stop words".
    usage_error(&c, &["🙂🙂"], "no word to look for");
    usage_error(&c, &["de", "la"], "only stop words");
    // A word longer than any the index holds (a pasted token) is not a stop word either.
    usage_error(&c, &[&"a".repeat(100_000)], "longer than 40 letters");
    usage_error(&c, &["de", &"b".repeat(41)], "longer than 40 letters");
}

#[test]
fn attached_values_of_n_are_the_flag() {
    let c = Corpus::indexed("tests/fixtures/depeches");
    let all = c.places(&["otan"]);
    assert!(all.len() >= 3, "{all:?}");
    assert_eq!(c.places(&["-n2", "otan"]), all[..2]);
    assert_eq!(c.places(&["-n=1", "otan"]), all[..1]);
    assert_eq!(c.places(&["-n", "10000", "otan"]), all);
}
