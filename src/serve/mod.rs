//! `search-serve`: the JSON API and the search page, over one shared index.
//!
//! Searching is CPU work on memory-mapped files: it runs on tokio's blocking threads, at most
//! `max_searches` at once, with at most `max_waiting` more waiting for their turn (past that a
//! request is refused with 429 at once) and a time budget per request (503 when it runs out;
//! a search already running finishes in the background, its slot still counted, so the server
//! never takes on more work than its bounds). [`live::Live`] sees each commit of the index.

pub mod live;
pub mod params;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

use axum::extract::{RawQuery, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde::Serialize;
use tokio::sync::Semaphore;

use crate::model::error::Error;
use crate::render::api::{
    DatesResponse, ErrorJson, ProfileResponse, QuotationsResponse, SearchResponse,
    SpeakersResponse, TimelineResponse,
};
use crate::render::json::DispatchJson;
use crate::render::quotations::QuotationJson;
use live::{Live, Snapshot};
pub use params::Limits;
use params::{Endpoint, Pairs};

/// A refusal or failure, answered as `{"error": "…"}` with its status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
}

impl ApiError {
    fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }

    fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    /// An error from the engine: the user's query to fix (400), or the index failing (503).
    fn from_engine(e: anyhow::Error) -> ApiError {
        if Error::is_usage(&e) {
            ApiError::bad_request(e.to_string())
        } else {
            unreadable(&format!("{e:#}"))
        }
    }
}

fn unreadable(why: &str) -> ApiError {
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        format!("the index cannot be read: {why}"),
    )
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::to_string(&ErrorJson {
            error: &self.message,
        })
        .unwrap_or_else(|_| r#"{"error":"internal error"}"#.to_owned());
        let mut response = json_response(self.status, body);
        if self.status == StatusCode::TOO_MANY_REQUESTS {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        response
    }
}

fn json_response(status: StatusCode, body: String) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

/// What every request shares.
pub struct App {
    live: Arc<Live>,
    limits: Limits,
    slots: Arc<Semaphore>,
    /// Searches running or waiting.
    admitted: Arc<AtomicUsize>,
}

/// Counts a request among the admitted ones until dropped (where its work ends, even past its
/// budget).
struct Admitted(Arc<AtomicUsize>);

impl Drop for Admitted {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl App {
    pub fn new(live: Live, limits: Limits) -> App {
        App {
            live: Arc::new(live),
            slots: Arc::new(Semaphore::new(limits.max_searches.max(1))),
            admitted: Arc::new(AtomicUsize::new(0)),
            limits,
        }
    }

    pub fn live(&self) -> &Live {
        &self.live
    }

    /// Runs `job` on the current index within the bounds: a slot among `max_searches`, the
    /// time budget. Returns the job's JSON body.
    async fn run<F>(&self, started: Instant, job: F) -> Result<String, ApiError>
    where
        F: FnOnce(&Snapshot) -> Result<String, ApiError> + Send + 'static,
    {
        let limits = &self.limits;
        let queue = limits
            .max_searches
            .max(1)
            .saturating_add(limits.max_waiting);
        if self.admitted.fetch_add(1, Ordering::SeqCst) >= queue {
            self.admitted.fetch_sub(1, Ordering::SeqCst);
            return Err(ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                format!(
                    "too many searches at once ({} running, {} waiting): try again in a moment",
                    limits.max_searches, limits.max_waiting
                ),
            ));
        }
        let admitted = Admitted(self.admitted.clone());
        let over_budget = || {
            ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                format!(
                    "the search took more than its budget of {} ms: narrow the query (fewer or rarer words, a speaker, a date range) or try again",
                    limits.budget.as_millis()
                ),
            )
        };
        let deadline = tokio::time::Instant::from_std(started + limits.budget);
        let slot = tokio::time::timeout_at(deadline, self.slots.clone().acquire_owned())
            .await
            .map_err(|_| over_budget())?
            .map_err(|_| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "shutting down"))?;
        let live = self.live.clone();
        let task = tokio::task::spawn_blocking(move || {
            let _slot = slot;
            let _admitted = admitted;
            let snapshot = live.get().map_err(|why| unreadable(&why))?;
            // A panic (tantivy trusts its files: a damaged one can make it panic) answers this
            // request only; the server goes on.
            crate::index::guard::catching(|| job(&snapshot)).unwrap_or_else(|panic| {
                eprintln!("search-serve: internal error: {panic}");
                Err(ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal error",
                ))
            })
        });
        match tokio::time::timeout_at(deadline, task).await {
            Err(_) => Err(over_budget()),
            Ok(Ok(result)) => result,
            Ok(Err(e)) => {
                let what = if e.is_panic() {
                    "internal error"
                } else {
                    "cancelled"
                };
                eprintln!("search-serve: a request failed: {what}");
                Err(ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, what))
            }
        }
    }
}

