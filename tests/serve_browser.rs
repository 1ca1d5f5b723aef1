//! The search page in a real browser: Debian's Chromium, headless, driven through chromedriver
//! (WebDriver) over the bundled corpus and a dispatch full of markup.
//!
//! Without chromedriver the tests say so loudly and pass, except in CI (`CI=true`), where they
//! fail: `.ci/run` installs `chromium` and `chromium-driver`. Screenshots of the page go to the
//! test's temporary directory, or to `tests/screenshots/` with `DEPECHES_SCREENSHOTS=1`.

mod common;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::server::Server;
use common::Corpus;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in names {
        for dir in std::env::split_paths(&path).chain([PathBuf::from("/usr/bin")]) {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// chromedriver and the browser, or `None` (with a loud message) when absent outside CI.
fn browser_programs() -> Option<(PathBuf, PathBuf)> {
    let driver = find_program(&["chromedriver"]);
    let browser = find_program(&["chromium", "chromium-browser", "google-chrome"]);
    match (driver, browser) {
        (Some(d), Some(b)) => Some((d, b)),
        _ => {
            let message = "chromedriver or chromium is missing: the browser tests of the search \
                page cannot run. Install them: apt-get install chromium chromium-driver";
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("{message}");
            }
            eprintln!("\n!!!!! SKIPPED: {message} !!!!!\n");
            None
        }
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    fn start(program: &Path) -> Driver {
        let port = free_port();
        let child = Command::new(program)
            .arg(format!("--port={port}"))
            // The browser's own words (date fields) in French, as the page's.
            .env("LANGUAGE", "fr")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let url = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        while TcpListener::bind(("127.0.0.1", port)).is_ok() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "chromedriver did not listen"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver { child, url }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn connect(driver: &Driver, browser: &Path, profile: &Path) -> Client {
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": browser,
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,900",
                "--lang=fr-FR",
                format!("--user-data-dir={}", profile.display()),
            ],
        },
    });
    let caps = match caps {
        Value::Object(map) => map,
        _ => unreachable!(),
    };
    let mut started = None;
    for _ in 0..100 {
        match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&driver.url)
            .await
        {
            Ok(c) => {
                started = Some(c);
                break;
            }
            // chromedriver listens a moment before it takes sessions.
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    started.expect("a Chromium session through chromedriver")
}

/// Runs `script` (a function body returning JSON) in the page.
async fn js(c: &Client, script: &str) -> Value {
    c.execute(script, vec![]).await.expect("script runs")
}

/// Waits until `script` returns true.
async fn until(c: &Client, what: &str, script: &str) {
    let started = Instant::now();
    loop {
        if js(c, script).await == Value::Bool(true) {
            return;
        }
        if started.elapsed() > Duration::from_secs(15) {
            let body = js(c, "return document.body.innerText;").await;
            panic!("timed out waiting until {what}; the page shows:\n{body}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Clicks the first element `css` selects.
async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

/// Waits until the page shows hits.
async fn until_hits(c: &Client, what: &str) {
    until(
        c,
        what,
        &format!("return {HITS}.length > 0 && {READY}('results');"),
    )
    .await;
}

async fn screenshot(c: &Client, name: &str) {
    let png = c.screenshot().await.expect("screenshot");
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    let dir = if std::env::var("DEPECHES_SCREENSHOTS").is_ok_and(|v| v == "1") {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/screenshots")
    } else {
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
    };
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), png).unwrap();
}

const HITS: &str = "document.querySelectorAll('#results li.hit')";
/// Whether a results container shows the answer to the latest request.
const READY: &str = "(id => document.getElementById(id).getAttribute('aria-busy') === 'false')";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_search_page_in_chromium() {
    let Some((driver_program, browser)) = browser_programs() else {
        return;
    };
    let corpus = Corpus::copy("corpus");
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile"),
        &corpus.corpus(),
    );
    let out = corpus.index_cmd(&[]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let server = Arc::new(Server::start(&corpus.index(), &[]));
    let driver = Driver::start(&driver_program);
    let profile = tempfile::tempdir().unwrap();
    let c = connect(&driver, &browser, profile.path()).await;
    // The browser is closed whatever happens, then a failure is reported.
    let outcome = tokio::spawn({
        let c = c.clone();
        async move { scenario(&c, &server).await }
    })
    .await;
    let _ = c.close().await;
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

async fn scenario(c: &Client, server: &Server) {
    // Type a query and submit it.
    c.goto(&server.url("/")).await.unwrap();
    until(
        c,
        "the page is ready",
        "return !document.getElementById('welcome').hidden;",
    )
    .await;
    c.find(Locator::Id("q"))
        .await
        .unwrap()
        .send_keys("cibles légitimes")
        .await
        .unwrap();
    click(c, "#search button[type=submit]").await;
    until_hits(c, "results show").await;
    let url = c.current_url().await.unwrap();
    assert_eq!(
        url.query(),
        Some("q=cibles+l%C3%A9gitimes"),
        "the query is in the URL"
    );
    // Ranked results, the matched words in <mark>, as the API ranks them.
    let shown = js(
        c,
        &format!(
            "return Array.from({HITS}).map(li => ({{
                rank: li.querySelector('.rank').textContent,
                place: li.querySelector('.place').textContent,
                marks: Array.from(li.querySelectorAll('.snippet mark')).map(m => m.textContent),
            }}));"
        ),
    )
    .await;
    let api = server.json("/api/search?q=cibles+l%C3%A9gitimes&n=10", 200);
    let api_hits = api["hits"].as_array().unwrap();
    let shown = shown.as_array().unwrap();
    assert_eq!(shown.len(), api_hits.len());
    for (i, (s, h)) in shown.iter().zip(api_hits).enumerate() {
        assert_eq!(s["rank"], (i + 1).to_string());
        assert_eq!(
            s["place"],
            format!("{} ¶{}", h["dispatch"].as_str().unwrap(), h["passage"])
        );
    }
    let first_marks: Vec<String> = shown[0]["marks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap().to_lowercase())
        .collect();
    assert!(
        first_marks
            .iter()
            .any(|m| m.starts_with("cible") && m.contains("légitime")),
        "{first_marks:?}"
    );
    until(c, "the histogram shows", "return !document.getElementById('histogram').hidden && document.querySelectorAll('#bars .bar-month').length > 0;").await;
    screenshot(c, "results.png").await;

    // Filter by a speaker chosen among the suggestions.
    let speaker = c.find(Locator::Id("speaker")).await.unwrap();
    speaker.click().await.unwrap();
    speaker.send_keys("pouti").await.unwrap();
    until(
        c,
        "the speaker suggestions show",
        "return Array.from(document.querySelectorAll('#speaker-suggestions li')).some(li => li.dataset.speaker === 'Vladimir Poutine');",
    )
    .await;
    click(
        c,
        "#speaker-suggestions li[data-speaker='Vladimir Poutine']",
    )
    .await;
    until(
        c,
        "the URL names the speaker",
        "return location.search.includes('speaker=Vladimir+Poutine');",
    )
    .await;
    until(
        c,
        "only Poutine's passages show",
        &format!("const h = {HITS}; return h.length > 0 && Array.from(h).every(li => (li.querySelector('.cited') || {{textContent: ''}}).textContent.includes('Vladimir Poutine'));"),
    )
    .await;
    let filtered = server.json(
        "/api/search?q=cibles+l%C3%A9gitimes&speaker=Vladimir+Poutine",
        200,
    );
    let count = js(c, &format!("return {HITS}.length;")).await;
    assert_eq!(count, filtered["hits"].as_array().unwrap().len());
    // Each snippet is about Poutine's quotation (the one the API's `highlighted_quote` names),
    // marked with his name, as `search --speaker` crops and marks it on the terminal.
    let quotes = js(
        c,
        &format!(
            "return Array.from({HITS}).map(li => {{
                const q = li.querySelector('.snippet q.hit-quote');
                const who = li.querySelector('.snippet .hit-who');
                return q ? [q.dataset.speaker, q.textContent, who ? who.textContent : ''] : null;
            }});"
        ),
    )
    .await;
    for (shown, hit) in quotes
        .as_array()
        .unwrap()
        .iter()
        .zip(filtered["hits"].as_array().unwrap())
    {
        let i = hit["highlighted_quote"]
            .as_u64()
            .unwrap_or_else(|| panic!("a speaker's hit is about their quotation: {hit}"));
        let quote = &hit["quotes"][i as usize];
        assert!(shown.is_array(), "no quotation marked in {hit}");
        assert_eq!(shown[0], "Vladimir Poutine", "{shown}");
        assert_eq!(shown[0], quote["speaker"], "{shown}");
        assert_eq!(shown[2], "Vladimir Poutine", "{shown}");
        let text = shown[1].as_str().unwrap();
        assert!(
            !text.is_empty()
                && quote["text"]
                    .as_str()
                    .unwrap()
                    .replace('\n', " ")
                    .contains(text),
            "{shown} is not {quote}"
        );
    }

    // Open a dispatch: the passage in view, its quotations marked by speaker.
    let first = &filtered["hits"][0];
    let passage = first["passage"].as_u64().unwrap();
    click(c, "#results li.hit .title").await;
    until(c, "the dispatch shows", "return !document.getElementById('dispatch-view').hidden && document.querySelectorAll('.passage').length > 0;").await;
    let view = js(
        c,
        "const t = document.querySelector('.passage.target');
         const r = t.getBoundingClientRect();
         return {
           target: Number(t.dataset.passage),
           inView: r.top >= 0 && r.top < window.innerHeight,
           speakers: Array.from(t.querySelectorAll('q.quote')).map(q => q.dataset.speaker),
           legend: Array.from(document.querySelectorAll('#dispatch-speakers .legend')).map(l => l.textContent),
           url: location.search,
         };",
    )
    .await;
    assert_eq!(view["target"], passage, "{view}");
    assert_eq!(view["inView"], true, "{view}");
    assert!(view["url"].as_str().unwrap().contains("d="), "{view}");
    let d = server.json(
        &format!("/api/dispatch?id={}", first["dispatch"].as_str().unwrap()),
        200,
    );
    let quoted: Vec<Value> = d["passages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["passage"] == passage)
        .unwrap()["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["speaker"].as_str().map_or(json!(""), |s| json!(s)))
        .collect();
    assert_eq!(view["speakers"].as_array().unwrap(), &quoted, "{view}");
    assert!(quoted.contains(&json!("Vladimir Poutine")), "{quoted:?}");
    assert_eq!(
        view["legend"].as_array().unwrap(),
        d["speakers"].as_array().unwrap()
    );
    screenshot(c, "dispatch.png").await;

    // The back button returns to the filtered results.
    c.back().await.unwrap();
    until(
        c,
        "the results come back",
        &format!("return !document.getElementById('results-view').hidden && {HITS}.length > 0;"),
    )
    .await;
    let back = js(
        c,
        "return [location.search, document.getElementById('speaker').value];",
    )
    .await;
    assert_eq!(back[0], "?q=cibles+l%C3%A9gitimes&speaker=Vladimir+Poutine");
    assert_eq!(back[1], "Vladimir Poutine");
    c.back().await.unwrap();
    until(c, "the unfiltered results come back", "return location.search === '?q=cibles+l%C3%A9gitimes' && document.getElementById('speaker').value === '';").await;

    // Few passages hold both words: a line closes them, then come the partial matches, and
    // the histogram counts them all, those with every word apart.
    c.goto(&server.url("/?q=kremlin+russie")).await.unwrap();
    until_hits(c, "the results of two words show").await;
    until(
        c,
        "the histogram shows",
        "return !document.getElementById('histogram').hidden;",
    )
    .await;
    let page = server.json("/api/search?q=kremlin+russie&n=10", 200);
    let full = page["hits"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["matched"] == h["of"])
        .count();
    assert!(full > 0 && full < 10, "{full}");
    let dates = server.json("/api/dates?q=kremlin+russie", 200);
    let tiers = js(
        c,
        "const items = Array.from(document.querySelectorAll('#results > li'));
         return {
           at: items.findIndex(li => li.classList.contains('tier-break')),
           text: (document.querySelector('#results .tier-break') || {textContent: ''}).textContent,
           caption: document.getElementById('histogram-caption').textContent,
           dark: document.querySelectorAll('#bars .all-words').length,
         };",
    )
    .await;
    assert_eq!(tiers["at"], full, "{tiers}");
    assert_eq!(
        tiers["text"],
        format!("{full} passages contiennent tous les mots ; ensuite, une partie")
    );
    let caption = tiers["caption"].as_str().unwrap();
    assert!(
        caption.contains(&format!(
            "{} au total, dont {} avec tous les mots",
            dates["total"], dates["all_words"]
        )),
        "{caption} / {dates}"
    );
    let months_with_full = dates["months"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["all_words"].as_u64().unwrap() > 0)
        .count();
    assert_eq!(tiers["dark"], months_with_full, "{tiers}");

    quotation_views(c, server).await;

    // A dispatch full of markup shows as text, and runs nothing.
    c.goto(&server.url("/?q=pi%C3%A9g%C3%A9e")).await.unwrap();
    until_hits(c, "the hostile dispatch is found").await;
    let page = js(
        c,
        "return {
           title: document.querySelector('#results .title').textContent,
           scripts: document.querySelectorAll('#results script, #results img, #results b').length,
           pwned: window.__pwned === undefined ? null : window.__pwned,
         };",
    )
    .await;
    assert!(
        page["title"].as_str().unwrap().starts_with("<script>"),
        "{page}"
    );
    assert_eq!(page["scripts"], 0, "{page}");
    click(c, "#results li.hit .title").await;
    until(
        c,
        "the hostile dispatch opens",
        "return document.querySelectorAll('.passage').length >= 3;",
    )
    .await;
    let opened = js(
        c,
        "const v = document.getElementById('dispatch-view');
         return {
           text: v.innerText,
           elements: v.querySelectorAll('script, img, b').length,
           quote: (document.querySelector('q.quote') || {textContent: ''}).textContent,
           pwned: window.__pwned === undefined ? null : window.__pwned,
         };",
    )
    .await;
    let text = opened["text"].as_str().unwrap();
    assert!(
        text.contains("\"><img src=x onerror=\"window.__pwned='img'\">"),
        "{text}"
    );
    assert!(text.contains("<b>gras</b>"), "{text}");
    assert!(
        opened["quote"].as_str().unwrap().starts_with("<script>"),
        "{opened}"
    );
    assert_eq!(opened["elements"], 0, "{opened}");
    assert_eq!(opened["pwned"], Value::Null, "{opened}");

    // On a phone's width nothing overflows sideways.
    c.set_window_size(390, 844).await.unwrap();
    c.goto(&server.url("/?q=cibles+l%C3%A9gitimes"))
        .await
        .unwrap();
    until_hits(c, "results show on a phone").await;
    let overflow = js(
        c,
        "return document.documentElement.scrollWidth - window.innerWidth;",
    )
    .await;
    assert!(
        overflow.as_i64().unwrap() <= 0,
        "the page is wider than the phone by {overflow} px"
    );
    screenshot(c, "phone.png").await;
    for view in ["quotations", "timeline"] {
        c.goto(&server.url(&format!("/?q=cibles+l%C3%A9gitimes&view={view}")))
            .await
            .unwrap();
        until(
            c,
            "the quotation view shows on a phone",
            &format!("return {READY}('{view}') && document.querySelectorAll('#{view} q.hit-quote').length > 0;"),
        )
        .await;
        let overflow = js(
            c,
            "return document.documentElement.scrollWidth - window.innerWidth;",
        )
        .await;
        assert!(
            overflow.as_i64().unwrap() <= 0,
            "{view}: the page is wider than the phone by {overflow} px"
        );
    }
}

