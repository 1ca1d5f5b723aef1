//! The source tree's folders are the stages of the pipeline, and a stage only uses the stages
//! before it (ARCHITECTURE.md draws the graph). This test reads every `crate::…` path in `src/`
//! and fails on one that reaches a later stage, so that the layout stays true as the code grows.

use std::fs;
use std::path::{Path, PathBuf};

/// Each folder of `src/` and the folders it may use, besides itself.
const ALLOWED: &[(&str, &[&str])] = &[
    ("text", &[]),
    ("model", &["text"]),
    ("index", &["text", "model"]),
    ("ingest", &["text", "model", "index"]),
    ("search", &["text", "model", "index"]),
    ("render", &["text", "model", "index", "ingest", "search"]),
    ("serve", &["text", "model", "index", "search", "render"]),
    (
        "cli",
        &["text", "model", "index", "ingest", "search", "render"],
    ),
];

fn allowed(stage: &str) -> &'static [&'static str] {
    ALLOWED
        .iter()
        .find(|(s, _)| *s == stage)
        .map(|(_, a)| *a)
        .unwrap_or_else(|| panic!("src/{stage}/ is not in the table of stages: add it"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its comments, line for line.
fn code(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules a piece of code names through `crate::` (`crate::a::b`, or each of
/// `crate::{a, b::{c, d}}`, over several lines), each with the byte offset where it is named.
fn crate_paths(code: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        // `$crate::` and `other_crate::` are not this crate's paths.
        if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$') {
            continue;
        }
        let rest = &code[at + "crate::".len()..];
        let Some(group) = rest.strip_prefix('{') else {
            out.push((at, ident(rest)));
            continue;
        };
        // The items at the group's first level.
        let (mut depth, mut item_start) = (0, 0);
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    out.push((at, ident(group[item_start..].trim_start())));
                    break;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    out.push((at, ident(group[item_start..].trim_start())));
                    item_start = i + 1;
                }
                _ => {}
            }
        }
    }
    out.retain(|(_, m)| !m.is_empty());
    out
}

fn ident(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

#[test]
fn no_stage_uses_a_later_stage() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let stages: Vec<&str> = ALLOWED.iter().map(|(s, _)| *s).collect();

    let mut wrong = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        let mut parts = rel.components();
        let first = parts.next().unwrap().as_os_str().to_str().unwrap();
        if parts.next().is_none() || first == "bin" {
            // lib.rs declares the stages; binaries may use any of them.
            continue;
        }
        let may_use = allowed(first);
        let code = code(&fs::read_to_string(file).unwrap());
        for (at, used) in crate_paths(&code) {
            let line = code[..at].matches('\n').count() + 1;
            if used == first || may_use.contains(&used.as_str()) {
                continue;
            }
            if stages.contains(&used.as_str()) {
                wrong.push(format!(
                    "src/{}:{line}: {first}/ uses {used}/",
                    rel.display()
                ));
            } else {
                wrong.push(format!(
                    "src/{}:{line}: crate::{used} is no stage folder",
                    rel.display()
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the direction of the stages (see ARCHITECTURE.md):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_table_of_stages_is_acyclic_and_names_every_folder() {
    // A stage may only use stages listed before it in the table: a circle cannot be written.
    for (i, (stage, uses)) in ALLOWED.iter().enumerate() {
        for u in *uses {
            let j = ALLOWED.iter().position(|(s, _)| s == u);
            assert!(
                j.is_some_and(|j| j < i),
                "{stage} uses {u}, listed after it"
            );
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if path.is_dir() && name != "bin" {
            allowed(&name);
        }
    }
}

#[test]
fn the_scanner_reads_grouped_nested_and_inline_paths() {
    let modules =
        |code: &str| -> Vec<String> { crate_paths(code).into_iter().map(|(_, m)| m).collect() };
    assert_eq!(
        modules("use crate::{\n    model::{dates, quote},\n    text::fold::fold,\n};"),
        ["model", "text"]
    );
    assert_eq!(
        modules("    let x = crate::index::analysis::name_analyzer();"),
        ["index"]
    );
    assert!(modules("use super::names; $crate::x; my_crate::y").is_empty());
    assert_eq!(
        code("use crate::a; // crate::b\n/// [`crate::c`]"),
        "use crate::a; \n"
    );
}