fn millis(started: Instant) -> f64 {
    (started.elapsed().as_secs_f64() * 1e6).round() / 1e3
}

fn to_json<T: Serialize>(value: &T) -> Result<String, ApiError> {
    serde_json::to_string(value)
        .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
}

type Shared = State<Arc<App>>;

async fn api_search(State(app): Shared, RawQuery(raw): RawQuery) -> Response {
    let started = Instant::now();
    let params = match params::search_params(raw.as_deref(), &app.limits, Endpoint::Search) {
        Ok(p) => p,
        Err(msg) => return ApiError::bad_request(msg).into_response(),
    };
    respond(app.run(started, move |snap| {
        let outcome = snap
            .engine
            .search(&params.query, &params.options)
            .map_err(ApiError::from_engine)?;
        let mut body = SearchResponse::new(
            &params.q,
            &outcome,
            params.options.offset,
            params.options.limit,
        );
        body.took_ms = millis(started);
        to_json(&body)
    }))
    .await
}

async fn api_dates(State(app): Shared, RawQuery(raw): RawQuery) -> Response {
    let started = Instant::now();
    let params = match params::search_params(raw.as_deref(), &app.limits, Endpoint::Dates) {
        Ok(p) => p,
        Err(msg) => return ApiError::bad_request(msg).into_response(),
    };
    respond(app.run(started, move |snap| {
        let counts = snap
            .engine
            .date_counts(&params.query)
            .map_err(ApiError::from_engine)?;
        let mut body = DatesResponse::new(&params.q, &counts);
        body.took_ms = millis(started);
        to_json(&body)
    }))
    .await
}

async fn api_quotations(State(app): Shared, RawQuery(raw): RawQuery) -> Response {
    let started = Instant::now();
    let params = match params::search_params(raw.as_deref(), &app.limits, Endpoint::Quotations) {
        Ok(p) => p,
        Err(msg) => return ApiError::bad_request(msg).into_response(),
    };
    respond(app.run(started, move |snap| {
        let (found, more) = snap
            .engine
            .quotations_page(&params.query, &params.options)
            .map_err(ApiError::from_engine)?;
        let mut body = QuotationsResponse::new(
            &params.q,
            &found,
            more,
            params.options.offset,
            params.options.limit,
        );
        body.took_ms = millis(started);
        to_json(&body)
    }))
    .await
}

async fn api_timeline(State(app): Shared, RawQuery(raw): RawQuery) -> Response {
    let started = Instant::now();
    let params = match params::search_params(raw.as_deref(), &app.limits, Endpoint::Timeline) {
        Ok(p) => p,
        Err(msg) => return ApiError::bad_request(msg).into_response(),
    };
    respond(app.run(started, move |snap| {
        let opts = crate::search::Options {
            limit: crate::search::timeline::DEFAULT_QUOTATIONS,
            ..params.options
        };
        let timeline = snap
            .engine
            .timeline(&params.query, &opts, params.by)
            .map_err(ApiError::from_engine)?;
        let mut body = TimelineResponse::new(&params.q, &timeline);
        body.took_ms = millis(started);
        to_json(&body)
    }))
    .await
}

