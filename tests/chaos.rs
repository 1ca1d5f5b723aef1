//! Chaos: `kill -9` at 20 random points of a nightly run and 20 of a rebuild, over a feed of
//! 2,400 dispatches, with searches running all along. After each kill the run is done again and
//! `search-index --check` must find the index whole, holding every dispatch of the feed once:
//! nothing lost, nothing twice, and no search ever saw a partial index or failed.
//!
//! The kill points come from a seeded generator (`DEPECHES_CHAOS_SEED` to try others); the
//! test prints what it did and how long it took (`cargo test --test chaos -- --nocapture`).

mod common;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use common::{copy_dir, passages_in_engine, passages_in_files, passages_in_index, write_edition};
use depeches::index::folder;

const KILLS: usize = 20;

/// splitmix64: a few lines, the same sequence everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..=max`.
    fn duration(&mut self, max: Duration) -> Duration {
        let micros = max.as_micros() as u64;
        Duration::from_micros(self.next() % (micros + 1))
    }
}

type Passages = HashMap<String, usize>;

/// What a search may see while a run goes on.
#[derive(Clone)]
enum Allowed {
    /// A nightly run: every dispatch of the index before the run, each whole in its old or its
    /// new version, and new dispatches whole.
    Nightly { before: Passages, after: Passages },
    /// A rebuild: the old index or the new one, each whole.
    Rebuild { old: Passages, new: Passages },
}

impl Allowed {
    /// What is wrong with what a search saw, if anything.
    fn judge(&self, seen: &Passages) -> Option<String> {
        match self {
            Allowed::Nightly { before, after } => {
                if let Some(lost) = before.keys().find(|id| !seen.contains_key(*id)) {
                    return Some(format!("{lost} vanished during a nightly run"));
                }
                seen.iter().find_map(|(id, n)| {
                    let whole = before.get(id) == Some(n) || after.get(id) == Some(n);
                    (!whole).then(|| format!("{id} seen with {n} passages"))
                })
            }
            Allowed::Rebuild { old, new } => (seen != old && seen != new).then(|| {
                format!(
                    "a rebuild showed a mixed index of {} dispatches",
                    seen.len()
                )
            }),
        }
    }
}

/// Searches the index named in `target` in a loop until `stop`, recording every failure.
fn searcher(
    target: Arc<RwLock<Option<(PathBuf, Allowed)>>>,
    stop: Arc<AtomicBool>,
    errors: Arc<Mutex<Vec<String>>>,
    searches: Arc<AtomicUsize>,
) {
    let q = depeches::search::query::parse("prudents");
    let mut round = 0usize;
    while !stop.load(Ordering::Relaxed) {
        // Held for the round: the index is not switched (or deleted) under a search.
        let current = target.read().unwrap();
        let Some((index, allowed)) = current.as_ref() else {
            drop(current);
            std::thread::sleep(Duration::from_millis(5));
            continue;
        };
        round += 1;
        let fail = |e: String| errors.lock().unwrap().push(e);
        match depeches::search::Engine::open(index) {
            Err(e) => fail(format!("opening: {e:#}")),
            Ok(engine) => {
                if let Some(wrong) = allowed.judge(&passages_in_engine(&engine)) {
                    fail(wrong);
                }
                match engine.search(&q, &Default::default()) {
                    Ok(o) if o.hits.is_empty() => fail("a search found nothing".to_owned()),
                    Ok(_) => {}
                    Err(e) => fail(format!("searching: {e:#}")),
                }
            }
        }
        // Every few rounds, as a user would: the binary.
        if round.is_multiple_of(5) {
            let out = Command::new(assert_cmd::cargo::cargo_bin("search"))
                .arg("--index")
                .arg(index)
                .arg("prudents")
                .env_remove("SEARCH_INDEX")
                .output()
                .unwrap();
            if out.status.code() != Some(0) {
                fail(format!(
                    "`search` exited {:?}: {}",
                    out.status.code(),
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
        }
        searches.fetch_add(1, Ordering::Relaxed);
        drop(current);
        std::thread::sleep(Duration::from_millis(10));
    }
}

fn indexer(index: &Path, extra: &[&str], feed: &Path) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("search-index"));
    cmd.arg("--index")
        .arg(index)
        .args(extra)
        .arg(feed)
        .env_remove("SEARCH_INDEX")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

/// Runs to the end; the time it took.
fn run(index: &Path, extra: &[&str], feed: &Path) -> Duration {
    let started = Instant::now();
    let out = indexer(index, extra, feed).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    started.elapsed()
}

/// `--check` says whole, and the index holds exactly `expected`, with nothing left behind.
fn assert_whole(index: &Path, expected: &Passages, what: &str) {
    let out = Command::new(assert_cmd::cargo::cargo_bin("search-index"))
        .args(["--check", "--index"])
        .arg(index)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let held = passages_in_index(index);
    let lost = expected.keys().filter(|id| !held.contains_key(*id)).count();
    let wrong = held
        .iter()
        .filter(|(id, n)| expected.get(*id) != Some(n))
        .count();
    assert_eq!((lost, wrong), (0, 0), "{what}: dispatches lost, or wrong");
    let living: HashSet<String> =
        folder::living_files(&std::fs::read(index.join("meta.json")).unwrap())
            .unwrap()
            .into_iter()
            .collect();
    for entry in std::fs::read_dir(index).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            !folder::is_segment_file(&name) || living.contains(&name),
            "{what}: {name} left behind"
        );
    }
    assert!(!index.join(folder::STAGING).exists(), "{what}");
}

