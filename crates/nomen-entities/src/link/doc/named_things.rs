//! A place's name used as the name of another thing: a ship, a work's title, the
//! shared head noun of two names joined by a list word.
//!
//! - **Ships.** Navies name ships after places (`Izumo`, `Moskva`, `Belfast`), and
//!   the press writes the ship's name after a navy's prefix in capitals (`USS San
//!   Francisco`, `HMS Belfast`), after a warship's noun (`the carrier Izumo`, `der
//!   Zerstörer Mölders`), or before one after an article (`the Izumo helicopter
//!   carrier`). Once a document writes a name so, its other mentions of that name
//!   are the ship too (`the capability of the Izumo`, `the 249-metre-long Izumo`),
//!   as a story names one Izumo; not after a preposition of place right before it
//!   (`in Izumo`). A country's name is the navy's, not the ship's (`the US aircraft
//!   carrier`), and is left alone.
//! - **Titles.** A quotation that opens with the place's name and goes on with
//!   capitalised words to its closing mark (`"America's Funniest Home Videos."`,
//!   `"Russia's Hooligan Army"`) is the title of a work, not a sentence.
//! - **Shared heads.** Two names joined by a list word before one plural head noun
//!   share it: `the Astana and the Geneva processes`, `Donetsk and Lugansk people's
//!   republics`: the first place is a name of the head's thing as the second is. A
//!   people's republic named after the place is a state, not the place (`Donetsk
//!   People's Republic`).
//! - **Titles in title case.** In running text, a run of capitalised words that has a
//!   capitalised function word inside it (`China's War With Japan`, `Inside Out Of
//!   Europe`) is a title written in title case, as sentences write their function
//!   words in lowercase: a place inside it is the title's word.
//! - **Bills.** A place's name before a parenthesis of capitalised words and the noun of
//!   a bill or an act (`European Union (Amendment) Bill`, `City of London (Ward
//!   Elections) Bill`) is the statute's short title.
//! - **Listed possessions.** A city's name after a possessive in a list of
//!   possessives whose other possession is no place's name (`Germany's Volkswagen and
//!   Japan's Toyota`, `Spain's Barcelona, Italy's Juventus`) is a thing of the other's
//!   kind, a company or a club, not the place (`Germany's Hamburg and Italy's Genoa`
//!   keep their places).
//! - **Teams' names.** In English running text, a city's name after a lowercase word
//!   and before one capitalised plural (`the Los Angeles Dodgers`, `the NFL champion
//!   Green Bay Packers`) is a team's name, as sentences write a plural noun after a
//!   place's name in lowercase (`the Los Angeles fires`); not after a preposition of
//!   place (`in Damascus Syrians celebrated`), nor before a state's office (`the New
//!   York Senators`, which the state's rules read) or a meeting's noun (`the Geneva
//!   Talks`, named by their venue).
//! - **Groups of two peoples.** A place's name joined by a hyphen to a capitalised word
//!   that is no place's name, and followed by the noun of a body (`the British-Brazil
//!   group`, `the German-Brazil Chamber`), names that body: a parliament's friendship
//!   group, a chamber of commerce.

use std::collections::HashSet;

use super::{Cand, Case, Doc, Key};
use crate::hash::FxBuild;
use crate::link::place;
use crate::link::word_set::WordSet;

/// Folded nouns of warships, in the languages told apart, that come before a ship's
/// name (`the carrier Izumo`, `la fragata Almirante Juan de Borbón`) or after it
/// and an article (`the Izumo carrier`). Not `ship`, `vessel`, `ferry` nor `tanker`:
/// a ferry or a tanker is named by its port (`the Dover ferry`).
static WARSHIP_WORDS: WordSet = WordSet::new(&[
    // English
    "carrier",
    "warship",
    "destroyer",
    "frigate",
    "cruiser",
    "submarine",
    "battleship",
    "corvette",
    "icebreaker",
    "minesweeper",
    // German
    "flugzeugtrager",
    "hubschraubertrager",
    "kriegsschiff",
    "zerstorer",
    "fregatte",
    "kreuzer",
    "korvette",
    "eisbrecher",
    // Spanish, Portuguese
    "portaaviones",
    "portahelicopteros",
    "destructor",
    "fragata",
    "corbeta",
    "rompehielos",
    "cruzador",
    "corveta",
    "contratorpedeiro",
    // Italian
    "portaerei",
    "cacciatorpediniere",
    "fregata",
    "incrociatore",
    "corvetta",
    "rompighiaccio",
    // French
    "fregate",
    "croiseur",
]);

