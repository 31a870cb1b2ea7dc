//! Sums the citizen sees: hours registered, hours approved, and pay for approved hours.
use super::money;
use super::time_entry::EntryStatus;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Totals {
    /// Everything not rejected: waiting, approved and locked.
    pub registered_minutes: i64,
    /// Approved or locked.
    pub confirmed_minutes: i64,
    /// Pay for the approved minutes of paid placements, by the payroll's rule ([`money::pay`]).
    pub earned_ore: i64,
    /// Waiting for a mentor's yes.
    #[serde(default)]
    pub waiting_minutes: i64,
    /// What the waiting minutes pay once approved, by the same rule.
    #[serde(default)]
    pub waiting_ore: i64,
}

/// `entries`: (placement, status, worked minutes, hourly wage in øre if the placement is paid).
pub fn totals(entries: impl IntoIterator<Item = (i64, EntryStatus, i64, Option<i64>)>) -> Totals {
    let mut t = Totals::default();
    let (mut paid, mut waiting) = (Vec::new(), Vec::new());
    for (placement, status, minutes, wage) in entries {
        if status == EntryStatus::Rejected {
            continue;
        }
        t.registered_minutes += minutes;
        if status.is_approved() {
            t.confirmed_minutes += minutes;
            if let Some(w) = wage {
                paid.push((placement, minutes, w));
            }
        } else {
            t.waiting_minutes += minutes;
            if let Some(w) = wage {
                waiting.push((placement, minutes, w));
            }
        }
    }
    t.earned_ore = money::pay(paid);
    t.waiting_ore = money::pay(waiting);
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntryStatus::*;

    #[test]
    fn only_approved_hours_of_paid_placements_earn() {
        let t = totals([
            (1, Confirmed, 450, Some(14250)),
            (1, Locked, 60, Some(14250)),
            (1, Submitted, 120, Some(14250)),
            (1, Rejected, 300, Some(14250)),
            (2, Confirmed, 240, None),
        ]);
        assert_eq!(t.registered_minutes, 450 + 60 + 120 + 240);
        assert_eq!(t.confirmed_minutes, 450 + 60 + 240);
        // 8,5 h × 142,50 kr. = 1.211,25 kr.; the internship's 4 h earn nothing.
        assert_eq!(t.earned_ore, 121125);
        // The 2 waiting hours will pay 285,00 kr. once approved; the rejected ones nothing.
        assert_eq!((t.waiting_minutes, t.waiting_ore), (120, 28500));
    }

    #[test]
    fn earnings_round_once_per_placement_as_the_payroll_does() {
        // Three entries of 7 min at 130,00 kr./h: each alone is 15,1666… kr. Rounded per entry
        // that is 3 × 15,17 = 45,51 kr.; the payroll rounds the month's 21 min once: 45,50 kr.
        let entries = [(7, Confirmed, 7, Some(13000)), (7, Confirmed, 7, Some(13000)), (7, Locked, 7, Some(13000))];
        assert_eq!(totals(entries).earned_ore, 4550);
        let month = crate::domain::report::build(
            crate::domain::period::Period::containing(crate::domain::period::PeriodKind::Month, chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()),
            false,
            vec![crate::domain::report::PlacementMonth { placement_id: 7, approved_minutes: 21, hourly_wage_ore: Some(13000), ..Default::default() }],
        );
        assert_eq!(month.pay_ore, totals(entries).earned_ore, "Mine timer and Månedstimer agree");
    }
}
