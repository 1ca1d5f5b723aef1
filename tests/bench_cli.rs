//! `search-bench` as a user reads it: the table per class (in the order of the query file, then
//! overall), each query's line with `--per-query`, one box per class in the `--plot` picture.

mod common;

use common::{stderr, stdout, Corpus};
use unicode_width::UnicodeWidthStr;

#[test]
fn the_table_and_the_picture_give_every_class_in_file_order() {
    let c = Corpus::indexed("corpus");
    let queries = c.dir.path().join("queries.tsv");
    std::fs::write(
        &queries,
        "# two classes, interleaved\nrare\tcibles légitimes\nfrequent\tgaranties\nrare\t\"cessez-le-feu\"\nfrequent\t--quotations garanties\n",
    )
    .unwrap();
    let svg = c.dir.path().join("latency.svg");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_search-bench"))
        .arg("--index")
        .arg(c.index())
        .arg("--queries")
        .arg(&queries)
        .args(["--warmup", "1", "--repeat", "3", "--per-query", "--plot"])
        .arg(&svg)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let shown = stdout(&out);
    let lines: Vec<&str> = shown.lines().collect();
    assert!(
        lines[0].starts_with("index ") && lines[0].contains(" passages, "),
        "{shown}"
    );
    assert_eq!(
        lines[1],
        "4 queries × 3 rounds (after 1 warm-up), top 10 with snippets"
    );
    assert!(
        lines[3].starts_with("class ") && lines[3].ends_with("QPS"),
        "{shown}"
    );
    let first_words = |l: &str| -> (String, String) {
        let mut w = l.split_whitespace();
        (w.next().unwrap().to_owned(), w.next().unwrap().to_owned())
    };
    let rows: Vec<(String, String)> = lines[4..7].iter().map(|l| first_words(l)).collect();
    let expected = [("rare", "2"), ("frequent", "2"), ("overall", "4")];
    assert_eq!(
        rows,
        expected.map(|(a, b)| (a.to_owned(), b.to_owned())),
        "{shown}"
    );
    // Per query: its median, its hits, its class and its text, in the order of the file.
    let per_query: Vec<&str> = lines[8..].to_vec();
    assert_eq!(per_query.len(), 4, "{shown}");
    for (line, text) in per_query.iter().zip([
        "cibles légitimes",
        "garanties",
        "\"cessez-le-feu\"",
        "--quotations garanties",
    ]) {
        assert!(line.contains(" ms ") && line.ends_with(text), "{line}");
    }
    let picture = std::fs::read_to_string(&svg).unwrap();
    assert!(picture.starts_with("<svg "), "{picture}");
    assert!(picture.contains("4 queries × 3 rounds"));
    for label in [">rare<", ">frequent<", ">overall<"] {
        assert_eq!(picture.matches(label).count(), 1, "{label}");
    }
    assert_eq!(picture.matches("<rect x=").count(), 3, "one box a row");
}

#[test]
fn columns_line_up_under_a_class_in_chinese_characters() {
    let c = Corpus::indexed("corpus");
    let queries = c.dir.path().join("queries.tsv");
    std::fs::write(&queries, "北京\tgaranties\nplain\totan\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_search-bench"))
        .arg("--index")
        .arg(c.index())
        .arg("--queries")
        .arg(&queries)
        .args(["--warmup", "0", "--repeat", "1", "--per-query"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let shown = stdout(&out);
    // The column where each row's query count ends, as the terminal shows it: the same for
    // the header, both classes and overall ("北京" takes four columns for two characters).
    let count_ends: Vec<usize> = shown
        .lines()
        .skip(3)
        .take(4)
        .map(|l| {
            let count = l.split_whitespace().nth(1).unwrap();
            l[..l.find(count).unwrap() + count.len()].width()
        })
        .collect();
    assert_eq!(count_ends.len(), 4, "{shown}");
    assert!(
        count_ends.iter().all(|&e| e == count_ends[0]),
        "{count_ends:?}\n{shown}"
    );
    // Per query: the query's text starts at the same column after either class.
    let starts: Vec<usize> = shown
        .lines()
        .filter(|l| l.contains(" hits "))
        .map(|l| l[..l.rfind(' ').unwrap()].width())
        .collect();
    assert_eq!(starts.len(), 2, "{shown}");
    assert_eq!(starts[0], starts[1], "{shown}");
}
