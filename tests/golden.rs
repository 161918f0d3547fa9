//! Golden tests over the bundled library: the acceptance table of product.md, and the
//! scenarios beyond the seeds that a new user would write.

use std::path::Path;

use integration_advisor::bundled;
use integration_advisor::core::evaluate;
use integration_advisor::core::evaluation::{Evaluation, Fit, Outcome};
use integration_advisor::core::explain::settlers;
use integration_advisor::core::field::Field;
use integration_advisor::core::model::Deployment;
use integration_advisor::core::rules::NoteId;
use integration_advisor::core::rules::RuleId;
use integration_advisor::core::sources;
use integration_advisor::io::answer_text;
use integration_advisor::io::load_path;

fn evaluate_file(name: &str) -> Evaluation {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(name);
    let scenario =
        load_path(&path, bundled::pattern_ids()).unwrap_or_else(|error| panic!("{error}"));
    evaluate(&scenario, bundled::catalogue())
}

fn load(name: &str) -> integration_advisor::core::model::Scenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(name);
    load_path(&path, bundled::pattern_ids()).unwrap_or_else(|error| panic!("{error}"))
}

fn assert_outcome(evaluation: &Evaluation, outcome: Outcome) {
    assert_eq!(evaluation.outcome, outcome, "tied: {:?}", evaluation.tied);
}

fn assert_recommends(name: &str, allowed: &[&str]) -> Evaluation {
    let evaluation = evaluate_file(name);
    let recommended = evaluation.recommended.clone().unwrap_or_default();
    assert!(
        allowed.contains(&recommended.as_str()),
        "{name}: recommended {recommended}, expected one of {allowed:?}"
    );
    evaluation
}

fn assert_fit(evaluation: &Evaluation, pattern: &str, fits: &[Fit]) {
    let fit = evaluation.fit(pattern).expect("every pattern is ranked");
    assert!(
        fits.contains(&fit),
        "{pattern} is {fit:?}, expected one of {fits:?}"
    );
}

const BATCH_APIS: &[&str] = &["recurring-integrations", "package-rest-api"];

#[test]
fn change_of_address_from_customer_service_uses_dual_write() {
    assert_recommends(
        "01-change-of-address-from-customer-service.ron",
        &["dual-write"],
    );
}

#[test]
fn sales_raising_a_credit_limit_uses_dual_write() {
    assert_recommends("02-sales-raises-customer-credit-limit.ron", &["dual-write"]);
}

#[test]
fn creating_and_updating_products_uses_odata() {
    assert_recommends("03-create-and-update-product-information.ron", &["odata"]);
}

#[test]
fn a_portal_reading_order_status_uses_odata() {
    assert_recommends("04-customer-portal-reads-order-status.ron", &["odata"]);
}

#[test]
fn plm_approving_boms_uses_an_odata_action() {
    let evaluation = assert_recommends("05-plm-approves-bills-of-materials.ron", &["odata"]);
    let odata = evaluation.result("odata").expect("ranked");
    assert!(odata.reasons.iter().any(|r| r.rule == RuleId::RecordAction));
}

#[test]
fn an_on_hand_lookup_uses_a_custom_service_with_odata_suitable() {
    let evaluation = assert_recommends(
        "06-field-workers-look-up-on-hand-inventory.ron",
        &["custom-service"],
    );
    assert_fit(&evaluation, "odata", &[Fit::Suitable]);
}

#[test]
fn importing_large_volumes_of_sales_orders_uses_a_batch_data_api() {
    let evaluation = assert_recommends("07-import-large-volumes-of-sales-orders.ron", BATCH_APIS);
    assert_fit(&evaluation, "odata", &[Fit::Weak]);
    // The two batch APIs tie, and the tie names the answers that would settle it.
    assert_outcome(&evaluation, Outcome::Tie);
    assert_eq!(evaluation.tied, BATCH_APIS);
    let scenario = load("07-import-large-volumes-of-sales-orders.ron");
    let settlers = settlers(&scenario, bundled::catalogue(), &evaluation);
    let by_schedule: Vec<(String, &str)> = settlers
        .iter()
        .filter(|s| s.field == Field::ScheduleOwner)
        .map(|s| (answer_text(&s.value), s.leads.as_str()))
        .collect();
    assert_eq!(
        by_schedule,
        [
            ("Some(FinOps)".to_owned(), "recurring-integrations"),
            ("Some(Counterpart)".to_owned(), "package-rest-api")
        ]
    );
}

#[test]
fn exporting_purchase_orders_incrementally_uses_a_batch_api_with_change_tracking() {
    let evaluation =
        assert_recommends("08-export-large-volumes-of-purchase-orders.ron", BATCH_APIS);
    let top = &evaluation.ranking[0];
    assert!(
        top.prerequisites
            .iter()
            .any(|note| note.rule == NoteId::ChangeTracking),
        "the recommended batch API notes change tracking"
    );
}

