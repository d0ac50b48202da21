//! RON text read into an untyped tree that keeps where every value starts, for reporting problems by line and
//! column: the structural check walks it against the schema, and semantic problems find their item in it.
//!
//! It accepts the RON that datasets use (records, tuples, lists, maps, text, numbers, characters, bare
//! names, comments) and gives up, with `None`, on anything it does not understand or nested too deep; the
//! typed parser's own error is then the report.

/// A line and column, both 1-based; the column counts characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

/// One value and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub pos: Pos,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `(field: value, ...)` or `Name(field: value, ...)`; each field with where its name starts.
    Record {
        name: Option<String>,
        fields: Vec<(String, Pos, Node)>,
    },
    /// `(a, b)`, `Name(a, b)` or `Some(a)`.
    Tuple {
        name: Option<String>,
        items: Vec<Node>,
    },
    List(Vec<Node>),
    Map(Vec<(Node, Node)>),
    Text(String),
    Integer(i128),
    Float(f64),
    Char(char),
    /// A bare name: an enum variant, `None`, `true` or `false`.
    Name(String),
}

impl Node {
    /// The value of field `name` when this is a record.
    pub fn field(&self, name: &str) -> Option<&Node> {
        match &self.value {
            Value::Record { fields, .. } => {
                fields.iter().find(|(f, _, _)| f == name).map(|(_, _, n)| n)
            }
            _ => None,
        }
    }

    /// What `Some(x)` holds; the node itself otherwise.
    pub fn unwrapped(&self) -> &Node {
        match &self.value {
            Value::Tuple {
                name: Some(n),
                items,
            } if n == "Some" && items.len() == 1 => &items[0],
            _ => self,
        }
    }
}

/// Deeper nesting than any dataset needs is given up on rather than followed down the stack.
const MAX_DEPTH: usize = 128;

/// The tree of `text`, or `None` when it is not RON this reader understands.
pub fn parse(text: &str) -> Option<Node> {
    let mut p = Parser {
        chars: text.chars().collect(),
        at: 0,
        line: 1,
        col: 1,
        depth: 0,
    };
    p.skip_space();
    while p.peek() == Some('#') {
        p.skip_attribute()?;
        p.skip_space();
    }
    let node = p.value()?;
    p.skip_space();
    p.peek().is_none().then_some(node)
}

