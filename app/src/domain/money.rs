//! Money is kept in øre (1/100 krone) as integers: no rounding drift in sums.

/// Pay for worked minutes at an hourly wage, rounded to the nearest øre.
pub fn pay_ore(minutes: i64, hourly_wage_ore: i64) -> i64 {
    (minutes * hourly_wage_ore + 30) / 60
}

/// The payroll's rule, which every screen, the API and the CSV follow: a placement's approved
/// minutes in the period are added up first, then paid at its wage and rounded once, so the
/// citizen's figure is the one the benefit office and the payroll get.
/// `approved`: (placement, minutes, hourly wage in øre) per approved entry of a paid placement.
pub fn pay(approved: impl IntoIterator<Item = (i64, i64, i64)>) -> i64 {
    let mut per_placement: std::collections::BTreeMap<i64, (i64, i64)> = std::collections::BTreeMap::new();
    for (placement, minutes, wage) in approved {
        let slot = per_placement.entry(placement).or_insert((0, wage));
        slot.0 += minutes;
    }
    per_placement.values().map(|(minutes, wage)| pay_ore(*minutes, *wage)).sum()
}

/// "1.234,50 kr." — Danish grouping and decimal comma.
pub fn format_kr(ore: i64) -> String {
    let sign = if ore < 0 { "-" } else { "" };
    let ore = ore.abs();
    format!("{sign}{},{:02} kr.", format_count_da(ore / 100), ore % 100)
}

/// "7,5": a number as Danish forms and pages write it, with a decimal comma.
pub fn decimal_da(x: f64) -> String {
    format!("{x}").replace('.', ",")
}

/// "1.234": Danish thousands.
pub fn format_count_da(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// "7 t 30 min" style is hard to scan in a list; "7,50 t" matches paper time sheets.
pub fn format_hours(minutes: i64) -> String {
    let h = minutes / 60;
    let m = minutes % 60;
    if m == 0 {
        format!("{h} t")
    } else {
        format!("{h} t {m} min")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pay_is_minutes_times_hourly_wage() {
        // 7.5 hours at 142.50 kr = 1068.75 kr
        assert_eq!(pay_ore(450, 14250), 106875);
        assert_eq!(pay_ore(0, 14250), 0);
    }

    #[test]
    fn kroner_are_formatted_the_danish_way() {
        assert_eq!(format_kr(106875), "1.068,75 kr.");
        assert_eq!(format_kr(5), "0,05 kr.");
        assert_eq!((decimal_da(7.5), decimal_da(8.0), decimal_da(0.25)), ("7,5".to_string(), "8".to_string(), "0,25".to_string()));
        assert_eq!(format_kr(123456789), "1.234.567,89 kr.");
    }

    #[test]
    fn hours_read_as_hours_and_minutes() {
        assert_eq!(format_hours(450), "7 t 30 min");
        assert_eq!(format_hours(480), "8 t");
    }
}
