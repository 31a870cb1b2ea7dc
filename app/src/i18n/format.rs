//! Dates, numbers, hours and money in the reader's language, from CLDR (ICU4X) on the server.
//! Clock times stay 24-hour `HH:MM` in every language: they sit beside the time inputs and the
//! workplace's own schedules, and one form is easiest to check against both.
//! All instants are shown in Europe/Copenhagen.
use chrono::{DateTime, NaiveDate, Utc};

use super::{k, tr_in, Arg, Locale};
use crate::domain::local_time;

/// A whole or decimal number in the language's digits and separators ("1.234,5", "١٬٢٣٤٫٥").
pub fn number(locale: Locale, value: f64) -> String {
    #[cfg(feature = "ssr")]
    {
        icu_impl::number(locale, value)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = locale;
        value.to_string()
    }
}

/// An integer number of hundredths with exactly two decimals ("3.063,75").
pub fn hundredths(locale: Locale, value: i64) -> String {
    #[cfg(feature = "ssr")]
    {
        icu_impl::hundredths(locale, value)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = locale;
        format!("{}.{:02}", value / 100, (value % 100).abs())
    }
}

/// Weekday and numeric date: "man. 24.11.2026", "Mon 24/11/2026".
pub fn date_short(locale: Locale, day: NaiveDate) -> String {
    styled(locale, day, DateStyle::WeekdayShort)
}

/// Weekday, day and month in words: "mandag den 24. november", for headings.
pub fn date_long(locale: Locale, day: NaiveDate) -> String {
    styled(locale, day, DateStyle::WeekdayLong)
}

/// Day and month: "16. nov.", for the first day of a span.
pub fn day_month(locale: Locale, day: NaiveDate) -> String {
    styled(locale, day, DateStyle::DayMonth)
}

/// A numeric date without a weekday: "24.11.2026".
pub fn date_numeric(locale: Locale, day: NaiveDate) -> String {
    styled(locale, day, DateStyle::Numeric)
}

/// A stored `YYYY-MM-DD` date as [`date_numeric`]; anything else as it is.
pub fn iso_date(locale: Locale, iso: &str) -> String {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").map(|d| date_numeric(locale, d)).unwrap_or_else(|_| iso.to_string())
}

/// A month and year in words: "november 2026".
pub fn month_year(locale: Locale, year: i32, month: u32) -> String {
    NaiveDate::from_ymd_opt(year, month, 1).map(|d| styled(locale, d, DateStyle::MonthYear)).unwrap_or_default()
}

/// The ways a date is written.
#[derive(Clone, Copy, Debug)]
enum DateStyle {
    WeekdayShort,
    WeekdayLong,
    Numeric,
    MonthYear,
    WeekdayOnly,
    DayMonth,
}

/// CLDR on the server. The browser never formats a date (islands get theirs from the
/// server), so it gets ISO dates and no date data.
fn styled(locale: Locale, day: NaiveDate, style: DateStyle) -> String {
    #[cfg(feature = "ssr")]
    {
        icu_impl::date(locale, day, style)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (locale, style);
        day.format("%Y-%m-%d").to_string()
    }
}

/// "08:00" in Copenhagen.
pub fn time(t: DateTime<Utc>) -> String {
    local_time::format_local_time(t)
}

/// "08:00–15:30".
pub fn time_span(from: DateTime<Utc>, to: DateTime<Utc>) -> String {
    format!("{}–{}", time(from), time(to))
}

/// The Copenhagen day of an instant, as [`date_short`].
pub fn day_of(locale: Locale, t: DateTime<Utc>) -> String {
    date_short(locale, local_time::local_date(t))
}

/// A day and a time: "man. 24.11.2026 kl. 08:00".
pub fn day_and_time(locale: Locale, t: DateTime<Utc>) -> String {
    tr_in(locale, k::DATE_AT_TIME, &[("date", Arg::from(day_of(locale, t))), ("time", Arg::from(time(t)))])
}

/// Worked time: "7 t 30 min", "45 min", "8 t".
pub fn hours(locale: Locale, minutes: i64) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => tr_in(locale, k::MINUTES_ONLY, &[("minutes", m.into())]),
        (h, 0) => tr_in(locale, k::HOURS_ONLY, &[("hours", h.into())]),
        (h, m) => tr_in(locale, k::HOURS_MINUTES, &[("hours", h.into()), ("minutes", m.into())]),
    }
}

/// An amount in kroner from øre: "3.063,75 kr.".
pub fn kr(locale: Locale, ore: i64) -> String {
    tr_in(locale, k::AMOUNT_KR, &[("amount", Arg::Text(hundredths(locale, ore)))])
}

/// The weekday of a date, alone ("mandag").
pub fn weekday(locale: Locale, day: NaiveDate) -> String {
    styled(locale, day, DateStyle::WeekdayOnly)
}

#[cfg(feature = "ssr")]
mod icu_impl {
    use std::sync::OnceLock;

    use chrono::{Datelike, NaiveDate};
    use icu::calendar::Gregorian;
    use icu::datetime::fieldsets;
    use icu::datetime::input::Date;
    use icu::datetime::options::YearStyle;
    use icu::datetime::FixedCalendarDateTimeFormatter;
    use icu::decimal::input::Decimal;
    use icu::decimal::DecimalFormatter;

