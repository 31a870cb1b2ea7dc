//! Stored text as the first value of a `<textarea>`. Text between `<textarea>` tags is read by
//! the browser as text up to the first `</textarea>`, with character references decoded, so
//! the text must be escaped or a note holding `</textarea><img onerror=…>` runs as markup.
//! Leptos 0.8 (tachys 0.2.19) writes a textarea's children unescaped when it renders on the
//! server (leptos-rs/leptos#4730 escaped them, #4819 reverted it, #4821 is in no 0.8 release).
//! Every textarea that shows stored text takes it through [`textarea_text`], which escapes
//! exactly when Leptos does not, so it stays right if a later Leptos escapes by itself.
use leptos::html::Textarea;
use leptos::tachys::html::element::ElementType;

/// Whether this build writes textarea text into HTML that Leptos leaves unescaped.
const MUST_ESCAPE: bool = cfg!(feature = "ssr") && !<Textarea as ElementType>::ESCAPE_CHILDREN;

/// `value` as a textarea's child: shown to the person exactly as stored.
pub fn textarea_text(value: String) -> String {
    if MUST_ESCAPE {
        escape(&value)
    } else {
        // In the browser a textarea's child is a text node: text, never markup.
        value
    }
}

fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_breakout_is_text() {
        let hostile = "Feje </textarea><img src=x onerror=alert('mentor')> & </TEXTAREA >";
        let html = escape(hostile);
        assert!(!html.to_ascii_lowercase().contains("</textarea"));
        assert!(!html.contains('<'));
        assert_eq!(html, "Feje &lt;/textarea&gt;&lt;img src=x onerror=alert('mentor')&gt; &amp; &lt;/TEXTAREA &gt;");
    }
}
