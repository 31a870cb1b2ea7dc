//! The citizen's target group ("målgruppe"): which benefit and programme they are in. It
//! decides which kinds of opening suit them; mentors never see it.
use serde::{Deserialize, Serialize};

text_enum!(TargetGroup {
    CashBenefitActivityReady = "cash_benefit_activity_ready", "Aktivitetsparat kontanthjælp";
    Fleksjob = "fleksjob", "Visiteret til fleksjob";
    DisabilityPension = "disability_pension", "Førtidspension (skånejob)";
    ResourceProgramme = "resource_programme", "Ressourceforløb";
    Integration = "integration", "Integrationsprogram";
    Youth = "youth", "Uddannelseshjælp (unge)";
    SicknessBenefit = "sickness_benefit", "Sygedagpenge";
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_group_reads_back_from_its_key() {
        for g in TargetGroup::ALL {
            assert_eq!(TargetGroup::parse(g.as_str()), Some(*g));
            assert_eq!(serde_json::to_string(g).unwrap(), format!("\"{}\"", g.as_str()));
        }
        assert_eq!(TargetGroup::parse("cpr"), None);
    }
}
