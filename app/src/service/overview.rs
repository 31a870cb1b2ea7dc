//! What each role's start page shows, assembled from the same checked queries as the API.
use std::collections::HashMap;

use chrono::Utc;

use crate::db::time_entries::{self as store, EntryFilter};
use crate::db::Db;
use crate::domain::access::{self, Actor, Overview, Visibility};
use crate::domain::error::AppError;
use crate::domain::local_time;
use crate::domain::approval;
use crate::domain::models::{CaseloadRow, DecidedEntry, EntryChange, ExpectedToday, MentorHome, MentorToday, TimeEntryView};
use crate::domain::shift::ShiftStatus;
use crate::domain::time_entry::EntryStatus;

use super::time_entries::recent_window;

/// The mentor's queue, page `page` (1-based) of the citizen-weeks, oldest first.
pub async fn mentor_home(db: &Db, actor: &Actor, page: usize) -> Result<MentorHome, AppError> {
    access::authorize_overview(actor, Overview::DecisionQueue)?;
    let vis = access::visibility(actor);
    // The reads share one connection (Db::on_one_connection); the audit lines are written after it.
    let reads = db.on_one_connection().await?;
    let waiting = store::list(
        &reads,
        vis,
        &EntryFilter { statuses: vec![EntryStatus::Submitted], limit: 2000, ..Default::default() },
    )
    .await?;
    let waiting_total = waiting.len();
    let (mut groups, page, pages) = approval::page(approval::group(waiting, &[]), page);
    let on_page: Vec<&TimeEntryView> = groups.iter().flat_map(|g| g.rows.iter().map(|r| &r.entry)).collect();
    // The plan for the span the page's entries cover, to show beside them.
    let shifts = match (on_page.iter().map(|e| e.starts_at).min(), on_page.iter().map(|e| e.ends_at).max()) {
        (Some(from), Some(to)) => {
            let filter = crate::db::shifts::ShiftFilter {
                placement_id: None,
                from: Some(from - chrono::Duration::days(1)),
                to: Some(to + chrono::Duration::days(1)),
                statuses: vec![],
                limit: 5000,
            };
            crate::db::shifts::list(&reads, vis, &filter).await?
        }
        _ => vec![],
    };
    let recently_decided = store::list(
        &reads,
        vis,
        &EntryFilter {
            from: Some(Utc::now() - recent_window()),
            statuses: vec![EntryStatus::Confirmed, EntryStatus::Rejected],
            limit: 20,
            ..Default::default()
        },
    )
    .await?;
    let today = local_time::local_date(Utc::now()).format("%Y-%m-%d").to_string();
    let ids: Vec<i64> = on_page.iter().map(|e| e.id).chain(recently_decided.iter().map(|e| e.id)).collect();
    let history = store::history_of(&reads, actor.municipality_id, &ids).await?;
    drop(reads);
    // The absences' own audit lines are written as they are read.
    let absences = super::absences::list(db, actor, &today).await?;
    let shown = on_page.iter().map(|e| e.citizen_id).chain(recently_decided.iter().map(|e| e.citizen_id));
    super::audit::read(db, actor, shown.collect::<Vec<_>>(), crate::domain::audit::Action::MentorHome, "mentor").await?;
    approval::attach_plans(&mut groups, &shifts);
    let mut changes: HashMap<i64, Vec<EntryChange>> = HashMap::new();
    for (id, c) in history {
        changes.entry(id).or_default().push(c);
    }
    for row in groups.iter_mut().flat_map(|g| g.rows.iter_mut()) {
        // The registration itself is what the row shows; later changes are the news.
        row.changes = changes.remove(&row.entry.id).unwrap_or_default().into_iter().filter(|c| c.action != "submitted").collect();
    }
    let recently_decided = recently_decided
        .into_iter()
        .map(|entry| DecidedEntry { changes: changes.remove(&entry.id).unwrap_or_default(), entry })
        .collect();
    Ok(MentorHome { groups, page, pages, waiting_total, recently_decided, absences })
}

