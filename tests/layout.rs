//! The source tree's folders are the stages of the pipeline, and a stage only uses the stages
//! before it (ARCHITECTURE.md draws the graph). This test reads every `crate::…` path in `src/`
//! and fails on one that reaches a later stage, so that the layout stays true as the code grows;
//! and it follows every file's imports (`crate::`, `super::`, its own modules) to fail on files
//! that import each other, directly or through others.

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

/// A file's module path: `src/a/b.rs` and `src/a/b/mod.rs` are `a::b`.
fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_str().unwrap().to_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The paths written at the start of `code`, groups expanded: `a::{b, c::{d}}` gives `a::b`
/// and `a::c::d`.
fn expand(code: &str) -> Vec<Vec<String>> {
    let mut head: Vec<String> = Vec::new();
    let mut rest = code;
    loop {
        let name = ident(rest);
        if name.is_empty() {
            break;
        }
        rest = &rest[name.len()..];
        head.push(name);
        match rest.strip_prefix("::") {
            Some(r) => rest = r.trim_start(),
            None => return vec![head],
        }
    }
    let Some(group) = rest.strip_prefix('{') else {
        return vec![head];
    };
    let mut out = Vec::new();
    let (mut depth, mut item_start) = (0, 0);
    for (i, c) in group.char_indices() {
        let item_ends = match c {
            '{' => {
                depth += 1;
                false
            }
            '}' if depth == 0 => true,
            '}' => {
                depth -= 1;
                false
            }
            ',' => depth == 0,
            _ => false,
        };
        if item_ends {
            for tail in expand(group[item_start..i].trim_start()) {
                out.push([head.clone(), tail].concat());
            }
            item_start = i + 1;
            if c == '}' {
                break;
            }
        }
    }
    out
}

/// The module paths a file names: through `crate::`, `super::`, `self::` and the names of the
/// modules it declares (`mod lang;` … `lang::detect`).
fn named_paths(code: &str, module: &[String]) -> Vec<Vec<String>> {
    let children: Vec<String> = code
        .lines()
        .filter_map(|l| {
            let l = l.trim_start().trim_start_matches("pub ");
            let name = l.strip_prefix("mod ")?.strip_suffix(';')?;
            Some(name.trim().to_owned())
        })
        .collect();
    let child_prefixes: Vec<String> = children.iter().map(|c| format!("{c}::")).collect();
    // Where each kind of path starts from, and whether its first word is part of the path (a
    // child module's name is: `lang::detect` is `self::lang::detect`).
    let mut starts: Vec<(&str, Vec<String>, bool)> = vec![
        ("crate::", Vec::new(), false),
        (
            "super::",
            module[..module.len().saturating_sub(1)].to_vec(),
            false,
        ),
        ("self::", module.to_vec(), false),
    ];
    for prefix in &child_prefixes {
        starts.push((prefix, module.to_vec(), true));
    }
    let mut out = Vec::new();
    for (prefix, base, named) in &starts {
        for (at, _) in code.match_indices(prefix) {
            let before = &code[..at];
            if before.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$' || c == ':') {
                continue;
            }
            let from = if *named { at } else { at + prefix.len() };
            for path in expand(&code[from..]) {
                out.push([base.clone(), path].concat());
            }
        }
    }
    out
}

/// The modules of `src/` (binaries aside) and, for each, the modules its product code imports.
fn import_graph(src: &Path) -> (Vec<Vec<String>>, Vec<Vec<usize>>) {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.retain(|f| !f.strip_prefix(src).unwrap().starts_with("bin"));
    files.sort();
    let modules: Vec<Vec<String>> = files
        .iter()
        .map(|f| module_of(f.strip_prefix(src).unwrap()))
        .collect();
    // Each file's edges: the files whose modules its paths name (the longest module a path
    // starts with; lib.rs, the root, is never a target).
    let edges: Vec<Vec<usize>> = files
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let text = fs::read_to_string(f).unwrap();
            // Tests are not the product's imports (and their `super` is the file itself).
            let product = text.split("#[cfg(test)]").next().unwrap_or("");
            let mut to: Vec<usize> = named_paths(&code(product), &modules[i])
                .iter()
                .filter_map(|path| {
                    (1..=path.len())
                        .rev()
                        .find_map(|n| modules.iter().position(|m| m[..] == path[..n]))
                })
                // A folder's module declares its files and re-exports from them: naming its own
                // children is how a folder is made, not an import back.
                .filter(|&j| {
                    j != i
                        && !modules[j].is_empty()
                        && !(modules[j].len() > modules[i].len()
                            && modules[j].starts_with(&modules[i]))
                })
                .collect();
            to.sort_unstable();
            to.dedup();
            to
        })
        .collect();
    (modules, edges)
}