async fn api_provenance(State(app): Shared, RawQuery(raw): RawQuery) -> Response {
    let started = Instant::now();
    let pairs = Pairs::parse(raw.as_deref());
    let parsed = pairs.only(&["id", "q"]).and_then(|()| {
        let asked = match (pairs.one("id")?, pairs.one("q")?) {
            (Some(_), Some(_)) => {
                return Err("give either id or q, not both".to_owned());
            }
            (None, None) => return Err(
                "missing id or q: give a quotation's id (a quotation's \"id\" key) or words of it"
                    .to_owned(),
            ),
            (Some(id), None) => Provenance::Id(id.trim().to_owned()),
            (None, Some(q)) => Provenance::Words(q.to_owned()),
        };
        let chars = match &asked {
            Provenance::Id(s) | Provenance::Words(s) => s.chars().count(),
        };
        if chars > app.limits.max_query_chars {
            return Err(format!(
                "the query is {chars} characters long: at most {} are allowed",
                app.limits.max_query_chars
            ));
        }
        if let Provenance::Id(id) = &asked {
            if crate::index::provenance::parse_id(id).is_none() {
                return Err(format!(
                    "invalid id {id:?}: a quotation's id is 16 hexadecimal digits, as its \"id\" key gives it"
                ));
            }
        }
        Ok(asked)
    });
    let asked = match parsed {
        Ok(a) => a,
        Err(msg) => return ApiError::bad_request(msg).into_response(),
    };
    respond(app.run(started, move |snap| {
        let words = match &asked {
            Provenance::Id(s) | Provenance::Words(s) => s.as_str(),
        };
        match snap
            .engine
            .provenance(words)
            .map_err(ApiError::from_engine)?
        {
            Some(q) => to_json(&QuotationJson::from(&q)),
            None => Err(ApiError::new(
                StatusCode::NOT_FOUND,
                crate::search::quotations::not_found(words, "/api/quotations?q=WORDS"),
            )),
        }
    }))
    .await
}

async fn api_profile(State(app): Shared, RawQuery(raw): RawQuery) -> Response {
    let started = Instant::now();
    let pairs = Pairs::parse(raw.as_deref());
    let parsed = pairs
        .only(&["speaker", "n", "since", "until"])
        .and_then(|()| {
            let Some(name) = pairs.one("speaker")? else {
                return Err(
                    "missing speaker: give a name, e.g. /api/profile?speaker=peskov".to_owned(),
                );
            };
            if name.chars().count() > app.limits.max_query_chars {
                return Err(format!(
                    "the speaker's name is too long: at most {} characters",
                    app.limits.max_query_chars
                ));
            }
            let mut period = crate::search::query::UserQuery::default();
            period
                .set_dates(pairs.one("since")?, pairs.one("until")?)
                .map_err(|e| e.to_string())?;
            Ok((
                name.trim().to_owned(),
                pairs.number("n", 10, 1, app.limits.max_n)?,
                period,
            ))
        });
    let (name, n, period) = match parsed {
        Ok(p) => p,
        Err(msg) => return ApiError::bad_request(msg).into_response(),
    };
    respond(app.run(started, move |snap| {
        let found = snap
            .engine
            .profile_between(&name, n, period.since, period.until)
            .map_err(ApiError::from_engine)?;
        match found {
            Some(p) => to_json(&ProfileResponse {
                profile: &p,
                took_ms: millis(started),
            }),
            None => Err(ApiError::new(
                StatusCode::NOT_FOUND,
                format!(
                    "no speaker named {:?} in the index: /api/speakers?prefix=… lists who is quoted (a surname is enough)",
                    crate::text::escape::clipped(&name, 80)
                ),
            )),
        }
    }))
    .await
}

/// What `/api/provenance` was asked for.
enum Provenance {
    Id(String),
    Words(String),
}

async fn api_speakers(State(app): Shared, RawQuery(raw): RawQuery) -> Response {
    let started = Instant::now();
    let pairs = Pairs::parse(raw.as_deref());
    let parsed = pairs.only(&["prefix", "n"]).and_then(|()| {
        let prefix = pairs.one("prefix")?.unwrap_or_default().to_owned();
        if prefix.chars().count() > app.limits.max_query_chars {
            return Err(format!(
                "the prefix is too long: at most {} characters",
                app.limits.max_query_chars
            ));
        }
        Ok((prefix, pairs.number("n", 10, 1, app.limits.max_n)?))
    });
    let (prefix, n) = match parsed {
        Ok(p) => p,
        Err(msg) => return ApiError::bad_request(msg).into_response(),
    };
    respond(app.run(started, move |snap| {
        let speakers = snap.speakers().map_err(ApiError::from_engine)?;
        to_json(&SpeakersResponse {
            prefix: &prefix,
            speakers: speakers.matching(&prefix, n),
        })
    }))
    .await
}

