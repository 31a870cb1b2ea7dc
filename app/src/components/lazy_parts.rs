//! The lazy islands (`#[island(lazy)]`): each wakes from its own part of the wasm, which
//! cargo-leptos `--split` writes beside the main one. A page names the parts of the lazy
//! islands it shows in `<meta name="lazy-parts">`, so that
//! - the page asks for them as soon as it has painted, beside the main wasm, rather than
//!   after it (app.rs, WAKE_ISLANDS): a mentor's first tap finds the card awake sooner;
//! - the service worker keeps them with the page (public/sw.js keeps what a kept page names),
//!   so a page seen once wakes offline even when it was left before its parts arrived.
//!
//! Leptos names a lazy island's part `<island in snake case>_loader_<hash>` in the split
//! manifest; the hash is the macro's own, so the server finds the part by that prefix.

/// Declares the enum, its list and its names at once, so the three cannot drift.
macro_rules! lazy_islands {
    ($($island:ident),+ $(,)?) => {
        /// Every lazy island. Its body calls [`shown`] with its own name; a test holds the list
        /// and the sources together.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum LazyIsland {
            $($island),+
        }

        impl LazyIsland {
            pub const ALL: &'static [LazyIsland] = &[$(LazyIsland::$island),+];

            /// The island's function name.
            pub const fn name(self) -> &'static str {
                match self {
                    $(LazyIsland::$island => stringify!($island)),+
                }
            }
        }
    };
}

lazy_islands![
    LoginForm,
    ChangeEntry,
    SickForm,
    CannotComeForm,
    CalendarLink,
    Decide,
    ConfirmAll,
    Attendance,
    NoteForm,
    NewShift,
    ShiftActions,
    CopyWeek,
    AutoConfirm,
    DeskForm,
    MonthLockForm,
    EndOne,
    EndMany,
];

impl LazyIsland {
    /// What its part's key in the split manifest starts with: `ChangeEntry` →
    /// `change_entry_loader_`.
    pub fn manifest_prefix(self) -> String {
        format!("{}_loader_", crate::domain::snake(self.name()))
    }
}

/// Called by a lazy island as the server renders it: the page names the island's parts once.
/// In the browser it does nothing (the island is already waking from its part).
#[allow(unused_variables)]
pub fn shown(island: LazyIsland) {
    #[cfg(feature = "ssr")]
    server::shown(island);
}

#[cfg(feature = "ssr")]
pub use server::provide_for_page;

#[cfg(feature = "ssr")]
mod server {
    use super::LazyIsland;
    use leptos::prelude::*;
    use leptos_meta::Meta;
    use std::collections::{HashMap, HashSet};
    use std::sync::{Arc, Mutex, OnceLock};

    /// This release's parts per island, as `/pkg/…` paths; empty for a build without `--split`.
    type Manifest = HashMap<LazyIsland, Vec<String>>;

    /// Read once, by the first page.
    static MANIFEST: OnceLock<Manifest> = OnceLock::new();