/// Each circle of the graph once, from its first module: `a -> b -> a`.
fn circles(modules: &[Vec<String>], edges: &[Vec<usize>]) -> Vec<String> {
    let mut out = Vec::new();
    for start in 0..modules.len() {
        let mut seen = vec![false; modules.len()];
        let mut stack: Vec<(usize, Vec<usize>)> = vec![(start, vec![start])];
        while let Some((at, path)) = stack.pop() {
            for &next in &edges[at] {
                if next == start {
                    let names: Vec<String> = path.iter().map(|&k| modules[k].join("::")).collect();
                    out.push(format!("{} -> {}", names.join(" -> "), names[0]));
                    stack.clear();
                    break;
                }
                if !seen[next] && next > start {
                    seen[next] = true;
                    stack.push((next, [path.clone(), vec![next]].concat()));
                }
            }
        }
    }
    out
}

#[test]
fn no_two_files_import_each_other_even_through_others() {
    let (modules, edges) = import_graph(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let circles = circles(&modules, &edges);
    assert!(
        circles.is_empty(),
        "files that import each other (one of the circle's files should take what it needs \
         from a file both can use):\n{}",
        circles.join("\n")
    );
}

#[test]
fn the_file_scanner_resolves_crate_super_and_child_paths() {
    let module = ["ingest".to_owned(), "parse".to_owned()];
    let paths = |code: &str| -> Vec<String> {
        named_paths(code, &module)
            .into_iter()
            .map(|p| p.join("::"))
            .collect()
    };
    assert_eq!(
        paths("use crate::search::{plan::{Plan, Unit}, query};"),
        ["search::plan::Plan", "search::plan::Unit", "search::query"]
    );
    assert_eq!(paths("use super::read::clean;"), ["ingest::read::clean"]);
    assert_eq!(
        paths("mod lang;\nuse lang::detect_lang;"),
        ["ingest::parse::lang::detect_lang"]
    );
    assert!(paths("use tantivy::query::Query; my_crate::x").is_empty());
}

/// The words of ARCHITECTURE.md written as code (`…`), outside code blocks: names of files,
/// folders, types and functions.
fn architecture_names(text: &str) -> std::collections::BTreeSet<String> {
    let prose: String = text.split("```").step_by(2).collect::<Vec<_>>().join(" ");
    prose
        .split('`')
        .skip(1)
        .step_by(2)
        .flat_map(|span| span.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-')))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn architecture_names_every_file_of_the_product_and_the_bench_tools() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let names = architecture_names(&fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap());
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    rust_files(&root.join("benches/depeches-bench/src"), &mut files);
    rust_files(&root.join("benches/depeches-bench/benches"), &mut files);
    let mut missing: Vec<String> = files
        .iter()
        .filter(|f| {
            let stem = f.file_stem().unwrap().to_str().unwrap();
            !["lib", "main", "mod"].contains(&stem) && !names.contains(stem)
        })
        .map(|f| f.strip_prefix(root).unwrap().display().to_string())
        .collect();
    missing.sort();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md does not say what these files are (name each in its folder's section, \
         as `name`):\n{}",
        missing.join("\n")
    );
}

#[test]
fn architecture_names_are_read_from_code_spans_only() {
    let names = architecture_names(
        "`search/plan` turns … `rules/` (`words`, `search-bench`)\n```\n`hidden`\n```\nplain",
    );
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    assert_eq!(names, ["plan", "rules", "search", "search-bench", "words"]);
}
