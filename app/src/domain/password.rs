//! The one password rule, for every way a password is chosen (an invitation, the CLI's
//! create-admin): at least 8 characters and up to 128 (NIST SP 800-63B: at least 8, allow
//! 64 or more), not one of the 10,000 most common passwords, not the person's e-mail or name.
use std::collections::HashSet;
use std::sync::OnceLock;

use super::error::{AppError, Field, Rule};

pub const MIN_CHARS: usize = 8;
pub const MAX_CHARS: usize = 128;

/// Whose password it is: what it must not contain.
pub struct Owner<'a> {
    pub email: &'a str,
    pub name: &'a str,
}

/// The published list (`app/data/common-passwords.txt`, its licence beside it), lower case.
fn common() -> &'static HashSet<String> {
    static LIST: OnceLock<HashSet<String>> = OnceLock::new();
    LIST.get_or_init(|| include_str!("../../data/common-passwords.txt").lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_lowercase).collect())
}

pub fn check(password: &str, owner: &Owner<'_>) -> Result<(), AppError> {
    let refuse = |rule| Err(AppError::invalid(rule, Field::Password));
    let chars = password.chars().count();
    if password.is_empty() {
        return refuse(Rule::Required);
    }
    if chars < MIN_CHARS {
        return refuse(Rule::PasswordTooShort);
    }
    if chars > MAX_CHARS {
        return refuse(Rule::PasswordTooLong);
    }
    let lower = password.to_lowercase();
    let mut distinct: Vec<char> = lower.chars().collect();
    distinct.sort_unstable();
    distinct.dedup();
    // Eight spaces, or one key held down: as guessable as anything on the list.
    if common().contains(lower.trim()) || distinct.len() <= 2 {
        return refuse(Rule::PasswordTooCommon);
    }
    let email = owner.email.trim().to_lowercase();
    let local = email.split('@').next().unwrap_or_default();
    let parts = owner.name.to_lowercase();
    let named = parts.split(|c: char| !c.is_alphanumeric()).chain([local, email.as_str()]).filter(|p| p.chars().count() >= 3);
    if named.into_iter().any(|p| lower.contains(p)) {
        return refuse(Rule::PasswordContainsName);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALI: Owner<'static> = Owner { email: "ali.hassan@demo.fodfaeste.dk", name: "Ali Hassan" };

    fn rule(password: &str) -> Option<Rule> {
        match check(password, &ALI) {
            Ok(()) => None,
            Err(AppError::Invalid { rule, field: Field::Password }) => Some(rule),
            Err(other) => panic!("{other:?}"),
        }
    }

    #[test]
    fn the_review_s_weak_passwords_are_refused() {
        assert_eq!(rule("12345678"), Some(Rule::PasswordTooCommon));
        assert_eq!(rule("password"), Some(Rule::PasswordTooCommon));
        assert_eq!(rule("PassWord"), Some(Rule::PasswordTooCommon));
        assert_eq!(rule("        "), Some(Rule::PasswordTooCommon));
        assert_eq!(rule("aaaaaaaaaaaa"), Some(Rule::PasswordTooCommon));
        assert_eq!(rule("qwertyuiop"), Some(Rule::PasswordTooCommon));
        assert!(common().len() >= 9_900, "the list is loaded: {}", common().len());
    }

    #[test]
    fn lengths_from_8_to_128_characters_counted_as_letters() {
        assert_eq!(rule(""), Some(Rule::Required));
        assert_eq!(rule("kort7!x"), Some(Rule::PasswordTooShort));
        assert_eq!(rule("æøåÆØÅ17"), None, "eight letters, æøå each one");
        assert_eq!(rule(&"kaffe-og-kage-".repeat(10)[..128]), None);
        assert_eq!(rule(&"kaffe-og-kage-".repeat(10)[..129]), Some(Rule::PasswordTooLong));
        assert_eq!(rule(&"kaffe-og-kage-".repeat(10)), Some(Rule::PasswordTooLong));
        // A long passphrase in Arabic or Ukrainian is as good as any.
        assert_eq!(rule("قهوة مع الحليب كل صباح"), None);
        assert_eq!(rule("кава з молоком щоранку"), None);
    }

    #[test]
    fn not_the_owner_s_name_or_e_mail() {
        assert_eq!(rule("hassan2026!"), Some(Rule::PasswordContainsName));
        assert_eq!(rule("Ali-er-sej-42"), Some(Rule::PasswordContainsName));
        assert_eq!(rule("x-ali.hassan-x"), Some(Rule::PasswordContainsName));
        assert_eq!(rule("grøn-cykel-på-torvet"), None);
        // Short name parts ("Bo", "Li") forbid nothing.
        assert_eq!(check("bo-har-en-båd", &Owner { email: "b@x.dk", name: "Bo Li" }), Ok(()));
    }
}
