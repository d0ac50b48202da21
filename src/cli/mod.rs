//! The command line: what `polity` can be asked to do.

pub mod check;
pub mod completions;
pub mod diagram;
pub mod export;
pub mod man;
pub mod new;
pub mod quiz;
pub mod reference;
pub mod schema;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Default, Parser)]
#[command(
    name = "polity",
    version,
    about = "A terminal guide to how a country is governed"
)]
pub struct Cli {
    /// Read this dataset (RON) instead of the one built in.
    #[arg(long, value_name = "FILE", global = true)]
    pub data: Option<PathBuf>,

    /// Leave the mouse to the terminal, so text can be selected.
    #[arg(long)]
    pub no_mouse: bool,

    /// Kiosk mode: no key leaves the app, and it forgets the visitor after --idle seconds without input.
    #[arg(long)]
    pub kiosk: bool,

    /// With --kiosk: a key chord that lets an operator leave, e.g. ctrl-alt-q or F10.
    #[arg(long, value_name = "CHORD", requires = "kiosk")]
    pub exit_key: Option<String>,

    /// With --kiosk: q and Ctrl-D ask "Leave polity?" and y ends the app (for an SSH account's kiosk).
    #[arg(long, requires = "kiosk")]
    pub visitors_may_leave: bool,

    /// With --kiosk: seconds without input before the app returns to its start screen (0: never).
    #[arg(long, value_name = "SECS", requires = "kiosk")]
    pub idle: Option<u64>,

    /// Show the dataset as of this date (YYYY, YYYY-MM or YYYY-MM-DD): the newest change by its end (2019-06
    /// includes 30 June).
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,

    /// The colours: default, dark, light, high-contrast or monochrome. Without it, POLITY_THEME, then the
    /// background the terminal reports (COLORFGBG); NO_COLOR always means monochrome.
    #[arg(long, value_enum, value_name = "NAME")]
    pub theme: Option<crate::theme::ThemeName>,

    /// Draw with ASCII only: no box drawing, arrows or symbols (also POLITY_ASCII=1; chosen by itself for
    /// TERM=dumb or vt100 and for a locale that is not UTF-8).
    #[arg(long)]
    pub ascii: bool,

    /// Draw the app's first quiz (`Q`) with this number, and each later one with the next, so a class gets the
    /// same questions as `polity quiz --seed N`. Default: a new quiz each time.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    // Guided tours, kiosk attract mode and presenter mode.
    /// Start on a guided tour, named by its id or title (any case).
    #[arg(long, value_name = "NAME")]
    pub tour: Option<String>,

    /// Presenter mode: large headline figures, fewer words, strong contrast (P toggles it).
    #[arg(long)]
    pub present: bool,

    /// With --kiosk: after SECS without input, play the tours on their own until a key is pressed.
    #[arg(long, value_name = "SECS", requires = "kiosk", value_parser = clap::value_parser!(u64).range(1..))]
    pub attract: Option<u64>,

    /// With --attract: seconds each stop stays on screen.
    #[arg(long, value_name = "SECS", requires = "attract", value_parser = clap::value_parser!(u64).range(1..))]
    pub attract_step: Option<u64>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// The command line of this process. A bare `polity` (the usual start) is every flag's default, known
    /// without building clap's parser, which costs start-up more than the rest of the arguments' handling.
    pub fn from_env() -> Cli {
        if std::env::args_os().len() <= 1 {
            Cli::default()
        } else {
            Cli::parse()
        }
    }

