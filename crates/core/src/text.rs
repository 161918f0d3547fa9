//! Helpers that put words and numbers into sentences, shared by every layer that writes.

/// Text with its first letter in lower case, to continue a sentence ("Because a peak …"),
/// except where the first word is a name ("F&O", "`OData`"); the article "A" is lowered.
pub fn lower_first(text: &str) -> String {
    // A product's name keeps its capital: "Dynamics 365 Sales can read…", not "dynamics".
    let first_word = text.split([' ', ',', ':']).next().unwrap_or("");
    if PROPER_NAMES.contains(&first_word) {
        return text.to_owned();
    }
    let mut chars = text.chars();
    match chars.next() {
        // A word in lower case after its capital, or the article "A" ("A peak of ..."), is
        // lowered; an acronym or a name such as "OData" or "F&O" is kept.
        Some(first)
            if chars.clone().next().is_some_and(char::is_lowercase)
                || (first == 'A' && chars.clone().next() == Some(' ')) =>
        {
            first.to_lowercase().chain(chars).collect()
        }
        _ => text.to_owned(),
    }
}

/// Words that begin a product's name, which a sentence keeps capitalised wherever it stands.
const PROPER_NAMES: [&str; 12] = [
    "Azure",
    "Dataverse",
    "Dynamics",
    "Entra",
    "Excel",
    "Fabric",
    "Logic",
    "Microsoft",
    "Power",
    "Project",
    "SharePoint",
    "Synapse",
];

/// Text with its first letter in upper case.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// `1234567` as `1,234,567`.
pub fn group_thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::lower_first;

    #[test]
    fn a_sentence_continues_in_lower_case_and_names_keep_their_capitals() {
        assert_eq!(lower_first("A peak of 300,000"), "a peak of 300,000");
        assert_eq!(lower_first("The endpoint lacks"), "the endpoint lacks");
        assert_eq!(lower_first("OData is throttled"), "OData is throttled");
        assert_eq!(lower_first("F&O runs"), "F&O runs");
        assert_eq!(lower_first("API limits"), "API limits");
        assert_eq!(
            lower_first("Dynamics 365 Sales can read it"),
            "Dynamics 365 Sales can read it"
        );
        assert_eq!(lower_first("Excel, as an add-in"), "Excel, as an add-in");
        assert_eq!(lower_first("Dual-write keeps"), "dual-write keeps");
    }
}
