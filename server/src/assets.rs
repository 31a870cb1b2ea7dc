//! The files a browser fetches as they are. `/pkg` holds the wasm, js and css, whose names
//! carry their content hash (cargo-leptos `hash-files`). They are read into memory when the
//! server starts, each with the brotli and gzip forms `scripts/build.sh` made beside it, and
//! answered from there in the form the browser accepts, cached for a year: no request pays
//! for a file system call or for compressing. (tower-http's `ServeDir` answered 1,700 requests
//! a second here, its file calls handed to the blocking pool one by one.) A name not in memory,
//! such as a newer release's file copied in during a rolling upgrade, is read from disk by
//! `ServeDir`. The islands' texts files (`texts-<language>.<hash>.json`) are made from the
//! compiled-in texts and compressed once when the server starts. The other public files
//! (icons, manifest, service worker) are revalidated each time.
use std::collections::HashMap;
use std::io::Write as _;
use std::path::Path;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use app::i18n::server::{browser_texts, BrowserTexts};
use app::i18n::Locale;
use leptos::prelude::LeptosOptions;
use tower::ServiceExt as _;
use tower_http::services::ServeDir;

/// Files larger than this stay on disk.
const MAX_IN_MEMORY: u64 = 16 * 1024 * 1024;

struct Asset {
    content_type: HeaderValue,
    etag: HeaderValue,
    raw: Bytes,
    br: Option<Bytes>,
    gzip: Option<Bytes>,
}

/// The `/pkg` files, by name.
#[derive(Clone)]
pub struct Pkg {
    files: Arc<HashMap<String, Asset>>,
    disk: ServeDir,
    /// The site's name for the directory (`pkg`): redirects name the full path.
    dir_name: Arc<str>,
}

/// The kinds kept in memory, with their type: what every page loads. Anything else under
/// /pkg (the .br and .gz forms themselves, a file of another kind) is read from disk.
fn content_type(name: &str) -> Option<&'static str> {
    match name.rsplit('.').next()? {
        "wasm" => Some("application/wasm"),
        "js" => Some("text/javascript; charset=utf-8"),
        "css" => Some("text/css; charset=utf-8"),
        _ => None,
    }
}

impl Pkg {
    pub fn load(options: &LeptosOptions) -> Pkg {
        let dir = Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
        let mut files = HashMap::new();
        let read = |path: &Path| -> Option<Bytes> {
            let meta = std::fs::metadata(path).ok()?;
            (meta.is_file() && meta.len() <= MAX_IN_MEMORY).then(|| std::fs::read(path).ok().map(Bytes::from)).flatten()
        };
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(kind) = content_type(&name) else { continue };
            let Some(raw) = read(&entry.path()) else { continue };
            let etag = format!("\"{}-{}\"", name.replace('"', ""), raw.len());
            let Ok(etag) = HeaderValue::from_str(&etag) else { continue };
            let asset = Asset {
                content_type: HeaderValue::from_static(kind),
                etag,
                br: read(&dir.join(format!("{name}.br"))),
                gzip: read(&dir.join(format!("{name}.gz"))),
                raw,
            };
            files.insert(name, asset);
        }
        for locale in Locale::ALL {
            let texts = browser_texts(locale);
            files.insert(texts.name.clone(), Asset::made(HeaderValue::from_static("application/json"), &texts.name, texts.json.as_bytes()));
        }
        Pkg { files: Arc::new(files), disk: ServeDir::new(dir).precompressed_br().precompressed_gzip(), dir_name: options.site_pkg_dir.clone() }
    }

    /// Answers `GET /pkg/{name}` (the path below /pkg).
    pub async fn answer(self, req: Request) -> Response {
        let name = req.uri().path().trim_start_matches('/');
        let Some(asset) = self.files.get(name) else {
            // A temporary redirect: the old name is not kept as the new file (a redirect
            // is `no-cache`, assets::cache_control) and the page gets the texts there are.
            if let Some(current) = BrowserTexts::of_file_name(name) {
                return Redirect::temporary(&current.href(&self.dir_name)).into_response();
            }
            return match self.disk.oneshot(req).await {
                Ok(res) => res.map(Body::new),
                Err(_) => StatusCode::NOT_FOUND.into_response(),
            };
        };
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, asset.content_type.clone());
        headers.insert(header::ETAG, asset.etag.clone());
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        if req.headers().get(header::IF_NONE_MATCH).is_some_and(|v| v.as_bytes() == asset.etag.as_bytes() || v.as_bytes() == b"*") {
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }
        let accepts = |coding: &str| accepts_encoding(req.headers(), coding);
        let body = match (&asset.br, &asset.gzip) {
            (Some(br), _) if accepts("br") => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
                br.clone()
            }
            (_, Some(gz)) if accepts("gzip") => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
                gz.clone()
            }
            _ => asset.raw.clone(),
        };
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
        let body = if req.method() == Method::HEAD { Body::empty() } else { Body::from(body) };
        (StatusCode::OK, headers, body).into_response()
    }
}