/// The ids of a JSON array of quotations.
fn ids(quotations: &Value) -> Vec<Value> {
    quotations
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].clone())
        .collect()
}

/// The quotations tab, the timeline of one speaker, and hostile quotations in both.
async fn quotation_views(c: &Client, server: &Server) {
    // From the passages, the "Citations" tab: one result per quotation, as the API ranks them.
    c.goto(&server.url("/?q=cibles+l%C3%A9gitimes"))
        .await
        .unwrap();
    until_hits(c, "the passages show").await;
    click(c, "#tabs a[data-view=quotations]").await;
    until(
        c,
        "the quotations show",
        &format!("return !document.getElementById('quotations').hidden && {READY}('quotations') && document.querySelectorAll('#quotations li.quotation').length > 0;"),
    )
    .await;
    let api = server.json("/api/quotations?q=cibles+l%C3%A9gitimes&n=10", 200);
    let shown = js(
        c,
        "return {
           url: location.search,
           current: document.querySelector('#tabs a[aria-current=page]').dataset.view,
           passagesHidden: document.getElementById('results').hidden,
           items: Array.from(document.querySelectorAll('#quotations li.quotation')).map(li => ({
             id: li.dataset.id,
             speaker: li.querySelector('q.hit-quote').dataset.speaker,
             quote: li.querySelector('q.hit-quote').textContent,
             marks: Array.from(li.querySelectorAll('.quotation-text mark')).map(m => m.textContent),
             first: li.querySelector('.first a').textContent,
             carried: li.querySelector('.cited').textContent,
             carriers: li.querySelectorAll('.carriers li').length,
           })),
         };",
    )
    .await;
    assert_eq!(
        shown["url"], "?q=cibles+l%C3%A9gitimes&view=quotations",
        "{shown}"
    );
    assert_eq!(shown["current"], "quotations");
    assert_eq!(shown["passagesHidden"], true);
    let controls = js(
        c,
        "return getComputedStyle(document.getElementById('timeline-controls')).display;",
    )
    .await;
    assert_eq!(
        controls, "none",
        "the grouping belongs to the timeline only"
    );
    let items = shown["items"].as_array().unwrap();
    let expected = api["quotations"].as_array().unwrap();
    assert_eq!(items.len(), expected.len());
    for (s, q) in items.iter().zip(expected) {
        assert_eq!(s["id"], q["id"], "{s}");
        assert_eq!(s["speaker"], q["speaker"].as_str().unwrap_or(""), "{s}");
        assert_eq!(s["quote"], q["quote"].as_str().unwrap().replace('\n', " "));
        assert_eq!(
            s["first"],
            format!(
                "{} ¶{}",
                q["first"]["dispatch"].as_str().unwrap(),
                q["first"]["passage"]
            )
        );
        let n = q["carried_by"].as_u64().unwrap();
        let word = if n > 1 { "dépêches" } else { "dépêche" };
        assert_eq!(s["carried"], format!("Reprise dans {n} {word}"));
        let carriers = q["carriers"].as_array().unwrap().len();
        assert_eq!(
            s["carriers"],
            if carriers > 1 { carriers } else { 0 },
            "{s}"
        );
        // The query's words are marked where the API says.
        let chars: Vec<char> = q["quote"].as_str().unwrap().chars().collect();
        let marked: Vec<Value> = q["highlights"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                let (a, b) = (
                    h[0].as_u64().unwrap() as usize,
                    h[1].as_u64().unwrap() as usize,
                );
                Value::from(chars[a..b].iter().collect::<String>())
            })
            .collect();
        assert_eq!(s["marks"].as_array().unwrap(), &marked, "{s}");
    }
    // Poutine's « cibles légitimes », carried by several dispatches: the list of where it
    // appeared opens from the keyboard, and a carrier opens its dispatch at that passage.
    let (i, carried) = expected
        .iter()
        .enumerate()
        .find(|(_, q)| q["carriers"].as_array().unwrap().len() > 1)
        .expect("a quotation carried by several dispatches");
    let summary = c
        .find(Locator::Css(&format!(
            "#quotations li.quotation:nth-child({}) summary",
            i + 1
        )))
        .await
        .unwrap();
    summary.send_keys(" ").await.unwrap();
    until(
        c,
        "the carriers list opens",
        &format!(
            "return document.querySelector('#quotations li.quotation:nth-child({}) details').open;",
            i + 1
        ),
    )
    .await;
    let second = &carried["carriers"][1];
    click(
        c,
        &format!(
            "#quotations li.quotation:nth-child({}) .carriers li:nth-child(2) a",
            i + 1
        ),
    )
    .await;
    until(
        c,
        "the carrier's dispatch opens",
        "return !document.getElementById('dispatch-view').hidden && document.querySelector('.passage.target') !== null;",
    )
    .await;
    let opened = js(
        c,
        "return [new URLSearchParams(location.search).get('d'), Number(document.querySelector('.passage.target').dataset.passage)];",
    )
    .await;
    assert_eq!(opened[0], second["dispatch"], "{opened}");
    assert_eq!(opened[1], second["passage"], "{opened}");
    c.back().await.unwrap();
    until(
        c,
        "the quotations come back",
        &format!("return !document.getElementById('quotations').hidden && {READY}('quotations') && document.querySelectorAll('#quotations li.quotation').length > 0;"),
    )
    .await;
    screenshot(c, "quotations.png").await;

    // A speaker's name under a passage opens the timeline of that person's quotations.
    click(c, "#tabs a[data-view=passages]").await;
    until_hits(c, "the passages come back").await;
    click(
        c,
        "#results li.hit .cited a.speaker-link[title$='Vladimir Poutine']",
    )
    .await;
    until(
        c,
        "the speaker's timeline shows",
        &format!("return !document.getElementById('timeline').hidden && {READY}('timeline') && document.querySelectorAll('#timeline .period').length > 0;"),
    )
    .await;
    let timeline = |c: &Client| {
        let c = c.clone();
        async move {
            js(
                &c,
                "return {
                   url: location.search,
                   speaker: document.getElementById('speaker').value,
                   periods: Array.from(document.querySelectorAll('#timeline .period')).map(p => ({
                     period: p.dataset.period,
                     label: p.querySelector('.period-label').textContent,
                     count: p.querySelector('.period-count').textContent,
                     ids: Array.from(p.querySelectorAll('.timeline-quotation')).map(q => q.dataset.id),
                   })),
                 };",
            )
            .await
        }
    };
    let by_month = timeline(c).await;
    assert_eq!(
        by_month["url"], "?speaker=Vladimir+Poutine&view=timeline",
        "{by_month}"
    );
    assert_eq!(by_month["speaker"], "Vladimir Poutine");
    let check = |shown: &Value, api: &Value| {
        let shown = shown["periods"].as_array().unwrap();
        let periods = api["periods"].as_array().unwrap();
        assert_eq!(shown.len(), periods.len(), "{shown:?}");
        for (s, p) in shown.iter().zip(periods) {
            assert_eq!(s["period"], p["period"]);
            assert_eq!(
                Value::Array(s["ids"].as_array().unwrap().clone()),
                Value::Array(ids(&p["quotations"]))
            );
            let n = p["carriers"].as_u64().unwrap();
            assert!(
                s["count"]
                    .as_str()
                    .unwrap()
                    .starts_with(&format!("{n} dépêche")),
                "{s}"
            );
        }
    };
    let api = server.json("/api/timeline?speaker=Vladimir+Poutine", 200);
    assert_eq!(api["by"], "month");
    check(&by_month, &api);
    // "sept. 2025", as the dates of the page read.
    assert!(
        by_month["periods"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["label"] == "sept. 2025"),
        "{by_month}"
    );
    profile_card(c, server, "Vladimir Poutine").await;
    screenshot(c, "timeline.png").await;
    // Grouped by year instead, then back.
    c.find(Locator::Id("by"))
        .await
        .unwrap()
        .select_by_value("year")
        .await
        .unwrap();
    until(
        c,
        "the timeline is grouped by year",
        &format!("return location.search.includes('by=year') && {READY}('timeline') && Array.from(document.querySelectorAll('#timeline .period')).every(p => /^\\d{{4}}$/.test(p.dataset.period));"),
    )
    .await;
    let by_year = timeline(c).await;
    check(
        &by_year,
        &server.json("/api/timeline?speaker=Vladimir+Poutine&by=year", 200),
    );
    c.back().await.unwrap();
    until(
        c,
        "the monthly timeline comes back",
        &format!("return !location.search.includes('by=') && {READY}('timeline') && document.getElementById('by').value === 'month' && Array.from(document.querySelectorAll('#timeline .period')).some(p => /^\\d{{4}}-\\d{{2}}$/.test(p.dataset.period));"),
    )
    .await;

    // A quotation full of markup is text in both views.
    for view in ["quotations", "timeline"] {
        c.goto(&server.url(&format!("/?speaker=Jeanne+Imaginaire&view={view}")))
            .await
            .unwrap();
        until(
            c,
            "the hostile quotation shows",
            &format!("return ({READY}('quotations') || {READY}('timeline')) && document.querySelectorAll('#quotations:not([hidden]) q.hit-quote, #timeline:not([hidden]) q.hit-quote').length > 0;"),
        )
        .await;
        let page = js(
            c,
            "return {
               quote: document.querySelector(':is(#quotations, #timeline):not([hidden]) q.hit-quote').textContent,
               elements: document.querySelectorAll('#quotations script, #quotations img, #timeline script, #timeline img').length,
               pwned: window.__pwned === undefined ? null : window.__pwned,
             };",
        )
        .await;
        assert!(
            page["quote"]
                .as_str()
                .unwrap()
                .starts_with("<script>window.__pwned"),
            "{view}: {page}"
        );
        assert_eq!(page["elements"], 0, "{view}: {page}");
        assert_eq!(page["pwned"], Value::Null, "{view}: {page}");
    }
}

/// The profile above a speaker's quotations, as `/api/profile` gives it; none when the server
/// has no profile of them.
async fn profile_card(c: &Client, server: &Server, speaker: &str) {
    let (status, body) = server.get(&format!(
        "/api/profile?speaker={}",
        speaker.replace(' ', "+")
    ));
    if status != 200 {
        until(
            c,
            "no profile shows",
            "return document.getElementById('profile').hidden;",
        )
        .await;
        return;
    }
    let profile: Value = serde_json::from_str(&body).unwrap();
    until(
        c,
        "the profile shows",
        "return !document.getElementById('profile').hidden;",
    )
    .await;
    let card = js(
        c,
        "return [document.querySelector('#profile h2').textContent, document.querySelector('#profile .profile-facts').textContent];",
    )
    .await;
    assert_eq!(card[0], profile["speaker"], "{card}");
    let n = profile["quotations"].as_u64().unwrap();
    assert!(
        card[1]
            .as_str()
            .unwrap()
            .starts_with(&format!("{n} citation")),
        "{card}"
    );
}
