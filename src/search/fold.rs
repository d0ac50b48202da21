//! Text folded for matching: lower case, without diacritics, one folded char per original char.

/// `text` in lower case with Latin and Cyrillic diacritics removed. Every char of `text` becomes exactly one
/// char, so a match's char position in the folded text is its position in the original.
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// One char folded: its lower case, then its base letter.
pub fn fold_char(c: char) -> char {
    // Most of the text is ASCII, whose folding is its lower case.
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    base_letter(lower)
}

fn base_letter(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        // Cyrillic letters that are a base letter with a mark.
        'ё' => 'е',
        'й' => 'и',
        'ғ' => 'г',
        'қ' => 'к',
        'ң' => 'н',
        'ө' => 'о',
        'ү' | 'ұ' => 'у',
        other => other,
    }
}

/// Char positions where `needle` (already folded) starts in `hay` (already folded), not overlapping.
pub fn positions(hay: &str, needle: &str) -> Vec<usize> {
    let mut found = Vec::new();
    if needle.is_empty() {
        return found;
    }
    let needle_chars = needle.chars().count();
    let mut byte = 0;
    while let Some(at) = hay[byte..].find(needle) {
        let start = byte + at;
        found.push(hay[..start].chars().count());
        byte = start + needle.len();
    }
    debug_assert!(
        found
            .iter()
            .all(|&p| p + needle_chars <= hay.chars().count())
    );
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_diacritics_and_keeps_char_count() {
        assert_eq!(fold("Dïetrat ÉLAN"), "dietrat elan");
        assert_eq!(fold("Сенат Ёлка Қазақ"), "сенат елка казак");
        for text in ["Zürich", "Ақорда", "İstanbul", "ß"] {
            assert_eq!(fold(text).chars().count(), text.chars().count(), "{text}");
        }
    }

    #[test]
    fn positions_are_in_chars() {
        assert_eq!(positions(&fold("Сенат и сенаторы"), "сенат"), vec![0, 8]);
        assert_eq!(positions("abc", ""), Vec::<usize>::new());
    }
}