/// Folded prefixes of navies' ship names, written in capitals before the name
/// (`USS Ronald Reagan`, `HMS Belfast`, `INS Vikrant`, `ARA San Juan`).
static SHIP_PREFIXES: WordSet = WordSet::new(&[
    "uss", "usns", "uscgc", "hms", "hmas", "hmcs", "hmnzs", "ins", "rfa", "ara", "rms",
]);

/// Whether a warship's noun is read before the ship's name (`the carrier Izumo`)
/// or after it (`the Izumo helicopter carrier`).
fn is_warship_word(folded: &str) -> bool {
    WARSHIP_WORDS.contains(folded)
}

/// A run of up to three capitalised words of a ship's name, by its first and last
/// token ids and its length: every shorter run inside it too, as a candidate may be
/// any of them (`San Francisco` of `USS San Francisco`).
type NameRun = (u32, u32, usize);

impl Doc<'_> {
    /// True when the span, a place's name that is not a country's, names a ship
    /// somewhere in the document (see the module's docs), and no preposition of
    /// place is right before it here.
    pub(super) fn names_ship(&self, c: &Cand, key: &Key) -> bool {
        if self.country_entity(key.entity) {
            return false;
        }
        let ships = self.ships.get_or_init(|| self.ship_names());
        if ships.is_empty() {
            return false;
        }
        let toks = &self.texts[c.field].toks;
        ships.contains(&(toks[c.start].id, toks[c.end - 1].id, c.end - c.start))
            && !self.after_place_preposition(c)
    }

    /// The names the document writes as ships' names: after a navy's prefix or a
    /// warship's noun, or after an article and before a warship's noun (one
    /// lowercase word between: `helicopter carrier`; `carrier` only so, as a
    /// `carrier` alone after a city is an airline, `the Dubai carrier`).
    fn ship_names(&self) -> HashSet<NameRun, FxBuild> {
        let mut ships = HashSet::default();
        for (f, ft) in self.texts.iter().enumerate() {
            let folded = ft.folded.as_str().as_bytes();
            for (i, t) in ft.toks.iter().enumerate() {
                // (Nearly every token is passed over on its first byte and length,
                // before its word is made.)
                let len = t.folded.end - t.folded.start;
                let Some(&first) = folded.get(t.folded.start) else {
                    continue;
                };
                if t.ideograph
                    || !(SHIP_PREFIXES.may_hold(first, len) || WARSHIP_WORDS.may_hold(first, len))
                {
                    continue;
                }
                let word = self.tok_text(f, i);
                if SHIP_PREFIXES.contains(word) {
                    if self.shouted(f, i) {
                        if let Some(n) = self.adjacent_after(f, i + 1) {
                            self.add_name_run(&mut ships, f, n, true);
                        }
                    }
                    continue;
                }
                if !is_warship_word(word) || self.shouted(f, i) {
                    continue;
                }
                if let Some(n) = self.adjacent_after(f, i + 1) {
                    self.add_name_run(&mut ships, f, n, true);
                }
                let Some(mut p) = self.adjacent_before(f, i) else {
                    continue;
                };
                let modified = self.tok_case(f, p) == Case::Lower && !self.word(f, p).function;
                if modified {
                    match self.adjacent_before(f, p) {
                        Some(q) => p = q,
                        None => continue,
                    }
                } else if word == "carrier" {
                    continue;
                }
                self.add_name_run(&mut ships, f, p, false);
            }
        }
        ships
    }

    /// Adds the run of up to three capitalised words (not in capitals) from token
    /// `from`, forward or backward, and every run inside it; backward, only where an
    /// article comes before the run (`The Izumo helicopter carrier`).
    fn add_name_run(
        &self,
        ships: &mut HashSet<NameRun, FxBuild>,
        f: usize,
        from: usize,
        forward: bool,
    ) {
        let named = |i: usize| self.capitalised_content(f, i) && !self.shouted(f, i);
        if !named(from) {
            return;
        }
        let (mut first, mut last) = (from, from);
        for _ in 0..2 {
            let next = if forward {
                self.adjacent_after(f, last + 1)
            } else {
                self.adjacent_before(f, first)
            };
            match next.filter(|&n| named(n)) {
                Some(n) if forward => last = n,
                Some(n) => first = n,
                None => break,
            }
        }
        if !forward
            && !self
                .adjacent_before(f, first)
                .is_some_and(|a| place::is_english_article(self.tok_text(f, a)))
        {
            return;
        }
        let toks = &self.texts[f].toks;
        for a in first..=last {
            for b in a..=last {
                ships.insert((toks[a].id, toks[b].id, b + 1 - a));
            }
        }
    }

    /// True when a quotation mark opens right before the span and the quotation
    /// goes on after it, the possessive `'s` perhaps first, with one to five words,
    /// each capitalised but for short function words between them, to its closing
    /// mark (a full stop or a comma perhaps before it): a work's title
    /// (`"America's Funniest Home Videos."`), not a quoted sentence.
    pub(super) fn opens_quoted_work(&self, c: &Cand) -> bool {
        let f = c.field;
        let ft = &self.texts[f];
        if !self.quote_opens_before(f, c.start, &['"', '„', '“', '«', '‚', '‘']) {
            return false;
        }
        let mut at = c.end;
        // The possessive `'s` (`Russia's`).
        if let Some(s) = ft.toks.get(at) {
            if &ft.text[s.original.clone()] == "s"
                && matches!(
                    &ft.text[ft.toks[at - 1].original.end..s.original.start],
                    "'" | "\u{2019}"
                )
            {
                at += 1;
            }
        }
        let closes = |i: usize| {
            let rest = &ft.text[ft.toks[i].original.end..];
            let rest = rest.strip_prefix(['.', ',', '!', '?']).unwrap_or(rest);
            rest.starts_with(['"', '“', '”', '»', '‘', '’'])
        };
        for _ in 0..5 {
            let Some(n) = self.adjacent_after(f, at) else {
                return false;
            };
            let function = self.tok_case(f, n) == Case::Lower
                && self.word(f, n).function
                && self.tok_text(f, n).len() <= 3;
            if !(function || (self.capitalised_content(f, n) && !self.shouted(f, n))) {
                return false;
            }
            if closes(n) {
                return !function;
            }
            at = n + 1;
        }
        false
    }

    /// True when the span ends a quoted title: a quotation mark opens before one to
    /// five words right before the span, the first capitalised, each capitalised but
    /// for short function words, one at least a capitalised word that is no function
    /// word, and the quotation closes right after the span (a comma perhaps before
    /// the mark) or a colon opens a subtitle there (`"The Purple Rose of
    /// Cairo"`, `"Eichmann in Jerusalem: A Report on the Banality of Evil"`, `the
    /// "Winter White House"`): a work's or a nickname's title, not a quoted sentence
    /// (`"We are in Paris"`, `"We must leave Syria"`), nor a place after an article.
    pub(super) fn closes_quoted_work(&self, c: &Cand) -> bool {
        const OPENING: &[char] = &['"', '„', '“', '«', '‚', '‘'];
        let f = c.field;
        let ft = &self.texts[f];
        let after = &ft.text[ft.toks[c.end - 1].original.end..];
        // (A comma may come before the mark, as American English writes a title
        // inside a sentence; not a full stop, which ends a quoted sentence or a slogan:
        // `"For Protection of St. Petersburg."`.)
        let closed = after
            .strip_prefix(',')
            .unwrap_or(after)
            .starts_with(['"', '“', '”', '»', '‘', '’']);
        if !(closed || after.starts_with(':')) {
            return false;
        }
        // (Not a place after its own article, the phrase's object: `the "Switzerland of
        // the Middle East"`, Oman, speaks of the Middle East.)
        if self
            .adjacent_before(f, c.start)
            .is_some_and(|p| place::is_english_article(self.tok_text(f, p)))
        {
            return false;
        }
        let (mut at, mut content) = (c.start, false);
        for _ in 0..5 {
            let Some(p) = self.adjacent_before(f, at) else {
                return false;
            };
            let upper = self.tok_case(f, p) == Case::Upper && !self.shouted(f, p);
            let function = self.word(f, p).function;
            if !(upper || (function && self.tok_text(f, p).len() <= 3)) {
                return false;
            }
            content |= upper && !function;
            if self.quote_opens_before(f, p, OPENING) {
                return upper && content;
            }
            at = p;
        }
        false
    }

    /// True when the span, a place's name that is not a country's, is the first of
    /// two names joined by a list word (an article perhaps before the second) before
    /// a head noun they share, a treaty's or a process's for a city (`the Astana and
    /// the Geneva processes`), or a people's republic's for any (`Donetsk and Lugansk
    /// people's republics`); or is right before a people's republic's noun itself
    /// (`Donetsk People's Republic`).
    pub(super) fn shares_head_noun(&self, c: &Cand, key: &Key, city: bool) -> bool {
        if self.country_entity(key.entity) {
            return false;
        }
        let f = c.field;
        let head = |i: usize| {
            (city && place::is_treaty_word(self.tok_text(f, i))) || self.peoples_republic(f, i)
        };
        if self.peoples_republic(f, c.end) {
            return true;
        }
        let Some(j) = self.adjacent_after(f, c.end).filter(|&j| {
            self.tok_case(f, j) == Case::Lower && place::is_list_word(self.tok_text(f, j))
        }) else {
            return false;
        };
        let Some(mut n) = self.adjacent_after(f, j + 1) else {
            return false;
        };
        if self.tok_case(f, n) == Case::Lower {
            if !place::is_english_article(self.tok_text(f, n)) {
                return false;
            }
            match self.adjacent_after(f, n + 1) {
                Some(m) => n = m,
                None => return false,
            }
        }
        // The second name: one or two capitalised words, then the head.
        for _ in 0..2 {
            if !self.capitalised_content(f, n) {
                return false;
            }
            match self.adjacent_after(f, n + 1) {
                Some(m) if head(m) => return true,
                Some(m) => n = m,
                None => return false,
            }
        }
        false
    }

    /// True when the span is inside a run of capitalised words, in a field not written
    /// headline-style, with a capitalised function word (a stop word of two letters or
    /// more, no name particle) inside the run after its first word and not opening a
    /// sentence (`China's War With Japan`): the title of a work (see the module's docs).
    /// The run goes over the possessive `'s`.
    pub(super) fn in_title_case_run(&self, c: &Cand) -> bool {
        let f = c.field;
        if self.title_case(f) || self.shouted(f, c.start) {
            return false;
        }
        let ft = &self.texts[f];
        // The token joined to `i` on its right: the next word (spaces only) or the word
        // after a possessive `'s`.
        let next = |i: usize| -> Option<usize> {
            if let Some(n) = self.adjacent_after(f, i + 1) {
                return Some(n);
            }
            let s = ft.toks.get(i + 1)?;
            (&ft.text[s.original.clone()] == "s"
                && matches!(
                    &ft.text[ft.toks[i].original.end..s.original.start],
                    "'" | "\u{2019}"
                ))
            .then(|| self.adjacent_after(f, i + 2))
            .flatten()
        };
        // (A word, not a handle or a link's tail: no digit, no capital after the first
        // letter, `FkWt3stBDs`.)
        let capitalised = |i: usize| {
            !ft.toks[i].ideograph
                && self.tok_case(f, i) == Case::Upper
                && !self.shouted(f, i)
                && !self
                    .tok_original(f, i)
                    .chars()
                    .skip(1)
                    .any(|ch| ch.is_uppercase() || ch.is_ascii_digit())
        };
        // (Not an article, which names write capitalised: `Die Linke`, `The Hague`.)
        let title_function = |i: usize| {
            let w = self.tok_text(f, i);
            w.chars().nth(1).is_some()
                && self.word(f, i).function
                && !crate::name::is_particle(w)
                && !place::is_english_article(w)
                && !place::is_german_article(w)
                && !place::is_romance_article(w)
                && !matches!(w, "les" | "il")
                && !self.sentence_initial(f, i)
        };
        // The token joined to `i` on its left, the same way.
        let prev = |i: usize| -> Option<usize> {
            if let Some(p) = self.adjacent_before(f, i) {
                if &ft.text[ft.toks[p].original.clone()] != "s" {
                    return Some(p);
                }
            }
            let s = i.checked_sub(1)?;
            let o = s.checked_sub(1)?;
            (&ft.text[ft.toks[s].original.clone()] == "s"
                && ft.text[ft.toks[s].original.end..ft.toks[i].original.start] == *" "
                && matches!(
                    &ft.text[ft.toks[o].original.end..ft.toks[s].original.start],
                    "'" | "\u{2019}"
                ))
            .then_some(o)
        };
        // (Most places have no capitalised word beside them: asked first.)
        let before = prev(c.start).filter(|&p| capitalised(p));
        let after = next(c.end - 1).filter(|&n| capitalised(n));
        if before.is_none() && after.is_none() && c.end - c.start < 3 {
            return false;
        }
        // The run: up to four capitalised words on each side of the span.
        let mut run: Vec<usize> = Vec::with_capacity(12);
        let mut i = c.start;
        for _ in 0..4 {
            match prev(i).filter(|&p| capitalised(p)) {
                Some(p) => {
                    run.push(p);
                    i = p;
                }
                None => break,
            }
        }
        run.reverse();
        run.extend(c.start..c.end);
        let mut i = c.end - 1;
        for _ in 0..4 {
            match next(i).filter(|&n| capitalised(n)) {
                Some(n) => {
                    run.push(n);
                    i = n;
                }
                None => break,
            }
        }
        // (Not the run's first word, which may open a sentence or a name: `The`; not
        // its last, which may open the next sentence's words: `Paris The`.)
        run.len() >= 3
            && run[1..run.len() - 1]
                .iter()
                .any(|&i| capitalised(i) && title_function(i))
    }

    /// True when a parenthesis of up to eight capitalised words (lowercase function
    /// words between them) follows the span, and right after it a capitalised noun of a
    /// bill or an act (`European Union (Amendment) Bill`): a statute's short title. So
    /// is the span inside such a parenthesis after a capitalised word of the title
    /// (`British Nationality (Hong Kong) Bill`, `Northern Ireland (Sentences) Act`).
    pub(super) fn in_bill_title(&self, c: &Cand) -> bool {
        let f = c.field;
        let ft = &self.texts[f];
        let gap = |i: usize| {
            ft.toks
                .get(i + 1)
                .map(|n| ft.text[ft.toks[i].original.end..n.original.start].trim())
        };
        if gap(c.end - 1) == Some("(") {
            return self.bill_after_parenthesis(f, c.end, true);
        }
        // Inside the parenthesis: back to its opening over words of the title, then a
        // capitalised word before it; forward to its closing and the bill's noun.
        let mut open = None;
        for i in (c.start.saturating_sub(8)..c.start).rev() {
            match gap(i) {
                Some("(") => {
                    open = Some(i);
                    break;
                }
                Some("") if self.title_word(f, i) => {}
                _ => return false,
            }
        }
        open.is_some_and(|o| {
            self.tok_case(f, o) == Case::Upper
                && !ft.toks[o].ideograph
                && !self.shouted(f, o)
                && self.bill_after_parenthesis(f, c.start, false)
        })
    }

    /// True when token `i` of field `f` may be a word of a title: capitalised, or a
    /// lowercase function word.
    fn title_word(&self, f: usize, i: usize) -> bool {
        match self.tok_case(f, i) {
            Case::Upper => !self.texts[f].toks[i].ideograph,
            Case::Lower => self.word(f, i).function,
            _ => false,
        }
    }

    /// True when from token `from`, inside a parenthesis, up to eight words of a title
    /// (a capitalised one among them, with `needs_capital`; else the caller has one)
    /// run to the closing parenthesis, and a capitalised noun of a bill or an act comes
    /// right after it.
    fn bill_after_parenthesis(&self, f: usize, from: usize, needs_capital: bool) -> bool {
        const BILL_WORDS: &[&str] = &["bill", "bills", "act", "acts"];
        let ft = &self.texts[f];
        let gap = |i: usize| {
            ft.toks
                .get(i + 1)
                .map(|n| ft.text[ft.toks[i].original.end..n.original.start].trim())
        };
        let mut capitalised = !needs_capital;
        for i in from..(from + 8).min(ft.toks.len()) {
            if !self.title_word(f, i) {
                return false;
            }
            capitalised |= self.tok_case(f, i) == Case::Upper;
            match gap(i) {
                Some(")") => {
                    return capitalised
                        && self.tok_case(f, i + 1) == Case::Upper
                        && BILL_WORDS.contains(&self.tok_text(f, i + 1));
                }
                Some("") => {}
                _ => return false,
            }
        }
        false
    }

    /// True when the span is a team's name in English running text (see the module's
    /// docs): a lowercase word right before it, one capitalised plural right after it
    /// that is no place's name, and no capitalised word after that.
    pub(super) fn team_plural_after(&self, c: &Cand) -> bool {
        let f = c.field;
        if self.language() != place::ENGLISH || self.title_case(f) {
            return false;
        }
        let Some(n) = self.adjacent_after(f, c.end) else {
            return false;
        };
        let word = self.tok_text(f, n);
        if !self.capitalised_content(f, n)
            || self.shouted(f, n)
            || word.len() < 4
            || !word.ends_with('s')
            || word.ends_with("ss")
            || place::is_state_office_word(word)
            || place::is_venue_word(word)
            || self.place_name(f, n, n + 1)
            || self
                .adjacent_after(f, n + 1)
                .is_some_and(|m| self.tok_case(f, m) == Case::Upper)
        {
            return false;
        }
        self.adjacent_before(f, c.start)
            .is_some_and(|p| self.tok_case(f, p) == Case::Lower)
            && !self.after_place_preposition(c)
    }

    /// True when the one-word span follows a one-word possessive (`Japan's Toyota`)
    /// and is listed, by a comma or a list word, with another possessive's
    /// capitalised possession that is no place's name (`Germany's Volkswagen and
    /// Japan's Toyota`, `Japan's Toyota, Germany's Volkswagen`): see the module's docs.
    pub(super) fn listed_possession(&self, c: &Cand) -> bool {
        let f = c.field;
        if c.end - c.start != 1 || c.start < 2 || !self.possessed_at(f, c.start) {
            return false;
        }
        let ft = &self.texts[f];
        let comma_after = |i: usize| {
            ft.toks
                .get(i + 1)
                .is_some_and(|n| &ft.text[ft.toks[i].original.end..n.original.start] == ", ")
        };
        let list_word = |i: usize| {
            self.tok_case(f, i) == Case::Lower && place::is_list_word(self.tok_text(f, i))
        };
        let other_thing = |y: usize| self.possessed_at(f, y) && !self.place_name(f, y, y + 1);
        // Before: `Germany's Volkswagen and` or `Germany's Volkswagen,` before the owner.
        let owner = c.start - 2;
        let before = if owner > 0 && comma_after(owner - 1) {
            Some(owner - 1)
        } else {
            self.adjacent_before(f, owner)
                .filter(|&l| list_word(l))
                .and_then(|l| self.adjacent_before(f, l))
        };
        if before.is_some_and(other_thing) {
            return true;
        }
        // After: `, Germany's Volkswagen` or `and Germany's Volkswagen`.
        let next_owner = if comma_after(c.start) {
            Some(c.end)
        } else {
            self.adjacent_after(f, c.end)
                .filter(|&l| list_word(l))
                .and_then(|l| self.adjacent_after(f, l + 1))
        };
        next_owner.is_some_and(|o| o + 2 < ft.toks.len() && other_thing(o + 2))
    }

    /// True when token `y` is a capitalised word (not in capitals) right after a
    /// one-word capitalised possessive (`Volkswagen` of `Germany's Volkswagen`).
    fn possessed_at(&self, f: usize, y: usize) -> bool {
        y >= 2
            && self.capitalised_content(f, y)
            && !self.shouted(f, y)
            && self.adjacent_before(f, y) == Some(y - 1)
            && self.capitalised_possessive(f, y - 1)
    }

    /// True when the span is joined by a hyphen to a capitalised word before it that is
    /// no place's name, and a body's noun follows the span ([`place::is_organisation_word`],
    /// in any case): the name of a group of two peoples (`the British-Brazil group`),
    /// not the place. (`the US-China group` keeps its places.)
    pub(super) fn hyphen_group(&self, c: &Cand) -> bool {
        let f = c.field;
        let ft = &self.texts[f];
        let Some(p) = c.start.checked_sub(1) else {
            return false;
        };
        if !matches!(
            &ft.text[ft.toks[p].original.end..ft.toks[c.start].original.start],
            "-" | "\u{2010}" | "\u{2011}"
        ) || ft.toks[p].ideograph
            || self.tok_case(f, p) != Case::Upper
            || self.shouted(f, p)
        {
            return false;
        }
        self.adjacent_after(f, c.end)
            .is_some_and(|n| place::is_organisation_word(self.tok_text(f, n)))
            && !self.place_name(f, p, p + 1)
    }

    /// True when tokens from `i` are `people's republic` or `republics` (any case).
    fn peoples_republic(&self, f: usize, i: usize) -> bool {
        let ft = &self.texts[f];
        if i + 2 >= ft.toks.len() || self.tok_text(f, i) != "people" {
            return false;
        }
        let (people, s) = (&ft.toks[i], &ft.toks[i + 1]);
        &ft.text[s.original.clone()] == "s"
            && matches!(
                &ft.text[people.original.end..s.original.start],
                "'" | "\u{2019}"
            )
            && self
                .adjacent_after(f, i + 2)
                .is_some_and(|r| matches!(self.tok_text(f, r), "republic" | "republics"))
    }
}
