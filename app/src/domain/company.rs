//! Companies: the CVR number and the rest of a company's record, checked once for every path.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::error::{AppError, Field, Rule};
use super::local_time::parse_date;
use super::time_entry::check_text;

/// What a caseworker types about a company; every field as text, as forms send it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CompanyInput {
    /// 8 digits; spaces and a leading "DK" are ignored.
    #[serde(default, deserialize_with = "super::loose_text")]
    pub cvr: String,
    #[serde(default, deserialize_with = "super::loose_text")]
    pub name: String,
    #[serde(default, deserialize_with = "super::loose_text")]
    pub address: String,
    #[serde(default, deserialize_with = "super::loose_text")]
    pub postcode: String,
    #[serde(default, deserialize_with = "super::loose_text")]
    pub contact_name: String,
    #[serde(default, deserialize_with = "super::loose_text")]
    pub contact_phone: String,
    #[serde(default, deserialize_with = "super::loose_text")]
    pub contact_email: String,
    /// YYYY-MM-DD: the day it became a social-economic enterprise; empty when it is not one.
    #[serde(default, deserialize_with = "super::loose_text")]
    pub social_enterprise_since: String,
}

/// A company's record once every rule holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompanyFields {
    pub cvr: String,
    pub name: String,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub contact_name: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
    pub social_enterprise_since: Option<NaiveDate>,
}

/// A company as the desk shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CompanyView {
    pub id: i64,
    pub cvr: String,
    pub name: String,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub contact_name: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
    pub is_social_enterprise: bool,
    /// YYYY-MM-DD
    pub social_enterprise_since: Option<String>,
    /// The caseworker who is the company's one contact at the jobcenter.
    pub caseworker_user_id: Option<i64>,
    pub caseworker_name: Option<String>,
    /// Openings that take placements now.
    pub open_openings: i64,
    /// Proposals from the company's mentors that wait for a caseworker.
    pub waiting_proposals: i64,
    pub active_placements: i64,
}

impl CompanyView {
    /// The form filled in with the record, for editing.
    pub fn as_input(&self) -> CompanyInput {
        let s = |o: &Option<String>| o.clone().unwrap_or_default();
        CompanyInput {
            cvr: self.cvr.clone(),
            name: self.name.clone(),
            address: s(&self.address),
            postcode: s(&self.postcode),
            contact_name: s(&self.contact_name),
            contact_phone: s(&self.contact_phone),
            contact_email: s(&self.contact_email),
            social_enterprise_since: s(&self.social_enterprise_since),
        }
    }
}

/// How the companies table is ordered (`?sort=navn|opslag|forslag|forloeb`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompanySort {
    Name,
    OpenOpenings,
    Proposals,
    Placements,
}

impl CompanySort {
    pub fn parse(s: &str) -> CompanySort {
        match s.trim() {
            "opslag" => CompanySort::OpenOpenings,
            "forslag" => CompanySort::Proposals,
            "forloeb" => CompanySort::Placements,
            _ => CompanySort::Name,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            CompanySort::Name => "navn",
            CompanySort::OpenOpenings => "opslag",
            CompanySort::Proposals => "forslag",
            CompanySort::Placements => "forloeb",
        }
    }
}

/// Ordered (counts: most first; names A–Å), reversed when asked, then one page of 50.
pub fn arrange(mut rows: Vec<CompanyView>, sort: CompanySort, descending: bool, page: usize) -> (Vec<CompanyView>, usize, usize) {
    let name = |c: &CompanyView| c.name.to_lowercase();
    match sort {
        CompanySort::Name => rows.sort_by_key(name),
        CompanySort::OpenOpenings => rows.sort_by(|a, b| b.open_openings.cmp(&a.open_openings).then_with(|| name(a).cmp(&name(b)))),
        CompanySort::Proposals => rows.sort_by(|a, b| b.waiting_proposals.cmp(&a.waiting_proposals).then_with(|| name(a).cmp(&name(b)))),
        CompanySort::Placements => rows.sort_by(|a, b| b.active_placements.cmp(&a.active_placements).then_with(|| name(a).cmp(&name(b)))),
    }
    if descending {
        rows.reverse();
    }
    super::caseload::page_of(rows, page)
}

