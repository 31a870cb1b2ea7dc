//! The access policy. Every read and write of placement data — pages, server functions,
//! /api/v1 — asks here. Outside an actor's sight the answer is NotFound, so a probe learns
//! nothing about what exists; inside sight but not allowed it is Forbidden.
use serde::{Deserialize, Serialize};

use super::error::AppError;
use super::role::Role;

/// The logged-in user, as the server knows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub user_id: i64,
    pub municipality_id: i64,
    pub role: Role,
    /// A citizen's own record, found with the user (no second lookup on their pages).
    #[serde(default)]
    pub citizen_id: Option<i64>,
}

/// Who stands around a placement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlacementParties {
    pub municipality_id: i64,
    pub citizen_user_id: Option<i64>,
    pub mentor_user_id: Option<i64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlacementAction {
    /// See the placement and its hours.
    View,
    /// Register hours on it (the citizen's own).
    RegisterHours,
    /// Confirm or reject registered hours.
    DecideHours,
    /// Mark a shift attended or no-show.
    MarkAttendance,
    /// Read and write follow-up notes.
    FollowUp,
    /// Plan, move and cancel shifts, and set automatic confirmation.
    PlanShifts,
}

/// Which placements a list may show an actor. Storage turns this into a WHERE clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Visibility {
    OwnAsCitizen { municipality_id: i64, user_id: i64 },
    Mentored { municipality_id: i64, user_id: i64 },
    Municipality { municipality_id: i64 },
    /// A manager reads figures, never a placement.
    Nothing,
}

pub fn visibility(actor: &Actor) -> Visibility {
    let municipality_id = actor.municipality_id;
    match actor.role {
        Role::Citizen => Visibility::OwnAsCitizen { municipality_id, user_id: actor.user_id },
        Role::Mentor => Visibility::Mentored { municipality_id, user_id: actor.user_id },
        Role::Caseworker | Role::Admin => Visibility::Municipality { municipality_id },
        Role::Manager => Visibility::Nothing,
    }
}

pub fn can_see(actor: &Actor, p: &PlacementParties) -> bool {
    if p.municipality_id != actor.municipality_id {
        return false;
    }
    match actor.role {
        Role::Citizen => p.citizen_user_id == Some(actor.user_id),
        Role::Mentor => p.mentor_user_id == Some(actor.user_id),
        Role::Caseworker | Role::Admin => true,
        Role::Manager => false,
    }
}

