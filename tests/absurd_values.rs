//! An absurd value for any number of any binary (0, -1, 2^32, 2^64, NaN, empty, a pasted
//! paragraph) is a usage error that says the range, exit 2: never an allocation the size of the
//! number, a loop that does not end, a panic, or a server that starts only to refuse everything.

mod common;

use std::process::Output;

use assert_cmd::Command;
use common::{stderr, stdout, Corpus};

/// Exit 2, the reason on the first line, nothing on stdout, no panic; the index untouched.
fn refused(out: &Output, says: &str, what: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "{what}: {err}");
    let first = err.lines().next().unwrap_or_default();
    assert!(first.contains(says), "{what}: {err}");
    assert!(
        first.len() < 1_200,
        "{what}: a line of {} bytes",
        first.len()
    );
    for never in [
        "panicked",
        "internal error",
        "backtrace",
        "unexpected argument",
    ] {
        assert!(!err.contains(never), "{what}: {err}");
    }
    assert!(stdout(out).is_empty(), "{what}");
}

const ABSURD: [&str; 8] = [
    "0",
    "-1",
    "4294967296",
    "18446744073709551615",
    "18446744073709551616",
    "NaN",
    "",
    "2.5",
];

fn run(c: &Corpus, bin: &str, args: &[&str]) -> Output {
    Command::cargo_bin(bin)
        .unwrap()
        .arg("--index")
        .arg(c.index())
        .args(args)
        .env_remove("SEARCH_INDEX")
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap()
}

#[test]
fn every_number_of_every_binary_has_a_range() {
    let c = Corpus::indexed("tests/fixtures/depeches");
    let queries = c.dir.path().join("queries.txt");
    std::fs::write(&queries, "otan\n").unwrap();
    let queries = queries.to_str().unwrap();
    let corpus = c.corpus();
    let corpus = corpus.to_str().unwrap();
    // (binary, flag, the smallest value it takes, the message, arguments after it)
    let flags: [(&str, &str, usize, &str, &[&str]); 12] = [
        (
            "search",
            "-n",
            1,
            "-n takes a number of passages from 1 to 10000",
            &["otan"],
        ),
        (
            "search-index",
            "--commit-every",
            1,
            "give a whole number from 1 to 100000000",
            &[corpus],
        ),
        (
            "search-bench",
            "--repeat",
            1,
            "give a whole number from 1 to 10000",
            &["--queries", queries],
        ),
        (
            "search-bench",
            "--warmup",
            0,
            "give a whole number from 0 to 10000",
            &["--queries", queries],
        ),
        (
            "search-bench",
            "-n",
            1,
            "give a whole number from 1 to 10000",
            &["--queries", queries],
        ),
        (
            "search-serve",
            "--max-query-chars",
            1,
            "give a whole number from 1 to 100000",
            &[],
        ),
        (
            "search-serve",
            "--max-terms",
            1,
            "give a whole number from 1 to 1000",
            &[],
        ),
        (
            "search-serve",
            "--max-n",
            1,
            "give a whole number from 1 to 10000",
            &[],
        ),
        (
            "search-serve",
            "--max-offset",
            0,
            "give a whole number from 0 to 10000",
            &[],
        ),
        (
            "search-serve",
            "--budget-ms",
            1,
            "give a whole number from 1 to 3600000",
            &[],
        ),
        (
            "search-serve",
            "--max-searches",
            1,
            "give a whole number from 1 to 1024",
            &[],
        ),
        (
            "search-serve",
            "--max-waiting",
            0,
            "give a whole number from 0 to 100000",
            &[],
        ),
    ];
    for (bin, flag, lowest, says, rest) in flags {
        for value in ABSURD {
            if value == "0" && lowest == 0 {
                continue;
            }
            let what = format!("{bin} {flag} {value:?}");
            let out = run(&c, bin, &[&[flag, value], rest].concat());
            refused(&out, says, &what);
        }
    }
    // --max-prune: a number, a percentage or all; a negative one is no exception.
    for value in ["-1", "-5%", "101%", "NaN%", "18446744073709551616", ""] {
        let out = run(
            &c,
            "search-index",
            &["--prune", "--max-prune", value, corpus],
        );
        refused(&out, "--max-prune", &format!("--max-prune {value:?}"));
    }
    // Dates: a negative year is no flag.
    let out = run(&c, "search", &["--since", "-1", "otan"]);
    refused(&out, "invalid date \"-1\"", "--since -1");
    // A paragraph pasted as a date is shown by its ends, on one line.
    let pasted = "2025 ".repeat(20_000);
    let out = run(&c, "search", &["--since", &pasted, "otan"]);
    refused(&out, "invalid date \"2025 2025", "a pasted --since");
    assert!(stderr(&out)
        .trim_end()
        .ends_with("use YYYY, YYYY-MM or YYYY-MM-DD"));
    // And the index is as it was.
    assert_eq!(c.search(&["otan"]).status.code(), Some(0));
}
