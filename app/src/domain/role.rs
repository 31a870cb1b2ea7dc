use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Citizen,
    Mentor,
    Caseworker,
    Admin,
    /// Reads the goals dashboard; changes no citizen's data.
    Manager,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Citizen => "citizen",
            Role::Mentor => "mentor",
            Role::Caseworker => "caseworker",
            Role::Admin => "admin",
            Role::Manager => "manager",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "citizen" => Some(Role::Citizen),
            "mentor" => Some(Role::Mentor),
            "caseworker" => Some(Role::Caseworker),
            "admin" => Some(Role::Admin),
            "manager" => Some(Role::Manager),
            _ => None,
        }
    }

    /// The state's name in the locale files.
    pub fn label_key(self) -> crate::i18n::Key {
        match self {
            Role::Citizen => crate::i18n::k::ROLE_CITIZEN,
            Role::Mentor => crate::i18n::k::ROLE_MENTOR,
            Role::Caseworker => crate::i18n::k::ROLE_CASEWORKER,
            Role::Admin => crate::i18n::k::ROLE_ADMIN,
            Role::Manager => crate::i18n::k::ROLE_MANAGER,
        }
    }

    pub fn label_da(self) -> &'static str {
        match self {
            Role::Citizen => "Borger",
            Role::Mentor => "Virksomhedsmentor",
            Role::Caseworker => "Jobkonsulent",
            Role::Admin => "Administrator",
            Role::Manager => "Ledelse",
        }
    }

    /// The page each role lands on after logging in.
    pub fn home_path(self) -> &'static str {
        match self {
            Role::Citizen => "/borger",
            Role::Mentor => "/mentor",
            Role::Caseworker | Role::Admin => "/sagsbehandler",
            Role::Manager => "/maal",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_name() {
        for r in [Role::Citizen, Role::Mentor, Role::Caseworker, Role::Admin, Role::Manager] {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("superuser"), None);
    }
}