    use super::{DateStyle, Locale};

    /// English as read in Denmark: day before month (en-GB), not the US order.
    fn icu_locale(locale: Locale) -> icu::locale::Locale {
        let tag = match locale {
            Locale::En => "en-GB",
            other => other.code(),
        };
        icu::locale::Locale::try_from_str(tag).expect("valid locale tags")
    }

    struct Formatters {
        decimal: DecimalFormatter,
        weekday_short: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YMDE>,
        weekday_long: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::MDE>,
        numeric: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YMD>,
        month_year: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::YM>,
        weekday: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::E>,
        day_month: FixedCalendarDateTimeFormatter<Gregorian, fieldsets::MD>,
    }

    fn formatters(locale: Locale) -> &'static Formatters {
        static ALL: OnceLock<[(Locale, Formatters); 4]> = OnceLock::new();
        let all = ALL.get_or_init(|| {
            Locale::ALL.map(|l| {
                let loc = icu_locale(l);
                let f = Formatters {
                    decimal: DecimalFormatter::try_new((&loc).into(), Default::default()).expect("compiled decimal data"),
                    // Four-digit years: "24.11.26" is one misreading away from the 26th.
                    weekday_short: FixedCalendarDateTimeFormatter::try_new((&loc).into(), fieldsets::YMDE::short().with_year_style(YearStyle::Full)).expect("compiled date data"),
                    weekday_long: FixedCalendarDateTimeFormatter::try_new((&loc).into(), fieldsets::MDE::long()).expect("compiled date data"),
                    numeric: FixedCalendarDateTimeFormatter::try_new((&loc).into(), fieldsets::YMD::short().with_year_style(YearStyle::Full)).expect("compiled date data"),
                    month_year: FixedCalendarDateTimeFormatter::try_new((&loc).into(), fieldsets::YM::long()).expect("compiled date data"),
                    weekday: FixedCalendarDateTimeFormatter::try_new((&loc).into(), fieldsets::E::long()).expect("compiled date data"),
                    day_month: FixedCalendarDateTimeFormatter::try_new((&loc).into(), fieldsets::MD::medium()).expect("compiled date data"),
                };
                (l, f)
            })
        });
        &all.iter().find(|(l, _)| *l == locale).expect("formatters per locale").1
    }

    pub fn number(locale: Locale, value: f64) -> String {
        let decimal = if value.fract() == 0.0 && value.abs() < 1e15 {
            Decimal::from(value as i64)
        } else {
            // Rust writes the shortest form that reads back the same (no float noise).
            value.to_string().parse().unwrap_or_default()
        };
        formatters(locale).decimal.format(&decimal).to_string()
    }

    pub fn hundredths(locale: Locale, value: i64) -> String {
        let mut decimal = Decimal::from(value);
        decimal.multiply_pow10(-2);
        decimal.absolute.pad_end(-2);
        formatters(locale).decimal.format(&decimal).to_string()
    }

    pub fn date(locale: Locale, day: NaiveDate, style: DateStyle) -> String {
        let Ok(date) = Date::try_new_gregorian(day.year(), day.month() as u8, day.day() as u8) else {
            return day.to_string();
        };
        let f = formatters(locale);
        match style {
            DateStyle::WeekdayShort => f.weekday_short.format(&date).to_string(),
            DateStyle::WeekdayLong => f.weekday_long.format(&date).to_string(),
            DateStyle::Numeric => f.numeric.format(&date).to_string(),
            DateStyle::MonthYear => f.month_year.format(&date).to_string(),
            DateStyle::WeekdayOnly => f.weekday.format(&date).to_string(),
            DateStyle::DayMonth => f.day_month.format(&date).to_string(),
        }
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_follow_cldr_per_language() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        assert_eq!(hundredths(Locale::Da, 306375), "3.063,75");
        assert_eq!(hundredths(Locale::En, 300000), "3,000.00");
        assert_eq!(hundredths(Locale::Da, -5), "-0,05");
        assert_eq!(hundredths(Locale::Uk, 306375), "3\u{a0}063,75");
        assert_eq!(number(Locale::Uk, 12345.0).chars().filter(|c| c.is_ascii_digit()).count(), 5);
        assert_eq!(date_numeric(Locale::En, d), "24/11/2026");
        assert_eq!(date_numeric(Locale::Uk, d), "24.11.2026");
        assert!(date_long(Locale::Da, d).contains("november"), "{}", date_long(Locale::Da, d));
        assert!(date_long(Locale::Uk, d).contains("листопада"), "{}", date_long(Locale::Uk, d));
        assert!(date_long(Locale::Ar, d).contains("نوفمبر"), "{}", date_long(Locale::Ar, d));
        assert!(date_short(Locale::Da, d).contains("24.11.2026"), "{}", date_short(Locale::Da, d));
        assert!(date_short(Locale::Da, d).starts_with("tirs"), "{}", date_short(Locale::Da, d));
        assert_eq!(iso_date(Locale::Da, "2026-11-24"), "24.11.2026");
        assert_eq!(iso_date(Locale::Da, "soon"), "soon");
    }
}
