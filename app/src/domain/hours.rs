//! Sums the citizen sees: hours registered, hours approved, and pay for approved hours.
use super::money;
use super::time_entry::EntryStatus;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Totals {
    /// Everything not rejected: waiting, approved and locked.
    pub registered_minutes: i64,
    /// Approved or locked.
    pub confirmed_minutes: i64,
    /// Approved minutes × hourly wage, for paid placements only.
    pub earned_ore: i64,
}

/// `entries`: (status, worked minutes, hourly wage in øre if the placement is paid).
pub fn totals(entries: impl IntoIterator<Item = (EntryStatus, i64, Option<i64>)>) -> Totals {
    let mut t = Totals::default();
    for (status, minutes, wage) in entries {
        if status == EntryStatus::Rejected {
            continue;
        }
        t.registered_minutes += minutes;
        if status.is_approved() {
            t.confirmed_minutes += minutes;
            if let Some(w) = wage {
                t.earned_ore += money::pay_ore(minutes, w);
            }
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntryStatus::*;

    #[test]
    fn only_approved_hours_of_paid_placements_earn() {
        let t = totals([
            (Confirmed, 450, Some(14250)),
            (Locked, 60, Some(14250)),
            (Submitted, 120, Some(14250)),
            (Rejected, 300, Some(14250)),
            (Confirmed, 240, None),
        ]);
        assert_eq!(t.registered_minutes, 450 + 60 + 120 + 240);
        assert_eq!(t.confirmed_minutes, 450 + 60 + 240);
        // 8,5 h × 142,50 kr. = 1.211,25 kr.; the internship's 4 h earn nothing.
        assert_eq!(t.earned_ore, 121125);
    }
}