impl Asset {
    /// A file made by the server itself, compressed here once as build.sh does the others.
    fn made(content_type: HeaderValue, name: &str, raw: &[u8]) -> Asset {
        let mut br = Vec::new();
        {
            let mut w = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
            let _ = w.write_all(raw);
        }
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let gzip = gz.write_all(raw).and_then(|_| gz.finish()).ok().map(Bytes::from);
        Asset {
            content_type,
            etag: HeaderValue::from_str(&format!("\"{name}-{}\"", raw.len())).unwrap_or(HeaderValue::from_static("\"made\"")),
            raw: Bytes::copy_from_slice(raw),
            br: Some(Bytes::from(br)),
            gzip,
        }
    }
}

/// Whether `Accept-Encoding` takes `coding` (named, or by `*`, with a weight above zero).
fn accepts_encoding(headers: &HeaderMap, coding: &str) -> bool {
    let mut star = false;
    for value in headers.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()) {
        for item in value.split(',') {
            let mut parts = item.split(';');
            let name = parts.next().unwrap_or("").trim();
            let weight = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .filter_map(|q| q.trim().parse::<f32>().ok())
                .next()
                .unwrap_or(1.0);
            if name.eq_ignore_ascii_case(coding) {
                return weight > 0.0;
            }
            if name == "*" {
                star = weight > 0.0;
            }
        }
    }
    star
}

/// Files that hold no one's data and may be kept by the browser.
pub fn is_public_file(path: &str) -> bool {
    path.starts_with("/pkg/") || path.starts_with("/icons/") || matches!(path, "/favicon.svg" | "/manifest.webmanifest" | "/sw.js")
}

/// How long the browser may keep a public file. A hashed name never changes its content, so
/// a found one is kept for good; a missing one may appear with the next release.
pub fn cache_control(path: &str, status: StatusCode, hashed_names: bool) -> HeaderValue {
    let found = status.is_success() || status == StatusCode::NOT_MODIFIED;
    if hashed_names && found && path.starts_with("/pkg/") {
        HeaderValue::from_static("public, max-age=31536000, immutable")
    } else {
        HeaderValue::from_static("no-cache")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_encoding_follows_what_the_browser_accepts() {
        let with = |v: &'static str| {
            let mut h = HeaderMap::new();
            h.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(v));
            h
        };
        assert!(accepts_encoding(&with("gzip, deflate, br, zstd"), "br"));
        assert!(accepts_encoding(&with("gzip, deflate, br"), "gzip"));
        assert!(!accepts_encoding(&with("gzip, br;q=0"), "br"));
        assert!(!accepts_encoding(&with("identity"), "gzip"));
        assert!(accepts_encoding(&with("*"), "br"));
        assert!(!accepts_encoding(&with("*, br;q=0"), "br"));
        assert!(!accepts_encoding(&HeaderMap::new(), "br"));
    }

    #[test]
    fn a_made_file_is_compressed_both_ways_to_the_same_bytes() {
        use std::io::Read as _;
        let raw = r#"{"punch-in":"لقد وصلت","x":"{$time} </script>"}"#.repeat(40).into_bytes();
        let asset = Asset::made(HeaderValue::from_static("application/json"), "texts-ar.0123.json", &raw);
        let (mut from_br, mut from_gz) = (Vec::new(), Vec::new());
        brotli::Decompressor::new(&asset.br.as_ref().unwrap()[..], 4096).read_to_end(&mut from_br).unwrap();
        flate2::read::GzDecoder::new(&asset.gzip.as_ref().unwrap()[..]).read_to_end(&mut from_gz).unwrap();
        assert_eq!((from_br.as_slice(), from_gz.as_slice()), (&raw[..], &raw[..]));
        assert!(asset.br.unwrap().len() < raw.len() / 4 && asset.raw.len() == raw.len());
        assert_eq!(asset.etag, format!("\"texts-ar.0123.json-{}\"", raw.len()).as_str());
    }

    #[test]
    fn only_found_hashed_files_are_kept_for_good() {
        let keep = |p, s, h| cache_control(p, s, h).to_str().unwrap().to_string();
        assert_eq!(keep("/pkg/fodfaeste.abc123.css", StatusCode::OK, true), "public, max-age=31536000, immutable");
        assert_eq!(keep("/pkg/fodfaeste.abc123.css", StatusCode::NOT_MODIFIED, true), "public, max-age=31536000, immutable");
        assert_eq!(keep("/pkg/fodfaeste.gone.css", StatusCode::NOT_FOUND, true), "no-cache");
        assert_eq!(keep("/pkg/fodfaeste.css", StatusCode::OK, false), "no-cache", "a development build reuses its names");
        assert_eq!(keep("/icons/icon-192.png", StatusCode::OK, true), "no-cache");
        assert!(is_public_file("/sw.js") && !is_public_file("/borger") && !is_public_file("/api/v1/me"));
    }
}
