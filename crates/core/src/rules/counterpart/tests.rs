//! The counterpart rules' verdicts, pattern by pattern.

use super::*;
use crate::model::ModelDrivenApp;
use crate::rules::Weight;
use crate::rules::test_support::{against, favours};
use crate::rules::test_support::{effects, pattern, requirements};

#[test]
fn a_real_time_model_driven_app_favours_dual_write_over_classic_integration() {
    let mut r = requirements();
    r.counterpart = Counterpart::Dynamics365App(ModelDrivenApp::CustomerService);
    r.real_time = true;
    assert_eq!(
        effects(model_driven_app, &r, &pattern("dual-write")),
        vec![favours(Weight::Decisive)]
    );
    assert_eq!(
        effects(model_driven_app, &r, &pattern("virtual-entities")),
        vec![favours(Weight::Strong)]
    );
    assert_eq!(
        effects(model_driven_app, &r, &pattern("classic-data-integration")),
        vec![against(Weight::Strong)]
    );
    assert_eq!(
        effects(model_driven_app, &r, &pattern("odata")),
        vec![against(Weight::Moderate)]
    );
}

#[test]
fn a_scheduled_one_way_copy_favours_classic_integration() {
    let mut r = requirements();
    r.counterpart = Counterpart::Dynamics365App(ModelDrivenApp::Sales);
    r.real_time = false;
    r.direction = Direction::Outbound;
    r.frequency = Frequency::Every { minutes: 1440 };
    assert_eq!(
        effects(model_driven_app, &r, &pattern("classic-data-integration")),
        vec![favours(Weight::Decisive)]
    );
    assert_eq!(
        effects(model_driven_app, &r, &pattern("dual-write")),
        vec![favours(Weight::Moderate)]
    );
    r.counterpart = Counterpart::OtherSystem;
    assert!(effects(model_driven_app, &r, &pattern("classic-data-integration")).is_empty());
}

#[test]
fn an_occasional_one_way_exchange_favours_dual_write_not_a_schedule() {
    let mut r = requirements();
    r.counterpart = Counterpart::Dynamics365App(ModelDrivenApp::Sales);
    r.real_time = false;
    r.direction = Direction::Outbound;
    r.frequency = Frequency::AdHoc;
    assert_eq!(
        effects(model_driven_app, &r, &pattern("dual-write")),
        vec![favours(Weight::Strong)]
    );
    assert_eq!(
        effects(model_driven_app, &r, &pattern("virtual-entities")),
        vec![favours(Weight::Moderate)]
    );
    assert_eq!(
        effects(model_driven_app, &r, &pattern("classic-data-integration")),
        vec![against(Weight::Moderate)]
    );
    // A one-off load is the package API's job: dual-write's initial sync is not meant
    // for it, and classic data integration is left to the one-off rule.
    r.frequency = Frequency::Once;
    assert!(effects(model_driven_app, &r, &pattern("classic-data-integration")).is_empty());
    assert_eq!(
        effects(model_driven_app, &r, &pattern("dual-write")),
        vec![against(Weight::Moderate)]
    );
    assert!(effects(model_driven_app, &r, &pattern("package-rest-api")).is_empty());
    r.direction = Direction::Inbound;
    r.peak_records_per_hour = Some(100_000);
    assert_eq!(
        effects(model_driven_app, &r, &pattern("dual-write")),
        vec![against(Weight::Strong)]
    );
}

#[test]
fn whether_a_copy_is_wanted_separates_dual_write_from_virtual_entities() {
    let mut r = requirements();
    r.counterpart = Counterpart::Dynamics365App(ModelDrivenApp::Sales);
    r.real_time = true;
    r.copy_wanted = Some(false);
    assert_eq!(
        effects(model_driven_app, &r, &pattern("dual-write")),
        vec![favours(Weight::Decisive), against(Weight::Strong)]
    );
    assert_eq!(
        effects(model_driven_app, &r, &pattern("virtual-entities")),
        vec![favours(Weight::Strong), favours(Weight::Strong)]
    );
    r.copy_wanted = Some(true);
    assert_eq!(
        effects(model_driven_app, &r, &pattern("virtual-entities")),
        vec![favours(Weight::Strong), against(Weight::Strong)]
    );
}

