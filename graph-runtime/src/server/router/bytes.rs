//! Byte searches and comparisons for matching request paths, eight bytes
//! at a time: every request's path is split at `/`, compared with the
//! route table's literal segments and percent-decoded, so these run on
//! every byte of every path.

/// One in every byte of a word.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte of a word.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The position of the first `needle` in `haystack`.
pub(crate) fn find_byte(haystack: &[u8], needle: u8) -> Option<usize> {
    let pattern = ONES * u64::from(needle);
    let mut chunks = haystack.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        // A byte equal to the needle is zero after the XOR; the lowest byte
        // flagged by the zero-byte test is exact (only bytes above it may be
        // flagged falsely, by the borrow).
        let word = load(chunk) ^ pattern;
        let zero = word.wrapping_sub(ONES) & !word & HIGH;
        if zero != 0 {
            return Some(offset + (zero.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| b == needle)
        .map(|i| offset + i)
}

/// ASCII text folded to lower case and packed into words, to be compared
/// with a path segment eight bytes at a time. The first word is kept in
/// place: most literal segments (`me`, `users`, `messages`) fit in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Folded {
    len: usize,
    first: u64,
    rest: Box<[u64]>,
}

impl Folded {
    /// `text` folded to ASCII lower case.
    pub(crate) fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let (head, tail) = bytes.split_at(bytes.len().min(8));
        Folded {
            len: bytes.len(),
            first: fold(load_padded(head)),
            rest: tail.chunks(8).map(|c| fold(load_padded(c))).collect(),
        }
    }

    /// Whether `segment` equals this text, ASCII case-insensitively.
    pub(crate) fn matches(&self, segment: &[u8]) -> bool {
        if segment.len() != self.len {
            return false;
        }
        let (head, tail) = segment.split_at(segment.len().min(8));
        fold(load_padded(head)) == self.first
            && tail
                .chunks(8)
                .zip(self.rest.iter())
                .all(|(chunk, &word)| fold(load_padded(chunk)) == word)
    }

    /// The folded text itself.
    pub(crate) fn text(&self) -> String {
        let bytes: Vec<u8> = std::iter::once(self.first)
            .chain(self.rest.iter().copied())
            .flat_map(u64::to_le_bytes)
            .take(self.len)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

/// `bytes` percent-decoded (`%` and two hex digits is one byte; a `%`
/// without them stays as it is), or `None` when the result is not UTF-8.
pub(crate) fn percent_decode(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let Some(first) = find_byte(bytes, b'%') else {
        return Some(raw.to_owned());
    };
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&bytes[..first]);
    let mut at = first;
    // Each turn starts at a `%` and copies up to the next one.
    loop {
        let escaped = match (bytes.get(at + 1), bytes.get(at + 2)) {
            (Some(&high), Some(&low)) => hex(high).zip(hex(low)).map(|(h, l)| h << 4 | l),
            _ => None,
        };
        let from = match escaped {
            Some(byte) => {
                out.push(byte);
                at + 3
            }
            None => {
                out.push(b'%');
                at + 1
            }
        };
        let rest = bytes.get(from..).unwrap_or_default();
        let run = find_byte(rest, b'%').unwrap_or(rest.len());
        out.extend_from_slice(&rest[..run]);
        at = from + run;
        if at >= bytes.len() {
            break;
        }
    }
    String::from_utf8(out).ok()
}

/// The value of one hex digit.
fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Eight bytes as a little-endian word.
fn load(chunk: &[u8]) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(chunk);
    u64::from_le_bytes(word)
}

/// Up to eight bytes as a word, padded with zero bytes.
fn load_padded(chunk: &[u8]) -> u64 {
    let mut word = [0; 8];
    word[..chunk.len()].copy_from_slice(chunk);
    u64::from_le_bytes(word)
}

/// Every byte of `word` in `A..=Z` made lower case; all others kept. No
/// byte's sum carries into the next: each adds to at most 0x7f.
fn fold(word: u64) -> u64 {
    let low7 = word & !HIGH;
    let at_least_a = low7 + ONES * u64::from(0x80 - b'A');
    let above_z = low7 + ONES * u64::from(0x80 - b'Z' - 1);
    let upper = at_least_a & !above_z & !word & HIGH;
    word | (upper >> 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_byte_agrees_with_a_plain_search() {
        let texts = [
            "",
            "/",
            "abc",
            "abcdefg/",
            "abcdefgh/",
            "abcdefghijklmnop/q",
            "v1.0/users/adele%40contoso.com/messages",
            "\u{e9}\u{e9}\u{e9}\u{e9}/x",
            "////////",
        ];
        for text in texts {
            for needle in [b'/', b'%', b'q', 0x80, 0xff] {
                assert_eq!(
                    find_byte(text.as_bytes(), needle),
                    text.bytes().position(|b| b == needle),
                    "{text:?} {needle}"
                );
            }
        }
    }

    #[test]
    fn folded_text_matches_case_insensitively_and_exactly_in_length() {
        let folded = Folded::new("mailFolders");
        assert!(folded.matches(b"mailfolders"));
        assert!(folded.matches(b"MAILFOLDERS"));
        assert!(folded.matches(b"mailFolders"));
        assert!(!folded.matches(b"mailFolder"));
        assert!(!folded.matches(b"mailFolders2"));
        assert!(!folded.matches(b"mailFoldera"));
        // Only ASCII letters fold: `@` and `` ` `` sit next to `A` and `a`,
        // `[` and `{` next to `Z` and `z`; bytes above 0x7f never fold.
        for (a, b) in [("@", "`"), ("[", "{"), ("\u{c0}", "\u{e0}")] {
            assert!(!Folded::new(a).matches(b.as_bytes()), "{a} {b}");
        }
        for len in 0..20 {
            let upper: String = (0..len).map(|i| (b'A' + i % 26) as char).collect();
            let lower = upper.to_ascii_lowercase();
            assert!(Folded::new(&lower).matches(upper.as_bytes()));
            assert_eq!(Folded::new(&upper).text(), lower);
        }
        assert_eq!(
            Folded::new("\u{e9}t\u{e9}-2024").text(),
            "\u{e9}t\u{e9}-2024"
        );
    }

    #[test]
    fn fold_agrees_with_std_on_every_byte() {
        for b in 0..=255u8 {
            let word = u64::from_le_bytes([b, 0, b, 0xff, b, b'A', b'z', b]);
            let want: Vec<u8> = word
                .to_le_bytes()
                .iter()
                .map(u8::to_ascii_lowercase)
                .collect();
            assert_eq!(fold(word).to_le_bytes().to_vec(), want, "{b:#x}");
        }
    }

    #[test]
    fn percent_decode_agrees_with_the_percent_encoding_crate() {
        let texts = [
            "",
            "plain",
            "adele%40contoso.com",
            "AAMkAGI2TG93AAA%3D",
            "%",
            "%4",
            "%zz",
            "a%%41",
            "%41%42%43",
            "100%",
            "%C3%A9t%C3%A9",
            "%ff",
            "long%20text%20with%20several%20escapes%2F%2f",
        ];
        for text in texts {
            let want = percent_encoding::percent_decode_str(text)
                .decode_utf8()
                .ok()
                .map(|v| v.into_owned());
            assert_eq!(percent_decode(text), want, "{text:?}");
        }
    }
}