pub fn authorize(actor: &Actor, p: &PlacementParties, action: PlacementAction) -> Result<(), AppError> {
    if !can_see(actor, p) {
        return Err(AppError::NotFound);
    }
    let allowed = match action {
        PlacementAction::View => true,
        PlacementAction::RegisterHours => actor.role == Role::Citizen,
        PlacementAction::DecideHours | PlacementAction::MarkAttendance | PlacementAction::PlanShifts => matches!(actor.role, Role::Mentor | Role::Caseworker),
        PlacementAction::FollowUp => matches!(actor.role, Role::Mentor | Role::Caseworker | Role::Admin),
    };
    if allowed {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The start page overviews, each for the roles that work with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overview {
    /// My placement and my hours.
    Citizen,
    /// Hours waiting for a decision.
    DecisionQueue,
    /// The caseload: citizens with their hours.
    Caseload,
    /// Monthly hours and payroll of the whole municipality.
    Reports,
    /// Lock a month's figures, and reopen one with a reason.
    MonthLocks,
    /// The municipality's users: roles, deactivation, staff invitations.
    Users,
    /// The municipality's goals, their dashboard and export, and the social-economic
    /// enterprises pipeline. No citizen is named there.
    Goals,
    /// The audit log: who read or changed what.
    AuditLog,
}

pub fn authorize_overview(actor: &Actor, overview: Overview) -> Result<(), AppError> {
    let allowed = match overview {
        Overview::Citizen => actor.role == Role::Citizen,
        Overview::DecisionQueue => matches!(actor.role, Role::Mentor | Role::Caseworker),
        Overview::Caseload | Overview::Reports => matches!(actor.role, Role::Caseworker | Role::Admin),
        Overview::MonthLocks | Overview::Users | Overview::AuditLog => actor.role == Role::Admin,
        Overview::Goals => matches!(actor.role, Role::Admin | Role::Manager),
    };
    if allowed {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The desk's records: companies, openings, placements and matching. Whose municipality a
/// record is in is checked by [`in_municipality`] on every record read by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Desk {
    /// Create, edit and list companies.
    Companies,
    /// Create and edit openings, and see matches.
    Openings,
    /// "Tilbyd en opgave": a mentor proposes an opening at their own company.
    ProposeOpening,
    /// Approve or decline a mentor's proposal.
    ReviewProposals,
    /// Create, extend and end placements, and record follow-ups.
    Placements,
    /// Create and edit citizens (with their caseworker-only accommodations) and invite them
    /// and mentors.
    Citizens,
}

pub fn authorize_desk(actor: &Actor, what: Desk) -> Result<(), AppError> {
    let allowed = match what {
        Desk::ProposeOpening => actor.role == Role::Mentor,
        Desk::Companies | Desk::Openings | Desk::ReviewProposals | Desk::Placements | Desk::Citizens => matches!(actor.role, Role::Caseworker | Role::Admin),
    };
    if allowed {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// A record of another municipality does not exist for this actor.
pub fn in_municipality(actor: &Actor, municipality_id: i64) -> Result<(), AppError> {
    if actor.municipality_id == municipality_id {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// What users do for themselves rather than on a placement picked from a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelfService {
    /// Punch in and out.
    Punch,
    /// Tell that one is sick or cannot come.
    ReportAbsence,
    /// Have a private calendar feed of one's shifts.
    CalendarFeed,
}

pub fn authorize_self_service(actor: &Actor, what: SelfService) -> Result<(), AppError> {
    let allowed = match what {
        SelfService::Punch | SelfService::ReportAbsence => actor.role == Role::Citizen,
        SelfService::CalendarFeed => matches!(actor.role, Role::Citizen | Role::Mentor),
    };
    if allowed {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// A mentor learns that a citizen is absent, never why: the note stays with the citizen and
/// the municipality's staff.
pub fn sees_absence_notes(actor: &Actor) -> bool {
    actor.role != Role::Mentor
}

/// Whose citizens the caseload shows: a caseworker their own (`Some(user)`), an admin the
/// whole municipality (`None`).
pub fn caseload_owner(actor: &Actor) -> Option<i64> {
    (actor.role == Role::Caseworker).then_some(actor.user_id)
}

/// What the server does with a request for a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageDecision {
    Allow,
    Redirect(&'static str),
}

/// Pages are for the roles that use them; everyone else is sent on — the logged-out to the
/// login page, the logged-in to their own start page.
pub fn page_access(path: &str, role: Option<Role>) -> PageDecision {
    let path = if path.len() > 1 { path.trim_end_matches('/') } else { path };
    let home = role.map(Role::home_path);
    let need = |allowed: &[Role]| match role {
        None => PageDecision::Redirect("/login"),
        Some(r) if allowed.contains(&r) => PageDecision::Allow,
        Some(r) => PageDecision::Redirect(r.home_path()),
    };
    if path == "/" {
        return PageDecision::Redirect(home.unwrap_or("/login"));
    }
    // A section owns every page below it: /borger/timer is the citizen's as /borger is.
    let section = path.trim_start_matches('/').split('/').next().unwrap_or("");
    match section {
        "login" => home.map_or(PageDecision::Allow, PageDecision::Redirect),
        "borger" => need(&[Role::Citizen]),
        "mentor" => need(&[Role::Mentor]),
        "sagsbehandler" => need(&[Role::Caseworker, Role::Admin]),
        "maal" => need(&[Role::Admin, Role::Manager]),
        "konto" => need(&[Role::Citizen, Role::Mentor, Role::Caseworker, Role::Admin, Role::Manager]),
        _ => PageDecision::Allow,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MUNI: i64 = 1;
    const OTHER_MUNI: i64 = 2;
    const CITIZEN: i64 = 10;
    const OTHER_CITIZEN: i64 = 11;
    const MENTOR: i64 = 20;
    const OTHER_MENTOR: i64 = 21;
    const CASEWORKER: i64 = 30;
    const ADMIN: i64 = 40;

    fn actor(user_id: i64, role: Role) -> Actor {
        Actor { user_id, municipality_id: MUNI, role, citizen_id: None }
    }

    fn placement(municipality_id: i64) -> PlacementParties {
        PlacementParties { municipality_id, citizen_user_id: Some(CITIZEN), mentor_user_id: Some(MENTOR) }
    }

    use PlacementAction::*;

    #[test]
    fn citizen_registers_on_own_placement_only() {
        let me = actor(CITIZEN, Role::Citizen);
        assert_eq!(authorize(&me, &placement(MUNI), RegisterHours), Ok(()));
        assert_eq!(authorize(&me, &placement(MUNI), DecideHours), Err(AppError::Forbidden));
        let other = actor(OTHER_CITIZEN, Role::Citizen);
        assert_eq!(authorize(&other, &placement(MUNI), View), Err(AppError::NotFound));
    }

    #[test]
    fn mentor_decides_only_on_mentored_placements() {
        assert_eq!(authorize(&actor(MENTOR, Role::Mentor), &placement(MUNI), DecideHours), Ok(()));
        assert_eq!(authorize(&actor(MENTOR, Role::Mentor), &placement(MUNI), MarkAttendance), Ok(()));
        assert_eq!(authorize(&actor(CITIZEN, Role::Citizen), &placement(MUNI), MarkAttendance), Err(AppError::Forbidden));
        assert_eq!(authorize(&actor(OTHER_MENTOR, Role::Mentor), &placement(MUNI), MarkAttendance), Err(AppError::NotFound));
        assert_eq!(authorize(&actor(MENTOR, Role::Mentor), &placement(MUNI), PlanShifts), Ok(()));
        assert_eq!(authorize(&actor(CITIZEN, Role::Citizen), &placement(MUNI), PlanShifts), Err(AppError::Forbidden));
        assert_eq!(authorize(&actor(OTHER_MENTOR, Role::Mentor), &placement(MUNI), PlanShifts), Err(AppError::NotFound));
        assert_eq!(authorize(&actor(CASEWORKER, Role::Caseworker), &placement(MUNI), PlanShifts), Ok(()));
        assert_eq!(authorize(&actor(MENTOR, Role::Mentor), &placement(OTHER_MUNI), PlanShifts), Err(AppError::NotFound));
        assert_eq!(
            authorize(&actor(MENTOR, Role::Mentor), &placement(MUNI), RegisterHours),
            Err(AppError::Forbidden)
        );
        assert_eq!(
            authorize(&actor(OTHER_MENTOR, Role::Mentor), &placement(MUNI), View),
            Err(AppError::NotFound)
        );
    }

    #[test]
    fn staff_see_their_municipality_and_nothing_else() {
        for (id, role) in [(CASEWORKER, Role::Caseworker), (ADMIN, Role::Admin)] {
            let a = actor(id, role);
            assert_eq!(authorize(&a, &placement(MUNI), View), Ok(()));
            assert_eq!(authorize(&a, &placement(OTHER_MUNI), View), Err(AppError::NotFound));
        }
        assert_eq!(authorize(&actor(CASEWORKER, Role::Caseworker), &placement(MUNI), DecideHours), Ok(()));
        assert_eq!(authorize(&actor(ADMIN, Role::Admin), &placement(MUNI), DecideHours), Err(AppError::Forbidden));
    }

    #[test]
    fn nobody_crosses_municipalities() {
        for (id, role) in [(CITIZEN, Role::Citizen), (MENTOR, Role::Mentor)] {
            assert_eq!(authorize(&actor(id, role), &placement(OTHER_MUNI), View), Err(AppError::NotFound));
        }
    }

    #[test]
    fn logged_out_visitors_are_sent_to_login() {
        for p in ["/", "/borger", "/mentor", "/sagsbehandler", "/borger/", "/borger/timer", "/mentor/x", "/konto"] {
            assert_eq!(page_access(p, None), PageDecision::Redirect("/login"), "{p}");
        }
        assert_eq!(page_access("/login", None), PageDecision::Allow);
    }

    #[test]
    fn each_role_lands_on_its_own_page() {
        assert_eq!(page_access("/", Some(Role::Citizen)), PageDecision::Redirect("/borger"));
        assert_eq!(page_access("/login", Some(Role::Mentor)), PageDecision::Redirect("/mentor"));
        assert_eq!(page_access("/mentor", Some(Role::Citizen)), PageDecision::Redirect("/borger"));
        assert_eq!(page_access("/sagsbehandler", Some(Role::Admin)), PageDecision::Allow);
        assert_eq!(page_access("/borger", Some(Role::Citizen)), PageDecision::Allow);
        assert_eq!(page_access("/borger/plan", Some(Role::Citizen)), PageDecision::Allow);
        assert_eq!(page_access("/borger/plan", Some(Role::Mentor)), PageDecision::Redirect("/mentor"));
        assert_eq!(page_access("/borgerx", Some(Role::Mentor)), PageDecision::Allow);
        assert_eq!(page_access("/", Some(Role::Manager)), PageDecision::Redirect("/maal"));
        assert_eq!(page_access("/sagsbehandler", Some(Role::Manager)), PageDecision::Redirect("/maal"));
        assert_eq!(page_access("/maal/soev", Some(Role::Admin)), PageDecision::Allow);
        assert_eq!(page_access("/maal", Some(Role::Caseworker)), PageDecision::Redirect("/sagsbehandler"));
        for r in [Role::Citizen, Role::Mentor, Role::Caseworker, Role::Admin, Role::Manager] {
            assert_eq!(page_access("/konto", Some(r)), PageDecision::Allow, "{r:?}");
        }
    }

    #[test]
    fn only_citizens_punch_and_report_absence_and_mentors_never_read_why() {
        use SelfService::*;
        for role in [Role::Citizen, Role::Mentor, Role::Caseworker, Role::Admin] {
            let a = actor(1, role);
            let citizen = role == Role::Citizen;
            assert_eq!(authorize_self_service(&a, Punch).is_ok(), citizen);
            assert_eq!(authorize_self_service(&a, ReportAbsence).is_ok(), citizen);
            assert_eq!(authorize_self_service(&a, CalendarFeed).is_ok(), citizen || role == Role::Mentor);
            assert_eq!(sees_absence_notes(&a), role != Role::Mentor);
        }
    }

    #[test]
    fn a_caseworker_sees_their_own_caseload_and_an_admin_all() {
        assert_eq!(caseload_owner(&actor(CASEWORKER, Role::Caseworker)), Some(CASEWORKER));
        assert_eq!(caseload_owner(&actor(ADMIN, Role::Admin)), None);
    }

    #[test]
    fn each_overview_is_for_the_roles_that_use_it() {
        use Overview::*;
        let cases = [
            (Role::Citizen, [true, false, false]),
            (Role::Mentor, [false, true, false]),
            (Role::Caseworker, [false, true, true]),
            (Role::Admin, [false, false, true]),
            (Role::Manager, [false, false, false]),
        ];
        for (role, allowed) in cases {
            for (overview, ok) in [Citizen, DecisionQueue, Caseload].into_iter().zip(allowed) {
                assert_eq!(authorize_overview(&actor(1, role), Reports).is_ok(), allowed[2], "{role:?} reports");
                assert_eq!(authorize_overview(&actor(1, role), MonthLocks).is_ok(), role == Role::Admin, "{role:?} locks");
                assert_eq!(authorize_overview(&actor(1, role), Users).is_ok(), role == Role::Admin, "{role:?} users");
                let goals = matches!(role, Role::Admin | Role::Manager);
                assert_eq!(authorize_overview(&actor(1, role), Goals).is_ok(), goals, "{role:?} goals");
                let want = if ok { Ok(()) } else { Err(AppError::Forbidden) };
                assert_eq!(authorize_overview(&actor(1, role), overview), want, "{role:?} {overview:?}");
            }
        }
    }

    #[test]
    fn the_desk_is_for_caseworkers_and_admins_and_proposals_for_mentors() {
        use Desk::*;
        for role in [Role::Citizen, Role::Mentor, Role::Caseworker, Role::Admin, Role::Manager] {
            let a = actor(1, role);
            let staff = matches!(role, Role::Caseworker | Role::Admin);
            for what in [Companies, Openings, ReviewProposals, Placements, Citizens] {
                assert_eq!(authorize_desk(&a, what).is_ok(), staff, "{role:?} {what:?}");
            }
            assert_eq!(authorize_desk(&a, ProposeOpening).is_ok(), role == Role::Mentor, "{role:?} proposes");
        }
        assert_eq!(in_municipality(&actor(1, Role::Admin), MUNI), Ok(()));
        assert_eq!(in_municipality(&actor(1, Role::Admin), OTHER_MUNI), Err(AppError::NotFound));
    }
}