#[test]
fn a_portal_confirming_a_warranty_claim_uses_a_synchronous_pattern() {
    assert_recommends(
        "09-portal-confirms-a-warranty-claim.ron",
        &["odata", "custom-service"],
    );
}

#[test]
fn overnight_orders_use_a_batch_data_api() {
    assert_recommends("10-overnight-orders-from-sales-channels.ron", BATCH_APIS);
}

#[test]
fn finops_on_premises_receiving_orders_uses_the_package_api_only() {
    let evaluation = assert_recommends(
        "11-on-premises-warehouse-sends-shipments.ron",
        &["package-rest-api"],
    );
    for cloud_only in [
        "odata",
        "custom-service",
        "recurring-integrations",
        "dual-write",
        "virtual-entities",
        "data-events",
        "synapse-link",
    ] {
        assert_fit(&evaluation, cloud_only, &[Fit::Excluded]);
    }
}

#[test]
fn a_reporting_need_uses_the_analytics_export_with_odata_discouraged() {
    let evaluation = assert_recommends(
        "12-finance-reporting-in-a-data-warehouse.ron",
        &["synapse-link"],
    );
    assert_outcome(&evaluation, Outcome::Clear);
    // BYOD still serves, but it is legacy next to Synapse Link.
    assert_eq!(evaluation.ranking[1].pattern, "byod");
    assert_fit(&evaluation, "byod", &[Fit::Suitable]);
    assert_fit(&evaluation, "entity-store", &[Fit::Suitable]);
    assert_fit(&evaluation, "odata", &[Fit::Weak]);
}

#[test]
fn reporting_on_premises_uses_byod_with_the_entity_store_available() {
    let mut scenario = load("12-finance-reporting-in-a-data-warehouse.ron");
    scenario.requirements.deployment = Deployment::OnPremises;
    let evaluation = evaluate(&scenario, bundled::catalogue());
    assert_outcome(&evaluation, Outcome::Clear);
    assert_eq!(evaluation.recommended.as_deref(), Some("byod"));
    // The entity store runs on premises from platform update 26; Synapse Link does not.
    assert_fit(&evaluation, "entity-store", &[Fit::Suitable]);
    assert_fit(&evaluation, "synapse-link", &[Fit::Excluded]);
    let lifecycle = evaluation
        .warnings
        .iter()
        .find(|w| w.rule == NoteId::Lifecycle)
        .expect("BYOD's lifecycle is named");
    assert!(
        lifecycle
            .text
            .contains("not available when F&O runs on premises"),
        "{}",
        lifecycle.text
    );
}

#[test]
fn finops_calling_a_service_without_tls_12_needs_a_broker() {
    let evaluation = assert_recommends(
        "13-finops-asks-a-legacy-carrier-for-freight-rates.ron",
        &["external-web-service"],
    );
    assert!(
        evaluation
            .warnings
            .iter()
            .any(|w| w.rule == NoteId::TlsEndpoint)
    );
    assert!(
        evaluation.ranking[0]
            .prerequisites
            .iter()
            .any(|n| n.rule == NoteId::TlsEndpoint)
    );
}

#[test]
fn accountants_in_spreadsheets_use_excel() {
    assert_recommends("14-accountants-adjust-budgets-in-excel.ron", &["excel"]);
}

#[test]
fn a_huge_real_time_volume_goes_to_batch_with_the_conflict_shown() {
    let evaluation = assert_recommends("15-huge-real-time-telemetry-import.ron", BATCH_APIS);
    assert!(
        evaluation
            .warnings
            .iter()
            .any(|w| w.rule == NoteId::RealTimeBulkConflict)
    );
}

#[test]
fn a_nightly_one_way_copy_to_sales_uses_classic_integration_with_its_lifecycle_note() {
    let evaluation = assert_recommends(
        "16-nightly-copy-of-products-to-sales.ron",
        &["classic-data-integration"],
    );
    let lifecycle = evaluation
        .warnings
        .iter()
        .find(|w| w.rule == NoteId::Lifecycle)
        .expect("the lifecycle is named");
    assert!(
        lifecycle
            .text
            .contains("We highly recommend customers start using dual-write"),
        "{}",
        lifecycle.text
    );
    assert_fit(&evaluation, "dual-write", &[Fit::Suitable]);
}

#[test]
fn finops_notifying_of_record_changes_uses_data_events() {
    assert_recommends(
        "17-finops-notifies-the-web-shop-of-price-changes.ron",
        &["data-events"],
    );
}

#[test]
fn a_third_party_warehouse_exchanging_files_both_ways_uses_recurring_integrations() {
    let evaluation = assert_recommends(
        "18-third-party-warehouse-orders-and-receipts.ron",
        &["recurring-integrations"],
    );
    assert_outcome(&evaluation, Outcome::Clear);
    assert!(
        evaluation
            .warnings
            .iter()
            .any(|w| w.rule == NoteId::TwoOneWayFlows)
    );
    assert_fit(&evaluation, "odata", &[Fit::Weak, Fit::Suitable]);
}