#[test]
fn reasons_name_the_direction_the_records_go() {
    let mut r = requirements();
    r.counterpart = Counterpart::Dynamics365App(ModelDrivenApp::Sales);
    r.direction = Direction::Inbound;
    let ctx = Context::new(&r, &crate::testing::catalogue().parameters);
    let mut out = Vec::new();
    model_driven_app(&ctx, &pattern("dual-write"), &mut out);
    assert!(
        out[0].text.contains("from Dynamics 365 Sales into F&O"),
        "{}",
        out[0].text
    );
}

#[test]
fn reporting_favours_analytics_and_discourages_odata() {
    let mut r = requirements();
    r.counterpart = Counterpart::Reporting;
    assert_eq!(
        effects(reporting, &r, &pattern("synapse-link")),
        vec![favours(Weight::Decisive)]
    );
    assert_eq!(
        effects(reporting, &r, &pattern("entity-store")),
        vec![favours(Weight::Moderate)]
    );
    assert_eq!(
        effects(reporting, &r, &pattern("odata")),
        vec![against(Weight::Strong)]
    );
    // BYOD serves reports too, but as a legacy export it counts less than Synapse Link.
    assert_eq!(
        effects(reporting, &r, &pattern("byod")),
        vec![favours(Weight::Strong)]
    );
    r.counterpart = Counterpart::OtherSystem;
    assert!(effects(reporting, &r, &pattern("synapse-link")).is_empty());
}

#[test]
fn on_premises_the_entity_store_feeds_power_bi_and_byod_has_no_successor_to_name() {
    let mut r = requirements();
    r.counterpart = Counterpart::Reporting;
    r.deployment = Deployment::OnPremises;
    let ctx = Context::new(&r, &crate::testing::catalogue().parameters);
    let mut out = Vec::new();
    reporting(&ctx, &pattern("entity-store"), &mut out);
    assert!(out[0].text.contains("PowerBI.com"), "{}", out[0].text);
    out.clear();
    reporting(&ctx, &pattern("byod"), &mut out);
    assert!(
        out[0].text.contains("need F&O in the cloud"),
        "{}",
        out[0].text
    );
    // For another system on premises, BYOD is still the documented copy: nothing against.
    r.counterpart = Counterpart::OtherSystem;
    assert!(effects(other_system, &r, &pattern("byod")).is_empty());
    r.deployment = Deployment::Cloud;
    assert_eq!(
        effects(other_system, &r, &pattern("byod")),
        vec![against(Weight::Strong)]
    );
}

#[test]
fn virtual_entities_are_no_answer_to_a_one_off_load_even_in_real_time() {
    let mut r = requirements();
    r.counterpart = Counterpart::Dynamics365App(ModelDrivenApp::Sales);
    r.real_time = true;
    r.frequency = Frequency::Once;
    assert_eq!(
        effects(model_driven_app, &r, &pattern("virtual-entities")),
        vec![against(Weight::Moderate)]
    );
}

#[test]
fn talent_is_no_longer_a_dataverse_counterpart_of_any_pattern() {
    let catalogue = crate::testing::catalogue();
    assert!(
        catalogue
            .patterns
            .iter()
            .all(|p| !p.model_driven_apps.contains(&ModelDrivenApp::Talent))
    );
}

#[test]
fn spreadsheet_users_favour_excel_unless_the_volume_is_bulk() {
    let mut r = requirements();
    r.counterpart = Counterpart::ExcelUsers;
    r.peak_records_per_hour = Some(2_000);
    assert_eq!(
        effects(spreadsheet_users, &r, &pattern("excel")),
        vec![favours(Weight::Decisive)]
    );
    assert_eq!(
        effects(spreadsheet_users, &r, &pattern("odata")),
        vec![against(Weight::Moderate)]
    );
    assert!(effects(spreadsheet_users, &r, &pattern("package-rest-api")).is_empty());
    r.peak_records_per_hour = Some(200_000);
    assert_eq!(
        effects(spreadsheet_users, &r, &pattern("excel")),
        vec![against(Weight::Strong)]
    );
}

#[test]
fn another_system_counts_against_dataverse_analytics_and_spreadsheet_patterns() {
    let r = requirements();
    assert_eq!(
        effects(other_system, &r, &pattern("dual-write")),
        vec![against(Weight::Decisive)]
    );
    assert_eq!(
        effects(other_system, &r, &pattern("synapse-link")),
        vec![against(Weight::Strong)]
    );
    assert_eq!(
        effects(other_system, &r, &pattern("excel")),
        vec![against(Weight::Strong)]
    );
    assert!(effects(other_system, &r, &pattern("odata")).is_empty());
}
