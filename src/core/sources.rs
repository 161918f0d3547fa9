//! The documents the rules rest on. Pattern-specific facts take their sources from the
//! catalogue; these are the cross-cutting pages and the two seeds.

/// Seed 1: Microsoft's "Choose a data integration strategy" (2019), the product's main source.
pub const INTEGRATION_STRATEGY: &str = "https://learn.microsoft.com/en-us/dynamics365/fin-ops-core/dev-itpro/data-entities/integration-overview";
/// Seed 2: a guide to synchronous versus asynchronous integration with Dynamics 365.
pub const SYNC_ASYNC_GUIDE: &str =
    "seed 003_28004a5625dde7e4.txt (synchronous versus asynchronous integration)";
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
