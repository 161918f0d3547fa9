//! Property tests: every generated scenario evaluates without panic and ranks every pattern;
//! saving and loading gives back an equal value; a second save is byte-identical; evaluation
//! is deterministic.

use integration_advisor::bundled;
use integration_advisor::core::engine::is_other_kind;
use integration_advisor::core::evaluation::{Fit, Outcome};
use integration_advisor::core::field::{Answer, Field, LATER};
use integration_advisor::core::model::{
    Counterpart, Decision, DecisionStatus, Deployment, Direction, ErrorFeedback, Exchange,
    Frequency, Initiator, ModelDrivenApp, OpenQuestion, Requirements, Scenario,
};
use integration_advisor::core::unknowns::{Possibilities, ResultKey, settled};
use integration_advisor::core::{evaluate, evaluate_ranking};
use integration_advisor::io::{parse_str, to_canonical_string};
use proptest::prelude::*;

fn counterpart() -> impl Strategy<Value = Counterpart> {
    prop_oneof![
        Just(Counterpart::OtherSystem),
        Just(Counterpart::ExcelUsers),
        Just(Counterpart::Reporting),
        proptest::sample::select(ModelDrivenApp::ALL.to_vec())
            .prop_map(Counterpart::Dynamics365App),
    ]
}

fn frequency() -> impl Strategy<Value = Frequency> {
    prop_oneof![
        Just(Frequency::AdHoc),
        Just(Frequency::Once),
        (1u32..=525_600).prop_map(|minutes| Frequency::Every { minutes }),
    ]
}

fn requirements() -> impl Strategy<Value = Requirements> {
    (
        (
            counterpart(),
            prop_oneof![
                Just(Direction::Inbound),
                Just(Direction::Outbound),
                Just(Direction::Bidirectional)
            ],
            prop_oneof![Just(Initiator::Counterpart), Just(Initiator::FinOps)],
            prop_oneof![
                Just(Exchange::Records),
                Just(Exchange::Action),
                Just(Exchange::Calculation)
            ],
            any::<bool>(),
            proptest::option::of(prop_oneof![0u64..1_000_000, 0u64..=1_000_000_000_000]),
        ),
        (
            frequency(),
            prop_oneof![Just(Deployment::Cloud), Just(Deployment::OnPremises)],
            prop_oneof![
                Just(ErrorFeedback::Immediate),
                Just(ErrorFeedback::Deferred)
            ],
            any::<bool>(),
            proptest::option::of(any::<bool>()),
        ),
        (
            // Every later question of the table, a question added to it included.
            LATER
                .iter()
                .map(|later| proptest::option::of(0..later.choices.len()))
                .collect::<Vec<_>>(),
            proptest::sample::subsequence(OpenQuestion::ALL.to_vec(), 0..=3),
        ),
    )
        .prop_map(
            |(
                (counterpart, direction, initiator, exchange, real_time, peak),
                (frequency, deployment, error_feedback, incremental, tls),
                (later_choices, not_known),
            )| {
                let mut r = Requirements {
                    counterpart,
                    direction,
                    initiator,
                    exchange,
                    real_time,
                    peak_records_per_hour: peak,
                    frequency,
                    deployment,
                    error_feedback,
                    incremental,
                    endpoint_tls12: tls,
                    not_known,
                    ..Requirements::default()
                };
                for (later, choice) in LATER.iter().zip(later_choices) {
                    (later.set)(&mut r, choice);
                }
                r
            },
        )
}

