//! A representative sample of every answer the format allows.
//!
//! Each value of every choice, and for the numbers the values on both sides of the thresholds
//! the engine uses. The exhaustive test asserts its invariants over all of it;
//! `examples/input_space.rs` reports its outcomes.

use super::model::{
    Counterpart, Deployment, Direction, ErrorFeedback, Exchange, Frequency, Initiator,
    ModelDrivenApp, Requirements,
};

/// Peak volumes: unknown, modest, above the data events capacity, near and above the bulk
/// threshold, and far above it.
pub const VOLUMES: [Option<u64>; 6] = [
    None,
    Some(1_000),
    Some(20_000),
    Some(100_000),
    Some(300_000),
    Some(2_000_000),
];

/// Frequencies: whenever something happens, once, and three schedules.
pub const FREQUENCIES: [Frequency; 5] = [
    Frequency::AdHoc,
    Frequency::Once,
    Frequency::Every { minutes: 5 },
    Frequency::Every { minutes: 60 },
    Frequency::Every { minutes: 1440 },
];

/// Every combination of the base answers (69,120 of them), each passed to `visit`.
pub fn for_each_base(mut visit: impl FnMut(&Requirements)) {
    let counterparts = [
        Counterpart::OtherSystem,
        Counterpart::Dynamics365App(ModelDrivenApp::Sales),
        Counterpart::ExcelUsers,
        Counterpart::Reporting,
    ];
    let directions = [
        Direction::Inbound,
        Direction::Outbound,
        Direction::Bidirectional,
    ];
    let initiators = [Initiator::Counterpart, Initiator::FinOps];
    let exchanges = [Exchange::Records, Exchange::Action, Exchange::Calculation];
    let mut r = Requirements::default();
    for counterpart in counterparts {
        r.counterpart = counterpart;
        for direction in directions {
            r.direction = direction;
            for initiator in initiators {
                r.initiator = initiator;
                for exchange in exchanges {
                    r.exchange = exchange;
                    for real_time in [false, true] {
                        r.real_time = real_time;
                        for volume in VOLUMES {
                            r.peak_records_per_hour = volume;
                            for frequency in FREQUENCIES {
                                r.frequency = frequency;
                                for deployment in [Deployment::Cloud, Deployment::OnPremises] {
                                    r.deployment = deployment;
                                    for feedback in
                                        [ErrorFeedback::Immediate, ErrorFeedback::Deferred]
                                    {
                                        r.error_feedback = feedback;
                                        for incremental in [false, true] {
                                            r.incremental = incremental;
                                            for tls in [None, Some(false)] {
                                                r.endpoint_tls12 = tls;
                                                visit(&r);
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
