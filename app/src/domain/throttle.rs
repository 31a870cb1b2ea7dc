//! How long a guesser waits. Failed logins (per account, and per address) and unknown
//! invitation or calendar tokens (per address) are counted; after a few free tries each
//! further try must wait twice as long as the last, up to a cap. A delay, never a lockout:
//! nobody can shut a citizen out of their account for longer than the cap by guessing wrong.
use std::net::IpAddr;

/// Who the failures are counted against, and how generously.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// Failures before any wait.
    pub free: i64,
    /// The first wait, in seconds; each further failure doubles it.
    pub first_wait: i64,
    pub max_wait: i64,
}

/// One account: a person mistyping gets five tries at once; a guesser about 90 a day.
pub const ACCOUNT: Policy = Policy { free: 5, first_wait: 1, max_wait: 15 * 60 };
/// One address for logins: looser, since a workplace or a shelter shares one.
pub const ADDRESS: Policy = Policy { free: 30, first_wait: 1, max_wait: 5 * 60 };
/// One address for tokens (invitations, calendar feeds): nobody mistypes a 43-character link.
pub const TOKENS: Policy = Policy { free: 10, first_wait: 1, max_wait: 15 * 60 };

/// Failures older than this are forgotten.
pub const FORGET_AFTER_SECS: i64 = 24 * 3600;

/// Seconds still to wait before the next try, given the failures counted and the seconds
/// since the last of them; None when a try may be made now.
pub fn wait(policy: Policy, failures: i64, since_last: i64) -> Option<i64> {
    if failures < policy.free || since_last >= FORGET_AFTER_SECS {
        return None;
    }
    let doublings = (failures - policy.free).min(30) as u32;
    let required = policy.first_wait.saturating_mul(1i64 << doublings).min(policy.max_wait);
    (since_last < required).then(|| required - since_last)
}

/// The address a request came from, as far as it can be trusted: the peer's, or, when the
/// peer is a proxy the operator named, the address that proxy says it forwarded for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClientIp(pub Option<IpAddr>);

impl ClientIp {
    /// `forwarded_for`: the `X-Forwarded-For` header; its last entry is the one our proxy
    /// added (earlier ones are whatever the client claimed).
    pub fn from_parts(peer: Option<IpAddr>, forwarded_for: Option<&str>, trusted_proxies: &[IpAddr]) -> ClientIp {
        let via_trusted = peer.is_some_and(|p| trusted_proxies.contains(&p));
        if via_trusted {
            if let Some(ip) = forwarded_for.and_then(|f| f.rsplit(',').next()).and_then(|s| s.trim().parse().ok()) {
                return ClientIp(Some(ip));
            }
        }
        ClientIp(peer)
    }

    /// The key an address's failures are counted under, per kind of try.
    pub fn key(&self, kind: &str) -> Option<String> {
        self.0.map(|ip| format!("ip:{kind}:{ip}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_tries_are_free_then_each_waits_twice_as_long_up_to_the_cap() {
        assert_eq!(wait(ACCOUNT, 4, 0), None);
        assert_eq!(wait(ACCOUNT, 5, 0), Some(1));
        assert_eq!(wait(ACCOUNT, 5, 1), None);
        assert_eq!(wait(ACCOUNT, 6, 0), Some(2));
        assert_eq!(wait(ACCOUNT, 8, 3), Some(5));
        assert_eq!(wait(ACCOUNT, 40, 0), Some(900));
        assert_eq!(wait(ACCOUNT, 10_000, 899), Some(1));
        assert_eq!(wait(ACCOUNT, 10_000, 900), None, "the cap is a delay, not a lockout");
        assert_eq!(wait(ACCOUNT, 40, FORGET_AFTER_SECS), None);
        assert_eq!(wait(ADDRESS, 29, 0), None);
        assert_eq!(wait(ADDRESS, 100, 0), Some(300));
    }

    #[test]
    fn forwarded_addresses_count_only_from_a_named_proxy() {
        let proxy: IpAddr = "10.0.0.5".parse().unwrap();
        let phone: IpAddr = "203.0.113.9".parse().unwrap();
        let xff = Some("1.2.3.4, 203.0.113.9");
        assert_eq!(ClientIp::from_parts(Some(proxy), xff, &[proxy]), ClientIp(Some(phone)));
        // Anyone else's header is theirs to make up.
        assert_eq!(ClientIp::from_parts(Some(phone), Some("1.2.3.4"), &[proxy]), ClientIp(Some(phone)));
        assert_eq!(ClientIp::from_parts(Some(proxy), Some("nonsense"), &[proxy]), ClientIp(Some(proxy)));
        assert_eq!(ClientIp::from_parts(None, xff, &[proxy]), ClientIp(None));
        assert_eq!(ClientIp(Some(phone)).key("login").as_deref(), Some("ip:login:203.0.113.9"));
    }
}