async fn api_dispatch(State(app): Shared, RawQuery(raw): RawQuery) -> Response {
    let started = Instant::now();
    let pairs = Pairs::parse(raw.as_deref());
    let id =
        match pairs.only(&["id"]).and_then(|()| pairs.one("id")) {
            Ok(Some(id)) => id.to_owned(),
            Ok(None) => return ApiError::bad_request(
                "missing id: give the dispatch's identity, as a hit's \"dispatch\" key holds it",
            )
            .into_response(),
            Err(msg) => return ApiError::bad_request(msg).into_response(),
        };
    respond(app.run(started, move |snap| {
        match snap.engine.dispatch(&id).map_err(ApiError::from_engine)? {
            Some(whole) => to_json(&DispatchJson::from(&whole)),
            None => Err(ApiError::new(
                StatusCode::NOT_FOUND,
                format!("no dispatch {id:?} in the index"),
            )),
        }
    }))
    .await
}

async fn healthz(State(app): Shared) -> Response {
    #[derive(Serialize)]
    struct Health {
        status: &'static str,
        passages: u64,
    }
    // Not counted among the searches: a health check must answer when the server is busy.
    let live = app.live.clone();
    let answer = tokio::task::spawn_blocking(move || {
        let snapshot = live.get().map_err(|why| unreadable(&why))?;
        to_json(&Health {
            status: "ok",
            passages: snapshot.engine.searcher().num_docs(),
        })
    })
    .await
    .unwrap_or_else(|_| {
        Err(ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal error",
        ))
    });
    match answer {
        Ok(body) => json_response(StatusCode::OK, body),
        Err(e) => e.into_response(),
    }
}

async fn respond(result: impl std::future::Future<Output = Result<String, ApiError>>) -> Response {
    match result.await {
        Ok(body) => json_response(StatusCode::OK, body),
        Err(e) => e.into_response(),
    }
}

async fn not_found(uri: axum::http::Uri) -> Response {
    ApiError::new(
        StatusCode::NOT_FOUND,
        format!(
            "no such page: {}; the API is /api/search, /api/quotations, /api/timeline, /api/provenance, /api/profile, /api/dates, /api/speakers, /api/dispatch, /healthz",
            uri.path()
        ),
    )
    .into_response()
}

/// The page's files, built into the binary.
const INDEX_HTML: &str = include_str!("assets/index.html");
const APP_JS: &str = include_str!("assets/app.js");
const STYLE_CSS: &str = include_str!("assets/style.css");

/// The page's scripts and styles come from this server only: even a piece of dispatch text that
/// slipped into the page as markup could run nothing.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CONTENT_SECURITY_POLICY, CSP),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

/// The routes.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route(
            "/",
            get(|| async { asset("text/html; charset=utf-8", INDEX_HTML) }),
        )
        .route(
            "/app.js",
            get(|| async { asset("text/javascript; charset=utf-8", APP_JS) }),
        )
        .route(
            "/style.css",
            get(|| async { asset("text/css; charset=utf-8", STYLE_CSS) }),
        )
        .route("/api/search", get(api_search))
        .route("/api/quotations", get(api_quotations))
        .route("/api/timeline", get(api_timeline))
        .route("/api/provenance", get(api_provenance))
        .route("/api/profile", get(api_profile))
        .route("/api/dates", get(api_dates))
        .route("/api/speakers", get(api_speakers))
        .route("/api/dispatch", get(api_dispatch))
        .route("/healthz", get(healthz))
        .fallback(not_found)
        .with_state(app)
}

