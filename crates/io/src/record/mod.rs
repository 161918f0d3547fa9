//! Decision records.
//!
//! One scenario, the advice for it and the recorded decision, as an architecture decision record
//! in the MADR 4.0 structure. Markdown is written here; HTML is rendered from that Markdown
//! with pulldown-cmark, as one self-contained page.
//!
//! Every text that comes from a scenario file (title, context, rationale, names) is escaped:
//! a title such as `<script>…</script>` shows as text in both formats, never as markup.

mod sections;
mod short;

use pulldown_cmark::{Event, Options, Parser, html};

use crate::markdown::escape;
use advisor_core::advice::advise;
use advisor_core::catalogue::Catalogue;
use advisor_core::drift::status_word;
use advisor_core::model::Scenario;

/// A source after a statement, in Markdown: a link for a web address, the title otherwise.
pub fn link(source: &str) -> String {
    if source.starts_with("https://") {
        format!(" ([source]({source}))")
    } else if source.is_empty() {
        String::new()
    } else {
        format!(" (source: {})", escape(source))
    }
}

/// The decision record of `scenario` as Markdown (MADR 4.0), for GitHub and GitLab.
/// `file` is how the scenario file is named in the Confirmation section.
pub fn markdown(scenario: &Scenario, catalogue: &Catalogue, file: &str) -> String {
    let advice = advise(scenario, catalogue);
    let mut out = String::with_capacity(8 * 1024);
    // Writing to a String cannot fail; the results are ignored on purpose.
    let decision = scenario.decision.as_ref();
    push_line!(out, "---");
    push_line!(
        out,
        "status: {}",
        decision.map_or("proposed", |d| status_word(d.status))
    );
    if let Some(decision) = decision {
        push_line!(out, "date: {}", decision.date);
        if !decision.decided_by.is_empty() {
            let names: Vec<String> = decision.decided_by.iter().map(|n| yaml_text(n)).collect();
            push_line!(out, "decision-makers: [{}]", names.join(", "));
        }
    }
    push_line!(out, "---\n");
    sections::body(&mut out, scenario, catalogue, &advice, file);
    out
}

/// A decision's status and, where it has one, its date: "accepted, 2026-11-22", or
/// "accepted" for a decision recorded in an inventory, which has no date.
fn status_and_date(decision: &advisor_core::model::Decision) -> String {
    let status = status_word(decision.status);
    if decision.date.trim().is_empty() {
        status.to_owned()
    } else {
        format!("{status}, {}", escape(&decision.date))
    }
}

/// A text for the YAML front matter: quoted, with quotes and backslashes escaped.
fn yaml_text(text: &str) -> String {
    let escaped: String = text
        .chars()
        .flat_map(|c| match c {
            '"' => vec!['\\', '"'],
            '\\' => vec!['\\', '\\'],
            '\n' | '\r' => vec![' '],
            other => vec![other],
        })
        .collect();
    format!("\"{escaped}\"")
}

/// The decision record of `scenario` as one self-contained HTML page: no external requests,
/// a light theme for paper, print-friendly styles.
pub fn html(scenario: &Scenario, catalogue: &Catalogue, file: &str) -> String {
    let advice = advise(scenario, catalogue);
    let mut markdown = String::with_capacity(8 * 1024);
    sections::body(&mut markdown, scenario, catalogue, &advice, file);
    let content = markdown_to_html(&markdown);
    let decision = scenario.decision.as_ref();
    let status = decision.map_or("proposed", |d| status_word(d.status));
    let mut meta = format!("Status: {status}");
    if let Some(decision) = decision {
        push_text!(meta, " · Date: {}", html_text(&decision.date));
        if !decision.decided_by.is_empty() {
            let names: Vec<String> = decision.decided_by.iter().map(|n| html_text(n)).collect();
            push_text!(meta, " · Decision-makers: {}", names.join(", "));
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<p class=\"meta\">{meta}</p>\n{content}</body>\n</html>\n",
        html_text(&scenario.title)
    )
}

/// Our Markdown as HTML. Any raw HTML that reached the Markdown (there should be none: file
/// texts are escaped) is shown as text, never passed through as markup.
fn markdown_to_html(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, Options::ENABLE_TABLES).map(|event| match event {
        Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
        other => other,
    });
    let mut content = String::with_capacity(markdown.len() * 2);
    html::push_html(&mut content, parser);
    content
}

/// The short decision record of `scenario` as an HTML fragment, headed `heading` with the
/// line `meta` under it (plain texts, escaped here): one interface of a programme blueprint.
pub fn short_html(heading: &str, meta: &str, scenario: &Scenario, catalogue: &Catalogue) -> String {
    // The evaluation, not the whole advice: a short record names no answer that would change
    // it, and the search for those is most of the advice's cost (a blueprint of 100,000
    // interfaces makes 100,000 records).
    let evaluation = advisor_core::engine::evaluate(scenario, catalogue);
    let mut markdown = String::with_capacity(4 * 1024);
    short::markdown(
        &mut markdown,
        &escape(heading),
        &escape(meta),
        scenario,
        catalogue,
        &evaluation,
    );
    markdown_to_html(&markdown)
}

/// Text for HTML or XML outside the Markdown: a page's title, its front matter line, the SVG.
///
/// Markup characters are escaped, line breaks and tabs become spaces, and the control
/// characters XML 1.0 cannot hold are left out (the readers refuse them, but a page or a
/// picture must never be unreadable).
pub fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => {}
            other => out.push(other),
        }
    }
    out
}

/// The page's own styles: light, readable on paper, nothing loaded from elsewhere.
pub const STYLE: &str = "body { font-family: -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em; color: #1f2328; background: #fff; line-height: 1.5; }
h1 { border-bottom: 1px solid #d0d7de; padding-bottom: .3em; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .2em; margin-top: 1.6em; }
code { background: #f6f8fa; padding: .1em .3em; border-radius: 4px; }
a { color: #0969da; }
.meta { color: #59636e; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } h2 { break-after: avoid; } }
";