struct Parser {
    chars: Vec<char>,
    at: usize,
    line: usize,
    col: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.at + ahead).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn pos(&self) -> Pos {
        Pos {
            line: self.line,
            col: self.col,
        }
    }

    fn eat(&mut self, c: char) -> Option<()> {
        (self.bump()? == c).then_some(())
    }

    /// Whitespace and comments (`// ...` and nested `/* ... */`).
    fn skip_space(&mut self) {
        loop {
            match (self.peek(), self.peek_at(1)) {
                (Some(c), _) if c.is_whitespace() => {
                    self.bump();
                }
                (Some('/'), Some('/')) => {
                    while self.peek().is_some_and(|c| c != '\n') {
                        self.bump();
                    }
                }
                (Some('/'), Some('*')) => {
                    let mut open = 0usize;
                    loop {
                        match (self.peek(), self.peek_at(1)) {
                            (Some('/'), Some('*')) => {
                                open += 1;
                                self.bump();
                                self.bump();
                            }
                            (Some('*'), Some('/')) => {
                                open -= 1;
                                self.bump();
                                self.bump();
                                if open == 0 {
                                    break;
                                }
                            }
                            (Some(_), _) => {
                                self.bump();
                            }
                            (None, _) => return,
                        }
                    }
                }
                _ => return,
            }
        }
    }

    /// `#![enable(...)]` at the top of a file.
    fn skip_attribute(&mut self) -> Option<()> {
        while self.bump()? != ']' {}
        Some(())
    }

    fn value(&mut self) -> Option<Node> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let pos = self.pos();
        let value = match self.peek()? {
            '(' => self.parenthesised(None)?,
            '[' => Value::List(self.list()?),
            '{' => Value::Map(self.map()?),
            '"' => Value::Text(self.text()?),
            '\'' => Value::Char(self.character()?),
            'r' if matches!(self.peek_at(1), Some('"' | '#')) => Value::Text(self.raw_text()?),
            c if c.is_ascii_digit() || c == '-' || c == '+' || c == '.' => self.number()?,
            c if c.is_alphabetic() || c == '_' => {
                let name = self.name()?;
                self.skip_space();
                if self.peek() == Some('(') {
                    self.parenthesised(Some(name))?
                } else {
                    Value::Name(name)
                }
            }
            _ => return None,
        };
        self.depth -= 1;
        Some(Node { pos, value })
    }

    fn name(&mut self) -> Option<String> {
        let mut out = String::new();
        if self.peek() == Some('r') && self.peek_at(1) == Some('#') {
            self.bump();
            self.bump();
        }
        while let Some(c) = self.peek().filter(|c| c.is_alphanumeric() || *c == '_') {
            out.push(c);
            self.bump();
        }
        (!out.is_empty()).then_some(out)
    }

    /// `( ... )` after an optional name: a record when it starts with `field:`, a tuple otherwise.
    fn parenthesised(&mut self, name: Option<String>) -> Option<Value> {
        self.eat('(')?;
        self.skip_space();
        if self.is_field_start() {
            let mut fields = Vec::new();
            loop {
                self.skip_space();
                if self.peek() == Some(')') {
                    break;
                }
                let at = self.pos();
                let field = self.name()?;
                self.skip_space();
                self.eat(':')?;
                self.skip_space();
                let value = self.value()?;
                fields.push((field, at, value));
                if !self.separator(')')? {
                    break;
                }
            }
            self.eat(')')?;
            return Some(Value::Record { name, fields });
        }
        let items = self.sequence(')')?;
        Some(Value::Tuple { name, items })
    }

    /// Whether a name followed by `:` (and not `::`) starts here.
    fn is_field_start(&self) -> bool {
        let mut i = self.at;
        if self.chars.get(i) == Some(&'r') && self.chars.get(i + 1) == Some(&'#') {
            i += 2;
        }
        let start = i;
        while self
            .chars
            .get(i)
            .is_some_and(|c| c.is_alphanumeric() || *c == '_')
        {
            i += 1;
        }
        if i == start || self.chars[start].is_ascii_digit() {
            return false;
        }
        while self.chars.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
        }
        self.chars.get(i) == Some(&':') && self.chars.get(i + 1) != Some(&':')
    }

    /// After an item: `,` (true: more may follow) or the closing bracket (false).
    fn separator(&mut self, close: char) -> Option<bool> {
        self.skip_space();
        match self.peek()? {
            ',' => {
                self.bump();
                Some(true)
            }
            c if c == close => Some(false),
            _ => None,
        }
    }

    fn sequence(&mut self, close: char) -> Option<Vec<Node>> {
        let mut items = Vec::new();
        loop {
            self.skip_space();
            if self.peek() == Some(close) {
                break;
            }
            items.push(self.value()?);
            if !self.separator(close)? {
                break;
            }
        }
        self.eat(close)?;
        Some(items)
    }

    fn list(&mut self) -> Option<Vec<Node>> {
        self.eat('[')?;
        self.sequence(']')
    }

    fn map(&mut self) -> Option<Vec<(Node, Node)>> {
        self.eat('{')?;
        let mut entries = Vec::new();
        loop {
            self.skip_space();
            if self.peek() == Some('}') {
                break;
            }
            let key = self.value()?;
            self.skip_space();
            self.eat(':')?;
            self.skip_space();
            let value = self.value()?;
            entries.push((key, value));
            if !self.separator('}')? {
                break;
            }
        }
        self.eat('}')?;
        Some(entries)
    }

    fn escape(&mut self) -> Option<char> {
        match self.bump()? {
            'n' => Some('\n'),
            't' => Some('\t'),
            'r' => Some('\r'),
            '0' => Some('\0'),
            'x' => {
                let hex: String = [self.bump()?, self.bump()?].iter().collect();
                char::from_u32(u32::from_str_radix(&hex, 16).ok()?)
            }
            'u' => {
                self.eat('{')?;
                let mut hex = String::new();
                while let Some(c) = self.bump().filter(|c| *c != '}') {
                    hex.push(c);
                }
                char::from_u32(u32::from_str_radix(&hex, 16).ok()?)
            }
            c => Some(c),
        }
    }

    fn text(&mut self) -> Option<String> {
        self.eat('"')?;
        let mut out = String::new();
        loop {
            match self.bump()? {
                '"' => return Some(out),
                '\\' => out.push(self.escape()?),
                c => out.push(c),
            }
        }
    }

    fn raw_text(&mut self) -> Option<String> {
        self.eat('r')?;
        let mut hashes = 0;
        while self.peek() == Some('#') {
            self.bump();
            hashes += 1;
        }
        self.eat('"')?;
        let mut out = String::new();
        loop {
            let c = self.bump()?;
            if c == '"' && (0..hashes).all(|i| self.peek_at(i) == Some('#')) {
                for _ in 0..hashes {
                    self.bump();
                }
                return Some(out);
            }
            out.push(c);
        }
    }

    fn character(&mut self) -> Option<char> {
        self.eat('\'')?;
        let c = match self.bump()? {
            '\\' => self.escape()?,
            c => c,
        };
        self.eat('\'')?;
        Some(c)
    }

    fn number(&mut self) -> Option<Value> {
        let mut raw = String::new();
        while let Some(c) = self
            .peek()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+' | '_'))
        {
            // A sign only leads the number or follows an exponent.
            if matches!(c, '-' | '+') && !(raw.is_empty() || raw.ends_with(['e', 'E'])) {
                break;
            }
            raw.push(c);
            self.bump();
        }
        let clean = raw.replace('_', "");
        if let Ok(n) = clean.parse::<i128>() {
            return Some(Value::Integer(n));
        }
        let (sign, digits) = match clean.strip_prefix('-') {
            Some(rest) => (-1, rest),
            None => (1, clean.trim_start_matches('+')),
        };
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
            if let Some(d) = digits.strip_prefix(prefix) {
                return i128::from_str_radix(d, radix)
                    .ok()
                    .map(|n| Value::Integer(sign * n));
            }
        }
        match clean.as_str() {
            "inf" | "+inf" => Some(Value::Float(f64::INFINITY)),
            "-inf" => Some(Value::Float(f64::NEG_INFINITY)),
            "NaN" => Some(Value::Float(f64::NAN)),
            _ => clean.parse::<f64>().ok().map(Value::Float),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_keep_where_they_start() {
        let text = "// a comment\n(\n  name: \"A \\\"b\\\"\",\n  list: [1, -2.5, Some('x')],\n  map: {\"k\": r#\"v\"#},\n  kind: Court,\n)";
        let root = parse(text).expect("parses");
        assert_eq!(root.pos, Pos { line: 2, col: 1 });
        let name = root.field("name").unwrap();
        assert_eq!(name.value, Value::Text("A \"b\"".into()));
        assert_eq!(name.pos, Pos { line: 3, col: 9 });
        let Value::List(items) = &root.field("list").unwrap().value else {
            panic!("a list")
        };
        assert_eq!(items[1].value, Value::Float(-2.5));
        assert_eq!(items[2].unwrapped().value, Value::Char('x'));
        assert_eq!(
            root.field("kind").unwrap().value,
            Value::Name("Court".into())
        );
    }

    #[test]
    fn broken_or_deep_text_gives_up() {
        assert!(parse("(a: ]").is_none());
        assert!(parse("(a: 1) trailing").is_none());
        assert!(parse(&"[".repeat(100_000)).is_none());
        assert!(parse("\"unterminated").is_none());
    }
}
