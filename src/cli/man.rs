//! `polity man`: the manual page (roff), generated from the command-line definition with one section per
//! subcommand, so it always lists the options the binary really takes.

use super::Cli;
use clap::CommandFactory;
use std::process::ExitCode;

/// The whole page: polity(1), then a section per subcommand with its synopsis and options.
pub fn page() -> std::io::Result<Vec<u8>> {
    let command = Cli::command();
    let mut out = Vec::new();
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        out.extend(subcommand_section(sub)?);
    }
    man.render_version_section(&mut out)?;
    Ok(out)
}

/// One subcommand as a section of the main page rather than a page of its own: its name and summary as
/// the heading, its synopsis and options as subsections.
fn subcommand_section(sub: &clap::Command) -> std::io::Result<Vec<u8>> {
    let name = format!("polity {}", sub.get_name());
    let sub = sub.clone().name(name.clone()).bin_name(name.clone());
    let man = clap_mangen::Man::new(sub.clone());
    let mut roff = Vec::new();
    man.render_synopsis_section(&mut roff)?;
    man.render_options_section(&mut roff)?;
    let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
    let mut out = format!(".SH \"{}\"\n{}\n", name.to_uppercase(), roff_text(&about));
    for line in String::from_utf8_lossy(&roff).lines() {
        let line = match line {
            ".SH SYNOPSIS" => ".SS Synopsis",
            ".SH OPTIONS" => ".SS Options",
            other => other,
        };
        out.push_str(line);
        out.push('\n');
    }
    Ok(out.into_bytes())
}

/// Plain text made safe for roff: backslashes and hyphens escaped, no line starting with a control character.
fn roff_text(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    match escaped.chars().next() {
        Some('.') | Some('\'') => format!("\\&{escaped}"),
        _ => escaped,
    }
}

/// Prints the page on stdout: `polity man > polity.1`, or `polity man | man -l -`.
pub fn run() -> ExitCode {
    match page() {
        Ok(text) => super::write_stdout(&text),
        Err(e) => {
            eprintln!("polity: cannot write the manual page ({e})");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_subcommand_and_option_is_on_the_page() {
        let page = String::from_utf8(page().expect("the page renders")).expect("UTF-8 roff");
        assert!(
            page.starts_with(".ie") || page.contains(".TH polity 1"),
            "{page}"
        );
        for heading in [
            "POLITY CHECK",
            "POLITY SERVE",
            "POLITY COMPLETIONS",
            "POLITY MAN",
        ] {
            assert!(page.contains(&format!(".SH \"{heading}\"")), "{heading}");
        }
        assert!(
            page.contains("max\\-sessions"),
            "serve's options are listed"
        );
        assert!(
            !page.contains("polity\\-serve(1)"),
            "no page that does not exist is named"
        );
    }
}
