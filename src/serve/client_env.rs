//! The few environment variables a visitor's client may send that say what its terminal can show; everything
//! else a client sends is refused. Values are kept short, and each name once.

/// Variables kept for choosing the visitor's theme, colour depth and character set.
pub const ACCEPTED: [&str; 9] = [
    "TERM",
    "LANG",
    "LC_ALL",
    "LC_CTYPE",
    "COLORTERM",
    "COLORFGBG",
    "NO_COLOR",
    "POLITY_THEME",
    "POLITY_ASCII",
];

/// Longer values are cut: no terminal's name or locale needs more.
const MAX_VALUE: usize = 64;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClientEnv {
    values: Vec<(&'static str, String)>,
}

impl ClientEnv {
    /// Keeps `name=value` if it is one of `ACCEPTED` (a later value replaces an earlier one); false otherwise.
    pub fn accept(&mut self, name: &str, value: &str) -> bool {
        let Some(&known) = ACCEPTED.iter().find(|&&n| n == name) else {
            return false;
        };
        let value: String = value.chars().take(MAX_VALUE).collect();
        match self.values.iter_mut().find(|(n, _)| *n == known) {
            Some(slot) => slot.1 = value,
            None => self.values.push((known, value)),
        }
        true
    }

    pub fn get(&self, name: &str) -> Option<String> {
        self.values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_what_it_accepts() {
        let mut env = ClientEnv::default();
        assert!(env.accept("NO_COLOR", "1"));
        assert!(env.accept("LANG", "C"));
        assert!(env.accept("LANG", "en_US.UTF-8"));
        assert!(!env.accept("LD_PRELOAD", "/tmp/x.so"));
        assert_eq!(env.get("LANG").as_deref(), Some("en_US.UTF-8"));
        assert_eq!(env.get("NO_COLOR").as_deref(), Some("1"));
        assert_eq!(env.get("LD_PRELOAD"), None);
        env.accept("TERM", &"x".repeat(1000));
        assert_eq!(env.get("TERM").map(|t| t.len()), Some(MAX_VALUE));
    }
}