fn date() -> impl Strategy<Value = String> {
    (1900u32..2200, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

fn decision() -> impl Strategy<Value = Decision> {
    (
        prop_oneof![
            Just(DecisionStatus::Proposed),
            Just(DecisionStatus::Accepted),
            Just(DecisionStatus::Rejected),
            Just(DecisionStatus::Superseded),
        ],
        proptest::sample::select(bundled::pattern_ids()),
        any::<String>(),
        proptest::collection::vec(any::<String>(), 0..4),
        date(),
        proptest::option::of(any::<String>()),
        proptest::option::of(any::<u32>()),
    )
        .prop_map(
            |(status, pattern, rationale, decided_by, date, supersedes, catalogue_version)| {
                Decision {
                    status,
                    pattern,
                    rationale,
                    decided_by,
                    date,
                    supersedes,
                    catalogue_version,
                }
            },
        )
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        any::<String>().prop_filter("a title has visible text", |t| !t.trim().is_empty()),
        any::<String>(),
        requirements(),
        proptest::option::of(decision()),
    )
        .prop_map(|(title, context, requirements, decision)| Scenario {
            title,
            context,
            requirements,
            decision,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn every_scenario_ranks_every_pattern_with_one_recommendation(scenario in scenario()) {
        let catalogue = bundled::catalogue();
        let evaluation = evaluate(&scenario, catalogue);
        prop_assert_eq!(evaluation.ranking.len(), catalogue.patterns.len());
        let mut ids: Vec<&str> = evaluation.ranking.iter().map(|r| r.pattern.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), catalogue.patterns.len());
        let recommended = evaluation.ranking.iter().filter(|r| r.fit == Fit::Recommended).count();
        prop_assert_eq!(recommended, usize::from(evaluation.recommended.is_some()));
        prop_assert!(evaluation.ranking.iter().all(|r| !r.reasons.is_empty()));
        prop_assert!(evaluation.ranking.windows(2).all(|pair| pair[0].fit <= pair[1].fit));
        if let Some(id) = &evaluation.recommended {
            prop_assert_eq!(&evaluation.ranking[0].pattern, id);
            // The best score among the patterns of the kind some answer speaks about (a
            // pattern of another kind, or one nothing speaks for or against, is never put
            // forward while another has a case).
            let available: Vec<_> = evaluation.ranking.iter().filter(|r| r.fit != Fit::Excluded).collect();
            let in_kind: Vec<_> = available.iter().copied().filter(|r| !is_other_kind(r)).collect();
            let open = if in_kind.is_empty() { available } else { in_kind };
            let spoken: Vec<_> = open
                .iter()
                .filter(|r| r.reasons.iter().any(|x| x.effect != integration_advisor::core::evaluation::Effect::Notes))
                .collect();
            let pool = if spoken.is_empty() { open.iter().collect::<Vec<_>>() } else { spoken };
            let best = pool.iter().map(|r| r.score).max();
            prop_assert_eq!(Some(evaluation.ranking[0].score), best);
        }
        prop_assert_eq!(&evaluate(&scenario, catalogue), &evaluation, "deterministic");
    }

    #[test]
    fn saving_and_loading_gives_back_the_scenario_and_a_stable_text(scenario in scenario()) {
        let ids = bundled::pattern_ids();
        let text = to_canonical_string(&scenario);
        let loaded = parse_str(&text, ids).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&loaded, &scenario);
        prop_assert_eq!(to_canonical_string(&loaded), text.clone());
        prop_assert!(!text.contains('\r'));
        let title_line = text.lines().nth(2).unwrap_or_default();
        prop_assert!(title_line.starts_with("    title: \""));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Every flip changes the result, and a volume flip is the nearest change point: one record
    /// nearer the current volume keeps the current result.
    #[test]
    fn flips_change_the_result_and_volume_flips_are_minimal(scenario in scenario()) {
        let catalogue = bundled::catalogue();
        // Flips are found as the ranking decides, with the other answers as they stand; with
        // answers open, a flip they would leave unsettled says open, leaning to its pattern.
        let evaluation = evaluate_ranking(&scenario, catalogue);
        let current = (evaluation.outcome, evaluation.recommended.clone());
        let answers_open = Possibilities::size_of(&scenario, catalogue) > 1;
        for flip in integration_advisor::core::flips::flips(&scenario, catalogue, &evaluation) {
            prop_assert_ne!((flip.outcome, flip.recommended.clone()), current.clone());
            let mut tried = scenario.clone();
            tried.requirements = flip.requirements.clone();
            let ranked = evaluate_ranking(&tried, catalogue);
            prop_assert_eq!(&ranked.recommended, &flip.recommended);
            if flip.outcome == Outcome::Open {
                prop_assert!(answers_open, "open without an open answer: {:?}", flip);
                prop_assert!(!settled(&tried, catalogue, &ResultKey::of(&ranked)));
                continue;
            }
            prop_assert_eq!(ranked.outcome, flip.outcome);
            if flip.field != Field::PeakRecordsPerHour {
                continue;
            }
            let Some(volume) = scenario.requirements.peak_records_per_hour else {
                continue;
            };
            let Answer::PeakRecordsPerHour(Some(to)) = flip.to else {
                panic!("a volume flip gives a volume: {:?}", flip.to);
            };
            let mut at = scenario.clone();
            at.requirements.peak_records_per_hour = Some(to);
            let changed = evaluate_ranking(&at, catalogue);
            prop_assert_eq!((changed.outcome, changed.recommended), (flip.outcome, flip.recommended.clone()));
            at.requirements.peak_records_per_hour = Some(if to > volume { to - 1 } else { to + 1 });
            let nearer = evaluate_ranking(&at, catalogue);
            prop_assert_eq!((nearer.outcome, nearer.recommended), current.clone());
        }
    }
}