#[test]
fn an_export_finops_runs_on_a_schedule_is_a_batch_export_not_events() {
    let evaluation = assert_recommends(
        "19-finops-exports-purchase-orders-on-a-schedule.ron",
        &["recurring-integrations"],
    );
    assert_outcome(&evaluation, Outcome::Clear);
    assert_fit(&evaluation, "data-events", &[Fit::Weak]);
    assert_fit(&evaluation, "business-events", &[Fit::Weak]);
}

#[test]
fn makers_building_a_flow_use_the_connector() {
    let evaluation = assert_recommends(
        "20-low-code-flow-for-expense-receipts.ron",
        &["finops-connector"],
    );
    assert_outcome(&evaluation, Outcome::Clear);
}

#[test]
fn an_e_invoice_in_a_legal_format_uses_electronic_reporting() {
    let evaluation = assert_recommends(
        "21-e-invoices-to-the-tax-authority.ron",
        &["electronic-reporting"],
    );
    assert_outcome(&evaluation, Outcome::Clear);
    // ER builds the document; the Electronic Invoicing service submits it.
    assert!(
        evaluation.ranking[0]
            .prerequisites
            .iter()
            .any(|n| n.text.contains("Electronic Invoicing service"))
    );
}

#[test]
fn no_bundled_scenario_contradicts_itself() {
    let catalogue = bundled::catalogue();
    for bundled in bundled::scenarios() {
        assert!(
            !integration_advisor::core::rules::conflicting(
                &bundled.scenario.requirements,
                &catalogue.parameters
            ),
            "{} ships with conflicting answers",
            bundled.file_name
        );
    }
}

#[test]
fn a_one_off_load_from_sales_uses_the_package_api_not_dual_write() {
    let evaluation = assert_recommends(
        "22-one-off-load-of-accounts-from-sales.ron",
        &["package-rest-api"],
    );
    assert_outcome(&evaluation, Outcome::Clear);
    let dual_write = evaluation.result("dual-write").expect("ranked");
    assert!(
        dual_write
            .reasons
            .iter()
            .any(|r| r.rule == RuleId::ModelDrivenApp && r.text.contains("70,000")),
        "dual-write's initial sync limit is the reason against it"
    );
}

#[test]
fn the_seed_table_comes_out_clear_except_where_it_allows_two_patterns() {
    for (file, outcome) in [
        (
            "01-change-of-address-from-customer-service.ron",
            Outcome::Clear,
        ),
        ("02-sales-raises-customer-credit-limit.ron", Outcome::Clear),
        (
            "03-create-and-update-product-information.ron",
            Outcome::Clear,
        ),
        ("04-customer-portal-reads-order-status.ron", Outcome::Clear),
        ("05-plm-approves-bills-of-materials.ron", Outcome::Clear),
        (
            "06-field-workers-look-up-on-hand-inventory.ron",
            Outcome::Clear,
        ),
    ] {
        assert_eq!(evaluate_file(file).outcome, outcome, "{file}");
    }
}

#[test]
fn every_bundled_scenario_ranks_every_pattern_with_reasons_and_sources() {
    let catalogue = bundled::catalogue();
    assert!(bundled::scenarios().len() >= 10);
    for bundled in bundled::scenarios() {
        let evaluation = evaluate(&bundled.scenario, catalogue);
        assert_eq!(
            evaluation.ranking.len(),
            catalogue.patterns.len(),
            "{}",
            bundled.file_name
        );
        assert_eq!(
            evaluation
                .ranking
                .iter()
                .filter(|r| r.fit == Fit::Recommended)
                .count(),
            1,
            "{}: exactly one recommended",
            bundled.file_name
        );
        for result in &evaluation.ranking {
            assert!(
                !result.reasons.is_empty(),
                "{}: {} has no reason",
                bundled.file_name,
                result.pattern
            );
            for reason in &result.reasons {
                assert!(
                    reason.source.is_empty() || sources::is_citable(&reason.source),
                    "{}: reason {} has source {:?}",
                    bundled.file_name,
                    reason.rule,
                    reason.source
                );
            }
        }
    }
}

#[test]
fn the_catalogue_has_the_patterns_of_the_design_and_the_three_added_since() {
    let ids = bundled::pattern_ids();
    assert_eq!(
        ids,
        [
            "dual-write",
            "classic-data-integration",
            "odata",
            "recurring-integrations",
            "package-rest-api",
            "custom-service",
            "external-web-service",
            "excel",
            "virtual-entities",
            "business-events",
            "data-events",
            "entity-store",
            "synapse-link",
            "byod",
            "finops-connector",
            "electronic-reporting",
        ]
    );
    assert!(bundled::catalogue().validate().is_empty());
}