/// CVR numbers carry a modulus 11 check digit (weights 2,7,6,5,4,3,2,1): a typo in one digit
/// never passes, so a company is not created twice under two numbers.
pub fn check_cvr(raw: &str) -> Result<String, AppError> {
    let compact: String = raw.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
    let digits = compact.strip_prefix("DK").or_else(|| compact.strip_prefix("dk")).unwrap_or(&compact);
    if digits.is_empty() {
        return Err(AppError::invalid(Rule::Required, Field::Cvr));
    }
    if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AppError::invalid(Rule::InvalidCvr, Field::Cvr));
    }
    const WEIGHTS: [u32; 8] = [2, 7, 6, 5, 4, 3, 2, 1];
    let sum: u32 = digits.bytes().zip(WEIGHTS).map(|(b, w)| u32::from(b - b'0') * w).sum();
    if sum % 11 != 0 || digits.starts_with('0') {
        return Err(AppError::invalid(Rule::CvrChecksum, Field::Cvr));
    }
    Ok(digits.to_string())
}

/// The eighth digit that makes seven digits a valid CVR number; None when no digit can
/// (remainder 1). Demo data uses it to make numbers that pass [`check_cvr`].
pub fn with_check_digit(first_seven: u32) -> Option<String> {
    let s = format!("{first_seven:07}");
    const WEIGHTS: [u32; 7] = [2, 7, 6, 5, 4, 3, 2];
    let sum: u32 = s.bytes().zip(WEIGHTS).map(|(b, w)| u32::from(b - b'0') * w).sum();
    match sum % 11 {
        0 => Some(format!("{s}0")),
        1 => None,
        r => Some(format!("{s}{}", 11 - r)),
    }
}

/// A Danish postcode: four digits, 0800–9990. Empty is allowed (None).
pub fn check_postcode(raw: &str, field: Field) -> Result<Option<String>, AppError> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let ok = s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) && (800..=9990).contains(&s.parse::<u32>().unwrap_or(0));
    if ok {
        Ok(Some(s.to_string()))
    } else {
        Err(AppError::invalid(Rule::InvalidPostcode, field))
    }
}

/// Optional free text: trimmed, at most 500 characters, empty as None.
pub fn optional_text(raw: &str, field: Field) -> Result<Option<String>, AppError> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    check_text(s, field)?;
    Ok(Some(s.to_string()))
}

pub fn required_text(raw: &str, field: Field) -> Result<String, AppError> {
    optional_text(raw, field)?.ok_or(AppError::invalid(Rule::Required, field))
}

/// Loose on purpose: one @ with something on each side and a dot in the domain. Whether the
/// address exists only a sent mail can tell.
pub fn optional_email(raw: &str, field: Field) -> Result<Option<String>, AppError> {
    let Some(s) = optional_text(raw, field)? else { return Ok(None) };
    let ok = match s.split_once('@') {
        Some((local, domain)) => !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !s.contains(char::is_whitespace) && !domain.contains('@'),
        None => false,
    };
    if ok {
        Ok(Some(s.to_lowercase()))
    } else {
        Err(AppError::invalid(Rule::InvalidEmail, field))
    }
}