/// Kills `cmd` after `after` (if it still runs); whether it was killed.
fn kill_after(mut cmd: Command, after: Duration) -> bool {
    let mut child = cmd.spawn().unwrap();
    let deadline = Instant::now() + after;
    while Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    let killed = child.try_wait().unwrap().is_none();
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    killed
}

#[test]
fn kill_9_anywhere_loses_nothing_and_searches_never_fail() {
    let started = Instant::now();
    let seed = std::env::var("DEPECHES_CHAOS_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_251_205u64);
    let mut rng = Rng(seed);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();

    // The feed as it was, as it is tonight (400 new dispatches, every tenth one changed), and
    // as a rebuild reads it (every dispatch changed, some with a passage more).
    let (base, nightly, rebuilt) = (dir.join("base"), dir.join("nightly"), dir.join("rebuilt"));
    write_edition(&base, 0, 2000, "");
    write_edition(&nightly, 0, 2400, "");
    for i in (0..2000).step_by(10) {
        write_edition(&nightly, i, 1, "nuit");
    }
    write_edition(&rebuilt, 0, 2400, "refonte");
    let (base_passages, nightly_passages, rebuilt_passages) = (
        passages_in_files(&base),
        passages_in_files(&nightly),
        passages_in_files(&rebuilt),
    );
    assert_eq!(nightly_passages.len(), 2400);

    // The index before the night, after it, and how long each run takes uninterrupted.
    let before_night = dir.join("before-night");
    run(&before_night, &[], &base);
    let after_night = dir.join("after-night");
    copy_dir(&before_night, &after_night);
    let nightly_time = run(&after_night, &["--commit-every", "50"], &nightly);
    assert_whole(&after_night, &nightly_passages, "nightly run");
    let calibration = dir.join("calibration");
    copy_dir(&after_night, &calibration);
    let rebuild_time = run(&calibration, &["--rebuild"], &rebuilt);
    assert_whole(&calibration, &rebuilt_passages, "rebuild");

    let target: Arc<RwLock<Option<(PathBuf, Allowed)>>> = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let errors: Arc<Mutex<Vec<String>>> = Arc::default();
    let searches = Arc::new(AtomicUsize::new(0));
    let thread = {
        let (t, s, e, n) = (
            target.clone(),
            stop.clone(),
            errors.clone(),
            searches.clone(),
        );
        std::thread::spawn(move || searcher(t, s, e, n))
    };

    let mut killed = [0usize; 2];
    for round in 0..2 * KILLS {
        let nightly_round = round < KILLS;
        let index = dir.join(format!("index-{round}"));
        let (allowed, args, feed, expected, max) = if nightly_round {
            copy_dir(&before_night, &index);
            (
                Allowed::Nightly {
                    before: base_passages.clone(),
                    after: nightly_passages.clone(),
                },
                &["--commit-every", "50"][..],
                &nightly,
                &nightly_passages,
                nightly_time,
            )
        } else {
            copy_dir(&after_night, &index);
            (
                Allowed::Rebuild {
                    old: nightly_passages.clone(),
                    new: rebuilt_passages.clone(),
                },
                &["--rebuild"][..],
                &rebuilt,
                &rebuilt_passages,
                rebuild_time,
            )
        };
        *target.write().unwrap() = Some((index.clone(), allowed.clone()));
        // Anywhere in the run, its very end included.
        let at = rng.duration(max + max / 10);
        if kill_after(indexer(&index, args, feed), at) {
            killed[usize::from(!nightly_round)] += 1;
        }
        if let Some(wrong) = allowed.judge(&passages_in_index(&index)) {
            panic!("round {round}, killed after {at:?}: {wrong}");
        }
        run(&index, args, feed);
        assert_whole(
            &index,
            expected,
            &format!("round {round}, killed after {at:?}"),
        );
        *target.write().unwrap() = None;
        std::fs::remove_dir_all(&index).unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    thread.join().unwrap();
    let errors = errors.lock().unwrap();
    let searches = searches.load(Ordering::Relaxed);
    eprintln!(
        "chaos (seed {seed}): {} kills during a nightly run ({:.2} s uninterrupted), {} during a rebuild ({:.2} s), {} of {} points before the run ended; {searches} searches, {} errors; {:.1} s in all",
        KILLS,
        nightly_time.as_secs_f64(),
        KILLS,
        rebuild_time.as_secs_f64(),
        killed[0] + killed[1],
        2 * KILLS,
        errors.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        errors.is_empty(),
        "searches failed: {:?}",
        &errors[..errors.len().min(5)]
    );
    assert!(searches > 2 * KILLS, "too few searches to tell: {searches}");
    // Most points must fall inside a run, or the test tests nothing.
    assert!(killed[0] + killed[1] >= KILLS, "killed only {killed:?}");
}
