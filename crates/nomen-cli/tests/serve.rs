//! `nomen serve`, driven as a person's browser or script would: the real binary on an
//! ephemeral loopback port (`--addr 127.0.0.1:0`, the bound address read from its
//! first line), an HTTP client, the fixture in `tests/fixtures/serve/` (see its
//! README). The API answers with the CLI's own JSON (compared with `nomen search
//! --json` and friends on the same index), bad parameters are 400s naming them, the
//! server writes nothing into the index and sees a `nomen index` commit without a
//! restart.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use serde_json::{json, Value};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/serve/articles.jsonl")
}

fn nomen(cwd: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(args)
        .current_dir(cwd)
        .env_remove("NOMEN_INDEX")
        .output()
        .expect("nomen runs")
}

/// `nomen ARGS` printing JSON.
fn nomen_json(cwd: &Path, args: &[&str]) -> Value {
    let out = nomen(cwd, args);
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "nomen {args:?}: {e}: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// A temp dir with the fixture indexed into `idx`.
fn indexed() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = nomen(
        dir.path(),
        &["index", "--index", "idx", fixture().to_str().unwrap()],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

/// A running `nomen serve`, stopped (by its pid) when dropped.
struct Server {
    child: Child,
    base: String,
    first_lines: Vec<String>,
    agent: ureq::Agent,
}

impl Server {
    fn start(cwd: &Path, extra: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_nomen"))
            .args(["serve", "--index", "idx", "--addr", "127.0.0.1:0"])
            .args(extra)
            .current_dir(cwd)
            .env_remove("NOMEN_INDEX")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("nomen serve runs");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first = lines.next().expect("a first line").unwrap();
        let base = first
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {first:?}"))
            .trim_end_matches('/')
            .to_string();
        let mut first_lines = vec![first];
        if !base.starts_with("http://127.") {
            first_lines.push(lines.next().unwrap().unwrap());
        }
        // Keep reading so that the server never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        Server {
            child,
            base,
            first_lines,
            agent,
        }
    }

    /// GET `path`: status, content type and body.
    fn get_raw(&self, path: &str) -> (u16, String, String) {
        let mut resp = self
            .agent
            .get(&format!("{}{path}", self.base))
            .call()
            .unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let ct = resp
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        let body = resp.body_mut().read_to_string().unwrap();
        (resp.status().as_u16(), ct, body)
    }

    /// GET `path` as JSON, with its status.
    fn get(&self, path: &str) -> (u16, Value) {
        let (status, ct, body) = self.get_raw(path);
        assert!(ct.starts_with("application/json"), "{path}: {ct} {body}");
        (status, serde_json::from_str(&body).unwrap())
    }

    /// GET `path`, which must answer 200 with JSON.
    fn ok(&self, path: &str) -> Value {
        let (status, v) = self.get(path);
        assert_eq!(status, 200, "{path}: {v}");
        v
    }

    /// POST `body` to `path`.
    fn post(&self, path: &str, body: &[u8]) -> (u16, Value) {
        let mut resp = self
            .agent
            .post(&format!("{}{path}", self.base))
            .header("content-type", "text/plain; charset=utf-8")
            .send(body)
            .unwrap_or_else(|e| panic!("POST {path}: {e}"));
        let text = resp.body_mut().read_to_string().unwrap();
        (resp.status().as_u16(), serde_json::from_str(&text).unwrap())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `q` percent-encoded for a query string.
fn enc(q: &str) -> String {
    q.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[test]
fn the_api_answers_with_the_cli_shapes() {
    let dir = indexed();
    let d = dir.path();
    let server = Server::start(d, &[]);
    assert!(server.first_lines[0].starts_with("nomen: listening on http://127.0.0.1:"));

    // Search: the same object as `nomen search --json`, for the same request.
    for (api, cli) in [
        (
            format!("/api/search?entity={}", enc("Мадуро")),
            vec!["--entity", "Мадуро"],
        ),
        (
            "/api/search?q=petro&lang=es,de&limit=1".to_string(),
            vec!["petro", "--lang", "es,de", "--limit", "1"],
        ),
        (
            "/api/search?entity_id=nicolas-maduro&since=2024-03-01&until=2024-03-31".to_string(),
            vec![
                "--entity-id",
                "nicolas-maduro",
                "--since",
                "2024-03-01",
                "--until",
                "2024-03-31",
            ],
        ),
        (
            "/api/search?entity_id=nicolas-maduro&limit=2&offset=2".to_string(),
            vec![
                "--entity-id",
                "nicolas-maduro",
                "--limit",
                "2",
                "--offset",
                "2",
            ],
        ),
    ] {
        let mut args = vec!["search", "--index", "idx", "--json"];
        args.extend(cli);
        assert_eq!(server.ok(&api), nomen_json(d, &args), "{api}");
    }
    let maduro = server.ok(&format!("/api/search?entity={}", enc("Мадуро")));
    assert_eq!(maduro["total"], 6);
    let page = server.ok("/api/search?entity_id=nicolas-maduro&limit=2&offset=4");
    assert_eq!(page["hits"].as_array().unwrap().len(), 2);

    // Resolve, show, tag: the same as the CLI with the index's gazetteer (the built-in one).
    assert_eq!(
        server.ok(&format!(
            "/api/entities/resolve?name={}&limit=3",
            enc("Мадуро")
        )),
        nomen_json(
            d,
            &["entities", "resolve", "Мадуро", "--limit", "3", "--json"]
        )
    );
    assert_eq!(
        server.ok("/api/entities/resolve?name=Rodriguez&kind=place&limit=2"),
        nomen_json(
            d,
            &[
                "entities",
                "resolve",
                "Rodriguez",
                "--kind",
                "place",
                "--limit",
                "2",
                "--json"
            ]
        )
    );
    assert_eq!(
        server.ok("/api/entities/gustavo-petro"),
        nomen_json(d, &["entities", "show", "gustavo-petro", "--json"])
    );
    let text = "Николас Мадуро met Gustavo Petro in Caracas. Maduro left.";
    let text_file = d.join("text.txt");
    std::fs::write(&text_file, text).unwrap();
    let (status, tagged) = server.post("/api/tag", text.as_bytes());
    assert_eq!(status, 200);
    assert_eq!(
        tagged,
        nomen_json(d, &["tag", "--json", text_file.to_str().unwrap()])
    );

    // Stats: the CLI's object (its byte count aside: the CLI may have cached since).
    let mut stats = server.ok("/api/stats");
    let mut cli = nomen_json(d, &["stats", "--index", "idx", "--json"]);
    stats["bytes"] = json!(0);
    cli["bytes"] = json!(0);
    assert_eq!(stats, cli);
    assert_eq!(stats["documents"], 8);

    // The OpenAPI document.
    let doc = server.ok("/api/openapi.json");
    assert_eq!(doc["openapi"], "3.0.3");
    assert!(doc["paths"]["/api/search"]["get"].is_object());
}

#[test]
fn the_pictures_count_the_entity_s_articles() {
    let dir = indexed();
    let server = Server::start(dir.path(), &[]);
    let t = server.ok("/api/entities/nicolas-maduro/timeline");
    assert_eq!(t["granularity"], "month");
    assert_eq!(t["total"], 6);
    let bars: Vec<(String, u64)> = t["buckets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["period"].as_str().unwrap().to_string(),
                b["count"].as_u64().unwrap(),
            )
        })
        .collect();
    let want = [
        ("2024-01", 2),
        ("2024-02", 0),
        ("2024-03", 2),
        ("2024-04", 0),
        ("2024-05", 2),
    ];
    assert_eq!(
        bars,
        want.iter()
            .map(|(p, c)| (p.to_string(), *c))
            .collect::<Vec<_>>()
    );
    // Narrowed to March: per day.
    let t = server.ok("/api/entities/nicolas-maduro/timeline?since=2024-03-01&until=2024-03-31");
    assert_eq!(t["granularity"], "day");
    assert_eq!(t["buckets"][0]["period"], "2024-03-05");
    assert_eq!(t["buckets"].as_array().unwrap().len(), 14);
    let t = server.ok("/api/entities/nicolas-maduro/timeline?lang=ru&granularity=month");
    assert_eq!(
        t["buckets"],
        json!([{"period": "2024-03", "since": "2024-03-01", "until": "2024-03-31", "count": 1}])
    );

    let n = server.ok("/api/entities/nicolas-maduro/network?size=10");
    assert_eq!(n["total"], 6);
    let node = |id: &str| {
        n["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == id)
            .map(|x| x["count"].as_u64().unwrap())
    };
    assert_eq!(node("gustavo-petro"), Some(3));
    assert_eq!(node("caracas"), Some(2));
    assert_eq!(node("vladimir-putin"), Some(1));
    assert_eq!(node("maria-corina-machado"), None);
    let edge = |a: &str, b: &str| {
        n["edges"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| {
                (e["source"] == a && e["target"] == b) || (e["source"] == b && e["target"] == a)
            })
            .map(|e| e["count"].as_u64().unwrap())
    };
    assert_eq!(edge("nicolas-maduro", "gustavo-petro"), Some(3));
    assert_eq!(edge("gustavo-petro", "caracas"), Some(2));
    assert_eq!(edge("gustavo-petro", "colombia"), Some(1));
    assert_eq!(edge("caracas", "vladimir-putin"), None);
    // Narrowed like a search.
    let n = server.ok("/api/entities/nicolas-maduro/network?entity_id=gustavo-petro");
    assert_eq!(n["total"], 3);
    assert_eq!(n["entities"].as_array().unwrap().len(), 2);
}

#[test]
fn a_document_comes_with_its_mentions_and_untrusted_text_as_is() {
    let dir = indexed();
    let server = Server::start(dir.path(), &[]);
    let doc = server.ok("/api/documents/x1");
    assert!(doc["body"]
        .as_str()
        .unwrap()
        .starts_with("<script>window.pwned=2</script>"));
    let body = doc["body"].as_str().unwrap();
    let marked: Vec<(&str, &str, &str)> = doc["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["field"] == "body")
        .map(|m| {
            let (s, e) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            (
                &body[s..e],
                m["entity"].as_str().unwrap(),
                m["rule"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(marked, [("Nicolás Maduro", "nicolas-maduro", "exact")]);
    // A snippet is escaped HTML: the script arrives as text.
    let hits = server.ok("/api/search?q=pwned");
    let snippet = hits["hits"][0]["snippet"].as_str().unwrap();
    assert!(snippet.contains("&lt;script&gt;"), "{snippet}");
    assert!(!snippet.contains("<script"), "{snippet}");
    // The page's files are served with a policy that allows no inline script.
    let (status, ct, html) = server.get_raw("/");
    assert_eq!((status, ct.as_str()), (200, "text/html; charset=utf-8"));
    assert!(html.contains("/assets/app.js"));
    let resp = server
        .agent
        .get(&format!("{}/", server.base))
        .call()
        .unwrap();
    let csp = resp
        .headers()
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    let (status, ct, _) = server.get_raw("/assets/app.js");
    assert_eq!(
        (status, ct.as_str()),
        (200, "text/javascript; charset=utf-8")
    );
}

#[test]
fn bad_requests_are_json_errors_naming_the_parameter() {
    let dir = indexed();
    let server = Server::start(dir.path(), &["--max-limit", "50"]);
    let long_q = format!("/api/search?q={}", "a".repeat(1001));
    let long_query = format!("/api/search?q={}", "a%20".repeat(3000));
    let cases: Vec<(String, u16, Option<&str>)> = vec![
        ("/api/search?limit=x".into(), 400, Some("limit")),
        ("/api/search?limit=51".into(), 400, Some("limit")),
        ("/api/search?offset=-3".into(), 400, Some("offset")),
        ("/api/search?since=last+week".into(), 400, Some("since")),
        ("/api/search?until=2024-02-30".into(), 400, Some("until")),
        ("/api/search?q=%22unclosed".into(), 400, Some("q")),
        ("/api/search?q=nofield:x".into(), 400, Some("q")),
        ("/api/search?entity=Zzyzxqwv".into(), 400, Some("entity")),
        (
            "/api/search?entity=Rodr%C3%ADguez".into(),
            400,
            Some("entity"),
        ),
        (
            "/api/search?entity_id=no-such-id".into(),
            400,
            Some("entity_id"),
        ),
        ("/api/search?limit=1&limit=2".into(), 400, Some("limit")),
        ("/api/search?colour=red".into(), 400, Some("colour")),
        (long_q, 400, Some("q")),
        (long_query, 414, Some("query")),
        ("/api/entities/resolve".into(), 400, Some("name")),
        (
            "/api/entities/resolve?name=x&kind=planet".into(),
            400,
            Some("kind"),
        ),
        ("/api/entities/no-such-id".into(), 404, Some("id")),
        ("/api/entities/no-such-id/timeline".into(), 404, Some("id")),
        (
            "/api/entities/nicolas-maduro/timeline?granularity=week".into(),
            400,
            Some("granularity"),
        ),
        (
            "/api/entities/nicolas-maduro/timeline?granularity=".into(),
            400,
            Some("granularity"),
        ),
        (
            "/api/entities/resolve?name=x&kind=".into(),
            400,
            Some("kind"),
        ),
        (
            "/api/entities/nicolas-maduro/network?size=51".into(),
            400,
            Some("size"),
        ),
        ("/api/documents/nope".into(), 404, Some("id")),
        ("/api/documents/%FF".into(), 400, Some("id")),
        ("/api/nothing-here".into(), 404, None),
    ];
    for (path, status, param) in cases {
        let (got, v) = server.get(&path);
        assert_eq!(got, status, "{path}: {v}");
        assert_eq!(v["error"]["status"], status, "{path}: {v}");
        assert_eq!(v["error"]["param"].as_str(), param, "{path}: {v}");
        let message = v["error"]["message"].as_str().unwrap();
        assert!(!message.is_empty());
        // The API's messages speak of its parameters, not of the CLI's flags.
        assert!(!message.contains("--"), "{path}: {v}");
    }
    // A body over the limit is refused on its announced length, before it is sent
    // (a client still sending then sees the connection close): headers only here.
    let raw = raw_request(
        &server.base,
        &format!(
            "POST /api/tag HTTP/1.1\r\nhost: x\r\ncontent-type: text/plain\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            (1 << 20) + 1
        ),
    );
    assert!(raw.starts_with("HTTP/1.1 413"), "{raw}");
    assert!(raw.contains(r#""param":"body""#), "{raw}");
    let (status, v) = server.post("/api/tag", b"ok\n\xff");
    assert_eq!(
        (status, v["error"]["param"].as_str()),
        (400, Some("body")),
        "{v}"
    );
    let (status, v) = server.post("/api/stats", b"");
    assert_eq!(status, 405, "{v}");
}

/// Sends `request` as is to the server at `base` and reads the answer to the end.
fn raw_request(base: &str, request: &str) -> String {
    use std::io::{Read, Write};
    let addr = base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut out = String::new();
    let _ = stream.read_to_string(&mut out);
    out
}

/// Name, size and modification time of every file in `dir`.
fn listing(dir: &Path) -> Vec<(String, u64, SystemTime)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let md = e.metadata().unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                md.len(),
                md.modified().unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn the_server_writes_nothing_and_sees_new_commits() {
    let dir = indexed();
    let d = dir.path();
    let before = listing(&d.join("idx"));
    let server = Server::start(d, &[]);
    server.ok(&format!("/api/search?q=maduro&entity={}", enc("Мадуро")));
    server.ok("/api/documents/m1");
    server.post("/api/tag", "Nicolás Maduro".as_bytes());
    server.ok("/api/stats");
    assert_eq!(
        listing(&d.join("idx")),
        before,
        "the server wrote into the index"
    );

    // A `nomen index` beside it: the new article is found without a restart.
    let more = d.join("more.jsonl");
    std::fs::write(
        &more,
        r#"{"id":"n1","date":"2024-06-01","lang":"es","title":"Nuevo","body":"Nicolás Maduro y Gustavo Petro otra vez."}"#,
    )
    .unwrap();
    let out = nomen(d, &["index", "--index", "idx", more.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let start = Instant::now();
    loop {
        let total = server.ok("/api/search?entity_id=nicolas-maduro&limit=0")["total"].clone();
        if total == 7 {
            break;
        }
        assert_eq!(total, 6);
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the new commit was not seen"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(server.ok("/api/documents/n1")["id"], "n1");
}

#[test]
fn an_address_other_than_loopback_is_said_on_start_up() {
    let dir = indexed();
    let mut child = Command::new(env!("CARGO_BIN_EXE_nomen"))
        .args(["serve", "--index", "idx", "--addr", "0.0.0.0:0"])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let second = lines.next().unwrap().unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        first.starts_with("nomen: listening on http://0.0.0.0:"),
        "{first}"
    );
    assert!(second.contains("not loopback"), "{second}");
    // A missing index is an error before anything is bound.
    let out = nomen(
        dir.path(),
        &["serve", "--index", "nope", "--addr", "127.0.0.1:0"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope"));
}