    /// What the flags ask of the theme and character set.
    pub fn asked_look(&self) -> crate::theme::Asked {
        crate::theme::Asked {
            theme: self.theme,
            ascii: self.ascii,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a dataset (the built-in one without FILE); exit 2 when it has problems.
    Check {
        /// The dataset file to check.
        file: Option<PathBuf>,
    },
    /// Print the dataset as of a date (default: the newest) as readable text, every fact once, with its
    /// sources and what changed.
    Export {
        #[arg(long, value_enum, default_value_t = ExportFormat::Text)]
        format: ExportFormat,
        /// The date to describe (YYYY, YYYY-MM or YYYY-MM-DD): the newest change by its end
        /// (2019-06 includes 30 June). Default: the newest date in the dataset.
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
    },
    /// Write the court diagram as an SVG picture (for handouts and slides), optionally along a case.
    Diagram(diagram::DiagramArgs),
    /// A quiz drawn from the dataset as of a date, in the plain terminal: type the number of an answer, then
    /// Enter. Works through a pipe.
    Quiz {
        /// The date to ask about (YYYY, YYYY-MM or YYYY-MM-DD): the newest change by its end
        /// (2019-06 includes 30 June). Default: the newest date in the dataset.
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// Pick and order the questions by this number, so the same quiz can be asked again. Default: a new
        /// quiz each time (its seed is printed).
        #[arg(long, value_name = "N")]
        seed: Option<u64>,
        /// How many questions to ask (at least one).
        #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..))]
        questions: u16,
    },
    /// Serve the app over SSH: every connection gets its own app in kiosk mode.
    Serve(crate::serve::ServeArgs),
    /// Write a starter dataset for COUNTRY (one example in every section, valid as written).
    New {
        /// The country's name, as the app shows it.
        country: String,
        /// Where to write it (never over an existing file); stdout without FILE.
        file: Option<PathBuf>,
    },
    /// Print the dataset format: a JSON Schema, or with --markdown the field reference.
    Schema {
        /// The field reference in Markdown instead of the JSON Schema.
        #[arg(long)]
        markdown: bool,
    },
    /// Print a shell completion script, e.g. `polity completions bash > /etc/bash_completion.d/polity`.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `polity man > /usr/local/share/man/man1/polity.1`.
    Man,
}

/// Writes generated output to stdout; a closed pipe (`polity man | head`) is not an error worth a panic.
fn write_stdout(bytes: &[u8]) -> std::process::ExitCode {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("polity: cannot write to stdout ({e})");
            std::process::ExitCode::from(1)
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Text,
    Markdown,
}

/// The dataset (the file, or the built-in one) and the index of its snapshot as of `as_of` (the newest change on
/// or before it; default the newest), with the words to speak in. A malformed or too early date, or a bad file,
/// is printed on stderr, one line each, and gives exit code 2.
pub fn load_as_of(
    file: Option<&std::path::Path>,
    as_of: Option<&str>,
) -> Result<
    (
        crate::model::Timeline,
        usize,
        &'static crate::strings::Strings,
    ),
    std::process::ExitCode,
> {
    use crate::strings;
    let fail = |line: &str| {
        eprintln!("{line}");
        std::process::ExitCode::from(2)
    };
    let asked = match as_of.map(|text| (text, crate::model::Date::parse(text))) {
        None => None,
        Some((_, Some(date))) => Some(date),
        Some((text, None)) => {
            // The dataset is not read yet, so the words are the user's.
            let w = strings::choose([
                strings::user_language(|name| std::env::var(name).ok()).as_deref()
            ]);
            return Err(fail(&(w.export_bad_date)(text)));
        }
    };
    let model = match crate::dataset::load_model(file) {
        Ok(model) => model,
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            return Err(std::process::ExitCode::from(2));
        }
    };
    let timeline = crate::model::Timeline::of(model);
    let w = strings::for_this_user(&timeline.full().data.meta.language);
    let index = match asked.map(|date| (date, timeline.index_as_of(&date))) {
        None => timeline.newest(),
        Some((_, Some(index))) => index,
        Some((date, None)) => {
            let first = timeline.dates().first().map(ToString::to_string);
            return Err(fail(&(w.export_too_early)(
                &date.to_string(),
                &first.unwrap_or_default(),
            )));
        }
    };
    Ok((timeline, index, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_command_line_is_the_default_cli() {
        let parsed = Cli::try_parse_from(["polity"]).expect("no arguments parse");
        assert_eq!(format!("{parsed:?}"), format!("{:?}", Cli::default()));
    }
}
