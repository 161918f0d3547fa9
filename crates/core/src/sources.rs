//! The documents the rules rest on.
//!
//! Pattern-specific facts take their sources from the catalogue; these are the cross-cutting
//! pages and the two source documents. A source is a web address, or the title of a document
//! that has none: never a file name of ours.

/// Microsoft's "Choose a data integration strategy", the product's main source.
pub const INTEGRATION_STRATEGY: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/data-entities/integration-overview";
/// A vendor's guide to synchronous versus asynchronous integration with Dynamics 365, cited by
/// its title and publisher (it is not Microsoft's).
pub const SYNC_ASYNC_GUIDE: &str = "Choosing between synchronous and asynchronous integration for Dynamics 365 (CloudFronts guide)";

/// Titles that may stand as a source where there is no web address.
const TITLES: [&str; 1] = [SYNC_ASYNC_GUIDE];

/// Whether `source` may be shown to users as a source: a web address or a known title.
pub fn is_citable(source: &str) -> bool {
    source.starts_with("https://") || TITLES.contains(&source)
}
/// Dual-write overview: near-real-time, bidirectional sync with Dataverse.
pub const DUAL_WRITE_OVERVIEW: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/dual-write-overview";
/// Virtual entities overview: Dataverse access to F&O data without a copy.
pub const VIRTUAL_ENTITIES: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/power-platform/virtual-entities-overview";
/// Business events: lightweight notifications, not a data export channel.
pub const BUSINESS_EVENTS: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/business-events/home-page";
/// Data events: notifications of entity create, update and delete, and their capacity.
pub const DATA_EVENTS: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/business-events/data-events";
/// Microsoft's implementation guide: the pattern comparison with pros and cons.
pub const IMPLEMENTATION_GUIDE: &str = "https://learn.microsoft.com/en-us/dynamics365/guidance/implementation-guide/integrate-other-solutions-guidance-product";
/// Synapse Link for Dataverse with F&O data: the current analytics export.
pub const SYNAPSE_LINK: &str = "https://learn.microsoft.com/en-us/power-apps/maker/data-platform/azure-synapse-link-select-fno-data";
/// Data management package REST API: import, export and change tracking.
pub const PACKAGE_API: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/data-entities/data-management-api";
/// Dual-write live-sync limits.
pub const DUAL_WRITE_LIMITS: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/sync-limits";
/// Dual-write initial sync: its limits, and why it is no migration tool.
pub const DUAL_WRITE_INITIAL_SYNC: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/data-entities/dual-write/initial-sync-guidance";
/// The Power Platform integration: dual-write, virtual entities and the other Dataverse links.
pub const POWER_PLATFORM_INTEGRATION: &str =
    "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/power-platform/overview";
/// Data Integrator (classic data integration): projects, schedules and limits.
pub const DATA_INTEGRATOR: &str =
    "https://learn.microsoft.com/en-us/power-platform/admin/data-integrator";
/// Recurring integrations: scheduled import and export through enqueue and dequeue.
pub const RECURRING_INTEGRATIONS: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/data-entities/recurring-integrations";
/// The Fin & Ops apps connector for Power Automate and Logic Apps.
pub const FINOPS_CONNECTOR: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/data-entities/fin-ops-connector";
/// Electronic Reporting: documents in set formats, configured rather than coded.
pub const ELECTRONIC_REPORTING: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/analytics/general-electronic-reporting";
/// Service protection API limits (resource-based; user-based limits removed in 10.0.36).
pub const SERVICE_PROTECTION: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/data-entities/service-protection-api-limits";
/// The connector reference: 200 calls per 60 seconds per connection.
pub const FINOPS_CONNECTOR_LIMITS: &str =
    "https://learn.microsoft.com/en-us/connectors/dynamicsax/";
/// Project Operations and dual-write: the maps its resource and non-stocked scenarios need.
pub const PROJECT_OPERATIONS_DUAL_WRITE: &str = "https://learn.microsoft.com/en-us/dynamics365/project-operations/environment/resource-dual-write-maps";
/// The entity store on premises (platform update 26 and later): Power BI over the entity store
/// through PowerBI.com; analytical workspaces cloud only.
pub const ENTITY_STORE_ON_PREMISES: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/analytics/entity-store-on-prem";
/// Microsoft's transition from the legacy data services (BYOD, Export to Data Lake) to Azure
/// Synapse Link and Link to Fabric.
pub const ANALYTICS_TRANSITION: &str = "https://learn.microsoft.com/en-us/power-apps/maker/data-platform/azure-synapse-link-transition-from-FnO";
/// The Human Resources infrastructure merge: Dynamics 365 Human Resources (formerly Talent) moves
/// into the F&O infrastructure.
pub const HUMAN_RESOURCES_MERGE: &str =
    "https://learn.microsoft.com/en-us/dynamics365/human-resources/hr-infrastructure-merge-faq";

/// Microsoft's list of removed and deprecated platform features (XSLT in data management).
pub const DEPRECATED_PLATFORM_FEATURES: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/get-started/removed-deprecated-features-platform-updates";
/// Automated entity store refresh: every hour, twice a day, daily or weekly.
pub const ENTITY_STORE_REFRESH: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/analytics/automated-entity-store-refresh";
