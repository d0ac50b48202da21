//! Choosing the theme, colour depth and character set from what the user asked and what the terminal says.
//!
//! Theme: `--theme`, then `POLITY_THEME`, then the background COLORFGBG reports, then the default; NO_COLOR
//! (and `TERM=dumb`) always means monochrome. Depth: COLORTERM truecolor/24bit, then a TERM with 256color,
//! else the 16 basic colours. Characters: ASCII for `--ascii` or `POLITY_ASCII=1`, a terminal that has only
//! ASCII (dumb, vt52, vt100, …), or a locale (LC_ALL, then LC_CTYPE, then LANG) that is set and not UTF-8.
//!
//! Everything reads through a lookup function, so a served session asks its visitor's variables, not the
//! server's.

use super::charset::Charset;
use super::depth::Depth;
use super::palettes::ThemeName;
use clap::ValueEnum;

/// What the command line asked for; the environment fills in the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Asked {
    pub theme: Option<ThemeName>,
    pub ascii: bool,
}

/// The outcome, and a line for stderr when a variable held something unusable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detected {
    pub theme: ThemeName,
    pub depth: Depth,
    pub charset: Charset,
    pub warning: Option<String>,
}

/// Terminals whose character set is ASCII (with line-drawing that ratatui does not use).
const ASCII_TERMS: [&str; 7] = ["dumb", "vt52", "vt100", "vt102", "vt220", "ansi", "unknown"];

pub fn detect(asked: Asked, env: impl Fn(&str) -> Option<String>) -> Detected {
    let set = |name: &str| env(name).filter(|v| !v.is_empty());
    let term = set("TERM").unwrap_or_default().to_ascii_lowercase();
    let mut warning = None;
    let from_variable = set("POLITY_THEME").and_then(|value| {
        let parsed = ThemeName::from_str(value.trim(), true).ok();
        if parsed.is_none() {
            warning = Some(format!(
                "polity: POLITY_THEME={value:?} is not a theme ({}); using the default",
                names().join(", ")
            ));
        }
        parsed
    });
    let no_colour = set("NO_COLOR").is_some() || term == "dumb";
    let theme = if no_colour {
        ThemeName::Monochrome
    } else {
        asked
            .theme
            .or(from_variable)
            .or_else(|| set("COLORFGBG").and_then(|v| background(&v)))
            .unwrap_or_default()
    };
    let depth = match set("COLORTERM").map(|v| v.to_ascii_lowercase()) {
        Some(v) if v == "truecolor" || v == "24bit" => Depth::TrueColor,
        _ if term.contains("256color") => Depth::Indexed,
        _ => Depth::Basic,
    };
    let ascii = asked.ascii
        || set("POLITY_ASCII").is_some_and(|v| v == "1")
        || ASCII_TERMS
            .iter()
            .any(|t| term == *t || term.starts_with(&format!("{t}-")))
        || ["LC_ALL", "LC_CTYPE", "LANG"]
            .iter()
            .find_map(|name| set(name))
            .is_some_and(|locale| !is_utf8(&locale));
    Detected {
        theme,
        depth,
        charset: if ascii {
            Charset::Ascii
        } else {
            Charset::Unicode
        },
        warning,
    }
}

/// The theme names as the command line spells them.
pub fn names() -> Vec<String> {
    ThemeName::value_variants()
        .iter()
        .filter_map(|v| v.to_possible_value())
        .map(|v| v.get_name().to_string())
        .collect()
}

/// The theme for the background colour index that COLORFGBG ends with ("15;0", "0;default;15").
fn background(colorfgbg: &str) -> Option<ThemeName> {
    match colorfgbg.rsplit(';').next()?.trim().parse::<u8>().ok()? {
        7 | 9..=15 => Some(ThemeName::Light),
        0..=6 | 8 => Some(ThemeName::Dark),
        _ => None,
    }
}