    /// The files this page has named so far (islands share parts).
    #[derive(Clone, Default)]
    struct Named(Arc<Mutex<HashSet<&'static str>>>);

    /// For the shell: reads the manifest on the first page, and starts this page's list.
    pub fn provide_for_page(options: &LeptosOptions) {
        MANIFEST.get_or_init(|| load(options));
        provide_context(Named::default());
    }

    pub(super) fn shown(island: LazyIsland) {
        let (Some(manifest), Some(named)) = (MANIFEST.get(), use_context::<Named>()) else { return };
        let Some(files) = manifest.get(&island) else { return };
        let new: Vec<&str> = {
            let mut named = named.0.lock().unwrap_or_else(|e| e.into_inner());
            files.iter().map(String::as_str).filter(|f| named.insert(f)).collect()
        };
        if !new.is_empty() {
            // Registered with the page's head (leptos_meta), not written here: the island's
            // own HTML must stay what its wasm expects when it wakes.
            let _ = view! { <Meta name="lazy-parts" content=new.join(" ")/> }.to_html();
        }
    }

    fn load(options: &LeptosOptions) -> Manifest {
        let pkg = options.site_pkg_dir.as_ref();
        let name = match options.hash_files {
            // The hashes cargo-leptos wrote beside the binary, as Leptos's HydrationScripts reads them.
            true => std::env::current_exe()
                .ok()
                .and_then(|exe| std::fs::read_to_string(exe.with_file_name(options.hash_file.as_ref())).ok())
                .and_then(|hashes| hashes.lines().find_map(|l| l.trim().strip_prefix("manifest:").map(|h| h.trim().to_string())))
                .map(|hash| format!("__wasm_split_manifest.{hash}.json")),
            false => Some("__wasm_split_manifest.json".to_string()),
        };
        let path = name.map(|n| std::path::Path::new(options.site_root.as_ref()).join(pkg).join(n));
        let Some(parts) = path
            .and_then(|p| std::fs::read_to_string(p).ok())
            .and_then(|text| serde_json::from_str::<HashMap<String, Vec<String>>>(&text).ok())
        else {
            return Manifest::new();
        };
        of_manifest(&parts, pkg)
    }

    /// Each island's files from the split manifest's keys.
    pub(super) fn of_manifest(parts: &HashMap<String, Vec<String>>, pkg: &str) -> Manifest {
        LazyIsland::ALL
            .iter()
            .copied()
            .filter_map(|island| {
                let prefix = island.manifest_prefix();
                let files = parts.iter().find(|(key, _)| key.starts_with(&prefix))?.1;
                Some((island, files.iter().map(|f| format!("/{pkg}/{f}.wasm")).collect()))
            })
            .collect()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_prefix_is_the_islands_loader_in_snake_case() {
        assert_eq!(LazyIsland::ChangeEntry.manifest_prefix(), "change_entry_loader_");
        assert_eq!(LazyIsland::MonthLockForm.manifest_prefix(), "month_lock_form_loader_");
        assert_eq!(LazyIsland::Decide.manifest_prefix(), "decide_loader_");
    }

    #[test]
    fn islands_find_their_own_parts_only() {
        let parts: std::collections::HashMap<String, Vec<String>> = serde_json::from_str(
            r#"{"end_one_loader_1":["chunk_1.a","split_end_one_loader_1.b"],
                "end_many_loader_2":["chunk_1.a","split_end_many_loader_2.c"],
                "decide_loader_3":["split_decide_loader_3.d"]}"#,
        )
        .unwrap();
        let m = server::of_manifest(&parts, "pkg");
        assert_eq!(m[&LazyIsland::EndOne], vec!["/pkg/chunk_1.a.wasm", "/pkg/split_end_one_loader_1.b.wasm"]);
        assert_eq!(m[&LazyIsland::EndMany], vec!["/pkg/chunk_1.a.wasm", "/pkg/split_end_many_loader_2.c.wasm"]);
        assert_eq!(m[&LazyIsland::Decide], vec!["/pkg/split_decide_loader_3.d.wasm"]);
        assert!(!m.contains_key(&LazyIsland::DeskForm));
    }

    /// Every `#[island(lazy)]` in the sources is in the list and names its parts, and the list
    /// holds no other: an island made lazy without it would wake late and not offline.
    #[test]
    fn every_lazy_island_is_listed_and_names_its_parts() {
        let mut found = vec![];
        let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for (at, _) in text.match_indices("#[island(lazy)]\n") {
                    let rest = &text[at..];
                    let name = rest.split("fn ").nth(1).unwrap().split('(').next().unwrap().trim().to_string();
                    let call = format!("shown(LazyIsland::{name})");
                    assert!(body_of(rest).contains(&call), "{}: {name} does not call {call}", path.display());
                    found.push(name);
                }
            }
        }
        found.sort();
        let mut listed: Vec<String> = LazyIsland::ALL.iter().map(|i| i.name().to_string()).collect();
        listed.sort();
        assert_eq!(found, listed);
    }

    /// The function body that `item` (starting at its attribute) opens, by balancing braces;
    /// the islands' bodies hold no unbalanced brace in a string.
    fn body_of(item: &str) -> &str {
        let open = item.find('{').expect("a body");
        let mut depth = 0;
        for (i, c) in item[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        return &item[open..open + i + 1];
                    }
                }
                _ => {}
            }
        }
        panic!("an unclosed body")
    }
}
