//! Turns the Danish locale files (the reference language) into one Rust constant per message,
//! so code names texts by constants and a misspelt or removed key fails the build. The
//! server also gets every locale file compiled in; the browser gets neither.
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// Files whose texts the islands use in the browser: the server sends the page's language of
/// these along with the page (see i18n/mod.rs).
const BROWSER_FILES: &[&str] = &["browser.ftl", "errors.ftl"];
const LOCALES: &[&str] = &["da", "en", "ar", "uk"];

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files: Vec<String> = std::fs::read_dir(root.join("da"))
        .expect("app/locales/da")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect();
    files.sort();
    let mut keys: BTreeMap<String, (String, bool)> = BTreeMap::new();
    for file in &files {
        for locale in LOCALES {
            println!("cargo:rerun-if-changed={}", root.join(locale).join(file).display());
        }
        let text = std::fs::read_to_string(root.join("da").join(file)).expect("read locale file");
        for line in text.lines() {
            let Some((id, _)) = line.split_once('=') else { continue };
            let id = id.trim_end();
            let is_message = id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                && !line.starts_with(char::is_whitespace);
            if !is_message {
                continue;
            }
            if let Some((other, _)) = keys.insert(id.to_string(), (file.clone(), BROWSER_FILES.contains(&file.as_str()))) {
                panic!("locale key {id} is in both {other} and {file}");
            }
        }
    }
    let mut out = String::new();
    for (id, _) in &keys {
        let name = id.replace('-', "_").to_ascii_uppercase();
        writeln!(out, "pub const {name}: Key = Key({id:?});").unwrap();
    }
    // For vocabularies whose key is made from their code (domain/mod.rs, `text_enum!`): a
    // search in the sorted list, not a match arm per key, which was 31 KB of the wasm.
    writeln!(out, "/// The key with this id, if the Danish files have it.\npub fn by_id(id: &str) -> Option<Key> {{\n    ALL.binary_search(&id).ok().map(|i| Key(ALL[i]))\n}}").unwrap();
    let browser: Vec<&String> = keys.iter().filter(|(_, (_, b))| *b).map(|(id, _)| id).collect();
    writeln!(out, "/// Keys the islands may use in the browser.\npub const BROWSER: &[&str] = &{browser:?};").unwrap();
    let all: Vec<&String> = keys.keys().collect();
    writeln!(out, "/// Every key of the reference (Danish) files.\npub const ALL: &[&str] = &{all:?};").unwrap();
    writeln!(out, "/// Each locale's files, compiled into the server.\n#[cfg(feature = \"ssr\")]\npub const SOURCES: &[(&str, &str, &str)] = &[").unwrap();
    for locale in LOCALES {
        for file in &files {
            let path = root.join(locale).join(file);
            assert!(path.exists(), "missing locale file {}", path.display());
            writeln!(out, "    ({locale:?}, {file:?}, include_str!({:?})),", path.display().to_string()).unwrap();
        }
    }
    writeln!(out, "];").unwrap();
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("keys.rs");
    std::fs::write(dest, out).unwrap();
}
