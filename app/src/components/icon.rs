//! A few simple line icons beside words (never instead of them), for readers who lean on
//! pictures more than on text. Decorative: hidden from screen readers.
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    Clock,
    List,
    Calendar,
    Thermometer,
    ArriveDoor,
    LeaveDoor,
}

impl Icon {
    fn path(self) -> &'static str {
        match self {
            Icon::Clock => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3 3",
            Icon::List => "M6 3h12v18H6zM9 8h6M9 12h6M9 16h4",
            Icon::Calendar => "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5",
            Icon::Thermometer => "M10 5a2 2 0 0 1 4 0v9.5a4 4 0 1 1-4 0zM12 11v6",
            Icon::ArriveDoor => "M14 4h5v16h-5M3 12h11M10 8l4 4-4 4",
            Icon::LeaveDoor => "M10 4H5v16h5M9 12h12M17 8l4 4-4 4",
        }
    }
}

#[component]
pub fn IconSvg(icon: Icon) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <path d=icon.path() fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}