/// Serves until Ctrl-C or SIGTERM; `ready` is told the address once listening.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: App,
    ready: impl FnOnce(SocketAddr),
) -> anyhow::Result<()> {
    let app = Arc::new(app);
    // The speakers list takes a scan of the index: start it now rather than on the first
    // keystroke in the speaker box.
    let warm = app.live.clone();
    std::thread::spawn(move || {
        if let Ok(snapshot) = warm.get() {
            let _ = snapshot.speakers();
        }
    });
    ready(listener.local_addr()?);
    axum::serve(listener, router(app))
        .with_graceful_shutdown(shutdown())
        .await?;
    Ok(())
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// An app over an empty index, with these bounds.
    fn app(limits: Limits) -> (tempfile::TempDir, Arc<App>) {
        let dir = tempfile::tempdir().unwrap();
        crate::index::Writer::open(dir.path(), false)
            .unwrap()
            .finish()
            .unwrap();
        let live = Live::open(dir.path()).unwrap();
        (dir, Arc::new(App::new(live, limits)))
    }

    fn sleeper(ms: u64) -> impl FnOnce(&Snapshot) -> Result<String, ApiError> + Send + 'static {
        move |_| {
            std::thread::sleep(Duration::from_millis(ms));
            Ok("{}".to_owned())
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn past_the_running_and_waiting_searches_a_request_gets_429() {
        // No timing is assumed: the running search holds its slot until the test lets it go,
        // and the test waits until both searches are admitted (a loaded machine may take long
        // to start them).
        let limits = Limits {
            max_searches: 1,
            max_waiting: 1,
            budget: Duration::from_secs(120),
            ..Limits::default()
        };
        let (_dir, app) = app(limits);
        let (release, hold) = std::sync::mpsc::channel::<()>();
        let (started, has_started) = std::sync::mpsc::channel::<()>();
        let running = tokio::spawn({
            let app = app.clone();
            async move {
                app.run(Instant::now(), move |_| {
                    started.send(()).ok();
                    hold.recv().ok();
                    Ok("{}".to_owned())
                })
                .await
            }
        });
        // The running search holds the one slot before the second one comes.
        tokio::task::spawn_blocking(move || has_started.recv())
            .await
            .unwrap()
            .unwrap();
        let waiting = tokio::spawn({
            let app = app.clone();
            async move { app.run(Instant::now(), sleeper(0)).await }
        });
        let admitted_by = Instant::now() + Duration::from_secs(60);
        while app.admitted.load(Ordering::SeqCst) < 2 {
            assert!(
                Instant::now() < admitted_by,
                "the waiting search was never admitted"
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let refused = app.run(Instant::now(), sleeper(0)).await.unwrap_err();
        assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
        assert!(refused.message.contains("try again"), "{}", refused.message);
        let response = refused.into_response();
        assert_eq!(response.headers()[header::RETRY_AFTER], "1");
        release.send(()).unwrap();
        assert!(running.await.unwrap().is_ok());
        assert!(waiting.await.unwrap().is_ok());
        // Once they are done, requests are taken again.
        assert!(app.run(Instant::now(), sleeper(0)).await.is_ok());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_search_past_its_budget_gets_503_and_keeps_its_slot_until_it_ends() {
        let limits = Limits {
            max_searches: 1,
            max_waiting: 0,
            budget: Duration::from_millis(100),
            ..Limits::default()
        };
        let (_dir, app) = app(limits);
        let slow = app.run(Instant::now(), sleeper(600)).await.unwrap_err();
        assert_eq!(slow.status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(
            slow.message.contains("budget of 100 ms"),
            "{}",
            slow.message
        );
        // The abandoned search still runs: the server takes no more than its bounds.
        let refused = app.run(Instant::now(), sleeper(0)).await.unwrap_err();
        assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
        // Once it has ended (however long a loaded machine takes), its slot is free again.
        let ended_by = Instant::now() + Duration::from_secs(60);
        while app.admitted.load(Ordering::SeqCst) > 0 {
            assert!(
                Instant::now() < ended_by,
                "the abandoned search never ended"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert!(app.run(Instant::now(), sleeper(0)).await.is_ok());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_panicking_search_is_a_500_with_no_trace() {
        let (_dir, app) = app(Limits::default());
        let e = app
            .run(Instant::now(), |_| -> Result<String, ApiError> {
                panic!("boom")
            })
            .await
            .unwrap_err();
        assert_eq!(e.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(e.message, "internal error");
    }
}