/// "en_US.UTF-8", "C.utf8", "de_DE.UTF-8@euro"; not "C", "POSIX" or "en_US.ISO-8859-1".
fn is_utf8(locale: &str) -> bool {
    let lower = locale.to_ascii_lowercase();
    lower.contains("utf-8") || lower.contains("utf8")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(vars: &[(&str, &str)], asked: Asked) -> Detected {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        detect(asked, move |name| {
            vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
        })
    }

    fn theme(vars: &[(&str, &str)]) -> ThemeName {
        with(vars, Asked::default()).theme
    }

    #[test]
    fn nothing_known_gives_the_default() {
        let d = with(&[], Asked::default());
        assert_eq!(
            (d.theme, d.depth, d.charset, d.warning),
            (ThemeName::Default, Depth::Basic, Charset::Unicode, None)
        );
    }

    #[test]
    fn colorfgbg_says_light_or_dark() {
        for bg in ["7", "9", "15"] {
            assert_eq!(
                theme(&[("COLORFGBG", &format!("0;{bg}"))]),
                ThemeName::Light
            );
        }
        for bg in ["0", "6", "8"] {
            assert_eq!(
                theme(&[("COLORFGBG", &format!("15;{bg}"))]),
                ThemeName::Dark
            );
        }
        assert_eq!(theme(&[("COLORFGBG", "0;default;15")]), ThemeName::Light);
        assert_eq!(
            theme(&[("COLORFGBG", "default;default")]),
            ThemeName::Default
        );
        assert_eq!(theme(&[("COLORFGBG", "15;200")]), ThemeName::Default);
    }

    #[test]
    fn the_flag_beats_the_variable_beats_the_background() {
        let vars = [("POLITY_THEME", "light"), ("COLORFGBG", "15;0")];
        assert_eq!(theme(&vars), ThemeName::Light);
        assert_eq!(theme(&vars[1..]), ThemeName::Dark);
        let asked = Asked {
            theme: Some(ThemeName::HighContrast),
            ascii: false,
        };
        assert_eq!(with(&vars, asked).theme, ThemeName::HighContrast);
        assert_eq!(
            theme(&[("POLITY_THEME", "High-Contrast")]),
            ThemeName::HighContrast
        );
        assert_eq!(theme(&[("POLITY_THEME", "mono")]), ThemeName::Monochrome);
    }

    #[test]
    fn no_color_always_wins() {
        let asked = Asked {
            theme: Some(ThemeName::Dark),
            ascii: false,
        };
        let vars = [
            ("NO_COLOR", "1"),
            ("POLITY_THEME", "light"),
            ("COLORFGBG", "0;15"),
        ];
        assert_eq!(with(&vars, asked).theme, ThemeName::Monochrome);
        // An empty NO_COLOR does not count (no-color.org).
        assert_eq!(theme(&[("NO_COLOR", "")]), ThemeName::Default);
        assert_eq!(theme(&[("TERM", "dumb")]), ThemeName::Monochrome);
    }

    #[test]
    fn an_unknown_theme_warns_and_falls_back() {
        let d = with(&[("POLITY_THEME", "solarized\x1b[31m")], Asked::default());
        assert_eq!(d.theme, ThemeName::Default);
        let warning = d.warning.expect("a warning");
        assert!(warning.contains("POLITY_THEME"), "{warning}");
        assert!(!warning.contains('\x1b'), "{warning}");
        assert!(!warning.contains('\n'));
    }

    #[test]
    fn depth_follows_colorterm_then_term() {
        let depth = |vars: &[(&str, &str)]| with(vars, Asked::default()).depth;
        assert_eq!(depth(&[("COLORTERM", "truecolor")]), Depth::TrueColor);
        assert_eq!(
            depth(&[("COLORTERM", "24bit"), ("TERM", "xterm")]),
            Depth::TrueColor
        );
        assert_eq!(depth(&[("TERM", "xterm-256color")]), Depth::Indexed);
        assert_eq!(
            depth(&[("TERM", "screen-256color"), ("COLORTERM", "yes")]),
            Depth::Indexed
        );
        assert_eq!(depth(&[("TERM", "xterm")]), Depth::Basic);
    }

    #[test]
    fn ascii_for_old_terminals_and_other_locales() {
        let charset = |vars: &[(&str, &str)]| with(vars, Asked::default()).charset;
        for term in ["dumb", "vt100", "vt220", "VT52", "ansi", "vt100-am"] {
            assert_eq!(charset(&[("TERM", term)]), Charset::Ascii, "{term}");
        }
        assert_eq!(charset(&[("TERM", "xterm-256color")]), Charset::Unicode);
        assert_eq!(charset(&[("TERM", "linux"), ("LANG", "C")]), Charset::Ascii);
        assert_eq!(
            charset(&[("TERM", "linux"), ("LANG", "en_GB.UTF-8")]),
            Charset::Unicode
        );
        for lang in ["C", "POSIX", "en_US.ISO-8859-1", "ru_RU.KOI8-R"] {
            assert_eq!(charset(&[("LANG", lang)]), Charset::Ascii, "{lang}");
        }
        for lang in ["en_US.UTF-8", "C.utf8", "kk_KZ.UTF-8@latin"] {
            assert_eq!(charset(&[("LANG", lang)]), Charset::Unicode, "{lang}");
        }
        // Unset: nothing is known, so nothing changes.
        assert_eq!(charset(&[]), Charset::Unicode);
    }

    #[test]
    fn lc_all_then_lc_ctype_then_lang() {
        let charset = |vars: &[(&str, &str)]| with(vars, Asked::default()).charset;
        let all = [
            ("LC_ALL", "C"),
            ("LC_CTYPE", "en_US.UTF-8"),
            ("LANG", "en_US.UTF-8"),
        ];
        assert_eq!(charset(&all), Charset::Ascii);
        let ctype = [("LC_CTYPE", "en_US.UTF-8"), ("LANG", "C")];
        assert_eq!(charset(&ctype), Charset::Unicode);
        // An empty LC_ALL is not set.
        assert_eq!(charset(&[("LC_ALL", ""), ("LANG", "C")]), Charset::Ascii);
    }

    #[test]
    fn ascii_can_be_forced() {
        let forced = Asked {
            theme: None,
            ascii: true,
        };
        assert_eq!(
            with(&[("LANG", "en_US.UTF-8")], forced).charset,
            Charset::Ascii
        );
        assert_eq!(
            with(&[("POLITY_ASCII", "1")], Asked::default()).charset,
            Charset::Ascii
        );
        assert_eq!(
            with(&[("POLITY_ASCII", "0")], Asked::default()).charset,
            Charset::Unicode
        );
    }
}