/// The mentor's "I dag": the shifts at the mentor's workplaces today, who has punched in,
/// and absences reported from today on.
pub async fn mentor_today(db: &Db, actor: &Actor) -> Result<MentorToday, AppError> {
    access::authorize_overview(actor, Overview::DecisionQueue)?;
    let vis = access::visibility(actor);
    let now = Utc::now();
    let today = local_time::local_date(now);
    let (from, to) = local_time::day_span(today);
    let filter = crate::db::shifts::ShiftFilter { placement_id: None, from: Some(from), to: Some(to), statuses: vec![], limit: 500 };
    // The reads share one connection (Db::on_one_connection); the audit lines are written after it.
    let reads = db.on_one_connection().await?;
    let shifts = crate::db::shifts::list(&reads, vis, &filter).await?;
    let placements: Vec<i64> = shifts.iter().map(|s| s.placement_id).collect();
    let ins: HashMap<i64, chrono::DateTime<Utc>> =
        crate::db::punches::first_ins(&reads, actor.municipality_id, &placements, from, to).await?.into_iter().collect();
    let citizens: Vec<i64> = shifts.iter().map(|s| s.citizen_id).collect();
    let phones: HashMap<i64, String> = crate::db::citizens::phones(&reads, actor.municipality_id, &citizens).await?.into_iter().collect();
    drop(reads);
    let expected: Vec<ExpectedToday> = shifts
        .into_iter()
        .map(|shift| ExpectedToday {
            punched_in: ins.get(&shift.placement_id).map(|t| local_time::format_local_time(*t)),
            citizen_phone: phones.get(&shift.citizen_id).cloned(),
            shift,
        })
        .collect();
    let absences = super::absences::list(db, actor, &today.format("%Y-%m-%d").to_string()).await?;
    super::audit::read(db, actor, expected.iter().map(|e: &ExpectedToday| e.shift.citizen_id).collect::<Vec<_>>(), crate::domain::audit::Action::MentorToday, "mentor").await?;
    Ok(MentorToday { date: local_time::local_date(from), expected, absences })
}

pub async fn caseload(db: &Db, actor: &Actor) -> Result<Vec<CaseloadRow>, AppError> {
    access::authorize_overview(actor, Overview::Caseload)?;
    let owner = access::caseload_owner(actor).unwrap_or(0);
    // The reads share one connection (Db::on_one_connection); the audit lines are written after it.
    let reads = db.on_one_connection().await?;
    let citizens = store::caseload_citizens(&reads, actor.municipality_id, owner).await?;
    let now = Utc::now();
    let filter = EntryFilter {
        from: Some(now - recent_window()),
        caseworker_id: (owner != 0).then_some(owner),
        limit: 5000,
        ..Default::default()
    };
    let entries = store::list(&reads, Visibility::Municipality { municipality_id: actor.municipality_id }, &filter).await?;
    let month_start = local_time::month_start(now);
    let since = (local_time::local_date(now) - chrono::Duration::days(30)).format("%Y-%m-%d").to_string();
    let no_show_filter = crate::db::shifts::ShiftFilter {
        placement_id: None,
        from: Some(now - chrono::Duration::days(30)),
        to: Some(now),
        statuses: vec![ShiftStatus::NoShow],
        limit: 5000,
    };
    let mut no_shows_of: HashMap<i64, Vec<_>> = HashMap::new();
    for s in crate::db::shifts::list(&reads, Visibility::Municipality { municipality_id: actor.municipality_id }, &no_show_filter).await? {
        no_shows_of.entry(s.citizen_id).or_default().push(s);
    }
    drop(reads);
    // The absences' own audit lines are written as they are read.
    let mut absences_of: HashMap<i64, Vec<_>> = HashMap::new();
    for a in super::absences::list(db, actor, &since).await? {
        absences_of.entry(a.citizen_id).or_default().push(a);
    }
    // Every citizen whose data the caseworker is shown is in the audit log.
    let shown: Vec<i64> = citizens.iter().map(|c| c.citizen_id).collect();
    crate::service::audit::read(db, actor, shown, crate::domain::audit::Action::CaseloadView, "caseload").await?;
    let mut by_citizen: HashMap<i64, Vec<_>> = HashMap::new();
    for e in entries {
        by_citizen.entry(e.citizen_id).or_default().push(e);
    }
    Ok(citizens
        .into_iter()
        .map(|c| {
            let entries = by_citizen.remove(&c.citizen_id).unwrap_or_default();
            let waiting = entries.iter().filter(|e| e.status == EntryStatus::Submitted).count() as i64;
            let confirmed_minutes_this_month = entries
                .iter()
                .filter(|e| e.starts_at >= month_start && e.status.is_approved())
                .map(|e| e.worked_minutes)
                .sum();
            let facts: Vec<_> = entries
                .iter()
                .filter(|e| e.status != EntryStatus::Rejected)
                .map(|e| (e.starts_at, e.ends_at, e.worked_minutes, e.status == EntryStatus::Submitted))
                .collect();
            let alerts = crate::domain::alerts::alerts(&crate::domain::alerts::CitizenFacts {
                now,
                active: c.kind.as_deref().map(|k| (k, c.ends_on)),
                entries: &facts,
            });
            let last_entry_at = facts.iter().map(|f| f.0).max();
            CaseloadRow {
                alerts,
                last_entry_at,
                citizen_id: c.citizen_id,
                citizen_name: c.name,
                placement: c.placement,
                waiting,
                confirmed_minutes_this_month,
                absences: absences_of.remove(&c.citizen_id).unwrap_or_default(),
                no_shows: no_shows_of.remove(&c.citizen_id).unwrap_or_default(),
                entries,
            }
        })
        .collect())
}