pub fn validate(input: &CompanyInput, today: NaiveDate) -> Result<CompanyFields, AppError> {
    let cvr = check_cvr(&input.cvr)?;
    let name = required_text(&input.name, Field::Name)?;
    let since = match input.social_enterprise_since.trim() {
        "" => None,
        s => {
            let d = parse_date(s, Field::SocialEnterpriseSince)?;
            if d > today {
                return Err(AppError::invalid(Rule::DateInFuture, Field::SocialEnterpriseSince));
            }
            Some(d)
        }
    };
    Ok(CompanyFields {
        cvr,
        name,
        address: optional_text(&input.address, Field::Address)?,
        postcode: check_postcode(&input.postcode, Field::Postcode)?,
        contact_name: optional_text(&input.contact_name, Field::ContactName)?,
        contact_phone: optional_text(&input.contact_phone, Field::ContactPhone)?,
        contact_email: optional_email(&input.contact_email, Field::ContactEmail)?,
        social_enterprise_since: since,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn cvr_numbers_are_eight_digits_with_a_modulus_11_check() {
        // Erhvervsstyrelsen's own example, and a few ways people type it.
        assert_eq!(check_cvr("13748136"), Ok("13748136".into()));
        assert_eq!(check_cvr(" 13 74 81 36 "), Ok("13748136".into()));
        assert_eq!(check_cvr("DK13748136"), Ok("13748136".into()));
        assert_eq!(check_cvr("DK-13748136"), Ok("13748136".into()));
        assert_eq!(check_cvr("13748137"), Err(AppError::invalid(Rule::CvrChecksum, Field::Cvr)));
        assert_eq!(check_cvr("1374813"), Err(AppError::invalid(Rule::InvalidCvr, Field::Cvr)));
        assert_eq!(check_cvr("1374813a"), Err(AppError::invalid(Rule::InvalidCvr, Field::Cvr)));
        assert_eq!(check_cvr("137481366"), Err(AppError::invalid(Rule::InvalidCvr, Field::Cvr)));
        assert_eq!(check_cvr(""), Err(AppError::invalid(Rule::Required, Field::Cvr)));
        assert_eq!(check_cvr("00000000"), Err(AppError::invalid(Rule::CvrChecksum, Field::Cvr)));
        assert_eq!(AppError::invalid(Rule::InvalidCvr, Field::Cvr).status(), 400);
        assert_eq!(AppError::invalid(Rule::CvrChecksum, Field::Cvr).status(), 422);
    }

    #[test]
    fn a_check_digit_is_made_for_seven_digits_or_refused() {
        assert_eq!(with_check_digit(1374813), Some("13748136".into()));
        let mut made = 0;
        for seven in 3_000_000..3_000_200 {
            match with_check_digit(seven) {
                Some(cvr) => {
                    assert_eq!(check_cvr(&cvr), Ok(cvr.clone()));
                    made += 1;
                }
                None => {
                    for last in 0..10 {
                        assert!(check_cvr(&format!("{seven:07}{last}")).is_err(), "{seven} has no valid check digit");
                    }
                }
            }
        }
        assert!(made > 150);
    }

    #[test]
    fn companies_sort_by_name_or_count_and_page_by_a_hundred() {
        let c = |name: &str, open: i64| CompanyView {
            id: open, cvr: String::new(), name: name.into(), address: None, postcode: None, contact_name: None, contact_phone: None,
            contact_email: None, is_social_enterprise: false, social_enterprise_since: None, caseworker_user_id: None,
            caseworker_name: None, open_openings: open, waiting_proposals: 0, active_placements: 0,
        };
        let rows = vec![c("Østergaard", 1), c("bager", 3), c("Anker", 3)];
        let names = |r: Vec<CompanyView>| r.into_iter().map(|c| c.name).collect::<Vec<_>>();
        assert_eq!(names(arrange(rows.clone(), CompanySort::Name, false, 1).0), ["Anker", "bager", "Østergaard"]);
        assert_eq!(names(arrange(rows.clone(), CompanySort::OpenOpenings, false, 1).0), ["Anker", "bager", "Østergaard"]);
        assert_eq!(names(arrange(rows, CompanySort::Name, true, 1).0), ["Østergaard", "bager", "Anker"]);
        let many: Vec<_> = (0..240).map(|i| c(&format!("Firma {i:03}"), 0)).collect();
        let (shown, page, pages) = arrange(many, CompanySort::parse("navn"), false, 3);
        assert_eq!((shown.len(), page, pages, shown[0].name.as_str()), (40, 3, 3, "Firma 200"));
        assert_eq!(CompanySort::parse("x"), CompanySort::Name);
    }

    #[test]
    fn postcodes_and_emails() {
        assert_eq!(check_postcode("6950", Field::Postcode), Ok(Some("6950".into())));
        assert_eq!(check_postcode(" ", Field::Postcode), Ok(None));
        for bad in ["695", "69500", "DK-6950", "0100", "9999"] {
            assert_eq!(check_postcode(bad, Field::Postcode), Err(AppError::invalid(Rule::InvalidPostcode, Field::Postcode)), "{bad}");
        }
        assert_eq!(optional_email(" Lene@Firma.DK ", Field::ContactEmail), Ok(Some("lene@firma.dk".into())));
        for bad in ["lene", "lene@", "@firma.dk", "lene@firma", "le ne@firma.dk", "lene@firma.dk."] {
            assert_eq!(optional_email(bad, Field::ContactEmail), Err(AppError::invalid(Rule::InvalidEmail, Field::ContactEmail)), "{bad}");
        }
    }

    #[test]
    fn a_company_needs_a_cvr_and_a_name_and_a_past_social_enterprise_date() {
        let mut input = CompanyInput { cvr: "13748136".into(), name: " Vestjysk Metal ".into(), postcode: "6950".into(), ..Default::default() };
        let ok = validate(&input, today()).unwrap();
        assert_eq!((ok.name.as_str(), ok.postcode.as_deref(), ok.social_enterprise_since), ("Vestjysk Metal", Some("6950"), None));
        input.social_enterprise_since = "01-03-2025".into();
        assert_eq!(validate(&input, today()).unwrap().social_enterprise_since, NaiveDate::from_ymd_opt(2025, 3, 1));
        input.social_enterprise_since = "2026-11-24".into();
        assert_eq!(validate(&input, today()), Err(AppError::invalid(Rule::DateInFuture, Field::SocialEnterpriseSince)));
        input.social_enterprise_since = String::new();
        input.name = " ".into();
        assert_eq!(validate(&input, today()), Err(AppError::invalid(Rule::Required, Field::Name)));
    }
}
