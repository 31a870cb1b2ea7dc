//! Small pieces named after what the user sees.
pub mod desk_form;
pub(crate) mod app_header;
pub mod answer;
pub mod forms;
pub mod lazy_parts;
mod form_send;
mod icon;
mod language_menu;
mod outbox;
mod place_nav;
mod status_badge;
mod text_area;
mod woken;

pub use answer::{Answer, AnswerNote, Answered};
pub use app_header::AppHeader;
pub use forms::{error_for, FieldError, FormError};
pub use form_send::{FormSend, SendResult};
pub use icon::{Icon, IconSvg};
pub use language_menu::LanguageMenu;
pub use outbox::{OfflineBanner, OutboxPanel};
pub use place_nav::PlaceNav;
pub use status_badge::StatusBadge;
pub use text_area::textarea_text;
pub use woken::IslandsWoken;
