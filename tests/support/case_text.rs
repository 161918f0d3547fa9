//! Reading a casebook case: shared by the casebook test and `examples/meeting_bound.rs`.

/// The text of the `Scenario(...)` inside a case, found by matching brackets outside quotes,
/// so that the scenario goes through the product's own loader.
pub fn scenario_text(case: &str) -> &str {
    let start = case.find("Scenario(").expect("a case holds a scenario");
    let mut depth = 0_i32;
    let mut in_text = false;
    let mut escaped = false;
    for (offset, c) in case[start..].char_indices() {
        if in_text {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_text = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_text = true,
            '(' | '[' => depth += 1,
            ')' | ']' => {
                depth -= 1;
                if depth == 0 {
                    return &case[start..=start + offset];
                }
            }
            _ => {}
        }
    }
    panic!("the scenario in a case is never closed")
}
